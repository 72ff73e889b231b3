"""The SQLite journal (issue 4): schema, migrations, repositories, outbox, audit chain."""

import sys


def _sqlite_utils_without_numpy() -> None:
    """Import sqlite-utils without letting it import numpy. It imports numpy (when installed)
    only to map numpy's number types to column types on insert; the journal never stores
    numpy values, and numpy's import is about a tenth of a second of every start-up, before
    the first paint. numpy stays importable by anything else: only this import is kept from
    it."""
    if "sqlite_utils" in sys.modules or "numpy" in sys.modules:
        return
    sys.modules["numpy"] = None  # type: ignore[assignment]  # "import numpy" fails here
    try:
        import sqlite_utils  # noqa: F401
    finally:
        del sys.modules["numpy"]


_sqlite_utils_without_numpy()
