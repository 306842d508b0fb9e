"""Agenda packs expire on the member's laptop: the day after which an opened pack is wiped (issue 18).

Packs opened before this revision get their meeting day + 7 days (the default).

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-03 13:10:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("prep_pack", schema=None) as batch_op:
        batch_op.add_column(sa.Column("expires_on", sa.Date(), nullable=True))
    prep_pack = sa.table("prep_pack", sa.column("id", sa.Integer()), sa.column("meeting_date", sa.Date()),
                         sa.column("expires_on", sa.Date()))
    connection = op.get_bind()
    rows = connection.execute(sa.select(prep_pack.c.id, prep_pack.c.meeting_date)).all()
    from datetime import timedelta

    for pack_id, meeting_date in rows:
        connection.execute(
            prep_pack.update().where(prep_pack.c.id == pack_id).values(expires_on=meeting_date + timedelta(days=7))
        )
    with op.batch_alter_table("prep_pack", schema=None) as batch_op:
        batch_op.alter_column("expires_on", existing_type=sa.Date(), nullable=False)


def downgrade() -> None:
    with op.batch_alter_table("prep_pack", schema=None) as batch_op:
        batch_op.drop_column("expires_on")
