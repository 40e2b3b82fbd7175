//! The scheduler's logic in plain Rust (no Python): the queue, admission into
//! slots, continuous batching, deadlines, cancellation and shutdown.
//!
//! [`State`] is a single-threaded state machine whose methods take the current
//! time as an argument, so every rule is unit-tested deterministically.
//! [`Core`] wraps it in one `Mutex` + `Condvar` — the single owner of the queue
//! state — and adds the blocking `wait_plan` used by the engine thread.
//!
//! The payload types are generic: `H` is the per-request handle that gets the
//! outcome (event loop + future on the Python side), `Q` the prompt object
//! handed to the engine at admission. Neither is ever dropped while the lock
//! is held by this module's callers: everything that leaves the state is
//! returned to the caller ([`Dropped`], [`Finished`], [`Cancel`]).

use std::cmp::Reverse;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Condvar, Mutex, MutexGuard, PoisonError};
use std::time::{Duration, Instant};

use super::metrics::{Counters, Reason};
use crate::pool::SlotAllocator;

/// Request id, unique for the life of a scheduler (starts at 1).
pub type ReqId = u64;

/// Static limits of a scheduler.
#[derive(Debug, Clone, PartialEq)]
pub struct Config {
    /// Most requests waiting in the queue (running ones not counted).
    pub max_queue: usize,
    /// Most sequences in one step (running + admitted).
    pub max_batch_size: usize,
    /// Most prompt tokens admitted in one step (at least one request is
    /// always admitted when a slot is free, whatever its length).
    pub max_step_tokens: usize,
    /// Seconds an idle engine waits for a fuller first batch.
    pub batch_timeout: f64,
    /// Slots in the KV pool.
    pub n_slots: usize,
    /// Longest prompt a slot can hold.
    pub capacity: usize,
}

impl Config {
    pub fn validate(&self) -> Result<(), String> {
        for (name, v) in [
            ("max_queue", self.max_queue),
            ("max_batch_size", self.max_batch_size),
            ("max_step_tokens", self.max_step_tokens),
            ("n_slots", self.n_slots),
            ("capacity", self.capacity),
        ] {
            if v == 0 {
                return Err(format!("{name} must be at least 1"));
            }
        }
        if !(self.batch_timeout >= 0.0 && self.batch_timeout.is_finite()) {
            return Err("batch_timeout must be a finite, non-negative duration".into());
        }
        Ok(())
    }

    /// Effective batch limit: a batch never exceeds the slots.
    pub fn batch_cap(&self) -> usize {
        self.max_batch_size.min(self.n_slots)
    }
}

/// Why `submit` refused a request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SubmitError {
    /// `close()` was called.
    Closed,
    /// The queue holds `max_queue` requests.
    QueueFull,
    /// The deadline had already passed at submission.
    DeadlinePassed,
    /// The prompt has no tokens.
    EmptyPrompt,
    /// The prompt is longer than a slot's capacity.
    PromptTooLong,
}

/// Queue order: higher priority first, then FIFO (ids increase with time).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct QueueKey {
    priority: Reverse<i64>,
    id: ReqId,
}

struct Queued<H, Q> {
    deadline_ns: i64,
    enqueued_at: f64,
    tokens: Vec<i64>,
    handle: H,
    prompt: Q,
}

/// What happens to a running sequence at the next state change.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Fate {
    Live,
    Cancel,
    /// Finished; the index is its position in `finish`'s `done` list.
    Done(usize),
    /// Failed; the index is its position in `finish`'s `failed` list.
    Failed(usize),
}

struct Running<H> {
    id: ReqId,
    handle: H,
    fate: Fate,
}

#[derive(Debug, Clone, Copy)]
enum Loc {
    Queued(QueueKey),
    Running(usize),
}

/// A request admitted in this step.
#[derive(Debug)]
pub struct Admitted<Q> {
    pub id: ReqId,
    pub slot: usize,
    /// Prompt token ids (for the pool's token row).
    pub tokens: Vec<i64>,
    /// The prompt object as submitted.
    pub prompt: Q,
}

/// One step of work for the engine.
///
/// Slot layout when the plan is handed out: `running` occupies slots
/// `0..running.len()` (in slot order), `admitted` the next ones up to
/// `batch_size - 1`, by non-decreasing prompt length; no other slot is live.
#[derive(Debug)]
pub struct Plan<Q> {
    /// Step number, from 1.
    pub step: u64,
    pub admitted: Vec<Admitted<Q>>,
    /// `(id, slot)` of sequences continuing to decode (not the admitted ones).
    pub running: Vec<(ReqId, usize)>,
    /// `(id, slot it had)` of running sequences removed because they were
    /// cancelled since the previous plan.
    pub cancelled: Vec<(ReqId, usize)>,
    /// Compaction moves `(from, to)` made when the cancelled were removed
    /// (one compaction: every `from >= running.len() > to`, so the moves are
    /// independent). The engine drops the cancelled, then applies these to its
    /// own per-slot state, then installs the admitted.
    pub moves: Vec<(usize, usize)>,
    pub batch_size: usize,
    /// Estimated tokens this step: admitted prompt tokens + one per running.
    pub step_tokens: usize,
}

/// A request that left without a result from the engine.
#[derive(Debug)]
pub struct Dropped<H, Q> {
    pub handle: H,
    /// Present when the request never reached the engine.
    pub prompt: Option<Q>,
    pub reason: Reason,
}

/// What `plan` decided.
#[derive(Debug)]
pub enum Decision<Q> {
    Plan(Plan<Q>),
    /// The engine is idle and waits for company until this time.
    Wait(f64),
    /// Nothing to do until something is submitted.
    Idle,
    /// Closed and drained.
    Closed,
}

/// What `finish` did.
#[derive(Debug)]
pub struct Finished<H, Q> {
    /// `(index in the done list, handle)` of requests found running.
    pub done: Vec<(usize, H)>,
    /// `(index in the failed list, handle)` of requests found running.
    pub failed: Vec<(usize, H)>,
    /// Compaction moves `(from, to)`, to apply in order.
    pub moves: Vec<(usize, usize)>,
    /// Requests dropped since the last delivery (deadline, cancel): to be
    /// delivered together with this step's completions.
    pub dropped: Vec<Dropped<H, Q>>,
}

/// Outcome of `cancel`.
#[derive(Debug)]
pub enum Cancel<H, Q> {
    NotFound,
    /// It was queued and is gone; the caller delivers the cancellation.
    Queued(H, Q),
    /// It is running; the engine frees it at the next step.
    Running,
}

/// Counters and gauges at one instant.
#[derive(Debug, Clone)]
pub struct Snapshot {
    pub queue_depth: usize,
    pub running: usize,
    pub closed: bool,
    pub counters: Counters,
    pub n_slots: usize,
    pub slots_in_use: usize,
    pub slot_acquisitions: u64,
    pub slot_reuses: u64,
    pub moves: u64,
}

fn to_ns(t: f64) -> i64 {
    // `as` saturates (±inf → i64 bounds); NaN is rejected before this point.
    (t * 1e9) as i64
}

/// The scheduler's state machine. See the module docs.
pub struct State<H, Q> {
    cfg: Config,
    queue: BTreeMap<QueueKey, Queued<H, Q>>,
    by_deadline: BTreeSet<(i64, ReqId)>,
    index: HashMap<ReqId, Loc>,
    /// `running[slot]`: live sequences; `running.len() == slots.in_use()`.
    running: Vec<Running<H>>,
    slots: SlotAllocator,
    queued_tokens: usize,
    next_id: ReqId,
    closed: bool,
    step_seq: u64,
    step_outstanding: bool,
    plan_tokens: usize,
    cancel_marked: usize,
    pending_cancelled: Vec<(ReqId, usize)>,
    pending_moves: Vec<(usize, usize)>,
    outbox: Vec<Dropped<H, Q>>,
    engine_waiting: bool,
    counters: Counters,
}

impl<H, Q> State<H, Q> {
    pub fn new(cfg: Config) -> Result<Self, String> {
        cfg.validate()?;
        Ok(Self {
            queue: BTreeMap::new(),
            by_deadline: BTreeSet::new(),
            index: HashMap::new(),
            running: Vec::with_capacity(cfg.n_slots),
            slots: SlotAllocator::new(cfg.n_slots),
            queued_tokens: 0,
            next_id: 0,
            closed: false,
            step_seq: 0,
            step_outstanding: false,
            plan_tokens: 0,
            cancel_marked: 0,
            pending_cancelled: Vec::new(),
            pending_moves: Vec::new(),
            outbox: Vec::new(),
            engine_waiting: false,
            counters: Counters::default(),
            cfg,
        })
    }

    pub fn config(&self) -> &Config {
        &self.cfg
    }

    pub fn queue_len(&self) -> usize {
        self.queue.len()
    }

    pub fn running_len(&self) -> usize {
        self.running.len()
    }

    pub fn is_closed(&self) -> bool {
        self.closed
    }

    pub fn step_outstanding(&self) -> bool {
        self.step_outstanding
    }

    pub fn counters(&self) -> &Counters {
        &self.counters
    }

    /// Enqueues a request. On refusal the payload comes back to the caller.
    #[allow(clippy::too_many_arguments)]
    pub fn submit(
        &mut self,
        handle: H,
        prompt: Q,
        tokens: Vec<i64>,
        deadline: f64,
        priority: i64,
        now: f64,
    ) -> Result<ReqId, (SubmitError, H, Q)> {
        let refusal = if self.closed {
            self.counters.reject(Reason::Shutdown, 1);
            Some(SubmitError::Closed)
        } else if tokens.is_empty() {
            Some(SubmitError::EmptyPrompt)
        } else if tokens.len() > self.cfg.capacity {
            Some(SubmitError::PromptTooLong)
        } else if self.queue.len() >= self.cfg.max_queue {
            self.counters.reject(Reason::QueueFull, 1);
            Some(SubmitError::QueueFull)
        } else if deadline.is_nan() || deadline <= now {
            self.counters.reject(Reason::Deadline, 1);
            Some(SubmitError::DeadlinePassed)
        } else {
            None
        };
        if let Some(err) = refusal {
            return Err((err, handle, prompt));
        }
        self.next_id += 1;
        let id = self.next_id;
        let key = QueueKey {
            priority: Reverse(priority),
            id,
        };
        let deadline_ns = to_ns(deadline);
        self.by_deadline.insert((deadline_ns, id));
        self.index.insert(id, Loc::Queued(key));
        self.queued_tokens += tokens.len();
        self.queue.insert(
            key,
            Queued {
                deadline_ns,
                enqueued_at: now,
                tokens,
                handle,
                prompt,
            },
        );
        self.counters.submitted += 1;
        Ok(id)
    }

    /// Cancels a request: a queued one is removed now, a running one is
    /// removed (and reported in `Plan::cancelled`) at the next `plan`.
    pub fn cancel(&mut self, id: ReqId) -> Cancel<H, Q> {
        match self.index.get(&id).copied() {
            None => Cancel::NotFound,
            Some(Loc::Queued(key)) => {
                let q = self.unqueue(key);
                self.counters.reject(Reason::Cancelled, 1);
                Cancel::Queued(q.handle, q.prompt)
            }
            Some(Loc::Running(slot)) => {
                let r = &mut self.running[slot];
                if r.fate == Fate::Live {
                    r.fate = Fate::Cancel;
                    self.cancel_marked += 1;
                }
                Cancel::Running
            }
        }
    }

    fn unqueue(&mut self, key: QueueKey) -> Queued<H, Q> {
        let q = self.queue.remove(&key).expect("indexed request is queued");
        self.index.remove(&key.id);
        self.by_deadline.remove(&(q.deadline_ns, key.id));
        self.queued_tokens -= q.tokens.len();
        q
    }

    /// Drops queued requests whose deadline has passed (into the outbox).
    fn expire(&mut self, now: f64) {
        let now_ns = to_ns(now);
        while let Some(&(deadline_ns, id)) = self.by_deadline.first() {
            if deadline_ns > now_ns {
                break;
            }
            let Some(Loc::Queued(key)) = self.index.get(&id).copied() else {
                unreachable!("deadline index out of sync");
            };
            let q = self.unqueue(key);
            self.counters.reject(Reason::Deadline, 1);
            self.outbox.push(Dropped {
                handle: q.handle,
                prompt: Some(q.prompt),
                reason: Reason::Deadline,
            });
        }
    }

    /// Frees `freed` slots, compacting the rest; returns moves and the
    /// removed sequences (no longer indexed).
    fn release(&mut self, mut freed: Vec<usize>) -> (Vec<(usize, usize)>, Vec<Running<H>>) {
        if freed.is_empty() {
            return (Vec::new(), Vec::new());
        }
        let moves = self.slots.release(&mut freed);
        for &(from, to) in &moves {
            // The hole at `to` holds a freed entry; the survivor takes its place.
            self.running.swap(from, to);
            self.index.insert(self.running[to].id, Loc::Running(to));
        }
        let removed: Vec<Running<H>> = self.running.drain(self.slots.in_use()..).collect();
        for r in &removed {
            self.index.remove(&r.id);
        }
        (moves, removed)
    }

    /// Removes running sequences marked cancelled (reported at the next plan).
    fn reap_cancelled(&mut self) {
        if self.cancel_marked == 0 {
            return;
        }
        self.cancel_marked = 0;
        let freed: Vec<usize> = (0..self.running.len())
            .filter(|&s| self.running[s].fate == Fate::Cancel)
            .collect();
        for &s in &freed {
            self.pending_cancelled.push((self.running[s].id, s));
        }
        let (moves, removed) = self.release(freed);
        // A reap that leaves survivors always ends in a plan (running is not
        // empty, so `plan` never waits), which takes these moves; a reap that
        // empties the batch has no moves. So a plan's moves are one compaction.
        debug_assert!(self.pending_moves.is_empty());
        self.pending_moves = moves;
        self.counters.reject(Reason::Cancelled, removed.len());
        self.outbox.extend(removed.into_iter().map(|r| Dropped {
            handle: r.handle,
            prompt: None,
            reason: Reason::Cancelled,
        }));
    }

    /// Plans the next step (continuous batching). See [`Plan`] for the slot
    /// layout. Panics if the previous plan was not finished.
    pub fn plan(&mut self, now: f64) -> Decision<Q> {
        assert!(
            !self.step_outstanding,
            "plan() before finish() of the previous step"
        );
        self.expire(now);
        self.reap_cancelled();

        let cap = self.cfg.batch_cap();
        let can_admit = !self.closed && !self.queue.is_empty() && self.running.len() < cap;
        if self.running.is_empty() {
            if !can_admit {
                return if self.closed {
                    Decision::Closed
                } else {
                    Decision::Idle
                };
            }
            // Idle engine, small queue: wait a little for a fuller first batch.
            if self.cfg.batch_timeout > 0.0
                && self.queue.len() < cap
                && self.queued_tokens < self.cfg.max_step_tokens
            {
                let oldest = self
                    .queue
                    .values()
                    .map(|q| q.enqueued_at)
                    .fold(f64::INFINITY, f64::min);
                let start_at = oldest + self.cfg.batch_timeout;
                if now < start_at {
                    return Decision::Wait(start_at);
                }
            }
        }

        let n_running = self.running.len();
        // Which requests join is decided in queue order (FIFO or priority)...
        let mut joining = Vec::new();
        let mut prompt_tokens = 0usize;
        while can_admit && n_running + joining.len() < cap {
            let Some(entry) = self.queue.first_entry() else {
                break;
            };
            let n = entry.get().tokens.len();
            if !joining.is_empty() && prompt_tokens + n > self.cfg.max_step_tokens {
                break; // head-of-line: the next request leads the next step
            }
            let key = *entry.key();
            joining.push((key, self.unqueue(key)));
            prompt_tokens += n;
        }
        // ...but their slots follow prompt length, so that the engine can prefill neighbours of
        // similar length together and pad less (stable: equal lengths keep queue order).
        joining.sort_by_key(|(_, q)| q.tokens.len());
        let mut admitted = Vec::with_capacity(joining.len());
        for (key, q) in joining {
            let slot = self
                .slots
                .alloc()
                .expect("batch cap never exceeds the slots");
            debug_assert_eq!(slot, self.running.len());
            self.index.insert(key.id, Loc::Running(slot));
            self.counters
                .queue_wait
                .observe((now - q.enqueued_at).max(0.0));
            self.running.push(Running {
                id: key.id,
                handle: q.handle,
                fate: Fate::Live,
            });
            admitted.push(Admitted {
                id: key.id,
                slot,
                tokens: q.tokens,
                prompt: q.prompt,
            });
        }

        let batch_size = self.running.len();
        self.counters.admitted += admitted.len() as u64;
        self.counters.steps += 1;
        self.counters.batch_size.observe(batch_size as f64);
        self.step_seq += 1;
        self.step_outstanding = true;
        self.plan_tokens = prompt_tokens + n_running;
        Decision::Plan(Plan {
            step: self.step_seq,
            running: self.running[..n_running]
                .iter()
                .enumerate()
                .map(|(slot, r)| (r.id, slot))
                .collect(),
            admitted,
            cancelled: std::mem::take(&mut self.pending_cancelled),
            moves: std::mem::take(&mut self.pending_moves),
            batch_size,
            step_tokens: self.plan_tokens,
        })
    }

    /// Ends a step: frees the slots of finished and failed requests (ids not
    /// running are ignored; the first mention of an id wins) and compacts.
    pub fn finish(
        &mut self,
        done: &[ReqId],
        failed: &[ReqId],
        step_seconds: Option<f64>,
        step_tokens: Option<f64>,
    ) -> Finished<H, Q> {
        if std::mem::replace(&mut self.step_outstanding, false) {
            let tokens = step_tokens.unwrap_or(self.plan_tokens as f64);
            self.counters.step_tokens.observe(tokens);
            if let Some(s) = step_seconds {
                self.counters.step_seconds.observe(s);
            }
        }
        let mut freed = Vec::with_capacity(done.len() + failed.len());
        let lists = [(done, false), (failed, true)];
        for (ids, is_failure) in lists {
            for (i, id) in ids.iter().enumerate() {
                let Some(&Loc::Running(slot)) = self.index.get(id) else {
                    continue;
                };
                let r = &mut self.running[slot];
                match r.fate {
                    Fate::Done(_) | Fate::Failed(_) => continue,
                    Fate::Cancel => self.cancel_marked -= 1,
                    Fate::Live => {}
                }
                r.fate = if is_failure {
                    Fate::Failed(i)
                } else {
                    Fate::Done(i)
                };
                freed.push(slot);
            }
        }
        let (moves, removed) = self.release(freed);
        let mut out = Finished {
            done: Vec::with_capacity(removed.len()),
            failed: Vec::new(),
            moves,
            dropped: std::mem::take(&mut self.outbox),
        };
        for r in removed {
            match r.fate {
                Fate::Done(i) => out.done.push((i, r.handle)),
                Fate::Failed(i) => out.failed.push((i, r.handle)),
                Fate::Live | Fate::Cancel => unreachable!("only finished sequences are freed"),
            }
        }
        self.counters.completed += out.done.len() as u64;
        self.counters.reject(Reason::EngineError, out.failed.len());
        out
    }

    fn drain_queue(&mut self, reason: Reason, out: &mut Vec<Dropped<H, Q>>) {
        let n = self.queue.len();
        for (key, q) in std::mem::take(&mut self.queue) {
            self.index.remove(&key.id);
            out.push(Dropped {
                handle: q.handle,
                prompt: Some(q.prompt),
                reason,
            });
        }
        self.by_deadline.clear();
        self.queued_tokens = 0;
        self.counters.reject(reason, n);
    }

    fn drain_running(&mut self, reason: Reason, out: &mut Vec<Dropped<H, Q>>) {
        let n = self.running.len();
        for r in self.running.drain(..) {
            self.index.remove(&r.id);
            out.push(Dropped {
                handle: r.handle,
                prompt: None,
                reason,
            });
        }
        self.slots.release_all();
        self.cancel_marked = 0;
        self.pending_cancelled.clear();
        self.pending_moves.clear();
        self.step_outstanding = false;
        self.counters.reject(reason, n);
    }

    /// Takes what is waiting to be delivered (deadline drops, cancellations).
    pub fn take_outbox(&mut self) -> Vec<Dropped<H, Q>> {
        std::mem::take(&mut self.outbox)
    }

    /// The engine died: every queued and running request fails
    /// (`Reason::EngineError`), every slot is freed, and the scheduler stays
    /// open for a restarted engine (which starts with no live slot).
    /// Pending deliveries are returned too, with their own reasons.
    pub fn fail_all(&mut self) -> Vec<Dropped<H, Q>> {
        let mut out = self.take_outbox();
        self.drain_running(Reason::EngineError, &mut out);
        self.drain_queue(Reason::EngineError, &mut out);
        out
    }

    /// Stops admitting. Queued requests get `Reason::Shutdown`; running ones
    /// too unless `drain`, in which case they run to completion.
    pub fn close(&mut self, drain: bool) -> Vec<Dropped<H, Q>> {
        self.closed = true;
        let mut out = self.take_outbox();
        if !drain {
            self.drain_running(Reason::Shutdown, &mut out);
        }
        self.drain_queue(Reason::Shutdown, &mut out);
        out
    }

    pub fn snapshot(&self) -> Snapshot {
        Snapshot {
            queue_depth: self.queue.len(),
            running: self.running.len(),
            closed: self.closed,
            counters: self.counters.clone(),
            n_slots: self.slots.n_slots(),
            slots_in_use: self.slots.in_use(),
            slot_acquisitions: self.slots.acquisitions(),
            slot_reuses: self.slots.reuses(),
            moves: self.slots.moves(),
        }
    }
}

/// A clock in the caller's time base (Python's `time.monotonic()`), read
/// without the GIL: calibrated once against `Instant`, which uses the same
/// monotonic source.
#[derive(Debug, Clone, Copy)]
pub struct Clock {
    origin: Instant,
    origin_secs: f64,
}

impl Clock {
    /// A clock that reads `secs` now.
    pub fn starting_at(secs: f64) -> Self {
        Self {
            origin: Instant::now(),
            origin_secs: secs,
        }
    }

    pub fn now(&self) -> f64 {
        self.origin_secs + self.origin.elapsed().as_secs_f64()
    }
}

/// What `Core::wait_plan` returns.
#[derive(Debug)]
pub enum NextStep<H, Q> {
    Plan(Plan<Q>),
    /// Deliver these, then call again (the engine was about to block).
    Flush(Vec<Dropped<H, Q>>),
    /// Nothing to do before the end of the wait.
    Timeout,
    /// Closed and drained; deliver these and stop.
    Closed(Vec<Dropped<H, Q>>),
    /// The previous plan was not finished.
    Busy,
}

/// Thread-safe scheduler: the state behind one mutex, a condition variable
/// for the engine thread, and a lock-free queue-depth gauge.
pub struct Core<H, Q> {
    state: Mutex<State<H, Q>>,
    cv: Condvar,
    clock: Clock,
    depth: AtomicUsize,
}

impl<H, Q> Core<H, Q> {
    pub fn new(cfg: Config, clock: Clock) -> Result<Self, String> {
        Ok(Self {
            state: Mutex::new(State::new(cfg)?),
            cv: Condvar::new(),
            clock,
            depth: AtomicUsize::new(0),
        })
    }

    pub fn clock(&self) -> &Clock {
        &self.clock
    }

    /// Requests waiting in the queue, readable without the lock.
    pub fn queue_depth(&self) -> usize {
        self.depth.load(Ordering::Relaxed)
    }

    fn lock(&self) -> MutexGuard<'_, State<H, Q>> {
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Runs `f` under the lock and refreshes the queue-depth gauge.
    pub fn with_state<R>(&self, f: impl FnOnce(&mut State<H, Q>) -> R) -> R {
        let mut st = self.lock();
        let r = f(&mut st);
        self.depth.store(st.queue.len(), Ordering::Relaxed);
        r
    }

    pub fn submit(
        &self,
        handle: H,
        prompt: Q,
        tokens: Vec<i64>,
        deadline: f64,
        priority: i64,
    ) -> Result<ReqId, (SubmitError, H, Q)> {
        let mut st = self.lock();
        let r = st.submit(handle, prompt, tokens, deadline, priority, self.clock.now());
        self.depth.store(st.queue.len(), Ordering::Relaxed);
        if r.is_ok() && st.engine_waiting {
            self.cv.notify_one();
        }
        r
    }

    pub fn cancel(&self, id: ReqId) -> Cancel<H, Q> {
        self.with_state(|st| st.cancel(id))
    }

    /// Blocks (up to the clock time `end`) until there is a step to run.
    /// Never blocks while deliveries are pending: returns `Flush` instead.
    pub fn wait_plan(&self, end: f64) -> NextStep<H, Q> {
        let mut st = self.lock();
        if st.step_outstanding {
            return NextStep::Busy;
        }
        loop {
            let now = self.clock.now();
            let decision = st.plan(now);
            self.depth.store(st.queue.len(), Ordering::Relaxed);
            let until = match decision {
                Decision::Plan(p) => return NextStep::Plan(p),
                Decision::Closed => return NextStep::Closed(st.take_outbox()),
                Decision::Idle => f64::INFINITY,
                Decision::Wait(t) => t,
            };
            if !st.outbox.is_empty() {
                return NextStep::Flush(st.take_outbox());
            }
            if now >= end {
                return NextStep::Timeout;
            }
            let limit = until.min(end);
            st.engine_waiting = true;
            st = if limit.is_finite() {
                let d = Duration::try_from_secs_f64((limit - now).max(0.0))
                    .unwrap_or(Duration::from_secs(3600));
                self.cv
                    .wait_timeout(st, d)
                    .unwrap_or_else(PoisonError::into_inner)
                    .0
            } else {
                self.cv.wait(st).unwrap_or_else(PoisonError::into_inner)
            };
            st.engine_waiting = false;
        }
    }

    pub fn finish(
        &self,
        done: &[ReqId],
        failed: &[ReqId],
        step_seconds: Option<f64>,
        step_tokens: Option<f64>,
    ) -> Finished<H, Q> {
        self.with_state(|st| st.finish(done, failed, step_seconds, step_tokens))
    }

    pub fn fail_all(&self) -> Vec<Dropped<H, Q>> {
        let out = self.with_state(State::fail_all);
        self.cv.notify_all();
        out
    }

    pub fn close(&self, drain: bool) -> Vec<Dropped<H, Q>> {
        let out = self.with_state(|st| st.close(drain));
        self.cv.notify_all();
        out
    }

    pub fn snapshot(&self) -> Snapshot {
        self.lock().snapshot()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Arc;

    type S = State<u32, ()>;

    fn cfg() -> Config {
        Config {
            max_queue: 8,
            max_batch_size: 4,
            max_step_tokens: 100,
            batch_timeout: 0.0,
            n_slots: 4,
            capacity: 64,
        }
    }

    fn state(c: Config) -> S {
        State::new(c).unwrap()
    }

    const FAR: f64 = 1e6;

    fn submit(s: &mut S, tag: u32, n_tokens: usize, prio: i64, now: f64) -> ReqId {
        s.submit(tag, (), vec![1; n_tokens], FAR, prio, now)
            .map_err(|e| e.0)
            .unwrap()
    }

    fn plan(s: &mut S, now: f64) -> Plan<()> {
        match s.plan(now) {
            Decision::Plan(p) => p,
            other => panic!("expected a plan, got {other:?}"),
        }
    }

    fn admitted_ids(p: &Plan<()>) -> Vec<ReqId> {
        p.admitted.iter().map(|a| a.id).collect()
    }

    /// Checks the slot invariant: live sequences are exactly slots 0..B-1.
    fn check_layout(s: &S) {
        assert_eq!(s.running.len(), s.slots.in_use());
        for (slot, r) in s.running.iter().enumerate() {
            assert!(matches!(s.index.get(&r.id), Some(Loc::Running(x)) if *x == slot));
        }
        assert_eq!(s.index.len(), s.running.len() + s.queue.len());
        assert_eq!(s.by_deadline.len(), s.queue.len());
        assert_eq!(
            s.queued_tokens,
            s.queue.values().map(|q| q.tokens.len()).sum::<usize>()
        );
    }

    #[test]
    fn config_is_validated() {
        let mut c = cfg();
        c.max_queue = 0;
        assert!(State::<u32, ()>::new(c).is_err());
        let mut c = cfg();
        c.batch_timeout = f64::NAN;
        assert!(State::<u32, ()>::new(c).is_err());
    }

    #[test]
    fn queue_is_bounded() {
        let mut c = cfg();
        c.max_queue = 2;
        let mut s = state(c);
        submit(&mut s, 1, 1, 0, 0.0);
        submit(&mut s, 2, 1, 0, 0.0);
        let err = s.submit(3, (), vec![1], FAR, 0, 0.0).unwrap_err();
        assert_eq!((err.0, err.1), (SubmitError::QueueFull, 3));
        assert_eq!(s.counters().rejected(Reason::QueueFull), 1);
        assert_eq!(s.queue_len(), 2);
        // Admission frees queue room.
        plan(&mut s, 0.0);
        assert!(s.submit(4, (), vec![1], FAR, 0, 0.0).is_ok());
        check_layout(&s);
    }

    #[test]
    fn bad_prompts_are_refused_without_counting() {
        let mut s = state(cfg());
        assert_eq!(
            s.submit(1, (), vec![], FAR, 0, 0.0).unwrap_err().0,
            SubmitError::EmptyPrompt
        );
        assert_eq!(
            s.submit(1, (), vec![0; 65], FAR, 0, 0.0).unwrap_err().0,
            SubmitError::PromptTooLong
        );
        assert!(Reason::ALL.iter().all(|&r| s.counters().rejected(r) == 0));
    }

    #[test]
    fn priority_first_then_fifo() {
        let mut c = cfg();
        c.max_batch_size = 1;
        let mut s = state(c);
        let a = submit(&mut s, 1, 1, 0, 0.0);
        let b = submit(&mut s, 2, 1, 5, 0.0);
        let c_ = submit(&mut s, 3, 1, 0, 0.0);
        let d = submit(&mut s, 4, 1, 5, 0.0);
        let e = submit(&mut s, 5, 1, -1, 0.0);
        let mut order = Vec::new();
        for _ in 0..5 {
            let p = plan(&mut s, 0.0);
            let id = admitted_ids(&p)[0];
            order.push(id);
            s.finish(&[id], &[], None, None);
        }
        assert_eq!(order, vec![b, d, a, c_, e]);
    }

    #[test]
    fn admitted_slots_follow_prompt_length_but_selection_stays_fifo() {
        let mut c = cfg();
        c.max_batch_size = 3;
        c.n_slots = 3;
        let mut s = state(c);
        let long = submit(&mut s, 1, 30, 0, 0.0);
        let short = submit(&mut s, 2, 5, 0, 0.0);
        let mid = submit(&mut s, 3, 12, 0, 0.0);
        let same = submit(&mut s, 4, 5, 0, 0.0); // not admitted: the batch is full
        let p = plan(&mut s, 0.0);
        // the three oldest join; their slots go by length
        assert_eq!(admitted_ids(&p), vec![short, mid, long]);
        let slots: Vec<usize> = p.admitted.iter().map(|a| a.slot).collect();
        assert_eq!(slots, vec![0, 1, 2]);
        let lens: Vec<usize> = p.admitted.iter().map(|a| a.tokens.len()).collect();
        assert_eq!(lens, vec![5, 12, 30]);
        check_layout(&s);
        s.finish(&[short, mid, long], &[], None, None);
        assert_eq!(admitted_ids(&plan(&mut s, 0.0)), vec![same]);
    }

    #[test]
    fn expired_requests_never_take_a_slot() {
        let mut s = state(cfg());
        let late = s.submit(1, (), vec![1], 5.0, 9, 0.0).unwrap();
        let ok = submit(&mut s, 2, 1, 0, 0.0);
        let p = plan(&mut s, 6.0);
        assert_eq!(admitted_ids(&p), vec![ok]);
        assert_eq!(s.counters().rejected(Reason::Deadline), 1);
        let fin = s.finish(&[ok], &[], None, None);
        assert_eq!(fin.dropped.len(), 1);
        assert_eq!(
            (fin.dropped[0].handle, fin.dropped[0].reason),
            (1, Reason::Deadline)
        );
        assert!(matches!(s.cancel(late), Cancel::NotFound));
        check_layout(&s);
    }

    #[test]
    fn past_deadline_is_refused_at_submit() {
        let mut s = state(cfg());
        let err = s.submit(1, (), vec![1], 1.0, 0, 2.0).unwrap_err();
        assert_eq!(err.0, SubmitError::DeadlinePassed);
        assert_eq!(s.counters().rejected(Reason::Deadline), 1);
    }

    #[test]
    fn batch_is_capped_by_max_batch_size_and_slots() {
        let mut c = cfg();
        c.max_batch_size = 3;
        c.n_slots = 2;
        let mut s = state(c.clone());
        for t in 0..5 {
            submit(&mut s, t, 1, 0, 0.0);
        }
        let p = plan(&mut s, 0.0);
        assert_eq!((p.admitted.len(), p.batch_size), (2, 2));

        c.n_slots = 8;
        let mut s = state(c);
        for t in 0..5 {
            submit(&mut s, t, 1, 0, 0.0);
        }
        let p = plan(&mut s, 0.0);
        assert_eq!(p.batch_size, 3);
        // Running sequences keep their slots; a finished one makes room.
        s.finish(&[p.admitted[1].id], &[], None, None);
        let p2 = plan(&mut s, 0.0);
        assert_eq!(p2.running.len(), 2);
        assert_eq!(p2.admitted.len(), 1);
        assert_eq!(p2.admitted[0].slot, 2);
        assert_eq!(p2.batch_size, 3);
        check_layout(&s);
    }

    #[test]
    fn token_budget_limits_admissions_but_admits_at_least_one() {
        let mut c = cfg();
        c.max_step_tokens = 10;
        let mut s = state(c);
        let big = submit(&mut s, 1, 30, 0, 0.0);
        let a = submit(&mut s, 2, 6, 0, 0.0);
        let b = submit(&mut s, 3, 4, 0, 0.0);
        let d = submit(&mut s, 4, 1, 0, 0.0);
        let p = plan(&mut s, 0.0);
        assert_eq!(
            admitted_ids(&p),
            vec![big],
            "over-budget head still runs alone"
        );
        assert_eq!(p.step_tokens, 30);
        s.finish(&[], &[], None, None);
        let p = plan(&mut s, 0.0);
        assert_eq!(
            admitted_ids(&p),
            vec![b, a],
            "6 + 4 fits (slots by length), + 1 would not"
        );
        assert_eq!(p.running, vec![(big, 0)]);
        assert_eq!(p.step_tokens, 11);
        s.finish(&[], &[], None, None);
        let p = plan(&mut s, 0.0);
        assert_eq!(admitted_ids(&p), vec![d]);
        assert_eq!(p.batch_size, 4);
    }

    #[test]
    fn idle_engine_waits_for_company_then_starts() {
        let mut c = cfg();
        c.batch_timeout = 0.010;
        let mut s = state(c);
        submit(&mut s, 1, 1, 0, 1.0);
        match s.plan(1.001) {
            Decision::Wait(t) => assert!((t - 1.010).abs() < 1e-9),
            other => panic!("{other:?}"),
        }
        submit(&mut s, 2, 1, 0, 1.002);
        assert!(matches!(s.plan(1.003), Decision::Wait(_)));
        // Timeout measured from the oldest arrival.
        let p = plan(&mut s, 1.010);
        assert_eq!(p.batch_size, 2);
        // Running: never wait, new arrivals join the next step.
        s.finish(&[], &[], None, None);
        submit(&mut s, 3, 1, 0, 1.011);
        let p = plan(&mut s, 1.011);
        assert_eq!((p.running.len(), p.admitted.len()), (2, 1));
    }

    #[test]
    fn full_batch_or_budget_skips_the_wait() {
        let mut c = cfg();
        c.batch_timeout = 1.0;
        c.max_step_tokens = 8;
        let mut s = state(c.clone());
        for t in 0..4 {
            submit(&mut s, t, 1, 0, 0.0);
        }
        assert_eq!(plan(&mut s, 0.0).batch_size, 4);
        let mut s = state(c);
        submit(&mut s, 1, 8, 0, 0.0);
        assert_eq!(plan(&mut s, 0.0).batch_size, 1);
    }

    #[test]
    fn cancel_queued_and_running() {
        let mut s = state(cfg());
        let a = submit(&mut s, 1, 1, 0, 0.0);
        let b = submit(&mut s, 2, 1, 0, 0.0);
        let c_ = submit(&mut s, 3, 1, 0, 0.0);
        let p = plan(&mut s, 0.0);
        assert_eq!(p.batch_size, 3);
        s.finish(&[], &[], None, None);
        let q = submit(&mut s, 4, 1, 0, 0.0);
        assert!(matches!(s.cancel(q), Cancel::Queued(4, ())));
        assert!(matches!(s.cancel(q), Cancel::NotFound));
        assert!(matches!(s.cancel(a), Cancel::Running));
        assert!(matches!(s.cancel(a), Cancel::Running)); // idempotent
        assert_eq!(s.counters().rejected(Reason::Cancelled), 1);
        let p = plan(&mut s, 0.0);
        assert_eq!(p.cancelled, vec![(a, 0)]);
        assert_eq!(p.moves, vec![(2, 0)]);
        assert_eq!(p.running, vec![(c_, 0), (b, 1)]);
        assert_eq!(p.batch_size, 2);
        assert_eq!(s.counters().rejected(Reason::Cancelled), 2);
        let fin = s.finish(&[], &[], None, None);
        assert_eq!(fin.dropped.len(), 1);
        assert_eq!(
            (fin.dropped[0].handle, fin.dropped[0].reason),
            (1, Reason::Cancelled)
        );
        check_layout(&s);
    }

    #[test]
    fn finishing_a_cancel_marked_sequence_completes_it() {
        let mut s = state(cfg());
        let a = submit(&mut s, 1, 1, 0, 0.0);
        plan(&mut s, 0.0);
        s.cancel(a);
        let fin = s.finish(&[a], &[], None, None);
        assert_eq!(fin.done.len(), 1);
        assert!(matches!(s.plan(0.0), Decision::Idle));
        assert_eq!(s.counters().rejected(Reason::Cancelled), 0);
        assert_eq!(s.counters().completed, 1);
    }

    #[test]
    fn cancellations_while_idle_are_reported_with_the_next_plan() {
        let mut s = state(cfg());
        let a = submit(&mut s, 1, 1, 0, 0.0);
        let b = submit(&mut s, 2, 1, 0, 0.0);
        plan(&mut s, 0.0);
        s.finish(&[], &[], None, None);
        s.cancel(a);
        s.cancel(b);
        assert!(matches!(s.plan(0.0), Decision::Idle));
        assert_eq!(s.take_outbox().len(), 2);
        let c_ = submit(&mut s, 3, 1, 0, 0.0);
        let p = plan(&mut s, 0.0);
        assert_eq!(p.cancelled, vec![(a, 0), (b, 1)]);
        assert!(p.moves.is_empty());
        assert_eq!(p.admitted[0].slot, 0);
        assert_eq!(admitted_ids(&p), vec![c_]);
    }

    #[test]
    fn finish_frees_compacts_and_ignores_unknown_ids() {
        let mut s = state(cfg());
        let ids: Vec<_> = (0..4).map(|t| submit(&mut s, t, 2, 0, 0.0)).collect();
        let p = plan(&mut s, 0.0);
        assert_eq!(
            p.admitted.iter().map(|a| a.slot).collect::<Vec<_>>(),
            vec![0, 1, 2, 3]
        );
        let fin = s.finish(&[ids[0], 999, ids[0]], &[ids[2]], Some(0.01), None);
        assert_eq!(fin.done, vec![(0, 0)]);
        assert_eq!(fin.failed, vec![(0, 2)]);
        assert_eq!(fin.moves, vec![(3, 0)]);
        assert_eq!(s.counters().completed, 1);
        assert_eq!(s.counters().rejected(Reason::EngineError), 1);
        assert_eq!(
            s.counters().step_tokens.sum(),
            8.0,
            "estimate used when not reported"
        );
        assert_eq!(s.counters().step_seconds.count(), 1);
        let p = plan(&mut s, 0.0);
        assert_eq!(p.running, vec![(ids[3], 0), (ids[1], 1)]);
        check_layout(&s);
    }

    #[test]
    fn fail_all_fails_everything_and_stays_usable() {
        let mut c = cfg();
        c.max_batch_size = 2;
        let mut s = state(c);
        for t in 0..3 {
            submit(&mut s, t, 1, 0, 0.0);
        }
        plan(&mut s, 0.0);
        let out = s.fail_all();
        assert_eq!(out.len(), 3);
        assert!(out.iter().all(|d| d.reason == Reason::EngineError));
        assert_eq!(s.counters().rejected(Reason::EngineError), 3);
        assert_eq!(
            (s.running_len(), s.queue_len(), s.slots.in_use()),
            (0, 0, 0)
        );
        assert!(!s.step_outstanding());
        // Usable by a restarted engine.
        let id = submit(&mut s, 9, 1, 0, 0.0);
        let p = plan(&mut s, 0.0);
        assert_eq!((p.admitted[0].id, p.admitted[0].slot), (id, 0));
        check_layout(&s);
    }

    #[test]
    fn close_with_drain_runs_the_running_and_answers_the_queued() {
        let mut c = cfg();
        c.max_batch_size = 1;
        let mut s = state(c);
        let a = submit(&mut s, 1, 1, 0, 0.0);
        submit(&mut s, 2, 1, 0, 0.0);
        plan(&mut s, 0.0);
        let out = s.close(true);
        assert_eq!(out.len(), 1);
        assert_eq!((out[0].handle, out[0].reason), (2, Reason::Shutdown));
        assert_eq!(
            s.submit(3, (), vec![1], FAR, 0, 0.0).unwrap_err().0,
            SubmitError::Closed
        );
        s.finish(&[], &[], None, None);
        let p = plan(&mut s, 0.0);
        assert_eq!(p.running, vec![(a, 0)]);
        s.finish(&[a], &[], None, None);
        assert!(matches!(s.plan(0.0), Decision::Closed));
        assert_eq!(s.counters().rejected(Reason::Shutdown), 2);
    }

    #[test]
    fn close_without_drain_answers_everyone() {
        let mut s = state(cfg());
        submit(&mut s, 1, 1, 0, 0.0);
        plan(&mut s, 0.0);
        submit(&mut s, 2, 1, 0, 0.0);
        let out = s.close(false);
        assert_eq!(out.len(), 2);
        assert!(matches!(s.plan(0.0), Decision::Closed));
        let fin = s.finish(&[1], &[], None, None);
        assert!(fin.done.is_empty() && fin.moves.is_empty());
    }

    #[test]
    #[should_panic(expected = "before finish")]
    fn plan_twice_without_finish_panics() {
        let mut s = state(cfg());
        submit(&mut s, 1, 1, 0, 0.0);
        plan(&mut s, 0.0);
        let _ = s.plan(0.0);
    }

    #[test]
    fn randomised_churn_keeps_invariants() {
        // A small LCG drives submits, cancels and finishes for many steps.
        let mut c = cfg();
        c.max_queue = 16;
        c.max_batch_size = 5;
        c.n_slots = 6;
        c.max_step_tokens = 12;
        let mut s = state(c);
        let mut rng = 0x2545_f491_4f6c_dd1du64;
        let mut next = || {
            rng = rng
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (rng >> 33) as usize
        };
        let mut finished = 0u64;
        let mut refused_deadline = 0u64;
        for step in 0..2000u32 {
            let now = step as f64;
            for _ in 0..next() % 4 {
                let deadline = if next() % 7 == 0 { now + 0.5 } else { FAR };
                let n = 1 + next() % 8;
                let prio = (next() % 3) as i64;
                if let Err((SubmitError::DeadlinePassed, ..)) =
                    s.submit(step, (), vec![1; n], deadline, prio, now)
                {
                    refused_deadline += 1;
                }
            }
            if next() % 5 == 0 {
                let _ = s.cancel((next() % (s.next_id as usize + 1)) as ReqId);
            }
            match s.plan(now + 1.0) {
                Decision::Plan(p) => {
                    assert!(p.batch_size <= 5);
                    assert_eq!(p.running.len() + p.admitted.len(), p.batch_size);
                    for (i, a) in p.admitted.iter().enumerate() {
                        assert_eq!(a.slot, p.running.len() + i);
                    }
                    let live: Vec<ReqId> = p
                        .running
                        .iter()
                        .map(|r| r.0)
                        .chain(admitted_ids(&p))
                        .collect();
                    let done: Vec<ReqId> = live.into_iter().filter(|_| next() % 3 == 0).collect();
                    let fin = s.finish(&done, &[], None, None);
                    finished += fin.done.len() as u64;
                }
                Decision::Idle | Decision::Wait(_) => {}
                Decision::Closed => unreachable!(),
            }
            check_layout(&s);
        }
        assert!(finished > 100);
        // Every accepted request ended exactly once or is still in the system.
        let c = s.counters();
        let ended = c.completed + c.rejected(Reason::Deadline) - refused_deadline
            + c.rejected(Reason::Cancelled);
        assert_eq!(
            c.submitted,
            ended + (s.queue_len() + s.running_len()) as u64
        );
        assert!(c.rejected(Reason::Deadline) > 0 && c.rejected(Reason::Cancelled) > 0);
    }

    #[test]
    fn core_wakes_a_waiting_engine_and_closes() {
        let core: Arc<Core<u32, ()>> =
            Arc::new(Core::new(cfg(), Clock::starting_at(100.0)).unwrap());
        let engine = {
            let core = core.clone();
            std::thread::spawn(move || {
                let mut seen = Vec::new();
                loop {
                    let end = core.clock().now() + 30.0;
                    match core.wait_plan(end) {
                        NextStep::Plan(p) => {
                            let ids: Vec<ReqId> = admitted_ids(&p);
                            seen.extend(ids.iter().copied());
                            core.finish(&ids, &[], None, None);
                        }
                        NextStep::Flush(_) | NextStep::Timeout => {}
                        NextStep::Closed(_) => return seen,
                        NextStep::Busy => panic!("busy"),
                    }
                }
            })
        };
        let deadline = core.clock().now() + 1e5;
        let a = core
            .submit(1, (), vec![1, 2], deadline, 0)
            .map_err(|e| e.0)
            .unwrap();
        let b = core
            .submit(2, (), vec![3], deadline, 0)
            .map_err(|e| e.0)
            .unwrap();
        // Wait (without timing assumptions) until both are served, then close.
        while core.snapshot().counters.completed < 2 {
            std::thread::yield_now();
        }
        core.close(true);
        let mut seen = engine.join().unwrap();
        seen.sort_unstable();
        assert_eq!(seen, vec![a, b]);
        assert_eq!(core.queue_depth(), 0);
    }

    #[test]
    fn core_reports_busy_and_flushes_before_blocking() {
        let core: Core<u32, ()> = Core::new(cfg(), Clock::starting_at(0.0)).unwrap();
        let now = core.clock().now();
        core.submit(1, (), vec![1], now + 1e5, 0)
            .map_err(|e| e.0)
            .unwrap();
        let id = match core.wait_plan(now) {
            NextStep::Plan(p) => p.admitted[0].id,
            other => panic!("{other:?}"),
        };
        assert!(matches!(core.wait_plan(now), NextStep::Busy));
        core.finish(&[], &[], None, None);
        core.cancel(id);
        // The cancelled sequence is reaped, the engine is idle: flush first.
        match core.wait_plan(0.0) {
            NextStep::Flush(d) => assert_eq!(d[0].reason, Reason::Cancelled),
            other => panic!("{other:?}"),
        }
        assert!(matches!(core.wait_plan(0.0), NextStep::Timeout));
    }
}
