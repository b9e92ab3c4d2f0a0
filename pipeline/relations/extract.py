"""One document in, typed mentions and role/agreement relations out (the stage's only entry point).

Order matters and is fixed: organisations first (they block names and provinces inside them),
then provinces and countries, persons (NER + pattern), coreference, title phrases, roles,
agreements. Output rows follow pipeline.schema MENTIONS/RELATIONS plus `entity_key` /
`subject_key` / `object_key`, which pipeline.entities.resolve_entities turns into ids.
"""
from __future__ import annotations

import datetime
from typing import Any, Mapping

from pipeline.lexicons import CONJUNCTION, agency_key, canonical_title, load_lexicons, nationality_country, squash
from pipeline.relations.agreements import Agreement, find_agreements
from pipeline.relations.appointments import elected_boards
from pipeline.relations.calibration import Calibration, load_calibration
from pipeline.relations.clubs import club_of_team, is_team, national_teams
from pipeline.relations.complements import (GENERIC_PLURALS, MEDIA_DESCRIPTORS, NAME_INTRODUCERS, PAST_MARKERS,
                                            PRAISE_WORDS, TRAILING_PLACE_NOUNS, title_before)
from pipeline.relations.coref import (PUBLIC_RELATIONS, adopt_bracketed_names, merge_agency_variants,
                                      resolve_persons, resolve_short_orgs)
from pipeline.relations.dates import date_range, places_a_day_or_period
from pipeline.relations.document import (CLOSE_QUOTES, COMMAS, OPEN_QUOTES, DocView, Span, build_view,
                                         char_to_token_range, eulogy_at)
from pipeline.relations.led_by import led_bodies, led_by_roles, led_persons, term_holders
from pipeline.relations.numerals import QUANTIFIERS, edition_end
from pipeline.relations.organisations import (GOVERNMENT, GOVERNMENT_QUALIFIERS, common_noun_use,
                                              country_qualifier_length, ends_with_name, extend_over_eulogies,
                                              extend_to_names_given_in_full, find_organisations, kind_of_name,
                                              ministers_term, plural_head_end, split_head)
from pipeline.relations.params import RelationsParams
from pipeline.relations.persons import SURNAME_SUFFIXES, bare_name, find_persons, plural_title_lists
from pipeline.relations.place_nouns import CITY, COUNTY, PROVINCE
from pipeline.relations.places import find_countries, find_provinces
from pipeline.relations.roles import (counterpart_roles, distributive_roles, Role, find_roles,
                                      listed_roles, share_coordinated_body, share_coordinated_complements,
                                      share_listed_country, well_known_roles)
from pipeline.relations.speakers import NEWS, NEWS_GAVE, list_item
from pipeline.relations.titles import (SpanIndex, TitlePhrase, office_of, parse_title, plural_title_before,
                                       plural_title_phrase, team_membership)

NER_ORG_FACTOR = 0.9
REGIME = squash("رژیم")
REPUBLIC_SPELLINGS = {squash(w) for w in ("جمهوری", "جمهوی", "جمهری")}  # («جمهوی اسلامی ایران»: a typo, 2#56)
NER_LONGER_NAME_MIN_SCORE = 0.99  # an NER name longer than a pattern agency replaces it at this confidence
# «… استان», «… شهر»: an NER name ending in a bare place noun; the place is another word's, not the name's
BARE_PLACE_NOUNS = TRAILING_PLACE_NOUNS | {CITY}


def _ner_ranges(view: DocView, mentions: list[Mapping]) -> list[tuple[Mapping, int, int]]:
    out = []
    for m in mentions:
        rng = char_to_token_range(view, int(m["start"]), int(m["end"]))
        if rng:
            out.append((m, rng[0], rng[1]))
    return out


def _trim_edges(view: DocView, start: int, end: int) -> tuple[int, int]:
    """The NER span less function words at its edges and praise after the name («کانون وکلای | ارجمند»)."""
    while start < end and view.is_stop(start):
        start += 1
    while end > start and (view.is_stop(end - 1) or view.sq[end - 1] in PRAISE_WORDS):
        end -= 1
    return start, end


# first words of NER ORG spans that name facilities and systems rather than bodies
NOT_BODIES = {squash(w) for w in ("نیروگاه", "فرودگاه", "ورزشگاه", "استادیوم", "سامانه", "پروژه", "طرح",
                                   "بانکداری")}  # («بانکداری الکترونیکی», «بانکداری مالزی»: banking, no bank)
ELECTORAL_DISTRICT = (squash("حوزه"), squash("انتخابیه"))  # «حوزه انتخابیه بندرعباس»: a constituency, no body
PLATFORMS = {squash(w) for w in ("فیس بوک", "فیسبوک", "فیس‌بوک", "اینستاگرام", "توییتر", "تویتر", "تلگرام", "واتساپ",
                                  "یوتیوب")}
STATED_METHODS = ("apposition", "title_before_name", "appointment", "copula")
# «هیئت شنای گچساران», «هیأت دوچرخه‌سواری تهران»: a board is named by no head-word rule («هیئت» is also a
# delegation, and «هیئت مدیره/علمی X» a board of X), so the NER's span of three words or more is taken at a lower
# confidence than other NER-only names
BOARD_NER_MIN_SCORE = 0.7
BOARD_HEADS = {squash("هیئت")}  # (squash unifies «هیئت/هیأت/هیات/هئیت»)
# «هیئت مدیره شرکت …», «هیات علمی دانشگاه …», «هیئت امنای بنیاد …»: a board of the body named after it, not a body
INNER_BOARDS = {squash(w) for w in ("مدیره", "مدیره‌ی", "علمی", "امنا", "امنای", "امناء", "رئیسه", "داوران", "حاکمه")}
BOARD_MIN_TOKENS = 3


def _named_board(view: DocView, s: int, e: int, score: float) -> bool:
    """(Not a span the name goes on after: «هیات جودو، جوجیتسو | و کوراش …», «… پیوند اعضای | استان سمنان».)"""
    cut_short = e < len(view.tokens) and (view.sq[e] in (CONJUNCTION, PROVINCE) or view.tokens[e].text in COMMAS)
    return score >= BOARD_NER_MIN_SCORE and e - s >= BOARD_MIN_TOKENS and view.sq[s] in BOARD_HEADS \
        and view.sq[s + 1] not in INNER_BOARDS and not cut_short


# «به نوشته بی‌بی‌سی», «به نقل از «دیلی‌میل»», «در گفت‌وگو با شبکه راشاتودی»: what an article quotes or talks to
ATTRIBUTION_CUES = tuple(tuple(squash(w) for w in cue.split()) for cue in (
    "به نوشته", "به گزارش", "به نقل از", "گفت‌وگو با", "گفتگو با", "گفت و گو با", "مصاحبه با"))
ATTRIBUTED_NER_MIN_SCORE = 0.5


def _attributed_source(view: DocView, s: int, score: float) -> bool:
    """An ORG the article cites or talks to is a news outlet or a body even when the NER is less sure of its
    type: a person there is tagged PER, and a generic source («روابط عمومی» alone) is filtered later."""
    k = s - 1 if s > 0 and view.tokens[s - 1].text in OPEN_QUOTES else s
    return score >= ATTRIBUTED_NER_MIN_SCORE and any(view.words_end_at(k, cue) for cue in ATTRIBUTION_CUES)


# «مقابل الوکره شکست خورد», «النصر رقیب تراکتور», «بدهی حریف استقلال»: a rival faced in a match is a club (a
# country so faced is its national team, which the country checks below drop)
RIVAL_BEFORE = {squash(w) for w in ("مقابل", "برابر", "حریف", "رقیب")}
RIVAL_AFTER = {squash(w) for w in ("حریف", "رقیب")}
RIVAL_NER_MIN_SCORE = 0.6


def _facing_rival(view: DocView, s: int, e: int, score: float) -> bool:
    """The NER's ORG at [s, e) is named as the side a match is played against (RIVAL_BEFORE / RIVAL_AFTER)."""
    return score >= RIVAL_NER_MIN_SCORE and ((s > 0 and view.sq[s - 1] in RIVAL_BEFORE)
                                             or (e < len(view.sq) and view.sq[e] in RIVAL_AFTER))


def _agency_words(view: DocView, orgs: list[Span]) -> dict[str, list[tuple[Span, int]]]:
    """Each word of the article's agency spans → (span, token index) where it stands, so a short form finds the
    names holding it without scanning every name for every NER ORG."""
    at: dict[str, list[tuple[Span, int]]] = {}
    for o in orgs:
        if o.domain == "agency":
            for k in range(o.tok_start, o.tok_end):
                at.setdefault(view.sq[k], []).append((o, k))
    return at


def _short_form_of_named(view: DocView, s: int, e: int, agency_words: dict[str, list[tuple[Span, int]]]) -> bool:
    """The NER's ORG at [s, e) opens with a head word and is the first words of an agency the rules name in the
    article («کمیسیون تلفیق» beside «کمیسیون تلفیق مجلس شورای اسلامی»): a short form of that body, whatever the
    NER's score, so it joins that body's entity instead of standing apart untyped (`agency_words`: _agency_words)."""
    words, n = view.sq[s:e], e - s
    if n < 2 or not view.lex.org_heads.longest_at(view.sq, s, e):
        return False
    # (a short form of one body only: «شورای اسلامی» beside «شورای اسلامی بخش مرکزی» and «مجلس شورای اسلامی»
    # would join the two)
    holders = list({id(o): o for o, k in agency_words.get(words[0], ()) if o.tok_start != s
                    and o.tok_end - o.tok_start > n and k + n <= o.tok_end and view.sq[k:k + n] == words}.values())
    return bool(holders) and len({o.key for o in holders}) == 1 \
        and all(view.sq[o.tok_start:o.tok_start + n] == words for o in holders)


def _named_source(view: DocView, s: int, e: int) -> bool:
    """(Not a kind of outlet alone: «به گزارش وبگاه خبری، …».)"""
    return e - s == 1 or not all(view.sq[k] in MEDIA_DESCRIPTORS for k in range(s + 1, e))


def _close_quote(view: DocView, s: int, e: int) -> int:
    """«وبگاه خبری «قدس»: the NER opened the quoted name but left its closing «»» out; the name takes it (a plain
    «"» likewise: «نشریه "ایران پرس دایجست"»)."""
    if e >= len(view.tokens):
        return e
    texts = [view.tokens[k].text for k in range(s, e)]
    if view.tokens[e].text == "»" and texts.count("«") > texts.count("»"):
        return e + 1
    return e + 1 if view.tokens[e].text == '"' and texts.count('"') % 2 == 1 else e


def _ner_organisations(view: DocView, ner: list[tuple[Mapping, int, int]], orgs: list[Span],
                       min_score: float = 0.0) -> list[Span]:
    """NER ORG spans the lexicon/pattern rules missed («هواوی», «فولاد مبارکه»), as agencies."""
    taken = {t for o in orgs for t in range(o.tok_start, o.tok_end)}
    pattern_at = {o.tok_start: o for o in orgs if o.domain == "agency" and o.method.startswith("pattern")}
    bare_heads = [o for o in orgs if o.domain is None and o.attrs.get("bare_head")]
    bare_at = {o.tok_start: o for o in bare_heads}
    agency_words = _agency_words(view, orgs)
    person_words = {view.sq[t] for t in view.ner_person_tokens}
    out = []
    org_spans = [(s, e, float(m.get("score") or 0.0)) for m, s, e in ner if m.get("label") == "ORG"]
    # (the list scan is needed only when some ORG falls below the threshold)
    listed = _listed_after_plural_head(view, [(s, e) for s, e, _ in org_spans]) \
        if any(score < min_score for _, _, score in org_spans) else set()
    for m, s, e in ner:
        score = float(m.get("score") or 0.0)
        if m.get("label") != "ORG":
            continue
        # a short form's own words may be a bare head the patterns found («کمیسیون تلفیق»): the short form replaces it
        short_of = [o for o in bare_heads if s <= o.tok_start and o.tok_end <= e] \
            if _short_form_of_named(view, s, e, agency_words) else None
        if (score < min_score and (s, e) not in listed and not _named_board(view, s, e, score)
                and not _facing_rival(view, s, e, score) and short_of is None
                and not (_attributed_source(view, s, score) and _named_source(view, s, e))):
            continue
        s, e = _trim_edges(view, s, e)
        s = edition_end(view.sq, s, e - 1)  # «سی و ششمین | جشنواره ملی فیلم فجر»: an edition of the body, not its name
        e = _close_quote(view, s, e)
        shorter = pattern_at.get(s)
        if shorter is not None and score >= NER_LONGER_NAME_MIN_SCORE and _runs_on(view, shorter, e, taken):
            # «کمیسیون تلفیق رسیدگی | به بودجه», «حزب | نورآتن»: the pattern stopped inside the name the NER
            # sees whole; the NER's name replaces it (keeping its kind)
            name = view.span_text(s, e)
            shorter.attrs["replaced"] = True
            out.append(view.make_span(s, e, "ORG", domain="agency", kind=shorter.kind, name=name,
                                      key=agency_key(name), method="ner", source_id=m.get("mention_id"),
                                      score=round(score * NER_ORG_FACTOR, 3)))
            taken.update(range(s, e))
            continue
        bare = bare_at.get(s)
        # «حزب | کنگره ملی»: the patterns split the name at a second head they found too weak alone (not after a
        # weak head, itself often a plain noun: «تحت اداره | دولت فدرال», under the federal government's rule)
        second = [] if bare is None or _weak_head_at(view, bare.tok_start) else \
            [o for o in bare_heads if o.tok_start == bare.tok_end and o.tok_end <= e]
        free = taken.difference(*(range(o.tok_start, o.tok_end) for o in second))
        named_head = bare is not None and score >= min_score and _names_bare_head(view, bare, e, free, person_words)
        inner = [o for o in bare_heads if s < o.tok_start and o.tok_end <= e] if score >= min_score else []
        named_inner = bool(inner) and bare is None and _names_inner_heads(view, s, e, inner, taken, person_words)
        if short_of and not any(t in taken.difference(*(range(o.tok_start, o.tok_end) for o in short_of))
                                for t in range(s, e)):
            named_inner, inner = True, short_of
        if s >= e or (not named_head and not named_inner and any(t in taken for t in range(s, e))):
            continue
        if _no_name(view, s, e, score, min_score):
            continue
        if is_team(view, s):
            # «تیم ملی واترپلو ایران», «تیم دوومیدانی چهارمحال و بختیاری»: a place's team is no agency (house
            # conventions, eval/README.md), but its coach's role points at it; a club's team is the club
            # («تیم فوتسال یاسین‌پیشرو قم» is the agency «یاسین‌پیشرو قم»), named as the text names the club alone
            club = club_of_team(view, s, e)
            if club is not None:
                name = view.span_text(*club)
                out.append(view.make_span(*club, "ORG", domain="agency", kind="club", name=name,
                                          key=agency_key(name), method="ner", source_id=m.get("mention_id"),
                                          score=round(score * NER_ORG_FACTOR, 3), attrs={"team": True}))
                taken.update(range(s, e))
                continue
            out.append(_team_span(view, s, e, "ner", m.get("mention_id")))
            taken.update(range(s, e))
            continue
        if _names_no_body(view, s, e):
            continue
        name = view.span_text(s, e)
        for o in (inner if named_inner else []) + (second if named_head else []):
            o.attrs["replaced"] = True
        kind = _take_over(bare, name, view.lex) if named_head else kind_of_name(name, view.lex)
        span = view.make_span(s, e, "ORG", domain="agency", kind=kind, name=name,
                              key=agency_key(name), method="ner", source_id=m.get("mention_id"),
                              score=round(float(m.get("score") or 0.8) * NER_ORG_FACTOR, 3))
        if short_of is not None:
            span.attrs["short_form"] = True  # (no say in the body's name: coref.merge_agency_variants)
        out.append(span)
        taken.update(range(s, e))
    return out


def _no_name(view: DocView, s: int, e: int, score: float, min_score: float) -> bool:
    """The NER's ORG tokens [s, e) are no organisation's name: a lexicon word of another kind, an adjective or a
    plural, a noun with a nationality, a plant or system, a head word in its ordinary sense, a headline's speaker,
    a social network."""
    lex = view.lex
    sq = "".join(view.sq[s:e])
    if sq in lex.org_heads or sq in lex.provinces or sq in lex.countries or sq in lex.titles:
        return True
    if e - s == 1 and (sq.endswith("ها") or (sq.endswith("ی") and (
            _adjective_of_place(lex, sq) or score < min_score or len(sq) < 4))):
        # «ایرانی», «صهیونیستها»: adjectives and plurals, not names; a word in «ی» that is no place's adjective
        # is a name only at the NER's full confidence («چلسی», «تراکتورسازی»; not «… مسلح، انتظامی و …», «آی»)
        return True
    if e - s == 2 and nationality_country(lex, view.sq[s + 1]):
        return True  # «رسانه انگلیسی», «پزشکی فلسطینی»: a noun and a nationality describe, as «روزنامه آمریکایی» does
    if view.sq[s] in NOT_BODIES or view.words_at(s, ELECTORAL_DISTRICT):
        return True  # «نیروگاه اتمی بوشهر», «سامانه جامع»: plants and systems; constituencies
    if common_noun_use(view, s, view.sentence_of(s)[0], e):
        return True  # «بانک اطلاعات جامع …», «مجلس ختم»: the head word's ordinary sense, as the head-word rule reads it
    if e - s == 1 and _digest_speaker(view, s):
        return True  # «- جهانگیری: بورس جامع کالا تاسیس می‌شود»: a headline's speaker, a surname
    return sq in PLATFORMS  # «فیس بوک», «اینستاگرام»: social networks are media the gold sets never list as bodies


def _names_no_body(view: DocView, s: int, e: int) -> bool:
    """The NER's ORG tokens [s, e) name something other than a body: a state by its regime, a class of bodies,
    a public-relations office alone, a country, a post."""
    lex = view.lex
    if view.sq[s] == REGIME:
        return True  # «رژیم بعثی صدام», «رژیم صهیونیستی»: a state named by its regime, not a body
    if ministers_term(view, s):
        return True  # «وزارت علی احمدی»: a minister's term
    if plural_head_end(view, s, e) is not None:
        return True  # «شوراهای اسلامی شهر و روستا», «وزارتخانه‌های صنایع و …»: a class of bodies
    if _public_relations_alone(view, s, e):
        return True  # «روابط عمومی» alone, «روابط عمومی‌های هرمزگان»: a unit of no named body, or a class of them
    if lex.countries.longest_at(view.sq, s, e) or _after_title(view, s):
        return True  # «جمهوری اسلامی ایران و …»; «(وزیر) امور خارجه انگلیس» is a title's complement
    if view.sq[s] in REPUBLIC_SPELLINGS and ends_with_name(view, s + 1, e, (lex.countries,)):
        return True  # «جمهوری الامی ایران», «جمهوری تروریستی ایران»: the state's name, misspelt or mocked
    # «دادستان عمومی و انقلاب تهران»: a post (its body is «دادسرای …»), not a body
    return bool(lex.titles.longest_at(view.sq, s, e) and not lex.org_heads.longest_at(view.sq, s, e))


def _national_teams(view: DocView, orgs: list[Span]) -> list[Span]:
    """National teams no other span names, as the objects of their coaches' posts (clubs.national_teams)."""
    taken = {t for o in orgs for t in range(o.tok_start, o.tok_end)}
    return [_team_span(view, s, e, "pattern:team") for s, e in national_teams(view, taken)]


def _team_span(view: DocView, s: int, e: int, method: str, source_id: str | None = None) -> Span:
    """A team that is no agency (a national or a place's team): only a role's object, as a bare head is."""
    name = view.span_text(s, e)
    return view.make_span(s, e, "ORG", kind="team", name=name, key=agency_key(name), method=method,
                          source_id=source_id, score=0.3, attrs={"bare_head": True, "team": True})


def _led_organisations(view: DocView, ner: list[tuple[Mapping, int, int]], orgs: list[Span]) -> list[Span]:
    """Bodies named before «به رهبری <person>» (led_by.led_bodies) as agencies; a head word the patterns found alone
    at the name's start gives its kind and is replaced («جنبش | اجرای شریعت محمدی»)."""
    bare_at = {o.tok_start: o for o in orgs if o.domain is None}
    out = []
    for s, e, score in led_bodies(view, ner, orgs):
        s, e = _trim_edges(view, s, e)
        if s >= e:
            continue
        name = view.span_text(s, e)
        bare = bare_at.get(s)
        kind = _take_over(bare, name, view.lex) if bare is not None else kind_of_name(name, view.lex)
        out.append(view.make_span(s, e, "ORG", domain="agency", kind=kind, name=name, key=agency_key(name),
                                  method="pattern:led_by", score=round(score * NER_ORG_FACTOR, 3)))
    return out


def _take_over(bare: Span, name: str, lex) -> str:
    """The longer name replaces the head word the patterns found alone at its start; the head gives the kind."""
    bare.attrs["replaced"] = True
    return bare.kind or kind_of_name(name, lex)


def _names_bare_head(view: DocView, bare: Span, e: int, taken: set[int], person_words: set[str]) -> bool:
    """Whether the NER's longer span names the body whose head word the patterns found alone («روزنامه | کیهان»,
    «حزب | کنگره ملی», «شرکت | نفت»), rather than describing it: one adjective («سازمان مرکزی», «دیوان
    قضایی»), a conjunction first («شورا | و مدیریت شهری») or `_describing_word`."""
    rest = range(bare.tok_end, e)
    if not _runs_on(view, bare, e, taken) or view.sq[bare.tok_end] == CONJUNCTION:
        return False
    if len(rest) == 1 and view.sq[bare.tok_end].endswith("ی"):
        return False
    return not _describing_word(view, rest, person_words)


def _names_inner_heads(view: DocView, s: int, e: int, inner: list[Span], taken: set[int],
                       person_words: set[str]) -> bool:
    """Whether a confident NER name holds head words the patterns found alone inside it («موسسه فرهنگی یاران |
    دولت | سبز»): only those heads are taken in it, none follows «و» or ends it, and it is plain words with no
    `_describing_word`."""
    inside = {t for o in inner for t in range(o.tok_start, o.tok_end)}
    if any(t in taken and t not in inside for t in range(s, e)):
        return False
    if any(view.sq[o.tok_start - 1] == CONJUNCTION or o.tok_end == e for o in inner):
        return False  # (nor a unit of a body named by its head alone: «امور اجتماعی و فرهنگی | استانداری»)
    return _plain_run(view, range(s, e)) and not _describing_word(view, range(s, e), person_words)


def _describing_word(view: DocView, tokens: range, person_words: set[str]) -> bool:
    """A count («اتحادیه املاک | سه شهرستان ورامین»), a title («حزب | رئیس‌جمهور قزاقستان»), a class of places
    («… شهرستان‌ها») or a word the NER tags as a person elsewhere in the article («دادگاه | صدام», «شورای |
    دجالیان»; `person_words`): what describes a body or points at a person, not a body's name."""
    return any(view.sq[t] in QUANTIFIERS or view.sq[t] in GENERIC_PLURALS or view.sq[t] in view.lex.titles
               or view.sq[t] in person_words for t in tokens)


def _weak_head_at(view: DocView, k: int) -> bool:
    """A weak head word opens at k («اداره», «ستاد»: often a plain noun)."""
    head = view.lex.org_heads.longest_at(view.sq, k)
    return head is not None and head[1].weak


def _runs_on(view: DocView, shorter: Span, e: int, taken: set[int]) -> bool:
    """Whether tokens shorter.tok_end..e, free of other spans, plainly continue the pattern agency's name: not after
    a place head or a quoted name, not a country («… پاکستان» is the body's country), not ending in a bare place noun
    («سازمان بهزیستی | استان»), no comma («انجمن همکاری‌های اقتصادی، فرهنگی»), no glued or Latin word («مرکز فرهنگی _
    قرآنی», «… ارتش پاکستان ISI»)."""
    rest = range(shorter.tok_end, e)
    head = view.lex.org_heads.longest_at(view.sq, shorter.tok_start)
    if head is not None and head[1].complement in ("place", "country"):
        return False  # a place head's name ends with its place: «شهرداری زرند | کرمان»
    if view.tokens[shorter.tok_end - 1].text in CLOSE_QUOTES:
        return False  # a quoted name is whole: «بانک «یو‌سی‌کو» | کلکته»
    if shorter.tok_end - 2 > shorter.tok_start and view.sq[shorter.tok_end - 2] in (COUNTY, PROVINCE):
        return False  # a county or province closes the name: «شبکه دامپزشکی شهرستان انار | هاری، کیست …»
    return shorter.tok_end < e and not any(t in taken for t in rest) \
        and not view.lex.countries.longest_at(view.sq, shorter.tok_end, e) \
        and view.sq[e - 1] not in BARE_PLACE_NOUNS and _plain_run(view, rest)


def _plain_run(view: DocView, tokens: range) -> bool:
    """Persian words only: no comma, no glued or Latin word («مرکز فرهنگی _ قرآنی», «… ارتش پاکستان ISI»)."""
    return all(view.is_persian_word(t) and view.tokens[t].text not in COMMAS and "_" not in view.tokens[t].text
               for t in tokens)


def _adjective_of_place(lex, word: str) -> bool:
    """«ایرانی», «بحرینی», «تهرانی»: a nationality or a place's adjective (not «چلسی», «تراکتورسازی»)."""
    return bool(nationality_country(lex, word) or word[:-1] in lex.provinces or word[:-1] in lex.places)


def _public_relations_alone(view: DocView, s: int, e: int) -> bool:
    """The span is «روابط عمومی» alone or opens with its plural («روابط عمومی‌های …»)."""
    relations, public = PUBLIC_RELATIONS
    if view.sq[s] != relations or s + 1 >= e:
        return False
    return (e - s == 2 and view.sq[s + 1] == public) or view.sq[s + 1].startswith(public + "ها")


def _name_words(view: DocView, persons: list[Span]) -> set[str]:
    """Last and first names of the persons the document names in full (news calls foreigners by first name
    too: «ایگور» of «ایگور ایوانف»)."""
    full = [p for p in persons if p.kind == "person" and p.attrs.get("n_name_tokens", 1) >= 2]
    return {view.sq[p.tok_end - 1] for p in full} | {view.sq[p.tok_end - p.attrs["n_name_tokens"]] for p in full}


def _is_name_word(view: DocView, span: Span, name_words: set[str]) -> bool:
    return span.tok_end - span.tok_start == 1 and view.sq[span.tok_start] in name_words


DIGEST_SPEECH = [(NEWS_GAVE,), (NEWS, squash("داد")), (squash("گفت"),), (squash("افزود"),)]
SURNAME_ENDINGS = tuple(SURNAME_SUFFIXES) + ("ی",)


def _digest_speaker(view: DocView, k: int) -> bool:
    """A one-word name opening an item of a headline digest and saying something («- جهانگیری: …», «- شیرکوند
    خبرداد: …») that reads as a surname (ends in «ی», «وند», «زاده» …) is a person the NER took for a body
    (tune 1#118, a press review)."""
    sent = view.tokens[k].sent
    lo, hi = view.sentence_bounds(sent)
    if k != lo + 1 or not list_item(view, sent) or not view.sq[k].endswith(SURNAME_ENDINGS):
        return False
    for verb in [()] + DIGEST_SPEECH:
        j = k + 1 + len(verb)
        if j < hi and tuple(view.sq[k + 1:j]) == verb and view.tokens[j].text == ":":
            return True
    return False


def _surnames_are_no_agencies(view: DocView, orgs: list[Span], surnames: set[str]) -> None:
    """«گلبدین حکمتیار» … «حکمتیار»: a one-word NER ORG that is the surname of a person the document names in
    full is that person, not a body."""
    for o in orgs:
        if o.method == "ner" and o.domain == "agency" and _is_name_word(view, o, surnames):
            o.domain = None


def _not_body_names(view: DocView, persons: list[Span], orgs: list[Span]) -> list[Span]:
    """«جهاد اسلامی: …» (a headline) where the article names «جنبش جهاد اسلامی»: a "person" whose name is a body's
    name less its head word is that body — two words or more («دفتر سیستانی» / «سیستانی» is the man), and not names
    after «شهید», «امام» …: «دانشگاه شهید بهشتی» / «شهید بهشتی»."""
    tails = set()
    for o in orgs:
        if o.domain != "agency":
            continue
        words, head_len = split_head(o.name, view.lex)
        tail = "".join(words[head_len:])
        if head_len and head_len + 2 <= len(words) and words[head_len] not in NAME_INTRODUCERS \
                and not any(w in view.lex.given_names for w in words[head_len:]):
            tails.add(tail)
    return [p for p in persons if p.kind != "person" or squash(p.name) not in tails]


def _listed_after_plural_head(view: DocView, spans: list[tuple[int, int]]) -> set[tuple[int, int]]:
    """NER ORG spans in a list right after a plural head: «شرکت‌های بریتیش پترولیوم، رویال داچ شل و توتال»
    names companies even where the NER is less sure of each name."""
    by_start = dict(spans)
    out: set[tuple[int, int]] = set()
    for k in range(len(view.tokens)):
        j = plural_head_end(view, k, len(view.tokens))
        if j is None:
            continue
        while j in by_start:
            out.add((j, by_start[j]))
            j = by_start[j]
            if j < len(view.tokens) and view.joins_list(j):
                j += 1
    return out


NOT_ORG_COMPLEMENTS = ("ministry", "province", "place", "country")


def _after_title(view: DocView, s: int) -> bool:
    """The span follows (or ends) a title whose complement is not an organisation («وزیر» + field,
    «استاندار» + place), a past marker between them too («وزیر سابق | خارجه مصر»), or its plural («وزیران |
    خارجه ایران و عمان»)."""
    if s > 0 and view.sq[s - 1] in PAST_MARKERS:
        s -= 1
    singular = plural_title_before(view, s)
    info = view.lex.titles.get(singular) if singular is not None else None
    return (info is not None and info.complement in NOT_ORG_COMPLEMENTS) \
        or title_before(view, s, NOT_ORG_COMPLEMENTS, may_run_into=True)


def _title_phrases(view: DocView, index: SpanIndex, skip: set[int]) -> dict[int, TitlePhrase]:
    phrases: dict[int, TitlePhrase] = {}
    k = 0
    while k < len(view.tokens):
        if k in skip:
            k += 1
            continue
        phrase = parse_title(view, k, index)
        if phrase is None:
            k += 1
            continue
        if team_membership(view, phrase):
            k = max(phrase.tok_end, k + 1)
            continue
        phrases[k] = phrase
        k = max(phrase.tok_end, phrase.title_end, k + 1)
    return phrases


def extract_document(doc: Mapping[str, Any], params: RelationsParams | None = None) -> dict:
    """Typed mentions and relations of one cleaned, segmented document (see module docstring)."""
    params = params or RelationsParams()
    view = build_view(doc, load_lexicons(params.lexicon_dir))
    ner_mentions = list(doc.get("mentions") or []) if params.use_ner else []
    ner = _ner_ranges(view, ner_mentions)
    _index_ner(view, ner, tagged=params.use_ner and "mentions" in doc)

    orgs = find_organisations(view)
    led_governments = _persons_leading_governments(view, ner)
    orgs += _ner_organisations(view, [x for x in ner if (x[1], x[2]) not in led_governments], orgs,
                               params.ner_org_min_score)
    if "led_by" in params.role_rules:
        orgs += _led_organisations(view, ner, orgs)
    orgs += _national_teams(view, orgs)
    orgs = [o for o in orgs if not o.attrs.get("replaced")]
    orgs.sort(key=lambda o: o.tok_start)
    orgs = extend_to_names_given_in_full(view, extend_over_eulogies(view, orgs))
    provinces = find_provinces(view, orgs, params.bare_context_provinces)
    agency_tokens = {t for o in orgs if o.domain == "agency" for t in range(o.tok_start, o.tok_end)}
    countries = find_countries(view)
    free_countries = [c for c in countries if c.tok_start not in agency_tokens]
    blocked = agency_tokens | {t for s in provinces + countries for t in range(s.tok_start, s.tok_end)}
    ner_persons = [(s, e, m.get("mention_id"), float(m.get("score") or 0.8))
                   for m, s, e in ner if m.get("label") == "PER"]
    ner_persons += [(s, e, None, 0.8) for s, e in led_governments.values()]
    # «مهدی موعود (عج)»: a holy figure, often inside a name («بنیاد فرهنگی مهدی موعود (عج)»), is no person of the news
    persons = [p for p in find_persons(view, ner_persons, blocked) if not eulogy_at(view, p.tok_end)]
    persons = _not_body_names(view, persons, orgs)
    if params.coreference:
        bare_tokens = {t for o in orgs for t in range(o.tok_start, o.tok_end)}
        persons = resolve_persons(view, persons, blocked | bare_tokens)
    surnames = _name_words(view, persons)
    _surnames_are_no_agencies(view, orgs, surnames)
    # «دیوید کامرون» … «اولاند به کامرون … تبریک گفت»: the country Cameroon is the prime minister there
    countries = [c for c in countries if not _is_name_word(view, c, surnames)]
    free_countries = [c for c in free_countries if not _is_name_word(view, c, surnames)]

    index = SpanIndex.build(orgs, provinces, countries)
    person_tokens = {t for p in persons for t in range(p.tok_start, p.tok_end)}
    phrases = _title_phrases(view, index, person_tokens | agency_tokens)
    share_coordinated_complements(view, phrases, {o.key for o in orgs if o.domain == "agency"})
    share_coordinated_body(view, phrases)
    share_listed_country(view, phrases, persons)
    title_objects = []
    for phrase in phrases.values():
        if phrase.obj is not None:
            phrase.obj.attrs["title_object"] = True
            if all(phrase.obj is not o for o in orgs):
                title_objects.append(phrase.obj)
    resolve_short_orgs(orgs + title_objects)
    adopt_bracketed_names(view, orgs + title_objects)
    merge_agency_variants(orgs + title_objects, view.lex)
    roles, attached = find_roles(view, persons, phrases, params.role_rules,
                                 elected_boards(view, [o for o in orgs if o.domain == "agency"]))
    plural_lists = plural_title_lists(view, persons)
    distributed = distributive_roles(view, plural_lists) if "distributive" in params.role_rules else []
    # «X و Y به عنوان فرمانداران بابل و آمل منصوب شدند»: the places shared out, not the first for all
    shared_out = {(r.person.key, squash(r.title)) for r in distributed}
    roles = [r for r in roles if not (r.method == "appointment" and (r.person.key, squash(r.title)) in shared_out)]
    roles += distributed
    if "listed" in params.role_rules:
        roles += listed_roles(view, plural_lists, index, distributed)
    led = led_by_roles(view, persons, orgs) if "led_by" in params.role_rules else []
    roles += led
    counterparts = counterpart_roles(view, persons, roles) if "counterpart" in params.role_rules else []
    roles += counterparts
    well_known = well_known_roles(view, persons, phrases, roles, attached, index) if "well_known" in params.role_rules else []
    roles += well_known

    parties = sorted([o for o in orgs if o.domain == "agency"] + persons + free_countries + _title_parties(view, phrases),
                     key=lambda s: (s.tok_start, s.tok_end))
    # («صبح امروز», «عصر دیروز»: the NER tags a time of day with its day TIM)
    dates = [view.make_span(s, e, "DAT") for m, s, e in ner if m.get("label") == "DAT"
             or (m.get("label") == "TIM" and places_a_day_or_period(view.span_text(s, e)))]
    agreements = find_agreements(view, parties, roles, dates, params.agreement_rules)

    _fullest_names(orgs + countries + title_objects, view.lex)
    _governments_only_as_parties(view, orgs, agreements)
    officials = set(attached) | {p.key for t, _, run in plural_lists
                                 if not _players_of_a_team(view, t, index) for p in run}
    officials |= {r.person.key for r in led + counterparts + well_known}
    officials |= _officials_by_office(view, persons, "led_by" in params.role_rules)
    mentions = _mention_rows(view, orgs, provinces, free_countries, persons, officials, ner)
    calibration = load_calibration(params.calibration)
    relations = _role_rows(view, roles, params.min_score, calibration) \
        + _agreement_rows(view, agreements, params.min_score, calibration, doc.get("published"))
    return {"mentions": mentions, "relations": relations}


def _index_ner(view: DocView, ner: list[tuple[Mapping, int, int]], tagged: bool) -> None:
    """The NER's spans as token sets and maps the rules consult (`ner_name_tokens` stays None for a document the
    NER never saw, so rules that ask the NER to confirm a name do not read silence as a no)."""
    view.ner_starts = {s for m, s, _ in ner if m.get("label") in ("ORG", "PER", "LOC")}
    view.ner_person_tokens = {t for m, s, e in ner if m.get("label") == "PER" for t in range(s, e)}
    view.ner_places = {s: e for m, s, e in ner if m.get("label") == "LOC"}
    view.ner_orgs = {s: (e, float(m.get("score") or 0.0)) for m, s, e in ner if m.get("label") == "ORG"}
    if tagged:
        view.ner_name_tokens = {t for m, s, e in ner if m.get("label") in ("ORG", "PER", "LOC", "FAC")
                                for t in range(s, e)}


def _title_parties(view: DocView, phrases: dict[int, TitlePhrase]) -> list[Span]:
    """Title objects are parties too: «استاندار کردستان … تفاهم‌نامه‌ای با سازمان نوسازی کشور منعقد شد» (a
    governor's or mayor's place stands for the office: «استانداری کردستان», «شهرداری رشت»)."""
    title_places = []
    for phrase in phrases.values():
        if phrase.obj is not None:
            office = office_of(view, phrase.title, phrase.obj)
            # (and a minister's ministry the title implies: «رئیس سازمان حفاظت محیط زیست و وزیر نیرو … امضا کردند»;
            # not a country a nested title implies: «معاون علمی و فناوری رئیس‌جمهوری» is the presidency's deputy)
            implied = phrase.obj.attrs.get("implicit", False)
            if office is not phrase.obj or phrase.obj.kind == "province" \
                    or (implied and phrase.obj.kind == "ministry") \
                    or (phrase.obj.kind == "country" and not (implied and phrase.obj.tok_start > phrase.tok_start)):
                title_places.append(office)
    return title_places


def _officials_by_office(view: DocView, persons: list[Span], led_by: bool) -> set[str]:
    """Persons who are officials by an office the text gives them without a title phrase: leading a body
    («به رهبری X», with the led_by rule), a term of office, a standing office."""
    officials = led_persons(view, persons) if led_by else set()
    officials |= term_holders(view, persons)
    return officials | {p.key for p in persons if p.kind != "pronoun" and _holds_standing_office(view, p)}


GOVERNMENT_HEADS = {squash(w) for w in ("دولت", "کابینه")}
QUOTE_TOKENS = set(OPEN_QUOTES) | set(CLOSE_QUOTES)


def _persons_leading_governments(view: DocView, ner: list[tuple[Mapping, int, int]]) -> dict[tuple[int, int], tuple[int, int]]:
    """NER ORG «دولت جرج بوش، رییس جمهوری آمریکا», «دولت "ساماک ساندرواج"، نخست‌وزیر تایلند»: the government of a
    person (quoted, opening with a given name, or followed by «، <title>») names that person, not a body
    (eval/README.md: «دولت علاوی» is no agency). Maps the ORG's token range to the person's."""
    out = {}
    for m, s, e in ner:
        if m.get("label") != "ORG" or view.sq[s] not in GOVERNMENT_HEADS or e - s < 2:
            continue
        k, end = s + 1, e
        quoted = view.tokens[k].text in QUOTE_TOKENS
        k = view.past_marks(k, end, QUOTE_TOKENS)
        end = view.before_marks(end, k, QUOTE_TOKENS)
        if k >= end or view.lex.countries.longest_at(view.sq, k, end) \
                or any(view.words_at(k, q) for q in GOVERNMENT_QUALIFIERS):
            continue
        after = view.past_marks(e, len(view.tokens), QUOTE_TOKENS)
        titled = after + 1 < len(view.tokens) and view.tokens[after].text in COMMAS \
            and view.lex.titles.longest_at(view.sq, after + 1) is not None
        if (quoted or titled or view.sq[k] in view.lex.given_names) \
                and all(view.is_persian_word(j) and not view.is_stop(j) for j in range(k, end)):
            out[(s, e)] = (k, end)
    return out


def _players_of_a_team(view: DocView, t: int, index: SpanIndex) -> bool:
    """«X، یکی از اعضای اصلی رئال مادرید»: names listed before «اعضای» a team or club are its players, no officials
    (tune 1#84)."""
    phrase = plural_title_phrase(view, t, index)
    return phrase is not None and team_membership(view, phrase)


def _holds_standing_office(view: DocView, person: Span) -> bool:
    """The person's name, honorifics and «امام/حضرت» left out, is in the office_holders lexicon."""
    name = bare_name(view, person)
    return bool(name) and name in view.lex.office_holders


def _governments_only_as_parties(view: DocView, orgs: list[Span], agreements: list[Agreement]) -> None:
    """«دولت ایاد علاوی» is no agency (eval/README.md, blind 1#74) unless it acts as a party to an agreement.
    A country's government («دولت آرژانتین») and a named one («دولت موقت», «دولت وحدت ملی افغانستان») are
    agencies everywhere: the gold sets list them 9 times in 10 (eval/README.md, Agencies)."""
    parties = {k for a in agreements for k in (a.a.key, a.b.key)}
    for o in orgs:
        rest = squash(o.name)[len(GOVERNMENT):]
        named = any(rest.startswith("".join(q)) for q in GOVERNMENT_QUALIFIERS)
        words = o.name.split()[1:]
        qualifier = country_qualifier_length([squash(w) for w in words])  # «دولت سلطنتی بوتان»
        country = view.lex.countries.get(" ".join(words[qualifier:])) is not None
        if o.kind == "government" and o.domain == "agency" and o.key not in parties \
                and squash(o.name).startswith(GOVERNMENT) and not named and not country:
            o.domain = None


def _fullest_names(spans: list[Span], lex) -> None:
    """All spans of one key carry the longest surface form the document uses for it; a country its lexicon
    name where the document uses it too («آمریکا» beside «ایالات‌متحده», «ایران» beside «جمهوری اسلامی»; a
    «هندوستان» alone stays as written)."""
    best: dict[str, str] = {}
    for s in spans:
        if s.key and len(s.name) > len(best.get(s.key, "")):
            best[s.key] = s.name
    for s in spans:
        if s.kind == "country" and squash(s.name) == squash(lex.countries.get(s.name) or ""):
            best[s.key] = s.name
    for s in spans:
        if s.key in best:
            s.name = best[s.key]


def _mention_row(view: DocView, span: Span, domain: str | None, mention_id: str | None = None) -> dict:
    return {
        "doc_id": view.doc_id,
        "mention_id": mention_id or f"{view.doc_id}:{span.start}-{span.end}:{span.label}",
        "sent_idx": span.sent,
        "start": span.start,
        "end": span.end,
        "text": view.text[span.start:span.end],
        "label": span.label,
        "domain": domain,
        "entity_id": None,
        "score": float(span.score),
        "method": span.method,
        "entity_key": span.key,
    }


def _mention_rows(view, orgs, provinces, countries, persons, officials, ner) -> list[dict]:
    rows: dict[tuple[int, int, str], dict] = {}
    for o in orgs:
        if o.domain == "agency":
            rows[(o.start, o.end, "ORG")] = _mention_row(view, o, "agency", o.source_id)
        elif o.attrs.get("team"):
            # a team is no agency, but a coach's role points at it: one key for the mention and the role's object
            rows[(o.start, o.end, "ORG")] = _mention_row(view, o, None, o.source_id)
    for p in provinces:
        rows[(p.start, p.end, "LOC")] = _mention_row(view, p, "province")
    for c in countries:
        rows.setdefault((c.start, c.end, "LOC"), _mention_row(view, c, None))
    for p in persons:
        official = p.key in officials
        if p.kind == "pronoun" and not official:
            continue
        rows[(p.start, p.end, "PER")] = _mention_row(view, p, "official" if official else None, p.source_id)
    claimed = [(r["start"], r["end"], r["label"]) for r in rows.values()]
    for m, first_token, _ in ner:
        start, end, label = int(m["start"]), int(m["end"]), m["label"]
        overlaps = [c for c in claimed if c[0] < end and start < c[1]]
        if any(c[2] == label or label in ("ORG", "LOC", "PER") for c in overlaps):
            continue  # a typed span replaced it (boundary fixed or label corrected)
        sent = m.get("sent_idx")
        rows[(start, end, label)] = {
            "doc_id": view.doc_id, "mention_id": m.get("mention_id") or f"{view.doc_id}:{start}-{end}:{label}",
            "sent_idx": int(sent) if sent is not None else view.tokens[first_token].sent,
            "start": start, "end": end, "text": view.text[start:end], "label": label, "domain": None,
            "entity_id": None, "score": float(m.get("score") or 0.0), "method": m.get("method"),
            "entity_key": f"{label}:{squash(view.text[start:end])}",
        }
    return sorted(rows.values(), key=lambda r: (r["start"], r["end"], r["label"]))


def _evidence(view: DocView, sent: int) -> tuple[int, int, str]:
    if 0 <= sent < len(view.sentences):
        start, end = view.sentences[sent]
    else:
        lo, hi = view.sentence_bounds(sent)
        start, end = view.tokens[lo].start, view.tokens[hi - 1].end
    return start, end, view.text[start:end]


def _relation_row(view: DocView, sent: int, **fields) -> dict:
    start, end, evidence = _evidence(view, sent)
    row = {"relation_id": None, "doc_id": view.doc_id, "subject_id": None, "object_id": None, "title": None,
           "title_canonical": None, "agreement_type": None, "date": None, "date_start": None, "date_end": None,
           "signatories": None, "sent_idx": sent, "start": start, "end": end, "evidence": evidence}
    row.update(fields)
    return row


def _role_rows(view: DocView, roles: list[Role], min_score: float, calibration: Calibration) -> list[dict]:
    """One row per (person, title, object), the best-scored reading by the rules' own scores; written with and
    filtered by the published (calibrated) score."""
    best: dict[tuple[str, str, str], Role] = {}
    published: dict[tuple[str, str, str], float] = {}
    for r in roles:
        key = (r.person.key, _post_key(r.title), r.obj.key)
        score = calibration.publish(f"role:{r.method}", r.score)
        if score >= min_score and (key not in best or r.score > best[key].score):
            best[key], published[key] = r, score
    # «وزیر خارجه کوبا افزود» beside «برونو رودریگز، وزیر امور خارجه کوبا»: a described speaker's post with the
    # head word of a post the text states next to the name is that post again
    stated_heads = {(r.person.key, squash(r.title.split()[0])) for r in best.values() if r.method in STATED_METHODS}
    best = {k: r for k, r in best.items()
            if not (r.method == "speaker_description" and (r.person.key, squash(r.title.split()[0])) in stated_heads)}
    # «رئیس مجلس شورای اسلامی گفت» and «رئیس مجلس … گفت» read as «رئیس» and «رئیس مجلس» at the same body: a title
    # that opens another of the same person at the same body is that post again (the better-scored one stays)
    dropped = {k for k, r in best.items() for k2, r2 in best.items()
               if (k[0], k[2]) == (k2[0], k2[2]) and _same_post(r.title, r2.title)
               and (r2.score, len(k2[1])) > (r.score, len(k[1]))}
    best = {k: r for k, r in best.items() if k not in dropped}
    # «رئیس‌جمهور اوباما» (implicit «ریاست جمهوری») beside «اوباما، رئیس جمهور آمریکا»: the same post, the
    # stated object wins
    stated = {(person, title) for (person, title, _), r in best.items() if not r.obj.attrs.get("implicit")}
    rows = [_relation_row(view, r.sent, type="role", subject=r.person.name, object=r.obj.name, title=r.title,
                          title_canonical=canonical_title(view.lex, r.title), score=published[key],
                          method=f"role:{r.method}",
                          subject_key=r.person.key, object_key=r.obj.key)
            for key, r in best.items()
            if not (r.obj.attrs.get("implicit") and key[:2] in stated)]
    return sorted(rows, key=lambda x: (x["start"], x["subject_key"], x["object_key"], x["title"]))


def _post_key(title: str) -> str:
    """«رئیس‌جمهوری» and «رئیس‌جمهور» (the republic's «ی» written or not) are one post: one key, so one row."""
    key = squash(title)
    return key.removesuffix("ی") if key.endswith("جمهوری") else key


def _same_post(title: str, other: str) -> bool:
    """One title opens the other («رئیس» / «رئیس مجلس», «معاون» / «معاون اول», «رئیس» / «رئیس‌کل»)."""
    a, b = sorted(([squash(w) for w in t.replace("\u200c", " ").split()] for t in (title, other)), key=len)
    return len(a) < len(b) and b[:len(a)] == a


def _agreement_rows(view: DocView, agreements: list[Agreement], min_score: float,
                    calibration: Calibration, published: datetime.date | str | None) -> list[dict]:
    """`published` (the document's publication date, as dates.date_range reads it) places a date the text gives only
    in part («19 مهرماه», «دیروز»)."""
    rows = []
    for a in agreements:
        score = calibration.publish(f"agreement:{a.method}", a.score)
        if score < min_score:
            continue
        first_day, last_day = date_range(a.date, published) or (None, None)
        rows.append(_relation_row(view, a.sent, type="agreement", subject=a.a.name, object=a.b.name,
                                  agreement_type=a.type, date=a.date, date_start=first_day, date_end=last_day,
                                  signatories=a.signatories or None, score=score, method=f"agreement:{a.method}",
                                  subject_key=a.a.key, object_key=a.b.key))
    return sorted(rows, key=lambda x: (x["start"], x["subject_key"], x["object_key"]))
