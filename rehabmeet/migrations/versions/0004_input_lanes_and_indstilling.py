"""Input lanes per discipline with their points; the indstilling draft and its versions.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-26 16:12:27.273932
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('indstilling',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('agenda_item_id', sa.Integer(), nullable=False),
    sa.Column('content', sa.JSON(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('overrides', sa.JSON(), nullable=False),
    sa.Column('updated_by', sa.String(length=200), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('finalised_by', sa.String(length=200), nullable=True),
    sa.Column('finalised_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['agenda_item_id'], ['agenda_item.id'], name=op.f('fk_indstilling_agenda_item_id_agenda_item'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_indstilling')),
    sa.UniqueConstraint('agenda_item_id', name=op.f('uq_indstilling_agenda_item_id'))
    )
    op.create_table('input_lane',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('agenda_item_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('discipline', sa.String(length=32), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=True),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('heard', sa.Boolean(), nullable=False),
    sa.Column('heard_at', sa.DateTime(), nullable=True),
    sa.Column('speaking_seconds', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['agenda_item_id'], ['agenda_item.id'], name=op.f('fk_input_lane_agenda_item_id_agenda_item'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['member_id'], ['team_member.id'], name=op.f('fk_input_lane_member_id_team_member'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_input_lane'))
    )
    with op.batch_alter_table('input_lane', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_input_lane_agenda_item_id'), ['agenda_item_id'], unique=False)

    op.create_table('indstilling_version',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('indstilling_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('content', sa.JSON(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=True),
    sa.Column('saved_by', sa.String(length=200), nullable=False),
    sa.Column('saved_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['indstilling_id'], ['indstilling.id'], name=op.f('fk_indstilling_version_indstilling_id_indstilling'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_indstilling_version'))
    )
    with op.batch_alter_table('indstilling_version', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_indstilling_version_indstilling_id'), ['indstilling_id'], unique=False)

    op.create_table('lane_point',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('lane_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('author', sa.String(length=200), nullable=False),
    sa.Column('origin', sa.String(length=16), nullable=False),
    sa.Column('external_id', sa.String(length=64), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['lane_id'], ['input_lane.id'], name=op.f('fk_lane_point_lane_id_input_lane'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_lane_point'))
    )
    with op.batch_alter_table('lane_point', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_lane_point_external_id'), ['external_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_lane_point_lane_id'), ['lane_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('lane_point', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_lane_point_lane_id'))
        batch_op.drop_index(batch_op.f('ix_lane_point_external_id'))

    op.drop_table('lane_point')
    with op.batch_alter_table('indstilling_version', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_indstilling_version_indstilling_id'))

    op.drop_table('indstilling_version')
    with op.batch_alter_table('input_lane', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_input_lane_agenda_item_id'))

    op.drop_table('input_lane')
    op.drop_table('indstilling')
