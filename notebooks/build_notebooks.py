"""Write the two notebooks from the cell sources below, without outputs (what gets committed).

    python notebooks/build_notebooks.py          # rewrite 01-… and 02-….ipynb
    python notebooks/build_notebooks.py --check  # exit 1 if the .ipynb files differ from these sources

Editing cells here (rather than in Jupyter) keeps the committed notebooks output-free and reviewable.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # nbformat is a test extra, imported where the notebooks are built
    import nbformat

HERE = Path(__file__).resolve().parent

SETUP = r'''# Paths come from params.yaml (or the environment), never hard-coded:
#   PIPELINE_PARAMS  another params.yaml        PIPELINE_TABLES  a run's tables folder
#   PIPELINE_METRICS a metrics folder (evaluation outputs)
import os
import sys
from pathlib import Path

import yaml


def find_root(start: Path) -> Path:
    for folder in (start, *start.parents):
        if (folder / "params.yaml").exists():
            return folder
    raise FileNotFoundError(f"no params.yaml in {start} or above; set PIPELINE_PARAMS")


PARAMS_PATH = Path(os.environ.get("PIPELINE_PARAMS") or find_root(Path.cwd().resolve()) / "params.yaml")
PARAMS = yaml.safe_load(PARAMS_PATH.read_text(encoding="utf-8")) or {}
BASE = PARAMS_PATH.parent
if str(BASE) not in sys.path:
    sys.path.insert(0, str(BASE))  # the pipeline package, when it is not installed


def from_params(value: str) -> Path:
    """Paths in params.yaml are relative to the folder holding it."""
    path = Path(value)
    return path if path.is_absolute() else BASE / path


TABLES = Path(os.environ.get("PIPELINE_TABLES") or from_params((PARAMS.get("data") or {}).get("tables", "data/tables")))
METRICS = Path(os.environ.get("PIPELINE_METRICS") or BASE / "metrics")
print("params :", PARAMS_PATH)
print("tables :", TABLES)
print("metrics:", METRICS)'''

PERSIAN = r'''# Persian display: right-to-left HTML for text, a Persian-capable font and letter shaping for plots.
import html as htmllib

import matplotlib.pyplot as plt
from IPython.display import HTML, display
from matplotlib import font_manager

from pipeline.report import FONT_STACK, mark_css

CANDIDATES = ["Vazirmatn", "Vazir", "Noto Naskh Arabic", "Noto Sans Arabic", "DejaVu Sans"]
installed = {f.name for f in font_manager.fontManager.ttflist}
PLOT_FONT = next((name for name in CANDIDATES if name in installed), None)
if PLOT_FONT is None:
    print("No Persian-capable font found: apt-get install fonts-noto-core (or fonts-vazirmatn)")
else:
    plt.rcParams["font.family"] = [PLOT_FONT, "DejaVu Sans"]
print("plot font:", PLOT_FONT)

try:  # matplotlib draws glyphs left to right, unjoined: reshape letters and reorder for display
    import arabic_reshaper
    from bidi.algorithm import get_display

    def fa(text) -> str:
        return get_display(arabic_reshaper.reshape(str(text)))
except ImportError:
    print("arabic-reshaper / python-bidi not installed: Persian labels in plots will not be joined")

    def fa(text) -> str:
        return str(text)


def show_rtl(content, title: str | None = None, max_rows: int = 30) -> None:
    """Show a DataFrame or HTML right-to-left in a Persian font."""
    if hasattr(content, "to_html"):
        content = content.head(max_rows).to_html(index=False, escape=True, na_rep="—")
    head = f"<h4>{htmllib.escape(title)}</h4>" if title else ""
    display(HTML(f'<div dir="rtl" lang="fa" style="font-family: {FONT_STACK}; text-align: right">{head}{content}</div>'))'''

NB1 = [
    ("markdown", """# Explore a run's extractions

Officials, agencies and provinces the pipeline found, the role and agreement relations with their evidence,
one document with its entities highlighted, and a network of officials ↔ agencies ↔ provinces.

The tables are read from `data.tables` in `params.yaml` (or `PIPELINE_TABLES`); run
`python -m pipeline run --input seeds --out data/tables` (or `dvc repro`) first. Column meanings: `docs/schema.md`."""),
    ("code", SETUP),
    ("code", PERSIAN),
    ("markdown", "## Load the tables\n\npandas for a run that fits in memory:"),
    ("code", r'''import pandas as pd

documents = pd.read_parquet(TABLES / "documents.parquet",
                            columns=["doc_id", "source", "title", "agency", "published", "status", "error"])
mentions = pd.read_parquet(TABLES / "mentions.parquet")
entities = pd.read_parquet(TABLES / "entities.parquet")
relations = pd.read_parquet(TABLES / "relations.parquet")
print("documents:", documents["status"].value_counts().to_dict())
print(f"mentions: {len(mentions)}, entities: {len(entities)}, relations: {len(relations)}")'''),
    ("markdown", """For a large run (thousands of documents), read only the columns and rows you need with
`pyarrow.dataset` (filters are pushed down to the Parquet row groups), or query the files with DuckDB:"""),
    ("code", r'''import pyarrow.dataset as ds

official_mentions = ds.dataset(TABLES / "mentions.parquet").to_table(
    columns=["doc_id", "text", "entity_id", "score"], filter=ds.field("domain") == "official")
print(official_mentions.num_rows, "official mentions read with a filter")

try:
    import duckdb
except ImportError:
    print("DuckDB is not installed (pip install duckdb); pyarrow.dataset above covers the same need")
else:
    display(duckdb.sql(f"""select domain, label, count(*) as n
                           from read_parquet('{TABLES / "mentions.parquet"}')
                           group by all order by n desc""").df())'''),
    ("markdown", "## Most frequent officials, agencies and provinces"),
    ("code", r'''DOMAINS = {"official": "مقام‌ها (officials)", "agency": "دستگاه‌ها (agencies)", "province": "استان‌ها (provinces)"}
TOP = 15
top = {domain: (entities[entities["domain"] == domain]
                .sort_values(["n_mentions", "name"], ascending=[False, True])
                .head(TOP)[["name", "n_mentions", "n_docs"]])
       for domain in DOMAINS}
for domain, title in DOMAINS.items():
    show_rtl(top[domain], title)'''),
    ("code", r'''fig, axes = plt.subplots(1, 3, figsize=(15, 5))
for ax, (domain, title) in zip(axes, DOMAINS.items()):
    frame = top[domain].iloc[::-1]
    ax.barh([fa(name) for name in frame["name"]], frame["n_mentions"], color="#7aa6c2")
    ax.set_title(fa(title))
    ax.set_xlabel("mentions")
    if frame.empty:
        ax.text(0.5, 0.5, "none in this run", ha="center", transform=ax.transAxes)
fig.tight_layout()
plt.show()'''),
    ("markdown", "## Roles and agreements, with their evidence"),
    ("code", r'''roles = relations[relations["type"] == "role"][["subject", "title", "object", "evidence", "score"]]
agreements = relations[relations["type"] == "agreement"][["subject", "agreement_type", "object", "date", "evidence"]]
if roles.empty:
    print("No role relations in this run.")
else:
    show_rtl(roles.rename(columns={"subject": "person", "object": "organisation / place"}), "نقش‌ها (roles)")
    # title keeps the article's spelling; title_canonical groups «مدیر کل» / «مدیرکل», «رییس» / «رئیس» as one post
    posts = (relations[relations["type"] == "role"].groupby("title_canonical", dropna=False)
             .agg(roles=("relation_id", "size"), spellings=("title", lambda t: "، ".join(sorted(set(t)))))
             .sort_values("roles", ascending=False).head(15).reset_index())
    show_rtl(posts, "سمت‌ها (posts, by canonical title)")
if agreements.empty:
    print("No agreements in this run.")
else:
    show_rtl(agreements.rename(columns={"subject": "party A", "object": "party B"}), "تفاهم‌نامه‌ها و قراردادها (agreements)")'''),
    ("markdown", "## One document with its entities highlighted\n\nThe document with the most mentions; hover a span for its label, domain, entity and score."),
    ("code", r'''from pipeline.report import highlight

if mentions.empty:
    print("No mentions in this run.")
else:
    doc_id = mentions["doc_id"].value_counts().index[0]
    doc = ds.dataset(TABLES / "documents.parquet").to_table(
        columns=["doc_id", "title", "text"], filter=ds.field("doc_id") == doc_id).to_pylist()[0]
    names = dict(zip(entities["entity_id"], entities["name"]))
    doc_mentions = mentions[mentions["doc_id"] == doc_id].to_dict("records")
    display(HTML(f'<style>{mark_css()}</style><div dir="rtl" lang="fa" style="font-family: {FONT_STACK}">'
                 f'<h4>{htmllib.escape(doc["title"] or doc_id)}</h4>'
                 f'<div style="white-space: pre-wrap; line-height: 2.4">{highlight(doc["text"], doc_mentions, names)}</div></div>'))'''),
    ("markdown", "## Network: officials ↔ agencies ↔ provinces\n\nEdges are role (person → organisation/place) and agreement (party ↔ party) relations; edge width counts how often."),
    ("code", r'''import networkx as nx

COLORS = {"official": "#aa9cfc", "agency": "#7aecec", "province": "#feca74"}
by_id = entities.set_index("entity_id")
graph = nx.Graph()
for rel in relations.itertuples():
    if rel.subject_id in by_id.index and rel.object_id in by_id.index:
        for node in (rel.subject_id, rel.object_id):
            graph.add_node(node, name=by_id.at[node, "name"], domain=by_id.at[node, "domain"])
        weight = graph.get_edge_data(rel.subject_id, rel.object_id, {"weight": 0})["weight"] + 1
        graph.add_edge(rel.subject_id, rel.object_id, weight=weight,
                       label=rel.title_canonical if rel.type == "role" else rel.agreement_type)
MAX_NODES = 60  # most connected first, so a big run stays readable
if graph.number_of_nodes() > MAX_NODES:
    keep = sorted(graph.degree, key=lambda item: -item[1])[:MAX_NODES]
    graph = graph.subgraph(node for node, _ in keep).copy()
if graph.number_of_nodes() == 0:
    print("No relations between known entities in this run: nothing to draw.")
else:
    pos = nx.spring_layout(graph, seed=7, k=1.2 / max(1, graph.number_of_nodes()) ** 0.5)
    fig, ax = plt.subplots(figsize=(12, 8))
    nx.draw_networkx_edges(graph, pos, ax=ax, edge_color="#999",
                           width=[1 + d["weight"] for _, _, d in graph.edges(data=True)])
    nx.draw_networkx_nodes(graph, pos, ax=ax, node_size=250, edgecolors="#444",
                           node_color=[COLORS.get(d.get("domain"), "#ddd") for _, d in graph.nodes(data=True)])
    below = {node: (x, y - 0.07) for node, (x, y) in pos.items()}  # names under the dots, not over them
    nx.draw_networkx_labels(graph, below, ax=ax, font_family=plt.rcParams["font.family"], font_size=10,
                            labels={n: fa(d["name"]) for n, d in graph.nodes(data=True)})
    nx.draw_networkx_edge_labels(graph, pos, ax=ax, font_family=plt.rcParams["font.family"], font_size=8,
                                 edge_labels={(a, b): fa(d["label"] or "") for a, b, d in graph.edges(data=True)})
    for domain, color in COLORS.items():
        ax.scatter([], [], color=color, label=domain, s=80)
    ax.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0))
    ax.margins(0.12)
    ax.set_axis_off()
    plt.show()'''),
]

NB2 = [
    ("markdown", """# Model quality

Per-label precision / recall / F1, the token-level confusion matrix and the worst errors with their
context, from the evaluation outputs (`dvc repro evaluate_ner evaluate_relations`, written to `metrics/`).
Each evaluation named in `params.yaml` (`evaluate_ner`) is shown if its file exists."""),
    ("code", SETUP),
    ("code", PERSIAN),
    ("code", r'''import json

import pandas as pd

ner_files = {name: METRICS / f"ner_{name}.json" for name in (PARAMS.get("evaluate_ner") or {})}
ner_files.update({p.stem[len("ner_"):]: p for p in sorted(METRICS.glob("ner_*.json")) if p.stem[4:] not in ner_files})
ner = {name: json.loads(path.read_text(encoding="utf-8")) for name, path in ner_files.items() if path.exists()}
missing = sorted(name for name, path in ner_files.items() if not path.exists())
print("NER evaluations found:", ", ".join(ner) or "none")
if missing:
    print("not evaluated yet (run `dvc repro evaluate_ner`):", ", ".join(missing))'''),
    ("markdown", "## Per-label precision, recall and F1 (entity level, strict)"),
    ("code", r'''rows = []
for name, result in ner.items():
    micro = result.get("micro") or {}
    rows.append({"evaluation": name, "label": "micro", **micro})
    for label, scores in sorted((result.get("per_label") or {}).items()):
        rows.append({"evaluation": name, "label": label, **scores})
scores = pd.DataFrame(rows)
if scores.empty:
    print("No NER evaluation output yet: nothing to show.")
else:
    display(scores.pivot_table(index="label", columns="evaluation", values=["precision", "recall", "f1"]).round(1))'''),
    ("code", r'''if not scores.empty:
    f1 = scores.pivot_table(index="label", columns="evaluation", values="f1")
    ax = f1.plot.bar(figsize=(10, 4), rot=0, color=["#7aa6c2", "#e8a87c", "#85c88a", "#c38d9e"][:len(f1.columns)])
    ax.set_ylabel("F1 (%)")
    ax.set_ylim(0, 100)
    ax.set_title("F1 per label")
    plt.show()'''),
    ("markdown", "## Confusion matrix (token level, B/I collapsed)\n\nRows: gold type; columns: predicted type; each row normalised to 100 %."),
    ("code", r'''import numpy as np

with_confusion = {name: r["confusion"] for name, r in ner.items() if r.get("confusion")}
if not with_confusion:
    print("No `confusion` in the evaluation outputs (pipeline.evaluate writes it).")
for name, confusion in with_confusion.items():
    labels = sorted(set(confusion) | {p for row in confusion.values() for p in row}, key=lambda l: (l == "O", l))
    counts = np.array([[confusion.get(g, {}).get(p, 0) for p in labels] for g in labels], dtype=float)
    share = 100 * counts / np.maximum(counts.sum(axis=1, keepdims=True), 1)
    fig, ax = plt.subplots(figsize=(1 + 0.6 * len(labels), 0.8 + 0.5 * len(labels)))
    image = ax.imshow(share, cmap="Blues", vmin=0, vmax=100)
    ax.set_xticks(range(len(labels)), labels)
    ax.set_yticks(range(len(labels)), labels)
    ax.set_xlabel("predicted")
    ax.set_ylabel("gold")
    for i in range(len(labels)):
        for j in range(len(labels)):
            if counts[i, j]:
                ax.text(j, i, f"{int(counts[i, j])}", ha="center", va="center", fontsize=8,
                        color="white" if share[i, j] > 60 else "black")
    ax.set_title(f"confusion: {name}")
    fig.colorbar(image, ax=ax, label="% of gold row")
    plt.show()'''),
    ("markdown", """## Worst errors, with context

Sentences with the most wrongly tagged words: gold spans above, predicted spans below. Taken from the
`errors` list of an evaluation output (`[{"words": [...], "gold": [...], "pred": [...]}]`); when the
outputs have none, a sample of the first PEYMA dev sentences is tagged here with the configured model
(set `PIPELINE_NB_LIVE_ERRORS=0` to skip that)."""),
    ("code", r'''from pipeline.report import LABEL_COLORS


def spans(tags):
    """(start word, end word, type) of each BIO span."""
    out, start, kind = [], None, None
    for i, tag in enumerate(list(tags) + ["O"]):
        if start is not None and not (tag.startswith("I-") and tag[2:] == kind):
            out.append((start, i, kind))
            start, kind = None, None
        if tag.startswith("B-") or (tag.startswith("I-") and start is None):
            start, kind = i, tag[2:]
    return out


def render(words, tags):
    marks = {s: (e, k) for s, e, k in spans(tags)}
    parts, i = [], 0
    while i < len(words):
        if i in marks:
            end, kind = marks[i]
            parts.append(f'<mark class="ent ent-{kind}" style="background:{LABEL_COLORS.get(kind, "#ddd")}">'
                         f'{htmllib.escape(" ".join(words[i:end]))}<span class="ent-label">{kind}</span></mark>')
            i = end
        else:
            parts.append(htmllib.escape(words[i]))
            i += 1
    return " ".join(parts)


def live_errors(limit=300):
    """Tag the first PEYMA dev sentences with the configured model (only when no errors were saved)."""
    corpora = from_params((PARAMS.get("data") or {}).get("corpora", "../shared/corpora"))
    name, rel = next(((k, v) for k, v in (PARAMS.get("evaluate_ner") or {}).items() if k.startswith("peyma")),
                     ("peyma_dev", "peyma/dev.txt"))
    path = corpora / rel
    if not path.exists():
        print(f"{path} not found: no errors to show")
        return []
    from pipeline.evaluate import corpus_types
    from pipeline.ner import NerParams, load_tagger
    from pipeline.ner.data import restrict_to_types
    from pipeline.ner.readers import read_conll

    types = corpus_types("peyma", "auto")
    sentences = read_conll(str(path), "peyma")[:limit]
    tagger = load_tagger(NerParams.from_dict(PARAMS.get("ner") or {}, base_dir=BASE))
    predicted = tagger.tag([words for words, _ in sentences], types=types)
    return [{"words": words, "gold": restrict_to_types(list(gold), types) if types else list(gold),
             "pred": [tag for tag, _ in pred]} for (words, gold), pred in zip(sentences, predicted)]


errors = [dict(e, evaluation=name) for name, r in ner.items() for e in (r.get("errors") or [])]
if not errors and os.environ.get("PIPELINE_NB_LIVE_ERRORS", "1") == "1":
    errors = [dict(e, evaluation="live sample") for e in live_errors()]
for e in errors:
    e["wrong"] = sum(g != p for g, p in zip(e["gold"], e["pred"]))
worst = sorted((e for e in errors if e["wrong"]), key=lambda e: -e["wrong"])[:15]
if not worst:
    print("No errors to show.")
else:
    rows = "".join(f'<tr><td>{e["wrong"]}</td><td>{htmllib.escape(e["evaluation"])}</td>'
                   f'<td>gold: {render(e["words"], e["gold"])}<br>pred: {render(e["words"], e["pred"])}</td></tr>'
                   for e in worst)
    display(HTML(f'<style>{mark_css()}</style><div dir="rtl" lang="fa" style="font-family: {FONT_STACK}">'
                 f'<table><tr><th>wrong words</th><th>evaluation</th><th>sentence</th></tr>{rows}</table></div>'))'''),
    ("markdown", "## Relation extraction scores\n\nFrom `evaluate_relations` (the maintainers' scorer on the development gold set and on the seed)."),
    ("code", r'''options = PARAMS.get("evaluate_relations") or {}
relation_files = {"dev": options.get("metrics", "metrics/relations_dev.json"),
                  "seed": options.get("seed_metrics", "metrics/relations_seed.json")}
rows = []
for name, rel_path in relation_files.items():
    path = METRICS / Path(rel_path).name if os.environ.get("PIPELINE_METRICS") else from_params(rel_path)
    if not path.exists():
        print(f"{path} not found (run `dvc repro evaluate_relations`)")
        continue
    for category, figures in json.loads(path.read_text(encoding="utf-8")).items():
        if isinstance(figures, dict) and "f1" in figures:
            rows.append({"set": name, "category": category, **{k: figures.get(k) for k in ("precision", "recall", "f1")}})
if rows:
    display(pd.DataFrame(rows).pivot_table(index="category", columns="set", values=["precision", "recall", "f1"]).round(3))'''),
]


def build(cells) -> nbformat.NotebookNode:
    import nbformat

    notebook = nbformat.v4.new_notebook()
    notebook.metadata = {"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"},
                         "language_info": {"name": "python"}}
    notebook.cells = [nbformat.v4.new_markdown_cell(src) if kind == "markdown" else nbformat.v4.new_code_cell(src)
                      for kind, src in cells]
    for index, cell in enumerate(notebook.cells):
        cell["id"] = f"cell-{index:02d}"  # stable ids: rebuilding gives the same bytes
    return notebook


NOTEBOOKS = {"01-explore-extractions.ipynb": NB1, "02-model-quality.ipynb": NB2}


def render_all() -> dict[str, str]:
    import nbformat

    return {name: nbformat.writes(build(cells)) + "\n" for name, cells in NOTEBOOKS.items()}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args(argv)
    stale = []
    for name, text in render_all().items():
        path = HERE / name
        if args.check:
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                stale.append(name)
        else:
            path.write_text(text, encoding="utf-8")
            print(f"wrote {path}")
    if stale:
        print(f"stale notebooks: {', '.join(stale)}; run python notebooks/build_notebooks.py", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
