"""The simulator's one error: an option, training command or injected fault it cannot use.

Its own module because every part raises it and the CLI and trainer catch it.
"""

from __future__ import annotations


class SimulatorError(ValueError):
    """A simulator option or injected fault that cannot be understood."""
