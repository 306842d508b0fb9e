"""The decision's details (period and start of the measure, the facts relied upon) and the return-to-team
request of § 11 stk. 2 (001 L654–658): a decision departing from the indstilling is refused at the table,
the case is marked to go back to the team, and ``reheard_at`` records when the team was heard again.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-03 12:55:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('decision') as batch:
        batch.add_column(sa.Column('details', sa.JSON(), nullable=True))
    with op.batch_alter_table('follow_through') as batch:
        batch.add_column(sa.Column('return_requested_at', sa.DateTime(), nullable=True))
        batch.add_column(sa.Column('return_reason', sa.Text(), nullable=True))
        batch.add_column(sa.Column('reheard_at', sa.DateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('follow_through') as batch:
        batch.drop_column('reheard_at')
        batch.drop_column('return_reason')
        batch.drop_column('return_requested_at')
    with op.batch_alter_table('decision') as batch:
        batch.drop_column('details')
