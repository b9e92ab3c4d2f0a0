"""Within-document coreference: surname-only mentions, pronouns (وی/او/ایشان/نامبرده), organisation short forms.

So that a role stated in a later sentence («وی … منصوب شد», «فیروزآبادی، دبیر …») attaches to the full
name, every person span gets the key of the fullest name it refers to; pronouns take the key of the
most recent person before them (of who met him, where he was met «با»). Organisation short forms
(«شورایعالی») take the key of the full name that extends them in the same document («شورایعالی فضای مجازی»).
"""
from __future__ import annotations

from collections import Counter

from pipeline.lexicons import CONJUNCTION, KnownAgency, Lexicons, agency_key, fullest_person_name, squash
from pipeline.relations.complements import NAME_INTRODUCERS
from pipeline.relations.document import OPEN_QUOTES, WITH, DocView, Span, names_by_start
from pipeline.relations.organisations import (ASSEMBLY, GENERAL_OFFICE, GROUP_WORDS, MINISTRY_HEAD, QUOTE_CHARS,
                                              SPORTS_BOARD, SUB_BODY_HEADS, split_head)
from pipeline.relations.persons import surname_tokens
from pipeline.relations.place_nouns import COUNTY, PROVINCE

HOME_COUNTRY = "ایران"
STRATA_BODY = "agency:" + squash("بسیج")  # a body whose units are its strata («بسیج کارگری»), see _unit_of_bare_body
STRATA_BODY_NAME = "نیروی مقاومت بسیج"  # its name in known_agencies.yaml («بسیج مستضعفین» is an alias)
PRONOUNS = {squash(w) for w in ("وی", "او", "ایشان", "نامبرده")}  # («نامبرده»: the one named, formal)
MIN_SURNAME_CHARS = 3
# a short name found alone more often than this, and more than twice as often as the person is named (by the NER or
# the name pattern), is a common word of the text, not the person: «پیامبر اسلام» → «اسلام», «قرآن کریم» → «قرآن»,
# «حمزه مقام» → «مقام» (96 times in one article); a real surname the NER missed now and then stays («گریژمان»)
MAX_UNNAMED_SHORT_FORMS = 3

# where a speaker's quoted words begin; not the marks that close a quoted name («مائورو وییرا» وزیر خارجه برزیل …),
# nor «"», which closes one as well
SPEECH_MARKS = {":", *OPEN_QUOTES} - {'"'}
PRONOUN_METHOD = "coref:pronoun"  # a pronoun mention («وی») of the person named last before it, or of who met him


def _full_persons(persons: list[Span], view: DocView) -> dict[tuple[str, ...], set[str]]:
    """Surname (squashed tokens) → keys of persons named with more than their surname."""
    by_surname: dict[tuple[str, ...], set[str]] = {}
    for p in persons:
        sur = tuple(surname_tokens(view, p.tok_start, p.tok_end))
        if p.key[len("PER:"):] != "".join(sur):
            by_surname.setdefault(sur, set()).add(p.key)
    # «رسول پناه» and «رسول‌پناه» are one surname: pool the keys of every spelling
    pooled: dict[str, set[str]] = {}
    for sur, keys in by_surname.items():
        pooled.setdefault("".join(sur), set()).update(keys)
    for joined, keys in pooled.items():
        # «مهدی رسول پناه» and a heading's run-on «حمیداوی رسول‌پناه»: when only one of the full names
        # starts with a known given name, the surname alone means that one
        named = {k for k in keys if joined and _given_name_prefix(k[len("PER:"):-len(joined)], view)}
        if len(keys) > 1 and len(named) == 1:
            pooled[joined] = named
    return {sur: pooled["".join(sur)] for sur in by_surname}


def _given_name_prefix(prefix: str, view: DocView) -> bool:
    """The squashed text before the surname is one or two known given names («محمد», «محمدجواد»)."""
    names = view.lex.given_names
    return prefix in names or any(prefix[:i] in names and prefix[i:] in names for i in range(2, len(prefix) - 1))


def resolve_persons(view: DocView, persons: list[Span], occupied: set[int]) -> list[Span]:
    """Point partial names at full ones, add surname-only and pronoun mentions; returns all person spans."""
    by_surname = _full_persons(persons, view)
    for p in persons:
        own = p.key[len("PER:"):]
        for sur, keys in by_surname.items():
            if own == "".join(sur) and len(keys) == 1:
                _point_to(p, keys)
    _tail_names(view, persons)
    _glued_given_names(view, persons)
    _nicknames(view, persons)
    covered = set(occupied)
    for p in persons:
        covered.update(range(p.tok_start, p.tok_end))
    added = []
    unique = {sur: next(iter(keys)) for sur, keys in by_surname.items() if len(keys) == 1}
    for first, key in _foreign_first_names(view, persons).items():
        unique.setdefault(first, key)  # «… امضای قرارداد با رناتو»: the first name of «رناتو سانچس»
    lone = _lone_places(view, unique, covered, persons)
    full_words = _full_words(view, persons)
    # left to right, the first short name (in `unique` order) at each free token; an earlier addition covers later ones
    for k, _, sur in sorted((k, rank, sur) for rank, (sur, places) in enumerate(lone.items()) for k in places):
        if _short_form_at(view, k, sur, covered):
            n = len(sur)
            whole = full_words.get(unique[sur], ())
            if len(whole) > n and view.words_at(k, whole) \
                    and not any(t in covered for t in range(k, k + len(whole))):
                n = len(whole)  # «از سوی مقام معظم رهبری»: the whole name the NER missed here, not its first word
            added.append(view.make_span(k, k + n, "PER", kind="person", name=view.span_text(k, k + n),
                                        key=unique[sur], method="coref:surname", score=0.75))
            covered.update(range(k, k + n))
    everyone = sorted(persons + added, key=lambda s: s.tok_start)
    pronouns = []
    last: Span | None = None
    pi = 0
    for k, tok in enumerate(view.tokens):
        while pi < len(everyone) and everyone[pi].tok_end <= k:
            last = everyone[pi]
            pi += 1
        if tok.sq in PRONOUNS and k not in covered and last is not None:
            referent = _subject_met_with(view, everyone, pi) or last
            pronouns.append(view.make_span(k, k + 1, "PER", kind="pronoun", name=referent.name, key=referent.key,
                                           method=PRONOUN_METHOD, score=0.6))
    result = sorted(everyone + pronouns, key=lambda s: s.tok_start)
    _canonical_names(result, view.lex)
    return result


def _full_words(view: DocView, persons: list[Span]) -> dict[str, tuple[str, ...]]:
    """Each person key's longest written name, as squashed words."""
    out: dict[str, tuple[str, ...]] = {}
    for p in persons:
        words = tuple(view.sq[p.tok_start:p.tok_end])
        if p.kind == "person" and len(words) > len(out.get(p.key, ())):
            out[p.key] = words
    return out


def _subject_met_with(view: DocView, everyone: list[Span], n_before: int) -> Span | None:
    """«علی لاریجانی با حسن روحانی دیدار کرد. وی …»: where the last person named (of the first `n_before`) is the one
    met «با», a pronoun after stands for who met him, the person named before «با» in that sentence — himself met
    by no «با», and not a speaker before the words he quotes («X گفت: ما با Y … . او …» may be Y)."""
    last = everyone[n_before - 1]
    if last.tok_start == 0 or view.sq[last.tok_start - 1] != WITH:
        return None
    lo, _ = view.sentence_bounds(last.sent)
    subject = next((everyone[j] for j in range(n_before - 2, -1, -1)
                    if everyone[j].tok_start >= lo and everyone[j].key != last.key), None)
    if subject is None or (subject.tok_start > 0 and view.sq[subject.tok_start - 1] == WITH) \
            or any(t.text in SPEECH_MARKS for t in view.tokens[subject.tok_end:last.tok_start]):
        return None
    return subject


def _short_form_at(view: DocView, k: int, sur: tuple[str, ...], covered: set[int]) -> bool:
    n = len(sur)
    return len("".join(sur)) >= MIN_SURNAME_CHARS and view.words_at(k, sur) \
        and not any(t in covered for t in range(k, k + n)) \
        and (k == 0 or view.sq[k - 1] not in view.lex.given_names)


def _lone_places(view: DocView, unique: dict[tuple[str, ...], str], covered: set[int],
                 persons: list[Span]) -> dict[tuple[str, ...], list[int]]:
    """Where each short name stands alone, for the short names whose lone occurrences are not far more than the
    person's named mentions (MAX_UNNAMED_SHORT_FORMS); found through a word → positions index, not by trying
    every short name at every token."""
    named: dict[str, int] = {}
    for p in persons:
        if p.kind != "pronoun":
            named[p.key] = named.get(p.key, 0) + 1
    at: dict[str, list[int]] = {}
    for k, word in enumerate(view.sq):
        at.setdefault(word, []).append(k)
    places = {sur: [k for k in at.get(sur[0], ()) if _short_form_at(view, k, sur, covered)] for sur in unique}
    return {sur: ks for sur, ks in places.items()
            if len(ks) <= max(MAX_UNNAMED_SHORT_FORMS, 2 * named.get(unique[sur], 0))}


NICKNAME_CUES = {(squash(w), squash("به")) for w in ("ملقب", "معروف", "مشهور")}


def _nicknames(view: DocView, persons: list[Span]) -> None:
    """«لوسیانو پریرا ملقب به شیمبا», «مسلم یوسف شاه ملقب به پیر سید صلاح‌الدین»: the name after «ملقب/معروف/مشهور
    به» is the same person's other name, and every mention of it is that person. One word may stand before the cue
    (a last name word the NER left out: «مسلم یوسف | شاه») and one after it (a title of respect: «پیر»)."""
    by_start = names_by_start(persons)
    renamed: dict[str, str] = {}
    for p in persons:
        if p.kind == "pronoun":
            continue
        for k in (p.tok_end, p.tok_end + 1):
            if k + 2 < len(view.tokens) and (view.sq[k], view.sq[k + 1]) in NICKNAME_CUES \
                    and all(view.is_persian_word(j) and view.tokens[j].sent == p.sent for j in range(p.tok_end, k + 2)):
                other = by_start.get(k + 2) or by_start.get(k + 3)
                if other is not None and other.key != p.key and other.key not in renamed:
                    renamed[other.key] = p.key
                break
    for o in persons:
        if o.key in renamed:
            _point_to(o, {renamed[o.key]})


def _point_to(p: Span, keys: set[str]) -> None:
    """A partial name whose candidates are exactly one other person takes that person's key."""
    if len(keys) == 1 and p.key not in keys:
        p.key = next(iter(keys))
        p.method = p.method + "+coref"


def _tail_names(view: DocView, persons: list[Span]) -> None:
    """«پوری حسینی» after «میرعلی اشرف عبدالله پوری حسینی»: a name of two or more words that ends exactly one
    longer name (a compound surname, repeated without the given names) is that person; so is the first word
    of a two-word surname alone."""
    words = {id(p): tuple(view.sq[p.tok_start:p.tok_end]) for p in persons}
    for p in persons:
        short = words[id(p)]
        if len(short) < 2:
            continue
        _point_to(p, {q.key for q in persons if len(words[id(q)]) > len(short) and words[id(q)][-len(short):] == short})
    # «صفار» after «محمدحسین صفار هرندی»: the first word of a two-word surname, after a given name
    for p in persons:
        short = words[id(p)]
        if len(short) != 1 or short[0] in view.lex.given_names:
            continue
        _point_to(p, {q.key for q in persons if len(words[id(q)]) >= 3 and words[id(q)][-2] == short[0]
                      and words[id(q)][-3] in view.lex.given_names})


def _foreign_first_names(view: DocView, persons: list[Span]) -> dict[tuple[str, ...], str]:
    """First name → key, for full names whose first word is no Persian given name («رناتو سانچس»): news calls
    foreign players and coaches by first name too. Only first names one person in the document has."""
    keys: dict[tuple[str, ...], set[str]] = {}
    for p in persons:
        if p.kind != "person" or p.attrs.get("n_name_tokens", 1) < 2:
            continue
        k = p.tok_end - p.attrs["n_name_tokens"]
        first = view.sq[k]
        if first not in view.lex.given_names and first not in NAME_INTRODUCERS and len(first) >= MIN_SURNAME_CHARS \
                and view.is_persian_word(k) and not view.is_stop(k) and not view.lex.titles.longest_at(view.sq, k) \
                and not view.lex.honorifics.longest_at(view.sq, k):  # not «امام» of «امام خمینی» («امام جمعه»)
            keys.setdefault((first,), set()).add(p.key)
    return {first: next(iter(ks)) for first, ks in keys.items() if len(ks) == 1}


def _glued_given_names(view: DocView, persons: list[Span]) -> None:
    """«شیخ علی‌السمیسم … السمیسم افزود»: a surname-only person whose key is another person's key less a
    glued given name («علی») is that person."""
    keys = {p.key for p in persons if p.kind != "pronoun"}
    for p in persons:
        own = p.key[len("PER:"):]
        if len(own) < MIN_SURNAME_CHARS:
            continue
        fuller = {k for k in keys if k != p.key and k.endswith(own)
                  and k[len("PER:"):-len(own)] in view.lex.given_names}
        if len(fuller) == 1:
            p.key = fuller.pop()
            p.method = p.method + "+coref"


def _canonical_names(spans: list[Span], lex: Lexicons) -> None:
    """Every span of a key gets the fullest surface form seen for that key (`fullest_person_name`, the ranking
    the entities table names persons by)."""
    forms: dict[str, Counter[str]] = {}
    for s in spans:
        if s.kind != "pronoun":
            forms.setdefault(s.key, Counter())[s.name] += 1
    best = {key: fullest_person_name(lex, names) for key, names in forms.items()}
    for s in spans:
        if s.key in best:
            s.name = best[s.key]


def resolve_short_orgs(orgs: list[Span]) -> None:
    """Short forms (a bare head used as a title's organisation, «شورایعالی»; an implicit ministry,
    «وزارت بهداشت» from «وزیر بهداشت») whose name starts a full organisation name in the document take
    that organisation's key and name (the shortest such name).
    """
    full = [o for o in orgs if o.domain == "agency" and not o.attrs.get("implicit")]
    for o in orgs:
        short_form = o.attrs.get("implicit") or (o.attrs.get("bare_head") and o.attrs.get("title_object"))
        if not short_form or o.attrs.get("generic"):
            continue
        sq = squash(o.name or "")
        prefix = agency_key(sq)
        candidates = sorted({f.key: f for f in full if f.key != o.key and f.key.startswith(prefix)
                             and len(f.key) > len(prefix)}.values(), key=lambda f: (len(f.key), f.key))
        if sq and candidates:
            target = candidates[0]
            o.key, o.name, o.domain, o.kind = target.key, target.name, "agency", target.kind
            _mark_coref(o)


def _mark_coref(o: Span) -> None:
    """The span now names what another span names (its `method` says so once)."""
    if "+coref" not in o.method:
        o.method += "+coref"


ALSO_NAMED = {"(": ")", "«": "»"}
MAX_OTHER_NAME_TOKENS = 8  # «(دفتر حفظ و نشر آثار امام خامنه‌ای)»


def adopt_bracketed_names(view: DocView, orgs: list[Span]) -> None:
    """«مرکز تجاری و مالی بین‌المللی لابوئان (IBFC)», «سازمان اطلاعات نیروهای مسلح پاکستان (ISI)», «باشگاه خبری فارس
    «توانا»»: a name alone inside brackets or quotes right after an agency's name is that body's abbreviation or
    other name, and so is every agency the document names by it («IBFC به درستی کار خود را …», «به گزارش توانا»)."""
    agencies = [o for o in orgs if o.domain == "agency"]
    keys = {o.key for o in agencies}
    renamed: dict[str, Span] = {}  # the other name's key → the agency it names
    for full in agencies:
        i = full.tok_end
        if i >= len(view.tokens) or view.tokens[i].text not in ALSO_NAMED:
            continue
        close = next((j for j in range(i + 2, min(i + 2 + MAX_OTHER_NAME_TOKENS, len(view.tokens)))
                      if view.tokens[j].text == ALSO_NAMED[view.tokens[i].text]), None)
        other = agency_key("".join(view.sq[i + 1:close])) if close is not None else None
        if other in keys and other != full.key and other not in renamed:
            renamed[other] = full
    for o in agencies:
        full = renamed.get(o.key)
        if full is not None and full.key not in renamed:
            o.key, o.name, o.kind = full.key, full.name, full.kind
            _mark_coref(o)


PUBLIC_RELATIONS = (squash("روابط"), squash("عمومی"))


_WATER_AND_SEWAGE = (squash("آب"), CONJUNCTION, squash("فاضلاب"))
ABBREVIATIONS = {squash("آبفا"): _WATER_AND_SEWAGE, squash("آبفای"): _WATER_AND_SEWAGE}
# words compared as another: a common misspelling («کمسیون») and a foreign parliament's other name
# («پارلمان عراق» / «مجلس عراق»)
SAME_WORDS = {squash("کمسیون"): (squash("کمیسیون"),), squash("پارلمان"): (squash("مجلس"),)}


def _name_words(name: str) -> tuple[str, ...]:
    words: list[str] = []
    for w in name.replace("\u200c", " ").split():
        w = squash(w.strip(QUOTE_CHARS))  # «حزب "المجاهدین"» / «حزب المجاهدین»
        if w:
            words.extend(ABBREVIATIONS.get(w) or SAME_WORDS.get(w) or (w,))
    return tuple(words)


def _written_words(name: str) -> tuple[str, ...]:
    """The name's words as written between spaces, each squashed whole (a ZWNJ joins, not splits)."""
    return tuple(w for w in (squash(w.strip(QUOTE_CHARS)) for w in name.split()) if w)


def _plain_words(words: tuple[str, ...]) -> tuple[str, ...]:
    """The words less «استان» / «شهرستان» and less the ezafe «ی» of a word ending in «ا» («کربلای» → «کربلا»)."""
    return tuple(w[:-1] if len(w) > 3 and w.endswith("ای") else w for w in words if w not in (PROVINCE, COUNTY))


def _subsequence(short: tuple[str, ...], long_: tuple[str, ...]) -> bool:
    it = iter(long_)
    return all(w in it for w in short)


MIN_TYPO_WORD_CHARS = 5  # «بانک ملی» / «بانک ملت», «بانک سپه» / «بانک سپهر» are other bodies, not typos


def _one_typo_apart(a: str, b: str) -> bool:
    """One letter left out, added, replaced or two neighbours swapped («تجرات» / «تجارت», «بهزستی» / «بهزیستی»)."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1
                                  and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])
    short, long_ = sorted((a, b), key=len)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


def _misspelt_pair(lex: Lexicons, a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Two names alike but for one misspelt word («سازمان تجرات جهانی» / «سازمان تجارت جهانی»); not a place, a
    number or a short word, which name other bodies («شهرداری منطقه 2» / «… 3»)."""
    if len(a) != len(b) or len(a) < 2:
        return False
    diff = [(x, y) for x, y in zip(a, b) if x != y]
    if len(diff) != 1:
        return False
    x, y = diff[0]
    return min(len(x), len(y)) >= MIN_TYPO_WORD_CHARS and _one_typo_apart(x, y) \
        and not any(c.isdigit() for c in x + y) \
        and not any(lex.provinces.get(w) or lex.countries.get(w) or lex.places.get(w) or lex.capitals.get(w)
                    for w in (x, y))


def _place_rest(lex: Lexicons, short: str, long_: str) -> str | None:
    """The province, country or city a longer key adds after a shorter one («گمرک» → «گمرک ایلام»: ایلام;
    «حوزه هنری» → «حوزه هنری کرج»: کرج)."""
    rest = long_[len(short):]
    if lex.countries.get(rest):
        return lex.countries.get(rest)
    province = lex.provinces.get(rest)
    return province.canonical if province else lex.places.get(rest)


def _foreign_body(name: str, lex: Lexicons) -> bool:
    """The name ends with a country other than Iran: another country's body («مجلس نمایندگان عراق»)."""
    words = _name_words(name)
    for cut in range(1, len(words)):
        hit = lex.countries.longest_at(words, cut)
        if hit is not None and hit[0] == len(words):
            return hit[1] != HOME_COUNTRY
    return False


def _head_word_only(name: str, lex: Lexicons) -> bool:
    words = list(_name_words(name))
    head = lex.org_heads.longest_at(words, 0)
    return head is not None and head[0] == len(words)


def _other_known_body(known: dict[str, KnownAgency | None], short: str, long_: str) -> bool:
    """«مجلس» and «مجلس خبرگان رهبری» in a document that also names «مجلس شورای اسلامی»: the short form is the
    lexicon's name for the body named in full, and the longer name is another body the lexicon knows. (Without
    the full name in the document, «مجلس» after «مجلس خبرگان» is that assembly's short form.) `known`: each of
    the document's keys → its lexicon entry or None."""
    own, body = known[short], known[long_]
    if own is None or body is None or body is own:
        return False
    full = agency_key(own.name)
    return full != short and full in known


# a short form names the provincial office only under the office's own head or none: «سازمان تربیت بدنی» beside
# «مدیر کل تربیت بدنی استان تهران» is the national organisation, «آموزش و پرورش» beside «شورای آموزش و پرورش
# استان همدان» the ministry
PROVINCIAL_OFFICE_HEADS = {"", GENERAL_OFFICE, squash("اداره")}
# the heads a province's office of a ministry or an organisation is named with, and may be named without
OFFICE_HEADS = {GENERAL_OFFICE, squash("اداره"), squash("سازمان")}
MIN_CORE_WORDS = 2  # «اداره کل ورزش و جوانان» → «ورزش و جوانان»; one word («ملل») says too little


def _local_place(lex: Lexicons, rest: tuple[str, ...]) -> str | None:
    """The province or county that ends a name («گلستان», «شهرستان سیریک»), as a comparable key."""
    if not rest:
        return None
    if rest[0] == COUNTY and 1 < len(rest) <= 3:
        return "".join(rest[1:])
    joined = "".join(rest)
    province = lex.provinces.get(joined)
    return province.canonical if province else lex.places.get(joined)


class _KeyGroups:
    """Union-find over a document's agency keys; a group's root is its smallest key."""

    def __init__(self, keys: list[str]) -> None:
        self._parent = {k: k for k in keys}

    def __contains__(self, key: str) -> bool:
        return key in self._parent

    def find(self, k: str) -> str:
        parent = self._parent
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self._parent[max(ra, rb)] = min(ra, rb)


MAX_WORD_TAIL = 2  # letters a shorter name may leave of a word: an ezafe «ی» («صبا» / «صبای قم»), a typo («متحدد»)
WORD_END_MARKS = "،,؛;:"


def _word_prefixes(agencies: list[Span]) -> dict[str, set[str]]:
    """Per key, the keys a shorter name of the same body may have: its names cut after a word, or inside one
    less at most MAX_WORD_TAIL letters («خبر» does not end «خبرگزاری فارس»; «پارس» is not «پارسیان»)."""
    out: dict[str, set[str]] = {}
    for o in agencies:
        raw = (o.name or "").replace("\u200c", " ").split()
        cuts = out.setdefault(o.key, set())
        # («هیات جودو» / «هیات جودو، جوجیتسو …»: a comma after the word, which the longer key keeps)
        for words in ([squash(w) for w in raw], [squash(w.rstrip(WORD_END_MARKS)) for w in raw]):
            for k, word in enumerate(words):
                before = "".join(words[:k])
                cuts.update("agency:" + before + word[:len(word) - tail] for tail in range(MAX_WORD_TAIL + 1)
                            if len(word) - tail > 0)
    return out


def _merge_extensions(keys: list[str], lex: Lexicons, groups: _KeyGroups, prefixes: dict[str, set[str]],
                      papers: set[str], local_offices: set[tuple[str, str]],
                      ministries: set[str]) -> dict[str, list[str]]:
    """A name and the same name continued («سازمان ملل» / «سازمان ملل متحد», «گمرک» / «گمرک ایلام») after a
    whole word (`_word_prefixes`: «خبر» is not «خبرگزاری فارس»). Two papers a press review heads apart
    («* ابرار», «* ابرار اقتصاد»; organisations.press_review_papers) are two, and so are the pairs in
    `local_offices` (`_local_offices`), and a ministry's bare name and its office in a place where the document
    names the ministry as such (`ministries`, `_ministries_named`). Returns the short forms continued two ways by
    other words («سپاه» beside «سپاه عاشورا» and «سپاه امامت تبریز»), with their continuations: joined to both, the
    short form would make the two bodies one, so each of its mentions is left to `_nearest_continuation`."""
    extensions: dict[str, list[tuple[str, str | None]]] = {}
    abroad: dict[str, set[str]] = {}
    known = {key: lex.known_agencies.get(key[len("agency:"):]) for key in keys}
    for i, a in enumerate(keys):
        for b in keys[i + 1:]:
            short, long_ = sorted((a, b), key=len)
            if short not in prefixes.get(long_, ()) or (short in papers and long_ in papers) \
                    or (short, long_) in local_offices or _unit_of_bare_body(lex, known, short, long_) \
                    or (known[short] is not None and known[short].name in ministries
                        and _office_place(lex, short, long_) is not None):
                continue
            # «مجلس» / «مجلس دانمارک»: a country after the name makes it another country's body
            # (an Iranian body's name may end in «ایران»: «اتاق بازرگانی» / «اتاق بازرگانی ایران» merge)
            rest = lex.countries.get(long_[len(short):]) if long_[len(short):] else None
            if long_.startswith(short) and rest in (None, HOME_COUNTRY) \
                    and not _other_known_body(known, short, long_):
                extensions.setdefault(short, []).append((long_, rest))
            elif long_.startswith(short) and rest is not None and (known[short] is None or known[short].kind == "club"):
                abroad.setdefault(short, set()).add(long_)
    # «حزب اسلامی» / «حزب اسلامی افغانستان», «جنبش جهاد اسلامی» / «… فلسطین»: a name the lexicon does not know (or a
    # club it knows: «النصر» / «النصر عربستان») continued by one foreign country only, and by no other word, is that
    # country's body written short («گمرک» beside «گمرک ایران» and «گمرک عراق» is Iran's)
    for short, longs in abroad.items():
        if len(longs) == 1 and short not in extensions:
            groups.union(short, next(iter(longs)))
    ambiguous: dict[str, list[str]] = {}
    for short, longs in extensions.items():
        # «گمرک» beside «گمرک ایلام» and «گمرک ایران»: a short form continued by two different places names
        # the national body if the document has it, not the provincial one
        places = {lo: _place_rest(lex, short, lo) for lo, _ in longs}
        forked = len({p for p in places.values() if p is not None}) > 1
        bodies = [lo for lo, _ in longs if places[lo] is None]
        if any(not (a.startswith(b) or b.startswith(a)) for n, a in enumerate(bodies) for b in bodies[n + 1:]):
            ambiguous[short] = bodies
            continue
        for long_, rest in longs:
            if not forked or places[long_] is None or rest == HOME_COUNTRY:
                groups.union(short, long_)
    return ambiguous


def _office_place(lex: Lexicons, short: str, long_: str) -> str | None:
    """The province or city of Iran a longer key adds after a shorter one, «استان» before it or not («آموزش و
    پرورش» → «آموزش و پرورش استان خوزستان»: خوزستان); not a country («… ایران» is the body itself)."""
    rest = long_[len(short):]
    rest = rest[len(PROVINCE):] if rest.startswith(PROVINCE) else rest
    return None if lex.countries.get(rest) else _place_rest(lex, short, short + rest)


def _unit_of_bare_body(lex: Lexicons, known: dict[str, KnownAgency | None], short: str, long_: str) -> bool:
    """«بسیج» / «بسیج کارگری», «بسیج دانشجویی»: the Basij continued by words other than a place names one of its
    strata, another body (the gold sets list them apart: tune 1#30 and five more); its own longer names the lexicon
    knows («بسیج مستضعفین») join it through the lexicon, not a stratum the lexicon lists as a body of its own
    («بسیج دانشجویی», tune 2#51). (Not «سپاه»: beside «سپاه عاشورا» the bare word is that corps in the gold sets,
    tune 1#210.)"""
    own = known.get(long_)
    return short == STRATA_BODY and (own is None or own.name != STRATA_BODY_NAME) \
        and _place_rest(lex, short, long_) is None


def _ministries_named(agencies: list[Span]) -> set[str]:
    """The lexicon's ministries the document names as such («وزارت آموزش و پرورش»): beside one, a bare «آموزش و
    پرورش» (often a minister's field, «وزیر آموزش و پرورش») is that ministry, not its office in a province the
    article also names («مدیرکل آموزش و پرورش استان خوزستان»: a probe, session 79), which stays a body of its own."""
    return {o.attrs["known"] for o in agencies if o.attrs.get("known") and squash(o.name).startswith(MINISTRY_HEAD)}


# «سازمان اوقاف و امور خیریه» named with its head is the national organisation, as «وزارت …» is the ministry: its
# provincial directorate («اوقاف و امور خیریه استان گیلان») is another body (a probe, session 80)
NATIONAL_ORGANISATION_HEAD = squash("سازمان")


def _merge_known_branches(agencies: list[Span], groups: _KeyGroups, ministries: set[str]) -> None:
    """«پلیس راهور» and «پلیس راهنمایی و رانندگی تهران»: a lexicon body named bare (by any of its names) is the one
    branch of it in a place the article names, as «گمرک» is «گمرک ایلام» (`_merge_extensions`, which sees only
    the words). With branches in two places the bare name stays the body itself (tune 3#247), and so does a
    ministry named as such: «وزارت آموزش و پرورش» beside «آموزش و پرورش استان لرستان» is the minister's, the other
    the province's directorate (a probe, session 78), and so is a bare name beside them (`ministries`,
    `_ministries_named`)."""
    bare: dict[str, set[str]] = {}
    branches: dict[str, set[str]] = {}
    for o in agencies:
        if o.attrs.get("known") and not _named_as_national(o):
            bare.setdefault(o.attrs["known"], set()).add(o.key)
        elif o.attrs.get("branch_of"):
            branches.setdefault(o.attrs["branch_of"], set()).add(o.key)
    for body, keys in bare.items():
        if len(branches.get(body, ())) == 1 and body not in ministries:
            branch = next(iter(branches[body]))
            for key in keys:
                groups.union(key, branch)


def _named_as_national(o: Span) -> bool:
    """A body named with the head of a ministry or a national organisation («وزارت …», «سازمان …»)."""
    return squash(o.name).startswith((MINISTRY_HEAD, NATIONAL_ORGANISATION_HEAD))


def _local_offices(agencies: list[Span], lex: Lexicons, words_of: dict[str, tuple[str, ...]]) -> set[tuple[str, str]]:
    """(short, long) key pairs where a short form («جهاد کشاورزی») that the article also writes under its head
    («وزارت جهاد کشاورزی») goes on with one more word that is no province or country («جهاد کشاورزی مهربان»): a
    county's office, which the short form would otherwise chain to the national body (tune 3#0). A province after
    it is the provincial office the short form names in a provincial article («بهزیستی» / «بهزیستی همدان»)."""
    headed = set()
    for o in agencies:
        words, head_len = split_head(o.name, lex)
        if 0 < head_len < len(words):
            headed.add(agency_key("".join(words[head_len:])))
    pairs = set()
    for short in headed & set(words_of):
        for long_, words in words_of.items():
            if len(words) == len(words_of[short]) + 1 and words[:-1] == words_of[short] \
                    and _place_rest(lex, short, long_) is None:
                pairs.add((short, long_))
    return pairs


MAX_COUNTRY_WORDS = 5  # «نظام مقدس جمهوری اسلامی ایران»


def _merge_country_spellings(agencies: list[Span], lex: Lexicons, groups: _KeyGroups) -> None:
    """«انجمن جراحان پلاستیک آمریکا» / «… امریکا», «سفارت ایران» / «سفارت جمهوری اسلامی ایران», «دولت آمریکا» /
    «دولت ایالات‌متحده»: the same name ending in two spellings of one country (the longest that ends it), or
    two of the lexicon's names of one body before the country («وزارت‌خارجه ایران» / «وزارت امور خارجه ایران»)."""
    by_country: dict[str, list[str]] = {}
    for o in agencies:
        words = o.name.replace("\u200c", " ").split()
        for n in range(min(MAX_COUNTRY_WORDS, len(words) - 1), 0, -1):
            if country := lex.countries.get(" ".join(words[-n:])):
                body = " ".join(words[:-n])
                known = lex.known_agencies.get(body)
                by_country.setdefault(squash(known.name if known else body) + "|" + squash(country), []).append(o.key)
                break
    for same in by_country.values():
        for k in same[1:]:
            groups.union(same[0], k)


MIN_CLUB_SHORT_CHARS = 3  # «مس»: a club's short form is at least a word of three letters («مادرید», «مس کرمان»)
CLUB_UNIT_WORDS = {squash(w) for w in ("آکادمی", "مدرسه", "هواداران")}  # «آکادمی پرسپولیس»: a club's unit, no head word
KIND_HEADS = GROUP_WORDS | {squash("سازمان")}  # «سازمان نظامی ناتو», «گروه تروریستی داعش»: the kind of body, then its name
MAX_HEADLESS_WORDS = 2  # past adjectives only a short name («ناتو», «صبای قم»), not a body («خانه مطبوعات استان …»)


def _merge_headless(agencies: list[Span], lex: Lexicons, groups: _KeyGroups, papers: set[str]) -> None:
    """«پرسپولیس» / «باشگاه پرسپولیس», «استقلال» / «باشگاه استقلال»: the name without its head word, and without
    the adjectives after it («ناتو» / «سازمان نظامی ناتو», «صبای قم» / «باشگاه فرهنگی ورزشی صبای قم»). A paper a
    press review heads is the bare form of that paper only («* آشتی» / «روزنامه آشتی»), not of a body its
    headlines name («*اطلاعات» / «وزارت اطلاعات», tune 3#56)."""
    for o in agencies:
        words, head_len = split_head(o.name, lex)
        if o.kind == "company" and 0 < head_len and (bare := _without_place(words[head_len:], lex)) in groups:
            # «فولاد مبارکه» / «شرکت فولاد مبارکه اصفهان»: a company without its head and its place (a probe,
            # session 81)
            groups.union(bare, o.key)
            continue
        start = head_len
        while 0 < head_len <= start < len(words):
            bare = agency_key("".join(words[start:]))
            if bare in groups and (bare not in papers or o.kind == "news_agency") \
                    and len(bare) > len("agency:") + 2 \
                    and (start == head_len or len(words) - start <= MAX_HEADLESS_WORDS):
                groups.union(bare, o.key)
                break
            # (an adjective, not an ezafe noun, and no parent body after it: «شورای مرکزی | حزب اعتماد ملی»,
            # «مجمع عمومی | سازمان ملل»; but a one-word name the lexicon lists with the heads, after a word that
            # only says what kind of body, is the name itself: «سازمان نظامی | ناتو»)
            parent = lex.org_heads.longest_at(words, start + 1)
            named_kind = parent is not None and parent[1].standalone and parent[0] == start + 2 == len(words) \
                and words[0] in KIND_HEADS
            if not words[start].endswith("ی") or words[start].endswith(("ای", "های")) \
                    or (parent is not None and not named_kind):
                break
            start += 1


def _without_place(words: list[str], lex: Lexicons) -> str | None:
    """The key of a name's words before the province or county that ends it, two words at least, else None."""
    for cut in range(MIN_CORE_WORDS, len(words)):
        if _local_place(lex, tuple(words[cut:])) is not None:
            return agency_key("".join(words[:cut]))
    return None


def _merge_club_short_forms(agencies: list[Span], words_of: dict[str, tuple[str, ...]], lex: Lexicons,
                            groups: _KeyGroups) -> None:
    """«مس کرمان» / «صنعت مس کرمان», «گیتی‌پسند اصفهان» / «صنایع گیتی‌پسند اصفهان», «مادرید» / «رئال مادرید»: a club
    is written again without the sponsor's or kind's first word(s), so a name that ends a club's name (or a club's
    name that ends another's) is that club; not where the longer name opens with a body's head word
    (`_merge_headless` reads «باشگاه پرسپولیس») or a club's unit («آکادمی پرسپولیس» is another body)."""
    by_words: dict[tuple[str, ...], list[str]] = {}
    for key, words in words_of.items():
        by_words.setdefault(words, []).append(key)
    clubs = {o.key for o in agencies if o.kind == "club"}
    for o in agencies:
        words = words_of[o.key]
        if len(words) < 2 or words[0] in CLUB_UNIT_WORDS or split_head(o.name, lex)[1]:
            continue
        for k in range(1, len(words)):
            for short in by_words.get(words[k:], ()):
                if (short in clubs or o.key in clubs) and len("".join(words[k:])) >= MIN_CLUB_SHORT_CHARS:
                    groups.union(short, o.key)


def _merge_inner_words(words_of: dict[str, tuple[str, ...]], groups: _KeyGroups, whole: set[str]) -> None:
    """«شورای شهر ایلام» / «شورای اسلامی شهر ایلام», «کمیته تفحص مجلس» / «کمیته تحقیق و تفحص مجلس»: words left
    out inside a longer name with the same first and last word («آبفا» is «آب و فاضلاب»); not a bank or company the
    lexicon names in full (`whole`): «بانک صادرات ایران» / «بانک توسعه صادرات ایران» are two banks."""
    by_ends: dict[tuple[str, str], list[str]] = {}
    for key, words in words_of.items():
        if len(words) >= 3:
            by_ends.setdefault((words[0], words[-1]), []).append(key)
    for group in by_ends.values():  # (compared only within names sharing their first and last word)
        for a in group:
            for b in group:
                if a != b and a not in whole and len(words_of[b]) >= len(words_of[a]) \
                        and _subsequence(words_of[a], words_of[b]):
                    groups.union(a, b)


SPORTS_WORD = squash("ورزشی")


def _merge_sports_board_forms(agencies: list[Span], groups: _KeyGroups) -> None:
    """«هیئت هندبال» / «هیئت ورزشی هندبال سیستان و بلوچستان»: a sports board named without «ورزشی» is the one
    board whose name with it continues the short name once «ورزشی» is dropped."""
    boards = {o.key: _name_words(o.name) for o in agencies if o.kind == SPORTS_BOARD}
    for short, words in boards.items():
        if SPORTS_WORD in words:
            continue
        longer = [key for key, other in boards.items() if SPORTS_WORD in other
                  and tuple(w for w in other if w != SPORTS_WORD)[:len(words)] == words]
        if len(longer) == 1:
            groups.union(short, longer[0])


MIN_SUB_BODY_WORDS = 3  # «کمیسیون آموزش مجلس», «کمیته اطلاعات سنا»: the head and two words


def _sub_body_words(words: tuple[str, ...], parliament: tuple[str, ...]) -> tuple[str, ...]:
    """A commission's or committee's words less «استان» and ezafe, the parliament's full name (`parliament`:
    «مجلس شورای اسلامی» as words, from the lexicon) written «مجلس»."""
    plain = _plain_words(words)
    n = len(parliament)
    return plain[:-n] + (ASSEMBLY,) if n > 1 and plain[-n:] == parliament else plain


def _merge_sub_body_short_forms(words_of: dict[str, tuple[str, ...]], lex: Lexicons, groups: _KeyGroups) -> None:
    """«کمیسیون آموزش مجلس» / «کمسیون آموزش و تحقیقات مجلس شورای اسلامی», «کمیسیون صلح و آشتی» / «کمیسیون تحکیم
    صلح و آشتی ملی», «کمیته اطلاعات سنا» / «کمیته اطلاعات مجلس سنای آمریکا»: a commission, committee or faction
    named short, its words in order inside one other name with the same head — not inside a committee of a
    commission («کمیته آموزش و پرورش کمیسیون آموزش و تحقیقات مجلس»), and not when two bodies would fit."""
    known = lex.known_agencies.get(ASSEMBLY)
    parliament = _plain_words(_name_words(known.name)) if known else ()
    subs = {key: _sub_body_words(w, parliament) for key, w in words_of.items() if w and w[0] in SUB_BODY_HEADS}
    for a, short in subs.items():
        if len(short) < MIN_SUB_BODY_WORDS:
            continue
        fits = {groups.find(b) for b, long_ in subs.items()
                if len(long_) > len(short) and long_[0] == short[0] and not set(long_[1:]) & SUB_BODY_HEADS
                and _subsequence(short, long_)}
        if len(fits) == 1:
            groups.union(a, fits.pop())


def _merge_misspellings(words_of: dict[str, tuple[str, ...]], lex: Lexicons, groups: _KeyGroups) -> None:
    """«سازمان تجرات جهانی» / «سازمان تجارت جهانی», «آذرخش هرمزگان» / «آذربخش هرمزگان»: one misspelt word
    (`_misspelt_pair`)."""
    by_length: dict[tuple[int, int, str], list[str]] = {}
    for key, words in words_of.items():
        by_length.setdefault((len(words), 0, words[0]), []).append(key)
        if len(words) > 1:
            by_length.setdefault((len(words), -1, words[-1]), []).append(key)
    for (_, side, _), group in by_length.items():  # (compared only within names of one length and first or last word)
        for i, a in enumerate(group):
            for b in group[i + 1:]:
                if side == -1 and words_of[a][0] == words_of[b][0]:
                    continue  # (the pair shares its first word too: compared in that group already)
                if _misspelt_pair(lex, words_of[a], words_of[b]):
                    groups.union(a, b)


def _head_and_core(name: str, lex: Lexicons) -> tuple[str, tuple[str, ...]]:
    """A name's head word(s) and the rest less «استان» («سازمان جهاد کشاورزی استان سمنان» → «سازمان»,
    «جهاد کشاورزی سمنان»)."""
    words, head_len = split_head(name, lex)
    return "".join(words[:head_len]), _plain_words(tuple(words[head_len:]))


def _place_after(lex: Lexicons, core: tuple[str, ...], other: tuple[str, ...]) -> str | None:
    """The province or county `other` adds after `core` («ورزش و جوانان» → «… گلستان»: گلستان), else None."""
    return _local_place(lex, other[len(core):]) if other[:len(core)] == core else None


def _public_relations_body(core: tuple[str, ...], body_cores: dict[str, tuple[str, ...]], lex: Lexicons,
                           groups: _KeyGroups) -> str | None:
    """«روابط عمومی جهاد کشاورزی سمنان» / «سازمان جهاد کشاورزی استان سمنان», «روابط عمومی بهزیستی استان» /
    «سازمان بهزیستی خراسان جنوبی»: the one body whose name less its head is the relations office's, or that name
    continued by a province or county. `body_cores`: each other body's key → its core."""
    if not core:
        return None
    found = {groups.find(key): key for key, other in body_cores.items()
             if other == core or _place_after(lex, core, other) is not None}
    return next(iter(found.values())) if len(found) == 1 else None


def _merge_plain_words(words_of: dict[str, tuple[str, ...]], lex: Lexicons, groups: _KeyGroups) -> None:
    """«شیلات گلستان» / «شیلات استان گلستان»: the word «استان» before the province's name is optional; «روابط عمومی
    شیلات استان گلستان» is the body's public relations, reported as the body (house conventions, eval/README.md)
    («سپاه کربلا مازندران» / «سپاه کربلای استان مازندران»: nor is the ezafe «ی» after a final «ا»)."""
    by_words: dict[tuple[str, ...], str] = {}
    for key, words in sorted(words_of.items()):
        groups.union(by_words.setdefault(_plain_words(words), key), key)
    body_cores: dict[str, tuple[str, ...]] | None = None  # computed once, when a relations office needs them
    for key, words in words_of.items():
        if words[:2] == PUBLIC_RELATIONS and len(words) > 2:
            body = by_words.get(_plain_words(words[2:]))
            if body is None:
                if body_cores is None:
                    body_cores = {k: _head_and_core(" ".join(w), lex)[1] for k, w in words_of.items()
                                  if w[:2] != PUBLIC_RELATIONS}
                body = _public_relations_body(_head_and_core(" ".join(words[2:]), lex)[1], body_cores, lex, groups)
            if body is not None:
                groups.union(body, key)


def _merge_bare_province_forms(words_of: dict[str, tuple[str, ...]], lex: Lexicons, groups: _KeyGroups) -> None:
    """«سپاه شهدای استان» / «سپاه شهدای آذربایجان‌غربی»: a name ending in a bare «استان» is the body the document
    names with a province in its place, when only one such body has that name; a headless one («بهزیستی استان»)
    also the provincial office named with its head («اداره کل بهزیستی مازندران», «سازمان بهزیستی خراسان جنوبی»:
    the gold sets list such pairs as one body)."""
    by_province_less: dict[tuple[str, ...], set[str]] = {}
    by_headless: dict[tuple[str, ...], set[str]] = {}
    for key, words in words_of.items():
        plain = list(_plain_words(words))
        for cut in range(1, len(plain)):
            hit = lex.provinces.longest_at(plain, cut)
            if hit is not None and hit[0] == len(plain):
                by_province_less.setdefault(tuple(plain[:cut]), set()).add(key)
                head = lex.org_heads.longest_at(plain, 0, cut)
                if head is not None and head[0] < cut and "".join(plain[:head[0]]) in OFFICE_HEADS:
                    by_headless.setdefault(tuple(plain[head[0]:cut]), set()).add(key)
                break
    for key, words in words_of.items():
        if len(words) > 1 and words[-1] == PROVINCE:
            short = _plain_words(words[:-1])
            named = by_province_less.get(short, set())
            if not named and not lex.org_heads.longest_at(list(short), 0):
                named = by_headless.get(short, set())
            bodies = {groups.find(b) for b in named}
            if len(bodies) == 1:
                groups.union(bodies.pop(), key)


def _merge_provincial_short_forms(agencies: list[Span], lex: Lexicons, groups: _KeyGroups) -> None:
    """«اداره کل ورزش و جوانان» / «ورزش و جوانان استان گلستان», «اداره‌کل راهداری و حمل و نقل جاده‌ای» /
    «راهداری و حمل و نقل جاده‌ای استان همدان»: the name less its head word(s) opens the other, which goes on with
    one province or county only — the provincial office named in full once and short elsewhere. Two different
    heads are two bodies («وزارت جهاد کشاورزی» / «سازمان جهاد کشاورزی استان سمنان»), and a head other than the
    office's («سازمان», «شورای») names another body."""
    cores: dict[str, tuple[str, tuple[str, ...]]] = {}
    lexicon_keys = {o.key for o in agencies if o.method.startswith("lexicon:")}
    for o in agencies:
        if o.key not in cores:
            cores[o.key] = _head_and_core(o.name, lex)
    by_first: dict[str, list[str]] = {}
    for key, (_, core) in cores.items():
        if core:
            by_first.setdefault(core[0], []).append(key)
    for group in by_first.values():
        for a in group:
            head_a, core_a = cores[a]
            min_words = 1 if head_a == GENERAL_OFFICE else MIN_CORE_WORDS  # «اداره کل بهزیستی»: one word says enough
            if len(core_a) < min_words or head_a not in PROVINCIAL_OFFICE_HEADS:
                continue
            longer: dict[str, str] = {}
            heads = {head_a} - {""}
            for b in group:
                head_b, core_b = cores[b]
                if head_a == GENERAL_OFFICE and head_b not in ("", GENERAL_OFFICE):
                    continue  # «اداره کل X» is the provincial office: «سازمان X», «اداره X» beside it are other bodies
                if b != a and core_b == core_a and {head_a, head_b} == {GENERAL_OFFICE, ""} \
                        and not {a, b} & lexicon_keys and any(_local_place(lex, core_a[k:]) for k in range(1, len(core_a))):
                    # «مدیرکل حفاظت محیط‌زیست استان البرز» / «اداره‌کل حفاظت محیط‌زیست البرز»: one province's
                    # office, named with and without its head (a lexicon body's provincial form, «اوقاف و امور
                    # خیریه ایلام», goes with that body)
                    groups.union(a, b)
                    continue
                place = _place_after(lex, core_a, core_b)
                if b != a and (place is not None or core_b == core_a):
                    heads |= {head_b} - {""}
                    if place is not None:
                        longer[b] = place
            # «سازمان تربیت بدنی» beside «اداره کل تربیت بدنی استان تهران»: the article names the national body
            # and the provincial office under their own heads, so a short form may be either
            if len(heads) <= 1 and heads <= PROVINCIAL_OFFICE_HEADS and len(set(longer.values())) == 1:
                for b in longer:
                    groups.union(a, b)


def _nearest_continuation(o: Span, continuations: list[Span], groups: _KeyGroups) -> str:
    """The group of a mention o of a short form continued two ways (`continuations`, in text order): the body of
    the nearest continuation before it, else after it («فرمانده سپاه امامت تبریز و تعدادی از مسؤولان سپاه»: that
    corps)."""
    before = [a for a in continuations if a.start < o.start]
    return groups.find((before[-1] if before else continuations[0]).key)


def merge_agency_variants(orgs: list[Span], lex: Lexicons) -> None:
    """One key per organisation within the document.

    Names merge when one continues the other (`_merge_extensions`: not into another country's body, nor a short form
    continued two ways, whose every mention joins the nearest body, `_nearest_continuation`, nor two bodies
    the lexicon knows when the shorter's own full name is in the document: «مجلس» / «مجلس خبرگان رهبری» beside
    «مجلس شورای اسلامی»), when they end in two spellings of one country, when one is the other less its head word
    («پرسپولیس» / «باشگاه پرسپولیس»), when a club is named without its sponsor's word («مس کرمان» / «صنعت مس
    کرمان»), when one leaves out inner words of the other, first and last word the same,
    when one word is misspelt, when they differ only by «استان» before the province or are a body and its public
    relations («روابط عمومی X»), when one ends in a bare «استان» where the other names the province
    (`_merge_bare_province_forms`), when a provincial office is named short (`_merge_provincial_short_forms`), and
    when the lexicon lists them as the same body («ریاست جمهوری» / «نهاد ریاست جمهوری»), or one is a lexicon body
    named bare and the other its one branch in a place (`_merge_known_branches`). A name that ends another
    («شورای اسلامی شهر تهران» in «کمیته محیط‌زیست شورای اسلامی شهر تهران») is a different, parent body and stays
    apart. The group's name: another country's body where the lexicon's name in the group is only a head word
    («مجلس نمایندگان عراق» … «مجلس»), else a lexicon name if there is one, else the most frequent form (not counting
    a short form the NER doubted, `short_form`: extract._short_form_of_named), else the longer.
    """
    agencies = [o for o in orgs if o.domain == "agency"]
    keys = sorted({o.key for o in agencies})
    groups = _KeyGroups(keys)
    words_of = {o.key: _name_words(o.name) for o in agencies}
    papers = {o.key for o in agencies if o.method.startswith("pattern:press_review")}
    ministries = _ministries_named(agencies)
    ambiguous = _merge_extensions(keys, lex, groups, _word_prefixes(agencies), papers,
                                  _local_offices(agencies, lex, words_of), ministries)
    _merge_known_branches(agencies, groups, ministries)
    _merge_country_spellings(agencies, lex, groups)
    _merge_headless(agencies, lex, groups, papers)
    _merge_club_short_forms(agencies, words_of, lex, groups)
    _merge_sports_board_forms(agencies, groups)
    whole = {o.key for o in agencies if o.kind in ("bank", "company") and o.attrs.get("known")
             and agency_key(o.name) == agency_key(o.attrs["known"])}  # (a lexicon bank or company named in full)
    _merge_inner_words(words_of, groups, whole)
    # (again with each written word whole, so «سیاست‌گذاری» and «سیاستگذاری» are one word: «شورای سیاست‌گذاری
    # جشنواره فیلم فجر» / «شورای سیاستگذاری سی و ششمین جشنواره فیلم فجر»)
    _merge_inner_words({o.key: _written_words(o.name) for o in agencies}, groups, whole)
    _merge_sub_body_short_forms(words_of, lex, groups)
    _merge_misspellings(words_of, lex, groups)
    _merge_plain_words(words_of, lex, groups)
    _merge_bare_province_forms(words_of, lex, groups)
    _merge_provincial_short_forms(agencies, lex, groups)
    by_known: dict[str, str] = {}
    for o in agencies:
        known = o.attrs.get("known")
        if known:
            groups.union(by_known.setdefault(known, o.key), o.key)
    # a short form continued two ways that no other rule joined to a group is shared out mention by mention
    group_sizes = Counter(groups.find(k) for k in keys)
    continuations = {short: sorted((a for a in agencies if a.key in longs), key=lambda a: a.start)
                     for short, longs in ambiguous.items() if group_sizes[groups.find(short)] == 1}
    by_root: dict[str, list[Span]] = {}
    for o in agencies:
        root = _nearest_continuation(o, continuations[o.key], groups) if o.key in continuations else groups.find(o.key)
        by_root.setdefault(root, []).append(o)
    for members in by_root.values():
        counts: dict[str, int] = {}
        # (a short form the NER doubted joined the body only because the body is named in full: it names no group)
        voters = [o for o in members if not o.attrs.get("short_form")] or members
        for o in voters:
            counts[o.name] = counts.get(o.name, 0) + 1
        # (not the bare name of a body whose branch in a place the group holds: «پلیس راه» merged with «پلیس راه
        # استان فارس» is that branch; a probe, session 81 — unless the group also names the body with its national
        # head, «سازمان اوقاف و امور خیریه», tune 2#228)
        national = {o.attrs["known"] for o in voters if o.attrs.get("known") and _named_as_national(o)}
        branched = {o.attrs["branch_of"] for o in voters if o.attrs.get("branch_of")} - national
        lexicon_names = {o.name for o in voters if o.attrs.get("known")  # (with its eulogy: «… امام خمینی (ره)»)
                         and agency_key(o.name) == agency_key(o.attrs["known"]) and o.attrs["known"] not in branched}
        # «مجلس نمایندگان عراق» … «مجلس»: the lexicon's name that is only a head word stood for another country's
        # body, which names the group (else Iraq's parliament is the corpus' «مجلس» entity; but «سپاه صحابه
        # پاکستان» is the lexicon's «سپاه صحابه» with its country)
        bare_known = {_head_word_only(o.name, lex) for o in voters if o.attrs.get("known")}
        foreign = {n for n in counts if n not in lexicon_names and _foreign_body(n, lex)} \
            if bare_known == {True} else set()
        bare_of_branched = {o.name for o in voters if o.attrs.get("known") in branched}
        best = max(counts, key=lambda n: (n in foreign, n in lexicon_names, n not in bare_of_branched, counts[n],
                                          len(squash(n)), n))
        kind = next(o.kind for o in members if o.name == best)
        for o in members:
            if o.name != best or o.key != agency_key(best):
                _mark_coref(o)
            o.key, o.name, o.kind = agency_key(best), best, kind
