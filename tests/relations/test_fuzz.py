"""The relations stage on mangled text: no error, and every span still slices the text it was given.

The seed article and a few news sentences shuffled, cut, stripped of punctuation, padded with the rules' trigger
words, repeated or glued with ZWNJ, each with random NER spans of every label: the shapes a crawl or another cleaner
can hand over. Fixed seed;
`FUZZ_CASES=1000 pytest tests/relations/test_fuzz.py` runs a longer search, `FUZZ_SEED=N` another one.
"""
import os
import random
import re
from pathlib import Path

from conftest import make_doc

from pipeline.relations import RelationsParams, extract_document

SEED_TEXT = (Path(__file__).resolve().parents[2] / "seeds" / "000_ab529479935ecf1d.txt").read_text(encoding="utf-8")
SENTENCES = [
    "سید محمود حسینی پور، استاندار مازندران گفت: تفاهم‌نامه همکاری بین استانداری مازندران و مرکز ملی فضای مجازی امضا شد.",
    "علی دایی سرمربی تیم فوتبال پرسپولیس و محمد رضایی معاون وزیر بهداشت، درمان و آموزش پزشکی به عنوان اعضای شورا منصوب شدند.",
    "وی افزود: قرارداد ساخت پالایشگاه با شرکت ملی نفت ایران و دولت چین روز گذشته در تهران منعقد شد.",
    "به گزارش خبرگزاری فارس از تبریز، رؤسای دانشگاه تبریز و دانشگاه علوم پزشکی آذربایجان شرقی، احمدی و رضایی، گفتند.",
]
TRIGGERS = ["امضا", "تفاهم‌نامه", "قرارداد", "استاندار", "وزیر", "دانشگاه", "با", "بین", "و", "،", "رئیس", "سازمان",
            "شورای", "وی", "او", "استان", "تهران", "فارس", "«", "»", "(", ")", "منصوب", "به عنوان", "شد", "سید",
            "معاون", "مدیرکل", "اداره کل", "بانک", "شرکت", "وزارت", "کمیسیون", "مجلس", "دولت", "ایران", ".", ":",
            "نماینده", "امام جمعه", "سفیر", "خبرگزاری", "توافق", "موافقت‌نامه", "منعقد", "هیات", "باشگاه", "سرمربی"]
LABELS = ("PER", "ORG", "LOC", "DAT", "EVE")


def _mangle(text: str, rng: random.Random) -> str:
    words = text.split(" ")
    kind = rng.randrange(7)
    if kind == 0:
        rng.shuffle(words)
        return " ".join(words)
    if kind == 1:
        return text[:rng.randrange(1, len(text))]
    if kind == 2:
        return re.sub(r"[.،:؛!؟?«»()\-]", "", text)
    if kind == 3:
        for _ in range(max(1, len(words) // 8)):
            words.insert(rng.randrange(len(words) + 1), rng.choice(TRIGGERS))
        return " ".join(words)
    if kind == 4:
        return " ".join(rng.choice(TRIGGERS) for _ in range(rng.randrange(1, 80)))
    if kind == 5:
        i = rng.randrange(len(words))
        return " ".join(words[i:i + rng.randrange(1, 30)] * rng.randrange(2, 5))
    return text.replace(" ", "\u200c", rng.randrange(1, 20))


def _random_ner(doc: dict, rng: random.Random) -> list[dict]:
    words = list(re.finditer(r"\S+", doc["text"]))
    mentions = []
    for _ in range(rng.randrange(0, 12) if words else 0):
        a = rng.randrange(len(words))
        start, end = words[a].start(), words[min(len(words) - 1, a + rng.randrange(0, 4))].end()
        label = rng.choice(LABELS)
        mentions.append({"doc_id": doc["doc_id"], "mention_id": f"{doc['doc_id']}:{start}-{end}:{label}", "sent_idx": 0,
                         "start": start, "end": end, "text": doc["text"][start:end], "label": label,
                         "score": rng.random(), "method": "ner:fuzz"})
    return mentions


def test_mangled_text_raises_nothing_and_keeps_offsets():
    rng = random.Random(int(os.environ.get("FUZZ_SEED", "64")))  # another seed, other texts
    sources = [SEED_TEXT, " ".join(SENTENCES)] + SENTENCES
    cases = int(os.environ.get("FUZZ_CASES", "60"))
    typed = relations = 0
    for case in range(cases):
        text = _mangle(rng.choice(sources), rng)
        if not text.strip():
            continue
        doc = make_doc(text, doc_id=f"fuzz{case}", already_clean=True)
        doc["mentions"] = _random_ner(doc, rng)
        out = extract_document(doc, RelationsParams())
        typed += sum(1 for m in out["mentions"] if m["domain"])
        relations += len(out["relations"])
        for m in out["mentions"]:
            assert doc["text"][m["start"]:m["end"]] == m["text"], (case, text, m)
        for r in out["relations"]:
            assert doc["text"][r["start"]:r["end"]] == r["evidence"], (case, text, r)
            assert 0.0 <= r["score"] <= 1.0, (case, r)
    assert typed and relations  # the mangled text still reaches the rules, so the offsets above were checked


def _persons_in(doc: dict, names: list[str]) -> list[dict]:
    """NER PER mentions of the names that lie whole in the document's text (the NER finds the foreign names)."""
    out = []
    for name in names:
        start = doc["text"].find(name)
        if start >= 0:
            end = start + len(name)
            out.append({"doc_id": doc["doc_id"], "mention_id": f"{doc['doc_id']}:{start}-{end}:PER", "sent_idx": 0,
                        "start": start, "end": end, "text": name, "label": "PER", "score": 0.99, "method": "ner:test"})
    return out


def test_every_prefix_of_the_test_sentences_is_read_to_its_end():
    """Twice a text ending right after a post or a title phrase raised IndexError (sessions 64, 65): a rule looked at
    the token after it. Every prefix, cut after each word, of these texts ends at each kind of token once."""
    texts = SENTENCES + [
        "علی رضایی گفت: همکاری ادامه دارد. معاون وزیر بهداشت، درمان و آموزش پزشکی نیز در این نشست سخن گفت.",
        "دیدار با پراتیبها پاتیل رئیس‌جمهور هند در دهلی نو انجام شد و دو طرف تفاهم‌نامه‌ای امضا کردند.",
    ]
    for sentence in texts:
        words = list(re.finditer(r"\S+", sentence))
        for word in words:
            doc = make_doc(sentence[:word.end()], doc_id="prefix", already_clean=True)
            doc["mentions"] = _persons_in(doc, ["پراتیبها پاتیل", "علی رضایی", "علی دایی"])
            out = extract_document(doc, RelationsParams())
            assert all(doc["text"][m["start"]:m["end"]] == m["text"] for m in out["mentions"])
