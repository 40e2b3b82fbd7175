//! Unit tests of the cache core (no Python).

use std::collections::{BTreeMap, HashMap};

use super::s3fifo::{Inserted, Shard, ENTRY_OVERHEAD, NEVER};
use super::{ttl_to_ns, Store};

const S: u64 = 1_000_000_000;

fn h(i: u64) -> u64 {
    // SplitMix64 finaliser: distinct, well-mixed hashes for test keys.
    let mut z = i.wrapping_add(0x9e37_79b9_7f4a_7c15);
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

fn key(i: u64) -> [u8; 8] {
    i.to_le_bytes()
}

/// Charge of an entry with an 8-byte key and `v` value bytes.
fn charge(v: usize) -> usize {
    8 + v + ENTRY_OVERHEAD
}

fn put(s: &mut Shard, i: u64, v: &[u8]) -> Inserted {
    s.insert(h(i), &key(i), v, NEVER, 0)
}

fn get(s: &mut Shard, i: u64) -> Option<Vec<u8>> {
    s.get(h(i), &key(i), 0).map(|v| v.to_vec())
}

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        h(self.0)
    }

    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
}

/// Bounded Zipf(alpha) sampler over ranks 0..n.
struct Zipf {
    cdf: Vec<f64>,
}

impl Zipf {
    fn new(n: usize, alpha: f64) -> Self {
        let mut acc = 0.0;
        let mut cdf: Vec<f64> = (1..=n)
            .map(|k| {
                acc += 1.0 / (k as f64).powf(alpha);
                acc
            })
            .collect();
        for c in &mut cdf {
            *c /= acc;
        }
        Self { cdf }
    }

    fn sample(&self, rng: &mut Rng) -> u64 {
        let u = rng.unit();
        self.cdf.partition_point(|&c| c < u).min(self.cdf.len() - 1) as u64
    }
}

/// Reference byte-bounded LRU with the same accounting as the shard.
struct Lru {
    cap: usize,
    bytes: usize,
    tick: u64,
    map: HashMap<u64, (u64, usize)>,
    order: BTreeMap<u64, u64>,
}

impl Lru {
    fn new(cap: usize) -> Self {
        Self {
            cap,
            bytes: 0,
            tick: 0,
            map: HashMap::new(),
            order: BTreeMap::new(),
        }
    }

    fn touch(&mut self, k: u64) -> bool {
        self.tick += 1;
        match self.map.get_mut(&k) {
            Some((t, _)) => {
                self.order.remove(t);
                *t = self.tick;
                self.order.insert(self.tick, k);
                true
            }
            None => false,
        }
    }

    fn insert(&mut self, k: u64, size: usize) {
        self.tick += 1;
        self.map.insert(k, (self.tick, size));
        self.order.insert(self.tick, k);
        self.bytes += size;
        while self.bytes > self.cap {
            let (&t, &victim) = self.order.iter().next().unwrap();
            self.order.remove(&t);
            let (_, sz) = self.map.remove(&victim).unwrap();
            self.bytes -= sz;
        }
    }
}

/// Value size of item `i` (deterministic, 64..=447 bytes).
fn vsize(i: u64) -> usize {
    64 + (h(i ^ 0xabcdef) % 384) as usize
}

/// Hit ratios of S3-FIFO and LRU on the same trace.
fn ratios(trace: &[u64], cap: usize) -> (f64, f64) {
    let mut s = Shard::new(cap, cap);
    let mut lru = Lru::new(cap);
    let buf = vec![7u8; 512];
    let (mut hs, mut hl) = (0u64, 0u64);
    for &k in trace {
        if s.get(h(k), &key(k), 0).is_some() {
            hs += 1;
        } else {
            s.insert(h(k), &key(k), &buf[..vsize(k)], NEVER, 0);
        }
        if lru.touch(k) {
            hl += 1;
        } else {
            lru.insert(k, charge(vsize(k)));
        }
    }
    s.check();
    let n = trace.len() as f64;
    (hs as f64 / n, hl as f64 / n)
}

#[test]
fn get_put_update_remove() {
    let mut s = Shard::new(100_000, 100_000);
    assert_eq!(get(&mut s, 1), None);
    assert_eq!(put(&mut s, 1, b"one"), Inserted::New);
    assert_eq!(get(&mut s, 1).as_deref(), Some(&b"one"[..]));
    assert_eq!(put(&mut s, 1, b"uno!"), Inserted::Updated);
    assert_eq!(get(&mut s, 1).as_deref(), Some(&b"uno!"[..]));
    assert_eq!(s.gauges().bytes, charge(4));
    assert!(s.remove(h(1), &key(1)));
    assert!(!s.remove(h(1), &key(1)));
    assert_eq!(get(&mut s, 1), None);
    assert_eq!(s.gauges().bytes, 0);
    assert_eq!(s.counters.hits, 2);
    assert_eq!(s.counters.misses, 2);
    s.check();
}

#[test]
fn same_hash_other_key_is_a_miss_and_is_replaced() {
    let mut s = Shard::new(100_000, 100_000);
    s.insert(42, b"alpha", b"A", NEVER, 0);
    assert!(s.get(42, b"beta", 0).is_none());
    s.insert(42, b"beta", b"B", NEVER, 0);
    assert_eq!(s.get(42, b"beta", 0), Some(&b"B"[..]));
    assert!(s.get(42, b"alpha", 0).is_none());
    assert_eq!(s.gauges().entries, 1);
    s.check();
}

#[test]
fn byte_bound_holds_under_any_sequence() {
    let cap = 20 * charge(200);
    let mut s = Shard::new(cap, cap);
    let mut rng = Rng(1);
    let buf = vec![1u8; 400];
    for _ in 0..20_000 {
        let i = rng.next() % 300;
        match rng.next() % 4 {
            0 => {
                s.remove(h(i), &key(i));
            }
            1 => {
                get(&mut s, i);
            }
            _ => {
                put(&mut s, i, &buf[..(rng.next() % 400) as usize]);
            }
        }
        assert!(s.gauges().bytes <= cap);
    }
    s.check();
    assert!(s.counters.evictions > 0);
}

#[test]
fn oversized_entries_are_rejected_and_drop_the_old_value() {
    let mut s = Shard::new(10_000, 1_000);
    put(&mut s, 1, b"small");
    assert_eq!(put(&mut s, 1, &[0u8; 2_000]), Inserted::Rejected);
    assert_eq!(get(&mut s, 1), None);
    assert_eq!(s.counters.rejected, 1);
    assert_eq!(s.gauges().bytes, 0);
}

#[test]
fn entries_expire() {
    let mut s = Shard::new(100_000, 100_000);
    s.insert(h(1), &key(1), b"v", 10 * S, 0);
    s.insert(h(2), &key(2), b"w", NEVER, 0);
    assert!(s.get(h(1), &key(1), 10 * S - 1).is_some());
    assert!(s.contains(h(1), &key(1), 10 * S - 1));
    assert!(!s.contains(h(1), &key(1), 10 * S));
    assert!(s.get(h(1), &key(1), 10 * S).is_none());
    assert_eq!(s.counters.expirations, 1);
    assert_eq!(s.gauges().entries, 1);
    assert!(s.get(h(2), &key(2), 1_000_000 * S).is_some());
    s.check();
}

#[test]
fn expired_entries_go_first_under_pressure() {
    let cap = 10 * charge(10);
    let mut s = Shard::new(cap, cap);
    // Five short-lived entries hit twice (so they would be kept), then five
    // long-lived ones, then pressure after the first five expired.
    for i in 0..5 {
        s.insert(h(i), &key(i), &[0; 10], S, 0);
        s.get(h(i), &key(i), 0);
    }
    for i in 5..10 {
        s.insert(h(i), &key(i), &[0; 10], NEVER, 0);
    }
    for i in 10..13 {
        s.insert(h(i), &key(i), &[0; 10], NEVER, 2 * S);
    }
    assert!(s.counters.expirations >= 3);
    assert_eq!(s.counters.evictions, 0);
    s.check();
}

#[test]
fn ttl_conversion() {
    assert_eq!(ttl_to_ns(1.5).unwrap(), 1_500_000_000);
    assert_eq!(ttl_to_ns(f64::INFINITY).unwrap(), NEVER);
    assert!(ttl_to_ns(0.0).is_err());
    assert!(ttl_to_ns(-1.0).is_err());
    assert!(ttl_to_ns(f64::NAN).is_err());
}

#[test]
fn one_hit_wonders_leave_through_the_small_queue() {
    // 10 hot keys, each read several times, then a long scan of keys seen
    // once: the hot keys must survive the scan.
    let cap = 40 * charge(100);
    let mut s = Shard::new(cap, cap);
    let v = [3u8; 100];
    for _ in 0..3 {
        for i in 0..10 {
            if get(&mut s, i).is_none() {
                put(&mut s, i, &v);
            }
        }
    }
    for i in 1_000..1_000 + 400 {
        if get(&mut s, i).is_none() {
            put(&mut s, i, &v);
        }
    }
    for i in 0..10 {
        assert!(get(&mut s, i).is_some(), "hot key {i} lost to the scan");
    }
    assert!(s.counters.promotions >= 10);
    s.check();
}

#[test]
fn scan_resistance_beats_lru() {
    // Hot set + interleaved one-time scan: LRU loses its hot set, S3-FIFO not.
    let cap = 200 * charge(256);
    let mut trace = Vec::new();
    let mut rng = Rng(7);
    let zipf = Zipf::new(150, 1.0);
    let mut scan = 1_000_000u64;
    for _ in 0..50_000 {
        if rng.next() % 2 == 0 {
            trace.push(zipf.sample(&mut rng));
        } else {
            trace.push(scan);
            scan += 1;
        }
    }
    let (s3, lru) = ratios(&trace, cap);
    assert!(s3 > lru + 0.05, "s3fifo {s3:.3} vs lru {lru:.3}");
}

#[test]
fn ghost_hits_go_to_main() {
    let cap = 20 * charge(100);
    let mut s = Shard::new(cap, cap);
    let v = [0u8; 100];
    // Key 0 is inserted, evicted from small unseen, then inserted again.
    put(&mut s, 0, &v);
    for i in 1..30 {
        put(&mut s, i, &v);
    }
    assert_eq!(get(&mut s, 0), None);
    put(&mut s, 0, &v);
    assert_eq!(s.counters.ghost_hits, 1);
    assert!(s.gauges().main_bytes >= charge(100));
    s.check();
}

#[test]
fn stale_pairs_are_compacted() {
    let mut s = Shard::new(1 << 30, 1 << 20);
    for round in 0..50u64 {
        for i in 0..100 {
            put(&mut s, round * 1000 + i, b"x");
        }
        for i in 0..100 {
            assert!(s.remove(h(round * 1000 + i), &key(round * 1000 + i)));
        }
    }
    s.check();
    assert_eq!(s.gauges().entries, 0);
    // Without compaction the small queue would hold 5000 stale pairs.
    put(&mut s, 1, b"y");
    s.check();
}

#[test]
fn clear_keeps_counters() {
    let mut s = Shard::new(100_000, 100_000);
    put(&mut s, 1, b"a");
    put(&mut s, 2, b"b");
    get(&mut s, 1);
    assert_eq!(s.clear(), 2);
    assert_eq!(s.gauges().entries, 0);
    assert_eq!(s.counters.hits, 1);
    assert_eq!(get(&mut s, 1), None);
}

#[test]
fn store_shards_and_totals() {
    let st = Store::new(16 * 64 * 1024, 60.0, 16, None).unwrap();
    for i in 0..1000u64 {
        st.put(&key(i), b"value", None, 0);
    }
    let (c, g, cap) = st.totals();
    assert_eq!(c.inserts, 1000);
    assert_eq!(g.entries, 1000);
    assert_eq!(cap, 16 * 64 * 1024);
    assert!(st.get_with(&key(5), 0, |v| v.to_vec()).is_some());
    assert!(st.get_with(&key(5), 61 * S, |v| v.to_vec()).is_none());
    assert!(st.remove(&key(6)));
    assert_eq!(st.clear(), 998);
    assert!(Store::new(1024, 1.0, 0, None).is_err());
    assert!(Store::new(1024, 0.0, 1, None).is_err());
}

/// Prints the Zipf hit ratios of S3-FIFO and LRU (run with `--nocapture`)
/// and checks S3-FIFO is not worse than LRU by more than noise.
#[test]
fn zipf_hit_ratio_vs_lru() {
    let n = 20_000usize;
    for alpha in [0.8, 1.0, 1.2] {
        let zipf = Zipf::new(n, alpha);
        let mut rng = Rng(alpha.to_bits());
        let trace: Vec<u64> = (0..200_000).map(|_| zipf.sample(&mut rng)).collect();
        for frac in [0.01, 0.05, 0.10] {
            let cap = (n as f64 * frac) as usize * charge(256);
            let (s3, lru) = ratios(&trace, cap);
            println!(
                "zipf alpha={alpha:.1} cache={:>4.0}% of keys: s3fifo={s3:.4} lru={lru:.4}",
                frac * 100.0
            );
            assert!(s3 + 0.01 >= lru, "alpha {alpha} frac {frac}: {s3} < {lru}");
        }
    }
}
