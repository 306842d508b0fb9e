"""Per-person PostgreSQL roles: which person each login role belongs to (``rehabmeet db grant``); a
lane point's revision and last editor, so the same point edited on two laptops is refused, not
overwritten; and the agenda pack's passphrase kept in the shared database, encrypted, so any
leader's laptop can open the member's notes.

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-03 17:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0015'
down_revision = '0014'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'database_role',
        sa.Column('role_name', sa.String(length=63), nullable=False),
        sa.Column('person', sa.String(length=200), nullable=False),
        sa.Column('granted_by', sa.String(length=200), nullable=False),
        sa.Column('granted_at', sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint('role_name', name=op.f('pk_database_role')),
    )
    op.create_table(
        'pack_key',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('key', sa.LargeBinary(), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_pack_key')),
    )
    with op.batch_alter_table('pack_issue', schema=None) as batch_op:
        batch_op.add_column(sa.Column('sealed_passphrase', sa.Text(), nullable=True))
    with op.batch_alter_table('lane_point', schema=None) as batch_op:
        batch_op.add_column(sa.Column('revision', sa.Integer(), server_default='1', nullable=False))
        batch_op.add_column(sa.Column('edited_by', sa.String(length=200), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('lane_point', schema=None) as batch_op:
        batch_op.drop_column('edited_by')
        batch_op.drop_column('revision')
    with op.batch_alter_table('pack_issue', schema=None) as batch_op:
        batch_op.drop_column('sealed_passphrase')
    op.drop_table('pack_key')
    op.drop_table('database_role')
