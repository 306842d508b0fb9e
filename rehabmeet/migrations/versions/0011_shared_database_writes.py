"""Shared database: the points of a lane keep one total order (unique position per lane), and a
change feed the other windows follow live.

Points added at the same moment on two laptops could share a position before (issue 20); they are
renumbered here in their stored order (position, then id) before the constraint is added.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-03 13:10:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('change_feed',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('payload', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_change_feed'))
    )
    with op.batch_alter_table('change_feed', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_change_feed_at'), ['at'], unique=False)
    op.execute(
        sa.text(
            "UPDATE lane_point SET position = (SELECT COUNT(*) FROM lane_point AS p "
            "WHERE p.lane_id = lane_point.lane_id AND (p.position < lane_point.position "
            "OR (p.position = lane_point.position AND p.id < lane_point.id)))"
        )
    )
    with op.batch_alter_table('lane_point', schema=None) as batch_op:
        batch_op.create_unique_constraint(batch_op.f('uq_lane_point_lane_id'), ['lane_id', 'position'])


def downgrade() -> None:
    with op.batch_alter_table('change_feed', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_change_feed_at'))
    op.drop_table('change_feed')
    with op.batch_alter_table('lane_point', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('uq_lane_point_lane_id'), type_='unique')
