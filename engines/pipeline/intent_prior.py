"""Trains the lexical intent prior (``intent_prior.npz``) that the decoder multiplies with the
GLM's intent distribution (``autoglm_gw.nlu.intent_prior``).

Multinomial logistic regression over hashed character 1-3-grams and Latin words and word pairs
(the features come from the Rust extension, so training and serving hash alike), on the GLM's
training examples plus the held-back families and some context and command clauses
(``PRIOR_DATA``; never the held-out families), with Adagrad. It takes
well under a minute on two cores and is deterministic given the seed.

``python -m engines.pipeline.intent_prior`` retrains it alone, for the shipped model's training
record (seed and number of examples), into the model directory.
"""

from __future__ import annotations

import argparse
import io
import json
import sys
import time
import zipfile
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from autoglm_gw import catalog
from autoglm_gw.nlu.grammar import drop_symbols
from autoglm_gw.nlu.intent_prior import FILE_NAME, FORMAT, IntentPrior, features

REPO = Path(__file__).resolve().parents[2]
MODEL_DIR = REPO / "engines" / "model"

PRIOR_DEFAULTS = dict(
    bits=18,  # 262,144 rows; 2^20 gave the same held-out accuracy within 0.2 points
    epochs=2,
    batch_size=256,
    lr=0.03,  # chosen on a validation split of the training families (see docs/model.md)
)
# What the prior trains on beyond the GLM's own examples (chosen on the same validation split,
# docs/model.md): examples of the further authors' held-back rounds 4 to 7 of families (the
# fourth gave the GLM nothing), and a share of all examples said after a clause of context or
# with another command for the car (augment.py), which cost the GLM held-out accuracy but give
# a bag of n-grams the words of those clauses as neither evidence for nor against a request.
HELD_BACK_SEED_OFFSET = 100
CLAUSE_SEED_OFFSET = 200
PRIOR_DATA = dict(
    held_back_examples=120_000,
    context_rate=0.1,
    command_rate=0.1,
)


def _log(msg: str) -> None:
    print(f"[intent-prior] {msg}", file=sys.stderr, flush=True)


def train_prior(
    texts: Sequence[str],
    intents: Sequence[str],
    *,
    seed: int,
    bits: int = PRIOR_DEFAULTS["bits"],
    epochs: int = PRIOR_DEFAULTS["epochs"],
    batch_size: int = PRIOR_DEFAULTS["batch_size"],
    lr: float = PRIOR_DEFAULTS["lr"],
    threads: int = 2,
) -> dict:
    """The arrays of an ``intent_prior.npz`` (see ``save``), trained on (text, intent) pairs."""
    import torch

    classes = list(catalog.INTENTS)
    t0 = time.perf_counter()
    # The model reads what the GLM reads (drop_symbols), hashed as serving hashes it.
    feats = [np.asarray(features(drop_symbols(t), bits), dtype=np.int64) for t in texts]
    lens = np.array([len(f) for f in feats], dtype=np.int64)
    flat = np.concatenate(feats) if feats else np.zeros(0, np.int64)
    starts = np.concatenate([[0], np.cumsum(lens)[:-1]]).astype(np.int64)
    labels = torch.tensor([classes.index(i) for i in intents])
    _log(f"{len(texts)} examples, {len(flat)} features hashed in {time.perf_counter() - t0:.1f}s")

    torch.manual_seed(seed)
    torch.set_num_threads(threads)
    emb = torch.nn.EmbeddingBag(1 << bits, len(classes), mode="sum")
    torch.nn.init.zeros_(emb.weight)
    bias = torch.nn.Parameter(torch.zeros(len(classes)))
    opt = torch.optim.Adagrad([emb.weight, bias], lr=lr)
    rng = np.random.default_rng(seed)
    n = len(texts)
    loss_v = float("nan")
    for epoch in range(epochs):
        order = rng.permutation(n)
        total, batches = 0.0, 0
        for b in range(0, n, batch_size):
            ids = order[b : b + batch_size]
            idx = np.concatenate(
                [flat[s : s + k] for s, k in zip(starts[ids], lens[ids], strict=True)]
            )
            offsets = np.concatenate([[0], np.cumsum(lens[ids])[:-1]]).astype(np.int64)
            logits = emb(torch.from_numpy(idx), torch.from_numpy(offsets)) + bias
            loss = torch.nn.functional.cross_entropy(logits, labels[ids])
            opt.zero_grad()
            loss.backward()
            opt.step()
            total += loss.item()
            batches += 1
        loss_v = total / max(1, batches)
        _log(f"epoch {epoch + 1}/{epochs} loss {loss_v:.4f} ({time.perf_counter() - t0:.1f}s)")
    weights = emb.weight.detach().numpy()
    rows = np.flatnonzero(np.any(weights != 0, axis=1)).astype(np.uint32)
    largest = float(np.abs(weights).max(initial=0.0))
    if not np.isfinite(largest) or largest > np.finfo(np.float16).max:
        raise RuntimeError(f"intent prior weights do not fit float16 (largest {largest})")
    return {
        "format": np.array(FORMAT),
        "bits": np.int64(bits),
        "intents": np.array(classes),
        "rows": rows,
        "weights": weights[rows].astype(np.float16),
        "bias": bias.detach().numpy().astype(np.float32),
        "loss": loss_v,
        "seconds": time.perf_counter() - t0,
    }


def save(arrays: dict, path: Path) -> None:
    """An ``.npz`` that ``numpy.load`` reads, written byte for byte the same for the same
    arrays: ``savez`` stamps each member with the time, which would change the file (and the
    model version the response cache keys on) on every retraining."""
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for key in ("format", "bits", "intents", "rows", "weights", "bias"):
            info = zipfile.ZipInfo(f"{key}.npy", date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            buf = io.BytesIO()
            np.lib.format.write_array(buf, np.asarray(arrays[key]), allow_pickle=False)
            zf.writestr(info, buf.getvalue())


def accuracy(prior: IntentPrior, texts: Sequence[str], intents: Sequence[str]) -> float:
    if not texts:
        return float("nan")
    names = catalog.INTENTS
    hits = sum(
        names[int(np.argmax(prior.log_probs(drop_symbols(t))))] == i
        for t, i in zip(texts, intents, strict=True)
    )
    return hits / len(texts)


def prior_examples(
    train,
    *,
    seed: int,
    held_back_examples: int = PRIOR_DATA["held_back_examples"],
    context_rate: float = PRIOR_DATA["context_rate"],
    command_rate: float = PRIOR_DATA["command_rate"],
) -> list:
    """The GLM's training examples ``train``, plus examples of the held-back families, a share
    of them all said after context or with another command (``PRIOR_DATA``). Never held-out
    families: the held-back ones are not among ``datagen.FAMILIES``, so the split holds none."""
    from engines.pipeline import datagen
    from engines.pipeline.augment import add_commands, add_context

    out = list(train)
    if held_back_examples:
        out += datagen.generate(
            held_back_examples,
            seed=seed + HELD_BACK_SEED_OFFSET,
            families=datagen.HELD_BACK_FAMILIES,
        )
    # (seeds of their own: a GLM trained with the same augmentation would otherwise have the
    # same examples said again with the same clause, "listen and listen and ...")
    if context_rate > 0:
        out = add_context(out, context_rate, seed=seed + CLAUSE_SEED_OFFSET)
    if command_rate > 0:
        out = add_commands(out, command_rate, seed=seed + CLAUSE_SEED_OFFSET)
    return out


def build(train, out_dir: Path, *, seed: int, threads: int = 2, held=None, **hp) -> dict:
    """Trains on ``train`` (the GLM's datagen Examples) and what ``prior_examples`` adds, writes
    ``out_dir/intent_prior.npz``, and returns its record (hyperparameters, loss, seconds, size;
    held-out accuracy of the prior alone when ``held`` is given)."""
    data = {k: hp.pop(k) for k in list(hp) if k in PRIOR_DATA}
    examples = prior_examples(train, seed=seed, **data)
    arrays = train_prior(
        [e.text for e in examples], [e.intent for e in examples], seed=seed, threads=threads, **hp
    )
    path = Path(out_dir) / FILE_NAME
    save(arrays, path)
    prior = IntentPrior.load(path)
    record = {
        "hyperparameters": {**PRIOR_DEFAULTS, **hp},
        "data": {**PRIOR_DATA, **data, "examples": len(examples)},
        "seed": seed,
        "loss": round(arrays["loss"], 5),
        "seconds": round(arrays["seconds"], 1),
        "rows": len(arrays["rows"]),
        "bytes": path.stat().st_size,
    }
    if held is not None:
        record["heldout_intent_accuracy"] = round(
            accuracy(prior, [e.text for e in held], [e.intent for e in held]), 5
        )
        _log(f"held-out intent accuracy, prior alone: {record['heldout_intent_accuracy']:.2%}")
    _log(f"wrote {path} ({record['bytes'] / 1e6:.2f} MB, {record['rows']} rows)")
    return record


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description="retrain the lexical intent prior for the model's training record"
    )
    ap.add_argument("--out", default=str(MODEL_DIR))
    ap.add_argument("--work", default=str(REPO / "var" / "train"))
    ap.add_argument("--threads", type=int, default=2)
    a = ap.parse_args(argv)
    from engines.pipeline.train import DEFAULTS, load_data

    out, work = Path(a.out), Path(a.work)
    # The training record as evaluate.py reads it: the last local training run's, else the
    # shipped report's; the prior's own record is written back there for the next evaluation.
    record = work / "train_info.json"
    if record.is_file():
        info = json.loads(record.read_text())
    else:
        info = json.loads((out / "eval_report.json").read_text())["training"]
    seed = info["seed"]
    # The GLM's own training examples (augmented as its run was), and the held-out ones.
    args = argparse.Namespace(**{**DEFAULTS, **info["hyperparameters"], "seed": seed})
    _, _, train, _, held = load_data(args)
    info["intent_prior"] = build(train, out, seed=seed, threads=a.threads, held=held)
    work.mkdir(parents=True, exist_ok=True)
    record.write_text(json.dumps(info, indent=2, ensure_ascii=False))
    _log(
        "config.json, eval_report.json and EVAL.md still describe the previous prior: "
        "run python -m engines.pipeline.evaluate"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
