"""Character normalisation applied to words before any shipped model sees them.

Raw news text mixes Arabic and Persian letter forms and digit sets; the corpora
mostly use the Persian forms, so we fold them the same way at train and tag time.
"""
from __future__ import annotations

import re

from pipeline.clean import ARABIC_INDIC_DIGITS, ASCII_DIGITS

_CHAR_MAP = str.maketrans({
    "\u064a": "\u06cc",  # Arabic yeh -> Persian yeh
    "\u0649": "\u06cc",  # alef maksura -> Persian yeh
    "\u0643": "\u06a9",  # Arabic kaf -> Persian keheh
    "\u0629": "\u0647",  # teh marbuta -> heh
}) | ARABIC_INDIC_DIGITS
_DIACRITICS = re.compile("[\u064b-\u065f\u0670\u0640]")  # harakat, superscript alef, tatweel


def normalize_word(word: str) -> str:
    """Fold letter variants, drop diacritics/tatweel; keep ZWNJ (it separates affixes)."""
    return _DIACRITICS.sub("", word.translate(_CHAR_MAP)) or word


def ascii_digits(word: str) -> str:
    """Persian and Arabic-Indic digits to ASCII: the NER's input (its training data's digits) and word shapes."""
    return word.translate(ASCII_DIGITS)
