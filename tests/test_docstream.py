"""pipeline.docstream: documents come back whole, in order, and one at a time in memory."""
import gc
import weakref

from pipeline import schema
from pipeline.docstream import iter_documents


class _Marker:
    """Something a caller hangs on a document, to see when the document is freed."""


def _write_corpus(folder, n_docs: int, tokens_per_doc: int = 3):
    docs = [{"doc_id": f"d{i:03d}", "source": f"s{i}", "text": "الف ب پ", "status": "ok"} for i in range(n_docs)]
    schema.write_table(folder, "documents", docs)
    schema.write_table(folder, "sentences", [{"doc_id": d["doc_id"], "sent_idx": 0, "start": 0, "end": 7}
                                             for d in docs])
    schema.write_table(folder, "tokens", [{"doc_id": d["doc_id"], "sent_idx": 0, "tok_idx": k, "start": 2 * k,
                                           "end": 2 * k + 1, "text": "الف ب پ"[2 * k]}
                                          for d in docs for k in range(tokens_per_doc)])


def test_documents_come_back_in_order_with_their_rows(tmp_path):
    _write_corpus(tmp_path, 5)
    docs = list(iter_documents(tmp_path))
    assert [d["doc_id"] for d in docs] == [f"d{i:03d}" for i in range(5)]
    assert all(len(d["tokens"]) == 3 and len(d["sentences"]) == 1 for d in docs)
    assert all({t["doc_id"] for t in d["tokens"]} == {d["doc_id"]} for d in docs)


def test_a_document_is_freed_once_the_caller_lets_go_of_it(tmp_path):
    # (the stream used to keep every document of a read batch, tokens and all, until the batch ended: the NER
    # stage's memory grew by about 0.4 MB per article of the Fars corpus)
    _write_corpus(tmp_path, 200)
    stream = iter_documents(tmp_path)
    doc = next(stream)
    doc["marker"] = marker = _Marker()
    alive = weakref.ref(marker)
    del doc, marker
    next(stream)
    gc.collect()
    assert alive() is None
