"""Trains the booking model's tokenizer (HF ``tokenizers``, saved as ``tokenizer.json``).

- normalizer: NFKC then lowercase (offsets still point into the original text);
- pre-tokenizer: every CJK character alone, every digit alone, punctuation alone, then whitespace
  splits the rest (ASCII words);
- model: BPE with ``[UNK]``, trained on the generator's corpus; characters never seen become
  ``[UNK]`` (the copy-pointer grammar still cuts them exactly from the original text);
- special tokens: grammar.SPECIAL_TOKENS (GLM chat tokens, intents, ``<|none|>``, pad) take the
  ids 0..N-1.
"""

from __future__ import annotations

from collections.abc import Iterable

from tokenizers import Regex, Tokenizer, decoders, models, normalizers, pre_tokenizers, trainers

from autoglm_gw.nlu.grammar import SPECIAL_TOKENS, UNK

# Han (incl. extensions and compatibility ideographs), kana, hangul, CJK symbols & fullwidth forms
# that NFKC does not fold.
_CJK = r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}\u3000-\u303f]"


def new_tokenizer() -> Tokenizer:
    tok = Tokenizer(models.BPE(unk_token=UNK))
    tok.normalizer = normalizers.Sequence([normalizers.NFKC(), normalizers.Lowercase()])
    tok.pre_tokenizer = pre_tokenizers.Sequence(
        [
            pre_tokenizers.Split(Regex(_CJK), "isolated"),
            pre_tokenizers.Digits(individual_digits=True),
            pre_tokenizers.Punctuation("isolated"),
            pre_tokenizers.WhitespaceSplit(),
        ]
    )
    tok.decoder = decoders.BPEDecoder()
    return tok


def train_tokenizer(
    texts: Iterable[str], vocab_size: int = 2048, min_frequency: int = 2, extra_alphabet=()
) -> Tokenizer:
    """Trains on ``texts``; ``extra_alphabet`` chars are kept even when rare (e.g. store names)."""
    tok = new_tokenizer()
    trainer = trainers.BpeTrainer(
        vocab_size=vocab_size,
        min_frequency=min_frequency,
        special_tokens=list(SPECIAL_TOKENS),
        initial_alphabet=sorted(set(extra_alphabet)),
        show_progress=False,
    )
    tok.train_from_iterator(texts, trainer)
    for k, t in enumerate(SPECIAL_TOKENS):
        assert tok.token_to_id(t) == k, (t, tok.token_to_id(t))
    return tok
