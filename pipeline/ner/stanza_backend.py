"""Stanza backend (Persian NER models must be downloaded beforehand; we never download)."""
from __future__ import annotations

from typing import Sequence

from pipeline.errors import ModelError
from pipeline.ner.labels import map_tags, repair_bio


class StanzaTagger:
    """Wraps stanza.Pipeline('fa', 'tokenize,ner') on pre-tokenised input."""

    def __init__(self, model_dir: str | None = None, num_threads: int = 2):
        import torch

        torch.set_num_threads(num_threads)
        try:
            import stanza
        except ImportError as err:
            raise ModelError("stanza is not installed: pip install stanza") from err
        kw = {"dir": model_dir} if model_dir else {}
        try:
            self._nlp = stanza.Pipeline("fa", processors="tokenize,ner", tokenize_pretokenized=True,
                                        download_method=None, logging_level="WARN", **kw)
        except (FileNotFoundError, OSError, ValueError, KeyError) as err:
            where = model_dir or "~/stanza_resources"
            raise ModelError(f"stanza Persian NER models are missing in {where} ({err}); get them once with "
                             f"python -c \"import stanza; stanza.download('fa', processors='tokenize,ner'"
                             f"{', model_dir=' + repr(model_dir) if model_dir else ''})\"") from err

    def tag(self, sentences: list[list[str]], types: Sequence[str] | None = None) -> list[list[tuple[str, float]]]:
        """Tag pre-tokenised sentences; stanza gives no probabilities, so we report 1.0."""
        out: list[list[tuple[str, float]]] = []
        nonempty = [s for s in sentences if s]
        doc = self._nlp(nonempty) if nonempty else None
        it = iter(doc.sentences) if doc is not None else iter(())
        for words in sentences:
            if not words:
                out.append([])
                continue
            sent = next(it)
            raw = [bioes_to_bio(t.ner) for t in sent.tokens]
            tags = repair_bio(map_tags(raw))
            if types is not None:
                tags = repair_bio(["O" if t != "O" and t[2:] not in types else t for t in tags])
            out.append([(t, 1.0) for t in tags])
        return out


def bioes_to_bio(tag: str) -> str:
    """Stanza's BIOES tags → BIO (S→B, E→I)."""
    if tag.startswith("S-"):
        return "B-" + tag[2:]
    if tag.startswith("E-"):
        return "I-" + tag[2:]
    return tag
