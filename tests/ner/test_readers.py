import pytest

from pipeline.errors import InputError
from pipeline.ner.data import allowed_label_mask, split_arman
from pipeline.ner.readers import read_conll


def test_peyma(tmp_path):
    f = tmp_path / "p.txt"
    f.write_text("سید|B_PER\nعلی|I_PER\nگفت|O\n\nتهران|B_LOC\n", encoding="utf-8")
    assert read_conll(f, "peyma") == [(["سید", "علی", "گفت"], ["B-PER", "I-PER", "O"]), (["تهران"], ["B-LOC"])]


def test_arman_and_conll(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("\n\nبه O\nسازمان B-org\nملل I-org\n\n\nجام B-event\n", encoding="utf-8")
    want = [(["به", "سازمان", "ملل"], ["O", "B-ORG", "I-ORG"]), (["جام"], ["B-EVE"])]
    assert read_conll(f, "arman") == want
    assert read_conll(f, "conll") == want
    g = tmp_path / "c.txt"
    g.write_text("a|B-PER\nb|O\n", encoding="utf-8")
    assert read_conll(g, "conll") == [(["a", "b"], ["B-PER", "O"])]


def test_windows_line_ends_tabs_and_trailing_blanks(tmp_path):
    """Held-back copies may have passed through other tools: CRLF, a BOM, tabs, trailing spaces."""
    f = tmp_path / "a.txt"
    f.write_bytes("\ufeffبه O \r\nسازمان\tB-org\r\nملل   I-org\t\r\n \r\nجام B-event".encode("utf-8"))
    want = [(["به", "سازمان", "ملل"], ["O", "B-ORG", "I-ORG"]), (["جام"], ["B-EVE"])]
    assert read_conll(f, "arman") == want
    assert read_conll(f, "conll") == want
    g = tmp_path / "p.txt"
    g.write_bytes("\ufeffسید|B_PER \r\nعلی|I_PER\t\r\n\r\nتهران|B_LOC\r\n".encode("utf-8"))
    assert read_conll(g, "peyma") == [(["سید", "علی"], ["B-PER", "I-PER"]), (["تهران"], ["B-LOC"])]


def test_every_format_takes_both_separators(tmp_path):
    """The issue's files are `token TAG` or `token|TAG`; --format names the tag style, not the separator."""
    f = tmp_path / "p.txt"
    f.write_text("سید B_PER\nعلی\tI_PER\nگفت|O\n", encoding="utf-8")
    assert read_conll(f, "peyma") == [(["سید", "علی", "گفت"], ["B-PER", "I-PER", "O"])]
    f.write_text("سازمان|B-org\nملل I-org\n", encoding="utf-8")
    assert read_conll(f, "arman") == [(["سازمان", "ملل"], ["B-ORG", "I-ORG"])]
    # PEYMA's «|» first (a token may hold a blank), ARMAN's blank first (a token may hold a «|»)
    f.write_text("هزار و|O\n", encoding="utf-8")
    assert read_conll(f, "peyma", map_labels=False) == [(["هزار و"], ["O"])]
    f.write_text("a|b O\n", encoding="utf-8")
    assert read_conll(f, "arman", map_labels=False) == [(["a|b"], ["O"])]
    # multi-column CoNLL: the first column is the token, the last the tag
    f.write_text("EU NNP B-NP B-ORG\n", encoding="utf-8")
    assert read_conll(f, "conll", map_labels=False) == [(["EU"], ["B-ORG"])]


def test_raw_tags_and_errors(tmp_path):
    f = tmp_path / "x.txt"
    f.write_text("a B-pers\n", encoding="utf-8")
    assert read_conll(f, "arman", map_labels=False) == [(["a"], ["B-pers"])]
    f.write_text("justtoken\n", encoding="utf-8")
    for fmt in ("arman", "peyma", "conll"):
        with pytest.raises(InputError, match="x.txt:1: .*token.TAG"):
            read_conll(f, fmt)
    f.write_text("token|\n", encoding="utf-8")
    with pytest.raises(InputError, match="x.txt:1"):
        read_conll(f, "peyma")
    with pytest.raises(InputError):
        read_conll(tmp_path / "missing.txt", "peyma")
    with pytest.raises(InputError, match="valid"):
        read_conll(f, "bogus")


def test_split_arman_is_deterministic_tenth():
    sents = [([str(i)], ["O"]) for i in range(100)]
    train, dev = split_arman(sents)
    assert len(dev) == 10 and len(train) == 90
    assert split_arman(sents) == (train, dev)
    assert not set(w[0] for w, _ in dev) & set(w[0] for w, _ in train)


def test_allowed_mask():
    peyma = allowed_label_mask("peyma")
    assert "B-FAC" in peyma["O"] and "B-PER" not in peyma["O"] and peyma["B-PER"] == ["B-PER"]
    arman = allowed_label_mask("arman")
    assert "I-DAT" in arman["O"] and "B-EVE" not in arman["O"]
