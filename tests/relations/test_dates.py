"""The days a written date covers (pipeline.relations.dates), on the date wordings the NER tags in the Fars articles."""
import datetime

import pytest

from pipeline.relations.dates import date_range

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
    # several dates: from the first to the last
    ("از روز یکشنبه ۲۵ خرداد تا روز پنج‌شنبه ۱۹ تیر", D(2020, 6, 14), D(2020, 7, 9)),
])
def test_a_written_date_covers_these_days(written, first, last):
    assert date_range(written, PUBLISHED) == (first, last)


@pytest.mark.parametrize("written", [
    "دو سال آینده", "سه ماه گذشته", "9 ماهه سال جاری",  # a stretch of several periods
    "روزهای یکشنبه و سه‌شنبه",  # recurring days
    "تابستان", "سال", "طی", "نیم سال دوم ۹۹ - ۹۸",  # no day, month or year this can place
    "مه غلیظ",  # «مه» (fog) is May only beside a year
    "", None,
])
def test_no_range_rather_than_a_wrong_one(written):
    assert date_range(written, PUBLISHED) is None


def test_a_relative_date_needs_the_publication_date():
    assert date_range("امروز", None) is None and date_range("۱۹ مهرماه", None) is None
    assert date_range("12 آذر 1402", None) == (D(2023, 12, 3), D(2023, 12, 3))
