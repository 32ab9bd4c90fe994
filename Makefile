# Everything a fresh machine needs: `make run` (dashboard) and `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install data run test bench bench-geo fuzz docs docs-images clean

$(STAMP): requirements.txt requirements-dev.txt pyproject.toml src/rallymap/extract/_scan.c
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

# Toponym resolution on GeoWebNews (a copy you download: the data/Geocoding folder of the public
# repository milangritta/Pragmatic-Guide-to-Geoparsing-Evaluation), population-only against joint.
GEOWEBNEWS ?= GeoWebNews/data/Geocoding
bench-geo: install
	$(BIN)/python -m rallymap.geobench $(GEOWEBNEWS)

# Many random inputs per format through read and extract, random corrections files and random query
# parameters of a shared link (make test tries 40 of each, deterministically).
FUZZ_EXAMPLES ?= 5000
fuzz: install
	RALLYMAP_FUZZ_EXAMPLES=$(FUZZ_EXAMPLES) $(BIN)/python -m pytest -q -p no:cacheprovider tests/test_fuzz.py \
		--hypothesis-show-statistics

# The documentation site in site/ (--strict: a broken link or a stale page fails).
docs: install
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict --quiet -d site

# Refresh docs/dashboard.png and docs/playback.gif from the real-browser tests.
docs-images: install
	RALLYMAP_DOCS_IMAGES=1 $(BIN)/python -m pytest -q -p no:cacheprovider tests/test_browser.py

clean:
	rm -rf $(VENV) site data/*.parquet data/*.csv data/build.json
