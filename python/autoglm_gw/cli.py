"""`autoglm-gw`: the command line."""

from __future__ import annotations

import argparse
import sys

from .config import ConfigError, load_config


def _cmd_serve(args: argparse.Namespace) -> int:
    from .server import serve

    config = load_config(args.config)
    overrides = {
        "host": args.host,
        "port": args.port,
        "workers": args.workers,
    }
    server = config.server
    import msgspec

    changed = {k: v for k, v in overrides.items() if v is not None}
    if changed:
        merged = msgspec.structs.replace(server, **changed)
        # Re-validate the CLI values through the same typed path as file and env values.
        config = msgspec.convert(
            msgspec.to_builtins(msgspec.structs.replace(config, server=merged)),
            type(config),
        )
    serve(config, args.config)
    return 0


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
    serve.add_argument("--config", metavar="FILE", help="TOML config (default: autoglm-gw.toml)")
    serve.add_argument("--host", help="address to bind (server.host)")
    serve.add_argument("--port", type=int, help="port to bind (server.port)")
    serve.add_argument("--workers", type=int, help="worker processes (server.workers)")
    serve.set_defaults(func=_cmd_serve)

    config = sub.add_parser(
        "config",
        help="print the effective configuration as TOML-like JSON",
        description="Validate and print the effective configuration (defaults, file, env).",
    )
    config.add_argument("--config", metavar="FILE", help="TOML config (default: autoglm-gw.toml)")
    config.set_defaults(func=_cmd_config)
    return parser


def _cmd_config(args: argparse.Namespace) -> int:
    import msgspec

    config = load_config(args.config)
    sys.stdout.write(msgspec.json.format(msgspec.json.encode(config)).decode() + "\n")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except ConfigError as exc:
        print(f"autoglm-gw: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
