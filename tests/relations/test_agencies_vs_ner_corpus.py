"""scripts/agencies_vs_ner_corpus.py: agencies found in NER-corpus sentences against the corpus' ORG spans."""
import pytest


@pytest.fixture(scope="module")
def script(script_module):
    return script_module("agencies_vs_ner_corpus")


def test_org_phrases_join_each_span_and_read_a_stray_inside_tag_as_the_ner_stage_does(script):
    # (a corpus file's tags reach the script BIO-repaired by read_conll; decode_bio starts a span at a stray I- too)
    tokens = ["رئیس", "دانشگاه", "تهران", "و", "وزارت", "نفت", "و", "ملی", "در", "تهران"]
    tags = ["O", "B-ORG", "I-ORG", "O", "B-ORG", "I-ORG", "O", "I-ORG", "O", "B-LOC"]
    assert script.org_phrases(tokens, tags) == ["دانشگاه تهران", "وزارت نفت", "ملی"]


def test_counts_agencies_per_method_and_lists_those_outside_every_org_span(script, tmp_path, capsys):
    corpus = tmp_path / "dev.txt"
    # the second sentence's «وزارت نفت» is left untagged, as a corpus gap would leave it
    corpus.write_text("رئیس|O\nدانشگاه|B_ORG\nتهران|I_ORG\nگفت|O\n.|O\n\n"
                      "وزارت|O\nنفت|O\nاعلام|O\nکرد|O\n.|O\n", encoding="utf-8")
    assert script.main(["--file", str(corpus), "--list", "lexicon"]) == 0
    out = capsys.readouterr().out
    assert "2 sentences" in out
    assert "pattern:head: 1 / 0" in out and "lexicon:known: 0 / 1" in out
    assert "lexicon:known\tوزارت نفت\tوزارت نفت اعلام کرد ." in out


def test_a_missing_or_malformed_corpus_file_is_a_usage_error_naming_it(script, tmp_path, capsys):
    with pytest.raises(SystemExit) as exit_info:
        script.main(["--file", str(tmp_path / "missing.txt")])
    assert exit_info.value.code == 2 and "missing.txt" in capsys.readouterr().err
    bad = tmp_path / "bad.txt"
    bad.write_text("رئیس|O\nدانشگاه\n", encoding="utf-8")
    with pytest.raises(SystemExit):
        script.main(["--file", str(bad)])
    assert "bad.txt:2" in capsys.readouterr().err


def test_unfound_lists_the_org_spans_no_agency_overlaps(script, tmp_path, capsys):
    corpus = tmp_path / "dev.txt"
    # «گروه» alone is the kind of body, no name: the pipeline finds no agency in it (the recall side of the check)
    corpus.write_text("رئیس|O\nدانشگاه|B_ORG\nتهران|I_ORG\nگفت|O\n.|O\n\n"
                      "این|O\nگروه|B_ORG\nاعلام|O\nکرد|O\n.|O\n", encoding="utf-8")
    assert script.main(["--file", str(corpus), "--unfound"]) == 0
    out = capsys.readouterr().out
    assert "corpus ORG spans that no agency overlaps: 1 of 2" in out
    assert "unfound\tگروه\tاین گروه اعلام کرد ." in out
    assert script.main(["--file", str(corpus)]) == 0
    assert "unfound\t" not in capsys.readouterr().out


def test_titled_looks_for_a_lexicon_title_just_before_or_after_the_name(script):
    from pipeline.lexicons import load_lexicons, squash

    titles = load_lexicons().titles

    def squashed(words):
        return [squash(w) for w in words]
    assert script.titled(squashed(["علی", "ربیعی", "؛", "وزیر", "کار", "گفت"]), 0, 2, titles)
    assert script.titled(squashed(["استاندار", "مازندران", "سید", "محمود", "حسینی", "پور", "گفت"]), 2, 6, titles)
    assert not script.titled(squashed(["علی", "ربیعی", "به", "تهران", "رفت"]), 0, 2, titles)


def test_officials_counts_the_titled_names_made_officials_and_lists_the_others(script, tmp_path, capsys):
    corpus = tmp_path / "dev.txt"
    # the second name has a title beside it but is the person the post serves, so no official: listed as unfound
    corpus.write_text("استاندار|O\nمازندران|B_LOC\nمحمود|B_PER\nحسینی|I_PER\nگفت|O\n.|O\n\n"
                      "مشاور|O\nحسن|B_PER\nروحانی|I_PER\nآمد|O\n.|O\n\n"
                      "علی|B_PER\nرضایی|I_PER\nبه|O\nتهران|B_LOC\nرفت|O\n.|O\n", encoding="utf-8")
    assert script.main(["--file", str(corpus), "--officials", "--unfound"]) == 0
    out = capsys.readouterr().out
    assert "3 sentences; PER spans beside a title: 2, made officials: 1" in out
    assert "unfound\tحسن روحانی\tمشاور حسن روحانی آمد ." in out
