#!/usr/bin/env python3
"""Helpers for building eval/dev_gold.jsonl by hand (no pipeline code used).

usage:
  python3 scripts/gold_tools.py cats                    # category counts
  python3 scripts/gold_tools.py agree [WINDOW=200]    # agreement-candidate search
  python3 scripts/gold_tools.py show fars-news-1.json#17 [...]   # print record text
  python3 scripts/gold_tools.py list CAT [SUBCAT]       # titles of records in a category
  python3 scripts/gold_tools.py check eval/dev_gold.jsonl  # format / text-presence checks
  python3 scripts/gold_tools.py pick POOL OFFSET [STEP]  # every STEP-th record of pool A|B|C|D*|S*|N* from OFFSET
                                                        # (the selection rule of eval/README.md)
"""
import json, os, re, sys, collections, pathlib

# params.yaml data.corpora (../shared/corpora) + fars-news; FARS_NEWS_DIR overrides it for a corpus kept elsewhere
CORPUS = pathlib.Path(os.environ.get("FARS_NEWS_DIR")
                      or pathlib.Path(__file__).resolve().parents[1] / ".." / "shared" / "corpora" / "fars-news").resolve()
PROVINCES = set("آذربایجان شرقی،آذربایجان غربی،اردبیل،اصفهان،البرز،ایلام،بوشهر،تهران،چهارمحال و بختیاری،خراسان جنوبی،خراسان رضوی،خراسان شمالی،خوزستان،زنجان،سمنان،سیستان و بلوچستان،فارس،قزوین،قم،کردستان،کرمان،کرمانشاه،کهگیلویه و بویراحمد،گلستان،گیلان،لرستان،مازندران،مرکزی،هرمزگان،همدان،یزد".split("،"))
FILES = [f"fars-news-{i}.json" for i in (1, 2, 3)]


def records():
    if not CORPUS.is_dir():
        sys.exit(f"gold_tools: Fars News corpus not found at {CORPUS}; set FARS_NEWS_DIR to the folder holding "
                 f"{', '.join(FILES)} (download them with `python scripts/fetch_corpora.py DEST`)")
    for f in FILES:
        for i, r in enumerate(json.load(open(CORPUS / f, encoding="utf-8"))):
            yield f"{f}#{i}", r


def text(r):
    return "\n".join([r.get("title") or "", r.get("abstract") or ""] + list(r.get("paragraphs") or []))


def norm(s):
    s = s.replace("ي", "ی").replace("ك", "ک").replace("ى", "ی").replace("\u200e", "").replace("\u200f", "")
    return re.sub(r"[\u200c\s]+", " ", s)


# agreement nouns (after norm(): ي/ك -> ی/ک, ZWNJ/whitespace -> one space) ...
AGR = r"(تفاهم ?نامه|قرار ?داد|موافقت ?نامه|توافق|یادداشت تفاهم|پیمان ?نامه)"
# ... within WINDOW characters (either order) of a signing/concluding verb
ACT = r"(امضا|منعقد|عقد|انعقاد|بست|ببند|می ?بند)"


def agree(window=200):
    pat = re.compile(AGR + r".{0,%d}?" % window + ACT + "|" + ACT + r".{0,%d}?" % window + AGR, re.S)
    hits = []
    for doc, r in records():
        t = norm(text(r))
        ms = list(pat.finditer(t))
        if ms:
            hits.append((doc, r, ms))
    return hits


POSITION = re.compile("استاندار|فرماندار|بخشدار|شهردار|وزیر|معاون|مدیرکل|مدیر کل|مدیرعامل|مدیر عامل|رئیس|رییس|"
                      "نماینده|امام جمعه|دبیر|سخنگو|دادستان|فرمانده|سفیر|دبیرکل|رئیس‌جمهور")
PROVINCE_CATS = set("province isfahan hormozgan qom gilan tehran mazandaran kerman kohgiluyeh-boyerahmad khuzestan hamedan "
                    "azarbaijan-gharbi azarbaijan-sharghi markazi golestan razavi kordestan kermanshah zanjan bushehr "
                    "khorasan-shomali khorasan-jonubi ardabil semnan sistan-baluchestan fars ilam qazvin alborz "
                    "chaharmahal-bakhtiari".split())
EXCLUDED_GOLD = ["dev_gold.jsonl", "blind_gold.jsonl"]  # pools for the tune set skip these (eval/README.md)


LONG = (2600, 6000)  # pools DA/DB/DC: the longer articles that pools A/B/C left out (session 6), up to 6,000 chars;
# SA/SB/SC: the shorter ones (under 700 chars); NA/NB/NC: 700-2600 chars with NO position word (bodies and places only)


def pool(name):
    """Records of pool A (politics), B (province cats) or C (every other cat), 700-2600 chars with a position
    word, not in dev/blind; DA/DB/DC: the same three between 2600 and 6000 chars; SA/SB/SC: under 700 chars;
    NA/NB/NC: 700-2600 chars without a position word."""
    taken = set()
    for f in EXCLUDED_GOLD:
        path = pathlib.Path(__file__).resolve().parents[1] / "eval" / f
        if path.exists():
            taken |= {json.loads(line)["doc"] for line in open(path, encoding="utf-8")}
    out = []
    for doc, r in records():
        t = norm(text(r))
        in_pool = {"A": r["cat"] == "politics", "B": r["cat"] in PROVINCE_CATS,
                   "C": r["cat"] != "politics" and r["cat"] not in PROVINCE_CATS}[name[-1]]
        size = name[0] if len(name) == 2 else ""
        fits = {"D": LONG[0] < len(t) <= LONG[1], "S": len(t) < 700, "": 700 <= len(t) <= 2600,
                "N": 700 <= len(t) <= 2600}[size]
        named_post = bool(POSITION.search(t))
        if in_pool and fits and named_post == (size != "N") and doc not in taken:
            out.append(doc)
    return out


def main():
    cmd = sys.argv[1]
    if cmd == "cats":
        c = collections.Counter((r["cat"], r["subcat"]) for _, r in records())
        for k, v in c.most_common():
            print(v, k)
    elif cmd == "agree":
        w = int(sys.argv[2]) if len(sys.argv) > 2 else 200
        hits = agree(w)
        for doc, r, ms in hits:
            print(f"== {doc} [{r['cat']}/{r['subcat']}] {norm(r['title'])}")
            for m in ms[:4]:
                t = norm(text(r))
                print("   ..." + t[max(0, m.start() - 60):m.end() + 40].replace("\n", " / ") + "...")
        print(len(hits), "documents")
    elif cmd == "show":
        recs = dict(records())
        for doc in sys.argv[2:]:
            r = recs[doc]
            print(f"##### {doc} [{r['cat']}/{r['subcat']}] {r['link']}")
            print("T:", r["title"]); print("A:", r["abstract"])
            for k, p in enumerate(r["paragraphs"]):
                print(f"P{k}:", p)
            print()
    elif cmd == "list":
        for doc, r in records():
            if r["cat"] == sys.argv[2] and (len(sys.argv) < 4 or r["subcat"] == sys.argv[3]):
                print(doc, r["subcat"], norm(r["title"]))
    elif cmd == "pick":
        if len(sys.argv) < 4 or sys.argv[2] not in ("A", "B", "C", "DA", "DB", "DC", "SA", "SB", "SC", "NA", "NB", "NC"):
            sys.exit("usage: gold_tools.py pick A|B|C|DA|DB|DC|SA|SB|SC|NA|NB|NC OFFSET [STEP]  (A politics, B province cats, C the rest;"
                     " D*: the same of 2600-6000 chars, S*: under 700, N*: no position word)")
        recs = pool(sys.argv[2])
        offset, step = int(sys.argv[3]), int(sys.argv[4]) if len(sys.argv) > 4 else len(recs) // 10
        print(len(recs), "in pool", sys.argv[2], "step", step)
        for doc in recs[offset::step]:
            print(doc)
    elif cmd == "check":
        recs = dict(records())
        squash = lambda s: re.sub(r"[\u200c\s]+", "", norm(s))
        n = collections.Counter()
        for line in open(sys.argv[2], encoding="utf-8"):
            g = json.loads(line)
            r = recs[g["doc"]]
            assert g["source"] == r["link"], g["doc"]
            assert g["cat"] == r["cat"], g["doc"]
            t = squash(text(r))
            groups = []  # (slot, [alternatives])
            for k in ("officials", "agencies"):
                for alt in g[k]:
                    assert isinstance(alt, list) and alt, (g["doc"], k, alt)
                    groups.append((k, alt))
            for ro in g["roles"]:
                assert set(ro) == {"person", "title", "org"}, (g["doc"], ro)
                groups += [("role.person", ro["person"]), ("role.title", ro["title"]), ("role.org", ro["org"])]
            for a in g["agreements"]:
                assert set(a) == {"a", "b", "type"} and a["type"] in ("تفاهم‌نامه", "قرارداد", "موافقت‌نامه", "توافق"), (g["doc"], a)
                groups += [("agreement.a", a["a"]), ("agreement.b", a["b"])]
            for p in g["provinces"]:
                assert isinstance(p, str) and p in PROVINCES, (g["doc"], p)
                groups.append(("province", [p]))
            for slot, alts in groups:
                for s in alts:
                    if "ي" in s or "ك" in s:
                        print("ARABIC LETTER", g["doc"], s)
                if not any(squash(s) in t for s in alts):
                    print("no alternative verbatim in text:", g["doc"], slot, alts)
                elif squash(alts[0]) not in t:
                    print("  (first form not verbatim)", g["doc"], slot, alts[0])
            for k in ("officials", "provinces", "agencies", "roles", "agreements"):
                n[k] += len(g[k])
            n["docs"] += 1
            n["cat:" + g["cat"]] += 1
        print(dict(n))


if __name__ == "__main__":
    main()
