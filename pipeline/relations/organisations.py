"""Agencies: well-known names from the lexicon, and head word + complement («مرکز ملی فضای مجازی»).

Where a complement ends is `complements.complement_end` (punctuation, function words, verbs, titles,
honorifics, given names …); this module finds the heads and decides which complements make a name. A head with no
complement («دولت», «شهرداری», «مرکز استان») is generic and not an agency; it is kept as a
`bare_head` span so coordinated titles («دبیر شورایعالی و رئیس مرکز …») and short forms can still
point at the full name. A complement that names a class of bodies («شورای فضای مجازی استان‌ها»)
is generic too.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from pipeline.lexicons import CONJUNCTION, KnownAgency, Lexicons, OrgHead, agency_key, nationality_country, squash
from pipeline.relations.clubs import TEAM_WORDS, listed_clubs
from pipeline.relations.complements import (CENTRAL, DISTRICT_WORDS, GENERIC_PLURALS, LATIN_NAME, SPECIAL,
                                            SUBURBS, SUPERLATIVE, before_light_verb, blocks_complement, complement_end,
                                            continues_after_and, eulogised_place_end, lexicon_place_end, opens_body,
                                            title_before)
from pipeline.relations.document import (CLOSE_QUOTES, COMMAS, EULOGIES, EULOGY_LENGTH, FROM, OBJECT_MARKER, OPEN_QUOTES,
                                         TO, WITH, DocView, Span, eulogy_at, is_verb_like, singular)
from pipeline.relations.numerals import CARDINALS, NUMBER_WORDS, ORDINAL_DETERMINERS, ORDINALS, QUANTIFIERS
from pipeline.relations.persons import quoted_name_end
from pipeline.relations.place_nouns import (CITY, COUNTRY, COUNTY, PROVINCE, SUBCOUNTY, VILLAGE, VILLAGE_EZAFE,
                                           ezafe_plurals)

CLUB, FEDERATION = squash("باشگاه"), squash("فدراسیون")
GENERAL_OFFICE = squash("اداره کل")  # a general directorate: a province's office of a ministry or organisation
QUOTE_CHARS = "".join(OPEN_QUOTES + CLOSE_QUOTES)
GROUP_WORDS = {squash(w) for w in ("گروه", "گروهک", "تیم")}  # «گروه داعش» / «داعش»: not heads, but dropped alike
ACADEMIC_PROFESSIONS = {squash(w) for w in ("استاد", "استادان", "اساتید", "دانشجوی", "دانشجویان")}
CENTRE = squash("مرکز")
NATIONAL = squash("ملی")
# «جنبش صدر به رهبری مقتدا صدر», «جشنواره فیلم فجر به دبیری …»: «به» + the post's verbal noun + the person →
# (person, title, organisation) (led_by.led_by_roles)
LED_BY = {squash(noun): title for noun, title in (("رهبری", "رهبر"), ("ریاست", "رئیس"), ("سرپرستی", "سرپرست"),
                                                  ("دبیرکلی", "دبیرکل"), ("فرماندهی", "فرمانده"), ("مدیریت", "مدیر"),
                                                  ("دبیری", "دبیر"), ("نخست‌وزیری", "نخست‌وزیر"))}
PLURAL_ENDINGS = ("ها", "های", "ات")
# a plural head's singular that is not the name's head word: «وزارتخانه‌های نفت و نیرو» lists «وزارت نفت» …
LIST_HEAD_NAMES = {squash("وزارتخانه"): "وزارت"}
SEAT_WORDS = {COUNTY, PROVINCE, SUBCOUNTY, COUNTRY, CITY}  # «مرکز شهرستان/استان/بخش/کشور» is a seat, «مرکز شهر» downtown
PROVINCES_WORD = ezafe_plurals(PROVINCE)
GOVERNMENT = squash("دولت")  # a government's head word («دولت آلمان», «دولت موقت»)
GOVERNMENT_QUALIFIERS = tuple(tuple(squash(w) for w in q.split()) for q in (
    "وحدت ملی", "موقت", "انتقالی", "خودگردان", "ائتلافی"))
# a qualifier that is part of a government's name only before its country («دولت سلطنتی بوتان», «دولت نجات ملی
# یمن», «دولت جمهوری ارمنستان»); alone («دولت مرکزی باید …») it is the generic government (longer forms first)
COUNTRY_GOVERNMENT_QUALIFIERS = tuple(tuple(squash(w) for w in q.split()) for q in (
    "سلطنتی", "فدرال", "مرکزی", "نجات ملی", "جمهوری اسلامی", "جمهوری فدرال", "جمهوری"))
# «باشگاه سیاسی», «جنبش دانشجویی», «روزنامه صهیونیستی», «مجله علمی», «نشریه هفتگی»: an adjective of a body's field,
# camp, standing («حزب حاکم», «خبرگزاری رسمی», «پژوهشکده برگزیده»), reach, language or circulation («فدراسیون جهانی»,
# «مجله لاتین», «نشریه داخلی»), or one that points back («نشریه مزبور/مذکور») says what kind of body it is, never
# which (a council's or commission's adjective does name one, «کمیسیون اجتماعی», and so does a unit's: «معاونت
# فرهنگی», «معاونت سیاسی» of a ministry)
KIND_ADJECTIVES = {squash(w) for w in ("سیاسی", "فرهنگی", "هسته‌ای", "دانشجویی", "اجتماعی", "مسیحی", "ائتلافی",
                                       "صهیونیستی", "افتخاری", "هنری", "ورزشی", "تفریحی", "رفاهی", "علمی", "داخلی",
                                       "لاتین", "هفتگی", "حاکم", "مخالف", "رقیب", "اپوزیسیون", "رسمی", "مزبور",
                                       "مذکور", "برگزیده", "جهانی")}
SUB_BODY_HEADS = {squash(w) for w in ("کمیسیون", "کمیته", "فراکسیون")}
# «بسیج دانشجویی | دانشگاه شیراز»: the students' Basij of a university is one body, named with its university
STUDENT_BASIJ = tuple(squash(w) for w in ("بسیج", "دانشجویی"))
SUB_UNIT_HEADS = {squash(w) for w in ("اداره", "معاونت", "ستاد", "دفتر", "مدیریت", "شعبه", "واحد", "کمیته")}
# heads that may name a unit by its parent alone («ناحیه مقاومت سپاه …», «کمیته سازمان …», «پارک علم و فناوری
# دانشگاه تهران»; not «اداره», which is also «management»: «اداره باشگاه», nor «معاونت»: «حوزه معاونت شهرداری
# قزوین» is a department's area)
UNIT_ONLY_HEADS = {squash(w) for w in ("ناحیه", "حوزه", "کمیته", "کمیسیون", "مدیریت", "شعبه", "ستاد", "پارک")}
PARENT_BODY_KINDS = ("parliament", "council")
FARS, FARS_AGENCY_CUES = squash("فارس"), {squash(w) for w in ("گزارش", "خبرنگار")}
# «مجلس ترحیم», «به مجلس جشن تو», «نقل مجلس اند»: «مجلس» is a gathering; «خبرنگار امور مجلس», «معاون امور مجلس»:
# parliamentary affairs, a reporter's beat or a deputy's brief, not the parliament named as a body
ASSEMBLY = squash("مجلس")  # also the lexicon's short name of the parliament (known_agencies.yaml)
GATHERINGS = {squash(w) for w in ("ترحیم", "عزا", "عزاداری", "ختم", "جشن", "یادبود", "بزرگداشت", "سوگواری",
                                  "روضه", "وعظ", "عقد", "عروسی")}
NOT_THE_ASSEMBLY_AFTER = {squash(w) for w in ("امور", "نقل")}
# a name after one of these is the preposition's object, not the verb's («به بانک مرکزی اوراق دولتی را …»)
CLAUSE_PREPOSITIONS = {FROM, TO, WITH, squash("در"), squash("برای")}
# «بانک اطلاعات موقوفات», «بانک سئوالات»: a databank, not a bank (tune 2#134; PEYMA)
BANK = squash("بانک")
COMPANY = squash("شرکت")
# «شرکت سرمایه‌گذاری», «شرکت کارگزار», «شرکت تعاونی دانش‌بنیان»: a company's form of business (one or two such
# words and nothing else) says what kind of company it is, never which; an industry does name one in Iranian news
# («شرکت نفت», «شرکت گاز», «شرکت مخابرات»), so it is not among them
COMPANY_FORM_WORDS = tuple(squash(w) for w in (
    "سرمایه‌گذاری", "کارگزار", "کارگزاری", "تعاونی", "دانش‌بنیان", "پیمانکار", "پیمانکاری", "مشاور", "مشاوره",
    "خصوصی", "دولتی", "سهامی", "لیزینگ", "خارجی"))
COMPANY_FORMS = {a + b for a in COMPANY_FORM_WORDS for b in ("",) + COMPANY_FORM_WORDS}
# «جبهه جنوبی حلب», «جبهه ساحل غربی یمن», «جبهه نبرد»: a front line, not a political front (PEYMA train, tune 3#234)
FRONT = squash("جبهه")
FRONT_LINE_WORDS = {squash(w) for w in ("شمالی", "جنوبی", "شرقی", "غربی", "شمال", "جنوب", "شرق", "غرب", "ساحل",
                                        "مقدم", "نبرد", "جنگ")}
DATABANK_WORDS = {squash(w) for w in ("اطلاعات", "اطلاعاتی", "داده", "داده‌ها", "داده‌های", "سوالات", "سئوالات",
                                      "سؤالات")}
# «دادگاه صالح»: whichever court is competent, no court named; «کانون قدرت», «کانون توجه»: a centre of something,
# no association (articles in no gold set: 1#21, 3#232, 2#270)
COURT = squash("دادگاه")
COMPETENT = {squash(w) for w in ("صالح", "صالحه", "ذی‌صلاح", "ذیصلاح")}
HUB = squash("کانون")
HUB_SENSES = {squash(w) for w in ("قدرت", "توجه", "توجهات", "بحران", "زلزله", "آتش", "شیوع", "درگیری", "ثقل",
                                  "عبور", "تاثیرگذار", "تأثیرگذار")}
# a head word followed by one of these is an ordinary noun (common_noun_use)
NOUN_SENSES = {BANK: DATABANK_WORDS, FRONT: FRONT_LINE_WORDS, COURT: COMPETENT, HUB: HUB_SENSES}
REPORTER = squash("خبرنگار")
DESK_HEADS = frozenset({REPORTER, squash("گروه")})  # «به گزارش گروه آموزش و پرورش فارس»: the agency's desk


def _club_under_federation(unit_words: Sequence[str], parent_word: str) -> bool:
    """A club is no federation's parent: «فدراسیون فوتبال | باشگاه پرسپولیس را جریمه کرد», «کمیته انضباطی فدراسیون
    فوتبال | باشگاه …» — the club after it is the object (`unit_words`: the unit's squashed words, or its head)."""
    return parent_word == CLUB and FEDERATION in unit_words


def _parent_follows(view: DocView, k: int, hi: int, unit_kind: str, unit_head: str) -> bool:
    """Another body opens at k that a unit may belong to (a news agency only for a medium's own words, «شبکه
    خبری الجزیره»; «دفتر منطقه‌ای خبرگزاری فارس» is the agency; `unit_head`: the unit's squashed head word)."""
    if _club_under_federation((unit_head,), view.sq[k]):
        return False
    known = view.lex.known_agencies.longest_at(view.sq, k, hi)
    head = view.lex.org_heads.longest_at(view.sq, k, hi)
    if unit_kind != "news_agency" and ((known and known[1].kind == "news_agency") or (head and head[1].kind == "news_agency")):
        return False
    if unit_kind in PARENT_BODY_KINDS and view.sq[k] in SUB_BODY_HEADS and not known:
        return False  # a council is a committee's parent, not its unit: «شورای شهر | کمیته حقیقت‌یاب تشکیل داد»
    return bool(opens_body(view, k, hi) or known)


def _known_after_company_word(view: DocView, i: int, hi: int,
                              head: tuple[int, OrgHead] | None) -> tuple[int, KnownAgency] | None:
    """«شرکت همراه اول», «باشگاه فولاد خوزستان»: a company's head word of one token, then a company or club the
    lexicon knows by a name with no head word of its own, is that company named in full (None otherwise); a club's
    name after «شرکت» is the company it is named after («شرکت فولاد خوزستان»). `head`: the head word at i."""
    if head is None or head[0] != i + 1 or head[1].kind != "company" or view.lex.org_heads.longest_at(view.sq, i + 1, hi):
        return None
    known = view.lex.known_agencies.longest_at(view.sq, i + 1, hi)
    if known is None or known[1].kind not in ("company", "club"):
        return None
    if view.sq[i] == CLUB or known[1].kind == "company":
        return known
    return known[0], replace(known[1], kind="company", name=view.span_text(i, known[0]))  # (not the club itself)


def country_qualifier_length(squashed_words: Sequence[str]) -> int:
    """How many of the squashed words a COUNTRY_GOVERNMENT_QUALIFIERS entry takes at their start (0: none)."""
    return next((len(q) for q in COUNTRY_GOVERNMENT_QUALIFIERS if tuple(squashed_words[:len(q)]) == q), 0)


def _place_end(view: DocView, k: int, limit: int, head_kind: str, after_place_noun: bool = False) -> int:
    """A place complement: a province, a country, or one city word (after «شهرستان/شهر», `after_place_noun`, one the
    NER need not tag); a numbered district («شهرداری منطقه 22», «شهرداری منطقه یک») keeps its number."""
    if k >= limit:
        return k
    if k + 1 < limit and view.sq[k] == SPECIAL and head_kind == "place":
        # «فرمانداری ویژه شهرستان ری»: a special governorate, named by the county after «ویژه»
        after = k + 2 if view.sq[k + 1] == COUNTY else k + 1
        end = _place_end(view, after, limit, head_kind)
        return end if end > after else k
    if k + 1 < limit and view.sq[k] in DISTRICT_WORDS and (view.sq[k + 1].isdigit() or view.sq[k + 1] in NUMBER_WORDS):
        return k + 2
    if k + 2 < limit and view.sq[k] == CENTRAL and view.sq[k + 1] == COUNTY and head_kind == "place":
        # «بخشداری مرکزی شهرستان نور»: the central district, named by its county (not the province «مرکزی»)
        end = _place_end(view, k + 1, limit, head_kind)
        if end > k + 1:
            return end
    if k + 1 < limit and view.sq[k] in (COUNTY, CITY, VILLAGE, VILLAGE_EZAFE) and head_kind == "place":
        # «فرمانداری شهرستان علی‌آبادکتول», «شهرداری شهر بابل», «دهیاری روستای کندوان»: after the place noun a word
        # is the place's name
        end = _place_end(view, k + 1, limit, head_kind, after_place_noun=True)
        return end if end > k + 1 else k
    if head_kind == "country":  # «دولت موقت», «دولت وحدت ملی افغانستان»: a named government
        qualifier = next((k + len(q) for q in GOVERNMENT_QUALIFIERS if view.words_at(k, q)), None)
        if qualifier is not None:
            country = view.lex.countries.longest_at(view.sq, qualifier, limit)
            return country[0] if country else qualifier
        skip = country_qualifier_length(view.sq[k:limit])
        if skip and (country := view.lex.countries.longest_at(view.sq, k + skip, limit)):
            return country[0]
        hit = view.lex.provinces.longest_at(view.sq, k, limit) or view.lex.countries.longest_at(view.sq, k, limit)
        if hit:
            return hit[0]
    else:
        # («شهرداری بندر انزلی», «فرمانداری مسجد سلیمان»: a place name of several words; «گیلان غرب» is no «گیلان»;
        # «حوزه هنری استان کرمانشاه»)
        end = lexicon_place_end(view, k, limit)
        if end > k or (k + 1 < limit and view.sq[k] == PROVINCE):
            return end
    # (a place the NER tags is one before a copula too: «از اولویت‌های فرمانداری بابل است»)
    if head_kind == "country" or blocks_complement(view, k) or view.lex.org_heads.longest_at(view.sq, k) \
            or (before_light_verb(view, k, limit) and view.ner_places.get(k) != k + 1):
        return k
    if after_place_noun:
        return k + 1 if view.is_persian_word(k) else k
    if view.ner_name_tokens is not None and k not in view.ner_name_tokens \
            and not view.lex.capitals.longest_at(view.sq, k, limit):
        return k  # «نسبت به شهرداری مثبت …»: a word the NER sees in no name is no city
    return k + 1


# «مجمع عمومی بانک ملی ایران», «مجمع هیات کشتی استان کردستان»: a meeting of a company's shareholders or a board's
# members; the body is the one it meets for (the gold sets list the bank, the board: tune 1#243, 3#264). Not the UN's
# «مجمع عمومی سازمان ملل», an organ of its own
MEETING = squash("مجمع")
MEETING_QUALIFIERS = {squash(w) for w in ("عمومی", "سالانه", "سالیانه", "فوق‌العاده", "عادی", "انتخاباتی")}
SPORTS_BOARD = "sports_board"
MEETING_BODY_KINDS = ("bank", "company", SPORTS_BOARD)


def _meeting_of_body(view: DocView, i: int, hi: int) -> bool:
    """«مجمع (عمومی …)» at i meets for the bank, company or sports board named right after it."""
    if view.sq[i] != MEETING:
        return False
    k = i + 1
    while k < hi and view.sq[k] in MEETING_QUALIFIERS:
        k += 1
    head = view.lex.org_heads.longest_at(view.sq, k, hi)
    return head is not None and head[1].kind in MEETING_BODY_KINDS


MINISTRY = "وزارت"  # (titles builds «وزارت X» names with it)
MINISTRY_HEAD = squash(MINISTRY)
TERM_NOUNS = {squash(w) for w in ("دوره", "دوران", "زمان", "ایام", "عهد")}


def ministers_term(view: DocView, i: int) -> bool:
    """«در دوره وزارت کلینتون …», «دوران وزارت علی احمدی»: «وزارت» before a person's name (one the NER tags, or a
    given name), or after a word of time and before no ministry the lexicon knows, is someone's term as a minister,
    not a ministry (not «در دوران وزارت امور خارجه …»)."""
    if view.sq[i] != MINISTRY_HEAD or i + 1 >= len(view.sq):
        return False
    if i + 1 in view.ner_person_tokens or view.sq[i + 1] in view.lex.given_names:
        return True
    return i > 0 and view.sq[i - 1] in TERM_NOUNS and view.lex.known_agencies.longest_at(view.sq, i) is None


# «آژانس» alone in an article about a nuclear programme is the IAEA («پرونده ایران را از شورای امنیت به آژانس
# بازگرداند», tune 1#37; the gold sets list it so)
AGENCY_WORD = squash("آژانس")
IAEA = "آژانس بین‌المللی انرژی اتمی"
NUCLEAR_CUES = {squash(w) for w in ("هسته‌ای", "غنی‌سازی", "اورانیوم", "پادمان", "البرادعی", "آمانو")}
# words that continue «آژانس» into another agency's name («آژانس خبری …», «آژانس بین‌المللی انرژی», the IEA)
AGENCY_CONTINUATIONS = {squash(w) for w in ("بین‌المللی", "انرژی", "اتمی", "خبری", "خبرگزاری", "هواپیمایی",
                                            "مسافرتی", "املاک", "فضایی", "امنیت", "اطلاعات", "اطلاعاتی", "ملی")}


def _bare_agency_word(view: DocView, i: int, hi: int) -> bool:
    """«آژانس» at i with nothing that continues it into a name (neither a word above nor a longer NER ORG)."""
    if view.sq[i] != AGENCY_WORD:
        return False
    if i + 1 < hi and (view.sq[i + 1] in AGENCY_CONTINUATIONS or view.tokens[i + 1].text in OPEN_QUOTES):
        return False
    return view.ner_orgs.get(i, (i + 1, 0.0))[0] <= i + 1


def common_noun_use(view: DocView, i: int, lo: int, hi: int) -> bool:
    """The head word at i is an ordinary noun here: «مجلس» a gathering or a brief (`GATHERINGS`,
    `NOT_THE_ASSEMBLY_AFTER`), not the parliament; «بانک» a databank (`DATABANK_WORDS`); «جبهه» a front line
    (`FRONT_LINE_WORDS`); «دادگاه صالح» any competent court (`COMPETENT`); «کانون قدرت» a centre (`HUB_SENSES`)."""
    if view.sq[i] in NOUN_SENSES:
        return i + 1 < hi and view.sq[i + 1] in NOUN_SENSES[view.sq[i]]
    return view.sq[i] == ASSEMBLY and ((i + 1 < hi and view.sq[i + 1] in GATHERINGS)
                                       or (i > lo and view.sq[i - 1] in NOT_THE_ASSEMBLY_AFTER))


def find_organisations(view: DocView) -> list[Span]:
    """Organisation spans in text order; agencies carry domain='agency'."""
    spans: list[Span] = []
    nuclear = not NUCLEAR_CUES.isdisjoint(view.sq)
    for lo, hi in sorted(view.sent_tokens.values()):
        i = lo
        while i < hi:
            found, i = _organisations_at(view, i, lo, hi, nuclear)
            spans.extend(found)
    # «* همشهری» in a press review: the header is the paper, whatever else its words spell
    papers = press_review_papers(view)
    taken = {t for p in papers for t in range(p.tok_start, p.tok_end)}
    spans = [o for o in _join_sub_bodies(view, spans) if taken.isdisjoint(range(o.tok_start, o.tok_end))]
    return sorted(spans + papers, key=lambda o: o.tok_start)


def _organisations_at(view: DocView, i: int, lo: int, hi: int, nuclear: bool) -> tuple[list[Span], int]:
    """The organisations a name starting at token i gives (often none), and the token to read on from. In order:
    a list of clubs or of bodies under one plural head, a lexicon name, a bare «فارس» or «آژانس», a head word
    with its complement."""
    if common_noun_use(view, i, lo, hi):
        return [], i + 1
    clubs = listed_clubs(view, i, hi)
    if clubs:  # «تیم‌های راهیان کرمانشاه، شهرداری ماهشهر و …»: one agency per club
        return [agency_span(view, s, e, _club_kind(view, s, e), "pattern:club_list", 0.8) for s, e in clubs], clubs[-1][1]
    plural = _plural_head_at(view, i, hi)
    listed = _plural_head_list(view, i, hi, plural) if plural else []
    if listed:  # «بانک‌های صادرات و ملت»: one body per listed name
        return listed, listed[-1].tok_end
    if plural and plural[0] == i + 2:
        return [], i + 2  # «وزارت خانه‌های نفت و نیرو»: the plural head in two tokens, a class of bodies
    head = view.lex.org_heads.longest_at(view.sq, i, hi)
    known = _known_at(view, i, lo, hi, head)
    if known and (head is None or known[0] >= head[0]):
        span = _known_span(view, i, hi, known, head)
        return [span], span.tok_end
    if head is None:
        return _bare_short_forms(view, i, lo, hi, nuclear), i + 1
    return _headed_at(view, i, lo, hi, head)


def _known_at(view: DocView, i: int, lo: int, hi: int, head: tuple | None) -> tuple | None:
    """The lexicon body named at token i, (end, KnownAgency), unless the words around make it another body."""
    lex = view.lex
    known = lex.known_agencies.longest_at(view.sq, i, hi)
    if known and known[0] == i + 1 and i > lo and view.sq[i - 1] in DEMONSTRATIVES:
        known = None  # «کمیسیون سیاست خارجی این مجلس»: the body named before («مجلس دانمارک»), no new one
    if known is None:
        known = _known_after_company_word(view, i, hi, head)  # «شرکت همراه اول», «باشگاه فولاد خوزستان»
    if known and head is not None and known[0] == head[0] and not head[1].standalone:
        # «مجلس سنای افغانستان»: a lexicon alias that is only the head word, with a name running on
        # to a country after it, is another country's body
        run_on = complement_end(view, head[0], hi)
        country_at = next((k for k in range(head[0] + 1, run_on)
                           if (c := lex.countries.longest_at(view.sq, k, run_on)) and c[0] == run_on), None)
        # (not after an ordinal: «انتخابات مجلس هفتم | نصیب آمریکا شد» is a term of the lexicon's body; nor
        # where the NER ends the name with the head and words stand before the country: «کمیسیون امنیت ملی
        # مجلس | توهین مطبوعات دانمارک … را محکوم کرد»)
        if country_at is not None and view.sq[head[0]] not in ORDINALS \
                and not (country_at > head[0] + 1 and view.ner_name_ends_before(head[0])):
            known = None
    if known and head is not None and known[1].kind not in ("news_agency", "international") \
            and not head[1].titled_only and _runs_past_known(view, i, head[0], known[0], hi):
        # «سازمان بسیج کارگری سپاه عاشورا» is another body than «سازمان بسیج»; but an event's name is whole
        # («در جشنواره فیلم فجر | شاهد آن بودیم»: nothing names another festival after it)
        known = None
    if known and known[1].kind == "international" and known[0] < hi and view.sq[known[0]] == NATIONAL:
        known = None  # «شورای امنیت ملی» (a country's) is not «شورای امنیت» (the UN's)
    if known and known[1].kind == "club" and _inside_longer_ner_org(view, i, known[0]):
        known = None  # «فولاد نوین سپاهان اصفهان», «پرسپولیس اردکان», «آکادمی پرسپولیس»: another club or body
    return known


def _known_extent(view: DocView, known: tuple, hi: int, head: tuple | None) -> tuple[int, bool, bool]:
    """Where a lexicon body's mention ends (end, province_tail, foreign): past the province, district, city or
    country whose office or branch of the body it names."""
    lex = view.lex
    end, province_tail, foreign = known[0], False, False
    if known[1].kind == "news_agency":
        pass  # «خبرگزاری فارس استان تهران» is the agency's provincial desk, still the agency
    elif known[1].kind != "international" and (district := _district_end(view, end, hi)) > end:
        end = district  # «آموزش و پرورش ناحیه یک قزوین»: the body's numbered district office
    elif end + 1 < hi and view.sq[end] == PROVINCE and lex.provinces.longest_at(view.sq, end + 1, hi):
        end = lex.provinces.longest_at(view.sq, end + 1, hi)[0]
    elif end + 1 < hi and view.sq[end] in PROVINCES_WORD and _province_list_end(view, end + 1, hi) > end + 1:
        end = _province_list_end(view, end + 1, hi)  # «نیروی انتظامی استان‌های تهران و البرز»
        province_tail = True
    elif (province := lex.provinces.longest_at(view.sq, end, hi)) \
            and (province[1].bare != "never" or _fars_province_after_body(view, end)):
        # «اوقاف و امور خیریه مازندران»: the body's provincial office (or its office in a place named
        # after the province: «پلیس راهنمایی و رانندگی تهران بزرگ»)
        end = max(province[0], (lex.places.longest_at(view.sq, end, hi) or (0,))[0])
        province_tail = True
    elif head is None and known[1].kind not in ("news_agency", "international") \
            and (tail := _qualified_province_end(view, end, hi)) is not None:
        end = tail  # «آموزش‌وپرورش استثنایی خراسان‌جنوبی»: a branch of the body in a province
        province_tail = True
    elif known[1].kind != "news_agency" and (country := lex.countries.longest_at(view.sq, end, hi)) \
            and (known[1].kind != "international"
                 or (country[0] < hi and view.sq[country[0]] != OBJECT_MARKER)):
        # «وزارت نفت پاکستان»: a foreign body; «رئیس شورای امنیت روسیه»: the country's own council (but
        # «سازمان ملل فلسطین را …», the country the object, is the UN)
        end, foreign = country[0], True
    elif known[1].kind not in ("news_agency", "international", "ministry") \
            and (city := lex.places.longest_at(view.sq, end, hi)):
        end = city[0]  # «اتاق بازرگانی، صنایع، معادن و کشاورزی تبریز»: the body's branch in a city
    elif known[1].kind not in ("news_agency", "international", "club") and end + 2 < hi \
            and view.sq[end] == CONJUNCTION and continues_after_and(view, end, hi) \
            and (country := lex.countries.longest_at(view.sq, end + 2, hi)):
        # «شرکت ملی نفت و گاز قزاقستان»: one more word, then the foreign body's country (not a club's:
        # «استقلال تهران و هنرمندان ایران» are two teams)
        end, foreign = country[0], True
    return end, province_tail, foreign


def _known_span(view: DocView, i: int, hi: int, known: tuple, head: tuple | None) -> Span:
    """The mention of a lexicon body starting at i, with the attributes the later merges read."""
    end, province_tail, foreign = _known_extent(view, known, hi, head)
    if known[1].office:  # («ریاست جمهوری آمریکا»: another country's office, still no body)
        return view.make_span(i, end, "ORG", kind=known[1].kind, name=view.span_text(i, end), method="lexicon:office",
                              score=0.3, attrs={"bare_head": True, "office": True})
    span = agency_span(view, i, end, known[1].kind, "lexicon:known", 0.95)
    if province_tail:  # the province is still read as if it stood after the name (places.py)
        span.attrs["province_tail"] = True
    if end == known[0]:  # «مجلس دانمارک», «بانک مرکزی استان …» are other bodies
        span.attrs["known"] = known[1].name
    elif not foreign:
        # «پلیس راهنمایی و رانندگی تهران»: the body in a place (a foreign body, «وزارت نفت پاکستان»,
        # «شرکت ملی نفت و گاز قزاقستان», is no branch of it)
        span.attrs["branch_of"] = known[1].name
    return span


def _fars_news_agency(view: DocView, i: int, lo: int, hi: int) -> bool:
    """«فارس» at i names the news agency: «به گزارش فارس», «خبرنگار اجتماعی فارس», «به گزارش گروه اقتصاد فارس،»."""
    return view.sq[i] == FARS and i > 0 and (view.sq[i - 1] in FARS_AGENCY_CUES or _reporter_desk(view, i)
                                             or _in_attribution(view, i, lo, hi))


def _fars_province_after_body(view: DocView, i: int) -> bool:
    """«آموزش و پرورش فارس», «اوقاف و امور خیریه فارس»: «فارس» (a province never read alone, for the news agency) right
    after a lexicon body is the body's office in the province, also in an attribution («به گزارش روابط عمومی
    اوقاف و امور خیریه فارس،»), unless the agency's reporter or desk names it («به گزارش خبرنگار / گروه آموزش و پرورش
    فارس»)."""
    return view.sq[i] == FARS and view.sq[i - 1] not in FARS_AGENCY_CUES and not _reporter_desk(view, i, DESK_HEADS)


def _bare_short_forms(view: DocView, i: int, lo: int, hi: int, nuclear: bool) -> list[Span]:
    """«فارس» of «به گزارش فارس» (the news agency) and «آژانس» in an article about a nuclear programme (the IAEA)."""
    if _fars_news_agency(view, i, lo, hi):
        span = agency_span(view, i, i + 1, "news_agency", "lexicon:short", 0.85)
        span.name, span.key = "خبرگزاری فارس", agency_key("خبرگزاری فارس")
        return [span]
    if nuclear and _bare_agency_word(view, i, hi):
        span = agency_span(view, i, i + 1, "international", "lexicon:short", 0.85)
        span.name, span.key = IAEA, agency_key(IAEA)
        span.attrs["known"] = IAEA
        return [span]
    return []


def _headed_at(view: DocView, i: int, lo: int, hi: int, head: tuple) -> tuple[list[Span], int]:
    """A head word at i («سازمان», «شهرداری», «بسیج») and the complement that names the body; a head that only
    describes a body (generic, counted, too weak to be a name) gives a low-score span the later steps may drop."""
    head_end, info = head
    if _meeting_of_body(view, i, hi) or ministers_term(view, i):
        return [], i + 1
    if info.facility and (_inside_ner_org(view, i) or (i > lo and view.tokens[i - 1].text in OPEN_QUOTES)):
        # «روابط عمومی فرهنگسرای بانو», «سازمان اسناد و کتابخانه ملی ایران»: the NER's longer name holds the
        # facility; «فیلم «سینما پارادیزو»»: a quoted title is a work's name
        return [], i + 1
    if info.standalone:
        return [agency_span(view, i, head_end, info.kind, "lexicon:head", 0.9)], head_end
    inner = view.lex.org_heads.longest_at(view.sq, head_end, hi) if "".join(view.sq[i:head_end]) == GENERAL_OFFICE \
        else None
    if inner is not None and inner[1].complement == "place":
        # «اداره کل شیلات هرمزگان»: the province's office of a body whose own head names it by its place (the
        # complement had stopped at that head, leaving «اداره کل» bare; a probe, session 79)
        spans, after = _headed_at(view, head_end, lo, hi, inner)
        if spans and spans[0].tok_start == head_end and spans[0].domain == "agency":
            first = spans[0]
            return [agency_span(view, i, first.tok_end, first.kind, first.method, first.score), *spans[1:]], after
    if info.complement == "none":
        end = head_end
    elif info.complement in ("place", "country"):
        end = _place_end(view, head_end, hi, info.complement)
    else:
        end = _ner_name_end(view, i, head_end, complement_end(view, head_end, hi, stop_at_head=True), info.bare_name)
    if info.kind == SPORTS_BOARD and view.ner_orgs.get(i, (end,))[0] > end:
        return [], i + 1  # «هیات جودو، جوجیتسو و کوراش …»: the NER's name holds the other sports the head stops before
    if info.facility and _inside_longer_ner_org(view, i, max(end, head_end)):
        return [], i + 1  # «نشریه آ. اس اسپانیا»: the NER's longer name holds the words the complement stopped short of
    # the complement stopped where the parent body opens («سازمان فرهنگی هنری | شهرداری تهران»), or a
    # unit is named by its parent alone («ناحیه مقاومت | سپاه سوادکوه»): joined with it afterwards
    continues = end < hi and (
        (info.complement not in ("none", "place", "country") and (
            (head_end < end and _parent_follows(view, end, hi, info.kind, view.sq[i]))
            or (head_end == end and view.sq[i] in UNIT_ONLY_HEADS and opens_body(view, end, hi))))
        # a one-body head with no place after it, then its parent: «حوزه هنری | سازمان تبلیغات اسلامی»
        or (info.complement == "place" and info.bare_name and head_end == end
            and _parent_follows(view, end, hi, info.kind, view.sq[i])))
    if info.bare_name and info.one_word_name and end > head_end and not _unit_word(view, head_end, hi) \
            and (end - head_end == 1 or view.sq[head_end + 1] == CONJUNCTION or _opens_clause(view, i)):
        # «بسیج شجره طیبه است», «بسیج تبلوری از اندیشه است», «بسیج میدان‌دار و پیشتاز … است»; opening the clause,
        # with more words: «…: بسیج لشگر مخلص خداست»: the Basij, then what it is (not «در پی بسیج افکار عمومی»,
        # mobilising)
        end = head_end
    generic = _describes_a_kind(view, i, lo, hi, head_end, end, info)
    too_weak = _too_weak_for_a_name(view, i, lo, hi, head_end, end, info, continues)
    named = _media_name_after_nationality(view, head_end, hi) if info.kind == "news_agency" \
        else _company_name_after_description(view, i, head_end, hi) if view.sq[i] == COMPANY else None
    if named is not None:
        # «روزنامه کویتی «الوطن»», «خبرگزاری روسی تاس», «شرکت چینی «سینوپک»»: the paper's or company's nationality
        # describes it; its name follows (the gold sets and other articles write «الوطن» / «روزنامه الوطن»)
        return [agency_span(view, named[0], named[1], info.kind, "pattern:head", 0.8)], named[1]
    if end == head_end and info.bare_name and not generic:
        span = agency_span(view, i, head_end, info.kind, "lexicon:head", 0.85)  # «بسیج»
        if continues:
            span.attrs["continues"] = True
        return [span], head_end
    if info.facility and too_weak and not generic:
        return [], max(end, head_end)  # «فرهنگسرای بانو», «کارخانه سیمان»: a name only if the NER tags one
    if (end == head_end and not continues) or generic or too_weak:
        stop = max(end, head_end)
        return [view.make_span(i, stop, "ORG", kind=info.kind, name=view.span_text(i, stop), method="pattern:head",
                               score=0.3, attrs={"bare_head": True, "generic": generic,
                                                 "counted": _counted_term(view, i, head_end, lo, hi)})], stop
    span = agency_span(view, i, end, info.kind, "pattern:head", 0.85)
    if continues:
        span.attrs["continues"] = True
    return [span], end


def _describes_a_kind(view: DocView, i: int, lo: int, hi: int, head_end: int, end: int, info) -> bool:
    """The head at i, with its complement to `end`, describes a kind of body or many of them, not one named body."""
    # «شورای اسلامی روستاها»: the councils of every village
    if (end < hi and view.sq[end] in GENERIC_PLURALS) or (end > head_end and view.sq[end - 1] in GENERIC_PLURALS):
        return True
    # «مرکز قزوین», «مرکز استان گیلان»: the province's capital, not a centre; «مرکز شهرستان»: the county seat
    if view.sq[i] == CENTRE and (_only_a_province(view, head_end, end)
                                 or (head_end < hi and view.sq[head_end] in SEAT_WORDS)):
        return True
    # «در یک باشگاه کامل نیست», «دو باشگاه درفشی‌فر و شهدای گمنام»: an indefinite or counted head is
    # a description, not a name
    # (a numeral is not enough: «در سال ۱۹۹۴ مرکز یهودیان آمیا», «۱۳۸۷ / ۲ / ۱۷ شهرداری تهران»)
    if i > lo and view.sq[i - 1] in QUANTIFIERS:
        return True
    # «با شرکت شش کشور», «پیش از شرکت خاتمی در نشست»: taking part, then who takes part (PEYMA, ARMAN)
    if view.sq[i] == COMPANY and head_end < hi and (view.sq[head_end] in NUMBER_WORDS
                                                    or head_end in view.ner_person_tokens):
        return True
    if i > lo and view.sq[i - 1] in DEMONSTRATIVES:
        return True
    # «سیاسی‌ترین ارتش جهان», «بزرگترین شرکت کشور»: a superlative before the head describes one
    if i > lo and view.tokens[i - 1].text.endswith(SUPERLATIVE):
        return True
    # «در 300 دفتر ICT روستایی اصفهان»: a counted weak head is a description too
    return bool(info.weak and i > lo and view.sq[i - 1].isdigit())


def _too_weak_for_a_name(view: DocView, i: int, lo: int, hi: int, head_end: int, end: int, info,
                         continues: bool) -> bool:
    """The words after a head at i are too little evidence of a name (a weak head with one word, a kind adjective,
    a complement no name supports), unless the parent body named after it carries the name."""
    too_weak = info.weak and end - head_end < 2 and not _ends_with_place(view, head_end, end)
    # («یک استاد دانشگاه پیشنهاد …»: after a profession the head is the profession's setting, so even one
    # word after it must be a name the NER sees, a place or a known body: «استاد دانشگاه تهران»)
    after_profession = i > lo and view.sq[i - 1] in ACADEMIC_PROFESSIONS
    too_weak = too_weak or ((not info.one_word_name or end - head_end >= 2 or after_profession)
                            and _unsupported_complement(view, i, head_end, end, info.complement))
    too_weak = too_weak or (end - head_end == 1 and _nationality(view, head_end))  # «روزنامه آمریکایی»
    # («مجتمع فرهنگی هنری», «باشگاه فرهنگی ورزشی»: what kind of body, in one or two adjectives)
    too_weak = too_weak or (end - head_end in (1, 2) and info.kind != "council"
                            and all(view.sq[j] in KIND_ADJECTIVES for j in range(head_end, end))
                            and view.sq[i] not in SUB_UNIT_HEADS)
    too_weak = too_weak or (view.sq[i] == COMPANY and "".join(view.sq[head_end:end]) in COMPANY_FORMS)
    # «شبکه جمع‌آوری فاضلاب»: a head that is mostly an ordinary noun needs the NER to see a name in it
    too_weak = too_weak or (info.needs_ner and view.ner_name_tokens is not None
                            and not any(t in view.ner_name_tokens or view.tokens[t].text in OPEN_QUOTES
                                        for t in range(i, end)))  # (a quoted name is a name)
    # «کمیته مسابقات | سازمان لیگ فوتبال ایران»: the parent names it (not a professor's setting: «استاد
    # دانشگاه پیشنهاد تشکیل | ستاد ویژه …» is no university of a «ستاد»)
    too_weak = too_weak and not (continues and not after_profession)
    # «دبیر جشنواره سراسری شعر خط سوم»: a festival or an exhibition counts only as a post's organisation
    # (or as the body a post's holder leads: «جشنواره ملی فیلم فجر به دبیری ابراهیم داروغه‌زاده»)
    return too_weak or (info.titled_only and not title_before(view, i, ("org",))
                        and not (end + 1 < hi and led_by_at(view, end)))


def _counted_term(view: DocView, i: int, head_end: int, lo: int, hi: int) -> bool:
    """«دولت نهم», «دولت یازدهم», «اولین دولت اسلامی ترکیه»: a bare head counted by an ordinal is one term or
    instance of the institution, not the standing body a post is held at."""
    return (head_end < hi and view.sq[head_end] in ORDINALS) or (i > lo and view.sq[i - 1] in ORDINAL_DETERMINERS)


def led_by_at(view: DocView, k: int) -> bool:
    """«به» and a post's verbal noun at k («به رهبری», «به دبیری»): a post's holder follows, and the body before."""
    return view.sq[k] == TO and k + 1 < len(view.tokens) and view.sq[k + 1] in LED_BY


def _plural_head_info(word: str, lex: Lexicons) -> tuple[OrgHead, str] | None:
    """(head, singular as written) when the word is an organisation head in the plural («شوراهای»,
    «وزارتخانه‌های», «سازمان‌ها»; «ادارات», «مؤسسات»), else None; a facility's plural names a network the NER may
    see as one body («کتابخانه‌های عمومی استان اردبیل»), not a class."""
    stem = singular(word)
    if stem == word and word.endswith("ات") and len(word) > 4:
        stem = word[:-2] + "ه"  # the Arabic plural of a head ending in «ه»
        candidates = (stem,)
    else:
        candidates = (stem, stem + "ی") if stem != word else ()
    for form in candidates:
        head = lex.org_heads.get(form)
        if head is not None and not head.facility:
            return head, form
    return None


def plural_head_end(view: DocView, i: int, hi: int) -> int | None:
    """End token of a plural organisation head at i, one token or two («وزارت خانه‌های»), or None."""
    found = _plural_head_at(view, i, hi)
    return found[0] if found else None


def _plural_head_at(view: DocView, i: int, hi: int) -> tuple[int, OrgHead, str] | None:
    """(end token, head, singular as written) of a plural head at i, or None."""
    for n in (1, 2):  # «وزارت خانه‌های»: the plural head written in two tokens
        if i + n <= hi and view.tokens[i + n - 1].text.endswith(PLURAL_ENDINGS):
            found = _plural_head_info("".join(view.tokens[k].text for k in range(i, i + n)), view.lex)
            if found:
                return (i + n, *found)
    return None


def _plural_head_list(view: DocView, i: int, hi: int, plural: tuple[int, OrgHead, str]) -> list[Span]:
    """«بانک‌های صادرات و ملت», «وزارتخانه‌های نفت و نیرو»: a plural head (`_plural_head_at`) before a list of names
    is one body per name («بانک صادرات», «بانک ملت»), the first item's mention taking the head with it. Each name
    must be a body the lexicon knows with the head («بانک ملت») or a name the NER tags by itself, and no person's
    or place's: a class of bodies («شرکت‌های دولتی و خصوصی», «سازمان‌های اطلاعاتی آمریکا و پاکستان») is no list."""
    head_end, info, written = plural
    if info.weak:
        return []  # «کمیسیون‌های برنامه و بودجه و فرهنگی» of a council: a weak head's short names are anyone's
    head_word = LIST_HEAD_NAMES.get(squash(written), written)
    items: list[tuple[int, int, str | None]] = []  # (start, end, the lexicon's name with the head)
    j, closing = head_end, False
    while j < hi:
        listed = _listed_name(view, head_word, j, hi)
        if listed is None:
            break  # («نفت، صنایع، نیرو و بخشی از …»: the list is the names before)
        end = listed[0]
        items.append((j, *listed))
        if closing or end + 1 >= hi or not view.joins_list(end):
            break
        closing = view.sq[end] == CONJUNCTION  # the item after «و» is the last
        j = end + 1
    if len(items) < 2:
        return []
    out = []
    for n, (s, e, known_name) in enumerate(items):
        if known_name is not None:  # «بانک‌های صادرات» is «بانک صادرات ایران»
            start, name = (i if n == 0 else s), known_name
        else:  # a name the NER tags is the body's whole name («شرکت‌های بریتیش پترولیوم و توتال»)
            start, name = s, view.span_text(s, e)
        out.append(view.make_span(start, e, "ORG", domain="agency", kind=info.kind, name=name,
                                  key=agency_key(name), method="pattern:plural_head", score=0.8))
    return out


def _listed_name(view: DocView, head_word: str, s: int, hi: int) -> tuple[int, str | None] | None:
    """(end, the lexicon's name or None) of the name at s in a list after a plural head: a body the lexicon knows
    with the head («بانک | ملت») or a name the NER tags by itself, and no person's or place's; None when neither
    starts there."""
    known = view.lex.known_agencies.longest_at([squash(head_word)] + view.sq[s:hi], 0)
    ner_end = view.ner_orgs.get(s, (None,))[0]
    known_name = None
    if known and known[0] > 1:  # (the longest: «سازمان‌های برنامه و بودجه» names one body, not a list)
        end, known_name = s + known[0] - 1, known[1].name
    elif ner_end is not None and ner_end <= hi and not any(view.joins_list(k) for k in range(s, ner_end)):
        end = ner_end
        owner = view.lex.known_agencies.longest_at(view.sq, s, end)
        if owner and owner[0] == end:
            return None  # «بیمارستان‌های تامین اجتماعی، نیروی انتظامی و …»: the bodies that own them, no names
        if end - s == 1 and view.sq[s].endswith("ی"):
            return None  # «بیمارستان‌های نیروهای مسلح، انتظامی و …»: an adjective, even where the NER tags it
    else:
        return None  # words inside the NER's longer name may be one body's name («سازمان‌های برنامه و بودجه») or
        # adjectives («دادگاه‌های صالح و جنایی»)
    if any(k in view.ner_person_tokens for k in range(s, end)):
        return None
    if view.lex.countries.longest_at(view.sq, s, end) or view.lex.provinces.longest_at(view.sq, s, end) \
            or any(view.lex.places.longest_at(view.sq, k, end) for k in range(s, end)) or _nationality(view, s):
        return None  # «سازمان‌های اطلاعاتی آمریکا»: per country, a class
    return end, known_name


def _inside_ner_org(view: DocView, k: int) -> bool:
    """Token k lies inside an NER ORG span that starts before it."""
    return any(s < k < e for s, (e, _) in view.ner_orgs.items())


def _join_sub_bodies(view: DocView, spans: list[Span]) -> list[Span]:
    """«کمیسیون کشاورزی، آب و منابع طبیعی مجلس شورای اسلامی», «کمیسیون حمل و نقل … شورای اسلامی شهر ایلام»:
    a commission or committee followed at once by the parliament or council it belongs to is one name (the
    parent inside it is not a mention of its own)."""
    out: list[Span] = []
    for span in spans:
        prev = out[-1] if out else None
        if span.kind == "news_agency" and (prev is None or prev.kind != "news_agency"):
            out.append(span)  # «دفتر منطقه‌ای خبرگزاری فارس» is the news agency itself
            continue
        if prev is not None and prev.attrs.get("continues") and prev.tok_end == span.tok_start \
                and span.label == "ORG" and (span.domain == "agency" or span.attrs.get("bare_head")):
            if _head_only(view, prev) and _head_only(view, span) and span.domain is None \
                    and span.kind != "armed_forces":
                # «حوزه تخصصی ستاد سازمان»: two head words alone name no body (but an army's staff is one: «رئیس
                # ستاد ارتش», tune 1#160)
                out[-1] = view.make_span(prev.tok_start, span.tok_end, "ORG", kind=prev.kind,
                                         name=view.span_text(prev.tok_start, span.tok_end), method="pattern:head",
                                         score=0.3, attrs={"bare_head": True, "generic": True})
                continue
            # the complement stopped at a second head: «سازمان فرهنگی هنری | شهرداری تهران» is one name
            joined = agency_span(view, prev.tok_start, _joined_end(view, prev, span), prev.kind, prev.method, prev.score)
            joined.attrs["continues"] = span.attrs.get("continues", False)
            out[-1] = joined
            continue
        if (prev is not None and prev.attrs.get("bare_head") and not prev.attrs.get("generic")
                and span.attrs.get("office") and prev.tok_end == span.tok_start
                and view.sq[prev.tok_start] in SUB_UNIT_HEADS):
            # «دفتر ریاست جمهوری (تاجیکستان)»: the office is no body, but a unit of it is one
            out[-1] = agency_span(view, prev.tok_start, span.tok_end, prev.kind, "pattern:head", 0.85)
            continue
        if (prev is not None and span.kind == "university" and span.domain == "agency" and prev.domain == "agency"
                and prev.tok_end == span.tok_start and prev.sent == span.sent
                and view.words_end_at(prev.tok_end, STUDENT_BASIJ, prev.tok_start)):
            # «شورای مرکزی بسیج دانشجویی دانشگاه خواجه نصیر», «گروه جهادی … بسیج دانشجویی دانشگاه دولتی جهرم»:
            # the gold names the unit with its university and never lists the university alone (tune 2#191, 3#70)
            out[-1] = agency_span(view, prev.tok_start, span.tok_end, prev.kind, "pattern:head", prev.score)
            out[-1].attrs["continues"] = span.attrs.get("continues", False)  # «دانشگاه پیام نور | مرکز کازرون»
            continue
        if (prev is not None and span.domain == "agency" and prev.domain == "agency"
                and prev.tok_end == span.tok_start and prev.sent == span.sent
                and ((view.sq[prev.tok_start] in SUB_BODY_HEADS and span.kind in PARENT_BODY_KINDS)
                     or view.sq[prev.tok_start] in SUB_UNIT_HEADS)
                and view.sq[span.tok_start] not in SUB_BODY_HEADS
                # (the unit already names its parent, the federation: «کمیته انضباطی فدراسیون فوتبال»)
                and not _club_under_federation(view.sq[prev.tok_start:prev.tok_end], view.sq[span.tok_start])):
            out[-1] = agency_span(view, prev.tok_start, _joined_end(view, prev, span), prev.kind, prev.method,
                                  prev.score)
            if prev.attrs.get("known"):  # «کمیسیون کشاورزی مجلس» is the lexicon's commission too
                out[-1].attrs["known"] = prev.attrs["known"]
            continue
        out.append(span)
    return out


def _joined_end(view: DocView, unit: Span, parent: Span) -> int:
    """Where a unit joined with the body after it ends: where a confident NER name over both ends, as for one
    head's complement (_ner_name_end): «کمیته انضباطی فدراسیون فوتبال | رأی خود را اعلام کرد». A lexicon name
    is whole: «… نهاد نمایندگی مقام معظم رهبری در دانشگاه‌ها» goes past where the NER stops."""
    if parent.method != "pattern:head":
        return parent.tok_end
    head = view.lex.org_heads.longest_at(view.sq, parent.tok_start, parent.tok_end)
    return _ner_name_end(view, unit.tok_start, head[0] if head else parent.tok_start + 1, parent.tok_end, False)


def _head_only(view: DocView, span: Span) -> bool:
    head = view.lex.org_heads.longest_at(view.sq, span.tok_start)
    return head is not None and head[0] == span.tok_end


NER_END_MIN_SCORE = 0.95


def _ner_name_end(view: DocView, start: int, head_end: int, end: int, bare_name: bool) -> int:
    """Where a confident NER ORG span opening at the head ends inside the complement, the name ends there: the
    words after it are the sentence's («اتحادیه تهیه‌کنندگان | موضع رسمی این اتحادیه را …», «سازمان بازرسی |
    اضافه‌کاری تحمیلی …», «کمیته فنی واترپلو | نتایج اردوی …»). Not where the NER stops on «و», a quote or a comma
    («شرکت آب و | فاضلاب»), nor before a place, a country or another body the name goes on to («شورای اسلامی |
    بخش مرکزی», «شورای حکام آژانس بین‌المللی انرژی | اتمی»); at the head itself only for a head that alone names
    one body («بسیج | حکایت‌گر»)."""
    ner_end, score = view.ner_orgs.get(start, (start, 0.0))
    if score < NER_END_MIN_SCORE or not (head_end <= ner_end < end) or (ner_end == head_end and not bare_name):
        return end
    if view.sq[ner_end - 1] == CONJUNCTION or view.tokens[ner_end - 1].text in COMMAS:
        return end
    if any(view.tokens[k].text in QUOTE_CHARS for k in range(start, ner_end)):
        return end  # «مرکز "دعوت‌الارشاد | "»: the NER left the closing quote out; the quoted name is whole
    for k in range(ner_end, end):
        if _place_or_body_at(view, k, end) or view.lex.places.longest_at(view.sq, k, end) or k in view.ner_places:
            return end
    return ner_end


def _place_or_body_at(view: DocView, k: int, limit: int) -> bool:
    """A province, a country or another body («استانداری …», a lexicon name) opens at token k."""
    lex = view.lex
    return bool(lex.provinces.longest_at(view.sq, k, limit) or lex.countries.longest_at(view.sq, k, limit)
                or opens_body(view, k, limit) or lex.known_agencies.longest_at(view.sq, k, limit))


def _runs_past_known(view: DocView, start: int, head_end: int, known_end: int, hi: int) -> bool:
    """The head word's own complement runs on past a lexicon name with more name words (not a place, a
    country, «استان X» or another body): the text names a different, longer body."""
    if known_end >= hi or known_end <= head_end or view.sq[known_end] == CONJUNCTION:
        return False  # («وزارت نفت و معاونین استانداری …»: «و» coordinates, it does not continue the name)
    if view.ner_name_ends_before(known_end):
        return False  # the NER ends the name with the lexicon's: «شورای نگهبان | تیرماه», «وزارت کشور | موید»
    if view.sq[known_end] == PROVINCE or view.sq[known_end] in PROVINCES_WORD or _place_or_body_at(view, known_end, hi):
        return False
    if eulogy_at(view, known_end, EULOGIES):
        return False  # «کمیته امداد امام خمینی (ره)» is the lexicon's body (see extend_over_eulogies)
    run_on = complement_end(view, head_end, hi, stop_at_head=True)
    if run_on < hi and view.sq[run_on] == OBJECT_MARKER and _opens_clause_or_follows_preposition(view, start):
        # «وزارت نیرو برق مناطق جنوبی را قطع کرد», «به بانک مرکزی اوراق دولتی را …»: a name that is the subject or
        # a preposition's object leaves the words between it and «را» to the verb's object (but «رئیس‌جمهور
        # سازمان بسیج کارگری سپاه عاشورا را …»: the longer name is the object itself)
        return False
    return run_on > known_end


def _opens_clause_or_follows_preposition(view: DocView, start: int) -> bool:
    """The name at token `start` opens its sentence or a clause (after punctuation), or follows a preposition."""
    return _opens_clause(view, start) or view.sq[start - 1] in CLAUSE_PREPOSITIONS


def _opens_clause(view: DocView, start: int) -> bool:
    return start == view.sentence_of(start)[0] or view.is_punct(start - 1)


def _district_end(view: DocView, k: int, hi: int) -> int:
    """End of «ناحیه ۲ رشت», «منطقه یک», «ناحیه سه تهران» at k (a numbered district and the city the lexicons
    know, if one follows), else k."""
    if not (k + 1 < hi and view.sq[k] in DISTRICT_WORDS
            and (view.tokens[k + 1].text.isdigit() or view.sq[k + 1] in CARDINALS)):
        return k
    return lexicon_place_end(view, k + 2, hi)


def _only_a_province(view: DocView, k: int, end: int) -> bool:
    if k < end and view.sq[k] == PROVINCE:
        k += 1
    hit = view.lex.provinces.longest_at(view.sq, k, end) if k < end else None
    return hit is not None and hit[0] == end


def _qualified_province_end(view: DocView, k: int, hi: int) -> int | None:
    """End of «استثنایی خراسان‌جنوبی» at k: one or two ordinary name words, then a province."""
    for width in (1, 2):
        j = k + width
        if j >= hi or any(blocks_complement(view, m) or opens_body(view, m, hi) for m in range(k, j)):
            return None
        hit = view.lex.provinces.longest_at(view.sq, j, hi)
        if hit is not None and hit[1].bare != "never":
            return hit[0]
    return None


def _province_list_end(view: DocView, k: int, hi: int) -> int:
    """End of «تهران و البرز», «قم، یزد و اصفهان» starting at k (k itself when no province starts there)."""
    end = k
    while (hit := view.lex.provinces.longest_at(view.sq, end, hi)) is not None:
        end = hit[0]
        if end + 1 < hi and view.joins_list(end) \
                and view.lex.provinces.longest_at(view.sq, end + 1, hi):
            end += 1
            continue
        break
    return end


def _media_name_after_nationality(view: DocView, k: int, hi: int) -> tuple[int, int] | None:
    """(start, end) of a media body's name after its nationality adjective at k: a quoted name, or a word the NER
    sees a name in («فیگارو», «القبس»; not «روزنامه روسی مبنی بر …»)."""
    if k + 1 >= hi or not _nationality(view, k):
        return None
    close = quoted_name_end(view, k + 1, hi)
    if close is not None:
        return k + 2, close
    start = k + 1
    if view.ner_name_tokens is None or start not in view.ner_starts or start not in view.ner_name_tokens \
            or view.is_stop(start) or not view.is_persian_word(start):
        return None
    end = start + 1
    while end < hi and end in view.ner_name_tokens and end not in view.ner_starts:
        end += 1
    return start, end


def _company_name_after_description(view: DocView, i: int, head_end: int, hi: int) -> tuple[int, int] | None:
    """(start, end) of a company's name after «شرکت» at i and its nationality («شرکت چینی «سینوپک»», as a media
    body's) or its form («شرکت دولتی «ترکمن‌گاز»», quoted only): a probe, session 79."""
    if head_end != i + 1 or head_end >= hi:
        return None
    if view.sq[head_end] in COMPANY_FORM_WORDS:
        close = quoted_name_end(view, head_end + 1, hi)
        return (head_end + 2, close) if close is not None else None
    return _media_name_after_nationality(view, head_end, hi)


def describes_company(view: DocView, k: int) -> bool:
    """The word at k after «شرکت» says what company it is, its form («دولتی», «خصوصی») or its nationality («چینی»),
    before its (often quoted) name: «شرکت چینی «سینوپک»», «شرکت‌های آمریکایی «X» و «Y»»."""
    return view.sq[k] in COMPANY_FORM_WORDS or _nationality(view, k)


def _nationality(view: DocView, k: int) -> bool:
    """«آمریکایی», «چینی», «روسی»: an adjective of a country («روزنامه آمریکایی» is a description)."""
    return nationality_country(view.lex, view.sq[k]) is not None


UNIT_PLURAL_ENDINGS = tuple(squash(e) for e in ("ان", "ین", "ها"))


def _unit_word(view: DocView, k: int, hi: int) -> bool:
    """One word after a one-body head («بسیج») that names one of its units: a name the NER tags, a place, a plural
    («بسیج خواهران», «بسیج مستضعفین») or an adjective («بسیج دانشجویی»; not an indefinite noun before «از»: «بسیج
    تبلوری از اندیشه و عمل است»). A singular noun after it says what the body is («بسیج شجره طیبه …»)."""
    if view.ner_name_tokens is None or k in view.ner_name_tokens or _ends_with_place(view, k, k + 1):
        return True
    word = view.sq[k]
    if word.endswith(UNIT_PLURAL_ENDINGS):
        return True
    return word.endswith("ی") and not (k + 1 < hi and view.sq[k + 1] == FROM)


def _unsupported_complement(view: DocView, start: int, head_end: int, end: int, complement: str | None) -> bool:
    """«مرکز درمانی», «بیمارستان خوب», «اداره صحیح برکات زیادی», «سازمان صمیمانه قدردانی»: a head with ordinary
    words after it, none of which the NER sees in a name, is a description. Places, Latin names, names the NER
    tags and a post's organisation («رئیس مرکز موسیقی») keep the agency (heads marked `one_word_name` in
    org_heads.yaml keep one such word: the caller skips them then); without an NER run the rule is off."""
    if view.ner_name_tokens is None or head_end == end or complement in ("place", "country"):
        return False
    if LATIN_NAME.match(view.tokens[head_end].text) or _ends_with_place(view, head_end, end):
        return False
    if any(view.tokens[k].text in OPEN_QUOTES for k in range(head_end, end)):  # «خبرگزاری «اسپوتنیک»»
        return False
    if title_before(view, start, ("org",)):  # «رئیس مرکز موسیقی»: a post's organisation is a name
        return False
    return not any(t in view.ner_name_tokens for t in range(start, end))


# «این بانک مطلوب قلمداد شد»: a head after a demonstrative refers back to a body named before
DEMONSTRATIVES = {squash(w) for w in ("این", "آن", "همین", "همان")}
EZAFE_YE = "ی"  # written after a final vowel before a name: «شورا» → «شورای شهر قم»
VOWEL_ENDINGS = ("ا", "و")


# «این وزارتخانه»: the ministry, whose name opens with «وزارت» (a probe, session 80)
HEAD_WORDS_ALONE = {squash("وزارتخانه"): squash("وزارت")}


def same_head_word(short: str, opening: str) -> bool:
    """A head word used alone («رئیس شورا», «این شورا») is the word opening a body's name, or that word less the
    ezafe «ی» a final vowel takes before the name («شورای شهر قم»), or its long form («این وزارتخانه» of «وزارت
    …»); squashed forms."""
    return opening == short or (short.endswith(VOWEL_ENDINGS) and opening == short + EZAFE_YE) \
        or HEAD_WORDS_ALONE.get(short) == opening


def _inside_longer_ner_org(view: DocView, start: int, end: int) -> bool:
    """An ORG span of the NER covers tokens [start, end) and more: a longer name holds these words (not a team word
    before them: «تیم‌های | پرسپولیس» is the club)."""
    return any(s <= start and end <= e and (s, e) != (start, end) and not (s + 1 == start and view.sq[s] in TEAM_WORDS)
               for s, (e, _) in view.ner_orgs.items())


def ends_with_name(view: DocView, start: int, end: int, tables: Sequence) -> bool:
    """A name one of the lexicon tables holds ends the tokens start..end («… ایران», «… مازندران»)."""
    return any((hit := table.longest_at(view.sq, k, end)) is not None and hit[0] == end
               for table in tables for k in range(start, end))


def _ends_with_place(view: DocView, start: int, end: int) -> bool:
    """(with its suburbs: «… متروی تهران و حومه»)"""
    if end - start > 2 and view.sq[end - 1] == SUBURBS and view.sq[end - 2] == CONJUNCTION:
        end -= 2
    return ends_with_name(view, start, end, (view.lex.provinces, view.lex.countries))


MAX_DESK_WORDS = 3  # «خبرنگار بهداشت و درمان فارس»


def _reporter_desk(view: DocView, i: int, heads: frozenset[str] = frozenset({REPORTER})) -> bool:
    """«فارس» after «خبرنگار اجتماعی» / «خبرنگار بهداشت و درمان»: the reporter's desk names the agency's reporter
    («خبرنگار ما در فارس», «خبرنگار استان فارس» name the province); `heads`: the words opening the desk."""
    for start in range(i - 1, max(-1, i - MAX_DESK_WORDS - 2), -1):
        word = view.sq[start]
        if word in heads:
            return start < i - 1
        if word == PROVINCE or not view.is_persian_word(start) \
                or (view.is_stop(start) and not (word == CONJUNCTION and start < i - 1)):
            return False
    return False


def _in_attribution(view: DocView, i: int, lo: int, hi: int) -> bool:
    """Token i lies in «به گزارش گروه اقتصاد بین‌الملل فارس،» (before the attribution's comma)."""
    if not view.opens_with_attribution(lo, hi):
        return False
    return all(view.tokens[k].text not in COMMAS for k in range(lo, i))


def agency_span(view: DocView, start: int, end: int, kind: str, method: str, score: float) -> Span:
    """The agency named by tokens [start, end), a self-reference written as its country."""
    name = view.span_text(start, end)
    for k in range(start, end):  # «نمایندگی کشورمان» is «نمایندگی ایران»
        if view.sq[k] in view.lex.country_self_references:
            name = name.replace(view.tokens[k].text, view.lex.countries.get(view.sq[k]) or view.tokens[k].text)
    return view.make_span(start, end, "ORG", domain="agency", kind=kind, name=name, key=agency_key(name),
                          method=method, score=score)


def _club_kind(view: DocView, s: int, e: int) -> str:
    """A listed club's kind: a body's where its name opens with one («شهرداری ماهشهر»), else a club's."""
    kind = kind_of_name(view.span_text(s, e), view.lex)
    return "club" if kind == "organisation" else kind


def kind_of_name(name: str, lex: Lexicons) -> str:
    """Agency kind of a canonical name (known name first, else its head word)."""
    words = name.split()
    sq = [squash(w) for w in words]
    known = lex.known_agencies.longest_at(sq, 0)
    if known and known[0] == len(sq):
        return known[1].kind
    if sq and sq[0] in TEAM_WORDS:
        return "team"  # (no agency: the object of a coach's role, «تیم فوتبال پرسپولیس»)
    head = lex.org_heads.longest_at(sq, 0)
    return head[1].kind if head else "organisation"


def split_head(name: str, lex: Lexicons) -> tuple[list[str], int]:
    """A body's name as squashed words and how many of them are its head word(s): «باشگاه
    پرسپولیس» → 1, «جنبش جهاد اسلامی» → 1, «گروه داعش» → 1; 0 when the name opens with no head. The name less its
    head is how an article may write the body again («پرسپولیس», «جهاد اسلامی»)."""
    words = [squash(w.strip(QUOTE_CHARS)) for w in name.split()]
    words = [w for w in words if w]  # («روزنامه «الوطن»» / «الوطن»: the quotes are no part of the name)
    if words and words[0] in GROUP_WORDS:
        return words, 1
    head = lex.org_heads.longest_at(words, 0)
    return words, (head[0] if head else 0)


# the papers in the plural, in a press review's headline or lead («مهمترین عناوین خبری روزنامه‌های صبح امروز»)
PRESS_WORDS = {squash(w) for w in ("روزنامه‌ها", "روزنامه‌های", "نشریات", "مطبوعات", "هفته‌نامه‌ها", "هفته‌نامه‌های")}
PRESS_REVIEW_LEAD = 2  # sentences: the headline and the lead
PAPER_HEADER_BULLET = "*"
MAX_PAPER_NAME_TOKENS = 5  # «حیات نو اقتصادی», «هدف و اقتصاد»


def press_review_papers(view: DocView) -> list[Span]:
    """A press review heads each paper's headlines or editorial with a line «* همشهری», the paper's name alone
    (tune 1#118). The name is a newspaper there («* ایران», «* جمهوری اسلامی»), though no head word says so;
    nothing is read so outside an article whose headline or lead names the papers in the plural, and one header
    is enough: a review of one paper heads it alike («*اطلاعات», tune 3#56)."""
    lead = range(min(PRESS_REVIEW_LEAD, len(view.sentences)))
    if not any(view.sq[k] in PRESS_WORDS for s in lead for k in range(*view.sentence_bounds(s))):
        return []
    papers = []
    for sent in range(len(view.sentences)):
        lo, hi = view.sentence_bounds(sent)
        if not (2 <= hi - lo <= MAX_PAPER_NAME_TOKENS + 1 and view.tokens[lo].text == PAPER_HEADER_BULLET
                and view.whole_line(sent)):
            continue
        inner = range(lo + 2, hi - 1)  # «و» joins words inside a name only; «صبح اقتصاد», «سیاست روز» keep time words
        if all(view.is_persian_word(k) and not is_verb_like(view.tokens[k].text)
               and (view.sq[k] != CONJUNCTION or k in inner) for k in range(lo + 1, hi)):
            name = view.span_text(lo + 1, hi)
            papers.append(view.make_span(lo + 1, hi, "ORG", domain="agency", kind="news_agency", name=name,
                                         key=agency_key(name), method="pattern:press_review", score=0.8))
    return papers


def extend_over_eulogies(view: DocView, orgs: list[Span]) -> list[Span]:
    """«دانشگاه ولیعصر (عج) رفسنجان», «کمیته امداد امام خمینی (ره) استان گیلان»: the eulogy of the name a body
    bears is part of the body's name, and so is the place of the branch that may follow it. The head rule's
    complement takes them in; this extends the names other rules found (the lexicon's, the NER's). Spans inside
    the longer name (the NER's «عج», «شهرری») go."""
    extended: dict[int, Span] = {}
    for org in orgs:
        if org.domain == "agency" and eulogy_at(view, org.tok_end, EULOGIES):
            end = eulogised_place_end(view, org.tok_end + EULOGY_LENGTH, view.sent_tokens[org.sent][1])
            full = agency_span(view, org.tok_start, end, org.kind, org.method, org.score)
            full.attrs.update(org.attrs)
            extended[id(org)] = full
    return _replace_extended(orgs, extended)


def _replace_extended(orgs: list[Span], extended: dict[int, Span]) -> list[Span]:
    """`orgs` with each span whose id `extended` holds replaced by its longer span, and other spans inside a
    longer one dropped."""
    inside = {id(o) for shorter, full in extended.items() for o in orgs
              if id(o) != shorter and full.tok_start <= o.tok_start and o.tok_end <= full.tok_end}
    return [extended.get(id(o), o) for o in orgs if id(o) not in inside]


def extend_to_names_given_in_full(view: DocView, orgs: list[Span]) -> list[Span]:
    """A body the document names in full once («شرکت توسعه منابع آب و نیروی ایران», the NER's name) is that name
    wherever the same words recur: a shorter span there («شرکت توسعه منابع آب», the head rule stopping at «و»)
    takes the full name, and spans inside the rest («نیروی ایران») go."""
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for org in orgs:
        if org.domain == "agency" and org.tok_end - org.tok_start >= 3:
            by_first.setdefault(view.sq[org.tok_start], []).append(tuple(view.sq[org.tok_start:org.tok_end]))
    extended: dict[int, Span] = {}  # id of the shorter span → the span of the full name
    for org in orgs:
        candidates = by_first.get(view.sq[org.tok_start], ()) if org.domain == "agency" else ()
        longer = [len(w) for w in candidates if len(w) > org.tok_end - org.tok_start
                  and org.tok_start + len(w) <= view.sent_tokens[org.sent][1]
                  and view.words_at(org.tok_start, w)]
        if longer:
            full = agency_span(view, org.tok_start, org.tok_start + max(longer), org.kind, org.method, org.score)
            if org.attrs.get("known"):
                full.attrs["known"] = org.attrs["known"]
            extended[id(org)] = full
    return _replace_extended(orgs, extended)
