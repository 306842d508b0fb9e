"""The demo meeting day: an invented team, seven invented cases (imported from bundles the demo
writes itself) and one meeting day. Running it again adds nothing that is already there."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, time, timedelta

from sqlalchemy import select

from rehabmeet.audit.events import record_event
from rehabmeet.bundles.importer import BundleImporter
from rehabmeet.bundles.outcome import ImportStatus
from rehabmeet.bundles.writer import write_bundle_zip
from rehabmeet.demo.content import DEMO_CASE_REFS, demo_bundle_specs
from rehabmeet.demo.finished import DemoFinisher
from rehabmeet.demo.history import HistoryGenerator, HistorySize
from rehabmeet.domain.vocabulary import Discipline
from rehabmeet.errors import UserFacingError
from rehabmeet.i18n import error_text
from rehabmeet.models import Case, Meeting, MeetingMember, Team, TeamMember
from rehabmeet.scratch import private_folder
from rehabmeet.services.planning import MeetingPlanService
from rehabmeet.settings.codec import rules_to_json
from rehabmeet.settings.rules import default_rules
from rehabmeet.storage.database import SessionFactory

DEMO_TEAM_KEY = "demo-team"
DEMO_MEETING_KEY = "demo-meeting-day"

DEMO_MEMBERS: tuple[tuple[str, Discipline, str], ...] = (
    ("Helle Kragh", Discipline.JOBCENTER, "Teamleder, mødeleder"),
    ("Jonas Bech", Discipline.JOBCENTER, "Referent"),
    ("Birgitte Dam", Discipline.SOCIAL, "Socialrådgiver, Socialafdelingen"),
    ("Morten Lund", Discipline.HEALTH, "Fysioterapeut, Sundhed og Kultur"),
    ("Dr. Anne Vestergaard", Discipline.HEALTH_COORDINATOR, "Sundhedskoordinator, Klinisk Funktion"),
    ("Sofie Krog", Discipline.EDUCATION, "UU-vejleder"),
    ("Rasmus Thorsen", Discipline.AD_HOC, "Virksomhedskonsulent"),
)


@dataclass(frozen=True, slots=True)
class DemoResult:
    """What the demo created this time, and the meeting to open."""

    meeting_id: int
    cases_imported: int
    team_created: bool
    meeting_created: bool
    cases_finished: int = 0
    history_cases: int = 0

    @property
    def created_anything(self) -> bool:
        made = (self.cases_imported, self.cases_finished, self.history_cases)
        return self.team_created or self.meeting_created or any(n > 0 for n in made)


class DemoService:
    """Creates the demo meeting day idempotently."""

    def __init__(
        self,
        sessions: SessionFactory,
        *,
        actor: str,
        today: Callable[[], date] = date.today,
        finisher: DemoFinisher | None = None,
        history: HistoryGenerator | None = None,
    ) -> None:
        """``finisher`` plays the cases of finished.toml through and signs their documents; ``history`` adds a
        year of past meeting days for the dashboard (each skipped without one)."""
        self._sessions = sessions
        self._actor = actor
        self._today = today
        self._finisher = finisher
        self._history = history

    def create(
        self, history_size: HistorySize | None = None, progress: Callable[[int, int], None] | None = None
    ) -> DemoResult:
        """Create whatever part of the demo is missing and return the demo meeting (``history_size`` past
        cases, ``progress(done, total)`` while they are written)."""
        team_id, team_created = self._ensure_team()
        meeting_id, meeting_date, meeting_created = self._ensure_meeting(team_id)
        imported = self._import_missing_cases(meeting_date)
        with self._sessions.begin() as session:
            refs = list(DEMO_CASE_REFS)
            ids = {
                ref: id_ for ref, id_ in session.execute(select(Case.case_ref, Case.id).where(Case.case_ref.in_(refs)))
            }
        MeetingPlanService(self._sessions, actor=self._actor).add_cases(
            meeting_id, [ids[ref] for ref in refs if ref in ids]
        )
        finished = self._finisher.finish(meeting_id, meeting_date) if self._finisher is not None else 0
        past = 0
        if self._history is not None:
            past = self._history.create(meeting_date - timedelta(days=1), history_size or HistorySize(), progress)
        return DemoResult(meeting_id, imported, team_created, meeting_created, finished, past)

    def _ensure_team(self) -> tuple[int, bool]:
        with self._sessions.begin() as session:
            team = session.scalar(select(Team).where(Team.external_key == DEMO_TEAM_KEY))
            if team is not None:
                return team.id, False
            team = Team(
                name="Rehabiliteringsteamet (demo)",
                municipality="Aalborg Kommune",
                address="Jobcenter Aalborg, Eksempelvej 1, 9000 Aalborg",
                rules=rules_to_json(default_rules()),
                external_key=DEMO_TEAM_KEY,
                members=[
                    TeamMember(name=name, discipline=discipline.value, title=title, sort_order=i)
                    for i, (name, discipline, title) in enumerate(DEMO_MEMBERS)
                ],
            )
            session.add(team)
            session.flush()
            record_event(session, self._actor, "team.created", team_id=team.id, name=team.name, demo=True)
            return team.id, True

    def _ensure_meeting(self, team_id: int) -> tuple[int, date, bool]:
        with self._sessions.begin() as session:
            meeting = session.scalar(select(Meeting).where(Meeting.external_key == DEMO_MEETING_KEY))
            if meeting is not None:
                return meeting.id, meeting.meeting_date, False
            members = {m.title: m for m in session.scalars(select(TeamMember).where(TeamMember.team_id == team_id))}
            meeting = Meeting(
                team_id=team_id,
                title="Rehabiliteringsteam – demo-mødedag",
                meeting_date=self._today(),
                starts_at=time(9, 0),
                location="Mødelokale 2.14, Jobcenter Aalborg",
                leader=members.get("Teamleder, mødeleder"),
                secretary=members.get("Referent"),
                invited=[MeetingMember(member=m) for m in members.values() if m.discipline != Discipline.AD_HOC],
                external_key=DEMO_MEETING_KEY,
            )
            session.add(meeting)
            session.flush()
            record_event(session, self._actor, "meeting.created", meeting_id=meeting.id, demo=True)
            return meeting.id, meeting.meeting_date, True

    def _import_missing_cases(self, meeting_date: date) -> int:
        with self._sessions.begin() as session:
            present = set(session.scalars(select(Case.case_ref).where(Case.case_ref.in_(DEMO_CASE_REFS))))
        missing = [spec for spec in demo_bundle_specs(meeting_date) if spec.case_ref not in present]
        if not missing:
            return 0
        importer = BundleImporter(self._sessions, actor=self._actor, docx_renderer="reportlab", today=self._today)
        with private_folder("demo") as scratch:
            for spec in missing:
                outcome = importer.import_path(write_bundle_zip(spec, scratch))
                if outcome.status is not ImportStatus.IMPORTED:
                    raise UserFacingError(
                        error_text(
                            "the demo case {case_ref} could not be imported: {message}",
                            case_ref=spec.case_ref,
                            message=outcome.message,
                        )
                    )
        return len(missing)
