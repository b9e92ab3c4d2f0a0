"""Canonical entities across the corpus, from the per-document keys the relations stage assigns.

Within a document, pipeline.relations already points every variant at one `entity_key`
(surname-only names and pronouns at the full name, short organisation forms at the full one).
Across documents the key itself merges spelling variants: it is built from `squash` (ZWNJ, space,
ي/ك, hamza and diacritics ignored) and, for persons, without honorifics — so «سید ابوالحسن
فیروزآبادی» in one article and «ابوالحسن فیروزآبادی» in another are one entity.
One pass over dicts: linear in the number of mentions.
"""
from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from typing import Mapping, Sequence

from pipeline.lexicons import Lexicons, fullest_person_name, load_lexicons, squash, without_eulogy
from pipeline.relations.coref import PRONOUN_METHOD
from pipeline.relations.places import ELIDED_METHOD

DOMAIN_PRIORITY = ("province", "agency", "official")
# mention methods whose text refers to an entity without naming it, so it is no alias: «وی», «غربی» of «آذربایجان
# شرقی و غربی»
REFERENCES_ONLY = {PRONOUN_METHOD, ELIDED_METHOD}


def stable_id(*parts: str, prefix: str = "") -> str:
    digest = hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:16]
    return prefix + digest


def entity_id_for(key: str) -> str:
    """Stable across runs: a hash of the (label/domain-prefixed, normalised) entity key."""
    return stable_id(key, prefix="E")


def relation_id_for(relation: Mapping) -> str:
    return stable_id(str(relation.get("doc_id")), str(relation.get("type")), str(relation.get("subject_key")),
                     str(relation.get("object_key")), squash(relation.get("title") or ""), prefix="R")


def _label_of_key(key: str) -> str:
    prefix = key.split(":", 1)[0]
    return {"PER": "PER", "LOC": "LOC", "province": "LOC"}.get(prefix, "ORG")


def _fallback_key(row: Mapping) -> str:
    return f"{row.get('label') or 'MISC'}:{squash(row.get('text') or '')}"


def _name_score(key: str, surface: str, count: int) -> tuple:
    """Prefer forms that spell the whole key (an organisation's with its eulogy: «کمیته امداد امام خمینی (ره)»),
    then frequent, then longer, then with spaces (readable)."""
    whole = squash(without_eulogy(surface)) == key.split(":", 1)[-1]
    return (whole, count, len(squash(surface)), surface.count(" ") + surface.count("\u200c"), surface)


def _canonical_name(key: str, surfaces: Counter, relation_names: Counter, province_names: dict[str, str],
                    lex: Lexicons) -> str:
    """Provinces: the guidelines' spelling; persons: the longest form (honorifics kept); organisations:
    the best whole-key form, else the lexicon's name of the key («ملت» in «بانک‌های صادرات و ملت» is «بانک
    ملت»), or the relation's fuller in-document form."""
    if key in province_names:
        return province_names[key]
    names = surfaces or relation_names
    if not names:
        return key.split(":", 1)[-1]
    if key.startswith("PER:"):
        return fullest_person_name(lex, names)
    name = max(names.items(), key=lambda kv: _name_score(key, kv[0], kv[1]))[0]
    spelt = key.split(":", 1)[-1]
    if key.startswith("agency:") and squash(without_eulogy(name)) != spelt \
            and (known := lex.known_agencies.get(spelt)) and squash(known.name) == spelt:
        name = known.name
    if relation_names:
        best_rel = max(relation_names.items(), key=lambda kv: _name_score(key, kv[0], kv[1]))[0]
        if len(squash(best_rel)) > len(squash(name)):
            name = best_rel
    return name


def _attributes(key: str, domain: str | None, name: str, lex: Lexicons) -> dict[str, str]:
    from pipeline.relations.organisations import kind_of_name

    if key.startswith("province:"):
        prov = lex.province_by_iso.get(key.split(":", 1)[1])
        if prov is None:
            return {"kind": "province"}
        return {"kind": "province", "iso_code": prov.iso, "iso_code_legacy": prov.iso_legacy, "capital": prov.capital}
    if domain == "agency" or key.startswith("agency:"):
        # a well-known body keeps the lexicon's name beside the document's form: entities are keyed by the form
        # written («مجلس» and «مجلس شورای اسلامی» are two entities, as gold lists and the scorer expect names as
        # written), and `lexicon_name` groups them
        known = lex.known_agencies.get(name)
        return {"kind": known.kind, "lexicon_name": known.name} if known else {"kind": kind_of_name(name, lex)}
    if domain == "official":
        return {"kind": "person"}
    return {}


def resolve_entities(mentions: Sequence[Mapping], relations: Sequence[dict],
                     uncounted_docs: frozenset[str] = frozenset(), lexicons: Lexicons | None = None
                     ) -> tuple[list[dict], list[str | None], list[tuple[str | None, str | None]]]:
    """ENTITIES rows, the entity id of each mention (same order), and (subject_id, object_id) per relation.

    Also fills each relation's `relation_id` in place (stable hash of doc, type, keys and title).
    Mentions in `uncounted_docs` (re-posted duplicates) resolve like any other but are left out of
    n_docs / n_mentions, so a duplicate is not a second source. `lexicons`: the relations stage's
    (`relations.lexicon_dir`: province names, agency kinds); the packaged ones when not given.
    """
    lex = lexicons or load_lexicons()
    surfaces: dict[str, Counter] = defaultdict(Counter)
    labels: dict[str, Counter] = defaultdict(Counter)
    domains: dict[str, Counter] = defaultdict(Counter)
    docs: dict[str, set] = defaultdict(set)
    n_mentions: Counter = Counter()
    mention_keys: list[str] = []
    for m in mentions:
        key = m.get("entity_key") or _fallback_key(m)
        mention_keys.append(key)
        if m.get("method") not in REFERENCES_ONLY:  # «وی» is not a name of anyone
            surfaces[key][m.get("text") or ""] += 1
        labels[key][m.get("label") or "MISC"] += 1
        if m.get("domain"):
            domains[key][m["domain"]] += 1
        if m.get("doc_id") not in uncounted_docs:
            docs[key].add(m.get("doc_id"))
            n_mentions[key] += 1
    province_names = {f"province:{p.iso}": p.canonical for p in lex.province_by_iso.values()}

    relation_names: dict[str, Counter] = defaultdict(Counter)
    for r in relations:
        for side in ("subject", "object"):
            key = r.get(f"{side}_key")
            if key:
                relation_names[key][r.get(side) or ""] += 1
                if key not in labels:  # an object no mention names («وزارت بهداشت» from «وزیر بهداشت»)
                    labels[key][_label_of_key(key)] += 1

    rows = []
    # every key a mention or relation points at, those only referred to too («غربی» of «آذربایجان شرقی و غربی»)
    for key in sorted(set(labels)):
        name = _canonical_name(key, surfaces.get(key, Counter()), relation_names.get(key, Counter()),
                               province_names, lex)
        domain = None
        if domains.get(key):
            domain = min(domains[key], key=lambda d: (-domains[key][d], DOMAIN_PRIORITY.index(d)
                                                      if d in DOMAIN_PRIORITY else len(DOMAIN_PRIORITY), d))
        label = max(labels[key].items(), key=lambda kv: (kv[1], kv[0]))[0] if labels.get(key) else "ORG"
        aliases = sorted((set(surfaces.get(key, {})) | set(relation_names.get(key, {}))) - {""})
        rows.append({
            "entity_id": entity_id_for(key), "name": name, "label": label, "domain": domain, "aliases": aliases,
            "attributes": _attributes(key, domain, name, lex), "n_docs": len(docs.get(key, ())),
            "n_mentions": n_mentions.get(key, 0), "entity_key": key,
        })
    mention_ids = [entity_id_for(k) for k in mention_keys]
    relation_ids = []
    for r in relations:
        r["relation_id"] = relation_id_for(r)
        relation_ids.append((entity_id_for(r["subject_key"]) if r.get("subject_key") else None,
                             entity_id_for(r["object_key"]) if r.get("object_key") else None))
    return rows, mention_ids, relation_ids

