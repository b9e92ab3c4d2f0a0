"""Posts an appointment gives («X به عنوان رئیس … منصوب شد», by an order, a vote or in the passive) and the posts a
dismissal or resignation names («X از سمت … برکنار شد»); roles.find_roles attaches them.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import NamedTuple

from pipeline.lexicons import CONJUNCTION, squash
from pipeline.relations.document import (CLOSE_QUOTES, COMMAS, FROM, INFINITIVES, OBJECT_MARKER, OWN, RELATIVE,
                                         WITH, DocView, Span, is_verb_like)
from pipeline.relations.organisations import COMPANY
from pipeline.relations.persons import RESPECTIVELY, names_listed_before
from pipeline.relations.speakers import ACCORDING_TO, after_scene, subject_position
from pipeline.relations.titles import POSITION_NOUNS, TitlePhrase, coordinated_next, title_after_marker, usable_object

APPOINTMENT_TRIGGERS = tuple(squash(w) for w in ("منصوب", "انتخاب", "معرفی", "برگزید", "تعیین", "انتصاب",
                                                 "گمارده", "ابقا", "منصوب‌شد"))
# after a bare «به» («X به ریاست سازمان … منصوب شد») «معرفی» is no appointment: «… به ریاست سازمان معرفی شد» is
# introduced to its head
POST_NOUN_TRIGGERS = tuple(t for t in APPOINTMENT_TRIGGERS if t != squash("معرفی"))
# (and a relative clause of the appointment: «عزیزالله شهبازی که اخیرا به عنوان استاندار البرز منصوب شده است»)
BETWEEN_SUBJECT_AND_MARKER = {squash(w) for w in ("را", "که", "اخیرا", "اخیراً", "تازه")} | {"»"} | \
    {squash(c) for c in COMMAS}
# «X با حکم Y به عنوان … منصوب شد»: Y signed the order, X is appointed (not «طی حکمی X را …»: X is the object)
ORDER_NOUNS = {squash(w) for w in ("حکم", "دستور", "پیشنهاد")}
DISMISSAL_WORDS = tuple(squash(w) for w in ("برکنار", "عزل", "استعفا", "کناره‌گیری"))  # («برکناری», «استعفای» too)
ASIDE, ASIDE_VERBS = squash("کنار"), tuple(squash(w) for w in ("رفت", "گذاشته", "گذاشت"))  # «… کنار رفت»
ORDER_PREPOSITIONS = {squash(w) for w in ("با", "طی")}
# «X بجای/به جای Y …», «X جایگزین Y در سمت … شد»: Y is the one replaced («جانشین» is also a title: not here)
INSTEAD, INSTEAD_SPLIT = {squash("بجای"), squash("جایگزین")}, (squash("به"), squash("جای"))
LATE = {squash(w) for w in ("مرحوم", "شادروان", "زنده‌یاد")}  # «به جای مرحوم X», «زنده‌یاد X استاندار …»: the late
# «X بعد از کناره‌گیری Y به عنوان … انتخاب شد», «X پس از استعفای Y …»: Y left the post, X takes it
DEPARTURES = {squash(w) for w in ("کناره‌گیری", "استعفای", "استعفا", "برکناری", "عزل", "درگذشت", "بازنشستگی")}
DEPARTURE_PREPOSITIONS = tuple(tuple(squash(w) for w in p.split()) for p in ("بعد از", "پس از", "در پی", "به دنبال",
                                                                             "با"))
KEEPING_POST = (WITH, squash("حفظ"), squash("سمت"))
OBJECT_TO_MARKER = 12  # «X را | بدون گرفتن رای اعتماد از مجلس فلسطین | بعنوان …»
# «هیئت رئیسه (جدید) شورای شهر یزد»: a body's presiding board, elected from its members (squash unifies «هیئت/هیات»;
# «هیئت‌رئیسه» with a ZWNJ squashes to one word)
PRESIDING_BOARD, PRESIDING_BOARD_JOINED = (squash("هیئت"), squash("رئیسه")), squash("هیئت‌رئیسه")
# «(جلسه) هیئت‌مدیره (جدید) شرکت فولاد مبارکه»: a company's board of directors
DIRECTORS_BOARD, DIRECTORS_BOARD_JOINED = (squash("هیئت"), squash("مدیره")), squash("هیئت‌مدیره")
NEW = squash("جدید")
# the posts a presiding board's election fills
GAINING, VOTES, IN_FAVOUR = squash("کسب"), squash("رای"), squash("موافق")
VOTE_TOKENS = 5  # «با کسب ۱۲ رأی موافق»
POST_FIELD_WORDS = 3  # «معاون آموزشی», «معاون هماهنگی امور عمرانی»: a bare post's field words
BOARD_POSTS = frozenset(squash(w) for w in ("رئیس", "نایب‌رئیس", "نایب رئیس", "دبیر", "سخنگو", "عضو", "منشی",
                                            "خزانه‌دار"))
# the posts a board of directors gives out («… به عنوان رئیس هیئت‌مدیره و مدیرعامل انتخاب شد»)
DIRECTORS_POSTS = frozenset(squash(w) for w in ("رئیس هیئت‌مدیره", "رئیس", "نایب‌رئیس", "نایب رئیس",
                                                "نایب‌رئیس هیئت‌مدیره", "عضو هیئت‌مدیره", "عضو", "مدیرعامل"))


BOARD_KINDS = ((PRESIDING_BOARD, PRESIDING_BOARD_JOINED, BOARD_POSTS),
               (DIRECTORS_BOARD, DIRECTORS_BOARD_JOINED, DIRECTORS_POSTS))  # its words, joined, and the posts it fills


class Board(NamedTuple):
    """A board a sentence names (`elected_boards`): the body it belongs to, and the posts it fills."""
    body: Span
    posts: frozenset[str]


def votes_end(view: DocView, k: int) -> int | None:
    """Where a vote count at k ends («با ۴۰ رأی», «با کسب ۱۲ رأی موافق»), else None."""
    if k >= len(view.tokens) or view.sq[k] != WITH:
        return None
    k += 1 + (k + 1 < len(view.tokens) and view.sq[k + 1] == GAINING)
    if not (k + 1 < len(view.tokens) and view.tokens[k].text.isdigit() and view.sq[k + 1] == VOTES):
        return None
    return k + 2 + (k + 2 < len(view.tokens) and view.sq[k + 2] == IN_FAVOUR)


def elected_boards(view: DocView, agencies: list[Span]) -> dict[int, Board]:
    """Sentence → the body whose presiding board (or board of directors) it names: the agency right after «هیئت
    رئیسه (جدید)», «هیئت‌مدیره (جدید)», or, with none there, the one agency named before the board in its sentence
    («در جلسه شورای اسلامی شهر ساری، هیئت رئیسه جدید انتخاب شد»)."""
    boards: dict[int, Board] = {}
    by_start = {o.tok_start: o for o in agencies}
    for k in range(len(view.tokens)):
        named = next(((k + (2 if view.words_at(k, words) else 1), posts) for words, joined, posts in BOARD_KINDS
                      if view.words_at(k, words) or view.sq[k] == joined), None)
        if named is None:
            continue
        after, posts = named
        after += after < len(view.tokens) and view.sq[after] == NEW
        # («هیئت‌مدیره شرکت | پتروشیمی بندر امام»: the company's name without its «شرکت»)
        after += after + 1 < len(view.tokens) and view.sq[after] == COMPANY and after + 1 in by_start
        lo, _ = view.sentence_of(k)
        # (not the news agency of «به گزارش خبرگزاری فارس، در جلسه …»)
        before = [o for o in agencies if lo <= o.tok_start and o.tok_end <= k and o.kind != "news_agency"]
        body = by_start.get(after) or (before[0] if len(before) == 1 else None)
        if body is not None:
            boards[view.tokens[k].sent] = Board(body, posts)
    return boards


def appointments(view: DocView, phrases: dict[int, TitlePhrase], by_end: dict[int, Span], by_start: dict[int, Span],
                 attach: Callable[[Span, TitlePhrase, str], None], former: Callable[[Span], object],
                 boards: dict[int, Board] | None = None) -> None:
    """Attaches (person, post) for every appointment in the document: the name before «به عنوان / به سمت …» in a
    sentence with an appointment verb, the name after the post, the passive's subject or the names voted in; a name
    right before the marker holds the post even without such a verb. `former` records a predecessor («X به جای Y»:
    Y) as an official with no current role; `boards` (`elected_boards`) gives a board post with no body its body."""
    boards = boards or {}
    for lo, hi in sorted(view.sent_tokens.values()):
        verbs = [view.sq[k] for k in range(lo, hi) if view.sq[k].startswith(APPOINTMENT_TRIGGERS)]
        triggered = bool(verbs)
        post_triggered = any(v.startswith(POST_NOUN_TRIGGERS) for v in verbs)
        vote_counts = [j for j in range(lo, hi) if votes_end(view, j) is not None]
        for k in range(lo, hi):
            if k in by_end and view.words_at(k, RESPECTIVELY) and (k + 2) in phrases:
                # «X و Y به ترتیب رئیس و نایب‌رئیس شورای … شدند»: «respectively» with no marker after it shares the
                # posts out only over as many names
                _take_posts(view, by_end[k], phrases[k + 2], phrases, by_start, by_end, hi, attach, boards,
                            in_order_only=True)
                continue
            title_at = title_after_marker(view, k, hi)
            phrase = phrases.get(title_at) if title_at is not None else None
            if phrase is None:
                continue
            if view.sq[k] == "به" and title_at == k + 1 and not post_triggered:
                continue  # the office's noun after a bare «به» is a post only one is appointed to
            if not triggered:
                # «علی رضایی به عنوان رئیس هیئت مدیره … گفت», «… در سمت مدیرکل …»: without an appointment verb
                # only a name right before the marker holds the post («X جایگزین Y در سمت …»: X does)
                if k in by_end and by_end[k].kind != "pronoun" \
                        and (appointee := _appointee(view, by_end[k], by_end, former)) is not None:
                    attach(appointee, phrase, "appointment")
                continue
            person = None
            at = k - len(KEEPING_POST) if view.words_end_at(k, KEEPING_POST, lo) else k  # «X را با حفظ سمت به عنوان …»
            if view.words_end_at(at, RESPECTIVELY, lo):
                at -= len(RESPECTIVELY)  # «X و Y به ترتیب به عنوان رئیس و نایب‌رئیس …»
            # «X با ۹ رأی به عنوان رئیس …»: the vote count between the name and the marker (one name's only: names
            # listed each with its votes are _voted_names')
            if sum(j < at for j in vote_counts) == 1:
                at = next((j for j in vote_counts if at - VOTE_TOKENS <= j < at and votes_end(view, j) == at), at)
            m = at
            while m > lo and at - m <= 2:
                if m in by_end:
                    person = by_end[m]
                    break
                if view.sq[m - 1] not in BETWEEN_SUBJECT_AND_MARKER:
                    break
                m -= 1
            described = None
            if person is None:
                person = described = _described_by_relative_clause(view, lo, at, by_end)
            if person is None:
                person = _issuer_named_with_post(view, at, phrases, by_end)
            if person is None and post_triggered:
                person = _object_before(view, lo, at, phrases, by_end)
            if person is not None and person.tok_start > lo and view.sq[person.tok_start - 1] in ORDER_NOUNS \
                    and view.sq[person.tok_end] != OBJECT_MARKER:
                person = _ordered_appointee(view, person, by_end)
            if person is not None and person is not described:
                person = _appointee(view, person, by_end, former)
            if person is not None and phrase.plural:  # «X، Y و Z به عنوان اعضای …»: each name of the list
                for listed in names_listed_before(view, person, by_end)[:-1]:
                    attach(listed, phrase, "appointment")
            if person is None:
                after = phrase.tok_end + (1 if phrase.tok_end < hi and view.tokens[phrase.tok_end].text in COMMAS else 0)
                person = by_start.get(after)
                if person is not None and title_after_marker(view, person.tok_end, hi) is not None:
                    person = None  # «…، Y به عنوان نایب‌رئیس …»: the next appointee of a list, with a post of his own
            if person is None and not phrase.plural:
                person = _passive_subject(view, lo, at, phrase.tok_end, hi, by_end)
            if person is None:
                for voted in _voted_names(view, lo, at, phrase, hi, by_end):
                    attach(voted, phrase, "appointment")
            if person is not None:
                _take_posts(view, person, phrase, phrases, by_start, by_end, hi, attach, boards)


def _take_posts(view: DocView, person: Span, phrase: TitlePhrase, phrases: dict[int, TitlePhrase],
                by_start: dict[int, Span], by_end: dict[int, Span], hi: int,
                attach: Callable[[Span, TitlePhrase, str], None], boards: dict[int, Board],
                in_order_only: bool = False) -> None:
    """The post at `phrase` and those coordinated after it («به عنوان مدیرعامل و رئیس هیئت مدیره بانک ملت منصوب
    شد»: each is his), or, where as many names are listed before `person` as there are posts, one post each in
    order («X و Y (به ترتیب) به عنوان رئیس و نایب‌رئیس شورای … انتخاب شدند»); `in_order_only`: nothing otherwise."""
    posts = [_body_named_after(view, _body_named_before(view, phrase, phrases), phrases, by_start, hi)]
    nxt = None if phrase.plural else coordinated_next(view, phrase, phrases)
    while nxt is not None and nxt.tok_end <= hi:
        posts.append(nxt)
        nxt = coordinated_next(view, nxt, phrases)
    posts = [_board_body(view, post, boards) for post in posts]
    listed = names_listed_before(view, person, by_end) if len(posts) > 1 else [person]
    if len(listed) == len(posts) > (1 if in_order_only else 0):
        for name, post in zip(listed, posts):
            attach(name, post, "appointment")
    elif not in_order_only:
        for post in posts:
            attach(person, post, "appointment")


def _body_named_before(view: DocView, phrase: TitlePhrase, phrases: dict[int, TitlePhrase]) -> TitlePhrase:
    """«در آیین معارفه مدیرکل جدید بهزیستی استان گیلان، علی احمدی به عنوان مدیرکل جدید معرفی … شد»: a post named
    with no body takes the body of the same title named earlier in its sentence, or in the sentence before
    («آیین معارفه فرماندار جدید شهرستان میناب برگزار شد. در این آیین X به عنوان فرماندار معرفی شد»)."""
    if usable_object(phrase.obj):
        return phrase
    sent = view.tokens[phrase.tok_start].sent
    for where in (sent, sent - 1):
        earlier = [p for start, p in phrases.items() if start < phrase.tok_start and view.tokens[start].sent == where
                   and squash(p.title) == squash(phrase.title) and usable_object(p.obj)]
        if earlier:
            return replace(phrase, obj=max(earlier, key=lambda p: p.tok_start).obj)
    return phrase


def _board_body(view: DocView, phrase: TitlePhrase, boards: dict[int, Board]) -> TitlePhrase:
    """«اعضای هیئت رئیسه شورای شهر یزد انتخاب شدند؛ … X به عنوان رئیس … انتخاب شد», «در جلسه هیئت‌مدیره شرکت …، X
    به عنوان رئیس هیئت‌مدیره … انتخاب شد»: a post with no body that a board fills is at the body whose board its
    sentence, before the post, or the sentence before names."""
    if usable_object(phrase.obj) or phrase.plural:
        return phrase
    sent = view.tokens[phrase.tok_start].sent
    board = boards.get(sent)
    if board is None or board.body.tok_end > phrase.tok_start:
        board = boards.get(sent - 1)
    return replace(phrase, obj=board.body) if board is not None and squash(phrase.title) in board.posts else phrase


def _body_named_after(view: DocView, phrase: TitlePhrase, phrases: dict[int, TitlePhrase], by_start: dict[int, Span],
                      hi: int) -> TitlePhrase:
    """«علی اکبری به عنوان رئیس و حسن رضایی به عنوان نایب‌رئیس شورای اسلامی شهر گرگان انتخاب شدند»: a post named
    with no body, followed by «و» or a comma, another name and its post after a marker, takes the body that closes
    the run of such posts."""
    if usable_object(phrase.obj):
        return phrase
    k = _past_field_words(view, phrase.tok_end, hi, by_start)
    while k + 1 < hi and view.joins_list(k) and (name := by_start.get(k + 1)) is not None:
        while name.tok_end + 1 < hi and view.joins_list(name.tok_end) and name.tok_end + 1 in by_start:
            name = by_start[name.tok_end + 1]  # «… و Z و W به عنوان دبیران کمیسیون»: the list's last name
        # (the object of an active order: «X را به عنوان معاون فنی و عمرانی و Y را به عنوان معاون … شهرداری تهران
        # منصوب کرد», a probe, session 80)
        marker = name.tok_end + 1 if name.tok_end < hi and view.sq[name.tok_end] == OBJECT_MARKER else name.tok_end
        title_at = title_after_marker(view, marker, hi)
        nxt = phrases.get(title_at) if title_at is not None else None
        if nxt is None:
            break
        if usable_object(nxt.obj):  # (a plural post's too: «… و Z و W به عنوان دبیران کمیسیون برگزیده شدند»)
            return replace(phrase, obj=nxt.obj) if nxt.obj.domain == "agency" else phrase
        if nxt.plural:
            break
        k = _past_field_words(view, nxt.tok_end, hi, by_start)
    return phrase


def _past_field_words(view: DocView, k: int, hi: int, by_start: dict[int, Span]) -> int:
    """Past the words a bare post's phrase leaves after it, its field or rank («معاون | آموزشی», «نایب‌رئیس | اول»),
    a field of two nouns joined by «و» too («معاون | فنی و عمرانی | و Y را به عنوان …», a probe, session 80), up to
    the «و» or comma of a list of appointees."""
    start, end = k, min(hi, k + POST_FIELD_WORDS)
    while k < end and (view.is_persian_word(k) or view.tokens[k].text in COMMAS) and k not in by_start \
            and not is_verb_like(view.tokens[k].text):
        if view.joins_list(k):
            # (fields listed with commas too: «معاون سیاسی، امنیتی و اجتماعی، Y به عنوان …», a probe, session 81)
            if not (k > start and _field_word(view, k + 1, hi, by_start)):
                break
            end = min(hi, end + 2)
        k += 1
    return k


def _field_word(view: DocView, k: int, hi: int, by_start: dict[int, Span]) -> bool:
    return k < hi and view.is_persian_word(k) and k not in by_start and not is_verb_like(view.tokens[k].text) \
        and view.sq[k] != OBJECT_MARKER


def dismissals(view: DocView, phrases: dict[int, TitlePhrase], by_end: dict[int, Span]):
    """(person, post) of «X از سمت/پست <title> …» or «X از <title> …» («از ریاست …») in a sentence that removes or
    dismisses («برکنار شد», «عزل شد», «استعفا داد», «کناره‌گیری کرد», «کنار رفت»); the post is None where «از سمت»
    stands before words no title phrase reads."""
    for lo, hi in sorted(view.sent_tokens.values()):
        if not any(view.sq[k].startswith(DISMISSAL_WORDS)
                   or (view.sq[k] == ASIDE and k + 1 < hi and view.sq[k + 1].startswith(ASIDE_VERBS))
                   for k in range(lo, hi)):
            continue
        for k in range(lo + 1, hi - 1):
            person = by_end.get(k)
            if person is None or person.kind == "pronoun" or view.sq[k] != FROM:
                continue
            if view.sq[k + 1] not in POSITION_NOUNS:
                if (phrase := phrases.get(k + 1)) is not None:
                    yield person, phrase  # «X از ریاست سازمان … کنار رفت»
                continue
            # «X از سمت <title> …», «X از سمت خود به عنوان <title> …»; «از سمت» names a post even where no title
            # phrase reads the words after it («X از سمت فرمانداری قزوین برکنار شد»)
            own = k + 2 < hi and view.sq[k + 2] == OWN
            j = k + 3 if own else k + 2
            phrase = phrases.get(title_after_marker(view, j, hi) or j)
            if phrase is not None or own or (j < hi and (view.lex.org_heads.longest_at(view.sq, j, hi)
                                                         or view.lex.post_nouns.longest_at(view.sq, j, hi))):
                yield person, phrase  # (not a side: «از سمت راست خیابان …»)


def _issuer_named_with_post(view: DocView, k: int, phrases: dict[int, TitlePhrase],
                            by_end: dict[int, Span]) -> Span | None:
    """«رضا صادقی با حکم محمدجواد فدایی استاندار کرمان به عنوان …»: the one who signed the order, named with their
    own post right before the marker at k (a comma may close the post), or None."""
    end = k - 1 if k > 0 and view.tokens[k - 1].text in COMMAS else k
    for phrase in phrases.values():
        if phrase.tok_end != end:
            continue
        start = phrase.tok_start - 1 if phrase.tok_start > 0 and view.tokens[phrase.tok_start - 1].text in COMMAS \
            else phrase.tok_start
        issuer = by_end.get(start)
        if issuer is not None and issuer.tok_start > 0 and view.sq[issuer.tok_start - 1] in ORDER_NOUNS:
            return issuer
    return None


def _described_by_relative_clause(view: DocView, lo: int, k: int, by_end: dict[int, Span]) -> Span | None:
    """«کامران نیک‌پی را که پیش از این معاون … بود، به عنوان سرپرست … برگزیدند», «سردار جاویدان که … را بر عهده
    داشت، به عنوان معاون … منصوب شده است»: the name (or its object, «را») before a relative clause that a verb and
    a comma close right before the marker at k; or the name the verb before «که» follows, the relative clause put
    after its verb («صفری جایگزین حسین اسماعیلیان شد که به عنوان معاون … منصوب شده است»: the one replaced, who
    takes this post); else None."""
    if k - 2 > lo and view.sq[k - 1] == RELATIVE and is_verb_like(view.tokens[k - 2].text):
        person = by_end.get(k - 2)
        return person if person is not None and person.kind != "pronoun" else None
    if not (k - 2 > lo and view.tokens[k - 1].text in COMMAS and is_verb_like(view.tokens[k - 2].text)):
        return None
    for j in range(k - 3, lo, -1):
        if view.tokens[j].text in COMMAS:
            return None
        if view.sq[j] == RELATIVE:
            end = j - 1 if view.sq[j - 1] == OBJECT_MARKER else j
            person = by_end.get(end)
            return person if person is not None and person.kind != "pronoun" else None
    return None


def _object_before(view: DocView, lo: int, k: int, phrases: dict[int, TitlePhrase],
                   by_end: dict[int, Span]) -> Span | None:
    """«عباس "سلام فیاض" را بدون گرفتن رای اعتماد از مجلس فلسطین بعنوان نخست‌وزیر … منصوب کرد» (tune 3#22): the name
    marked «را» a few words before the marker at k, with no comma, title marker or finite verb between, or with its
    post in apposition (`_titled_before`), else None."""
    for m in range(k - 1, max(lo, k - OBJECT_TO_MARKER) - 1, -1):
        text = view.tokens[m].text
        if view.sq[m] == OBJECT_MARKER:
            end = m - (m > lo and view.tokens[m - 1].text in CLOSE_QUOTES)
            person = by_end.get(end) or _titled_before(view, lo, end, phrases, by_end)
            return person if person is not None and person.kind != "pronoun" else None
        if text in COMMAS or (is_verb_like(text) and view.sq[m] not in INFINITIVES) \
                or title_after_marker(view, m, k) is not None:
            return None
    return None


APPOSITION_TOKENS = 8  # «X، | مدیرکل روابط عمومی این وزارتخانه | را»


def _titled_before(view: DocView, lo: int, end: int, phrases: dict[int, TitlePhrase],
                   by_end: dict[int, Span]) -> Span | None:
    """«مصطفی فیضی، قائم‌مقام مدیرعامل، را …», «نرگس رستمی، مدیرکل روابط عمومی این وزارتخانه را …»: the name before
    a comma and the post in apposition to it, which end at `end` (a comma may close the post), else None."""
    if end > lo and view.tokens[end - 1].text in COMMAS:
        end -= 1
    for j in range(end - 1, max(lo, end - APPOSITION_TOKENS) - 1, -1):
        if view.tokens[j].text in COMMAS:
            return by_end.get(j) if j + 1 in phrases else None
        if is_verb_like(view.tokens[j].text) and view.sq[j] not in INFINITIVES:
            return None
    return None


def _ordered_appointee(view: DocView, issuer: Span, by_end: dict[int, Span]) -> Span | None:
    """«علی رضایی با حکم محمد احمدی به عنوان …»: the name before «با حکم» (None when none stands there), not the
    one who signed the order."""
    k = issuer.tok_start - 1
    if k > 0 and view.sq[k - 1] in ORDER_PREPOSITIONS:
        k -= 1
    return by_end.get(k)


PASSIVE_AUXILIARIES = {squash(w) for w in ("شد", "شدند", "گردید", "گردیدند", "شده", "گردیده")}  # («… منصوب شده است»)
PLURAL_AUXILIARIES = {squash(w) for w in ("شدند", "گردیدند")}
COORDINATED_PREDICATE_TOKENS = 8  # «منصوب و | جانشین سردار علی‌اکبر جاویدان | شد»
VOTE = squash("رای")  # («رأی» squashes to it)
MIN_VOTED_NAMES = 2


def _passive_auxiliary(view: DocView, k: int, hi: int) -> str | None:
    """The passive auxiliary of the first appointment verb from token k on («منصوب | شد», «انتخاب | شدند»), also
    glued to it («منصوب‌شده است»: the normaliser joins them), else None."""
    verb = next((j for j in range(k, hi) if view.sq[j].startswith(APPOINTMENT_TRIGGERS)), None)
    if verb is None:
        return None
    if verb + 1 < hi and view.sq[verb + 1] in PASSIVE_AUXILIARIES:
        return view.sq[verb + 1]
    if verb + 1 < hi and view.sq[verb + 1] == CONJUNCTION:
        # «… منصوب و جانشین سردار علی‌اکبر جاویدان شد»: one auxiliary closes both predicates, at the next verb
        finite = next((j for j in range(verb + 2, min(hi, verb + 2 + COORDINATED_PREDICATE_TOKENS))
                       if is_verb_like(view.tokens[j].text) or view.sq[j] in PASSIVE_AUXILIARIES), None)
        return view.sq[finite] if finite is not None and view.sq[finite] in PASSIVE_AUXILIARIES else None
    trigger = next(t for t in APPOINTMENT_TRIGGERS if view.sq[verb].startswith(t))
    glued = view.sq[verb][len(trigger):]
    return glued if glued in PASSIVE_AUXILIARIES else None


def _voted_names(view: DocView, lo: int, marker: int, phrase: TitlePhrase, hi: int,
                 by_end: dict[int, Span]) -> list[Span]:
    """«X از انجمن تهران با 45 رای، Y از انجمن مشهد با 36 رای و Z با 24 رای … به عنوان اعضای هیئت مدیره کانون
    برگزیده شدند», «… به عضویت شورای اسلامی شهر انتخاب شدند»: election results, each name with its votes, then the
    post (plural, or with a plural passive verb) — every name so counted holds it. Each vote count needs one name
    between it and the count before; none may be a pronoun."""
    auxiliary = _passive_auxiliary(view, phrase.tok_end, hi)
    if auxiliary is None or not (phrase.plural or auxiliary in PLURAL_AUXILIARIES):
        return []
    votes = [k for k in range(lo + 1, marker) if view.sq[k] == VOTE and view.tokens[k - 1].text.isdigit()]
    names, previous = [], lo
    for k in votes:
        counted = [p for end, p in by_end.items() if previous <= p.tok_start and end <= k]
        if len(counted) != 1 or counted[0].kind == "pronoun":
            return []
        names.append(counted[0])
        previous = k + 1
    return names if len(names) >= MIN_VOTED_NAMES else []


def _passive_subject(view: DocView, lo: int, marker: int, phrase_end: int, hi: int,
                     by_end: dict[int, Span]) -> Span | None:
    """«جمشید خیرآبادی با کسب 12 رای از 14 رای … به عنوان رییس هیات کشتی استان انتخاب شد»: with a passive
    appointment verb after the post, the one name opening the sentence is the appointee, however far it stands
    from «به عنوان» (not with «را» before the marker: then the subject is the one who appoints)."""
    if _passive_auxiliary(view, phrase_end, hi) is None:
        return None
    # (not the one replaced: «در این مراسم محسن شریعتی به جای مرحوم علی‌محمد انظاری … به عنوان مدیرعامل … معرفی
    # شد»)
    # (nor the source: «به گفته X، سخنگوی …، Y … به عنوان سرپرست … منصوب شد»)
    named = [p for end, p in by_end.items() if lo <= p.tok_start and end <= marker and p.kind != "pronoun"
             and _after_instead(view, p.tok_start) is None and not view.words_end_at(p.tok_start, ACCORDING_TO, lo)]
    opens_clause = named and (_after_comma(view, lo, named[0].tok_start) or _after_clause(view, lo, named[0].tok_start))
    if len(named) != 1 or not (subject_position(view, named[0].tok_start) or opens_clause
                               or after_scene(view, lo, named[0].tok_start, APPOINTMENT_TRIGGERS)) \
            or any(view.sq[k] == OBJECT_MARKER or view.tokens[k].text == ":" for k in range(named[0].tok_end, marker)):
        return None  # (nor after «:»: «X گفت: … به عنوان … انتخاب شد» quotes someone else's appointment)
    return named[0]


def _after_comma(view: DocView, lo: int, k: int) -> bool:
    """A name after a comma opens a clause («…، X به عنوان … انتخاب شد»)."""
    return k > lo and view.tokens[k - 1].text in COMMAS


def _after_clause(view: DocView, lo: int, k: int) -> bool:
    """«مجمع عمومی فدراسیون کشتی برگزار شد و X … انتخاب شد»: a name after «و» and a finite verb opens the next
    clause, as after a comma."""
    return k - 2 >= lo and view.sq[k - 1] == CONJUNCTION and is_verb_like(view.tokens[k - 2].text) \
        and view.sq[k - 2] not in INFINITIVES


def _appointee(view: DocView, person: Span, by_end: dict[int, Span], former) -> Span | None:
    """The one appointed where `person` is named before the post: the name before «بجای/جایگزین» when `person`
    is the one replaced — the predecessor held the post, so `former` makes them an official with no current role.
    None where `person` left the post and no name stands before («بعد از کناره‌گیری X به عنوان …»)."""
    appointee = _replacing(view, person, by_end)
    if appointee is not person:
        former(person)
    return appointee


def _replacing(view: DocView, person: Span, by_end: dict[int, Span]) -> Span | None:
    """«منوچهر شاهسواری بجای سیدضیاء هاشمی به عنوان … منصوب شد»: the one replaced is not the appointee; nor is
    one who left the post («… پس از استعفای X به عنوان …»)."""
    k = _after_instead(view, person.tok_start)
    if k is None:
        return person
    left = _departure_before(view, _past_eulogy(view, person.tok_start)) is not None
    return by_end.get(k, None if left else person)


def _after_instead(view: DocView, k: int) -> int | None:
    """Where the words that make the name at token k the one replaced start (None if none): «… بجای | سیدضیاء
    هاشمی», past a eulogy word («به جای مرحوم علی‌محمد انظاری»), or a predecessor's leaving («… بعد از کناره‌گیری |
    سعید عباسی»)."""
    k = _past_eulogy(view, k)
    if k >= 1 and view.sq[k - 1] in INSTEAD:
        return k - 1
    if k >= 2 and (view.sq[k - 2], view.sq[k - 1]) == INSTEAD_SPLIT:
        return k - 2
    return _departure_before(view, k)


def _past_eulogy(view: DocView, k: int) -> int:
    """Token k, or the eulogy word right before it («مرحوم», «زنده‌یاد»)."""
    return k - 1 if k >= 1 and view.sq[k - 1] in LATE else k


def _departure_before(view: DocView, k: int) -> int | None:
    """Where «بعد از / پس از / با … کناره‌گیری / استعفای …» before token k starts (None if none): «… بعد از
    کناره‌گیری | سعید عباسی»."""
    if k >= 1 and view.sq[k - 1] in DEPARTURES:
        return next((k - 1 - len(p) for p in DEPARTURE_PREPOSITIONS if view.words_end_at(k - 1, p)), None)
    return None
