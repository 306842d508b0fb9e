"""Initial schema: teams, members, cases and versions, documents, meetings, agenda, event log.

Revision ID: 0001
Revises: 
Create Date: 2026-11-26 15:03:00.880892
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from rehabmeet.migrations.guards import drop_event_log_guards, make_event_log_append_only


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('case_file',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_ref', sa.String(length=64), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_case_file')),
    sa.UniqueConstraint('case_ref', name=op.f('uq_case_file_case_ref'))
    )
    op.create_table('document_blob',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('byte_size', sa.Integer(), nullable=False),
    sa.Column('data', sa.LargeBinary(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_document_blob')),
    sa.UniqueConstraint('sha256', name=op.f('uq_document_blob_sha256'))
    )
    op.create_table('team',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('municipality', sa.String(length=200), nullable=False),
    sa.Column('address', sa.Text(), nullable=True),
    sa.Column('rules', sa.JSON(), nullable=False),
    sa.Column('external_key', sa.String(length=64), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_team')),
    sa.UniqueConstraint('external_key', name=op.f('uq_team_external_key'))
    )
    op.create_table('case_version',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('version_no', sa.Integer(), nullable=False),
    sa.Column('content_sha256', sa.String(length=64), nullable=False),
    sa.Column('case_type', sa.String(length=32), nullable=False),
    sa.Column('question_to_team', sa.Text(), nullable=False),
    sa.Column('municipality', sa.String(length=200), nullable=True),
    sa.Column('citizen_name', sa.String(length=200), nullable=False),
    sa.Column('citizen_cpr', sa.String(length=11), nullable=False),
    sa.Column('citizen_birth_date', sa.Date(), nullable=False),
    sa.Column('citizen_has_vocational_qualification', sa.Boolean(), nullable=False),
    sa.Column('citizen_own_job_goal', sa.Text(), nullable=True),
    sa.Column('citizen_needs_interpreter', sa.Boolean(), nullable=False),
    sa.Column('caseworker_name', sa.String(length=200), nullable=False),
    sa.Column('caseworker_unit', sa.String(length=200), nullable=True),
    sa.Column('caseworker_email', sa.String(length=200), nullable=True),
    sa.Column('companion_name', sa.String(length=200), nullable=True),
    sa.Column('companion_relation', sa.String(length=200), nullable=True),
    sa.Column('preparatory_part_signed_on', sa.Date(), nullable=False),
    sa.Column('citizen_consented_on', sa.Date(), nullable=True),
    sa.Column('exported_at', sa.DateTime(), nullable=True),
    sa.Column('source_system', sa.String(length=200), nullable=True),
    sa.Column('manifest', sa.JSON(), nullable=False),
    sa.Column('imported_at', sa.DateTime(), nullable=False),
    sa.Column('imported_by', sa.String(length=200), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['case_file.id'], name=op.f('fk_case_version_case_id_case_file'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_case_version')),
    sa.UniqueConstraint('case_id', 'version_no', name=op.f('uq_case_version_case_id'))
    )
    with op.batch_alter_table('case_version', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_case_version_case_id'), ['case_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_case_version_content_sha256'), ['content_sha256'], unique=False)

    op.create_table('team_member',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('team_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('discipline', sa.String(length=32), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=True),
    sa.Column('email', sa.String(length=200), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['team_id'], ['team.id'], name=op.f('fk_team_member_team_id_team'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_team_member'))
    )
    with op.batch_alter_table('team_member', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_team_member_team_id'), ['team_id'], unique=False)

    op.create_table('document',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_version_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('doc_key', sa.String(length=64), nullable=False),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('document_date', sa.Date(), nullable=False),
    sa.Column('author', sa.String(length=200), nullable=True),
    sa.Column('file_name', sa.String(length=300), nullable=False),
    sa.Column('media_type', sa.String(length=16), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('page_count', sa.Integer(), nullable=False),
    sa.Column('pages_from', sa.String(length=16), nullable=False),
    sa.Column('blob_id', sa.Integer(), nullable=False),
    sa.Column('view_blob_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['blob_id'], ['document_blob.id'], name=op.f('fk_document_blob_id_document_blob'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['case_version_id'], ['case_version.id'], name=op.f('fk_document_case_version_id_case_version'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['view_blob_id'], ['document_blob.id'], name=op.f('fk_document_view_blob_id_document_blob'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_document')),
    sa.UniqueConstraint('case_version_id', 'doc_key', name=op.f('uq_document_case_version_id'))
    )
    with op.batch_alter_table('document', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_document_blob_id'), ['blob_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_document_case_version_id'), ['case_version_id'], unique=False)

    op.create_table('meeting',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('team_id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('meeting_date', sa.Date(), nullable=False),
    sa.Column('starts_at', sa.Time(), nullable=False),
    sa.Column('location', sa.String(length=200), nullable=True),
    sa.Column('leader_id', sa.Integer(), nullable=True),
    sa.Column('secretary_id', sa.Integer(), nullable=True),
    sa.Column('external_key', sa.String(length=64), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['leader_id'], ['team_member.id'], name=op.f('fk_meeting_leader_id_team_member'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['secretary_id'], ['team_member.id'], name=op.f('fk_meeting_secretary_id_team_member'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['team_id'], ['team.id'], name=op.f('fk_meeting_team_id_team'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meeting')),
    sa.UniqueConstraint('external_key', name=op.f('uq_meeting_external_key'))
    )
    with op.batch_alter_table('meeting', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_meeting_meeting_date'), ['meeting_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_meeting_team_id'), ['team_id'], unique=False)

    op.create_table('summary_section',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_version_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('section', sa.String(length=64), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('sources', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['case_version_id'], ['case_version.id'], name=op.f('fk_summary_section_case_version_id_case_version'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_summary_section'))
    )
    with op.batch_alter_table('summary_section', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_summary_section_case_version_id'), ['case_version_id'], unique=False)

    op.create_table('agenda_item',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('planned_start', sa.Time(), nullable=False),
    sa.Column('planned_minutes', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['case_file.id'], name=op.f('fk_agenda_item_case_id_case_file'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], name=op.f('fk_agenda_item_meeting_id_meeting'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_agenda_item')),
    sa.UniqueConstraint('meeting_id', 'case_id', name=op.f('uq_agenda_item_meeting_id'))
    )
    with op.batch_alter_table('agenda_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_agenda_item_case_id'), ['case_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_agenda_item_meeting_id'), ['meeting_id'], unique=False)

    op.create_table('document_page',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('document_id', sa.Integer(), nullable=False),
    sa.Column('page_no', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['document_id'], ['document.id'], name=op.f('fk_document_page_document_id_document'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_document_page')),
    sa.UniqueConstraint('document_id', 'page_no', name=op.f('uq_document_page_document_id'))
    )
    with op.batch_alter_table('document_page', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_document_page_document_id'), ['document_id'], unique=False)

    op.create_table('event_log',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('occurred_at', sa.DateTime(), nullable=False),
    sa.Column('actor', sa.String(length=200), nullable=False),
    sa.Column('action', sa.String(length=64), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=True),
    sa.Column('meeting_id', sa.Integer(), nullable=True),
    sa.Column('details', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['case_file.id'], name=op.f('fk_event_log_case_id_case_file'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], name=op.f('fk_event_log_meeting_id_meeting'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_event_log'))
    )
    with op.batch_alter_table('event_log', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_event_log_action'), ['action'], unique=False)
        batch_op.create_index(batch_op.f('ix_event_log_case_id'), ['case_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_event_log_meeting_id'), ['meeting_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_event_log_occurred_at'), ['occurred_at'], unique=False)

    make_event_log_append_only()



def downgrade() -> None:
    drop_event_log_guards()
    with op.batch_alter_table('event_log', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_event_log_occurred_at'))
        batch_op.drop_index(batch_op.f('ix_event_log_meeting_id'))
        batch_op.drop_index(batch_op.f('ix_event_log_case_id'))
        batch_op.drop_index(batch_op.f('ix_event_log_action'))

    op.drop_table('event_log')
    with op.batch_alter_table('document_page', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_document_page_document_id'))

    op.drop_table('document_page')
    with op.batch_alter_table('agenda_item', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_agenda_item_meeting_id'))
        batch_op.drop_index(batch_op.f('ix_agenda_item_case_id'))

    op.drop_table('agenda_item')
    with op.batch_alter_table('summary_section', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_summary_section_case_version_id'))

    op.drop_table('summary_section')
    with op.batch_alter_table('meeting', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_meeting_team_id'))
        batch_op.drop_index(batch_op.f('ix_meeting_meeting_date'))

    op.drop_table('meeting')
    with op.batch_alter_table('document', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_document_case_version_id'))
        batch_op.drop_index(batch_op.f('ix_document_blob_id'))

    op.drop_table('document')
    with op.batch_alter_table('team_member', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_team_member_team_id'))

    op.drop_table('team_member')
    with op.batch_alter_table('case_version', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_case_version_content_sha256'))
        batch_op.drop_index(batch_op.f('ix_case_version_case_id'))

    op.drop_table('case_version')
    op.drop_table('team')
    op.drop_table('document_blob')
    op.drop_table('case_file')
