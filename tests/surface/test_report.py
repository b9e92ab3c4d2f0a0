"""The HTML report, dataset card and datapackage.json written by the report stage."""
from __future__ import annotations

import hashlib
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.report import ReportParams, highlight, render_report, select_spans
from pipeline.schema import read_table, write_table
from pipeline.stages import report as report_stage

SEED_NAMES = ("سید ابوالحسن فیروزآبادی", "سید محمود حسینی پور", "مرکز ملی فضای مجازی", "استانداری مازندران",
              "شورایعالی فضای مجازی", "خبرگزاری فارس")


class Marks(HTMLParser):
    """Collects <mark class="ent"> elements: their attributes and visible text (without the label badge)."""

    def __init__(self):
        super().__init__()
        self.marks, self._stack, self.external = [], [], []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        for key in ("src", "href"):
            if attrs.get(key) and not attrs[key].startswith("#"):
                self.external.append(attrs[key])
        if tag == "mark":
            self._stack.append({"attrs": attrs, "text": "", "in_label": False})
        elif tag == "span" and self._stack and "ent-label" in (attrs.get("class") or ""):
            self._stack[-1]["in_label"] = True

    def handle_endtag(self, tag):
        if tag == "span" and self._stack and self._stack[-1]["in_label"]:
            self._stack[-1]["in_label"] = False
        elif tag == "mark" and self._stack:
            self.marks.append(self._stack.pop())

    def handle_data(self, data):
        if self._stack and not self._stack[-1]["in_label"]:
            self._stack[-1]["text"] += data


def parse(html: str) -> Marks:
    parser = Marks()
    parser.feed(html)
    return parser


def test_report_is_rtl_persian_and_self_contained(seed_tables):
    html = render_report(seed_tables)
    assert re.search(r'<html lang="fa" dir="rtl">', html)
    assert "Vazirmatn" in html and "Noto Naskh Arabic" in html
    parsed = parse(html)
    assert parsed.external == []
    assert not re.search(r"@import|url\(\s*['\"]?https?:|<link\b|<img\b", html)
    assert "<svg" in html


def test_entities_highlighted_with_attributes(seed_tables):
    marks = parse(render_report(seed_tables)).marks
    texts = {m["text"] for m in marks}
    for name in SEED_NAMES:
        assert name in texts
    mention = next(m for m in marks if m["text"] == "سید ابوالحسن فیروزآبادی")["attrs"]
    assert mention["class"] == "ent ent-PER"
    assert mention["data-label"] == "PER" and mention["data-domain"] == "official"
    assert mention["data-entity"] == "سید ابوالحسن فیروزآبادی" and mention["data-score"] == "0.97"
    assert "label: PER" in mention["title"] and "score: 0.97" in mention["title"]


def test_nested_mention_is_dropped_and_shown_in_the_outer_tooltip(seed_tables):
    marks = parse(render_report(seed_tables)).marks
    outer = [m for m in marks if m["text"] == "استانداری مازندران"]
    assert outer and all("contains: مازندران (LOC/province)" in m["attrs"]["title"] for m in outer)
    # the standalone province mention (after «استاندار») is still drawn
    assert any(m["text"] == "مازندران" and m["attrs"]["data-domain"] == "province" for m in marks)


def test_relations_and_summary_listed(seed_tables):
    html = render_report(seed_tables)
    assert html.count('<tr class="rel rel-role">') == 3 and html.count('<tr class="rel rel-agreement">') == 1
    assert "تفاهم‌نامه" in html and "استاندار" in html
    assert "No document failed." in html


def test_deterministic_and_run_info_only_when_given(seed_tables):
    assert render_report(seed_tables) == render_report(seed_tables)
    assert "run date" not in render_report(seed_tables)
    assert "2026-01-02" in render_report(seed_tables, run_info={"run date": "2026-01-02"})


def test_text_is_escaped_and_failures_listed(seed_copy):
    docs = read_table(seed_copy, "documents").to_pylist()
    docs[0]["text"] = "<script>alert(1)</script> " + docs[0]["text"]
    extra = dict(docs[0], doc_id="f" * 16, source="bad.txt", status="failed", error="bad.txt: not UTF-8", text="")
    write_table(seed_copy, "documents", docs + [extra])
    html = render_report(seed_copy)
    assert "<script>alert" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<mark " not in html.split('id="relations"')[0].split('id="documents"')[1]  # offsets no longer match
    assert "bad.txt: not UTF-8" in html and "failures and notes (1)" in html


def test_document_cap(seed_copy):
    docs = read_table(seed_copy, "documents").to_pylist()
    more = [dict(docs[0], doc_id=f"{i:016x}", source=f"copy{i}.txt") for i in range(3)]
    write_table(seed_copy, "documents", docs + more)
    html = render_report(seed_copy, ReportParams(max_docs=2))
    assert html.count('<article class="doc"') == 2
    assert "Showing the first 2 of 4 documents" in html


def test_missing_relation_tables_still_render(tmp_path, seed_tables):
    for name in ("documents", "sentences", "tokens"):
        (tmp_path / f"{name}.parquet").write_bytes((seed_tables / f"{name}.parquet").read_bytes())
    html = render_report(tmp_path)
    assert "No relations in this run." in html and "<mark " not in html


def test_select_spans_is_deterministic():
    spans = [{"start": 5, "end": 9, "mention_id": "b"}, {"start": 0, "end": 4, "mention_id": "a"},
             {"start": 2, "end": 6, "mention_id": "c"}, {"start": 0, "end": 8, "mention_id": "d"},
             {"start": 7, "end": 30, "mention_id": "e"}]
    kept, dropped = select_spans(10, spans)
    assert [m["mention_id"] for m in kept] == ["d"]
    assert sorted(m["mention_id"] for m in dropped) == ["a", "b", "c", "e"]


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="اب پ<&\"' \n", min_size=1, max_size=40),
       st.lists(st.tuples(st.integers(0, 45), st.integers(1, 10), st.sampled_from(["PER", "ORG", "LOC"])),
                max_size=8))
def test_highlight_keeps_the_text(text, spans):
    mentions = [{"start": s, "end": s + n, "label": label, "mention_id": f"m{i}", "score": 0.5}
                for i, (s, n, label) in enumerate(spans)]
    html = highlight(text, mentions, {})
    kept, _ = select_spans(len(text), mentions)
    visible = re.sub(r'<span class="ent-label"[^>]*>[A-Z]+</span>', "", html)
    visible = re.sub(r"<[^>]+>", "", visible)
    from html import unescape

    assert unescape(visible) == text
    assert html.count("<mark ") == len(kept)
    ends = [(m["start"], m["end"]) for m in kept]
    assert all(a_end <= b_start for (_, a_end), (b_start, _) in zip(ends, ends[1:]))


def test_stage_writes_report_card_and_datapackage(seed_copy, params_file):
    from pipeline.config import load_params

    params = load_params(params_file)
    paths = report_stage.run(seed_copy, None, params)
    assert sorted(Path(p).name for p in paths.values()) == ["datapackage.json", "dataset_card.md", "report.html"]
    assert not list(seed_copy.glob(".*.tmp"))
    package = json.loads((seed_copy / "datapackage.json").read_text(encoding="utf-8"))
    resources = {r["name"]: r for r in package["resources"]}
    assert set(resources) == {"documents", "sentences", "tokens", "mentions", "entities", "relations"}
    for name, resource in resources.items():
        path = seed_copy / resource["path"]
        assert resource["hash"] == "sha256:" + hashlib.sha256(path.read_bytes()).hexdigest()
        assert resource["rows"] == read_table(seed_copy, name).num_rows
        assert [f["name"] for f in resource["schema"]["fields"]] == read_table(seed_copy, name).column_names
    card = (seed_copy / "dataset_card.md").read_text(encoding="utf-8")
    for needle in ("PEYMA", "MIT", "ARMAN", "research use only", "Known limitations", "PER, ORG, LOC",
                   resources["mentions"]["hash"][7:]):
        assert needle in card
    first = {name: (seed_copy / name).read_bytes() for name in ("report.html", "dataset_card.md", "datapackage.json")}
    report_stage.run(seed_copy, None, params)
    assert first == {name: (seed_copy / name).read_bytes() for name in first}


def test_stage_rejects_unknown_report_option(seed_copy):
    from pipeline.errors import ConfigError

    with pytest.raises(ConfigError, match="max_docs"):
        report_stage.run(seed_copy, None, {"_base_dir": ".", "report": {"max_doc": 3}})
