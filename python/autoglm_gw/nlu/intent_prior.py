"""The lexical intent prior shipped beside the GLM (``intent_prior.npz``).

A linear model over hashed character and word n-grams (``_core.IntentPrior``; the features are
defined once, in ``rust/src/intent_prior.rs``) whose log-probabilities the decoder adds, times
``engine.intent_prior_weight``, to the GLM's intent logits. The GLM misreads a phrasing whose
construction no training family has; a bag of n-grams ignores construction and errs on other
utterances, so the product of the two is right more often than either (docs/model.md).

File layout (``numpy.savez_compressed``):

* ``format``: ``FORMAT``; ``bits``: the hash table has ``2^bits`` rows;
* ``intents``: the class names, in the order of the weights' columns;
* ``rows`` (uint32) and ``weights`` (float16 ``[len(rows), classes]``): the rows that training
  touched (the rest are zero); ``bias`` (float32 ``[classes]``).
"""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

import numpy as np

from .. import _core, catalog

FILE_NAME = "intent_prior.npz"
FORMAT = "ngram-fnv1a-1"
# The extension's bound on the hash table (2^24 rows): checked before the table is allocated.
MAX_BITS = 24


class IntentPriorError(ValueError):
    """The prior's file is not one this build can read."""


class IntentPrior:
    """Log-probabilities of the contract's intents (``catalog.INTENTS`` order) for a text."""

    __slots__ = ("_core", "digest", "intents")

    def __init__(self, core: _core.IntentPrior, digest: str) -> None:
        self._core = core  # its columns are in the contract's order (from_arrays sees to it)
        self.intents = catalog.INTENTS
        self.digest = digest

    def log_probs(self, text: str) -> np.ndarray:
        """float32 [len(catalog.INTENTS)]: log P(intent | text) under the prior alone."""
        return np.array(self._core.log_probs(text), dtype=np.float32)

    @classmethod
    def from_arrays(
        cls,
        *,
        bits: int,
        intents: tuple[str, ...],
        rows: np.ndarray,
        weights: np.ndarray,
        bias: np.ndarray,
        digest: str = "",
    ) -> IntentPrior:
        classes = len(intents)
        if set(intents) != set(catalog.INTENTS) or classes != len(catalog.INTENTS):
            raise IntentPriorError(f"intent prior classes {intents} are not the contract's")
        if isinstance(bits, bool) or not isinstance(bits, int | np.integer):
            raise IntentPriorError(f"intent prior bits must be an integer: {bits!r}")
        if not 1 <= bits <= MAX_BITS:
            raise IntentPriorError(f"intent prior bits must be an integer 1..{MAX_BITS}: {bits!r}")
        rows = np.asarray(rows, dtype=np.int64)
        weights = np.asarray(weights, dtype=np.float32)
        bias = np.asarray(bias, dtype=np.float32)
        if not (np.isfinite(weights).all() and np.isfinite(bias).all()):
            # NaN scores would make every intent tie, and the first (a booking) win.
            raise IntentPriorError("intent prior weights or bias are not all finite")
        if weights.shape != (len(rows), classes) or bias.shape != (classes,):
            raise IntentPriorError(
                f"intent prior weights {weights.shape} / bias {np.shape(bias)} do not fit "
                f"{len(rows)} rows of {classes} classes"
            )
        if len(rows) and (rows.min() < 0 or rows.max() >= 1 << bits):
            raise IntentPriorError(f"intent prior rows fall outside 2^{bits}")
        # Columns rearranged from the trained order into the contract's, once, here.
        order = [list(intents).index(n) for n in catalog.INTENTS]
        dense = np.zeros((1 << bits, classes), dtype="<f4")
        dense[rows] = weights[:, order]
        try:
            core = _core.IntentPrior(int(bits), dense.tobytes(), [float(b) for b in bias[order]])
        except ValueError as e:
            raise IntentPriorError(f"intent prior: {e}") from None
        return cls(core, digest)

    @classmethod
    def load(cls, path: Path) -> IntentPrior:
        data = path.read_bytes()
        try:
            with np.load(io.BytesIO(data), allow_pickle=False) as z:  # the bytes hashed
                fmt = str(z["format"])
                if fmt != FORMAT:
                    raise IntentPriorError(
                        f"{path}: intent prior format {fmt!r}, this build reads {FORMAT!r}"
                    )
                bits = z["bits"]
                if bits.shape != () or bits.dtype.kind not in "iu":
                    raise IntentPriorError(f"{path}: intent prior bits is not one integer")
                return cls.from_arrays(
                    bits=int(bits),
                    intents=tuple(str(n) for n in z["intents"]),
                    rows=z["rows"],
                    weights=z["weights"],
                    bias=z["bias"],
                    digest=hashlib.sha256(data).hexdigest()[:16],
                )
        except IntentPriorError:
            raise
        except Exception as e:  # a truncated zip, a missing member, an odd dtype: all the same
            raise IntentPriorError(f"{path}: not an intent prior file ({e!r})") from None


def features(text: str, bits: int) -> list[int]:
    """The hashed n-gram rows of ``text`` (training reads them through here)."""
    return _core.ngram_features(text, bits)
