//! One shard of the response cache: a byte-bounded S3-FIFO with TTL.
//!
//! Plain Rust, no Python: the PyO3 face in [`super`] locks a shard and calls
//! these methods. Time is passed in (`now`, nanoseconds on any monotonic
//! clock) so that expiry is tested without sleeping.
//!
//! # Policy (S3-FIFO, Yang et al., SOSP 2023)
//!
//! Three FIFO queues:
//!
//! * **small** (`S`, ~10 % of the bytes): every new key lands here unless it is
//!   in the ghost queue. Most keys of a heavy-tailed trace are seen once; they
//!   leave `S` quickly without ever touching the main queue.
//! * **main** (`M`, the rest): keys that proved themselves. Eviction walks `M`
//!   like a CLOCK: a key with a non-zero frequency is re-queued with its
//!   frequency decremented, one with frequency 0 is dropped.
//! * **ghost** (`G`, hashes only, as many as `M` holds entries): keys evicted
//!   from `S` without a second access. A key found in `G` on insertion was
//!   evicted too early and goes straight to `M`.
//!
//! A hit only bumps a 2-bit saturating counter of the entry; queues are never
//! reordered on a hit (unlike LRU), which keeps the hit path short.
//!
//! Entries live in a slab (`slots`) indexed by `u32`; the queues hold
//! `(slot, generation)` pairs, so an entry removed from the middle (deleted,
//! expired on lookup, replaced on a hash collision) just leaves a stale pair
//! behind that is skipped when it reaches the head (and compacted away when
//! stale pairs outnumber live ones).

use std::collections::{HashMap, VecDeque};
use std::hash::{BuildHasherDefault, Hasher};

/// Bytes charged per entry on top of its key and value: the slab slot, the
/// index entry, the queue pair and the allocation header of the data block.
pub const ENTRY_OVERHEAD: usize = 128;

/// Share of a shard's bytes given to the small queue, in per cent.
pub const SMALL_PERCENT: usize = 10;

/// An entry leaves the small queue for the main queue when it was hit at
/// least this many times while in the small queue.
pub const PROMOTE_FREQ: u8 = 1;

/// Highest value of the per-entry access counter.
const MAX_FREQ: u8 = 3;

/// Smallest ghost queue, in entries (before the shard has any statistics).
const MIN_GHOST: usize = 64;

/// `expires_at` of an entry without TTL.
pub const NEVER: u64 = u64::MAX;

/// Hasher for keys that already are 64-bit hashes (the index maps the
/// randomly keyed SipHash of the key to its slot).
#[derive(Default, Clone, Copy)]
pub struct IdentityHasher(u64);

impl Hasher for IdentityHasher {
    fn write(&mut self, bytes: &[u8]) {
        // Only `write_u64` is used; keep a sane fallback anyway.
        for &b in bytes {
            self.0 = (self.0.rotate_left(5) ^ u64::from(b)).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
        }
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

type IdMap<V> = HashMap<u64, V, BuildHasherDefault<IdentityHasher>>;

struct Entry {
    hash: u64,
    /// Key bytes followed by value bytes (one allocation).
    data: Box<[u8]>,
    key_len: u32,
    expires_at: u64,
    freq: u8,
    in_main: bool,
}

impl Entry {
    fn key(&self) -> &[u8] {
        &self.data[..self.key_len as usize]
    }

    fn value(&self) -> &[u8] {
        &self.data[self.key_len as usize..]
    }

    fn charge(&self) -> usize {
        self.data.len() + ENTRY_OVERHEAD
    }
}

#[derive(Default)]
struct Slot {
    gen: u32,
    entry: Option<Entry>,
}

/// Counters of one shard (summed over shards by the caller).
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Counters {
    pub hits: u64,
    pub misses: u64,
    /// New entries stored.
    pub inserts: u64,
    /// Existing entries given a new value.
    pub updates: u64,
    /// Entries refused because they are larger than `max_entry`.
    pub rejected: u64,
    /// Entries dropped to make room.
    pub evictions: u64,
    /// Entries dropped because their TTL passed.
    pub expirations: u64,
    /// Entries moved from the small to the main queue.
    pub promotions: u64,
    /// Insertions that found their key in the ghost queue.
    pub ghost_hits: u64,
}

impl std::ops::AddAssign for Counters {
    fn add_assign(&mut self, o: Self) {
        self.hits += o.hits;
        self.misses += o.misses;
        self.inserts += o.inserts;
        self.updates += o.updates;
        self.rejected += o.rejected;
        self.evictions += o.evictions;
        self.expirations += o.expirations;
        self.promotions += o.promotions;
        self.ghost_hits += o.ghost_hits;
    }
}

/// Sizes of one shard at a point in time.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Gauges {
    pub entries: usize,
    pub bytes: usize,
    pub small_bytes: usize,
    pub main_bytes: usize,
    pub ghost_entries: usize,
}

impl std::ops::AddAssign for Gauges {
    fn add_assign(&mut self, o: Self) {
        self.entries += o.entries;
        self.bytes += o.bytes;
        self.small_bytes += o.small_bytes;
        self.main_bytes += o.main_bytes;
        self.ghost_entries += o.ghost_entries;
    }
}

/// What [`Shard::insert`] did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Inserted {
    New,
    Updated,
    Rejected,
}

pub struct Shard {
    capacity: usize,
    small_target: usize,
    max_entry: usize,
    index: IdMap<u32>,
    slots: Vec<Slot>,
    free: Vec<u32>,
    small: VecDeque<(u32, u32)>,
    main: VecDeque<(u32, u32)>,
    small_stale: usize,
    main_stale: usize,
    small_bytes: usize,
    main_bytes: usize,
    main_entries: usize,
    ghost: VecDeque<u64>,
    ghost_set: IdMap<u32>,
    pub counters: Counters,
}

impl Shard {
    /// A shard holding at most `capacity` bytes (keys + values +
    /// [`ENTRY_OVERHEAD`] each) and refusing entries above `max_entry` bytes.
    pub fn new(capacity: usize, max_entry: usize) -> Self {
        Self {
            capacity,
            small_target: capacity * SMALL_PERCENT / 100,
            max_entry: max_entry.min(capacity),
            index: IdMap::default(),
            slots: Vec::new(),
            free: Vec::new(),
            small: VecDeque::new(),
            main: VecDeque::new(),
            small_stale: 0,
            main_stale: 0,
            small_bytes: 0,
            main_bytes: 0,
            main_entries: 0,
            ghost: VecDeque::new(),
            ghost_set: IdMap::default(),
            counters: Counters::default(),
        }
    }

    pub fn capacity(&self) -> usize {
        self.capacity
    }

    pub fn gauges(&self) -> Gauges {
        Gauges {
            entries: self.index.len(),
            bytes: self.small_bytes + self.main_bytes,
            small_bytes: self.small_bytes,
            main_bytes: self.main_bytes,
            ghost_entries: self.ghost.len(),
        }
    }

    fn find(&self, hash: u64, key: &[u8]) -> Option<u32> {
        let &slot = self.index.get(&hash)?;
        let e = self.slots[slot as usize].entry.as_ref()?;
        (e.key() == key).then_some(slot)
    }

    /// The value of `key`, counting a hit or a miss. An expired entry is
    /// removed and counts as a miss.
    pub fn get(&mut self, hash: u64, key: &[u8], now: u64) -> Option<&[u8]> {
        let Some(slot) = self.find(hash, key) else {
            self.counters.misses += 1;
            return None;
        };
        let expired = {
            let e = self.slots[slot as usize].entry.as_ref()?;
            e.expires_at <= now
        };
        if expired {
            self.remove_slot(slot, true);
            self.counters.expirations += 1;
            self.counters.misses += 1;
            return None;
        }
        self.counters.hits += 1;
        let e = self.slots[slot as usize].entry.as_mut()?;
        e.freq = (e.freq + 1).min(MAX_FREQ);
        Some(e.value())
    }

    /// True when `key` is present and fresh; counts nothing, changes nothing.
    pub fn contains(&self, hash: u64, key: &[u8], now: u64) -> bool {
        self.find(hash, key)
            .and_then(|s| self.slots[s as usize].entry.as_ref())
            .is_some_and(|e| e.expires_at > now)
    }

    /// Stores `value` under `key` until `expires_at`, evicting as needed
    /// (entries expired at `now` go first when met).
    pub fn insert(
        &mut self,
        hash: u64,
        key: &[u8],
        value: &[u8],
        expires_at: u64,
        now: u64,
    ) -> Inserted {
        let charge = key.len() + value.len() + ENTRY_OVERHEAD;
        let existing = self.index.get(&hash).copied();
        if charge > self.max_entry || key.len() > u32::MAX as usize {
            // Never leave an older value of this key behind.
            if let Some(slot) = existing {
                if self.find(hash, key) == Some(slot) {
                    self.remove_slot(slot, true);
                }
            }
            self.counters.rejected += 1;
            return Inserted::Rejected;
        }
        let mut data = Vec::with_capacity(key.len() + value.len());
        data.extend_from_slice(key);
        data.extend_from_slice(value);
        let data = data.into_boxed_slice();
        if let Some(slot) = existing {
            let same_key = self.slots[slot as usize]
                .entry
                .as_ref()
                .is_some_and(|e| e.key() == key);
            if same_key {
                let e = self.slots[slot as usize].entry.as_mut().expect("live slot");
                let old = e.charge();
                e.data = data;
                e.expires_at = expires_at;
                let new = e.charge();
                let bytes = if e.in_main {
                    &mut self.main_bytes
                } else {
                    &mut self.small_bytes
                };
                *bytes = *bytes - old + new;
                self.counters.updates += 1;
                self.evict_to_fit(now);
                return Inserted::Updated;
            }
            // A different key with the same 64-bit hash: the newcomer wins.
            self.remove_slot(slot, true);
        }
        let to_main = self.ghost_set.contains_key(&hash);
        if to_main {
            self.counters.ghost_hits += 1;
        }
        let entry = Entry {
            hash,
            data,
            key_len: key.len() as u32,
            expires_at,
            freq: 0,
            in_main: to_main,
        };
        let slot = match self.free.pop() {
            Some(s) => s,
            None => {
                self.slots.push(Slot::default());
                (self.slots.len() - 1) as u32
            }
        };
        let gen = self.slots[slot as usize].gen;
        self.slots[slot as usize].entry = Some(entry);
        if to_main {
            self.main.push_back((slot, gen));
            self.main_bytes += charge;
            self.main_entries += 1;
        } else {
            self.small.push_back((slot, gen));
            self.small_bytes += charge;
        }
        self.index.insert(hash, slot);
        self.counters.inserts += 1;
        self.evict_to_fit(now);
        Inserted::New
    }

    /// Removes `key`; true if it was present (fresh or not).
    pub fn remove(&mut self, hash: u64, key: &[u8]) -> bool {
        match self.find(hash, key) {
            Some(slot) => {
                self.remove_slot(slot, true);
                true
            }
            None => false,
        }
    }

    /// Drops every entry (and the ghost queue); returns how many there were.
    /// Counters are kept.
    pub fn clear(&mut self) -> usize {
        let n = self.index.len();
        let counters = self.counters;
        *self = Self::new(self.capacity, self.max_entry);
        self.counters = counters;
        n
    }

    /// Frees a live slot. `in_queue`: its pair is still in a queue (and so
    /// becomes stale) rather than just popped.
    fn remove_slot(&mut self, slot: u32, in_queue: bool) {
        let s = &mut self.slots[slot as usize];
        let Some(e) = s.entry.take() else { return };
        s.gen = s.gen.wrapping_add(1);
        self.free.push(slot);
        if self.index.get(&e.hash) == Some(&slot) {
            self.index.remove(&e.hash);
        }
        if e.in_main {
            self.main_bytes -= e.charge();
            self.main_entries -= 1;
            if in_queue {
                self.main_stale += 1;
            }
        } else {
            self.small_bytes -= e.charge();
            if in_queue {
                self.small_stale += 1;
            }
        }
        self.compact();
    }

    /// Drops stale pairs once they outnumber the live ones (deletions without
    /// memory pressure would otherwise grow the queues forever).
    fn compact(&mut self) {
        let slots = &self.slots;
        let live = |&(s, g): &(u32, u32)| {
            let slot = &slots[s as usize];
            slot.gen == g && slot.entry.is_some()
        };
        if self.small_stale > 64 && self.small_stale * 2 > self.small.len() {
            self.small.retain(live);
            self.small_stale = 0;
        }
        if self.main_stale > 64 && self.main_stale * 2 > self.main.len() {
            self.main.retain(live);
            self.main_stale = 0;
        }
    }

    fn is_live(&self, (slot, gen): (u32, u32)) -> bool {
        let s = &self.slots[slot as usize];
        s.gen == gen && s.entry.is_some()
    }

    /// Evicts until the shard fits its capacity. `now`: entries that expired
    /// by then are dropped (counted as expirations) when met at a queue head.
    fn evict_to_fit(&mut self, now: u64) {
        while self.small_bytes + self.main_bytes > self.capacity {
            if self.main_bytes == 0 || self.small_bytes > self.small_target {
                self.evict_small(now);
            } else {
                self.evict_main(now);
            }
        }
    }

    fn evict_small(&mut self, now: u64) {
        while let Some(pair) = self.small.pop_front() {
            if !self.is_live(pair) {
                self.small_stale = self.small_stale.saturating_sub(1);
                continue;
            }
            let slot = pair.0;
            let e = self.slots[slot as usize].entry.as_mut().expect("live slot");
            if e.expires_at <= now {
                self.remove_slot(slot, false);
                self.counters.expirations += 1;
            } else if e.freq >= PROMOTE_FREQ {
                e.freq = 0;
                e.in_main = true;
                let charge = e.charge();
                self.small_bytes -= charge;
                self.main_bytes += charge;
                self.main_entries += 1;
                self.main.push_back(pair);
                self.counters.promotions += 1;
            } else {
                let hash = e.hash;
                self.remove_slot(slot, false);
                self.counters.evictions += 1;
                self.ghost_push(hash);
            }
            return;
        }
    }

    fn evict_main(&mut self, now: u64) {
        while let Some(pair) = self.main.pop_front() {
            if !self.is_live(pair) {
                self.main_stale = self.main_stale.saturating_sub(1);
                continue;
            }
            let slot = pair.0;
            let e = self.slots[slot as usize].entry.as_mut().expect("live slot");
            if e.expires_at <= now {
                self.remove_slot(slot, false);
                self.counters.expirations += 1;
                return;
            }
            if e.freq > 0 {
                e.freq -= 1;
                self.main.push_back(pair);
                continue;
            }
            self.remove_slot(slot, false);
            self.counters.evictions += 1;
            return;
        }
    }

    /// The ghost queue remembers about as many keys as the main queue can
    /// hold, estimated from the shard's current average entry size.
    fn ghost_capacity(&self) -> usize {
        let entries = self.index.len();
        let bytes = self.small_bytes + self.main_bytes;
        if entries == 0 || bytes == 0 {
            return MIN_GHOST;
        }
        let main_target = self.capacity - self.small_target;
        (main_target / (bytes / entries).max(1)).max(MIN_GHOST)
    }

    fn ghost_push(&mut self, hash: u64) {
        self.ghost.push_back(hash);
        *self.ghost_set.entry(hash).or_insert(0) += 1;
        let cap = self.ghost_capacity();
        while self.ghost.len() > cap {
            let Some(old) = self.ghost.pop_front() else {
                break;
            };
            if let Some(n) = self.ghost_set.get_mut(&old) {
                *n -= 1;
                if *n == 0 {
                    self.ghost_set.remove(&old);
                }
            }
        }
    }

    /// Checks the internal bookkeeping (tests only).
    #[cfg(test)]
    pub fn check(&self) {
        let mut small = 0;
        let mut main = 0;
        let mut main_n = 0;
        for q in [&self.small, &self.main] {
            for &p in q {
                if self.is_live(p) {
                    let e = self.slots[p.0 as usize].entry.as_ref().unwrap();
                    if e.in_main {
                        main += e.charge();
                        main_n += 1;
                    } else {
                        small += e.charge();
                    }
                }
            }
        }
        assert_eq!(small, self.small_bytes, "small bytes");
        assert_eq!(main, self.main_bytes, "main bytes");
        assert_eq!(main_n, self.main_entries, "main entries");
        assert_eq!(
            self.slots.iter().filter(|s| s.entry.is_some()).count(),
            self.index.len()
        );
        assert!(self.small_bytes + self.main_bytes <= self.capacity);
        assert_eq!(
            self.ghost_set.values().map(|&n| n as usize).sum::<usize>(),
            self.ghost.len()
        );
    }
}
