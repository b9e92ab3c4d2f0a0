"""Agreement relations: (party A, party B, type) when a sentence reports a concrete signing.

A sentence qualifies when it holds a singular agreement noun (تفاهم‌نامه, قرارداد, موافقت‌نامه,
توافق‌نامه/توافق) and a signing trigger (امضا/امضای, منعقد, عقد, انعقاد, بستن/بستند, «مبادله» with its verb). Plural or
generic nouns («قراردادهای بین‌المللی») never qualify, nor a sentence whose signing verbs are all negated or only
wanted («امضا نکردند», «قصد دارد … امضا کند»). Parties come from:
- with:      «X با Y … امضا کرد»  (Y right after «با», the body of an officer's title there, «با مدیرعامل
             شرکت Y», or a counterpart's country, «با همتای عراقی خود»; X the nearest party before it, with the
             parties listed with it, «X1 و X2 با Y»; not after «به جز»)
- between:   «بین/میان X و Y»
- and:       «X و Y … امضا کردند» (also through officers: «استاندار مازندران و رئیس سازمان میراث فرهنگی … امضا کردند»)
- signers:   two named signatories with roles in the sentence → their organisations
- flow:      «قرارداد صادرات گاز روسیه به چین»: the origin and destination of a trade the agreement names
- counted:   «دو/سه کشور», «طرفین», «دو دستگاه», «توافق به عمل آمده»: the countries (or, for sides, bodies and a
             concluded agreement, the organisations too) named in the sentence and the one before, when exactly as many
- holder:    «باشگاه X … قرارداد Y را تمدید کرد»: the person holding the contract and the organisation before it
- own:       «قرارداد من …», «توافقاتم را با باشگاه …» in a quote: the speaker (an official) and the body after
             «با», else the one body of his posts; the speaker keeps his own name here, he signs for himself
A capital city coordinated with another capital or a country, or right after «بین/میان/با», names its
country («امضای قرارداد میان تهران و مسکو» → ایران، روسیه; capitals in countries.yaml).
A person party with a role in the document stands for the organisation of that role (the one
named nearest to them in the sentence); the person is recorded as a signatory. Source
attributions («به گزارش …، به نقل از …») are not parties.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from pipeline.lexicons import CONJUNCTION, PhraseTable, agency_key, squash
from pipeline.relations.clubs import NATIONAL, TEAM_QUALIFIERS, is_team
from pipeline.relations.complements import GENERIC_PLURALS, PAST_MARKERS, TRAILING_PLACE_NOUNS, complement_end
from pipeline.relations.dates import JALALI_DAY, names_a_date
from pipeline.relations.document import (CLOSE_QUOTES, COMMAS, OBJECT_MARKER, OPEN_QUOTES, OWN, RELATIVE, TO, WITH,
                                         DocView, Span, char_to_token_range, is_verb_like, singular)
from pipeline.relations.numerals import QUANTIFIERS
from pipeline.relations.organisations import (COMPANY, DEMONSTRATIVES, GOVERNMENT, describes_company, plural_head_end,
                                             same_head_word)
from pipeline.relations.place_nouns import PROVINCE
from pipeline.relations.places import STATE_STYLES, STYLE_ADJECTIVES, country_span
from pipeline.relations.roles import COUNTERPART, Role, adjective_country
from pipeline.relations.titles import IN, office_of

TYPES: PhraseTable[str] = PhraseTable()
for _form, _type in (("تفاهم‌نامه", "تفاهم‌نامه"), ("تفاهم نامه", "تفاهم‌نامه"), ("قرارداد", "قرارداد"),
                     ("قراردادی", "قرارداد"), ("موافقت‌نامه", "موافقت‌نامه"), ("موافقتنامه", "موافقت‌نامه"),
                     ("توافق‌نامه", "توافق"), ("توافق", "توافق"), ("توافقی", "توافق"), ("یادداشت تفاهم", "تفاهم‌نامه"),
                     ("یادداشت تفاهمی", "تفاهم‌نامه"),  # («یادداشت تفاهمی … امضا کردند»: the indefinite on its last word)
                     # «سند (جامع) همکاری», «سند تفاهم»: a signed cooperation document, the news's other name for a
                     # memorandum (not «سند» alone: «سند چشم‌انداز» is a plan)
                     ("سند تفاهم", "تفاهم‌نامه"), ("سند همکاری", "تفاهم‌نامه"), ("سند همکاری‌های", "تفاهم‌نامه"),
                     ("سند جامع همکاری", "تفاهم‌نامه")):
    TYPES.add(_form, _type)
# the act of signing itself, for whom signs: a party's officer named in a sentence with one of these signs for it
SIGNING_PREFIXES = tuple(squash(w) for w in ("امضا", "امضاء", "منعقد", "انعقاد"))
SIGNING_WORDS = {squash(w) for w in ("عقد", "بست", "بستن", "بستند", "بستیم", "بستم")}
SIGN_TRIGGERS = SIGNING_PREFIXES + tuple(squash(w) for w in ("عقد", "بستن", "بستند", "ببندند", "بسته شد", "بست"))
# a renewal, a contract being finalised or bound («می‌بندیم») is concrete too: «قراردادش را با رئال مادرید تمدید کرده»
SIGN_TRIGGERS += tuple(squash(w) for w in ("تمدید", "نهایی", "می‌بند", "ببند"))
SIGN_TRIGGERS += (squash("پاراف"),)  # «توافق صلحی را پاراف کردند»: initialled, an agreement being concluded
FINAL = squash("نهایی")  # a trigger only with its verb («نهایی شد»); «توافق نهایی ایران و …» is "the final deal"
# «موافقت‌نامه … مبادله شد/کردند»: exchanging the signed copies, how the news reports budget and provincial
# agreements; only with its verb, since «مبادله اطلاعات» is an exchange of information
EXCHANGED = squash("مبادله")
NEGATED_VERBS = tuple(squash(w) for w in ("نکرد", "نشد", "نرسید", "ننمود", "نمی", "نخواه"))
SUBJUNCTIVE_VERBS = {squash(w) for w in ("کند", "کنند", "کنیم", "نماید", "نمایند", "نماییم", "شود", "شوند", "برسد",
                                         "برسند", "ببندد", "ببندند", "ببندیم")}
INTENT_WORDS = {squash(w) for w in ("قصد", "تصمیم", "آماده", "خواستار", "خواهان", "درصدد", "مایل", "تمایل", "باید",
                                     "می‌خواهد", "می‌خواهند", "می‌خواهیم")}
CONDITIONALS = {squash(w) for w in ("اگر", "چنانچه", "شرطی", "صورتی")}  # («به شرطی که», «در صورتی که»)
SIGNING_NOUNS = {squash(w) for w in ("امضای", "امضاء", "انعقاد")}  # the signing as a noun («برای امضای …»)
# (also what is asked for or prepared: «خواستار انعقاد موافقت‌نامه … شد», «مقدمات امضای این موافقت‌نامه را فراهم کند»)
# («حق انعقاد قرارداد … را ندارد»: a right to sign is no signing either)
PURPOSE_WORDS = {squash(w) for w in ("برای", "پیشنهاد", "منظور", "هدف", "جهت", "آمادگی", "آماده", "خواستار", "خواهان",
                                     "درخواست", "مقدمات", "حق")}
# «به تعویق افتاد», «لغو شد»; «خبر امضای قرارداد … را تکذیب کرد»: a signing denied
CALLED_OFF = {squash(w) for w in ("تعویق", "لغو", "متوقف", "منتفی", "تکذیب")}
# «کریم باقری با پرسپولیس قرارداد دارد»: «دارد» right after the noun states a standing contract
HAS_VERBS = {squash(w) for w in ("دارد", "دارند", "داریم")}
# «قراردادش», «قراردادم», «قراردادمان»: a possessive ending does not make the noun generic
POSSESSIVE = tuple(squash(w) for w in ("شان", "مان", "ش", "م"))
WE = squash("ما")
SPECIFICITY = {"تفاهم‌نامه": 3, "موافقت‌نامه": 3, "قرارداد": 3, "توافق": 1}
PRESENCE, PRESENCE_PREPOSITIONS = squash("حضور"), {WITH, squash("در")}  # «با حضور استاندار …»: a guest
PRESENCE_WINDOW = 10  # «با حضور وزیر نفت و جمعی از مدیران صنعت نفت …»
BETWEEN = {squash(w) for w in ("بین", "میان", "مابین", "فی‌مابین", "فیمابین")}  # («فی‌مابین»: formal)
# «مبارزه با گروه تروریستی داعش … توافق کردند»: the one fought against is no party
OPPOSING = {squash(w) for w in ("مبارزه", "مقابله", "جنگ", "درگیری", "رویارویی", "ستیز", "مخالفت")}
RULE_SCORES = {"with": 0.85, "between": 0.85, "and": 0.8, "signers": 0.7, "flow": 0.75, "counted": 0.7, "holder": 0.7,
               "own": 0.7}
NO_TRIGGER_FACTOR = 0.8  # «موافقت‌نامه … بین X و Y» without «امضا»: concrete, but less sure
NOUN_TO_BETWEEN = 8  # «لایحه موافقتنامه همکاری در زمینه فعالیت زنان و خانواده میان ایران و تونس»
INDEFINITE = squash("ای")
# «قرار داد منعقد شد»: قرارداد written as two words; only with a signing trigger right after, since
# «در اختیار قرار داد» is the verb «placed»
SPLIT_CONTRACT = (squash("قرار"), squash("داد"))
# «X با Y به توافق رسید», «به توافق‌های بسیاری رسیده است»: reaching an agreement is concluding one
REACH_NOUNS = {squash(w) for w in ("توافق", "توافقی", "توافق‌های", "توافقات")}
REACH_VERBS = tuple(squash(w) for w in ("رسید", "برسن", "می‌رسن", "برسی", "برسد", "انجامید"))  # («… به توافق انجامید»)
LED_TO = ({squash(w) for w in ("منجر", "منتهی")}, tuple(squash(w) for w in ("شد", "گردید")))  # «به توافق منجر شد»
REACH_WINDOW = 4
# «ایران و ونزوئلا … توافق کردند» (agreed: concluded), «به توافق هسته‌ای دست یافتند» (reached); not «توافق
# می‌کنند» or «باید توافق کنند» (not yet), nor «توافق نکردند»
AGREED_VERBS = tuple(squash(w) for w in ("کرد", "نمود"))
# «گام‌های توافق شده با آژانس»: the participle with its other party is a concluded agreement (not «نرخ توافق شده»
# alone, nor «توافق شد قیمت …», a meeting's decision)
AGREED_PARTICIPLE = squash("شده")
THEIR = {squash(w) for w in ("آنان", "آنها", "آن‌ها")}  # «توافق آنان»: their agreement, one they reached
ATTAINED = (squash("دست"), squash("یافت"))
# «مانع تمدید قرارداد این بازیکن با پاریس شود», «جلوگیری از امضای توافق»: an agreement someone prevents is
# not concluded
PREVENTION = {squash(w) for w in ("مانع", "جلوگیری")}
PREVENTION_WINDOW = 3
DRAFT, DRAFT_SPLIT = squash("پیش‌نویس"), (squash("پیش"), squash("نویس"))  # (also «پیشنویس», «پیش نویس»)
RULES = tuple(RULE_SCORES)
# «قرارداد من ساده و شفاف است», «من قرارداد دارم», «توافقاتم را با باشگاه انجام داده‌ام»: a speaker's own contract
ME = squash("من")
MY = squash("م")  # the first person singular possessive: «قراردادم», not «قراردادمان» (ours)
OWN_VERBS = {squash(w) for w in ("دارم", "بستم", "بسته‌ام")}  # right after the noun
OWN_SIGNED = {squash(w) for w in ("کردم", "کرده‌ام")}  # after a signing word: «قرارداد امضا کردم»
OWN_PLURAL_ENDINGS = tuple(squash(w) for w in ("اتم", "هایم"))
# a contract ended, refused or only hoped for is none the speaker holds: «قراردادم را فسخ کردم», «قراردادم تمام شد»
OWN_ENDED = {squash(w) for w in ("فسخ", "لغو", "ندارم", "نبستم", "نکردم", "نبسته‌ام", "هیچ", "قصد", "می‌خواهم", "خواهم",
                                 "امیدوارم")} | CONDITIONALS
OWN_RUNS_OUT = {squash(w) for w in ("پایان", "تمام", "اتمام")}  # «قراردادم تمام شد» (not «تا پایان فصل», until)
UNTIL = squash("تا")
PLAYER_NOUNS = {squash(w) for w in ("بازیکن", "مهاجم", "هافبک", "مدافع", "دروازه‌بان", "ستاره", "کاپیتان")}
# «… به امضای مقامهای سه کشور خواهد رسید», «طرفین»: the parties are counted, not named; they are the countries
# named in this sentence and the one before it, when exactly that many
COUNTED_PARTIES = {(squash("دو"), squash("کشور")): 2, (squash("سه"), squash("کشور")): 3,
                   (squash("دو"), squash("طرف")): 2, (squash("طرفین"),): 2}
# «رئیس دانشگاه تهران با رئیس دانشگاه کابل دیدار کرد. در این دیدار دو طرف تفاهم‌نامه … امضا کردند», «تفاهم‌نامه‌ای
# میان دو دستگاه امضا شد»: sides or bodies counted may be organisations as well as countries
COUNTED_BODIES = {(squash("دو"), squash(w)): 2 for w in ("دستگاه", "نهاد", "سازمان", "شرکت", "دانشگاه", "بانک",
                                                        "مجموعه", "وزارتخانه", "باشگاه", "مرکز")}
COUNTED_SIDES = {(squash("دو"), squash("طرف")), (squash("طرفین"),)} | set(COUNTED_BODIES)
COUNTED_CUES = COUNTED_PARTIES | COUNTED_BODIES
LOCATIVE = squash("در")
TRIP = squash("سفر")
OFFICES_OF_A_BODY = {squash(w) for w in ("دفتر", "دبیرخانه", "نمایندگی")}  # (a probe, session 81)
# «قرارداد (پروژه) انتقال گاز ایران به (شبه قاره) هند»: a trade from one party to another
FLOW_NOUNS = {squash(w) for w in ("صادرات", "فروش", "انتقال", "واردات", "ترانزیت", "سوآپ", "سواپ")}
BOTH = squash("هم")  # «هم ایرباس و هم بوئینگ»: a list all the same
# «به جز علیپور، بشار و …»: the names after these are left out of what the sentence says
EXCEPT = tuple(tuple(squash(w) for w in m.split()) for m in ("به جز", "به جزء", "غیر از", "به استثنای", "بجز", "جز"))
NOUN_TO_FLOW = 2  # «قرارداد پروژه انتقال …»
FLOW_TO_ORIGIN = 2  # «صادرات گاز طبیعی روسیه …»: the goods between the trade and its origin
SUBCONTINENT = squash("شبه‌قاره")  # «به شبه‌قاره هند», also written with a space


@dataclass
class Agreement:
    a: Span
    b: Span
    type: str
    sent: int
    method: str
    score: float
    signatories: list[str] = field(default_factory=list)
    date: str | None = None


def _sentence_type(view: DocView, lo: int, hi: int) -> tuple[str, bool, bool, list[int]] | None:
    """(most specific agreement type in the sentence, whether a signing trigger is present, whether the
    sentence reports a signing rather than only a standing contract «با Y قرارداد دارد», the tokens of its
    agreement nouns and signing verbs — where its date is looked for), or None.

    Without a trigger a sentence still qualifies when «بین/میان» follows the noun closely
    («موافقت‌نامه سه‌جانبه توسعه بندر چابهار بین ایران، افغانستان و هندوستان»).
    """
    best, noun_at = None, []
    # «تفاهم‌نامه‌ای», «موافقتنامه‌ای»: the indefinite ending does not make the noun generic
    # This sentence's tokens only: a list from the document's start for every sentence is quadratic
    # (a 100,000-character document took 16 s here, the 1,000,000-character limit most of an hour).
    sq = [_bare_noun(t) for t in view.sq[lo:hi]]
    reached = False
    signing = [k for k in range(lo, hi) if _signing_word(view, k, hi)]
    triggers = [k for k in signing if not _negated(view, k + 1, hi) and not _intended(view, k, lo, hi)
                and not _conditional(view, k, lo) and not _unrealised(view, k, lo, hi)]
    anchors = list(triggers)
    for k in range(lo, hi):
        hit = TYPES.longest_at(sq, k - lo, hi - lo)
        found = hit[1] if hit else None
        if found is None and _split_contract(view, k, hi):
            found = "قرارداد"
        if found:
            anchors.append(k)
        if _reached_agreement(view, k, hi):
            found, reached = found or "توافق", True
        if found is None and (plural := _concluded_plural(view, k, hi)) is not None:
            found, reached = plural, True
        if found and _concluded_singular(view, k, hi):
            reached = True
        if found and _prevented(view, k, lo):
            continue
        if found:
            noun_at.append(k)
            if best is None or SPECIFICITY[found] > SPECIFICITY[best]:
                best = found
    if best is None or (signing and not triggers and not reached):
        return None  # «… را امضا نکردند», «قصد دارد … امضا کند»: a signing denied or only wanted
    if reached or triggers:
        return best, True, True, anchors
    if any(view.sq[j] in BETWEEN for k in noun_at for j in range(k + 1, min(hi, k + 1 + NOUN_TO_BETWEEN))):
        return best, False, True, anchors
    if any(k + 1 < hi and view.sq[k + 1] in HAS_VERBS for k in noun_at):
        return best, True, False, anchors
    return None


def _signing_word(view: DocView, k: int, hi: int) -> bool:
    """A signing trigger at k; «نهایی» and «مبادله» only before their verb («نهایی شد», «مبادله کردند»), not as the
    adjective of «توافق نهایی» or the noun of «مبادله اطلاعات»."""
    verb_follows = k + 1 < hi and is_verb_like(view.tokens[k + 1].text)
    if view.sq[k] == EXCHANGED:
        return verb_follows
    if not view.sq[k].startswith(SIGN_TRIGGERS):
        return False
    return not view.sq[k].startswith(FINAL) or verb_follows


def _negated(view: DocView, k: int, hi: int) -> bool:
    """The verb at k is negated («امضا نکردند», «به امضا نرسید», «منعقد نشده است»): nothing was signed."""
    return k < hi and view.sq[k].startswith(NEGATED_VERBS)


def _intended(view: DocView, k: int, lo: int, hi: int) -> bool:
    """A signing only wanted or due: the verb at k in the subjunctive after a word of intent or obligation («قصد
    دارد با بانک سپه قرارداد امضا کند», «باید توافق صلح را امضا کنیم»)."""
    subjunctive = view.sq[k] in SUBJUNCTIVE_VERBS or (k + 1 < hi and view.sq[k + 1] in SUBJUNCTIVE_VERBS)  # «… ببندد»
    return subjunctive and any(view.sq[j] in INTENT_WORDS for j in range(lo, k))


def _conditional(view: DocView, k: int, lo: int) -> bool:
    """A condition opens the sentence before the signing verb at k («اگر در کاخ سفید بودم با ایران توافق بهتری امضا
    می‌کردم», «چنانچه … امضا شود»): a signing supposed, not reported (not «اگرچه», although)."""
    return any(view.sq[j] in CONDITIONALS for j in range(lo, k))


def _unrealised(view: DocView, k: int, lo: int, hi: int) -> bool:
    """The signing at k is a purpose, an offer, a request or a readiness («برای امضای تفاهم‌نامه اعلام آمادگی
    کردند», «پیشنهاد امضای …», «با هدف امضای …», «خواستار انعقاد …»), or its clause puts it off, calls it off or
    denies it after it («امضای قرارداد … به تعویق افتاد», «خبر امضای قرارداد … را تکذیب کرد»): no signing reported."""
    if view.sq[k] in SIGNING_NOUNS and k > lo and view.sq[k - 1] in PURPOSE_WORDS:
        return True
    # (not past a colon: «پس از امضای تفاهم‌نامه … گفت: بعد از لغو تحریم‌ها …» calls off the sanctions)
    clause_end = view.first_colon(k + 1, hi, hi)
    return any(view.sq[j] in CALLED_OFF for j in range(k + 1, clause_end))


PLURAL_ENDINGS = tuple(squash(w) for w in ("های", "ها", "ات"))
CONCLUDED_PARTICIPLES = tuple(tuple(squash(w) for w in p.split()) for p in (
    "امضا شده", "امضاء شده", "امضاشده", "منعقد شده", "منعقده", "صورت گرفته", "انجام شده", "به عمل آمده", "بعمل آمده"))


def _concluded_plural(view: DocView, k: int, hi: int) -> str | None:
    """The type of a plural agreement noun at k that a participle says were made («توافقنامه‌های امضا شده بین
    طرفین», «توافق‌های صورت گرفته»): agreements concluded, not agreements in general («قراردادهای بین‌المللی»)."""
    token, n, found = view.sq[k], k + 1, None
    for ending in PLURAL_ENDINGS:
        if token.endswith(ending) and TYPES.get(token[:-len(ending)]):
            found = TYPES.get(token[:-len(ending)])
            break
    if found is None and n < hi and view.sq[n] in PLURAL_ENDINGS and TYPES.get(token):
        found, n = TYPES.get(token), n + 1  # «توافقنامه های» written apart
    return found if found is not None and _participle_at(view, n) else None


def _participle_at(view: DocView, k: int) -> bool:
    return any(view.words_at(k, p) for p in CONCLUDED_PARTICIPLES)


def _concluded_singular(view: DocView, k: int, hi: int) -> bool:
    """«طبق توافق به عمل آمده», «قرارداد منعقده»: the agreement noun at k, one the participle says was made."""
    noun_end = _noun_end(view, k, hi)
    return noun_end is not None and _participle_at(view, noun_end)


def _prevented(view: DocView, k: int, lo: int) -> bool:
    """A prevention word a few tokens before the agreement noun at k («مانع تمدید قرارداد …»), or the noun is a
    draft's («پیش‌نویس تفاهم‌نامه … تهیه شد»: a text prepared, nothing concluded)."""
    draft = (k > lo and view.sq[k - 1] == DRAFT) or view.words_end_at(k, DRAFT_SPLIT, lo)
    return draft or any(view.sq[j] in PREVENTION for j in range(max(lo, k - PREVENTION_WINDOW), k))


def _split_contract(view: DocView, k: int, hi: int) -> bool:
    """«قرار داد منعقد …» at k: the two-word spelling followed by a signing trigger, or after one («امضای قرار
    داد صادرات گاز …»)."""
    return (k + 2 < hi and (view.sq[k], view.sq[k + 1]) == SPLIT_CONTRACT
            and (any(view.sq[j].startswith(SIGN_TRIGGERS) for j in range(k + 2, min(hi, k + 4)))
                 or (k > 0 and view.sq[k - 1].startswith(SIGN_TRIGGERS))))


def _reached_agreement(view: DocView, k: int, hi: int) -> bool:
    """«به توافق (…) رسید» / «… دست یافت» / «… انجامید» / «… منجر شد», «توافق کرد», «توافق شده با» or «توافق آنان»
    with the noun at k."""
    if view.sq[k] not in REACH_NOUNS:
        return False
    if k + 1 < hi and view.sq[k + 1].startswith(AGREED_VERBS):
        return True
    if k + 2 < hi and view.sq[k + 1] == AGREED_PARTICIPLE and view.sq[k + 2] == WITH:
        return True
    if k + 1 < hi and view.sq[k + 1] in THEIR and not (k > 0 and view.sq[k - 1] == WITH):
        return True  # «دیدار نخست‌وزیران هند و پاکستان … و توافق آنان برای آتش‌بس» (not «با توافق آنها»: consent)
    window = range(k + 1, min(hi, k + 1 + REACH_WINDOW))
    return k > 0 and view.sq[k - 1] == TO and any(
        view.sq[j].startswith(REACH_VERBS)
        or (j + 1 < hi and view.sq[j] == ATTAINED[0] and view.sq[j + 1].startswith(ATTAINED[1]))
        or (j + 1 < hi and view.sq[j] in LED_TO[0] and view.sq[j + 1].startswith(LED_TO[1])) for j in window)


def _noun_and_ending(token: str) -> tuple[str, str]:
    """«قراردادم» → («قرارداد», «م»), «تفاهم‌نامه‌ای» → («تفاهم‌نامه», «ای») (squashed): an agreement noun and the
    indefinite or possessive ending glued to it, whose person says whose contract it is; (token, "") otherwise."""
    for ending in (INDEFINITE, *POSSESSIVE):
        if token.endswith(ending) and token[:-len(ending)] in TYPES:
            return token[:-len(ending)], ending
    return token, ""


def _bare_noun(token: str) -> str:
    """«تفاهم‌نامه‌ای» → «تفاهم‌نامه», «قراردادش» → «قرارداد» (squashed); other tokens unchanged."""
    return _noun_and_ending(token)[0]


def _party_at(view: DocView, j: int, by_start: dict[int, Span], hi: int) -> Span | None:
    """The party named from token j, past an opening quote («بین "X" و "Y"»). A company whose name opens with a
    company head of its own leaves out the word «شرکت» before it («با شرکت پتروشیمی تبریز»: the name is «پتروشیمی
    تبریز»), and names after a plural head are each a body of it («با شرکت‌های ایران‌خودرو و سایپا»): the party
    starts one token on."""
    j = view.past_marks(j, hi, OPEN_QUOTES)
    party = by_start.get(j)
    if party is None and j < hi and view.sq[j] in OFFICES_OF_A_BODY and (inner := by_start.get(j + 1)) is not None \
            and inner.label == "ORG":
        return inner  # «دفتر سازمان جهانی بهداشت در ایران», «دبیرخانه اکو»: the office signs for its body
    if party is None and (plural_end := plural_head_end(view, j, hi)) is not None:
        if plural_end + 1 < hi and describes_company(view, plural_end):
            plural_end = view.past_marks(plural_end + 1, hi, OPEN_QUOTES)  # «با شرکت‌های آمریکایی «X» و «Y»»
        inner = by_start.get(plural_end)
        return inner if inner is not None and inner.label != "PER" else None
    if party is None and j + 1 < hi and view.sq[j] == COMPANY:
        inner = by_start.get(j + 1)
        if inner is not None:
            return inner if inner.kind == "company" else None
        # «با شرکت دولتی «ترکمن‌گاز»», «با شرکت چینی «سینوپک»»: a company's quoted name after its describing word
        k = view.past_marks(j + 2, hi, OPEN_QUOTES)
        inner = by_start.get(k) if k > j + 2 and describes_company(view, j + 1) else None
        return inner if inner is not None and inner.label == "ORG" else None
    return party


def _coordinated_run(view: DocView, first: Span, by_start: dict[int, Span], hi: int,
                     apposition_ends: dict[int, int]) -> list[Span]:
    """«X، Y و Z»: the parties coordinated with «،»/«و» starting at `first`; a party may follow its
    officer's title («استاندار مازندران و رئیس سازمان میراث فرهنگی … امضا کردند»), and a person party
    may carry their own title phrase before the «و» («بین سورنا ستاری معاون علمی و فناوری ریاست جمهوری
    و محمدجواد آذری جهرمی»)."""
    run = [first]
    k = _party_end(view, first, hi, apposition_ends)
    joined_by_and = False
    while k + 1 < hi and view.joins_list(k):
        if joined_by_and and view.sq[k] != CONJUNCTION and view.lex.titles.longest_at(view.sq, k + 1, hi) is None:
            # «فعالان اقتصادی ایران و ازبکستان، اتاق … و اتاق …»: a list ends with its «و», and a name after a comma
            # there opens another (a title there is the last name's own: «… و حسن احمدی، رئیس بانک ملت»)
            break
        joined_by_and = view.sq[k] == CONJUNCTION
        if k + 2 < hi and view.sq[k + 1] == BOTH:
            k += 1  # «هم ایرباس و هم بوئینگ با تهران …»
        nxt = _party_at(view, k + 1, by_start, hi)
        title = view.lex.titles.longest_at(view.sq, k + 1, hi) if nxt is None else None
        if title is not None:
            nxt = _title_party(view, k + 2, title[0], by_start, hi)
        elif nxt is None:
            # «وزیر امور خارجه ایران و همتای عراقی وی … امضا کردند»: the counterpart signs for his country
            nxt = _counterpart_at(view, k + 1, hi)
        if nxt is None:
            break
        run.append(nxt)
        k = _party_end(view, nxt, hi, apposition_ends)
    return run


def _subject_run(view: DocView, before: list[Span], by_start: dict[int, Span], hi: int,
                 apposition_ends: dict[int, int]) -> list[Span]:
    """The parties listed with «،»/«و» that end with the last candidate before «با» (`before`: the candidates in
    order, guests and describing names left out), each a party; the last candidate alone when none is listed
    with it, or when a name in the list is no candidate."""
    last = before[-1]
    candidates = {p.tok_start for p in before}
    listed: set[int] = set()  # starts of the parties in the runs read so far
    for p in before[:-1]:
        if p.tok_start in listed:
            continue  # (the run from a party inside an earlier run is the rest of that run, which missed `last`)
        run = _coordinated_run(view, p, by_start, hi, apposition_ends)
        if run[-1].tok_start == last.tok_start:
            if _excepted(view, p.tok_start):
                return []  # «به جز علیپور، بشار و … سایر بازیکنان با ما قرارداد دارند»: the ones left out
            return run if all(q.tok_start in candidates for q in run) else [last]
        listed.update(q.tok_start for q in run)
    return [] if _excepted(view, last.tok_start) else [last]


def _excepted(view: DocView, k: int) -> bool:
    """«به جز / بجز / غیر از / به استثنای» right before token k: what follows is left out of what is said."""
    return any(view.words_end_at(k, marker) for marker in EXCEPT)


def _counterpart_at(view: DocView, k: int, hi: int) -> Span | None:
    """«همتای عراقی (وی/خود)» at k: the country of the counterpart, who signs for it; None elsewhere."""
    if k + 1 < hi and view.sq[k] == COUNTERPART and (country := adjective_country(view, k + 1)) is not None:
        return country_span(view, k + 1, k + 2, country, "pattern:counterpart", 0.7)
    return None


def _attending(view: DocView, party: Span, start: int) -> bool:
    """The party is named in a «با/در حضور …» phrase («با حضور استاندار گیلان و شهردار رشت»): a guest of the
    signing, no party to it. The phrase runs from «حضور» to the party unless a comma, «با», a verb or the signing
    stands between («با حضور استاندار مازندران به امضای علی احمدی …»: he signs)."""
    for i in range(party.tok_start - 1, max(start, party.tok_start - PRESENCE_WINDOW) - 1, -1):
        if view.sq[i] == PRESENCE:
            return i > start and view.sq[i - 1] in PRESENCE_PREPOSITIONS
        if view.tokens[i].text in COMMAS or view.sq[i] in (WITH, *SIGNING_NOUNS) or is_verb_like(view.tokens[i].text):
            return False
    return False


ALIAS_TOKENS = 4  # «سازمان خواربار و کشاورزی ملل متحد (فائو) و …»: the short name in brackets after a party


def _party_end(view: DocView, party: Span, hi: int, apposition_ends: dict[int, int]) -> int:
    """Where a listed party's words end: past its own title phrase, the place noun its name leaves out, its
    closing quotes, a short name in brackets after it, and the posting of a mission abroad («رایزنی فرهنگی
    جمهوری اسلامی ایران | در ایتالیا |»: where the office is, no party; a probe, session 80)."""
    end = view.past_marks(_past_place_noun(view, apposition_ends.get(party.tok_end, party.tok_end), hi), hi,
                          CLOSE_QUOTES)
    if party.kind == "embassy" and end + 1 < hi and view.sq[end] == IN \
            and (posting := view.lex.countries.longest_at(view.sq, end + 1, hi)
                 or view.lex.capitals.longest_at(view.sq, end + 1, hi)):
        return posting[0]
    if party.label == "ORG" and end + 1 < hi and view.sq[end] == IN:
        # «دفتر ستاد احیای دریاچه ارومیه | در آذربایجان شرقی | و دانشگاه تبریز»: where the office is, before the next
        # party (a probe, session 81)
        j = end + 1 + (view.sq[end + 1] == PROVINCE)
        place = view.lex.provinces.longest_at(view.sq, j, hi)
        if place is not None and place[0] < hi and view.joins_list(place[0]):
            return place[0]
    if end < hi and view.tokens[end].text == "(":
        close = next((j for j in range(end + 2, min(hi, end + 2 + ALIAS_TOKENS)) if view.tokens[j].text == ")"), None)
        if close is not None:
            return close + 1
    return end


def _past_place_noun(view: DocView, k: int, hi: int) -> int:
    """After a body's name, the bare place noun its name leaves out («بین سازمان جهاد کشاورزی | استان | و شرکت …»:
    the province's office; organisations.py drops a trailing «استان», «شهرستان», «کشور»)."""
    return k + 1 if k + 1 < hi and view.sq[k] in TRAILING_PLACE_NOUNS and view.joins_list(k + 1) else k


APPOSITION_TO_ORG = 6  # «سورنا ستاری» + «معاون علمی و فناوری» + «ریاست جمهوری»


def _apposition_ends(view: DocView, in_sent: list[Span], roles_by_person: dict[str, list[Role]]) -> dict[int, int]:
    """Where a person party's own title phrase ends: the end of the organisation of a role whose
    organisation starts within APPOSITION_TO_ORG tokens after the name, keyed by the name's end. Only
    when the title follows the name directly or after a comma («کیوان صفاری‌نژاد، مدیرعامل باشگاه پرسپولیس، …»,
    which lists no other party): after «X و Y مدیران …» the run must reach Y. A post coordinated after the first
    reaches as far again from the organisation before it («ملک‌زاده معاون وزیر راه و شهرسازی و مدیرعامل سازمان ملی
    زمین و مسکن»)."""
    ends: dict[int, int] = {}
    for p in in_sent:
        if p.label != "PER" or p.tok_end >= len(view.tokens) or view.sq[p.tok_end] == CONJUNCTION:
            continue
        reach = p.tok_end + APPOSITION_TO_ORG
        for obj in sorted((r.obj for r in roles_by_person.get(p.key, [])), key=lambda o: o.tok_start):
            if p.tok_end < obj.tok_start <= reach:
                ends[p.tok_end] = max(ends.get(p.tok_end, 0), obj.tok_end)
                reach = max(reach, obj.tok_end + APPOSITION_TO_ORG)
    return ends


TITLE_TO_PARTY = 2  # «وزیر» + «نفت» + «عراق»: a ministry's field between the title and the country


def _title_party(view: DocView, start: int, title_end: int, by_start: dict[int, Span], hi: int) -> Span | None:
    """The party of a title phrase: it starts inside the title («رئیس دانشگاه» + «دانشگاه گیلان»), right after
    it, or after the title's field («وزیر نفت عراق»); across «و» only inside a field the title's complement reads
    whole («وزیر | حمل و نقل | ترکیه»)."""
    for j in range(start, min(hi, title_end + 1 + TITLE_TO_PARTY)):
        if j in by_start:
            return by_start[j]
        if j >= title_end and view.is_stop(j):
            break
    return next((by_start[j] for j in range(title_end, complement_end(view, title_end, hi)) if j in by_start), None)


def _describes_a_member(view: DocView, party: Span) -> bool:
    """The party is named right after a player's noun or a past marker («مهاجم | استقلال», «سرمربی سابق |
    استقلال»), or closes a team's name («مهاجم تیم ملی فوتبال | ایران قراردادش را با باشگاه پورتو تمدید کرد»): it
    says whose the person was, not who signs."""
    k = party.tok_start - 1
    if k >= 0 and (view.sq[k] in PAST_MARKERS or view.sq[k] in PLAYER_NOUNS):
        return True
    while k >= 0 and (view.sq[k] in TEAM_QUALIFIERS or view.sq[k] == NATIONAL):
        k -= 1
    return k >= 0 and is_team(view, k)


def _locative(view: DocView, party: Span) -> bool:
    return party.tok_start > 0 and view.sq[party.tok_start - 1] == LOCATIVE


def _trip_destination(view: DocView, party: Span) -> bool:
    """«سفر (خود) به X»: X is where someone travels (a probe, session 81)."""
    k = party.tok_start
    return k >= 2 and view.sq[k - 1] == TO and (view.sq[k - 2] == TRIP
                                                or (k >= 3 and view.sq[k - 2] == OWN and view.sq[k - 3] == TRIP))


def _all_pairs(run: list[Span], method: str) -> list[tuple[Span, Span, str]]:
    return [(run[i], run[j], method) for i in range(len(run)) for j in range(i + 1, len(run))]


def _sentence_pairs(view: DocView, in_sent: list[Span], start: int, hi: int, has_trigger: bool,
                    roles_by_person: dict, lo: int, rules: tuple[str, ...],
                    speaker: Span | None = None, strong: bool = True) -> list[tuple[Span, Span, str]]:
    """Party pairs of one qualifying sentence; `strong` is False when only «قرارداد دارد» qualified it
    (a standing contract: «با»-pairs only, no «X و Y» or signatory pairs)."""
    by_start = {p.tok_start: p for p in in_sent}
    apposition_ends = _apposition_ends(view, in_sent, roles_by_person)
    pairs: list[tuple[Span, Span, str]] = []
    # (the countries of a flow sign only where no subjects are listed: «شرکت ملی گاز ایران و شرکت گازپروم روسیه …
    # تفاهم‌نامه‌ای برای انتقال گاز روسیه به ایران … امضا کردند», a probe, session 81)
    flows: list[tuple[Span, Span, str]] = []
    class_only = False
    for k in range(start, hi):
        if has_trigger and view.sq[k] == WITH and "with" in rules and not (k > start and view.sq[k - 1] in OPPOSING):
            after = _party_at(view, k + 1, by_start, hi)
            named_right_after = after is not None
            if after is None and k + 1 < hi and view.sq[k + 1] == WE:
                after = speaker  # «این بازیکن … با ما قرارداد دارد»
            elif after is None and (title := view.lex.titles.longest_at(view.sq, k + 1, hi)) is not None:
                after = _title_party(view, k + 2, title[0], by_start, hi)  # «با مدیرعامل شرکت X»: X signs
            elif after is None and (counterpart := _counterpart_at(view, k + 1, hi)) is not None:
                after = counterpart  # «وزیر نیرو با همتای عراقی خود … امضا کرد»
            # a party does not sign with itself: «… جنبش صدر با دولت موقت و … این جنبش با دولت موقت به توافق …»
            before = [p for p in in_sent if p.tok_end <= k and (after is None or p.key != after.key)]
            # «مهاجم سابق استقلال با باشگاه سپاهان قرارداد امضا کرد»: a body named as a player's or a former
            # officer's does not sign; the one it describes does, here unnamed
            before = [p for p in before if not _describes_a_member(view, p)]
            # «رئیس‌جمهور آمریکا در کاخ سفید با نخست‌وزیر ژاپن …»: where it happens («در …») signs only if no one else
            # is named before
            before = [p for p in before if not _locative(view, p)] or before
            # «… در سفر به کنیا تفاهم‌نامه … را با وزارت … کنیا امضا کرد»: where one travels does not sign
            before = [p for p in before if not _trip_destination(view, p)]
            # «X امروز با حضور وزیر نفت … با شرکت Y قرارداد امضا کرد»: who attends signs nothing
            before = [p for p in before if not _attending(view, p, start)]
            if not before and speaker is not None and _first_person(view, start, hi):
                before = [speaker]  # «قرارداد ما با شرکت مینو …», «با وی قرارداد می‌بندیم»
            if after is not None and before and _near_agreement(view, k, after, start, hi):
                # «حزب مؤتلفه با جامعه روحانیت مبارز و جبهه پیروان خط امام … توافق کرده است»: each party listed
                others = _coordinated_run(view, after, by_start, hi, apposition_ends) if named_right_after else [after]
                # «شرکت ایران‌خودرو و شرکت سایپا با بانک ملت …»: each of the subjects listed before «با» too
                subjects = _subject_run(view, before, by_start, hi, apposition_ends)
                pairs.extend((subject, other, "with") for subject in subjects for other in others
                             if other.key != subject.key)
        if view.sq[k] in BETWEEN and "between" in rules and (first := _party_at(view, k + 1, by_start, hi)):
            run = _coordinated_run(view, first, by_start, hi, apposition_ends)
            pairs.extend(_all_pairs(run, "between"))
        elif view.sq[k] in BETWEEN and _class_of_bodies(view, k + 1, by_start, hi):
            # «با امضای هفت سند همکاری میان دستگاه‌های دو کشور»: the parties are a class of bodies, so no names
            # before the trigger sign (a probe, session 81)
            class_only = True
        if has_trigger and "flow" in rules and (noun_end := _noun_end(view, k, hi)) is not None:
            flow = _trade_parties(view, noun_end, by_start, hi)
            if flow is not None:
                flows.append((*flow, "flow"))
    if pairs or not has_trigger or not strong or class_only:
        return pairs + flows
    one_side: set[int] = set()  # the starts of names listed as one side's signatories
    if "and" in rules:
        lists: list[list[Span]] = []
        listed: set[int] = set()  # the starts of the names in those lists
        for x in in_sent:
            if x.tok_start in one_side or x.tok_start in listed or _attending(view, x, start) \
                    or _excepted(view, x.tok_start):
                continue
            run = _coordinated_run(view, x, by_start, hi, apposition_ends)
            if _one_sides_signatories(view, run[0].tok_start, start):
                # the names and what their titles name («… به امضای علی رضایی وزیر نفت و …»: not the ministry either)
                run_end = apposition_ends.get(run[-1].tok_end, run[-1].tok_end)
                one_side.update(p.tok_start for p in in_sent if run[0].tok_start <= p.tok_start < run_end)
                continue
            if len(run) > 1 and not _each_with_others(view, run[-1].tok_end, hi):
                lists.append(run)
                listed.update(p.tok_start for p in run)
        if lists:
            return _all_pairs(_subject_list(view, lists, start, hi), "and")
    if flows:
        return flows
    if "signers" in rules:
        signers = [p for p in in_sent if p.label == "PER" and _role_in_sentence(p, roles_by_person, lo, hi)
                   and p.tok_start not in one_side and not _attending(view, p, start)]
        if len({s.key for s in signers}) == 2:
            return [(signers[0], [s for s in signers if s.key != signers[0].key][0], "signers")]
    if "holder" in rules:
        return _holder_pairs(view, in_sent, by_start, start, hi)
    return pairs


def _class_of_bodies(view: DocView, j: int, by_start: dict[int, Span], hi: int) -> bool:
    """A plural head or generic plural at j with no name right after it («دستگاه‌های دو کشور», «شرکت‌های ایرانی»):
    a class of bodies, no party named (not «بانک‌های صادرات و ملت»)."""
    end = plural_head_end(view, j, hi)
    if end is None and j < hi and view.sq[j] in GENERIC_PLURALS:
        end = j + 1
    return end is not None and end not in by_start


def _subject_list(view: DocView, lists: list[list[Span]], start: int, hi: int) -> list[Span]:
    """Of the coordinated lists of a sentence, the one that signs: the last before the agreement noun, the verb's
    subject («در حاشیه نشست فعالان اقتصادی ایران و ازبکستان، اتاق … و اتاق … دو تفاهم‌نامه … مبادله کردند»), else
    the first («تفاهم‌نامه همکاری شرکت X و شرکت Y امضا شد»)."""
    noun = next((k for k in range(start, hi) if _noun_end(view, k, hi) is not None), hi)
    return next((run for run in reversed(lists) if run[-1].tok_end <= noun), lists[0])


ON_BEHALF_OF = {(squash("از"), squash(w)) for w in ("طرف", "سوی", "جانب")}  # «از طرف ایران»
# «از سوی دو طرف / هر دو کشور / طرفین / 2 کشور …»: both sides, not one
BOTH_SIDES = QUANTIFIERS | {squash(w) for w in ("طرفین", "دوطرف")}
ON_BEHALF_WINDOW = 6  # «از طرف | شرکت ملی نفت ایران | به امضای …»: the side's name between


def _one_sides_signatories(view: DocView, k: int, start: int) -> bool:
    """The names from k on sign for one side: «… که از طرف ایران به امضای مظفرالدین شاه، امین السلطان … رسید»
    (PEYMA dev #114) lists Iran's signatories, who sign no agreement with each other."""
    if k - 1 < start or view.sq[k - 1] not in SIGNING_NOUNS:
        return False
    # (not «از سوی دو طرف / طرفین به امضای …»: both sides' signatories, who do pair)
    return any((view.sq[j], view.sq[j + 1]) in ON_BEHALF_OF and view.sq[j + 2] not in BOTH_SIDES
               and not view.tokens[j + 2].text.isdigit() for j in range(max(start, k - 3 - ON_BEHALF_WINDOW), k - 2))


def _each_with_others(view: DocView, k: int, hi: int) -> bool:
    """«با» and a plural noun after a coordinated subject ending at k, before the clause's verb: «رنو و پژو با
    شرکت‌های داخلی قرارداد بسته‌اند» is each of them with others, not the two with each other; what is fought
    («برای مقابله با ریزگردها») is no other party."""
    for j in range(k, hi - 1):
        if is_verb_like(view.tokens[j].text):
            return False
        if view.sq[j] == WITH and view.sq[j - 1] not in OPPOSING and \
                singular(view.tokens[j + 1].text) != view.tokens[j + 1].text:
            return True
    return False


def _holder_pairs(view: DocView, in_sent: list[Span], by_start: dict[int, Span], start: int,
                  hi: int) -> list[tuple[Span, Span, str]]:
    """«باشگاه بارسلونا … قرارداد کارلس پرز … را تمدید کرد»: a person named right after the agreement noun holds
    the contract, and the organisation named before the noun, its subject, is the other party."""
    for k in range(start, hi):
        noun_end = _noun_end(view, k, hi)
        holder = by_start.get(noun_end) if noun_end is not None else None
        if holder is None or holder.label != "PER" or holder.kind == "pronoun":
            continue
        if (subject := _body_before(in_sent, k)) is not None:
            return [(subject, holder, "holder")]
    hired = _hired(view, in_sent, start, hi)
    if hired is not None and (subject := _body_before(in_sent, hired.tok_start)) is not None:
        return [(subject, hired, "holder")]
    return []


def _body_before(in_sent: list[Span], k: int) -> Span | None:
    """The organisation named last before token k, the holder's other party (not the news agency of the frame:
    «… در گفت‌وگو با خبرنگار فارس اظهار کرد: قرارداد X … تمدید شد»)."""
    return next((p for p in reversed(in_sent) if p.tok_end <= k and p.domain == "agency" and p.kind != "news_agency"),
                None)


# «… را به خدمت گرفت», «… را جذب کرد»: a club or company hires the one marked «را»
HIRING_VERBS = ((squash("به"), squash("خدمت"), squash("گرفت")), (squash("جذب"), squash("کرد")))
HIRED_APPOSITION = 8  # «مهدی رضوانی‌فر، | مدافع چپ سابق گل‌گهر | را»


def _hired(view: DocView, in_sent: list[Span], start: int, hi: int) -> Span | None:
    """«باشگاه استقلال با امضای قراردادی دوساله، مهدی رضوانی‌فر، مدافع چپ سابق گل‌گهر را به خدمت گرفت» (a probe,
    session 79): the person the agreement's subject hires, named before «را» (with a description after a comma
    between, which a comma may close), or None."""
    by_end = {p.tok_end: p for p in in_sent if p.label == "PER" and p.kind != "pronoun"}
    for k in range(start, hi):
        if view.sq[k] != OBJECT_MARKER or not any(
                k + len(verb) < hi and tuple(view.sq[k + 1:k + len(verb)]) == verb[:-1]
                and view.sq[k + len(verb)].startswith(verb[-1]) for verb in HIRING_VERBS):
            continue
        if k in by_end:
            return by_end[k]
        end = k - 1 if view.tokens[k - 1].text in COMMAS else k  # («…، هافبک ۲۴ ساله تیم ملی، را …»)
        comma = next((j for j in range(end - 1, max(start, end - HIRED_APPOSITION) - 1, -1)
                      if view.tokens[j].text in COMMAS), None)
        if comma is not None and comma in by_end:
            return by_end[comma]
    return None


def _noun_end(view: DocView, k: int, hi: int) -> int | None:
    """End of the agreement noun at k («قرارداد», «قرار داد», «تفاهم نامه», «تفاهم‌نامه‌ای»), or None."""
    if _split_contract(view, k, hi):
        return k + 2
    hit = TYPES.longest_at(view.sq, k, hi)
    if hit is not None:
        return hit[0]
    return k + 1 if _bare_noun(view.sq[k]) in TYPES else None


def _trade_parties(view: DocView, first: int, by_start: dict[int, Span], hi: int) -> tuple[Span, Span] | None:
    """(origin, destination) of «قرارداد صادرات گاز روسیه به چین»; the agreement noun ends at `first`."""
    flow = next((j for j in range(first, min(hi, first + 1 + NOUN_TO_FLOW)) if view.sq[j] in FLOW_NOUNS), None)
    if flow is None:
        return None
    origin = next((by_start[j] for j in range(flow + 1, min(hi, flow + 2 + FLOW_TO_ORIGIN)) if j in by_start), None)
    if origin is None or origin.tok_end >= hi or view.sq[origin.tok_end] != TO:
        return None
    j = origin.tok_end + 1
    if j < hi and view.sq[j] == SUBCONTINENT:
        j += 1
    elif j + 1 < hi and view.sq[j] + view.sq[j + 1] == SUBCONTINENT:
        j += 2
    destination = by_start.get(j)
    return (origin, destination) if destination is not None else None


FIRST_PERSON_ENDINGS = tuple(squash(w) for w in ("دیم", "تیم", "ایم", "داریم"))
WITH_TO_NOUN = 6  # «با Y» belongs to the agreement when its noun or trigger lies this close after Y …
WITH_TO_NOUN_LONE = 12
AFTER_RELATIVE_CLAUSE = 3  # … or this close after a relative clause that describes Y
NOUN_TO_WITH = 4  # … or its noun this close before «با» («قراردادش را با رئال مادرید تمدید کرده»)
NOUN_TO_WITH_SIGNED = 10  # … or further, the noun of a signing: «امضای قرارداد توسعه فاز ۱۱ … با شرکت پتروپارس»


def _near_agreement(view: DocView, k: int, after: Span, start: int, hi: int) -> bool:
    """The «با» at k and its party belong to the agreement clause, not to another «با» in the sentence
    («… تمدید کرده است … و هیچ مشکلی هم با فلورنتینو پرس نداشته است»)."""
    def noun(i: int) -> bool:
        return _noun_end(view, i, hi) is not None or _reached_agreement(view, i, hi)
    y_end = after.tok_end if after.tok_start > k else k + 2
    clause_end = None
    if y_end < hi and view.sq[y_end] == RELATIVE:
        # «با شرکت پتروپارس که یکی از بزرگترین شرکت‌های … است، قرارداد … امضا کرد»: past Y's relative clause, the
        # noun right after it (not «با سفیر چین که … آمد، دیدار کرد و … قرارداد …»)
        clause_end = next((i + 1 for i in range(y_end + 1, hi) if view.tokens[i].text in COMMAS), None)
        y_end = clause_end or y_end
    # a colon parts a speech's frame from its quote: «X در گفتگو با خبرگزاری جمهوری اسلامی گفت: … عقد قرارداد …»
    # (the interviewer is no party), so neither window reaches across one
    clause_lo = max((i + 1 for i in range(start, k) if view.tokens[i].text == ":"), default=start)
    clause_hi = view.first_colon(y_end, hi, hi)
    # a lone «با» in the sentence cannot belong to another clause, so its noun may lie further away
    # («با شرکت آب و فاضلاب روستایی نیز جهت واگذاری امتیاز آب به روستائیان قرار داد منعقد … شده است»)
    lone = sum(view.sq[i] == WITH for i in range(start, hi)) == 1
    window = AFTER_RELATIVE_CLAUSE if clause_end else WITH_TO_NOUN_LONE if lone else WITH_TO_NOUN
    if any(noun(i) or view.sq[i].startswith(SIGN_TRIGGERS) for i in range(y_end, min(clause_hi, y_end + window))):
        return True
    if any(noun(i) for i in range(max(clause_lo, k - NOUN_TO_WITH), k)):
        return True
    # a lone «با» after a signing's noun: «از امضای قرارداد توسعه فاز ۱۱ میدان گازی پارس جنوبی با شرکت پتروپارس خبر داد»
    return lone and any(noun(i) and i > start and view.sq[i - 1].startswith(SIGNING_PREFIXES)
                        for i in range(max(clause_lo, k - NOUN_TO_WITH_SIGNED), k))


def _first_person(view: DocView, start: int, hi: int) -> bool:
    """«ما …» or a first-person plural verb («می‌بندیم», «امضا کردیم», «کرده‌ایم») in the sentence."""
    for k in range(start, hi):
        t = view.sq[k]
        if t == WE or (len(t) > 3 and (t.endswith(FIRST_PERSON_ENDINGS) or (t.startswith("می") and t.endswith("یم")))):
            return True
    return False


def _speaker(view: DocView, parties: list[Span], roles_by_person: dict, lo: int, hi: int) -> Span | None:
    """Who «ما» is in a quote: the subject before «:» in this sentence when it is an organisation or an
    official («سرپرست باشگاه پرسپولیس گفت: …»), else the organisation of the official named last before
    the sentence (news quotes one official at length). None when neither is known."""
    colon = view.first_colon(lo, hi)
    if colon is not None:
        before = [p for p in parties if lo <= p.tok_start and p.tok_end <= colon]
        if before and (before[0].domain == "agency" or before[0].key in roles_by_person):
            return _on_behalf(view, before[0], roles_by_person, lo, hi)
    recent = [p for p in parties if p.tok_start < lo and p.label == "PER" and p.key in roles_by_person]
    return _on_behalf(view, recent[-1], roles_by_person, lo, hi) if recent else None


def _own_contract(view: DocView, lo: int, hi: int) -> tuple[str, int] | None:
    """(type, noun token) of a contract the sentence's speaker calls their own, in the first person singular:
    «قرارداد من …», «قراردادم را …», «من … قرارداد دارم/بستم», «توافقاتم را با باشگاه انجام داده‌ام»; None when
    the sentence also ends, refuses or only hopes for it, or there is none."""
    if any(view.sq[k] in OWN_ENDED or (view.sq[k] in OWN_RUNS_OUT and not (k > lo and view.sq[k - 1] == UNTIL))
           for k in range(lo, hi)):
        return None
    for k in range(lo, hi):
        token = view.sq[k]
        found = next((TYPES.get(token[:-len(e)]) for e in OWN_PLURAL_ENDINGS
                      if token.endswith(e) and TYPES.get(token[:-len(e)])), None)
        noun, ending = _noun_and_ending(token)
        if found is None and ending == MY:
            found = TYPES.get(noun)  # «قراردادم» (not «قراردادمان», ours)
        if found is None and (noun_end := _noun_end(view, k, hi)) is not None and _said_as_mine(view, noun_end, hi):
            found = TYPES.get(_bare_noun(token)) or "قرارداد"
        if found is not None:
            return found, k
    return None


def _said_as_mine(view: DocView, j: int, hi: int) -> bool:
    """The words after an agreement noun ending at j make it the speaker's: «من», «دارم», «بستم», «امضا کردم»."""
    if j < hi and view.sq[j] in (ME, *OWN_VERBS):
        return True
    return j + 1 < hi and view.sq[j].startswith(SIGN_TRIGGERS) and view.sq[j + 1] in OWN_SIGNED


def _own_parties(view: DocView, parties: list[Span], roles_by_person: dict[str, list[Role]], lo: int,
                 hi: int) -> tuple[Span, Span] | None:
    """(speaker, other party) of a speaker's own contract in the sentence lo..hi: the speaker is the official
    named before «:» in it, else the one named last before it (news quotes one person at length); the other
    party the body after «با» in the sentence, else the body of the speaker's post (a coach's club)."""
    colon = view.first_colon(lo, hi, hi)
    # the person named last before «:» in the sentence, else before the sentence: an official, not a player the
    # article quotes after his coach («علی کریمی، بازیکن این تیم، گفت: قراردادم …» is no contract of the coach's)
    persons = [p for p in parties if p.label == "PER" and p.kind != "pronoun"]
    speaker = next((p for p in reversed(persons) if lo <= p.tok_start and p.tok_end <= colon), None) \
        or next((p for p in reversed(persons) if p.tok_end <= lo), None)
    if speaker is None or speaker.key not in roles_by_person:
        return None
    person = roles_by_person[speaker.key][0].person
    quote_lo = colon if colon < hi else lo  # (no colon: the whole sentence is the speaker's words)
    after_with = [p for p in parties if p.domain == "agency" and quote_lo <= p.tok_start < hi
                  and p.tok_start > 0 and view.sq[p.tok_start - 1] == WITH]
    bodies = [r.obj for r in roles_by_person[speaker.key] if r.obj.domain == "agency"]
    other = after_with[0] if after_with else (bodies[-1] if len({b.key for b in bodies}) == 1 else None)
    return (person, other) if other is not None else None


def _attribution_end(view: DocView, lo: int, hi: int) -> int:
    """Tokens before this index belong to «به گزارش X به نقل از Y،» and name no party."""
    if not view.opens_with_attribution(lo, hi):
        return lo
    for k in range(lo, hi):
        if view.tokens[k].text in COMMAS:
            return k + 1
    return lo


def find_agreements(view: DocView, parties: list[Span], roles: list[Role], date_spans: list[Span],
                    rules: tuple[str, ...] = RULES) -> list[Agreement]:
    """Agreements per sentence, one per unordered pair in the document (most specific type wins)."""
    roles_by_person: dict[str, list[Role]] = {}
    for r in roles:
        roles_by_person.setdefault(r.person.key, []).append(r)
    found: dict[frozenset, Agreement] = {}
    agencies: dict[str, Span] = {}
    for p in parties:
        if p.domain == "agency":
            agencies.setdefault(p.key, p)
    sentences = sorted(view.sent_tokens.values())
    own_by_sentence: dict[int, tuple[Span, Span, str, int, int]] = {}  # lo: speaker, other, type, noun, hi
    if "own" in rules:
        for lo, hi in sentences:
            own = _own_contract(view, _attribution_end(view, lo, hi), hi)
            parties_of = _own_parties(view, parties, roles_by_person, lo, hi) if own else None
            if parties_of is not None and parties_of[0].key != parties_of[1].key:
                own_by_sentence[lo] = (*parties_of, *own, hi)
    for i, (lo, hi) in enumerate(sentences):
        qualified = _sentence_type(view, lo, hi)
        if qualified is None:
            continue
        agreement_type, has_trigger, strong, anchors = qualified
        start = _attribution_end(view, lo, hi)
        in_sent = [p for p in parties if start <= p.tok_start and p.tok_end <= hi]
        in_sent = _distinct_spans(in_sent + _capital_parties(view, in_sent, start, hi)
                                  + _demonstrative_parties(view, parties, start, hi))
        date = _date(view, lo, hi, date_spans, anchors)
        signing = any(view.sq[k].startswith(SIGNING_PREFIXES) or view.sq[k] in SIGNING_WORDS for k in range(start, hi))
        speaker = _speaker(view, parties, roles_by_person, lo, hi) if _first_person(view, start, hi) else None
        pairs = _sentence_pairs(view, in_sent, start, hi, has_trigger, roles_by_person, lo, rules, speaker, strong)
        parties_of = _resolved(view, pairs, roles_by_person, agencies, lo, hi)
        if lo in own_by_sentence:
            # «… سرمربی تیم X گفت: قراردادم را با باشگاه Y تمدید کردم»: the contract with Y is the speaker's own
            # (rule own), not one of the club named before the colon
            other = own_by_sentence[lo][1].key
            parties_of = [(x, y, method, a, b) for x, y, method, a, b in parties_of if other not in (a.key, b.key)]
        if not parties_of and has_trigger and strong and "counted" in rules:
            # (also when the pairs found name one party twice: «سفیر ایران … همکاری با ایران»)
            previous_start = _attribution_end(view, *sentences[i - 1]) if i else lo
            parties_of = _resolved(view, _counted_pairs(view, parties, roles, start, hi, previous_start),
                                   roles_by_person, agencies, lo, hi)
        for x, y, method, a, b in parties_of:
            # a party's officer in the sentence signs only where the sentence speaks of signing («در مراسم امضای
            # تفاهم‌نامه»); one who says «ما توافق کردیم» or mentions «توافق‌های صورت گرفته» is no signatory
            signatories = _signatories(view, (x, y), in_sent if signing else [], roles_by_person, {a.key, b.key})
            score = RULE_SCORES[method] * (1.0 if has_trigger else NO_TRIGGER_FACTOR)
            _keep(found, Agreement(a, b, agreement_type, view.tokens[lo].sent, method, round(score, 3),
                                   signatories, date))
    for lo, (speaker, other, agreement_type, noun, hi) in own_by_sentence.items():
        _keep(found, Agreement(speaker, other, agreement_type, view.tokens[lo].sent, "own", RULE_SCORES["own"],
                               [speaker.name], _date(view, lo, hi, date_spans, [noun])))
    return _merge_short_forms(list(found.values()), view.lex.org_heads)


def _signatories(view: DocView, pair: tuple[Span, Span], in_sent: list[Span], roles_by_person: dict[str, list[Role]],
                 party_keys: set[str]) -> list[str]:
    """The persons who sign: a person party, and a person in the sentence who holds a post at one of the parties
    (a governor at the governorate: «به امضای … محمدرضا پورمحمدی استاندار آذربایجان شرقی رسید»). A pronoun stands
    for the person it was resolved to («به امضای وی و …»), who holds that post too."""
    def holds_a_post_at_a_party(person: Span) -> bool:
        return any(r.obj.key in party_keys or office_of(view, r.title, r.obj).key in party_keys
                   for r in roles_by_person.get(person.key, []))
    named = {p.name for p in pair if p.label == "PER" and (p.kind != "pronoun" or holds_a_post_at_a_party(p))}
    named |= {p.name for p in in_sent if p.label == "PER" and holds_a_post_at_a_party(p)}
    return sorted(named)


def _resolved(view: DocView, pairs: list[tuple[Span, Span, str]], roles_by_person: dict[str, list[Role]],
              agencies: dict[str, Span], lo: int, hi: int) -> list[tuple[Span, Span, str, Span, Span]]:
    """Each pair with the parties that sign: a person's organisation, an office's parent body; pairs that end
    with no party or one party twice are dropped."""
    out = []
    for x, y, method in pairs:
        a, b = _on_behalf(view, x, roles_by_person, lo, hi), _on_behalf(view, y, roles_by_person, lo, hi)
        a, b = _parent_body(view, a, agencies), _parent_body(view, b, agencies)
        if a is not None and b is not None and a.key != b.key:
            out.append((x, y, method, a, b))
    return out


def _counted_pairs(view: DocView, parties: list[Span], roles: list[Role], start: int, hi: int,
                   previous_start: int) -> list[tuple[Span, Span, str]]:
    """«مقامهای سه کشور», «دو طرف», «طرفین» in the sentence: every pair of the countries named in it and in the
    sentence before it, when there are exactly as many as counted (dev 3#209: «… خط لوله انتقال گاز ایران به هند و
    پاکستان … . قرارداد … به امضای مقامهای سه کشور خواهد رسید»). A country after «در» is a place, not a party.
    A concluded agreement («طبق توافق به عمل آمده») counts two parties, organisations as well as countries; so do
    sides and bodies counted («دو طرف», «طرفین», «دو دستگاه»), when there are not two countries.
    The country of an official named there counts too («لاوروف وزیر خارجه روسیه و وانگ یی همتای چینی وی …
    دیدار کردند. در این دیدار دو کشور توافق‌نامه‌ای … امضا کردند»: China is only the counterpart's)."""
    wanted, cue = next(((n, cue) for k in range(start, hi) for cue, n in COUNTED_CUES.items()
                        if view.words_at(k, cue)), (None, None))
    organisations_count = False
    if wanted is None and any(_concluded_singular(view, k, hi) for k in range(start, hi)):
        # «طبق توافق به عمل آمده …»: the two parties of a concluded agreement, organisations or countries
        wanted, organisations_count = 2, True
    if wanted is None:
        return []
    near = [p for p in parties if previous_start <= p.tok_start and p.tok_end <= hi]
    # a capital inside an organisation's name («شهرداری کاراکاس») is that organisation's city
    inside_names = {t for p in near if p.label != "PER" and p.kind not in ("country", "city")
                    for t in range(p.tok_start, p.tok_end)}
    capitals = [country_span(view, s, e, country, "lexicon:capital", 0.8)
                for s, e, country in view.lex.capitals.matches(view.sq, previous_start, hi, skip=inside_names)]
    officials_countries = [r.obj for r in roles if previous_start <= r.person.tok_start < hi and r.obj.kind == "country"]
    officials_bodies = [r.obj for r in roles if previous_start <= r.person.tok_start < hi and r.obj.domain == "agency"]
    if cue in COUNTED_BODIES:
        # «… با حضور وزیر نفت ایران و وزیر نفت ونزوئلا و به امضای مدیران عامل دو شرکت رسید»: bodies counted are
        # organisations, never the countries named with them (a probe, session 81)
        counted = [p for p in _counted(view, near + officials_bodies, True) if p.kind != "country"]
    else:
        counted = _counted(view, near + capitals + officials_countries, organisations_count)
    if len(counted) != wanted and cue in COUNTED_SIDES and cue not in COUNTED_BODIES and not organisations_count:
        # no two countries: the sides may be the organisations named, or their officials' organisations (a capital
        # here is more likely a place visited: «هیئتی از وزارت نیرو به بغداد سفر کرد و با … وزارت برق عراق …»)
        counted = _counted(view, near + officials_countries + officials_bodies, True)
    if len(counted) != wanted:
        return []
    return _all_pairs(counted, "counted")


def _counted(view: DocView, spans: list[Span], organisations_count: bool) -> list[Span]:
    """The distinct countries (and, if they count, organisations other than news agencies) among `spans`, leaving
    out places after «در» and, when organisations count, a name inside another («عراق» in «وزارت برق عراق»)."""
    counted: dict[str, Span] = {}
    for p in spans:
        counts = p.kind == "country" or (organisations_count and p.domain == "agency" and p.kind != "news_agency")
        if counts and not _locative(view, p):
            counted.setdefault(p.key, p)
    if not organisations_count:
        return list(counted.values())
    return [p for p in counted.values()
            if not any(o.tok_start <= p.tok_start and p.tok_end <= o.tok_end
                       and (o.tok_start, o.tok_end) != (p.tok_start, p.tok_end) for o in counted.values())]


def _capital_parties(view: DocView, in_sent: list[Span], start: int, hi: int) -> list[Span]:
    """Capitals standing for their country: after «بین/میان/با», or coordinated by «و» with another
    capital or a country («میان تهران و مسکو», «تهران و واشنگتن … امضا کردند»). A capital inside a
    party («شهرداری تهران») or after «در» (the signing place) is left alone."""
    inside_parties = {t for p in in_sent for t in range(p.tok_start, p.tok_end)}
    found = view.lex.capitals.matches(view.sq, start, hi, skip=inside_parties)
    countries = {p.tok_start: p.tok_end for p in in_sent if p.kind == "country"}
    ends = {e: s for s, e, _ in found} | {e: s for s, e in countries.items()}
    starts = {s for s, _, _ in found} | set(countries)
    out = []
    for s, e, country in found:
        after_between = s > start and view.sq[s - 1] in BETWEEN | {WITH}
        coordinated = (e < hi and view.sq[e] == CONJUNCTION and (e + 1) in starts) or \
                      (s - 1 > start and view.sq[s - 1] == CONJUNCTION and (s - 1) in ends)
        if after_between or coordinated:
            out.append(country_span(view, s, e, country, "lexicon:capital", 0.8))
    return out



def _demonstrative_parties(view: DocView, parties: list[Span], start: int, hi: int) -> list[Span]:
    """«میان این شرکت و دانشگاه …», «این اداره کل و اداره کل آموزش و پرورش … امضا کردند»: a demonstrative and a
    head word in a party's place (after «بین/میان/با», or before «و/با») stand for the agency named last before it
    whose name opens with that head (probes, session 80); the span keeps the demonstrative's tokens and takes the
    body's name and key."""
    found = []
    for k in range(start, hi - 1):
        if view.sq[k] not in DEMONSTRATIVES:
            continue
        head = view.lex.org_heads.longest_at(view.sq, k + 1, hi)
        if head is None:
            continue
        end = head[0]
        placed = (k > start and view.sq[k - 1] in BETWEEN | {WITH}) \
            or (end < hi and view.sq[end] in (CONJUNCTION, WITH))
        if not placed or (end < hi and view.is_persian_word(end) and view.sq[end] not in (CONJUNCTION, WITH)
                          and not is_verb_like(view.tokens[end].text)):
            continue  # («این شرکت ملی …»: the head goes on with a name of its own)
        named = [o for o in parties if o.domain == "agency" and o.tok_end <= k
                 and same_head_word(view.sq[k + 1], view.sq[o.tok_start])]
        if named:
            body = max(named, key=lambda o: o.tok_start)
            found.append(view.make_span(k, end, "ORG", domain="agency", kind=body.kind, name=body.name, key=body.key,
                                        method="pattern:demonstrative", score=body.score))
    return found


def _distinct_spans(spans: list[Span]) -> list[Span]:
    """One party per start token (an organisation and its title object may coincide)."""
    seen: dict[int, Span] = {}
    for s in sorted(spans, key=lambda s: (s.tok_start, -(s.tok_end - s.tok_start))):
        seen.setdefault(s.tok_start, s)
    return list(seen.values())


def _keep(found: dict[frozenset, Agreement], cand: Agreement) -> None:
    pair = frozenset((cand.a.key, cand.b.key))
    old = found.get(pair)
    if old is None or (SPECIFICITY[cand.type], cand.score) > (SPECIFICITY[old.type], old.score):
        if old is not None:
            cand.signatories = sorted(set(cand.signatories) | set(old.signatories))
            cand.date = cand.date or old.date
        found[pair] = cand
    else:
        old.signatories = sorted(set(old.signatories) | set(cand.signatories))
        old.date = old.date or cand.date


def _merge_short_forms(agreements: list[Agreement], heads: PhraseTable) -> list[Agreement]:
    """One entry per pair of parties: «کمیسیون گردشگری اتاق بازرگانی» and «… اتاق بازرگانی ایران» with the
    same other party are one agreement, and so are a unit and its parent body («معاونت صنایع‌دستی سازمان
    میراث فرهنگی» / «سازمان میراث فرهنگی، …»), and so are a government and its country («دولت قطر» / «قطر»).
    Governments' names win, then lexicon names, else the shorter (shared) name is kept."""
    kept: list[Agreement] = []

    def preference(a: Agreement) -> tuple:
        # (a government named as the party, «دولت قطر», before its country named through its ministers: the
        # guidelines' own example of a party, and «قطر» alone is too short a part of it to be scored as the same)
        governments = sum(_state_name(p) != squash(p.name) for p in (a.a, a.b))
        known = sum(p.method.startswith("lexicon") for p in (a.a, a.b))
        return -governments, -known, len(a.a.name) + len(a.b.name), a.sent

    for cand in sorted(agreements, key=preference):
        if not any(_same_pair(cand, k, heads) for k in kept):
            kept.append(cand)
    return sorted(kept, key=lambda a: (a.sent, a.a.key, a.b.key))


def _sub_unit_of(p: Span, q: Span, heads: PhraseTable) -> bool:
    """«معاونت صنایع‌دستی سازمان میراث فرهنگی» is a unit of «سازمان میراث فرهنگی، صنایع‌دستی و گردشگری»: p's name
    ends with an organisation name (head word first) that starts q's name or that q's name starts."""
    words = p.name.replace("\u200c", " ").split()
    target = squash(q.name)
    for j in range(1, len(words) - 1):
        tail = [squash(w) for w in words[j:]]
        joined = "".join(tail)
        if heads.longest_at(tail, 0) and (target.startswith(joined) or joined.startswith(target)):
            return True
    return False


def _state_name(p: Span) -> str:
    """The squashed name, a government's without its head word («دولت آلمان» → «آلمان»): a country signs through its
    government («دولت آلمان با دولت قطر قرارداد … امضا کرد. این قرارداد را وزیر اقتصاد آلمان و وزیر انرژی قطر …»)."""
    words = p.name.split()
    if not (len(words) > 1 and squash(words[0]) == GOVERNMENT):
        return squash(p.name)
    # (and without the state's style, «دولت جمهوری اسلامی ایران» → «ایران», the country's shown name; a probe,
    # session 81)
    k = 1
    if len(words) > 2 and squash(words[k]) in STATE_STYLES:
        k += 1
        while k < len(words) - 1 and squash(words[k]) in STYLE_ADJECTIVES:
            k += 1
    return squash(" ".join(words[k:]))


def _same_pair(x: Agreement, y: Agreement, heads: PhraseTable) -> bool:
    def related(p: Span, q: Span) -> bool:
        a, b = squash(p.name), squash(q.name)
        return (p.key == q.key or a.startswith(b) or b.startswith(a) or _state_name(p) == _state_name(q)
                or _sub_unit_of(p, q, heads) or _sub_unit_of(q, p, heads))
    return (related(x.a, y.a) and related(x.b, y.b)) or (related(x.a, y.b) and related(x.b, y.a))


def _role_in_sentence(person: Span, roles_by_person: dict[str, list[Role]], lo: int, hi: int) -> bool:
    return any(r.obj.tok_start >= lo and r.obj.tok_end <= hi for r in roles_by_person.get(person.key, []))


SUBUNIT_HEADS = tuple(squash(w) for w in ("اداره", "معاونت", "دفتر", "واحد", "مدیریت", "حوزه"))


def _parent_body(view: DocView, party: Span | None, agencies: dict[str, Span]) -> Span | None:
    """An office inside an organisation signs for it: «اداره کل دفاتر خدمات بانکی پست‌بانک» → پست‌بانک,
    when the organisation its span ends with is itself named in the document."""
    if party is None or party.label != "ORG" or not view.sq[party.tok_start].startswith(SUBUNIT_HEADS):
        return party
    for j in range(party.tok_start + 1, party.tok_end):
        parent = agencies.get(agency_key("".join(view.sq[j:party.tok_end])))
        if parent is not None and parent.key != party.key:
            return parent
    return party


def _on_behalf(view: DocView, party: Span, roles_by_person: dict[str, list[Role]], lo: int, hi: int) -> Span | None:
    """A person party stands for the organisation of their role named nearest to them in the sentence; a
    governor or mayor for their office («استانداری گیلان», as the guidelines' example names the party)."""
    if party.label != "PER":
        return party
    roles = roles_by_person.get(party.key, [])
    if not roles:
        return party if party.kind != "pronoun" else None
    # (a minister's ministry too, named by the title only: «بیژن زنگنه وزیر نفت» signs for «وزارت نفت»; a mayor
    # for the city's municipality: «حناچی: قرارداد … با شرکت … امضا شده»)
    roles = [r for r in roles if r.obj.domain in ("agency", "province") or r.obj.kind in ("country", "ministry")
             or office_of(view, r.title, r.obj) is not r.obj]
    if not roles:
        return party if party.kind != "pronoun" else None
    in_sent = [r for r in roles if lo <= r.obj.tok_start < hi]
    nearest = min(in_sent or roles, key=lambda r: (abs(r.obj.tok_start - party.tok_end) if r in in_sent else 1 << 30,
                                                   r.obj.key))
    return office_of(view, nearest.title, nearest.obj)


DATE_TO_AGREEMENT = 8  # tokens between a date and the agreement's noun or signing verb («در سال 1381 منعقد گردید»)
# «تا سال 2022 تمدید کرد» is when the contract ends, «مصوب 1381» when a law passed: not the agreement's date
NOT_THE_DATE_AFTER = {squash(w) for w in ("تا", "مصوب")}


def _date(view: DocView, lo: int, hi: int, date_spans: list[Span], anchors: list[int]) -> str | None:
    """The date nearest an anchor (the sentence's agreement nouns and signing verbs, from _sentence_type), when close
    to it: a sentence often dates something else («وزیر … امروز تاکید کرد که … با امضای قرارداد …», «برگزاری
    کمیسیون مشترک … در مرداد ماه»)."""
    candidates = [(d.tok_start, d.tok_end, view.text[d.start:d.end]) for d in date_spans if lo <= d.tok_start < hi]
    for m in JALALI_DAY.finditer(view.text, view.tokens[lo].start, view.tokens[hi - 1].end):
        tokens = char_to_token_range(view, m.start(), m.end())
        if tokens is not None:
            candidates.append((*tokens, m.group(0)))
    best = None
    for start, end, text in candidates:
        if start > lo and view.sq[start - 1] in NOT_THE_DATE_AFTER:
            continue
        if not names_a_date(text):
            continue  # «قرارداد توسعه فاز 11 پارس جنوبی»: a number or name the NER tagged as a date
        gap = min((max(start - k, k - end + 1, 0) for k in anchors), default=None)
        if gap is not None and gap <= DATE_TO_AGREEMENT and (best is None or gap < best[0]):
            best = (gap, text)
    return best[1] if best else None
