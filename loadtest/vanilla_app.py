"""Vanilla serving: the baseline `make bench` compares the gateway with.

This is how a team serves the same model without a gateway: one plain ASGI handler for
``POST /v1/parse`` on the same HTTP server (granian, uvloop), the same ONNX file, tokenizer, output
grammar, span check and resolvers, so its answers are the gateway's answers. What it lacks is what
the gateway adds:

- no batching across requests: each utterance is decoded alone, from prefill to the end token, by
  the reference greedy loop (``engines/pipeline/decode.py``), which keeps its KV cache in numpy
  arrays allocated per request;
- the model work runs in a thread pool (as web frameworks run blocking handlers), one request per
  thread, so the event loop stays free to accept; ONNX Runtime releases the GIL while it computes;
- no response cache, no admission control, no scheduler, no memory pool, stdlib ``json``.

Run: ``python -m loadtest.vanilla_app --port 8091 [--workers N] [--threads T]`` from the repository
root. ``GET /healthz`` answers once the model is loaded. The model is the one the gateway's
configuration names (``engine.precision``, ``engine.model_dir``; the same environment variables).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime
from zoneinfo import ZoneInfo

import msgspec

from autoglm_gw.api.parse import slots_out
from autoglm_gw.api.types import ParseResponse
from autoglm_gw.config import load_config
from autoglm_gw.engine.loader import MODEL_FILES, load_intent_prior, model_dir, usable_cores
from autoglm_gw.engine.onnx_backend import cpu_session, spec_from_session
from autoglm_gw.nlu.grammar import Grammar
from autoglm_gw.nlu.resolve import ModelParse, resolve
from autoglm_gw.nlu.span_check import ResolvableSpans
from engines.pipeline.decode import greedy_parse, ort_step

# The contract's bound on an utterance (CONTRACT.md, POST /v1/parse).
MAX_TEXT_CHARS = 512


class VanillaModel:
    """The shipped model and decoding, one utterance at a time."""

    def __init__(self, intra_op_threads: int = 1) -> None:
        cfg = load_config(None).engine
        if cfg.precision not in MODEL_FILES:
            raise SystemExit(f"vanilla serving runs a CPU model; engine.precision: {cfg.precision}")
        directory = model_dir(cfg)
        prior = load_intent_prior(directory) if cfg.intent_prior_weight > 0 else None
        self.grammar = Grammar.from_file(
            directory / "tokenizer.json",
            span_check=ResolvableSpans() if cfg.span_check else None,
            intent_prior=prior,
            intent_prior_weight=cfg.intent_prior_weight,
        )
        self.session = cpu_session(directory / MODEL_FILES[cfg.precision], intra_op_threads)
        spec = spec_from_session(self.session)
        self.dims = {
            "n_layers": spec.n_layers,
            "kv_heads": spec.kv_heads,
            "head_dim": spec.head_dim,
        }
        self.step = ort_step(self.session)

    def parse(self, text: str) -> ModelParse:
        out = greedy_parse(self.grammar, self.step, [text], batch_size=1, **self.dims)[0]
        return ModelParse.from_output(out).checked_against(self.grammar.model_text(text))


def _error(status: int, code: str, message: str) -> tuple[int, bytes]:
    return status, json.dumps({"error": {"code": code, "message": message}}).encode()


def make_app(model: VanillaModel, threads: int, zone: ZoneInfo):
    pool = ThreadPoolExecutor(max_workers=threads, thread_name_prefix="vanilla-model")

    def answer(raw: bytes) -> tuple[int, bytes]:
        try:
            body = json.loads(raw)
        except ValueError:
            return _error(400, "invalid_json", "the body is not JSON")
        text = body.get("text") if isinstance(body, dict) else None
        if not isinstance(text, str) or not text.strip() or len(text) > MAX_TEXT_CHARS:
            return _error(422, "invalid_text", f"text must be 1..{MAX_TEXT_CHARS} characters")
        raw_now = body.get("now")
        if raw_now is None:
            now = datetime.now(zone).replace(microsecond=0)
        else:
            try:
                now = datetime.fromisoformat(raw_now)
            except (TypeError, ValueError):
                now = None
            if now is None or now.tzinfo is None:
                return _error(422, "invalid_now", "now must be RFC 3339 with an offset")
        try:
            loc = body.get("location")
            location = (float(loc["lat"]), float(loc["lon"])) if loc is not None else None
        except (TypeError, KeyError, ValueError):
            return _error(422, "invalid_location", "location must be {lat, lon} numbers")
        parse = model.parse(text)
        resolved = resolve(parse, now.astimezone(zone), location)
        out = ParseResponse(parse.intent, slots_out(parse, resolved), text, False)
        return 200, json.dumps(msgspec.to_builtins(out), ensure_ascii=False).encode()

    async def app(scope, receive, send):
        if scope["type"] == "lifespan":
            await receive()  # startup: the model is loaded already (app_factory)
            await send({"type": "lifespan.startup.complete"})
            await receive()  # shutdown
            pool.shutdown(wait=False)
            await send({"type": "lifespan.shutdown.complete"})
            return
        if scope["type"] != "http":
            return
        chunks = []
        while True:
            msg = await receive()
            chunks.append(msg.get("body", b""))
            if not msg.get("more_body"):
                break
        if scope["path"] == "/healthz":
            status, body = 200, b'{"status":"ok"}'
        elif scope["path"] == "/v1/parse" and scope["method"] == "POST":
            loop = asyncio.get_running_loop()
            status, body = await loop.run_in_executor(pool, answer, b"".join(chunks))
        else:
            status, body = _error(404, "not_found", "vanilla serving has POST /v1/parse only")
        await send(
            {
                "type": "http.response.start",
                "status": status,
                "headers": [
                    (b"content-type", b"application/json"),
                    (b"content-length", str(len(body)).encode()),
                ],
            }
        )
        await send({"type": "http.response.body", "body": body})

    return app


def app_factory():
    threads = int(os.environ.get("VANILLA_THREADS") or usable_cores())
    model = VanillaModel(intra_op_threads=int(os.environ.get("VANILLA_INTRA_OP_THREADS", "1")))
    zone = ZoneInfo(load_config(None).server.timezone)
    return make_app(model, threads, zone)


def main() -> None:
    from granian.constants import Interfaces, Loops
    from granian.server import Server

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--host", default="127.0.0.1")
    ap.add_argument("--port", type=int, default=8091)
    ap.add_argument("--workers", type=int, default=1, help="granian worker processes")
    ap.add_argument(
        "--threads", type=int, default=0, help="model threads per worker (default: one per core)"
    )
    ap.add_argument(
        "--intra-op-threads", type=int, default=1, help="ONNX Runtime threads per model call"
    )
    a = ap.parse_args()
    if a.threads:
        os.environ["VANILLA_THREADS"] = str(a.threads)
    os.environ["VANILLA_INTRA_OP_THREADS"] = str(a.intra_op_threads)
    Server(
        "loadtest.vanilla_app:app_factory",
        factory=True,
        address=a.host,
        port=a.port,
        interface=Interfaces.ASGI,
        loop=Loops.uvloop,
        workers=a.workers,
        log_access=False,
    ).serve()


if __name__ == "__main__":
    main()
