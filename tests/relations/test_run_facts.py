"""scripts/run_facts.py: the before/after comparison of a run's facts that rule changes are checked with."""
from pathlib import Path

import pytest
from conftest import make_doc
from scoring import write_run

from pipeline.relations import RelationsParams, extract_document

@pytest.fixture(scope="module")
def run_facts(script_module):
    return script_module("run_facts")

def _write(out_dir: Path, texts: list[str]) -> Path:
    docs = [make_doc(t, doc_id=f"d{i}") | {"source": f"news.json#{i}"} for i, t in enumerate(texts)]
    write_run(out_dir, docs, [extract_document(d, RelationsParams()) for d in docs])
    return out_dir

def test_facts_name_each_document_and_what_it_holds(run_facts, tmp_path):
    run_dir = _write(tmp_path, ["علی لاریجانی رئیس مجلس شورای اسلامی گفت: بودجه تصویب شد."])
    facts = run_facts.run_facts(run_dir)
    assert "news.json#0\tagency\tمجلس شورای اسلامی" in facts
    assert any(f.startswith("news.json#0\trole\tعلی لاریجانی\t") for f in facts)

def test_an_agreement_fact_names_its_type(run_facts, tmp_path):
    run_dir = _write(tmp_path, ["استانداری مازندران با دانشگاه تهران تفاهم‌نامه همکاری امضا کرد."])
    agreements = [f.split("\t") for f in run_facts.run_facts(run_dir) if "\tagreement\t" in f]
    assert agreements and all(fields[3] == "تفاهم‌نامه" for fields in agreements)

def test_changes_between_two_runs_are_listed_and_counted(run_facts, tmp_path, capsys):
    before = _write(tmp_path / "a", ["علی لاریجانی رئیس مجلس شورای اسلامی گفت: بودجه تصویب شد."])
    snapshot = tmp_path / "before.tsv"
    snapshot.write_text("".join(f + "\n" for f in run_facts.run_facts(before)), encoding="utf-8")
    after = _write(tmp_path / "b", ["علی لاریجانی رئیس مجلس شورای اسلامی گفت: بودجه تصویب شد.\n"
                                    "سازمان برنامه و بودجه گزارش داد."])
    assert run_facts.main([str(after), "--against", str(snapshot)]) == 0
    out, err = capsys.readouterr()
    assert out.splitlines() == ["+ news.json#0\tagency\tسازمان برنامه و بودجه"]
    assert "+1 agency" in err

def test_a_folder_without_tables_is_refused_with_the_reason(run_facts, tmp_path, capsys):
    with pytest.raises(SystemExit):
        run_facts.main([str(tmp_path)])
    assert "holds no documents.parquet" in capsys.readouterr().err

def test_hidden_articles_are_counted_never_shown(run_facts, tmp_path, capsys):
    # a blind set's articles: a change there is counted, what changed is not printed
    texts = ["علی لاریجانی رئیس مجلس شورای اسلامی گفت: بودجه تصویب شد.", "بانک ملت گزارش داد."]
    gold = tmp_path / "blind.jsonl"
    gold.write_text('{"doc": "news.json#1"}\n', encoding="utf-8")
    before = _write(tmp_path / "a", texts)
    assert run_facts.main([str(before), "--hide", str(gold)]) == 0
    snapshot_text = capsys.readouterr().out
    assert "بانک ملت" not in snapshot_text and "news.json#1\thidden\t" in snapshot_text
    snapshot = tmp_path / "before.tsv"
    snapshot.write_text(snapshot_text, encoding="utf-8")
    after = _write(tmp_path / "b", [texts[0] + "\nسازمان برنامه و بودجه گزارش داد.",
                                    texts[1] + "\nبانک تجارت گزارش داد."])
    assert run_facts.main([str(after), "--against", str(snapshot), "--hide", str(gold)]) == 0
    out, err = capsys.readouterr()
    assert out.splitlines() == ["+ news.json#0\tagency\tسازمان برنامه و بودجه"]
    assert "+1 agency" in err and "1 hidden article(s) changed" in err
    # comparing with a snapshot written without --hide (or the other way round) would show them: refused
    with pytest.raises(SystemExit):
        run_facts.main([str(after), "--against", str(snapshot)])
    assert "same --hide files" in capsys.readouterr().err
