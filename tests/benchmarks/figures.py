"""Small helpers the benchmarks share."""

from __future__ import annotations


def pct(data: list[float], q: float) -> float:
    """The ``q`` quantile (0-1) of ``data``, nearest rank."""
    s = sorted(data)
    return s[min(len(s) - 1, round(q * (len(s) - 1)))]
