"""Character normalisation applied to words before any shipped model sees them.

Raw news text mixes Arabic and Persian letter forms and digit sets; the corpora
mostly use the Persian forms, so we fold them the same way at train and tag time.
"""
from __future__ import annotations

import re

_CHAR_MAP = str.maketrans({
    "\u064a": "\u06cc",  # Arabic yeh -> Persian yeh
    "\u0649": "\u06cc",  # alef maksura -> Persian yeh
    "\u0643": "\u06a9",  # Arabic kaf -> Persian keheh
    "\u0629": "\u0647",  # teh marbuta -> heh
    "\u0660": "۰", "\u0661": "۱", "\u0662": "۲", "\u0663": "۳", "\u0664": "۴",
    "\u0665": "۵", "\u0666": "۶", "\u0667": "۷", "\u0668": "۸", "\u0669": "۹",
})
_DIACRITICS = re.compile("[\u064b-\u065f\u0670\u0640]")  # harakat, superscript alef, tatweel
_PERSIAN_DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹", "0123456789")


def normalize_word(word: str) -> str:
    """Fold letter variants, drop diacritics/tatweel; keep ZWNJ (it separates affixes)."""
    return _DIACRITICS.sub("", word.translate(_CHAR_MAP)) or word


def ascii_digits(word: str) -> str:
    """Persian digits to ASCII (for word-shape features)."""
    return word.translate(_PERSIAN_DIGITS)
