"""Reading and writing a team's rules in the database (the ``team.rules`` JSON document)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from rehabmeet.models import Team
from rehabmeet.settings.codec import rules_from_json, rules_to_json
from rehabmeet.settings.rules import Rules, default_rules


def load_rules(session: Session, team_id: int | None = None) -> Rules:
    """Return the rules of ``team_id`` (or of the first team); the defaults if there is no team yet."""
    query = (
        select(Team.rules).order_by(Team.id).limit(1)
        if team_id is None
        else select(Team.rules).where(Team.id == team_id)
    )
    document = session.scalar(query)
    return default_rules() if document is None else rules_from_json(document)


def save_rules(session: Session, team: Team, rules: Rules) -> None:
    """Store ``rules`` on ``team`` (the caller's transaction commits)."""
    team.rules = rules_to_json(rules)
