//! `ResponseCache`: tier 1 of the response cache, plus singleflight.
//!
//! What the model produced for a normalised utterance is stored here as
//! bytes, keyed by bytes the Python side builds (normalised text + model
//! version). Entries live in Rust memory, outside the Python heap, in
//! `shards` independently locked [`s3fifo::Shard`]s bounded by bytes, each
//! with its own S3-FIFO queues; every entry carries an expiry time.
//!
//! # Hashing
//!
//! Keys come from clients, so they are hashed with std's randomly keyed
//! SipHash-1-3 (one `RandomState` per cache): a client cannot craft keys that
//! collide and evict each other. The 64-bit hash picks the shard (bits 32..)
//! and indexes the shard's table (an identity hasher on the hash); the key
//! bytes stored with the entry are compared on every lookup.
//!
//! # Singleflight
//!
//! `claim(key, loop)` returns the cached bytes, or `None` (the caller is the
//! leader of a new flight and must end it with `fill_done` or `fill_failed`),
//! or an asyncio future made on `loop` (the caller follows the flight in
//! progress and awaits it). `fill_done(key, result, value)` stores `value` and
//! resolves every follower's future with `result`; `fill_failed(key, result)`
//! only resolves them. Both skip futures that are already done (a follower
//! whose client went away) and are meant to be called on the event loop that
//! owns the futures: a gateway worker runs one loop, and its `ParseCache`
//! (Python) drives this object from it.

mod s3fifo;
#[cfg(test)]
mod tests;

use std::collections::hash_map::RandomState;
use std::collections::HashMap;
use std::hash::BuildHasher;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Mutex, MutexGuard};
use std::time::Instant;

use pyo3::exceptions::PyValueError;
use pyo3::intern;
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyDict};

pub use self::s3fifo::{Counters, Gauges, Inserted, Shard, ENTRY_OVERHEAD, NEVER};

/// Most shards a cache may have.
const MAX_SHARDS: usize = 1024;

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|p| p.into_inner())
}

/// The shards and the clock, without Python (unit-tested directly).
pub struct Store {
    shards: Box<[Mutex<Shard>]>,
    hasher: RandomState,
    epoch: Instant,
    default_ttl_ns: u64,
    max_bytes: usize,
}

/// Seconds → nanoseconds of TTL; infinity (or anything past ~584 years)
/// means "never expires".
pub fn ttl_to_ns(ttl_s: f64) -> Result<u64, String> {
    if ttl_s.is_nan() || ttl_s <= 0.0 {
        return Err(format!("ttl_s must be > 0, got {ttl_s}"));
    }
    let ns = ttl_s * 1e9;
    Ok(if ns >= (NEVER - 1) as f64 {
        NEVER
    } else {
        (ns as u64).max(1)
    })
}

impl Store {
    /// `max_entry_bytes`: `None` is an eighth of a shard.
    pub fn new(
        max_bytes: usize,
        ttl_s: f64,
        shards: usize,
        max_entry_bytes: Option<usize>,
    ) -> Result<Self, String> {
        if shards == 0 || shards > MAX_SHARDS {
            return Err(format!("shards must be in 1..={MAX_SHARDS}, got {shards}"));
        }
        let default_ttl_ns = ttl_to_ns(ttl_s)?;
        let per_shard = max_bytes / shards;
        let max_entry = max_entry_bytes.unwrap_or(per_shard / 8);
        Ok(Self {
            shards: (0..shards)
                .map(|_| Mutex::new(Shard::new(per_shard, max_entry)))
                .collect(),
            hasher: RandomState::new(),
            epoch: Instant::now(),
            default_ttl_ns,
            max_bytes,
        })
    }

    pub fn hash(&self, key: &[u8]) -> u64 {
        self.hasher.hash_one(key)
    }

    fn shard(&self, hash: u64) -> MutexGuard<'_, Shard> {
        let i = ((hash >> 32) as usize) % self.shards.len();
        lock(&self.shards[i])
    }

    pub fn now(&self) -> u64 {
        self.epoch.elapsed().as_nanos() as u64
    }

    /// Runs `f` on the value of `key` if it is cached and fresh.
    pub fn get_with<R>(&self, key: &[u8], now: u64, f: impl FnOnce(&[u8]) -> R) -> Option<R> {
        let h = self.hash(key);
        let mut shard = self.shard(h);
        shard.get(h, key, now).map(f)
    }

    pub fn contains(&self, key: &[u8], now: u64) -> bool {
        let h = self.hash(key);
        self.shard(h).contains(h, key, now)
    }

    /// `ttl_ns`: `None` for the default TTL.
    pub fn put(&self, key: &[u8], value: &[u8], ttl_ns: Option<u64>, now: u64) -> Inserted {
        let h = self.hash(key);
        let ttl = ttl_ns.unwrap_or(self.default_ttl_ns);
        let expires_at = now.saturating_add(ttl);
        self.shard(h).insert(h, key, value, expires_at, now)
    }

    pub fn remove(&self, key: &[u8]) -> bool {
        let h = self.hash(key);
        self.shard(h).remove(h, key)
    }

    pub fn clear(&self) -> usize {
        self.shards.iter().map(|s| lock(s).clear()).sum()
    }

    pub fn totals(&self) -> (Counters, Gauges, usize) {
        let mut c = Counters::default();
        let mut g = Gauges::default();
        let mut cap = 0;
        for s in self.shards.iter() {
            let s = lock(s);
            c += s.counters;
            g += s.gauges();
            cap += s.capacity();
        }
        (c, g, cap)
    }
}

/// Flights in progress: key → the followers' futures.
type Flights = HashMap<Box<[u8]>, Vec<Py<PyAny>>>;

#[derive(Default)]
struct FlightCounters {
    leaders: AtomicU64,
    followers: AtomicU64,
    done: AtomicU64,
    failed: AtomicU64,
}

/// Byte-bounded, sharded S3-FIFO cache with TTL, plus singleflight.
#[pyclass(name = "ResponseCache", module = "autoglm_gw._core", frozen)]
pub struct ResponseCache {
    store: Store,
    flights: Mutex<Flights>,
    fc: FlightCounters,
    ttl_s: f64,
}

fn ttl_arg(ttl_s: Option<f64>) -> PyResult<Option<u64>> {
    ttl_s
        .map(ttl_to_ns)
        .transpose()
        .map_err(PyValueError::new_err)
}

impl ResponseCache {
    fn lookup<'py>(&self, py: Python<'py>, key: &[u8]) -> Option<Bound<'py, PyBytes>> {
        // The bytes object is made under the shard lock (one copy, no Python code runs:
        // bytes are not GC-tracked, so allocating one never triggers a collection).
        let now = self.store.now();
        self.store.get_with(key, now, |v| PyBytes::new(py, v))
    }

    fn end_flight(&self, key: &[u8]) -> Vec<Py<PyAny>> {
        lock(&self.flights).remove(key).unwrap_or_default()
    }

    /// Sets `result` on every follower future not done yet; returns how many.
    fn resolve(
        py: Python<'_>,
        waiters: Vec<Py<PyAny>>,
        result: &Bound<'_, PyAny>,
    ) -> PyResult<usize> {
        let mut n = 0;
        let mut first_err = None;
        for w in waiters {
            let fut = w.bind(py);
            let r = (|| -> PyResult<bool> {
                if fut.call_method0(intern!(py, "done"))?.is_truthy()? {
                    return Ok(false);
                }
                fut.call_method1(intern!(py, "set_result"), (result,))?;
                Ok(true)
            })();
            match r {
                Ok(true) => n += 1,
                Ok(false) => {}
                // One bad future must not strand the others.
                Err(e) => {
                    first_err.get_or_insert(e);
                }
            }
        }
        first_err.map_or(Ok(n), Err)
    }
}

#[pymethods]
impl ResponseCache {
    /// `max_bytes`: bound on keys + values + `ENTRY_OVERHEAD` per entry,
    /// split evenly over `shards`. `ttl_s`: default time to live
    /// (`math.inf`: none). `max_entry_bytes`: larger entries are not stored
    /// (default: an eighth of a shard).
    #[new]
    #[pyo3(signature = (max_bytes, ttl_s, shards=16, *, max_entry_bytes=None))]
    fn new(
        max_bytes: usize,
        ttl_s: f64,
        shards: usize,
        max_entry_bytes: Option<usize>,
    ) -> PyResult<Self> {
        Ok(Self {
            store: Store::new(max_bytes, ttl_s, shards, max_entry_bytes)
                .map_err(PyValueError::new_err)?,
            flights: Mutex::new(Flights::new()),
            fc: FlightCounters::default(),
            ttl_s,
        })
    }

    /// Bytes charged per entry on top of its key and value.
    #[classattr]
    const ENTRY_OVERHEAD: usize = ENTRY_OVERHEAD;

    #[getter]
    fn max_bytes(&self) -> usize {
        self.store.max_bytes
    }

    #[getter]
    fn ttl_s(&self) -> f64 {
        self.ttl_s
    }

    #[getter]
    fn shards(&self) -> usize {
        self.store.shards.len()
    }

    /// Number of flights in progress.
    #[getter]
    fn in_flight(&self) -> usize {
        lock(&self.flights).len()
    }

    /// The cached value of `key`, or `None` (absent or expired). Counts a
    /// hit or a miss.
    fn get<'py>(&self, py: Python<'py>, key: &[u8]) -> Option<Bound<'py, PyBytes>> {
        self.lookup(py, key)
    }

    /// Stores `value` under `key` for `ttl_s` seconds (default: the cache's
    /// TTL). Returns False when the entry is too large to be stored.
    #[pyo3(signature = (key, value, ttl_s=None))]
    fn put(&self, key: &[u8], value: &[u8], ttl_s: Option<f64>) -> PyResult<bool> {
        let ttl = ttl_arg(ttl_s)?;
        Ok(self.store.put(key, value, ttl, self.store.now()) != Inserted::Rejected)
    }

    /// Removes `key`; True if it was there.
    fn delete(&self, key: &[u8]) -> bool {
        self.store.remove(key)
    }

    fn __contains__(&self, key: &[u8]) -> bool {
        self.store.contains(key, self.store.now())
    }

    fn __len__(&self) -> usize {
        self.store.totals().1.entries
    }

    /// Drops every entry; returns how many there were. Flights in progress
    /// are not affected.
    fn purge(&self) -> usize {
        self.store.clear()
    }

    /// The cached bytes of `key`; else `None` when the caller becomes the
    /// leader of a new flight (it must call `fill_done` or `fill_failed`);
    /// else a future made with `loop.create_future()` that the caller awaits:
    /// it receives the `result` the leader passes to `fill_done` or
    /// `fill_failed`.
    #[pyo3(signature = (key, r#loop))]
    fn claim<'py>(
        &self,
        py: Python<'py>,
        key: &[u8],
        r#loop: &Bound<'py, PyAny>,
    ) -> PyResult<Bound<'py, PyAny>> {
        loop {
            if let Some(b) = self.lookup(py, key) {
                return Ok(b.into_any());
            }
            {
                let mut fl = lock(&self.flights);
                if !fl.contains_key(key) {
                    fl.insert(key.into(), Vec::new());
                    self.fc.leaders.fetch_add(1, Ordering::Relaxed);
                    return Ok(py.None().into_bound(py));
                }
            }
            // Python code runs outside the lock.
            let fut = r#loop.call_method0(intern!(py, "create_future"))?;
            let mut fl = lock(&self.flights);
            if let Some(w) = fl.get_mut(key) {
                w.push(fut.clone().unbind());
                self.fc.followers.fetch_add(1, Ordering::Relaxed);
                return Ok(fut);
            }
            // The flight ended meanwhile: look again.
        }
    }

    /// Ends the flight of `key`: stores `value` (if given, for `ttl_s` or the
    /// default TTL) and resolves the followers' futures with `result`.
    /// Returns how many futures were resolved.
    #[pyo3(signature = (key, result, value=None, ttl_s=None))]
    fn fill_done(
        &self,
        py: Python<'_>,
        key: &[u8],
        result: &Bound<'_, PyAny>,
        value: Option<&[u8]>,
        ttl_s: Option<f64>,
    ) -> PyResult<usize> {
        let ttl = ttl_arg(ttl_s);
        if let (Some(v), Ok(ttl)) = (value, &ttl) {
            self.store.put(key, v, *ttl, self.store.now());
        }
        let waiters = self.end_flight(key);
        self.fc.done.fetch_add(1, Ordering::Relaxed);
        let n = Self::resolve(py, waiters, result)?;
        ttl?;
        Ok(n)
    }

    /// Ends the flight of `key` without storing anything and resolves the
    /// followers' futures with `result` (a failure marker the followers
    /// understand). Returns how many futures were resolved.
    fn fill_failed(
        &self,
        py: Python<'_>,
        key: &[u8],
        result: &Bound<'_, PyAny>,
    ) -> PyResult<usize> {
        let waiters = self.end_flight(key);
        self.fc.failed.fetch_add(1, Ordering::Relaxed);
        Self::resolve(py, waiters, result)
    }

    /// Followers of the flight of `key` still waiting (future not done).
    fn waiting(&self, py: Python<'_>, key: &[u8]) -> PyResult<usize> {
        let waiters: Vec<Py<PyAny>> = match lock(&self.flights).get(key) {
            Some(w) => w.iter().map(|f| f.clone_ref(py)).collect(),
            None => return Ok(0),
        };
        let mut n = 0;
        for w in waiters {
            if !w.bind(py).call_method0(intern!(py, "done"))?.is_truthy()? {
                n += 1;
            }
        }
        Ok(n)
    }

    /// Counters and gauges: `hits`, `misses` (lookups), `inserts`,
    /// `updates`, `rejected`, `evictions`, `expirations`, `promotions`,
    /// `ghost_hits`, `entries`, `bytes`, `small_bytes`, `main_bytes`,
    /// `ghost_entries`, `capacity_bytes`, `max_bytes`, `shards`, `in_flight`,
    /// `flight_leaders`, `flight_followers`, `flights_done`, `flights_failed`.
    fn stats<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let (c, g, cap) = self.store.totals();
        let d = PyDict::new(py);
        d.set_item("hits", c.hits)?;
        d.set_item("misses", c.misses)?;
        d.set_item("inserts", c.inserts)?;
        d.set_item("updates", c.updates)?;
        d.set_item("rejected", c.rejected)?;
        d.set_item("evictions", c.evictions)?;
        d.set_item("expirations", c.expirations)?;
        d.set_item("promotions", c.promotions)?;
        d.set_item("ghost_hits", c.ghost_hits)?;
        d.set_item("entries", g.entries)?;
        d.set_item("bytes", g.bytes)?;
        d.set_item("small_bytes", g.small_bytes)?;
        d.set_item("main_bytes", g.main_bytes)?;
        d.set_item("ghost_entries", g.ghost_entries)?;
        d.set_item("capacity_bytes", cap)?;
        d.set_item("max_bytes", self.store.max_bytes)?;
        d.set_item("shards", self.store.shards.len())?;
        d.set_item("in_flight", lock(&self.flights).len())?;
        d.set_item("flight_leaders", self.fc.leaders.load(Ordering::Relaxed))?;
        d.set_item(
            "flight_followers",
            self.fc.followers.load(Ordering::Relaxed),
        )?;
        d.set_item("flights_done", self.fc.done.load(Ordering::Relaxed))?;
        d.set_item("flights_failed", self.fc.failed.load(Ordering::Relaxed))?;
        Ok(d)
    }

    fn __repr__(&self) -> String {
        let (_, g, cap) = self.store.totals();
        format!(
            "ResponseCache(entries={}, bytes={}, capacity_bytes={}, shards={})",
            g.entries,
            g.bytes,
            cap,
            self.store.shards.len()
        )
    }
}

pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<ResponseCache>()
}
