"""The SQLite journal (issue 4): schema, migrations, repositories, outbox, audit chain."""
