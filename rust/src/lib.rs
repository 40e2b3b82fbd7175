//! `autoglm_gw._core`: the thin module that registers the Rust types.
//! Each concern lives in its own file; this file only wires them into Python.
//!
//! * [`scheduler`]: the request queue and continuous-batching scheduler.
//! * [`pool`]: the KV-cache memory pool the scheduler hands slots out of.
//! * [`delivery`]: the bridge that completes asyncio futures from the engine thread.
//! * [`errors`]: the exceptions the HTTP layer maps to status codes.
//! * [`intent_prior`]: the lexical intent model the decoder adds to the GLM's intent logits.
//! * [`loadgen`]: the open-loop HTTP client of `autoglm-gw bench http --client rust`.
//! * [`balancer`]: the reverse proxy's choice of upstream server, with passive and active health.

use pyo3::prelude::*;

pub mod balancer;
pub mod cache;
pub mod delivery;
pub mod errors;
pub mod intent_prior;
pub mod loadgen;
pub mod pool;
pub mod scheduler;

/// Version of the extension crate, logged by the server at start-up.
const VERSION: &str = env!("CARGO_PKG_VERSION");

/// "release" or "debug": tells operators whether they run an optimised build.
const BUILD_PROFILE: &str = if cfg!(debug_assertions) {
    "debug"
} else {
    "release"
};

#[pymodule]
fn _core(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("__version__", VERSION)?;
    m.add("BUILD_PROFILE", BUILD_PROFILE)?;
    errors::register(m)?;
    intent_prior::register(m)?;
    loadgen::register(m)?;
    cache::register(m)?;
    balancer::register(m)?;
    delivery::register(m)?;
    pool::register(m)?;
    scheduler::register(m)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn build_profile_matches_cfg() {
        let expected = if cfg!(debug_assertions) {
            "debug"
        } else {
            "release"
        };
        assert_eq!(BUILD_PROFILE, expected);
        assert!(!VERSION.is_empty());
    }
}
