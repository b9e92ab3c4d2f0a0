"""Where an agency's name ends: the complement after its head word («مرکز | ملی فضای مجازی»).

The complement runs over content words and stops at punctuation, function words, verbs and predicates, titles,
honorifics, given names, dates, counts and the next body; «و» continues it only into one more word of the same name
(«آب و فاضلاب»). `organisations` finds the head words and decides which complements make a name.
"""
from __future__ import annotations

import re

from pipeline.lexicons import CONJUNCTION, squash
from pipeline.relations.document import (BECAME, CLOSE_QUOTES, COMMAS, COPULAS, EULOGIES, EULOGY_LENGTH,
                                         EZAFE_PLURAL_ENDINGS, INFINITIVES, OPEN_QUOTES, TO, DocView, eulogy_at,
                                         is_choosing_verb, is_verb_like)
from pipeline.relations.numerals import (CARDINALS, NUMBER_WORDS, ORDINAL_DETERMINERS, ORDINALS, QUANTIFIERS,
                                         RANK_ORDINALS)
from pipeline.relations.place_nouns import CITY, COUNTRY, COUNTY, PROVINCE, VILLAGE, ZONE, plurals

MAX_COMPLEMENT = 6
# fixed pairs of body names the length limit does not cut in two («… شرکتهای حمل | و نقل»)
BINOMIALS = {(squash(a), squash(b)) for a, b in (("حمل", "نقل"), ("آب", "فاضلاب"), ("راه", "شهرسازی"),
                                                  ("آموزش", "پرورش"), ("فرهنگ", "ارشاد"), ("ورزش", "جوانان"),
                                                  ("بهداشت", "درمان"), ("صنعت", "معدن"), ("معدن", "تجارت"))}
LATIN_NAME = re.compile(r"^[A-Za-z][A-Za-z&.\-]*$")
# (a class of bodies or places: «استان‌های کشور», «دستگاه‌های اجرایی»)
GENERIC_PLURALS = plurals(PROVINCE, COUNTY, COUNTRY, VILLAGE, CITY, squash("دستگاه"), squash("واحد"))  # («واحدهای ساوه»)
# a bare place noun a body's name leaves out at its end («سازمان بهزیستی | استان», «… کل | کشور»)
TRAILING_PLACE_NOUNS = {COUNTRY, PROVINCE, COUNTY}
TRAILING_DROP = TRAILING_PLACE_NOUNS | {squash(w) for w in ("جدید", "فعلی")}
WHOLE = squash("کل")  # «کل کشور», the whole country: one unit a name keeps («سازمان بازرسی کل کشور»)
NAME_INTRODUCERS = {squash(w) for w in ("امام", "حضرت", "شهید", "علامه", "آیت‌الله", "خواجه", "شیخ")}
# given-name spellings that are far more often an adjective of a name («حوزه هنری», «مرکز فرهنگی هنری صبا»)
ADJECTIVE_GIVEN_NAMES = {squash(w) for w in ("هنری",)}
ARTICLE_WORDS = {squash(w) for w in ("ماده", "اصل", "تبصره")}  # «کمیسیون ماده ۱۰۰», «کمیسیون اصل ۹۰»
MARTYR = squash("شهید")
MAX_LISTED_NOUNS = 1  # commas in a name's noun list (2 split «سازمان میادین، میوه، تره‌بار و …» on dev)
PARTICIPLE_ENDINGS = {squash(w) for w in ("کنندگان", "کننده", "کنندگی")}
SPECIAL = squash("ویژه")
CENTRAL = squash("مرکزی")  # «بخشداری مرکزی شهرستان نور»: the central district of a county
DISTRICT_WORDS = {ZONE, squash("ناحیه")}
# speech verbs as whole words (persons.SPEECH_STEMS are word starts)
SAID_FORMS = {squash(w) for w in ("گفت", "گفته", "گفتند", "افزود", "افزودند", "می‌گوید", "می‌گویند", "نوشت")}
ISSUING = {squash(w) for w in ("صادر", "منتشر", "ارسال", "ابلاغ")}  # «… صادر کرد»: its object comes before it
ISSUED_BY = {squash(w) for w in ("کرد", "کردند", "کرده", "نمود", "نمودند", "کند", "کنند")}  # active, not «شد»
SAY_PREVERBS = {squash(w) for w in ("تبریک", "تسلیت", "خوشامد", "خیرمقدم", "سخن")}  # «تبریک گفت»: congratulated
# a verbal noun and the preposition it governs, inside a body's name
GOVERNED_PREPOSITIONS = {(squash(n), squash(p)) for n, p in (
    ("نظارت", "بر"), ("مبارزه", "با"), ("مقابله", "با"), ("حمایت", "از"), ("استقبال", "از"), ("پیشگیری", "از"),
    ("دفاع", "از"), ("حفاظت", "از"), ("صیانت", "از"), ("بازرسی", "از"), ("پشتیبانی", "از"))}
BRANCH = squash("واحد")
RELATIONAL_ADJECTIVES = {squash(w) for w in ("منطقه‌ای", "حرفه‌ای", "هسته‌ای", "جاده‌ای", "توسعه‌ای",
                                             "ماهواره‌ای", "شبکه‌ای", "رایانه‌ای", "بیمه‌ای", "قاره‌ای", "خامنه‌ای")}
# neutral words between a title and its place or body: «نخست‌وزیر موقت عراق», «استاندار جدید مازندران», «فرماندار
# ویژه شهرستان ری»
CURRENT_QUALIFIERS = {squash(w) for w in ("موقت", "جدید", "کنونی", "فعلی", "منتخب", "ویژه")}
# «وزیر سابق خارجه مصر», «رئیس وقت سازمان انرژی اتمی»: the phrase keeps its object, and the roles step reads the
# marker inside it as a post no longer held
PAST_MARKERS = {squash(w) for w in ("سابق", "اسبق", "پیشین", "قبلی", "وقت")}
# «وزیر پیشنهادی آموزش و پرورش»: a post proposed, not yet held (an official, no role)
PROPOSED_MARKERS = {squash(w) for w in ("پیشنهادی",)}
NOT_HELD_MARKERS = PAST_MARKERS | PROPOSED_MARKERS
# words between a title and its object; «امام جمعه فقید بهشهر»: a late holder keeps the post (eval/README.md);
# «وزیر محترم کشور»: praise
TITLE_QUALIFIERS = CURRENT_QUALIFIERS | NOT_HELD_MARKERS | {squash(w) for w in ("فقید", "محترم", "معزز", "گرامی", "ارجمند")}
# words that praise or disparage a body rather than name it («کانون وکلای | ارجمند», «مرکز | مجهول‌الهویه»)
PRAISE_WORDS = {squash(w) for w in ("عظیم", "خدوم", "برتر", "محترم", "پرافتخار", "مقتدر", "ارزشمند", "معتبر",
                                    "ارجمند", "گرامی", "بزرگوار", "فرهیخته", "مجهول‌الهویه")}
# nouns that open the sentence's next phrase («روزنامه انتخاب سخنان رئیس … را نوشت»: ARMAN)
# (and «موجب / باعث …» of a predicate: «نشت گاز در شرکت پتروشیمی شازند | موجب مسمومیت ۱۷ نفر شد», a probe, session 80)
CLAUSE_NOUNS = {squash(w) for w in ("ادعای", "پیشنهاد", "موضوع", "سخنان", "اظهارات", "موجب", "باعث")}
# a quantity or quality adjective with the indefinite «ی» («اقدامات زیادی», «کاندیداهای مختلفی») or an intensifier
# («نقش بسیار خوبی») describes the noun before it: neither is part of a name
DESCRIBING_WORDS = {squash(w) for w in ("زیادی", "مختلفی", "متعددی", "فراوانی", "خوبی", "مهمی", "بسیار", "خیلی")}
# «مرکز ایرانشناسی مستقر در …», «بانک موجود»: where a body is, or that it exists, describes it after its name
LOCATED_WORDS = {squash(w) for w in ("مستقر", "موجود", "واقع")}
# «استادان دانشگاه هرات دانش‌آموخته مشهد هستند»: who graduated where describes the people before the name (a probe,
# session 81)
GRADUATE_WORDS = {squash(w) for w in ("دانش‌آموخته", "دانش‌آموختگان", "فارغ‌التحصیل", "فارغ‌التحصیلان")}
SUPERLATIVE = squash("ترین")  # «پتروشیمی تندگویان بیشترین اثر کاهشی»: a superlative opens the next noun phrase
MONTH = re.compile("^(" + "|".join(squash(m) for m in ("فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر",
                                                         "آبان", "آذر", "دی", "بهمن", "اسفند")) + ")")
NUMBERED_HEADS = {squash(w) for w in ("لشکر", "تیپ", "شعبه", "گردان", "ناحیه", "منطقه")}
TIME_UNITS = {squash(w) for w in ("سال", "ماه", "روز", "هفته", "ساعت", "دهه", "قرن")}
WEEK = squash("هفته")
FREQUENCY_ADVERBS = {squash(w) for w in ("سالانه", "سالیانه", "ماهانه", "روزانه", "هفتگی")}
COMMEMORATIONS = {squash(w) for w in ("بزرگداشت", "گرامیداشت", "گرامی‌داشت")}
# «هفته گذشته», «هفته آینده»: a time of the sentence, not a week's name
WEEK_TIMES = {squash(w) for w in ("گذشته", "آینده", "جاری", "پیش", "قبل", "بعد", "اخیر", "نخست", "اول", "دوم", "سوم",
                                  "آخر", "پایانی", "دیگر", "بعدی", "قبلی", "آتی", "پیاپی")}
# «پالایشگاه شازند مقام دوم …»: a rank in a results list follows the name, it is not part of it
RANK_WORDS = {squash(w) for w in ("مقام", "رتبه", "عنوان")}
EVENT_NOUNS = {squash(w) for w in ("همایش", "جشنواره", "نمایشگاه", "کنگره", "اجلاس", "اجلاسیه", "دوره", "المپیاد",
                                    "مسابقات", "جام", "سمینار", "کنفرانس", "نشست")}
ACTION_NOUNS = {squash(w) for w in ("احداث", "ایجاد", "تکمیل", "اجرای", "راه‌اندازی", "بهره‌برداری", "افتتاح")}
SUBURBS = squash("حومه")
MEDIA_DESCRIPTORS = {squash(w) for w in ("خبری", "تلویزیونی", "اینترنتی", "ماهواره‌ای", "رادیویی")}
SHOW = squash("نشان")
# «به امضای X رئیس A و مدیر B رسید», «به تصویب/تایید X رسید»: what follows up to «رسید» names who signed, passed
# or approved
SIGNED_BY = {squash(w) for w in ("امضای", "امضاء")}
PASSED_BY = SIGNED_BY | {squash(w) for w in ("تصویب", "تایید", "تأیید")}
REACHED, WILL = {squash(w) for w in ("رسید", "رسیدند")}, squash("خواهد")
SHOWN_NOUNS = {squash(w) for w in ("واکنش", "تمایل", "علاقه", "علاقمندی", "حساسیت", "شگفتی", "انعطاف", "توجه",
                                    "خاطر")}  # («خاطر نشان کرد»: the speech verb written in two words)
LIGHT_VERBS = {squash(w) for w in """کرد کردند کرده کردیم کرده‌اند کرده‌است کند کنند کنیم کنید شد شدند شده شده‌است
    شده‌اند شود شوند نمود نمودند نموده نماید نمایند داد دادند داده دهد دهند داشت داشتند داشته دارد دارند گرفت
    گرفتند گرفته گیرد گیرند گردید گردیدند گردد رسید رسیدند رساند است بود بودند هست هستند خواهد خواهند
    یافت یافته ساخت آورد زد بردیم بردند
    نیست نیستند نبود نبودند نشد نشده نشود نمی‌شود نکرد نکرده نکند ندارد ندارند""".split()} | INFINITIVES  # («بالا بودن»)


def blocks_complement(view: DocView, k: int) -> bool:
    """The word at k cannot be part of a body's name: a function word, a verb, a title, a person's name, a date…"""
    lex = view.lex
    if view.is_stop(k) or view.sq[k] in GENERIC_PLURALS or view.sq[k] in SAID_FORMS:
        return True  # («روزنامه آمریکایی نوشت»: a speech verb ends a name)
    if view.sq[k] in PRAISE_WORDS or view.sq[k] in CLAUSE_NOUNS:
        return True  # «سازمان عظیم سپاه», «نهاد خدوم آموزش و پرورش»; «روزنامه همشهری | ادعای …», «دانشگاه | موضوع نماز»
    if view.sq[k] in LOCATED_WORDS or view.sq[k] in GRADUATE_WORDS:
        return True
    if view.sq[k].endswith(SUPERLATIVE) and len(view.sq[k]) > len(SUPERLATIVE) + 1 \
            and view.sq[k] not in lex.given_names:
        return True
    if view.sq[k] in RANK_WORDS and k + 1 < len(view.tokens) and view.sq[k + 1] in RANK_ORDINALS:
        return True
    if view.sq[k] in ORDINAL_DETERMINERS and not lex.org_heads.longest_at(view.sq, k + 1) \
            and not (k + 1 < len(view.tokens) and view.sq[k + 1] in EVENT_NOUNS):
        # «شرکت آرکوس دومین نت‌بوک …»: «دومین», «نخستین» open another noun phrase (but an edition of an
        # event is part of a name: «ستاد خبری دومین همایش …», «… سی و چهارمین جشنواره فیلم فجر»)
        return True
    if view.sq[k] in FREQUENCY_ADVERBS and k + 1 < len(view.tokens) \
            and (view.tokens[k + 1].text.isdigit() or view.sq[k + 1] in NUMBER_WORDS):
        return True  # «پتروشیمی گچساران سالانه ۵۵۰ هزار تن …»: how much a year (not «مجمع سالانه فدراسیون …»)
    if view.sq[k] in ORDINALS and k + 1 < len(view.tokens) and MONTH.match(view.sq[k + 1]):
        return True  # «وزارت دفاع از بیستم فروردین‌ماه»: a date, not the name going on («شعبه دوم …» is a name)
    if not view.is_persian_word(k) and not LATIN_NAME.match(view.tokens[k].text):
        return True  # «مجتمع کشتی‌سازی AKER MTW»: Latin name words may continue a name
    if view.sq[k] in PARTICIPLE_ENDINGS and k > 0 and view.lex.org_heads.longest_at(view.sq, k - 1, k + 1):
        return True  # «شرکت کنندگان» are participants, not a company («سازمان حمایت مصرف کنندگان» is a name)
    if lex.titles.longest_at(view.sq, k):
        return True
    # «دانشگاه شهید بهشتی», «بیمارستان امام خمینی»: a name introducer inside an organisation name
    if lex.honorifics.longest_at(view.sq, k) and view.sq[k] not in NAME_INTRODUCERS:
        return True
    if view.sq[k] in lex.given_names and (k == 0 or view.sq[k - 1] not in NAME_INTRODUCERS) \
            and not _given_name_as_word(view, k) and not _holy_name_at(view, k):
        return True
    return False


def _given_name_as_word(view: DocView, k: int) -> bool:
    """«سازمان فرهنگی هنری شهرداری تهران»: a given-name spelling followed by an organisation head (no
    surname follows) is an ordinary word of the name; so is «هنری» where the NER sees no person in it
    («ستاد خبری حوزه هنری», not Henry), and one followed by the province or county noun of a branch
    («سپاه روح‌الله استان مرکزی»: no person's name runs on into «استان»)."""
    if view.sq[k] in ADJECTIVE_GIVEN_NAMES and k not in view.ner_person_tokens:
        return True
    return k + 1 < len(view.tokens) and (view.lex.org_heads.longest_at(view.sq, k + 1) is not None
                                         or view.sq[k + 1] in (PROVINCE, COUNTY))


def before_light_verb(view: DocView, k: int, limit: int) -> bool:
    """«… منتشر کرد», «واکنش نشان داد»: the word before a light verb is a predicate, not a name.

    A speech verb takes few preverbs: «عضو شورای شهر ایلام گفت» ends the name with «ایلام», but «کنگره ملی تبریک
    گفت» with «ملی» (congratulated).
    """
    if k + 1 >= limit:
        return False
    if _reached_after_agent(view, k, limit):
        return False  # «… به امضای مدیرکل سازمان بهزیستی | رسید»: the signer's body, not a predicate
    if view.sq[k + 1] in SAID_FORMS:
        return view.sq[k] in SAY_PREVERBS
    if view.sq[k + 1] == SHOW:
        # «نشان داد/می‌دهد» is a verb of its own («مطالعات دانشگاه هاروارد نشان می‌دهد»); only a feeling or a
        # reaction before it is its object («سازمان ملل واکنش نشان داد»)
        return view.sq[k] in SHOWN_NOUNS
    if view.sq[k + 1] in ISSUING and k + 2 < limit and view.sq[k + 2] in ISSUED_BY:
        return True  # «وزارت خارجه اطلاعیه | صادر کرد»: what it issued (not «از سوی … دهیاری‌ها صادر شده است»)
    if view.sq[k + 1] == CONJUNCTION and k + 3 < limit and view.sq[k + 3] in LIGHT_VERBS:
        # «شورای شهر تشکر و قدردانی | کرد»: two predicates (not «به تصویب شورای عالی آموزش و پرورش رسید»)
        return not _reached_after_agent(view, k + 2, limit)
    following = view.tokens[k + 1].text
    return view.sq[k + 1] in LIGHT_VERBS or (is_verb_like(following) and not is_choosing_verb(following)
                                             and not _glued_to_its_preverb(following))


VERB_PREFIXES = {squash(w) for w in ("می", "نمی")}


def _glued_to_its_preverb(text: str) -> bool:
    """«منصوب‌شده», «تشکیل‌شد»: the normaliser glued the light verb to its preverb, so the word before is no
    preverb («… سرپرست فرمانداری مرودشت | منصوب‌شده است»: the city closes the name; a probe, session 80)."""
    parts = text.split("\u200c")
    return len(parts) == 2 and squash(parts[1]) in LIGHT_VERBS and squash(parts[0]) not in VERB_PREFIXES \
        and not is_verb_like(parts[0])


def _reached_after_agent(view: DocView, k: int, limit: int) -> bool:
    """«(خواهد) رسید» follows k, and «به امضای», «به تصویب» or «به تایید» opens the words before it in the sentence."""
    verb = k + 2 if view.sq[k + 1] == WILL else k + 1
    if verb >= limit or view.sq[verb] not in REACHED:
        return False
    lo, _ = view.sentence_of(k)
    return any(view.sq[j] in PASSED_BY and view.sq[j - 1] == TO for j in range(max(lo, 1), k))


def continues_after_and(view: DocView, k: int, limit: int) -> bool:
    """«شرکت آب و فاضلاب», «اداره‌کل راه و شهرسازی»: «و» joins one more content word of the name
    (unless the NER starts a separate name there: «شرکت هواوی و ایرانسل», or the word is a surname
    followed by its title: «نوری رئیس سازمان مالیاتی و قربانی مدیرکل ارزش‌افزوده»)."""
    lex = view.lex
    if k + 1 < limit and view.sq[k + 1] in ACTION_NOUNS:
        return False  # «پتروشیمی میاندوآب و احداث خط لوله …»: «و» starts another clause
    if k + 2 < limit and view.sq[k + 1] in NUMBER_WORDS and view.sq[k + 2] in TIME_UNITS:
        return False  # «مدیر باشگاه فرهنگی، ورزشی و شش سال رئیس هیئت …»: a period starts another clause
    return (k + 1 < limit and (k + 1) not in view.ner_starts and not lex.titles.longest_at(view.sq, k + 2, limit)
            and not blocks_complement(view, k + 1) and not before_light_verb(view, k + 1, limit)
            and not lex.org_heads.longest_at(view.sq, k + 1, limit) and not lex.provinces.longest_at(view.sq, k + 1, limit)
            and not lex.countries.longest_at(view.sq, k + 1, limit) and not lex.known_agencies.longest_at(view.sq, k + 1, limit))


def opens_body(view: DocView, k: int, limit: int) -> bool:
    """A head word at k opens another body; a head that is also one body's name («بسیج») is an ordinary word
    inside another name («ناحیه مقاومت بسیج سپاه قشم»)."""
    head = view.lex.org_heads.longest_at(view.sq, k, limit)
    return head is not None and not head[1].bare_name


def _quoted_name_end(view: DocView, k: int, limit: int) -> int | None:
    """«خبرگزاری «اسپوتنیک»», «روزنامه "گرانما"», «شرکت «قزاق نفت»»: a quoted name of up to three words at k
    ends the complement after its closing quote (not a person's name: «رئیس حزب «مهراج عبدالله اف»»)."""
    if not (k + 2 < limit and view.tokens[k].text in OPEN_QUOTES):
        return None
    for close in range(k + 2, min(limit, k + 5)):
        if view.tokens[close].text in CLOSE_QUOTES:
            if all(view.is_persian_word(j) or LATIN_NAME.match(view.tokens[j].text) for j in range(k + 1, close)) \
                    and not any(j in view.ner_person_tokens or view.sq[j] in view.lex.given_names
                                for j in range(k + 1, close)):
                return close + 1
            return None
    return None


def _numbered_unit_end(view: DocView, k: int, limit: int) -> int | None:
    """«لشکر 21 حمزه تبریز», «شعبه ۱۱۳ دادگاه …», «لشکر ویژه ۲۵ کربلا»: after a numbered head the unit's number,
    then its name, which may be a person's («لشکر ۲۷ محمد رسول‌الله»: given names do not end it there)."""
    # «ویژه» may stand between the head and its number
    number_at = k + 1 if k + 2 < limit and view.sq[k] == SPECIAL and view.tokens[k + 1].text.isdigit() else k
    if not (number_at + 1 < limit and k > 0 and view.sq[k - 1] in NUMBERED_HEADS
            and view.tokens[number_at].text.isdigit()):
        return None
    end = number_at + 1
    while end < limit and end - number_at <= 3 and view.is_persian_word(end) and not view.is_stop(end) \
            and not view.lex.titles.longest_at(view.sq, end, limit) and not opens_body(view, end, limit) \
            and not before_light_verb(view, end, limit) and view.sq[end] not in SAID_FORMS:
        end += 1
    return end


def complement_end(view: DocView, k: int, limit: int, stop_at_head: bool = False) -> int:
    """End of the complement that starts at token k («ملی فضای مجازی» …); with stop_at_head it ends where a
    second head opens the parent body («معاونت فرهنگی | اداره کل تبلیغات اسلامی استان اصفهان»)."""
    end = k
    if k < limit and opens_body(view, k, limit):
        return k  # «سازمان اداره‌کل …»: a second head starts another name
    extra = 0  # a governed preposition does not count towards MAX_COMPLEMENT
    if k + 3 < limit and view.sq[k] in MEDIA_DESCRIPTORS and view.tokens[k + 1].text in OPEN_QUOTES:
        k += 1  # «شبکه خبری «یورونیوز»», «سایت اینترنتی «…»»: what kind of outlet, then its quoted name
    quoted = _quoted_name_end(view, k, limit)
    if quoted is not None:
        return quoted
    numbered = _numbered_unit_end(view, k, limit)
    if numbered is not None:
        return numbered
    while end < limit and end - k < MAX_COMPLEMENT + extra:
        if end > k and eulogy_at(view, end, EULOGIES):  # «دانشگاه ولیعصر (عج) رفسنجان» (see extend_over_eulogies)
            return eulogised_place_end(view, end + EULOGY_LENGTH, limit)
        if view.sq[end] == CONJUNCTION and end > k and continues_after_and(view, end, limit):
            end += 2
            continue
        if (end == k + 1 or (end == k + 2 and view.sq[k + 1].endswith("ی"))) \
                and (listed := _comma_list_end(view, end, limit)) > end:
            # «دفتر هماهنگی، توسعه و ترویج فعالیت‌های قرآنی», «مرکز نظارت، ارزیابی، بازرسی و رسیدگی به …»:
            # a «W1، W2 (، W3) و Wn» list of the name's nouns counts as one name word, W1 with its adjective
            # too («اداره کل میراث فرهنگی، گردشگری و صنایع‌دستی کهگیلویه و بویراحمد»)
            extra += listed - end
            end = listed
            continue
        if end > k and view.sq[end] == BRANCH and end + 1 < limit and view.is_persian_word(end + 1):
            # «دانشگاه آزاد اسلامی … واحد آیت‌الله آملی», «… واحد تهران جنوب»: the branch's name ends it
            end += 3 if view.sq[end + 1] in NAME_INTRODUCERS and end + 2 < limit else 2
            # «… واحد یادگار امام خمینی (ره) شهرری»: a holy or late figure's name, closed by its eulogy
            eulogy = next((j for j in range(end, min(limit, end + 3)) if eulogy_at(view, j, EULOGIES)), None)
            if eulogy is not None and all(view.is_persian_word(j) and not view.is_stop(j) for j in range(end, eulogy)):
                return eulogised_place_end(view, eulogy + EULOGY_LENGTH, limit)
            break
        if end > k and (view.sq[end - 1], view.sq[end]) in GOVERNED_PREPOSITIONS and end + 1 < limit \
                and not blocks_complement(view, end + 1):
            end += 2  # «ستاد مبارزه با مواد مخدر», «اداره نظارت بر بهداشت عمومی …»
            extra += 1
            continue
        numbered = end > k and view.sq[end - 1] in ARTICLE_WORDS | DISTRICT_WORDS
        if end > k and view.sq[end - 1] in DISTRICT_WORDS and view.sq[end] in CARDINALS:
            end += 1  # «اداره آموزش و پرورش ناحیه دو قزوین»: a district's number written as a word
            continue
        if view.tokens[end].text.isdigit() and (
                numbered or (end + 1 < limit and view.sq[end + 1] == MARTYR and view.sq[end - 1] not in QUANTIFIERS)):
            # «کمیسیون ماده ۱۰۰», «فراکسیون اصل ۵۰»: a law's article; «شرکت غله … منطقه ۵»: a numbered district;
            # «ستاد کنگره ۶۵۰۰ شهید …»: a count of martyrs
            end += 1 if numbered else 2
            continue
        province = view.lex.provinces.longest_at(view.sq, end, limit)
        if province and province[1].bare == "never":
            province = None  # «سازمان مرکزی»: «مرکزی», «فارس» … are ordinary words more often than the province
        city = view.lex.places.longest_at(view.sq, end, limit)
        # (one city word, a provincial capital too, closes the name only where a verb follows it: «… مدیرعامل شرکت
        # پتروشیمی تبریز رسید»; elsewhere it is read on as a name word)
        city = city if city and (city[0] - end > 1 or before_light_verb(view, end, limit)) \
            and (province is None or city[0] > province[0]) else None
        place = view.lex.countries.longest_at(view.sq, end, limit) or city or province
        if place:  # «دادگاه آرژانتین», «شورای اسلامی شهر ایلام»: a country or province name closes the name
            # (so does a city of several words: «شورای اسلامی شهر بندر عباس»), with its suburbs («شرکت بهره‌برداری
            # متروی تهران و حومه», a probe, session 80)
            end = place[0]
            if end + 1 < limit and view.sq[end] == CONJUNCTION and view.sq[end + 1] == SUBURBS:
                end += 2
            break
        one_body = view.lex.org_heads.longest_at(view.sq, end, limit) if end > k else None
        if one_body and one_body[1].bare_name and one_body[1].complement == "place":
            # «ستاد خبری حوزه هنری | نمایش همین سادگی»: a one-body head ends the name after its place, if any
            end = lexicon_place_end(view, one_body[0], limit)
            break
        if stop_at_head and end > k:
            known = view.lex.known_agencies.longest_at(view.sq, end, limit)
            if known and view.tokens[end - 1].text.endswith(EZAFE_PLURAL_ENDINGS):
                return known[0]  # «مرکز پژوهش‌های | مجلس»: an ezafe plural's noun is the known body, one name
            if known or opens_body(view, end, limit):
                break
        introduced = end > k and view.sq[end - 1] in NAME_INTRODUCERS and view.is_persian_word(end) \
            and not view.is_stop(end) and not before_light_verb(view, end, limit)
        # (not «ستاد اجرایی فرمان امام | در روزهای آینده», nor «ستاد بزرگداشت امام | تشکیل شد»)
        commemorated_week = end > k and view.sq[end] == WEEK and view.sq[end - 1] in COMMEMORATIONS \
            and end + 1 < limit and view.is_persian_word(end + 1) and not view.is_stop(end + 1) \
            and view.sq[end + 1] not in WEEK_TIMES
        # («ستاد بزرگداشت هفته بسیج»: the week commemorated, not a time of the sentence)
        # («… که رئیس سازمان بهزیستی است»: after a post, the word before a copula names the body; the post is
        # the predicate)
        post_then_copula = end + 1 < limit and view.sq[end + 1] in COPULAS \
            and any(title_before(view, h, ("org",)) for h in (k - 1, k - 2) if h > 0)
        # («علیرضا دبیر رئیس فدراسیون کشتی شد»: a named person became the post, so the word before «شد» ending the
        # clause names the body; not «پرونده ریاست فدراسیون بسته شد», a passive with no one named)
        post_then_became = end + 1 < limit and view.sq[end + 1] in BECAME and _clause_ends(view, end + 2, limit) \
            and any(_named_holder_before(view, h) for h in (k - 1, k - 2) if h > 0)
        if not introduced and not commemorated_week and (blocks_complement(view, end) or (
                before_light_verb(view, end, limit) and not post_then_copula and not post_then_became)):
            break  # (the name after «شهید», «امام» is one: «دانشگاه شهید بهشتی گفت»)
        if view.sq[end] == PROVINCE:
            hit = view.lex.provinces.longest_at(view.sq, end + 1, limit)
            if hit:
                end = hit[0]
            elif _ezafe_needs(view, end - 1, k):
                end += 1  # «سپاه شهدای استان», «شورای … محتوای استان»: the word in the ezafe needs it
            break
        if view.sq[end] == COUNTY and (county := county_name_end(view, end + 1, limit)) > end + 1:
            # «شبکه دامپزشکی شهرستان انار | هاری، کیست …»: the county's name closes the body's name
            end = county
            break
        if view.sq[end] in DESCRIBING_WORDS or (view.tokens[end].text.endswith("\u200cای")
                                                 and view.sq[end] not in RELATIONAL_ADJECTIVES):
            # «کمیسیون ویژه‌ای»-like indefinites are not names («آب منطقه‌ای» is an adjective); nor is the noun
            # they describe: «دانشگاه صنعتی امیرکبیر روش پیشرفته‌ای را …» (an advanced method), «اداره کل
            # تربیت‌بدنی اقدامات زیادی …» (DESCRIBING_WORDS)
            if end - 1 > k and view.is_persian_word(end - 1) and view.sq[end - 1] not in view.lex.countries:
                end -= 1
            break
        end += 1
    if k > 0 and end - k >= 3 and _head_again(view, k, end, limit):
        # «اعضای شورای مرکزی و جمع مشاوران | شورا»: what follows «و» up to the head word again is another group of
        # the same body, not more of its name
        end = next((j for j in range(end - 2, k, -1) if view.sq[j] == CONJUNCTION), end)
    if k < end < limit and view.sq[end - 1] in ARTICLE_WORDS and view.tokens[end].text.isdigit():
        end += 1  # «کمیسیون ویژه تولید ملی و نظارت بر اصل 44»: a law's article keeps its number past MAX_COMPLEMENT
    if end - k >= MAX_COMPLEMENT + extra and end + 1 < limit and view.sq[end] == CONJUNCTION \
            and (view.sq[end - 1], view.sq[end + 1]) in BINOMIALS:
        end += 2  # «کانون انجمنهای صنفی موسسات و شرکتهای حمل و نقل» (tune 2#43)
    # a trailing «کشور», and a last word in the ezafe plural, which needs a noun after it: «صندوق کرکس عکس‌های»
    # (but a place noun an ezafe word needs stays: «ستاد تسهیلات سفرهای کشور», «شورای … محتوای استان»; and «کل کشور»)
    while end > k and ((view.sq[end - 1] in TRAILING_DROP and not _ezafe_needs(view, end - 2, k)
                        and not (end - 2 >= k and view.sq[end - 2:end] == [WHOLE, COUNTRY]))
                       or view.tokens[end - 1].text.endswith(EZAFE_PLURAL_ENDINGS)
                       or (end - 1 > k and view.sq[end - 1] == CONJUNCTION)):
        end -= 1
    return end


def _head_again(view: DocView, k: int, end: int, limit: int) -> bool:
    """The head word before the complement at k ends it, or stands alone right after it («… و جمع مشاوران
    شورا بر …»; not a parent body named by the same head: «اداره نظارت … | اداره کل دامپزشکی استان مرکزی»)."""
    head_words = (view.sq[k - 1], view.sq[k - 1].removesuffix("ی"))
    if view.sq[end - 1] in head_words:
        return True
    if end >= limit or view.sq[end] not in head_words:
        return False
    head = view.lex.org_heads.longest_at(view.sq, end, limit)
    after = head[0] if head else end + 1
    return after >= limit or complement_end(view, after, limit) == after


def _ezafe_needs(view: DocView, j: int, k: int) -> bool:
    """Token j (inside the complement from k) is a noun in the ezafe written with «ی» after a long vowel («سفرهای»,
    «محتوای», «شهدای»), so the word after it is its complement; relational adjectives («منطقه‌ای») are not."""
    text = view.tokens[j].text if j >= k else ""
    return text.endswith(("ای", "وی")) and not text.endswith("\u200cای") and len(text) > 3


def lexicon_place_end(view: DocView, k: int, limit: int) -> int:
    """End of a place the lexicons name at k («کرج», «بندر انزلی», «استان کرمانشاه», «عراق»), else k."""
    lex = view.lex
    if k + 1 < limit and view.sq[k] == PROVINCE:
        k += 1
        if not lex.provinces.longest_at(view.sq, k, limit):
            return k - 1
    hits = [hit[0] for table in (lex.provinces, lex.countries, lex.places) if (hit := table.longest_at(view.sq, k, limit))]
    return max(hits, default=k)


def county_name_end(view: DocView, k: int, limit: int) -> int:
    """End of a county's name at k (after «شهرستان», «بخشدار مرکزی», «مرکز شهرستان»): a longer place the lexicon
    knows («بندر انزلی»), else one word, even one the NER leaves untagged («انار»); k when none stands there."""
    named = view.lex.places.longest_at(view.sq, k, limit)
    return named[0] if named else k + (k < limit and view.is_persian_word(k) and not view.is_stop(k))


def eulogised_place_end(view: DocView, k: int, limit: int) -> int:
    """After a name's eulogy, the place a branch is in («… (ره) استان مازندران», «… (ع) شهرستان گرگان», «… (عج)
    رفسنجان»), else k: a place the lexicons know (never a province name that is more often an ordinary word:
    «مرکزی»), or one word the NER takes for a name of its own («… (ره) شهرری»), not a person's; after «شهرستان»
    one word is the county's name («… (ره) شهرستان آستارا»)."""
    if k + 1 < limit and view.sq[k] == COUNTY and (county := county_name_end(view, k + 1, limit)) > k + 1:
        return county
    province = view.lex.provinces.longest_at(view.sq, k, limit)
    if province and province[1].bare == "never":
        return k
    end = lexicon_place_end(view, k, limit)
    one_word_name = k in view.ner_starts and k not in view.ner_person_tokens and view.ner_name_ends_before(k + 1)
    if end == k and k < limit and one_word_name and view.is_persian_word(k) and not blocks_complement(view, k) \
            and not view.lex.org_heads.longest_at(view.sq, k, limit):
        return k + 1
    return end


def _holy_name_at(view: DocView, k: int) -> bool:
    """«سپاه علی بن ابیطالب(ع)», «بنیاد مهدی موعود (عج)»: a holy figure's name, closed by its eulogy within four
    tokens, belongs to the organisation's name."""
    return any(eulogy_at(view, j) for j in range(k + 1, k + 5))


def _comma_list_end(view: DocView, j: int, limit: int) -> int:
    """From a comma at j: the «، W2، W3» items of a noun list up to its «و» (where the complement goes on),
    or j when no such list starts there."""
    start = j
    while j + 1 < limit and view.tokens[j].text in COMMAS and view.is_persian_word(j + 1) \
            and not blocks_complement(view, j + 1) and j - start < 2 * MAX_LISTED_NOUNS:
        j += 2
    if j > start and j + 1 < limit and view.sq[j] == CONJUNCTION and continues_after_and(view, j, limit):
        return j
    return start


CLAUSE_END_MARKS = (".", "!", "؟", "?", "،", ",", "؛", ";")


def _clause_ends(view: DocView, k: int, limit: int) -> bool:
    """The clause ends at token k: the sentence's end, a punctuation mark or «و»."""
    return k >= limit or view.tokens[k].text in CLAUSE_END_MARKS or view.sq[k] == CONJUNCTION


def _named_holder_before(view: DocView, start: int) -> bool:
    """An org title of 1-3 words ends right before token `start`, and a name the NER tags ends right before it."""
    title = _title_start_before(view, start, ("org",))
    return title is not None and title - 1 in view.ner_person_tokens


def _title_start_before(view: DocView, start: int, complements: tuple[str, ...],
                        may_run_into: bool = False) -> int | None:
    """Where a title of 1-3 words with one of these complement types starts, ending right before token `start` (or,
    with may_run_into, at or after it)."""
    for width in (1, 2, 3):
        if start - width < 0:
            break
        hit = view.lex.titles.longest_at(view.sq, start - width, None if may_run_into else start)
        if hit and (hit[0] >= start if may_run_into else hit[0] == start) and hit[1].complement in complements:
            return start - width
    return None


def title_before(view: DocView, start: int, complements: tuple[str, ...], may_run_into: bool = False) -> bool:
    """A title of 1-3 words with one of these complement types ends right before token `start` (or before a
    qualifier there: «دبیرکل جدید | حزب …») — or, with may_run_into, inside the words from `start` on («فرمانده |
    انتظامی استان کرمانشاه», title «فرمانده انتظامی»)."""
    if start > 0 and view.sq[start - 1] in TITLE_QUALIFIERS and title_before(view, start - 1, complements):
        return True
    return _title_start_before(view, start, complements, may_run_into) is not None
