//! `Scheduler`: the Python face of the engine runtime's scheduler.
//!
//! The logic lives in [`logic`] (plain Rust, unit-tested without Python); this
//! file converts arguments, owns the KV pool and turns outcomes into asyncio
//! deliveries (see [`crate::delivery`]).
//!
//! # Protocol
//!
//! * Request handlers (asyncio threads) call `submit(loop, future, prompt,
//!   deadline, priority)` and await the future; `cancel(req_id)` when the
//!   client goes away.
//! * One engine thread loops: `plan = next_step(max_wait_s)` (blocks with the
//!   GIL released), runs the model on slots `0..plan.batch_size`, then
//!   `moves = finish_step(done, failed, step_seconds=…, step_tokens=…)`.
//!   Every non-`None` plan must be followed by exactly one `finish_step`.
//! * Pool memory (the numpy arrays of `Scheduler.pool`) is written only by
//!   the engine thread; the scheduler itself writes it only inside
//!   `next_step` (prompt tokens of admitted requests, compaction moves for
//!   cancelled ones) and `finish_step` (compaction moves).
//! * All outcomes of one `next_step`/`finish_step` pair reach each event loop
//!   in a single `call_soon_threadsafe`.

pub mod logic;
pub mod metrics;

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, TryLockError};

use pyo3::exceptions::{PyMemoryError, PyRuntimeError, PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyDict, PyList, PyTuple, PyType};

use self::logic::{Cancel, Clock, Config, Core, Dropped, NextStep, Plan, SubmitError};
use self::metrics::{Histogram, Reason};
use crate::delivery::{self, Batch, Handle};
use crate::errors::{DeadlineExceededError, EngineError, QueueFullError, ShuttingDownError};
use crate::pool::{KvPool, PoolConfig, PoolError, PyKvPool};

type PyCore = Core<Handle, Py<PyAny>>;

/// One step of work. Slots `0..n_running` hold `running` (in slot order),
/// slots `n_running..batch_size` hold `admitted` (in slot order).
#[pyclass(name = "StepPlan", module = "autoglm_gw._core", frozen, get_all)]
pub struct StepPlan {
    /// Step number (from 1).
    step: u64,
    /// `[(req_id, slot, prompt)]`: new sequences; the prompt is the object
    /// given to `submit`, and is already in `pool.tokens[slot, :len]` with
    /// `pool.lengths[slot] = len`.
    admitted: Py<PyList>,
    /// `[(req_id, slot)]`: sequences continuing to decode.
    running: Py<PyList>,
    /// `[(req_id, slot)]`: running sequences cancelled since the last plan
    /// (already freed; `slot` is the one they had when removed).
    cancelled: Py<PyList>,
    /// `[(from_slot, to_slot)]`: compaction moves made when the cancelled
    /// were removed (pool memory already moved). Engine order: forget the
    /// cancelled, apply these moves to per-slot state, install the admitted.
    moves: Py<PyList>,
    /// Live sequences this step: `len(running) + len(admitted)`.
    batch_size: usize,
    /// `len(running)`, i.e. the first admitted slot.
    n_running: usize,
    /// Estimated tokens this step (admitted prompt tokens + one per running).
    step_tokens: usize,
}

#[pymethods]
impl StepPlan {
    fn __repr__(&self, py: Python<'_>) -> String {
        format!(
            "StepPlan(step={}, batch_size={}, running={}, admitted={}, cancelled={}, moves={})",
            self.step,
            self.batch_size,
            self.n_running,
            self.admitted.bind(py).len(),
            self.cancelled.bind(py).len(),
            self.moves.bind(py).len(),
        )
    }
}

/// Continuous-batching scheduler with a fixed KV pool.
#[pyclass(name = "Scheduler", module = "autoglm_gw._core", frozen)]
pub struct Scheduler {
    core: PyCore,
    cfg: Config,
    pool: Arc<KvPool>,
    pool_view: Py<PyKvPool>,
    deliver: Py<PyAny>,
    /// Serialises the engine-thread calls (`next_step`, `finish_step`), which
    /// are the only Rust writers of pool memory.
    engine: Mutex<()>,
    deliveries: AtomicU64,
    delivery_errors: AtomicU64,
}

fn is_exception(v: &Bound<'_, PyAny>) -> bool {
    let py = v.py();
    v.is_instance_of::<pyo3::exceptions::PyBaseException>()
        || v.cast::<PyType>().is_ok_and(|t| {
            t.is_subclass(&py.get_type::<pyo3::exceptions::PyBaseException>())
                .unwrap_or(false)
        })
}

/// Token ids of a prompt: `list[int]`, or `bytes` of packed little-endian
/// int32 ids.
fn prompt_tokens(prompt: &Bound<'_, PyAny>) -> PyResult<Vec<i64>> {
    if let Ok(b) = prompt.cast::<PyBytes>() {
        let bytes = b.as_bytes();
        if bytes.len() % 4 != 0 {
            return Err(PyValueError::new_err(
                "a bytes prompt holds packed little-endian int32 token ids; its length must be a multiple of 4",
            ));
        }
        Ok(bytes
            .chunks_exact(4)
            .map(|c| i32::from_le_bytes([c[0], c[1], c[2], c[3]]) as i64)
            .collect())
    } else if let Ok(list) = prompt.cast::<PyList>() {
        list.iter().map(|x| x.extract::<i64>()).collect()
    } else {
        Err(PyTypeError::new_err("prompt must be list[int] or bytes"))
    }
}

impl Scheduler {
    fn engine_guard(&self) -> PyResult<MutexGuard<'_, ()>> {
        match self.engine.try_lock() {
            Ok(g) => Ok(g),
            Err(TryLockError::Poisoned(p)) => Ok(p.into_inner()),
            Err(TryLockError::WouldBlock) => Err(PyRuntimeError::new_err(
                "next_step()/finish_step() called from two threads at once: only the engine thread may call them",
            )),
        }
    }

    fn send(&self, py: Python<'_>, batch: Batch<'_>) {
        if batch.is_empty() {
            return;
        }
        let sent = batch.send(self.deliver.bind(py));
        self.deliveries.fetch_add(sent.calls, Ordering::Relaxed);
        self.delivery_errors
            .fetch_add(sent.errors, Ordering::Relaxed);
    }

    /// Adds requests that ended without a result. `engine_exc` is delivered
    /// for `Reason::EngineError`.
    fn push_dropped<'py>(
        py: Python<'py>,
        batch: &mut Batch<'py>,
        dropped: Vec<Dropped<Handle, Py<PyAny>>>,
        engine_exc: Option<&Bound<'py, PyAny>>,
    ) -> PyResult<()> {
        for d in dropped {
            match d.reason {
                Reason::Cancelled => {
                    batch.push(d.handle, delivery::CANCEL, py.None().into_bound(py))?
                }
                Reason::Deadline => batch.push(
                    d.handle,
                    delivery::EXCEPTION,
                    DeadlineExceededError::new_err(
                        "deadline passed before the request was scheduled",
                    )
                    .into_value(py)
                    .into_bound(py)
                    .into_any(),
                )?,
                Reason::Shutdown | Reason::QueueFull => batch.push(
                    d.handle,
                    delivery::EXCEPTION,
                    ShuttingDownError::new_err("the scheduler is shutting down")
                        .into_value(py)
                        .into_bound(py)
                        .into_any(),
                )?,
                Reason::EngineError => {
                    let exc = match engine_exc {
                        Some(e) => e.clone(),
                        None => EngineError::new_err("inference engine failed")
                            .into_value(py)
                            .into_bound(py)
                            .into_any(),
                    };
                    batch.push(d.handle, delivery::EXCEPTION, exc)?
                }
            }
        }
        Ok(())
    }

    fn build_plan(py: Python<'_>, p: Plan<Py<PyAny>>) -> PyResult<StepPlan> {
        let n_running = p.running.len();
        Ok(StepPlan {
            step: p.step,
            admitted: PyList::new(py, p.admitted.into_iter().map(|a| (a.id, a.slot, a.prompt)))?
                .unbind(),
            running: PyList::new(py, p.running)?.unbind(),
            cancelled: PyList::new(py, p.cancelled)?.unbind(),
            moves: PyList::new(py, p.moves)?.unbind(),
            batch_size: p.batch_size,
            n_running,
            step_tokens: p.step_tokens,
        })
    }
}

fn histogram_dict<'py>(py: Python<'py>, h: &Histogram) -> PyResult<Bound<'py, PyDict>> {
    let d = PyDict::new(py);
    d.set_item("buckets", PyList::new(py, h.cumulative())?)?;
    d.set_item("sum", h.sum())?;
    d.set_item("count", h.count())?;
    Ok(d)
}

#[pymethods]
impl Scheduler {
    #[new]
    #[pyo3(signature = (
        max_queue, max_batch_size, max_step_tokens, batch_timeout_micros, n_slots,
        *, n_layers=0, kv_heads=1, capacity=1024, head_dim=64, copy_valid_only=false, deliver=None
    ))]
    #[allow(clippy::too_many_arguments)]
    fn new(
        py: Python<'_>,
        max_queue: usize,
        max_batch_size: usize,
        max_step_tokens: usize,
        batch_timeout_micros: u64,
        n_slots: usize,
        n_layers: usize,
        kv_heads: usize,
        capacity: usize,
        head_dim: usize,
        copy_valid_only: bool,
        deliver: Option<Bound<'_, PyAny>>,
    ) -> PyResult<Self> {
        let cfg = Config {
            max_queue,
            max_batch_size,
            max_step_tokens,
            batch_timeout: batch_timeout_micros as f64 * 1e-6,
            n_slots,
            capacity,
        };
        cfg.validate().map_err(PyValueError::new_err)?;
        let pool = KvPool::new(PoolConfig {
            n_layers,
            n_slots,
            kv_heads,
            capacity,
            head_dim,
            copy_valid_only,
        })
        .map_err(|e| match e {
            PoolError::OutOfMemory(_) => PyMemoryError::new_err(e.to_string()),
            _ => PyValueError::new_err(e.to_string()),
        })?;
        let pool_view = Py::new(py, PyKvPool::build(py, &pool)?)?;
        let deliver = match deliver {
            Some(d) if d.is_callable() => d.unbind(),
            Some(_) => return Err(PyTypeError::new_err("deliver must be callable")),
            None => wrap_pyfunction!(delivery::deliver, py)?.into_any().unbind(),
        };
        let now: f64 = py
            .import("time")?
            .getattr("monotonic")?
            .call0()?
            .extract()?;
        Ok(Self {
            core: Core::new(cfg.clone(), Clock::starting_at(now)).map_err(PyValueError::new_err)?,
            cfg,
            pool: Arc::new(pool),
            pool_view,
            deliver,
            engine: Mutex::new(()),
            deliveries: AtomicU64::new(0),
            delivery_errors: AtomicU64::new(0),
        })
    }

    /// Queues a request and returns its id. `deadline` is in
    /// `time.monotonic()` seconds (`math.inf` for none). Raises
    /// `QueueFullError`, `DeadlineExceededError` (already passed),
    /// `ShuttingDownError` (closed), `ValueError`/`TypeError` (bad prompt).
    #[pyo3(signature = (r#loop, future, prompt, deadline, priority=0))]
    fn submit(
        &self,
        r#loop: Py<PyAny>,
        future: Py<PyAny>,
        prompt: Bound<'_, PyAny>,
        deadline: f64,
        priority: i64,
    ) -> PyResult<u64> {
        if deadline.is_nan() {
            return Err(PyValueError::new_err("deadline must not be NaN"));
        }
        let tokens = prompt_tokens(&prompt)?;
        let handle = Handle {
            event_loop: r#loop,
            future,
        };
        match self
            .core
            .submit(handle, prompt.unbind(), tokens, deadline, priority)
        {
            Ok(id) => Ok(id),
            Err((e, _handle, _prompt)) => Err(match e {
                SubmitError::QueueFull => QueueFullError::new_err(format!(
                    "request queue is full ({} waiting)",
                    self.cfg.max_queue
                )),
                SubmitError::Closed => ShuttingDownError::new_err("the scheduler is shutting down"),
                SubmitError::DeadlinePassed => {
                    DeadlineExceededError::new_err("deadline already passed at submission")
                }
                SubmitError::EmptyPrompt => PyValueError::new_err("prompt is empty"),
                SubmitError::PromptTooLong => PyValueError::new_err(format!(
                    "prompt longer than the slot capacity ({} tokens)",
                    self.cfg.capacity
                )),
            }),
        }
    }

    /// Cancels a request (client went away). A queued request is dropped at
    /// once; a running one is freed at the next step and reported in
    /// `StepPlan.cancelled`. Its future, if not done yet, is cancelled.
    /// Returns False if the id is unknown (already finished, say).
    fn cancel(&self, py: Python<'_>, req_id: u64) -> PyResult<bool> {
        match self.core.cancel(req_id) {
            Cancel::NotFound => Ok(false),
            Cancel::Running => Ok(true),
            Cancel::Queued(handle, _prompt) => {
                let done = handle.future.bind(py).call_method0("done")?.is_truthy()?;
                if !done {
                    let mut batch = Batch::new(py);
                    batch.push(handle, delivery::CANCEL, py.None().into_bound(py))?;
                    self.send(py, batch);
                }
                Ok(true)
            }
        }
    }

    /// Blocks (GIL released) up to `max_wait_s` for the next step. Returns
    /// None on timeout, or once closed and drained. Raises RuntimeError if
    /// the previous plan was not finished with `finish_step`.
    fn next_step(&self, py: Python<'_>, max_wait_s: f64) -> PyResult<Option<StepPlan>> {
        if max_wait_s.is_nan() {
            return Err(PyValueError::new_err("max_wait_s must not be NaN"));
        }
        let _engine = self.engine_guard()?;
        let end = self.core.clock().now() + max_wait_s.max(0.0);
        loop {
            let step = py.detach(|| {
                let step = self.core.wait_plan(end);
                if let NextStep::Plan(p) = &step {
                    // SAFETY: the engine guard makes this the only Rust writer of
                    // pool memory, and the protocol makes the calling (engine)
                    // thread the only Python writer.
                    unsafe {
                        self.pool.apply_moves(&p.moves);
                        for a in &p.admitted {
                            self.pool.load_prompt(a.slot, &a.tokens);
                        }
                    }
                }
                step
            });
            let (dropped, stop) = match step {
                NextStep::Plan(p) => return Self::build_plan(py, p).map(Some),
                NextStep::Busy => {
                    return Err(PyRuntimeError::new_err(
                        "next_step() called before finish_step() of the previous step",
                    ))
                }
                NextStep::Timeout => return Ok(None),
                NextStep::Flush(d) => (d, false),
                NextStep::Closed(d) => (d, true),
            };
            let mut batch = Batch::new(py);
            Self::push_dropped(py, &mut batch, dropped, None)?;
            self.send(py, batch);
            if stop {
                return Ok(None);
            }
        }
    }

    /// Ends the current step: `done` = `[(req_id, result)]`, `failed` =
    /// `[(req_id, exception)]`. Completes their futures (one
    /// `call_soon_threadsafe` per event loop for the whole step), frees their
    /// slots and returns the compaction moves `[(from_slot, to_slot)]`
    /// (pool memory already moved; apply them to per-slot engine state after
    /// forgetting the finished). Unknown ids are ignored.
    #[pyo3(signature = (done, failed=None, *, step_seconds=None, step_tokens=None))]
    fn finish_step<'py>(
        &self,
        py: Python<'py>,
        done: Vec<(u64, Py<PyAny>)>,
        failed: Option<Vec<(u64, Py<PyAny>)>>,
        step_seconds: Option<f64>,
        step_tokens: Option<f64>,
    ) -> PyResult<Bound<'py, PyList>> {
        let failed = failed.unwrap_or_default();
        if let Some((id, _)) = failed.iter().find(|(_, e)| !is_exception(e.bind(py))) {
            return Err(PyTypeError::new_err(format!(
                "failed[...] for request {id} is not an exception"
            )));
        }
        let _engine = self.engine_guard()?;
        let done_ids: Vec<u64> = done.iter().map(|d| d.0).collect();
        let failed_ids: Vec<u64> = failed.iter().map(|f| f.0).collect();
        let fin = py.detach(|| {
            let fin = self
                .core
                .finish(&done_ids, &failed_ids, step_seconds, step_tokens);
            // SAFETY: see `next_step`.
            unsafe { self.pool.apply_moves(&fin.moves) };
            fin
        });
        let mut done: Vec<Option<Py<PyAny>>> = done.into_iter().map(|d| Some(d.1)).collect();
        let mut failed: Vec<Option<Py<PyAny>>> = failed.into_iter().map(|f| Some(f.1)).collect();
        let mut batch = Batch::new(py);
        for (i, h) in fin.done {
            let v = done[i].take().expect("each index once");
            batch.push(h, delivery::RESULT, v.into_bound(py))?;
        }
        for (i, h) in fin.failed {
            let v = failed[i].take().expect("each index once");
            batch.push(h, delivery::EXCEPTION, v.into_bound(py))?;
        }
        Self::push_dropped(py, &mut batch, fin.dropped, None)?;
        self.send(py, batch);
        PyList::new(py, fin.moves)
    }

    /// The engine crashed: every queued and running request gets `exc`
    /// (default: `EngineError`), all slots are freed, and the scheduler stays
    /// open for a restarted engine. Returns the number of requests failed.
    #[pyo3(signature = (exc=None))]
    fn fail_all(&self, py: Python<'_>, exc: Option<Bound<'_, PyAny>>) -> PyResult<usize> {
        if let Some(e) = &exc {
            if !is_exception(e) {
                return Err(PyTypeError::new_err("exc must be an exception"));
            }
        }
        let dropped = self.core.fail_all();
        let n = dropped
            .iter()
            .filter(|d| d.reason == Reason::EngineError)
            .count();
        let mut batch = Batch::new(py);
        Self::push_dropped(py, &mut batch, dropped, exc.as_ref())?;
        self.send(py, batch);
        Ok(n)
    }

    /// Stops admitting; later `submit` calls raise `ShuttingDownError`.
    /// Queued requests get `ShuttingDownError` now; running ones finish
    /// normally if `drain`, else get `ShuttingDownError` too. `next_step`
    /// returns None once nothing is running. Returns the number answered.
    #[pyo3(signature = (drain=true))]
    fn close(&self, py: Python<'_>, drain: bool) -> PyResult<usize> {
        let dropped = self.core.close(drain);
        let n = dropped
            .iter()
            .filter(|d| d.reason == Reason::Shutdown)
            .count();
        let mut batch = Batch::new(py);
        Self::push_dropped(py, &mut batch, dropped, None)?;
        self.send(py, batch);
        Ok(n)
    }

    /// Counters, gauges, histograms and pool figures (see the type stubs).
    fn stats<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let s = self.core.snapshot();
        let c = &s.counters;
        let d = PyDict::new(py);
        d.set_item("queue_depth", s.queue_depth)?;
        d.set_item("running", s.running)?;
        d.set_item("closed", s.closed)?;
        d.set_item("submitted_total", c.submitted)?;
        d.set_item("admitted_total", c.admitted)?;
        d.set_item("completed_total", c.completed)?;
        d.set_item("steps_total", c.steps)?;
        let rejected = PyDict::new(py);
        for r in Reason::ALL {
            rejected.set_item(r.label(), c.rejected(r))?;
        }
        d.set_item("rejected_total", rejected)?;
        let h = PyDict::new(py);
        h.set_item("queue_wait_seconds", histogram_dict(py, &c.queue_wait)?)?;
        h.set_item("batch_size", histogram_dict(py, &c.batch_size)?)?;
        h.set_item("tokens_per_step", histogram_dict(py, &c.step_tokens)?)?;
        h.set_item("step_seconds", histogram_dict(py, &c.step_seconds)?)?;
        d.set_item("histograms", h)?;
        let p = PyDict::new(py);
        p.set_item("n_slots", s.n_slots)?;
        p.set_item("slots_in_use", s.slots_in_use)?;
        p.set_item("allocations", self.pool.allocations())?;
        p.set_item("slot_acquisitions", s.slot_acquisitions)?;
        p.set_item("slot_reuses", s.slot_reuses)?;
        p.set_item("moves", s.moves)?;
        p.set_item("bytes", self.pool.bytes())?;
        d.set_item("pool", p)?;
        d.set_item("deliveries_total", self.deliveries.load(Ordering::Relaxed))?;
        d.set_item(
            "delivery_errors_total",
            self.delivery_errors.load(Ordering::Relaxed),
        )?;
        Ok(d)
    }

    /// Requests waiting in the queue (lock-free read).
    #[getter]
    fn queue_depth(&self) -> usize {
        self.core.queue_depth()
    }

    #[getter]
    fn closed(&self) -> bool {
        self.core.with_state(|s| s.is_closed())
    }

    /// The KV pool: numpy arrays over the pool memory.
    #[getter]
    fn pool(&self, py: Python<'_>) -> Py<PyKvPool> {
        self.pool_view.clone_ref(py)
    }

    #[getter]
    fn max_queue(&self) -> usize {
        self.cfg.max_queue
    }

    #[getter]
    fn max_batch_size(&self) -> usize {
        self.cfg.max_batch_size
    }

    #[getter]
    fn max_step_tokens(&self) -> usize {
        self.cfg.max_step_tokens
    }

    #[getter]
    fn n_slots(&self) -> usize {
        self.cfg.n_slots
    }

    #[getter]
    fn capacity(&self) -> usize {
        self.cfg.capacity
    }

    fn __repr__(&self) -> String {
        format!(
            "Scheduler(max_queue={}, max_batch_size={}, max_step_tokens={}, batch_timeout_micros={}, n_slots={}, capacity={})",
            self.cfg.max_queue,
            self.cfg.max_batch_size,
            self.cfg.max_step_tokens,
            (self.cfg.batch_timeout * 1e6).round() as u64,
            self.cfg.n_slots,
            self.cfg.capacity,
        )
    }
}

pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    let py = m.py();
    m.add_class::<Scheduler>()?;
    m.add_class::<StepPlan>()?;
    let bounds = PyDict::new(py);
    for (name, b) in [
        ("queue_wait_seconds", metrics::QUEUE_WAIT_SECONDS),
        ("batch_size", metrics::BATCH_SIZE),
        ("tokens_per_step", metrics::TOKENS_PER_STEP),
        ("step_seconds", metrics::STEP_SECONDS),
    ] {
        bounds.set_item(name, PyTuple::new(py, b)?)?;
    }
    m.add("HISTOGRAM_BOUNDS", bounds)?;
    m.add("PROMPT_BYTES_DTYPE", "<i4")?;
    Ok(())
}
