import json

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from pipeline.ingest import decode_bytes, html_to_text, read_documents

PERSIAN = "استاندار مازندران گفت: همکاری ادامه دارد."


def _docs(tmp_path):
    return list(read_documents(tmp_path, 10_000_000))


@pytest.mark.parametrize("encoding,prefix", [("utf-8", b""), ("utf-8", b"\xef\xbb\xbf"), ("utf-16", b""),
                                             ("cp1256", b"")])
def test_decodes_supported_encodings(encoding, prefix):
    # Windows-1256 has no Persian ی; legacy sites write the Arabic ي, which cleaning normalises.
    source = PERSIAN.replace("ی", "ي") if encoding == "cp1256" else PERSIAN
    text, used = decode_bytes(prefix + source.encode(encoding))
    assert text == source
    assert used in {"utf-8", "utf-8-sig", "utf-16", "windows-1256"}


def test_binary_file_is_failed_with_reason(tmp_path):
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    [doc] = _docs(tmp_path)
    assert doc.raw_text is None and "image.txt" in doc.error and "binary" in doc.error


def test_text_markdown_and_html(tmp_path):
    (tmp_path / "a.txt").write_text("عنوان\n" + PERSIAN, encoding="utf-8")
    (tmp_path / "b.md").write_text(PERSIAN, encoding="utf-8")
    (tmp_path / "c.html").write_text("<html><head><title>تیتر</title><style>p{color:red}</style></head>"
                                     f"<body><script>var x=1;</script><p>{PERSIAN}</p></body></html>",
                                     encoding="utf-8")
    docs = {d.source: d for d in _docs(tmp_path)}
    assert docs["a.txt"].raw_text.startswith("عنوان") and docs["a.txt"].title_in_text
    assert docs["b.md"].raw_text == PERSIAN
    assert docs["c.html"].raw_text == PERSIAN and docs["c.html"].title == "تیتر"
    assert "var x" not in docs["c.html"].raw_text


def test_a_json_file_with_one_object_is_one_document_named_by_its_file(tmp_path):
    # like a .txt, so a scorer keyed by file name (../shared/eval/score_relations.py) finds it; a list's records
    # stay «file.json#i»
    (tmp_path / "one.json").write_text(json.dumps({"title": "تیتر", "paragraphs": [PERSIAN]}, ensure_ascii=False),
                                       encoding="utf-8")
    (tmp_path / "list.json").write_text(json.dumps([{"text": PERSIAN}], ensure_ascii=False), encoding="utf-8")
    assert {d.source for d in _docs(tmp_path)} == {"one.json", "list.json#0"}


def test_json_jsonl_and_parquet_records(tmp_path):
    records = [{"title": "تیتر", "paragraphs": [PERSIAN, "دوم"], "link": "https://example.org/1"},
               {"text": PERSIAN, "date": "1403/04/16"}, {"title": "بدون متن"}]
    (tmp_path / "r.json").write_text(json.dumps(records, ensure_ascii=False), encoding="utf-8")
    (tmp_path / "r.jsonl").write_text(json.dumps(records[1], ensure_ascii=False) + "\n{broken\n"
                                      + json.dumps(records[0], ensure_ascii=False) + "\n", encoding="utf-8")
    pq.write_table(pa.table({"text": [PERSIAN], "title": ["پ"]}), tmp_path / "r.parquet")
    docs = {d.source: d for d in _docs(tmp_path)}
    assert docs["r.json#0"].raw_text == "تیتر\n" + PERSIAN + "\nدوم"
    assert docs["r.json#0"].url == "https://example.org/1"
    assert docs["r.json#1"].date == "1403/04/16"
    assert "no 'text' or 'paragraphs'" in docs["r.json#2"].error
    assert "line 2" in docs["r.jsonl#1"].error and docs["r.jsonl#2"].raw_text
    assert docs["r.parquet#0"].title == "پ"


def test_invalid_json_and_unsupported_files_are_failed_documents(tmp_path):
    (tmp_path / "bad.json").write_text("[{", encoding="utf-8")
    (tmp_path / "x.docx").write_bytes(b"PK\x03\x04")
    docs = {d.source: d for d in _docs(tmp_path)}
    assert "invalid JSON" in docs["bad.json"].error
    assert "unsupported file type" in docs["x.docx"].error


def test_html_visible_text_only():
    text, title = html_to_text("<div>یک<br>دو</div><noscript>سه</noscript>")
    assert text == "یک\nدو" and title is None
