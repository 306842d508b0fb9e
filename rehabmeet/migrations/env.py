"""Alembic environment: always run with a connection handed in by RehabMeet (never from an ini file)."""

from __future__ import annotations

from typing import Any

from alembic import context

from rehabmeet.models import Base
from rehabmeet.models.base import UTCDateTime

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("RehabMeet runs its migrations itself: use `rehabmeet db upgrade`")


def _render_item(type_: str, obj: Any, _autogen_context: Any) -> Any:
    """Write RehabMeet's UTCDateTime as a plain DateTime, so migrations never import model code."""
    if type_ == "type" and isinstance(obj, UTCDateTime):
        return "sa.DateTime()"
    return False


context.configure(
    connection=connection,
    render_item=_render_item,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
