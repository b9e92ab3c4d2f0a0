"""Sports teams and clubs. A team is no agency by the house conventions (eval/README.md): a national team, a
place's («تیم‌های مکزیک و پرتغال») or a class of teams («تیم‌های داخلی و خارجی») is at most a coach's post's
object. A club is one, named without «تیم» and its sport («تیم فوتسال یاسین‌پیشرو قم» is «یاسین‌پیشرو قم»:
`club_of_team`), and so is each club of a list of teams («تیم‌های راهیان کرمانشاه، شهرداری ماهشهر و مقاومت
تهران»: `listed_clubs`). Iranian clubs are mostly named by a sponsor and their city, a pair no lexicon holds; the
list's joiners say where each name ends, and a city closing the last name says where the list stops.
"""
from __future__ import annotations

from pipeline.lexicons import CONJUNCTION, nationality_country, squash
from pipeline.relations.complements import lexicon_place_end
from pipeline.relations.document import COMMAS, FROM, WITH, DocView
from pipeline.relations.place_nouns import CITY, COUNTRY, COUNTY, SUBCOUNTY, VILLAGE, VILLAGE_EZAFE

TEAM_WORDS = {squash("تیم"), squash("تیم‌های")}
PLURAL_TEAM = squash("تیم‌های")
NATIONAL = squash("ملی")
MAX_CLUB_WORDS = 4  # «فولاد مبارکه سپاهان اصفهان»
# words between «تیم» and a club's name: the sport, the age group, the sex
TEAM_QUALIFIERS = {squash(w) for w in (
    "فوتبال", "فوتسال", "والیبال", "بسکتبال", "هندبال", "واترپلو", "واترپلوی", "کشتی", "جودو", "کاراته", "تکواندو",
    "دوومیدانی", "شنا", "تنیس", "بیسبال", "راگبی", "هاکی", "بدمینتون", "کبدی", "کریکت", "شمشیربازی", "بوکس", "ووشو",
    "تیراندازی", "قایقرانی", "دوچرخه‌سواری", "وزنه‌برداری", "شطرنج", "اسکی", "سوارکاری", "پینگ‌پنگ", "ژیمناستیک",
    "کوهنوردی", "سپک‌تاکرا", "چوگان", "پاراالمپیک", "ساحلی", "امید", "جوانان", "نوجوانان", "بزرگسالان", "بانوان",
    "مردان", "زنان", "دختران", "پسران", "نونهالان", "پیشکسوتان", "اول", "دوم", "آزاد", "فرنگی", "روی", "میز")}
NOT_CLUB_WORDS = {squash(w) for w in ("ملی", "منتخب", "لیگ", "کشورمان", "استان", "شهرستان", "دانشگاه", "دانشجویی",
                                      # a working team, not a sports club: «تیم بازرسی آژانس», «تیم مذاکره‌کننده»
                                      "بازرسی", "مذاکره", "مذاکره‌کننده", "مذاکرات", "پزشکی", "امداد", "نجات", "تحقیق",
                                      "تحقیقات", "حقوقی", "اقتصادی", "کارشناسی", "عملیاتی", "تخصصی", "ارزیابی",
                                      "پژوهشی", "رسانه‌ای", "اعزامی", "داوری", "مدیریتی", "اجرایی", "فنی")}
# (words of NOT_CLUB_WORDS, «استان» …, never reach these)
PLACE_WORDS = {COUNTRY, CITY, VILLAGE, VILLAGE_EZAFE}  # between the places a place's team is named by
PLACE_INTRODUCERS = {SUBCOUNTY, VILLAGE, VILLAGE_EZAFE, squash("دهستان"), CITY, COUNTY}  # «بخش زهان»
NICKNAME_ENDING = squash("پوشان")  # «سرخپوشان»: the players by their shirts
PEOPLE_PLURALS = {squash(w) for w in ("هنرمندان", "خبرنگاران", "نمایندگان", "کارکنان", "کارگران", "معلمان", "دانشجویان",
                                      "جانبازان", "روحانیون", "پزشکان", "ستارگان", "منتخبان")}


def is_team(view: DocView, s: int) -> bool:
    """«تیم …»: a team (national, a place's, a village's, a club's squad) is no agency by the house conventions;
    a club is named by its own name («پرسپولیس», «باشگاه …»)."""
    return view.sq[s] in TEAM_WORDS


def club_of_team(view: DocView, s: int, e: int) -> tuple[int, int] | None:
    """The club a «تیم …» span names, as a token range: what follows the sport and the age group
    («تیم فوتبال | صبای قم», «تیم والیبال | جواهری گنبدکاووس»), unless that is no name — a national or league
    team («تیم ملی …», «تیم دوم لیگ …»), a place's («تیم گچساران», «تیم دوومیدانی چهارمحال و بختیاری», a village
    the NER tags as a place elsewhere), or a description («تیم هنرمندان»)."""
    if view.sq[s] not in TEAM_WORDS or any(view.sq[j] == CONJUNCTION for j in range(s, e)):
        return None  # «تیم‌های پرسپولیس و استقلال»: several clubs (the first alone, «تیم‌های | کاشی مریم میبد»,
        # where the NER stops before «و»: one)
    k = s + 1
    while k < e and view.sq[k] in TEAM_QUALIFIERS:
        k += 1
    if k >= e or any(view.sq[j] in NOT_CLUB_WORDS for j in range(s, e)):
        return None
    if not all(view.is_persian_word(j) or view.tokens[j].text.isalpha() for j in range(k, e)):
        return None
    lex = view.lex
    j = k
    while j < e:  # a place, or places joined by «و»: a place's team
        hit = (lex.provinces.longest_at(view.sq, j, e) or lex.countries.longest_at(view.sq, j, e)
               or lex.places.longest_at(view.sq, j, e))
        if hit:
            j = hit[0]
        elif view.sq[j] in PLACE_WORDS or view.sq[j] == CONJUNCTION:
            j += 1
        else:
            break
    if j >= e:
        return None
    rest = view.sq[k:e]
    if any(view.sq[a:b] == rest for a, b in view.ner_places.items()):
        return None  # «تیم اسفدن» where «اسفدن» is a village the NER tags LOC
    if _introduced_as_place(view, rest):
        return None  # «بخش زهان», «اسفدن از شهرستان قاین»: a village's or a district's team
    if view.sq[k] in PEOPLE_PLURALS or view.sq[k].endswith(NICKNAME_ENDING):
        return None  # «تیم هنرمندان ایران»; «تیم سرخپوشان» is a nickname
    return k, e


def _introduced_as_place(view: DocView, words: list[str]) -> bool:
    """The words stand somewhere in the document after a place noun («بخش | زهان») or before «از» and one («اسفدن |
    از شهرستان قاین»)."""
    width = len(words)
    for t in range(len(view.sq) - width + 1):
        if view.sq[t:t + width] != words:
            continue
        after = view.sq[t + width:t + width + 2]
        if (t > 0 and view.sq[t - 1] in PLACE_INTRODUCERS) \
                or (len(after) == 2 and after[0] == FROM and after[1] in PLACE_INTRODUCERS):
            return True
    return False


def listed_clubs(view: DocView, i: int, hi: int) -> list[tuple[int, int]]:
    """The token range of each club in a list after «تیم‌های» at token i (sentence ends at hi), or [] where the words
    after it are no list of clubs. Joiners («،», «و», «با» between two teams) end each name but the last,
    which ends where a city, a known body or the NER's name ends (or is one word)."""
    if view.sq[i] != PLURAL_TEAM:
        return []
    j = i + 1
    while j < hi and view.sq[j] in TEAM_QUALIFIERS:
        j += 1
    items: list[tuple[int, int]] = []
    unfinished = False  # a last name whose end is unknown still counts as one of the list
    after_and = False
    while j < hi:
        run_end = j
        while run_end < hi and view.is_persian_word(run_end) and not view.is_stop(run_end):
            run_end += 1
        if run_end == j:
            break
        # (after «و» only «و» goes on: «فولاد، سپاهان و پیکان و سایپا»; «… و B، امروز …» ends the list)
        if _joined_at(view, run_end, hi, items) and not (after_and and view.tokens[run_end].text in COMMAS):
            if run_end - j > MAX_CLUB_WORDS:
                return []  # a long run is a sentence going on, not a name in the list
            items.append((j, run_end))
            after_and = view.tokens[run_end].text not in COMMAS
            j = run_end + 1
            continue
        end = _last_name_end(view, j, min(run_end, j + MAX_CLUB_WORDS))
        if end is not None:
            items.append((j, end))
        elif items:
            # «تیم‌های دبیری تبریز با | ماهان تندیس ساعت 17.30 …»: the names before still stand
            unfinished = True
        break
    if len(items) + unfinished < 2 or any(_not_a_club(view, s, e) for s, e in items):
        return []
    if 2 * sum(_names_a_club(view, s, e) for s, e in items) < len(items):
        return []  # «تیم‌های داخلی و خارجی», «تیم‌های امداد و نجات»: kinds of team
    return items


def _joined_at(view: DocView, k: int, hi: int, items: list) -> bool:
    """A joiner at token k with a word after it: «،», «و», or «با» between the first two teams («تیم‌های دبیری
    تبریز با ماهان تندیس»)."""
    if k + 1 >= hi or not view.is_persian_word(k + 1) or view.is_stop(k + 1):
        return False
    return view.joins_list(k) or (view.sq[k] == WITH and not items)


def _place_at(view: DocView, k: int, end: int) -> int | None:
    """End of a city, province or country (a place the lexicons name, a capital, or a place the NER tags) starting at
    token k, within end."""
    place_end = lexicon_place_end(view, k, end)
    if place_end > k:
        return place_end
    capital = view.lex.capitals.longest_at(view.sq, k, end)
    if capital:
        return capital[0]
    ner_end = view.ner_places.get(k)
    return ner_end if ner_end is not None and ner_end <= end else None


def _last_name_end(view: DocView, s: int, end: int) -> int | None:
    """Where the list's last club name, starting at s, ends: after its city («استقلال خوزستان | فردا»), the known
    body or the NER's name starting there, or after a one-word name; None where nothing says."""
    for k in range(s + 1, end):
        place_end = _place_at(view, k, end)
        if place_end is not None:
            return place_end
    known = view.lex.known_agencies.longest_at(view.sq, s, end)
    if known:
        return known[0]
    ner_end = view.ner_orgs.get(s, (None,))[0]
    if ner_end is not None and ner_end <= end:
        return ner_end
    return s + 1 if end == s + 1 else None


def _not_a_club(view: DocView, s: int, e: int) -> bool:
    """A place alone (its national or provincial team), a nationality, a qualifier or people: no club's name. (A
    body's head starts a body's name: «دانشگاه صنعتی ارومیه».)"""
    if _opens_body(view, s, e):
        return False
    if _place_at(view, s, e) == e or nationality_country(view.lex, view.sq[s]):
        return True
    first = view.sq[s]
    if first in NOT_CLUB_WORDS or first in TEAM_QUALIFIERS or first in PEOPLE_PLURALS or first.endswith(NICKNAME_ENDING):
        return True
    return any(k in view.ner_person_tokens for k in range(s, e))


def _names_a_club(view: DocView, s: int, e: int) -> bool:
    """A sponsor's name and its city («راهیان | کرمانشاه»), a body the lexicon or the patterns know, or a name
    the NER tags."""
    if any(_place_at(view, k, e) == e for k in range(s + 1, e)):
        return True
    return _opens_body(view, s, e) or s in view.ner_orgs


def _opens_body(view: DocView, s: int, e: int) -> bool:
    """A body the lexicon knows or a head word opens the name at s («هلال‌احمر | اشکذر», «شهرداری | ماهشهر»)."""
    lex = view.lex
    return bool(lex.known_agencies.longest_at(view.sq, s, e) or lex.org_heads.longest_at(view.sq, s, e))


def national_teams(view: DocView, taken: set[int]) -> list[tuple[int, int]]:
    """«تیم ملی», «تیم ملی فوتبال ایران», «تیم‌های ملی وزنه‌برداری»: a national team, as a token range, where no
    other name covers it. No agency, but the object of its coach's post («اسکوچیچ سرمربی تیم ملی»), which the NER
    often leaves untagged; the sport, the age group and the country stay in the name."""
    out = []
    for k in range(len(view.sq) - 1):
        if view.sq[k] not in TEAM_WORDS or view.sq[k + 1] != NATIONAL:
            continue
        _, hi = view.sentence_of(k)
        e = k + 2
        while e < hi and view.sq[e] in TEAM_QUALIFIERS:
            e += 1
        country = view.lex.countries.longest_at(view.sq, e, hi)
        e = country[0] if country else e
        if not any(t in taken for t in range(k, e)):
            out.append((k, e))
    return out
