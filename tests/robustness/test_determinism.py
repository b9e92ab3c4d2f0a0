"""Re-running on the same input and parameters writes byte-identical tables; a changed or added
document changes only its own rows (ids derive from source and content)."""
from __future__ import annotations


from pipeline import schema
from pipeline.docstream import iter_rows

from . import corpus as hostile
from .conftest import FakeTagger

CLEAN_TABLES = ("documents", "sentences", "tokens")


def _bytes(folder, names):
    return {name: schema.table_path(folder, name).read_bytes() for name in names}


def test_clean_stage_twice_is_byte_identical(hostile_corpus, hostile_tables, suite_params, tmp_path):
    from pipeline.stages import clean as clean_stage

    first, counts = hostile_tables
    assert clean_stage.run(hostile_corpus.folder, tmp_path, suite_params) == counts
    assert _bytes(tmp_path, CLEAN_TABLES) == _bytes(first, CLEAN_TABLES)


def test_whole_pipeline_twice_is_byte_identical(hostile_corpus, suite_params_path, tmp_path, end_to_end,
                                                e2e_hostile):
    end_to_end(hostile_corpus.folder, tmp_path / "b", suite_params_path, tagger=FakeTagger())
    names = tuple(schema.TABLES)
    assert _bytes(e2e_hostile[0], names) == _bytes(tmp_path / "b", names)


def _rows_by_doc(folder):
    out = {}
    for name in CLEAN_TABLES:
        for row in iter_rows(schema.table_path(folder, name)):
            out.setdefault(row["doc_id"], {}).setdefault(name, []).append(row)
    return out


def test_a_changed_or_added_document_changes_only_its_own_rows(suite_params, tmp_path):
    from pipeline.stages import clean as clean_stage

    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in hostile.good_articles(4).items():
        (folder / name).write_text(text, encoding="utf-8")
    clean_stage.run(folder, tmp_path / "before", suite_params)
    before = _rows_by_doc(tmp_path / "before")

    (folder / "good-01.txt").write_text(hostile.good_articles(4)["good-01.txt"] + "\nخبر تکمیلی.", encoding="utf-8")
    (folder / "added.txt").write_text("خبر تازه\n" + hostile.ARTICLE, encoding="utf-8")
    clean_stage.run(folder, tmp_path / "after", suite_params)
    after = _rows_by_doc(tmp_path / "after")

    sources_before = {rows["documents"][0]["source"]: doc_id for doc_id, rows in before.items()}
    sources_after = {rows["documents"][0]["source"]: doc_id for doc_id, rows in after.items()}
    for source in ("good-00.txt", "good-02.txt", "good-03.txt"):
        assert sources_before[source] == sources_after[source]
        assert before[sources_before[source]] == after[sources_after[source]]
    assert sources_before["good-01.txt"] != sources_after["good-01.txt"]
    assert set(after) - set(before) == {sources_after["good-01.txt"], sources_after["added.txt"]}
