#!/usr/bin/env python3
"""Download the training/evaluation corpora from their public addresses and check SHA-256 sums.

Only for users without the maintainers' `../shared/corpora` folder. Writes into DEST with the same
layout (peyma/, arman/, fars-news/); point params.yaml `data.corpora` at it. Nothing is committed.

usage: python scripts/fetch_corpora.py DEST [--verify-only]
"""
from __future__ import annotations

import argparse
import hashlib
import io
import sys
import urllib.request
import zipfile
from pathlib import Path

PEYMA = "https://raw.githubusercontent.com/overfit-ir/persian-twitter-ner/c0207a9/ner_data/peyma/{split}.txt"
ARMAN_ZIP = "https://github.com/HaniehP/PersianNER/raw/8216058/ArmanPersoNERCorpus.zip"
FARS = ("https://raw.githubusercontent.com/language-ml/course-nlp-ir-1-text-exploring/48c7d56/"
        "exploring-datasets/news/fars-news-{n}.json")

SHA256 = {
    "arman/train_fold1.txt": "860241812c234ce91b3718ff745145f7e36a8056538d356e650301fa36f6bb88",
    "peyma/dev.txt": "87eba2616fbeebfc8589b7125568833e879efead5a1b12c38a3466702df31810",
    "peyma/train.txt": "7b85d1bfcfc6f8793b9f343ccb34be34295230b8a856ee45be2f1bad48335706",
    "fars-news/fars-news-1.json": "4081156e40a85dce87c7fbb0c7766d4facbc4cf493d7d81646eb1db9977c624f",
    "fars-news/fars-news-2.json": "d73740b639fcefbdaf829d4d634827330901d8fd69d3655c6b69e6f49beb68d8",
    "fars-news/fars-news-3.json": "0b3f947787adab6f5f8d45d03248675c4bedb6d398b66df98350f664919b3bd8",
}


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def verify(dest: Path) -> list[str]:
    """Relative paths that are missing or whose checksum differs."""
    return [rel for rel, digest in SHA256.items() if not (dest / rel).exists() or sha256(dest / rel) != digest]


def fetch(url: str) -> bytes:
    with urllib.request.urlopen(url, timeout=120) as response:
        return response.read()


def download(dest: Path) -> None:
    for split in ("train", "dev"):
        _write(dest / "peyma" / f"{split}.txt", fetch(PEYMA.format(split=split)))
    with zipfile.ZipFile(io.BytesIO(fetch(ARMAN_ZIP))) as archive:
        member = next(n for n in archive.namelist() if n.endswith("train_fold1.txt"))
        _write(dest / "arman" / "train_fold1.txt", archive.read(member))
    for n in (1, 2, 3):
        _write(dest / "fars-news" / f"fars-news-{n}.json", fetch(FARS.format(n=n)))


def _write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dest", type=Path)
    parser.add_argument("--verify-only", action="store_true", help="only check the sums of DEST")
    args = parser.parse_args(argv)
    if not args.verify_only:
        download(args.dest)
    bad = verify(args.dest)
    for rel in bad:
        print(f"checksum mismatch or missing: {rel}", file=sys.stderr)
    print("all checksums match" if not bad else f"{len(bad)} file(s) failed verification")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
