"""Persian NER: label mapping, readers, backends (shipped default, transformers, CRF, stanza).

Imports are lazy so that `import pipeline.ner` does no work.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pipeline.ner.params import NerParams
    from pipeline.ner.tagger import load_tagger

__all__ = ["NerParams", "load_tagger"]


def __getattr__(name: str) -> Any:
    if name == "NerParams":
        from pipeline.ner.params import NerParams

        return NerParams
    if name == "load_tagger":
        from pipeline.ner.tagger import load_tagger

        return load_tagger
    raise AttributeError(name)
