"""Posts named by their verbal noun: «X به رهبری/ریاست Y» (the body X is led by Y), «Y که ریاست X را بر عهده دارد»,
«به مدیر مسئولی Y» and «در دوران ریاست جمهوری Y» (Y an official with no body named).
"""
from __future__ import annotations

from typing import Container, Mapping

from pipeline.lexicons import CONJUNCTION, PhraseTable, squash
from pipeline.relations.document import (CLOSE_QUOTES, COMMAS, FROM, OBJECT_MARKER, OPEN_QUOTES, RELATIVE, TO, WITH,
                                         DocView, Span, is_verb_like, names_by_start)
from pipeline.relations.numerals import edition_end
from pipeline.relations.organisations import DEMONSTRATIVES, LED_BY, led_by_at
from pipeline.relations.roles import METHOD_SCORES, NOW_ADVERBS, PRONOUN_FACTOR, TIME_NOUNS, Role, held_after
from pipeline.relations.titles import IN

# between the body and «به رهبری …»: «"جبهه خلق برای آزادی فلسطین" (به رهبری جرج حبش)»
LED_BY_GLUE = COMMAS | set(CLOSE_QUOTES) | {"("}
TERM_TIME_NOUNS = TIME_NOUNS | {squash("ایام")}
# an office's verbal noun before its holder's name: «(دوران) ریاست جمهوری X», «(دوره) نخست‌وزیری X» (PhraseTable
# joins the tokens and squash drops the ZWNJ: «ریاست‌جمهوری», «نخست وزیری» match too)
TERM_OFFICES: PhraseTable[bool] = PhraseTable()
for _noun in ("ریاست جمهوری", "ریاست جمهور", "نخست وزیری", "صدارت"):
    TERM_OFFICES.add(_noun, True)
# the led-by nouns that name a leading post («به رهبری/ریاست …»); «به مدیریت/سرپرستی X» also heads a task or a
# delegation, so a name after them makes no official without a body before
LEADING_POSTS = {squash(w) for w in ("رهبری", "ریاست", "دبیرکلی", "فرماندهی", "دبیری", "نخست‌وزیری")}
# a publication's posts as verbal nouns: «(به|با) مدیر مسئولی X (و سردبیری Y)» («مدیرمسئولی» matches too)
PUBLICATION_POSTS: PhraseTable[bool] = PhraseTable()
for _noun in ("مدیر مسئولی", "مدیر مسوولی", "سردبیری", "صاحب امتیازی"):
    PUBLICATION_POSTS.add(_noun, True)
PUBLICATION_POST_OPENERS = {TO, WITH, CONJUNCTION}
LED_BODY_LABELS = ("ORG", "EVE")
LED_BODY_MIN_SCORE = 0.5
LED_HEADED_SCORE = 0.8  # a head word and the plain words up to «به رهبری <person>», with no NER span to score it
MAX_LED_BODY_TOKENS = 6
QUOTES = set(OPEN_QUOTES) | set(CLOSE_QUOTES)
OR = squash("یا")
# what may stand between «که» and the post's verbal noun: a time or manner phrase («از سال گذشته», «در حال حاضر»,
# «نیز», «همچنین»), at most MAX_LED_BY_GAP words
GAP_OPENERS = {FROM, IN, squash("نیز"), squash("همچنین")} | {words[0] for words in NOW_ADVERBS}  # («هم‌اکنون»)
MAX_LED_BY_GAP = 4


def led_by_roles(view: DocView, persons: list[Span], orgs: list[Span]) -> list[Role]:
    """«جریان صدر به رهبری مقتدا صدر», «کمیسیون … به ریاست X»: an organisation, «به», the post's verbal noun
    and a name right after it."""
    by_start = names_by_start(persons)
    by_end = {o.tok_end: o for o in orgs if o.domain == "agency"}
    roles = []
    for k in range(1, len(view.tokens) - 2):
        title = LED_BY.get(view.sq[k + 1])
        if view.sq[k] != TO or title is None:
            continue
        # (a comma, a closing quote or an opening bracket may stand between: «"جبهه خلق …" (به رهبری جرج حبش)»)
        org = next((by_end[j] for j in _body_ends(view, k) if j in by_end), None)
        person = _name_at(view, k + 2, by_start)
        if org is not None and person is not None and person.sent == org.sent:
            roles.append(Role(person, title, org, person.sent, "led_by", METHOD_SCORES["led_by"]))
    # «علی رضایی که ریاست سازمان برنامه و بودجه را بر عهده دارد»: the post's verbal noun held by the name before «که»
    # (or by the one «وی» stands for: «وی که ریاست مجلس … را بر عهده دارد»)
    persons_by_end = {p.tok_end: p for p in persons}
    orgs_by_start = {o.tok_start: o for o in orgs if o.domain == "agency"}
    for k in range(1, len(view.tokens) - 5):
        if view.sq[k] != RELATIVE:
            continue
        noun = _led_by_noun_after(view, k)
        title = LED_BY.get(view.sq[noun]) if noun is not None else None
        person = persons_by_end.get(k) or (persons_by_end.get(k - 1) if view.tokens[k - 1].text in COMMAS else None)
        org = orgs_by_start.get(noun + 1) if noun is not None else None
        if title is None or person is None or org is None:
            continue
        if held_after(view, org.tok_end):
            score = METHOD_SCORES["led_by"] * (PRONOUN_FACTOR if person.kind == "pronoun" else 1.0)
            roles.append(Role(person, title, org, person.sent, "led_by", round(score, 3)))
    return roles


def _led_by_noun_after(view: DocView, k: int) -> int | None:
    """The post's verbal noun after «که» at k: right after it, or after a time or manner phrase opened by «از»,
    «در», «نیز/همچنین» or «now» («X که از سال گذشته / هم‌اکنون ریاست دانشگاه … را بر عهده دارد»), with no verb, name
    or comma between."""
    if k + 1 < len(view.tokens) and view.sq[k + 1] in LED_BY:
        return k + 1
    if k + 1 >= len(view.tokens) or view.sq[k + 1] not in GAP_OPENERS:
        return None
    for j in range(k + 2, min(len(view.tokens), k + 2 + MAX_LED_BY_GAP)):
        if view.sq[j] in LED_BY:
            return j
        if not view.is_persian_word(j) or is_verb_like(view.tokens[j].text) or j in view.ner_person_tokens:
            return None
    return None


def _body_ends(view: DocView, k: int) -> list[int]:
    """Where a body's name before «به <led-by noun>» at k may end: right before it, before a comma, a closing
    quote or an opening bracket, or before a bracketed acronym («حرکت جهاد اسلامی (HUJI) به رهبری …»)."""
    ends = [k]
    j = k
    while j > k - 2 and j - 1 >= 0 and view.tokens[j - 1].text in LED_BY_GLUE:
        j -= 1
        ends.append(j)
    if k >= 3 and view.tokens[k - 1].text == ")" and view.tokens[k - 3].text == "(":
        ends.append(k - 3)
    return ends


def led_bodies(view: DocView, ner: list[tuple[Mapping, int, int]], orgs: list[Span]) -> list[tuple[int, int, float]]:
    """«جنبش اجرای شریعت محمدی به رهبری مولانا "صوفی محمد"», «لشکر طیبه به رهبری "حافظ محمد سعید"»: the name the
    NER tags right before «به رهبری <person>» is the body the person leads, where the NER is unsure of its type
    (EVE, or ORG below ner_org_min_score) or the patterns found its head word alone. Returns (start, end, score)
    of names no agency covers yet; a demonstrative («این گروه به رهبری …») names none."""
    person_starts = {s for m, s, _ in ner if m.get("label") == "PER"}
    agency_tokens = {t for o in orgs if o.domain == "agency" for t in range(o.tok_start, o.tok_end)}
    names_by_end = {}
    for m, s, e in ner:
        score = float(m.get("score") or 0.0)
        if m.get("label") in LED_BODY_LABELS and score >= LED_BODY_MIN_SCORE:
            names_by_end[e] = (edition_end(view.sq, s, e - 1), score)  # «سی و ششمین | جشنواره …»: one edition
    bare_heads = {o.tok_start for o in orgs if o.domain is None and o.attrs.get("bare_head")}
    out = []
    for k in range(1, len(view.tokens) - 2):
        if not led_by_at(view, k) or _name_start(view, k + 2, person_starts) not in person_starts:
            continue
        for j in _body_ends(view, k):
            if j in names_by_end:
                s, score = names_by_end[j]
                if view.sq[s] not in DEMONSTRATIVES and not any(t in agency_tokens for t in range(s, j)):
                    out.append((s, j, score))
                break
            s = _headed_name_before(view, j, bare_heads, agency_tokens)
            if s is not None:
                out.append((s, j, LED_HEADED_SCORE))
                break
    # «"جنبش اجرای شریعت محمدی" و یا "جنبش اجرای قوانین اسلامی" به رهبری …»: a name after «یا» is another name of
    # the body before it, not a second body
    return [(s, e, score) for s, e, score in out if not _after_or(view, s)]


def _after_or(view: DocView, s: int) -> bool:
    k = s - 1 if s > 0 and view.tokens[s - 1].text in OPEN_QUOTES else s
    return k > 0 and view.sq[k - 1] == OR


def _headed_name_before(view: DocView, j: int, heads: set[int], taken: set[int]) -> int | None:
    """The first head word of a run of plain words ending at j: «جنبش اجرای شریعت محمدی» where the NER cut the
    name short («جنبش اجرای شریعت | محمدی») and the patterns knew no complement for «جنبش»."""
    first = None
    for s in range(j - 1, max(j - MAX_LED_BODY_TOKENS, 0) - 1, -1):
        text = view.tokens[s].text
        # (function words may stand inside: «جنبش اجرای …», «جبهه خلق برای آزادی فلسطین»)
        if view.is_punct(s) or s in taken or text in QUOTES or is_verb_like(text) or view.sq[s] == OBJECT_MARKER:
            break
        if s in heads and s < j - 1:  # (a head word alone, «پیوستن به دولت به رهبری …», is a kind of body)
            first = s
    return first


def led_persons(view: DocView, persons: list[Span]) -> set[str]:
    """«این گروه به رهبری مسلم یوسف شاه», «جیش محمد به رهبری مولانا "مسعود اظهر"»: a person named right after «به
    رهبری/ریاست …» or a publication's post («به مدیر مسئولی X») holds that post even where no body the rules
    know stands before (an official without a role)."""
    by_start = names_by_start(persons)
    out = set()
    for k in range(1, len(view.tokens) - 2):
        if led_by_at(view, k) and view.sq[k + 1] in LEADING_POSTS:
            person = _name_at(view, k + 2, by_start)
            if person is not None:
                out.add(person.key)
        # «به مدیر مسئولی مجید ذاکریان منتشر شد», «با مدیر مسئولی اکبر ایرانی و سردبیری جمشید کیانفر»
        post = PUBLICATION_POSTS.longest_at(view.sq, k + 1) if view.sq[k] in PUBLICATION_POST_OPENERS else None
        person = _name_at(view, post[0], by_start) if post is not None and post[0] < len(view.tokens) else None
        if person is not None:
            out.add(person.key)
    return out


def term_holders(view: DocView, persons: list[Span]) -> set[str]:
    """«در دوران ریاست جمهوری احمدی‌نژاد», «در ایام ریاست‌جمهوری آقای خاتمی»: the name after an office's verbal
    noun, dated by a time noun, held that office (an official; the office's country is often unsaid, so no role)."""
    by_start = names_by_start(persons)
    out = set()
    for k in range(1, len(view.tokens) - 1):
        office = TERM_OFFICES.longest_at(view.sq, k)
        if office is None:
            continue
        lo, _ = view.sentence_of(k)
        dated = any(view.sq[j] in TERM_TIME_NOUNS for j in range(max(lo, k - 2), k))
        person = _name_at(view, office[0], by_start) if dated and office[0] < len(view.tokens) else None
        if person is not None:
            out.add(person.key)
    return out


def _name_at(view: DocView, k: int, by_start: dict[int, Span]) -> Span | None:
    return by_start.get(_name_start(view, k, by_start))


def _name_start(view: DocView, k: int, starts: Container[int]) -> int:
    """Where the name at k starts, past an opening quote and an honorific the NER left out of it («به رهبری مولانا
    "مسعود اظهر"», «به ریاست «بنیامین نتانیاهو»»)."""
    sent = view.tokens[k].sent if k < len(view.tokens) else -1
    for _ in range(3):
        if k in starts or k >= len(view.tokens) or view.tokens[k].sent != sent:
            break
        honorific = view.lex.honorifics.longest_at(view.sq, k)
        if view.tokens[k].text in OPEN_QUOTES:
            k += 1
        elif honorific:
            k = honorific[0]
        else:
            break
    return k
