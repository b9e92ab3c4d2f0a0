"""The hostile corpus (tests/robustness/corpus.py) through the clean stage and, once it runs, the
whole pipeline: every input is a documents row with the right status and an error naming the file
(and the JSONL line); good documents get exactly the results they get when run alone."""
from __future__ import annotations

import re

import pyarrow.parquet as pq
import pytest

from pipeline import schema
from pipeline.clean import ASCII_DIGITS, raw_offset
from pipeline.docstream import iter_rows

from .conftest import SUITE_MAX_DOC_CHARS, FakeTagger

HIDDEN_MARKS = re.compile("[\u200b\u200d\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff\u00ad\u2060\ufffd]")


def _documents(tables):
    return {row["source"]: row for row in schema.read_table(tables, "documents").to_pylist()}


def _by_doc(tables, name):
    rows: dict[str, list[dict]] = {}
    for row in iter_rows(schema.table_path(tables, name)):
        rows.setdefault(row["doc_id"], []).append(row)
    return rows


def test_every_input_is_one_row_with_the_right_status(hostile_corpus, hostile_tables):
    tables, counts = hostile_tables
    docs = _documents(tables)
    assert sorted(docs) == sorted(hostile_corpus.expect), "documents rows ≠ inputs"
    assert sum(counts.values()) == len(docs) == pq.read_metadata(schema.table_path(tables, "documents")).num_rows
    assert set(counts) <= set(schema.DOC_STATUSES)
    wrong = {source: (row["status"], row["error"]) for source, row in docs.items()
             if row["status"] != hostile_corpus.expect[source].status}
    assert not wrong


def test_errors_name_the_file_the_problem_and_the_line(hostile_corpus, hostile_tables):
    docs = _documents(hostile_tables[0])
    for source, expect in hostile_corpus.expect.items():
        error = docs[source]["error"]
        if expect.error:
            assert error, source
            for needle in expect.error:
                assert needle in error, (source, needle, error)
        elif expect.status == "ok":
            assert error is None, (source, error)
        if expect.status != "ok":
            assert error and source.split("#")[0] in error, (source, error)


def test_duplicates_are_marked_not_double_counted(hostile_corpus, hostile_tables):
    docs = _documents(hostile_tables[0])
    marked = {s: row["duplicate_of"] for s, row in docs.items() if row["duplicate_of"]}
    assert marked == {s: e.duplicate_of for s, e in hostile_corpus.expect.items() if e.duplicate_of}
    for source, original in marked.items():
        assert docs[source]["raw_sha256"] == docs[original]["raw_sha256"]
        assert docs[source]["doc_id"] != docs[original]["doc_id"]
    # Empty files share their (empty) content but are not duplicates of each other.
    assert docs["empty.txt"]["duplicate_of"] is None


def test_encodings_give_the_same_text(hostile_corpus, hostile_tables):
    docs = _documents(hostile_tables[0])
    for source, expect in hostile_corpus.expect.items():
        if expect.same_text_as:
            # (the Windows-1256 copy has ASCII digits, which the cleaned text keeps: the digit policy, clean.py)
            assert (docs[source]["text"].translate(ASCII_DIGITS)
                    == docs[expect.same_text_as]["text"].translate(ASCII_DIGITS)), source
    assert docs["article-cp1256.txt"]["encoding"] == "windows-1256"
    assert docs["article-utf16.txt"]["encoding"] == "utf-16"
    assert "ي" not in docs["article-cp1256.txt"]["text"]


def test_visible_text_only_and_no_invisible_marks(hostile_tables):
    docs = _documents(hostile_tables[0])
    page = docs["page.html"]
    assert page["title"] == "تیتر خبر"
    for hidden in ("secret", "alert", "color", "نباید", "پنهان", "document.write"):
        assert hidden not in page["text"]
    assert "فیروزآبادی" in page["text"]
    for source, row in docs.items():
        assert not HIDDEN_MARKS.search(row["text"]), source
    marks = docs["marks.txt"]["text"]
    assert "سلام" in marks and "کتاب" in marks and "ِ" not in marks  # diacritics gone, letters kept


def test_limits_truncate_with_a_note(hostile_tables):
    docs = _documents(hostile_tables[0])
    big = docs["big-10mb.txt"]
    assert big["status"] == "ok" and len(big["text"]) <= SUITE_MAX_DOC_CHARS
    assert f"max_doc_chars={SUITE_MAX_DOC_CHARS}" in big["error"]
    assert big["n_chars_raw"] > 5_000_000  # the whole page was read and counted
    assert "sentence(s) longer than clean.max_tokens_per_sentence" in docs["diacritics.txt"]["error"]


def test_every_span_lies_in_the_text_and_maps_to_the_raw_text(hostile_tables):
    tables = hostile_tables[0]
    docs = {row["doc_id"]: row for row in _documents(tables).values()}
    sentences, tokens = _by_doc(tables, "sentences"), _by_doc(tables, "tokens")
    assert set(sentences) <= {d for d, row in docs.items() if row["status"] == "ok"}
    for doc_id, row in docs.items():
        text = row["text"]
        if row["status"] != "ok":
            assert doc_id not in tokens
            continue
        assert text and sentences.get(doc_id) and tokens.get(doc_id), row["source"]
        spans = {s["sent_idx"]: (s["start"], s["end"]) for s in sentences[doc_id]}
        assert sorted(spans) == list(range(len(spans)))
        for tok in tokens[doc_id]:
            start, end = spans[tok["sent_idx"]]
            assert start <= tok["start"] < tok["end"] <= end
            assert text[tok["start"]:tok["end"]] == tok["text"] == tok["text"].strip()
        runs = row["offset_map"]
        raw = [raw_offset(runs, i) for i in range(len(text))]
        assert all(0 <= r < row["n_chars_raw"] for r in raw), row["source"]
        assert raw == sorted(raw), row["source"]


def test_good_documents_get_the_same_rows_as_alone(hostile_corpus, hostile_tables, good_only_tables):
    mixed, alone = hostile_tables[0], good_only_tables[0]
    mixed_docs, alone_docs = _documents(mixed), _documents(alone)
    assert sorted(alone_docs) == sorted(hostile_corpus.good)
    for name in ("sentences", "tokens"):
        mixed_rows, alone_rows = _by_doc(mixed, name), _by_doc(alone, name)
        for source in hostile_corpus.good:
            assert mixed_docs[source] == alone_docs[source]
            assert mixed_rows[mixed_docs[source]["doc_id"]] == alone_rows[alone_docs[source]["doc_id"]]


def test_tables_follow_the_contract_and_no_temporaries_remain(hostile_tables):
    tables = hostile_tables[0]
    for name in ("documents", "sentences", "tokens"):
        schema.read_table(tables, name)
    assert not [p.name for p in tables.iterdir() if p.name.endswith(".tmp")]


def test_cli_exit_status(monkeypatch, capsys):
    """Exit 0 when some documents are usable, 1 when every document failed or --strict and any failed."""
    import pipeline.run
    from pipeline import cli

    def fake(documents):
        def run_pipeline(*args, **kwargs):
            summary = pipeline.run.RunSummary(documents=documents)
            summary.failures = ["x.txt: cannot decode"] * documents.get("failed", 0)
            return summary
        return run_pipeline

    cases = [({"ok": 3, "failed": 2}, [], 0), ({"ok": 3, "failed": 2}, ["--strict"], 1),
             ({"failed": 2}, [], 1), ({"ok": 1, "empty": 1}, ["--strict"], 0)]
    for documents, extra, expected in cases:
        monkeypatch.setattr(pipeline.run, "run_pipeline", fake(documents))
        try:
            cli.main(["run", "--input", "in", "--out", "out", "--no-progress", *extra])
            code = 0
        except SystemExit as exc:
            code = exc.code or 0
        assert code == expected, (documents, extra)
        assert "documents:" in capsys.readouterr().out


def test_whole_pipeline_over_the_hostile_corpus(hostile_corpus, e2e_hostile):
    out, summary = e2e_hostile
    docs = _documents(out)
    assert summary.n_documents == len(docs) == len(hostile_corpus.expect)
    assert {s: r["status"] for s, r in docs.items()} == {s: e.status for s, e in hostile_corpus.expect.items()}
    assert len(summary.failures) == sum(e.status == "failed" for e in hostile_corpus.expect.values())
    text = {row["doc_id"]: row["text"] for row in docs.values()}
    mentions = schema.read_table(out, "mentions").to_pylist()
    assert mentions and all(text[m["doc_id"]][m["start"]:m["end"]] == m["text"] for m in mentions)
    ok_ids = {row["doc_id"] for row in docs.values() if row["status"] == "ok"}
    assert {m["doc_id"] for m in mentions} <= ok_ids
    # A duplicate is not a second source: entity document counts leave it out.
    duplicates = {row["doc_id"] for row in docs.values() if row["duplicate_of"]}
    per_entity: dict[str, set] = {}
    for m in mentions:
        if m["entity_id"] and m["doc_id"] not in duplicates:
            per_entity.setdefault(m["entity_id"], set()).add(m["doc_id"])
    for entity in schema.read_table(out, "entities").to_pylist():
        assert entity["n_docs"] == len(per_entity.get(entity["entity_id"], ())), entity["name"]


def test_whole_pipeline_good_documents_match_a_run_alone(hostile_corpus, suite_params_path, tmp_path, end_to_end,
                                                        e2e_hostile):
    import shutil

    (tmp_path / "alone").mkdir()
    for name in hostile_corpus.good:
        shutil.copy(hostile_corpus.folder / name, tmp_path / "alone" / name)
    end_to_end(tmp_path / "alone", tmp_path / "alone-out", suite_params_path, tagger=FakeTagger())
    mixed_docs, alone_docs = _documents(e2e_hostile[0]), _documents(tmp_path / "alone-out")
    mixed_m, alone_m = _by_doc(e2e_hostile[0], "mentions"), _by_doc(tmp_path / "alone-out", "mentions")
    keep = ("mention_id", "sent_idx", "start", "end", "text", "label", "domain", "entity_id", "score", "method")
    for source in hostile_corpus.good:
        assert mixed_docs[source] == alone_docs[source]
        doc_id = alone_docs[source]["doc_id"]
        assert ([{k: m[k] for k in keep} for m in mixed_m.get(doc_id, [])]
                == [{k: m[k] for k in keep} for m in alone_m.get(doc_id, [])]), source


def test_real_default_model_over_hostile_files(hostile_corpus, suite_params_path, tmp_path, end_to_end):
    """The shipped default model (not the fake tagger) on the seed article and the nastiest files."""
    import shutil

    from .conftest import REPO

    if not (REPO / "models" / "default" / "manifest.json").exists():
        pytest.skip("models/default/manifest.json not found: the default model is not built")
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(REPO / "seeds" / "000_ab529479935ecf1d.txt", folder / "seed.txt")
    picked = ["marks.txt", "long-word.txt", "invalid-utf8.txt", "diacritics.txt", "mixed.jsonl", "empty.txt",
              "image-named.txt", "page.html"]
    for name in picked:
        shutil.copy(hostile_corpus.folder / name, folder / name)
    summary = end_to_end(folder, tmp_path / "out", suite_params_path)
    docs = _documents(tmp_path / "out")
    expected = {s: e.status for s, e in hostile_corpus.expect.items() if s.split("#")[0] in picked}
    assert {s: r["status"] for s, r in docs.items() if s != "seed.txt"} == expected
    assert docs["seed.txt"]["status"] == "ok" and summary.mentions > 0
    text = {row["doc_id"]: row["text"] for row in docs.values()}
    for m in schema.read_table(tmp_path / "out", "mentions").to_pylist():
        assert text[m["doc_id"]][m["start"]:m["end"]] == m["text"]
