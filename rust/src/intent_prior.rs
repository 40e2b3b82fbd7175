//! The lexical intent prior: a linear model over hashed character and word n-grams whose
//! log-probabilities the decoder adds to the GLM's intent logits (a product of two experts).
//!
//! The GLM reads an utterance as a sequence and misreads a phrasing whose construction no
//! training family has; a bag of n-grams ignores construction and errs elsewhere, so the
//! two together are right more often than either. Training (`engines/pipeline/intent_prior.py`)
//! and serving hash through [`features`], so the two can never disagree on what a feature is.

use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;

/// Characters of an utterance that are read. Utterances are short; this bounds the cost of a
/// pathological one (the GLM itself reads at most its context).
pub const MAX_CHARS: usize = 1024;
/// Largest hash table accepted (2^24 rows): anything bigger is a corrupt or foreign file.
pub const MAX_BITS: u32 = 24;

/// 64-bit FNV-1a over a one-byte tag and the feature's bytes: stable across runs, platforms
/// and builds, unlike the standard library's randomly seeded hasher.
fn fnv1a(tag: u8, bytes: &[u8]) -> u64 {
    const OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
    const PRIME: u64 = 0x0000_0100_0000_01b3;
    let mut h = OFFSET;
    for &b in std::iter::once(&tag).chain(bytes) {
        h ^= u64::from(b);
        h = h.wrapping_mul(PRIME);
    }
    h
}

/// Hashed feature rows of `text`, each below `2^bits`, repeats kept (counts matter):
/// * the text lower-cased, runs of whitespace read as one space, ends trimmed;
/// * its character 1-, 2- and 3-grams (tags `1`, `2`, `3`), but a lone space;
/// * its Latin words (runs of ASCII letters and apostrophes) and pairs of consecutive words
///   (tags `w`, `b`), so that English gets whole words beside its letter trigrams.
pub fn features(text: &str, bits: u32) -> Vec<u32> {
    let mask = (1u64 << bits) - 1;
    let mut chars: Vec<char> = Vec::with_capacity(text.len().min(MAX_CHARS));
    let mut space = false;
    for c in text.chars().flat_map(char::to_lowercase) {
        if chars.len() >= MAX_CHARS {
            break;
        }
        if c.is_whitespace() {
            space = !chars.is_empty();
            continue;
        }
        if space {
            chars.push(' ');
            space = false;
        }
        chars.push(c);
    }
    let mut out = Vec::with_capacity(chars.len() * 4);
    let mut buf = String::with_capacity(16);
    for n in 1..=3usize {
        if chars.len() < n {
            break;
        }
        for gram in chars.windows(n) {
            if n == 1 && gram[0] == ' ' {
                continue;
            }
            buf.clear();
            buf.extend(gram);
            out.push((fnv1a(b'0' + n as u8, buf.as_bytes()) & mask) as u32);
        }
    }
    let mut words: Vec<String> = Vec::new();
    let mut word = String::new();
    for &c in chars.iter().chain(std::iter::once(&' ')) {
        if c.is_ascii_lowercase() || c == '\'' {
            word.push(c);
        } else if !word.is_empty() {
            words.push(std::mem::take(&mut word));
        }
    }
    for (i, w) in words.iter().enumerate() {
        out.push((fnv1a(b'w', w.as_bytes()) & mask) as u32);
        if i > 0 {
            buf.clear();
            buf.push_str(&words[i - 1]);
            buf.push(' ');
            buf.push_str(w);
            out.push((fnv1a(b'b', buf.as_bytes()) & mask) as u32);
        }
    }
    out
}

/// Log-softmax of `scores`, in place.
fn log_softmax(scores: &mut [f32]) {
    let max = scores.iter().copied().fold(f32::NEG_INFINITY, f32::max);
    let sum: f32 = scores.iter().map(|s| (s - max).exp()).sum();
    let log_z = max + sum.ln();
    for s in scores {
        *s -= log_z;
    }
}

fn check_bits(bits: u32) -> PyResult<()> {
    if bits == 0 || bits > MAX_BITS {
        return Err(PyValueError::new_err(format!(
            "bits must be 1..={MAX_BITS}, got {bits}"
        )));
    }
    Ok(())
}

/// Hashed n-gram rows of `text` for a table of `2^bits` rows (training reads them too).
#[pyfunction]
#[pyo3(name = "ngram_features")]
fn py_features(text: &str, bits: u32) -> PyResult<Vec<u32>> {
    check_bits(bits)?;
    Ok(features(text, bits))
}

/// The trained prior: `weights` is `float32 [2^bits, classes]`, little-endian, row-major.
#[pyclass(name = "IntentPrior", module = "autoglm_gw._core", frozen)]
pub struct IntentPrior {
    bits: u32,
    classes: usize,
    weights: Vec<f32>,
    bias: Vec<f32>,
}

impl IntentPrior {
    pub fn new(bits: u32, weights: Vec<f32>, bias: Vec<f32>) -> Result<Self, String> {
        if bits == 0 || bits > MAX_BITS {
            return Err(format!("bits must be 1..={MAX_BITS}, got {bits}"));
        }
        let classes = bias.len();
        if classes == 0 || weights.len() != (1usize << bits) * classes {
            return Err(format!(
                "weights hold {} values, not 2^{bits} rows of {classes} classes",
                weights.len()
            ));
        }
        Ok(Self {
            bits,
            classes,
            weights,
            bias,
        })
    }

    /// Log-probabilities of each class for `text`.
    pub fn log_probs(&self, text: &str) -> Vec<f32> {
        let mut scores = self.bias.clone();
        for row in features(text, self.bits) {
            let at = row as usize * self.classes;
            for (s, w) in scores.iter_mut().zip(&self.weights[at..at + self.classes]) {
                *s += w;
            }
        }
        log_softmax(&mut scores);
        scores
    }
}

#[pymethods]
impl IntentPrior {
    #[new]
    fn py_new(bits: u32, weights: &[u8], bias: Vec<f32>) -> PyResult<Self> {
        if weights.len() % 4 != 0 {
            return Err(PyValueError::new_err("weights must be float32 bytes"));
        }
        let weights = weights
            .chunks_exact(4)
            .map(|b| f32::from_le_bytes([b[0], b[1], b[2], b[3]]))
            .collect();
        Self::new(bits, weights, bias).map_err(PyValueError::new_err)
    }

    /// Log-probabilities of each class for `text`, in the order the weights were trained in.
    #[pyo3(name = "log_probs")]
    fn py_log_probs(&self, text: &str) -> Vec<f32> {
        self.log_probs(text)
    }

    #[getter]
    fn bits(&self) -> u32 {
        self.bits
    }

    #[getter]
    fn classes(&self) -> usize {
        self.classes
    }

    fn __repr__(&self) -> String {
        format!("IntentPrior(bits={}, classes={})", self.bits, self.classes)
    }
}

pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(py_features, m)?)?;
    m.add_class::<IntentPrior>()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hash_is_stable() {
        // FNV-1a's published test vector for "a" (tag byte 'a' and no bytes), so the table a
        // model was trained with keeps its meaning across builds.
        assert_eq!(fnv1a(b'a', b""), 0xaf63_dc4c_8601_ec8c);
        assert_eq!(features("a", 20), features("A", 20));
    }

    #[test]
    fn counts_grams_and_words() {
        // "ab c": unigrams a b c, bigrams "ab" "b " " c", trigrams "ab " "b c", words ab c, one pair
        let f = features("  AB \t c ", 20);
        assert_eq!(f.len(), 3 + 3 + 2 + 2 + 1);
        assert!(f.iter().all(|&r| r < 1 << 20));
        // Whitespace is one space whatever its kind and length.
        assert_eq!(f, features("ab c", 20));
        assert!(features("", 20).is_empty());
        assert!(features("   ", 20).is_empty());
    }

    #[test]
    fn chinese_reads_characters_only() {
        let f = features("洗车", 16);
        assert_eq!(f.len(), 2 + 1); // two unigrams, one bigram, no words
    }

    #[test]
    fn long_text_is_bounded() {
        let text = "x".repeat(10 * MAX_CHARS);
        let f = features(&text, 16);
        // MAX_CHARS unigrams, one fewer bigrams, two fewer trigrams, one word.
        assert_eq!(f.len(), 3 * MAX_CHARS - 3 + 1);
    }

    #[test]
    fn log_probs_follow_the_weights() {
        let bits = 8;
        let mut weights = vec![0.0f32; (1 << bits) * 2];
        for row in features("cancel", bits) {
            weights[row as usize * 2 + 1] += 1.0;
        }
        let prior = IntentPrior::new(bits, weights, vec![0.0, 0.0]).unwrap();
        let lp = prior.log_probs("cancel");
        assert!(lp[1] > lp[0]);
        let total: f32 = lp.iter().map(|x| x.exp()).sum();
        assert!((total - 1.0).abs() < 1e-5);
        // Unseen text: the bias alone, here uniform.
        let lp = prior.log_probs("");
        assert!((lp[0] - lp[1]).abs() < 1e-6);
    }

    #[test]
    fn rejects_mismatched_shapes() {
        assert!(IntentPrior::new(4, vec![0.0; 16 * 3], vec![0.0; 2]).is_err());
        assert!(IntentPrior::new(0, vec![], vec![0.0]).is_err());
        assert!(IntentPrior::new(MAX_BITS + 1, vec![], vec![0.0]).is_err());
    }
}
