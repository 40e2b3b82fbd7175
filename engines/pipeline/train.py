"""Trains the booking model from scratch, then exports, quantises and evaluates it.

    python -m engines.pipeline.train [--seed 0] [--out engines/model] [--steps N]

Deterministic for a given seed (data, tokenizer, init, batches and threads are all fixed). Steps:

1. data: ``datagen.split_families`` splits the template families into train and held-out; training
   examples come from the train families only, the evaluation set from the held-out ones;
2. tokenizer: BPE trained on the training texts (plus the catalogue's store names);
3. labels: the copy-pointer grammar (``autoglm_gw.nlu.grammar``); the recoverability of gold spans
   (gold -> labels -> recovered span) is measured and unrecoverable examples are left out;
4. model: GLM-4 decoder (``architecture.py``), loss only on the output tokens, softmax restricted to
   the tokens the grammar allows at each output position (what constrained decoding sees); with
   ``--tag-weight`` > 0 also a slot-role tagging loss on every utterance token (off: no gain);
5. export to ONNX (fp32) and INT8 (static quantisation, ``quantize.py``), then ``evaluate.py``
   on the held-out families: eval_report.json, EVAL.md, config.json.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import shutil
import sys
import time
from pathlib import Path

import numpy as np
import torch
import torch.nn.functional as F

from autoglm_gw.nlu.grammar import GRAMMAR_VERSION, SLOTS, Grammar, GrammarError, Prompt
from engines.pipeline.architecture import GlmConfig, GlmForCausalLM, save_checkpoint
from engines.pipeline.tokenizer import train_tokenizer

REPO = Path(__file__).resolve().parents[2]
DEFAULTS = dict(
    seed=0,
    n_train=200_000,
    n_eval=4_000,
    n_dev=1_000,
    vocab_size=2048,
    steps=15_000,
    batch_size=64,
    lr=3e-3,
    warmup=150,
    weight_decay=0.01,
    unk_rate=0.02,
    del_rate=0.0,
    hidden_size=128,
    intermediate_size=344,
    num_hidden_layers=2,
    num_attention_heads=4,
    num_key_value_heads=2,
    head_dim=32,
    dropout=0.0,
    tie_word_embeddings=0,
    ema_decay=0.0,  # > 0: ship an exponential moving average of the weights (0.999 ~ 1,000 steps)
    # > 0: an auxiliary loss, weighted so, that tags every utterance token with its slot role
    # (outside / begins / inside time, time2, store, service) from the final hidden state
    tag_weight=0.0,
    # share of training utterances said after a clause of context ("I just got off work, ...";
    # augment.py); held-out and dev data are never augmented
    context_rate=0.0,
    # share of training utterances said with another in-car command or a plate/order number
    # (augment.py)
    command_rate=0.0,
)


def log(msg: str) -> None:
    print(f"[train {time.strftime('%H:%M:%S')}] {msg}", flush=True)


def set_determinism(seed: int, threads: int) -> None:
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    torch.set_num_threads(threads)
    torch.use_deterministic_algorithms(True)


# ---------------------------------------------------------------- data
def load_data(args):
    from engines.pipeline import datagen

    train_f, held_f = datagen.split_families(seed=args.seed)
    train = datagen.generate(args.n_train, seed=args.seed, families=train_f)
    if args.context_rate > 0:
        from engines.pipeline.augment import add_context

        train = add_context(train, args.context_rate, seed=args.seed)
    if getattr(args, "command_rate", 0.0) > 0:
        from engines.pipeline.augment import add_commands

        train = add_commands(train, args.command_rate, seed=args.seed)
    dev = datagen.generate(args.n_dev, seed=args.seed + 1, families=train_f)
    held = datagen.generate(args.n_eval, seed=args.seed + 2, families=held_f)
    return train_f, held_f, train, dev, held


# Slot-role tags for the auxiliary tagging loss: 0 = outside, then (begins, inside) per slot.
N_TAGS = 1 + 2 * len(SLOTS)
IGNORE = -100


def slot_tags(prompt: Prompt, intent: str, spans: dict) -> np.ndarray:
    """int64 [n]: each utterance token's slot role. A token belongs to a span when its chars
    overlap it; an ``unknown`` utterance has no slots, as in the grammar's labels."""
    tags = np.zeros(len(prompt.text_ids), dtype=np.int64)
    if intent == "unknown":
        return tags
    starts, ends = prompt.offsets[:, 0], prompt.offsets[:, 1]
    for s, slot in enumerate(SLOTS):
        span = spans.get(slot)
        if span is None:
            continue
        inside = np.flatnonzero((starts < span[1]) & (ends > span[0]))
        if len(inside):
            tags[inside] = 2 + 2 * s
            tags[inside[0]] = 1 + 2 * s
    return tags


def encode_examples(grammar: Grammar, examples, with_tags: bool = False) -> tuple[list, dict]:
    """(prompt, output ids, slot tags or None) per example, plus recoverability counts."""
    prompts = grammar.prompts([e.text for e in examples])
    out, stats = [], {"total": len(examples), "recoverable": 0, "off_boundary": 0, "ambiguous": 0}
    for ex, p in zip(examples, prompts, strict=True):
        try:
            labels = grammar.labels(p, ex.intent, ex.spans)
        except GrammarError:
            stats["off_boundary"] += 1
            continue
        if not grammar.recoverable(p, ex.intent, ex.spans):
            stats["ambiguous"] += 1
            continue
        stats["recoverable"] += 1
        out.append((p, labels, slot_tags(p, ex.intent, ex.spans) if with_tags else None))
    stats["rate"] = stats["recoverable"] / max(1, stats["total"])
    return out, stats


class Batcher:
    """Length-bucketed, seeded batches; builds inputs, targets and grammar masks."""

    def __init__(
        self,
        grammar: Grammar,
        data,
        batch_size: int,
        seed: int,
        unk_rate: float,
        del_rate: float,
        tags: bool = False,
    ):
        self.g, self.data, self.bs = grammar, data, batch_size
        self.tags = tags  # build the slot-tag targets (only for the tagging loss)
        self.rng = np.random.default_rng(seed)
        self.unk_rate = unk_rate
        self.del_rate = del_rate
        self.V = grammar.vocab_size

    def epoch(self):
        idx = self.rng.permutation(len(self.data))
        chunk = self.bs * 50  # sort within chunks to cut padding, keep randomness
        batches = []
        for s in range(0, len(idx), chunk):
            part = sorted(idx[s : s + chunk], key=lambda i: len(self.data[i][0].ids))
            batches += [part[k : k + self.bs] for k in range(0, len(part), self.bs)]
        order = self.rng.permutation(len(batches))
        for k in order:
            if len(batches[k]) == self.bs:
                yield self.make(batches[k])

    def _supervise(self, prompt: Prompt, labels):
        """(output index, allowed ids, target) for every unforced label token, or None when the
        grammar over this (possibly noised) prompt does not accept the labels."""
        st = self.g.new_state(prompt)
        out = []
        for k, tok in enumerate(labels):
            allowed = st.allowed_ids
            if len(allowed) > 1:  # forced tokens carry no loss
                out.append((k, allowed, tok))
            try:
                st.advance(tok)
            except GrammarError:
                return None
        return out

    def make(self, items):
        g = self.g
        seqs, rows, cols, masks, targets, tag_rows = [], [], [], [], [], []
        for r, i in enumerate(items):
            p, labels, tags = self.data[i]
            keep = set(labels)
            text_ids = p.text_ids.copy()
            offsets = p.offsets
            n = len(text_ids)
            # Label tokens and number characters stay: the grammar's candidate positions (and so
            # the labels) depend on them.
            free = np.array(
                [int(t) not in keep and int(t) not in g.number_ids for t in text_ids.tolist()],
                dtype=bool,
            )
            if self.unk_rate > 0:  # teach the model what unseen characters look like
                text_ids[free & (self.rng.random(n) < self.unk_rate)] = g.unk_id
            if self.del_rate > 0:  # drop filler tokens: less reliance on exact templates
                kept = ~(free & (self.rng.random(n) < self.del_rate))
                text_ids, offsets = text_ids[kept], offsets[kept]
                tags = tags[kept] if tags is not None else None
            ids = np.concatenate([g.prefix, text_ids, g.suffix])
            noised = Prompt(p.text, ids, text_ids, offsets, p.text_start, p.sentinel)
            steps = self._supervise(noised, labels)
            if steps is None:
                # The noise moved a span boundary (a place name read as a number once one of its
                # characters became [UNK], ...): this row trains on its clean text instead.
                ids, tags = p.ids, self.data[i][2]
                steps = self._supervise(p, labels)
                assert steps is not None, "gold labels that the clean prompt does not accept"
            seqs.append(np.concatenate([ids, np.asarray(labels, dtype=np.int64)]))
            tag_rows.append((p.text_start, tags))
            for k, allowed, tok in steps:
                rows.append(r)
                cols.append(len(ids) - 1 + k)
                m = np.zeros(self.V, dtype=bool)
                m[allowed] = True
                masks.append(m)
                targets.append(tok)
        t_max = max(len(s) for s in seqs)
        x = np.full((len(seqs), t_max), g.pad_id, dtype=np.int64)
        for r, s in enumerate(seqs):
            x[r, : len(s)] = s
        tag_x = None
        if self.tags:
            tag_x = np.full((len(seqs), t_max), IGNORE, dtype=np.int64)
            for r, (start, tags) in enumerate(tag_rows):
                tag_x[r, start : start + len(tags)] = tags
        return (
            torch.from_numpy(x),
            torch.tensor(rows),
            torch.tensor(cols),
            torch.from_numpy(np.stack(masks)),
            torch.tensor(targets),
            None if tag_x is None else torch.from_numpy(tag_x),
        )


def loss_fn(
    model: GlmForCausalLM, batch, tag_head: torch.nn.Linear | None = None, tag_weight: float = 0.0
) -> torch.Tensor:
    x, rows, cols, masks, targets, tags = batch
    h = model.hidden(x)
    logits = model.lm_head(h[rows, cols])  # only the output positions
    logits = logits.masked_fill(~masks, float("-inf"))
    loss = F.cross_entropy(logits, targets)
    if tag_head is not None:
        # Dense supervision: every utterance token learns its slot role, not only the few
        # anchor positions the output copies. The head is dropped at export.
        tag_logits = tag_head(h)
        loss = loss + tag_weight * F.cross_entropy(
            tag_logits.reshape(-1, N_TAGS), tags.reshape(-1), ignore_index=IGNORE
        )
    return loss


def train_model(args, grammar: Grammar, data) -> tuple[GlmForCausalLM, dict]:
    cfg = GlmConfig(
        vocab_size=grammar.vocab_size,
        hidden_size=args.hidden_size,
        intermediate_size=args.intermediate_size,
        num_hidden_layers=args.num_hidden_layers,
        num_attention_heads=args.num_attention_heads,
        num_key_value_heads=args.num_key_value_heads,
        head_dim=args.head_dim,
        dropout=args.dropout,
        tie_word_embeddings=bool(args.tie_word_embeddings),
    )
    torch.manual_seed(args.seed)
    model = GlmForCausalLM(cfg)
    n_params = sum(p.numel() for p in model.parameters())
    log(f"model: {n_params:,} parameters, {cfg}")
    tag_weight = getattr(args, "tag_weight", 0.0)
    tag_head = torch.nn.Linear(cfg.hidden_size, N_TAGS) if tag_weight > 0 else None
    extra = list(tag_head.parameters()) if tag_head is not None else []
    decay = [p for n, p in model.named_parameters() if p.dim() >= 2]
    decay += [p for p in extra if p.dim() >= 2]
    no_decay = [p for n, p in model.named_parameters() if p.dim() < 2]
    no_decay += [p for p in extra if p.dim() < 2]
    opt = torch.optim.AdamW(
        [
            {"params": decay, "weight_decay": args.weight_decay},
            {"params": no_decay, "weight_decay": 0.0},
        ],
        lr=args.lr,
        betas=(0.9, 0.98),
        eps=1e-8,
    )

    def lr_at(step):
        if step < args.warmup:
            return args.lr * (step + 1) / args.warmup
        frac = (step - args.warmup) / max(1, args.steps - args.warmup)
        return args.lr * (0.05 + 0.95 * 0.5 * (1 + math.cos(math.pi * frac)))

    batcher = Batcher(
        grammar,
        data,
        args.batch_size,
        args.seed,
        args.unk_rate,
        args.del_rate,
        tags=tag_head is not None,
    )
    params = list(model.parameters())
    shadow = [p.detach().clone() for p in params] if args.ema_decay > 0 else None
    model.train()
    step, t0, ema, epoch = 0, time.perf_counter(), None, 0
    curve = []
    while step < args.steps:
        epoch += 1
        for batch in batcher.epoch():
            if step >= args.steps:
                break
            for group in opt.param_groups:
                group["lr"] = lr_at(step)
            loss = loss_fn(model, batch, tag_head, tag_weight)
            opt.zero_grad(set_to_none=True)
            loss.backward()
            torch.nn.utils.clip_grad_norm_(params + extra, 1.0)
            opt.step()
            if shadow is not None:
                with torch.no_grad():
                    torch._foreach_lerp_(shadow, params, 1.0 - args.ema_decay)
            step += 1
            lv = loss.item()
            ema = lv if ema is None else 0.98 * ema + 0.02 * lv
            if step % args.log_every == 0 or step == args.steps:
                el = time.perf_counter() - t0
                eta = el / step * (args.steps - step)
                curve.append({"step": step, "loss": round(ema, 5)})
                log(
                    f"step {step}/{args.steps} epoch {epoch} loss {ema:.4f} lr {lr_at(step):.2e} "
                    f"{step / el:.1f} step/s, elapsed {el:.0f}s, eta {eta:.0f}s"
                )
    if shadow is not None:
        with torch.no_grad():
            for p, s in zip(params, shadow, strict=True):
                p.copy_(s)
        log(f"weights: exponential moving average (decay {args.ema_decay})")
    model.eval()
    return model, {
        "steps": step,
        "epochs": epoch,
        "seconds": time.perf_counter() - t0,
        "parameters": n_params,
        "loss_curve": curve,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="train the booking model from scratch")
    for k, v in DEFAULTS.items():
        ap.add_argument(f"--{k.replace('_', '-')}", type=type(v), default=v)
    ap.add_argument("--out", default=str(REPO / "engines" / "model"))
    ap.add_argument("--work", default=str(REPO / "var" / "train"))
    ap.add_argument("--threads", type=int, default=int(os.environ.get("TRAIN_THREADS", "2")))
    ap.add_argument("--log-every", type=int, default=100)
    ap.add_argument("--no-eval", action="store_true")
    args = ap.parse_args(argv)

    t_start = time.perf_counter()
    set_determinism(args.seed, args.threads)
    out, work = Path(args.out), Path(args.work)
    work.mkdir(parents=True, exist_ok=True)

    log("generating data")
    train_f, held_f, train_ex, dev_ex, held_ex = load_data(args)
    log(
        f"families: {len(train_f)} train, {len(held_f)} held out; examples: {len(train_ex)} train, "
        f"{len(dev_ex)} dev (train families), {len(held_ex)} eval (held-out families)"
    )

    from autoglm_gw.catalog import STORES

    alphabet = "".join(s.name for s in STORES)
    tok = train_tokenizer(
        (e.text for e in train_ex), vocab_size=args.vocab_size, extra_alphabet=alphabet
    )
    tok_path = work / "tokenizer.json"
    tok.save(str(tok_path))
    grammar = Grammar.from_file(tok_path)
    log(f"tokenizer: {grammar.vocab_size} tokens")

    train_data, rec_train = encode_examples(grammar, train_ex, with_tags=args.tag_weight > 0)
    _, rec_held = encode_examples(grammar, held_ex)
    log(
        f"label recoverability: train {rec_train['rate']:.4%} {rec_train}, held-out "
        f"{rec_held['rate']:.4%} {rec_held}"
    )

    model, tstats = train_model(args, grammar, train_data)
    log(f"trained {tstats['steps']} steps in {tstats['seconds']:.0f}s")

    ckpt = work / "checkpoint"
    save_checkpoint(model, ckpt)
    from engines.pipeline.export_onnx import export
    from engines.pipeline.quantize import calibration_feeds, calibration_texts, quantize_int8

    out.mkdir(parents=True, exist_ok=True)
    shutil.copy(tok_path, out / "tokenizer.json")
    save_checkpoint(model, out)  # model.safetensors + arch.json (PyTorch reference for parity)
    export(model, out / "model.onnx")
    feeds = calibration_feeds(out / "model.onnx", grammar, calibration_texts(args.seed))
    quantize_int8(out / "model.onnx", out / "model.int8.onnx", feeds)
    log("exported model.onnx and model.int8.onnx")
    from engines.pipeline.intent_prior import build as build_intent_prior

    log("training the lexical intent prior (the same training examples)")
    prior_info = build_intent_prior(
        train_ex, out, seed=args.seed, threads=args.threads, held=held_ex
    )

    train_info = {
        "seed": args.seed,
        "hyperparameters": {k: getattr(args, k) for k in DEFAULTS},
        "families_train": list(train_f),
        "families_heldout": list(held_f),
        "recoverability": {"train": rec_train, "heldout": rec_held},
        "train_seconds": round(tstats["seconds"], 1),
        "steps": tstats["steps"],
        "epochs": tstats["epochs"],
        "loss_curve": tstats["loss_curve"],
        "threads": args.threads,
        "torch": torch.__version__,
        "grammar_version": GRAMMAR_VERSION,
        "intent_prior": prior_info,
    }
    (work / "train_info.json").write_text(json.dumps(train_info, indent=2, ensure_ascii=False))
    if args.no_eval:
        return 0
    from engines.pipeline.evaluate import evaluate_and_report

    evaluate_and_report(out, held_ex, dev_ex, train_info, total_start=t_start)
    log(f"done in {time.perf_counter() - t_start:.0f}s total")
    return 0


if __name__ == "__main__":
    sys.exit(main())
