"""Corpus-wide entity resolution: merging, stable ids, aliases, counts, relation ids."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent / "relations"))

from conftest import make_doc  # noqa: E402

from pipeline.entities import entity_id_for, resolve_entities  # noqa: E402
from pipeline.relations import RelationsParams, extract_document  # noqa: E402
from pipeline.schema import to_table  # noqa: E402


def _row(doc_id, text, key, label="PER", domain=None, method="pattern"):
    return {"doc_id": doc_id, "mention_id": f"{doc_id}:{text}", "sent_idx": 0, "start": 0, "end": len(text),
            "text": text, "label": label, "domain": domain, "entity_id": None, "score": 0.9, "method": method,
            "entity_key": key}


def _corpus():
    docs = [
        make_doc("سید ابوالحسن فیروزآبادی، دبیر شورای عالی فضای مجازی گفت: فضای مجازی مهم است.", doc_id="a"),
        make_doc("ابوالحسن فیروزآبادی، دبیر شورایعالی فضای مجازی امروز در ساری گفت: باید کار کنیم. "
                 "فیروزآبادی افزود: استانداری مازندران همکاری می‌کند.", doc_id="b"),
    ]
    outs = [extract_document(d, RelationsParams()) for d in docs]
    return [m for o in outs for m in o["mentions"]], [r for o in outs for r in o["relations"]]


def test_variants_merge_across_documents():
    mentions, relations = _corpus()
    entities, mention_ids, relation_ids = resolve_entities(mentions, relations)
    by_id = {e["entity_id"]: e for e in entities}
    firouz = {mention_ids[i] for i, m in enumerate(mentions) if "فیروزآبادی" in m["text"]}
    assert len(firouz) == 1
    person = by_id[firouz.pop()]
    assert person["name"] == "سید ابوالحسن فیروزآبادی"
    assert person["aliases"] == sorted({"سید ابوالحسن فیروزآبادی", "ابوالحسن فیروزآبادی", "فیروزآبادی"})
    assert person["n_docs"] == 2 and person["domain"] == "official"
    council = {mention_ids[i] for i, m in enumerate(mentions) if m["text"].startswith("شورا")}
    assert len(council) == 1
    council_entity = by_id[council.pop()]
    assert council_entity["n_docs"] == 2
    assert council_entity["attributes"] == {"kind": "council", "lexicon_name": "شورای عالی فضای مجازی"}
    assert set(council_entity["aliases"]) == {"شورای عالی فضای مجازی", "شورایعالی فضای مجازی"}


def test_a_person_across_documents_is_named_by_the_form_that_spells_most_of_the_name():
    # «دکتر ابراهیم» (one document) is as long as «احمد ابراهیم» (another) but spells less of the name
    mentions = [_row("a", "دکتر ابراهیم", "PER:احمدابراهیم", domain="official"),
                _row("b", "احمد ابراهیم", "PER:احمدابراهیم", domain="official")]
    entities, _, _ = resolve_entities(mentions, [])
    assert [e["name"] for e in entities] == ["احمد ابراهیم"]


def test_relation_ids_and_entity_ids_are_filled_and_stable():
    mentions, relations = _corpus()
    first = resolve_entities(mentions, relations)
    ids_first = [r["relation_id"] for r in relations]
    mentions2, relations2 = _corpus()
    second = resolve_entities(mentions2, relations2)
    assert first == second
    assert ids_first == [r["relation_id"] for r in relations2]
    assert all(rid and rid.startswith("R") for rid in ids_first)
    entity_ids = {e["entity_id"] for e in first[0]}
    assert all(s in entity_ids and o in entity_ids for s, o in first[2])


def test_province_entity_carries_canonical_name_and_iso_code():
    rows = [_row("a", "آذربایجان‌غربی", "province:IR-04", "LOC", "province"),
            _row("b", "آذربایجان غربی", "province:IR-04", "LOC", "province")]
    entities, ids, _ = resolve_entities(rows, [])
    (entity,) = entities
    assert entity["name"] == "آذربایجان غربی" and entity["n_docs"] == 2 and entity["n_mentions"] == 2
    assert entity["attributes"]["iso_code"] == "IR-04" and entity["attributes"]["kind"] == "province"
    assert ids == [entity_id_for("province:IR-04")] * 2


def test_pronouns_count_but_are_not_aliases():
    rows = [_row("a", "سید محمود حسینی پور", "PER:محمودحسینیپور", domain="official"),
            _row("a", "وی", "PER:محمودحسینیپور", domain="official", method="coref:pronoun")]
    (entity,), _, _ = resolve_entities(rows, [])
    assert entity["aliases"] == ["سید محمود حسینی پور"] and entity["n_mentions"] == 2


def test_an_elided_province_counts_but_its_direction_word_is_no_alias():
    # «استان‌های آذربایجان شرقی و غربی»: «غربی» is the western province's mention, not one of its names
    doc = make_doc("زلزله استان‌های آذربایجان شرقی و غربی را لرزاند. استاندار آذربایجان غربی گفت: خسارت کم بود.")
    mentions = extract_document(doc, RelationsParams())["mentions"]
    entities, _, _ = resolve_entities(mentions, [])
    west = next(e for e in entities if e["name"] == "آذربایجان غربی")
    assert west["aliases"] == ["آذربایجان غربی"] and west["n_mentions"] == 2


def test_an_entity_named_only_by_references_still_has_its_row():
    # «استان‌های آذربایجان شرقی و غربی» with the western province named nowhere else: its mention points at an
    # entity row all the same, named by the lexicon (a probe article, session 80, had left the id dangling)
    doc = make_doc("نخجوان می‌تواند استان‌های آذربایجان شرقی و غربی را به مرکز تجارت منطقه تبدیل کند.")
    mentions = extract_document(doc, RelationsParams())["mentions"]
    entities, mention_ids, _ = resolve_entities(mentions, [])
    by_id = {e["entity_id"]: e for e in entities}
    assert all(i in by_id for i in mention_ids)
    west = next(e for e in entities if e["name"] == "آذربایجان غربی")
    assert west["aliases"] == [] and west["n_mentions"] == 1 and west["attributes"]["iso_code"]


def test_rows_fit_the_parquet_contract():
    mentions, relations = _corpus()
    entities, mention_ids, relation_ids = resolve_entities(mentions, relations)
    for m, eid in zip(mentions, mention_ids):
        m["entity_id"] = eid
    for r, (s, o) in zip(relations, relation_ids):
        r["subject_id"], r["object_id"] = s, o
    assert to_table("entities", entities).num_rows == len(entities)
    assert to_table("mentions", mentions).num_rows == len(mentions)
    assert to_table("relations", relations).num_rows == len(relations)


def test_linear_in_mentions():
    rows = [_row(f"d{i % 5000}", f"نام{i % 20000}", f"PER:نام{i % 20000}") for i in range(200_000)]
    entities, ids, _ = resolve_entities(rows, [])
    assert len(entities) == 20_000 and len(ids) == 200_000


def test_a_lexicon_alias_and_the_full_name_share_the_lexicon_name():
    # «مجلس» alone in one article, «مجلس شورای اسلامی» in another: two entities (names as written, which the
    # gold lists and the scorer compare), grouped by attributes["lexicon_name"]
    docs = [make_doc("نماینده مردم ساری در مجلس گفت: طرح بررسی شد.", doc_id="a"),
            make_doc("مجلس شورای اسلامی طرح را تصویب کرد.", doc_id="b")]
    outs = [extract_document(d, RelationsParams()) for d in docs]
    entities, _, _ = resolve_entities([m for o in outs for m in o["mentions"]], [r for o in outs for r in o["relations"]])
    parliament = {e["name"]: e["attributes"] for e in entities if e["domain"] == "agency" and "مجلس" in e["name"]}
    assert set(parliament) == {"مجلس", "مجلس شورای اسلامی"}
    assert {a["lexicon_name"] for a in parliament.values()} == {"مجلس شورای اسلامی"}
    assert {a["kind"] for a in parliament.values()} == {"parliament"}


def test_a_dotted_acronym_is_the_same_body_as_its_undotted_spelling():
    # tune 1#94 «بی. بی. سی» and 1#8 «بی‌بی‌سی»: one entity across articles, named as the lexicon spells it
    docs = [make_doc("اما بی. بی. سی از قول وی خبر داد.", doc_id="a"),
            make_doc("بی‌بی‌سی گزارش داد که باران آمد.", doc_id="b")]
    outs = [extract_document(d, RelationsParams()) for d in docs]
    entities, _, _ = resolve_entities([m for o in outs for m in o["mentions"]], [r for o in outs for r in o["relations"]])
    bbc = [e for e in entities if e["domain"] == "agency" and "بی" in e["name"]]
    assert [(e["name"], e["aliases"], e["n_docs"]) for e in bbc] == [("بی‌بی‌سی", ["بی. بی. سی", "بی‌بی‌سی"], 2)]


def test_a_name_keeps_the_articles_digits_and_is_one_body_whatever_digits_it_has():
    # tune 3#258 «شهرداری منطقه ۳»: a gold name is copied as the article writes it; another article's «منطقه 3» is
    # the same body
    docs = [make_doc("شهرداری منطقه ۳ پروژه را آغاز کرد.", doc_id="a"),
            make_doc("شهرداری منطقه 3 پروژه را آغاز کرد.", doc_id="b")]
    assert "۳" in docs[0]["text"] and "3" in docs[1]["text"]
    outs = [extract_document(d, RelationsParams()) for d in docs]
    agencies = [m for o in outs for m in o["mentions"] if m["domain"] == "agency"]
    assert [m["text"] for m in agencies] == ["شهرداری منطقه ۳", "شهرداری منطقه 3"]
    entities, _, _ = resolve_entities([m for o in outs for m in o["mentions"]], [r for o in outs for r in o["relations"]])
    body = [e for e in entities if e["domain"] == "agency"]
    assert len(body) == 1 and body[0]["n_docs"] == 2
    assert set(body[0]["aliases"]) == {"شهرداری منطقه ۳", "شهرداری منطقه 3"}


def test_a_body_no_mention_spells_whole_is_named_by_the_lexicon():
    # «بانکهای صادرات و ملت»: the mentions are «بانکهای صادرات» and «ملت», the bodies «بانک صادرات ایران» and
    # «بانک ملت»; a name written whole elsewhere still wins («مجلس» stays «مجلس»)
    docs = [make_doc("بانکهای صادرات و ملت برای ورود به بورس آماده‌اند.", doc_id="a"),
            make_doc("نماینده مردم ساری در مجلس گفت: طرح بررسی شد.", doc_id="b")]
    outs = [extract_document(d, RelationsParams()) for d in docs]
    entities, _, _ = resolve_entities([m for o in outs for m in o["mentions"]], [r for o in outs for r in o["relations"]])
    agencies = {e["name"]: e["attributes"].get("lexicon_name") for e in entities if e["domain"] == "agency"}
    assert agencies == {"بانک صادرات ایران": "بانک صادرات ایران", "بانک ملت": "بانک ملت",
                        "مجلس": "مجلس شورای اسلامی"}


def test_a_replacement_lexicon_folder_sets_the_agency_kind(tmp_path):
    """`relations.lexicon_dir` reaches the entities too, not only the relations stage."""
    from pipeline.lexicons import LEXICON_DIR, load_lexicons

    for f in LEXICON_DIR.iterdir():
        if f.suffix in (".yaml", ".txt"):
            text = f.read_text(encoding="utf-8")
            if f.name == "known_agencies.yaml":
                text = text.replace("{name: مرکز ملی فضای مجازی, kind: centre}",
                                    "{name: مرکز ملی فضای مجازی, kind: research_centre}")
            (tmp_path / f.name).write_text(text, encoding="utf-8")
    mentions = [_row("a", "مرکز ملی فضای مجازی", "agency:مرکزملیفضایمجازی", label="ORG", domain="agency")]
    (packaged,), _, _ = resolve_entities(mentions, [])
    (replaced,), _, _ = resolve_entities(mentions, [], lexicons=load_lexicons(str(tmp_path)))
    assert packaged["attributes"]["kind"] == "centre"
    assert replaced["attributes"]["kind"] == "research_centre"


def test_a_role_object_is_the_entity_its_mention_names():
    """A coach's national team (no agency) and a place title's province: the role's object_id is the entity the
    document's mention resolves to, counted in n_docs — not a second, mention-less entity of the same name."""
    text = ("علی دایی سرمربی تیم ملی فوتبال گفت: بازی خوب بود. زین‌العابدین قربانی نماینده ولی فقیه در گیلان "
            "گفت: استان گیلان آماده است.")
    doc = make_doc(text, doc_id="a")
    names = ("علی دایی", "تیم ملی فوتبال", "زین‌العابدین قربانی")
    labels = ("PER", "ORG", "PER")
    doc["mentions"] = []
    for name, label in zip(names, labels):
        start = doc["text"].index(name)
        doc["mentions"].append({"mention_id": f"a:{start}", "sent_idx": 0, "start": start, "end": start + len(name),
                                "text": name, "label": label, "score": 0.99, "method": "ner:test"})
    out = extract_document(doc, RelationsParams())
    entities, _, relation_ids = resolve_entities(out["mentions"], out["relations"])
    by_id = {e["entity_id"]: e for e in entities}
    objects = {by_id[o]["name"]: by_id[o] for _, o in relation_ids}
    assert set(objects) == {"تیم ملی فوتبال", "گیلان"}
    assert all(e["n_docs"] == 1 for e in objects.values())
    assert objects["تیم ملی فوتبال"]["domain"] is None
    assert objects["تیم ملی فوتبال"]["attributes"]["kind"] == "team"
    assert objects["گیلان"]["attributes"]["iso_code"] == "IR-01"
    assert len([e for e in entities if e["name"] == "تیم ملی فوتبال"]) == 1


def test_a_clubs_team_is_the_club_entity_the_role_points_at():
    """«سرمربی تیم فوتبال پرسپولیس»: the club is the agency «پرسپولیس», one entity with the club's bare mentions."""
    text = "علی دایی سرمربی تیم فوتبال پرسپولیس گفت: پرسپولیس آماده است."
    doc = make_doc(text, doc_id="a")
    doc["mentions"] = []
    for name, label, search_from in (("علی دایی", "PER", 0), ("تیم فوتبال پرسپولیس", "ORG", 0), ("پرسپولیس", "ORG", 40)):
        start = doc["text"].index(name, search_from)
        doc["mentions"].append({"mention_id": f"a:{start}", "sent_idx": 0, "start": start, "end": start + len(name),
                                "text": name, "label": label, "score": 0.99, "method": "ner:test"})
    out = extract_document(doc, RelationsParams())
    entities, _, relation_ids = resolve_entities(out["mentions"], out["relations"])
    clubs = [e for e in entities if e["domain"] == "agency"]
    assert [(e["name"], e["n_mentions"]) for e in clubs] == [("پرسپولیس", 2)]
    assert [o for _, o in relation_ids] == [clubs[0]["entity_id"]]


def test_a_known_body_written_with_its_eulogy_is_named_in_full():
    # 900 articles, 1#137: «کمیته امداد» thrice and «کمیته امداد امام خمینی (ره)» once are one body, named as
    # the lexicon spells it, eulogy kept
    doc = make_doc("کمیته امداد امسال شغل ایجاد می‌کند. سرپرست کمیته امداد امام خمینی (ره) گفت: کمیته امداد "
                   "امسال شغل ایجاد می‌کند و کمیته امداد وام می‌دهد.")
    out = extract_document(doc, RelationsParams())
    entities, _, _ = resolve_entities(out["mentions"], out["relations"])
    assert [(e["name"], e["n_mentions"]) for e in entities if e["domain"] == "agency"] \
        == [("کمیته امداد امام خمینی (ره)", 4)]


def test_a_persons_name_in_the_relations_is_the_entitys_name():
    # fars 1#294: «محمد مهدی طهرانچی» and «محمدمهدی طهرانچی» in one article; the role and the entity name him alike
    doc = make_doc("محمدمهدی طهرانچی، رئیس دانشگاه آزاد اسلامی گفت: کلاس‌ها حضوری است. "
                   "محمد مهدی طهرانچی افزود: برنامه آماده است.", doc_id="a")
    out = extract_document(doc, RelationsParams())
    entities, _, _ = resolve_entities(out["mentions"], out["relations"])
    person = {e["name"] for e in entities if e["domain"] == "official"}
    assert person == {"محمد مهدی طهرانچی"}
    assert {r["subject"] for r in out["relations"] if r["type"] == "role"} == person
