"""Place nouns shared by the rule families."""
from pipeline.lexicons import squash
from pipeline.relations.place_nouns import CITY, PROVINCE, ezafe_plurals, plurals


def test_plurals_with_and_without_zwnj_are_one_key():
    assert ezafe_plurals(PROVINCE) == {squash("استان‌های")} == {squash("استانهای")}
    assert plurals(PROVINCE, CITY) == {squash(w) for w in ("استان‌ها", "استان‌های", "شهرها", "شهرهای")}


def test_each_family_builds_its_set_from_the_shared_nouns():
    from pipeline.relations import complements, places, roles, titles
    assert plurals(PROVINCE) <= places.LIST_CUES  # (with the governors: «استانداران X و Y»)
    assert ezafe_plurals(PROVINCE) <= complements.GENERIC_PLURALS
    assert {squash("شهرستان‌های"), squash("کشورهای")} <= roles.PLURAL_PLACE_NOUNS
    assert {squash("شهرستان"), squash("شهرهای")} <= titles.PLACE_PREFIXES
