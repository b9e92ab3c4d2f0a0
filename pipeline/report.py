"""One self-contained HTML report per run: summary, highlighted documents, relations, entity graph.

Inline CSS, JS and SVG only: the file is handed to others and opened offline, so nothing is fetched.
Text is right-to-left (`dir="rtl"`, `lang="fa"`) with a Persian-capable local font stack. Only the
first `max_docs` documents are rendered, so a corpus-sized run stays a usable page; the counts
still cover every document because the tables are streamed, not loaded whole.
"""
from __future__ import annotations

import html
import math
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Mapping, Sequence

from pipeline.schema import DOMAINS, LABELS, table_path

FONT_STACK = "'Vazirmatn', 'Vazir', 'Noto Naskh Arabic', 'Noto Sans Arabic', 'DejaVu Sans', 'Tahoma', sans-serif"

# displaCy's palette, mapped onto our label set.
LABEL_COLORS = {
    "PER": "#aa9cfc", "ORG": "#7aecec", "LOC": "#feca74", "FAC": "#9cc9cc", "PRO": "#bfeeb7",
    "EVE": "#ffeb80", "DAT": "#bfe1d9", "TIM": "#bfe1d9", "MON": "#e4e7d2", "PCT": "#e4e7d2",
}
LABEL_NAMES_FA = {
    "PER": "شخص", "ORG": "سازمان", "LOC": "مکان", "FAC": "تأسیسات", "PRO": "محصول", "EVE": "رویداد",
    "DAT": "تاریخ", "TIM": "زمان", "MON": "پول", "PCT": "درصد",
}
DOMAIN_NAMES_FA = {"official": "مقام", "province": "استان", "agency": "دستگاه"}
GRAPH_COLUMNS = ("official", "agency", "province")
GRAPH_COLORS = {"official": "#aa9cfc", "agency": "#7aecec", "province": "#feca74"}


@dataclass(frozen=True)
class ReportParams:
    """params.yaml `report:` section."""

    max_docs: int = 200            # documents rendered in full; the rest are only counted
    max_relations: int = 2000      # relations listed
    max_graph_nodes: int = 90      # entities drawn in the graph (most connected first)
    max_failures: int = 200        # failed/empty/truncated documents listed with their reason


def _e(value) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def _rows(tables_dir: Path, name: str, columns: Sequence[str] | None = None) -> Iterable[dict]:
    """Stream a table if the run wrote it; an absent optional table reads as empty."""
    from pipeline.docstream import iter_rows

    path = table_path(tables_dir, name)
    return iter_rows(path, columns) if path.exists() else iter(())


def select_spans(text_len: int, mentions: Iterable[Mapping]) -> tuple[list[Mapping], list[Mapping]]:
    """Non-overlapping spans to draw, and the ones left out.

    Deterministic: by start, then longest first, then mention_id; a span overlapping an earlier
    kept span is dropped (a nested province inside «استانداری مازندران» shows in the outer tooltip).
    Spans outside the text are dropped too.
    """
    ordered = sorted(mentions, key=lambda m: (m["start"], -(m["end"] - m["start"]), str(m.get("mention_id"))))
    kept, dropped, last_end = [], [], 0
    for mention in ordered:
        start, end = mention["start"], mention["end"]
        if start is None or end is None or not 0 <= start < end <= text_len or start < last_end:
            dropped.append(mention)
            continue
        kept.append(mention)
        last_end = end
    return kept, dropped


def _tooltip(mention: Mapping, entity_name: str | None, nested: Sequence[Mapping]) -> str:
    score = mention.get("score")
    parts = [f"label: {mention['label']}", f"domain: {mention.get('domain') or '—'}",
             f"entity: {entity_name or '—'}", f"score: {score:.2f}" if score is not None else "score: —"]
    for inner in nested:
        parts.append(f"contains: {inner.get('text')} ({inner['label']}/{inner.get('domain') or '—'})")
    return "\n".join(parts)


def highlight(text: str, mentions: Sequence[Mapping], entity_names: Mapping[str, str], base: int = 0) -> str:
    """HTML of text[base:base+len(text)] with mention spans as displaCy-style <mark> elements."""
    local = [{**m, "start": m["start"] - base, "end": m["end"] - base} for m in mentions
             if m["start"] is not None and m["end"] is not None and m["start"] >= base and m["end"] <= base + len(text)
             and m.get("text") in (None, text[m["start"] - base:m["end"] - base])]  # stale offsets are not drawn
    kept, dropped = select_spans(len(text), local)
    out, pos = [], 0
    for mention in kept:
        start, end = mention["start"], mention["end"]
        nested = [d for d in dropped if start <= d["start"] and d["end"] <= end]
        entity = entity_names.get(mention.get("entity_id")) if mention.get("entity_id") else None
        label = mention["label"]
        score = mention.get("score")
        out.append(_e(text[pos:start]))
        out.append(
            f'<mark class="ent ent-{_e(label)}" data-label="{_e(label)}" data-domain="{_e(mention.get("domain") or "")}"'
            f' data-entity="{_e(entity or "")}" data-score="{"" if score is None else f"{score:.2f}"}"'
            f' data-mention-id="{_e(mention.get("mention_id"))}" title="{_e(_tooltip(mention, entity, nested))}">'
            f'{_e(text[start:end])}<span class="ent-label" aria-hidden="true">{_e(label)}</span></mark>')
        pos = end
    out.append(_e(text[pos:]))
    return "".join(out)


def _layout_graph(nodes: Mapping[str, Mapping], edges: Mapping[tuple[str, str, str], int]) -> str:
    """Static SVG: officials, agencies and provinces in three columns (right to left), relations as edges."""
    columns: dict[str, list[str]] = {c: [] for c in GRAPH_COLUMNS}
    for node_id, node in nodes.items():
        columns[node["column"]].append(node_id)
    for ids in columns.values():
        ids.sort(key=lambda n: (-nodes[n]["degree"], nodes[n]["name"], n))
    row_h, col_w, margin_top = 30, 330, 50
    width = col_w * len(GRAPH_COLUMNS)
    skip_drop = 120
    height = margin_top + row_h * max([len(v) for v in columns.values()] + [1]) + skip_drop // 2 + 20
    pos: dict[str, tuple[float, float]] = {}
    for index, column in enumerate(GRAPH_COLUMNS):  # first column on the right (RTL reading order)
        x = width - col_w * index - col_w / 2
        for row, node_id in enumerate(columns[column]):
            pos[node_id] = (x, margin_top + row_h * row + row_h / 2)
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" class="graph" viewBox="0 0 {width} {height}" '
             f'width="{width}" height="{height}" role="img" aria-label="entity graph">',
             '<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="6" markerHeight="6" '
             'orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#888"/></marker></defs>']
    for index, column in enumerate(GRAPH_COLUMNS):
        x = width - col_w * index - col_w / 2
        parts.append(f'<text class="col-head" x="{x:.0f}" y="24" text-anchor="middle">'
                     f'{_e(DOMAIN_NAMES_FA[column])} ({_e(column)})</text>')
    for (source, target, label), count in sorted(edges.items()):
        (x1, y1), (x2, y2) = pos[source], pos[target]
        kind = "agreement" if label.startswith("agreement:") else "role"
        shown = label.split(":", 1)[1]
        if abs(x1 - x2) < 1:  # same column: bow out to the right, away from the names
            bow = 60 + 0.15 * abs(y2 - y1)
            cx, cy = x1 + bow, (y1 + y2) / 2
        elif abs(x1 - x2) > col_w * 1.5:  # skips the middle column: pass under it
            cx, cy = (x1 + x2) / 2, max(y1, y2) + skip_drop
        else:
            cx, cy = (x1 + x2) / 2, (y1 + y2) / 2 - 12
        path = f"M{x1:.0f},{y1:.0f} Q{cx:.0f},{cy:.0f} {x2:.0f},{y2:.0f}"
        width_px = 1.2 + min(4.0, math.log2(count + 1))
        marker = ' marker-end="url(#arrow)"' if kind == "role" else ""
        parts.append(f'<g class="edge edge-{kind}"><path d="{path}" stroke-width="{width_px:.1f}" fill="none"'
                     f'{marker}/>'
                     f'<title>{_e(nodes[source]["name"])} — {_e(shown)} — {_e(nodes[target]["name"])} (×{count})</title>'
                     f'<text x="{(x1 + 2 * cx + x2) / 4:.0f}" y="{(y1 + 2 * cy + y2) / 4 - 3:.0f}" '
                     f'text-anchor="middle">{_e(shown)}</text></g>')
    for node_id, (x, y) in sorted(pos.items()):
        node = nodes[node_id]
        # officials (rightmost column, edges leave leftwards) are named on their right; the others on their left
        label_dx, anchor = (14, "end") if node["column"] == "official" else (-14, "start")
        parts.append(f'<g class="node node-{node["column"]}" data-entity-id="{_e(node_id)}">'
                     f'<circle cx="{x:.0f}" cy="{y:.0f}" r="{5 + min(6, node["degree"])}" '
                     f'fill="{GRAPH_COLORS[node["column"]]}"/>'
                     f'<text x="{x + label_dx:.0f}" y="{y + 5:.0f}" text-anchor="{anchor}" direction="rtl">'
                     f'{_e(node["name"])}</text>'
                     f'<title>{_e(node["name"])} ({_e(node["label"])}/{_e(node["domain"] or "—")}), '
                     f'{node["degree"]} relation(s)</title></g>')
    parts.append("</svg>")
    return "".join(parts)


def graph_svg(entities: Mapping[str, Mapping], relations: Sequence[Mapping], max_nodes: int) -> tuple[str, int]:
    """The entity graph and how many connected entities were left out by the cap."""
    edges: Counter = Counter()
    degree: Counter = Counter()
    for rel in relations:
        a, b = rel.get("subject_id"), rel.get("object_id")
        if not a or not b or a not in entities or b not in entities:
            continue
        # (roles by post: the title in one spelling, where the table has it)
        post = rel.get("title_canonical") or rel.get("title") or rel.get("agreement_type") or rel["type"]
        label = f"{rel['type']}:{post}"
        edges[(a, b, label)] += 1
        degree[a] += 1
        degree[b] += 1
    ranked = sorted(degree, key=lambda n: (-degree[n], entities[n]["name"], n))
    chosen = set(ranked[:max_nodes])
    if not chosen:  # no relations: still show the most mentioned officials, agencies and provinces
        typed = [e for e in entities.values() if e.get("domain") in GRAPH_COLUMNS]
        typed.sort(key=lambda e: (-(e.get("n_mentions") or 0), e["name"], e["entity_id"]))
        chosen = {e["entity_id"] for e in typed[:max_nodes]}
    nodes = {}
    for node_id in chosen:
        ent = entities[node_id]
        column = ent.get("domain") if ent.get("domain") in GRAPH_COLUMNS else (
            "official" if ent.get("label") == "PER" else "province" if ent.get("label") == "LOC" else "agency")
        nodes[node_id] = {"name": ent["name"], "label": ent.get("label"), "domain": ent.get("domain"),
                          "column": column, "degree": degree.get(node_id, 0)}
    kept_edges = {k: v for k, v in edges.items() if k[0] in nodes and k[1] in nodes}
    return _layout_graph(nodes, kept_edges), max(0, len(ranked) - len(chosen))


MARK_CSS = """
mark.ent { padding: .1em .35em; margin: 0 .1em; border-radius: .35em; line-height: 1; position: relative;
  box-decoration-break: clone; -webkit-box-decoration-break: clone; cursor: help; color: inherit; }
mark.ent .ent-label { font-size: .62em; font-weight: bold; font-family: 'DejaVu Sans', sans-serif;
  margin-right: .4em; vertical-align: middle; direction: ltr; unicode-bidi: isolate; opacity: .8; }
mark.ent[data-domain="official"] { box-shadow: inset 0 -2px 0 #5b47d6; }
mark.ent[data-domain="agency"] { box-shadow: inset 0 -2px 0 #139b9b; }
mark.ent[data-domain="province"] { box-shadow: inset 0 -2px 0 #c98400; }
LABEL_RULES
"""

CSS = """
:root { --fg: #1d1d1f; --muted: #666; --line: #ddd; --bg: #fafafa; }
* { box-sizing: border-box; }
body { font-family: FONTS; color: var(--fg); background: var(--bg); margin: 0; line-height: 1.9; }
header, main { max-width: 1100px; margin: 0 auto; padding: 0 1.2rem; }
header h1 { font-size: 1.5rem; margin: 1rem 0 .2rem; }
nav a { margin-left: 1rem; }
section { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: .6rem 1.2rem; margin: 1rem 0; }
h2 { font-size: 1.2rem; border-bottom: 1px solid var(--line); padding-bottom: .3rem; }
table { border-collapse: collapse; margin: .4rem 0; }
th, td { border-bottom: 1px solid var(--line); padding: .15rem .6rem; text-align: right; vertical-align: top; }
th { background: #f0f0f0; }
td.num { direction: ltr; text-align: left; font-variant-numeric: tabular-nums; }
.grid { display: flex; flex-wrap: wrap; gap: 1.2rem; align-items: flex-start; }
.note { color: var(--muted); font-size: .9rem; unicode-bidi: plaintext; text-align: right; }
.ltr { direction: ltr; unicode-bidi: embed; }
.doc { border-top: 1px solid var(--line); padding: .4rem 0 1rem; }
.doc h3 { font-size: 1.05rem; margin: .4rem 0 0; }
.doc-text { white-space: pre-wrap; font-size: 1.05rem; line-height: 2.4; }
MARK_RULES
.legend span.swatch { display: inline-block; padding: 0 .5em; border-radius: .3em; margin-left: .3em; }
.legend label { margin-left: .9rem; white-space: nowrap; cursor: pointer; }
#tip { position: fixed; display: none; background: #222; color: #fff; font-size: .85rem; line-height: 1.5;
  padding: .35rem .6rem; border-radius: 6px; white-space: pre-line; pointer-events: none; z-index: 10;
  max-width: 28rem; direction: rtl; }
.graph-wrap { overflow-x: auto; }
svg.graph text { font-family: FONTS; font-size: 13px; fill: #222; }
svg.graph text.col-head { font-weight: bold; font-size: 15px; }
svg.graph .edge path { stroke: #999; opacity: .8; }
svg.graph .edge-agreement path { stroke: #d9480f; stroke-dasharray: 5 3; }
svg.graph .edge text { font-size: 11px; fill: #555; }
svg.graph .node circle { stroke: #444; stroke-width: 1; }
.evidence { font-size: .95rem; line-height: 2.2; }
"""

JS = """
(function () {
  var errors = [];
  window.addEventListener('error', function (e) { errors.push(String(e.message));
    document.documentElement.setAttribute('data-js-errors', errors.join(' | ')); });
  var tip = document.getElementById('tip');
  document.addEventListener('mouseover', function (e) {
    var m = e.target.closest ? e.target.closest('mark.ent') : null;
    if (!m) { tip.style.display = 'none'; return; }
    tip.textContent = m.getAttribute('title') || '';
    tip.style.display = 'block';
  });
  document.addEventListener('mousemove', function (e) {
    tip.style.left = (e.clientX + 12) + 'px'; tip.style.top = (e.clientY + 14) + 'px';
  });
  var boxes = document.querySelectorAll('.legend input[type=checkbox]');
  for (var i = 0; i < boxes.length; i++) {
    boxes[i].addEventListener('change', function (e) {
      document.body.classList.toggle('hide-' + e.target.value, !e.target.checked);
    });
  }
  document.documentElement.setAttribute('data-report-ready', String(document.querySelectorAll('mark.ent').length));
})();
"""


def mark_css() -> str:
    """Only the entity-span rules: what a notebook needs without restyling its whole page."""
    rules = []
    for label in LABELS:
        color = LABEL_COLORS[label]
        rules.append(f"mark.ent-{label} {{ background: {color}; }} "
                     f"body.hide-{label} mark.ent-{label} {{ background: transparent; box-shadow: none; }} "
                     f"body.hide-{label} mark.ent-{label} .ent-label {{ display: none; }}")
    return MARK_CSS.replace("LABEL_RULES", "\n".join(rules))


def report_css() -> str:
    """The report's whole stylesheet."""
    return CSS.replace("FONTS", FONT_STACK).replace("MARK_RULES", mark_css())


def _count_table(title: str, counts: Mapping[str, int], names: Mapping[str, str] | None = None) -> str:
    rows = "".join(f"<tr><td>{_e(k)}{' — ' + _e(names[k]) if names and k in names else ''}</td>"
                   f'<td class="num">{v}</td></tr>' for k, v in counts.items())
    return (f'<table><caption>{_e(title)}</caption><tr><th>نوع</th><th>تعداد</th></tr>'
            f'{rows or "<tr><td colspan=2>—</td></tr>"}</table>')


def render_report(tables_dir: str | Path, params: ReportParams = ReportParams(),
                  run_info: Mapping[str, str] | None = None) -> str:
    """The report HTML for the tables in tables_dir; pure (same tables and arguments → same bytes).

    run_info: extra lines for the summary (pipeline/model version, run date…), shown as given.
    """
    tables_dir = Path(tables_dir)
    status_counts: Counter = Counter()
    failures: list[dict] = []
    docs: list[dict] = []
    n_failures = 0
    for doc in _rows(tables_dir, "documents", ["doc_id", "source", "title", "agency", "published_jalali",
                                                 "status", "error", "text"]):
        status_counts[doc["status"]] += 1
        if doc["error"]:
            n_failures += 1
            if len(failures) < params.max_failures:
                failures.append({k: doc[k] for k in ("source", "status", "error")})
        if doc["status"] == "ok" and len(docs) < params.max_docs:
            docs.append(doc)
    shown_ids = {d["doc_id"] for d in docs}
    doc_index = {d["doc_id"]: i for i, d in enumerate(docs)}
    label_counts: Counter = Counter()
    domain_counts: Counter = Counter()
    mentions_by_doc: dict[str, list[dict]] = defaultdict(list)
    for m in _rows(tables_dir, "mentions"):
        label_counts[m["label"]] += 1
        domain_counts[m["domain"] or "—"] += 1
        if m["doc_id"] in shown_ids:
            mentions_by_doc[m["doc_id"]].append(m)
    entities = {e["entity_id"]: e for e in _rows(tables_dir, "entities",
                                                 ["entity_id", "name", "label", "domain", "n_docs", "n_mentions"])}
    entity_names = {k: e["name"] for k, e in entities.items()}
    entity_domains: Counter = Counter(e["domain"] or "—" for e in entities.values())
    relations = list(_rows(tables_dir, "relations"))
    relation_counts: Counter = Counter(r["type"] for r in relations)
    texts = {d["doc_id"]: d["text"] for d in docs}
    sources = {d["doc_id"]: d["source"] for d in docs}

    out = ['<!DOCTYPE html>', '<html lang="fa" dir="rtl">', '<head>', '<meta charset="utf-8">',
           '<meta name="viewport" content="width=device-width, initial-scale=1">',
           "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
           "style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">",
           '<title>گزارش اجرا — استخراج موجودیت‌ها و روابط</title>', f'<style>{report_css()}</style>', '</head>',
           '<body>', '<div id="tip" role="tooltip"></div>', '<header>',
           '<h1>گزارش اجرا: موجودیت‌ها و روابط <span class="note ltr">(run report)</span></h1>',
           '<nav><a href="#summary">خلاصه</a><a href="#documents">متن‌ها</a><a href="#relations">روابط</a>'
           '<a href="#graph">گراف</a><a href="#entities">موجودیت‌ها</a></nav>', '</header>', '<main>']

    # Summary
    n_docs = sum(status_counts.values())
    out.append('<section id="summary"><h2>خلاصهٔ اجرا</h2>')
    info = [("documents", str(n_docs)), ("mentions", str(sum(label_counts.values()))),
            ("entities", str(len(entities))), ("relations", str(len(relations)))]
    info += [(k, str(v)) for k, v in (run_info or {}).items()]
    out.append('<table class="run-info">' + "".join(f'<tr><th class="ltr">{_e(k)}</th><td class="num">{_e(v)}</td></tr>'
                                                    for k, v in info) + "</table>")
    out.append('<div class="grid">')
    out.append(_count_table("documents by status", dict(sorted(status_counts.items()))))
    out.append(_count_table("mentions by label", {k: label_counts[k] for k in LABELS if label_counts[k]}, LABEL_NAMES_FA))
    out.append(_count_table("mentions by domain", dict(sorted(domain_counts.items())), DOMAIN_NAMES_FA))
    out.append(_count_table("entities by domain", dict(sorted(entity_domains.items())), DOMAIN_NAMES_FA))
    out.append(_count_table("relations by type", dict(sorted(relation_counts.items()))))
    out.append('</div>')
    out.append(f'<h3>failures and notes ({n_failures})</h3>')
    if failures:
        out.append('<table class="failures"><tr><th>source</th><th>status</th><th>reason</th></tr>' + "".join(
            f'<tr><td class="ltr">{_e(f["source"])}</td><td>{_e(f["status"])}</td><td>{_e(f["error"])}</td></tr>'
            for f in failures) + '</table>')
        if n_failures > len(failures):
            out.append(f'<p class="note">… and {n_failures - len(failures)} more (see documents.error).</p>')
    else:
        out.append('<p class="note">No document failed.</p>')
    out.append('</section>')

    # Documents
    out.append('<section id="documents"><h2>متن‌ها با موجودیت‌های برجسته</h2>')
    out.append('<div class="legend">' + "".join(
        f'<label><input type="checkbox" value="{label}" checked>'
        f'<span class="swatch" style="background:{LABEL_COLORS[label]}">{label}</span>{_e(LABEL_NAMES_FA[label])}</label>'
        for label in LABELS) + '</div>')
    out.append('<p class="note">Hover a highlighted span for its label, domain, entity and score. '
               'Underline colour: official (purple), agency (teal), province (orange). '
               'Overlapping mentions: the longer one is drawn, the nested one is listed in its tooltip.</p>')
    n_ok = status_counts.get("ok", 0)
    if n_ok > len(docs):
        out.append(f'<p class="note cap">Showing the first {len(docs)} of {n_ok} documents '
                   f'(params report.max_docs); counts above cover all documents.</p>')
    for index, doc in enumerate(docs):
        meta = " · ".join(f"<bdi>{_e(x)}</bdi>" for x in (doc["source"], doc["agency"], doc["published_jalali"]) if x)
        out.append(f'<article class="doc" id="doc-{index}" data-doc-id="{_e(doc["doc_id"])}">'
                   f'<h3>{_e(doc["title"] or doc["source"])}</h3><div class="note">{meta}</div>'
                   f'<div class="doc-text" dir="rtl" lang="fa">'
                   f'{highlight(doc["text"], mentions_by_doc.get(doc["doc_id"], []), entity_names)}</div></article>')
    out.append('</section>')

    # Relations
    out.append(f'<section id="relations"><h2>روابط ({len(relations)})</h2>')
    if not relations:
        out.append('<p class="note">No relations in this run.</p>')
    else:
        out.append('<table class="relations"><tr><th>type</th><th>subject</th><th>title / agreement</th>'
                   '<th>object</th><th>score</th><th>evidence</th></tr>')
        for rel in relations[:params.max_relations]:
            doc_id = rel["doc_id"]
            evidence = rel.get("evidence") or ""
            if doc_id in texts and rel.get("start") is not None and rel.get("end") is not None:
                text = texts[doc_id][rel["start"]:rel["end"]]
                evidence_html = highlight(text, mentions_by_doc.get(doc_id, []), entity_names, base=rel["start"])
                where = f'<a href="#doc-{doc_index[doc_id]}"><bdi>{_e(sources[doc_id])}</bdi></a>'
            else:
                evidence_html = _e(evidence)
                where = f'<span class="ltr">{_e(doc_id)}</span>'
            middle = rel.get("title") or rel.get("agreement_type") or ""
            extra = []
            if rel.get("date"):
                first, last = rel.get("date_start"), rel.get("date_end")
                days = "" if first is None else f" ({first})" if first == last else f" ({first} … {last})"
                extra.append(f"date: {rel['date']}{days}")
            if rel.get("signatories"):
                extra.append("signatories: " + "، ".join(rel["signatories"]))
            score = rel.get("score")
            out.append(f'<tr class="rel rel-{_e(rel["type"])}"><td>{_e(rel["type"])}</td><td>{_e(rel.get("subject"))}</td>'
                       f'<td>{_e(middle)}{"<div class=note>" + _e("; ".join(extra)) + "</div>" if extra else ""}</td>'
                       f'<td>{_e(rel.get("object"))}</td>'
                       f'<td class="num">{"" if score is None else f"{score:.2f}"}</td>'
                       f'<td class="evidence" dir="rtl">{evidence_html}<div class="note">{where}</div></td></tr>')
        out.append('</table>')
        if len(relations) > params.max_relations:
            out.append(f'<p class="note cap">Showing {params.max_relations} of {len(relations)} relations '
                       f'(params report.max_relations).</p>')
    out.append('</section>')

    # Graph
    svg, left_out = graph_svg(entities, relations, params.max_graph_nodes)
    out.append('<section id="graph"><h2>گراف مقام‌ها، دستگاه‌ها و استان‌ها</h2>'
               '<p class="note">Arrows: role (person → organisation/place, labelled with the title); dashed: '
               'agreement. Hover nodes and edges for details.</p>')
    if left_out:
        out.append(f'<p class="note cap">{left_out} less connected entities left out '
                   f'(params report.max_graph_nodes).</p>')
    out.append(f'<div class="graph-wrap">{svg}</div></section>')

    # Entities
    out.append('<section id="entities"><h2>پرتکرارترین موجودیت‌ها</h2><div class="grid">')
    for domain in DOMAINS:
        top = sorted((e for e in entities.values() if e["domain"] == domain),
                     key=lambda e: (-(e["n_mentions"] or 0), e["name"], e["entity_id"]))[:25]
        rows = "".join(f'<tr><td>{_e(e["name"])}</td><td class="num">{e["n_mentions"] or 0}</td>'
                       f'<td class="num">{e["n_docs"] or 0}</td></tr>' for e in top)
        out.append(f'<table><caption>{_e(DOMAIN_NAMES_FA[domain])} ({domain})</caption>'
                   f'<tr><th>name</th><th>mentions</th><th>docs</th></tr>{rows or "<tr><td colspan=3>—</td></tr>"}</table>')
    out.append('</div></section>')

    out += ['</main>', f'<script>{JS}</script>', '</body>', '</html>', '']
    return "\n".join(out)
