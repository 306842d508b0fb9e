"""SQLAlchemy ORM models, one module per aggregate. Importing this package registers them all."""

from rehabmeet.models.base import Base
from rehabmeet.models.case import Case, CaseVersion, SummarySection
from rehabmeet.models.case_facts import CaseFact, CaseFactDirty, CaseFactRule
from rehabmeet.models.change import ChangeFeed
from rehabmeet.models.document import Document, DocumentBlob, DocumentPage
from rehabmeet.models.event import Event
from rehabmeet.models.follow_through import FollowThrough, IndstillingCheck, InterventionFollow
from rehabmeet.models.issued import Decision, IssuedDocument
from rehabmeet.models.meeting import AgendaItem, AgendaNote, Attendance, Meeting, MeetingMember
from rehabmeet.models.meeting_set import MeetingSet
from rehabmeet.models.pack import (
    Annotation,
    ExchangedNote,
    NoteConflict,
    PackIssue,
    PackKey,
    PrepCase,
    PrepPack,
    ReceivedPack,
)
from rehabmeet.models.recommendation import Indstilling, IndstillingVersion, InputLane, LanePoint
from rehabmeet.models.role import DatabaseRole
from rehabmeet.models.team import Team, TeamMember

__all__ = [
    "AgendaItem",
    "AgendaNote",
    "Annotation",
    "Attendance",
    "Base",
    "Case",
    "CaseFact",
    "CaseFactDirty",
    "CaseFactRule",
    "CaseVersion",
    "ChangeFeed",
    "DatabaseRole",
    "Decision",
    "Document",
    "DocumentBlob",
    "DocumentPage",
    "Event",
    "ExchangedNote",
    "FollowThrough",
    "Indstilling",
    "IndstillingCheck",
    "IndstillingVersion",
    "InputLane",
    "InterventionFollow",
    "IssuedDocument",
    "LanePoint",
    "Meeting",
    "MeetingMember",
    "MeetingSet",
    "NoteConflict",
    "PackIssue",
    "PackKey",
    "PrepCase",
    "PrepPack",
    "ReceivedPack",
    "SummarySection",
    "Team",
    "TeamMember",
]
