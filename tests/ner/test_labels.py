import pytest

from pipeline.errors import ModelError
from pipeline.ner.labels import (BIO_LABELS, join_digit_groups, map_id2label, map_tag, map_tags, repair_bio,
                                 try_map_tag)


@pytest.mark.parametrize("raw,ours", [
    ("B_PER", "B-PER"), ("I_PER", "I-PER"), ("B-PER", "B-PER"), ("b-pers", "B-PER"), ("B-person", "B-PER"),
    ("B-org", "B-ORG"), ("I-organization", "I-ORG"), ("B-loc", "B-LOC"), ("B-location", "B-LOC"),
    ("B-fac", "B-FAC"), ("I-pro", "I-PRO"), ("B-event", "B-EVE"), ("B_DAT", "B-DAT"), ("B-date", "B-DAT"),
    ("I-time", "I-TIM"), ("B-money", "B-MON"), ("B-percent", "B-PCT"), ("O", "O"), ("o", "O"),
    ("S-PER", "B-PER"), ("E-ORG", "I-ORG"), ("PER-B", "B-PER"),
])
def test_map_tag(raw, ours):
    assert map_tag(raw) == ours


def test_map_tags_lists_all_unknown():
    with pytest.raises(ModelError) as err:
        map_tags(["B-PER", "B-ANIMAL", "I-misc", "B-ANIMAL"])
    assert "B-ANIMAL" in str(err.value) and "I-misc" in str(err.value)


def test_map_id2label():
    assert map_id2label({"0": "O", "1": "B_PER"}) == {0: "O", 1: "B-PER"}
    with pytest.raises(ModelError, match="B-MISC"):
        map_id2label({0: "O", 1: "B-MISC"})


def test_bio_labels_all_mappable():
    assert all(try_map_tag(lab) == lab for lab in BIO_LABELS)


def test_repair_bio():
    assert repair_bio(["I-PER", "I-PER", "O", "I-ORG", "B-LOC", "I-ORG"]) == \
        ["B-PER", "I-PER", "O", "B-ORG", "B-LOC", "B-ORG"]


def test_join_digit_groups_continues_an_amount_across_its_separator():
    # PEYMA dev writes «8 , 638 ریال»; the model restarted the amount after the comma
    words = ["قیمت", "8", ",", "638", "ریال", "و", "۱۲", "،", "۵۰۰", "تومان"]
    tags = ["O", "B-MON", "I-MON", "B-MON", "I-MON", "O", "B-MON", "I-MON", "B-MON", "I-MON"]
    assert join_digit_groups(words, tags) == \
        ["O", "B-MON", "I-MON", "I-MON", "I-MON", "O", "B-MON", "I-MON", "I-MON", "I-MON"]


def test_join_digit_groups_leaves_lists_and_other_types_alone():
    # a comma between names, a comma outside the entity, or a type change is a list, not one number
    assert join_digit_groups(["تهران", "،", "قم"], ["B-LOC", "I-LOC", "B-LOC"]) == ["B-LOC", "I-LOC", "B-LOC"]
    assert join_digit_groups(["8", ",", "638"], ["B-MON", "O", "B-MON"]) == ["B-MON", "O", "B-MON"]
    assert join_digit_groups(["8", ",", "638"], ["B-PCT", "I-PCT", "B-MON"]) == ["B-PCT", "I-PCT", "B-MON"]
