# Two commands for a new user: `make demo` and `make test`. Everything else is optional.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: demo test install bench clean

$(BIN)/policy-archive: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

install: $(BIN)/policy-archive

demo: install  ## crawl the offline demo web, edit a policy, crawl again, show history and diff
	$(BIN)/policy-archive demo

test: install  ## the whole suite (what CI runs)
	$(BIN)/python -m pytest

bench: install  ## benchmarks/RESULTS.md
	$(BIN)/python benchmarks/run.py

clean:
	rm -rf $(VENV) demo.db demo.db-* test-artifacts .pytest_cache
