"""Pure domain model: no Qt, no I/O, clocks injected."""
