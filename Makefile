# The two commands of the README: `make run` (set up, then extract the bundled samples into
# ./tidings.db) and `make test` (set up with the dev extras, then lint and test).
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
DB     ?= tidings.db

.PHONY: run test install dev lint eval bench clean

$(VENV)/.installed: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e .
	touch $@

$(VENV)/.dev: $(VENV)/.installed
	$(BIN)/python -m pip install -q -e '.[dev,ray]'
	touch $@

install: $(VENV)/.installed

dev: $(VENV)/.dev

run: install
	$(BIN)/tidings run samples --db $(DB)

lint: dev
	$(BIN)/ruff check src tests $(wildcard eval bench)

test: lint
	$(BIN)/pytest

eval: install
	$(BIN)/python -m eval.run_all

bench: install
	$(BIN)/python -m bench.run_all

clean:
	rm -rf $(VENV) .pytest_cache tidings.db tidings.db-wal tidings.db-shm
