"""Coded, actionable errors shared by every stage (spaCy style: code + message)."""
from __future__ import annotations


class PipelineError(Exception):
    """Base class: every error the pipeline raises on purpose carries a code."""

    code = "E000"

    def __init__(self, message: str):
        super().__init__(f"[{self.code}] {message}")
        self.message = message


class ConfigError(PipelineError):
    """A params.yaml value is missing or invalid; the message lists the valid values."""

    code = "E001"


class InputError(PipelineError):
    """An input document could not be read or decoded; the message names the document."""

    code = "E002"


class ModelError(PipelineError):
    """A model could not be loaded or its label set cannot be mapped onto ours."""

    code = "E003"


class SchemaError(PipelineError):
    """A table does not match the Parquet contract in pipeline.schema."""

    code = "E004"
