"""The figure tables in README.md and docs/relations.md say what metrics/relations_*.json say.

Those tables are what readers quote; the metrics files are what `dvc repro` writes. A row whose first cell names
one or more metrics files (`relations_dev.json`, or several whose articles are scored together) must show, per
category, the F1 and, when it gives them, the precision / recall and gold count those files' summed counts give.
"""
import json
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CATEGORIES = ["officials", "provinces", "agencies", "roles", "agreements"]
METRICS_FILE = re.compile(r"relations_(\w+)\.json")
# «0.965 (0.99 / 0.94)», «**0.893** (0.96 / 0.83)», «1.000», «0.846 (1.00 / 0.73; 15 gold)», «0.000 (1 gold)»
CELL = re.compile(r"^(?P<f1>\d\.\d{3})(?: \((?:(?P<p>\d\.\d\d) / (?P<r>\d\.\d\d))?(?:(?:; )?(?P<gold>\d+) gold)?[^)]*\))?$")
DOCUMENTS = ["README.md", "docs/relations.md"]


def _figure_rows(text: str) -> list[tuple[list[str], list[str]]]:
    rows = []
    for line in text.splitlines():
        cells = [cell.strip().replace("**", "") for cell in line.strip().strip("|").split("|")]
        if not line.startswith("|") or len(cells) != 1 + len(CATEGORIES):
            continue
        sets = METRICS_FILE.findall(cells[0])
        if sets and "start of session" not in cells[0]:
            rows.append((sets, cells[1:]))
    return rows


def _summed(sets: list[str]) -> dict[str, dict[str, int]]:
    totals = {category: {"hit": 0, "pred": 0, "gold": 0} for category in CATEGORIES}
    for name in sets:
        metrics = json.loads((ROOT / "metrics" / f"relations_{name}.json").read_text(encoding="utf-8"))
        for category in CATEGORIES:
            for count in ("hit", "pred", "gold"):
                totals[category][count] += metrics[category][count]
    return totals


def _ratio(a: int, b: int) -> float:
    return a / b if b else 0.0


def _disagreements(text: str) -> list[str]:
    """One line per table cell that the metrics files contradict."""
    out = []
    for sets, cells in _figure_rows(text):
        totals = _summed(sets)
        for category, cell in zip(CATEGORIES, cells):
            counts, where = totals[category], f"{'+'.join(sets)} {category}"
            if cell.startswith("–"):  # nothing to score: no gold and no prediction
                if counts["gold"] or counts["pred"]:
                    out.append(f"{where}: table says none, metrics {counts}")
                continue
            match = CELL.match(cell)
            if not match:
                out.append(f"{where}: unreadable cell {cell!r}")
                continue
            precision, recall = _ratio(counts["hit"], counts["pred"]), _ratio(counts["hit"], counts["gold"])
            f1 = _ratio(2 * precision * recall, precision + recall)
            if match["f1"] != f"{f1:.3f}":
                out.append(f"{where}: table F1 {match['f1']}, metrics {f1:.3f}")
            if match["p"] and (match["p"], match["r"]) != (f"{precision:.2f}", f"{recall:.2f}"):
                out.append(f"{where}: table P / R {match['p']} / {match['r']}, metrics {precision:.2f} / {recall:.2f}")
            if match["gold"] and int(match["gold"]) != counts["gold"]:
                out.append(f"{where}: table {match['gold']} gold, metrics {counts['gold']}")
    return out


@pytest.mark.parametrize("name", DOCUMENTS)
def test_the_documents_figure_rows_match_the_metrics_files(name):
    text = (ROOT / name).read_text(encoding="utf-8")
    assert len(_figure_rows(text)) >= 4, f"{name}: no figure table found"
    assert _disagreements(text) == [], f"{name}: update the table from metrics/ (or rerun dvc repro)"


def test_a_stale_figure_is_caught():
    row = next(line for line in (ROOT / "README.md").read_text(encoding="utf-8").splitlines()
               if line.startswith("|") and "relations_dev.json" in line)
    f1 = CELL.match(row.split("|")[2].strip())["f1"]
    stale = row.replace(f"| {f1} ", f"| {float(f1) - 0.1:.3f} ", 1)
    assert [line.split(":")[0] for line in _disagreements(stale)] == ["dev officials"]
