"""The event log chained by hash; the decision made at the table; the issued (and signed) documents.

Existing events are chained in id order (chain format 1, ``rehabmeet.domain.chain``). The
append-only triggers are lifted for the backfill only and put back at once.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-26 16:34:28.948720
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from rehabmeet.migrations.guards import drop_event_log_guards, make_event_log_append_only


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('decision',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('agenda_item_id', sa.Integer(), nullable=False),
    sa.Column('outcome', sa.String(length=32), nullable=False),
    sa.Column('indstilling_version', sa.Integer(), nullable=False),
    sa.Column('follows_indstilling', sa.Boolean(), nullable=False),
    sa.Column('returns_to_team', sa.Boolean(), nullable=False),
    sa.Column('reasons', sa.Text(), nullable=False),
    sa.Column('legal_basis', sa.Text(), nullable=False),
    sa.Column('facts', sa.Text(), nullable=False),
    sa.Column('heard_at', sa.DateTime(), nullable=True),
    sa.Column('hearing_note', sa.Text(), nullable=False),
    sa.Column('effective_date', sa.Date(), nullable=True),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('decided_by', sa.String(length=200), nullable=False),
    sa.Column('decided_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['agenda_item_id'], ['agenda_item.id'], name=op.f('fk_decision_agenda_item_id_agenda_item'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_decision')),
    sa.UniqueConstraint('agenda_item_id', name=op.f('uq_decision_agenda_item_id'))
    )
    op.create_table('issued_document',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('agenda_item_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('format', sa.String(length=8), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('content', sa.LargeBinary(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('pages', sa.Integer(), nullable=False),
    sa.Column('large_type', sa.Boolean(), nullable=False),
    sa.Column('signatures', sa.JSON(), nullable=False),
    sa.Column('signature_slots', sa.JSON(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=True),
    sa.Column('created_by', sa.String(length=200), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['agenda_item_id'], ['agenda_item.id'], name=op.f('fk_issued_document_agenda_item_id_agenda_item'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_issued_document'))
    )
    with op.batch_alter_table('issued_document', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_issued_document_agenda_item_id'), ['agenda_item_id'], unique=False)

    drop_event_log_guards()
    with op.batch_alter_table('event_log', schema=None) as batch_op:
        batch_op.add_column(sa.Column('prev_hash', sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column('entry_hash', sa.String(length=64), nullable=True))
    _chain_existing_events()
    with op.batch_alter_table('event_log', schema=None) as batch_op:
        batch_op.alter_column('prev_hash', existing_type=sa.String(length=64), nullable=False)
        batch_op.alter_column('entry_hash', existing_type=sa.String(length=64), nullable=False)
        batch_op.create_unique_constraint(batch_op.f('uq_event_log_prev_hash'), ['prev_hash'])
    make_event_log_append_only()


def _chain_existing_events() -> None:
    from rehabmeet.domain.chain import GENESIS, entry_hash
    from rehabmeet.models.base import UTCDateTime

    log = sa.table(
        'event_log',
        sa.column('id', sa.Integer()),
        sa.column('occurred_at', UTCDateTime()),
        sa.column('actor', sa.String()),
        sa.column('action', sa.String()),
        sa.column('case_id', sa.Integer()),
        sa.column('meeting_id', sa.Integer()),
        sa.column('details', sa.JSON()),
        sa.column('prev_hash', sa.String()),
        sa.column('entry_hash', sa.String()),
    )
    bind = op.get_bind()
    head = GENESIS
    rows = bind.execute(sa.select(log).order_by(log.c.id)).mappings().all()
    for row in rows:
        digest = entry_hash(
            head, row['occurred_at'], row['actor'], row['action'], row['case_id'], row['meeting_id'], row['details']
        )
        bind.execute(log.update().where(log.c.id == row['id']).values(prev_hash=head, entry_hash=digest))
        head = digest


def downgrade() -> None:
    drop_event_log_guards()
    with op.batch_alter_table('event_log', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('uq_event_log_prev_hash'), type_='unique')
        batch_op.drop_column('entry_hash')
        batch_op.drop_column('prev_hash')
    make_event_log_append_only()

    with op.batch_alter_table('issued_document', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_issued_document_agenda_item_id'))

    op.drop_table('issued_document')
    op.drop_table('decision')
