"""Title phrases: a position title and the organisation or place it attaches to.

«استاندار مازندران» → (استاندار, province مازندران); «رئیس مرکز ملی فضای مجازی» → (رئیس, agency);
«معاون وزیر بهداشت» → (معاون, وزارت بهداشت) — the nested title gives the organisation;
«وزیر بهداشت» → (وزیر, implicit «وزارت بهداشت»); «وزیر خارجه آلمان» → (وزیر خارجه, country آلمان);
«فرماندار ساری» → (فرماندار, city ساری). Up to three qualifier words may stand between the title and
its organisation («معاون سیاسی وزارت کشور», «مدیرکل بهزیستی استان مازندران»).
"""
from __future__ import annotations

from dataclasses import dataclass

from pipeline.lexicons import KnownAgency, Province, agency_key, nationality_country, squash
from pipeline.relations.complements import (CENTRAL, GENERIC_PLURALS, GOVERNED_PREPOSITIONS, TITLE_QUALIFIERS,
                                            TRAILING_PLACE_NOUNS, before_light_verb, complement_end, county_name_end)
from pipeline.relations.document import (COMMAS, FROM, OBJECT_MARKER, OPEN_QUOTES, ZWNJ_PLURAL_ENDINGS, DocView, Span,
                                         is_verb_like)
from pipeline.relations.clubs import TEAM_WORDS
from pipeline.relations.numerals import RANK_ORDINALS
from pipeline.relations.organisations import ASSEMBLY, CENTRE, DEMONSTRATIVES, MINISTRY, agency_span, same_head_word
from pipeline.relations.persons import counted_title_at
from pipeline.relations.place_nouns import (CITY, COUNTY, DIRECTIONS, FOREIGN_PROVINCES, PROVINCE, SUBCOUNTY,
                                            VILLAGE_EZAFE, ZONE, ezafe_plurals)
from pipeline.relations.places import country_span

MAX_QUALIFIERS = 8
QUALIFIER_LINKS = {squash(w) for w in ('و', 'از')}  # «معاون حقوق عامه و پیشگیری از وقوع جرم …»
# «شهرستان X»; «نماینده مردم شهرستان‌های ورامین، قرچک و پیشوا در مجلس»
# («دهیار روستای X»: a village's head; «فرماندار ایالت کالیفرنیا», «والی ولایت هرات»: a foreign province's)
PLACE_PREFIXES = {COUNTY, CITY, PROVINCE, SUBCOUNTY, VILLAGE_EZAFE, *FOREIGN_PROVINCES} | ezafe_plurals(COUNTY, CITY)
# a party between a post and its place: «سناتور جمهوریخواه آمریکا», «سناتور دموکرات ایالت ماساچوست»
PARTY_QUALIFIERS = frozenset(squash(w) for w in ("جمهوریخواه", "جمهوری‌خواه", "دموکرات", "دمکرات"))
POST_QUALIFIERS = frozenset(TITLE_QUALIFIERS | PARTY_QUALIFIERS)
# («امام جمعه شیعیان زاهدان», «امام جمعه اهل تشیع …» where both communities have one: a probe, session 80)
SECT_QUALIFIERS = {tuple(squash(w) for w in q.split())
                   for q in ("اهل سنت", "اهل تسنن", "اهل‌سنت", "شیعیان", "اهل تشیع", "اهل‌تشیع")}
IN = squash("در")
REPRESENTATIVE = squash("نماینده")
DISTRICT_GOVERNOR = squash("بخشدار")
# an envoy's title names where he is posted after «در» («سفیر ایران در ژاپن», «رایزن فرهنگی ایران در بغداد»)
POSTED_TITLES = {squash(w) for w in ("سفیر", "کاردار", "سرکنسول", "کنسول", "رایزن", "وابسته", "نماینده")}
WEIGHT_CLASS = squash("وزن")
COMPETITIONS = {squash(w) for w in ("رشته", "مسابقات", "لیگ", "رقابت‌ها", "رقابت‌های")}
MAX_ENTRANT_WORDS = 4  # «نماینده | استان یزد | در رشته جودو»
# «حمید صادقیان، مشاور خانواده», «لوریس چکناواریان رهبر ارکستر»: a profession, not a post
PROFESSIONS = {(squash("مشاور"), squash(w)) for w in ("خانواده", "تحصیلی", "ازدواج", "املاک")} | {
    (squash("رهبر"), squash("ارکستر"))}
MEMBER = squash("عضو")
FOUNDERS = {squash(w) for w in ("بنیان‌گذار", "بنیانگذار", "موسس", "مؤسس")}  # a body's founder: no staff post there
ORGAN_DONATION = {squash(w) for w in ("اهدای", "اهدا", "پیوند")}  # «اهدای عضو», «پیوند عضو»: «عضو» is an organ
TEAM_OR_CLUB = TEAM_WORDS | {squash("باشگاه")}
# words that open a body a country's name ends, besides the organisation heads («هیات اعزامی مصر»; squash unifies
# «هیئت/هیأت/هیات»); pipeline/relations/titles.py _country_complement
COUNTRY_BODY_WORDS = TEAM_WORDS | {squash("هیئت"), squash("گروه")}
COUNTRY_WORD = squash("کشور")
# squash drops the ZWNJ and unifies «هیئت/هیأت/هیات»; «هیت» is a misspelling squash leaves alone
FACULTY = {squash(w) for w in ("هیئت‌علمی", "هیت‌علمی", "هیئت‌های‌علمی")}
MAX_CONSTITUENCY_TOKENS = 16
PLACE_DESCRIPTORS = {squash(w) for w in ("مرزی", "ساحلی", "محروم")}
# words that follow a place title but describe its holder, not a place («شهردار زن», «استاندار بعدی»)
# words after a place title that are no place: «فرماندار جوان»; and the verbal nouns of a handover ceremony, whose
# light verb may stand far after them: «از حسن کریمی فرماندار سابق تقدیر | و رضا حسینی … معرفی شد»
NOT_PLACES = {squash(w) for w in ("زن", "مرد", "جوان", "بعدی", "آینده", "قبلی", "نمونه", "برتر", "خوب",
                                  "تقدیر", "تجلیل", "تشکر", "قدردانی", "تودیع", "معارفه", "معرفی", "انتخاب",
                                  "انتصاب", "منصوب")}
# bare institution words that are acceptable role objects although not listed as agencies
INSTITUTION_OBJECTS = {squash(w) for w in ("دولت", "مجلس", "ارتش", "سپاه", "کابینه", "دادگستری")}


@dataclass
class TitlePhrase:
    tok_start: int
    tok_end: int  # end of the whole phrase (title + qualifiers + object)
    title_end: int
    title: str
    obj: Span | None  # organisation / province / place / country; None when the title stands alone
    plural: bool = False  # «… به عنوان اعضای شورای …»: one post held by each name of a list


@dataclass
class SpanIndex:
    """Spans by their first token, so title parsing can look up what starts where."""

    orgs: dict[int, Span]
    provinces: dict[int, Span]
    countries: dict[int, Span]

    @classmethod
    def build(cls, orgs: list[Span], provinces: list[Span], countries: list[Span]) -> "SpanIndex":
        return cls({s.tok_start: s for s in orgs}, {s.tok_start: s for s in provinces},
                   {s.tok_start: s for s in countries})


def parse_title(view: DocView, i: int, index: SpanIndex, depth: int = 0) -> TitlePhrase | None:
    """The title phrase starting at token i, or None when no title starts there."""
    lo, hi = view.sentence_of(i)
    hit = view.lex.titles.longest_at(view.sq, i, hi)
    post = view.lex.post_nouns.longest_at(view.sq, i, hi)
    if post is not None and (hit is None or post[0] >= hit[0]) and not _names_a_person(view, post[0], hi) \
            and any(title_after_marker(view, j, hi) == i for j in (i - 2, i - 1) if j >= lo):
        # «X به سرپرستی اداره کل … منصوب شد»: the office's noun after «به», «در سمت» …, read as its title
        # (the role carries the title, «سرپرست», so one post reads the same however the text words it)
        hit = post
    if hit is None:
        return _appointed_plural(view, i, lo, hi, index)
    if depth == 0 and plural_title_before(view, i, lo) is not None:
        return None  # «معاونان وزیر کشور، X و Y»: the minister's deputies; the minister is no one named here
        # (the plural title's own phrase still reads it as its complement: plural_title_phrase)
    title_end, info = hit
    if title_end < hi and view.sq[title_end] == WEIGHT_CLASS:
        return None  # «نماینده وزن ۸۴- کیلوگرم تیم ملی»: a team's entrant in a weight class, no post
    if view.sq[i] == REPRESENTATIVE and _competition_entrant(view, title_end, hi):
        return None  # «فاطمه ابهت به عنوان نماینده استان یزد در رشته جودو»: the province's athlete, no post
    if title_end < hi and (view.sq[i], view.sq[title_end]) in PROFESSIONS:
        return None
    if info.in_names and i in view.ner_person_tokens:
        return None  # «سعید قاضی مغربی»: a surname word inside the NER's person span
    if view.sq[i] == MEMBER and _faculty_at(view, title_end, hi):
        return None  # «عضو هیئت علمی دانشگاه»: a lecturer, no post (house convention, eval/README.md)
    if _organ_at(view, i, lo):
        return None
    inner = next((j for j in range(i + 1, title_end) if j in index.orgs and index.orgs[j].domain == "agency"), None)
    if inner is not None and info.complement != "none" \
            and (shorter := view.lex.titles.longest_at(view.sq, i, inner)) is not None:
        # «رئیس دانشگاه تهران»: the lexicon's «رئیس دانشگاه» runs into the organisation; the title is «رئیس»
        # (a title naming its own body, «رئیس مجلس» → مجلس شورای اسلامی, stays whole)
        title_end, info = shorter
    if info.complement == "none" and info.implicit and _names_another_body(view, title_end, hi):
        # «رئیس مجلس سنای افغانستان» is not the Iranian speaker: read it as «رئیس» + organisation
        hit = view.lex.titles.longest_at(view.sq, i, title_end - 1)
        if hit is None:
            return None
        title_end, info = hit
    title_text = info.same_as or (info.title if hit is post else view.span_text(i, title_end))
    if info.staff:
        # «کارشناس تکثیر و پرورش ماهیان شیلات مازندران»: a staff post at a named body; «کارشناس مسائل هسته‌ای»
        # is a profession («حاکم آمریکایی عراق»: a country title of this kind needs its country; «… حاکم شود» is a verb)
        # (not past «از» or another title: «کارشناس شرق آسیا از موسسه …» is an expert from an institute,
        # «کارشناس ارشد کشاورزی و رئیس جهاد …» a profession and another post, «کارشناس … بازار نفت و بنیان‌گذار
        # موسسه …» a profession and the body's founder)
        # (past a qualifier: «پل برمر حاکم سابق آمریکا در عراق», a past post that still makes him an official)
        phrase = parse_title_at(view, i, title_end, _past_qualifiers(view, title_end, hi), hi, title_text, info, index,
                                depth)
        body = phrase.obj
        named = body is not None and (body.domain == "agency" or info.complement == body.kind == "country")
        if not named or body.tok_start < title_end \
                or any(view.sq[k] in (FROM, *FOUNDERS) or view.lex.titles.longest_at(view.sq, k, hi)
                       for k in range(title_end, body.tok_start)):
            return None
        return phrase
    kind = info.complement
    if kind in ("province", "place", "country"):
        obj_start = _past_qualifiers(view, title_end, hi)
        if info.same_as and kind == "province" and obj_start < hi and view.sq[obj_start] == IN:
            obj_start += 1 + (obj_start + 1 < hi and view.sq[obj_start + 1] == PROVINCE)  # «… دولت در استان X»
        if obj_start > title_end and (obj_start in index.provinces or obj_start in index.countries
                                      or kind == "place" or view.sq[obj_start] in FOREIGN_PROVINCES):
            phrase = parse_title_at(view, i, title_end, obj_start, hi, title_text, info, index)
            if phrase.obj is not None:
                return phrase
    return parse_title_at(view, i, title_end, title_end, hi, title_text, info, index, depth)


def _past_qualifiers(view: DocView, k: int, hi: int, qualifiers: frozenset[str] = POST_QUALIFIERS) -> int:
    """Past the words that qualify a post before its place or body («وزیر محترم کشور», «حاکم سابق آمریکا», «سناتور
    جمهوریخواه آمریکا»)."""
    while k < hi and view.sq[k] in qualifiers:
        k += 1
    return k


def plural_title_before(view: DocView, i: int, lo: int = 0) -> str | None:
    """The singular of a plural title («معاونان», «وزیران») ending right before token i, else None: what follows
    it is whose they are («معاونان | وزیر کشور»), or their field («وزیران | خارجه ایران»)."""
    for k in (i - 1, i - 2):
        if k >= lo and (plural := view.lex.plural_titles.longest_at(view.sq, k, i)) is not None and plural[0] == i:
            return plural[1]
    return None


def _names_a_person(view: DocView, k: int, hi: int) -> bool:
    """A person's name (or an honorific before one) starts at k: «هیاتی به سرپرستی علی رضایی» is led by him (the
    organisations' «به رهبری/سرپرستی X»), no post one is appointed to."""
    return k < hi and (k in view.ner_person_tokens or view.sq[k] in view.lex.given_names
                       or view.lex.honorifics.longest_at(view.sq, k, hi) is not None)


APPOINTMENT_MARKERS = {squash("به‌عنوان"), squash("بعنوان"), squash("به‌سمت"), squash("سکان")}  # («بعنوان»: a common
# spelling; «X سکان ریاست … را به دست گرفت»: the helm of a post)
MARKER_NOUNS = {squash("عنوان"), squash("سمت")}
POSITION_NOUNS = {squash("سمت"), squash("پست")}


def title_after_marker(view: DocView, k: int, hi: int) -> int | None:
    """Where the title starts after «به عنوان» / «به‌عنوان» / «بعنوان» / «به سمت» / «در سمت» / «در پست» at token k,
    or at the office's noun after «به» («به ریاست», «به سرپرستی»), else None."""
    if k < hi and view.sq[k] in APPOINTMENT_MARKERS:
        return k + 1
    if k + 1 < hi and view.sq[k] == "به" and view.sq[k + 1] in MARKER_NOUNS:
        return k + 2
    if k + 1 < hi and view.sq[k] == IN and view.sq[k + 1] in POSITION_NOUNS:
        return k + 2  # «علی رضایی در سمت مدیرکل بهزیستی …», «تا لحود در پست ریاست جمهوری بماند»
    if k + 1 < hi and view.sq[k] == "به" and view.lex.post_nouns.longest_at(view.sq, k + 1, hi):
        return k + 1  # «علی رضایی به سرپرستی اداره کل … منصوب شد»: the post itself
    return None


def _appointed_plural(view: DocView, i: int, lo: int, hi: int, index: SpanIndex) -> TitlePhrase | None:
    """«X، Y و Z به عنوان اعضای شورای سیاست‌گذاری … منصوب شدند»: a plural title right after an appointment marker
    is the singular post, held by each of the names (appointments.appointments shares it out)."""
    if not any(title_after_marker(view, j, hi) == i for j in (i - 2, i - 1) if j >= lo):
        return None
    return plural_title_phrase(view, i, index)


def plural_title_phrase(view: DocView, i: int, index: SpanIndex) -> TitlePhrase | None:
    """The phrase of a plural title at token i («اعضای شورای اسلامی شهر تهران»), read as its singular post."""
    hi = view.sentence_of(i)[1]
    plural = view.lex.plural_titles.longest_at(view.sq, i, hi) or counted_title_at(view, i, hi)  # («دو معاون صدام»)
    info = view.lex.titles.get(plural[1]) if plural else None
    if info is None:
        return None
    if squash(plural[1]) == MEMBER and _faculty_at(view, plural[0], hi):
        return None  # «اعضای هیئت علمی»: lecturers, no post
    phrase = parse_title_at(view, i, plural[0], plural[0], hi, plural[1], info, index)
    phrase.plural = True
    return phrase


def _faculty_at(view: DocView, k: int, hi: int) -> bool:
    """«هیئت علمی» / «هیات‌علمی» (one token or two) opens at k."""
    if k < hi and view.sq[k] in FACULTY:
        return True
    return k + 1 < hi and view.sq[k] + view.sq[k + 1] in FACULTY


def parse_title_at(view: DocView, i: int, title_end: int, obj_start: int, hi: int, title_text: str, info,
                   index: SpanIndex, depth: int = 0) -> TitlePhrase:
    """The title phrase of title [i, title_end) whose complement starts at obj_start."""
    kind = info.complement
    if kind == "province":
        obj = index.provinces.get(obj_start)
        if obj is None and obj_start + 1 < hi and view.sq[obj_start] == PROVINCE:
            obj = index.provinces.get(obj_start + 1)  # «استاندار استان کرمان»
        if obj is None and obj_start < hi and view.tokens[obj_start].text in ("،", ",", "و") \
                and len({p.key for p in index.provinces.values()}) == 1:
            # «عباس رضایی استاندار، محمدرضا حبیبی رئیس کل دادگستری و …»: a governor with no province, in an
            # article that names one province, is that province's
            only = next(iter(index.provinces.values()))
            obj = view.make_span(i, title_end, "LOC", domain="province", kind="province", name=only.name,
                                 key=only.key, method="pattern:article_province", score=0.7, attrs=dict(only.attrs))
            return TitlePhrase(i, title_end, title_end, title_text, obj)
        if obj is None and _foreign_region_at(view, obj_start, hi):
            # «"درید کشموله" استاندار موصل»: a governor abroad, of the region the NER tags a place
            return _place_title(view, i, obj_start, hi, title_text, index)
        return TitlePhrase(i, obj.tok_end if obj else title_end, title_end, title_text, obj)
    if kind == "place":
        phrase = _place_title(view, i, obj_start, hi, title_text, index)
        phrase.title_end = title_end
        if not info.implicit:
            return phrase
        # the body named after «در»: «نماینده مردم قم در مجلس خبرگان» (another body than the implicit one);
        # «نماینده مردم در مجلس شورای اسلامی» (no place, the implicit body itself)
        # (past the other places of a constituency: «نماینده مردم شیراز و زرقان در مجلس …»)
        body = _assembly_after(view, _past_listed_places(view, phrase.tok_end, hi) if phrase.obj is not None
                               else obj_start, hi, index)
        implied = body is not None and squash(body.attrs.get("known", body.name)) == squash(info.implicit)
        if body is not None and implied == (phrase.obj is None):
            return TitlePhrase(i, body.tok_end, title_end, title_text, body)
        if phrase.obj is not None:  # «نماینده مردم شوش (در مجلس)»: the phrase runs to the body it names
            phrase.obj = _implicit(view, i, title_end, info.implicit)
            phrase.tok_end = body.tok_end if implied else phrase.tok_end
        return phrase
    if kind == "country":
        obj = index.countries.get(obj_start)
        # «رئیس‌جمهور کشورش», «رئیس جمهور این کشور»: another country than the implicit one («کشورمان» is Iran)
        elsewhere = obj_start < hi and (view.sq[obj_start] in DEMONSTRATIVES
                                        or (view.sq[obj_start].startswith(COUNTRY_WORD)
                                            and view.sq[obj_start] != COUNTRY_WORD
                                            and view.sq[obj_start] not in view.lex.country_self_references))
        government = index.orgs.get(obj_start)
        if obj is None and government is not None and government.kind == "government" \
                and government.attrs.get("known"):
            # «نخست‌وزیر حکومت اقلیم کردستان عراق»: a government the lexicon knows is the post's body, not the
            # country ending its name (a probe, session 79)
            return TitlePhrase(i, government.tok_end, title_end, title_text, government)
        if obj is None and (later := _country_ending_complement(view, obj_start, hi, index)) is not None:
            # «دادستان کل دولت نجات ملی یمن»: words before a country name its body, or qualify the post
            return _country_complement(view, i, title_end, later, title_text, index.countries[later])
        if obj is None and _points_to_a_country(view, obj_start, hi) \
                and (named := _country_named_before(view, i, index)) is not None:
            # «با سفر هیئتی از ترکیه، اردوغان رئیس‌جمهور این کشور …»: the country named last before
            return TitlePhrase(i, obj_start + 2, title_end, title_text, named)
        if obj is None and (state := _state_at(view, obj_start, hi)) is not None:
            # «رند پاول سناتور ایالت فلوریدا» (tune 3#223): a state is the place of a country's post
            inner = _place_title(view, i, state, hi, title_text, index)
            if inner.obj is not None:
                return TitlePhrase(i, inner.tok_end, title_end, title_text, inner.obj)
        if obj is None and obj_start < hi and (country := nationality_country(view.lex, view.sq[obj_start])):
            # «کیت باند سناتور آمریکایی»: a nationality after the title is its country
            obj = country_span(view, obj_start, obj_start + 1, country, "pattern:nationality", 0.8)
            return TitlePhrase(i, obj.tok_end, title_end, title_text, obj)
        if obj is None and info.implicit and not elsewhere and (obj := _unlisted_country(view, obj_start, hi)):
            return TitlePhrase(i, obj.tok_end, title_end, title_text, obj)  # (not the implicit country)
        if obj is None and info.implicit and not elsewhere:
            # («دادستان کل کشور»: «کشور» alone is the national post, the implicit body's)
            end = obj_start + 1 if obj_start < hi and view.sq[obj_start] == COUNTRY_WORD else title_end
            return TitlePhrase(i, end, title_end, title_text, _implicit(view, i, title_end, info.implicit))
        return _with_posting(view, TitlePhrase(i, obj.tok_end if obj else title_end, title_end, title_text, obj),
                             hi, index)
    if kind == "ministry":
        return _ministry_title(view, i, title_end, hi, title_text, index)
    if kind == "none":
        obj = _implicit(view, i, title_end, info.implicit) if info.implicit else None
        return TitlePhrase(i, title_end, title_end, title_text, obj)
    return _with_posting(view, _org_title(view, i, title_end, hi, title_text, index, depth), hi, index)


def _state_at(view: DocView, k: int, hi: int) -> int | None:
    """Where «ایالت/ولایت» opens at k, past a party and «از» («سناتورهای جمهوریخواه از ایالت میسوری»), else None."""
    k = _past_qualifiers(view, k, hi, PARTY_QUALIFIERS)
    k += k < hi and view.sq[k] == FROM
    return k if k + 1 < hi and view.sq[k] in FOREIGN_PROVINCES else None


def _points_to_a_country(view: DocView, k: int, hi: int) -> bool:
    """«این/همین کشور» at token k."""
    return k + 1 < hi and view.sq[k] in DEMONSTRATIVES and view.sq[k + 1] == COUNTRY_WORD


def _country_named_before(view: DocView, i: int, index: SpanIndex) -> Span | None:
    """The country named last before the title at token i in its sentence; None when none is. (Not the sentence
    before: measured, tune gives one more wrong role and no right one — a nearby sentence often names another
    country than the one meant.)"""
    sent = view.tokens[i].sent
    # (a country inside a news agency's name is the source's, not the subject's: «به گزارش خبرگزاری فرانسه از
    # کاراکاس، … مادورو رئیس‌جمهوری این کشور» is not France's president)
    inside_names = {t for o in index.orgs.values() if o.kind == "news_agency" for t in range(o.tok_start, o.tok_end)}
    before = [c for c in index.countries.values() if c.tok_end <= i and view.tokens[c.tok_start].sent == sent
              and c.tok_start not in inside_names]
    return max(before, key=lambda c: c.tok_start) if before else None


def _with_posting(view: DocView, phrase: TitlePhrase, hi: int, index: SpanIndex) -> TitlePhrase:
    """The phrase of an envoy's title with a country («سفیر ایران», «رایزن فرهنگی ایران») runs on to where he is
    posted (`_posting_end`); any other phrase as it is."""
    if phrase.obj is not None and phrase.obj.kind == "country" and view.sq[phrase.tok_start] in POSTED_TITLES:
        phrase.tok_end = _posting_end(view, phrase.tok_end, hi, index)
    return phrase


def _posting_end(view: DocView, k: int, hi: int, index: SpanIndex) -> int:
    """«سفیر ایران | در ژاپن», «نماینده ایران | در آژانس»: where an envoy is posted belongs to the title phrase, so a name after it is the
    envoy («سفیر ایران در ژاپن، پیمان سعادت، …»); the post stays the sending country's. k otherwise."""
    if k + 1 >= hi or view.sq[k] != IN:
        return k
    if k + 1 in index.countries:
        return index.countries[k + 1].tok_end
    capital = view.lex.capitals.longest_at(view.sq, k + 1, hi)
    if capital is not None:
        return capital[0]
    body = index.orgs.get(k + 1)  # «نماینده دائم ایران در سازمان ملل، مجید تخت‌روانچی»: posted to a world body
    if body is not None and body.domain == "agency" and body.kind == "international":
        return body.tok_end
    return view.ner_places.get(k + 1, k)


def _competition_entrant(view: DocView, k: int, hi: int) -> bool:
    """The words from k on, a place or a team, lead to «در» and a competition («… در رشته جودو», «… در لیگ
    قهرمانان»): an entrant in it."""
    for j in range(k, min(hi - 1, k + MAX_ENTRANT_WORDS + 1)):
        if view.sq[j] == IN:
            return j > k and view.sq[j + 1] in COMPETITIONS
        if view.tokens[j].text in COMMAS or view.is_stop(j):
            return False
    return False


def _country_ending_complement(view: DocView, k: int, hi: int, index: SpanIndex) -> int | None:
    """Where a country name starts that ends the words from k on («دولت نجات ملی یمن»), if within a few words
    and nothing stops them (a stop word, a name, another title) before it."""
    for j in range(k, min(hi, k + MAX_QUALIFIERS)):
        if j in index.countries:
            return j if j > k else None
        if view.is_stop(j) or not view.is_persian_word(j) or j in view.ner_person_tokens \
                or view.lex.titles.longest_at(view.sq, j, hi):
            return None
    return None


def _unlisted_country(view: DocView, k: int, hi: int) -> Span | None:
    """«رئیس‌جمهور آذربایجان», «وزیر خارجه آذربایجان»: a place the NER tags right after a country's title, and no
    province, city or capital the lexicons know («رئیس‌جمهور تهران را ترک کرد»), is a country the lexicon lists only
    by a longer name («جمهوری آذربایجان»)."""
    lex = view.lex
    if k >= hi or k not in view.ner_places \
            or any(table.longest_at(view.sq, k, hi) for table in (lex.provinces, lex.places, lex.capitals)):
        return None
    end = min(view.ner_places[k], hi)
    return country_span(view, k, end, view.span_text(k, end), "pattern:ner_country", 0.7)


def _organ_at(view: DocView, k: int, lo: int) -> bool:
    """«عضو» at k is a body's organ, no member («رئیس تیم اهدای عضو استان همدان», tune 1#236)."""
    return view.sq[k] == MEMBER and k > lo and view.sq[k - 1] in ORGAN_DONATION


def _names_another_body(view: DocView, k: int, hi: int) -> bool:
    """The words after an implicit-body title continue a name («رئیس مجلس سنای …», «رئیس مجلس دانمارک»)."""
    if k >= hi or view.is_stop(k) or not view.is_persian_word(k) or is_verb_like(view.tokens[k].text):
        return False
    lex = view.lex
    if view.sq[k] in lex.given_names or lex.honorifics.longest_at(view.sq, k, hi) or lex.titles.longest_at(view.sq, k, hi):
        return False  # «رئیس مجلس علی لاریجانی», «رئیس مجلس و …»
    return k not in view.ner_starts or lex.countries.longest_at(view.sq, k, hi) is not None


def _implicit(view: DocView, start: int, end: int, name: str) -> Span:
    if view.lex.countries.get(squash(name)):  # «رئیس‌جمهور» alone: the agency's own country's president
        return country_span(view, start, end, name, "pattern:implicit", 0.7, implicit=True)
    return view.make_span(start, end, "ORG", kind="implicit", name=name, key=agency_key(name),
                          method="pattern:implicit", score=0.7, attrs={"implicit": True})


def _foreign_region_at(view: DocView, k: int, hi: int) -> bool:
    """A word the NER tags as a name (not a person) that is no Iranian province, Iranian place (a provincial capital
    among them: «استاندار اهواز» would be Khuzestan's) or country."""
    if k >= hi or view.ner_name_tokens is None or k not in view.ner_name_tokens or k in view.ner_person_tokens:
        return False
    return not any(table.longest_at(view.sq, k, hi) for table in (view.lex.places, view.lex.provinces,
                                                                    view.lex.countries))


def _place_title(view, i, title_end, hi, title_text, index) -> TitlePhrase:
    k = title_end
    sect = next((len(q) for q in SECT_QUALIFIERS if view.words_at(k, q)), 0)
    k += sect  # «امام جمعه اهل سنت نقده»
    if k + 1 < hi and view.sq[k] == IN and view.sq[i] == REPRESENTATIVE and k + 1 in index.orgs \
            and index.orgs[k + 1].domain == "agency":
        # «نماینده ولی‌فقیه در سپاه علی بن ابیطالب (ع)»: the Leader's representative in a body, not at a place
        obj = index.orgs[k + 1]
        return TitlePhrase(i, obj.tok_end, title_end, title_text, obj)
    if k + 1 < hi and view.sq[k] == IN and (view.sq[k + 1] in PLACE_PREFIXES or k + 1 in index.countries
                                            or view.lex.provinces.longest_at(view.sq, k + 1, hi)):
        k += 1  # «نماینده ولی‌فقیه در استان فارس»
        if view.sq[k] in PLACE_PREFIXES and k + 1 < hi and view.joins_list(k + 1):
            # «نماینده ولی فقیه در استان و امام جمعه بوشهر»: the province unnamed; the phrase still ends there,
            # so the coordinated title after it is found
            return TitlePhrase(i, k + 1, title_end, title_text, _province_of_next_title(view, k, hi))
    if k + 1 < hi and view.sq[k] in DIRECTIONS and view.sq[k + 1] in PLACE_PREFIXES:
        # «فرمانده انتظامی غرب استان تهران»: a part of a province is the place
        inner = _place_title(view, i, k + 1, hi, title_text, index)
        if inner.obj is not None:
            obj = _place_object(view, k, inner.obj.tok_end, view.span_text(k, inner.obj.tok_end))
            return TitlePhrase(i, inner.obj.tok_end, title_end, title_text, obj)
    if k + 1 < hi and view.sq[k] == CENTRE:
        return _seat_title(view, i, title_end, k, hi, title_text)
    central = k + (k + 1 < hi and view.sq[k] == SUBCOUNTY)  # («بخشدار (بخش) مرکزی تایباد»)
    if view.sq[i] == DISTRICT_GOVERNOR and central + 1 < hi and view.sq[central] == CENTRAL:
        return _central_district_title(view, i, title_end, central, hi, title_text)
    # a place name of several words («بندر انزلی», «مسجد سلیمان»; «خطیب جمعه شهر کرد»: «شهر» opens the name,
    # it is no prefix), else after a place prefix («شهرستان مسجد سلیمان»)
    place = view.lex.places.longest_at(view.sq, k, hi)
    if place is None and k < hi and view.sq[k] in PLACE_PREFIXES:
        k += 1
        k += k + 1 < hi and view.tokens[k].text in OPEN_QUOTES  # «ایالت "میسوری"» (tune 2#220)
        if k + 1 < hi and view.sq[k] in PLACE_DESCRIPTORS:
            k += 1  # «فرماندار شهرستان مرزی مریوان»
        place = view.lex.places.longest_at(view.sq, k, hi)
    province = view.lex.provinces.longest_at(view.sq, k, hi)
    listed = place is not None and (province is None or place[0] > province[0])  # «گیلان غرب» is no «گیلان»
    if not listed and k < hi and k in index.countries:
        obj = index.countries[k]
        return TitlePhrase(i, obj.tok_end, title_end, title_text, obj)
    if listed or province:
        end = place[0] if listed else province[0]
    else:  # one word that can be a place name
        end = k + 1 if (k < hi and view.is_persian_word(k) and not view.is_stop(k)
                        and view.sq[k] not in GENERIC_PLURALS and view.sq[k] not in NOT_PLACES
                        and not view.lex.titles.longest_at(view.sq, k, hi)
                        and not view.lex.honorifics.longest_at(view.sq, k, hi)
                        and view.sq[k] not in view.lex.given_names and not _predicate_noun(view, k, hi)) else k
    if end == k:
        return TitlePhrase(i, title_end, title_end, title_text, None)
    if view.sq[k] == ZONE and end < hi:  # «شهردار منطقه ۶ تهران»: the district and its city
        end = min(hi, end + 1)
        if end < hi and view.is_persian_word(end) and not view.is_stop(end):
            end += 1
    name = view.span_text(k, end)
    if province and not listed and (province[1].bare == "always" or (k > title_end and view.sq[k - 1] == PROVINCE)):
        # «نماینده ولی‌فقیه در گیلان», «فرمانده انتظامی استان چهارمحال و بختیاری»: the province itself, so the role
        # points at the province's entity (not «شهردار قم» or «امام جمعه تهران»: a capital alone is the city)
        return TitlePhrase(i, end, title_end, title_text, _place_object(view, k, end, name, province[1]))
    obj = _place_object(view, k, end, name)
    return TitlePhrase(i, end, title_end, title_text, obj)


def _place_object(view: DocView, start: int, end: int, name: str, province: Province | None = None) -> Span:
    """A place title's object on tokens start:end: a province's entity, or a city (a district …) keyed by its name."""
    if province is not None:
        return view.make_span(start, end, "LOC", kind="province", name=name, key=f"province:{province.iso}",
                              method="pattern:title", score=0.7, attrs={"iso_code": province.iso})
    return view.make_span(start, end, "LOC", kind="city", name=name, key=f"LOC:{squash(name)}", method="pattern:title",
                          score=0.7)


def _province_of_next_title(view: DocView, k: int, hi: int) -> Span | None:
    """«نماینده ولی‌فقیه در استان و امام جمعه بوشهر» (tune 3#244, 1#119), «… و امام جمعه رشت»: the unnamed «استان»
    at k is the province whose name or capital the coordinated title's place is; None for a county or another
    place."""
    title = view.lex.titles.longest_at(view.sq, k + 2, hi) if view.sq[k] == PROVINCE else None
    if title is None:
        return None
    place = title[0]
    while place < hi and view.sq[place] in TITLE_QUALIFIERS:
        place += 1
    province = view.lex.provinces.longest_at(view.sq, place, hi) \
        or view.lex.province_capitals.longest_at(view.sq, place, hi)
    if province is None:
        return None
    return _place_object(view, k, k + 1, province[1].canonical, province[1])


def _central_district_title(view: DocView, i: int, title_end: int, k: int, hi: int, title_text: str) -> TitlePhrase:
    """«بخشدار مرکزی تایباد» (tune 2#186): the county's central district («بخش مرکزی تایباد»), not the province
    «مرکزی»; the county's name (one word or a longer place the lexicon knows) follows «مرکزی» at k, or «شهرستان»
    and then the name («بخشدار مرکزی شهرستان نور»)."""
    start = k + 1 + (k + 2 < hi and view.sq[k + 1] == COUNTY)
    end = county_name_end(view, start, hi)
    if end == start:
        return TitlePhrase(i, k + 1, title_end, title_text, None)
    name = f"بخش {view.span_text(k, end)}"
    obj = _place_object(view, k, end, name)
    return TitlePhrase(i, end, title_end, title_text, obj)


def _seat_title(view: DocView, i: int, title_end: int, k: int, hi: int, title_text: str) -> TitlePhrase:
    """«دادستان عمومی و انقلاب مرکز استان کرمانشاه», «… مرکز کرمانشاه»: the seat of a province or county is the
    place, named with its province or county; «… مرکز استان» alone names no place, and «مرکز» is no city."""
    seat_word = view.sq[k + 1] in (PROVINCE, COUNTY)
    start = k + 2 if seat_word else k + 1
    if view.sq[k + 1] == COUNTY:
        end = county_name_end(view, start, hi)
    else:
        named = view.lex.provinces.longest_at(view.sq, start, hi)
        end = named[0] if named else start
    if end == start:
        return TitlePhrase(i, start if seat_word else title_end, title_end, title_text, None)
    name = view.span_text(k, end)
    obj = _place_object(view, k, end, name)
    return TitlePhrase(i, end, title_end, title_text, obj)


def _predicate_noun(view: DocView, k: int, hi: int) -> bool:
    """«… به عنوان فرماندار جدید معرفی شد»: a word the NER sees in no name, right before a verb, is its predicate
    noun, not the place of the post (an NER place stays one: «فرماندار بابل شد»; a speech verb takes no
    predicate noun: «امام جمعه ایوان گفت»)."""
    named = view.ner_name_tokens is not None and k in view.ner_name_tokens
    return not named and before_light_verb(view, k, hi)


def _ministry_title(view, i, title_end, hi, title_text, index) -> TitlePhrase:
    start = title_end + (title_end < hi and view.sq[title_end] in TITLE_QUALIFIERS)  # «وزیر محترم | کشور»
    probe = [squash(MINISTRY)] + view.sq[start:hi]
    known = view.lex.known_agencies.longest_at(probe, 0)
    if known:
        end = start + known[0] - 1
    else:
        end = complement_end(view, start, hi)
        # a country at the end names whose minister: «وزیر خارجه آلمان»
        for k in range(start, end):
            if k in index.countries and index.countries[k].tok_end == end:
                end = k
                break
    country = index.countries.get(end) or _unlisted_country(view, end, hi)
    if country is None and end > start:
        # «عادل الجبیر وزیر خارجه سعودی»: a nationality after the field names whose minister, as a country does
        # (the field's complement may have taken it in: «وزیر دفاع آمریکایی»)
        at = end if end < hi and nationality_country(view.lex, view.sq[end]) else end - 1
        if at > start and (adjective := nationality_country(view.lex, view.sq[at])):
            end = at
            country = country_span(view, at, at + 1, adjective, "pattern:nationality", 0.8)
    # (the title as written, less a praise word: «وزیر محترم خارجه آلمان» is «وزیر خارجه»)
    written = view.span_text(i, end) if start == title_end \
        else f"{view.span_text(i, title_end)} {view.span_text(start, end)}"
    if country is not None:
        return TitlePhrase(i, country.tok_end, end, written, country)
    if end > start and _points_to_a_country(view, end, hi):
        # «… مقامات ارشد آمریکا از جمله دونالد رامسفلد وزیر دفاع این کشور»: the country named before; with none,
        # no body — never the implicit Iranian ministry («جانشین رکس تیلرسون وزیر خارجه این کشور», where the
        # country is the one Trump heads, named in no sentence near)
        return TitlePhrase(i, end + 2, end, written, _country_named_before(view, i, index))
    if end == start:
        return TitlePhrase(i, title_end, title_end, title_text, None)
    name = f"{MINISTRY} {view.span_text(start, end)}"
    obj = view.make_span(start, end, "ORG", kind="ministry", name=name, key=agency_key(name),
                         method="pattern:implicit", score=0.75, attrs={"implicit": True})
    return TitlePhrase(i, end, title_end, title_text, obj)


def _body_after_bare_head(view: DocView, org: Span, index: SpanIndex, i: int) -> Span:
    """«رئیس سازمان بنیاد شهید و امور ایثارگران استان کردستان»: a head word alone, right before a known body,
    repeats that body's kind; the body is the post's organisation. With no body after it, the head word alone
    is the one body of that head the article named before the title («دانشگاه ارومیه» … «رحیم حب‌نقی رئیس
    دانشگاه»), if it named one: names that share their first two words are one body written two ways («کانون
    انجمنهای صنفی حمل و نقل» / «کانون انجمنهای صنفی موسسات و …», the last one named is taken), while «باشگاه
    شاهین» and «باشگاه پرسپولیس» are two, and the head word alone then names neither."""
    if org.domain is not None or not org.attrs.get("bare_head") or org.attrs.get("generic"):
        return org
    body = index.orgs.get(org.tok_end)
    if body is not None and body.domain == "agency":
        return body
    named = {o.key: o for o in sorted(index.orgs.values(), key=lambda o: o.tok_start)
             if o.domain == "agency" and o.tok_end <= i and same_head_word(view.sq[org.tok_start], view.sq[o.tok_start])}
    bodies = list(named.values())
    if len(bodies) == 1:
        return bodies[0]
    if not bodies:
        return _inner_body_named_before(view, i, org.tok_start, index) or org
    one_body = len({tuple(view.sq[o.tok_start:o.tok_start + 2]) for o in bodies}) == 1 \
        and all(o.tok_end - o.tok_start >= 2 for o in bodies)
    return max(bodies, key=lambda o: o.tok_start) if one_body else org


def _org_title(view, i, title_end, hi, title_text, index, depth) -> TitlePhrase:
    if squash(title_text) == REPRESENTATIVE and (mp := _constituency_then_parliament(view, title_end, hi, index)):
        return TitlePhrase(i, mp.tok_end, title_end, title_text, mp)
    if squash(title_text) == REPRESENTATIVE and (end := _constituency_end(view, title_end, hi, index)):
        # «سوال مطورزاده نماینده خرمشهر از وزیر …» in an article about «مجلس»: a seat in the parliament
        return TitlePhrase(i, end, title_end, title_text, parliament_seat(view, i, title_end))
    k = title_end
    while k < hi and k - title_end <= MAX_QUALIFIERS:
        if k in index.orgs:
            obj = _body_after_bare_head(view, index.orgs[k], index, i)
            end = obj.tok_end if obj.tok_start >= k else index.orgs[k].tok_end  # (a body named before: the head's end)
            # «معاون فرهنگی بنیاد شهید | استان | نیز گفت»: the province's office; its name leaves the bare place
            # noun out, the phrase takes it, so what follows the phrase is read after it
            if end < hi and view.sq[end] in TRAILING_PLACE_NOUNS \
                    and not (end + 1 < hi and view.is_persian_word(end + 1) and not view.is_stop(end + 1)):
                end += 1
            return TitlePhrase(i, end, title_end, title_text, obj)
        if k > title_end and view.joins_list(k) and k + 1 < hi \
                and (shared := _same_title_after(view, k + 1, title_text, index, depth)) is not None:
            # «معاون سیاسی و معاون توسعه مدیریت وزارت کشور»: the same title again after a field is a second post,
            # coordinated after this one, at the body both share (not the deputy of the second deputy)
            return TitlePhrase(i, k, title_end, title_text, shared)
        if view.tokens[k].text in COMMAS and k > title_end and k + 1 < hi and view.is_persian_word(k + 1) \
                and not view.lex.titles.longest_at(view.sq, k + 1, hi):
            # a list of qualifiers: «معاون فرهنگی، اجتماعی و گردشگری سازمان …», «معاون سیاسی، امنیتی استاندار …»
            k += 1
            continue
        if depth < 2 and view.lex.titles.longest_at(view.sq, k, hi) \
                and not _organ_at(view, k, title_end):
            nested = parse_title(view, k, index, depth + 1)
            # («سوال … نماینده فردوس و طبس از وزیر امور خارجه»: a post «از» leads to is whom one addresses)
            if nested is not None and nested.obj is not None and view.sq[k - 1] != FROM:
                return TitlePhrase(i, nested.tok_end, title_end, title_text, _office_of(view, nested))
            if nested is not None and k == title_end:
                # «معاون وزیر و رئیس سازمان امور عشایر»: the minister's deputy, the ministry unnamed — the phrase
                # takes the nested title in, so a title coordinated after it is read as the same person's
                return TitlePhrase(i, nested.tok_end, title_end, title_text, None)
            return TitlePhrase(i, title_end, title_end, title_text, None)
        if k in index.countries:
            return _country_complement(view, i, title_end, k, title_text, index.countries[k])
        if k in index.provinces:
            prov = index.provinces[k]
            body_start = title_end + (view.sq[title_end] in TITLE_QUALIFIERS)
            if k == body_start or view.sq[k - 1] == PROVINCE and k - 1 == body_start:
                return TitlePhrase(i, prov.tok_end, title_end, title_text, prov)
            # «مدیرکل بهزیستی استان مازندران»: the qualifiers and the province name the body
            name = view.span_text(body_start, prov.tok_end)
            obj = view.make_span(body_start, prov.tok_end, "ORG", domain="agency", kind="organisation", name=name,
                                 key=agency_key(name), method="pattern:title_complement", score=0.7)
            return TitlePhrase(i, prov.tok_end, title_end, title_text, obj)
        if view.sq[k] in DEMONSTRATIVES and k + 1 < hi and (named := _named_before(view, i, k + 1, index)):
            return TitlePhrase(i, k + 2, title_end, title_text, named)  # «عضو هیئت مدیره این جشنواره»
        if view.sq[k] in QUALIFIER_LINKS and k > title_end and _links_qualifiers(view, k):
            k += 1
            continue
        if k == title_end and view.sq[k] in TITLE_QUALIFIERS:
            k += 1  # «رئیس جدید سازمان حفاظت از محیط‌زیست …»
            continue
        if view.is_stop(k) or not view.is_persian_word(k) or view.lex.honorifics.longest_at(view.sq, k, hi) \
                or _given_name_opens(view, k, hi, index) or k in view.ner_person_tokens:
            break  # (a name ends the qualifiers: «مربی تورنتو و داروین هام مربی میلواکی» is two people's posts)
        k += 1
    return TitlePhrase(i, title_end, title_end, title_text, None)


def _same_title_after(view: DocView, k: int, title_text: str, index: SpanIndex, depth: int) -> Span | None:
    """The body of the same title starting at k when it names one (through a run of them: «معاون سیاسی، معاون
    عمرانی و معاون توسعه مدیریت وزارت کشور»), else None."""
    if depth >= 2 or view.sq[k] != squash(title_text.split()[0]):
        return None
    nested = parse_title(view, k, index, depth + 1)
    if nested is None or nested.obj is None or squash(nested.title) != squash(title_text):
        return None
    return _office_of(view, nested)


def _country_complement(view: DocView, i: int, title_end: int, k: int, title_text: str, country: Span) -> TitlePhrase:
    """«سفیر ایران», «نماینده تام‌الاختیار روسیه»: the country. A body word among the qualifiers names a body of
    that country instead, from that word on, as a province's does above («رئیس گروه دوستی پارلمانی ایران و
    روسیه», «رئیس هیات اعزامی مصر», «سرمربی پرتغالی تیم ملی ایران»: a team, the object of a coach's role but no
    agency); a plural among them names several, so no one body («رهبر حوثی‌های یمن», «نماینده تیم‌های …»)."""
    for j in range(title_end, k):
        if view.tokens[j].text.endswith(ZWNJ_PLURAL_ENDINGS):
            return TitlePhrase(i, country.tok_end, title_end, title_text, None)
        head = view.lex.org_heads.longest_at(view.sq, j, k)
        if view.sq[j] in COUNTRY_BODY_WORDS or head:
            if view.sq[j] in TEAM_WORDS:
                name = view.span_text(j, country.tok_end)
                body = view.make_span(j, country.tok_end, "ORG", kind="team", name=name, key=agency_key(name),
                                      method="pattern:title_complement", score=0.7, attrs={"team": True})
            else:  # («سفیر نمایندگی کشورمان» → «نمایندگی ایران»)
                kind = head[1].kind if head else "organisation"
                body = agency_span(view, j, country.tok_end, kind, "pattern:title_complement", 0.7)
            return TitlePhrase(i, country.tok_end, title_end, title_text, body)
    return TitlePhrase(i, country.tok_end, title_end, title_text, country)


def _named_before(view: DocView, i: int, head: int, index: SpanIndex) -> Span | None:
    """«مدیر این مرکز», «رئیس جدید این حزب»: the agency named last before token i whose name opens with the word at
    `head` — the body the demonstrative points back to; None when the word opens no earlier agency's name."""
    before = [o for start, o in index.orgs.items() if o.tok_end <= i and o.domain == "agency"
              and same_head_word(view.sq[head], view.sq[start])]
    if before:
        return max(before, key=lambda o: o.tok_start)
    return _inner_body_named_before(view, i, head, index)


def _inner_body_named_before(view: DocView, i: int, head: int, index: SpanIndex) -> Span | None:
    """«مجمع عمومی فدراسیون کشتی برگزار شد و X به ریاست این فدراسیون انتخاب شد»: with no earlier name opening with
    the word, the body inside the last earlier name that does («فدراسیون کشتی», a unit's parent), from a head word
    of the lexicon on."""
    for o in sorted(index.orgs.values(), key=lambda o: -o.tok_start):
        if o.tok_end > i or o.domain != "agency":
            continue
        for j in range(o.tok_start + 1, o.tok_end - 1):
            found = same_head_word(view.sq[head], view.sq[j]) and view.lex.org_heads.longest_at(view.sq, j, o.tok_end)
            if found:
                return agency_span(view, j, o.tok_end, found[1].kind, "pattern:title_complement", 0.7)
    return None


def _links_qualifiers(view: DocView, k: int) -> bool:
    """«و», or «از» after the verbal noun that governs it, joins a title's qualifiers at k («معاون حقوق عامه و
    پیشگیری از وقوع جرم …»); another «از» leaves the title: «مدیر نشر نگارینه | از اعضای شورای نظارتی …»."""
    return view.sq[k] != FROM or (view.sq[k - 1], FROM) in GOVERNED_PREPOSITIONS


def _given_name_opens(view: DocView, k: int, hi: int, index: SpanIndex) -> bool:
    """A given name at k opens a person's name, unless a title, a body or «و» follows it: then it is the
    adjective it also spells («مشاور هنری رییس‌جمهور», «معاون فرهنگی و هنری سازمان …»)."""
    if view.sq[k] not in view.lex.given_names:
        return False
    nxt = k + 1
    return not (nxt < hi and (view.sq[nxt] in QUALIFIER_LINKS or nxt in index.orgs
                              or view.lex.titles.longest_at(view.sq, nxt, hi)))


def _office_of(view: DocView, nested: TitlePhrase) -> Span:
    """«معاون شهردار تهران»: a deputy of a place's office holder works at the office («شهرداری تهران»), not at
    the place; other nested objects («معاون وزیر بهداشت» → وزارت بهداشت) are the body already."""
    return office_of(view, nested.title, nested.obj, nested.tok_start, nested.tok_end)


def office_of(view: DocView, title: str, obj: Span, tok_start: int | None = None, tok_end: int | None = None) -> Span:
    """The office a place's office holder acts for: «استاندار گیلان» → «استانداری گیلان», «شهردار رشت» →
    «شهرداری رشت» (a governorate or municipality head in org_heads.yaml, the title plus «ی»); any other object
    as it is. The span lies on tok_start:tok_end, by default the object's own tokens."""
    head = view.lex.org_heads.get(title + "ی")
    if obj.label != "LOC" or head is None or head.kind not in ("governorate", "municipality"):
        return obj
    name = f"{title}ی {obj.name}"
    start = obj.tok_start if tok_start is None else tok_start
    end = obj.tok_end if tok_end is None else tok_end
    return view.make_span(start, end, "ORG", domain="agency", kind=head.kind, name=name,
                          key=agency_key(name), method="pattern:title_complement", score=0.7)


def _constituency_then_parliament(view, k: int, hi: int, index: SpanIndex) -> Span | None:
    """«نماینده سوادکوه، سوادکوه شمالی، قائمشهر، جویبار و سیمرغ در مجلس شورای اسلامی»: place names, then
    «در» and the parliament (a constituency list may be longer than the usual qualifiers)."""
    for j in range(k + 1, min(hi - 1, k + MAX_CONSTITUENCY_TOKENS)):
        if view.sq[j] == IN:
            body = index.orgs.get(j + 1)
            return body if body is not None and body.kind == "parliament" and body.domain == "agency" else None
        if not view.joins_list(j) and \
                (view.is_stop(j) or not view.is_persian_word(j) or is_verb_like(view.tokens[j].text)):
            return None
    return None


def _constituency_end(view, k: int, hi: int, index: SpanIndex) -> int | None:
    """«نماینده خرمشهر», «نماینده تهران، ری، شمیرانات و اسلامشهر»: the end of the places after a bare «نماینده»
    in an article that names «مجلس» (and a parliament in the lexicon), else None. The first word must be a known
    place (a province, a listed place name or an NER place, no country); a body named after «در» is left to the
    caller («نماینده تهران در شورای عالی استان‌ها»)."""
    if k >= hi or k in index.countries:
        return None
    place = view.lex.provinces.longest_at(view.sq, k, hi) or view.lex.places.longest_at(view.sq, k, hi)
    if place is not None:
        end = place[0]
    elif k in view.ner_places and view.is_persian_word(k):
        end = view.ner_places[k]  # («نماینده استان گلستان در مجلس خبرگان»: the whole NER place, then «در»)
    else:
        return None
    end = _past_listed_places(view, end, hi)
    return None if (end < hi and view.sq[end] == IN) or parliament_of_article(view) is None else end


def _past_listed_places(view: DocView, end: int, hi: int) -> int:
    """Past the one-word places listed after a constituency's first place, which ends at `end` («تهران، ری، شمیرانات
    و اسلامشهر»); not into a title or a person («… شیراز و عضو کمیسیون …»)."""
    while end + 1 < hi and view.joins_list(end) and view.is_persian_word(end + 1) and not view.is_stop(end + 1) \
            and not view.lex.titles.longest_at(view.sq, end + 1, hi) and end + 1 not in view.ner_person_tokens:
        end += 2
    return end


def parliament_of_article(view: DocView) -> KnownAgency | None:
    """The lexicon's parliament («مجلس شورای اسلامی») when the article names «مجلس», else None: members listed by
    constituency only («نماینده خرمشهر», «نمایندگان فردوس، کلاله …») hold their seat there (house convention)."""
    return view.lex.known_agencies.get(ASSEMBLY) if ASSEMBLY in view.sq else None


def parliament_seat(view: DocView, start: int, end: int) -> Span:
    """The article's parliament as the object of a representative's title at [start, end) that names only
    constituencies («نماینده خرمشهر», «نمایندگان تبریز، اهر … و قزوین»); one builder for both (the caller has
    checked parliament_of_article). Like other implicit objects it has no domain: it is named by the house
    convention, not written, so it stays out of the document's agency merges (the entities' `lexicon_name`
    groups it with the «مجلس» the article writes)."""
    parliament = parliament_of_article(view)
    return view.make_span(start, end, "ORG", kind=parliament.kind, name=parliament.name,
                          key=agency_key(parliament.name), method="pattern:constituency", score=0.7,
                          attrs={"implicit": True})


def _assembly_after(view, k: int, hi: int, index: SpanIndex) -> Span | None:
    """A parliament or council named right after «در» at token k, else None."""
    body = index.orgs.get(k + 1) if k + 1 < hi and view.sq[k] == IN else None
    return body if body is not None and body.domain == "agency" and body.kind in ("parliament", "council") else None


def team_membership(view: DocView, phrase: TitlePhrase) -> bool:
    """«توماس کریستانسن عضو تیم بارسلونا»: a member of a team or club is a player, not a holder of a post
    (no gold set lists one; tune 1#84, 2#73 «… عضو تیم ملی جوانان بسکتبال ایران»)."""
    return (squash(phrase.title) == MEMBER and phrase.obj is not None
            and (bool(phrase.obj.attrs.get("team")) or phrase.obj.kind in ("club", "team")
                 or any(view.sq[j] in TEAM_OR_CLUB for j in range(phrase.title_end, phrase.obj.tok_start + 1))))


def usable_object(obj: Span | None) -> bool:
    """Objects a role may point at: agencies, provinces, places, implicit orgs, bare institutions («دولت»)."""
    if obj is None:
        return False
    if obj.attrs.get("bare_head"):
        if obj.attrs.get("counted"):
            return False  # «معاون اول دولت نهم», «رهبر اولین دولت اسلامی ترکیه»
        return squash(obj.name) in INSTITUTION_OBJECTS or obj.attrs.get("office", False) or obj.attrs.get("team", False)
    return True


def coordinated_next(view: DocView, phrase: TitlePhrase, phrases: dict[int, TitlePhrase]) -> TitlePhrase | None:
    """The title phrase coordinated right after this one («دبیر شورایعالی و رئیس مرکز …»), past a rank word a bare
    title leaves after it («نایب‌رئیس اول و نایب‌رئیس دوم»), or None."""
    k = phrase.tok_end
    if phrase.obj is None and k < len(view.tokens) and view.sq[k] in RANK_ORDINALS:
        k += 1
    if k < len(view.tokens) and view.joins_list(k):
        if view.tokens[k].text in COMMAS and phrase.obj is not None and phrase.obj.kind == "country" \
                and not phrase.obj.attrs.get("implicit"):
            return None  # «احمدی‌نژاد رئیس‌جمهور اسلامی ایران، وزیر بازرگانی و …»: a head of state, then the next guest
        nxt = phrases.get(k + 1)
        # «… مدیرعامل سازمان حمایت …، وزیر بازرگانی را همراهی کردند»: a title followed by «را» is the object
        if nxt is not None and nxt.tok_end < len(view.tokens) and view.sq[nxt.tok_end] == OBJECT_MARKER:
            return None
        return nxt
    return None
