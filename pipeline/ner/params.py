"""NerParams: the `ner` section of params.yaml, validated."""
from __future__ import annotations

from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any, Mapping

from pipeline.errors import ConfigError
from pipeline.ner.aggregate import AGGREGATIONS
from pipeline.ner.data import CONVENTION_MARKERS

BACKENDS = ("default", "transformers", "crf", "stanza")
DEFAULT_MODEL_DIR = "models/default"
#: The default backend's companion CRF per corpus convention (scripts/ner_train_crf.py --corpus C).
COMPANION_CRF_DIR = "models/crf_{convention}"
#: Its weight per convention, chosen on the dev splits (models/README.md, "Companion CRF"): +1.9 F1 on ARMAN dev;
#: +0.1 on PEYMA dev, which does not pay for the relation rules' lower figures on PEYMA-convention spans.
DEFAULT_CRF_WEIGHTS = {"peyma": 0.0, "arman": 0.25}
CONVENTIONS = (None, *CONVENTION_MARKERS)  # None: the model's default


@dataclass(frozen=True)
class NerParams:
    """How to load and run the NER tagger."""

    backend: str = "default"
    model: str | None = None
    revision: str | None = None
    batch_size: int = 32
    max_words_per_sentence: int = 100
    stride: int = 20
    aggregation: str = "first"
    num_threads: int = 2
    quantize: bool = False
    convention: str | None = None  # peyma | arman: whose annotation conventions a multi-convention model follows
    # backend "default" only: weight of the companion CRF's marginals, one number or {convention: number}
    crf_weight: float | Mapping[str, float] = field(default_factory=lambda: dict(DEFAULT_CRF_WEIGHTS))
    base_dir: str = "."

    @classmethod
    def from_dict(cls, d: Mapping[str, Any] | None, base_dir: str | Path | None = None) -> "NerParams":
        """Validate a params dict; relative model paths resolve against base_dir (the repo root)."""
        d = dict(d or {})
        names = [f.name for f in fields(cls) if f.name != "base_dir"]
        unknown = sorted(set(d) - set(names))
        if unknown:
            raise ConfigError(f"ner: unknown key(s) {unknown}; valid keys: {names}")
        p = cls(**d, base_dir=str(base_dir) if base_dir is not None else ".")
        p.validate()
        return p

    def validate(self) -> None:
        """Raise ConfigError naming the field and its valid values."""
        if self.backend not in BACKENDS:
            raise ConfigError(f"ner.backend={self.backend!r} is invalid; valid values: {list(BACKENDS)}")
        if self.aggregation not in AGGREGATIONS:
            raise ConfigError(f"ner.aggregation={self.aggregation!r} is invalid; valid values: {list(AGGREGATIONS)}")
        for name in ("batch_size", "max_words_per_sentence", "num_threads"):
            v = getattr(self, name)
            if not isinstance(v, int) or isinstance(v, bool) or v < 1:
                raise ConfigError(f"ner.{name}={v!r} is invalid; valid values: integers >= 1")
        if not isinstance(self.stride, int) or isinstance(self.stride, bool) or not 0 <= self.stride < self.max_words_per_sentence:
            raise ConfigError(f"ner.stride={self.stride!r} is invalid; valid values: integers in "
                              f"[0, max_words_per_sentence={self.max_words_per_sentence})")
        if not isinstance(self.quantize, bool):
            raise ConfigError(f"ner.quantize={self.quantize!r} is invalid; valid values: true, false")
        if self.backend == "transformers" and not self.model:
            raise ConfigError("ner.model is required for backend 'transformers' (a local path or a hub id, "
                              "e.g. HooshvareLab/bert-fa-zwnj-base-ner with a pinned ner.revision)")
        weights = self.crf_weight if isinstance(self.crf_weight, Mapping) else {None: self.crf_weight}
        for key, w in weights.items():
            if key is not None and key not in CONVENTION_MARKERS:
                raise ConfigError(f"ner.crf_weight has unknown convention {key!r}; "
                                  f"valid keys: {list(CONVENTION_MARKERS)}")
            if isinstance(w, bool) or not isinstance(w, (int, float)) or not 0 <= w < 1:
                raise ConfigError(f"ner.crf_weight={self.crf_weight!r} is invalid; valid values: a number in [0, 1) "
                                  f"or a mapping {{convention: number}} (0 turns the companion CRF off)")
        if self.convention not in CONVENTIONS:
            raise ConfigError(f"ner.convention={self.convention!r} is invalid; valid values: {list(CONVENTIONS)}")
        for name in ("model", "revision"):
            v = getattr(self, name)
            if v is not None and not isinstance(v, str):
                raise ConfigError(f"ner.{name}={v!r} is invalid; valid values: a string or null")

    def companion(self, manifest: Mapping) -> tuple[str | None, float]:
        """(convention, companion CRF weight) for a model with this manifest: the corpus convention its tags follow
        (None for a model trained without corpus markers) and the weight of that convention's CRF (0: none; only
        the default backend pairs the two)."""
        if not manifest.get("conventions"):
            return None, 0.0
        convention = self.convention or manifest.get("default_convention")
        if self.backend != "default" or convention not in manifest["conventions"]:
            return convention, 0.0  # (an unknown convention: convention_marker raises, listing the model's)
        return convention, self.crf_weight_for(convention)

    def crf_weight_for(self, convention: str) -> float:
        """The companion CRF's weight under `convention` (0 where the mapping does not name it)."""
        if isinstance(self.crf_weight, Mapping):
            return float(self.crf_weight.get(convention, 0.0))
        return float(self.crf_weight)

    def companion_crf_dir(self, convention: str) -> Path:
        """Where the default backend's CRF for `convention` lives."""
        return Path(self.base_dir) / COMPANION_CRF_DIR.format(convention=convention)

    def resolve_model(self) -> str:
        """Model path (resolved against base_dir when relative and present) or hub id as given."""
        m = self.model or DEFAULT_MODEL_DIR
        p = Path(m)
        if p.is_absolute():
            return str(p)
        local = Path(self.base_dir) / p
        if local.exists() or self.model is None or m.startswith((".", "models/")):
            return str(local)
        return m
