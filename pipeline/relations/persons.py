"""Person names: NER PER spans (trimmed) plus a name pattern that works without the NER.

Pattern: honorific* given-name{0,3} surname [surname suffix], where at least an honorific or a
given name opens it («سید ابوالحسن فیروزآبادی», «سید محمود حسینی پور», «دکتر روحانی»).
The person key drops honorifics, so «سید ابوالحسن فیروزآبادی» and «ابوالحسن فیروزآبادی» share it.
"""
from __future__ import annotations

from typing import Iterable

from pipeline.lexicons import given_name_after_glued_seyyed, nationality_country, spelt_name, squash
from pipeline.relations.document import (CLOSE_QUOTES, COMMAS, FROM, INFINITIVES, OBJECT_MARKER, OPEN_QUOTES,
                                         PAST_COPULAS, ZWNJ_PLURAL_ENDINGS, DocView, Span, is_verb_like)
from pipeline.relations.numerals import ORDINAL_DETERMINERS, SMALL_COUNTS
from pipeline.relations.place_nouns import CITY, COUNTRY, COUNTY, PROVINCE, SUBCOUNTY, VILLAGE, ZONE
from pipeline.segment import abbreviates_allah, balanced

MAX_GIVEN = 3
# «هنری شهرستان»: a given-name spelling before a place noun is no name («هنری» is also «artistic»)
PLACE_NOUNS = {COUNTY, PROVINCE, CITY, VILLAGE, SUBCOUNTY, COUNTRY, ZONE}
ALLAH = squash("الله")
FULL_NAME_HONORIFICS = {squash(w) for w in ("سید", "سیده", "حجت‌الاسلام", "آیت‌الله", "والمسلمین")}
NAME_CONNECTORS = {squash(w) for w in ("بن", "ابن", "بنت")}
# surnames spelled as a verb form («کنی»: «you do»), kept when the NER ends a name with them («علی باقری کنی»,
# «محمدرضا مهدوی کنی»)
VERB_SPELLED_SURNAMES = {squash("کنی")}
SURNAME_SUFFIXES = {squash(w) for w in ("پور", "زاده", "نژاد", "فر", "نیا", "راد", "منش", "وند", "لو", "کیا",
                                        "خواه", "دوست", "پناه", "بخش", "آبادی", "اصل", "فرد", "زاد")}


def _is_name_word(view: DocView, k: int, hi: int) -> bool:
    lex = view.lex
    return (k < hi and view.is_persian_word(k) and not view.is_stop(k) and len(view.sq[k]) >= 2
            and not _plural_noun(view, k) and view.sq[k] not in INFINITIVES and view.sq[k] not in PLACE_NOUNS
            and view.sq[k] not in ORDINAL_DETERMINERS  # «محمد مرسی | نخستین رییس‌جمهور منتخب مصر»
            and not _starts_a_title(view, k, hi) and not lex.org_heads.longest_at(view.sq, k, hi)
            and not lex.known_agencies.longest_at(view.sq, k, hi) and not lex.honorifics.longest_at(view.sq, k, hi)
            and not lex.countries.longest_at(view.sq, k, hi) and not lex.provinces.longest_at(view.sq, k, hi))


def _starts_a_title(view: DocView, k: int, hi: int) -> bool:
    """A title starts at k, unless it is a title that also spells surnames ending a name: «آیت‌الله سید علی قاضی
    است» (no name word after it), where «قاضی محسن زالی» is the judge."""
    hit = view.lex.titles.longest_at(view.sq, k, hi)
    if hit is None:
        return False
    end, title = hit
    return not (title.in_names and (end >= hi or view.is_stop(end) or not view.is_persian_word(end)))


def _honorifics_end(view: DocView, k: int, hi: int) -> int:
    while k < hi:
        hit = view.lex.honorifics.longest_at(view.sq, k, hi)
        if hit is None:
            break
        k = hit[0]
    return k


def match_name(view: DocView, i: int, hi: int) -> tuple[int, int] | None:
    """(name start after honorifics, end) of a person name opening at token i, or None."""
    if i > 0 and view.sq[i - 1] in ONE_NAME_INTRODUCERS:
        return None  # «امام حسین ارزش اصلاحی …»: the name after «امام/حضرت» is one word (the NER has it)
    k = _honorifics_end(view, i, hi)
    has_honorific = k > i
    name_start = k
    given = 0
    while k < hi and given < MAX_GIVEN:
        width = _given_width(view, k, hi)
        if not width:
            break
        k += width
        given += 1
        if k + 1 < hi and view.sq[k] in NAME_CONNECTORS and _given_width(view, k + 1, hi):
            k += 1  # «محمد بن عبدالله»
    if not has_honorific and given == 0:
        return None
    if _is_name_word(view, k, hi) and view.sq[k] not in view.lex.given_names:
        k += 1
        if k < hi and view.sq[k] in SURNAME_SUFFIXES:
            k += 1
        elif given == 0 and view.sq[i] in FULL_NAME_HONORIFICS and _is_name_word(view, k, hi):
            k += 1  # «سید راضی نوری»: «سید» and clerical titles precede a full name, given name unknown
        if (k < hi and k - 1 in view.ner_person_tokens and k in view.ner_person_tokens and k not in view.ner_starts
                and _is_name_word(view, k, hi) and not view.lex.plural_titles.longest_at(view.sq, k, hi)):
            k += 1  # «ابوالحسن حسینی بوشهری»: a two-word surname, where the NER's person name goes on
        elif given and _last_name_word_before_title(view, k, hi):
            k += 1  # «محمد شروین اسبقیان مدیرکل …»: a given name the lexicon lacks read as the surname
    elif given < 2 and not (has_honorific and given == 1):
        return None
    return (name_start, k) if k > name_start else None


CANDIDACY_NOUNS = {squash(w) for w in ("کاندیدا", "کاندیدای", "کاندید", "نامزد", "داوطلب")}


def _last_name_word_before_title(view: DocView, k: int, hi: int) -> bool:
    """One more name word, outside any NER mention, with a title right after it: the name's true surname
    («محمد شروین | اسبقیان مدیرکل دفتر …», where «شروین» is a given name the lexicon lacks and the NER stopped
    too). A nationality there is no name («… آمریکایی سفیر …»)."""
    if not (_is_name_word(view, k, hi) and view.sq[k] not in view.lex.given_names and k not in view.ner_starts
            and (view.ner_name_tokens is None or k not in view.ner_name_tokens)):
        return False
    if nationality_country(view.lex, view.sq[k]) or view.sq[k] in CANDIDACY_NOUNS:
        return False  # («حسن روحانی | کاندیدای ریاست جمهوری»: who runs for the post, no surname)
    return k + 1 < hi and view.lex.titles.longest_at(view.sq, k + 1, hi) is not None


def _title_follows(view: DocView, k: int, hi: int) -> bool:
    """A title opens at k, or after one comma there («X، رئیس …»)."""
    if k < hi and view.tokens[k].text in COMMAS:
        k += 1
    return k < hi and view.lex.titles.longest_at(view.sq, k, hi) is not None


def _supported(view: DocView, i: int, hit: tuple[int, int], hi: int, ner_person_words: set[str]) -> bool:
    """A given name alone is weak evidence: many are also words («هنری» artistic, «جان» life, «حسن نیت»,
    «محمود آباد»), so without an honorific before it or a title after it («مرتضی رئیسی رئیس ستاد …») the NER
    must see a person in the name, or in its surname elsewhere («… از کاشان وحید فرخ‌تبار» tagged a place, then
    «فرخ‌تبار گفت»). Without NER output (`use_ner: false`) the pattern is all there is."""
    if view.ner_name_tokens is None:
        return True
    seen = [t for t in range(*hit) if t in view.ner_person_tokens]
    # the NER saw the person but stopped before the pattern's last word («رضا بیرون», «فاطمه یعنی», «آیت‌الله سیستانی
    # تصویری»): like a bare given name, that word is the name's only when a title follows or the NER tags it elsewhere
    stopped_early = bool(seen) and seen[-1] < hit[1] - 1
    if not stopped_early and (hit[0] > i or seen):
        return True
    # (or the name speaks right after its last word: «حجت‌الاسلام سید مهدی | خاموشی گفت», a common noun as surname;
    # or stands between commas after a title: «معاون نظارت بر بازار سازمان بورس …، نسرین طاهری، از … خبر داد»)
    return _title_follows(view, hit[1], hi) or _between_commas_after_title(view, hit, hi) \
        or view.sq[hit[1] - 1] in ner_person_words \
        or (stopped_early and hit[1] < hi and view.sq[hit[1]] in NAME_SPEECH_VERBS)


TITLE_TO_NAME = 10  # «معاون | نظارت بر بازار سازمان بورس و اوراق بهادار | ، نسرین طاهری،»


def _between_commas_after_title(view: DocView, hit: tuple[int, int], hi: int) -> bool:
    """The name stands between two commas after a title, with no verb or other comma between the title and the
    name: «به گفته مدیرعامل کشتیرانی، محمود اسدی‌مقدم، …» (a probe, session 79: the NER saw no person there)."""
    start, end = hit
    if not (start > 0 and view.tokens[start - 1].text in COMMAS and end < hi and view.tokens[end].text in COMMAS):
        return False
    for j in range(start - 2, max(-1, start - 2 - TITLE_TO_NAME), -1):
        text = view.tokens[j].text
        if text in COMMAS or (is_verb_like(text) and view.sq[j] not in INFINITIVES):
            return False
        if view.lex.titles.longest_at(view.sq, j, start - 1) is not None:
            return True
    return False


def _org_ran_into(view: DocView, i: int, hit: tuple[int, int], blocked: set[int]) -> bool:
    """The NER's organisation ran on from a body that ends at token i over the whole name: «سازمان ملل | مجید
    تخت‌روانچی گفت» tagged one ORG, where «سازمان ملل» is the body and the rest a person the NER saw as a name."""
    ner = view.ner_name_tokens
    return ner is not None and i - 1 in blocked and i - 1 in ner \
        and all(t in ner and t not in view.ner_starts and t not in view.ner_person_tokens for t in range(i, hit[1]))


def _given_width(view: DocView, k: int, hi: int) -> int:
    """Tokens a given name takes at k: 1, or 2 for «قدرت الله»-style names split by a space."""
    if k < hi and view.sq[k] in view.lex.given_names:
        return 2 if k + 1 < hi and view.sq[k + 1] == ALLAH else 1
    if k < hi and given_name_after_glued_seyyed(view.lex, view.sq[k]) is not None:
        return 1  # «سیدمحمدباقر», «سیدحسین»: honorific glued to the given name
    if k < hi and "\u200c" in view.tokens[k].text:  # «علی‌اکبر», «محمدحسین» joined by the normaliser
        parts = [squash(p) for p in view.tokens[k].text.split("\u200c")]
        if all(p in view.lex.given_names or p == ALLAH for p in parts) and parts[0] in view.lex.given_names:
            return 1
    if k + 1 < hi and not view.is_stop(k) and view.sq[k] + view.sq[k + 1] in view.lex.given_names:
        return 2  # «علی رضا»; but «به من» is not «بهمن»
    return 0


def person_key(view: DocView, start: int, end: int) -> str:
    """Squashed name without honorifics, a «سید» glued to the given name too («سیدمحمد خاتمی» is «سید محمد
    خاتمی», as _given_width reads it), so both spellings are one person in a document and across the corpus."""
    return "PER:" + spelt_name(view.lex, view.sq[start:end])


def surname_tokens(view: DocView, start: int, end: int) -> list[str]:
    """Squashed surname tokens: the last token, with the one before it when the last is a suffix."""
    if end - start >= 2 and view.sq[end - 1] in SURNAME_SUFFIXES:
        return view.sq[end - 2:end]
    return view.sq[end - 1:end]


def _person(view: DocView, start: int, end: int, method: str, score: float, source_id: str | None = None) -> Span:
    span = view.make_span(start, end, "PER", kind="person", name=view.span_text(start, end),
                          key=person_key(view, start, end), method=method, score=score, source_id=source_id)
    span.attrs["n_name_tokens"] = end - _honorifics_end(view, start, end)
    return span


def find_persons(view: DocView, ner_persons: Iterable[tuple[int, int, str, float]], blocked: set[int]) -> list[Span]:
    """Person spans: pattern matches first, then NER PER spans that do not overlap them.

    ner_persons: (tok_start, tok_end, mention_id, score); blocked: tokens inside organisations.
    """
    spans: list[Span] = []
    covered: set[int] = set()
    ner_person_words = {view.sq[k] for k in view.ner_person_tokens}  # a surname the NER tags anywhere
    for lo, hi in sorted(view.sent_tokens.values()):
        for start, end in _quoted_names_before_titles(view, lo, hi, blocked):
            spans.append(_person(view, start, end, "pattern:quoted", 0.75))
            covered.update(range(start, end))
    for lo, hi in sorted(view.sent_tokens.values()):
        i = lo
        while i < hi:
            if i in blocked or i in covered:
                i += 1
                continue
            hit = match_name(view, i, hi)
            if hit and not any(t in blocked for t in range(i, hit[1])) \
                    and (_supported(view, i, hit, hi, ner_person_words) or _org_ran_into(view, i, hit, blocked)):
                spans.append(_person(view, i, hit[1], "pattern:name", 0.8))
                covered.update(range(i, hit[1]))
                i = hit[1]
            else:
                i += 1
    ner_tokens = {t for start, end, _, _ in ner_persons for t in range(start, end)}
    for start, end in _positional_names(view, covered | blocked, covered | ner_tokens):
        spans.append(_person(view, start, end, "pattern:position", 0.6))
        covered.update(range(start, end))
    for start, end, mention_id, score in ner_persons:
        lo, hi = view.sentence_of(start)
        start, end = _trim(view, start, end, hi)
        if start < end and _honorifics_end(view, start, end) == end:
            # «مولانا "فقیر محمد"»: the NER tagged the honorific and left out the quoted name after it; the
            # honorific alone is nobody
            close = quoted_name_end(view, end, hi)
            if close is None:
                continue
            start, end = end + 1, close
        if start >= end or any(t in blocked for t in range(start, end)):
            continue
        word = view.tokens[start]
        if end - start == 1 and abbreviates_allah(word.text, view.text[word.end:word.end + 3]):
            continue  # «عبدا... ثقفی راد»: the NER tags the abbreviated given name alone; the name is after it
        titled = next((s for s in spans if s.tok_start < start < s.tok_end < end
                       and _honorifics_end(view, s.tok_start, s.tok_end) == start), None)
        if titled is not None:
            # «ماموستا مامد کلشی‌نژاد»: the NER runs past the one name word the pattern took after an honorific
            spans[spans.index(titled)] = _person(view, titled.tok_start, end, "pattern:name+ner", 0.8, mention_id)
            covered.update(range(start, end))
            continue
        inside = [s for s in spans if start <= s.tok_start and s.tok_end <= end]
        partial = any(s.tok_start < start < s.tok_end or s.tok_start < end < s.tok_end for s in spans)
        if inside and not partial and end - start > max(s.tok_end - s.tok_start for s in inside):
            # the NER name extends a pattern name: «هنری فالکون» → «هنری فالکون فوئنتس»
            for s in inside:
                spans.remove(s)
                covered.difference_update(range(s.tok_start, s.tok_end))
        if any(t in covered for t in range(start, end)):
            continue
        spans.append(_person(view, start, end, "ner", score, source_id=mention_id))
        covered.update(range(start, end))
    spans += _names_between_listed_names(view, spans, blocked)
    spans = [_whole_between_commas(view, s, covered | blocked) for s in spans]
    spans.sort(key=lambda s: s.tok_start)
    return spans


def _whole_between_commas(view: DocView, span: Span, taken: set[int]) -> Span:
    """«رئیس کل دادگستری استان تهران، علی القاصی مهر، …», «…، علیرضا رضا داد، علیرضا تابش، …» (tune 2#59): a name
    set off by commas that stops one name word before the closing comma runs to it (the NER cuts surnames that are
    also words: «مهر»; after given names only, even a function word is the surname there: «داد»)."""
    k = span.tok_end
    if span.kind == "pronoun" or span.tok_start == 0 or view.tokens[span.tok_start - 1].text not in COMMAS \
            or k + 1 >= len(view.tokens) or view.tokens[k + 1].text not in COMMAS or k in taken \
            or view.tokens[k].sent != view.tokens[span.tok_start].sent or view.sq[k] in view.lex.given_names:
        return span
    given_only = all(view.sq[j] in view.lex.given_names
                     for j in range(_honorifics_end(view, span.tok_start, span.tok_end), span.tok_end))
    if not (_is_name_word(view, k, k + 1)
            or (given_only and view.is_persian_word(k) and len(view.sq[k]) >= 2 and not _starts_a_title(view, k, k + 1))):
        return span
    return _person(view, span.tok_start, k + 1, span.method, span.score, span.source_id)


MAX_LISTED_NAME_TOKENS = 2


def _names_between_listed_names(view: DocView, spans: list[Span], blocked: set[int]) -> list[Span]:
    """«اعلمی، دینی، فروزش، جلالی و جهانگیرزاده، فلاحت پیشه و علیخانی نمایندگان تبریز»: the items of a list of
    names before a plural title, between two names already found, are names too when each is one or two name
    words (the NER leaves out surnames that are also common words: «دینی», «جلالی»; tune 1#39)."""
    by_start = {s.tok_start: s for s in spans if s.kind != "pronoun"}
    taken = {t for s in spans for t in range(s.tok_start, s.tok_end)} | blocked
    found: list[Span] = []
    for first in sorted(by_start.values(), key=lambda s: s.tok_start):
        hi = view.sentence_of(first.tok_start)[1]
        k, gaps = first.tok_end, []
        while k < hi and view.joins_list(k):
            start = k + 1
            if start in by_start:
                k = by_start[start].tok_end
                continue
            end = start
            while end < hi and end - start < MAX_LISTED_NAME_TOKENS and end not in taken and not view.joins_list(end) \
                    and _is_name_word(view, end, hi):
                end += 1
            if end == start or end >= hi or not view.joins_list(end):
                break
            gaps.append((start, end))
            k = end
        # the list runs on to a later name, and the last name stands before a plural title
        if gaps and k > gaps[-1][1] and k < hi and view.lex.plural_titles.get(view.sq[k]) is not None:
            for start, end in gaps:
                found.append(_person(view, start, end, "pattern:listed", 0.6))
                taken.update(range(start, end))
    return found


def _trim(view: DocView, start: int, end: int, hi: int) -> tuple[int, int]:
    """Drop leading titles/organisation words and trailing punctuation from an NER person span."""
    while start < end:
        title = view.lex.titles.longest_at(view.sq, start, end)
        if title and not title[1].in_names:  # («قاضی مغربی»: the NER's span keeps a surname word)
            start = title[0]
        elif view.is_stop(start):
            start += 1
        else:
            break
    for k in range(start + 1, end):  # «سعید اشرف رؤسای»: a title inside the span ends the name
        inside = view.lex.titles.longest_at(view.sq, k, end)
        if view.sq[k] in view.lex.plural_titles or (inside and not inside[1].in_names):
            if not _title_spelled_surname(view, start, k, end):
                end = k
            break
    while end > start and (view.is_punct(end - 1) or _plural_noun(view, end - 1)
                           or (view.is_stop(end - 1) and view.sq[end - 1] not in VERB_SPELLED_SURNAMES)):
        end -= 1
    # «امام خمینی (ره)» less its last «)» would keep a dangling «(ره»
    first, last = balanced([view.tokens[k].text for k in range(start, end)], 0, end - start)
    return start + first, start + last


# words a title never takes as its body, while a name is often followed by them: «علیرضا دبیر را / با کسب … / برای
# چهار سال دیگر / به ریاست … / به عنوان / بعنوان …» (every post marker of LIST_TITLE_MARKERS opens with «به» or is
# «بعنوان»)
NO_BODY_AFTER_TITLE = {squash(w) for w in ("با", "برای", "به", "بعنوان", "در", "که", "نیز")} | {OBJECT_MARKER}


def _title_spelled_surname(view: DocView, start: int, k: int, end: int) -> bool:
    """«علیرضا دبیر رئیس فدراسیون کشتی»: the title word ending the NER's name after given names only, with another
    title right after the name, or «را», a post marker or a preposition (no title takes them as its body: «…
    علیرضا دبیر را / به عنوان رئیس …», «علیرضا دبیر با کسب ۴۰ رأی …»), is the surname."""
    return k == end - 1 and all(view.sq[j] in view.lex.given_names for j in range(start, k)) \
        and end < len(view.tokens) \
        and (view.lex.titles.longest_at(view.sq, end) is not None or view.sq[end] in NO_BODY_AFTER_TITLE)


def _plural_noun(view: DocView, k: int) -> bool:
    """«کارت‌های», «هیئت‌ها»: a plural noun (ZWNJ + ها/های) ends a name («آیت‌الله سیستانی کارت‌های …»)."""
    return view.tokens[k].text.endswith(ZWNJ_PLURAL_ENDINGS)


ONE_OF = squash("یکی")  # «یکی از» (one of)
# «به ترتیب» (respectively), «به عنوان» / «بعنوان» (as), «به سمت» (to the post of) between a list of names and its
# plural title
RESPECTIVELY = (squash("به"), squash("ترتیب"))
LIST_TITLE_MARKERS = tuple(tuple(squash(w) for w in m.split()) for m in ("به ترتیب", "به عنوان", "بعنوان", "به سمت"))
MARKER_LAST_WORDS = {marker[-1] for marker in LIST_TITLE_MARKERS}


def plural_title_lists(view: DocView, persons: list[Span]) -> list[tuple[int, str, list[Span]]]:
    """(token of the plural title, its singular, the persons listed before it) for every «X، Y و Z»
    list of two or more names right before a plural title («… رؤسای اتحادیه‌های …»): each of them is an
    official, and roles.distributive_roles may share the title out over a list of places."""
    by_end = {p.tok_end: p for p in persons if p.kind != "pronoun"}
    lists = []
    for k, sq in enumerate(view.sq):
        counted = counted_title_at(view, k + 1) if k in by_end else None
        if counted is not None and len(run := names_listed_before(view, by_end[k], by_end)) == SMALL_COUNTS[sq]:
            lists.append((k + 1, counted[1], run))  # «برزان التکریتی و عواد البندر دو معاون صدام»
            continue
        plural = view.lex.plural_titles.longest_at(view.sq, k)  # («روسای جمهور»: two words)
        singular = plural[1] if plural else None
        if singular is None and _respectively_before(view, k):
            # «X و Y به ترتیب به عنوان فرماندار ساری و بابل»: «respectively» shares a singular title out too
            title = view.lex.titles.longest_at(view.sq, k)
            singular = title[1].title if title else None
        if singular is None:
            continue
        # «X، Y و Z از اعضای هیئت امنای …»: «از» («among») may stand between the names and the title
        end = _before_list_markers(view, k)
        appositive = False
        if end == k and k > 1 and view.tokens[k - 1].text in COMMAS and k - 1 in by_end:
            end, appositive = k - 1, True  # «X و Y، نمایندگان مردم تبریز، …»: the plural title in apposition
        if end == k and (among := among_end(view, k)) is not None:
            end = among
            while end > 0 and end not in by_end and view.tokens[end - 1].text in CLOSE_QUOTES:
                end -= 1  # a quoted name: «"محمد سلمان"، از فرماندهان نیروی دریایی پاکستان»
            end = end if end in by_end else k
        if end not in by_end:
            continue
        run = names_listed_before(view, by_end[end], by_end)
        if len(run) >= 2 or (end != k and not appositive):  # «علیرضا، از فرماندهان ارتش افغانستان»: one is enough
            lists.append((k, singular, run))
    return lists


def among_end(view: DocView, k: int) -> int | None:
    """Where a name ends before «(،) از» or «(،) یکی از» and the plural title at k («علیرضا، از فرماندهان …», «X،
    یکی از معاونان وزیر کشور»); None where neither stands there, or where «یکی از» with no comma describes someone in
    the past («برانکو یکی از مربیان زحمتکش ما بود»)."""
    if k < 2 or view.sq[k - 1] != FROM:
        return None
    one_of = k > 2 and view.sq[k - 2] == ONE_OF
    j = k - 2 if one_of else k - 1
    comma = view.tokens[j - 1].text in COMMAS
    if one_of and not comma and any(view.sq[x] in PAST_COPULAS
                                    for x in range(k, view.sentence_of(k)[1])):
        return None
    return j - 1 if comma else j


def _respectively_before(view: DocView, k: int) -> bool:
    """«به ترتیب» stands among the list markers right before token k (asked at every token: the last word of some
    marker must stand before k first)."""
    if k == 0 or view.sq[k - 1] not in MARKER_LAST_WORDS:
        return False
    end = _before_list_markers(view, k)
    return any(view.words_at(j, RESPECTIVELY) for j in range(end, k))


def _before_list_markers(view: DocView, k: int) -> int:
    """Where the names end before a plural title at k, past «به ترتیب», «به عنوان» and «به سمت» («X و Y به ترتیب (به
    عنوان / به سمت) فرمانداران بابل و آمل …»)."""
    end = k
    moved = True
    while moved:
        moved = False
        for marker in LIST_TITLE_MARKERS:
            if end > len(marker) and view.words_end_at(end, marker):
                end -= len(marker)
                moved = True
    return end


def counted_title_at(view: DocView, i: int, hi: int | None = None) -> tuple[int, str] | None:
    """(end, title) of a singular title at token i after a small count («دو معاون صدام»): with as many names
    listed before the count, it stands for the plural title."""
    if not 0 < i < len(view.tokens) or view.sq[i - 1] not in SMALL_COUNTS:
        return None
    title = view.lex.titles.longest_at(view.sq, i, hi)
    return (title[0], title[1].title) if title else None


def names_listed_before(view: DocView, last: Span, by_end: dict[int, Span]) -> list[Span]:
    """The «X، Y و Z» list of names (by_end: persons by end token) that ends with `last`, in text order."""
    run = [last]
    j = last.tok_start
    while j >= 2 and view.joins_list(j - 1) and (j - 1) in by_end:
        run.append(by_end[j - 1])
        j = run[-1].tok_start
    return run[::-1]


SUBJECT_FOLLOWERS = {squash(w) for w in ("امروز", "در", "با", "از", "ظهر", "صبح", "عصر", "شامگاه", "شب", "روز", "پیش",
                                         "که", "طی", "ضمن", "دیروز", "دیشب", "بعدازظهر")}
SPEECH_STEMS = tuple(squash(w) for w in ("گفت", "اظهار", "افزود", "تصریح", "خاطرنشان", "بیان", "تاکید", "تأکید",
                                         "اعلام", "یادآور", "ادامه", "اضافه"))  # word starts
MAX_POSITIONAL_TOKENS = 3
ONE_NAME_INTRODUCERS = {squash(w) for w in ("امام", "حضرت")}


def bare_name(view: DocView, person: Span) -> str:
    """The person's squashed name without honorifics and «امام/حضرت» («آیت‌الله خامنه‌ای» → «خامنهای»), for
    looking the person up in the lexicons of named office holders."""
    k = person.tok_start
    while k < person.tok_end:
        hit = view.lex.honorifics.longest_at(view.sq, k, person.tok_end)
        if hit is not None:
            k = hit[0]
        elif view.sq[k] in ONE_NAME_INTRODUCERS:
            k += 1
        else:
            break
    return "".join(view.sq[k:person.tok_end])


def _positional_names(view: DocView, taken: set[int], named: set[int]) -> list[tuple[int, int]]:
    """Names known only by position, for reports the NER may miss:
    - the subject right after the attribution: «به گزارش خبرگزاری فارس از زنجان، وارسته با بیان … اظهار داشت»,
      unless a name (`named`: pattern or NER) came before it in the sentence: «…، هدایت‌اله جمالی‌پور در جلسه
      … برگزار شد، جایگاه شهرری در حوزه سیاسی …» has its subject already
    - a headline speaker: «رومینیگه: رقبا به تعطیلات رفتند …»
    """
    found = []
    for lo, hi in sorted(view.sent_tokens.values()):
        starts = []
        if view.opens_with_attribution(lo, hi):
            speech = next((k for k in range(lo, hi) if view.sq[k].startswith(SPEECH_STEMS)), None)
            if speech is not None:  # after any comma of the attribution (org names may hold commas)
                starts.extend((k + 1, SUBJECT_FOLLOWERS) for k in range(lo, speech)
                              if view.tokens[k].text in COMMAS)
        starts.append((lo, {":"}))
        speaker = _sentence_initial_speaker(view, lo, hi, taken)
        if speaker is not None:
            found.append(speaker)
            continue
        for start, followers in starts:
            if start > lo and any(k in named for k in range(lo, start)):
                break
            end = start
            while end < hi and end - start < MAX_POSITIONAL_TOKENS and _is_name_word(view, end, hi) \
                    and end not in taken:
                end += 1
            if end > start and end < hi and (view.sq[end] in followers or view.tokens[end].text in followers) \
                    and _repeated(view, view.sq[end - 1], start, end) and not _described(view, start, end):
                found.append((start, end))
                break
    return found


PERSON_NOUNS = {squash(w) for w in ("دیپلمات", "مقام", "منبع", "کارشناس", "فعال", "تحلیلگر", "شاهد", "یک")}


def _described(view: DocView, start: int, end: int) -> bool:
    """«دیپلمات ایرانی: …», «یک مقام آمریکایی: …»: a description, not a name."""
    for k in range(start, end):
        word = view.sq[k]
        if word in PERSON_NOUNS or (word.endswith("ی") and (view.lex.countries.get(word[:-1])
                                                             or view.lex.countries.get(word[:-2]))):
            return True
    return False


# verbs that report a person speaking (organisations «اعلام کرد», «گفت» too often to count)
PERSON_SPEECH_VERBS = {squash(w) for w in ("تصریح", "خاطرنشان", "خاطر نشان", "افزود", "اظهار")}
SPEECH_ADVERBS = {squash(w) for w in ("خود", "نیز", "همچنین", "هم")}
NAME_SPEECH_VERBS = PERSON_SPEECH_VERBS | {squash("گفت")}  # right after a name: it speaks


def _sentence_initial_speaker(view: DocView, lo: int, hi: int, taken: set[int]) -> tuple[int, int] | None:
    """«مقدمی خود تصریح کرد: …», «علاوی افزود: …»: one surname opening the sentence, right before a verb of
    personal speech (after at most one adverb), is the speaker's name even when said only once."""
    if lo in taken or not _is_name_word(view, lo, hi) or view.sq[lo] in view.lex.given_names:
        return None
    k = lo + 1
    if k < hi and view.sq[k] in SPEECH_ADVERBS:
        k += 1
    if k < hi and view.sq[k] in PERSON_SPEECH_VERBS:
        return lo, lo + 1
    return None


def _repeated(view: DocView, surname: str, start: int, end: int) -> bool:
    """News style names a speaker again by surname («وارسته با اشاره …», «قنبری گفت»); a word the text never
    repeats is more likely a common noun («نیروی انسانی …») than a name."""
    return any(view.sq[k] == surname for k in range(len(view.tokens)) if not start <= k < end)


def quoted_name_end(view: DocView, k: int, hi: int, taken: frozenset[int] | set[int] = frozenset(),
                    opening: tuple[str, ...] = OPEN_QUOTES) -> int | None:
    """The closing quote's token when a quote opened at k holds one to four name words («جالو ممادو تاندیا»,
    "فقیر محمد"), else None."""
    if k >= hi or view.tokens[k].text not in opening:
        return None
    closing = CLOSE_QUOTES[OPEN_QUOTES.index(view.tokens[k].text)]
    end = k + 1
    while end < hi and end - k <= 4 and view.tokens[end].text != closing:
        if not view.is_persian_word(end) or view.is_stop(end) or end in taken:
            return None
        end += 1
    return end if k + 1 < end < hi and view.tokens[end].text == closing else None


def _quoted_names_before_titles(view: DocView, lo: int, hi: int, taken: set[int]) -> list[tuple[int, int]]:
    """«جالو ممادو تاندیا» وزیر دفاع موریتانی: a quoted run of name words right before a title."""
    out = []
    for k in range(lo, hi):
        end = quoted_name_end(view, k, hi, taken, opening=("«",))
        if end is None:
            continue
        if _title_follows(view, end + 1, hi):
            out.append((k + 1, end))
    return out
