"""Speaker descriptions: the titled speaker a sentence names («استاندار گیلان گفت», «وی افزود») and the named
person that title describes, in the same story of the article.

A role family of its own (`speaker_description` in roles.METHOD_SCORES): half the roles of Fars news are stated so.
roles.find_roles calls `speaker_descriptions` once the stated posts (apposition, appointment, copula …) are attached,
so a speaker introduced with a post of his own is not described again; also the sentence-structure helpers the other
role rules share (the subject of a sentence, its scene, a plural of attendance, a digest's list items).
"""
from __future__ import annotations

from dataclasses import dataclass

from pipeline.lexicons import CONJUNCTION, squash
from pipeline.relations.complements import CURRENT_QUALIFIERS
from pipeline.relations.document import (COMMAS, FROM, OPEN_QUOTES, RELATIVE, DocView, Span, is_verb_like,
                                         names_by_start)
from pipeline.relations.organisations import DEMONSTRATIVES
from pipeline.relations.persons import SPEECH_STEMS
from pipeline.relations.titles import IN, TitlePhrase, coordinated_next, office_of, usable_object

QUOTED_FROM = squash("نقل")
ATTRIBUTION_ENDS = {squash("فارس")}  # the agency's name closes an attribution without a comma
MAX_ATTRIBUTION_TOKENS = 12
MAX_SOURCED_ATTRIBUTION_TOKENS = 20
# («هم» after a name or post is «also» too: «مدیرکل آموزش و پرورش استان سمنان هم … خواست», a probe, session 80)
ALSO = {squash("نیز"), squash("هم")}
SPEECH_LIGHT_VERBS = {squash(w) for w in ("کرد", "داشت", "نمود", "کردند", "داشتند")}  # «اظهار داشت:», «تصریح کرد:»
INDEFINITE = squash("یک")
ALSO_OPENER = squash("همچنین")
THIS = squash("این")
GENERIC_OFFICIAL = {squash(w) for w in ("مسئول", "مسؤول")}
ACCORDING_TO = (squash("به"), squash("گفته"))  # «به گفته رئیس ستاد …، …»: the speaker of the sentence
SCENE_OPENERS = {ALSO_OPENER, squash("سپس")}
# «خبر داد» (reported), also glued: the news verb of «X از … خبر داد»
NEWS, GAVE, NEWS_GAVE = squash("خبر"), {squash("داد"), squash("دادند")}, squash("خبرداد")
# «از سوی دیگر، وابسته مطبوعاتی سفارت ایران … رد کرد»: a sentence opener that brings in another side or speaker,
# as «همچنین» does; the subject follows it (and its comma)
OTHER_SIDE_OPENERS = tuple(tuple(squash(w) for w in o.split()) for o in (
    "از سوی دیگر", "از طرف دیگر", "از طرفی", "در همین حال", "در این میان", "با این حال", "علاوه بر این"))
# «در ادامه X … اظهار داشت»: words alone before a speaker that open the next turn of the same event
SPEECH_OPENERS = {(IN, squash("ادامه")), (IN, squash("پایان")), (squash("سپس"),)}
MAX_HONORIFIC_TOKENS = 3  # «حجت‌الاسلام و المسلمین»
SCENE_NOUNS = {squash(w) for w in ("جلسه", "نشست", "مراسم", "دیدار", "همایش", "اجلاس", "گردهمایی", "آیین", "جمع",
                                   "سفر", "برنامه", "بازدید", "مصاحبه", "گفت‌وگو", "گفتگو", "کنفرانس", "سمینار")}
# «در ادامه/پایان/حاشیه این دیدار …»: a part of the meeting, still its scene
SCENE_PARTS = {squash(w) for w in ("ادامه", "پایان", "حاشیه", "جریان", "خلال", "آغاز", "ابتدای")}
PRESENCE = squash("حضور")  # «با حضور …»: the titles listed after it are the attendees
CONTINUATION_VERBS = tuple(squash(w) for w in ("افزود", "ادامه", "اضافه"))
CONVERSATION = tuple({squash(w) for w in ("گفت‌وگو", "گفتگو")})  # the noun («گفت‌وگوی …» too), spelling «گفت» first
SAID, CONVERSATION_END = squash("گفت"), squash("گو")  # «گفت و گو» written as three words
PLURAL_VERB_ENDING = squash("ند")  # «گفتند», «افزودند»
PLURAL_LIGHT_VERBS = {squash(w) for w in ("کردند", "داشتند", "نمودند", "دادند", "شدند")}
ATTENDANCE_NOUNS = {squash(w) for w in ("حضور", "شرکت")}  # «… حضور داشتند», «… شرکت کردند»
TIME_ADVERBS = {squash(w) for w in ("امروز", "دیروز", "امشب", "دیشب", "صبح", "ظهر", "عصر", "شب", "شامگاه", "بامداد",
                                    "صبحگاه", "بعدازظهر")}
SPEAKER_WINDOW = 3  # sentences between a titled speaker («استاندار کردستان گفت») and the named one


def _news_agency_lead(view: DocView, lo: int, colon: int) -> bool:
    """The sentence opens with a news agency's name and a colon, however it is spaced («خبر گزاری فارس:»)."""
    known = view.lex.known_agencies.longest_at(view.sq, lo, colon)
    return known is not None and known[0] == colon and known[1].kind == "news_agency"


def subject_position(view: DocView, k: int) -> bool:
    """Token k opens its sentence, or follows «خبرگزاری فارس:» / the attribution «به گزارش …،»."""
    lo, _ = view.sentence_of(k)
    if k > lo and view.sq[k - 1] in (INDEFINITE, ALSO_OPENER):
        k -= 1  # «یک نماینده مجلس سوریه … دانست» then «جورج جبور … افزود»; «همچنین فرمانده … بیان داشت»
    if _other_side_opener(view, lo, k):
        return True
    if k > lo and view.tokens[k - 1].text in OPEN_QUOTES:
        k -= 1  # «"نبیل قاووق" در مصاحبه … گفت»: a quoted name opening the sentence
        k = _honorifics_start(view, lo, k)  # «حجت‌الاسلام والمسلمین «یوسف الناصری» افزود»
    if k == lo or after_scene(view, lo, k) or (k - lo == 2 and tuple(view.sq[lo:k]) == ACCORDING_TO):
        return True
    if tuple(view.sq[lo:k]) in SPEECH_OPENERS and _speech_follows(view, k, within=None):
        return True  # «در ادامه نماینده ولی‌فقیه در استان قزوین، اظهار داشت»: the next turn of the same event
    while k - 1 > lo and view.sq[k - 1] in TIME_ADVERBS:
        k -= 1  # «… از بندرعباس، صبح امروز علی‌اصغر خرم‌روی اظهار داشت»
    before = view.sq[lo:k]
    attribution = view.opens_with_attribution(lo, k)
    if len(before) >= 2 and before[-1] == ":" \
            and (before[-2].startswith(SPEECH_STEMS) or before[-2] in SPEECH_LIGHT_VERBS):
        return False  # «وی گفت: استاندار آذربایجان‌غربی … پیگیر بودند»: the quote's words, not its speaker
    if before and before[-1] in (":", "،", ",", "-", "–"):
        # (after the attribution's comma, not after a comma inside the quote that follows «اظهار داشت:»)
        # (not a comma of the attendees' list: «به گزارش فارس، … با حضور فرماندار نکا، مدیرکل …»)
        return k - lo <= 3 or _news_agency_lead(view, lo, k - 1) \
            or (attribution and ":" not in before[:-1] and PRESENCE not in before[:-1])
    # «به گزارش خبرنگار پارلمانی خبرگزاری فارس سید رضا زواره‌ای در …»: no comma after the attribution,
    # which may end in a dateline: «به گزارش خبرنگار خبرگزاری فارس از کرمان محمد نیازی …»
    end = len(before)
    if end >= 3 and before[-2] == FROM and before[-3] in ATTRIBUTION_ENDS:
        end -= 2
    if not attribution or any(view.tokens[j].text in COMMAS or is_verb_like(view.tokens[j].text) for j in range(lo, k)):
        return False
    if k - lo <= MAX_ATTRIBUTION_TOKENS and before[end - 1] in ATTRIBUTION_ENDS:
        return True
    # «به نقل از روابط عمومی شرکت آبفای استان زنجان علیرضا جزء‌قاسمی اظهار داشت»: an attribution that ends in
    # its source's name, then the speaker and the speech verb
    return k - lo <= MAX_SOURCED_ATTRIBUTION_TOKENS and QUOTED_FROM in before and _speech_follows(view, k)


def _anaphoric_title(view: DocView, k: int) -> bool:
    """The title at token k opens its sentence after «این» («این نماینده مجلس نهم تاکید کرد»): it points back.
    Not «این مسئول …», which says "this official" of anyone («این مسئول محیط‌زیست» after a director general)."""
    lo, _ = view.sentence_of(k)
    return k == lo + 1 and view.sq[lo] == THIS and view.sq[k] not in GENERIC_OFFICIAL


def _honorifics_start(view: DocView, lo: int, k: int) -> int:
    """Where the honorifics that end right before token k start (k when none does)."""
    moved = True
    while moved:
        moved = False
        for width in range(1, MAX_HONORIFIC_TOKENS + 1):
            hit = view.lex.honorifics.longest_at(view.sq, k - width, k) if k - width >= lo else None
            if hit is not None and hit[0] == k:
                k, moved = k - width, True
                break
    return k


def after_scene(view: DocView, lo: int, k: int, verbs: tuple[str, ...] = SPEECH_STEMS) -> bool:
    """Only the meeting's place stands before token k, and a speech verb follows: «همچنین در این جلسه نماینده
    مردم … گفت», «در این مراسم X … اظهار داشت» (not «در این دیدار X … گلزنی کردند»); with `verbs` another kind
    of verb («در این مراسم X … به عنوان مدیرعامل … معرفی شد»)."""
    _, hi = view.sentence_of(k)
    j = lo + (view.sq[lo] in SCENE_OPENERS)
    if j >= hi or view.sq[j] != IN:
        return False
    j += 1 + (j + 1 < hi and view.sq[j + 1] in SCENE_PARTS)  # «در ادامه/حاشیه این دیدار»
    start = k - (k > j + 2 and view.tokens[k - 1].text in COMMAS)
    start -= start > j + 2 and view.sq[start - 1] in ALSO  # «در ادامه این دیدار نیز مدیر … گفت»
    return start == j + 2 and view.sq[j] in DEMONSTRATIVES and view.sq[j + 1] in SCENE_NOUNS \
        and (any(view.sq[t].startswith(verbs) for t in range(k, hi))
             or (verbs is SPEECH_STEMS and _reports(view, k, hi)))


def _reports(view: DocView, k: int, hi: int) -> bool:
    """«… از تخصیص اعتبار خبر داد»: the news verb «خبر داد» (reported), in [k, hi); not the noun «خبر» alone, and
    not the words it starts («خبرنگار»)."""
    return any(view.sq[t] == NEWS and view.sq[t + 1] in GAVE for t in range(k, hi - 1)) \
        or any(view.sq[t] == NEWS_GAVE for t in range(k, hi))


def _speech_follows(view: DocView, k: int, within: int | None = 5) -> bool:
    """A speech verb within the next few tokens of the same sentence (after the name and a time word); anywhere
    after token k in it with within=None."""
    _, hi = view.sentence_of(k)
    end = hi if within is None else min(hi, k + 1 + within)
    return any(view.sq[j].startswith(SPEECH_STEMS) for j in range(k + 1, end))


def _titled_in_sentence(view: DocView, person: Span, attached: dict, described_before: set[tuple[str, int]]) -> bool:
    """The person's sentence gives them a post, held now or before («X رئیس پیشین دانشگاه … نیز حضور داشت»)."""
    return (person.key, person.sent) in described_before or \
        any(view.tokens[ph.tok_start].sent == person.sent for ph in attached.get(person.key, []))


def _another_person(view: DocView, person: Span, named: dict[int, Span], attached: dict) -> bool:
    """«X نیز در این نشست حضور داشت», «X و Y نمایندگان …»: «also» after a name, or a list of names, brings in
    someone other than the speaker a title described before; so does «also» after the name's own post («سید رضا
    مرتضوی‌پور استاندار اصفهان نیز … گفت», a probe, session 80)."""
    k = person.tok_end
    own_post = next((ph for ph in attached.get(person.key, ()) if ph.tok_start in (k, k + 1)), None)
    also_after_post = own_post is not None and own_post.tok_end < len(view.tokens) \
        and view.sq[own_post.tok_end] in ALSO
    return k < len(view.tokens) and (view.sq[k] in ALSO or (view.joins_list(k) and (k + 1) in named)
                                     or also_after_post)


APPOSITION_WORDS = 8  # «نرگس کاظمی، | مادر یکی از دانش‌آموزان مصدوم | ، به خبرنگار ما گفت»


def _described_between_commas(view: DocView, person: Span) -> bool:
    """«نرگس کاظمی، مادر یکی از دانش‌آموزان مصدوم، … گفت»: a name with a description of its own between commas
    (no post) is someone introduced, not the speaker a title described before (a probe, session 80)."""
    k = person.tok_end
    if k >= len(view.tokens) or view.tokens[k].text not in COMMAS:
        return False
    closing = view.comma_ahead(k + 1, view.sentence_of(k)[1], APPOSITION_WORDS)
    return closing is not None and closing > k + 1


def _speech_verb_at(view: DocView, j: int) -> bool:
    """A speech verb at token j, not the noun «گفت‌وگو» / «گفت و گو» (conversation: «در گفت‌وگو با فارس افزود»)."""
    word = view.sq[j]
    if not word.startswith(SPEECH_STEMS) or word.startswith(CONVERSATION):
        return False
    return not (word == SAID and j + 2 < len(view.sq) and view.sq[j + 1] == CONJUNCTION
                and view.sq[j + 2].startswith(CONVERSATION_END))


def _continuing_verb(view: DocView, k: int) -> int | None:
    """The first speech verb of the sentence after token k, where it says the speaker goes on («افزود», «ادامه
    داد»), else None."""
    _, hi = view.sentence_of(k)
    verb = next((j for j in range(k + 1, hi) if _speech_verb_at(view, j)), None)
    return verb if verb is not None and view.sq[verb].startswith(CONTINUATION_VERBS) else None


def _continues_speech(view: DocView, k: int) -> bool:
    return _continuing_verb(view, k) is not None


def _goes_on_speaking(view: DocView, person: Span) -> bool:
    """The person's sentence goes on with the speech («… در گفت‌وگو با فارس افزود»), with no «نیز» before its verb:
    the speaker before goes on, not someone new («X معاون … نیز افزود»)."""
    verb = _continuing_verb(view, person.tok_end - 1)
    return verb is not None and not any(view.sq[j] in ALSO for j in range(person.tok_end, verb))


def _other_post_at_office(view: DocView, phrase: TitlePhrase, person: Span, attached: dict) -> bool:
    """The person's sentence gives them another title at the phrase's office («وزیر کشور» / «معاون سیاسی وزیر
    کشور»): someone else than the holder, whose posts exclude each other."""
    if phrase.obj is None:
        return False
    office = office_of(view, phrase.title, phrase.obj).key
    return any(view.tokens[held.tok_start].sent == person.sent and held.obj is not None
               and office_of(view, held.title, held.obj).key == office and squash(held.title) != squash(phrase.title)
               for held in attached.get(person.key, []))


def plural_attendance(view: DocView, k: int) -> bool:
    """The sentence goes on from token k to a plural verb of attending («حضور داشتند», «شرکت کردند»)."""
    hi = view.sentence_of(k)[1]
    return any(view.sq[j] in ATTENDANCE_NOUNS and view.sq[j + 1] in PLURAL_LIGHT_VERBS for j in range(k, hi - 1))


def _plural_speech(view: DocView, k: int) -> bool:
    """A speech verb after token k in its sentence, before a quote opens, is plural («گفتند», «تاکید کردند», «اظهار
    داشتند»; any, since the first may be a noun: «با تاکید بر … تاکید کردند»)."""
    hi = view.sentence_of(k)[1]
    hi = view.first_colon(k, hi, hi)
    return any(view.sq[j].startswith(SPEECH_STEMS) and (view.sq[j].endswith(PLURAL_VERB_ENDING) or
                                                        (j + 1 < hi and view.sq[j + 1] in PLURAL_LIGHT_VERBS))
               for j in range(k, hi))


def _first_verb_plural(view: DocView, k: int) -> bool:
    """The first verb after token k in its sentence is plural («… بازدید کردند», «… حضور داشتند»)."""
    hi = view.sentence_of(k)[1]
    verb = next((j for j in range(k, hi) if is_verb_like(view.tokens[j].text)), None)
    return verb is not None and view.sq[verb].endswith(PLURAL_VERB_ENDING)


def _other_side_opener(view: DocView, lo: int, k: int) -> bool:
    """The sentence starting at lo opens with «از سوی دیگر», «در همین حال» … (and a comma), and k comes right after."""
    end = k - 1 if k - 1 > lo and view.tokens[k - 1].text in COMMAS else k
    return tuple(view.sq[lo:end]) in OTHER_SIDE_OPENERS


def _also_after(view: DocView, phrase: TitlePhrase) -> bool:
    """«… نیز گفت», «همچنین <title> … بیان داشت»: another speaker comes in (also past a province the phrase's body
    name leaves out: «رئیس سازمان صنعت، معدن و تجارت | البرز نیز …»)."""
    k = phrase.tok_end
    place = view.lex.provinces.longest_at(view.sq, k) if k < len(view.tokens) else None
    if place is not None:
        k = place[0]
    return (k < len(view.tokens) and view.sq[k] in ALSO) or \
        (phrase.tok_start > 0 and view.sq[phrase.tok_start - 1] == ALSO_OPENER) or \
        _other_side_opener(view, view.sentence_of(phrase.tok_start)[0], phrase.tok_start)


def _new_post_at_body(view: DocView, phrase: TitlePhrase) -> bool:
    """«مدیر کل جدید تبلیغات اسلامی بوشهر معارفه شد»: a body's new holder is the one introduced, named by the
    appointment, not the first speaker (who is often the one introducing him)."""
    return (phrase.title_end < len(view.tokens) and view.sq[phrase.title_end] in CURRENT_QUALIFIERS
            and phrase.obj is not None and phrase.obj.label == "ORG")


def _qualifier(view: DocView, phrase: TitlePhrase) -> str:
    """The words between a title and its object («معاون توانبخشی سازمان بهزیستی …»: «توانبخشی»), less «و»
    («معاون سیاسی امنیتی استاندار» / «معاون سیاسی و امنیتی استاندار»)."""
    end = phrase.title_end
    if phrase.obj is not None and phrase.obj.tok_start >= phrase.title_end:
        end = phrase.obj.tok_start
    return "".join(w for w in view.sq[phrase.title_end:end] if w != CONJUNCTION)


def _describe(view: DocView, described: dict[tuple[str, str | None], set[str]], phrase: TitlePhrase,
              description: tuple[str, str | None]) -> None:
    described.setdefault(description, set()).add(_qualifier(view, phrase))


def _held(described: dict[tuple[str, str | None], set[str]], description: tuple[str, str | None],
          qualifier: str) -> bool:
    """A named person already holds the description: same title and body, and the same qualifier or one left out
    («حسین اردونی، معاون توانبخشی سازمان بهزیستی» does not hold «معاون پشتیبانی و منابع انسانی سازمان بهزیستی»)."""
    qualifiers = described.get(description)
    return qualifiers is not None and (qualifier in qualifiers or not qualifier or "" in qualifiers)


@dataclass
class _Speakers:
    """Who may be a titled speaker with no name («استاندار کردستان گفت: …»), gathered once per document."""
    speakers: list[Span]  # full names (or surnames tied to one) opening their sentence
    surname_speakers: list[Span]  # other names opening a sentence with a speech verb right after them
    subjects: list[Span]  # speakers and «وی» as the subject: when each last spoke
    named: dict[int, Span]
    list_items: set[int]  # sentences that are items of a headline digest
    story: list[int]  # each sentence's story (a headline opens another)
    attached: dict
    described_before: set[tuple[str, int]]
    appointed: set[tuple[str, int, str]]  # (person, sentence, title) of the appointments found

    @classmethod
    def gather(cls, view: DocView, persons: list[Span], attached: dict, described_before: set[tuple[str, int]],
               appointed: set[tuple[str, int, str]]) -> "_Speakers":
        # a surname the coreference step tied to a full name speaks for that person too («پسنده در ادامه تصریح کرد»)
        full_names = {p.key for p in persons if p.kind != "pronoun" and p.attrs.get("n_name_tokens", 1) >= 2}
        speakers = [p for p in persons if p.kind != "pronoun"
                    and subject_position(view, p.tok_start) and (p.attrs.get("n_name_tokens", 1) >= 2
                                                                  or p.method == "pattern:position"
                                                                  or p.key in full_names)]
        speaker_ids = {id(p) for p in speakers}
        surname_speakers = [p for p in persons if p.kind == "person" and id(p) not in speaker_ids
                            and subject_position(view, p.tok_start) and _speech_follows(view, p.tok_start, 2)]
        subjects = speakers + [q for q in persons if q.kind == "pronoun" and subject_position(view, q.tok_start)]
        return cls(speakers, surname_speakers, subjects, names_by_start(persons),
                   {sent for sent in view.sent_tokens if list_item(view, sent)}, _stories(view), attached,
                   described_before, appointed)


def speaker_descriptions(view: DocView, persons: list[Span], phrases: dict[int, TitlePhrase], used: set[int],
                          attached: dict, attach, described_before: set[tuple[str, int]],
                          appointed: set[tuple[str, int, str]]) -> None:
    """«استاندار کردستان گفت: …» then «به گزارش …، بهمن مرادنیا … اظهار داشت»: the titled speaker with no name
    is the named speaker nearby (the next one within SPEAKER_WINDOW sentences, else the previous one),
    even one already titled elsewhere unless with the same title."""
    ctx = _Speakers.gather(view, persons, attached, described_before, appointed)
    # one named speaker per description; a description a named person already holds (by apposition …) is
    # theirs: «نماینده مردم ورامین … خبر داد» then «… با سیدحسین نقوی‌حسینی نماینده مردم ورامین …»
    described: dict[tuple[str, str | None], set[str]] = {}
    for held in attached.values():
        for ph in held:
            if ph.obj is not None:
                _describe(view, described, ph, (squash(ph.title), ph.obj.key))
    for start, phrase in sorted(phrases.items()):
        anaphoric = _anaphoric_title(view, start)
        if start in used or not (anaphoric or subject_position(view, start)):
            continue
        description = (squash(phrase.title), phrase.obj.key if usable_object(phrase.obj) else None)
        if _held(described, description, _qualifier(view, phrase)) or _new_post_at_body(view, phrase):
            continue
        person = _described_speaker(view, ctx, phrase, anaphoric, description[0])
        # a second post of a titled speaker («نایب رئیس مجلس» … «نماینده مردم اردبیل … ادامه داد»), but not
        # the same title again with another place («امام جمعه ایوان» / «امام جمعه ایلام»); a post with no object
        # («معاون گردشگری کشور … اعلام کرد» then «منوچهر جهانیان … اظهار داشت») makes its speaker an official only,
        # and does not keep the same title with its object from him
        same_title = [held for held in attached.get(person.key, []) if squash(held.title) == description[0]] \
            if person is not None else []
        if person is not None and not any(usable_object(held.obj) for held in same_title) \
                and not (description[1] is None and same_title):
            attach(person, phrase, "speaker_description")
            _describe(view, described, phrase, description)
            # «نماینده ولی فقیه در هرمزگان و امام جمعه بندرعباس گفت»: the coordinated title is the same speaker's
            # («رییس دیوان عالی کشور و دادستان کل کشور … تاکید کردند»: a plural verb, two speakers)
            # («مدیرکل بهزیستی … و رئیس دانشگاه … اظهارات او را رد کردند»: the first verb is plural, also two)
            two = _plural_speech(view, phrase.tok_end) or _first_verb_plural(view, phrase.tok_end)
            nxt = None if two else coordinated_next(view, phrase, phrases)
            while nxt is not None and nxt.tok_start not in used and usable_object(nxt.obj):
                attach(person, nxt, "speaker_description")
                _describe(view, described, nxt, (squash(nxt.title), nxt.obj.key))
                nxt = coordinated_next(view, nxt, phrases)


def _introduced_anew(view: DocView, ctx: _Speakers, phrase: TitlePhrase, p: Span) -> bool:
    """Speaker p, after the titled sentence, comes with a post of his own in his sentence, and does not go on
    with the speech in the very next one at another post of the same office."""
    sent = view.tokens[phrase.tok_start].sent
    return _titled_in_sentence(view, p, ctx.attached, ctx.described_before) \
        and not (p.sent == sent + 1 and _goes_on_speaking(view, p) and not _other_post_at_office(view, phrase, p,
                                                                                                 ctx.attached))


def _described_speaker(view: DocView, ctx: _Speakers, phrase: TitlePhrase, anaphoric: bool,
                       title: str) -> Span | None:
    """The named speaker a sentence-opening title describes (None if none): the first one named after it within
    SPEAKER_WINDOW sentences, else the last one before it; «این عضو …» the last one named before, and «… افزود»
    the one whose speech it goes on with."""
    start = phrase.tok_start
    sent = view.tokens[start].sent
    list_items = ctx.list_items
    after = _speakers_after_title(view, ctx, phrase, title)
    before = _speakers_before_title(view, ctx, phrase, title)
    person = after[0] if after else (before[-1] if before else None)
    if anaphoric:
        # «این عضو شورای شهر تهران، قوانین … را عامل … دانست»: «this member» is the last speaker named before
        return _last_speaker(ctx.speakers + ctx.surname_speakers, sent, list_items, ctx.story)
    indefinite = start > 0 and view.sq[start - 1] == INDEFINITE
    if _continues_speech(view, start) and not (_also_after(view, phrase) or indefinite) and sent not in list_items:
        # «رئیس سازمان تبلیغات اسلامی … افزود»: «added» goes on with the last speaker, one named by surname
        # too («کریمی گفت: …» then «استاندار کرمان افزود: …»)
        return _last_speaker(ctx.speakers + ctx.surname_speakers, sent, list_items) or person
    return person


def _speakers_after_title(view: DocView, ctx: _Speakers, phrase: TitlePhrase, title: str) -> list[Span]:
    """The speakers named after the title within SPEAKER_WINDOW sentences who may be the one it describes, in
    order; each filter says why a candidate is not."""
    start = phrase.tok_start
    sent = view.tokens[start].sent
    after = [p for p in ctx.speakers if 0 <= p.sent - sent <= SPEAKER_WINDOW and p.tok_start > start]
    # «بخشدار آرین شهر نیز … گفت» then «صادق افزود»: a surname speaking soon after («سرمربی … می‌گوید: …», two
    # sentences of background, then «کمالوند … گفت»)
    after += [p for p in ctx.surname_speakers if 0 < p.sent - sent <= SPEAKER_WINDOW]
    # (a later speaker introduced with a post of his own in his sentence is not the described one: «رییس جمهور …
    # اظهار داشت» then «X سفیر جدید برزیل نیز … گفت»; nor one «نیز» or a list brings in, nor one the description's
    # own sentence gives another post: «وزیر کشور علی احمدی را به عنوان استاندار گیلان منصوب کرد» then «احمدی گفت»)
    # (one going on with the speech in the next sentence still is: «عضو کمیسیون امنیت ملی مجلس … گفت» then «X
    # نماینده مردم مشهد در مجلس … افزود»)
    # (where the titled one does not speak, a speaker's later mentions go with his first after the title: «سفیر
    # آلمان … احضار شد» then «ناصر کاظمی، سخنگوی وزارت خارجه، … گفت» and «وی افزود» — the pronoun is the
    # spokesman introduced anew, no ambassador; a lead that speaks, «نخست‌وزیر ترکیه … اعلام کرد» then «اردوغان،
    # رهبر …، گفت» and «وی افزود», may be told again with another post, tune 2#20)
    after.sort(key=lambda p: p.tok_start)
    first_after: dict[str, Span] = {}
    for p in after:
        first_after.setdefault(p.key, p)
    silent = not any(_speech_verb_at(view, j) for j in range(phrase.tok_end, view.sentence_of(start)[1]))
    # (so do they where «نیز» brings the titled one in: «معاون … شهردار کرمان نیز … گفت» then «X رئیس دانشگاه … گفت»
    # and «X افزود» — X is not the deputy mayor; a probe, session 80)
    anew = {key for key, p in first_after.items() if p.sent > sent and _introduced_anew(view, ctx, phrase, p)} \
        if silent or _also_after(view, phrase) else set()
    # (one «also» brings in is not the described speaker when named again later: «X استاندار اصفهان نیز … گفت»
    # then «X تأکید کرد»)
    brought_in = {p.key for p in after if p.sent > sent and (_another_person(view, p, ctx.named, ctx.attached)
                                                             or _described_between_commas(view, p))}
    after = [p for p in after if not (p.sent > sent and (p.key in anew or p.key in brought_in
                                                         or _introduced_anew(view, ctx, phrase, p)))
             and not any(view.tokens[ph.tok_start].sent == sent for ph in ctx.attached.get(p.key, []))]
    # «… نیز گفت»: «also» brings in another speaker, not the one before, nor one who spoke before and is named
    # again after it («X … گفت» then «بخشدار لوندویل نیز … گفت» then «به گفته X، …»: a probe, session 79)
    if _also_after(view, phrase):
        spoke = {p.key for p in ctx.speakers + ctx.surname_speakers if p.sent < sent}
        after = [p for p in after if p.key not in spoke]
    # «امام جمعه بجنورد که مهمان این آیین بود، … بازدید کرد»: a relative clause on the title introduces its holder,
    # who is not the speaker before, nor anyone named before who speaks again after it («معاون حقوقی وزیر امور خارجه
    # که … حضور داشت، گفت» then «مصری‌نژاد … اعلام کرد»; probes, session 80)
    if _introduced(view, phrase):
        named_before = {p.key for p in ctx.named.values() if p.sent < sent}
        after = [p for p in after if p.key not in named_before]
    if not _continues_speech(view, start):
        # (nor, after it, one appointed to another post at any time: «وزیر نفت … مدیران عامل سه شرکت را منصوب کرد»
        # then «بر اساس این احکام، X به سمت مدیرعامل … منصوب شد»: the appointee, not the minister; a probe, session 80)
        appointed_other = {key for key, _, appointed in ctx.appointed if appointed != title}
        after = [p for p in after if p.key not in appointed_other]
    # a headline digest: each «- …» item stands alone
    after = [p for p in after if p.sent == sent or (sent not in ctx.list_items and p.sent not in ctx.list_items)]
    # a headline opens another story: a name in it or after it is not this lead's speaker (the headline's own name
    # may be described by the lead that follows it, «رئیس تشکیلات خودگردان …»)
    return [p for p in after if ctx.story[p.sent] == ctx.story[sent]]


def _speakers_before_title(view: DocView, ctx: _Speakers, phrase: TitlePhrase, title: str) -> list[Span]:
    """The speakers named before the title's sentence who may be the one it describes, in order: none after
    «نیز», an indefinite («یک سخنگوی حزب …») or a relative clause on the title, which bring in someone new."""
    start = phrase.tok_start
    sent = view.tokens[start].sent
    story, list_items = ctx.story, ctx.list_items
    indefinite = start > 0 and view.sq[start - 1] == INDEFINITE
    if _also_after(view, phrase) or indefinite or _introduced(view, phrase) or sent in list_items:
        return []
    # (the window counts from the speaker's last mention as the subject, «وی …» included: «حسین رفیعی … گفت»,
    # «وی در ادامه … گفت», «وی ادامه داد», then «مسئول انجمن هنرهای تجسمی بیرجند … عنوان کرد»)
    last_subject: dict[str, int] = {}  # each speaker's last sentence before this one as the subject (name or «وی»)
    for p in ctx.subjects:
        if p.sent < sent and story[p.sent] == story[sent]:
            last_subject[p.key] = max(last_subject.get(p.key, -1), p.sent)
    before = [p for p in ctx.speakers
              if 0 < sent - p.sent and 0 < sent - last_subject.get(p.key, p.sent) <= SPEAKER_WINDOW]
    # (one appointed before it, or in its own sentence, is not the titled one, unless that sentence goes on with
    # his speech: «X به عنوان رئیس دانشگاه … معارفه شد» then «وزیر بهداشت … تقدیر کرد» is the minister, even
    # where «میرزایی …» comes next)
    if not _continues_speech(view, start):
        # (not one appointed to this very title: «مدیر کل جدید تبلیغات اسلامی بوشهر معارفه شد» … «طاهری به عنوان
        # مدیر کل جدید این سازمان معرفی شد»)
        appointed_elsewhere = {key for key, at, appointed in ctx.appointed if at <= sent and appointed != title}
        before = [p for p in before if p.key not in appointed_elsewhere]
    # a headline opens another story: a name before it is not the speaker of a lead after it («نخست‌وزیر استرالیا
    # … اعمال کرد. ⏎ محمود عباس، … دانست ⏎ …») nor of a title in it («دادستان اصفهان … ورود پیدا کرده است» heads a
    # section about the prosecutor)
    return [p for p in before if story[p.sent] == story[sent] and p.sent not in list_items]


def _introduced(view: DocView, phrase: TitlePhrase) -> bool:
    """A relative clause right after the title («امام جمعه بجنورد که …»): the sentence introduces its holder."""
    return phrase.tok_end < len(view.tokens) and view.sq[phrase.tok_end] == RELATIVE


def _last_speaker(speakers: list[Span], sent: int, list_items: set[int], story: list[int] | None = None) -> Span | None:
    """The speaker named last within SPEAKER_WINDOW sentences before `sent`, outside a headline digest's items (and,
    given `story`, in the same story)."""
    recent = [p for p in speakers if 0 < sent - p.sent <= SPEAKER_WINDOW and p.sent not in list_items
              and (story is None or story[p.sent] == story[sent])]
    return max(recent, key=lambda p: p.tok_start) if recent else None


BULLETS = {"-", "*", "•", "▪", "–"}
SENTENCE_ENDS = (".", "!", "?", "؟", ":", "»", '"', "…")


def _stories(view: DocView) -> list[int]:
    """Per sentence, how many headline lines open at or before it: two sentences with the same number belong to
    one story (a headline and the lead under it)."""
    story, count = [], 0
    for sent in range(len(view.sentences)):
        count += _headline_line(view, sent)
        story.append(count)
    return story


def _headline_line(view: DocView, sent: int) -> bool:
    """The sentence is a whole line of its own with no final punctuation: a headline, which opens another story
    in a digest («… اعمال کرد. ⏎ محمود عباس، … دانست ⏎ رئیس تشکیلات خودگردان …»)."""
    start, end = view.sentences[sent]
    return view.whole_line(sent) and not view.text[start:end].rstrip().endswith(SENTENCE_ENDS)


def list_item(view: DocView, sent: int) -> bool:
    """The sentence is an item of a list («- صفدر حسینی: …» in a digest of headlines)."""
    lo, hi = view.sentence_bounds(sent)
    return lo < hi and view.tokens[lo].text in BULLETS
