"""The days a written date covers (pipeline.relations.dates), on the date wordings the NER tags in the Fars articles."""
import datetime
import random

import pytest

from pipeline.relations.dates import date_range, names_a_date

D = datetime.date
PUBLISHED = D(2020, 10, 14)  # 1399-07-23, a Wednesday


@pytest.mark.parametrize("written, first, last", [
    # a day: Jalali (the weekday beside it changes nothing), Gregorian, numeric, with Persian digits
    ("12 آذر 1402", D(2023, 12, 3), D(2023, 12, 3)),
    ("دوشنبه 12 آذر 1402", D(2023, 12, 3), D(2023, 12, 3)),
    ("۱۶ تیر ۱۴۰۳", D(2024, 7, 6), D(2024, 7, 6)),
    ("11 سپتامبر 2001", D(2001, 9, 11), D(2001, 9, 11)),
    ("26 / 12 / 1358", D(1980, 3, 16), D(1980, 3, 16)),
    ("1403/04/16", D(2024, 7, 6), D(2024, 7, 6)),
    # a month or a year: a Jalali one is no Gregorian month or year
    ("خرداد 76", D(1997, 5, 22), D(1997, 6, 21)),
    ("فوریه 1999", D(1999, 2, 1), D(1999, 2, 28)),
    ("سال 1381", D(2002, 3, 21), D(2003, 3, 20)),
    ("سال 83", D(2004, 3, 20), D(2005, 3, 20)),
    ("سال 1971", D(1971, 1, 1), D(1971, 12, 31)),
    ("سال 2010 میلادی", D(2010, 1, 1), D(2010, 12, 31)),
    # what the text leaves to the publication date: the year, nearest to it …
    ("۱۹ مهرماه", D(2020, 10, 10), D(2020, 10, 10)),
    ("اسفند ماه", D(2021, 2, 19), D(2021, 3, 20)),
    ("15 فروردین سال آینده", D(2021, 4, 4), D(2021, 4, 4)),
    # … or the day, week, month or year itself (the Iranian week runs Saturday to Friday)
    ("امروز", PUBLISHED, PUBLISHED),
    ("امروز چهارشنبه", PUBLISHED, PUBLISHED),
    ("روز گذشته", D(2020, 10, 13), D(2020, 10, 13)),
    ("دیشب", D(2020, 10, 13), D(2020, 10, 13)),
    ("فردا", D(2020, 10, 15), D(2020, 10, 15)),
    ("روز دوشنبه", D(2020, 10, 12), D(2020, 10, 12)),
    ("روز سه‌شنبه", D(2020, 10, 13), D(2020, 10, 13)),
    ("روز شنبه", D(2020, 10, 17), D(2020, 10, 17)),
    ("این هفته", D(2020, 10, 10), D(2020, 10, 16)),
    ("هفته گذشته", D(2020, 10, 3), D(2020, 10, 9)),
    ("ماه آینده", D(2020, 10, 22), D(2020, 11, 20)),
    ("امسال", D(2020, 3, 20), D(2021, 3, 20)),
    ("سال گذشته", D(2019, 3, 21), D(2020, 3, 19)),
    # a day named by its ordinal, not a part of the month
    ("هفدهم مهرماه", D(2020, 10, 8), D(2020, 10, 8)),
    ("بیست و پنجم مهر", D(2020, 10, 16), D(2020, 10, 16)),
    ("اول ماه آوریل 2004", D(2004, 4, 1), D(2004, 4, 1)),
    ("نیمه اول مهر ماه", D(2020, 9, 22), D(2020, 10, 21)),
    # a weekday of another week, or the last / next one
    ("دوشنبه گذشته", D(2020, 10, 12), D(2020, 10, 12)),
    ("چهارشنبه گذشته", D(2020, 10, 7), D(2020, 10, 7)),
    ("دوشنبه آینده", D(2020, 10, 19), D(2020, 10, 19)),
    ("دوشنبه هفته گذشته", D(2020, 10, 5), D(2020, 10, 5)),
    ("روز یکشنبه هفته جاری", D(2020, 10, 11), D(2020, 10, 11)),
    ("سال جاری میلادی", D(2020, 1, 1), D(2020, 12, 31)),
    # several dates, or days of one month: from the first to the last; «تاکنون» runs to the publication day
    ("از روز یکشنبه ۲۵ خرداد تا روز پنج‌شنبه ۱۹ تیر", D(2020, 6, 14), D(2020, 7, 9)),
    ("از ۱۰ تا ۱۵ مهرماه", D(2020, 10, 1), D(2020, 10, 6)),
    ("از سال 1989 تاکنون", D(1989, 1, 1), PUBLISHED),
])
def test_a_written_date_covers_these_days(written, first, last):
    assert date_range(written, PUBLISHED) == (first, last)


@pytest.mark.parametrize("written", [
    "دو سال آینده", "سه ماه گذشته", "9 ماهه سال جاری",  # a stretch of several periods
    "روزهای یکشنبه و سه‌شنبه",  # recurring days
    "تابستان", "سال", "طی", "نیم سال دوم ۹۹ - ۹۸",  # no day, month or year this can place
    "مه غلیظ",  # «مه» (fog) is May only beside a year
    "ژانویه 0000",  # no such year
    "", None,
])
def test_no_range_rather_than_a_wrong_one(written):
    assert date_range(written, PUBLISHED) is None


def test_a_relative_date_needs_the_publication_date():
    assert date_range("امروز", None) is None and date_range("۱۹ مهرماه", None) is None
    assert date_range("12 آذر 1402", None) == (D(2023, 12, 3), D(2023, 12, 3))


@pytest.mark.parametrize("published", [datetime.datetime(2020, 10, 14, 9, 30), "2020-10-14", "2020-10-14T09:30:00"])
def test_the_publication_date_may_be_a_datetime_or_an_iso_string(published):
    assert date_range("دیروز", published) == (D(2020, 10, 13), D(2020, 10, 13))


def test_an_unreadable_publication_date_is_none():
    assert date_range("دیروز", "14/10/2020") is None and date_range("دیروز", 20201014) is None


def test_any_mix_of_date_words_gives_a_range_or_none():
    rng = random.Random(0)
    words = list("0123456789۰۱۲۳۴۵۶۷۸۹/-") + ["ژانویه", "مه", "سال", "مهر", "اسفند", "تا", "اول", "سی ام", "دوشنبه",
                                               "گذشته", "آینده", "هفته", "ماه", "امروز", "میلادی", "0000", "9999", "31"]
    for _ in range(3000):
        written = " ".join(rng.choice(words) for _ in range(rng.randint(1, 6)))
        got = date_range(written, rng.choice([None, PUBLISHED, D(2001, 1, 1)]))
        assert got is None or got[0] <= got[1], written


@pytest.mark.parametrize("written, named", [
    ("تابستان امسال", True), ("دهه 80", True), ("روز دوشنبه", True), ("1381", True), ("امروز", True),
    ("11", False), ("84", False), ("پارس جنوبی", False), ("طی", False),  # what the NER took for a date
])
def test_what_names_a_date(written, named):
    assert names_a_date(written) is named
