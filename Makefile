# Two commands for a new user: `make demo` and `make test`. Everything else is optional.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: demo test install bench clean

# a stamp of its own, not bin/policy-archive: a .venv made by hand with `pip install -e .` has the command but
# not the test extras, and `make test` must install them rather than fail on a missing pytest
STAMP := $(VENV)/.installed-test

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

install: $(STAMP)

demo: install  ## crawl the offline demo web, edit a policy, crawl again, show history and diff
	$(BIN)/policy-archive demo

test: install  ## the whole suite (what CI runs)
	$(BIN)/python -m pytest

bench: install  ## benchmarks/RESULTS.md
	$(BIN)/python benchmarks/run.py

clean:
	rm -rf $(VENV) demo.db demo.db-* test-artifacts .pytest_cache
