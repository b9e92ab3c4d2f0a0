"""Stage `ner`: tag every sentence with the configured model → data/interim/ner_mentions.parquet."""
from __future__ import annotations

from dataclasses import dataclass

import logging
from pathlib import Path
from typing import Sequence

from pipeline.docstream import batched, iter_documents
from pipeline.ner.normalize import ascii_digits
from pipeline.schema import AtomicTableWriter, table_path
from pipeline.segment import balanced

DOCS_PER_BATCH = 16
# Mention scores keep 4 decimals: float kernels differ in the last bits between CPUs, and unrounded scores made the
# stage write other bytes (and dvc.lock other hashes) for the same tags on another machine.
SCORE_DECIMALS = 4
log = logging.getLogger(__name__)


def decode_bio(tags: Sequence[tuple[str, float]]) -> list[tuple[int, int, str, float]]:
    """Word-level BIO tags → (first word, last word + 1, label, mean probability); stray I- starts a span."""
    spans: list[tuple[int, int, str, float]] = []
    start, label, probs = None, None, []
    for index, (tag, prob) in enumerate(list(tags) + [("O", 1.0)]):
        prefix, _, kind = tag.partition("-")
        continues = prefix == "I" and kind == label and start is not None
        if start is not None and not continues:
            spans.append((start, index, label, sum(probs) / len(probs)))
            start, label, probs = None, None, []
        if prefix in ("B", "I") and not continues:
            start, label, probs = index, kind, [prob]
        elif continues:
            probs.append(prob)
    return spans


def mention_rows(doc: dict, tagged_sentences: list[list[tuple[str, float]]], method: str) -> list[dict]:
    rows = []
    by_sentence: dict[int, list[dict]] = {}
    for token in doc["tokens"]:
        by_sentence.setdefault(token["sent_idx"], []).append(token)
    for (sent_idx, tokens), tags in zip(sorted(by_sentence.items()), tagged_sentences):
        words = [token["text"] for token in tokens]
        for first, last, label, score in decode_bio(tags):
            first, last = balanced(words, first, last)
            if first == last:
                continue
            start, end = tokens[first]["start"], tokens[last - 1]["end"]
            rows.append({"doc_id": doc["doc_id"], "mention_id": f"{doc['doc_id']}:{start}-{end}",
                         "sent_idx": sent_idx, "start": start, "end": end, "text": doc["text"][start:end],
                         "label": label, "score": round(float(score), SCORE_DECIMALS), "method": method})
    return rows


def sentence_words(doc: dict) -> list[list[str]]:
    """The words the tagger sees, per sentence: the tokens' text with ASCII digits, the form its training data
    uses (the stored text keeps the article's own digits; pipeline/clean.py, digit policy)."""
    by_sentence: dict[int, list[str]] = {}
    for token in doc["tokens"]:
        by_sentence.setdefault(token["sent_idx"], []).append(ascii_digits(token["text"]))
    return [words for _, words in sorted(by_sentence.items())]


class TaggerOutputError(ValueError):
    """The tagger returned tags that do not line up with the words it was given."""


def _check_tags(words: list[list[str]], tagged) -> None:
    if len(tagged) != len(words) or any(len(t) != len(w) for t, w in zip(tagged, words)):
        raise TaggerOutputError("the tagger returned tags that do not match the words (sentence or word count)")


# What a model can raise on one odd input (torch raises RuntimeError); anything else is a bug and stops the run.
TAGGING_ERRORS = (RuntimeError, ValueError, IndexError)


@dataclass(frozen=True)
class DocTags:
    """One document's tags per sentence, or why the tagger failed on it."""
    tags: list | None = None
    error: str | None = None


def _tag_batch(tagger, docs: list[dict], words: list[list[list[str]]]) -> list[DocTags]:
    """Tags per document for a batch; a batch the tagger fails on is retried document by document,
    and a document it still fails on gets the error instead of tags (it has no mentions and is marked
    `partial`), so one bad document never ends a run."""
    flat = [sentence for per_doc in words for sentence in per_doc]
    try:
        tagged = tagger.tag(flat) if flat else []
        _check_tags(flat, tagged)
    except TAGGING_ERRORS as exc:
        if len(docs) == 1:
            log.warning("%s: tagging failed; no mentions for this document", docs[0]["source"], exc_info=True)
            return [DocTags(error=f"{docs[0]['source']}: NER failed ({type(exc).__name__}: {exc}); "
                                  "the document has no NER mentions")]
        return [_tag_batch(tagger, [doc], [per_doc])[0] for doc, per_doc in zip(docs, words)]
    out, pos = [], 0
    for per_doc in words:
        out.append(DocTags(tags=tagged[pos:pos + len(per_doc)]))
        pos += len(per_doc)
    return out


def run(tables_dir: Path, out_path: Path, params: dict, tagger=None, progress=None,
        documents_path: Path | None = None, errors_path: Path | None = None) -> int:
    """Tag all `ok` documents; returns the number of mentions written. Documents the tagger fails on are
    listed in errors_path (default: ner_errors.parquet beside out_path)."""
    if tagger is None:
        from pipeline.ner import NerParams, load_tagger

        tagger = load_tagger(NerParams.from_dict(params.get("ner", {}), base_dir=params.get("_base_dir", ".")))
    method = f"ner:{getattr(tagger, 'name', type(tagger).__name__)}"
    errors_path = errors_path or table_path(Path(out_path).parent, "ner_errors")
    documents = iter_documents(tables_dir, doc_columns=("doc_id", "source", "text", "status"),
                               documents_path=documents_path)
    with AtomicTableWriter("ner_mentions", out_path) as writer, AtomicTableWriter("ner_errors", errors_path) as errors:
        for docs in batched(documents, DOCS_PER_BATCH):
            docs = [d for d in docs if d["status"] == "ok"]
            words = [sentence_words(d) for d in docs]
            rows, failed = [], []
            for doc, result in zip(docs, _tag_batch(tagger, docs, words)):
                if result.error is not None:
                    failed.append({"doc_id": doc["doc_id"], "stage": "ner", "error": result.error})
                else:
                    rows.extend(mention_rows(doc, result.tags, method))
            writer.write_rows(rows)
            errors.write_rows(failed)
            if progress is not None:
                progress(len(docs))
        return writer.n_rows


def main(argv=None) -> None:
    from pipeline.stages._cli import data_paths, parse

    params = parse(__doc__, argv)
    paths = data_paths(params)
    print(run(paths.tables, table_path(paths.interim, "ner_mentions"), params,
              documents_path=table_path(paths.interim, "clean_documents"),
              errors_path=table_path(paths.interim, "ner_errors")))


if __name__ == "__main__":
    main()
