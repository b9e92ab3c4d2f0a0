"""NerParams: the `ner` section of params.yaml, validated."""
from __future__ import annotations

from dataclasses import dataclass, field, fields
from pathlib import Path, PurePosixPath
from typing import Any, Mapping

from pipeline.config import resolve_packaged
from pipeline.errors import ConfigError
from pipeline.ner.aggregate import AGGREGATIONS
from pipeline.ner.data import CONVENTION_MARKERS
from pipeline.ner.transformer_backend import DEVICES, is_device_name

BACKENDS = ("default", "transformers", "crf", "stanza")
DEFAULT_MODEL_DIR = "models/default"
#: The default backend's companion CRF per corpus convention (scripts/ner_train_crf.py --corpus C).
COMPANION_CRF_DIR = "models/crf_{convention}"
#: Its weight per convention, chosen on the dev splits (models/README.md, "Companion CRF"): +1.9 F1 on ARMAN dev;
#: +0.1 on PEYMA dev, which does not pay for the relation rules' lower figures on PEYMA-convention spans.
DEFAULT_CRF_WEIGHTS = {"peyma": 0.0, "arman": 0.25}
#: Weight of the convention's tag-bigram transition scores in the Viterbi decoding (models/README.md, "Tag
#: transitions"): +0.6 F1 on PEYMA dev; on ARMAN the CRF's marginals already carry them (no gain on top). The main
#: job's params.yaml sets 0: the relation rules, tuned on the plain decoding, lose a little with it.
DEFAULT_TRANSITION_WEIGHTS = {"peyma": 0.6, "arman": 0.0}
#: Valid ranges, (low, high, high included).
WEIGHT_RANGES = {"crf_weight": (0.0, 1.0, False), "transition_weight": (0.0, 2.0, True)}
CONVENTIONS = (None, *CONVENTION_MARKERS)  # None: the model's default


@dataclass(frozen=True)
class ConventionDecoding:
    """How the default backend decodes under a corpus convention (None: a model without corpus markers)."""

    convention: str | None
    crf_weight: float = 0.0         # companion CRF marginals mixed into the word probabilities
    transition_weight: float = 0.0  # tag-bigram transition scores added in the Viterbi decoding


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
    # backend "default" only: weight of the convention's tag-bigram transition scores, likewise
    transition_weight: float | Mapping[str, float] = field(default_factory=lambda: dict(DEFAULT_TRANSITION_WEIGHTS))
    device: str = "cpu"  # transformers backends: cpu | cuda | cuda:N | auto (CUDA when there is one)
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
        for name, (low, high, closed) in WEIGHT_RANGES.items():
            value = getattr(self, name)
            for key, w in (value.items() if isinstance(value, Mapping) else [(None, value)]):
                if key is not None and key not in CONVENTION_MARKERS:
                    raise ConfigError(f"ner.{name} has unknown convention {key!r}; "
                                      f"valid keys: {list(CONVENTION_MARKERS)}")
                if (isinstance(w, bool) or not isinstance(w, (int, float))
                        or not (low <= w <= high if closed else low <= w < high)):
                    raise ConfigError(f"ner.{name}={value!r} is invalid; valid values: a number in "
                                      f"[{low:g}, {high:g}{']' if closed else ')'} or a mapping "
                                      f"{{convention: number}} (0 turns it off)")
        if not is_device_name(self.device):
            raise ConfigError(f"ner.device={self.device!r} is invalid; valid values: {', '.join(DEVICES)}")
        if self.device != "cpu" and self.quantize:
            raise ConfigError(f"ner.quantize=true is dynamic int8 for the CPU; with ner.device={self.device!r} set "
                              f"ner.quantize: false (or ner.device: cpu)")
        if self.convention not in CONVENTIONS:
            raise ConfigError(f"ner.convention={self.convention!r} is invalid; valid values: {list(CONVENTIONS)}")
        for name in ("model", "revision"):
            v = getattr(self, name)
            if v is not None and not isinstance(v, str):
                raise ConfigError(f"ner.{name}={v!r} is invalid; valid values: a string or null")

    def convention_decoding(self, manifest: Mapping) -> ConventionDecoding:
        """The corpus convention a model with this manifest follows here and the weights its decoding gives that
        convention's companion CRF and tag transitions (only the default backend uses them; a model trained
        without corpus markers has no convention)."""
        if not manifest.get("conventions"):
            return ConventionDecoding(None)
        convention = self.convention or manifest.get("default_convention")
        if self.backend != "default" or convention not in manifest["conventions"]:
            # (an unknown convention: convention_marker raises, listing the model's)
            return ConventionDecoding(convention)
        return ConventionDecoding(convention, self.weight_for("crf_weight", convention),
                                  self.weight_for("transition_weight", convention))

    def weight_for(self, name: str, convention: str) -> float:
        """ner.crf_weight or ner.transition_weight under `convention` (0 where the mapping does not name it)."""
        value = getattr(self, name)
        if isinstance(value, Mapping):
            return float(value.get(convention, 0.0))
        return float(value)

    def companion_crf_dir(self, convention: str) -> Path:
        """Where the default backend's CRF for `convention` lives (and its tag-bigram statistics): the params
        folder's models/ (a freshly trained model pairs with the project's CRFs), or the project's when that
        folder has no models/ of its own (a params file kept elsewhere)."""
        folder, *rest = PurePosixPath(COMPANION_CRF_DIR.format(convention=convention)).parts
        return resolve_packaged(self.base_dir, folder).joinpath(*rest)

    def resolve_model(self) -> str:
        """Model path (resolved against base_dir when relative and present, else the project's own models/) or hub
        id as given."""
        m = self.model or DEFAULT_MODEL_DIR
        p = Path(m)
        if p.is_absolute():
            return str(p)
        local = resolve_packaged(self.base_dir, m)
        if local.exists() or self.model is None or m.startswith((".", "models/")):
            return str(local)
        return m
