"""Evaluates the shipped booking model and writes eval_report.json, EVAL.md and config.json.

Metrics on utterances from held-out template families (never seen in training):

- intent accuracy;
- slot F1, span level: a predicted (slot, start, end) counts only if exactly a gold one; micro over
  the four slots (and per slot);
- exact match: intent and all four slots (spans or none) right.

For fp32 ONNX and INT8 ONNX (ONNX Runtime, CPU), plus PyTorch for the parity count. Latency: whole
parses (tokenise, prompt, constrained greedy decoding) one at a time (batch 1); throughput: batches
of 64. Usage (re-evaluate without retraining): ``python -m engines.pipeline.evaluate``.
"""

from __future__ import annotations

import hashlib
import json
import platform
import time
from collections import defaultdict
from pathlib import Path

import numpy as np

from autoglm_gw.config import EngineConfig
from autoglm_gw.nlu import span_check
from autoglm_gw.nlu.grammar import GRAMMAR_VERSION, INTENTS, SLOTS, SPECIAL_TOKENS, Grammar
from autoglm_gw.nlu.intent_prior import FILE_NAME as PRIOR_FILE
from autoglm_gw.nlu.intent_prior import IntentPrior
from autoglm_gw.nlu.resolve import ModelParse
from engines.pipeline.architecture import load_checkpoint
from engines.pipeline.decode import greedy_parse, ort_session, ort_step, torch_step
from engines.pipeline.intent_prior import accuracy as prior_accuracy

REPO = Path(__file__).resolve().parents[2]
TARGETS = {"intent_accuracy": 0.99, "exact_match": 0.97}
MODEL_DIR = REPO / "engines" / "model"
# Natural utterances written by someone who never saw the generator (engines/eval/README.md).
NATURAL = REPO / "engines" / "eval" / "natural_utterances.jsonl"
# Report key -> file: the first set, and a second one written later by another author, also
# without the generator (engines/eval/README.md).
NATURAL_SETS = {
    "natural": NATURAL,
    "natural_2": REPO / "engines" / "eval" / "natural_utterances_2.jsonl",
}
NATURAL_AIMS = {"intent_accuracy": 0.95, "exact_match": 0.90}
# Utterances with the answer POST /v1/parse must give (resolved service, store id and times, at a
# stated "now" and location), written from the contract alone (engines/eval/README.md).
END_TO_END = REPO / "engines" / "eval" / "end_to_end.jsonl"
E2E_FIELDS = ("intent", "service", "store_id", "time_start", "time_end")
# The fp32 model decoded without the span check (nlu/span_check.py): what the check adds.
RAW = "onnx_fp32_no_span_check"
# The fp32 model with the span check but without the lexical intent prior (nlu/intent_prior.py).
NO_PRIOR = "onnx_fp32_no_intent_prior"
# As the gateway serves by default (engine.intent_prior_weight).
PRIOR_WEIGHT = EngineConfig().intent_prior_weight
SHIPPED = (
    "model.onnx",
    "model.int8.onnx",
    "model.safetensors",
    "arch.json",
    "tokenizer.json",
    "intent_prior.npz",
    "config.json",
    "eval_report.json",
    "EVAL.md",
)


def gold_spans(ex) -> dict:
    return {k: (None if ex.intent == "unknown" else ex.spans.get(k)) for k in SLOTS}


def metrics(examples, preds) -> dict:
    n = len(examples)
    tp = defaultdict(int)
    n_pred = defaultdict(int)
    n_gold = defaultdict(int)
    intent_ok = exact = 0
    by_family: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    by_locale: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    confusion: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for ex, p in zip(examples, preds, strict=True):
        g = gold_spans(ex)
        spans = p.spans_in(ex.text)  # (offsets into the utterance, where a part went unread)
        ok_i = p.intent == ex.intent
        intent_ok += ok_i
        confusion[ex.intent][p.intent] += 1
        for k in SLOTS:
            if g[k] is not None:
                n_gold[k] += 1
            if spans[k] is not None:
                n_pred[k] += 1
            if g[k] is not None and spans[k] == tuple(g[k]):
                tp[k] += 1
        em = ok_i and all(spans[k] == (None if g[k] is None else tuple(g[k])) for k in SLOTS)
        exact += em
        for table, key in ((by_family, ex.family), (by_locale, ex.locale)):
            table[key][0] += em
            table[key][1] += 1

    def f1(t, pr, go):
        prec = t / pr if pr else 1.0
        rec = t / go if go else 1.0
        return {
            "precision": prec,
            "recall": rec,
            "f1": 2 * prec * rec / (prec + rec) if prec + rec else 0.0,
            "support": go,
        }

    per_slot = {k: f1(tp[k], n_pred[k], n_gold[k]) for k in SLOTS}
    micro = f1(sum(tp.values()), sum(n_pred.values()), sum(n_gold.values()))
    return {
        "n": n,
        "intent_accuracy": intent_ok / n,
        "slot_f1": micro["f1"],
        "slot_precision": micro["precision"],
        "slot_recall": micro["recall"],
        "exact_match": exact / n,
        "per_slot": per_slot,
        "exact_match_by_family": {k: v[0] / v[1] for k, v in sorted(by_family.items())},
        "exact_match_by_locale": {k: v[0] / v[1] for k, v in sorted(by_locale.items())},
        "intent_confusion": {k: dict(v) for k, v in confusion.items()},
    }


def by_origin(examples, preds) -> dict:
    """Held-out metrics for the generator's first families and for those the further authors
    added (more_families.py): the added ones hold phrasings further from everything else, so the
    two are reported apart, and the first stay comparable with models before the additions."""
    from engines.pipeline import datagen

    out = {}
    for origin, added in (("first", False), ("added", True)):
        idx = [i for i, e in enumerate(examples) if datagen.FAMILY_BY_ID[e.family].added == added]
        if idx:
            sub = metrics([examples[i] for i in idx], [preds[i] for i in idx])
            sub["families"] = len({examples[i].family for i in idx})
            out[origin] = sub
    return out


def errors(examples, preds, limit=25) -> list[dict]:
    out = []
    for ex, p in zip(examples, preds, strict=True):
        g = gold_spans(ex)
        spans = p.spans_in(ex.text)
        if p.intent != ex.intent or any(
            spans[k] != (None if g[k] is None else tuple(g[k])) for k in SLOTS
        ):
            out.append(
                {
                    "text": ex.text,
                    "family": ex.family,
                    "gold": {
                        "intent": ex.intent,
                        **{k: None if g[k] is None else ex.text[g[k][0] : g[k][1]] for k in SLOTS},
                    },
                    "pred": {"intent": p.intent, **p.texts()},
                }
            )
            if len(out) >= limit:
                break
    return out


def load_natural(path: Path = NATURAL) -> list[dict]:
    """Rows of {text, locale, intent, time, time2, store, service}; spans as their text."""
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def natural_metrics(rows: list[dict], preds) -> dict:
    """Intent accuracy and exact match (intent and the four slot texts) on the natural set; slot
    accuracy counts a slot right when its text (or absence) is exactly the gold one."""
    n = len(rows)
    intent_ok = exact = 0
    slot_ok = dict.fromkeys(SLOTS, 0)
    by_locale: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    by_intent: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    errs = []
    for row, p in zip(rows, preds, strict=True):
        got = p.texts()
        ok_i = p.intent == row["intent"]
        oks = {k: got[k] == row[k] for k in SLOTS}
        intent_ok += ok_i
        for k in SLOTS:
            slot_ok[k] += oks[k]
        em = ok_i and all(oks.values())
        exact += em
        for table, key in ((by_locale, row["locale"]), (by_intent, row["intent"])):
            table[key][0] += em
            table[key][1] += 1
        if not em:
            errs.append(
                {
                    "text": row["text"],
                    "gold": {"intent": row["intent"], **{k: row[k] for k in SLOTS}},
                    "pred": {"intent": p.intent, **got},
                }
            )
    return {
        "n": n,
        "intent_accuracy": intent_ok / n,
        "exact_match": exact / n,
        "slot_accuracy": {k: v / n for k, v in slot_ok.items()},
        "exact_match_by_locale": {k: v[0] / v[1] for k, v in sorted(by_locale.items())},
        "exact_match_by_intent": {k: v[0] / v[1] for k, v in sorted(by_intent.items())},
        "errors": errs,
    }


def end_to_end_answers(rows: list[dict], parses) -> list[dict]:
    """What POST /v1/parse answers for each row (the fields of ``E2E_FIELDS``), from the model's
    parses (``nlu.resolve.ModelParse``) through the gateway's own resolvers and response shaping,
    at the row's "now" and location."""
    from datetime import datetime
    from zoneinfo import ZoneInfo

    import msgspec

    from autoglm_gw.api.parse import request_now, slots_out
    from autoglm_gw.config import ServerConfig
    from autoglm_gw.nlu.resolve import resolve

    zone = ZoneInfo(ServerConfig().timezone)  # the gateway's default zone, as the contract's

    out = []
    for row, parse in zip(rows, parses, strict=True):
        loc = row.get("location")
        where = (loc["lat"], loc["lon"]) if loc else None
        slots = msgspec.to_builtins(
            slots_out(
                parse, resolve(parse, request_now(datetime.fromisoformat(row["now"]), zone), where)
            )
        )
        time_ = slots.get("time") or {}
        out.append(
            {
                "intent": parse.intent,
                "service": slots.get("service"),
                "store_id": (slots.get("store") or {}).get("id"),
                "time_start": time_.get("start"),
                "time_end": time_.get("end"),
            }
        )
    return out


def end_to_end_metrics(rows: list[dict], parses) -> dict:
    """Intent accuracy, exact match (every field of the answer) and per-field accuracy of the
    resolved answers against the rows' expected ones."""
    answers = end_to_end_answers(rows, parses)
    n = len(rows)
    field_ok = dict.fromkeys(E2E_FIELDS, 0)
    exact = 0
    by_locale: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    errs = []
    for row, got in zip(rows, answers, strict=True):
        want = row["expect"]
        oks = {k: got[k] == want[k] for k in E2E_FIELDS}
        for k, ok in oks.items():
            field_ok[k] += ok
        em = all(oks.values())
        exact += em
        by_locale[row["locale"]][0] += em
        by_locale[row["locale"]][1] += 1
        if not em:
            errs.append({"text": row["text"], "expect": want, "got": got})
    return {
        "n": n,
        "intent_accuracy": field_ok["intent"] / n,
        "exact_match": exact / n,
        "field_accuracy": {k: v / n for k, v in field_ok.items()},
        "exact_match_by_locale": {k: v[0] / v[1] for k, v in sorted(by_locale.items())},
        "errors": errs,
    }


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def latency(grammar, step, texts, dims, n=300) -> dict:
    texts = texts[:n]
    greedy_parse(grammar, step, texts[:20], batch_size=1, **dims)  # warm up
    times = []
    for t in texts:
        t0 = time.perf_counter()
        greedy_parse(grammar, step, [t], batch_size=1, **dims)
        times.append(time.perf_counter() - t0)
    a = np.array(times) * 1e3
    return {
        "n": len(a),
        "mean_ms": float(a.mean()),
        "p50_ms": float(np.percentile(a, 50)),
        "p99_ms": float(np.percentile(a, 99)),
    }


def throughput(grammar, step, texts, dims, batch=64) -> dict:
    greedy_parse(grammar, step, texts[:batch], batch_size=batch, **dims)
    t0 = time.perf_counter()
    greedy_parse(grammar, step, texts, batch_size=batch, **dims)
    dt = time.perf_counter() - t0
    return {"batch": batch, "n": len(texts), "parses_per_s": len(texts) / dt}


def evaluate_and_report(
    out: Path, held, dev, train_info: dict, total_start: float | None = None, threads: int = 2
) -> dict:
    out = Path(out)
    # Decoded as the gateway serves it (engine.span_check on); the raw model is reported beside.
    prior = IntentPrior.load(out / PRIOR_FILE) if (out / PRIOR_FILE).is_file() else None
    grammar = Grammar.from_file(
        out / "tokenizer.json",
        span_check=span_check.ResolvableSpans(),
        intent_prior=prior,
        intent_prior_weight=PRIOR_WEIGHT,
    )
    # Each without one part of the decoding, to show what it adds.
    no_prior = Grammar.from_file(out / "tokenizer.json", span_check=span_check.ResolvableSpans())
    unchecked = Grammar.from_file(out / "tokenizer.json")  # the GLM's greedy output alone
    model = load_checkpoint(out)
    cfg = model.config
    dims = {
        "n_layers": cfg.num_hidden_layers,
        "kv_heads": cfg.num_key_value_heads,
        "head_dim": cfg.head_dim,
    }
    texts = [e.text for e in held]
    report: dict = {"heldout": {}, "dev_train_families": {}}
    preds = {}
    stats: dict = {}
    # One session per model for every evaluation below (a step function keeps no state).
    steps = {
        "onnx_fp32": ort_step(ort_session(out / "model.onnx", threads)),
        "onnx_int8": ort_step(ort_session(out / "model.int8.onnx", threads)),
        "torch_fp32": torch_step(model),
    }
    for name, step in steps.items():
        t0 = time.perf_counter()
        preds[name] = greedy_parse(
            grammar,
            step,
            texts,
            batch_size=64,
            stats=stats if name == "onnx_fp32" else None,
            **dims,
        )
        m = metrics(held, preds[name])
        m["eval_seconds"] = time.perf_counter() - t0
        report["heldout"][name] = m
        print(
            f"[eval] held-out {name}: intent {m['intent_accuracy']:.4f} slot F1 {m['slot_f1']:.4f} "
            f"exact {m['exact_match']:.4f} ({m['eval_seconds']:.1f}s)",
            flush=True,
        )
    raw = greedy_parse(unchecked, steps["onnx_fp32"], texts, batch_size=64, **dims)
    report["heldout"][RAW] = metrics(held, raw)
    report["decoding"] = {"span_check": span_check.VERSION}
    if prior is not None:
        glm_only = greedy_parse(no_prior, steps["onnx_fp32"], texts, batch_size=64, **dims)
        report["heldout"][NO_PRIOR] = metrics(held, glm_only)
        report["decoding"]["intent_prior"] = {
            "weight": PRIOR_WEIGHT,
            "digest": prior.digest,
            "heldout_intent_accuracy_alone": prior_accuracy(prior, texts, [e.intent for e in held]),
        }
    fp32, int8, ref = preds["onnx_fp32"], preds["onnx_int8"], preds["torch_fp32"]
    report["parity"] = {
        "onnx_fp32_vs_torch_identical": sum(a == b for a, b in zip(fp32, ref, strict=True)),
        "onnx_int8_vs_fp32_identical": sum(a == b for a, b in zip(int8, fp32, strict=True)),
        "n": len(held),
    }
    dev_preds = greedy_parse(
        grammar,
        steps["onnx_fp32"],
        [e.text for e in dev],
        batch_size=64,
        **dims,
    )
    report["dev_train_families"]["onnx_fp32"] = metrics(dev, dev_preds)
    report["heldout_by_origin"] = by_origin(held, fp32)
    report["errors_heldout_fp32"] = errors(held, fp32)
    for key, path in NATURAL_SETS.items():
        if not path.is_file():
            continue
        rows = load_natural(path)
        texts_n = [r["text"] for r in rows]
        report[key] = {}
        for name in ("onnx_fp32", "onnx_int8"):
            m = natural_metrics(rows, greedy_parse(grammar, steps[name], texts_n, **dims))
            report[key][name] = m
            print(
                f"[eval] {key} {name}: intent {m['intent_accuracy']:.4f} "
                f"exact {m['exact_match']:.4f} (n={m['n']})",
                flush=True,
            )
        raw = greedy_parse(unchecked, steps["onnx_fp32"], texts_n, **dims)
        report[key][RAW] = natural_metrics(rows, raw)
        if prior is not None:
            glm_only = greedy_parse(no_prior, steps["onnx_fp32"], texts_n, **dims)
            report[key][NO_PRIOR] = natural_metrics(rows, glm_only)
    if END_TO_END.is_file():
        rows = load_natural(END_TO_END)
        texts_e = [r["text"] for r in rows]
        report["end_to_end"] = {}
        runs = [("onnx_fp32", grammar), ("onnx_int8", grammar), (RAW, unchecked)]
        if prior is not None:
            runs.append((NO_PRIOR, no_prior))
        for name, g in runs:
            step = steps["onnx_int8" if name == "onnx_int8" else "onnx_fp32"]
            preds_e = greedy_parse(g, step, texts_e, **dims)
            m = end_to_end_metrics(rows, [ModelParse.from_output(p) for p in preds_e])
            report["end_to_end"][name] = m
            print(
                f"[eval] end_to_end {name}: intent {m['intent_accuracy']:.4f} "
                f"exact {m['exact_match']:.4f} (n={m['n']})",
                flush=True,
            )

    # speed
    speed = {}
    for name, fname in (("onnx_fp32", "model.onnx"), ("onnx_int8", "model.int8.onnx")):
        for th in (1, threads):
            step = ort_step(ort_session(out / fname, th))
            speed[f"{name}_threads{th}"] = {
                "batch1": latency(grammar, step, texts, dims),
                "batch64": throughput(grammar, step, texts[:2048], dims),
            }
            print(f"[eval] speed {name} threads {th}: {speed[f'{name}_threads{th}']}", flush=True)
    report["speed"] = speed

    # cost per utterance
    n_utt = len(held)
    prompt_len = float(np.mean([len(p.ids) for p in grammar.prompts(texts)]))
    tokens_fed = stats.get("tokens_fed", 0) / n_utt
    row_calls = stats.get("row_calls", 0) / n_utt
    # prefill: L tokens attending to L/2 keys on average; decode: the rest, attending to ~L + 5
    n_pre, n_dec = round(prompt_len), max(0, round(tokens_fed - prompt_len))
    flops = (
        cfg.flops(n_pre, round(prompt_len / 2), with_head=False)
        + cfg.flops(n_dec, round(prompt_len + 5), with_head=False)
        + round(row_calls * 2 * cfg.hidden_size * cfg.vocab_size)
    )
    report["cost"] = {
        "parameters": sum(p.numel() for p in model.parameters()),
        "mean_prompt_tokens": prompt_len,
        "mean_tokens_fed_per_utterance": tokens_fed,
        "mean_model_calls_per_utterance": row_calls,
        "flops_per_utterance": flops,
        "flops_note": "2 FLOPs per multiply-add; every fed token through the layers, "
        "lm_head once per model call",
    }
    report["model"] = {"architecture": cfg.to_dict(), "vocab_size": grammar.vocab_size}
    report["training"] = train_info
    report["machine"] = {
        "platform": platform.platform(),
        "processor": platform.processor() or platform.machine(),
        "cpu": cpu_model(),
        "threads": threads,
    }
    write_config(out, grammar, cfg)
    report["model_version"] = json.loads((out / "config.json").read_text())["model_version"]
    if total_start is not None:
        report["training"]["pipeline_seconds"] = round(time.perf_counter() - total_start, 1)
    sizes = {f: (out / f).stat().st_size for f in SHIPPED if (out / f).exists()}
    report["files"] = sizes
    (out / "eval_report.json").write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n")
    (out / "EVAL.md").write_text(render_md(report))
    sizes = {f: (out / f).stat().st_size for f in SHIPPED if (out / f).exists()}
    report["files"] = sizes
    (out / "eval_report.json").write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n")
    return report


def cpu_model() -> str | None:
    """The CPU's model name and whether it has VNNI, which decides ONNX Runtime's INT8 kernels
    and so the speed table (Linux /proc/cpuinfo; None elsewhere)."""
    try:
        info = Path("/proc/cpuinfo").read_text()
    except OSError:
        return None
    # The first processor's lines: "key<tabs>: value".
    fields = dict(
        (key.strip(), value.strip())
        for key, _, value in (ln.partition(":") for ln in info.split("\n\n", 1)[0].splitlines())
    )
    name, flags = fields.get("model name", ""), fields.get("flags", "").split()
    vnni = [f for f in ("avx512_vnni", "avx_vnni") if f in flags]
    isa = "+".join(vnni) if vnni else ("AVX2, no VNNI" if "avx2" in flags else "no AVX2")
    return f"{name} ({isa})" if name else None


def write_config(out: Path, grammar: Grammar, cfg) -> None:
    onnx_sha = _sha(out / "model.onnx")
    tok_sha = _sha(out / "tokenizer.json")
    version = f"glm-booking-{GRAMMAR_VERSION}-{onnx_sha[:10]}-{tok_sha[:6]}"
    prior_path = out / PRIOR_FILE
    if prior_path.is_file():
        version += f"-{_sha(prior_path)[:6]}"
    conf = {
        "model_version": version,
        "grammar_version": GRAMMAR_VERSION,
        "architecture": {"family": "glm4", **cfg.to_dict()},
        "tokenizer": {
            "file": "tokenizer.json",
            "sha256": tok_sha,
            "vocab_size": grammar.vocab_size,
            "normalizer": "NFKC+lowercase",
            "model": "BPE",
        },
        "special_token_ids": {t: grammar.special_ids[t] for t in SPECIAL_TOKENS},
        "intents": list(INTENTS),
        "slots": list(SLOTS),
        "prompt": "[gMASK]<sop><|user|>\\n{text}<|assistant|>\\n",
        "max_text_tokens": grammar.max_text_tokens,
        "intent_prior": (
            {"file": PRIOR_FILE, "sha256": _sha(prior_path), "weight": PRIOR_WEIGHT}
            if prior_path.is_file()
            else None
        ),
        "onnx": {
            "fp32": {"file": "model.onnx", "sha256": onnx_sha},
            "int8": {"file": "model.int8.onnx", "sha256": _sha(out / "model.int8.onnx")},
            "inputs": ["input_ids", "position_ids", "kv_mask", "last_index"]
            + [f"past_{k}_{i}" for i in range(cfg.num_hidden_layers) for k in ("key", "value")],
            "outputs": ["logits"]
            + [f"new_{k}_{i}" for i in range(cfg.num_hidden_layers) for k in ("key", "value")],
            "kv_heads": cfg.num_key_value_heads,
            "head_dim": cfg.head_dim,
            "num_layers": cfg.num_hidden_layers,
            "opset": 17,
        },
    }
    (out / "config.json").write_text(json.dumps(conf, indent=2, ensure_ascii=False) + "\n")


def _pct(x: float) -> str:
    return f"{100 * x:.2f}%"


def _verdict(m: dict, goals: dict, key: str) -> str:
    return "met" if m[key] >= goals[key] else "NOT met"


def _accuracy_rows(results: dict, per_field: str, fields) -> list[str]:
    """A table row per decoding: intent, exact match, then each field's accuracy."""
    rows = []
    for k in ("onnx_fp32", "onnx_int8", NO_PRIOR, RAW):
        if k not in results:
            continue
        m = results[k]
        acc = m[per_field]
        rows.append(
            f"| {k} | {_pct(m['intent_accuracy'])} | {_pct(m['exact_match'])} | "
            + " | ".join(_pct(acc[f]) for f in fields)
            + " |"
        )
    return rows


def _natural_md(nat: dict, fname: str) -> list[str]:
    n32 = nat["onnx_fp32"]
    lines = [
        "",
        f"Natural utterances written independently of the generator "
        f"(`engines/eval/{fname}`, n={n32['n']}):",
        "",
        "| model | intent accuracy | exact match | time | time2 | store | service |",
        "| --- | --- | --- | --- | --- | --- | --- |",
    ]
    lines += _accuracy_rows(nat, "slot_accuracy", SLOTS)
    lines += [
        "",
        f"Aims on natural utterances (fp32): intent accuracy >= "
        f"{_pct(NATURAL_AIMS['intent_accuracy'])} "
        f"({_verdict(n32, NATURAL_AIMS, 'intent_accuracy')}), exact match >= "
        f"{_pct(NATURAL_AIMS['exact_match'])} ({_verdict(n32, NATURAL_AIMS, 'exact_match')}). "
        "Exact match by intent: "
        + ", ".join(f"{k} {_pct(v)}" for k, v in n32["exact_match_by_intent"].items())
        + ".",
    ]
    return lines


def _end_to_end_md(e2e: dict) -> list[str]:
    m32 = e2e["onnx_fp32"]
    lines = [
        "",
        f"End to end (`engines/eval/{END_TO_END.name}`, n={m32['n']}): the answer of "
        "`POST /v1/parse` (intent, service, store id, time start and end, resolved at each "
        "line's `now` and location) against the one the contract gives:",
        "",
        "| model | intent | exact answer | service | store | time start | time end |",
        "| --- | --- | --- | --- | --- | --- | --- |",
    ]
    lines += _accuracy_rows(
        e2e, "field_accuracy", ("service", "store_id", "time_start", "time_end")
    )
    lines += [
        "",
        "Exact answer by locale (fp32): "
        + ", ".join(f"{k} {_pct(v)}" for k, v in m32["exact_match_by_locale"].items())
        + ".",
    ]
    return lines


def _prior_md(r: dict) -> str:
    p = r.get("decoding", {}).get("intent_prior")
    if not p:
        return " No lexical intent prior was shipped, so intents are the GLM's alone."
    return (
        f" The intent is chosen on the GLM's intent logits plus {p['weight']:g} times the "
        f"log-probabilities of the lexical intent prior (`{PRIOR_FILE}`, n-grams, "
        f"`nlu/intent_prior.py`), which alone gets "
        f"{_pct(p['heldout_intent_accuracy_alone'])} of the held-out intents; `{NO_PRIOR}` is "
        "the same decoding without it."
    )


def render_md(r: dict) -> str:
    h = r["heldout"]
    t = r["training"]
    lines = [
        "# Booking model: evaluation",
        "",
        f"Model version `{r['model_version']}`. Generated by `python -m engines.pipeline.train` "
        "(do not edit by hand).",
        "",
        f"Held-out template families ({len(t['families_heldout'])} of "
        f"{len(t['families_heldout']) + len(t['families_train'])}, never seen in training), "
        f"{h['onnx_fp32']['n']} utterances:",
        "",
        "| model | intent accuracy | slot F1 | exact match |",
        "| --- | --- | --- | --- |",
    ]
    for k in ("onnx_fp32", "onnx_int8", "torch_fp32", NO_PRIOR, RAW):
        if k not in h:
            continue
        m = h[k]
        lines.append(
            f"| {k} | {_pct(m['intent_accuracy'])} | {_pct(m['slot_f1'])} "
            f"| {_pct(m['exact_match'])} |"
        )
    f32 = h["onnx_fp32"]
    origin = r.get("heldout_by_origin") or {}
    if origin:
        names = {
            "first": "the generator's first families",
            "added": "families added by further authors (`more_families.py`)",
        }
        lines += ["", "| held-out families (fp32) | families | n | intent | slot F1 | exact |"]
        lines.append("| --- | --- | --- | --- | --- | --- |")
        for key, m in origin.items():
            lines.append(
                f"| {names[key]} | {m['families']} | {m['n']} | {_pct(m['intent_accuracy'])} "
                f"| {_pct(m['slot_f1'])} | {_pct(m['exact_match'])} |"
            )
    lines += [
        "",
        "Decoding is constrained to the output grammar and, as the gateway serves it, to "
        "time and service spans the resolvers accept whole and to store spans shaped as "
        "LABELS.md says (span check "
        f"`{r.get('decoding', {}).get('span_check')}`, `nlu/span_check.py`); `{RAW}` is the "
        "same model without that check (and without the intent prior)." + _prior_md(r),
        "",
        f"Targets of issue #3 on held-out families (fp32): intent accuracy >= "
        f"{_pct(TARGETS['intent_accuracy'])}: **{_verdict(f32, TARGETS, 'intent_accuracy')}**; "
        f"exact match >= {_pct(TARGETS['exact_match'])}: "
        f"**{_verdict(f32, TARGETS, 'exact_match')}**. Some of the span check's rules were "
        "written after reading held-out errors (`storeshape`, `other-2`, `fallback-3` and the "
        "rules beside it; docs/model.md), so these figures overstate how the decoding reads "
        "phrasings no one has seen; the natural and end-to-end sets below were not used that way "
        "before their first reading.",
    ]
    for key, path in NATURAL_SETS.items():
        if r.get(key):
            lines += _natural_md(r[key], path.name)
    if r.get("end_to_end"):
        lines += _end_to_end_md(r["end_to_end"])
    d = r["dev_train_families"]["onnx_fp32"]
    lines += [
        "",
        "Training families, unseen utterances (fp32): "
        f"intent {_pct(d['intent_accuracy'])}, slot F1 "
        f"{_pct(d['slot_f1'])}, exact match {_pct(d['exact_match'])} (n={d['n']}).",
        "",
        "Per slot (held-out, fp32): "
        + ", ".join(
            f"{k} F1 {_pct(v['f1'])} (n={v['support']})"
            for k, v in h["onnx_fp32"]["per_slot"].items()
        ),
        "",
        "Exact match by held-out family (fp32): "
        + ", ".join(f"{k} {_pct(v)}" for k, v in h["onnx_fp32"]["exact_match_by_family"].items()),
        "",
        f"Parity: ONNX fp32 vs PyTorch identical on {r['parity']['onnx_fp32_vs_torch_identical']}/"
        f"{r['parity']['n']}; INT8 vs fp32 identical on "
        f"{r['parity']['onnx_int8_vs_fp32_identical']}/"
        f"{r['parity']['n']}.",
        "",
        "## Cost",
        "",
        f"- parameters: {r['cost']['parameters']:,}",
        f"- FLOPs per utterance: {r['cost']['flops_per_utterance'] / 1e6:.1f} M "
        f"(mean prompt {r['cost']['mean_prompt_tokens']:.1f} tokens, "
        f"{r['cost']['mean_model_calls_per_utterance']:.2f} model calls per utterance "
        "with jump-forward)",
        "",
        "| ONNX Runtime CPU | batch 1 mean | batch 1 p99 | batch 64 throughput |",
        "| --- | --- | --- | --- |",
    ]
    for k, v in r["speed"].items():
        lines.append(
            f"| {k} | {v['batch1']['mean_ms']:.2f} ms | {v['batch1']['p99_ms']:.2f} ms | "
            f"{v['batch64']['parses_per_s']:.0f} parses/s |"
        )
    lines += [
        "",
        f"Machine: {r['machine']['processor']}, {r['machine']['platform']}"
        + (f"; {r['machine']['cpu']}" if r["machine"].get("cpu") else "")
        + ".",
        "",
        "## Files",
        "",
    ]
    for f, s in r["files"].items():
        lines.append(f"- `{f}`: {s / 1e6:.2f} MB")
    lines.append(f"- total: {sum(r['files'].values()) / 1e6:.2f} MB")
    rec = t["recoverability"]
    lines += [
        "",
        "## Training",
        "",
        f"- {t['steps']} steps ({t['epochs']} epochs) in {t['train_seconds']:.0f} s "
        f"on {t['threads']} "
        f"threads; whole pipeline {t.get('pipeline_seconds', 0):.0f} s; seed {t['seed']}",
        "- label recoverability (gold span -> labels -> span): "
        f"train {_pct(rec['train']['rate'])}, "
        f"held-out {_pct(rec['heldout']['rate'])}",
        f"- hyperparameters: `{json.dumps(t['hyperparameters'])}`",
        "",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    import argparse

    from engines.pipeline import datagen

    ap = argparse.ArgumentParser(description="re-evaluate the shipped model")
    ap.add_argument("--out", default=str(MODEL_DIR))
    ap.add_argument("--train-info", default=str(REPO / "var" / "train" / "train_info.json"))
    a = ap.parse_args(argv)
    ti = Path(a.train_info)
    if ti.exists():
        info = json.loads(ti.read_text())
    else:  # a fresh clone: the shipped report carries the training record
        info = json.loads((Path(a.out) / "eval_report.json").read_text())["training"]
    seed = info["seed"]
    hp = info["hyperparameters"]
    train_f, held_f = datagen.split_families(seed=seed)
    held = datagen.generate(hp["n_eval"], seed=seed + 2, families=held_f)
    dev = datagen.generate(hp["n_dev"], seed=seed + 1, families=train_f)
    evaluate_and_report(Path(a.out), held, dev, info)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
