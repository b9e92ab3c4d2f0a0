"""Nouns of administrative places, shared by the rule families.

Each family needs a different subset (a seat «مرکز شهرستان», a place prefix «شهرستان X», a generic plural
«استان‌های کشور», a list cue «استان‌های قم و یزد»), but all are built from these nouns, so a spelling added here
reaches every family. Keys are squashed (pipeline.lexicons.squash: «استان‌های» and «استانهای» are one key).
"""
from __future__ import annotations

from pipeline.lexicons import squash

# (a «بخش» is a subdivision of a county; a «منطقه» here is a zone of a city: «شهرداری منطقه ۳»)
COUNTRY, PROVINCE, COUNTY, CITY, SUBCOUNTY, VILLAGE, ZONE = (
    squash(w) for w in ("کشور", "استان", "شهرستان", "شهر", "بخش", "روستا", "منطقه"))
# a foreign country's province: «ایالت کالیفرنیا» (a state), «ولایت هرات» (Afghanistan's)
FOREIGN_PROVINCES = frozenset(squash(w) for w in ("ایالت", "ولایت"))
# «روستای X»: a noun ending in a vowel takes «ی» in the ezafe before the village's name
VILLAGE_EZAFE = squash("روستای")
# the part of a place: «غرب استان تهران», «جنوب خوزستان»
DIRECTIONS = frozenset(squash(w) for w in ("غرب", "شرق", "شمال", "جنوب"))


def ezafe_plurals(*nouns: str) -> frozenset[str]:
    """«استان‌های», «شهرهای»: the plural that a list of names follows."""
    return frozenset(squash(n + "‌های") for n in nouns)


def plurals(*nouns: str) -> frozenset[str]:
    """«استان‌ها» and «استان‌های»."""
    return ezafe_plurals(*nouns) | {squash(n + "‌ها") for n in nouns}
