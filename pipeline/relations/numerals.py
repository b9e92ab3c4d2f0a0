"""Numbers written as words, shared by the rule families.

One list, so that «منطقه یازده» (a district), «چند سال» (a period), «سی‌امین جشنواره» (an edition) and
«بیستم فروردین» (a date) all know the same numerals. Keys are squashed (pipeline.lexicons.squash).
"""
from __future__ import annotations

from pipeline.lexicons import CONJUNCTION, squash

_UNITS = ("یک", "دو", "سه", "چهار", "پنج", "شش", "هفت", "هشت", "نه")
_TEENS = ("ده", "یازده", "دوازده", "سیزده", "چهارده", "پانزده", "شانزده", "هفده", "هجده", "هیجده", "نوزده")
_TENS = ("بیست", "سی", "چهل", "پنجاه", "شصت", "هفتاد", "هشتاد", "نود", "صد")

CARDINALS = frozenset(squash(w) for w in _UNITS + _TEENS + _TENS)
# a small count of people: «دو معاون صدام» (two deputies), as many as the names listed before it
SMALL_COUNTS = {squash(w): n for n, w in enumerate(_UNITS[1:5], start=2)}
# a count: a cardinal or «چند» («چند سال», «چند باشگاه»)
NUMBER_WORDS = CARDINALS | {squash("چند")}
# a counted or quantified noun is a description, not a name («دو باشگاه …», «هر دانشگاه»)
QUANTIFIERS = NUMBER_WORDS | {squash(w) for w in ("هر", "هیچ", "برخی", "چندین")}


def _ordinal(cardinal: str) -> str:
    """«دو» → «دوم», «سه» → «سوم», «سی» → «سی‌ام» (squashed «سیام»: «سیم» is a wire, «سیمین» a name)."""
    if cardinal == "سه":
        return squash("سوم")
    return squash(cardinal + ("ام" if cardinal.endswith("ی") else "م"))


# «دوم», «بیستم», «سی‌ام» (not «اول», which also names things: «شبکه اول»)
ORDINALS = frozenset(_ordinal(w) for w in _UNITS + _TEENS + _TENS)
# an ordinal determiner opens a noun phrase: «دومین», «سی‌امین», «نخستین», «اولین», «آخرین»
ORDINAL_DETERMINERS = frozenset({o + "ین" for o in ORDINALS} | {squash(w) for w in ("نخستین", "اولین", "آخرین")})
DIGIT_ORDINAL_ENDINGS = {squash("مین"), squash("امین")}
# a place in a ranking: «مقام اول», «رتبه سوم», «عنوان برتر»
RANK_ORDINALS = ORDINALS | {squash(w) for w in ("اول", "نخست", "برتر", "نخستین")}


def edition_end(squashed: list[str], start: int, end: int) -> int:
    """End of an edition's ordinal at start («سی و ششمین», «ششمین», «36 مین»), or start when none opens there:
    «سی و ششمین جشنواره ملی فیلم فجر» is one edition of the festival «جشنواره ملی فیلم فجر»."""
    k = start
    while k + 1 < end and squashed[k] in CARDINALS and squashed[k + 1] == CONJUNCTION:
        k += 2  # «سی و | ششمین», «هشتاد و | یکمین»
    if k < end and (squashed[k] in ORDINAL_DETERMINERS or squashed[k] in DIGIT_ORDINAL_ENDINGS):
        return k + 1  # («مین» alone: its digits already trimmed as a stop token)
    if k + 1 < end and squashed[k].isdigit() and squashed[k + 1] in DIGIT_ORDINAL_ENDINGS:
        return k + 2  # the normaliser writes «36مین» as «36 مین»
    return start
