"""One summary row per heard case for the management information (``case_fact``), the agenda items
whose row must be recomputed (``case_fact_dirty``, written by triggers on every table the KPIs read),
and the control points' bits (``case_fact_rule``). The existing heard cases are summarised here, so the
first dashboard after the upgrade is as quick as the next.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-03 17:10:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from rehabmeet.migrations.fact_triggers import create_fact_triggers, drop_fact_triggers


revision = '0014'
down_revision = '0013'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'case_fact',
        sa.Column('item_id', sa.Integer(), autoincrement=False, nullable=False),
        sa.Column('case_id', sa.Integer(), nullable=False),
        sa.Column('team_id', sa.Integer(), nullable=False),
        sa.Column('meeting_date', sa.Date(), nullable=False),
        sa.Column('case_type', sa.String(length=32), nullable=False),
        sa.Column('caseworker_name', sa.String(length=200), nullable=True),
        sa.Column('signed_on', sa.Date(), nullable=True),
        sa.Column('planned_minutes', sa.Integer(), nullable=True),
        sa.Column('outcome', sa.String(length=64), nullable=True),
        sa.Column('decision_date', sa.Date(), nullable=True),
        sa.Column('at_table', sa.Boolean(), nullable=False),
        sa.Column('informed_on', sa.Date(), nullable=True),
        sa.Column('first_start', sa.Date(), nullable=True),
        sa.Column('birth_date', sa.Date(), nullable=True),
        sa.Column('has_qualification', sa.Boolean(), nullable=True),
        sa.Column('actual_minutes', sa.Float(), nullable=True),
        sa.Column('meeting_month', sa.String(length=7), nullable=False),
        sa.Column('signed_days', sa.Integer(), nullable=True),
        sa.Column('decision_days', sa.Integer(), nullable=True),
        sa.Column('measure_days', sa.Integer(), nullable=True),
        sa.Column('informed_days', sa.Integer(), nullable=True),
        sa.Column('member_mask', sa.BigInteger(), nullable=False),
        sa.Column('present_mask', sa.BigInteger(), nullable=False),
        sa.Column('written_mask', sa.BigInteger(), nullable=False),
        sa.Column('check_seen_mask', sa.BigInteger(), nullable=False),
        sa.Column('check_applies_mask', sa.BigInteger(), nullable=False),
        sa.Column('check_met_mask', sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint('item_id'),
    )
    with op.batch_alter_table('case_fact', schema=None) as batch_op:
        batch_op.create_index('ix_case_fact_case_id', ['case_id'], unique=False)
        batch_op.create_index('ix_case_fact_meeting_date', ['meeting_date'], unique=False)
        batch_op.create_index('ix_case_fact_team_date', ['team_id', 'meeting_date'], unique=False)
    op.create_table(
        'case_fact_dirty',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('item_id', sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint('id'),
    )
    with op.batch_alter_table('case_fact_dirty', schema=None) as batch_op:
        batch_op.create_index('ix_case_fact_dirty_item_id', ['item_id'], unique=False)
    op.create_table(
        'case_fact_rule',
        sa.Column('rule_id', sa.String(length=16), nullable=False),
        sa.Column('bit', sa.Integer(), nullable=False),
        sa.Column('flag', sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint('rule_id'),
        sa.UniqueConstraint('bit'),
    )
    create_fact_triggers()
    op.execute('INSERT INTO case_fact_dirty (item_id) SELECT id FROM agenda_item')
    _summarise_existing()


def _summarise_existing() -> None:
    """Fill ``case_fact`` for every heard case (with the code of this release; a later revision that
    changes what a row holds marks every agenda item again)."""
    from sqlalchemy.orm import Session

    from rehabmeet.stats.facts import refresh_facts

    session = Session(bind=op.get_bind())
    refresh_facts(session)
    session.flush()


def downgrade() -> None:
    drop_fact_triggers()
    op.drop_table('case_fact_rule')
    with op.batch_alter_table('case_fact_dirty', schema=None) as batch_op:
        batch_op.drop_index('ix_case_fact_dirty_item_id')
    op.drop_table('case_fact_dirty')
    with op.batch_alter_table('case_fact', schema=None) as batch_op:
        batch_op.drop_index('ix_case_fact_team_date')
        batch_op.drop_index('ix_case_fact_meeting_date')
        batch_op.drop_index('ix_case_fact_case_id')
    op.drop_table('case_fact')
