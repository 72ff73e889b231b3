"""Widgets, pages and the theme. Renders snapshots, emits requests; no I/O, no rules."""
