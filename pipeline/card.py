"""Describe a run for whoever receives its tables: dataset card (markdown) and Frictionless datapackage.json.

Both are deterministic (no timestamps, no absolute paths), so re-running on the same input gives the
same bytes and DVC sees no change. Also converts the NER evaluation JSON into the CSV files that
`dvc plots` draws (per-label F1 bars, confusion matrix).
"""
from __future__ import annotations

import csv
import hashlib
import io
import json
from collections import Counter
from pathlib import Path
from typing import Mapping

import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.schema import AGREEMENT_TYPES, DOMAINS, LABELS, RELATION_TYPES, TABLES, table_path

PACKAGE_NAME = "persian-ie"

TRAINING_CORPORA = (
    {"name": "PEYMA", "role": "NER training and evaluation", "license": "MIT",
     "url": "https://github.com/overfit-ir/persian-twitter-ner", "ref": "ner_data/peyma, commit c0207a9",
     "note": "Shahshahani et al., PEYMA: A Tagged Corpus for Persian Named Entities (2018)."},
    {"name": "ARMAN (ArmanPersoNERCorpus)", "role": "NER training and evaluation", "license": "academic research use only",
     "url": "https://github.com/HaniehP/PersianNER", "ref": "ArmanPersoNERCorpus.zip, commit 8216058",
     "note": "Poostchi et al., COLING 2016 and LREC 2018."},
    {"name": "Fars News articles", "role": "development gold set, examples", "license": "research use only",
     "url": "https://github.com/language-ml/course-nlp-ir-1-text-exploring",
     "ref": "exploring-datasets/news, commit 48c7d56",
     "note": "News content published by Fars News Agency."},
)

KNOWN_LIMITATIONS = (
    "Offsets index `documents.text`, the *cleaned* text; map back to the raw text with `documents.offset_map`.",
    "NER is trained on PEYMA/ARMAN (news and Wikipedia, 2010s); recall drops on other genres, on recent "
    "names and on officials referred to only by title (e.g. «استاندار» without a name).",
    "Domain typing (official / province / agency) and the role and agreement relations are rule- and "
    "lexicon-based: a role is found where its title stands next to the person's name, or next to a pronoun or "
    "surname that refers back to it; an agreement needs an explicit agreement noun (" + "، ".join(AGREEMENT_TYPES)
    + ") with its parties in the same sentence (for a concluded agreement, also the sentence before). Facts that "
    "only the wider discourse gives (a party named paragraphs earlier, «we» as a party) are missed.",
    "Entities are resolved by normalised name within the run; two people with the same name are merged, "
    "and spelling variants not covered by normalisation stay separate. Across documents an entity keeps the form "
    "the articles write: a body written short in one article and in full in another («مجلس» / «مجلس شورای "
    "اسلامی»), or a person named by surname alone, stays two entities; `entities.attributes.lexicon_name` "
    "groups the well-known bodies.",
    "A relation's `score` is the precision its rule family reached on the project's gold sets of Fars news "
    "(calibrated per family, not per fact; expect less on other genres); a mention's `score` is the NER's or the "
    "rule's own confidence, not a calibrated probability.",
    "Text from Fars News and ARMAN-derived models is for research use only; check licences before sharing.",
)


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def pipeline_version() -> str:
    """Installed package version (pyproject), else pipeline.__version__ when run from a bare checkout."""
    from importlib import metadata

    try:
        return metadata.version(PACKAGE_NAME)
    except metadata.PackageNotFoundError:
        from pipeline import __version__

        return __version__


def _convention_line(ner: Mapping, manifest: Mapping) -> str | None:
    """Whose annotation conventions the tags follow, and whether the companion CRF and the tag transitions took
    part in decoding (None for a model without corpus markers)."""
    from pipeline.ner.params import COMPANION_CRF_DIR, NerParams

    decoding = NerParams.from_dict(ner).convention_decoding(manifest)
    if decoding.convention is None:
        return None
    crf_dir = COMPANION_CRF_DIR.format(convention=decoding.convention)
    crf = f"`{crf_dir}` at weight {decoding.crf_weight:g}" if decoding.crf_weight > 0 else "none"
    transitions = f"weight {decoding.transition_weight:g}" if decoding.transition_weight > 0 else "none"
    return (f"- NER conventions: `{decoding.convention}` (corpus marker); companion CRF: {crf}; "
            f"tag transitions: {transitions}")


def model_manifest(params: Mapping) -> dict | None:
    """The NER model's manifest.json (backend, version, labels) if the configured model folder has one."""
    from pipeline.ner.params import NerParams

    path = Path(NerParams.from_dict(params.get("ner"), params.get("_base_dir", ".")).resolve_model()) / "manifest.json"
    if not path.exists():
        return None
    return json.loads(path.read_text(encoding="utf-8"))


_FRICTIONLESS_TYPES = (
    (pa.types.is_string, "string"), (pa.types.is_integer, "integer"), (pa.types.is_floating, "number"),
    (pa.types.is_date, "date"), (pa.types.is_boolean, "boolean"), (pa.types.is_list, "array"),
    (pa.types.is_map, "object"),
)


def _field_type(arrow_type: pa.DataType) -> str:
    return next((name for test, name in _FRICTIONLESS_TYPES if test(arrow_type)), "any")


def table_stats(tables_dir: Path) -> dict[str, dict]:
    """Rows, bytes and sha256 of each contract table the run wrote (absent tables are left out)."""
    stats = {}
    for name in TABLES:
        path = table_path(tables_dir, name)
        if path.exists():
            stats[name] = {"path": path.name, "rows": pq.ParquetFile(path).metadata.num_rows,
                           "bytes": path.stat().st_size, "sha256": sha256_file(path)}
    return stats


def datapackage(tables_dir: Path, params: Mapping | None = None) -> dict:
    """Frictionless Data Package (v2 profile) describing the tables: schema from pipeline.schema, rows, checksums."""
    params = params or {}
    resources = []
    for name, stat in table_stats(Path(tables_dir)).items():
        schema = TABLES[name]
        fields = []
        for field in schema:
            entry = {"name": field.name, "type": _field_type(field.type), "arrowType": str(field.type),
                     "description": (field.metadata or {}).get(b"description", b"").decode("utf-8")}
            if not field.nullable:
                entry["constraints"] = {"required": True}
            fields.append(entry)
        resources.append({"name": name, "path": stat["path"], "format": "parquet",
                          "mediatype": "application/vnd.apache.parquet", "bytes": stat["bytes"],
                          "hash": f"sha256:{stat['sha256']}", "rows": stat["rows"], "schema": {"fields": fields}})
    manifest = model_manifest(params) if params else None
    return {
        "$schema": "https://datapackage.org/profiles/2.0/datapackage.json",
        "name": "persian-ie-run",
        "title": "Persian news entities and relations (officials, provinces, agencies, roles, agreements)",
        "version": pipeline_version(),
        "description": "Tables written by the persian-ie pipeline; see dataset_card.md and docs/schema.md.",
        "licenses": [{"name": "research-only", "title": "Research use only (derived from Fars News articles; "
                                                        "model trained on ARMAN, research use only)"}],
        "sources": [{"title": c["name"], "path": c["url"],
                     "description": f"{c['role']} ({c['ref']}); licence: {c['license']}; {c['note']}"}
                    for c in TRAINING_CORPORA],
        "pipeline": {"package": PACKAGE_NAME, "version": pipeline_version(), "model": manifest,
                     "labels": list(LABELS), "domains": list(DOMAINS), "relation_types": list(RELATION_TYPES)},
        "resources": resources,
    }


def _input_summary(tables_dir: Path) -> dict:
    from pipeline.docstream import iter_rows

    statuses: Counter = Counter()
    sources: set = set()
    dates = []
    agencies: Counter = Counter()
    path = table_path(tables_dir, "documents")
    if path.exists():
        for row in iter_rows(path, ["source", "status", "published", "agency"]):
            statuses[row["status"]] += 1
            sources.add(row["source"].split("#", 1)[0])
            if row["published"] is not None:
                dates.append(row["published"])
            if row["agency"]:
                agencies[row["agency"]] += 1
    return {"statuses": dict(sorted(statuses.items())), "files": len(sources),
            "first": min(dates).isoformat() if dates else None, "last": max(dates).isoformat() if dates else None,
            "dated": len(dates),
            "agencies": agencies.most_common(5)}


def dataset_card(tables_dir: Path, params: Mapping | None = None, input_path: str | Path | None = None) -> str:
    """Markdown dataset card: what went in, versions, label set, licences, limitations, table checksums.

    input_path: the input as the user named it (default: params data.input); shown as given.
    """
    params = params or {}
    tables_dir = Path(tables_dir)
    data = params.get("data") or {}
    ner = params.get("ner") or {}
    manifest = model_manifest(params) if params else None
    inputs = _input_summary(tables_dir)
    stats = table_stats(tables_dir)
    n_docs = sum(inputs["statuses"].values())
    lines = ["# Dataset card: Persian news entities and relations", "",
             "Named entities (officials, provinces, agencies and the other NER types), canonical entities, and "
             "role and agreement relations with evidence, extracted from Persian news text by the "
             f"`{PACKAGE_NAME}` pipeline. Column meanings: `docs/schema.md` in the repository; machine-readable "
             "metadata with checksums: `datapackage.json` next to this file.", "",
             "## What went in", "",
             f"- Input: `{input_path if input_path is not None else data.get('input', '?')}` — "
             f"{inputs['files']} file(s), {n_docs} document(s): "
             + (", ".join(f"{k} {v}" for k, v in inputs["statuses"].items()) or "none"),
             f"- Publication dates: {inputs['first'] or '—'} … {inputs['last'] or '—'} ({inputs['dated']} of "
             f"{sum(inputs['statuses'].values())} document(s) dated)",
             "- Agencies named most: " + (", ".join(f"{a} ({n})" for a, n in inputs["agencies"]) or "—"),
             "- Documents that failed or were truncated keep a row in `documents` with the reason in `error`.", "",
             "## Pipeline and model", "",
             f"- Pipeline: `{PACKAGE_NAME}` {pipeline_version()}",
             f"- NER backend: `{ner.get('backend', 'default')}`, model `{ner.get('model', 'models/default')}`"]
    if manifest:
        lines.append(f"- Model manifest: backend `{manifest.get('backend')}`, version `{manifest.get('version')}`"
                     + (f", base `{manifest['base_model']}`" if manifest.get("base_model") else ""))
    else:
        lines.append("- Model manifest: not found")
    conventions = _convention_line(ner, manifest) if manifest else None
    if conventions:
        lines.append(conventions)
    lines += ["- Settings: the `params.yaml` used for the run (sections `clean`, `ner`, `relations`, `entities`).", "",
              "## Label set", "",
              f"- NER labels: {', '.join(LABELS)}",
              f"- Domains: {', '.join(DOMAINS)}",
              f"- Relations: {', '.join(RELATION_TYPES)}; agreement types: {'، '.join(AGREEMENT_TYPES)}", "",
              "## Training and evaluation corpora, licences", "",
              "| corpus | used for | licence | note |", "|---|---|---|---|"]
    lines += [f"| [{c['name']}]({c['url']}) ({c['ref']}) | {c['role']} | {c['license']} | {c['note']} |"
              for c in TRAINING_CORPORA]
    lines += ["", "The tables quote news text (`documents.text`, `evidence`); treat them as **research use only**.", "",
              "## Known limitations", ""]
    lines += [f"- {item}" for item in KNOWN_LIMITATIONS]
    lines += ["", "## Tables", "", "| table | rows | bytes | sha256 |", "|---|---|---|---|"]
    lines += [f"| `{s['path']}` | {s['rows']} | {s['bytes']} | `{s['sha256']}` |" for s in stats.values()]
    lines += ["", "## Loading", "", "```python", "import pandas as pd",
              "mentions = pd.read_parquet('mentions.parquet')",
              "# large runs: pyarrow.dataset.dataset('relations.parquet').to_table(filter=...)", "```", ""]
    return "\n".join(lines)


# --- DVC plots ---------------------------------------------------------------------------------

def ner_plot_tables(metrics: Mapping) -> tuple[str, str | None]:
    """CSV text for `dvc plots`: per-label P/R/F1, and the confusion matrix (long form) if present."""
    per_label = io.StringIO()
    writer = csv.writer(per_label, lineterminator="\n")
    writer.writerow(["label", "precision", "recall", "f1", "support"])
    for label, row in sorted((metrics.get("per_label") or {}).items()):
        writer.writerow([label, row.get("precision"), row.get("recall"), row.get("f1"), row.get("support")])
    confusion = metrics.get("confusion")
    if not confusion:
        return per_label.getvalue(), None
    matrix = io.StringIO()
    writer = csv.writer(matrix, lineterminator="\n")
    writer.writerow(["actual", "predicted", "count"])
    for gold, row in sorted(confusion.items()):
        for pred, count in sorted(row.items()):
            writer.writerow([gold, pred, count])
    return per_label.getvalue(), matrix.getvalue()


def confusion_rows(metrics: Mapping) -> list[dict]:
    """One row per (actual, predicted) token pair, as `dvc plots` confusion templates want."""
    _, matrix = ner_plot_tables(metrics)
    return list(csv.DictReader(io.StringIO(matrix))) if matrix else []


def ner_summary(metrics: Mapping) -> dict:
    """The few numbers `dvc metrics show` should list (the full JSON also holds the confusion table)."""
    micro = metrics.get("micro") or {}
    summary = {k: micro.get(k) for k in ("precision", "recall", "f1")}
    summary["per_label_f1"] = {label: row.get("f1") for label, row in sorted((metrics.get("per_label") or {}).items())}
    return summary


def write_ner_plots(metrics_json: Path, out_dir: Path, prefix: str = "ner") -> list[Path]:
    """metrics/<x>.json → out_dir/<prefix>_summary.json, <prefix>_per_label.csv (+ <prefix>_confusion.csv)."""
    metrics = json.loads(Path(metrics_json).read_text(encoding="utf-8"))
    per_label, matrix = ner_plot_tables(metrics)
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    files = {f"{prefix}_per_label.csv": per_label,
             f"{prefix}_summary.json": json.dumps(ner_summary(metrics), indent=1, sort_keys=True) + "\n"}
    if matrix is not None:
        files[f"{prefix}_confusion.csv"] = matrix
    for name, text in files.items():
        (out_dir / name).write_text(text, encoding="utf-8")
    return [out_dir / name for name in files]


def main(argv=None) -> None:
    """`python -m pipeline.card METRICS.json --out metrics/` — the CSVs `dvc plots show` draws."""
    import argparse

    parser = argparse.ArgumentParser(description=main.__doc__)
    parser.add_argument("metrics_json", type=Path)
    parser.add_argument("--out", type=Path, default=Path("metrics"))
    parser.add_argument("--prefix", default="ner")
    args = parser.parse_args(argv)
    for path in write_ner_plots(args.metrics_json, args.out, args.prefix):
        print(f"wrote {path}")


if __name__ == "__main__":
    main()
