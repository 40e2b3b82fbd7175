"""The booking model's output grammar: copy-pointer spans over the input tokens.

Shared by training (labels), evaluation and the serving engines (constrained decoding), so the three
can never disagree.

Prompt (GLM-4 chat template)::

    [gMASK]<sop><|user|>\\n{text}<|assistant|>\\n

Output::

    <|intent:NAME|>  (SLOT)x4  <|endoftext|>      SLOT = <|none|> | FIRST LAST

for the slots ``time, time2, store, service`` in that order, where FIRST and LAST are copies of the
span's first and last input tokens. Spans are recovered from the input once all slots are known
(:meth:`Grammar.recover`), cutting the character range from the start offset of token i to the end
offset of token j out of the original text (so characters the tokenizer maps to [UNK] still come out
exactly). The positions are chosen so:

- ``i`` is the first position holding FIRST that is not inside a span already recovered and from
  which a LAST follows without running into one; slots whose FIRST occurs once in the input are
  placed before the others, then slot order;
- ``j`` is the first position >= i holding LAST, except that a number is never cut: when LAST is a
  digit and the number goes on after j (digits, or ``:``/``.`` between digits), j moves to the last
  LAST inside that number ("10:00" ends at its last 0, not at the 0 of "10").

(The plain "first occurrence" rule recovered only ~95.5% of the generator's gold spans, mostly
because of "10:00"-style numbers and function words/characters that occur earlier, like 下 in 一下;
these two refinements raise it to ~98.4-99%; see docs/model.md.)

Constrained decoding (:class:`DecodeState`): intent token from the five intents; a slot's FIRST is
any input token or ``<|none|>``; LAST is any input token at a position >= the first position of
FIRST; after the four slots ``<|endoftext|>``. Whenever exactly one token is allowed it is forced
(:meth:`DecodeState.forced_token`) and needs no model call: for intent ``unknown`` the whole rest of
the output is forced.

The module needs only numpy and ``tokenizers``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from .. import catalog

# Bump when the prompt, the output grammar or the special-token set changes: the model version
# (and thus the response cache key) includes it.
GRAMMAR_VERSION = "cpspan-2"

# The contract's intents, in catalog order: the order fixes the intent tokens' ids.
INTENTS: tuple[str, ...] = catalog.INTENTS
SLOTS: tuple[str, ...] = ("time", "time2", "store", "service")

PAD = "<pad>"
UNK = "[UNK]"
GMASK = "[gMASK]"
SOP = "<sop>"
SYSTEM = "<|system|>"
USER = "<|user|>"
ASSISTANT = "<|assistant|>"
OBSERVATION = "<|observation|>"
EOS = "<|endoftext|>"
NONE = "<|none|>"
NEWLINE = "\n"
INTENT_TOKENS: tuple[str, ...] = tuple(f"<|intent:{name}|>" for name in INTENTS)

# Fixed order: these take the ids 0..len-1 in every tokenizer this project trains.
SPECIAL_TOKENS: tuple[str, ...] = (
    PAD,
    UNK,
    GMASK,
    SOP,
    SYSTEM,
    USER,
    ASSISTANT,
    OBSERVATION,
    EOS,
    NEWLINE,
    NONE,
    *INTENT_TOKENS,
)

MAX_TEXT_TOKENS = 256  # longer inputs are cut (from the end) before prompting
MAX_OUTPUT_TOKENS = 1 + 2 * len(SLOTS) + 1  # intent, 4 slots x 2, EOS
# The chat template around the utterance: [gMASK]<sop><|user|>\n ... <|assistant|>\n
PROMPT_PREFIX: tuple[str, ...] = (GMASK, SOP, USER, NEWLINE)
PROMPT_SUFFIX: tuple[str, ...] = (ASSISTANT, NEWLINE)
# Longest prompt the engine admits, and the KV capacity of one sequence: the prompt, the output,
# and the padding a row gets when another row of the same call feeds several forced tokens (at
# most one output's worth). Engines and TensorRT plans are sized from these.
MAX_PROMPT_TOKENS = len(PROMPT_PREFIX) + MAX_TEXT_TOKENS + len(PROMPT_SUFFIX)
KV_CAPACITY = MAX_PROMPT_TOKENS + 2 * MAX_OUTPUT_TOKENS

# Decoder phases.
_INTENT = 0
_FIRST = 1
_LAST = 2
_EOS = 3
_DONE = 4


class GrammarError(ValueError):
    """A token outside the grammar, or a label that the grammar cannot express."""


@dataclass(frozen=True, slots=True)
class ParseOutput:
    """What the model said: the intent and, per slot, a ``[start, end)`` char span or None."""

    intent: str
    spans: dict[str, tuple[int, int] | None]
    text: str

    def span_text(self, slot: str) -> str | None:
        s = self.spans.get(slot)
        return None if s is None else self.text[s[0] : s[1]]

    def texts(self) -> dict[str, str | None]:
        return {k: self.span_text(k) for k in SLOTS}


@dataclass(slots=True)
class Prompt:
    """One utterance, tokenised and wrapped in the chat template."""

    text: str
    ids: np.ndarray  # int64 [L]: the whole prompt
    text_ids: np.ndarray  # int64 [n]: the utterance's tokens alone
    offsets: np.ndarray  # int64 [n, 2]: char offsets of text_ids in ``text``
    text_start: int  # index in ``ids`` of text_ids[0]
    # lazily built: token id -> first position in text_ids; allowed ids for a slot's FIRST
    _first: dict[int, int] | None = field(default=None, repr=False)
    _first_allowed: np.ndarray | None = field(default=None, repr=False)

    @property
    def first_pos(self) -> dict[int, int]:
        if self._first is None:
            first: dict[int, int] = {}
            for pos, tid in enumerate(self.text_ids.tolist()):
                first.setdefault(tid, pos)
            self._first = first
        return self._first


class Grammar:
    """Prompting, labels, span recovery and constrained-decoding states for one tokenizer."""

    def __init__(self, tokenizer, max_text_tokens: int = MAX_TEXT_TOKENS) -> None:
        self.tokenizer = tokenizer
        # User text must never turn into control tokens ("<|assistant|>" typed by a user).
        tokenizer.encode_special_tokens = True
        self.max_text_tokens = max_text_tokens
        self.vocab_size = tokenizer.get_vocab_size(with_added_tokens=True)
        ids = {}
        for tok in SPECIAL_TOKENS:
            tid = tokenizer.token_to_id(tok)
            if tid is None:
                raise GrammarError(f"tokenizer lacks special token {tok!r}")
            ids[tok] = tid
        self.special_ids = ids
        self.pad_id = ids[PAD]
        self.unk_id = ids[UNK]
        self.eos_id = ids[EOS]
        self.none_id = ids[NONE]
        self.intent_ids = np.array([ids[t] for t in INTENT_TOKENS], dtype=np.int64)
        self.intent_by_id = {int(i): name for i, name in zip(self.intent_ids, INTENTS, strict=True)}
        self.unknown_id = int(self.intent_ids[INTENTS.index("unknown")])
        self.prefix = np.array([ids[t] for t in PROMPT_PREFIX], dtype=np.int64)
        self.suffix = np.array([ids[t] for t in PROMPT_SUFFIX], dtype=np.int64)
        self._eos_only = np.array([self.eos_id], dtype=np.int64)
        self._none_only = np.array([self.none_id], dtype=np.int64)
        # Number atomicity for span ends: single-digit tokens and the separators inside numbers.
        self.digit_ids = frozenset(
            t for t in (tokenizer.token_to_id(c) for c in "0123456789") if t is not None
        )
        self.numsep_ids = frozenset(
            t for t in (tokenizer.token_to_id(c) for c in ":.") if t is not None
        )

    @classmethod
    def from_file(cls, path, **kw) -> Grammar:
        from tokenizers import Tokenizer

        return cls(Tokenizer.from_file(str(path)), **kw)

    # ---------------------------------------------------------------- prompting
    def _wrap(self, text: str, enc) -> Prompt:
        ids = enc.ids[: self.max_text_tokens]
        offs = enc.offsets[: self.max_text_tokens]
        text_ids = np.asarray(ids, dtype=np.int64)
        offsets = np.asarray(offs, dtype=np.int64).reshape(-1, 2)
        full = np.concatenate([self.prefix, text_ids, self.suffix])
        return Prompt(text, full, text_ids, offsets, len(self.prefix))

    def prompt(self, text: str) -> Prompt:
        return self._wrap(text, self.tokenizer.encode(text, add_special_tokens=False))

    def prompts(self, texts: list[str]) -> list[Prompt]:
        encs = self.tokenizer.encode_batch(list(texts), add_special_tokens=False)
        return [self._wrap(t, e) for t, e in zip(texts, encs, strict=True)]

    def new_state(self, prompt: Prompt | str) -> DecodeState:
        if isinstance(prompt, str):
            prompt = self.prompt(prompt)
        return DecodeState(self, prompt)

    # ---------------------------------------------------------------- span recovery
    def _end(self, ids: list[int], i: int, last: int, used: set[int]) -> int | None:
        """First j >= i with ids[j] == last (never crossing a used position), number-extended."""
        for j in range(i, len(ids)):
            if j in used:
                return None
            if ids[j] == last:
                break
        else:
            return None
        if last in self.digit_ids:
            digits, seps = self.digit_ids, self.numsep_ids
            k, n = j, len(ids)
            while k + 1 < n and k + 1 not in used:
                nxt = ids[k + 1]
                if nxt in digits:
                    k += 1
                elif nxt in seps and k + 2 < n and ids[k + 2] in digits and k + 2 not in used:
                    k += 2
                else:
                    break
                if ids[k] == last:
                    j = k
        return j

    def recover(
        self, prompt: Prompt, pairs: dict[str, tuple[int, int] | None]
    ) -> dict[str, tuple[int, int] | None]:
        """Char spans for the (FIRST, LAST) token pairs of each slot (None: no span)."""
        ids = prompt.text_ids.tolist()
        counts: dict[int, int] = {}
        for t in ids:
            counts[t] = counts.get(t, 0) + 1
        order = [k for k in SLOTS if pairs.get(k) is not None]
        order.sort(key=lambda k: counts.get(pairs[k][0], 0) > 1)  # stable: unambiguous first
        used: set[int] = set()
        out: dict[str, tuple[int, int] | None] = dict.fromkeys(SLOTS)
        for k in order:
            first, last = pairs[k]
            for i, t in enumerate(ids):
                if t != first or i in used:
                    continue
                j = self._end(ids, i, last, used)
                if j is not None:
                    used.update(range(i, j + 1))
                    out[k] = (int(prompt.offsets[i, 0]), int(prompt.offsets[j, 1]))
                    break
        return out

    # ---------------------------------------------------------------- labels
    def labels(
        self, prompt: Prompt, intent: str, spans: dict[str, tuple[int, int] | None]
    ) -> list[int]:
        """The output token ids for gold (intent, spans); GrammarError if not expressible.

        A span must start and end on token boundaries of the (possibly cut) input.
        """
        if intent not in INTENTS:
            raise GrammarError(f"unknown intent {intent!r}")
        out = [int(self.intent_ids[INTENTS.index(intent)])]
        starts: dict[int, int] = {}
        for k, s in enumerate(prompt.offsets[:, 0].tolist()):
            starts.setdefault(s, k)  # first token starting at s
        ends = {e: k for k, e in enumerate(prompt.offsets[:, 1].tolist())}  # last ending at e
        for slot in SLOTS:
            span = spans.get(slot)
            if span is None or intent == "unknown":
                if span is not None:
                    raise GrammarError("intent unknown carries no slots")
                out.append(self.none_id)
                continue
            a, b = span
            i = starts.get(a)
            j = ends.get(b)
            if i is None or j is None or j < i:
                raise GrammarError(f"{slot} span {span} is not on token boundaries")
            out.append(int(prompt.text_ids[i]))
            out.append(int(prompt.text_ids[j]))
        out.append(self.eos_id)
        return out

    def decode_output(self, prompt: Prompt, out_ids) -> ParseOutput:
        """Parse a complete (or truncated) output id sequence without enforcing the grammar."""
        st = DecodeState(self, prompt)
        for t in out_ids:
            t = int(t)
            if st.done:
                break
            if not st.allows(t):
                break
            st.advance(t)
        return st.result()

    def recoverable(
        self, prompt: Prompt, intent: str, spans: dict[str, tuple[int, int] | None]
    ) -> bool:
        """True when the gold labels decode back to exactly the gold spans."""
        try:
            out = self.labels(prompt, intent, spans)
        except GrammarError:
            return False
        got = self.decode_output(prompt, out)
        want = {k: (None if intent == "unknown" else spans.get(k)) for k in SLOTS}
        return got.intent == intent and got.spans == want


class DecodeState:
    """Constrained greedy decoding for one sequence.

    Use: ``while not st.done: t = st.forced_token(); if t is None: t = pick(logits,
    st.allowed_ids); st.advance(t)``. Tokens that ``advance`` accepted must be fed to the model
    (except the final EOS) before the next model call; forced tokens can be fed in the same call as
    the next model step (jump-forward).
    """

    __slots__ = (
        "_allowed",
        "_first_tok",
        "_slot",
        "g",
        "intent",
        "out",
        "phase",
        "prompt",
        "spans",
    )

    def __init__(self, grammar: Grammar, prompt: Prompt) -> None:
        self.g = grammar
        self.prompt = prompt
        self.phase = _INTENT
        self._slot = 0
        self._first_tok = -1
        self.intent: str | None = None
        self.spans: dict[str, tuple[int, int] | None] = {}  # slot -> (FIRST, LAST) token ids
        self.out: list[int] = []
        self._allowed: np.ndarray = grammar.intent_ids

    # -- queries
    @property
    def done(self) -> bool:
        return self.phase == _DONE

    @property
    def allowed_ids(self) -> np.ndarray:
        """Sorted int64 ids that may come next (empty once done)."""
        return self._allowed

    def allowed_mask(self) -> np.ndarray:
        m = np.zeros(self.g.vocab_size, dtype=bool)
        m[self._allowed] = True
        return m

    def allows(self, token: int) -> bool:
        a = self._allowed
        k = int(np.searchsorted(a, token))
        return k < len(a) and int(a[k]) == token

    def forced_token(self) -> int | None:
        """The next token when the grammar leaves exactly one choice (no model call needed)."""
        if self.phase != _DONE and len(self._allowed) == 1:
            return int(self._allowed[0])
        return None

    def pick(self, logits: np.ndarray) -> int:
        """Greedy choice among the allowed tokens from a [V] logits row."""
        a = self._allowed
        if len(a) == 1:
            return int(a[0])
        return int(a[int(np.argmax(logits[a]))])

    # -- transitions
    def advance(self, token: int) -> None:
        token = int(token)
        if self.phase == _DONE or not self.allows(token):
            raise GrammarError(f"token {token} not allowed in phase {self.phase}")
        self.out.append(token)
        g = self.g
        if self.phase == _INTENT:
            self.intent = g.intent_by_id[token]
            if token == g.unknown_id:
                self.phase = _FIRST
                self._slot = 0
                self._allowed = g._none_only
            else:
                self._enter_first(0)
        elif self.phase == _FIRST:
            slot = SLOTS[self._slot]
            if token == g.none_id:
                self.spans[slot] = None
                self._next_slot()
            else:
                self._first_tok = token
                self.phase = _LAST
                p = self.prompt
                i = p.first_pos[token]
                self._allowed = np.unique(p.text_ids[i:])
        elif self.phase == _LAST:
            self.spans[SLOTS[self._slot]] = (self._first_tok, token)
            self._next_slot()
        elif self.phase == _EOS:
            self.phase = _DONE
            self._allowed = np.empty(0, dtype=np.int64)

    def _next_slot(self) -> None:
        if self._slot + 1 < len(SLOTS):
            if self.intent == "unknown":
                self._slot += 1
                self.phase = _FIRST
                self._allowed = self.g._none_only
            else:
                self._enter_first(self._slot + 1)
        else:
            self.phase = _EOS
            self._allowed = self.g._eos_only

    def _enter_first(self, slot: int) -> None:
        self._slot = slot
        self.phase = _FIRST
        p = self.prompt
        if p._first_allowed is None:  # the same for every slot: computed once per prompt
            p._first_allowed = np.unique(np.append(p.text_ids, self.g.none_id))
        self._allowed = p._first_allowed

    def result(self) -> ParseOutput:
        spans = self.g.recover(self.prompt, self.spans)
        return ParseOutput(self.intent or "unknown", spans, self.prompt.text)
