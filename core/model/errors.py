"""The error every reader of a model description raises (core.model.spec, .graph, .keras_file)."""

from __future__ import annotations


class SpecError(ValueError):
    """A model description that cannot be read; the message says where and what to do."""
