"""Covering indexes for the management information on a long history: the checklist results and the
attendance per agenda item with the columns the KPIs read, and the event log by action and case (the
timer events of the heard cases). The dashboard's joins then read the indexes alone instead of one
table row per check (2.2 million rows for 100,000 cases).

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-03 13:15:00
"""

from __future__ import annotations

from alembic import op


revision = '0013'
down_revision = '0012'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('indstilling_check', schema=None) as batch_op:
        batch_op.create_index('ix_indstilling_check_item_rule', ['agenda_item_id', 'rule_id', 'applies', 'met'], unique=False)
    with op.batch_alter_table('attendance', schema=None) as batch_op:
        batch_op.create_index(
            'ix_attendance_item_member', ['agenda_item_id', 'role', 'discipline', 'present', 'written_assessment'], unique=False
        )
    with op.batch_alter_table('event_log', schema=None) as batch_op:
        batch_op.create_index('ix_event_log_action_case', ['action', 'case_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('event_log', schema=None) as batch_op:
        batch_op.drop_index('ix_event_log_action_case')
    with op.batch_alter_table('attendance', schema=None) as batch_op:
        batch_op.drop_index('ix_attendance_item_member')
    with op.batch_alter_table('indstilling_check', schema=None) as batch_op:
        batch_op.drop_index('ix_indstilling_check_item_rule')
