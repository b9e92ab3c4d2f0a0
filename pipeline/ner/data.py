"""Training/dev corpora as used by the shipped model: paths, splits and per-corpus label masks."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pipeline.ner.labels import BIO_LABELS, TYPES
from pipeline.ner.readers import Sentence, read_conll

#: entity types each corpus annotates; tokens tagged O there may still be other types.
CORPUS_TYPES: dict[str, tuple[str, ...]] = {
    "peyma": ("PER", "ORG", "LOC", "DAT", "TIM", "MON", "PCT"),
    "arman": ("PER", "ORG", "LOC", "FAC", "PRO", "EVE"),
}

#: marker token put before a sentence to ask for one corpus' conventions (facilities are LOC in PEYMA, FAC
#: in ARMAN; sports teams are ORG in PEYMA …): a model trained with them learns both without a clash.
CONVENTION_MARKERS: dict[str, str] = {corpus: f"<{corpus}>" for corpus in CORPUS_TYPES}

ARMAN_DEV_EVERY = 10  # sentence i is ARMAN dev iff i % 10 == 9 (deterministic 10%)


@dataclass(frozen=True)
class Corpora:
    """Sentences of every split we train/tune on, tagged with their corpus name."""

    train: list[tuple[str, Sentence]]
    dev: dict[str, list[Sentence]]


def split_arman(sents: list[Sentence]) -> tuple[list[Sentence], list[Sentence]]:
    """Deterministic 90/10 train/dev split of ARMAN train_fold1 by sentence index."""
    train = [s for i, s in enumerate(sents) if i % ARMAN_DEV_EVERY != ARMAN_DEV_EVERY - 1]
    dev = [s for i, s in enumerate(sents) if i % ARMAN_DEV_EVERY == ARMAN_DEV_EVERY - 1]
    return train, dev


def load_corpora(root: str | Path) -> Corpora:
    """Load PEYMA train/dev and ARMAN fold-1 (split 90/10) from the corpora folder."""
    root = Path(root)
    peyma_train = read_conll(root / "peyma" / "train.txt", "peyma")
    peyma_dev = read_conll(root / "peyma" / "dev.txt", "peyma")
    arman_train, arman_dev = split_arman(read_conll(root / "arman" / "train_fold1.txt", "arman"))
    train = [("peyma", s) for s in peyma_train] + [("arman", s) for s in arman_train]
    return Corpora(train=train, dev={"peyma": peyma_dev, "arman": arman_dev})


def allowed_label_mask(corpus: str) -> dict[str, list[str]]:
    """For each gold label, the labels a prediction may take without being penalised.

    A gold O in a corpus may really be any type the corpus does not annotate.
    """
    annotated = set(CORPUS_TYPES[corpus])
    unannotated = [lab for lab in BIO_LABELS if lab != "O" and lab[2:] not in annotated]
    out = {lab: [lab] for lab in BIO_LABELS}
    out["O"] = ["O"] + unannotated
    return out


def restrict_to_types(tags: list[str], types: tuple[str, ...]) -> list[str]:
    """Replace entities of types outside `types` by O (scoring against a corpus' own type set)."""
    return [t if t == "O" or t[2:] in types else "O" for t in tags]


assert set(t for ts in CORPUS_TYPES.values() for t in ts) == set(TYPES)


def article_sentence_words(record: dict, normalizer, segmenter) -> list[list[str]]:
    """A news record's sentences as word lists, through the pipeline's own normalisation and segmenter, so NER
    tooling (benchmark, distillation text) sees the tokens the NER stage gets; no boilerplate removal."""
    from pipeline.clean import MappedText, normalise
    from pipeline.ingest import record_text
    from pipeline.ner.normalize import ascii_digits

    raw = record_text(record)
    if not raw:
        return []
    text = normalise(MappedText.identity(raw), normalizer).text
    _, token_spans = segmenter.segment(text)
    return [[ascii_digits(text[t.start:t.end]) for t in toks] for toks in token_spans if toks]
