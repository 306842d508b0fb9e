"""After the meeting: the decision and informing the citizen, the measures' real start, and each finalised
indstilling's checklist result (management information). Measures of indstillinger finalised before this
revision are backfilled from their content; their checklist results are not (they were never recorded).

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-26 17:26:13.856166
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('follow_through',
    sa.Column('agenda_item_id', sa.Integer(), nullable=False),
    sa.Column('decision_date', sa.Date(), nullable=True),
    sa.Column('decision_outcome', sa.String(length=32), nullable=True),
    sa.Column('follows_indstilling', sa.Boolean(), nullable=True),
    sa.Column('decided_at_table', sa.Boolean(), nullable=False),
    sa.Column('informed_on', sa.Date(), nullable=True),
    sa.Column('informed_channel', sa.String(length=32), nullable=True),
    sa.Column('returned_item_id', sa.Integer(), nullable=True),
    sa.Column('updated_by', sa.String(length=200), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['agenda_item_id'], ['agenda_item.id'], name=op.f('fk_follow_through_agenda_item_id_agenda_item'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['returned_item_id'], ['agenda_item.id'], name=op.f('fk_follow_through_returned_item_id_agenda_item'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('agenda_item_id', name=op.f('pk_follow_through'))
    )
    with op.batch_alter_table('follow_through', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_follow_through_decision_date'), ['decision_date'], unique=False)

    op.create_table('indstilling_check',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('agenda_item_id', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('rule_id', sa.String(length=16), nullable=False),
    sa.Column('applies', sa.Boolean(), nullable=False),
    sa.Column('met', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['agenda_item_id'], ['agenda_item.id'], name=op.f('fk_indstilling_check_agenda_item_id_agenda_item'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_indstilling_check'))
    )
    with op.batch_alter_table('indstilling_check', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_indstilling_check_agenda_item_id'), ['agenda_item_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_indstilling_check_rule_id'), ['rule_id'], unique=False)

    op.create_table('intervention_follow',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('agenda_item_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('type', sa.String(length=32), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('started_on', sa.Date(), nullable=True),
    sa.Column('dropped_reason', sa.Text(), nullable=True),
    sa.Column('updated_by', sa.String(length=200), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['agenda_item_id'], ['agenda_item.id'], name=op.f('fk_intervention_follow_agenda_item_id_agenda_item'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_intervention_follow'))
    )
    with op.batch_alter_table('intervention_follow', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_intervention_follow_agenda_item_id'), ['agenda_item_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_intervention_follow_type'), ['type'], unique=False)

    _backfill_measures()


def _backfill_measures() -> None:
    from datetime import UTC, datetime

    bind = op.get_bind()
    indstilling = sa.table(
        'indstilling', sa.column('agenda_item_id', sa.Integer()), sa.column('content', sa.JSON()),
        sa.column('status', sa.String()),
    )
    follow = sa.table(
        'intervention_follow', sa.column('agenda_item_id', sa.Integer()), sa.column('position', sa.Integer()),
        sa.column('type', sa.String()), sa.column('description', sa.Text()), sa.column('updated_by', sa.String()),
        sa.column('updated_at', sa.DateTime()),
    )
    now = datetime.now(UTC).replace(tzinfo=None)
    rows = bind.execute(sa.select(indstilling).where(indstilling.c.status == 'final')).mappings().all()
    for row in rows:
        for position, measure in enumerate((row['content'] or {}).get('interventions') or []):
            if isinstance(measure, dict):
                bind.execute(follow.insert().values(
                    agenda_item_id=row['agenda_item_id'], position=position, type=str(measure.get('type') or 'andet'),
                    description=str(measure.get('description') or ''), updated_by='migration 0007', updated_at=now,
                ))


def downgrade() -> None:
    with op.batch_alter_table('intervention_follow', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_intervention_follow_type'))
        batch_op.drop_index(batch_op.f('ix_intervention_follow_agenda_item_id'))

    op.drop_table('intervention_follow')
    with op.batch_alter_table('indstilling_check', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_indstilling_check_rule_id'))
        batch_op.drop_index(batch_op.f('ix_indstilling_check_agenda_item_id'))

    op.drop_table('indstilling_check')
    with op.batch_alter_table('follow_through', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_follow_through_decision_date'))

    op.drop_table('follow_through')
