"""The few lines every stage's command line shares: read params.yaml, resolve the data paths once."""
from __future__ import annotations

import argparse
from dataclasses import dataclass
from pathlib import Path

from pipeline.config import DataParams, load_params, resolve, section


@dataclass(frozen=True)
class DataPaths:
    input: Path
    tables: Path
    interim: Path


def parse(description: str, argv=None) -> dict:
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--params", default=None, help="params.yaml to read (default: the repo's)")
    args = parser.parse_args(argv)
    return load_params(args.params)


def data_paths(params: dict) -> DataPaths:
    """params.yaml `data:` paths, resolved against the folder holding params.yaml."""
    data = section(params, "data", DataParams)
    base = params["_base_dir"]
    return DataPaths(resolve(base, data.input), resolve(base, data.tables), resolve(base, data.interim))
