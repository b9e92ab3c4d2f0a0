"""Versioned lexicons (provinces, titles, organisation heads, honorifics, …) and their loader.

The data lives in YAML/TXT files beside this module (see README.md); `load_lexicons()` reads
them once per process (functools cache) and builds token-phrase tables in which spelling
variants (ZWNJ vs space vs nothing, Arabic ي/ك, hamza forms) collapse to one key.
Nothing is read at import time.
"""
from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Collection, Generic, Iterable, Sequence, TypeVar

from pipeline.clean import ASCII_DIGITS
from pipeline.config import read_yaml
from pipeline.errors import ConfigError

LEXICON_DIR = Path(__file__).resolve().parent

_LETTER_MAP = str.maketrans({"ي": "ی", "ى": "ی", "ك": "ک", "ة": "ه", "ۀ": "ه", "أ": "ا", "إ": "ا",
                             "ٱ": "ا", "ؤ": "و", "ئ": "ی", "\u200c": "", "\u200d": "", "\u200e": "",
                             "\u200f": "", " ": "", "\u00a0": "", "ـ": ""}) | ASCII_DIGITS
_DIACRITICS = re.compile("[\u064b-\u065f\u0670]")
# Words whose hamza is written on different seats («هیئت» / «هیأت» / «هیات», «مسئول» / «مسؤول» / «مسوول»): after
# the letter map they still differ, so their squashed stems are unified here, once for every caller.
_SEAT_SPELLINGS = (("هییت", "هیات"), ("مسیول", "مسوول"))


CONJUNCTION = "و"
SEYYED = "سید"  # (squashed) written apart as an honorific, or glued to the given name: «سیدمحمد»


@functools.lru_cache(maxsize=1 << 16)
def squash(text: str) -> str:
    """Spelling-insensitive key: letters unified, digits ASCII, diacritics, ZWNJ and spaces removed.

    «شورایعالی» / «شورای عالی» / «شورای‌عالی», «رئیس» / «رییس», «هیئت» / «هیأت» and «منطقه ۳» / «منطقه 3» all squash alike, so
    lexicon matching and entity merging need one comparison only. (Cached: the rules squash the same words
    over and over.)
    """
    key = _DIACRITICS.sub("", text.translate(_LETTER_MAP))
    for variant, spelling in _SEAT_SPELLINGS:
        if variant in key:
            key = key.replace(variant, spelling)
    return key


# the bracketed eulogies after a holy figure's name («(عج)», «(ع)», «(س)», «(ص)») or a late cleric's («(ره)»)
HOLY_EULOGY_WORDS = ("عج", "ع", "س", "ص")
LATE_CLERIC_EULOGY = "ره"
_EULOGY = re.compile(r"\s*\(\s*(?:" + "|".join((*HOLY_EULOGY_WORDS, LATE_CLERIC_EULOGY)) + r")\s*\)")


def without_eulogy(name: str) -> str:
    """«دانشگاه ولیعصر (عج) رفسنجان» → «دانشگاه ولیعصر رفسنجان»."""
    return _EULOGY.sub("", name)


def agency_key(name: str) -> str:
    """Entity key of an organisation: its squashed name, an acronym's stops and a eulogy left out, so «بی. بی. سی»,
    «بی‌بی‌سی» and «بی بی سی», «پالایشگاه امام خمینی (ره) شازند» and «پالایشگاه امام خمینی شازند» are one body in a
    document and across the corpus."""
    return "agency:" + squash(without_eulogy(name)).replace(".", "")


T = TypeVar("T")


class PhraseTable(Generic[T]):
    """Phrases keyed by squash; matched over a token sequence, longest first."""

    def __init__(self) -> None:
        self._table: dict[str, T] = {}
        self._prefixes: set[str] = set()  # every key's leading characters: a scan stops once it leaves them
        self.max_tokens = 1

    def add(self, phrase: str, value: T) -> None:
        key = squash(phrase)
        if key and key not in self._table:
            self._table[key] = value
            self._prefixes.update(key[:n] for n in range(1, len(key) + 1))
            self.max_tokens = max(self.max_tokens, len(phrase.split()) + phrase.count("\u200c") + 1)

    def get(self, phrase: str) -> T | None:
        return self._table.get(squash(phrase))

    def __contains__(self, phrase: str) -> bool:
        return squash(phrase) in self._table

    def longest_at(self, squashed_tokens: Sequence[str], i: int, limit: int | None = None) -> tuple[int, T] | None:
        """Longest phrase starting at token i: (end token index, value), or None.

        Tokens are joined without spaces («شورای عالی» = «شورایعالی»), so a phrase never starts with the
        conjunction «و» standing alone: «و زیر سایه» is not «وزیر».
        """
        if i < len(squashed_tokens) and squashed_tokens[i] == CONJUNCTION:
            return None
        end_max = min(len(squashed_tokens), i + self.max_tokens, limit if limit is not None else 1 << 30)
        best = None
        acc = ""
        for j in range(i, end_max):
            acc += squashed_tokens[j]
            if acc not in self._prefixes:
                break
            if acc in self._table:
                best = (j + 1, self._table[acc])
        return best

    def matches(self, squashed_tokens: Sequence[str], start: int = 0, limit: int | None = None,
                skip: Collection[int] = ()) -> list[tuple[int, int, T]]:
        """(start, end, value) of each phrase between start and limit, scanning left to right and taking the
        longest at each point, none starting on a skipped token."""
        found: list[tuple[int, int, T]] = []
        k, end = start, len(squashed_tokens) if limit is None else limit
        while k < end:
            hit = None if k in skip else self.longest_at(squashed_tokens, k, limit)
            if hit is None:
                k += 1
                continue
            found.append((k, hit[0], hit[1]))
            k = hit[0]
        return found


@dataclass(frozen=True)
class Province:
    canonical: str
    iso: str
    iso_legacy: str
    capital: str
    bare: str  # always | context | never


@dataclass(frozen=True)
class Title:
    title: str
    complement: str  # org | ministry | province | place | country | none
    implicit: str | None = None
    same_as: str | None = None  # another wording of this title («نماینده عالی دولت» is the «استاندار»)
    staff: bool = False  # a staff grade («کارشناس»): a post only with a named body (or its country) after it, else none
    serves: bool = False  # a post held for a person («مشاور خاتمی»): a name right after the title is whom it serves
    in_names: bool = False  # also a surname word («سعید قاضی مغربی»): inside an NER person span it is the name


@dataclass(frozen=True)
class OrgHead:
    head: str
    kind: str
    complement: str = "any"  # any | place | country | none
    standalone: bool = False
    weak: bool = False
    one_word_name: bool = False  # «سازمان بازنشستگی», «روزنامه واشنگتن‌پست»: one word after it is a name
    needs_ner: bool = False  # «شبکه فشار قوی» is a grid: a name only where the NER tags one («شبکه الجزیره»)
    bare_name: bool = False  # the head alone names one body («بسیج»), with a complement it names a unit of it
    titled_only: bool = False  # an event or venue («جشنواره», «نمایشگاه») is a body only as a post's object
    facility: bool = False  # a building, plant or periodical («کتابخانه», «مجله»): leaves a short name to the NER


@dataclass(frozen=True)
class KnownAgency:
    name: str
    kind: str
    office: bool = False  # the form names the office or its term («ریاست جمهوری»), not the body itself


@dataclass(frozen=True)
class WellKnownPost:
    holder: str  # the name shown, as the entry writes it first
    titles: frozenset[str]  # squashed wordings of the post's title («رئیسجمهور», «رییسجمهوری» …)
    org: str  # squashed name of the country or body the post belongs to


@dataclass
class Lexicons:
    provinces: PhraseTable[Province] = field(default_factory=PhraseTable)
    province_by_iso: dict[str, Province] = field(default_factory=dict)
    titles: PhraseTable[Title] = field(default_factory=PhraseTable)
    plural_titles: PhraseTable[str] = field(default_factory=PhraseTable)  # plural form -> singular title
    post_nouns: PhraseTable[Title] = field(default_factory=PhraseTable)  # «سرپرستی» -> the title «سرپرست»
    org_heads: PhraseTable[OrgHead] = field(default_factory=PhraseTable)
    known_agencies: PhraseTable[KnownAgency] = field(default_factory=PhraseTable)
    countries: PhraseTable[str] = field(default_factory=PhraseTable)
    capitals: PhraseTable[str] = field(default_factory=PhraseTable)  # capital city -> country name
    province_capitals: PhraseTable[Province] = field(default_factory=PhraseTable)  # «رشت» -> گیلان
    # cities and counties of more than one word, and the provincial capitals («بندر انزلی», «شهر کرد»)
    places: PhraseTable[str] = field(default_factory=PhraseTable)
    country_self_references: frozenset[str] = frozenset()  # «کشورمان»: shown as the country's name
    nationalities: dict[str, str] = field(default_factory=dict)  # squashed «سعودی» → عربستان (countries.yaml)
    honorifics: PhraseTable[str] = field(default_factory=PhraseTable)
    given_names: frozenset[str] = frozenset()
    function_words: frozenset[str] = frozenset()
    office_holders: frozenset[str] = frozenset()  # squashed names without honorifics («خامنه‌ای»)
    # squashed name without honorifics → the posts that name is well known for («احمدی‌نژاد» → رئیس جمهور ایران)
    well_known_posts: dict[str, tuple[WellKnownPost, ...]] = field(default_factory=dict)


LEXICON_FILES = ("provinces.yaml", "titles.yaml", "org_heads.yaml", "known_agencies.yaml", "countries.yaml",
                 "honorifics.txt", "given_names.txt", "function_words.txt", "office_holders.txt", "place_names.txt")
# files added after the first release: a replacement folder without one reads as an empty list, so older copies
# keep working
OPTIONAL_LEXICON_FILES = ("well_known_holders.yaml",)
_VALID_BARE = ("always", "context", "never")
_VALID_COMPLEMENT = ("org", "ministry", "province", "place", "country", "none")
_TITLE_KEYS = ("title", "complement", "implicit", "plural", "same_as", "staff", "serves", "in_names", "post_nouns")


def spelt_name(lex: Lexicons, words: Sequence[str]) -> str:
    """A person's squashed name words past the honorifics, less a «سید» glued to a given name («سیدمحمد خاتمی» spells
    «محمدخاتمی», as «سید محمد خاتمی» does): the body of a person's key, and how much of the name a form spells."""
    k = 0
    while k < len(words) and (honorific := lex.honorifics.longest_at(words, k)) is not None:
        k = honorific[0]
    name = list(words[k:])
    if name and (given := given_name_after_glued_seyyed(lex, name[0])) is not None:
        name[0] = given
    return "".join(name)


def given_name_after_glued_seyyed(lex: Lexicons, word: str) -> str | None:
    """The given name in a squashed word that is «سید» glued to one («سیدمحمد» → «محمد»), else None."""
    rest = word[len(SEYYED):] if word.startswith(SEYYED) else None
    return rest if rest in lex.given_names else None


def name_without_honorifics(lex: Lexicons, name: str) -> str:
    """`spelt_name` of a written name: so a person is named by the fullest form («احمد ابراهیم», not «دکتر ابراهیم»)."""
    return spelt_name(lex, [squash(w) for w in name.split()])


# a courtesy word before a name is the article's manners, not part of what the person is called: «آقای خاتمی» is
# named «خاتمی» (a rank or a clerical title stays: «حجت‌الاسلام حسن روحانی», «دکتر احمدی‌نژاد»)
COURTESY_WORDS = {squash(w) for w in ("آقای", "آقا", "خانم", "جناب")}


def fullest_person_name(lex: Lexicons, names: Counter[str]) -> str:
    """The form that spells most of the name past its honorifics, then one that opens with no courtesy word, then
    the longest, the most frequent, the one with spaces (readable: «محمد مهدی», not «محمدمهدی») («احمد ابراهیم», not
    «دکتر ابراهیم»; «خاتمی», not «آقای خاتمی»); one ranking, so a person's name in the relations and the entities
    tables is the same form."""
    return max(names, key=lambda s: (len(name_without_honorifics(lex, s)), not _opens_with_courtesy(s),
                                     len(squash(s)), names[s], s.count(" ") + s.count("\u200c"), s))


def _opens_with_courtesy(name: str) -> bool:
    words = name.split()
    return bool(words) and squash(words[0]) in COURTESY_WORDS


_PLAIN_LETTERS = str.maketrans({"ي": "ی", "ى": "ی", "ك": "ک"})


def canonical_title(lex: Lexicons, title: str) -> str:
    """A role's title in one spelling, so roles group by post: the titles lexicon's own form («رییس» → «رئیس»,
    «مدیر کل» → «مدیرکل»), past the ezafe's or the republic's «ی» («سخنگوی» → «سخنگو», «رئیس جمهوری» →
    «رئیس‌جمهور»); a title the lexicon composes or lacks («وزیر امور خارجه») keeps its words, letters unified."""
    for form in (title.removesuffix("ی"), title) if title.endswith("ی") else (title,):
        entry = lex.titles.get(form)
        if entry is not None:
            return entry.title
    return " ".join(title.translate(_PLAIN_LETTERS).split())


def nationality_country(lex: Lexicons, word: str) -> str | None:
    """The country a squashed nationality adjective names: «آمریکایی» → آمریکا, «روسی» → روسیه, else None."""
    if word in lex.nationalities:  # «سعودی», «روس»: not made from the name by a suffix
        return lex.nationalities[word]
    countries = lex.countries
    if word.endswith("یی") and (country := countries.get(word[:-2])):  # «آمریکا|یی»
        return country
    if word.endswith("ایی") and (country := countries.get(word[:-3])):  # «شیلی|ایی»
        return country
    if word.endswith("وی") and (country := countries.get(word[:-2] + "ه")):  # «فرانسه → فرانسوی»
        return country
    if word.endswith("ای") and (country := countries.get(word[:-2])):  # «اروگوئه‌ای», «ترکیه‌ای» (squashed «…های»)
        return country
    # «چین|ی», «روسیه → روسی» (not «مالیاتی»: only the whole word less «ی» is looked up)
    if word.endswith("ی"):
        return countries.get(word[:-1]) or countries.get(word + "ه")
    return None


def _read_yaml(path: Path) -> list[dict]:
    data = read_yaml(path, "lexicon file") or []
    if not isinstance(data, list):
        raise ConfigError(f"{path}: expected a YAML list of entries")
    return data


def _read_lines(path: Path) -> list[str]:
    lines = (line.strip() for line in path.read_text(encoding="utf-8").splitlines())
    return [line for line in lines if line and not line.startswith("#")]


def _require(entry: dict, keys: Iterable[str], path: Path) -> None:
    missing = [k for k in keys if k not in entry]
    if missing:
        raise ConfigError(f"{path}: entry {entry!r} lacks {', '.join(missing)}")


@functools.lru_cache(maxsize=4)
def load_lexicons(directory: str | None = None) -> Lexicons:
    """Read every lexicon file once (cached per directory)."""
    root = Path(directory) if directory else LEXICON_DIR
    if not root.is_dir():
        raise ConfigError(f"lexicon folder {root} (relations.lexicon_dir) does not exist or is not a folder; "
                          f"leave lexicon_dir unset for the packaged lexicons ({LEXICON_DIR})")
    missing = [name for name in LEXICON_FILES if not (root / name).is_file()]
    if missing:
        raise ConfigError(f"lexicon folder {root} lacks {', '.join(missing)}; a replacement folder "
                          f"(relations.lexicon_dir) needs every file: {', '.join(LEXICON_FILES)} "
                          f"(optional: {', '.join(OPTIONAL_LEXICON_FILES)}) "
                          f"(copy the missing ones from {LEXICON_DIR})")
    lex = Lexicons()

    path = root / "provinces.yaml"
    for entry in _read_yaml(path):
        _require(entry, ("canonical", "iso", "bare"), path)
        if entry["bare"] not in _VALID_BARE:
            raise ConfigError(f"{path}: bare={entry['bare']!r}; valid: {', '.join(_VALID_BARE)}")
        prov = Province(entry["canonical"], entry["iso"], entry.get("iso_legacy", ""),
                        entry.get("capital", ""), entry["bare"])
        lex.province_by_iso[prov.iso] = prov
        if prov.capital:
            lex.places.add(prov.capital, prov.capital)
            lex.province_capitals.add(prov.capital, prov)
        for form in [prov.canonical, *entry.get("variants", [])]:
            lex.provinces.add(form, prov)

    path = root / "titles.yaml"
    for entry in _read_yaml(path):
        _require(entry, ("title", "complement"), path)
        if entry["complement"] not in _VALID_COMPLEMENT:
            raise ConfigError(f"{path}: complement={entry['complement']!r}; valid: {', '.join(_VALID_COMPLEMENT)}")
        unknown = sorted(set(entry) - set(_TITLE_KEYS))
        if unknown:
            raise ConfigError(f"{path}: entry {entry!r} has unknown keys {', '.join(unknown)}; valid: {', '.join(_TITLE_KEYS)}")
        for flag in ("staff", "serves", "in_names"):
            if not isinstance(entry.get(flag, False), bool):
                raise ConfigError(f"{path}: entry {entry!r}: {flag} must be true or false")
        lex.titles.add(entry["title"], Title(entry["title"], entry["complement"], entry.get("implicit"),
                                             entry.get("same_as"), entry.get("staff", False),
                                             entry.get("serves", False), entry.get("in_names", False)))
        for plural in entry.get("plural", []):
            lex.plural_titles.add(plural, entry["title"])
        for noun in entry.get("post_nouns", []):
            lex.post_nouns.add(noun, lex.titles.get(entry["title"]))

    path = root / "org_heads.yaml"
    for entry in _read_yaml(path):
        _require(entry, ("head", "kind"), path)
        followed_by = entry.get("followed_by")  # «هیئت» + each sport: each pair is a head of its own
        if followed_by is not None and (not isinstance(followed_by, list)
                                        or not all(isinstance(w, str) and w.strip() for w in followed_by)):
            raise ConfigError(f"{path}: entry {entry['head']!r}: followed_by must be a list of words")
        for head in [f"{entry['head']} {w}" for w in followed_by] if followed_by else [entry["head"]]:
            lex.org_heads.add(head, OrgHead(head, entry["kind"], entry.get("complement", "any"),
                                            bool(entry.get("standalone", False)), bool(entry.get("weak", False)),
                                            bool(entry.get("one_word_name", False)),
                                            bool(entry.get("needs_ner", False)), bool(entry.get("bare_name", False)),
                                            bool(entry.get("titled_only", False)),
                                            bool(entry.get("facility", False))))

    path = root / "known_agencies.yaml"
    for entry in _read_yaml(path):
        _require(entry, ("name", "kind"), path)
        agency = KnownAgency(entry["name"], entry["kind"])
        for form in [agency.name, *entry.get("aliases", [])]:
            lex.known_agencies.add(form, agency)
        for form in entry.get("office_aliases", []):
            lex.known_agencies.add(form, KnownAgency(entry["name"], entry["kind"], office=True))

    path = root / "countries.yaml"
    for entry in _read_yaml(path):
        _require(entry, ("name",), path)
        for form in [entry["name"], *entry.get("variants", []), *entry.get("self_references", [])]:
            lex.countries.add(form, entry["name"])
        lex.country_self_references |= {squash(f) for f in entry.get("self_references", [])}
        if entry.get("capital"):
            lex.capitals.add(entry["capital"], entry["name"])
        lex.nationalities.update({squash(adjective): entry["name"] for adjective in entry.get("nationalities", [])})

    for form in _read_lines(root / "honorifics.txt"):
        lex.honorifics.add(form, form)
    lex.given_names = frozenset(squash(n) for n in _read_lines(root / "given_names.txt"))
    lex.function_words = frozenset(squash(w) for w in _read_lines(root / "function_words.txt"))
    lex.office_holders = frozenset(squash(n) for n in _read_lines(root / "office_holders.txt"))
    for name in _read_lines(root / "place_names.txt"):
        lex.places.add(name, name)

    path = root / "well_known_holders.yaml"  # (in OPTIONAL_LEXICON_FILES: a folder without it lists no one)
    posts: dict[str, list[WellKnownPost]] = {}
    for entry in _read_yaml(path) if path.is_file() else []:
        _require(entry, ("names", "titles", "org"), path)
        if not entry["names"] or not entry["titles"]:
            raise ConfigError(f"{path}: entry {entry!r} needs at least one name and one title")
        # a post the title phrases can never read would silently give no one a role: name the entry instead
        if entry["org"] not in lex.countries and entry["org"] not in lex.known_agencies:
            raise ConfigError(f"{path}: entry {entry['names'][0]!r}: org {entry['org']!r} is neither a countries.yaml "
                              "nor a known_agencies.yaml name")
        if unknown := [title for title in entry["titles"]
                       if lex.titles.longest_at([squash(word) for word in title.split()], 0) is None]:
            raise ConfigError(f"{path}: entry {entry['names'][0]!r}: {unknown} open with no titles.yaml title")
        post = WellKnownPost(entry["names"][0], frozenset(squash(t) for t in entry["titles"]), squash(entry["org"]))
        for name in entry["names"]:
            posts.setdefault(squash(name), []).append(post)
    lex.well_known_posts = {name: tuple(found) for name, found in posts.items()}
    return lex
