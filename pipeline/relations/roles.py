"""Role relations (person, title, organisation-or-place), one rule per surface pattern.

- apposition:        «سید محمود حسینی پور، استاندار مازندران»
- coordinated:       «…، دبیر شورایعالی و رئیس مرکز ملی فضای مجازی» (two roles; a bare first head
                     shares the complement of the second: «شورایعالی» + «فضای مجازی»)
- title_before_name: «استاندار مازندران سید محمود حسینی پور»
- appointment:       «X به عنوان / به سمت <title> … منصوب شد» (each pair in appointee lists), «X به ریاست … منصوب شد»
                     (appointments.py)
- led_by:            «جنبش صدر به رهبری مقتدا صدر», «X که ریاست … را بر عهده دارد» (led_by.py)
- copula:            «وی رئیس سازمان … است»
- speaker_description: «استاندار کردستان گفت» then «X افزود» (speakers.py)
Pronoun and surname-only subjects carry the key of the full name (see coref.py). Roles stated
as past («سابق», «اسبق», «پیشین») are left out.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace

from pipeline.lexicons import CONJUNCTION, agency_key, nationality_country, squash
from pipeline.relations.appointments import LATE, Board, appointments, dismissals, votes_end
from pipeline.relations.complements import NOT_HELD_MARKERS, PAST_MARKERS, SIGNED_BY
from pipeline.relations.document import (BECAME, COMMAS, COPULAS, OBJECT_MARKER, OPEN_QUOTES, PAST_COPULAS,
                                         PRESENT_COPULAS, RELATIVE, WITH, DocView, Span, is_verb_like, singular)
from pipeline.relations.numerals import ORDINAL_DETERMINERS, RANK_ORDINALS
from pipeline.relations.persons import ONE_OF, SPEECH_STEMS, among_end, bare_name
from pipeline.relations.place_nouns import CITY, COUNTRY, COUNTY, PROVINCE, ezafe_plurals
from pipeline.relations.places import country_span
from pipeline.relations.speakers import (ACCORDING_TO, ALSO, INDEFINITE, PLURAL_LIGHT_VERBS, PRESENCE, plural_attendance,
                                         speaker_descriptions, subject_position)
from pipeline.relations.titles import (IN, MINISTRY, REPRESENTATIVE, SpanIndex, TitlePhrase, coordinated_next,
                                       parliament_of_article, parliament_seat, plural_title_phrase, team_membership,
                                       title_after_marker, usable_object)

LEAVE_VERBS = {squash(w) for w in ("رها", "ترک", "واگذار")}  # «… را رها کرد», «… را ترک کرد», «… را واگذار کرد»
PAST_PERIODS = {squash(w) for w in ("دوران", "زمان")}  # «… در دوران دفاع مقدس»
# «… در رژیم پیشین این کشور», «… در دولت سابق»: a post held under a former regime or government
FORMER_RULES = {squash(w) for w in ("رژیم", "دولت", "حکومت", "کابینه")}
BECOMES = {squash(w) for w in ("می‌شود", "میشود", "خواهد")}
# «پیش از این مرادی بخشدار مرکزی میانه بود»: a past copula in a sentence that says «before this» (a narrative past,
# «در زمانی که … بی‌نظیر بوتو نیز نخست‌وزیر پاکستان بود», tells the post held then, tune 1#218)
EARLIER = {tuple(squash(w) for w in phrase.split()) for phrase in (
    "پیش از این", "قبل از این", "پیش‌تر", "پیشتر", "قبلاً", "قبلا", "سابقاً", "سابقا")}
# («علی ربیعی»؛ وزیر کار …», «' مرضیه افخم ' سفیر ایران …»: a semicolon or a plain quote, in other agencies' style)
APPOSITION_GLUE = COMMAS | {"(", "»", "\"", "؛", "'"}
# «جک دورسی - مدیرعامل توییتر - در زمان …»: a post between dashes; the closing dash within a few words of the post
# (a dash alone also parts a digest's items: «… مشاور خاتمی شد - صفدر حسینی: …»)
DASHES = {"-", "–", "—"}
DASH_CLOSE_WINDOW = 8
PRONOUN_FACTOR = 0.9  # a role stated of «وی/او» rests on the coreference step too
METHOD_SCORES = {"apposition": 0.9, "coordinated": 0.85, "title_before_name": 0.85, "appointment": 0.85,
                 "copula": 0.75, "speaker_description": 0.65, "distributive": 0.7, "led_by": 0.8,
                 "counterpart": 0.7, "listed": 0.75, "well_known": 0.6}
PLAIN_QUOTES = set(OPEN_QUOTES) - {"«"}  # «"» opens and closes alike
# between a title and the name after it: «وزیر دفاع روسیه (سرگئی شویگو)», «سناتور "کیت باند"»
TITLE_NAME_GLUE = COMMAS | set(OPEN_QUOTES) | {"("}
ONE_WORD_NAME_BREAKS = COMMAS | PLAIN_QUOTES
PLURAL_PLACE_NOUNS = ezafe_plurals(COUNTY, PROVINCE, CITY, COUNTRY)
MAX_DISTRIBUTIVE_PREFIX = 4
ALSO_BEFORE_POST = ALSO | {squash(w) for w in ("همچنین", "هم")}  # «وی همچنین رئیس … است»
# «X مجدداً / بار دیگر / برای چهارمین بار رئیس شورای شهر تهران شد», «X همچنان رئیس … است»: again or still, before
# a post only with its copula after it
AGAIN_ADVERBS = tuple(tuple(squash(w) for w in phrase.split()) for phrase in (
    "مجدداً", "دوباره", "همچنان", "بار دیگر"))  # (squash drops the tanwin: «مجددا» too)
AGAIN_TIME, AGAIN_FOR = squash("بار"), squash("برای")  # «برای چهارمین بار»
# «X با (کسب) ۴۰ رأی (موافق) رئیس شورای شهر یزد شد»: the vote count (appointments.votes_end), before a post only with
# «شد» or a copula after it
IN_CHARGE_OF = {(squash("بر"), squash("عهده")), (squash("به"), squash("عهده"))}  # «… را بر عهده دارد»
IN_CHARGE_OF_GLUED = {squash("برعهده"), squash("بعهده")}  # «… را برعهده دارد»
NOW_ADVERBS = tuple(tuple(squash(w) for w in phrase.split()) for phrase in (
    "اکنون", "هم‌اکنون", "هم اکنون", "اینک", "فعلا", "در حال حاضر"))
HELD_BEFORE = squash("داشت")  # «… را بر عهده داشت/داشتند/داشته»: a post held before
HOLDS_VERBS = tuple(squash(w) for w in ("دارد", "دارند", "گرفت", "گرفته"))  # (not «داشت»: a past post)
RECIPROCAL_NOUNS = {squash(w) for w in ("امضا", "امضاء", "دیدار", "گفتگو", "گفت‌وگو", "مذاکره", "رایزنی", "ملاقات")}
TIME_NOUNS = {squash(w) for w in ("دوران", "دوره", "زمان", "عهد")}
RULES = tuple(METHOD_SCORES)
COUNTERPART = squash("همتای")
POSSESSIVE_ENDINGS = (squash("‌اش"), squash("ش"))
COUNTERPART_GLUE = {squash(w) for w in ("خود", "خویش", "یعنی")} | {"»", "«", "\"", "،", ","}
COUNTERPART_WINDOW = 2  # sentences back to the role whose title the counterpart shares
# «حسین عظیمی استاد برجسته اقتصاد توسعه و رئیس موسسه …»: an occupation (no post) in apposition, then «و» and a post
PROFESSIONS = {squash(w) for w in ("استاد", "استادیار", "دانشیار", "مدرس", "پژوهشگر", "کارشناس", "متخصص", "پزشک",
                                   "نویسنده", "شاعر", "هنرمند")}
MAX_PROFESSION_WORDS = 6  # «کارشناس ارشد کشاورزی», «نویسنده کتاب «فن بازار»»


@dataclass
class Role:
    person: Span
    title: str
    obj: Span
    sent: int
    method: str
    score: float


def share_coordinated_complements(view: DocView, phrases: dict[int, TitlePhrase], known_keys: set[str]) -> None:
    """«دبیر شورایعالی و رئیس مرکز ملی فضای مجازی»: a bare first organisation (its head word alone) takes the
    second's complement.

    The shortest-dropping suffix of that complement that gives a name known in the document or the
    lexicon wins («شورایعالی» + «فضای مجازی», not + «ملی فضای مجازی»); else the whole complement, unless the
    first head takes a country or nothing after it: «سخنگوی دولت و رئیس سازمان برنامه و بودجه» is the government's
    spokesman, not «دولت برنامه و بودجه»'s.
    """
    for phrase in phrases.values():
        nxt = coordinated_next(view, phrase, phrases)
        if nxt is None or phrase.obj is None or not phrase.obj.attrs.get("bare_head"):
            continue
        if nxt.obj is None or nxt.obj.domain != "agency":
            continue
        head = view.lex.org_heads.longest_at(view.sq, nxt.obj.tok_start, nxt.obj.tok_end)
        if head is None or head[0] >= nxt.obj.tok_end:
            continue
        own_head = view.lex.org_heads.longest_at(view.sq, phrase.obj.tok_start, phrase.obj.tok_end)
        # (a first object with words of its own after the head is no bare head to complete: «رئیس شورای اسلامی و
        # مدیرعامل سازمان آب منطقه‌ای فارس» is not «شورای اسلامی آب منطقه‌ای فارس»)
        head_alone = own_head is not None and own_head[0] == phrase.obj.tok_end
        complement = None if not head_alone or own_head[1].complement in ("country", "none") \
            else view.span_text(head[0], nxt.obj.tok_end)
        for k in range(head[0], nxt.obj.tok_end):
            candidate = f"{phrase.obj.name} {view.span_text(k, nxt.obj.tok_end)}"
            if agency_key(candidate) in known_keys or candidate in view.lex.known_agencies:
                complement = view.span_text(k, nxt.obj.tok_end)
                break
        if complement is None:
            continue
        name = f"{phrase.obj.name} {complement}"
        bare = phrase.obj
        phrase.obj = view.make_span(bare.tok_start, bare.tok_end, "ORG", domain="agency", kind=bare.kind, name=name,
                                    key=agency_key(name), method="pattern:coordinated", score=0.75,
                                    attrs={"title_object": True, "synthesised": True})


def share_coordinated_body(view: DocView, phrases: dict[int, TitlePhrase]) -> None:
    """«مدیرعامل و رئیس هیئت مدیره بانک ملت»: a title of an organisation with none after it, coordinated with a
    title of a named body, holds its post at that body too; right to left, so that a chain shares it back to its
    first title («رئیس، معاون و دبیر انجمن …»); likewise a national post with no country of its own and the country
    of the national post after it («نخست‌وزیر و وزیر امور خارجه قطر»)."""
    for phrase in sorted(phrases.values(), key=lambda ph: ph.tok_start, reverse=True):
        nxt = coordinated_next(view, phrase, phrases)
        info = view.lex.titles.get(squash(phrase.title))
        if nxt is None or info is None or phrase.plural or phrase.tok_end != phrase.title_end or nxt.obj is None:
            continue
        if info.complement == "org" and phrase.obj is None and nxt.obj.domain == "agency":
            phrase.obj = nxt.obj
        elif info.complement == "country" and (phrase.obj is None or phrase.obj.attrs.get("implicit")) \
                and (country := _country_of(view, nxt.obj, phrase.obj is not None)) is not None:
            phrase.obj = country


def _country_of(view: DocView, obj: Span, in_body: bool) -> Span | None:
    """The country a post's object names: a country itself, or with `in_body` the one closing a body's name
    («رئیس‌جمهور و رهبر حزب عدالت و توسعه ترکیه»: not the implicit Iran); None for an implicit one. (A post with
    no implicit country keeps to the body itself: «سفیر و معاون نمایندگی کشورمان در سازمان ملل».)"""
    if obj.attrs.get("implicit"):
        return None
    if obj.kind == "country":
        return obj
    if obj.domain != "agency" or not in_body:
        return None
    for j in range(obj.tok_start + 1, obj.tok_end):
        found = view.lex.countries.longest_at(view.sq, j, obj.tok_end)
        if found is not None and found[0] == obj.tok_end:
            return country_span(view, j, obj.tok_end, found[1], "pattern:coordinated_country", 0.7)
    return None


def share_listed_country(view: DocView, phrases: dict[int, TitlePhrase], persons: list[Span]) -> None:
    """«پراتیبها پاتیل رئیس‌جمهور، منموهان سینگ نخست‌وزیر و مورلی دئورا وزیر نفت هند»: names listed each with a
    national post share the country the last post names (not the implicit Iran of a bare «رئیس‌جمهور»)."""
    by_end = {p.tok_end: p for p in persons if p.kind != "pronoun"}
    by_phrase_end = {ph.tok_end: ph for ph in phrases.values()}
    for phrase in sorted(phrases.values(), key=lambda ph: ph.tok_start):
        country = phrase.obj
        if country is None or country.kind != "country" or country.attrs.get("implicit") \
                or phrase.tok_start not in by_end or _reciprocal(view, phrase.tok_end) \
                or _signed_by_before(view, phrase.tok_start):
            continue
        k = phrase.tok_start
        while (person := by_end.get(k)) is not None and person.tok_start > 0 and view.joins_list(person.tok_start - 1):
            prev = by_phrase_end.get(person.tok_start - 1)
            info = view.lex.titles.get(squash(prev.title)) if prev is not None else None
            if prev is None or info is None or info.complement not in ("country", "ministry") \
                    or not (prev.obj is None or prev.obj.attrs.get("implicit")):
                break
            if info.complement == "ministry":
                prev.title = view.span_text(prev.tok_start, prev.tok_end)  # «وزیر خارجه» of the country, not «وزیر»
            prev.obj = view.make_span(country.tok_start, country.tok_end, country.label, kind="country",
                                      name=country.name, key=country.key, method="pattern:listed_country",
                                      score=0.7)
            k = prev.tok_start


def _after_national(view: DocView, phrase: TitlePhrase) -> int:
    """The phrase's end, past the «کشور» its organisation's name leaves out («رئیس سازمان بهزیستی کشور، X»:
    the national body, named «سازمان بهزیستی»)."""
    k = phrase.tok_end
    national = phrase.obj is not None and phrase.obj.tok_end == k and k < len(view.tokens) and view.sq[k] == COUNTRY
    return k + 1 if national else k


def _past_parent_force(view: DocView, phrase: TitlePhrase, k: int) -> int:
    """Past the armed force a unit's name leaves to the next words («رئیس پلیس راهور | ناجا | سردار X»: the unit's
    head, with its force after it); k itself when no such force follows the phrase's body."""
    if phrase.obj is None or phrase.obj.tok_end != phrase.tok_end or phrase.obj.kind == "country" or k != phrase.tok_end:
        return k
    known = view.lex.known_agencies.longest_at(view.sq, k, len(view.sq))
    if known is None or known[1].kind != "armed_forces" or known[1].office:
        return k
    return known[0]


def _signed_by_before(view: DocView, k: int) -> bool:
    """«… به امضای مهرداد بذرپاش وزیر راه و شهرسازی و ویتالی ساولیف وزیر حمل و نقل روسیه رسید»: the names listed
    before token k sign, two sides, so the country of the last post is not the others'."""
    lo, _ = view.sentence_of(k)
    return any(view.sq[j] in SIGNED_BY for j in range(lo, k))


def _reciprocal(view: DocView, k: int) -> bool:
    """The names before token k meet, talk or sign with each other («… امضا کردند», «… دیدار کردند»): two sides,
    so the country of the last post is not the others' («بیژن زنگنه وزیر نفت و الکساندر نواک وزیر انرژی روسیه
    … موافقت‌نامه … امضا کردند»: Iran's minister and Russia's). Token k - 1 ends the post, in the sentence read;
    k itself may open the next sentence or lie past the document's last token («… رئیس‌جمهور هند» ending a title)."""
    _, hi = view.sentence_of(k - 1)
    for j in range(k, hi - 1):
        if view.sq[j] == WITH:
            return False  # «… با نخست‌وزیر عراق دیدار کردند»: together, on one side
        if view.sq[j] in RECIPROCAL_NOUNS and view.sq[j + 1] in PLURAL_LIGHT_VERBS:
            return True
    return False


def _is_past(view: DocView, phrase: TitlePhrase) -> bool:
    k = phrase.tok_end
    # «فرمانده بسیج در دوران دفاع مقدس»: a post dated to a past period
    dated = k + 1 < len(view.tokens) and view.sq[k] == IN and (
        view.sq[k + 1] in PAST_PERIODS
        or (k + 2 < len(view.tokens) and view.sq[k + 1] in FORMER_RULES and view.sq[k + 2] in PAST_MARKERS))
    # «سردار طلایی، معاون راهنمایی و رانندگی نیروی انتظامی می‌شود»: a post still to come is not held either
    coming = k < len(view.tokens) and view.sq[k] in BECOMES
    # «پیش از این مرادی بخشدار مرکزی میانه بود»: nor one held before
    earlier = k < len(view.tokens) and view.sq[k] in PAST_COPULAS and _says_earlier(view, phrase.tok_start)
    # «وی ریاست رژیم صهیونیستی را رها کرد»: a post left; «X ریاست شعبه … را بر عهده داشت»: a post held before
    left = k + 1 < len(view.tokens) and view.sq[k] == OBJECT_MARKER and (
        view.sq[k + 1] in LEAVE_VERBS
        or ((verb := _in_charge_verb(view, k + 1)) is not None and view.sq[verb].startswith(HELD_BEFORE)))
    # a past marker anywhere in the phrase («وزیر سابق خارجه مصر», «رییس‌کل دادگستری وقت استان تهران») or right
    # after it; a proposed post («وزیر پیشنهادی …») is not held yet either
    marked = any(view.sq[t] in NOT_HELD_MARKERS for t in range(phrase.tok_start + 1, min(k + 1, len(view.tokens))))
    return marked or dated or coming or earlier or left


def _says_earlier(view: DocView, k: int) -> bool:
    """The sentence says «before this» («پیش از این», «قبلاً» …) before token k."""
    lo, _ = view.sentence_of(k)
    return any(view.words_at(j, phrase) for j in range(lo, k) for phrase in EARLIER)


def _now_end(view: DocView, k: int) -> int | None:
    """Where a «now» adverb at k ends («اکنون», «هم‌اکنون», «هم اکنون», «در حال حاضر»), else None."""
    return _adverb_end(view, k, NOW_ADVERBS)


def _again_end(view: DocView, k: int) -> int | None:
    """Where an «again / still» adverb at k ends («مجدداً», «همچنان», «بار دیگر», «برای چهارمین بار»), else None."""
    if k + 2 < len(view.tokens) and view.sq[k] == AGAIN_FOR and view.sq[k + 1] in ORDINAL_DETERMINERS \
            and view.sq[k + 2] == AGAIN_TIME:
        return k + 3
    return _adverb_end(view, k, AGAIN_ADVERBS)


def _adverb_end(view: DocView, k: int, adverbs: tuple[tuple[str, ...], ...]) -> int | None:
    for words in adverbs:
        if view.words_at(k, words):
            return k + len(words)
    return None


def held_after(view: DocView, k: int) -> bool:
    """«… را بر عهده دارد» after token k (past a body's name running on, `_object_marker_after`): the post before
    it is held now."""
    marker = _object_marker_after(view, k)
    verb = _in_charge_verb(view, marker + 1) if marker is not None else None
    return verb is not None and view.sq[verb].startswith(HOLDS_VERBS)


def _in_charge_verb(view: DocView, k: int) -> int | None:
    """The verb's token after «بر عهده» / «برعهده» at k («… را بر عهده دارد»), else None."""
    if k < len(view.tokens) and view.sq[k] in IN_CHARGE_OF_GLUED:
        k += 1
    elif k + 1 < len(view.tokens) and (view.sq[k], view.sq[k + 1]) in IN_CHARGE_OF:
        k += 2
    else:
        return None
    return k if k < len(view.tokens) else None


@dataclass
class _Found:
    """What find_roles' passes share: the roles made, each person's title phrases (officials, even without an
    organisation), the phrases taken, and the (person, sentence) pairs described with a post held before."""

    view: DocView
    roles: list[Role] = field(default_factory=list)
    attached: dict[str, list[TitlePhrase]] = field(default_factory=dict)
    used: set[int] = field(default_factory=set)
    described_before: set[tuple[str, int]] = field(default_factory=set)

    def attach(self, person: Span, phrase: TitlePhrase, method: str) -> None:
        self.used.add(phrase.tok_start)
        # «نماینده سابق مجلس»: an official (guidelines), but no role; nor a late person's post («زنده‌یاد X استاندار …»)
        if _is_past(self.view, phrase) or _late(self.view, person):
            self.attached.setdefault(person.key, [])
            self.described_before.add((person.key, self.view.tokens[phrase.tok_start].sent))
            return
        if phrase.obj is not None and phrase.obj.kind == "country" and phrase.obj.attrs.get("implicit") \
                and (country := _holders_country(self.view, person, phrase)) is not None:
            phrase = replace(phrase, obj=country)
        self.attached.setdefault(person.key, []).append(phrase)
        if usable_object(phrase.obj):
            score = METHOD_SCORES[method] * (PRONOUN_FACTOR if person.kind == "pronoun" else 1.0) * \
                (0.9 if phrase.obj.attrs.get("implicit") else 1.0)
            self.roles.append(Role(person, phrase.title, phrase.obj, person.sent, method, round(score, 3)))

    def official(self, person: Span) -> None:
        """An official with no current role (a post left, a predecessor)."""
        self.attached.setdefault(person.key, [])


def _holders_country(view: DocView, person: Span, phrase: TitlePhrase) -> Span | None:
    """«ولادیمیر پوتین، رئیس‌جمهور و مقامهای بلندپایه …»: a national title with no country, after a well-known
    holder of that post (well_known_holders.yaml), is his country's post, not the implicit Iran's; None otherwise."""
    for post in view.lex.well_known_posts.get(bare_name(view, person), ()):
        if squash(phrase.title) in post.titles and (country := view.lex.countries.get(post.org)):
            return country_span(view, phrase.obj.tok_start, phrase.obj.tok_end, country, "lexicon:well_known", 0.7,
                                implicit=True)
    return None


def find_roles(view: DocView, persons: list[Span], phrases: dict[int, TitlePhrase],
               rules: tuple[str, ...] = RULES, boards: dict[int, Board] | None = None
               ) -> tuple[list[Role], dict[str, list[TitlePhrase]]]:
    """Roles, and for each person key every title phrase attached to it (officials, even without org); `boards`:
    appointments.elected_boards."""
    by_start = {p.tok_start: p for p in persons}
    by_end = {p.tok_end: p for p in persons}
    found = _Found(view)
    _apposition_roles(view, persons, phrases, by_start, found, rules)
    # «علی احمدی از سمت استاندار گلستان برکنار شد»: a post left; the person is an official (guidelines), no role
    for person, phrase in dismissals(view, phrases, by_end):
        if phrase is not None:
            found.used.add(phrase.tok_start)
        found.official(person)
        found.described_before.add((person.key, person.sent))
    if "appointment" in rules:
        appointments(view, phrases, by_end, by_start, found.attach, found.official, boards)
    if "title_before_name" in rules:
        _title_before_name_roles(view, phrases, by_start, found, rules)
    if "speaker_description" in rules:
        appointed = {(r.person.key, r.sent, squash(r.title)) for r in found.roles if r.method == "appointment"}
        speaker_descriptions(view, persons, phrases, found.used, found.attached, found.attach, found.described_before,
                             appointed)
    return found.roles, found.attached


def _coordinated_chain(view: DocView, first: TitlePhrase, phrases: dict[int, TitlePhrase], by_start: dict[int, Span],
                       signed_by: bool = False, comma_ends: bool = False) -> list[TitlePhrase]:
    """The title phrase and the ones coordinated after it that are the same person's posts. `comma_ends`: a post
    after a comma, with no name, is another person's — in a list of guests, where the person follows a comma after
    another name and its post («… استاندار خوزستان، مجیدی‌پور مدیرکل …، مهندس خبیر معاون سیاسی استاندار،
    امام‌جمعه رامهرمز و …»: the next guest's), or after «به گفته X …،» (the sentence's subject: «به گفته ناصر
    رحیمی سخنگوی وزارت امور خارجه، وزیر خارجه عمان … دیدار خواهد کرد»)."""
    items = [first]
    while (nxt := coordinated_next(view, items[-1], phrases)) is not None:
        if comma_ends and view.tokens[items[-1].tok_end].text in COMMAS:
            break
        items.append(nxt)
    end = items[-1].tok_end
    # «نوبخت رئیس سازمان برنامه و بودجه، رئیس کمیسیون کشاورزی مجلس، وزیر جهاد کشاورزی و علی لاریجانی
    # رئیس مجلس»: titles listed with commas up to «و <name>» are a list of people, not one person's posts
    if len(items) > 1 and end + 1 < len(view.tokens) and view.joins_list(end) \
            and (end + 1) in by_start and any(view.tokens[p.tok_end].text in COMMAS for p in items[:-1]):
        items = items[:1]
    # «احمد رضایی معاون … استاندار گیلان و مدیر شعب بانک ملت استان نیز حضور داشتند»: attendees listed, the
    # second unnamed; «به امضای X رئیس … و مدیر شعب بانک کشاورزی استان رسید»: two signers, the second unnamed —
    # unless the other signer is named after them («به امضای X معاون رئیس قوه قضاییه و رئیس سازمان ثبت … و Y
    # معاون وزیر … رسید»: X's two posts)
    next_signer_named = end + 1 < len(view.tokens) and view.joins_list(end) and (end + 1) in by_start
    if len(items) > 1 and (plural_attendance(view, end) or (signed_by and not next_signer_named)):
        items = items[:1]
    return items


def _posts_end_at_comma(view: DocView, person: Span, titled_ends) -> bool:
    """A comma after the person's post ends his posts (`_coordinated_chain`'s `comma_ends`): he is a guest listed after
    a comma, with another titled name before him, or the first guest after «با حضور» («با حضور X استاندار …، …»),
    or the source of «به گفته X …،»."""
    k = person.tok_start
    guest_listed = k > 0 and view.tokens[k - 1].text in COMMAS and any(e < k for e in titled_ends)
    return guest_listed or (k > 0 and view.sq[k - 1] == PRESENCE) \
        or tuple(view.sq[max(0, k - 2):k]) == ACCORDING_TO


def _source_pronoun(view: DocView, person: Span) -> bool:
    """«به گفته وی، استاندار ایلام …»: the comma after a pronoun source closes the attribution, and the title after
    it is the subject of what he says, not his post (a probe, session 79)."""
    return person.kind == "pronoun" and view.words_end_at(person.tok_start, ACCORDING_TO) \
        and person.tok_end < len(view.tokens) and view.tokens[person.tok_end].text in COMMAS


def _apposition_roles(view: DocView, persons: list[Span], phrases: dict[int, TitlePhrase], by_start: dict[int, Span],
                      found: _Found, rules: tuple[str, ...]) -> None:
    """A post right after the name: apposition, with or without a comma («محسن کریمی مدیر شهرداری …»), and the
    titles coordinated after it; a post before a copula («وی رئیس سازمان … است»)."""
    # the ends of the names a post follows (right after, or after a comma), per sentence: a name after a comma
    # with one before it is in a list of guests (_coordinated_chain)
    titled_ends: dict[int, list[int]] = {}
    for other in persons:
        e = other.tok_end
        if e in phrases or (e + 1 in phrases and view.tokens[e].text in COMMAS):
            titled_ends.setdefault(other.sent, []).append(e)
    for person in persons:
        dashed = _dash_at(view, person.tok_end, person.sent)
        k = person.tok_end + 1 if dashed else _skip(view, _after_eulogy(view, person.tok_end), APPOSITION_GLUE,
                                                    person.sent)
        if k + 1 < len(view.tokens) and view.sq[k] == INDEFINITE and (k + 1) in phrases:
            k += 1  # «"نک محمد" یک رهبر سابق طالبان», «لاری فرانکلین یک مقام پنتاگون»: an indefinite apposition
        elif k + 1 < len(view.tokens) and view.sq[k] in ORDINAL_DETERMINERS and (k + 1) in phrases:
            k += 1  # «خانم چیللر اولین نخست‌وزیر زن در ترکیه» (tune 1#218), «محمد مرسی نخستین رییس‌جمهور منتخب مصر»
        k = _after_profession(view, k, phrases, by_start)
        # «بی‌نظیر بوتو نیز نخست‌وزیر پاکستان بود», «وی همچنین رئیس … است», «وی که فرماندار بابل است», «احمدی
        # نیز که معاون وزیر علوم است»: only before a copula (below)
        also = k + 2 < len(view.tokens) and view.sq[k] in ALSO_BEFORE_POST \
            and ((k + 1) in phrases or (view.sq[k + 1] == RELATIVE and (k + 2) in phrases))
        k += also
        # («X مجدداً / با ۴۰ رأی رئیس … شد»: an «again» adverb or a vote count, read alike)
        again_end = None if also else (_again_end(view, k) or votes_end(view, k))
        again = again_end in phrases  # (only where the post follows the adverb)
        if again:
            k = again_end
        # («X که هم‌اکنون / در حال حاضر مدیرکل … است»: a «now» adverb may stand between «که» and the post)
        relative = k + 1 < len(view.tokens) and view.sq[k] == RELATIVE \
            and ((k + 1) in phrases or _now_end(view, k + 1) in phrases)
        k += relative
        now = _now_end(view, k)
        if now is not None and now in phrases:
            k = now  # «X اکنون استاندار گیلان است», «X هم‌اکنون ریاست … را بر عهده دارد»: a post held now (below)
        phrase = phrases.get(k)
        if phrase is None or k in found.used or view.tokens[k].sent != person.sent:
            continue
        if dashed and not _dash_closes(view, phrase.tok_end, person.sent):
            continue
        # («X که رئیس انجمن صنفی روزنامه‌نگاران نیز می‌باشد»: «also» may stand before a present copula; «… نیز بود»,
        # a post also held once, stays no copula, as before)
        verb_at = phrase.tok_end
        if verb_at + 1 < len(view.tokens) and view.sq[verb_at] in ALSO and view.sq[verb_at + 1] in PRESENT_COPULAS:
            verb_at += 1
        copula = verb_at < len(view.tokens) and view.sq[verb_at] in COPULAS
        present = copula and view.sq[verb_at] in PRESENT_COPULAS
        became = verb_at < len(view.tokens) and view.sq[verb_at] in BECAME
        if (also and not copula) or (again and not (copula or became)) or (relative and not present):
            if relative and (copula or _is_past(view, phrase)):
                # «X که رئیس سازمان … بود», «X که ریاست … را بر عهده داشت»: who was — a post left, still an official
                found.official(person)
            continue
        if now is not None and now == k and not (
                present or held_after(view, phrase.tok_end)):
            continue  # («X اکنون رئیس سازمان را دید»: whom he met)
        if copula and "copula" in rules:  # «وی رئیس سازمان … است»
            found.attach(person, phrase, "copula")
            continue
        if "apposition" not in rules or _ends_time_clause(view, person) or _source_pronoun(view, person):
            continue
        signer = person.tok_start > 0 and view.sq[person.tok_start - 1] in SIGNED_BY
        comma_ends = _posts_end_at_comma(view, person, titled_ends.get(person.sent, ()))
        for n, item in enumerate(_coordinated_chain(view, phrase, phrases, by_start, signer, comma_ends)):
            if n and "coordinated" not in rules:
                break
            found.attach(person, item, "apposition" if n == 0 else "coordinated")


def _title_before_name_roles(view: DocView, phrases: dict[int, TitlePhrase], by_start: dict[int, Span],
                             found: _Found, rules: tuple[str, ...]) -> None:
    """A post right before the name («استاندار مازندران سید محمود حسینی پور»), and the titles coordinated before it."""
    for start, phrase in sorted(phrases.items()):
        if start in found.used:
            continue
        k = _skip(view, _after_national(view, phrase), TITLE_NAME_GLUE, view.tokens[start].sent)
        person = by_start.get(k)
        if person is None:
            person = by_start.get(_past_post_end(view, k))  # «وزیر دفاع سابق آمریکا دیک چنی»: an official, no role
        if person is None and (past := _past_parent_force(view, phrase, k)) != k:
            person = by_start.get(_skip(view, past, TITLE_NAME_GLUE, view.tokens[start].sent))
        if person is None:
            person = _named_between_commas(view, phrase, by_start)
            k = person.tok_start if person is not None else k
        if person is None or person.kind == "pronoun" or person.sent != view.tokens[start].sent \
                or _has_own_title(view, person, phrases) or _serves_name(view, phrase, k):
            continue
        if start > 0 and view.sq[start - 1] in ORDINAL_DETERMINERS:
            continue  # «نخستین مربی هادی ساعی گفت»: the champion's first coach speaks, not the champion
        if _agent_before_comma(view, phrase, person):
            continue
        if _appoints_the_name_after(view, phrase, person, found.roles):
            continue
        if person.tok_end - person.tok_start == 1 and person.method == "ner" \
                and any(view.tokens[j].text in ONE_WORD_NAME_BREAKS for j in range(phrase.tok_end, k)):
            # «رئیس هیات جودو، جوجیتسو و کوراش …»: one tagged word after a comma goes on the name; after a plain
            # quote it may be a quoted place («ریاست طالبان "سوات"»)
            continue
        found.attach(person, phrase, "title_before_name")
        prev = _coordinated_prev(view, phrase, phrases)
        while prev is not None and prev.tok_start not in found.used and "coordinated" in rules:
            found.attach(person, prev, "coordinated")
            prev = _coordinated_prev(view, prev, phrases)


TITLE_TAIL_TO_NAME = 10  # «معاون | نظارت بر بازار سازمان بورس و اوراق بهادار | ، نسرین طاهری،»
TAIL_BREAKS = {squash(w) for w in ("در", "با", "به", "از", "برای", "که", "را")}


def _named_between_commas(view: DocView, phrase: TitlePhrase, by_start: dict[int, Span]) -> Span | None:
    """«معاون نظارت بر بازار سازمان بورس و اوراق بهادار، نسرین طاهری، از … خبر داد», «به گفته مدیرعامل کشتیرانی،
    محمود اسدی‌مقدم، …»: the name between two commas after a post whose words the phrase did not all read (a probe,
    session 79), with no verb, preposition or other comma between; None otherwise."""
    hi = view.sentence_of(phrase.tok_start)[1]
    j = view.comma_ahead(phrase.tok_end, hi, TITLE_TAIL_TO_NAME, TAIL_BREAKS)
    if j is None or j == phrase.tok_end:
        return None
    person = by_start.get(j + 1)
    closed = person is not None and person.tok_end < hi and view.tokens[person.tok_end].text in COMMAS
    return person if closed else None


BY_AGENT = tuple(tuple(squash(w) for w in p.split()) for p in ("از سوی", "از طرف", "از جانب", "توسط"))


def _agent_before_comma(view: DocView, phrase: TitlePhrase, person: Span) -> bool:
    """«پس از صدور حکم از سوی استاندار قزوین، مهندس سعید کاظمی … کار خود را آغاز کرد»: the post after «از سوی /
    توسط» ends a phrase of who did it, closed by the comma; the name after it is the clause's subject (a probe,
    session 79). So does the source of «به گفته استاندار، فرشته کاویانی‌پور نیز … منصوب شده است» (a probe, session
    80), unless a second comma closes the name: «به گفته مدیرعامل کشتیرانی، محمود اسدی‌مقدم، …» is his apposition."""
    if not any(view.tokens[j].text in COMMAS for j in range(phrase.tok_end, person.tok_start)):
        return False
    if any(view.words_end_at(phrase.tok_start, agent) for agent in BY_AGENT):
        return True
    closed = person.tok_end < len(view.tokens) and view.tokens[person.tok_end].text in COMMAS
    return view.words_end_at(phrase.tok_start, ACCORDING_TO) and not closed


def _appoints_the_name_after(view: DocView, phrase: TitlePhrase, person: Span, roles: list[Role]) -> bool:
    """«وزیر کشور علی رضایی را … به عنوان استاندار یزد منصوب کرد»: the post opening the sentence is its subject's,
    who appoints the name after it (marked «را», appointed in this sentence), not that name's."""
    return phrase.tok_start == view.sentence_bounds(person.sent)[0] and person.tok_end < len(view.sq) \
        and view.sq[person.tok_end] == OBJECT_MARKER \
        and any(r.person.key == person.key and r.sent == person.sent and r.method == "appointment" for r in roles)


def _past_post_end(view: DocView, k: int) -> int:
    """Past a past marker at k and the country that may follow it («وزیر دفاع | سابق آمریکا | دیک چنی»): where the
    name of a former holder starts; k itself when no past marker stands there."""
    if k >= len(view.tokens) or view.sq[k] not in PAST_MARKERS:
        return k
    country = view.lex.countries.longest_at(view.sq, k + 1, len(view.sq))  # (end, country) or None
    return country[0] if country else k + 1


def _serves_name(view: DocView, phrase: TitlePhrase, k: int) -> bool:
    """«مشاور خاتمی», «نماینده آیت‌الله سیستانی», «دستیار فابیو کاپلو»: the name right after a post held for a person
    is the person served, not the holder."""
    info = view.lex.titles.get(phrase.title)
    return phrase.obj is None and k == phrase.tok_end and info is not None and info.serves


def _late(view: DocView, person: Span) -> bool:
    return person.tok_start > 0 and view.sq[person.tok_start - 1] in LATE


CLERGY_EULOGIES = {squash(w) for w in ("ره", "رحمه‌الله", "قدس‌سره")}


def _after_eulogy(view: DocView, k: int) -> int:
    """«آیت‌الله جباری (ره) امام جمعه فقید بهشهر»: the eulogy of a late cleric stands between name and title."""
    if k + 2 < len(view.tokens) and view.tokens[k].text == "(" and view.sq[k + 1] in CLERGY_EULOGIES \
            and view.tokens[k + 2].text == ")":
        return k + 3
    return k


def _dash_at(view: DocView, k: int, sent: int) -> bool:
    return k < len(view.tokens) and view.tokens[k].text in DASHES and view.tokens[k].sent == sent


def _dash_closes(view: DocView, k: int, sent: int) -> bool:
    """A closing dash within a few words from token k (the post's end, whose body may run on: «علی جنتی - وزیر
    پیشین وزارت فرهنگ و ارشاد اسلامی - نیز …»), with no verb, comma or colon before it (a film's credits, «مریم
    الهامیان - مدیر تولید : وحید مرادی - …», give the post to the name after the colon)."""
    for j in range(k, min(len(view.tokens), k + DASH_CLOSE_WINDOW + 1)):
        if _dash_at(view, j, sent):
            return True
        if view.tokens[j].text in COMMAS or view.tokens[j].text == ":" or is_verb_like(view.tokens[j].text):
            return False
    return False


def _ends_time_clause(view: DocView, person: Span) -> bool:
    """«در دوران اول ریاست جمهوری اوباما، معاون سیا همان فردی بود»: a name closing a time phrase before its
    comma is not in apposition with the title that opens the main clause."""
    if person.tok_end >= len(view.tokens) or view.tokens[person.tok_end].text not in COMMAS:
        return False
    return _in_time_phrase(view, person)


def _in_time_phrase(view: DocView, person: Span) -> bool:
    """A time noun shortly before the name in its sentence: «در دوران (اول ریاست جمهوری) اوباما»."""
    lo, _ = view.sentence_bounds(person.sent)
    return any(view.sq[k] in TIME_NOUNS for k in range(max(lo, person.tok_start - 4), person.tok_start))


def _skip(view: DocView, k: int, glue: set[str], sent: int, most: int = 2) -> int:
    """Step over punctuation that may sit between a name and its title («»», «،», «(»)."""
    n = 0
    while n < most and k < len(view.tokens) and view.tokens[k].text in glue and view.tokens[k].sent == sent:
        k += 1
        n += 1
    return k


def _after_profession(view: DocView, k: int, phrases: dict[int, TitlePhrase], by_start: dict[int, Span]) -> int:
    """Where the post starts after an occupation in apposition («اکبر عبدالهی کارشناس ارشد کشاورزی و رئیس جهاد
    کشاورزی مهربان گفت»); k itself when no occupation, or no «و» and post within a few words of it, follows."""
    if k >= len(view.tokens) or view.sq[k] not in PROFESSIONS or k in phrases:
        return k
    sent = view.tokens[k].sent
    for j in range(k + 1, min(k + 1 + MAX_PROFESSION_WORDS, len(view.tokens) - 1)):
        token = view.tokens[j]
        if token.sent != sent or token.text in COMMAS or j in by_start or j in phrases or is_verb_like(token.text) \
                or view.sq[j] in SPEECH_STEMS:
            return k
        if view.sq[j] == CONJUNCTION and (j + 1) in phrases:
            return j + 1
    return k


def _has_own_title(view: DocView, person: Span, phrases: dict[int, TitlePhrase]) -> bool:
    """«استاندار گیلان، محمود حسینی پور به عنوان استاندار مازندران»: the name's own title follows it; «وزیر کشور علی
    احمدی را به عنوان استاندار گیلان منصوب کرد»: the one appointed is the object, the title before him the appointer's."""
    k = _skip(view, person.tok_end, APPOSITION_GLUE, person.sent)
    if k + 1 < len(view.tokens) and view.sq[k] == OBJECT_MARKER:
        k += 1
    return k in phrases or title_after_marker(view, k, len(view.tokens)) is not None


def _coordinated_prev(view: DocView, phrase: TitlePhrase, phrases: dict[int, TitlePhrase]) -> TitlePhrase | None:
    k = phrase.tok_start - 1
    if k < 0 or view.sq[k] != CONJUNCTION:
        return None
    return next((cand for cand in phrases.values() if cand.tok_end == k), None)


PEOPLE = squash("مردم")


def _constituencies_after(view: DocView, k: int, hi: int) -> bool:
    """«نمایندگان (مردم) فردوس، کلاله …»: the plural title is followed by a place-like word (no country, body, title
    or function word), so in an article about «مجلس» (the caller's parliament_of_article) the names are members of
    parliament for those places."""
    k += k < hi and view.sq[k] == PEOPLE
    if k >= hi or not view.is_persian_word(k) or view.is_stop(k) or is_verb_like(view.tokens[k].text):
        return False
    lex = view.lex
    return not any(table.longest_at(view.sq, k, hi) for table in (lex.countries, lex.titles, lex.org_heads,
                                                                   lex.known_agencies))


def distributive_roles(view: DocView, lists: list[tuple[int, str, list[Span]]]) -> list[Role]:
    """«ابوطالب شیرکوند، علیرضا حیدری و سعید اشرف رؤسای اتحادیه‌های املاک شهرستان‌های ورامین، قرچک و پیشوا»
    → (شیرکوند, رئیس, اتحادیه املاک ورامین), … : the i-th person holds the singular title at the i-th
    place's body; only when the lists have the same length. `lists`: persons.plural_title_lists."""
    out: list[Role] = []
    parliament = parliament_of_article(view)
    for t, title, run in lists:
        hi = view.sentence_of(t)[1]
        if squash(title) == REPRESENTATIVE and parliament is not None and _constituencies_after(view, t + 1, hi):
            # «اعلمی، دینی … و علیخانی نمایندگان تبریز، اهر … و قزوین»: each holds a seat in the parliament, however
            # the constituencies are counted («کلاله و مینودشت» is one); the house convention names the parliament
            seat = parliament_seat(view, t, t + 1)
            out.extend(Role(p, title, seat, p.sent, "distributive", METHOD_SCORES["distributive"]) for p in run)
            continue
        plural = view.lex.plural_titles.longest_at(view.sq, t, hi)
        prefix, items, k = [], [], plural[0] if plural else t + 1  # (past «روسای جمهور», two words)
        if k < hi and view.sq[k] in NOT_HELD_MARKERS:
            continue  # «X و Y وزرای سابق کشور و خارجه», «… وزرای پیشنهادی نفت و نیرو»: officials, posts not held
        while k < hi and len(prefix) <= MAX_DISTRIBUTIVE_PREFIX:
            if view.sq[k] in PLURAL_PLACE_NOUNS:  # «… شهرستان‌های ورامین، قرچک و پیشوا»: the list follows
                items = _single_word_list(view, k + 1, hi)
                break
            items = _single_word_list(view, k, hi)
            if len(items) == len(run) or not view.is_persian_word(k) or view.is_stop(k):
                break
            prefix.append(singular(view.tokens[k].text))
            k += 1
        if len(items) != len(run) or len(run) < 2:  # (one name «از فرماندهان …» shares nothing out)
            continue
        if any(view.sq[i] in RANK_ORDINALS or view.lex.titles.longest_at(view.sq, i, hi) for i in items):
            continue  # «X و Y به ترتیب به عنوان نایب‌رئیس اول و نایب‌رئیس دوم»: posts, which appointments share out
        info = view.lex.titles.get(title)
        ministries = info is not None and info.complement == "ministry"
        if prefix and ministries:
            # «وزرای خارجه روسیه و ایران»: the words between are the ministry's field, each minister's country after
            title, prefix, ministries = " ".join([title, *prefix]), [], False
        for person, item in zip(run, items):
            place = view.span_text(item, item + 1)
            if ministries or prefix:  # «وزرای نفت و نیرو»: each a ministry's field; «رؤسای اتحادیه‌های املاک …»
                name, kind = (_ministry_name(view, item), "ministry") if ministries \
                    else (" ".join(prefix + [place]), "organisation")
                obj = view.make_span(item, item + 1, "ORG", domain="agency", kind=kind, name=name,
                                     key=agency_key(name), method="pattern:distributive", score=0.7,
                                     attrs={"synthesised": True})
            else:  # «فرمانداران ساری و بابل»
                obj = view.make_span(item, item + 1, "LOC", kind="place", name=place, key=f"LOC:{squash(place)}",
                                     method="pattern:distributive", score=0.7)
            out.append(Role(person, title, obj, person.sent, "distributive", METHOD_SCORES["distributive"]))
    return out


def _ministry_name(view: DocView, field: int) -> str:
    """The ministry of the one-word field at token `field`, as the lexicon names it («نیرو» → «وزارت نیرو»)."""
    name = f"{MINISTRY} {view.span_text(field, field + 1)}"
    known = view.lex.known_agencies.get(name)
    return known.name if known is not None else name


def listed_roles(view: DocView, lists: list[tuple[int, str, list[Span]]], index: SpanIndex,
                 distributed: list[Role]) -> list[Role]:
    """«حسن زیاری و مهنوش معتمدی آذری اعضای شورای اسلامی شهر تهران», «X، Y و Z از اعضای هیئت امنای …»: every name
    of the list holds the singular post at the one organisation after the plural title. `distributed`: the roles
    distributive_roles gave (a list whose names it paired with places is left alone)."""
    paired = {id(r.person) for r in distributed}
    out: list[Role] = []
    for t, title, run in lists:
        if any(id(p) in paired for p in run) or (len(run) == 1 and not _among_after_comma(view, t)):
            continue  # one name: «علیرضا، از فرماندهان …», not «مطالبه رهبری از اعضای مجلس خبرگان» (from them)
        phrase = plural_title_phrase(view, t, index)
        if phrase is None or not usable_object(phrase.obj) or team_membership(view, phrase) or _is_past(view, phrase):
            continue  # (a past post: «X و Y وزرای سابق کشور …», officials with no role)
        if "province" in (phrase.obj.domain, phrase.obj.kind) or (len(run) > 1 and phrase.obj.label == "LOC"):
            # «علی احمدی و حسن رضایی فرمانداران ساری، بابل و آمل»: each at another place, unknown which; «یکی از
            # فرمانداران استان فارس» holds a county of it (one name of one country's posts does: «یکی از سناتورهای
            # آمریکا»)
            continue
        out += [Role(person, title, phrase.obj, person.sent, "listed", METHOD_SCORES["listed"]) for person in run]
    return out


def _among_after_comma(view: DocView, t: int) -> bool:
    """«علیرضا، از فرماندهان …» (a comma, then «از» before the plural title at t), «X (،) یکی از معاونان وزیر کشور»."""
    if t >= 3 and view.sq[t - 2] == ONE_OF:
        return among_end(view, t) is not None
    return t >= 2 and view.tokens[t - 2].text in COMMAS


def _single_word_list(view: DocView, k: int, hi: int) -> list[int]:
    """Token indices of a «A، B و C» list of one-word items starting at k (empty if k starts none)."""
    items = []
    while k < hi and view.is_persian_word(k) and not view.is_stop(k):
        items.append(k)
        if k + 2 < hi and view.joins_list(k + 1):
            k += 2
        else:
            break
    return items


MAX_HELD_NAME_TAIL = 10  # «ریاست کمیته عالی | در مورد طرح خط لوله گاز ایران – پاکستان – هند | را برعهده دارد»


def _object_marker_after(view: DocView, k: int) -> int | None:
    """The «را» at k, or the first within MAX_HELD_NAME_TAIL tokens after a body's name that runs on past what the
    patterns took («سازمان بهزیستی | کشور را», «کمیته عالی | در مورد طرح … را»), with no clause break between."""
    hi = view.sentence_of(k)[1]
    for j in range(k, min(hi, k + MAX_HELD_NAME_TAIL + 1)):
        if view.sq[j] == OBJECT_MARKER:
            return j
        if view.tokens[j].text in COMMAS or view.sq[j] == RELATIVE or is_verb_like(view.tokens[j].text):
            return None
    return None


def counterpart_roles(view: DocView, persons: list[Span], roles: list[Role]) -> list[Role]:
    """«مان موهان سینگ نخست وزیر هند با «نواز شریف» همتای پاکستانی‌اش», «جان کری … با همتای ایرانی خود یعنی
    آقای ظریف»: the counterpart holds the title of the last role with a country (same sentence or up to
    COUNTERPART_WINDOW before), at the country of the adjective."""
    named = [p for p in persons if p.kind != "pronoun"]
    by_country = sorted((r for r in roles if r.obj.kind == "country"), key=lambda r: r.person.tok_start)
    out = []
    for k in range(len(view.tokens) - 1):
        if view.sq[k] != COUNTERPART:
            continue
        country = adjective_country(view, k + 1)
        if country is None:
            continue
        person = _counterpart_person(view, named, k)
        sent = view.tokens[k].sent
        model = next((r for r in reversed(by_country) if r.person.tok_start < k and sent - r.sent <= COUNTERPART_WINDOW
                      and r.obj.key != f"LOC:{squash(country)}"), None)
        if person is None or model is None or person.key == model.person.key:
            continue
        obj = country_span(view, k + 1, k + 2, country, "pattern:counterpart", 0.7)
        out.append(Role(person, model.title, obj, person.sent, "counterpart", METHOD_SCORES["counterpart"]))
    return out


def adjective_country(view: DocView, k: int) -> str | None:
    """The country a nationality adjective at token k names, a possessive ending allowed («پاکستانی‌اش»)."""
    word = view.sq[k]
    for ending in ("",) + POSSESSIVE_ENDINGS:  # «پاکستانی‌اش»
        if word.endswith(ending) and (country := nationality_country(view.lex, word[:len(word) - len(ending)])):
            return country
    return None


def _counterpart_person(view: DocView, persons: list[Span], k: int) -> Span | None:
    """The name right before «همتای» (quotes and a comma between), else the one right after its adjective."""
    before = k - 1
    while before >= 0 and view.sq[before] in COUNTERPART_GLUE:
        before -= 1
    after = k + 2
    while after < len(view.tokens) and view.sq[after] in COUNTERPART_GLUE:
        after += 1
    sent = view.tokens[k].sent
    for p in persons:
        if p.sent == sent and (p.tok_end == before + 1 or p.tok_start == after):
            return p
    return None


def well_known_roles(view: DocView, persons: list[Span], phrases: dict[int, TitlePhrase], roles: list[Role],
                     attached: dict[str, list[TitlePhrase]], index: SpanIndex) -> list[Role]:
    """«پیشنهاد ارائه شده از طرف رئیس جمهور ایران» … «پیشنهاد احمدی‌نژاد»: a title-less person listed in
    well_known_holders.yaml holds the post when the article names it with its country or body (or by the title
    alone where that refers to the holder: _refers_to_holder), attached to no one and not past, no role of the
    article holds it, and no other listed holder of it is named (a former and a current president both named leave
    the post to neither). A plural title before a list of countries names each country's post too («نشست وزرای
    خارجه روسیه و ایران» … «سرگئی لاوروف»; `_listed_country_posts`). `attached`: find_roles' title phrases per
    person."""
    if not view.lex.well_known_posts:
        return []
    used = {phrase.tok_start for found in attached.values() for phrase in found}
    open_posts = [phrase for phrase in sorted(phrases.values(), key=lambda ph: ph.tok_start)
                  if phrase.obj is not None and phrase.tok_start not in used and not phrase.plural
                  and not _is_past(view, phrase)]
    held = [(squash(r.title), _org_names(r.obj)) for r in roles]
    holders: dict[tuple[frozenset, str], dict[str, list[Span]]] = {}  # post → holder's name → mentions
    for person in persons:
        if person.kind == "pronoun" or person.key in attached:
            continue
        for post in view.lex.well_known_posts.get(bare_name(view, person), ()):
            holders.setdefault((post.titles, post.org), {}).setdefault(post.holder, []).append(person)
    listed_posts = _listed_country_posts(view, index) if holders else []  # (a token scan: only with a holder named)
    out = []
    for (titles, org), by_holder in holders.items():
        if len(by_holder) != 1 or any(title in titles and org in orgs for title, orgs in held):
            continue
        mentions = next(iter(by_holder.values()))
        posts = [ph for ph in open_posts if squash(ph.title) in titles and org in _org_names(ph.obj)]
        phrase = next((ph for ph in posts if not ph.obj.attrs.get("implicit")), None)
        if phrase is None and not any(other != org and other_titles & titles for other_titles, other in holders):
            phrase = next((ph for ph in posts if _refers_to_holder(view, ph, mentions)), None)
        if phrase is not None:
            out.append(Role(mentions[0], phrase.title, phrase.obj, mentions[0].sent, "well_known",
                            METHOD_SCORES["well_known"]))
            continue
        listed = next(((title, country) for (title, country) in listed_posts
                       if squash(title) in titles and org in _org_names(country)), None)
        if listed is not None:
            out.append(Role(mentions[0], listed[0], listed[1], mentions[0].sent, "well_known",
                            METHOD_SCORES["well_known"]))
    return out


MAX_FIELD_WORDS = 2  # «وزرای | امور خارجه | ایران و روسیه», «روسای | جمهور | …»


def _listed_country_posts(view: DocView, index: SpanIndex) -> list[tuple[str, Span]]:
    """(singular title, country) for each country of a list after a plural title: «وزرای خارجه روسیه و ایران» names
    the Russian and the Iranian foreign minister's posts, held by no one the sentence names."""
    posts = []
    for k in range(len(view.tokens)):
        plural = view.lex.plural_titles.longest_at(view.sq, k)
        if plural is None:
            continue
        field_end = next((j for j in range(plural[0], min(plural[0] + MAX_FIELD_WORDS + 1, len(view.tokens)))
                          if j in index.countries), None)
        if field_end is None or any(not view.is_persian_word(j) or view.is_stop(j) for j in range(plural[0], field_end)):
            continue
        title = " ".join([plural[1]] + [view.tokens[j].text for j in range(plural[0], field_end)])
        countries, j = [], field_end
        while j in index.countries:
            countries.append(index.countries[j])
            j = index.countries[j].tok_end
            if j + 1 < len(view.tokens) and view.joins_list(j) and j + 1 in index.countries:
                j += 1
        if len(countries) >= 2:  # (one country after a plural title is that country's several holders)
            posts.extend((title, country) for country in countries)
    return posts


def _refers_to_holder(view: DocView, phrase: TitlePhrase, mentions: list[Span]) -> bool:
    """A title standing alone («رئیس‌جمهور»: Iran's president, titles.yaml) names the sitting holder where it is
    the subject of its sentence («خبرگزاری فارس: رئیس‌جمهوری گفت», «رئیس‌جمهور همچنین … گفتگو کرد») or shares a
    sentence with the holder's name («با یاران رئیس جمهور … با یاران دکتر احمدی نژاد»); elsewhere it is often the
    office in general («رئیس‌جمهور مدیر عامل کشور است») or a later president than the one named. A name in a
    time phrase («در دوران ریاست جمهوری احمدی نژاد … با رئیس جمهور») dates the past, it names no sitting holder."""
    if any(_in_time_phrase(view, m) for m in mentions):
        return False
    sent = view.tokens[phrase.tok_start].sent
    return subject_position(view, phrase.tok_start) or any(m.sent == sent for m in mentions)


def _org_names(obj: Span) -> set[str]:
    """The squashed names a role's object answers to: its shown name and its entity key's name."""
    return {squash(obj.name), obj.key.split(":", 1)[-1]}
