"""Provinces and countries: lexicon lookup plus the province disambiguation rules.

A province name counts as the province when it is cued («استان X», «استاندار X», «استانداری X»,
a list after «استان‌های», the close of a general directorate or of a general director's office: «اداره کل … X»,
«مدیرکل تبلیغات اسلامی X»), or — depending on the lexicon's `bare` setting — when it stands alone:
`always` names (مازندران, خوزستان …) count unless blocked; `context` names, which are also a city
(تهران, قم, کرمان …), count only when the document cues the same province elsewhere or lists it
beside other provinces; `never` names (فارس, مرکزی, البرز, گلستان) need a cue. A name right after
a city/organisation word («شهر کرمان», «شهرداری قم», «خبرگزاری فارس», «خلیج فارس») or inside a
non-governorate organisation name («دانشگاه تهران») is never the province.
"""
from __future__ import annotations

from pipeline.lexicons import CONJUNCTION, squash
from pipeline.relations.document import DocView, Span
from pipeline.relations.organisations import COMPANY, GENERAL_OFFICE
from pipeline.relations.place_nouns import DIRECTIONS, PROVINCE, plurals

PROVINCE_CUES = {squash(w) for w in ("استان", "استاندار", "استانداری", "استانی")}
ORGANISATION = squash("سازمان")
# fields whose «سازمان X <place>» is a province's office (its capital's name closes it; a county's is an «اداره»)
PROVINCIAL_FIELDS = {"".join(squash(w) for w in field.split()) for field in (
    "جهاد کشاورزی", "مدیریت و برنامه‌ریزی", "مدیریت و برنامه ریزی", "برنامه و بودجه", "صنعت، معدن و تجارت",
    "صنعت معدن و تجارت", "صنایع و معادن", "بهزیستی", "تبلیغات اسلامی", "اوقاف و امور خیریه", "حفاظت محیط زیست",
    "حفاظت محیط‌زیست", "مدیریت بحران", "نظام مهندسی ساختمان", "میراث فرهنگی، صنایع دستی و گردشگری",
    "میراث فرهنگی و گردشگری", "میراث فرهنگی")}
# companies of a field only provinces run: «شرکت آب منطقه‌ای گلستان» (one regional water company per province)
PROVINCIAL_COMPANY_FIELDS = {squash("آب منطقه‌ای")}  # (squash drops the space and the ZWNJ)
# «استاندار جدید اردبیل», «استاندار سابق اردبیل»: a word of time between the cue and the name; «دو استان مهم قم و
# اصفهان», «استان‌های مرزی کرمانشاه و ایلام»: an adjective describing the provinces
CUE_QUALIFIERS = {squash(w) for w in (
    "جدید", "سابق", "اسبق", "پیشین", "فعلی", "کنونی", "موقت", "مهم", "مرزی", "محروم", "کم‌برخوردار", "همجوار",
    "هم‌جوار", "همسایه", "مجاور", "هم‌مرز", "زلزله‌زده", "سیل‌زده", "شمالی", "جنوبی", "غربی", "شرقی")}
# «استان‌های X و Y», and the governors or governorates of a list of provinces: «استانداران فارس و کرمان»
LIST_CUES = plurals(PROVINCE) | {squash(w) for w in ("استانداران", "استانداری‌های", "استانداری‌ها")}
PEOPLE = squash("مردم")  # «نماینده مردم کرمان»: a constituency, a city; «مردم خوزستان» (no such city): the province
# «آذربایجان شرقی و غربی»: the second province of an elided pair is only its direction word
ELIDED_DIRECTIONS = {squash(w) for w in ("شرقی", "غربی", "شمالی", "جنوبی", "رضوی")}
# «جمهوری سوسیالیستی ویتنام», «جمهوری خلق چین», «جمهوری اسلامی پاکستان»: a state's style before its name, with at
# least one adjective (bare «جمهوری فرانسه» is also «رئیس | جمهوری فرانسه»); «جمهوری اسلامی» alone is Iran
STATE_STYLES = {squash(w) for w in ("جمهوری", "پادشاهی")}
STYLE_ADJECTIVES = {squash(w) for w in ("اسلامی", "سوسیالیستی", "فدرال", "خلق", "عربی", "دموکراتیک", "متحده",
                                        "هاشمی")}
ELIDED_METHOD = "lexicon:elided"  # the mention of such a province: its direction word only
# «مدیرکل تبلیغات اسلامی تهران»: a general director heads a province's general directorate (اداره کل), so the place
# closing the office he heads is the province, as in «اداره کل … X» (_closes_general_office)
GENERAL_DIRECTOR = squash("مدیرکل")
DIRECTOR, GENERAL = squash("مدیر"), squash("کل")
MAX_OFFICE_WORDS = 4
CITY_OR_ORG_BLOCKERS = {squash(w) for w in (
    "شهر", "شهرداری", "شهردار", "فرمانداری", "فرماندار", "شهرستان", "بخشداری", "خبرگزاری", "خلیج",
    "دانشگاه", "بندر", "کوه", "کوه‌های", "رشته‌کوه", "اقلیم", "زبان", "جمعه", "روستای", "پالایشگاه",
    "فرودگاه", "بازار", "تیم", "باشگاه", "خبرنگار", "گزارش", "نماینده", "دادستان", "دادگستری", "مردم",
    "کاخ", "بیمارستان", "ایستگاه", "پایتخت", "جنوب", "شمال", "غرب", "شرق", "مرکز",
    "کلانشهر", "کلان‌شهر", "دریای",  # «کلانشهر تهران» is the city, «دریای مازندران» the Caspian Sea
)}


def country_span(view: DocView, start: int, end: int, name: str, method: str, score: float, shown: str | None = None,
                 **attrs) -> Span:
    """The country `name` (countries.yaml's name) in tokens [start, end), shown as `name` or as `shown`: a country
    mention, a role's object or a party."""
    return view.make_span(start, end, "LOC", kind="country", name=shown or name, key=f"LOC:{squash(name)}",
                          method=method, score=score, attrs=attrs)


def find_countries(view: DocView) -> list[Span]:
    """Country names from the lexicon (role objects and agreement parties)."""
    # «دیوید کامرون»: a country word inside the NER's person name is a surname (Cameroon)
    inside_person = {i for i in view.ner_person_tokens if i - 1 in view.ner_person_tokens
                     and i not in view.ner_starts and view.is_persian_word(i - 1)}
    spans: list[Span] = []
    for i, end, name in view.lex.countries.matches(view.sq, skip=inside_person):
        if (province := view.lex.provinces.longest_at(view.sq, i)) is not None and province[0] > end:
            continue  # «آذربایجان غربی» is the province, not the republic («آذربایجان») and a word
        i = _style_start(view, i)
        spans = [s for s in spans if s.tok_end <= i]  # (the style's «جمهوری اسلامی» is no Iran of its own)
        surface = view.span_text(i, end)
        # «جمهوری اسلامی ایران» → «ایران», but «هندوستان» stays as written
        shown = name if set(name.split()) <= set(surface.replace("\u200c", " ").split()) or \
            squash(surface) in view.lex.country_self_references else surface
        spans.append(country_span(view, i, end, name, "lexicon", 0.9, shown=shown))
    return spans


def _style_start(view: DocView, i: int) -> int:
    """Where the country name at token i starts with its state's style before it (STATE_STYLES), else i."""
    k = i
    while k > 0 and view.sq[k - 1] in STYLE_ADJECTIVES:
        k -= 1
    return k - 1 if i - k >= 1 and k > 0 and view.sq[k - 1] in STATE_STYLES else i


def _in_cued_list(view: DocView, i: int) -> bool:
    """Is token i part of «استان‌های X، Y و Z» (walk back over names, commas, «و» and elided directions)?

    The walk has no length limit inside the sentence: a list of thirteen provinces is one list.
    """
    k = i - 1
    sent_lo = view.sentence_of(i)[0]
    while k >= sent_lo:
        tok = view.tokens[k]
        if tok.sq in LIST_CUES or (tok.sq in CUE_QUALIFIERS and k > sent_lo and view.sq[k - 1] in LIST_CUES):
            return True
        if view.joins_list(k) or tok.sq in ELIDED_DIRECTIONS or \
                view.lex.provinces.longest_at(view.sq, k) or (k > 0 and view.lex.provinces.longest_at(view.sq, k - 1)):
            k -= 1
            continue
        return False
    return False


def _bracketed_after_place(view: DocView, start: int, end: int, inside_org: dict) -> bool:
    """«بهار (همدان)», «ورزنه (اصفهان)»: a province in brackets right after a place names that place's province."""
    return (start >= 2 and end < len(view.tokens) and view.tokens[start - 1].text == "("
            and view.tokens[end].text == ")" and view.is_persian_word(start - 2) and (start - 2) not in inside_org)


def find_provinces(view: DocView, org_spans: list[Span], context_policy: str = "document") -> list[Span]:
    """Province mentions after disambiguation (see module docstring)."""
    inside_org = {}
    for org in org_spans:
        for t in range(org.tok_start, org.tok_end):
            inside_org[t] = org
    decided: list[tuple[int, int, object, str]] = []  # (start, end, province, status)
    for start, end, prov in view.lex.provinces.matches(view.sq):
        prev = view.sq[start - 1] if start > 0 else ""
        org = inside_org.get(start)
        cued_past_qualifier = prev in CUE_QUALIFIERS and start > 1 and view.sq[start - 2] in PROVINCE_CUES
        if prev in PROVINCE_CUES or cued_past_qualifier or _in_cued_list(view, start) \
                or _bracketed_after_place(view, start, end, inside_org) \
                or (org is not None and _closes_general_office(view, org, start, end)
                    and prev not in CITY_OR_ORG_BLOCKERS) \
                or (_closes_general_directors_office(view, start) and prev not in CITY_OR_ORG_BLOCKERS) \
                or (org is not None and prov.bare == "never" and _ends_provincial_body(org, end)
                    and org.attrs.get("province_tail", False)):
            # (the last: «اوقاف و امور خیریه فارس», a province never read alone that the lexicon body's name was let
            # run to, organisations._fars_province_after_body)
            status = "cued"
        elif (prev in CITY_OR_ORG_BLOCKERS and not ((prev in DIRECTIONS or prev == PEOPLE) and prov.bare == "always")) \
                or (org is not None and org.kind != "governorate" and not _ends_provincial_body(org, end)) \
                or (org is not None and _closes_known_club(view, org, start, end)):
            # («جنوب خوزستان»: a part of a province no city shares the name of; «شمال تهران» is the city's)
            status = "blocked"
        elif prov.bare == "always":
            status = "bare"
        elif prov.bare == "context":
            status = "context"
        else:
            status = "blocked"
        decided.append((start, end, prov, status))
    elided = _elided_pairs(view, decided)
    elided_starts = {start for start, _, _, _ in elided}
    decided = sorted(decided + elided, key=lambda item: item[0])

    accepted = _accepted(view, decided, context_policy)
    spans = []
    for idx, (start, end, prov, status) in enumerate(decided):
        if idx not in accepted:
            continue
        score = {"cued": 0.95, "bare": 0.85, "context": 0.75}[status]
        # («غربی» alone is a reference to the province, as «وی» is to a person, not one of its names)
        method = ELIDED_METHOD if start in elided_starts else f"lexicon:{status}"
        spans.append(view.make_span(start, end, "LOC", domain="province", kind="province", name=prov.canonical,
                                    key=f"province:{prov.iso}", method=method, score=score,
                                    attrs={"iso_code": prov.iso}))
    return spans


def _elided_pairs(view: DocView, decided: list) -> list[tuple[int, int, object, str]]:
    """«استان‌های خراسان شمالی، جنوبی و رضوی», «آذربایجان شرقی و غربی»: each direction word listed after a
    two-word province is the province of the same first word, decided as that province was."""
    by_words = {}
    for prov in view.lex.province_by_iso.values():
        words = prov.canonical.split()
        if len(words) == 2 and squash(words[1]) in ELIDED_DIRECTIONS:
            by_words[(squash(words[0]), squash(words[1]))] = prov
    elided = []
    for _, end, prov, status in decided:
        words = prov.canonical.split()
        if (squash(words[0]), squash(words[-1])) not in by_words:
            continue
        k = end
        while k + 1 < len(view.tokens) and view.joins_list(k) \
                and (other := by_words.get((squash(words[0]), view.sq[k + 1]))) is not None:
            elided.append((k + 1, k + 2, other, status))
            k += 2
    return elided


def _closes_general_office(view: DocView, org: Span, start: int, end: int) -> bool:
    """«اداره کل تربیت بدنی کردستان»: a general directorate is a province's office, so the name closing it is the
    province (guidelines: a provincial body «… استان X»), even a name that is also a city; so is an organisation of
    a field only provinces run («سازمان مدیریت و برنامه‌ریزی یزد», «سازمان جهاد کشاورزی کرمان»; a city's are the
    municipality's: «سازمان آتش‌نشانی کرمان»), and so is such a company («شرکت آب منطقه‌ای گلستان»)."""
    if end != org.tok_end:
        return False
    name = "".join(view.sq[org.tok_start:org.tok_end])
    if name.startswith(GENERAL_OFFICE):
        return True
    field = "".join(view.sq[org.tok_start + 1:start])
    return (view.sq[org.tok_start] == ORGANISATION and field in PROVINCIAL_FIELDS) \
        or (view.sq[org.tok_start] == COMPANY and field in PROVINCIAL_COMPANY_FIELDS)


def _closes_general_directors_office(view: DocView, start: int) -> bool:
    """«مدیرکل تبلیغات اسلامی تهران», «مدیر کل شیلات گلستان»: the name at `start` closes the office right after the
    title «مدیرکل» (a few words, «و» among them: «مدیرکل راه و شهرسازی کرمان»)."""
    lo = view.sentence_of(start)[0]
    k = start - 1
    while k >= lo and start - k <= MAX_OFFICE_WORDS and view.is_persian_word(k) \
            and view.sq[k] not in PROVINCE_CUES and (view.sq[k] == CONJUNCTION or not view.is_stop(k)):
        if k < start - 1 and (view.sq[k] == GENERAL_DIRECTOR
                              or (view.sq[k] == GENERAL and k > lo and view.sq[k - 1] == DIRECTOR)):
            return True
        k -= 1
    return False


def _ends_provincial_body(org: Span, end: int) -> bool:
    """«اداره کل فرهنگ و ارشاد اسلامی آذربایجان‌شرقی», «اوقاف و امور خیریه مازندران»: a province name closing
    a body's name is read as if it stood alone (bare or context rules decide); a municipality's place is its
    city («شهرداری قم»), and a university or a sports club named after a province is no provincial body."""
    return (org.attrs.get("province_tail", False) or end == org.tok_end) \
        and org.kind not in ("municipality", "university", "club")


def _closes_known_club(view: DocView, org: Span, start: int, end: int) -> bool:
    """«شرکت فولاد خوزستان»: the province closes a club's name (known_agencies.yaml) inside a longer body's name,
    the company that owns the club, no more a provincial body than the club is."""
    for k in range(org.tok_start, start):
        known = view.lex.known_agencies.longest_at(view.sq, k, end)
        if known is not None and known[0] == end and known[1].kind == "club":
            return True
    return False


def _accepted(view: DocView, decided: list, context_policy: str) -> set[int]:
    """Indices of `decided` that are the province: cued and bare names, and (unless context_policy is «never») a
    context name whose province the document names elsewhere with a cue or bare, or that stands in a «،»/«و» list
    of names holding a cued or bare one: «کرمان، همدان، لرستان و کرمانشاه» (لرستان is always the province)."""
    accepted = {idx for idx, item in enumerate(decided) if item[3] in ("cued", "bare")}
    if context_policy == "never":
        return accepted
    accepted_iso = {decided[idx][2].iso for idx in accepted}
    listed = set()
    # (a list counts only names that are the province where they stand, not a city the document also names as its
    # province: «به وقت اصفهان، تهران و اهواز» beside «استان اصفهان»; a blocked name ends the list)
    for run in _lists(view, decided):
        if any(idx in accepted for idx in run):
            listed.update(idx for idx in run if decided[idx][3] == "context")
    return accepted | listed | {idx for idx, item in enumerate(decided)
                                if item[3] == "context" and item[2].iso in accepted_iso}


def _lists(view: DocView, decided: list) -> list[list[int]]:
    """Runs of consecutive non-blocked names of `decided` joined by one «،» or «و» each."""
    runs: list[list[int]] = []
    for idx, (start, _, _, status) in enumerate(decided):
        if status == "blocked":
            continue
        if runs and runs[-1][-1] == idx - 1 and _coordinated(view, decided[idx - 1][1], start):
            runs[-1].append(idx)
        else:
            runs.append([idx])
    return runs


def _coordinated(view: DocView, gap_start: int, gap_end: int) -> bool:
    """One list separator («،» or «و») between two names."""
    return gap_end - gap_start == 1 and view.joins_list(gap_start)
