# The development loop. `make check` is what to run before every commit.
PY ?= .venv/bin/python

.PHONY: venv check lint fmt typecheck test demo bench clean

venv:
	python3 -m venv .venv && .venv/bin/pip install -q -e '.[dev]'

lint:
	$(PY) -m ruff check kg tests bench

fmt:
	$(PY) -m ruff format kg tests bench

typecheck:
	$(PY) -m mypy kg

test:
	$(PY) -m pytest

check: lint
	$(PY) -m ruff format --check kg tests bench
	$(PY) -m mypy kg
	$(PY) -m pytest

demo:
	.venv/bin/kg build examples/daily_papers.txt --out kg-out

clean:
	rm -rf kg-out build dist .pytest_cache .mypy_cache .ruff_cache
