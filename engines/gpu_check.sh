#!/usr/bin/env bash
# The GPU check, in two halves, for a lent GPU machine whose Python (3.12 there) differs from
# this one's and which cannot fetch packages:
#   engines/gpu_check.sh prepare   here: the extension built as abi3, and cp312 wheels of the
#                                  serving dependencies the GPU image lacks, into .gpu/
#   engines/gpu_check.sh run       there (.gpu/ carried): the GPU and engine tests, the gateway
#                                  served on torch-cuda under load, and both engines' bench,
#                                  closed loop and under 3x overload, then `parity`
#   engines/gpu_check.sh parity    there: torch-cuda against the CPU engine (fp32) on every
#                                  end-to-end utterance (engines/pipeline/engine_parity.py)
# Timings from `run` compare only within one run: each lent machine's CPUs set the level.
set -uo pipefail
cd "$(dirname "$0")/.."
BUNDLE=.gpu
# Serving dependencies that the GPU image does not hold (it has numpy, onnxruntime, tokenizers,
# uvloop, torch, cuda-python, pytest and httpx); pinned as in pyproject.toml.
CARRIED=(granian msgspec asyncpg redis prometheus_client opencc-python-reimplemented)

prepare() {
  local py=.venv/bin/python
  [ -x "$py" ] || { echo "gpu_check: run 'make setup-test' first" >&2; exit 2; }
  rm -rf "$BUNDLE" && mkdir -p "$BUNDLE/wheels"
  .venv/bin/maturin build --release --features pyo3/abi3-py311 --out "$BUNDLE" || exit 1
  unzip -o -j -q "$BUNDLE"/autoglm_gw-*.whl 'autoglm_gw/_core*.so' -d "$BUNDLE" || exit 1
  local pins
  pins=$("$py" -c 'import sys,tomllib
want={n.lower().replace("_","-") for n in sys.argv[1:]}
deps=tomllib.load(open("pyproject.toml","rb"))["project"]["dependencies"]
print(" ".join(d for d in deps if d.split("==")[0].lower().replace("_","-") in want))' "${CARRIED[@]}")
  "$py" -m pip download -q --only-binary=:all: --no-deps --implementation cp \
    --python-version 3.12 --platform manylinux_2_28_x86_64 --platform manylinux_2_17_x86_64 \
    --platform manylinux2014_x86_64 -d "$BUNDLE/wheels" $pins || exit 1
  ls "$BUNDLE" "$BUNDLE/wheels"
  echo "gpu_check: bundle ready; on the GPU machine run engines/gpu_check.sh run with $BUNDLE carried"
}

install() {
  [ -f "$BUNDLE/_core.abi3.so" ] || { echo "gpu_check: no $BUNDLE bundle; run 'prepare' here first" >&2; exit 2; }
  nvidia-smi --query-gpu=name,driver_version,memory.total --format=csv,noheader
  python3 -c 'import sys,torch,onnxruntime;print(sys.version.split()[0],torch.__version__,onnxruntime.__version__)'
  python3 -m pip install -q --no-index --no-deps "$BUNDLE"/wheels/*.whl 2>&1 | tail -2
  cp "$BUNDLE/_core.abi3.so" python/autoglm_gw/
  export PYTHONPATH=$PWD:$PWD/python
}

parity() {
  echo "=== torch-cuda against the CPU engine on every end-to-end utterance"
  timeout 240 python3 -m engines.pipeline.engine_parity --backend torch-cuda
}

run() {
  local t0 port=18800 sp
  t0=$(date +%s)
  install
  echo "=== tests ($(( $(date +%s) - t0 )) s)"
  timeout 200 python3 -m pytest -q -p no:cacheprovider tests/engine/test_cuda_memory.py \
    tests/engine/test_gpu_backends.py tests/engine/test_cuda_graph_shapes.py \
    tests/engine/test_runtime.py tests/engine/test_bench_tools.py 2>&1 | tail -15
  echo "=== served on torch-cuda ($(( $(date +%s) - t0 )) s)"
  AUTOGLM_GW_ENGINE_BACKEND=torch-cuda AUTOGLM_GW_DB_URL=sqlite:////tmp/gpu_check.db \
    AUTOGLM_GW_SERVER_ACCESS_LOG=false python3 -m autoglm_gw.cli serve --port "$port" \
    >/tmp/gpu_check_serve.log 2>&1 &
  sp=$!
  for _ in $(seq 1 120); do curl -sf "localhost:$port/readyz" >/dev/null && break; sleep 0.5; done
  curl -s "localhost:$port/readyz"; echo
  curl -s -XPOST "localhost:$port/v1/parse" -H 'content-type: application/json' \
    -d '{"text":"明天下午三点在国贸店洗车"}'; echo
  timeout 40 python3 -m autoglm_gw.cli bench http --url "http://127.0.0.1:$port" --rate 600 \
    --duration 10 --trace unique --no-cache --client rust 2>&1 | tail -12
  curl -s "localhost:$port/metrics" | grep -E '^autoglm_gw_(gpu_|pool_|engine_(cuda|eager))'
  kill "$sp"; wait "$sp" 2>/dev/null
  echo "=== bench engine, torch-cuda then ONNX Runtime ($(( $(date +%s) - t0 )) s)"
  AUTOGLM_GW_ENGINE_BACKEND=torch-cuda timeout 120 python3 -m autoglm_gw.cli bench engine \
    --batches 1,8,32,64 --requests 512 2>&1 | tail -8
  timeout 90 python3 -m autoglm_gw.cli bench engine --batches 1,8,32,64 --requests 512 2>&1 | tail -8
  echo "=== bench engine --overload 3, torch-cuda then ONNX Runtime ($(( $(date +%s) - t0 )) s)"
  AUTOGLM_GW_ENGINE_BACKEND=torch-cuda timeout 90 python3 -m autoglm_gw.cli bench engine \
    --batches 64 --requests 1500 --seconds 6 --overload 3 2>&1 | tail -8
  timeout 90 python3 -m autoglm_gw.cli bench engine --batches 64 --requests 1500 --seconds 6 \
    --overload 3 2>&1 | tail -8
  parity
  echo "=== done ($(( $(date +%s) - t0 )) s)"
}

case "${1:-}" in
  prepare) prepare ;;
  run) run ;;
  parity) install && parity ;;
  *) echo "usage: engines/gpu_check.sh prepare|run|parity" >&2; exit 2 ;;
esac
