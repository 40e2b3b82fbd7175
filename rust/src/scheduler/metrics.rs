//! Counters and fixed-bucket histograms kept by the scheduler.
//!
//! Bucket bounds are upper bounds (`le`, inclusive) in Prometheus style; an
//! implicit `+Inf` bucket follows the last bound.

/// Seconds a request waited in the queue before admission.
pub const QUEUE_WAIT_SECONDS: &[f64] = &[
    0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0,
];
/// Sequences in a step (running + admitted).
pub const BATCH_SIZE: &[f64] = &[1.0, 2.0, 4.0, 8.0, 16.0, 32.0, 64.0, 128.0, 256.0];
/// Tokens processed in a step (as reported by the engine, else estimated).
pub const TOKENS_PER_STEP: &[f64] = &[
    1.0, 2.0, 4.0, 8.0, 16.0, 32.0, 64.0, 128.0, 256.0, 512.0, 1024.0, 2048.0, 4096.0, 8192.0,
];
/// Wall time of a step, as reported by the engine.
pub const STEP_SECONDS: &[f64] = &[
    0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0,
];

/// A fixed-bucket histogram (non-cumulative counts; the `+Inf` bucket last).
#[derive(Debug, Clone, PartialEq)]
pub struct Histogram {
    bounds: &'static [f64],
    counts: Vec<u64>,
    sum: f64,
    count: u64,
}

impl Histogram {
    pub fn new(bounds: &'static [f64]) -> Self {
        debug_assert!(bounds.windows(2).all(|w| w[0] < w[1]));
        Self {
            bounds,
            counts: vec![0; bounds.len() + 1],
            sum: 0.0,
            count: 0,
        }
    }

    /// Records one observation. NaN is ignored.
    pub fn observe(&mut self, v: f64) {
        if v.is_nan() {
            return;
        }
        let i = self.bounds.partition_point(|&b| b < v);
        self.counts[i] += 1;
        self.sum += v;
        self.count += 1;
    }

    pub fn bounds(&self) -> &'static [f64] {
        self.bounds
    }

    /// `(le, cumulative count)` pairs, ending with `(+Inf, count)`.
    pub fn cumulative(&self) -> Vec<(f64, u64)> {
        let mut acc = 0;
        self.bounds
            .iter()
            .copied()
            .chain(std::iter::once(f64::INFINITY))
            .zip(self.counts.iter())
            .map(|(le, c)| {
                acc += c;
                (le, acc)
            })
            .collect()
    }

    pub fn sum(&self) -> f64 {
        self.sum
    }

    pub fn count(&self) -> u64 {
        self.count
    }
}

/// Why a request ended without a result.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Reason {
    QueueFull,
    Deadline,
    Cancelled,
    Shutdown,
    EngineError,
}

impl Reason {
    pub const ALL: [Reason; 5] = [
        Reason::QueueFull,
        Reason::Deadline,
        Reason::Cancelled,
        Reason::Shutdown,
        Reason::EngineError,
    ];

    /// Label used in `stats()["rejected_total"]`.
    pub fn label(self) -> &'static str {
        match self {
            Reason::QueueFull => "queue_full",
            Reason::Deadline => "deadline",
            Reason::Cancelled => "cancelled",
            Reason::Shutdown => "shutdown",
            Reason::EngineError => "engine_error",
        }
    }

    fn index(self) -> usize {
        self as usize
    }
}

/// Monotonic counters and histograms.
#[derive(Debug, Clone, PartialEq)]
pub struct Counters {
    pub submitted: u64,
    pub admitted: u64,
    pub completed: u64,
    pub steps: u64,
    rejected: [u64; 5],
    pub queue_wait: Histogram,
    pub batch_size: Histogram,
    pub step_tokens: Histogram,
    pub step_seconds: Histogram,
}

impl Default for Counters {
    fn default() -> Self {
        Self {
            submitted: 0,
            admitted: 0,
            completed: 0,
            steps: 0,
            rejected: [0; 5],
            queue_wait: Histogram::new(QUEUE_WAIT_SECONDS),
            batch_size: Histogram::new(BATCH_SIZE),
            step_tokens: Histogram::new(TOKENS_PER_STEP),
            step_seconds: Histogram::new(STEP_SECONDS),
        }
    }
}

impl Counters {
    pub fn reject(&mut self, reason: Reason, n: usize) {
        self.rejected[reason.index()] += n as u64;
    }

    pub fn rejected(&self, reason: Reason) -> u64 {
        self.rejected[reason.index()]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn buckets_are_inclusive_upper_bounds() {
        let mut h = Histogram::new(BATCH_SIZE);
        for v in [1.0, 1.0, 2.0, 3.0, 1000.0, f64::NAN] {
            h.observe(v);
        }
        let c = h.cumulative();
        assert_eq!(c[0], (1.0, 2));
        assert_eq!(c[1], (2.0, 3));
        assert_eq!(c[2], (4.0, 4));
        assert_eq!(*c.last().unwrap(), (f64::INFINITY, 5));
        assert_eq!(h.count(), 5);
        assert_eq!(h.sum(), 1007.0);
    }

    #[test]
    fn bounds_are_sorted() {
        for b in [
            QUEUE_WAIT_SECONDS,
            BATCH_SIZE,
            TOKENS_PER_STEP,
            STEP_SECONDS,
        ] {
            assert!(b.windows(2).all(|w| w[0] < w[1]));
        }
    }

    #[test]
    fn rejections_by_reason() {
        let mut c = Counters::default();
        c.reject(Reason::Deadline, 2);
        c.reject(Reason::EngineError, 1);
        assert_eq!(c.rejected(Reason::Deadline), 2);
        assert_eq!(c.rejected(Reason::QueueFull), 0);
        let labels: Vec<_> = Reason::ALL.iter().map(|r| r.label()).collect();
        assert_eq!(
            labels,
            [
                "queue_full",
                "deadline",
                "cancelled",
                "shutdown",
                "engine_error"
            ]
        );
    }
}
