# The two commands the README starts with: `make run` and `make test`.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

export PATH := $(abspath $(BIN)):$(PATH)

.PHONY: run test setup clean-tables

$(STAMP): pyproject.toml requirements.lock
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -r requirements.lock
	$(BIN)/python -m pip install -q --no-deps -e '.[test]'
	touch $(STAMP)

setup: $(STAMP)

# The main job: dvc repro over seeds/ (params.yaml data.input), tables in data/tables/.
run: $(STAMP)

	$(BIN)/dvc repro
	$(BIN)/python -c "import pyarrow.parquet as pq; t=pq.read_table('data/tables/documents.parquet'); print(t.select(['source','status','agency','published']).to_pandas().to_string())"

test: $(STAMP)
	$(BIN)/python -m pytest -q

clean-tables:
	rm -rf data/tables data/interim
