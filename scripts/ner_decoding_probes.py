"""Decoding variants measured on the dev splits and dropped (models/README.md, "Tag transitions" and the probes
it lists): reruns every figure the card gives for them, from the shipped model's own word probabilities.

usage: python scripts/ner_decoding_probes.py [--corpora ../shared/corpora] [--probes NAME,…] [--out FILE.json]
                                            [--model DIR] [--context-words K]

The shipped model tags each dev split once (PEYMA dev; ARMAN fold 1's held-out 10 %) under its corpus'
convention; every probe then changes only the decoding of those probabilities (the `context` probe alone tags
again, with neighbouring sentences as context). Every row gives entity-level F1 on the whole split and on its
even- and odd-numbered sentences, so a gain that lives in one half shows. Probes:

  weights      the shipped tag-transition scores (PMI) by weight; ARMAN with its companion CRF at 0.25
  renormalise  the types a corpus does not annotate zeroed and the rest renormalised (before session 25), against
               their probability moved to O (now), for CRF weights 0 and 0.25 and transition weights 0 to 1
  o-scale      O's word probability multiplied by a factor before decoding (fewer, surer entities), by CRF weight
  threshold    entities whose mean word probability is below τ dropped after decoding
  positions    precision and recall of the entities that open a sentence against the others (a diagnosis)
  conditional  log P(b | a) instead of the PMI (counts the prior twice), with and without ARMAN's CRF
  crf          the companion CRF's own learned transition weights instead of the counts
  trigram      second-order (tag-trigram) PMI on top of the shipped bigram scores (PEYMA)
  propagate    a predicted entity's type given to its untagged occurrences ±5 sentences away, or file-wide
  memorise     training-set entity strings that are (nearly) always that entity, added to the word probabilities
  context      the previous and next sentence as context (K words each, default 8) when tagging

--model scores another model folder with the shipped companion files (e.g. one trained with
`python -m pipeline.ner.train_transformer … --context-words K`, whose sentences came with such context).
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.ner import NerParams, load_tagger  # noqa: E402
from pipeline.ner.aggregate import annotated_mask, bio_transitions, restrict_types, viterbi_bio  # noqa: E402
from pipeline.ner.crf import CrfTagger  # noqa: E402
from pipeline.ner.data import CORPUS_TYPES, load_corpora, restrict_to_types  # noqa: E402
from pipeline.ner.labels import BIO_LABELS  # noqa: E402
from pipeline.ner.normalize import normalize_word  # noqa: E402
from pipeline.ner.scoring import score  # noqa: E402
from pipeline.ner.transformer_backend import decode_sentence, tags_from_path  # noqa: E402
from pipeline.ner.transitions import pmi_scores, read_tag_bigrams  # noqa: E402
from pipeline.stages.ner import decode_bio  # noqa: E402

PROBES = ("weights", "renormalise", "o-scale", "threshold", "positions", "conditional", "crf", "trigram", "propagate", "memorise", "context")
IX = {lab: i for i, lab in enumerate(BIO_LABELS)}
SHIPPED = {"peyma": {"crf": 0.0, "transitions": 0.6}, "arman": {"crf": 0.25, "transitions": 0.0}}


class Split:
    """One dev split: its words, gold tags, the shipped model's word probabilities and the CRF's marginals."""

    def __init__(self, corpus: str, sentences, train_tags, model: str | None = None):
        self.corpus, self.types = corpus, CORPUS_TYPES[corpus]
        self.words = [w for w, _ in sentences]
        self.gold = [restrict_to_types(g, self.types) for _, g in sentences]
        self.train_tags = train_tags
        self.tagger = load_tagger(NerParams.from_dict({"model": model, "convention": corpus, "crf_weight": 0,
                                                       "transition_weight": 0}, base_dir=ROOT))
        self.probs = self.tagger.word_probs(self.words)
        crf = CrfTagger(ROOT / "models" / f"crf_{corpus}")
        self.crf = [crf.marginals(w) for w in self.words]
        self.stats = read_tag_bigrams(ROOT / "models" / f"crf_{corpus}", "")
        self.pmi = pmi_scores(self.stats)

    def mixed(self, crf_weight: float) -> list[np.ndarray]:
        return [(1 - crf_weight) * p + crf_weight * q for p, q in zip(self.probs, self.crf)]

    def decode(self, probs, transition_scores=None, decoder=None, restrict=restrict_types) -> list[list[str]]:
        out = []
        for p, w in zip(probs, self.words):
            p = restrict(p, BIO_LABELS, self.types)
            out.append(tags_from_path(decoder(p) if decoder else viterbi_bio(p, BIO_LABELS, transition_scores), w))
        return out

    def shipped(self) -> list[list[str]]:
        return [[t for t, _ in s] for s in self.shipped_with_probs()]

    def shipped_with_probs(self) -> list[list[tuple[str, float]]]:
        cfg = SHIPPED[self.corpus]
        return [decode_sentence(p, self.types, "viterbi", w, cfg["transitions"] * self.pmi)
                for p, w in zip(self.mixed(cfg["crf"]), self.words)]

    def row(self, name: str, pred) -> dict:
        f1 = {"all": score(self.gold, pred)["micro"]["f1"], "even": score(self.gold[0::2], pred[0::2])["micro"]["f1"],
              "odd": score(self.gold[1::2], pred[1::2])["micro"]["f1"]}
        print(f"{self.corpus:6} {name:46} {f1['all']:6.2f}  even {f1['even']:6.2f}  odd {f1['odd']:6.2f}", flush=True)
        return {"corpus": self.corpus, "variant": name, **{k: round(v, 2) for k, v in f1.items()}}


def renormalised(probs: np.ndarray, labels, types) -> np.ndarray:
    """The restriction to a corpus' types before session 25: other types' labels zeroed, the rest renormalised."""
    out = np.where(annotated_mask(labels, types)[None, :], probs, 0.0)
    return out / np.clip(out.sum(axis=1, keepdims=True), 1e-12, None)


def drop_unsure(tagged: list[list[tuple[str, float]]], tau: float) -> list[list[str]]:
    """Tags with every entity whose words' mean probability is below tau set to O."""
    out = []
    for sent in tagged:
        tags = [t for t, _ in sent]
        for s, e, _, mean_prob in decode_bio(sent):
            if mean_prob < tau:
                tags[s:e] = ["O"] * (e - s)
        out.append(tags)
    return out


def opening_entities(split: "Split") -> list[dict]:
    """Precision and recall of the shipped decoding for entities that start a sentence and for the rest."""
    counts = Counter()
    for gold, pred in zip(split.gold, split.shipped()):
        g, p = set(spans(gold)), set(spans(pred))
        for kind, items, other in (("gold", g, p), ("pred", p, g)):
            for s, e, t in items:
                where = "opening" if s == 0 else "later"
                counts[where, kind] += 1
                counts[where, kind + "_hit"] += (s, e, t) in other
    rows = []
    for where in ("opening", "later"):
        r = 100 * counts[where, "gold_hit"] / max(1, counts[where, "gold"])
        p = 100 * counts[where, "pred_hit"] / max(1, counts[where, "pred"])
        print(f"{split.corpus:6} {where + ' entities (' + str(counts[where, 'gold']) + ' gold)':46} "
              f"P {p:6.2f}  R {r:6.2f}", flush=True)
        rows.append({"corpus": split.corpus, "variant": f"{where} entities", "gold": counts[where, "gold"],
                     "precision": round(p, 2), "recall": round(r, 2)})
    return rows


def scale_o(probs: np.ndarray, factor: float) -> np.ndarray:
    out = probs.copy()
    out[:, IX["O"]] *= factor
    return out / out.sum(axis=1, keepdims=True)


def conditional_scores(stats: dict) -> np.ndarray:
    """log P(b | a) with the shipped smoothing: the PMI plus log P(b) (0 for labels the corpus never uses)."""
    uni = np.asarray(stats["unigrams"], np.float64)
    log_prior = np.zeros_like(uni)
    log_prior[uni > 0] = np.log(uni[uni > 0] / uni.sum())
    return pmi_scores(stats) + log_prior[None, :]


def crf_transition_scores(corpus: str) -> np.ndarray:
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(str(ROOT / "models" / f"crf_{corpus}" / "crf.model"))
    out = np.zeros((len(BIO_LABELS),) * 2)
    for (a, b), value in tagger.info().transitions.items():
        if a in IX and b in IX:
            out[IX[a], IX[b]] = value
    return out


def trigram_decoder(first: np.ndarray, second: np.ndarray):
    """Second-order Viterbi over IOB2: state = (previous label, label); `second[a, b, c]` adds to c after a, b."""
    allowed = bio_transitions(BIO_LABELS)
    start_ok = np.array([not lab.startswith("I-") for lab in BIO_LABELS])
    t1 = np.where(allowed, first, -1e9)

    def decode(probs: np.ndarray) -> list[int]:
        lp = np.log(np.clip(probs, 1e-12, None))
        first_scores = np.where(start_ok, lp[0], -1e9)
        if len(lp) == 1:
            return [int(first_scores.argmax())]
        state = first_scores[:, None] + t1 + lp[1][None, :]
        backs = []
        for t in range(2, len(lp)):
            cand = state[:, :, None] + t1[None] + second + lp[t][None, None, :]
            backs.append(cand.argmax(0))
            state = cand.max(0)
        a, b = np.unravel_index(state.argmax(), state.shape)
        path = [int(b), int(a)]
        for back in reversed(backs):
            path.append(int(back[path[-1], path[-2]]))
        return path[::-1]
    return decode


def trigram_scores(train_tags) -> np.ndarray:
    """log P(c | a, b) − log P(c | b), Dirichlet-smoothed towards P(c | b); 0 for labels the corpus never uses."""
    n = len(BIO_LABELS)
    tri, big = np.zeros((n, n, n)), np.zeros((n, n))
    for tags in train_tags:
        ids = [IX[t] for t in tags]
        for a, b, c in zip(ids, ids[1:], ids[2:]):
            tri[a, b, c] += 1
            big[b, c] += 1
    seen = big.sum(1) > 0
    p_cb = (big + 1e-9) / big.sum(1, keepdims=True).clip(1)
    p_cab = (tri + p_cb[None]) / (tri.sum(2, keepdims=True) + 1.0)
    with np.errstate(divide="ignore", invalid="ignore"):
        out = np.nan_to_num(np.log(p_cab) - np.log(p_cb)[None], nan=0.0, posinf=0.0, neginf=0.0)
    out[:, ~seen, :] = 0
    out[~seen] = 0
    out[:, :, ~seen] = 0
    return out


def spans(tags: list[str]) -> list[tuple[int, int, str]]:
    """(start, end, type) of each entity: the NER stage's own span decoding, without the probabilities."""
    return [(s, e, t) for s, e, t, _ in decode_bio([(tag, 1.0) for tag in tags])]


def propagate(words, base, window: int) -> list[list[str]]:
    """Give each predicted entity's type to the same word sequence, untagged, in sentences ±window away."""
    pred = [list(t) for t in base]
    for si in range(len(words)):
        for s, e, typ in spans(base[si]):
            seq = words[si][s:e]
            if len("".join(seq)) < 3:
                continue
            for sj in range(max(0, si - window), min(len(words), si + window + 1)):
                w2, p2, n = words[sj], pred[sj], e - s
                for k in range(len(w2) - n + 1):
                    if (w2[k:k + n] == seq and all(t == "O" for t in p2[k:k + n]) and (k == 0 or p2[k - 1] == "O")
                            and (k + n == len(w2) or not p2[k + n].startswith("I-"))):
                        p2[k:k + n] = ["B-" + typ] + ["I-" + typ] * (n - 1)
    return pred


def memorised_strings(train, types, min_share: float, min_words: int, max_words: int = 6) -> dict:
    """Word sequences that are an entity of one type in ≥ min_share of their training occurrences."""
    as_entity, anywhere = Counter(), Counter()
    for toks, tags in train:
        words = tuple(normalize_word(w) for w in toks)
        tags = restrict_to_types(tags, types)
        for s, e, typ in spans(tags):
            if e - s <= max_words:
                as_entity[(words[s:e], typ)] += 1
        for n in range(1, max_words + 1):
            for i in range(len(words) - n + 1):
                anywhere[words[i:i + n]] += 1
    best: dict[tuple, tuple[str, int]] = {}
    for (seq, typ), c in as_entity.items():
        if len(seq) >= min_words and c > best.get(seq, ("", 0))[1]:
            best[seq] = (typ, c)
    return {seq: typ for seq, (typ, c) in best.items() if c / anywhere[seq] >= min_share}


def add_memorised(probs: np.ndarray, words, memo: dict, boost: float, max_words: int = 6) -> np.ndarray:
    seq = tuple(normalize_word(w) for w in words)
    out, i = probs.copy(), 0
    while i < len(seq):
        n = next((n for n in range(min(max_words, len(seq) - i), 0, -1) if seq[i:i + n] in memo), 0)
        if not n:
            i += 1
            continue
        typ = memo[seq[i:i + n]]
        for k in range(i, i + n):
            out[k, IX[("B-" if k == i else "I-") + typ]] += boost
        out[i:i + n] /= out[i:i + n].sum(1, keepdims=True)
        i += n
    return out


def run_probes(split: Split, probes, train, context_words: int = 8) -> list[dict]:
    rows = [split.row("shipped decoding", split.shipped())]
    cfg = SHIPPED[split.corpus]
    crf_w = cfg["crf"]
    if "weights" in probes:
        for w in (0, 0.1, 0.2, 0.4, 0.6, 0.8, 1.0):
            rows.append(split.row(f"transitions {w} (CRF {crf_w})", split.decode(split.mixed(crf_w), w * split.pmi)))
    if "renormalise" in probes:
        for c in (0.0, 0.25):
            for w in (0, 0.2, 0.4, 0.6, 0.8, 1.0):
                for how, restrict in (("renormalised", renormalised), ("moved to O", restrict_types)):
                    rows.append(split.row(f"CRF {c}, transitions {w}, other types {how}",
                                          split.decode(split.mixed(c), w * split.pmi, restrict=restrict)))
    if "o-scale" in probes:
        for c in (0.0, 0.25, 0.4):
            for factor in (1, 1.5, 2, 2.5, 3, 4):
                rows.append(split.row(f"CRF {c}, transitions {cfg['transitions']}, O × {factor}",
                                      split.decode([scale_o(p, factor) for p in split.mixed(c)],
                                                   cfg["transitions"] * split.pmi)))
    if "threshold" in probes:
        for tau in (0.4, 0.5, 0.6, 0.7):
            rows.append(split.row(f"entities below mean probability {tau} dropped",
                                  drop_unsure(split.shipped_with_probs(), tau)))
    if "positions" in probes:
        rows += opening_entities(split)
    if "conditional" in probes:
        cond = conditional_scores(split.stats)
        for c in sorted({0.0, crf_w}):
            rows.append(split.row(f"log P(b|a) at 0.5 (CRF {c})", split.decode(split.mixed(c), 0.5 * cond)))
    if "crf" in probes:
        learned = crf_transition_scores(split.corpus)
        for w in (0.2, 0.5):
            rows.append(split.row(f"CRF's learned transitions at {w} (CRF 0)", split.decode(split.probs, w * learned)))
    if "trigram" in probes and split.corpus == "peyma":
        second = trigram_scores(split.train_tags)
        for w in (0.2, 0.4):
            decoder = trigram_decoder(0.6 * split.pmi, w * second)
            rows.append(split.row(f"transitions 0.6 + trigrams {w}", split.decode(split.probs, decoder=decoder)))
    if "propagate" in probes:
        base = split.shipped()
        rows.append(split.row("type propagation ±5 sentences", propagate(split.words, base, 5)))
        rows.append(split.row("type propagation, whole file", propagate(split.words, base, len(split.words))))
    if "memorise" in probes:
        for min_words in (1, 2):
            memo = memorised_strings(train, split.types, 0.95, min_words)
            for boost in (0.3, 1.0):
                probs = [add_memorised(p, w, memo, boost) for p, w in zip(split.mixed(crf_w), split.words)]
                rows.append(split.row(f"memorised ≥{min_words}-word strings, boost {boost}",
                                      split.decode(probs, cfg["transitions"] * split.pmi)))
    if "context" in probes:
        k = context_words
        ctx, where = [], []
        for i, w in enumerate(split.words):
            left = split.words[i - 1][-k:] if i > 0 else []
            right = split.words[i + 1][:k] if i + 1 < len(split.words) else []
            ctx.append(left + w + right)
            where.append((len(left), len(left) + len(w)))
        split.tagger.max_words = 200
        probs = [p[s:e] for p, (s, e) in zip(split.tagger.word_probs(ctx), where)]
        mixed = [(1 - crf_w) * p + crf_w * q for p, q in zip(probs, split.crf)]
        rows.append(split.row(f"±1 sentence as context ({k} words each)", split.decode(mixed, cfg["transitions"] * split.pmi)))
    return rows


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpora", default=str(ROOT.parent / "shared" / "corpora"))
    ap.add_argument("--probes", default=",".join(PROBES), help=f"comma-separated subset of {', '.join(PROBES)}")
    ap.add_argument("--out", help="also write the rows as JSON here")
    ap.add_argument("--model", help="a model folder to probe instead of the shipped one")
    ap.add_argument("--context-words", type=int, default=8, help="words of each neighbouring sentence (context)")
    a = ap.parse_args(argv)
    probes = [p for p in a.probes.split(",") if p]
    unknown = sorted(set(probes) - set(PROBES))
    if unknown:
        ap.error(f"unknown probes {unknown}; valid values: {list(PROBES)}")
    corpora = load_corpora(a.corpora)
    rows = []
    for corpus in ("peyma", "arman"):
        train = [s for c, s in corpora.train if c == corpus]
        split = Split(corpus, corpora.dev[corpus], [t for _, t in train], a.model)
        rows += run_probes(split, probes, train, a.context_words)
    if a.out:
        Path(a.out).write_text(json.dumps(rows, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
