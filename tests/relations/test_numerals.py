"""Number words shared by the rule families."""
from pipeline.lexicons import squash
from pipeline.relations.numerals import NUMBER_WORDS, ORDINAL_DETERMINERS, ORDINALS, QUANTIFIERS, RANK_ORDINALS


def test_ordinals_follow_their_cardinals():
    assert {squash(w) for w in ("یکم", "دوم", "سوم", "یازدهم", "بیستم", "سی‌ام", "صدم")} <= ORDINALS
    # «اول» names things («شبکه اول»); «سیم» is a wire
    assert squash("اول") not in ORDINALS and squash("سیم") not in ORDINALS


def test_ordinal_determiners_cover_teens_and_tens_but_not_a_given_name():
    assert {squash(w) for w in ("دومین", "یازدهمین", "سی‌امین", "نخستین", "آخرین")} <= ORDINAL_DETERMINERS
    assert squash("سیمین") not in ORDINAL_DETERMINERS


def test_counts_and_ranks_share_one_list():
    assert squash("یازده") in NUMBER_WORDS and squash("چند") in NUMBER_WORDS
    assert NUMBER_WORDS <= QUANTIFIERS and squash("هر") in QUANTIFIERS
    assert {squash("سوم"), squash("برتر")} <= RANK_ORDINALS
