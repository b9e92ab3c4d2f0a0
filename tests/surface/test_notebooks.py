"""Both notebooks execute (nbclient) against a run's tables and evaluation outputs, and are committed clean."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
NOTEBOOKS = REPO / "notebooks"

NER_METRICS = {
    "micro": {"precision": 85.0, "recall": 80.0, "f1": 82.4, "support": 20},
    "per_label": {"PER": {"precision": 90.0, "recall": 85.0, "f1": 87.4, "support": 8},
                  "ORG": {"precision": 80.0, "recall": 75.0, "f1": 77.4, "support": 8},
                  "LOC": {"precision": 85.0, "recall": 80.0, "f1": 82.4, "support": 4}},
    "confusion": {"PER": {"PER": 15, "O": 2}, "ORG": {"ORG": 20, "LOC": 3, "O": 4}, "LOC": {"LOC": 6, "ORG": 1},
                  "O": {"O": 300, "ORG": 2}},
    "errors": [{"words": ["استاندار", "مازندران", "گفت"], "gold": ["O", "B-LOC", "O"], "pred": ["B-ORG", "I-ORG", "O"]},
               {"words": ["مرکز", "ملی", "فضای", "مجازی"], "gold": ["B-ORG", "I-ORG", "I-ORG", "I-ORG"],
                "pred": ["B-ORG", "I-ORG", "I-ORG", "I-ORG"]}],
}
RELATION_METRICS = {"officials": {"precision": 0.8, "recall": 0.7, "f1": 0.75, "hit": 7, "gold": 10, "pred": 9},
                    "roles": {"precision": 0.5, "recall": 0.4, "f1": 0.44, "hit": 4, "gold": 10, "pred": 8}}


def execute(name: str, monkeypatch, tables: Path, metrics: Path):
    import nbformat
    from nbclient import NotebookClient

    monkeypatch.setenv("PIPELINE_TABLES", str(tables))
    monkeypatch.setenv("PIPELINE_METRICS", str(metrics))
    monkeypatch.setenv("PIPELINE_NB_LIVE_ERRORS", "0")
    monkeypatch.delenv("MPLBACKEND", raising=False)  # the inline backend puts figures in the outputs
    notebook = nbformat.read(NOTEBOOKS / name, as_version=4)
    # (a generous kernel start-up: on a loaded 2-core machine the 60 s default is one possible cause of a one-off
    # failure; and a cell's printed output may come after its reply: nbclient waits 4 s for it by default and then
    # drops it with only a log line, which a clean clone's `make test` once hit — wait longer, and fail, not drop)
    NotebookClient(notebook, timeout=300, startup_timeout=180, iopub_timeout=60, raise_on_iopub_timeout=True,
                   kernel_name="python3", resources={"metadata": {"path": str(NOTEBOOKS)}}).execute()
    return notebook


def outputs(notebook) -> str:
    parts = []
    for cell in notebook.cells:
        for out in cell.get("outputs", []):
            parts.append(out.get("text", ""))
            parts.extend(str(v) for v in (out.get("data") or {}).values())
    return "\n".join(parts)


@pytest.fixture
def metrics(tmp_path) -> Path:
    folder = tmp_path / "metrics"
    folder.mkdir()
    (folder / "ner_peyma_dev.json").write_text(json.dumps(NER_METRICS, ensure_ascii=False), encoding="utf-8")
    (folder / "relations_dev.json").write_text(json.dumps(RELATION_METRICS), encoding="utf-8")
    return folder


def test_notebooks_are_committed_without_outputs():
    import sys

    sys.path.insert(0, str(NOTEBOOKS))
    try:
        import build_notebooks
    finally:
        sys.path.remove(str(NOTEBOOKS))
    assert build_notebooks.main(["--check"]) == 0
    for path in NOTEBOOKS.glob("*.ipynb"):
        cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
        assert all(not c.get("outputs") and c.get("execution_count") is None for c in cells if c["cell_type"] == "code")
        assert "/work/" not in path.read_text(encoding="utf-8")  # no hard-coded paths


def test_explore_notebook_on_seed_tables(monkeypatch, seed_tables, metrics):
    notebook = execute("01-explore-extractions.ipynb", monkeypatch, seed_tables, metrics)
    text = outputs(notebook)
    assert str(seed_tables) in text
    assert 'dir="rtl"' in text and "سید ابوالحسن فیروزآبادی" in text and "استاندار" in text
    assert '<mark class="ent ent-PER"' in text
    images = sum("image/png" in (out.get("data") or {}) for c in notebook.cells for out in c.get("outputs", []))
    assert images >= 2  # bar charts and the network
    assert "plot font: None" not in text


def test_quality_notebook_with_metrics(monkeypatch, seed_tables, metrics):
    notebook = execute("02-model-quality.ipynb", monkeypatch, seed_tables, metrics)
    text = outputs(notebook)
    assert "NER evaluations found: peyma_dev" in text
    assert "87.4" in text  # per-label table
    assert "استاندار" in text and "wrong words" in text
    images = sum("image/png" in (out.get("data") or {}) for c in notebook.cells for out in c.get("outputs", []))
    assert images >= 2  # F1 bars and the confusion matrix


def test_quality_notebook_without_metrics(monkeypatch, seed_tables, tmp_path):
    notebook = execute("02-model-quality.ipynb", monkeypatch, seed_tables, tmp_path)
    text = outputs(notebook)
    assert "NER evaluations found: none" in text and "No NER evaluation output yet" in text


def test_explore_notebook_on_a_real_run(monkeypatch, real_run, metrics):
    """The notebook runs on the tables the pipeline itself wrote (not the hand-made seed fixture) and shows its facts."""
    text = outputs(execute("01-explore-extractions.ipynb", monkeypatch, real_run, metrics))
    assert str(real_run) in text and 'dir="rtl"' in text
    assert "فیروزآبادی" in text and "مازندران" in text
