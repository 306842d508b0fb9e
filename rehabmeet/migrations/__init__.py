"""Alembic migrations shipped in the package; run programmatically by ``rehabmeet.storage.schema``.

Revision ids are four-digit sequence numbers and each file is named ``<rev>_<slug>.py``, so the
known revisions and the head can be read from file names without importing Alembic at start-up.
"""
