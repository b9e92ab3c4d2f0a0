"""Stage `report`: the run's HTML report, dataset card and datapackage.json, next to the tables.

Writes report.html, dataset_card.md and datapackage.json in the tables folder, each atomically
(temp file + rename), so a crash never leaves a half-written file for a reader to pick up.
"""
from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from pipeline.config import build


def write_atomic(path: Path, text: str) -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def run(tables_dir: Path, out_html: Path | None, params: dict, run_date: str | None = None,
        input_path: str | Path | None = None) -> dict:
    """Write the three files; returns their paths.

    run_date is shown in the report only when given (the files stay byte-identical across reruns);
    input_path is the input as the user named it, for the dataset card (default: params data.input).
    """
    from pipeline.card import datapackage, dataset_card, model_manifest, pipeline_version
    from pipeline.report import ReportParams, render_report

    tables_dir = Path(tables_dir)
    options = build("report", ReportParams, params.get("report"))
    manifest = model_manifest(params)
    run_info = {"pipeline": pipeline_version()}
    if manifest:
        run_info["model"] = f"{manifest.get('backend')} {manifest.get('version')}"
    if run_date:
        run_info["run date"] = run_date
    out_html = Path(out_html) if out_html else tables_dir / "report.html"
    # The card and datapackage first: datapackage checksums cover the tables only, not these files.
    card = write_atomic(tables_dir / "dataset_card.md", dataset_card(tables_dir, params, input_path))
    package = write_atomic(tables_dir / "datapackage.json",
                           json.dumps(datapackage(tables_dir, params), ensure_ascii=False, indent=2) + "\n")
    report = write_atomic(out_html, render_report(tables_dir, options, run_info))
    return {"report": str(report), "card": str(card), "datapackage": str(package)}


def main(argv=None) -> None:
    from pipeline.stages._cli import data_paths, parse

    params = parse(__doc__, argv)
    tables = data_paths(params).tables
    print(run(tables, tables / "report.html", params))


if __name__ == "__main__":
    main()
