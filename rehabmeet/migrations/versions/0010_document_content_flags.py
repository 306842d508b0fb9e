"""What import found in a document (issue 19): repaired, JavaScript, launch actions, embedded files.
Nullable; documents imported before this revision have none recorded.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-03 13:13:12.598021
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('document', schema=None) as batch_op:
        batch_op.add_column(sa.Column('content_flags', sa.String(length=100), nullable=True))



def downgrade() -> None:
    with op.batch_alter_table('document', schema=None) as batch_op:
        batch_op.drop_column('content_flags')

