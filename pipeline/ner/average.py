"""Weight averaging of fine-tuned models that share one initialisation (checkpoint averaging, "model soups").

Runs fine-tuned from the same pretrained encoder and classifier initialisation (same `--seed`, another
`--order-seed`) stay in one basin of the loss: the mean of their weights usually tags better than
either, at the cost of one model. Only models with identical architectures, vocabularies and label maps
can be averaged; anything else is refused with the reason.
"""
from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Mapping, Sequence

import numpy as np

from pipeline.errors import ModelError
from pipeline.ner.tagger import read_manifest

WEIGHTS = "model.safetensors"


def average_state_dicts(states: Sequence[Mapping[str, np.ndarray]]) -> dict[str, np.ndarray]:
    """Element-wise mean (in float32, cast back to each tensor's dtype) of same-shaped tensors."""
    if not states:
        raise ModelError("nothing to average: no models given")
    names = set(states[0])
    for k, state in enumerate(states[1:], 1):
        if set(state) != names:
            diff = sorted(names ^ set(state))[:5]
            raise ModelError(f"model {k} has other tensors than model 0 (e.g. {diff}); only runs of one "
                             "architecture can be averaged")
    out = {}
    for name in sorted(names):
        arrays = [np.asarray(state[name]) for state in states]
        if any(a.shape != arrays[0].shape for a in arrays):
            raise ModelError(f"tensor {name} has shapes {[a.shape for a in arrays]}; vocabularies or sizes differ")
        if not np.issubdtype(arrays[0].dtype, np.floating):
            out[name] = arrays[0]  # (integer buffers such as position ids are copied)
            continue
        out[name] = np.mean([a.astype(np.float32) for a in arrays], axis=0).astype(arrays[0].dtype)
    return out


def _read(path: Path) -> bytes | None:
    return path.read_bytes() if path.exists() else None


def average_models(model_dirs: Sequence[str | Path], out_dir: str | Path, version: str | None = None) -> Path:
    """Average the weights of model folders (config, tokenizer and manifest come from the first)."""
    from safetensors.numpy import load_file, save_file

    dirs = [Path(d) for d in model_dirs]
    manifests = [read_manifest(d) for d in dirs]
    for d, m in zip(dirs[1:], manifests[1:]):
        if m.get("labels") != manifests[0].get("labels") or m.get("conventions") != manifests[0].get("conventions"):
            raise ModelError(f"{d}: labels or convention markers differ from {dirs[0]}")
        if _read(d / "tokenizer.json") != _read(dirs[0] / "tokenizer.json"):
            raise ModelError(f"{d}: tokenizer differs from {dirs[0]}; only runs of one converted encoder can be averaged")
    averaged = average_state_dicts([load_file(str(d / WEIGHTS)) for d in dirs])
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    for path in dirs[0].iterdir():  # config and tokenizer files of the first model
        if path.is_file() and path.name not in (WEIGHTS, "manifest.json"):
            shutil.copyfile(path, out / path.name)
    save_file(averaged, str(out / WEIGHTS), metadata={"format": "pt"})
    manifest = dict(manifests[0])
    manifest.pop("dev", None)  # the average's own dev scores are measured afresh (pipeline.evaluate)
    manifest["averaged_from"] = [{"model": str(d), "version": m.get("version"), "epoch": m.get("epoch"),
                                  "dev": m.get("dev")} for d, m in zip(dirs, manifests)]
    if version:
        manifest["version"] = version
    (out / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1), encoding="utf-8")
    return out


def main(argv: Sequence[str] | None = None) -> None:
    import argparse

    ap = argparse.ArgumentParser(description="Average the weights of NER models fine-tuned from one initialisation.")
    ap.add_argument("models", nargs="+", help="model folders (manifest.json, model.safetensors, tokenizer)")
    ap.add_argument("--out", required=True)
    ap.add_argument("--version", default=None, help="version for the averaged model's manifest")
    a = ap.parse_args(argv)
    print(average_models(a.models, a.out, a.version))


if __name__ == "__main__":
    main()
