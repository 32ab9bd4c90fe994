# Everything a fresh machine needs: `make run` (dashboard) and `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install data run test bench clean

$(STAMP): requirements.txt requirements-dev.txt pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.txt -r requirements-dev.txt
	$(BIN)/python -m pip install --quiet --no-deps -e .
	touch $(STAMP)

install: $(STAMP)

data/events.parquet: | $(STAMP)
	$(BIN)/rallymap build seeds --out data

data: data/events.parquet

run: install data
	$(BIN)/streamlit run dashboard.py

test: install
	$(BIN)/python -m pytest -q

bench: install
	$(BIN)/python -m rallymap.bench

clean:
	rm -rf $(VENV) data/*.parquet data/*.csv data/build.json
