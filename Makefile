# The two commands the README starts with: `make run` and `make test`.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

export PATH := $(abspath $(BIN)):$(PATH)

.PHONY: run test setup browser clean-tables docs

$(STAMP): pyproject.toml requirements.lock
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -r requirements.lock
	$(BIN)/python -m pip install -q --no-deps -e '.[test]'
	touch $(STAMP)

setup: $(STAMP)

# The main job: dvc repro over seeds/ (params.yaml data.input), tables in data/tables/.
run: $(STAMP)
	$(BIN)/dvc repro report
	$(BIN)/python -c "import pyarrow.parquet as pq; t=pq.read_table('data/tables/documents.parquet'); print(t.select(['source','status','agency','published']).to_pandas().to_string())"

# Headless Chromium and a Persian font for the HTML report's browser test (skipped without them).
# Best effort: needs root and Debian's apt; a machine without them just skips that test.
browser:
	@command -v chromium >/dev/null 2>&1 || { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1 && \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-core fonts-dejavu-core >/dev/null) ; } || \
	  echo "chromium not installed: the browser test will be skipped"

test: $(STAMP) browser
	$(BIN)/python -m pytest -q

# Regenerate the data dictionary, the notebooks (without outputs) and the report screenshot.
docs: $(STAMP) browser
	$(BIN)/python scripts/gen_schema_doc.py
	$(BIN)/python notebooks/build_notebooks.py
	UPDATE_SCREENSHOT=1 $(BIN)/python -m pytest -q tests/surface/test_report_browser.py

clean-tables:
	rm -rf data/tables data/interim
