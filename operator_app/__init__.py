"""Operator console for heavy-vehicle battery-swap stations."""

__version__ = "0.1.0"
