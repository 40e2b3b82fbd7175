//! Exceptions raised (or delivered to futures) by the scheduler. The HTTP
//! layer maps them to status codes: `QueueFullError` → 429, the others → 503.

use pyo3::create_exception;
use pyo3::exceptions::PyException;
use pyo3::prelude::*;

create_exception!(
    autoglm_gw._core,
    SchedulerError,
    PyException,
    "Base class of every error the scheduler raises or delivers."
);
create_exception!(
    autoglm_gw._core,
    QueueFullError,
    SchedulerError,
    "The request queue is full (map to HTTP 429)."
);
create_exception!(
    autoglm_gw._core,
    DeadlineExceededError,
    SchedulerError,
    "The request's deadline passed before it was scheduled (map to HTTP 503)."
);
create_exception!(
    autoglm_gw._core,
    ShuttingDownError,
    SchedulerError,
    "The scheduler is closed or closing (map to HTTP 503)."
);
create_exception!(
    autoglm_gw._core,
    EngineError,
    SchedulerError,
    "The inference engine failed (map to HTTP 503)."
);

pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    let py = m.py();
    m.add("SchedulerError", py.get_type::<SchedulerError>())?;
    m.add("QueueFullError", py.get_type::<QueueFullError>())?;
    m.add(
        "DeadlineExceededError",
        py.get_type::<DeadlineExceededError>(),
    )?;
    m.add("ShuttingDownError", py.get_type::<ShuttingDownError>())?;
    m.add("EngineError", py.get_type::<EngineError>())?;
    Ok(())
}
