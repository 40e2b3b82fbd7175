//! `Balancer`: which upstream server the reverse proxy sends the next attempt of a
//! request to.
//!
//! # Candidates and tiers
//!
//! A server is a candidate for an attempt when the caller did not exclude it (the
//! servers this request already tried) and it is up: not down by passive health and
//! not down by active health. Servers are in two tiers, primaries and backups; the
//! backups only see traffic when no primary is a candidate, as nginx's `backup`.
//!
//! # Policies
//!
//! * `round_robin`: nginx's smooth weighted round robin, which interleaves the
//!   servers (5,1,1 gives a a b a c a a) instead of sending bursts to one.
//! * `least_conn`: fewest active requests per unit of weight, ties by round robin.
//! * `ip_hash`: the key (the client address) modulo the size of the tier, counting
//!   its servers whether up or not so that a server going down moves no other
//!   client; rehashed up to [`IP_HASH_TRIES`] times when it lands on a server that
//!   is not a candidate, then round robin.
//! * `consistent_hash`: a ring per tier, [`VNODES_PER_WEIGHT`] points per unit of
//!   weight per server, built once; a key goes to the first candidate clockwise, so
//!   a server leaving moves only its own keys, spread over the others.
//! * `p2c`: the less loaded of two distinct candidates drawn uniformly (power of two
//!   choices): near least_conn's balance without every worker herding onto the
//!   same least loaded server.
//! * `random`: weighted random.
//!
//! # Health
//!
//! Passive health is nginx's `max_fails`/`fail_timeout`: `max_fails` failures
//! within `fail_timeout` of the first one take a server down for `fail_timeout`,
//! after which it is up again by itself. Active health is whatever the health
//! checker last said: down stays down until the checker says up.
//!
//! # Hashing
//!
//! Keys are hashed with FNV-1a 64 (then an avalanche finaliser), not std's
//! randomly keyed SipHash as in the response cache: every gateway worker and every
//! restart must send a key to the same server, or affinity is lost.
//!
//! The core ([`Balancer`]) takes the time as an argument so tests control it; the
//! Python class ([`PyBalancer`]) wraps it in one `Mutex` and passes `Instant::now()`.

use std::fmt::Write as _;
use std::sync::{Mutex, MutexGuard};
use std::time::Instant;

use pyo3::exceptions::{PyIndexError, PyOverflowError, PyValueError};
use pyo3::prelude::*;

/// The policy names the constructor accepts.
pub const POLICIES: [&str; 6] = [
    "round_robin",
    "least_conn",
    "ip_hash",
    "consistent_hash",
    "p2c",
    "random",
];

/// Largest weight accepted: keeps `weight × active` and weight sums far from
/// overflow, and no deployment balances over ratios finer than a millionth.
pub const MAX_WEIGHT: i64 = 1_000_000;
/// Ring points per unit of weight: enough that equal servers get within about
/// ±15% of an even share of the keys.
pub const VNODES_PER_WEIGHT: u64 = 100;
/// Most ring points over both tiers (16 MB): a bound on what a weight typo costs.
pub const MAX_RING_POINTS: u64 = 1_000_000;
/// Rehashes of an ip_hash key that landed on a non-candidate, as nginx.
pub const IP_HASH_TRIES: u8 = 20;

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|p| p.into_inner())
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Policy {
    RoundRobin,
    LeastConn,
    IpHash,
    ConsistentHash,
    P2c,
    Random,
}

impl Policy {
    const ALL: [Policy; 6] = [
        Policy::RoundRobin,
        Policy::LeastConn,
        Policy::IpHash,
        Policy::ConsistentHash,
        Policy::P2c,
        Policy::Random,
    ];

    pub fn parse(name: &str) -> Result<Self, String> {
        POLICIES
            .iter()
            .position(|&p| p == name)
            .map(|i| Self::ALL[i])
            .ok_or_else(|| {
                format!(
                    "policy must be one of {}, got {name:?}",
                    POLICIES.join(", ")
                )
            })
    }

    pub fn name(self) -> &'static str {
        POLICIES[Self::ALL.iter().position(|&p| p == self).unwrap_or(0)]
    }
}

fn fnv1a(bytes: &[u8]) -> u64 {
    const OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
    const PRIME: u64 = 0x0000_0100_0000_01b3;
    bytes
        .iter()
        .fold(OFFSET, |h, &b| (h ^ u64::from(b)).wrapping_mul(PRIME))
}

/// SplitMix64's finaliser. FNV-1a's last multiply barely reaches the high bits, so
/// the ring points of "3#17" and "3#18" would sit next to each other: on plain
/// FNV-1a, 5 equal servers get from 9% to 40% of the keys.
fn mix(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

fn key_hash(bytes: &[u8]) -> u64 {
    mix(fnv1a(bytes))
}

/// SplitMix64: tiny, seedable with anything (0 included), and plenty for picking
/// among a handful of servers.
struct Rng(u64);

impl Rng {
    fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        mix(self.0)
    }

    /// Uniform in `0..n` (`n` > 0), by multiply-shift: no modulo bias worth
    /// speaking of for n far below 2^64.
    fn below(&mut self, n: u64) -> u64 {
        ((u128::from(self.next_u64()) * u128::from(n)) >> 64) as u64
    }
}

/// Seconds → nanoseconds; `as` saturates, so a timeout of years cannot overflow
/// the deadline arithmetic (which saturates too).
fn secs_to_ns(s: f64) -> u64 {
    (s * 1e9) as u64
}

/// What `states()` reports about one server.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ServerState {
    pub active: u64,
    /// Failures counted in the current window (0 once the window has expired).
    pub fails: u64,
    pub passive_up: bool,
    pub active_up: bool,
}

struct Server {
    weight: u64,
    backup: bool,
    active: u64,
    /// Smooth weighted round robin's running score.
    current: i64,
    fails: u64,
    window_start_ns: u64,
    /// Passive health: down while now < this (0: never was).
    down_until_ns: u64,
    checked_up: bool,
}

impl Server {
    fn up(&self, now_ns: u64) -> bool {
        self.checked_up && now_ns >= self.down_until_ns
    }
}

/// The balancer without Python. Times are `Instant`s, kept internally as
/// nanoseconds since construction so that every deadline saturates instead of
/// overflowing. Indexing methods panic on `i >= size()`: the Python class checks.
pub struct Balancer {
    policy: Policy,
    servers: Vec<Server>,
    /// Server indices of the primaries (0) and of the backups (1).
    tiers: [Vec<usize>; 2],
    /// Per tier, (point, server) sorted; empty unless the policy is consistent_hash.
    rings: [Vec<(u64, usize)>; 2],
    max_fails: u64,
    fail_timeout_ns: u64,
    epoch: Instant,
    rng: Rng,
}

impl Balancer {
    pub fn new(
        policy: Policy,
        weights: &[i64],
        backups: &[bool],
        max_fails: i64,
        fail_timeout_s: f64,
        seed: u64,
    ) -> Result<Self, String> {
        if weights.is_empty() {
            return Err("at least one server is required".into());
        }
        if weights.len() != backups.len() {
            return Err(format!(
                "weights and backups must have the same length, got {} and {}",
                weights.len(),
                backups.len()
            ));
        }
        if let Some(w) = weights.iter().find(|&&w| !(1..=MAX_WEIGHT).contains(&w)) {
            return Err(format!("weights must be in 1..={MAX_WEIGHT}, got {w}"));
        }
        if max_fails < 0 {
            return Err(format!("max_fails must be >= 0, got {max_fails}"));
        }
        if !fail_timeout_s.is_finite() || fail_timeout_s < 0.0 {
            return Err(format!(
                "fail_timeout_s must be finite and >= 0, got {fail_timeout_s}"
            ));
        }
        let servers: Vec<Server> = weights
            .iter()
            .zip(backups)
            .map(|(&w, &backup)| Server {
                weight: w as u64,
                backup,
                active: 0,
                current: 0,
                fails: 0,
                window_start_ns: 0,
                down_until_ns: 0,
                checked_up: true,
            })
            .collect();
        let tier = |backup: bool| -> Vec<usize> {
            (0..servers.len())
                .filter(|&i| servers[i].backup == backup)
                .collect()
        };
        let tiers = [tier(false), tier(true)];
        let mut rings = [Vec::new(), Vec::new()];
        if policy == Policy::ConsistentHash {
            let points: u64 = servers.iter().map(|s| s.weight * VNODES_PER_WEIGHT).sum();
            if points > MAX_RING_POINTS {
                return Err(format!(
                    "consistent_hash allows weights summing to at most {}, got {}",
                    MAX_RING_POINTS / VNODES_PER_WEIGHT,
                    points / VNODES_PER_WEIGHT
                ));
            }
            for (ring, tier) in rings.iter_mut().zip(&tiers) {
                *ring = build_ring(&servers, tier);
            }
        }
        Ok(Self {
            policy,
            servers,
            tiers,
            rings,
            max_fails: max_fails as u64,
            fail_timeout_ns: secs_to_ns(fail_timeout_s),
            epoch: Instant::now(),
            rng: Rng(seed),
        })
    }

    pub fn size(&self) -> usize {
        self.servers.len()
    }

    pub fn policy(&self) -> Policy {
        self.policy
    }

    fn ns(&self, now: Instant) -> u64 {
        u64::try_from(now.saturating_duration_since(self.epoch).as_nanos()).unwrap_or(u64::MAX)
    }

    /// The server for the next attempt, or `None` when nothing is a candidate.
    /// `key`: the client address (ip_hash) or the affinity key (consistent_hash);
    /// other policies ignore it. Out-of-range `exclude` entries are ignored.
    pub fn pick_at(
        &mut self,
        now: Instant,
        key: Option<&[u8]>,
        exclude: &[usize],
    ) -> Option<usize> {
        let now = self.ns(now);
        let mut candidate: Vec<bool> = self.servers.iter().map(|s| s.up(now)).collect();
        for &i in exclude {
            if let Some(c) = candidate.get_mut(i) {
                *c = false;
            }
        }
        let (tier, cands) = (0..2).find_map(|t| {
            let c: Vec<usize> = self.tiers[t]
                .iter()
                .copied()
                .filter(|&i| candidate[i])
                .collect();
            (!c.is_empty()).then_some((t, c))
        })?;
        Some(match (self.policy, key) {
            (Policy::RoundRobin, _) | (Policy::IpHash | Policy::ConsistentHash, None) => {
                self.smooth_wrr(&cands)
            }
            (Policy::LeastConn, _) => self.least_conn(&cands),
            (Policy::IpHash, Some(key)) => self.ip_hash(tier, key, &candidate, &cands),
            (Policy::ConsistentHash, Some(key)) => {
                self.consistent_hash(tier, key, &candidate, &cands)
            }
            (Policy::P2c, _) => self.p2c(&cands),
            (Policy::Random, _) => self.random(&cands),
        })
    }

    /// nginx's smooth weighted round robin over `cands` (ascending, non-empty).
    /// Scores of non-candidates are left alone, as nginx does for down peers.
    fn smooth_wrr(&mut self, cands: &[usize]) -> usize {
        let total: i64 = cands.iter().map(|&i| self.servers[i].weight as i64).sum();
        let mut best = cands[0];
        for &i in cands {
            let s = &mut self.servers[i];
            s.current += s.weight as i64;
            // Strictly greater: ties go to the lowest index.
            if s.current > self.servers[best].current {
                best = i;
            }
        }
        self.servers[best].current -= total;
        best
    }

    /// Whether `a` has strictly fewer active requests per unit of weight than `b`.
    /// Cross-multiplied so that equal ratios compare equal (no float rounding).
    fn less_loaded(&self, a: usize, b: usize) -> bool {
        let (a, b) = (&self.servers[a], &self.servers[b]);
        u128::from(a.active) * u128::from(b.weight) < u128::from(b.active) * u128::from(a.weight)
    }

    fn least_conn(&mut self, cands: &[usize]) -> usize {
        let mut best = cands[0];
        for &i in &cands[1..] {
            if self.less_loaded(i, best) {
                best = i;
            }
        }
        let tied: Vec<usize> = cands
            .iter()
            .copied()
            .filter(|&i| !self.less_loaded(best, i))
            .collect();
        self.smooth_wrr(&tied)
    }

    fn ip_hash(&mut self, tier: usize, key: &[u8], candidate: &[bool], cands: &[usize]) -> usize {
        let all = &self.tiers[tier];
        let mut h = key_hash(key);
        let mut buf = [0u8; 9];
        for attempt in 0..IP_HASH_TRIES {
            let i = all[(h % all.len() as u64) as usize];
            if candidate[i] {
                return i;
            }
            buf[..8].copy_from_slice(&h.to_le_bytes());
            buf[8] = attempt;
            h = key_hash(&buf);
        }
        self.smooth_wrr(cands)
    }

    fn consistent_hash(
        &mut self,
        tier: usize,
        key: &[u8],
        candidate: &[bool],
        cands: &[usize],
    ) -> usize {
        let ring = &self.rings[tier];
        let h = key_hash(key);
        let start = ring.partition_point(|&(p, _)| p < h);
        let found = (0..ring.len())
            .map(|k| ring[(start + k) % ring.len()].1)
            .find(|&i| candidate[i]);
        // Every server of the tier is on its ring, so a candidate is always found.
        found.unwrap_or_else(|| self.smooth_wrr(cands))
    }

    fn p2c(&mut self, cands: &[usize]) -> usize {
        if cands.len() == 1 {
            return cands[0];
        }
        let n = cands.len() as u64;
        let a = self.rng.below(n) as usize;
        let mut b = self.rng.below(n - 1) as usize;
        if b >= a {
            b += 1;
        }
        let (a, b) = (cands[a], cands[b]);
        if self.less_loaded(b, a) {
            b
        } else {
            a
        }
    }

    fn random(&mut self, cands: &[usize]) -> usize {
        let total: u64 = cands.iter().map(|&i| self.servers[i].weight).sum();
        let mut r = self.rng.below(total);
        for &i in cands {
            let w = self.servers[i].weight;
            if r < w {
                return i;
            }
            r -= w;
        }
        cands[cands.len() - 1]
    }

    pub fn acquire(&mut self, i: usize) {
        let s = &mut self.servers[i];
        s.active = s.active.saturating_add(1);
    }

    /// Saturates at 0 so that a release the caller doubled cannot wrap.
    pub fn release(&mut self, i: usize) {
        let s = &mut self.servers[i];
        s.active = s.active.saturating_sub(1);
    }

    /// Passive health: the outcome of an attempt on server `i`.
    pub fn report_at(&mut self, now: Instant, i: usize, ok: bool) {
        if self.max_fails == 0 {
            return;
        }
        let now = self.ns(now);
        let (max_fails, timeout) = (self.max_fails, self.fail_timeout_ns);
        let s = &mut self.servers[i];
        if ok {
            // As in nginx, a success inside the window leaves the count alone: a server that
            // fails every other request is still taken out (an audit found it never was).
            if now.saturating_sub(s.window_start_ns) > timeout {
                s.fails = 0;
            }
            return;
        }
        if s.fails == 0 || now.saturating_sub(s.window_start_ns) > timeout {
            s.fails = 0;
            s.window_start_ns = now;
        }
        s.fails += 1;
        if s.fails >= max_fails {
            s.down_until_ns = now.saturating_add(timeout);
            s.fails = 0;
        }
    }

    /// Active health: the health checker's verdict on server `i`.
    pub fn set_health(&mut self, i: usize, up: bool) {
        self.servers[i].checked_up = up;
    }

    pub fn is_up_at(&self, now: Instant, i: usize) -> bool {
        self.servers[i].up(self.ns(now))
    }

    pub fn states_at(&self, now: Instant) -> Vec<ServerState> {
        let now = self.ns(now);
        self.servers
            .iter()
            .map(|s| ServerState {
                active: s.active,
                fails: if now.saturating_sub(s.window_start_ns) > self.fail_timeout_ns {
                    0
                } else {
                    s.fails
                },
                passive_up: now >= s.down_until_ns,
                active_up: s.checked_up,
            })
            .collect()
    }
}

/// `VNODES_PER_WEIGHT × weight` points per server of `tier`, hashed from
/// "index#vnode" so that a server's points depend on nothing else: adding,
/// removing or reweighting one server leaves every other point where it was.
fn build_ring(servers: &[Server], tier: &[usize]) -> Vec<(u64, usize)> {
    let mut ring = Vec::new();
    let mut buf = String::new();
    for &i in tier {
        for v in 0..servers[i].weight * VNODES_PER_WEIGHT {
            buf.clear();
            let _ = write!(buf, "{i}#{v}");
            ring.push((key_hash(buf.as_bytes()), i));
        }
    }
    // The server breaks ties, so a (vanishingly rare) collision maps the same way
    // in every worker.
    ring.sort_unstable();
    ring
}

/// Upstream load balancer of the reverse proxy.
#[pyclass(name = "Balancer", module = "autoglm_gw._core", frozen)]
pub struct PyBalancer {
    core: Mutex<Balancer>,
    size: usize,
    policy: Policy,
}

impl PyBalancer {
    /// Any Python int, negative or beyond 64 bits included, to an index: whatever
    /// is not a server is IndexError, as for a list.
    fn index(&self, obj: &Bound<'_, PyAny>) -> PyResult<usize> {
        match obj.extract::<i64>() {
            Ok(i) if usize::try_from(i).is_ok_and(|i| i < self.size) => Ok(i as usize),
            Err(e) if !e.is_instance_of::<PyOverflowError>(obj.py()) => Err(e),
            _ => Err(PyIndexError::new_err(format!(
                "server index {obj} out of range for {} servers",
                self.size
            ))),
        }
    }
}

#[pymethods]
impl PyBalancer {
    /// `policy`: one of [`POLICIES`]. `weights` (>= 1) and `backups`: one per
    /// server. `max_fails` failures within `fail_timeout_s` take a server down for
    /// `fail_timeout_s` (0: never). `seed`: of p2c's and random's draws.
    #[new]
    #[pyo3(signature = (policy, weights, backups, max_fails, fail_timeout_s, seed=0))]
    fn new(
        policy: &str,
        weights: Vec<i64>,
        backups: Vec<bool>,
        max_fails: i64,
        fail_timeout_s: f64,
        seed: u64,
    ) -> PyResult<Self> {
        let policy = Policy::parse(policy).map_err(PyValueError::new_err)?;
        let core = Balancer::new(policy, &weights, &backups, max_fails, fail_timeout_s, seed)
            .map_err(PyValueError::new_err)?;
        Ok(Self {
            size: core.size(),
            core: Mutex::new(core),
            policy,
        })
    }

    #[getter]
    fn size(&self) -> usize {
        self.size
    }

    /// The server index for the next attempt, or `None` when no server is a
    /// candidate. `exclude`: any iterable of indices (the servers already tried).
    #[pyo3(signature = (key=None, exclude=None))]
    fn pick(
        &self,
        key: Option<&str>,
        exclude: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<Option<usize>> {
        // Python is iterated before the lock is taken: no Python code runs under it.
        let mut ex = Vec::new();
        if let Some(e) = exclude {
            for item in e.try_iter()? {
                ex.push(self.index(&item?)?);
            }
        }
        let now = Instant::now();
        Ok(lock(&self.core).pick_at(now, key.map(str::as_bytes), &ex))
    }

    /// A request to server `i` started.
    fn acquire(&self, i: &Bound<'_, PyAny>) -> PyResult<()> {
        let i = self.index(i)?;
        lock(&self.core).acquire(i);
        Ok(())
    }

    /// A request to server `i` ended.
    fn release(&self, i: &Bound<'_, PyAny>) -> PyResult<()> {
        let i = self.index(i)?;
        lock(&self.core).release(i);
        Ok(())
    }

    /// Passive health: whether an attempt on server `i` succeeded.
    fn report(&self, i: &Bound<'_, PyAny>, ok: bool) -> PyResult<()> {
        let i = self.index(i)?;
        let now = Instant::now();
        lock(&self.core).report_at(now, i, ok);
        Ok(())
    }

    /// Active health: the health checker's verdict on server `i`.
    fn set_health(&self, i: &Bound<'_, PyAny>, up: bool) -> PyResult<()> {
        let i = self.index(i)?;
        lock(&self.core).set_health(i, up);
        Ok(())
    }

    /// Up by both passive and active health now (exclusions aside).
    fn is_up(&self, i: &Bound<'_, PyAny>) -> PyResult<bool> {
        let i = self.index(i)?;
        let now = Instant::now();
        Ok(lock(&self.core).is_up_at(now, i))
    }

    /// Per server: (active requests, failures counted, up by passive health now,
    /// up by active health).
    fn states(&self) -> Vec<(u64, u64, bool, bool)> {
        let now = Instant::now();
        lock(&self.core)
            .states_at(now)
            .into_iter()
            .map(|s| (s.active, s.fails, s.passive_up, s.active_up))
            .collect()
    }

    fn __repr__(&self) -> String {
        format!(
            "Balancer(policy={:?}, size={})",
            self.policy.name(),
            self.size
        )
    }
}

pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<PyBalancer>()
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;
    use std::time::Duration;

    use super::*;

    fn bal(policy: Policy, weights: &[i64], backups: &[bool]) -> Balancer {
        Balancer::new(policy, weights, backups, 1, 10.0, 7).unwrap()
    }

    fn picks(b: &mut Balancer, n: usize, exclude: &[usize]) -> Vec<usize> {
        let t = Instant::now();
        (0..n)
            .map(|_| b.pick_at(t, None, exclude).unwrap())
            .collect()
    }

    fn secs(t: Instant, s: f64) -> Instant {
        t + Duration::from_secs_f64(s)
    }

    #[test]
    fn smooth_round_robin_interleaves() {
        let mut b = bal(Policy::RoundRobin, &[5, 1, 1], &[false; 3]);
        assert_eq!(picks(&mut b, 7, &[]), [0, 0, 1, 0, 2, 0, 0]);
        // The cycle repeats exactly.
        assert_eq!(picks(&mut b, 7, &[]), [0, 0, 1, 0, 2, 0, 0]);
        let mut b = bal(Policy::RoundRobin, &[1, 1, 1], &[false; 3]);
        assert_eq!(picks(&mut b, 6, &[]), [0, 1, 2, 0, 1, 2]);
    }

    #[test]
    fn backups_only_when_no_primary_is_a_candidate() {
        let mut b = bal(
            Policy::RoundRobin,
            &[1, 1, 1, 1],
            &[false, true, false, true],
        );
        let t = Instant::now();
        assert_eq!(picks(&mut b, 4, &[]), [0, 2, 0, 2]);
        // One primary down, one excluded: the backups take over, in turn.
        b.set_health(0, false);
        assert_eq!(picks(&mut b, 4, &[2]), [1, 3, 1, 3]);
        // A primary left: only it.
        assert_eq!(picks(&mut b, 3, &[]), [2, 2, 2]);
        b.report_at(t, 2, false); // max_fails = 1
        assert_eq!(picks(&mut b, 2, &[]), [1, 3]);
        b.set_health(0, true);
        assert_eq!(picks(&mut b, 2, &[]), [0, 0]);
    }

    #[test]
    fn exclude_skips_servers() {
        let mut b = bal(Policy::RoundRobin, &[1, 1, 1], &[false; 3]);
        assert_eq!(picks(&mut b, 4, &[1]), [0, 2, 0, 2]);
        assert_eq!(picks(&mut b, 2, &[0, 2]), [1, 1]);
        // Out-of-range exclusions are ignored by the core (Python gets IndexError).
        assert_eq!(picks(&mut b, 1, &[0, 2, 99]), [1]);
        for p in Policy::ALL {
            let mut b = bal(p, &[1, 2, 3], &[false; 3]);
            let t = Instant::now();
            for k in 0..50 {
                let key = format!("10.0.0.{k}");
                let i = b.pick_at(t, Some(key.as_bytes()), &[0, 2]);
                assert_eq!(i, Some(1), "{p:?}");
            }
        }
    }

    #[test]
    fn none_when_nothing_is_a_candidate() {
        for p in Policy::ALL {
            let mut b = bal(p, &[1, 1], &[false, true]);
            let t = Instant::now();
            assert_eq!(b.pick_at(t, Some(b"k"), &[0, 1]), None, "{p:?}");
            b.set_health(0, false);
            b.report_at(t, 1, false);
            assert_eq!(b.pick_at(t, Some(b"k"), &[]), None, "{p:?}");
            assert_eq!(b.pick_at(t, None, &[]), None, "{p:?}");
        }
    }

    #[test]
    fn passive_health_marks_down_within_the_window() {
        let mut b = Balancer::new(Policy::RoundRobin, &[1, 1], &[false; 2], 2, 10.0, 0).unwrap();
        let t = Instant::now();
        b.report_at(t, 0, false);
        assert!(b.is_up_at(t, 0));
        assert_eq!(b.states_at(t)[0].fails, 1);
        b.report_at(secs(t, 5.0), 0, false);
        let t1 = secs(t, 5.0);
        assert!(!b.is_up_at(t1, 0));
        assert_eq!(
            b.states_at(t1)[0],
            ServerState {
                active: 0,
                fails: 0,
                passive_up: false,
                active_up: true
            }
        );
        assert_eq!(picks(&mut b, 3, &[]), [1, 1, 1]);
        // Back by itself once fail_timeout has passed since it went down.
        assert!(!b.is_up_at(secs(t1, 9.9), 0));
        assert!(b.is_up_at(secs(t1, 10.0), 0));
        assert_eq!(b.pick_at(secs(t1, 10.0), None, &[1]), Some(0));
    }

    #[test]
    fn passive_health_failures_spread_out_do_not_mark_down() {
        let mut b = Balancer::new(Policy::RoundRobin, &[1], &[false], 2, 10.0, 0).unwrap();
        let t = Instant::now();
        for k in 0..10 {
            b.report_at(secs(t, 10.5 * f64::from(k)), 0, false);
            assert!(b.is_up_at(secs(t, 10.5 * f64::from(k)), 0), "failure {k}");
        }
        // The count of an expired window reads 0.
        assert_eq!(b.states_at(secs(t, 200.0))[0].fails, 0);
    }

    #[test]
    fn passive_health_counts_failures_in_the_window_despite_successes() {
        let mut b = Balancer::new(Policy::RoundRobin, &[1], &[false], 2, 10.0, 0).unwrap();
        let t = Instant::now();
        b.report_at(t, 0, false);
        b.report_at(t, 0, true);
        assert!(b.is_up_at(t, 0));
        b.report_at(t + Duration::from_secs(1), 0, false);
        assert!(!b.is_up_at(t + Duration::from_secs(1), 0));
        // a success after the window starts the count again
        let later = t + Duration::from_secs(30);
        assert!(b.is_up_at(later, 0));
        b.report_at(later, 0, false);
        b.report_at(later + Duration::from_secs(11), 0, true);
        b.report_at(later + Duration::from_secs(12), 0, false);
        assert!(b.is_up_at(later + Duration::from_secs(12), 0));
    }

    #[test]
    fn max_fails_zero_never_marks_down() {
        let mut b = Balancer::new(Policy::RoundRobin, &[1], &[false], 0, 10.0, 0).unwrap();
        let t = Instant::now();
        for _ in 0..100 {
            b.report_at(t, 0, false);
        }
        assert!(b.is_up_at(t, 0));
        assert_eq!(b.states_at(t)[0].fails, 0);
    }

    #[test]
    fn active_health_down_until_set_up() {
        let mut b = bal(Policy::RoundRobin, &[1, 1], &[false; 2]);
        let t = Instant::now();
        b.set_health(1, false);
        assert!(!b.is_up_at(secs(t, 1e6), 1));
        assert!(!b.states_at(t)[1].active_up);
        assert!(b.states_at(t)[1].passive_up);
        assert_eq!(picks(&mut b, 3, &[]), [0, 0, 0]);
        b.set_health(1, true);
        assert!(b.is_up_at(t, 1));
        assert!(picks(&mut b, 3, &[]).contains(&1));
    }

    #[test]
    fn least_conn_prefers_fewer_active_per_weight() {
        let mut b = bal(Policy::LeastConn, &[1, 2, 1], &[false; 3]);
        let t = Instant::now();
        b.acquire(0);
        b.acquire(1);
        b.acquire(1);
        b.acquire(1);
        // 1/1, 3/2, 0/1: server 2.
        assert_eq!(b.pick_at(t, None, &[]), Some(2));
        b.acquire(2);
        b.acquire(2);
        // 1/1, 3/2, 2/1: server 0.
        assert_eq!(b.pick_at(t, None, &[]), Some(0));
        b.release(1);
        // 1/1, 2/2, 2/1: 0 and 1 tie, round robin by weight between them.
        let p = picks(&mut b, 3, &[]);
        assert_eq!(p.iter().filter(|&&i| i == 1).count(), 2, "{p:?}");
        assert!(p.contains(&0));
        // Release saturates.
        for _ in 0..5 {
            b.release(0);
        }
        assert_eq!(b.states_at(t)[0].active, 0);
    }

    #[test]
    fn ip_hash_is_stable_and_moves_off_a_down_server() {
        let mut b = bal(Policy::IpHash, &[1, 1, 1, 1], &[false; 4]);
        let t = Instant::now();
        let keys: Vec<String> = (0..200)
            .map(|k| format!("192.168.{}.{}", k / 7, k))
            .collect();
        let before: Vec<usize> = keys
            .iter()
            .map(|k| b.pick_at(t, Some(k.as_bytes()), &[]).unwrap())
            .collect();
        for (k, &i) in keys.iter().zip(&before) {
            assert_eq!(b.pick_at(t, Some(k.as_bytes()), &[]), Some(i));
        }
        // Every server gets some clients.
        assert!((0..4).all(|s| before.contains(&s)));
        b.set_health(1, false);
        for (k, &i) in keys.iter().zip(&before) {
            let now = b.pick_at(t, Some(k.as_bytes()), &[]).unwrap();
            assert_ne!(now, 1);
            if i != 1 {
                assert_eq!(now, i, "a client of an up server moved");
            }
        }
    }

    fn owners(b: &mut Balancer, keys: &[String]) -> Vec<usize> {
        let t = Instant::now();
        keys.iter()
            .map(|k| b.pick_at(t, Some(k.as_bytes()), &[]).unwrap())
            .collect()
    }

    #[test]
    fn consistent_hash_moves_only_the_removed_servers_keys() {
        let mut b = bal(Policy::ConsistentHash, &[1; 5], &[false; 5]);
        let keys: Vec<String> = (0..1000).map(|k| format!("session-{k}")).collect();
        let before = owners(&mut b, &keys);
        let mut load = [0usize; 5];
        for &i in &before {
            load[i] += 1;
        }
        assert!(load.iter().all(|&n| (100..=300).contains(&n)), "{load:?}");
        b.set_health(2, false);
        let after = owners(&mut b, &keys);
        let mut moved_to: HashMap<usize, usize> = HashMap::new();
        for (&was, &is) in before.iter().zip(&after) {
            if was == 2 {
                assert_ne!(is, 2);
                *moved_to.entry(is).or_default() += 1;
            } else {
                assert_eq!(was, is, "a key of an up server moved");
            }
        }
        // The departed server's keys spread over all the others, not onto a neighbour.
        assert_eq!(moved_to.len(), 4, "{moved_to:?}");
        // Coming back takes exactly its keys back.
        b.set_health(2, true);
        assert_eq!(owners(&mut b, &keys), before);
        // Excluding it behaves like taking it down.
        let t = Instant::now();
        for (k, &down) in keys.iter().zip(&after) {
            assert_eq!(b.pick_at(t, Some(k.as_bytes()), &[2]), Some(down));
        }
    }

    #[test]
    fn consistent_hash_follows_weights() {
        let mut b = bal(Policy::ConsistentHash, &[1, 3], &[false; 2]);
        let keys: Vec<String> = (0..2000).map(|k| format!("k{k}")).collect();
        let heavy = owners(&mut b, &keys).iter().filter(|&&i| i == 1).count();
        assert!((1300..=1700).contains(&heavy), "{heavy}");
        // Too many ring points for consistent_hash only.
        assert!(Balancer::new(Policy::ConsistentHash, &[20_000], &[false], 1, 1.0, 0).is_err());
        assert!(Balancer::new(Policy::RoundRobin, &[20_000], &[false], 1, 1.0, 0).is_ok());
    }

    #[test]
    fn hash_policies_without_a_key_round_robin() {
        for p in [Policy::IpHash, Policy::ConsistentHash] {
            let mut b = bal(p, &[5, 1, 1], &[false; 3]);
            assert_eq!(picks(&mut b, 7, &[]), [0, 0, 1, 0, 2, 0, 0]);
        }
    }

    #[test]
    fn p2c_picks_the_less_loaded_of_two() {
        let mut b = bal(Policy::P2c, &[1, 1], &[false; 2]);
        b.acquire(0);
        assert_eq!(picks(&mut b, 50, &[]), [1; 50]);
        b.acquire(1);
        b.acquire(1);
        assert_eq!(picks(&mut b, 50, &[]), [0; 50]);
        // Per unit of weight.
        let mut b = bal(Policy::P2c, &[1, 4], &[false; 2]);
        b.acquire(0);
        b.acquire(1);
        b.acquire(1);
        assert_eq!(picks(&mut b, 50, &[]), [1; 50]);
        // One candidate: it.
        assert_eq!(picks(&mut b, 5, &[1]), [0; 5]);
    }

    #[test]
    fn p2c_draws_every_server() {
        let mut b = bal(Policy::P2c, &[1; 4], &[false; 4]);
        let p = picks(&mut b, 400, &[]);
        // All idle: every draw ties and the first drawn wins, uniformly.
        assert!((0..4).all(|s| p.iter().filter(|&&i| i == s).count() > 50));
    }

    #[test]
    fn random_follows_weights_and_the_seed() {
        let mut b = bal(Policy::Random, &[1, 3, 6], &[false; 3]);
        let p = picks(&mut b, 10_000, &[]);
        let count = |s| p.iter().filter(|&&i| i == s).count();
        assert!((800..=1200).contains(&count(0)), "{}", count(0));
        assert!((2600..=3400).contains(&count(1)), "{}", count(1));
        assert!((5500..=6500).contains(&count(2)), "{}", count(2));
        let mut again = bal(Policy::Random, &[1, 3, 6], &[false; 3]);
        assert_eq!(picks(&mut again, 10_000, &[]), p);
    }

    #[test]
    fn constructor_validates() {
        assert!(Policy::parse("weighted")
            .unwrap_err()
            .contains("round_robin"));
        for (i, name) in POLICIES.iter().enumerate() {
            assert_eq!(Policy::parse(name), Ok(Policy::ALL[i]));
            assert_eq!(Policy::ALL[i].name(), *name);
        }
        let new = |w: &[i64], b: &[bool], mf: i64, ft: f64| {
            Balancer::new(Policy::RoundRobin, w, b, mf, ft, 0)
        };
        assert!(new(&[], &[], 1, 1.0).is_err());
        assert!(new(&[1, 1], &[false], 1, 1.0).is_err());
        assert!(new(&[1, 0], &[false; 2], 1, 1.0).is_err());
        assert!(new(&[-1], &[false], 1, 1.0).is_err());
        assert!(new(&[MAX_WEIGHT + 1], &[false], 1, 1.0).is_err());
        assert!(new(&[1], &[false], -1, 1.0).is_err());
        assert!(new(&[1], &[false], 1, -0.5).is_err());
        assert!(new(&[1], &[false], 1, f64::NAN).is_err());
        assert!(new(&[1], &[false], 1, f64::INFINITY).is_err());
        assert!(new(&[1], &[false], 1, 0.0).is_ok());
        // A huge but finite timeout saturates instead of overflowing.
        let mut b = new(&[1], &[false], 1, 1e300).unwrap();
        let t = Instant::now();
        b.report_at(t, 0, false);
        assert!(!b.is_up_at(secs(t, 1e9), 0));
    }

    #[test]
    fn fnv_matches_the_published_vectors() {
        assert_eq!(fnv1a(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a(b"a"), 0xaf63_dc4c_8601_ec8c);
    }
}
