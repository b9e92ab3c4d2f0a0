"""Measure the relations stage on the development gold set (eval/dev_gold.jsonl).

usage: .venv/bin/python tests/relations/dev_score.py [--ner MODEL_DIR [--convention C] | --tables RUN_DIR]
                                                     [--half even|odd] [--show] [--gold FILE]

Builds each gold document's text like the pipeline (pipeline.ingest.record_text, the clean stage's
normalisation, the project's segmenter; not its boilerplate removal), runs extract_document with EMPTY NER output (lexicons and patterns
only) or, with --ner, with the mentions of the model in MODEL_DIR (models/default, models/crf or a
freshly trained folder; --convention peyma|arman for a model trained with corpus markers), resolves
entities, and scores with shared/eval/score_relations.py.
--tables RUN_DIR takes text, sentences, tokens and the NER stage's mentions from a pipeline run's
tables instead (e.g. data/eval/fars after `dvc repro evaluate_relations`, which keeps _interim/):
the shipped model's NER without re-tagging, so a rule change is measured in seconds.
--gold FILE scores another gold file (default eval/dev_gold.jsonl; eval/blind_gold.jsonl is the set
no rule was tuned on — report it, never read its misses); given more than once, the files are scored together.
--half even|odd scores only the even (0th, 2nd, …) or odd gold lines: look at misses on the even
half only and check every change on the odd half too, so rules are not fitted to all 44 documents.
--show prints, per document, gold vs predicted names for the categories that miss.
--ner-org-min-score X overrides relations.ner_org_min_score (what an NER-only ORG needs to be an agency).
--misses prints only what the scorer leaves unmatched: gold items missed (-) and predictions not in the gold (+).
--exact counts the officials and agencies the scorer matches although the name is none of the gold forms (a cut
or overlong name is a hit to the scorer); with --misses it lists them («~ prediction ≈ gold»).
--by-method prints the precision of the predicted agencies per way they were found (the methods of the entity's
mentions in the document: lexicon:known, pattern:head, ner …), to see which rule family a precision change should
look at; with --misses it also lists each family's predictions the gold does not hold.
--by-kind does the same per kind of body (the entity's `kind` attribute: ministry, company, university …).
--calibrate FILE writes the relations' precision per rule family (role:apposition, agreement:with …) on the gold
files as a calibration file (pipeline/relations/calibration.py): the scores the relations table publishes. Measure
on the sets the rules were built on (dev and tune), never on the blind ones.
--reliability prints, for the role and the agreement rows, the mean published score against their precision: a
check of the calibration on sets it was not measured on (aggregates only, so the blind sets may be given).
"""
from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from conftest import SHARED, clean, segment  # noqa: E402
from scoring import score, write_run  # noqa: E402

from pipeline.ingest import record_text  # noqa: E402
from pipeline.relations import RelationsParams, extract_document  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT / "eval" / "dev_gold.jsonl"


def load_docs(gold_rows):
    cache = {}
    docs = []
    for g in gold_rows:
        name, idx = g["doc"].split("#")
        if name not in cache:
            cache[name] = json.loads((SHARED / "corpora" / "fars-news" / name).read_text(encoding="utf-8"))
        text = clean(record_text(cache[name][int(idx)]))
        sentences, tokens = segment(text)
        docs.append({"doc_id": g["doc"], "source": g["doc"], "text": text, "sentences": sentences,
                     "tokens": tokens})
    return docs


def add_ner(docs, model_dir: str, convention: str | None = None) -> None:
    """Tag with a model folder of the project (its manifest names the backend: the transformer default or
    the CRF) and the NER stage's own span decoding."""
    from pipeline.ner import NerParams, load_tagger
    from pipeline.stages.ner import mention_rows, sentence_words

    tagger = load_tagger(NerParams.from_dict({"model": model_dir, "convention": convention}, base_dir=ROOT))
    for doc in docs:
        doc["mentions"] = mention_rows(doc, tagger.tag(sentence_words(doc)), "ner")


def load_run_docs(gold_rows, run_dir: Path):
    """Documents of a pipeline run, in gold order, with the NER stage's mentions."""
    from pipeline.docstream import iter_documents

    wanted = {g["doc"] for g in gold_rows}
    found = {}
    for doc in iter_documents(run_dir, extra={"mentions": run_dir / "_interim" / "ner_mentions.parquet"}):
        if doc["source"] in wanted:
            found[doc["source"]] = doc
    missing = wanted - set(found)
    if missing:
        sys.exit(f"{run_dir} lacks gold documents: {sorted(missing)[:5]}")
    return [found[g["doc"]] for g in gold_rows]


def _scorer_module():
    import importlib.util

    from scoring import SCORER

    spec = importlib.util.spec_from_file_location("score_relations", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _matched(gold: list, pred: list, match) -> tuple[list, list, list]:
    """Greedy one-to-one matching as the scorer does; returns ((gold, prediction) pairs, gold missed,
    predictions unused)."""
    used, pairs, missed = set(), [], []
    for g in gold:
        for j, p in enumerate(pred):
            if j not in used and match(p, g):
                used.add(j)
                pairs.append((g, p))
                break
        else:
            missed.append(g)
    return pairs, missed, [p for j, p in enumerate(pred) if j not in used]


def _unmatched(gold: list, pred: list, match) -> tuple[list, list]:
    _, missed, extra = _matched(gold, pred, match)
    return missed, extra


def _name_matchers(sc) -> dict:
    """The scorer's name matches per category: (prediction, gold item with its forms) -> bool."""
    return {"officials": lambda p, g: any(sc.person_match(p, a) for a in sc.alts(g)),
            "provinces": lambda p, g: any(sc.squash(p) == sc.squash(a) for a in sc.alts(g)),
            "agencies": lambda p, g: any(sc.org_match(p, a) for a in sc.alts(g))}


def loose_hits(sc, gold_row: dict, predicted: dict[str, list[str]]) -> dict[str, list[tuple[str, str]]]:
    """Per category (officials, agencies), the scorer's hits whose name is none of the gold forms: (prediction,
    preferred gold form). The scorer counts a cut or overlong name («ستاد مبارزه» for «ستاد مبارزه با مواد
    مخدر») as a hit; a rule that cuts names shows here, not in the F1."""
    return {key: loose for key, (loose, _) in _loose_and_hits(sc, gold_row, predicted).items()}


def _loose_and_hits(sc, gold_row: dict, predicted: dict[str, list[str]]) -> dict[str, tuple[list[tuple[str, str]], int]]:
    """Per category, the loose hits (loose_hits) and the number of all hits, from one matching."""
    same = {"officials": lambda p, a: sc.person_key(p).replace(" ", "") == sc.person_key(a).replace(" ", ""),
            "agencies": lambda p, a: sc.squash(p) == sc.squash(a)}
    match = _name_matchers(sc)
    out = {}
    for key in ("officials", "agencies"):
        pairs, _, _ = _matched(gold_row.get(key, []), predicted.get(key, []), match[key])
        out[key] = ([(p, sc.alts(g)[0]) for g, p in pairs if not any(same[key](p, a) for a in sc.alts(g))], len(pairs))
    return out


def _entity_name(mention: dict, names: dict[str, str]) -> str:
    """The name the scorer reads for a mention: its entity's, else its own text."""
    return names.get(mention["entity_id"], mention["text"])


def _predicted(out: dict, names: dict[str, str], domain: str) -> list[str]:
    """The document's predicted names of one domain, as the scorer lists them (sorted, each once)."""
    return sorted({_entity_name(m, names) for m in out["mentions"] if m["domain"] == domain})


def agency_precision_by_method(sc, gold_rows, outputs, names,
                                wrong: dict[str, list[str]] | None = None) -> dict[str, tuple[int, int]]:
    """(hits, predictions) of the predicted agencies, keyed by the methods of each entity's mentions in its
    document («+coref» left out, several joined by « | »), matched one-to-one as the scorer does.
    Given `wrong`, the predictions the gold does not hold are listed there per key («doc: name»)."""
    return _agency_precision_by(sc, gold_rows, outputs, names, lambda m: m["method"].replace("+coref", ""), wrong)


def agency_precision_by_kind(sc, gold_rows, outputs, names, kinds: dict[str, str],
                              wrong: dict[str, list[str]] | None = None) -> dict[str, tuple[int, int]]:
    """As agency_precision_by_method, keyed by the entity's `kind` attribute (kinds: entity_id → kind): which
    kinds of body the annotators leave out, a question the blind sets may answer in aggregate."""
    return _agency_precision_by(sc, gold_rows, outputs, names, lambda m: kinds.get(m["entity_id"], "?"), wrong)


def _agency_precision_by(sc, gold_rows, outputs, names, key_of, wrong) -> dict[str, tuple[int, int]]:
    match = _name_matchers(sc)["agencies"]
    counts: dict[str, tuple[int, int]] = {}
    for g, out in zip(gold_rows, outputs):
        keys: dict[str, set[str]] = {}
        for m in out["mentions"]:
            if m["domain"] == "agency":
                keys.setdefault(_entity_name(m, names), set()).add(key_of(m))
        pred = sorted(keys)
        pairs, _, _ = _matched(g.get("agencies", []), pred, match)
        hits = {p for _, p in pairs}
        for p in pred:
            key = " | ".join(sorted(keys[p]))
            hit, n = counts.get(key, (0, 0))
            counts[key] = (hit + (p in hits), n + 1)
            if wrong is not None and p not in hits:
                wrong.setdefault(key, []).append(f"{g['doc']}: {p}")
    return counts


def _relation_matchers(sc):
    """The scorer's match of a predicted role / agreement row with a gold entry (agreement parties in either order)."""
    def role_m(p, gg):
        return (any(sc.person_match(p["subject"] or "", a) for a in gg["person"])
                and any(sc.org_match(p["object"] or "", a) for a in gg["org"])
                and any(sc.title_match(p["title"] or "", a) for a in gg["title"]))

    def agr_m(p, gg):
        ok = lambda x, alts: any(sc.org_match(x, a) or sc.person_match(x, a) for a in alts)
        s, o = p["subject"] or "", p["object"] or ""
        return (ok(s, gg["a"]) and ok(o, gg["b"])) or (ok(s, gg["b"]) and ok(o, gg["a"]))
    return role_m, agr_m


def _relation_outcomes(sc, gold_rows, outputs):
    """Each predicted role and agreement row with whether the scorer's one-to-one matching makes it a hit."""
    role_m, agr_m = _relation_matchers(sc)
    for g, out in zip(gold_rows, outputs):
        for kind, key, match in (("role", "roles", role_m), ("agreement", "agreements", agr_m)):
            pred = [r for r in out["relations"] if r["type"] == kind]
            pairs, _, _ = _matched(g.get(key, []), pred, match)
            hits = {id(p) for _, p in pairs}
            for p in pred:
                yield p, id(p) in hits


def relation_precision_by_method(sc, gold_rows, outputs) -> dict[str, tuple[int, int]]:
    """(hits, predictions) of the role and agreement rows per method («role:apposition» …), matched one-to-one
    as the scorer does."""
    counts: dict[str, tuple[int, int]] = {}
    for p, is_hit in _relation_outcomes(sc, gold_rows, outputs):
        hit, n = counts.get(p["method"], (0, 0))
        counts[p["method"]] = (hit + is_hit, n + 1)
    return counts


def score_reliability(sc, gold_rows, outputs) -> dict[str, tuple[int, int, float]]:
    """(hits, rows, mean published score) of the role and the agreement rows: whether a relation's score can be
    read as the chance it is right. Aggregates only, so it may be run on the blind sets."""
    sums: dict[str, tuple[int, int, float]] = {}
    for p, is_hit in _relation_outcomes(sc, gold_rows, outputs):
        hit, n, total = sums.get(p["type"], (0, 0, 0.0))
        sums[p["type"]] = (hit + is_hit, n + 1, total + p["score"])
    return {kind: (hit, n, total / n) for kind, (hit, n, total) in sums.items()}


def print_misses(gold_rows, outputs, names) -> None:
    sc = _scorer_module()
    first = lambda x: x[0] if isinstance(x, list) else x
    matchers = _name_matchers(sc)
    for g, out in zip(gold_rows, outputs):
        lines = []
        for dom, key in (("official", "officials"), ("province", "provinces"), ("agency", "agencies")):
            match = matchers[key]
            pred = _predicted(out, names, dom)
            missed, extra = _unmatched(g.get(key, []), pred, match)
            lines += [f"  {key} - {first(x)}" for x in missed] + [f"  {key} + {x}" for x in extra]
        roles = [r for r in out["relations"] if r["type"] == "role"]
        role_m, agr_m = _relation_matchers(sc)
        missed, extra = _unmatched(g.get("roles", []), roles, role_m)
        lines += [f"  role - {r['person'][0]} | {r['title'][0]} | {r['org'][0]}" for r in missed]
        lines += [f"  role + {r['subject']} | {r['title']} | {r['object']}  «{r['evidence'][:90]}»" for r in extra]
        agreements = [r for r in out["relations"] if r["type"] == "agreement"]
        missed, extra = _unmatched(g.get("agreements", []), agreements, agr_m)
        lines += [f"  agreement - {a['a'][0]} | {a['b'][0]} | {a['type']}" for a in missed]
        lines += [f"  agreement + {r['subject']} | {r['object']}  «{r['evidence'][:90]}»" for r in extra]
        if lines:
            print("==", g["doc"])
            print("\n".join(lines))


def print_exact(gold_rows, outputs, names, list_them: bool) -> None:
    """Hits the scorer matched loosely, per category; with --misses, each one (`~ prediction ≈ gold`)."""
    sc = _scorer_module()
    totals = {"officials": [0, 0], "agencies": [0, 0]}
    listed = []
    for g, out in zip(gold_rows, outputs):
        predicted = {key: _predicted(out, names, dom) for dom, key in (("official", "officials"), ("agency", "agencies"))}
        found = _loose_and_hits(sc, g, predicted)
        for key, (loose, hits) in found.items():
            totals[key][0] += hits
            totals[key][1] += len(loose)
        lines = [f"  {key} ~ {p} ≈ {gold}" for key, (loose, _) in found.items() for p, gold in loose]
        if lines:
            listed.append("== " + g["doc"] + "\n" + "\n".join(lines))
    for key, (hits, loose_n) in totals.items():
        print(f"{key:11s} loose hits {loose_n} of {hits} (the name is none of the gold forms)")
    if list_them and listed:
        print("\n".join(listed))


def parse_args(argv: list[str] | None = None):
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0],
                                     epilog="See the module docstring for what each option measures.")
    source = parser.add_mutually_exclusive_group()
    source.add_argument("--tables", type=Path, metavar="RUN_DIR",
                        help="take text, sentences, tokens and NER mentions from a pipeline run (e.g. data/eval/fars)")
    source.add_argument("--ner", metavar="MODEL_DIR", help="tag the gold documents with this model folder")
    parser.add_argument("--convention", choices=("peyma", "arman"), help="corpus marker for a --ner model")
    parser.add_argument("--gold", type=Path, action="append",
                        help="gold JSONL (default eval/dev_gold.jsonl); repeat to score several together")
    parser.add_argument("--half", choices=("even", "odd"), help="score only the even or odd gold lines")
    parser.add_argument("--ner-org-min-score", type=float, metavar="X",
                        help="override relations.ner_org_min_score")
    parser.add_argument("--misses", action="store_true", help="print only what the scorer leaves unmatched")
    parser.add_argument("--show", action="store_true", help="print gold vs predicted names per document")
    parser.add_argument("--by-method", action="store_true",
                        help="precision of the predicted agencies per way they were found")
    parser.add_argument("--by-kind", action="store_true",
                        help="precision of the predicted agencies per kind of body (ministry, company …)")
    parser.add_argument("--exact", action="store_true",
                        help="count the hits whose name is none of the gold forms (with --misses: list them)")
    parser.add_argument("--calibrate", type=Path, metavar="FILE",
                        help="write the relations' precision per rule family as a calibration file")
    parser.add_argument("--reliability", action="store_true",
                        help="mean published score against precision of the role and agreement rows")
    args = parser.parse_args(argv)
    if args.convention and not args.ner:
        parser.error("--convention needs --ner")
    args.gold = args.gold or [GOLD]
    for gold in args.gold:
        if not gold.is_file():
            parser.error(f"gold file {gold} not found")
    return args


def main(argv: list[str] | None = None) -> None:
    args = parse_args(argv)
    lines = [line for gold in args.gold for line in gold.read_text(encoding="utf-8").splitlines() if line.strip()]
    if args.half:
        lines = lines[args.half == "odd"::2]
    gold_rows = [json.loads(line) for line in lines]
    docs = load_run_docs(gold_rows, args.tables) if args.tables else load_docs(gold_rows)
    if args.ner:
        add_ner(docs, args.ner, args.convention)
    overrides = {}
    if args.ner_org_min_score is not None:
        overrides["ner_org_min_score"] = args.ner_org_min_score
    params = RelationsParams(**overrides)
    outputs = [extract_document(d, params) for d in docs]
    with tempfile.TemporaryDirectory() as tmp:
        gold = args.gold[0]
        if args.half or len(args.gold) > 1:
            gold = Path(tmp) / "gold.jsonl"
            gold.write_text("\n".join(lines) + "\n", encoding="utf-8")
        entities = write_run(Path(tmp) / "run", docs, outputs)
        result = score(Path(tmp) / "run", gold)
    names = {e["entity_id"]: e["name"] for e in entities}
    for k, v in result.items():
        if k != "missing_docs":
            print(f"{k:11s} P={v['precision']:.3f} R={v['recall']:.3f} F1={v['f1']:.3f} "
                  f"({v['hit']}/{v['gold']} gold, {v['pred']} predicted)")
    kinds = {e["entity_id"]: e["attributes"].get("kind", "?") for e in entities}
    breakdowns = ((args.by_method, "by", lambda sc, w: agency_precision_by_method(sc, gold_rows, outputs, names, w)),
                  (args.by_kind, "of kind",
                   lambda sc, w: agency_precision_by_kind(sc, gold_rows, outputs, names, kinds, w)))
    for wanted, label, breakdown in breakdowns:
        if not wanted:
            continue
        wrong: dict[str, list[str]] = {}
        counts = breakdown(_scorer_module(), wrong)
        for key, (hit, n) in sorted(counts.items(), key=lambda kv: (-kv[1][1], kv[0])):
            print(f"agencies {label} {key}: P={hit / n:.3f} ({hit}/{n})")
            if args.misses:
                print("".join(f"  + {w}\n" for w in wrong.get(key, [])), end="")
    if args.calibrate:
        from pipeline.relations.calibration import CALIBRATION_PRIOR_WEIGHT, write_calibration

        counts = relation_precision_by_method(_scorer_module(), gold_rows, outputs)
        write_calibration(args.calibrate, counts, CALIBRATION_PRIOR_WEIGHT, [str(g) for g in args.gold])
        for method, (hit, n) in sorted(counts.items(), key=lambda kv: -kv[1][1]):
            print(f"{method}: P={hit / n:.3f} ({hit}/{n})")
        print(f"wrote {args.calibrate}")
    if args.reliability:
        for kind, (hit, n, mean) in sorted(score_reliability(_scorer_module(), gold_rows, outputs).items()):
            print(f"{kind} rows: {n}, mean published score {mean:.3f}, precision {hit / n:.3f} ({hit}/{n})")
    if args.exact:
        print_exact(gold_rows, outputs, names, list_them=args.misses)
    if args.misses:
        print_misses(gold_rows, outputs, names)
    if args.show:
        for g, out in zip(gold_rows, outputs):
            print("==", g["doc"])
            for dom, key in (("official", "officials"), ("province", "provinces"), ("agency", "agencies")):
                pred = _predicted(out, names, dom)
                print(f"  {key} gold: {[x[0] if isinstance(x, list) else x for x in g.get(key, [])]}")
                print(f"  {key} pred: {pred}")
            print("  roles gold:", [(r["person"][0], r["title"][0], r["org"][0]) for r in g.get("roles", [])])
            print("  roles pred:", [(r["subject"], r["title"], r["object"]) for r in out["relations"] if r["type"] == "role"])
            print("  agr gold:", [(a["a"][0], a["b"][0], a["type"]) for a in g.get("agreements", [])])
            print("  agr pred:", [(r["subject"], r["object"], r["agreement_type"]) for r in out["relations"]
                                 if r["type"] == "agreement"])


if __name__ == "__main__":
    main()
