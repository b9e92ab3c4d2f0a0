import re
from collections import Counter

import pytest

from pipeline.errors import ConfigError
from pipeline.lexicons import (LEXICON_DIR, PhraseTable, agency_key, canonical_title, fullest_person_name,
                               load_lexicons,
                               name_without_honorifics, nationality_country, squash)
from pipeline.relations.params import RelationsParams


def test_all_31_provinces_with_unique_current_iso_codes():
    lex = load_lexicons()
    assert len(lex.province_by_iso) == 31
    assert sorted(lex.province_by_iso) == [f"IR-{n:02d}" for n in range(31)]
    assert lex.province_by_iso["IR-02"].canonical == "مازندران"
    assert lex.province_by_iso["IR-02"].iso_legacy == "IR-21"


@pytest.mark.parametrize("variant, canonical", [
    ("آذربایجان‌غربی", "آذربایجان غربی"),
    ("آذربایجان غربي", "آذربایجان غربی"),
    ("کهگیلویه و بویر احمد", "کهگیلویه و بویراحمد"),
    ("سيستان و بلوچستان", "سیستان و بلوچستان"),
])
def test_province_spelling_variants_collapse(variant, canonical):
    assert load_lexicons().provinces.get(variant).canonical == canonical


def test_squash_ignores_zwnj_space_and_arabic_letters():
    assert squash("شورایعالی") == squash("شورای عالی") == squash("شورای‌عالی")
    assert squash("رئيس") == squash("رییس")
    assert squash("كرمان") == squash("کرمان")


def test_squash_folds_persian_and_arabic_indic_digits_to_ascii():
    # the cleaned text keeps the article's digits; rules and entity keys compare them folded
    assert squash("شهرداری منطقه ۳") == squash("شهرداری منطقه 3") == squash("شهرداری منطقه ٣") == "شهرداریمنطقه3"
    assert squash("کمیسیون اصل ۹۰") == squash("کمیسیون اصل 90")


def test_squash_unifies_the_seat_of_the_hamza_in_heyat_and_masool():
    assert squash("هیئت دولت") == squash("هیأت دولت") == squash("هیات دولت") == squash("هئیت دولت")
    assert squash("مسئولان") == squash("مسؤولان") == squash("مسوولان")
    assert squash("هیت") != squash("هیئت")  # a misspelling, left to the lists that want it


def test_loaded_once():
    assert load_lexicons() is load_lexicons()


def _copy_lexicons(folder, leave_out=()):
    """A replacement lexicon folder: the packaged files, less `leave_out`, for a test to break one of."""
    for f in LEXICON_DIR.iterdir():
        if f.suffix in (".yaml", ".txt") and f.name not in leave_out:
            (folder / f.name).write_text(f.read_text(encoding="utf-8"), encoding="utf-8")


def test_bad_lexicon_file_is_a_config_error(tmp_path):
    _copy_lexicons(tmp_path)
    (tmp_path / "provinces.yaml").write_text("- {canonical: X, iso: IR-99, bare: sometimes}\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="always, context, never"):
        load_lexicons(str(tmp_path))


def test_a_replacement_folder_missing_a_file_is_a_config_error(tmp_path):
    # (a folder made for an older version, before place_names.txt existed)
    _copy_lexicons(tmp_path, leave_out=("place_names.txt",))
    with pytest.raises(ConfigError, match="lacks place_names.txt"):
        load_lexicons(str(tmp_path))


def test_an_optional_file_may_be_missing_from_a_replacement_folder_but_not_malformed(tmp_path):
    # a folder copied before well_known_holders.yaml existed still loads, with no well-known holders
    old, bad = tmp_path / "old", tmp_path / "bad"
    for folder in (old, bad):
        folder.mkdir()
        _copy_lexicons(folder, leave_out=("well_known_holders.yaml",))
    assert load_lexicons(str(old)).well_known_posts == {}
    (bad / "well_known_holders.yaml").write_text("- {names: [علی رضایی], org: ایران}\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="lacks titles"):
        load_lexicons(str(bad))


@pytest.mark.parametrize("entry, message", [
    ("- {names: [علی رضایی], titles: [رئیس جمهور], org: ایرانستان}", "org 'ایرانستان' is neither a countries.yaml"),
    ("- {names: [علی رضایی], titles: [قهرمان جهان], org: ایران}", "open with no titles.yaml title"),
])
def test_a_well_known_post_the_title_phrases_cannot_read_is_refused(tmp_path, entry, message):
    """A misspelt body or title would make the entry match nothing, silently; the error names the entry."""
    _copy_lexicons(tmp_path)
    (tmp_path / "well_known_holders.yaml").write_text(entry + "\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=f"entry 'علی رضایی': .*{re.escape(message)}"):
        load_lexicons(str(tmp_path))


def test_well_known_holders_are_found_by_every_name_they_go_by():
    posts = load_lexicons().well_known_posts
    (post,) = posts[squash("احمدی نژاد")]
    assert posts[squash("محمود احمدی‌نژاد")] == (post,)
    assert post.org == squash("ایران") and squash("رئیس‌جمهور") in post.titles


def test_a_lexicon_folder_that_does_not_exist_is_named_as_such(tmp_path):
    with pytest.raises(ConfigError, match="does not exist or is not a folder"):
        load_lexicons(str(tmp_path / "no-such-folder"))
    with pytest.raises(ConfigError, match="does not exist or is not a folder"):
        RelationsParams.from_dict({"lexicon_dir": str(tmp_path / "no-such-folder")})


def test_places_hold_several_word_names_and_the_provincial_capitals():
    lex = load_lexicons()
    assert lex.places.get("بندر انزلی") == "بندر انزلی" and lex.places.get("بندرانزلی") == "بندر انزلی"
    assert lex.places.get("شهر کرد") and lex.places.get("ساری") == "ساری"


def test_unknown_title_key_is_a_config_error(tmp_path):
    _copy_lexicons(tmp_path)
    (tmp_path / "titles.yaml").write_text("- {title: رئیس, complement: org, head: رئیس}\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="unknown keys head; valid: title, complement, implicit, plural, same_as, staff"):
        load_lexicons(str(tmp_path))
    (tmp_path / "titles.yaml").write_text("- {title: کارشناس, complement: org, staff: yes please}\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="staff must be true or false"):
        load_lexicons(str(tmp_path))
    (tmp_path / "titles.yaml").write_text("- {title: مشاور, complement: org, serves: 1}\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="مشاور.*serves must be true or false"):
        load_lexicons(str(tmp_path))
    (tmp_path / "titles.yaml").write_text("- {title: قاضی, complement: org, in_names: maybe}\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="قاضی.*in_names must be true or false"):
        load_lexicons(str(tmp_path))


def test_a_phrase_never_starts_with_the_conjunction_fars():
    # fars-news-1.json#185 (a poem): «و زیر سایه آن کعبه» joined without the space would read «وزیر»
    lex = load_lexicons(LEXICON_DIR)
    tokens = [squash(w) for w in ("و", "زیر", "سایه")]
    assert lex.titles.longest_at(tokens, 0) is None
    assert lex.titles.longest_at([squash("وزیر"), squash("کشور")], 0) is not None


def test_phrase_matches_scan_left_to_right_longest_first_and_skip_tokens():
    table = PhraseTable()
    for phrase, value in (("آذربایجان", "short"), ("آذربایجان غربی", "west"), ("تهران", "tehran")):
        table.add(phrase, value)
    tokens = [squash(w) for w in ("استان", "آذربایجان", "غربی", "و", "تهران", "تهران")]
    assert table.matches(tokens) == [(1, 3, "west"), (4, 5, "tehran"), (5, 6, "tehran")]
    assert table.matches(tokens, start=2, limit=5) == [(4, 5, "tehran")]
    assert table.matches(tokens, skip={1, 4}) == [(5, 6, "tehran")]


def test_the_longest_phrase_is_found_past_a_shorter_one_and_across_split_words():
    # the scan stops once the joined tokens leave every phrase's beginning; it must still reach the longest
    table = PhraseTable()
    for phrase, value in (("شورای عالی", "short"), ("شورای عالی امنیت ملی", "long"), ("شورایعالی انقلاب", "glued")):
        table.add(phrase, value)
    words = [squash(w) for w in ("شورای", "عالی", "امنیت", "ملی", "گفت")]
    assert table.longest_at(words, 0) == (4, "long")
    assert table.longest_at(words, 0, limit=3) == (2, "short")
    assert table.longest_at([squash(w) for w in ("شورای‌عالی", "انقلاب")], 0) == (2, "glued")
    assert table.longest_at([squash(w) for w in ("شورا", "یعالی", "انقلاب")], 0) == (3, "glued")
    assert table.longest_at([squash(w) for w in ("شورای", "شهر")], 0) is None


def test_nationality_adjectives_name_their_country():
    lex = load_lexicons()
    # made from the name by a suffix, and listed where not («سعودی»: countries.yaml `nationalities`)
    expected = {"آمریکایی": "آمریکا", "روسی": "روسیه", "فرانسوی": "فرانسه", "ترکیه‌ای": "ترکیه",
                "سعودی": "عربستان", "روس": "روسیه", "آذربایجانی": "جمهوری آذربایجان"}
    assert {w: nationality_country(lex, squash(w)) for w in expected} == expected
    # («ترک» is also «leaving», «تاجیک» a surname: not listed)
    assert nationality_country(lex, squash("ترک")) is None and nationality_country(lex, squash("مالیاتی")) is None


def test_a_eulogy_does_not_split_a_body_into_two_entities():
    # tune 1#51: «پالایشگاه امام خمینی (ره) شازند» and «پالایشگاه امام خمینی شازند» are one refinery
    assert agency_key("پالایشگاه امام خمینی (ره) شازند") == agency_key("پالایشگاه امام خمینی شازند")
    assert agency_key("دانشگاه ولیعصر(عج)") == agency_key("دانشگاه ولیعصر")
    assert agency_key("بی. بی. سی") == agency_key("بی‌بی‌سی")


@pytest.mark.parametrize("name, spelt", [
    ("دکتر احمد ابراهیم", "احمدابراهیم"), ("دکتر ابراهیم", "ابراهیم"),
    ("حجت‌الاسلام والمسلمین مصطفی پورمحمدی", "مصطفیپورمحمدی"),
    ("سیدمحمد خاتمی", "محمدخاتمی"), ("سید محمد خاتمی", "محمدخاتمی"),  # «سید» glued to the given name, or apart
    ("سیدنی پواتیه", "سیدنیپواتیه"),  # no given name after «سید»: a name of its own
])
def test_a_name_without_its_honorifics(name, spelt):
    assert name_without_honorifics(load_lexicons(), name) == spelt


@pytest.mark.parametrize("forms, fullest", [
    ({"دکتر ابراهیم": 3, "احمد ابراهیم": 1}, "احمد ابراهیم"),  # spells more of the name past the honorific
    ({"محمدمهدی طهرانچی": 1, "محمد مهدی طهرانچی": 1}, "محمد مهدی طهرانچی"),  # as long: the readable form
    ({"محمدمهدی طهرانچی": 2, "محمد مهدی طهرانچی": 1}, "محمدمهدی طهرانچی"),  # as long: the usual form first
    # a courtesy word is no part of the name, a rank or a clerical title is (session 72, entities table: «آقای
    # احمدی‌نژاد» named the entity of 13 articles)
    ({"آقای احمدی‌نژاد": 3, "احمدی‌نژاد": 1}, "احمدی‌نژاد"),
    ({"خانم ابتکار": 1, "ابتکار": 1}, "ابتکار"),
    ({"آقای احمدی‌نژاد": 3, "دکتر احمدی‌نژاد": 1}, "دکتر احمدی‌نژاد"),
    ({"آقای خاتمی": 2}, "آقای خاتمی"),  # the only form there is
])
def test_the_fullest_form_names_a_person(forms, fullest):
    assert fullest_person_name(load_lexicons(), Counter(forms)) == fullest


@pytest.mark.parametrize("written, canonical", [
    ("رییس", "رئیس"), ("مدیر کل", "مدیرکل"), ("مدیر\u200cکل", "مدیرکل"), ("سخنگوی", "سخنگو"),
    ("رییس جمهوری", "رئیس\u200cجمهور"), ("مسؤول", "مسئول"), ("نایب\u200cرییس", "نایب\u200cرئیس"),
    ("وزير  امور خارجه", "وزیر امور خارجه"),  # composed, not in the lexicon: letters and spaces unified only
])
def test_a_title_has_one_canonical_spelling(written, canonical):
    # the relations table's title_canonical: roles group by post whatever the article's spelling
    assert canonical_title(load_lexicons(), written) == canonical


def test_a_head_followed_by_listed_words_is_one_head_per_word(tmp_path):
    lex = load_lexicons()
    assert lex.org_heads.get("هیات کشتی").kind == "sports_board"  # (squash: «هیئت/هیات»)
    assert lex.org_heads.get("هیئت ورزشی دوچرخه سواری").kind == "sports_board"
    assert lex.org_heads.get("هیئت") is None  # alone: a delegation, a mourning group …
    _copy_lexicons(tmp_path)
    (tmp_path / "org_heads.yaml").write_text("- {head: هیئت, kind: sports_board, followed_by: کشتی}\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="'هیئت': followed_by must be a list of words"):
        load_lexicons(str(tmp_path))
