"""The few lines every stage's command line shares."""
from __future__ import annotations

import argparse

from pipeline.config import load_params


def parse(description: str, argv=None) -> dict:
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--params", default=None, help="params.yaml to read (default: the repo's)")
    args = parser.parse_args(argv)
    return load_params(args.params)
