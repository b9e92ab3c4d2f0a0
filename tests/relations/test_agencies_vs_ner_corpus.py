"""scripts/agencies_vs_ner_corpus.py: agencies found in NER-corpus sentences against the corpus' ORG spans."""
import pytest


@pytest.fixture(scope="module")
def script(script_module):
    return script_module("agencies_vs_ner_corpus")


def test_org_phrases_join_each_span_and_ignore_a_stray_inside_tag(script):
    tokens = ["رئیس", "دانشگاه", "تهران", "و", "وزارت", "نفت", "و", "ملی"]
    tags = ["O", "B-ORG", "I-ORG", "O", "B-ORG", "I-ORG", "O", "I-ORG"]
    assert script.org_phrases(tokens, tags) == ["دانشگاه تهران", "وزارت نفت"]


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
