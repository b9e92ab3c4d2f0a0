"""A hostile-input corpus, generated (never downloaded): every way a scraped document can be broken,
next to good Persian articles. `build(folder)` writes it and returns what each file should become.

Each `Expect` says, for a documents-table `source`, the status the run must give it and words its
`error` must contain (the file name always; the line for JSONL).
"""
from __future__ import annotations

import json
import struct
import zlib
from dataclasses import dataclass, field
from pathlib import Path

ARTICLE = (
    "استاندار مازندران گفت: همکاری استانداری با مرکز ملی فضای مجازی ادامه دارد.\n"
    "به گزارش خبرگزاری فارس، سید ابوالحسن فیروزآبادی، رئیس مرکز ملی فضای مجازی، در ساری "
    "تفاهم‌نامه همکاری با استانداری مازندران امضا کرد. وی افزود: این تفاهم‌نامه برای ۱۲ ماه است.\n"
    "محمود حسینی‌پور استاندار مازندران نیز گفت که ۲۵ درصد طرح‌ها در سال ۱۴۰۳ اجرا می‌شود."
)
# Windows-1256 has no Persian ی nor Persian digits; legacy sites write ي and 0-9 (cleaning unifies the letters;
# digits stay as written).
ARTICLE_1256 = ARTICLE.replace("ی", "ي").translate(str.maketrans("۰۱۲۳۴۵۶۷۸۹", "0123456789"))


def good_articles(n: int = 4) -> dict[str, str]:
    """Distinct small Persian news texts."""
    places = ["تهران", "اصفهان", "شیراز", "تبریز", "مشهد", "کرمان", "یزد", "رشت"]
    return {f"good-{k:02d}.txt": f"خبر شماره {k}\n" + ARTICLE.replace("ساری", places[k % len(places)])
            for k in range(n)}


def png_bytes() -> bytes:
    """A real 1×1 PNG."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(b"\x00\xff\x00\x00")) + chunk(b"IEND", b""))


def big_document(n_bytes: int) -> bytes:
    """About `n_bytes` of Persian text in one document (paragraphs of varied sentences)."""
    words = ("دولت مجلس استان شهر همکاری توسعه طرح اجرا سال درصد وزیر رئیس جمهور گفت افزود "
             "کرد شده است بود خواهد برای با در از به که این آن").split()
    lines, size, k = [], 0, 0
    while size < n_bytes:
        sentence = " ".join(words[(k * 7 + j * 3) % len(words)] for j in range(12 + k % 9)) + "."
        line = " ".join([sentence] * 6)
        lines.append(line)
        size += len(line.encode("utf-8")) + 1
        k += 1
    return "\n".join(lines).encode("utf-8")[:n_bytes].decode("utf-8", "ignore").encode("utf-8")


@dataclass
class Expect:
    status: str
    error: tuple[str, ...] = ()  # substrings the error must contain; () and status ok: error is null
    note: str = ""
    duplicate_of: str | None = None
    same_text_as: str | None = None  # source whose cleaned text must be identical (digits folded)


@dataclass
class Corpus:
    folder: Path
    expect: dict[str, Expect] = field(default_factory=dict)
    good: list[str] = field(default_factory=list)


def build(folder: Path, big_bytes: int = 10_000_000) -> Corpus:
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    corpus = Corpus(folder)
    E = corpus.expect

    def write(name: str, data: bytes | str, expect: Expect) -> None:
        (folder / name).write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        E[name] = expect

    for name, text in good_articles().items():
        write(name, text, Expect("ok"))
        corpus.good.append(name)
    write("article-utf8.txt", ARTICLE, Expect("ok"))
    corpus.good.append("article-utf8.txt")

    write("empty.txt", b"", Expect("empty", ("empty.txt", "empty file")))
    write("whitespace.txt", " \n\t  \r\n\u3000 \n", Expect("empty", ("whitespace.txt",)))
    write("image.png", png_bytes(), Expect("failed", ("image.png", "unsupported file type")))
    write("image-named.txt", png_bytes(), Expect("failed", ("image-named.txt", "binary")))
    raw = ARTICLE.encode("utf-8")
    middle = raw.index("تفاهم".encode("utf-8"))
    write("invalid-utf8.txt", raw[:middle] + b"\xff\xfe\xc0" + raw[middle:],
          Expect("ok", ("invalid-utf8.txt", "invalid UTF-8", f"byte {middle}")))
    write("article-cp1256.txt", ARTICLE_1256.encode("cp1256"), Expect("ok", same_text_as="article-utf8.txt"))
    write("article-utf16.txt", ARTICLE.encode("utf-16"), Expect("ok", same_text_as="article-utf8.txt"))
    if big_bytes:
        write("big-10mb.txt", big_document(big_bytes), Expect("ok", ("big-10mb.txt", "truncated", "max_doc_chars")))
    write("english-only.txt", "Breaking news: the minister said the plan works.\nNo Persian here at all, 100%.",
          Expect("empty", ("english-only.txt", "no Persian text")))
    write("page.html", "<html><head><title>تیتر خبر</title><style>body{color:red} .x{}</style>"
                       "<script>var secret = 'نباید دیده شود'; alert(1)</script></head><body>"
                       f"<p>{ARTICLE.splitlines()[1]}</p><script>document.write('پنهان')</script></body></html>",
          Expect("ok"))
    write("marks.txt", "\u202bسلام\u202c \u200fاستاندار\u200e تهران\u200d گفت 😀👨\u200d👩\u200d👧 "
                       "كِتابِ خوبْ را خواندَم \u2066abc\u2069 و \ufeffرفت.\n" + ARTICLE, Expect("ok"))
    write("long-word.txt", "این یک " + "بلندترینواژه" * 385 + " است.\n" + ARTICLE.splitlines()[0], Expect("ok"))
    write("not-json.json", '{"title": "خبر", "text": "متن بدون پایان', Expect("failed", ("not-json.json", "invalid JSON")))
    records = [{"title": "خبر یک", "text": ARTICLE, "url": "https://example.org/1", "date": "1403/04/16"},
               {"title": "خبر دو", "paragraphs": ARTICLE.splitlines(), "link": "https://example.org/2"}]
    lines = [json.dumps(records[0], ensure_ascii=False), '{"title": "شکسته", "text": "بدون', "",
             json.dumps(records[1], ensure_ascii=False),
             json.dumps({"title": "جداکننده", "text": "سطر یک\u2028سطر دو " + ARTICLE.splitlines()[0]}, ensure_ascii=False)]
    write("mixed.jsonl", "\n".join(lines) + "\n", Expect("ok"))
    del E["mixed.jsonl"]
    E["mixed.jsonl#0"] = Expect("ok")
    E["mixed.jsonl#1"] = Expect("failed", ("mixed.jsonl", "line 2", "invalid JSON"))
    E["mixed.jsonl#2"] = Expect("ok")
    E["mixed.jsonl#3"] = Expect("ok")  # U+2028 inside a JSON string is not a line break
    write("no-text.json", json.dumps([{"title": "فقط عنوان", "url": "https://example.org/3"},
                                      {"text": 42}, "رشته", {"text": ARTICLE},
                                      {"text": "", "url": "https://example.org/4"}],
                                     ensure_ascii=False), Expect("ok"))
    del E["no-text.json"]
    E["no-text.json#0"] = Expect("failed", ("no-text.json#0", "no 'text' or 'paragraphs'"))
    E["no-text.json#1"] = Expect("failed", ("no-text.json#1", "'text' is a int"))
    E["no-text.json#2"] = Expect("failed", ("no-text.json#2", "record is a str"))
    E["no-text.json#3"] = Expect("ok")
    E["no-text.json#4"] = Expect("empty", ("no-text.json#4", "empty record text"))  # not «empty file»
    write("copy-a.txt", ARTICLE + "\nنسخه دوم", Expect("ok"))
    write("copy-b.txt", ARTICLE + "\nنسخه دوم", Expect("ok", ("copy-b.txt", "duplicate", "copy-a.txt"),
                                                    duplicate_of="copy-a.txt"))
    write("خبر با فاصله و نام فارسی.txt", "گزارش ویژه\n" + ARTICLE.replace("ساری", "قم"), Expect("ok"))
    (folder / "پوشه تو در تو").mkdir(exist_ok=True)
    write("پوشه تو در تو/خبر دیگر.md", ARTICLE.replace("ساری", "اراک"), Expect("ok"))
    # Beyond the list in the issue: more ways real scrapes break.
    # one object, not a list: one document named by its file, like a .txt
    write("surrogate.json", '{"title": "\\ud800 عنوان", "text": "متن \\udc00 خبر استاندار"}', Expect("ok"))
    write("deep.json", "[" * 100_000 + "]" * 100_000, Expect("failed", ("deep.json", "invalid JSON")))
    write("empty-list.json", "[]", Expect("empty", ("empty-list.json", "no records")))
    write("empty.jsonl", "", Expect("empty", ("empty.jsonl", "no records")))
    write("nul-bytes.txt", ARTICLE[:20].encode("utf-8") + b"\x00\x00" + ARTICLE[20:].encode("utf-8"),
          Expect("ok", ("nul-bytes.txt", "NUL byte(s) removed")))
    write("bad-utf16.txt", b"\xff\xfe" + "سلام".encode("utf-16-le") + b"\x00\xd8",
          Expect("failed", ("bad-utf16.txt", "UTF-16")))
    write("diacritics.txt", "بِسْمِ اللّٰهِ الرَّحْمٰنِ الرَّحِیمِ " * 200 + "\n" + "َ" * 3000 + "\n" + ARTICLE,
          Expect("ok", ("diacritics.txt", "sentence(s) longer than clean.max_tokens_per_sentence=300")))
    write("crlf-mixed.txt", ARTICLE.replace("\n", "\r\n") + "\rپایان\r", Expect("ok"))
    write("notes.docx", b"PK\x03\x04" + b"\x00" * 30, Expect("failed", ("notes.docx", "unsupported file type")))
    return corpus


def build_bad_filename(folder: Path) -> str | None:
    """A file whose name is not valid UTF-8 (possible on Linux); returns its expected source."""
    import os

    try:
        name = os.fsencode(folder) + b"/bad-\xff-name.txt"
        with open(name, "wb") as handle:
            handle.write(ARTICLE.encode("utf-8") + "\nنام خراب".encode("utf-8"))
    except OSError:
        return None
    return "bad-\\xff-name.txt"
