"""Offline preparation: agenda packs issued and annotation packs received (leader side); opened packs and
the member's annotations (member side).

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-26 17:03:44.189096
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('prep_pack',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('pack_id', sa.String(length=32), nullable=False),
    sa.Column('team_name', sa.String(length=200), nullable=False),
    sa.Column('meeting_title', sa.String(length=200), nullable=False),
    sa.Column('meeting_date', sa.Date(), nullable=False),
    sa.Column('location', sa.String(length=200), nullable=False),
    sa.Column('member_name', sa.String(length=200), nullable=False),
    sa.Column('discipline', sa.String(length=32), nullable=False),
    sa.Column('sender', sa.String(length=200), nullable=False),
    sa.Column('imported_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_prep_pack')),
    sa.UniqueConstraint('pack_id', name=op.f('uq_prep_pack_pack_id'))
    )
    op.create_table('received_pack',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('pack_id', sa.String(length=32), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('notes', sa.Integer(), nullable=False),
    sa.Column('imported_by', sa.String(length=200), nullable=False),
    sa.Column('imported_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_received_pack')),
    sa.UniqueConstraint('sha256', name=op.f('uq_received_pack_sha256'))
    )
    with op.batch_alter_table('received_pack', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_received_pack_pack_id'), ['pack_id'], unique=False)

    op.create_table('prep_case',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('prep_pack_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('item_key', sa.String(length=32), nullable=False),
    sa.Column('case_ref', sa.String(length=64), nullable=False),
    sa.Column('case_type', sa.String(length=32), nullable=False),
    sa.Column('citizen_name', sa.String(length=200), nullable=False),
    sa.Column('question', sa.Text(), nullable=False),
    sa.Column('planned_start', sa.String(length=8), nullable=False),
    sa.Column('pages', sa.Integer(), nullable=False),
    sa.Column('pdf', sa.LargeBinary(), nullable=False),
    sa.ForeignKeyConstraint(['prep_pack_id'], ['prep_pack.id'], name=op.f('fk_prep_case_prep_pack_id_prep_pack'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_prep_case'))
    )
    with op.batch_alter_table('prep_case', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_prep_case_prep_pack_id'), ['prep_pack_id'], unique=False)

    op.create_table('annotation',
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('prep_case_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('page', sa.Integer(), nullable=True),
    sa.Column('x', sa.Float(), nullable=True),
    sa.Column('y', sa.Float(), nullable=True),
    sa.Column('width', sa.Float(), nullable=True),
    sa.Column('height', sa.Float(), nullable=True),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('shared', sa.Boolean(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('exchanged_revision', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['prep_case_id'], ['prep_case.id'], name=op.f('fk_annotation_prep_case_id_prep_case'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_annotation'))
    )
    with op.batch_alter_table('annotation', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_annotation_prep_case_id'), ['prep_case_id'], unique=False)

    op.create_table('pack_issue',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('pack_id', sa.String(length=32), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=True),
    sa.Column('member_name', sa.String(length=200), nullable=False),
    sa.Column('discipline', sa.String(length=32), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('created_by', sa.String(length=200), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], name=op.f('fk_pack_issue_meeting_id_meeting'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['member_id'], ['team_member.id'], name=op.f('fk_pack_issue_member_id_team_member'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_pack_issue')),
    sa.UniqueConstraint('pack_id', name=op.f('uq_pack_issue_pack_id'))
    )
    with op.batch_alter_table('pack_issue', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_pack_issue_meeting_id'), ['meeting_id'], unique=False)

    op.create_table('exchanged_note',
    sa.Column('note_id', sa.String(length=32), nullable=False),
    sa.Column('pack_id', sa.String(length=32), nullable=False),
    sa.Column('agenda_item_id', sa.Integer(), nullable=False),
    sa.Column('lane_point_id', sa.Integer(), nullable=True),
    sa.Column('member_revision', sa.Integer(), nullable=False),
    sa.Column('agreed_text', sa.Text(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['agenda_item_id'], ['agenda_item.id'], name=op.f('fk_exchanged_note_agenda_item_id_agenda_item'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['lane_point_id'], ['lane_point.id'], name=op.f('fk_exchanged_note_lane_point_id_lane_point'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('note_id', name=op.f('pk_exchanged_note'))
    )
    with op.batch_alter_table('exchanged_note', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_exchanged_note_agenda_item_id'), ['agenda_item_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_exchanged_note_pack_id'), ['pack_id'], unique=False)

    op.create_table('note_conflict',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('note_id', sa.String(length=32), nullable=False),
    sa.Column('leader_text', sa.Text(), nullable=False),
    sa.Column('member_text', sa.Text(), nullable=False),
    sa.Column('member_revision', sa.Integer(), nullable=False),
    sa.Column('member_name', sa.String(length=200), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('resolution', sa.String(length=16), nullable=True),
    sa.Column('resolved_by', sa.String(length=200), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['note_id'], ['exchanged_note.note_id'], name=op.f('fk_note_conflict_note_id_exchanged_note'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_note_conflict'))
    )
    with op.batch_alter_table('note_conflict', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_note_conflict_note_id'), ['note_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('note_conflict', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_note_conflict_note_id'))

    op.drop_table('note_conflict')
    with op.batch_alter_table('exchanged_note', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_exchanged_note_pack_id'))
        batch_op.drop_index(batch_op.f('ix_exchanged_note_agenda_item_id'))

    op.drop_table('exchanged_note')
    with op.batch_alter_table('pack_issue', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_pack_issue_meeting_id'))

    op.drop_table('pack_issue')
    with op.batch_alter_table('annotation', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_annotation_prep_case_id'))

    op.drop_table('annotation')
    with op.batch_alter_table('prep_case', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_prep_case_prep_pack_id'))

    op.drop_table('prep_case')
    with op.batch_alter_table('received_pack', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_received_pack_pack_id'))

    op.drop_table('received_pack')
    op.drop_table('prep_pack')
