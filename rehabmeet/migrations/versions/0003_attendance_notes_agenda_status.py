"""Running the day: invited members, attendance per case, running notes, agenda item status and budgets.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-26 15:47:23.206123
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('meeting_member',
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], name=op.f('fk_meeting_member_meeting_id_meeting'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['member_id'], ['team_member.id'], name=op.f('fk_meeting_member_member_id_team_member'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('meeting_id', 'member_id', name=op.f('pk_meeting_member'))
    )
    op.create_table('agenda_note',
    sa.Column('agenda_item_id', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('updated_by', sa.String(length=200), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['agenda_item_id'], ['agenda_item.id'], name=op.f('fk_agenda_note_agenda_item_id_agenda_item'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('agenda_item_id', name=op.f('pk_agenda_note'))
    )
    op.create_table('attendance',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('agenda_item_id', sa.Integer(), nullable=False),
    sa.Column('role', sa.String(length=32), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=True),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('discipline', sa.String(length=32), nullable=True),
    sa.Column('present', sa.Boolean(), nullable=False),
    sa.Column('arrived_late', sa.Time(), nullable=True),
    sa.Column('left_early', sa.Time(), nullable=True),
    sa.Column('recused', sa.Boolean(), nullable=False),
    sa.Column('written_assessment', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['agenda_item_id'], ['agenda_item.id'], name=op.f('fk_attendance_agenda_item_id_agenda_item'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['member_id'], ['team_member.id'], name=op.f('fk_attendance_member_id_team_member'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attendance'))
    )
    with op.batch_alter_table('attendance', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_attendance_agenda_item_id'), ['agenda_item_id'], unique=False)

    with op.batch_alter_table('agenda_item', schema=None) as batch_op:
        batch_op.add_column(sa.Column('phase_minutes', sa.JSON(), nullable=True))
        batch_op.add_column(sa.Column('status', sa.String(length=16), nullable=False, server_default='planned'))
        batch_op.add_column(sa.Column('postponed_reason', sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('agenda_item', schema=None) as batch_op:
        batch_op.drop_column('postponed_reason')
        batch_op.drop_column('status')
        batch_op.drop_column('phase_minutes')

    with op.batch_alter_table('attendance', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_attendance_agenda_item_id'))

    op.drop_table('attendance')
    op.drop_table('agenda_note')
    op.drop_table('meeting_member')
