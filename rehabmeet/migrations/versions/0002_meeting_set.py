"""Meeting set: the pages of a case version the meeting reads, and the reason for going over the cap.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26 15:38:03.284003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('meeting_set',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_version_id', sa.Integer(), nullable=False),
    sa.Column('selection', sa.JSON(), nullable=False),
    sa.Column('page_cap', sa.Integer(), nullable=True),
    sa.Column('over_cap_reason', sa.Text(), nullable=True),
    sa.Column('updated_by', sa.String(length=200), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['case_version_id'], ['case_version.id'], name=op.f('fk_meeting_set_case_version_id_case_version'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meeting_set')),
    sa.UniqueConstraint('case_version_id', name=op.f('uq_meeting_set_case_version_id'))
    )


def downgrade() -> None:
    op.drop_table('meeting_set')
