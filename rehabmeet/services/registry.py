"""All services of one open database, built in one place for the GUI's composition root."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from rehabmeet.audit.local_anchor import checkpoint_folder
from rehabmeet.meeting.clock import Clock, MeetingClock
from rehabmeet.services.attendance import AttendanceService
from rehabmeet.services.cases import CaseService
from rehabmeet.services.day_checkpoint import DayCheckpointWriter
from rehabmeet.services.decisions import DecisionService
from rehabmeet.services.follow_through import FollowThroughService
from rehabmeet.services.indstilling import IndstillingService
from rehabmeet.services.issued_documents import IssuedDocumentService
from rehabmeet.services.lanes import LaneService
from rehabmeet.services.meeting_run import MeetingRunService
from rehabmeet.services.meeting_sets import MeetingSetService
from rehabmeet.services.meetings import MeetingService
from rehabmeet.services.note_merge import NoteMergeService
from rehabmeet.services.packs import AgendaPackService
from rehabmeet.services.planning import MeetingPlanService
from rehabmeet.services.preparation import PreparationService
from rehabmeet.services.search import SearchService
from rehabmeet.services.stats import StatsService
from rehabmeet.services.team import TeamService
from rehabmeet.settings.app_config import AppConfig
from rehabmeet.signing.certificates import CertificateStore
from rehabmeet.storage.database import Database

if TYPE_CHECKING:
    from rehabmeet.bundles.importer import BundleImporter


@dataclass(frozen=True)
class Services:
    """The core services the UI is given (constructor injection, no global lookups)."""

    database: Database
    actor: str
    cases: CaseService
    meetings: MeetingService
    planning: MeetingPlanService
    team: TeamService
    meeting_sets: MeetingSetService
    search: SearchService
    make_importer: Callable[[], BundleImporter]
    clock: Clock
    run: MeetingRunService
    attendance: AttendanceService
    lanes: LaneService
    indstilling: IndstillingService
    decisions: DecisionService
    documents: IssuedDocumentService
    certificates: CertificateStore
    packs: AgendaPackService
    note_merge: NoteMergeService
    preparation: PreparationService
    follow_through: FollowThroughService
    stats: StatsService


def build_services(
    database: Database,
    *,
    actor: str,
    config: AppConfig | None = None,
    today: Callable[[], date] = date.today,
    clock: Clock | None = None,
    certificates_dir: Path | None = None,
    templates_dir: Path | None = None,
) -> Services:
    """Return the services for ``database``, acting as ``actor``, with this installation's settings.

    ``certificates_dir`` holds the signers' certificates (default: ``certificates`` beside an SQLite
    database); ``templates_dir`` the municipality's own letter templates.
    """
    sessions = database.sessions
    settings = config or AppConfig()
    certificates = CertificateStore(certificates_dir or _default_certificates_dir(database))

    def make_importer() -> BundleImporter:
        from rehabmeet.bundles.importer import BundleImporter  # the PDF and DOCX libraries load on first import

        return BundleImporter(
            sessions, actor=actor, limits=settings.import_limits, docx_renderer=settings.docx_renderer, today=today
        )

    cases = CaseService(sessions, today=today)
    meeting_clock = clock or MeetingClock()
    meeting_sets = MeetingSetService(sessions, cases, actor=actor, today=today)
    lanes = LaneService(sessions, actor=actor)
    return Services(
        database=database,
        actor=actor,
        cases=cases,
        meeting_sets=meeting_sets,
        search=SearchService(sessions),
        meetings=MeetingService(sessions, actor=actor, today=today),
        planning=MeetingPlanService(sessions, actor=actor),
        team=TeamService(sessions),
        make_importer=make_importer,
        clock=meeting_clock,
        run=MeetingRunService(
            sessions,
            actor=actor,
            clock=meeting_clock,
            on_day_finished=DayCheckpointWriter(
                sessions, certificates, checkpoint_folder(certificates.folder.parent, settings.checkpoint_folder)
            ).write,
        ),
        attendance=AttendanceService(sessions, actor=actor),
        lanes=lanes,
        indstilling=IndstillingService(sessions, actor=actor),
        decisions=DecisionService(sessions, actor=actor),
        documents=IssuedDocumentService(
            sessions,
            actor=actor,
            certificates=certificates,
            templates_dir=templates_dir,
            today=today,
            timestamp_url=settings.timestamp_url,
            trust_bundle=settings.trust_bundle,
        ),
        certificates=certificates,
        packs=AgendaPackService(sessions, meeting_sets, actor=actor),
        note_merge=NoteMergeService(sessions, lanes, actor=actor),
        preparation=PreparationService(sessions, actor=actor, today=today),
        follow_through=FollowThroughService(sessions, actor=actor, today=today),
        stats=StatsService(sessions, actor=actor),
    )


def _default_certificates_dir(database: Database) -> Path:
    path = database.target.sqlite_path
    if path is not None:
        return path.parent / "certificates"
    from rehabmeet.paths import resolve_paths

    return resolve_paths().certificates_dir
