"""Letter facts for a case of any outcome, for tests that compose letters without a database."""

from __future__ import annotations

from datetime import UTC, date, datetime

from rehabmeet.letters.model import Attendee, CaseLetterFacts, DecisionFacts
from rehabmeet.recommendation.content import IndstillingContent
from tests.helpers.indstilling import COMPLETE_FLEKSJOB

OUTCOMES = (
    "fleksjob",
    "ressourceforloeb",
    "foertidspension",
    "tilskud_selvstaendig",
    "jobafklaringsforloeb",
    "anden_indsats",
)


def letter_facts(
    outcome: str,
    *,
    decided: str | None = None,
    meeting_date: date = date(2026, 11, 26),
    content: IndstillingContent | None = None,
) -> CaseLetterFacts:
    """Facts of a finalised indstilling for ``outcome``; ``decided`` adds a decision made at the table."""
    decision = None
    if decided is not None:
        decision = DecisionFacts(
            outcome=decided,
            follows_indstilling=decided == outcome,
            returns_to_team=False,
            reasons="Din arbejdsevne er varigt og væsentligt nedsat.",
            legal_basis="",
            facts="Praktikrapport: stabilt fremmøde 12 timer om ugen.\nLægeerklæring: skånehensyn ved løft.",
            heard_at=datetime(2026, 11, 26, 10, 40, tzinfo=UTC),
            hearing_note="Du var enig.",
            effective_date=date(2026, 12, 1),
            decided_by="Afdelingsleder Karen Holm",
            version=1,
        )
    return CaseLetterFacts(
        case_ref="TEST-0001",
        case_type="fleksjob",
        question="Hvilken indsats kan hjælpe borgeren videre?",
        citizen_name="Tina Testesen",
        citizen_cpr="010190-1234",
        municipality="Aalborg Kommune",
        team_address="Eksempelvej 1, 9000 Aalborg",
        meeting_date=meeting_date,
        meeting_location="Mødelokale 2",
        leader="Helle Kragh",
        caseworker_name="Sara Sagsbehandler",
        caseworker_unit="Jobcenter",
        caseworker_email="sara@example.dk",
        companion_name="",
        attendees=(Attendee("Helle Kragh", "jobcenter", "mødeleder"),),
        indstilling=(content or COMPLETE_FLEKSJOB).with_changes(outcome=outcome),
        indstilling_version=1,
        finalised_at=datetime(2026, 11, 26, 11, 0, tzinfo=UTC),
        decision=decision,
    )
