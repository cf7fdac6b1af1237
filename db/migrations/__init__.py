"""Alembic migrations of the schema, run in code by ``db.engine.open_database``."""

# The newest revision among versions/*.py; tests/db/test_engine.py keeps the two equal.
SCHEMA_HEAD = "0016"
