"""load_tagger: one entry point over every backend."""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Protocol, Sequence

from pipeline.config import resolve_packaged
from pipeline.errors import ModelError
from pipeline.ner.model_files import read_model_json
from pipeline.ner.params import ConventionDecoding, NerParams

if TYPE_CHECKING:
    import numpy as np


class Tagger(Protocol):
    """What the NER stage relies on."""

    def tag(self, sentences: list[list[str]], types: Sequence[str] | None = None) -> list[list[tuple[str, float]]]:
        """Per word: (BIO tag in our label set, its probability)."""
        ...


def read_manifest(model_dir: str | Path) -> dict:
    """The shipped model's manifest (backend type, labels, version)."""
    path = Path(model_dir) / "manifest.json"
    if not path.is_file():
        raise ModelError(f"no manifest.json in {model_dir}; is this a model directory written by the NER trainer?")
    return read_model_json(path, "the NER trainer writes it (scripts/ner_train.py); for the shipped model, restore "
                                 "models/default/ from git")


def load_tagger(params: NerParams) -> Tagger:
    """Build the tagger the params ask for; the default needs no network."""
    backend = params.backend
    model = params.resolve_model()
    manifest = read_manifest(model) if backend == "default" else {}
    if backend == "default":
        backend = manifest.get("backend", "")
        if backend not in ("transformers", "crf"):
            raise ModelError(f"{model}/manifest.json names unknown backend {backend!r}")
    if backend == "crf":
        from pipeline.ner.crf import CrfTagger

        if params.model is None and params.backend == "crf":
            model = str(resolve_packaged(params.base_dir, "models/crf"))
        return CrfTagger(model)
    if backend == "transformers":
        from pipeline.ner.transformer_backend import TransformersTagger

        decoding = params.convention_decoding(manifest)
        companion, weight = companion_crf(params, decoding)
        transitions, transition_weight = convention_transitions(params, decoding)
        return TransformersTagger(model, revision=params.revision, batch_size=params.batch_size,
                                  max_words=params.max_words_per_sentence, stride=params.stride,
                                  aggregation=params.aggregation, num_threads=params.num_threads,
                                  quantize=params.quantize, convention=params.convention,
                                  companion=companion, companion_weight=weight,
                                  transitions=transitions, transition_weight=transition_weight,
                                  device=params.device)
    if backend == "stanza":
        from pipeline.ner.stanza_backend import StanzaTagger

        return StanzaTagger(params.model and model, num_threads=params.num_threads)
    raise ModelError(f"unknown backend {backend!r}")


def companion_crf(params: NerParams, decoding: ConventionDecoding) -> tuple[object | None, float]:
    """(CRF, weight): the CRF trained on the corpus whose conventions the default model follows here, and the
    weight its marginals get (ner.crf_weight; it gains on ARMAN dev, where the two models err differently,
    models/README.md). A model trained without corpus markers has no convention to pair a CRF with."""
    from pipeline.ner.crf import CrfTagger

    if decoding.crf_weight == 0:
        return None, 0.0
    path = params.companion_crf_dir(decoding.convention)
    if not (path / "crf.model").is_file():
        raise ModelError(f"companion CRF for convention {decoding.convention!r} not found at {path}; "
                         + _build_hint(decoding.convention, "crf_weight"))
    return CrfTagger(path), decoding.crf_weight


def convention_transitions(params: NerParams, decoding: ConventionDecoding) -> tuple["np.ndarray | None", float]:
    """(scores, weight): the convention's tag-bigram transition scores, from the statistics beside its companion
    CRF (pipeline.ner.transitions), and ner.transition_weight (None, 0.0 at weight 0)."""
    from pipeline.ner.transitions import pmi_scores, read_tag_bigrams

    if decoding.transition_weight == 0:
        return None, 0.0
    stats = read_tag_bigrams(params.companion_crf_dir(decoding.convention),
                             _build_hint(decoding.convention, "transition_weight"))
    return pmi_scores(stats), decoding.transition_weight


def _build_hint(convention: str, option: str) -> str:
    """How to get a convention's companion files, or do without them."""
    return (f"build it with `python scripts/ner_train_crf.py --corpus {convention}` or set ner.{option} "
            f"for {convention!r} to 0")
