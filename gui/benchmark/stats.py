"""Medians and percentiles of measured samples."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np


def median(values: Sequence[float]) -> float:
    """The median (NaN for no values)."""
    return float(np.median(values)) if len(values) else float("nan")


def p95(values: Sequence[float]) -> float:
    """The 95th percentile (linear interpolation; NaN for no values)."""
    return float(np.percentile(values, 95)) if len(values) else float("nan")
