"""`autoglm-gw`: the command line."""

from __future__ import annotations

import argparse
import re
import sys

from .config import ConfigError, load_config


def _cmd_serve(args: argparse.Namespace) -> int:
    from .server import serve

    flags = {"host": args.host, "port": args.port, "workers": args.workers}
    # The flags go through the same typed validation as file and environment values.
    overrides = {f"server.{k}": (v, f"--{k}") for k, v in flags.items() if v is not None}
    config = load_config(args.config, overrides=overrides)
    serve(config, args.config)
    return 0


def _config_arg(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--config", metavar="FILE", help="TOML config (default: autoglm-gw.toml)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="autoglm-gw",
        description="High-throughput gateway that turns in-car utterances into car-wash bookings.",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    serve = sub.add_parser(
        "serve",
        help="serve the HTTP API",
        description="Serve the gateway's HTTP API on granian (uvloop). Settings come from the "
        "config file, AUTOGLM_GW_<SECTION>_<KEY> variables, then these flags.",
    )
    _config_arg(serve)
    serve.add_argument("--host", help="address to bind (server.host)")
    serve.add_argument("--port", type=int, help="port to bind (server.port)")
    serve.add_argument("--workers", type=int, help="worker processes (server.workers)")
    serve.set_defaults(func=_cmd_serve)

    parse = sub.add_parser(
        "parse",
        help="parse one utterance and print the JSON of POST /v1/parse",
        description="Parse one utterance with the configured engine, in this process (no "
        "server), and print exactly what POST /v1/parse would answer.",
    )
    parse.add_argument("text", help="the utterance, e.g. 明天下午三点在国贸店洗车")
    parse.add_argument("--now", help="RFC 3339 time to resolve against (default: now)")
    parse.add_argument("--lat", type=float, help="latitude, for the nearest store")
    parse.add_argument("--lon", type=float, help="longitude, for the nearest store")
    _config_arg(parse)
    parse.set_defaults(func=_cmd_parse)

    bench = sub.add_parser(
        "bench",
        help="benchmarks: the engine alone, or HTTP load against a server",
        description="Benchmarks. `bench engine` measures the scheduler and model without HTTP; "
        "`bench http` drives a running gateway and reports throughput and latency.",
    )
    bsub = bench.add_subparsers(dest="bench_command", required=True, metavar="KIND")
    be = bsub.add_parser(
        "engine",
        help="engine-only throughput and latency by batch size, and under Poisson arrivals",
        description="Engine-only benchmark on held-out utterances: closed loop at each batch "
        "size (cost per utterance vs batch 1), then optionally Poisson arrivals at --rate.",
    )
    be.add_argument(
        "--batches",
        type=_batch_sizes,
        default="1,8,32,64",
        help="comma-separated batch sizes (default %(default)s)",
    )
    be.add_argument(
        "--requests",
        type=_positive(int),
        default=2000,
        help="utterances per batch size (default %(default)s)",
    )
    be.add_argument(
        "--rate", type=_positive(float), help="also run Poisson arrivals at this rate (/s)"
    )
    be.add_argument(
        "--seconds",
        type=_positive(float),
        default=10.0,
        help="seconds of each Poisson or overload run (default %(default)s)",
    )
    be.add_argument(
        "--overload",
        type=_positive(float),
        metavar="FACTOR",
        help="also run arrivals at a quarter of the measured capacity, then at FACTOR times it, "
        "through the admission limiter (engine.latency_target_ms; 15 when unset)",
    )
    be.add_argument("--json", action="store_true", help="print JSON instead of a table")
    _config_arg(be)
    be.set_defaults(func=_cmd_bench_engine)
    bh = bsub.add_parser(
        "http",
        help="HTTP load against a running gateway (POST /v1/parse by default)",
        description="Drive a running server: closed loop (--concurrency) or open loop "
        "(--rate, Poisson) for --duration seconds, with unique or Zipf-repeated utterances.",
    )
    bh.add_argument(
        "--url",
        default="http://127.0.0.1:8080/v1/parse",
        help="the endpoint to POST to; a bare server URL (http://host:port) means its /v1/parse "
        "(default %(default)s)",
    )
    bh.add_argument(
        "--rate", type=_positive(float), help="open loop: arrivals per second (Poisson)"
    )
    bh.add_argument(
        "--concurrency",
        type=int,
        default=64,
        help="connections; in a closed loop, requests in flight (default %(default)s)",
    )
    bh.add_argument(
        "--duration", type=_positive(float), default=10.0, help="seconds (default %(default)s)"
    )
    bh.add_argument(
        "--trace",
        choices=("unique", "zipf"),
        default="unique",
        help="each utterance once, or repeated with Zipf frequencies (default %(default)s)",
    )
    bh.add_argument(
        "--texts",
        type=_positive(int),
        default=20000,
        help="distinct utterances in the trace (default %(default)s)",
    )
    bh.add_argument("--no-cache", action="store_true", help="send Cache-Control: no-cache")
    bh.add_argument(
        "--client",
        choices=("python", "rust"),
        default="python",
        help="python: uvloop client (closed or open loop); rust: threads with the GIL released, "
        "open loop only (needs --rate), far less CPU per request (default %(default)s)",
    )
    bh.add_argument("--json", action="store_true", help="print JSON")
    bh.set_defaults(func=_cmd_bench_http)

    config = sub.add_parser(
        "config",
        help="print the effective configuration as JSON, secrets masked",
        description="Validate and print the effective configuration (defaults, file, env), "
        "one JSON object per section; secrets and passwords in URLs are shown as ***.",
    )
    _config_arg(config)
    config.set_defaults(func=_cmd_config)
    return parser


def _cmd_parse(args: argparse.Namespace) -> int:
    import asyncio

    import msgspec

    from .api.parse import request_now, slots_out
    from .api.parser import Parser
    from .api.types import ParseRequest, ParseResponse
    from .engine.loader import load_runtime
    from .http.errors import ApiError
    from .nlu.resolve import resolve

    config = load_config(args.config)
    payload: dict = {"text": args.text}
    if args.now:
        payload["now"] = args.now
    if (args.lat is None) != (args.lon is None):
        print("autoglm-gw: give both --lat and --lon", file=sys.stderr)
        return 2
    if args.lat is not None:
        payload["location"] = {"lat": args.lat, "lon": args.lon}
    from zoneinfo import ZoneInfo

    from .api.decoding import BodyDecoder

    runtime = load_runtime(config.engine)
    runtime.start()
    try:
        req = BodyDecoder(ParseRequest).decode(msgspec.json.encode(payload))
        now = request_now(req.now, ZoneInfo(config.server.timezone))
        result = asyncio.run(Parser(runtime).parse(req.text))
    except ApiError as exc:
        print(msgspec.json.encode(exc.body()).decode(), file=sys.stderr)
        return 1
    finally:
        runtime.stop()
    location = (req.location.lat, req.location.lon) if req.location else None
    resolved = resolve(result.parse, now, location)
    out = ParseResponse(result.parse.intent, slots_out(result.parse, resolved), req.text, False)
    sys.stdout.write(msgspec.json.encode(out).decode() + "\n")
    return 0


def _cmd_bench_engine(args: argparse.Namespace) -> int:
    import msgspec

    from .bench import engine_bench

    config = load_config(args.config)
    batches = args.batches
    engine_cfg = config.engine
    if args.overload and not engine_cfg.latency_target_ms:
        # without a target the queue bound is the only limit: 3x overload would only queue
        engine_cfg = msgspec.structs.replace(
            engine_cfg, latency_target_ms=engine_bench.OVERLOAD_TARGET_MS
        )
    try:
        rows, engine = engine_bench.run(
            engine_cfg,
            batches=batches,
            per_batch=args.requests,
            rate=args.rate,
            seconds=args.seconds,
            overload=args.overload,
        )
    except ValueError as exc:
        print(f"autoglm-gw: {exc}", file=sys.stderr)
        return 2
    print(engine_bench.render(rows, args.json, engine))
    return 0


def _cmd_bench_http(args: argparse.Namespace) -> int:
    import json

    import uvloop

    from .bench.http_load import run_load, run_open_loop_rust
    from .bench.traces import bodies

    args.url = _parse_url(args.url)
    distinct, body = bodies(args.trace, args.texts)
    headers = [("Cache-Control", "no-cache")] if args.no_cache else []
    common = {"rate": args.rate, "duration": args.duration, "headers": headers}
    if args.client == "rust":
        if not args.rate:
            print("autoglm-gw: --client rust is open loop: give --rate", file=sys.stderr)
            return 2
        result = run_open_loop_rust(args.url, body, connections=args.concurrency, **common)
    else:
        result = uvloop.run(
            run_load(args.url, body, concurrency=args.concurrency, track_header="x-cache", **common)
        )
    summary = result.summary() | {"trace": args.trace, "distinct_texts": distinct}
    # The Rust client reads statuses only: null there, not an empty count of cache outcomes.
    summary["x_cache"] = None if args.client == "rust" else dict(result.headers_seen)
    if args.json:
        print(json.dumps(summary, indent=2))
    else:
        print(
            f"{summary['ok']} ok of {summary['sent']} in {result.duration:.1f}s: "
            f"{summary['rps']:.0f} req/s, p50 {_ms(summary['p50_ms'])}, "
            f"p99 {_ms(summary['p99_ms'])}, errors {summary['error_rate']:.2%} "
            f"(refused {summary['refused']}, refusal p99 {_ms(summary['refusal_p99_ms'])}) "
            f"{summary['statuses']} x-cache "
            f"{'not read by the rust client' if summary['x_cache'] is None else summary['x_cache']}"
            + (
                f", client lag p99 {_ms(summary['client_lag_p99_ms'])}"
                if "client_lag_p99_ms" in summary
                else ""
            )
        )
    if summary["sent"] and not summary["ok"]:
        print("autoglm-gw: no request succeeded", file=sys.stderr)
        return 1
    return 0


def _positive(kind):
    """An argparse type: a number above zero, refused with a usage error otherwise."""

    def parse(text: str):
        try:
            value = kind(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
        if not value > 0:
            raise argparse.ArgumentTypeError(f"must be above zero: {text!r}")
        return value

    parse.__name__ = kind.__name__
    return parse


def _batch_sizes(text: str) -> list[int]:
    """``--batches``: comma-separated batch sizes, each at least 1."""
    one = _positive(int)
    sizes = [one(b) for b in text.split(",") if b.strip()]
    if not sizes:
        raise argparse.ArgumentTypeError(f"expected batch sizes such as 1,8,64, got {text!r}")
    return sizes


def _ms(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f} ms"


def _parse_url(url: str) -> str:
    """``bench http --url``: a server's base URL means its POST /v1/parse."""
    from urllib.parse import urlsplit

    return url.rstrip("/") + "/v1/parse" if urlsplit(url).path in ("", "/") else url


def _cmd_config(args: argparse.Namespace) -> int:
    import msgspec

    from .proxy import check_proxy

    config = load_config(args.config)
    check_proxy(config)  # what serve would refuse is no valid configuration either
    shown = msgspec.to_builtins(config)
    for section, key in SECRET_SETTINGS:
        if shown[section].get(key) is not None:
            shown[section][key] = "***"
    for section, key in URL_SETTINGS:  # user:password@host
        if shown[section].get(key):
            shown[section][key] = _URL_PASSWORD.sub(r"\1***@", shown[section][key])
    sys.stdout.write(msgspec.json.format(msgspec.json.encode(shown)).decode() + "\n")
    return 0


# Settings `autoglm-gw config` never prints: secrets, and the passwords inside URLs.
SECRET_SETTINGS = (("cache", "purge_token"),)
URL_SETTINGS = (("db", "url"), ("cache", "redis_url"), ("booking", "url"))
_URL_PASSWORD = re.compile(r"^([a-z0-9+.-]+://[^:/@]*:)[^@]*@", re.IGNORECASE)


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    from .engine.backend import EngineUnavailableError

    try:
        return args.func(args)
    except (ConfigError, EngineUnavailableError) as exc:
        print(f"autoglm-gw: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
