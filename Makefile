# autoglm-gw: `make run` serves, `make test` checks everything. Both set up what is missing first
# (virtualenv, Python dependencies, the Rust extension) and skip steps that are already done.

PYTHON_BOOTSTRAP ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(PY) -m pip --disable-pip-version-check
STAMPS := .make
RUST_SOURCES := Cargo.toml $(wildcard Cargo.lock) $(shell find rust -name '*.rs' 2>/dev/null)
# PyO3 builds against the virtualenv's interpreter, for `cargo test` as well as maturin.
export PYO3_PYTHON := $(abspath $(PY))

.PHONY: run test bench setup setup-test lint rust-test py-test model trt docs clean help

help:
	@echo "make run    - set up and serve on 127.0.0.1:8080 with the embedded defaults"
	@echo "make test   - set up, then run every check and test suite (Rust and Python)"
	@echo "make setup  - create .venv, install the serving dependencies and build the extension"
	@echo "make setup-test - install the test and tool dependencies only (load tests, training)"
	@echo "make lint   - cargo fmt and clippy, ruff, and the generated configuration docs"
	@echo "make rust-test / make py-test - one half of make test"
	@echo "make bench  - the gateway against vanilla serving, side by side (loadtest/out/report.*)"
	@echo "make model  - retrain the shipped model from scratch (CPU, < 20 min)"
	@echo "make trt    - build a TensorRT plan from the shipped ONNX (GPU machine with TensorRT 10)"
	@echo "make docs   - regenerate docs/configuration.md from the config types"
	@echo "make clean  - remove the build stamps, target/ and the built extension (not .venv)"

$(PY):
	$(PYTHON_BOOTSTRAP) -m venv $(VENV)
	$(PIP) install -q --upgrade pip

$(STAMPS)/deps: pyproject.toml | $(PY)
	@mkdir -p $(STAMPS)
	$(PIP) install -q "maturin>=1.9,<2"
	$(PIP) install -q $$($(PY) -c 'import tomllib;d=tomllib.load(open("pyproject.toml","rb"));print(" ".join(d["project"]["dependencies"]))')
	@touch $@

$(STAMPS)/deps-test: pyproject.toml $(STAMPS)/deps
	$(PIP) install -q $$($(PY) -c 'import tomllib;d=tomllib.load(open("pyproject.toml","rb"));o=d["project"]["optional-dependencies"];print(" ".join(o["dev"]+o["train"]))')
	@touch $@

$(STAMPS)/ext: $(RUST_SOURCES) pyproject.toml $(STAMPS)/deps
	$(VENV)/bin/maturin develop --release
	@touch $@

setup: $(STAMPS)/ext

setup-test: $(STAMPS)/ext $(STAMPS)/deps-test

run: setup
	$(VENV)/bin/autoglm-gw serve

# BENCH_ARGS: options of loadtest/compare.py, e.g. BENCH_ARGS="--workers 2 --slo-ms 200".
bench: setup
	$(PY) -m loadtest.compare $(BENCH_ARGS)

lint: setup-test
	cargo fmt --check
	cargo clippy --all-targets -- -D warnings
	$(VENV)/bin/ruff check .
	$(PY) -m autoglm_gw.docs_gen --check

rust-test: setup-test
	cargo test

py-test: setup-test
	$(PY) -m pytest

test: lint rust-test py-test

# Retrains the shipped model from scratch (deterministic for the seed), exports ONNX fp32/int8
# into engines/model/ and writes the evaluation report there.
model: setup-test
	$(PY) -m engines.pipeline.train

# Builds a TensorRT 10 plan from the shipped ONNX (needs tensorrt and a CUDA GPU; refuses
# clearly without them). The tensorrt backend reads engines/model/model.plan.
trt: setup-test
	$(PY) -m engines.pipeline.build_trt --onnx engines/model/model.onnx --out engines/model/model.plan

docs: setup
	$(PY) -m autoglm_gw.docs_gen --write

clean:
	rm -rf $(STAMPS) target python/autoglm_gw/*.so
