"""Alembic environment: always run with a connection handed in by RehabMeet (never from an ini file)."""

from __future__ import annotations

from alembic import context

from rehabmeet.models import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("RehabMeet runs its migrations itself: use `rehabmeet db upgrade`")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
