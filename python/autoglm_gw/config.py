"""The one typed place for configuration.

Sources, later wins: the defaults below, one TOML file (``--config``, else ``autoglm-gw.toml``
when present), then environment variables ``AUTOGLM_GW_<SECTION>_<KEY>``. Every value is checked
against these Structs, and an error names the offending key, value and where it came from.
"""

from __future__ import annotations

import json
import math
import os
import re
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Annotated, Any, Literal
from urllib.parse import parse_qs, urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import msgspec

ENV_PREFIX = "AUTOGLM_GW_"
# Set by the CLI so that every granian worker process rebuilds the same config.
CONFIG_FILE_ENV = "AUTOGLM_GW_CONFIG_FILE"
# prometheus_client's multiprocess directory. It must be set before prometheus_client is first
# imported in a process (the library reads it at import), so it lives here, not in metrics.py.
MULTIPROC_ENV = "PROMETHEUS_MULTIPROC_DIR"
DEFAULT_CONFIG_FILE = "autoglm-gw.toml"


class ConfigError(ValueError):
    """A bad configuration value; the message is one line naming the key."""


# URL schemes the database and the shared cache tier understand.
DB_SCHEMES = ("sqlite", "postgresql", "postgres")
REDIS_SCHEMES = ("redis", "rediss", "unix")


class _Section(msgspec.Struct, forbid_unknown_fields=True, kw_only=True):
    pass


def _m(description: str, **constraints: Any) -> msgspec.Meta:
    """Field metadata: the description lands in docs/configuration.md."""
    return msgspec.Meta(description=description, **constraints)


class ServerConfig(_Section):
    host: Annotated[str, _m("Address to bind.")] = "127.0.0.1"
    port: Annotated[int, _m("TCP port to bind.", ge=0, le=65535)] = 8080
    workers: Annotated[
        int, _m("granian worker processes; each loads its own engine.", ge=1, le=512)
    ] = 1
    grace_period_s: Annotated[
        float,
        _m(
            "On SIGTERM/SIGINT, how long running requests may take to finish before workers "
            "are killed (queued ones get 503 at once); granian counts whole seconds, so it is "
            "rounded, to at least 1.",
            ge=0,
            le=3600,
        ),
    ] = 10.0
    respawn_failed_workers: Annotated[
        bool,
        _m(
            "Start a new worker in place of one that died (killed, out of memory) while the others "
            "go on serving; off, one worker's death stops the whole server. A worker that dies "
            "again within about 5 s of its restart stops the server (granian's crash-loop guard)."
        ),
    ] = True
    log_level: Annotated[Literal["debug", "info", "warning", "error"], _m("Log level.")] = "info"
    log_json: Annotated[bool, _m("Log one JSON object per line instead of text.")] = False
    access_log: Annotated[
        bool,
        _m(
            "Log every request, one line each to stdout; refusals under load (429/503 with "
            "Retry-After) are summed into one line a second instead."
        ),
    ] = True
    body_timeout_s: Annotated[
        float,
        _m(
            "How long a request body may take to arrive once its headers are in; then 408 and the "
            "connection closes (granian itself waits for a body indefinitely).",
            gt=0,
            le=3600,
        ),
    ] = 30.0
    max_body_bytes: Annotated[
        int,
        _m(
            "Largest request body; larger ones get 413 payload_too_large.",
            ge=1024,
            le=64 * 1024 * 1024,
        ),
    ] = 64 * 1024
    max_connections: Annotated[
        int,
        _m(
            "Client connections each worker holds open at once (granian's backpressure); idle "
            "ones count too, and granian closes none that never sent a byte, so a low budget "
            "lets a client that opens many take the server off the air. The server raises its "
            "open-file limit to fit, and lowers this where the hard limit is lower.",
            ge=16,
            le=1_000_000,
        ),
    ] = 16384
    timezone: Annotated[
        str,
        _m(
            "IANA zone in which said times are read (the stores' wall clock): the server's "
            "clock in it when a request has no `now`, and a request's `now` converted to it "
            "(明天下午三点 is 15:00 of this zone's tomorrow, whatever offset `now` was sent in). "
            "Keep the demo stores' Asia/Shanghai unless the stores are elsewhere."
        ),
    ] = "Asia/Shanghai"
    debug_endpoints: Annotated[
        bool,
        _m(
            "Serve drill routes such as /debug/sleep?ms=N (for shutdown drills); off in production."
        ),
    ] = False

    def __post_init__(self) -> None:
        try:
            ZoneInfo(self.timezone)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError("timezone: no such IANA time zone") from None


class EngineConfig(_Section):
    backend: Annotated[
        Literal["onnx", "tensorrt", "torch-cuda"],
        _m("onnx (CPU, default), tensorrt or torch-cuda (GPU)."),
    ] = "onnx"
    model_dir: Annotated[str, _m("Directory of the model artifacts (config, tokenizer, ONNX).")] = (
        "engines/model"
    )
    precision: Annotated[
        Literal["fp32", "int8", "fp16"],
        _m(
            "The ONNX model the onnx backend loads: int8 or fp32 (it refuses fp16, for which no "
            "CPU model ships). torch-cuda always runs the fp32 weights, and tensorrt the "
            "precision its plan was built with (make trt: fp16, int8 where the API allows)."
        ),
    ] = "int8"
    intra_op_threads: Annotated[
        int,
        _m(
            "ONNX Runtime intra-op threads per worker; 0 picks the worker's share of the cores "
            "(the CPU affinity, capped by a container's CPU quota, divided by server.workers, at "
            "least 1), so that workers do not oversubscribe the cores.",
            ge=0,
            le=1024,
        ),
    ] = 0
    max_batch_size: Annotated[
        int, _m("Most sequences decoded together in one step.", ge=1, le=4096)
    ] = 64
    max_step_tokens: Annotated[
        int, _m("Token budget of one engine step (prompt tokens admitted).", ge=1)
    ] = 4096
    batch_timeout_micros: Annotated[
        int,
        _m(
            "How long a lone request waits for company when the engine is idle.",
            ge=0,
            le=10_000_000,
        ),
    ] = 2000
    prefill_split_tokens: Annotated[
        int,
        _m(
            "What one more model call costs, in padded prompt tokens: admitted prompts are "
            "prefilled in several calls of similar length when that saves more padding than "
            "this. 0 splits wherever lengths differ; a large value means one call per step.",
            ge=0,
        ),
    ] = 48
    span_check: Annotated[
        bool,
        _m(
            "Decode time spans only where the time resolver reads the whole span (the model's "
            "next best anchor otherwise), never overlap two slots' spans, and apply the rules of "
            'docs/model.md ("Span check"): intents an utterance cannot carry, and a command '
            "for the car beside the request left unread. Off: the model's greedy choice under "
            "the output grammar alone."
        ),
    ] = True
    intent_prior_weight: Annotated[
        float,
        _m(
            "Weight of the lexical intent prior (intent_prior.npz in the model directory, "
            "n-grams) beside the GLM when the intent is chosen: its log-probabilities, times "
            "this, are added to the GLM's intent logits. 0 reads intents from the GLM alone; a "
            "model directory without the file is read so too (with a warning at start-up).",
            ge=0,
            le=100,
        ),
    ] = 4.0
    overlap: Annotated[
        Literal["auto", "on", "off"],
        _m(
            "onnx: run a step's model calls on a second thread, so ONNX Runtime computes one "
            "call while the engine thread picks the tokens of the call before it (large batches "
            "decode in two halves for it). It pays only with a core to spare: auto turns it on "
            "when a worker's share of the cores exceeds its intra-op threads."
        ),
    ] = "auto"
    gpu_streams: Annotated[
        int,
        _m(
            "torch-cuda: CUDA streams a step's rows are split over (the host enqueues one chunk "
            "while the GPU runs another). One is fastest for the shipped model, whose steps are "
            "bound by kernel launches. TensorRT takes its count from the plan's contexts.",
            ge=1,
            le=64,
        ),
    ] = 1
    cuda_graphs: Annotated[
        bool,
        _m(
            "torch-cuda: capture decode-shaped steps as CUDA graphs on their second use and "
            "replay them, instead of launching each kernel from Python."
        ),
    ] = True
    max_queue: Annotated[int, _m("Queued requests beyond this are refused with 429.", ge=1)] = 1024
    latency_target_ms: Annotated[
        float,
        _m(
            "Adaptive admission: when > 0, the requests a worker lets into the engine adapt so "
            "that the 95th percentile of engine latency stays under this; the excess gets 429 at "
            "once. 0 keeps only the max_queue bound.",
            ge=0,
        ),
    ] = 0.0
    request_timeout_s: Annotated[
        float,
        _m("A request still queued after this long gets 503 with Retry-After.", gt=0, le=3600),
    ] = 5.0


class DbConfig(_Section):
    url: Annotated[
        str, _m("sqlite:///PATH (default, WAL mode) or postgresql://user@host:port/db.")
    ] = "sqlite:///var/autoglm-gw.db"

    def __post_init__(self) -> None:
        scheme = self.url.partition("://")[0]
        if scheme not in DB_SCHEMES:
            raise ValueError(f"url: the scheme must be one of {', '.join(DB_SCHEMES)}")


class BookingConfig(_Section):
    backend: Annotated[
        Literal["local", "http"],
        _m("local: the database above; http: an existing booking service."),
    ] = "local"
    url: Annotated[str | None, _m("Base URL of the existing booking service (backend = http).")] = (
        None
    )
    timeout_s: Annotated[float, _m("Timeout of one call to the booking service.", gt=0)] = 5.0
    retries: Annotated[
        int, _m("Retries of a failed call, with the same idempotency key.", ge=0, le=10)
    ] = 2
    trust_client_now: Annotated[
        bool,
        _m(
            "Whether a request's `now` is also the time the booking rules count from (no slot"
            " before it, none more than a year after it). False: it still resolves the text's"
            " times, but bookings and reschedules are checked against the server's clock, so a"
            " client cannot book the past by sending an old `now`."
        ),
    ] = True

    def __post_init__(self) -> None:
        if self.backend == "http" and not self.url:
            raise ValueError("url: backend 'http' needs the base URL of the booking service")
        if self.url:  # checked here, not in the worker: a bad one stops start-up in one line
            try:
                parts = urlsplit(self.url)  # raises on a broken IPv6 host ("http://[::1")
            except ValueError:
                parts = None
            if parts is None or parts.scheme not in ("http", "https") or not parts.hostname:
                raise ValueError("url: must be http(s)://host[:port][/prefix]")
            _check_port("url", parts)


# The longest cache TTL (ten years): Redis takes it in milliseconds as a 64-bit integer.
MAX_CACHE_TTL_S = 10 * 365 * 24 * 3600.0


class CacheConfig(_Section):
    enabled: Annotated[
        bool, _m("Cache what the model produced for an utterance, keyed on the text as read.")
    ] = True
    max_bytes: Annotated[int, _m("Bytes held by the in-process cache tier.", ge=0)] = (
        64 * 1024 * 1024
    )
    # (bounded: Redis refuses a TTL past a 64-bit millisecond count, and an infinite one was
    # dropped without a word: an audit)
    ttl_s: Annotated[
        float, _m("Time to live of a cache entry (at most ten years).", gt=0, le=MAX_CACHE_TTL_S)
    ] = 3600.0
    redis_url: Annotated[
        str | None, _m("redis://host:port/db of the shared tier; unset keeps it off.")
    ] = None
    purge_token: Annotated[
        str | None, _m("Bearer token of the purge endpoint; purging is refused while unset.")
    ] = None

    def __post_init__(self) -> None:
        if self.redis_url is None:
            return
        if self.redis_url.partition("://")[0] not in REDIS_SCHEMES:
            raise ValueError(f"redis_url: the scheme must be one of {', '.join(REDIS_SCHEMES)}")
        _check_redis_url(self.redis_url)


def _check_port(key: str, parts) -> None:
    """A URL's port, when it gives one, is 1 to 65535 (``urlsplit`` raises on one that is no
    number or out of range only when asked for it)."""
    try:
        ok = parts.port is None or parts.port > 0
    except ValueError:
        ok = False
    if not ok:
        raise ValueError(f"{key}: the port must be a number from 1 to 65535")


def _check_redis_url(url: str) -> None:
    """What the Redis client would otherwise refuse only as a worker starts, with a traceback
    (an audit): a port that is no number or out of range, a database that is no number, and
    timeouts in the query that are no positive number."""
    parts = urlsplit(url)
    _check_port("redis_url", parts)
    if parts.scheme != "unix":
        db = parts.path.strip("/")
        if db and not db.isdigit():
            raise ValueError(f"redis_url: the database must be a number, not {db!r}")
    redis_url_numbers(url, ("socket_timeout", "socket_connect_timeout", "db"))


def redis_url_numbers(url: str, keys: tuple[str, ...]) -> dict[str, float]:
    """The numbers a Redis URL's query gives for ``keys`` (the last of each, as redis-py
    reads them); ValueError naming the key for one that is no finite number ≥ 0. The cache's
    Redis tier reads its timeouts through here too."""
    out = {}
    for key, values in parse_qs(urlsplit(url).query).items():
        if key not in keys:
            continue
        try:
            number = float(values[-1])
        except ValueError:
            number = math.nan
        if not (number >= 0 and math.isfinite(number)):
            raise ValueError(f"redis_url: {key} must be a number, not {values[-1]!r}")
        out[key] = number
    return out


class ProxyConfig(_Section):
    max_body_bytes: Annotated[
        int,
        _m(
            "Largest request body the reverse proxy forwards (it holds a body whole so that a "
            "retry can send it again); larger ones get 413 payload_too_large. The gateway's own "
            "paths keep server.max_body_bytes.",
            ge=1024,
            le=1024 * 1024 * 1024,
        ),
    ] = 8 * 1024 * 1024
    routes: Annotated[
        list[dict[str, Any]],
        _m("[[proxy.routes]] tables: prefix, upstream, strip_prefix, timeout, host."),
    ] = msgspec.field(default_factory=list)
    upstreams: Annotated[
        dict[str, dict[str, Any]],
        _m("[proxy.upstreams.NAME] tables: policy, servers, health settings."),
    ] = msgspec.field(default_factory=dict)


class Config(_Section):
    server: ServerConfig = msgspec.field(default_factory=ServerConfig)
    engine: EngineConfig = msgspec.field(default_factory=EngineConfig)
    db: DbConfig = msgspec.field(default_factory=DbConfig)
    booking: BookingConfig = msgspec.field(default_factory=BookingConfig)
    cache: CacheConfig = msgspec.field(default_factory=CacheConfig)
    proxy: ProxyConfig = msgspec.field(default_factory=ProxyConfig)


SECTIONS: tuple[str, ...] = tuple(Config.__struct_fields__)


def _parse_env_value(raw: str) -> Any:
    """Env values are strings; lists and tables may be given as JSON."""
    stripped = raw.strip()
    if stripped[:1] in "[{":
        try:
            return json.loads(stripped)
        except json.JSONDecodeError:
            return raw
    if stripped.lower() in ("", "none", "null"):
        return None
    return raw


def _env_overrides(environ: Mapping[str, str]) -> dict[str, dict[str, tuple[Any, str]]]:
    """Collects AUTOGLM_GW_<SECTION>_<KEY> variables as {section: {key: (value, var)}}."""
    out: dict[str, dict[str, tuple[Any, str]]] = {}
    for var, raw in environ.items():
        if not var.startswith(ENV_PREFIX) or var == CONFIG_FILE_ENV:
            continue
        rest = var[len(ENV_PREFIX) :].lower()
        section, _, key = rest.partition("_")
        if section not in SECTIONS or not key:
            raise ConfigError(
                f"{var}: unknown configuration section {section!r} "
                f"(sections: {', '.join(SECTIONS)})"
            )
        fields = _SECTION_TYPES[section].__struct_fields__
        if key not in fields:
            raise ConfigError(f"{var}: unknown key {section}.{key} (keys: {', '.join(fields)})")
        out.setdefault(section, {})[key] = (_parse_env_value(raw), var)
    return out


_SECTION_TYPES: dict[str, type[msgspec.Struct]] = {
    "server": ServerConfig,
    "engine": EngineConfig,
    "db": DbConfig,
    "booking": BookingConfig,
    "cache": CacheConfig,
    "proxy": ProxyConfig,
}

_PATH_RE = re.compile(r"at `\$\.([a-z_]+)\.([a-z_]+)")
# A section's own check (__post_init__) reports "key: reason" at the section's path.
_SECTION_CHECK_RE = re.compile(r"^([a-z_]+): (.*) - at `\$\.([a-z_]+)`$")
_UNKNOWN_RE = re.compile(r"unknown field `([^`]+)` - at `\$\.([a-z_]+)`")


def load_config(
    path: str | os.PathLike[str] | None = None,
    environ: Mapping[str, str] | None = None,
    overrides: Mapping[str, tuple[Any, str]] | None = None,
) -> Config:
    """Builds the Config from defaults, an optional TOML file, the environment, then
    ``overrides`` ({"section.key": (value, origin)}, e.g. command-line flags), later winning."""
    env = os.environ if environ is None else environ
    file = path or env.get(CONFIG_FILE_ENV)
    if file is None and Path(DEFAULT_CONFIG_FILE).is_file():
        file = DEFAULT_CONFIG_FILE
    data: dict[str, Any] = {}
    origin: dict[tuple[str, str], str] = {}
    if file is not None:
        try:
            data = tomllib.loads(Path(file).read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise ConfigError(f"config file {file}: not found") from None
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"config file {file}: invalid TOML: {exc}") from None
        except UnicodeDecodeError:
            raise ConfigError(f"config file {file}: not UTF-8 text") from None
        except OSError as exc:  # a directory, no permission
            raise ConfigError(f"config file {file}: {exc.strerror or exc}") from None
        for section, table in data.items():
            if section not in SECTIONS:
                raise ConfigError(f"{file}: unknown section [{section}]")
            if not isinstance(table, dict):
                raise ConfigError(f"{file}: [{section}] must be a table")
            for key in table:
                origin[(section, key)] = str(file)
    for section, keys in _env_overrides(env).items():
        table = data.setdefault(section, {})
        for key, (value, var) in keys.items():
            table[key] = value
            origin[(section, key)] = var
    for dotted, (value, source) in (overrides or {}).items():
        section, _, key = dotted.partition(".")
        data.setdefault(section, {})[key] = value
        origin[(section, key)] = source
    try:
        # strict=False lets env strings such as "8080" or "true" become int/bool.
        return msgspec.convert(data, Config, strict=False)
    except msgspec.ValidationError as exc:
        raise ConfigError(_describe(exc, data, origin)) from None


def _describe(
    exc: msgspec.ValidationError, data: dict[str, Any], origin: dict[tuple[str, str], str]
) -> str:
    msg = str(exc)
    check = _SECTION_CHECK_RE.match(msg)
    if check is not None:
        key, reason, section = check.groups()
        value = data.get(section, {}).get(key, getattr(_SECTION_TYPES[section](), key, None))
        source = origin.get((section, key), "defaults")
        return f"invalid configuration: {section}.{key} = {value!r} (from {source}): {reason}"
    unknown = _UNKNOWN_RE.search(msg)
    if unknown is not None:
        key, section = unknown.groups()
        source = origin.get((section, key), "defaults")
        return f"invalid configuration: {section}.{key} (from {source}): no such setting"
    match = _PATH_RE.search(msg)
    if match is None:
        return f"invalid configuration: {msg.split(' - at ')[0]}"
    section, key = match.groups()
    value = data.get(section, {}).get(key, "<missing>")
    source = origin.get((section, key), "defaults")
    reason = msg.split(" - at ")[0]
    choices = _choices(section, key)
    if choices and reason.startswith("Invalid enum value"):
        reason += f" (one of: {', '.join(choices)})"
    return f"invalid configuration: {section}.{key} = {value!r} (from {source}): {reason}"


def _choices(section: str, key: str) -> list[str]:
    """The values a Literal setting takes, for the error that names a wrong one."""
    struct = _SECTION_TYPES.get(section)
    if struct is None:
        return []
    for field in msgspec.inspect.type_info(struct).fields:
        if field.name == key:
            ftype = field.type
            if isinstance(ftype, msgspec.inspect.Metadata):
                ftype = ftype.type
            if isinstance(ftype, msgspec.inspect.LiteralType):
                return [str(v) for v in ftype.values]
    return []


def reference_rows() -> list[tuple[str, str, str, str, str, str]]:
    """(section, key, type, default, env var, description) for every setting (docs come from it)."""
    rows = []
    defaults = Config()
    for section in SECTIONS:
        struct = _SECTION_TYPES[section]
        info = msgspec.inspect.type_info(struct)
        sec_default = getattr(defaults, section)
        for field in info.fields:
            default = getattr(sec_default, field.name)
            ftype = field.type
            description = ""
            if isinstance(ftype, msgspec.inspect.Metadata):
                description = (ftype.extra_json_schema or {}).get("description", "")
                ftype = ftype.type
            type_name = _type_name(ftype)
            rows.append(
                (
                    section,
                    field.name,
                    type_name,
                    json.dumps(default, ensure_ascii=False),
                    f"{ENV_PREFIX}{section.upper()}_{field.name.upper()}",
                    description,
                )
            )
    return rows


def _type_name(t: msgspec.inspect.Type) -> str:
    ti = msgspec.inspect
    if isinstance(t, ti.Metadata):
        return _type_name(t.type)
    if isinstance(t, ti.UnionType):
        return " | ".join(_type_name(x) for x in t.types)
    if isinstance(t, ti.LiteralType):
        return " | ".join(json.dumps(v) for v in t.values)
    if isinstance(t, ti.ListType):
        return f"list[{_type_name(t.item_type)}]"
    if isinstance(t, ti.DictType):
        return f"table[{_type_name(t.key_type)}, {_type_name(t.value_type)}]"
    if isinstance(t, (ti.IntType, ti.FloatType)):
        # The limits a value must keep (a bad one stops start-up): "int (≥ 1, ≤ 512)".
        limits = [
            f"{sign} {bound}"
            for sign, bound in (("≥", t.ge), (">", t.gt), ("≤", t.le), ("<", t.lt))
            if bound is not None
        ]
        name = "int" if isinstance(t, ti.IntType) else "float"
        return f"{name} ({', '.join(limits)})" if limits else name
    return {
        ti.BoolType: "bool",
        ti.StrType: "str",
        ti.NoneType: "none",
        ti.AnyType: "any",
    }.get(type(t), type(t).__name__)
