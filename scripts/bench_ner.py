"""NER throughput on the Fars News articles: the shipped default vs a BERT-base-sized model.

Both go through the same TransformersTagger code path (windows, length-sorted
batching, same tokenizer); the BERT-base-sized model has random weights and
exists only to measure cost. The default is timed as shipped under the ARMAN convention,
the slower one, since it adds the companion CRF (ner.crf_weight); the comparison model runs
alone. Writes metrics/ner_bench.json.
"""
from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent


def fars_sentences(root: Path, limit: int | None = None) -> list[list[str]]:
    """Articles → sentences of words, through the pipeline's own normalisation and segmenter, so the
    tagger is timed on the tokens the NER stage gives it."""
    from pipeline.clean import make_normalizer
    from pipeline.ner.data import article_sentence_words
    from pipeline.segment import Segmenter

    norm, seg = make_normalizer(), Segmenter()
    sents: list[list[str]] = []
    arts = []
    for path in sorted((root / "fars-news").glob("*.json")):
        arts.extend(json.loads(path.read_text(encoding="utf-8")))
    for art in arts[:limit] if limit else arts:
        sents.extend(article_sentence_words(art, norm, seg))
    return sents


def run(tagger, sents: list[list[str]], repeats: int = 1) -> dict:
    """Words/s of tagger.tag over all sentences (one warm-up batch first); the fastest of `repeats` passes,
    since on a shared machine the slower passes measure the neighbours, not the model."""
    tagger.tag(sents[:8])
    n = sum(len(s) for s in sents)
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        tagger.tag(sents)
        times.append(time.perf_counter() - t0)
    dt = min(times)
    return {"words": n, "seconds": round(dt, 2), "words_per_second": round(n / dt, 1), "passes": repeats}


def bert_base_like(tokenizer_dir: Path, out: Path, n_labels: int) -> Path:
    """Random 12-layer/768/3072 BertForTokenClassification sharing the default's tokenizer and labels."""
    import torch
    from transformers import AutoTokenizer, BertConfig, BertForTokenClassification

    from pipeline.ner.labels import BIO_LABELS

    torch.manual_seed(0)
    tok = AutoTokenizer.from_pretrained(tokenizer_dir)
    cfg = BertConfig(vocab_size=len(tok), hidden_size=768, num_hidden_layers=12, num_attention_heads=12,
                     intermediate_size=3072, num_labels=n_labels, id2label=dict(enumerate(BIO_LABELS)),
                     label2id={l: i for i, l in enumerate(BIO_LABELS)}, pad_token_id=tok.pad_token_id)
    BertForTokenClassification(cfg).save_pretrained(out)
    tok.save_pretrained(out)
    (out / "manifest.json").write_text(json.dumps({"normalize": True}), encoding="utf-8")
    return out


def main() -> None:
    from pipeline.ner import NerParams, load_tagger
    from pipeline.ner.labels import BIO_LABELS
    from pipeline.ner.tagger import read_manifest
    from pipeline.ner.transformer_backend import TransformersTagger

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpora", default=str(REPO_ROOT.parent / "shared" / "corpora"))
    ap.add_argument("--model", default=str(REPO_ROOT / "models" / "default"))
    ap.add_argument("--limit", type=int, default=None, help="only the first N articles")
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--out", default=str(REPO_ROOT / "metrics" / "ner_bench.json"))
    ap.add_argument("--repeats", type=int, default=3, help="passes per model; the fastest counts")
    ap.add_argument("--modes", default="fp32,int8", help="comma list of fp32 (as shipped) and int8 (dynamic quantisation)")
    a = ap.parse_args()
    if read_manifest(a.model).get("backend") != "transformers":
        raise SystemExit("the default model is not a transformers model; nothing to compare")
    sents = fars_sentences(Path(a.corpora), a.limit)
    res: dict = {"articles": a.limit or "all", "sentences": len(sents), "threads": a.threads,
                 "batch_size": a.batch_size, "convention": "arman"}
    kw = {"batch_size": a.batch_size, "num_threads": a.threads}
    with tempfile.TemporaryDirectory() as tmp:
        big = bert_base_like(Path(a.model), Path(tmp) / "bert-base", len(BIO_LABELS))
        for key in a.modes.split(","):
            quant = key == "int8"
            shipped = NerParams.from_dict({"model": a.model, "quantize": quant, "batch_size": a.batch_size,
                                           "num_threads": a.threads, "convention": "arman"}, base_dir=REPO_ROOT)
            d = run(load_tagger(shipped), sents, a.repeats)
            b = run(TransformersTagger(str(big), quantize=quant, **kw), sents, a.repeats)
            res[key] = {"default": d, "bert_base_sized": b,
                        "speedup": round(d["words_per_second"] / b["words_per_second"], 2)}
            print(key, json.dumps(res[key]), flush=True)
    Path(a.out).parent.mkdir(parents=True, exist_ok=True)
    Path(a.out).write_text(json.dumps(res, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(res))


if __name__ == "__main__":
    main()
