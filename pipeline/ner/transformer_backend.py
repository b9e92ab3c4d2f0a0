"""Transformers token-classification backend: any HF checkpoint, our label set out."""
from __future__ import annotations

from pathlib import Path
from typing import Sequence

import numpy as np

from pipeline.errors import ModelError
from pipeline.ner.aggregate import (aggregate_subwords, merge_windows, project_labels, restrict_types,
                                    viterbi_bio, word_windows)
from pipeline.ner.labels import BIO_LABELS, map_id2label
from pipeline.ner.model_files import read_model_json
from pipeline.ner.normalize import normalize_word


def label_projection(id2label: dict) -> list[int]:
    """Index into BIO_LABELS for every model label id (ModelError on unknown labels)."""
    mapped = map_id2label(id2label)
    return [BIO_LABELS.index(mapped[i]) for i in range(len(mapped))]



def quantizable_linears(model) -> set[str]:
    """Names of the Linear layers dynamic int8 quantisation may take without hurting the tags.

    The feed-forward down-projection («layer.N.output.dense») reads GELU activations with large outliers;
    quantising it cost the 1.0.0 e5-small model 5 of its 6 lost F1 points on PEYMA dev, while the
    attention and feed-forward up-projections quantise almost losslessly (80.04 → 79.18) and keep most of
    the speed-up. The classifier stays fp32 too.
    """
    import torch

    names = set()
    for name, module in model.named_modules():
        if not isinstance(module, torch.nn.Linear) or name.startswith("classifier"):
            continue
        if name.endswith("output.dense") and "attention" not in name:
            continue
        names.add(name)
    return names

def convention_marker(manifest: dict, convention: str | None, model: str) -> str | None:
    """The marker token that asks a multi-convention model for one corpus' conventions.

    Models trained with per-corpus markers list them in manifest.json (`conventions`); `None` picks the
    model's `default_convention`. Other models have one convention and ignore the hint.
    """
    markers = manifest.get("conventions") or {}
    if not markers:
        return None
    name = convention or manifest.get("default_convention")
    if name not in markers:
        raise ModelError(f"model {model!r} has no convention {name!r}; valid values: {sorted(markers)}")
    return markers[name]


DEVICES = ("cpu", "cuda", "cuda:N", "auto")


def is_device_name(device) -> bool:
    """One of DEVICES, N a GPU index."""
    return isinstance(device, str) and (device in ("cpu", "cuda", "auto")
                                        or (device.startswith("cuda:") and device[5:].isdigit()))


def resolve_device(device: str):
    """A torch.device for "cpu", "cuda", "cuda:N" or "auto"; ModelError where CUDA is asked for and missing."""
    import torch

    if device == "auto":
        return torch.device("cuda" if torch.cuda.is_available() else "cpu")
    if device == "cpu":
        return torch.device("cpu")
    if is_device_name(device):
        if not torch.cuda.is_available():
            raise ModelError(f"device {device!r} asked for, but this torch build sees no CUDA GPU "
                             f"(torch {torch.__version__}; the pinned CPU build has none): use 'cpu' or 'auto', "
                             f"or install a CUDA build of torch")
        return torch.device(device)
    raise ModelError(f"device {device!r} is invalid; valid values: {list(DEVICES)}")


class TransformersTagger:
    """Batched, windowed tagging with a token-classification checkpoint."""

    def __init__(self, model: str, revision: str | None = None, batch_size: int = 32, max_words: int = 100,
                 stride: int = 20, aggregation: str = "first", num_threads: int = 2, quantize: bool = False,
                 normalize: bool | None = None, decode: str = "viterbi", max_tokens: int = 512,
                 convention: str | None = None, companion=None, companion_weight: float = 0.0,
                 transitions: np.ndarray | None = None, transition_weight: float = 0.0, device: str = "cpu"):
        """companion: a tagger with `marginals(words)` (the shipped per-corpus CRF) whose word probabilities
        are mixed in with `companion_weight` before decoding; the two models err differently.
        transitions: label-transition scores (pipeline.ner.transitions) added to the Viterbi decoding,
        times `transition_weight`.
        device: where the model runs, "cpu", "cuda", "cuda:N" or "auto" (CUDA when there is one)."""
        import torch
        from transformers import AutoModelForTokenClassification, AutoTokenizer

        torch.set_num_threads(num_threads)
        local = Path(model).exists()
        kw = {"revision": revision} if revision else {}
        try:
            self.tokenizer = AutoTokenizer.from_pretrained(model, local_files_only=local, **kw)
            self.model = AutoModelForTokenClassification.from_pretrained(model, local_files_only=local,
                                                                         dtype=torch.float32, **kw)
        except (OSError, ValueError) as err:
            raise ModelError(f"cannot load transformers model {model!r}: {err}") from err
        if not getattr(self.tokenizer, "is_fast", False):
            raise ModelError(f"model {model!r} has no fast tokenizer (needed for word alignment)")
        self.model.eval()
        self.device = resolve_device(device)
        if quantize and self.device.type != "cpu":
            raise ModelError(f"quantize: true is dynamic int8 for the CPU; it cannot run on {device!r} "
                             f"(set ner.quantize: false or ner.device: cpu)")
        self.model.to(self.device)
        if quantize:
            import warnings

            with warnings.catch_warnings():  # torch.ao is deprecated in favour of torchao, still the stock CPU path
                warnings.simplefilter("ignore")
                self.model = torch.ao.quantization.quantize_dynamic(self.model, quantizable_linears(self.model),
                                                                    dtype=torch.qint8)
        self.proj = label_projection(self.model.config.id2label)
        manifest = Path(model) / "manifest.json"
        meta: dict = {}
        if local and manifest.is_file():
            meta = read_model_json(manifest, "the NER trainer writes it (scripts/ner_train.py); a plain Hugging Face "
                                             "checkpoint needs none")
        self.normalize = meta.get("normalize", False) if normalize is None else normalize
        self.marker = convention_marker(meta, convention, model)
        self.batch_size, self.max_words, self.stride = batch_size, max_words, stride
        limit = getattr(self.model.config, "max_position_embeddings", max_tokens)
        self.aggregation, self.decode, self.max_tokens = aggregation, decode, min(max_tokens, limit)
        self.companion, self.companion_weight = companion, companion_weight
        self.transition_weight = transition_weight
        use_transitions = transitions is not None and transition_weight > 0
        self.transition_scores = transition_weight * transitions if use_transitions else None

    def word_probs(self, sentences: list[list[str]]) -> list[np.ndarray]:
        """Per sentence, (n_words, len(BIO_LABELS)) probabilities."""
        import torch

        pieces: list[tuple[int, int, int, list[str]]] = []  # (sent, start, end, words)
        for si, words in enumerate(sentences):
            ws = [normalize_word(w) for w in words] if self.normalize else list(words)
            ws = [w if w.strip() else "_" for w in ws]
            lead = [self.marker] if self.marker else []
            for s, e in word_windows(len(ws), self.max_words, self.stride) if ws else []:
                pieces.append((si, s, e, lead + ws[s:e]))
        order = sorted(range(len(pieces)), key=lambda i: sum(len(w) for w in pieces[i][3]))
        scores: list[np.ndarray | None] = [None] * len(pieces)
        for b in range(0, len(order), self.batch_size):
            idx = order[b:b + self.batch_size]
            enc = self.tokenizer([pieces[i][3] for i in idx], is_split_into_words=True, truncation=True,
                                 max_length=self.max_tokens, padding=True, return_tensors="pt")
            with torch.inference_mode():
                logits = self.model(input_ids=enc["input_ids"].to(self.device),
                                    attention_mask=enc["attention_mask"].to(self.device)).logits
            probs = torch.softmax(logits.float(), dim=-1).cpu().numpy()
            for row, i in enumerate(idx):
                wp = aggregate_subwords(probs[row], enc.word_ids(row), len(pieces[i][3]), self.aggregation,
                                        fallback=self.proj.index(0) if 0 in self.proj else 0)
                if self.marker:  # the marker is word 0 of every window and has no tag
                    wp = wp[1:]
                scores[i] = project_labels(wp, self.proj, len(BIO_LABELS))
        out: list[np.ndarray] = []
        k = 0
        for words in sentences:
            wins, scs = [], []
            while k < len(pieces) and pieces[k][0] == len(out):
                wins.append((pieces[k][1], pieces[k][2]))
                scs.append(scores[k])
                k += 1
            out.append(merge_windows(wins, scs, len(words)) if words else np.zeros((0, len(BIO_LABELS)), np.float32))
        return out

    def tag(self, sentences: list[list[str]], types: Sequence[str] | None = None) -> list[list[tuple[str, float]]]:
        """Tag pre-tokenised sentences → per word (BIO tag, probability)."""
        probs = self.word_probs(sentences)
        if self.companion is not None and self.companion_weight > 0:
            w = self.companion_weight
            probs = [mix_probs(p, self.companion.marginals(words), w) for p, words in zip(probs, sentences)]
        return [decode_sentence(p, types, self.decode, words, self.transition_scores)
                for p, words in zip(probs, sentences)]


def mix_probs(probs: np.ndarray, other: np.ndarray, weight: float) -> np.ndarray:
    """Linear mixture (1 − weight)·probs + weight·other of two word-probability arrays of the same shape."""
    if probs.shape != other.shape:
        raise ValueError(f"cannot mix word probabilities of shapes {probs.shape} and {other.shape}")
    return ((1.0 - weight) * probs + weight * other).astype(np.float32)


def decode_sentence(probs: np.ndarray, types: Sequence[str] | None, decode: str = "viterbi",
                    words: Sequence[str] | None = None,
                    transition_scores: np.ndarray | None = None) -> list[tuple[str, float]]:
    """Word probabilities → valid IOB2 tags with their probabilities (words: to join digit groups;
    transition_scores: added to the Viterbi's label transitions)."""
    probs = restrict_types(probs, BIO_LABELS, types)
    if decode == "viterbi":
        path = viterbi_bio(probs, BIO_LABELS, transition_scores)
    else:
        path = [int(i) for i in probs.argmax(axis=1)]
    tags = tags_from_path(path, words)
    return [(t, float(probs[w, BIO_LABELS.index(t)])) for w, t in enumerate(tags)]


def tags_from_path(path: Sequence[int], words: Sequence[str] | None = None) -> list[str]:
    """A decoded label path → valid IOB2 tags, digit groups joined when the words are given."""
    from pipeline.ner.labels import join_digit_groups, repair_bio

    tags = repair_bio([BIO_LABELS[i] for i in path])
    return join_digit_groups(words, tags) if words is not None else tags
