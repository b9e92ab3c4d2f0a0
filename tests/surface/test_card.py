"""NER evaluation JSON → CSV files for `dvc plots`."""
from __future__ import annotations

import csv
import json

from pipeline.card import confusion_rows, dataset_card, ner_plot_tables, write_ner_plots

METRICS = {"micro": {"precision": 80.0, "recall": 70.0, "f1": 74.67, "support": 10},
           "per_label": {"PER": {"precision": 90.0, "recall": 80.0, "f1": 84.71, "support": 5},
                         "LOC": {"precision": 70.0, "recall": 60.0, "f1": 64.62, "support": 5}},
           "confusion": {"PER": {"PER": 8, "O": 2}, "O": {"O": 100, "LOC": 1}}}


def test_per_label_and_confusion_csv(tmp_path):
    metrics = tmp_path / "ner_peyma_dev.json"
    metrics.write_text(json.dumps(METRICS), encoding="utf-8")
    paths = write_ner_plots(metrics, tmp_path / "out")
    assert [p.name for p in paths] == ["ner_per_label.csv", "ner_summary.json", "ner_confusion.csv"]
    assert json.loads(paths[1].read_text(encoding="utf-8")) == {
        "precision": 80.0, "recall": 70.0, "f1": 74.67, "per_label_f1": {"LOC": 64.62, "PER": 84.71}}
    rows = list(csv.DictReader(paths[0].open(encoding="utf-8")))
    assert [r["label"] for r in rows] == ["LOC", "PER"] and rows[1]["f1"] == "84.71"
    matrix = list(csv.DictReader(paths[2].open(encoding="utf-8")))
    assert {"actual": "PER", "predicted": "O", "count": "2"} in matrix and len(matrix) == 4


def test_confusion_is_optional():
    per_label, matrix = ner_plot_tables({"micro": {}, "per_label": {}})
    assert per_label == "label,precision,recall,f1,support\n" and matrix is None
    assert confusion_rows({"per_label": {}}) == []


def test_dataset_card_counts_dated_documents(seed_tables):
    # the seed's dateline gives its date; the card says how many documents had one (Fars: 898 of 900, from the URL)
    assert "- Publication dates: 2024-07-06 … 2024-07-06 (1 of 1 document(s) dated)" in dataset_card(seed_tables)


def test_dataset_card_names_the_ner_convention_and_its_decoding(seed_tables):
    from pathlib import Path

    repo = Path(__file__).resolve().parents[2]
    card = dataset_card(seed_tables, {"ner": {"model": "models/default"}, "_base_dir": str(repo)})
    assert "- NER conventions: `peyma` (corpus marker); companion CRF: none; tag transitions: weight 0.6" in card
    card = dataset_card(seed_tables, {"ner": {"model": "models/default", "convention": "arman"}, "_base_dir": str(repo)})
    assert ("- NER conventions: `arman` (corpus marker); companion CRF: `models/crf_arman` at weight 0.25; "
            "tag transitions: none") in card
