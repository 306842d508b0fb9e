"""The team: its members and its rules."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from rehabmeet.models import Team
from rehabmeet.settings.rules import Rules
from rehabmeet.settings.store import load_rules
from rehabmeet.storage.database import SessionFactory


@dataclass(frozen=True, slots=True)
class MemberRow:
    """A team member as listed."""

    member_id: int
    name: str
    discipline: str
    title: str | None


@dataclass(frozen=True, slots=True)
class TeamInfo:
    """The team's name, municipality and members."""

    team_id: int
    name: str
    municipality: str
    members: tuple[MemberRow, ...]


class TeamService:
    """Read access to the team and its rules."""

    def __init__(self, sessions: SessionFactory) -> None:
        self._sessions = sessions

    def team(self) -> TeamInfo | None:
        """Return the first team (RehabMeet serves one team per database today), or ``None``."""
        with self._sessions.begin() as session:
            team = session.scalars(select(Team).order_by(Team.id).limit(1)).first()
            if team is None:
                return None
            members = tuple(
                MemberRow(member_id=m.id, name=m.name, discipline=m.discipline, title=m.title)
                for m in team.members
                if m.active
            )
            return TeamInfo(team_id=team.id, name=team.name, municipality=team.municipality, members=members)

    def exists(self, team_id: int) -> bool:
        """True if there is a team with ``team_id``."""
        with self._sessions.begin() as session:
            return session.get(Team, team_id) is not None

    def rules(self) -> Rules:
        """Return the team's rules (the defaults before a team exists)."""
        with self._sessions.begin() as session:
            return load_rules(session)
