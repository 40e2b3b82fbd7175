//! KV-cache memory pool: every byte the engine needs for per-sequence state,
//! allocated once at start-up and reused for the life of the process.
//!
//! # Layout
//!
//! For each of `n_layers` layers there is a key buffer and a value buffer, each
//! an `f32` array of shape `[n_slots, kv_heads, capacity, head_dim]`
//! (C-contiguous). Next to them, a token buffer (`i64 [n_slots, capacity]`) and
//! a length buffer (`i64 [n_slots]`). Every buffer is 64-byte aligned and is
//! exposed to Python as a writable, zero-copy numpy array whose base keeps the
//! memory alive, so arrays stay valid even if the scheduler is dropped first.
//!
//! # The contiguity invariant
//!
//! **Live sequences always occupy slots `0..B-1`, with no holes**, where `B` is
//! the number of slots in use. The engine can therefore hand `key[:B]` (a
//! contiguous view, no copy) to ONNX Runtime. New sequences take slots
//! `B, B+1, …`. When sequences leave (finished, failed or cancelled), the holes
//! they leave below the new `B` are filled by moving the surviving sequences
//! that sit at or above it: the pool copies the whole slot row of every K/V
//! buffer, of the token buffer and the length, and reports each move as
//! `(from_slot, to_slot)` so the engine can apply the same moves to any
//! per-slot state it keeps itself. Every list of moves the scheduler reports
//! comes from one compaction: every source is `>= B_new` and every destination
//! `< B_new`, so each survivor moves at most once and the moves are
//! independent (they can be applied in any order, or vectorised as
//! `state[to] = state[from]`).
//!
//! A move copies whole slot rows by default. With `copy_valid_only`, it copies
//! only positions `[0, lengths[from])` of every K/V head and of the token row,
//! which is much cheaper for long capacities but requires the engine to keep
//! `lengths[slot]` >= the number of valid positions of the slot.
//!
//! The bookkeeping ([`SlotAllocator`]) is plain data owned by the scheduler
//! under its lock; the memory ([`KvPool`]) is written only by the engine thread
//! (through numpy, and through [`KvPool::apply_moves`] /
//! [`KvPool::load_prompt`], which the scheduler calls on that thread from
//! `next_step` and `finish_step`).

use std::alloc::{self, Layout};
use std::ffi::{c_int, c_void, CStr};
use std::fmt;
use std::ptr::{self, NonNull};
use std::sync::Arc;

use pyo3::exceptions::{PyBufferError, PyIndexError};
use pyo3::ffi;
use pyo3::prelude::*;
use pyo3::types::PyTuple;

/// Alignment, in bytes, of every pool buffer (one cache line, AVX-512 friendly).
pub const ALIGNMENT: usize = 64;

/// Why the pool could not be built.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PoolError {
    /// A dimension was zero where at least one is required.
    ZeroDimension(&'static str),
    /// The requested sizes overflow `usize`/`isize`.
    TooLarge,
    /// The allocator returned null.
    OutOfMemory(usize),
}

impl fmt::Display for PoolError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PoolError::ZeroDimension(name) => write!(f, "{name} must be at least 1"),
            PoolError::TooLarge => write!(f, "KV pool dimensions overflow the address space"),
            PoolError::OutOfMemory(bytes) => {
                write!(f, "could not allocate {bytes} bytes for the KV pool")
            }
        }
    }
}

impl std::error::Error for PoolError {}

/// Shape of the pool.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PoolConfig {
    pub n_layers: usize,
    pub n_slots: usize,
    pub kv_heads: usize,
    pub capacity: usize,
    pub head_dim: usize,
    /// Moves copy only positions `[0, lengths[from])` instead of whole rows.
    pub copy_valid_only: bool,
}

impl PoolConfig {
    /// `f32` elements in one slot of one K or V buffer.
    fn kv_slot_elems(&self) -> Result<usize, PoolError> {
        self.kv_heads
            .checked_mul(self.capacity)
            .and_then(|x| x.checked_mul(self.head_dim))
            .ok_or(PoolError::TooLarge)
    }

    fn validate(&self) -> Result<(), PoolError> {
        for (name, v) in [
            ("n_slots", self.n_slots),
            ("kv_heads", self.kv_heads),
            ("capacity", self.capacity),
            ("head_dim", self.head_dim),
        ] {
            if v == 0 {
                return Err(PoolError::ZeroDimension(name));
            }
        }
        Ok(())
    }
}

/// A zero-initialised heap block aligned to [`ALIGNMENT`].
///
/// The block is only ever accessed through raw pointers (from Rust) or through
/// numpy arrays (from Python); no Rust reference to its contents is kept, so
/// sharing it across threads is sound as long as writers follow the pool's
/// single-writer protocol (the engine thread).
pub struct AlignedBuf {
    ptr: NonNull<u8>,
    layout: Layout,
}

// SAFETY: the buffer is plain memory with no thread affinity; see the type docs
// for the access protocol.
unsafe impl Send for AlignedBuf {}
// SAFETY: as above; shared access only hands out raw pointers.
unsafe impl Sync for AlignedBuf {}

impl AlignedBuf {
    /// Allocates `bytes` zeroed bytes (at least one cache line).
    pub fn zeroed(bytes: usize) -> Result<Self, PoolError> {
        let size = bytes.max(ALIGNMENT);
        if size > isize::MAX as usize {
            return Err(PoolError::TooLarge);
        }
        let layout = Layout::from_size_align(size, ALIGNMENT).map_err(|_| PoolError::TooLarge)?;
        // SAFETY: the layout has a non-zero size.
        let raw = unsafe { alloc::alloc_zeroed(layout) };
        let ptr = NonNull::new(raw).ok_or(PoolError::OutOfMemory(size))?;
        Ok(Self { ptr, layout })
    }

    pub fn as_ptr(&self) -> *mut u8 {
        self.ptr.as_ptr()
    }

    pub fn len_bytes(&self) -> usize {
        self.layout.size()
    }
}

impl Drop for AlignedBuf {
    fn drop(&mut self) {
        // SAFETY: allocated in `zeroed` with this very layout.
        unsafe { alloc::dealloc(self.ptr.as_ptr(), self.layout) }
    }
}

/// The pool's memory. Built once; its buffer count never changes.
pub struct KvPool {
    cfg: PoolConfig,
    kv_slot_elems: usize,
    keys: Vec<Arc<AlignedBuf>>,
    values: Vec<Arc<AlignedBuf>>,
    tokens: Arc<AlignedBuf>,
    lengths: Arc<AlignedBuf>,
    allocations: u64,
    bytes: usize,
}

impl KvPool {
    pub fn new(cfg: PoolConfig) -> Result<Self, PoolError> {
        cfg.validate()?;
        let kv_slot_elems = cfg.kv_slot_elems()?;
        let kv_bytes = kv_slot_elems
            .checked_mul(cfg.n_slots)
            .and_then(|x| x.checked_mul(size_of::<f32>()))
            .ok_or(PoolError::TooLarge)?;
        let tok_bytes = cfg
            .n_slots
            .checked_mul(cfg.capacity)
            .and_then(|x| x.checked_mul(size_of::<i64>()))
            .ok_or(PoolError::TooLarge)?;
        let len_bytes = cfg.n_slots * size_of::<i64>();

        let mut allocations = 0u64;
        let mut bytes = 0usize;
        let mut alloc = |n: usize| -> Result<Arc<AlignedBuf>, PoolError> {
            let b = AlignedBuf::zeroed(n)?;
            allocations += 1;
            bytes = bytes.saturating_add(b.len_bytes());
            Ok(Arc::new(b))
        };
        let mut keys = Vec::with_capacity(cfg.n_layers);
        let mut values = Vec::with_capacity(cfg.n_layers);
        for _ in 0..cfg.n_layers {
            keys.push(alloc(kv_bytes)?);
            values.push(alloc(kv_bytes)?);
        }
        let tokens = alloc(tok_bytes)?;
        let lengths = alloc(len_bytes)?;
        Ok(Self {
            cfg,
            kv_slot_elems,
            keys,
            values,
            tokens,
            lengths,
            allocations,
            bytes,
        })
    }

    pub fn config(&self) -> PoolConfig {
        self.cfg
    }

    /// Number of buffer allocations made since start-up. Constant after `new`.
    pub fn allocations(&self) -> u64 {
        self.allocations
    }

    /// Total bytes held by the pool.
    pub fn bytes(&self) -> usize {
        self.bytes
    }

    /// Applies compaction moves in order: copies, for every `(from, to)`, the
    /// slot row of every K/V buffer and the token row (whole rows, or only the
    /// first `lengths[from]` positions with `copy_valid_only`) and the length;
    /// the length of `from` is then set to 0.
    ///
    /// # Safety
    ///
    /// No other thread may read or write the affected slots while this runs
    /// (the engine thread is the only one touching pool memory). Slots must be
    /// `< n_slots` (checked) and `from != to` (checked).
    pub unsafe fn apply_moves(&self, moves: &[(usize, usize)]) {
        for &(from, to) in moves {
            let c = &self.cfg;
            assert!(from < c.n_slots && to < c.n_slots && from != to);
            let n = if c.copy_valid_only {
                self.length(from).clamp(0, c.capacity as i64) as usize
            } else {
                c.capacity
            };
            let row = self.kv_slot_elems;
            let head = c.capacity * c.head_dim;
            for buf in self.keys.iter().chain(self.values.iter()) {
                if n == c.capacity {
                    // SAFETY: in bounds (asserted); rows of distinct slots never overlap.
                    unsafe { copy_span::<f32>(buf, from * row, to * row, row) };
                } else {
                    for h in 0..c.kv_heads {
                        let src = (from * c.kv_heads + h) * head;
                        let dst = (to * c.kv_heads + h) * head;
                        // SAFETY: `n <= capacity` keeps the span inside one head row.
                        unsafe { copy_span::<f32>(buf, src, dst, n * c.head_dim) };
                    }
                }
            }
            // SAFETY: as above.
            unsafe {
                copy_span::<i64>(&self.tokens, from * c.capacity, to * c.capacity, n);
                copy_span::<i64>(&self.lengths, from, to, 1);
                self.set_length(from, 0);
            }
        }
    }

    /// Writes a prompt into the token row of `slot` and sets its length.
    ///
    /// # Safety
    ///
    /// Same single-writer rule as [`KvPool::apply_moves`].
    pub unsafe fn load_prompt(&self, slot: usize, tokens: &[i64]) {
        assert!(slot < self.cfg.n_slots && tokens.len() <= self.cfg.capacity);
        // SAFETY: in bounds (asserted); `tokens` is Rust-owned and cannot alias the pool.
        unsafe {
            let row = (self.tokens.as_ptr() as *mut i64).add(slot * self.cfg.capacity);
            ptr::copy_nonoverlapping(tokens.as_ptr(), row, tokens.len());
            self.set_length(slot, tokens.len() as i64);
        }
    }

    /// # Safety
    ///
    /// Same single-writer rule as [`KvPool::apply_moves`].
    pub unsafe fn set_length(&self, slot: usize, len: i64) {
        assert!(slot < self.cfg.n_slots);
        // SAFETY: in bounds (asserted); the buffer is 64-byte aligned.
        unsafe { (self.lengths.as_ptr() as *mut i64).add(slot).write(len) }
    }

    /// Reads the length of `slot` (no synchronisation: engine thread or tests).
    pub fn length(&self, slot: usize) -> i64 {
        assert!(slot < self.cfg.n_slots);
        // SAFETY: in bounds (asserted); aligned.
        unsafe { (self.lengths.as_ptr() as *const i64).add(slot).read() }
    }

    fn array_views(&self) -> Vec<(Arc<AlignedBuf>, Vec<usize>, ElemKind)> {
        let c = self.cfg;
        let kv_shape = vec![c.n_slots, c.kv_heads, c.capacity, c.head_dim];
        let mut out = Vec::with_capacity(2 * c.n_layers + 2);
        for buf in self.keys.iter().chain(self.values.iter()) {
            out.push((buf.clone(), kv_shape.clone(), ElemKind::F32));
        }
        out.push((
            self.tokens.clone(),
            vec![c.n_slots, c.capacity],
            ElemKind::I64,
        ));
        out.push((self.lengths.clone(), vec![c.n_slots], ElemKind::I64));
        out
    }

    /// Raw pointer into buffer `which` (test helper).
    #[cfg(test)]
    fn kv_ptr(&self, layer: usize, value: bool) -> *mut f32 {
        let b = if value {
            &self.values[layer]
        } else {
            &self.keys[layer]
        };
        b.as_ptr() as *mut f32
    }
}

/// Copies `len` elements of `T` from element offset `src` to `dst` of `buf`.
///
/// # Safety
///
/// Both spans must lie inside `buf` and not overlap, with no concurrent access.
unsafe fn copy_span<T>(buf: &AlignedBuf, src: usize, dst: usize, len: usize) {
    let base = buf.as_ptr() as *mut T;
    // SAFETY: guaranteed by the caller.
    unsafe { ptr::copy_nonoverlapping(base.add(src), base.add(dst), len) }
}

/// Slot bookkeeping that keeps live slots contiguous (see the module docs).
#[derive(Debug, Clone)]
pub struct SlotAllocator {
    n_slots: usize,
    in_use: usize,
    ever_used: Vec<bool>,
    reuses: u64,
    moves: u64,
    allocs: u64,
}

impl SlotAllocator {
    pub fn new(n_slots: usize) -> Self {
        Self {
            n_slots,
            in_use: 0,
            ever_used: vec![false; n_slots],
            reuses: 0,
            moves: 0,
            allocs: 0,
        }
    }

    pub fn n_slots(&self) -> usize {
        self.n_slots
    }

    /// Slots in use; they are exactly `0..in_use()`.
    pub fn in_use(&self) -> usize {
        self.in_use
    }

    /// Slot acquisitions that landed on a slot used before.
    pub fn reuses(&self) -> u64 {
        self.reuses
    }

    /// Compaction moves performed.
    pub fn moves(&self) -> u64 {
        self.moves
    }

    /// Slot acquisitions in total.
    pub fn acquisitions(&self) -> u64 {
        self.allocs
    }

    /// Takes the next free slot (`in_use()` before the call), if any.
    pub fn alloc(&mut self) -> Option<usize> {
        if self.in_use == self.n_slots {
            return None;
        }
        let slot = self.in_use;
        self.in_use += 1;
        self.allocs += 1;
        if std::mem::replace(&mut self.ever_used[slot], true) {
            self.reuses += 1;
        }
        Some(slot)
    }

    /// Frees `freed` (distinct slots `< in_use()`, any order; sorted in place)
    /// and returns the compaction moves `(from, to)` that keep live slots
    /// contiguous. Each hole below the new count is filled by the highest
    /// surviving slot above it, so every survivor moves at most once and the
    /// moves of one call are independent of each other.
    pub fn release(&mut self, freed: &mut [usize]) -> Vec<(usize, usize)> {
        freed.sort_unstable();
        assert!(
            freed.windows(2).all(|w| w[0] != w[1]),
            "slot freed twice in one release"
        );
        if let Some(&last) = freed.last() {
            assert!(last < self.in_use, "slot {last} is not in use");
        }
        let new_in_use = self.in_use - freed.len();
        let split = freed.partition_point(|&s| s < new_in_use);
        let (holes, high_freed) = freed.split_at(split);
        // Survivors at or above the new count, highest first.
        let mut high = high_freed.iter().rev().peekable();
        let mut survivors = (new_in_use..self.in_use).rev().filter(|s| {
            if high.peek() == Some(&s) {
                high.next();
                false
            } else {
                true
            }
        });
        let moves: Vec<(usize, usize)> = holes
            .iter()
            .map(|&hole| (survivors.next().expect("one survivor per hole"), hole))
            .collect();
        self.in_use = new_in_use;
        self.moves += moves.len() as u64;
        moves
    }

    /// Frees every slot (engine failure, hard shutdown). No moves.
    pub fn release_all(&mut self) {
        self.in_use = 0;
    }
}

// ---------------------------------------------------------------------------
// Python side: zero-copy numpy arrays over the pool buffers.
// ---------------------------------------------------------------------------

#[derive(Clone, Copy, Debug)]
enum ElemKind {
    F32,
    I64,
}

impl ElemKind {
    fn itemsize(self) -> usize {
        match self {
            ElemKind::F32 => size_of::<f32>(),
            ElemKind::I64 => size_of::<i64>(),
        }
    }

    fn format(self) -> &'static CStr {
        match self {
            ElemKind::F32 => c"f",
            ElemKind::I64 => c"q",
        }
    }
}

/// A writable buffer-protocol exporter over one pool buffer; numpy arrays
/// built on it keep it (and so the memory) alive through their base.
#[pyclass(name = "PoolBuffer", module = "autoglm_gw._core", frozen)]
pub struct PoolBuffer {
    buf: Arc<AlignedBuf>,
    kind: ElemKind,
    shape: Vec<ffi::Py_ssize_t>,
    strides: Vec<ffi::Py_ssize_t>,
    len_bytes: usize,
}

impl PoolBuffer {
    fn new(buf: Arc<AlignedBuf>, shape: Vec<usize>, kind: ElemKind) -> Self {
        let mut strides = vec![0 as ffi::Py_ssize_t; shape.len()];
        let mut acc = kind.itemsize();
        for (st, &dim) in strides.iter_mut().zip(shape.iter()).rev() {
            *st = acc as ffi::Py_ssize_t;
            acc *= dim;
        }
        let len_bytes = acc;
        debug_assert!(len_bytes <= buf.len_bytes());
        Self {
            buf,
            kind,
            shape: shape.iter().map(|&d| d as ffi::Py_ssize_t).collect(),
            strides,
            len_bytes,
        }
    }
}

#[pymethods]
impl PoolBuffer {
    unsafe fn __getbuffer__(
        slf: Bound<'_, Self>,
        view: *mut ffi::Py_buffer,
        flags: c_int,
    ) -> PyResult<()> {
        if view.is_null() {
            return Err(PyBufferError::new_err("view is null"));
        }
        let this = slf.get();
        // SAFETY: `view` is a valid Py_buffer supplied by CPython. The shape and
        // strides arrays live inside `this`, which `view.obj` keeps alive; the
        // format string is static and never written through.
        unsafe {
            (*view).buf = this.buf.as_ptr() as *mut c_void;
            (*view).len = this.len_bytes as ffi::Py_ssize_t;
            (*view).readonly = 0;
            (*view).itemsize = this.kind.itemsize() as ffi::Py_ssize_t;
            (*view).format = if flags & ffi::PyBUF_FORMAT == ffi::PyBUF_FORMAT {
                this.kind.format().as_ptr() as *mut _
            } else {
                ptr::null_mut()
            };
            (*view).ndim = this.shape.len() as c_int;
            (*view).shape = if flags & ffi::PyBUF_ND == ffi::PyBUF_ND {
                this.shape.as_ptr() as *mut _
            } else {
                ptr::null_mut()
            };
            (*view).strides = if flags & ffi::PyBUF_STRIDES == ffi::PyBUF_STRIDES {
                this.strides.as_ptr() as *mut _
            } else {
                ptr::null_mut()
            };
            (*view).suboffsets = ptr::null_mut();
            (*view).internal = ptr::null_mut();
            (*view).obj = slf.into_any().into_ptr();
        }
        Ok(())
    }

    unsafe fn __releasebuffer__(&self, _view: *mut ffi::Py_buffer) {}

    fn __len__(&self) -> usize {
        self.shape.first().copied().unwrap_or(0) as usize
    }
}

/// Python view of the pool: numpy arrays over the buffers, built once.
#[pyclass(name = "KvPool", module = "autoglm_gw._core", frozen, get_all)]
pub struct PyKvPool {
    /// `n_layers` key arrays, each `float32 [n_slots, kv_heads, capacity, head_dim]`.
    keys: Py<PyTuple>,
    /// `n_layers` value arrays, same shape as the keys.
    values: Py<PyTuple>,
    /// `int64 [n_slots, capacity]`: token ids; the scheduler writes the prompt
    /// at admission.
    tokens: Py<PyAny>,
    /// `int64 [n_slots]`: the scheduler sets it to the prompt length at
    /// admission; the engine owns it afterwards.
    lengths: Py<PyAny>,
    n_layers: usize,
    n_slots: usize,
    kv_heads: usize,
    capacity: usize,
    head_dim: usize,
    alignment: usize,
    nbytes: usize,
    /// Moves copy only positions `[0, lengths[from])` (else whole rows).
    copy_valid_only: bool,
}

impl PyKvPool {
    pub fn build(py: Python<'_>, pool: &KvPool) -> PyResult<Self> {
        let asarray = py.import("numpy")?.getattr("asarray")?;
        let mut arrays = Vec::new();
        for (buf, shape, kind) in pool.array_views() {
            let exporter = Bound::new(py, PoolBuffer::new(buf, shape, kind))?;
            arrays.push(asarray.call1((exporter,))?);
        }
        let c = pool.config();
        let lengths = arrays.pop().expect("lengths array").unbind();
        let tokens = arrays.pop().expect("tokens array").unbind();
        let values = PyTuple::new(py, arrays.split_off(c.n_layers))?.unbind();
        let keys = PyTuple::new(py, arrays)?.unbind();
        Ok(Self {
            keys,
            values,
            tokens,
            lengths,
            n_layers: c.n_layers,
            n_slots: c.n_slots,
            kv_heads: c.kv_heads,
            capacity: c.capacity,
            head_dim: c.head_dim,
            alignment: ALIGNMENT,
            nbytes: pool.bytes(),
            copy_valid_only: c.copy_valid_only,
        })
    }
}

#[pymethods]
impl PyKvPool {
    /// `(key, value)` arrays of one layer.
    fn layer<'py>(&self, py: Python<'py>, index: usize) -> PyResult<Bound<'py, PyTuple>> {
        if index >= self.n_layers {
            return Err(PyIndexError::new_err("layer index out of range"));
        }
        let k = self.keys.bind(py).get_item(index)?;
        let v = self.values.bind(py).get_item(index)?;
        PyTuple::new(py, [k, v])
    }

    fn __repr__(&self) -> String {
        format!(
            "KvPool(n_layers={}, n_slots={}, kv_heads={}, capacity={}, head_dim={}, nbytes={})",
            self.n_layers, self.n_slots, self.kv_heads, self.capacity, self.head_dim, self.nbytes
        )
    }
}

pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("ALIGNMENT", ALIGNMENT)?;
    m.add_class::<PyKvPool>()?;
    m.add_class::<PoolBuffer>()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cfg(n_layers: usize, n_slots: usize) -> PoolConfig {
        PoolConfig {
            n_layers,
            n_slots,
            kv_heads: 2,
            capacity: 4,
            head_dim: 3,
            copy_valid_only: false,
        }
    }

    /// Fills every element of slot `slot` in every buffer with a value derived
    /// from `tag`, so a test can later tell which sequence a row belongs to.
    fn stamp(pool: &KvPool, slot: usize, tag: i64) {
        let c = pool.config();
        let row = pool.kv_slot_elems;
        for layer in 0..c.n_layers {
            for (value, bias) in [(false, 0.0f32), (true, 0.5f32)] {
                let p = pool.kv_ptr(layer, value);
                for i in 0..row {
                    // SAFETY: in bounds of the slot row; single-threaded test.
                    unsafe {
                        p.add(slot * row + i)
                            .write(tag as f32 + bias + layer as f32 * 1000.0)
                    };
                }
            }
        }
        let toks: Vec<i64> = (0..c.capacity as i64).map(|i| tag * 100 + i).collect();
        // SAFETY: single-threaded test.
        unsafe { pool.load_prompt(slot, &toks[..3]) };
        // Fill the rest of the row too, so the full-row copy is visible.
        let trow = pool.tokens.as_ptr() as *mut i64;
        // SAFETY: in bounds; single-threaded test.
        unsafe { ptr::copy_nonoverlapping(toks.as_ptr(), trow.add(slot * c.capacity), c.capacity) };
        // SAFETY: single-threaded test.
        unsafe { pool.set_length(slot, tag) };
    }

    fn holds(pool: &KvPool, slot: usize, tag: i64) -> bool {
        let c = pool.config();
        let row = pool.kv_slot_elems;
        for layer in 0..c.n_layers {
            for (value, bias) in [(false, 0.0f32), (true, 0.5f32)] {
                let p = pool.kv_ptr(layer, value);
                for i in 0..row {
                    // SAFETY: in bounds; single-threaded test.
                    let x = unsafe { p.add(slot * row + i).read() };
                    if x != tag as f32 + bias + layer as f32 * 1000.0 {
                        return false;
                    }
                }
            }
        }
        let trow = pool.tokens.as_ptr() as *const i64;
        for i in 0..c.capacity {
            // SAFETY: in bounds; single-threaded test.
            if unsafe { trow.add(slot * c.capacity + i).read() } != tag * 100 + i as i64 {
                return false;
            }
        }
        pool.length(slot) == tag
    }

    #[test]
    fn buffers_are_aligned_zeroed_and_counted() {
        let pool = KvPool::new(cfg(3, 5)).unwrap();
        assert_eq!(pool.allocations(), 2 * 3 + 2);
        for b in pool.keys.iter().chain(pool.values.iter()) {
            assert_eq!(b.as_ptr() as usize % ALIGNMENT, 0);
            assert!(b.len_bytes() >= 5 * 2 * 4 * 3 * 4);
        }
        assert_eq!(pool.tokens.as_ptr() as usize % ALIGNMENT, 0);
        assert_eq!(pool.lengths.as_ptr() as usize % ALIGNMENT, 0);
        assert!((0..5).all(|s| pool.length(s) == 0));
    }

    #[test]
    fn rejects_bad_shapes() {
        let mut c = cfg(1, 1);
        c.capacity = 0;
        assert_eq!(
            KvPool::new(c).err(),
            Some(PoolError::ZeroDimension("capacity"))
        );
        let mut c = cfg(1, 1);
        c.head_dim = usize::MAX;
        assert_eq!(KvPool::new(c).err(), Some(PoolError::TooLarge));
        // No KV layers is allowed: token and length buffers only.
        assert_eq!(KvPool::new(cfg(0, 2)).unwrap().allocations(), 2);
    }

    #[test]
    fn allocator_is_contiguous_and_counts_reuse() {
        let mut a = SlotAllocator::new(3);
        assert_eq!(
            (a.alloc(), a.alloc(), a.alloc(), a.alloc()),
            (Some(0), Some(1), Some(2), None)
        );
        assert_eq!(a.reuses(), 0);
        assert_eq!(a.release(&mut [2]), vec![]);
        assert_eq!(a.alloc(), Some(2));
        assert_eq!(a.reuses(), 1);
        assert_eq!(a.acquisitions(), 4);
    }

    #[test]
    fn single_hole_is_filled_by_the_last_slot() {
        let mut a = SlotAllocator::new(8);
        for _ in 0..5 {
            a.alloc();
        }
        assert_eq!(a.release(&mut [1]), vec![(4, 1)]);
        assert_eq!(a.in_use(), 4);
        assert_eq!(a.moves(), 1);
    }

    #[test]
    fn multi_release_moves_each_survivor_at_most_once() {
        // Exhaustive over every subset of 7 live slots.
        for mask in 0u32..(1 << 7) {
            let mut a = SlotAllocator::new(7);
            for _ in 0..7 {
                a.alloc();
            }
            let mut freed: Vec<usize> = (0..7).filter(|s| mask & (1 << s) != 0).collect();
            let freed_set = freed.clone();
            let moves = a.release(&mut freed);
            let new_b = 7 - freed_set.len();
            assert_eq!(a.in_use(), new_b);
            // Simulate on a slot -> owner table.
            let mut table: Vec<Option<usize>> = (0..7)
                .map(|s| (!freed_set.contains(&s)).then_some(s))
                .collect();
            let mut sources = std::collections::HashSet::new();
            for &(from, to) in &moves {
                assert!(
                    from >= new_b && to < new_b,
                    "move {from}->{to} crosses the wrong way"
                );
                assert!(sources.insert(from), "survivor {from} moved twice");
                assert!(table[to].is_none() && table[from].is_some());
                table[to] = table[from].take();
            }
            let mut live: Vec<usize> = table[..new_b].iter().map(|o| o.unwrap()).collect();
            assert!(table[new_b..].iter().all(Option::is_none));
            live.sort_unstable();
            let expect: Vec<usize> = (0..7).filter(|s| !freed_set.contains(s)).collect();
            assert_eq!(live, expect);
        }
    }

    #[test]
    #[should_panic(expected = "not in use")]
    fn releasing_a_free_slot_panics() {
        let mut a = SlotAllocator::new(4);
        a.alloc();
        a.release(&mut [2]);
    }

    #[test]
    fn compaction_moves_keep_data() {
        let pool = KvPool::new(cfg(2, 6)).unwrap();
        let mut a = SlotAllocator::new(6);
        for tag in 1..=6 {
            let s = a.alloc().unwrap();
            stamp(&pool, s, tag);
        }
        // Slots 0..5 hold tags 1..6. Free slots 1 and 4 (tags 2 and 5).
        let moves = a.release(&mut [4, 1]);
        assert_eq!(moves, vec![(5, 1)]);
        // SAFETY: single-threaded test.
        unsafe { pool.apply_moves(&moves) };
        let expect = [1, 6, 3, 4];
        for (slot, tag) in expect.iter().enumerate() {
            assert!(holds(&pool, slot, *tag), "slot {slot} lost tag {tag}");
        }
        assert_eq!(pool.length(5), 0, "a moved-out slot reads as empty");
        // Allocation reuses slot 4 and the buffers are untouched.
        assert_eq!(a.alloc(), Some(4));
        assert_eq!(pool.allocations(), 2 * 2 + 2);
    }

    #[test]
    fn valid_only_moves_copy_the_first_length_positions() {
        let mut c = cfg(2, 3);
        c.copy_valid_only = true;
        let pool = KvPool::new(c).unwrap();
        stamp(&pool, 0, 1);
        stamp(&pool, 2, 3);
        // SAFETY: single-threaded test.
        unsafe { pool.set_length(2, 2) };
        // SAFETY: single-threaded test.
        unsafe { pool.apply_moves(&[(2, 0)]) };
        assert_eq!((pool.length(0), pool.length(2)), (2, 0));
        let (row, hd) = (pool.kv_slot_elems, c.head_dim);
        for layer in 0..2 {
            let p = pool.kv_ptr(layer, false);
            for h in 0..c.kv_heads {
                for pos in 0..c.capacity {
                    for d in 0..hd {
                        let i = h * c.capacity * hd + pos * hd + d;
                        // SAFETY: in bounds; single-threaded test.
                        let (dst, src) = unsafe { (p.add(i).read(), p.add(2 * row + i).read()) };
                        let tag = if pos < 2 { 3.0 } else { 1.0 };
                        assert_eq!(dst, tag + layer as f32 * 1000.0, "h={h} pos={pos}");
                        assert_eq!(src, 3.0 + layer as f32 * 1000.0, "source untouched");
                    }
                }
            }
        }
        let t = pool.tokens.as_ptr() as *const i64;
        // SAFETY: in bounds; single-threaded test.
        let toks: Vec<i64> = (0..4).map(|i| unsafe { t.add(i).read() }).collect();
        assert_eq!(toks, vec![300, 301, 102, 103]);
    }

    #[test]
    fn load_prompt_writes_tokens_and_length() {
        let pool = KvPool::new(cfg(1, 2)).unwrap();
        // SAFETY: single-threaded test.
        unsafe { pool.load_prompt(1, &[7, 8, 9]) };
        assert_eq!(pool.length(1), 3);
        let t = pool.tokens.as_ptr() as *const i64;
        // SAFETY: in bounds; single-threaded test.
        let row: Vec<i64> = (0..3).map(|i| unsafe { t.add(4 + i).read() }).collect();
        assert_eq!(row, vec![7, 8, 9]);
    }
}
