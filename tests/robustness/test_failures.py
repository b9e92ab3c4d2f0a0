"""A failure inside one document (a reader, the cleaner, the tagger) costs that document only."""
from __future__ import annotations

import json
import os

import pytest

from pipeline import ingest, schema
from pipeline.errors import InputError

from . import corpus as hostile
from .conftest import FakeTagger


def test_a_reader_failing_part_way_through_a_file(tmp_path, monkeypatch):
    lines = [json.dumps({"text": f"{hostile.ARTICLE} {k}"}, ensure_ascii=False) for k in range(4)]
    (tmp_path / "r.jsonl").write_text("\n".join(lines), encoding="utf-8")
    (tmp_path / "s.txt").write_text(hostile.ARTICLE, encoding="utf-8")
    real = ingest._record_document

    def flaky(source, record, line_hint=""):
        if source.endswith("#2"):
            raise MemoryError("simulated")
        return real(source, record, line_hint)

    monkeypatch.setattr(ingest, "_record_document", flaky)
    docs = {d.source: d for d in ingest.read_documents(tmp_path, 10_000_000)}
    assert docs["r.jsonl#0"].raw_text and docs["r.jsonl#1"].raw_text
    assert "r.jsonl: reading failed after 2 document(s): MemoryError: simulated" in docs["r.jsonl#2"].error
    assert docs["s.txt"].raw_text  # the next file is read as usual


def test_the_cleaner_failing_on_one_document(tmp_path, suite_params, monkeypatch):
    from pipeline.stages import clean as clean_stage

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(hostile.ARTICLE, encoding="utf-8")
    (tmp_path / "in" / "b.txt").write_text("بمب " + hostile.ARTICLE, encoding="utf-8")
    real = clean_stage.cleaning.clean_text

    def flaky(raw, *args, **kwargs):
        if raw.startswith("بمب"):
            raise RecursionError("simulated")
        return real(raw, *args, **kwargs)

    monkeypatch.setattr(clean_stage.cleaning, "clean_text", flaky)
    counts = clean_stage.run(tmp_path / "in", tmp_path / "out", suite_params)
    assert counts == {"ok": 1, "failed": 1}
    docs = {r["source"]: r for r in schema.read_table(tmp_path / "out", "documents").to_pylist()}
    assert docs["b.txt"]["error"] == "b.txt: cleaning failed: RecursionError: simulated"


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root reads any file")
def test_an_unreadable_file(tmp_path):
    (tmp_path / "locked.txt").write_text(hostile.ARTICLE, encoding="utf-8")
    os.chmod(tmp_path / "locked.txt", 0)
    try:
        [doc] = ingest.read_documents(tmp_path, 10_000_000)
    finally:
        os.chmod(tmp_path / "locked.txt", 0o644)
    assert "locked.txt: cannot read" in doc.error


def test_an_empty_input_folder_is_an_input_error(tmp_path):
    (tmp_path / ".hidden").write_text("x", encoding="utf-8")
    with pytest.raises(InputError, match="holds no files"):
        list(ingest.read_documents(tmp_path, 1000))


def test_the_tagger_failing_on_one_document(tmp_path, suite_params_path, end_to_end):
    class Flaky(FakeTagger):
        def tag(self, sentences):
            if any("بمب" in words for words in sentences):
                raise RuntimeError("simulated tagger crash")
            return super().tag(sentences)

    (tmp_path / "in").mkdir()
    for k in range(3):
        (tmp_path / "in" / f"{k}.txt").write_text(hostile.ARTICLE.replace("ساری", "تهران") + f"\n{k}", encoding="utf-8")
    (tmp_path / "in" / "bad.txt").write_text("بمب " + hostile.ARTICLE, encoding="utf-8")
    end_to_end(tmp_path / "in", tmp_path / "out", suite_params_path, tagger=Flaky())
    docs = {r["doc_id"]: r["source"] for r in schema.read_table(tmp_path / "out", "documents").to_pylist()}
    tagged = {docs[m["doc_id"]] for m in schema.read_table(tmp_path / "out", "mentions").to_pylist()
              if (m["method"] or "").startswith("ner:")}  # lexicon and pattern mentions still come
    assert {"0.txt", "1.txt", "2.txt"} <= tagged and "bad.txt" not in tagged
    status = {r["source"]: (r["status"], r["error"]) for r in schema.read_table(tmp_path / "out", "documents").to_pylist()}
    assert status["bad.txt"][0] == "partial" and status["0.txt"] == ("ok", None)
    assert "bad.txt: NER failed (RuntimeError: simulated tagger crash)" in status["bad.txt"][1]


def test_relation_extraction_failing_on_one_document(tmp_path, suite_params_path, end_to_end, monkeypatch):
    import pipeline.relations as relations

    real = relations.extract_document

    def flaky(doc, options=None):
        if "بمب" in doc["text"]:
            raise IndexError("simulated rule crash")
        return real(doc, options)

    monkeypatch.setattr(relations, "extract_document", flaky)
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "good.txt").write_text(hostile.ARTICLE, encoding="utf-8")
    (tmp_path / "in" / "bad.txt").write_text("بمب " + hostile.ARTICLE, encoding="utf-8")
    summary = end_to_end(tmp_path / "in", tmp_path / "out", suite_params_path, tagger=FakeTagger())
    docs = {r["source"]: r for r in schema.read_table(tmp_path / "out", "documents").to_pylist()}
    assert docs["bad.txt"]["status"] == "partial" and docs["good.txt"]["status"] == "ok"
    assert "bad.txt: relation extraction failed (IndexError: simulated rule crash)" in docs["bad.txt"]["error"]
    by_doc = {m["doc_id"] for m in schema.read_table(tmp_path / "out", "mentions").to_pylist()}
    assert docs["good.txt"]["doc_id"] in by_doc and docs["bad.txt"]["doc_id"] not in by_doc
    assert summary.documents == {"ok": 1, "partial": 1} and any("bad.txt" in f for f in summary.failures)
