"""The days a stated date covers, so a table's `date` («12 آذر 1402», «سال 1381», «فوریه 1999», «امروز», «روز
دوشنبه») can be filtered and joined by day: a pure function of the written date and the document's publication
date, which settles what the text leaves to it (the year of «19 مهرماه», the day of «دیروز»).

The answer is a range, first and last Gregorian day: a Jalali month or year is no Gregorian one («مهر 1399» is
2020-09-22 … 2020-10-21), and a coarse date is only known to lie somewhere in it («پایان سال جاری»: the year).
Words the range cannot express («دو سال آینده», «تابستان», «روزهای یکشنبه») give None rather than a wrong range; so
does a relative date with no publication date.
"""
from __future__ import annotations

import datetime as dt
import re

import jdatetime

from pipeline.clean import ASCII_DIGITS

JALALI_MONTHS = ("فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن",
                 "اسفند")
# the spellings Iranian media use for the Gregorian months («مه» and «می» only with a day or a year beside them)
GREGORIAN_MONTHS = {name: number for number, names in enumerate((
    ("ژانویه", "ژانویهٔ", "جانویه"), ("فوریه",), ("مارس",), ("آوریل", "آپریل"), ("مه", "می"), ("ژوئن", "جون"),
    ("ژوئیه", "ژوییه", "جولای"), ("اوت", "آگوست", "اگوست"), ("سپتامبر",), ("اکتبر",), ("نوامبر",), ("دسامبر",)),
    start=1) for name in names}
WEEKDAYS = {"شنبه": 0, "یکشنبه": 1, "یک شنبه": 1, "دوشنبه": 2, "دو شنبه": 2, "سه شنبه": 3, "چهارشنبه": 4,
            "چهار شنبه": 4, "پنجشنبه": 5, "پنج شنبه": 5, "جمعه": 6}  # days after Saturday, the Iranian week's first
DAYS_FROM_PUBLICATION = {"امروز": 0, "امشب": 0, "دیروز": -1, "دیشب": -1, "روز گذشته": -1, "شب گذشته": -1,
                         "پریروز": -2, "فردا": 1, "پس فردا": 2}
# (period, steps from the publication's): «این هفته», «ماه آینده», «سال گذشته» …
RELATIVE_PERIODS = {"هفته": "week", "ماه": "month", "سال": "year"}
PERIOD_STEPS = {"این": 0, "جاری": 0, "گذشته": -1, "پیش": -1, "قبل": -1, "آینده": 1, "بعد": 1, "دیگر": 1}
THIS_YEAR = {"امسال": 0, "پارسال": -1}
# a count before the period makes it a stretch of several («دو سال آینده», «سه ماه گذشته»): not one period
COUNT_WORDS = {"یک", "دو", "سه", "چهار", "پنج", "شش", "هفت", "هشت", "نه", "ده", "چند"}
MILADI = "میلادی"
SOME_DAY = dt.date(2000, 1, 1)  # a publication day for names_a_date, which asks only whether a date is named
FIRST_YEAR, LAST_YEAR = 1000, 2999  # a written year outside is no date («سال 0000»)
MONTH_PARTS = {"نیمه", "نیم", "دهه", "هفته", "ماهه", "فصل"}  # «نیمه اول مهر»: no day
UNTIL_NOW = re.compile(r"تا ?کنون|تا امروز|تا به حال|تا حالا")  # «از سال 1989 تاکنون»: up to the publication day
_UNITS = ("یکم", "دوم", "سوم", "چهارم", "پنجم", "ششم", "هفتم", "هشتم", "نهم")
ORDINAL_DAYS = {"اول": 1, **{w: n for n, w in enumerate(_UNITS, start=1)},
                **dict(zip(("دهم", "یازدهم", "دوازدهم", "سیزدهم", "چهاردهم", "پانزدهم", "شانزدهم", "هفدهم", "هجدهم",
                            "نوزدهم", "بیستم"), range(10, 21))),
                "هیجدهم": 18, "سی ام": 30, "سیام": 30,
                **{f"{tens} و {w}": base + n for tens, base in (("بیست", 20), ("سی", 30))
                   for n, w in enumerate(_UNITS, start=1) if base + n <= 31}}

_MONTH = "|".join(sorted(JALALI_MONTHS, key=len, reverse=True))
_GMONTH = "|".join(sorted(GREGORIAN_MONTHS, key=len, reverse=True))
_YEAR = r"(?:سال\s*)?(?P<year>\d{4}|\d{2})(?!\d)"
_REL_YEAR = r"(?:سال\s*)?(?P<rel>آینده|گذشته|جاری|قبل|بعد)|(?P<this>امسال|پارسال)"
_FIRST_DAY = r"(?:(?P<first>\d{1,2})\s*(?:تا|الی|و|-)\s*)?"  # «از ۱۰ تا ۱۵ بهمن‌ماه»: days of one month
JALALI_DAY = re.compile(rf"(?<!\d){_FIRST_DAY}(?P<day>\d{{1,2}})\s*(?P<month>{_MONTH})(?:[\s\u200c]*ماه)?"
                        rf"(?:\s*(?:{_YEAR}|{_REL_YEAR}))?")
JALALI_MONTH = re.compile(rf"(?<!\w)(?P<month>{_MONTH})(?:[\s\u200c]*ماه)?(?:\s*(?:{_YEAR}|{_REL_YEAR}))?"
                          rf"(?!\w)")
GREGORIAN_DAY = re.compile(rf"(?<!\d){_FIRST_DAY}(?P<day>\d{{1,2}})\s*(?:ماه\s*)?(?P<month>{_GMONTH})"
                           rf"(?:\s*(?:سال\s*)?(?P<year>\d{{4}}))?(?!\w)")
GREGORIAN_MONTH = re.compile(rf"(?<!\w)(?P<month>{_GMONTH})(?:\s*(?:سال\s*)?(?P<year>\d{{4}}))?(?!\w)")
_ORDINAL = re.compile(r"(?<!\w)(" + "|".join(sorted(ORDINAL_DAYS, key=len, reverse=True))
                      + rf")(?=\s*(?:ماه\s*)?(?:{_MONTH}|{_GMONTH})(?:\s*ماه)?(?!\w))")  # «هفدهم دی‌ماه» is «17 دی‌ماه»
NUMERIC = re.compile(r"(?<!\d)(?:(?P<y1>1[34]\d\d|[12]\d{3})\s*/\s*(?P<m1>\d{1,2})\s*/\s*(?P<d1>\d{1,2})"
                     r"|(?P<d2>\d{1,2})\s*/\s*(?P<m2>\d{1,2})\s*/\s*(?P<y2>1[34]\d\d|[12]\d{3}))(?!\d)")
YEAR = re.compile(r"(?:(?<!\w)سال\s*(?P<short>\d{2,4})|(?<![\d/])(?P<long>1[34]\d\d|1[89]\d\d|20\d\d))(?!\d)")

DateRange = tuple[dt.date, dt.date]
# words only a date holds: what keeps «تابستان امسال» and drops a name or number the NER tagged as a date
DATE_WORDS = re.compile(r"(?<!\w)(?:سال|ماه|هفته|روز|شب|صبح|ظهر|عصر|بامداد|بهار|تابستان|پاییز|پائیز|زمستان|نوروز|"
                        r"دهه|قرن|سده)")


def date_range(written: str | None, published: dt.date | str | None) -> DateRange | None:
    """First and last Gregorian day `written` covers, or None when it names no day, month or year this can place.
    Several dates in it («از روز یکشنبه ۲۵ خرداد تا روز پنج‌شنبه ۱۹ تیر») cover the days from the first to the last.
    `published`: the publication day (a date, a datetime or an ISO string)."""
    if not written:
        return None
    published = _as_day(published)
    text = re.sub(r"[\s\u200c]+", " ", written.translate(ASCII_DIGITS))  # («سه‌شنبه» / «سه شنبه»: one spelling)
    if re.search(r"روز ?های|(?<!\w)(?:" + "|".join(COUNT_WORDS) + r"|\d+)\s+(?:روز|هفته|ماه|سال)", text):
        return None  # recurring days, or a stretch of several periods
    text = _ORDINAL.sub(_ordinal_day, text)
    ranges = _explicit(text, published)
    if not ranges:
        ranges = _relative(text, published)
    if not ranges:
        return None
    first, last = min(r[0] for r in ranges), max(r[1] for r in ranges)
    if published is not None and UNTIL_NOW.search(text):
        last = max(last, published)
    return first, last


def _ordinal_day(m: re.Match) -> str:
    """«هفدهم دی‌ماه» is «17 دی‌ماه»; not «نیمه اول مهر ماه», «دهه سوم خرداد» (a part of the month)."""
    before = m.string[:m.start()].split()
    return m.group(0) if before and before[-1] in MONTH_PARTS else str(ORDINAL_DAYS[m.group(1)])


def _as_day(published) -> dt.date | None:
    """The publication day as a date: a datetime's day, an ISO string («2024-07-06») read; anything else is none."""
    if isinstance(published, dt.datetime):
        return published.date()
    if isinstance(published, str):
        try:
            return dt.date.fromisoformat(published.strip()[:10])
        except ValueError:
            return None
    return published if isinstance(published, dt.date) else None


def places_a_day_or_period(written: str) -> bool:
    """The text places a day or period on the calendar («صبح امروز», «عصر روز دوشنبه»), not only a time of day
    («ساعت ۱۰ صبح»): what makes the NER's TIM mention a date too."""
    return date_range(written, SOME_DAY) is not None


def names_a_date(written: str) -> bool:
    """A day, month, year or period the text names (placeable or not: «تابستان»), not a number or a name the NER
    took for a date («فاز 11», «پارس جنوبی»)."""
    return places_a_day_or_period(written) or DATE_WORDS.search(written.replace("\u200c", " ")) is not None


def _explicit(text: str, published: dt.date | None) -> list[DateRange]:
    """Dates the text writes out: a day, a month or a year, Jalali or Gregorian."""
    ranges: list[DateRange] = []
    taken: list[tuple[int, int]] = []

    def free(m: re.Match) -> bool:
        return not any(s < m.end() and m.start() < e for s, e in taken)

    for m in NUMERIC.finditer(text):
        year, month, day = (int(m["y1"]), int(m["m1"]), int(m["d1"])) if m["y1"] else \
            (int(m["y2"]), int(m["m2"]), int(m["d2"]))
        day_range = _day(year, month, day)
        if day_range:
            ranges.append(day_range)
            taken.append(m.span())
    for pattern, calendar in ((JALALI_DAY, "jalali"), (GREGORIAN_DAY, "gregorian")):
        for m in filter(free, pattern.finditer(text)):
            month = _month_number(m["month"], calendar)
            years = _years(m, calendar, published)
            days = sorted({int(m["day"]), int(m["first"] or m["day"])})  # («۷ - ۱ مهر» read either way)
            found = [(first[0], last[1]) for y in years if (first := _day(y, month, days[0], calendar))
                     and (last := _day(y, month, days[-1], calendar))]
            if found:
                ranges.append(_nearest(found, published))
                taken.append(m.span())
    for pattern, calendar in ((JALALI_MONTH, "jalali"), (GREGORIAN_MONTH, "gregorian")):
        for m in filter(free, pattern.finditer(text)):
            if calendar == "gregorian" and m["month"] in ("مه", "می") and not m["year"]:
                continue  # «مه» (fog), «می» (the verb prefix): a month only beside a year
            found = [_month(y, _month_number(m["month"], calendar), calendar) for y in _years(m, calendar, published)]
            if found:
                ranges.append(_nearest(found, published))
                taken.append(m.span())
    for m in filter(free, YEAR.finditer(text)):
        digits = m["short"] or m["long"]
        year = _full_year(digits)
        if not FIRST_YEAR <= year <= LAST_YEAR:
            continue
        calendar = "gregorian" if year >= 1700 or MILADI in text[m.end():m.end() + 10] else "jalali"
        ranges.append(_year(year, calendar))
        taken.append(m.span())
    return ranges


def _relative(text: str, published: dt.date | None) -> list[DateRange]:
    """Dates named from the publication day: «امروز», «روز گذشته», «روز دوشنبه», «این هفته», «ماه آینده», «امسال»
    («سال جاری میلادی»: the Gregorian year)."""
    if published is None:
        return []
    for words, shift in sorted(DAYS_FROM_PUBLICATION.items(), key=lambda x: -len(x[0])):
        if re.search(rf"(?<!\w){words}(?!\w)", text):
            day = published + dt.timedelta(days=shift)
            return [(day, day)]
    weekday = _weekday_named(text, published)
    if weekday is not None:
        return [(weekday, weekday)]
    gregorian = MILADI in text
    for word, step in THIS_YEAR.items():
        if re.search(rf"(?<!\w){word}(?!\w)", text):
            return [_period(published, "year", step, gregorian)]
    period = _period_named(text)
    return [_period(published, period[0], period[1], gregorian)] if period else []


def _period_named(text: str) -> tuple[str, int] | None:
    """(«هفته», «ماه» or «سال», steps from the publication's) for «این هفته», «ماه آینده», «سال گذشته» …"""
    for noun, period in RELATIVE_PERIODS.items():
        m = re.search(rf"(?<!\w)(?:(?P<pre>این|همین) {noun}|{noun} ?(?P<post>"
                      + "|".join(PERIOD_STEPS) + r"))(?!\w)", text)
        if m:
            return period, 0 if m["pre"] else PERIOD_STEPS[m["post"]]
    return None


def _weekday_named(text: str, published: dt.date) -> dt.date | None:
    """«روز دوشنبه»: the one within three days of the publication day (news dates its week's events so);
    «دوشنبه گذشته» / «آینده»: the last before it / the next after it; «دوشنبه هفته جاری / گذشته»: that week's."""
    for name in sorted(WEEKDAYS, key=len, reverse=True):
        m = re.search(rf"(?<!\w){name}(?!\w)(?: (?P<step>گذشته|پیش|قبل|آینده|بعد)(?!\w))?", text)
        if m is None:
            continue
        offset = WEEKDAYS[name] - _weekday(published)  # within the publication's week
        week = _period_named(text[m.end():])
        if week is not None and week[0] == "week":
            offset += 7 * week[1]
        elif m["step"]:
            offset = ((offset % 7) or 7) if PERIOD_STEPS[m["step"]] > 0 else -(((-offset) % 7) or 7)
        else:
            offset = (offset + 3) % 7 - 3
        return published + dt.timedelta(days=offset)
    return None


def _weekday(day: dt.date) -> int:
    return (day.weekday() - 5) % 7  # Monday 0 … Saturday 5 → Saturday 0


def _month_number(name: str, calendar: str) -> int:
    return JALALI_MONTHS.index(name) + 1 if calendar == "jalali" else GREGORIAN_MONTHS[name]


def _full_year(digits: str) -> int:
    """A year as written; two digits are the Jalali 13YY («سال 83»), or 14YY under 50 («سال 02»)."""
    year = int(digits)
    if len(digits) <= 2:
        return 1400 + year if year < 50 else 1300 + year
    return year


def _years(m: re.Match, calendar: str, published: dt.date | None) -> list[int]:
    """The year a day or month match names, or the candidates around the publication year when it names none."""
    if m["year"]:
        year = _full_year(m["year"])
        return [year] if FIRST_YEAR <= year <= LAST_YEAR else []
    if published is None:
        return []
    this = jdatetime.date.fromgregorian(date=published).year if calendar == "jalali" else published.year
    rel = m.groupdict().get("rel") or m.groupdict().get("this")
    if rel:
        return [this + {**PERIOD_STEPS, **THIS_YEAR}[rel]]
    return [this - 1, this, this + 1]


def _nearest(ranges: list[DateRange], published: dt.date | None) -> DateRange:
    if len(ranges) == 1 or published is None:
        return ranges[0]
    return min(ranges, key=lambda r: min(abs((r[0] - published).days), abs((r[1] - published).days)))


def _day(year: int, month: int, day: int, calendar: str | None = None) -> DateRange | None:
    calendar = calendar or ("jalali" if year < 1700 else "gregorian")
    try:
        date = jdatetime.date(year, month, day).togregorian() if calendar == "jalali" else dt.date(year, month, day)
    except ValueError:
        return None
    return date, date


def _month(year: int, month: int, calendar: str) -> DateRange:
    if calendar == "gregorian":
        first = dt.date(year, month, 1)
        return first, (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
    first = jdatetime.date(year, month, 1)
    after = jdatetime.date(year + 1, 1, 1) if month == 12 else jdatetime.date(year, month + 1, 1)
    return first.togregorian(), after.togregorian() - dt.timedelta(days=1)


def _year(year: int, calendar: str) -> DateRange:
    if calendar == "gregorian":
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    return jdatetime.date(year, 1, 1).togregorian(), jdatetime.date(year + 1, 1, 1).togregorian() - dt.timedelta(days=1)


def _period(published: dt.date, period: str, step: int, gregorian: bool = False) -> DateRange:
    """The Iranian week (Saturday to Friday), Jalali month or Jalali (or, `gregorian`, Gregorian) year of the
    publication day, `step` on."""
    if period == "week":
        first = published - dt.timedelta(days=_weekday(published)) + dt.timedelta(weeks=step)
        return first, first + dt.timedelta(days=6)
    if period == "year" and gregorian:
        return _year(published.year + step, "gregorian")
    today = jdatetime.date.fromgregorian(date=published)
    if period == "year":
        return _year(today.year + step, "jalali")
    index = today.year * 12 + today.month - 1 + step
    return _month(index // 12, index % 12 + 1, "jalali")
