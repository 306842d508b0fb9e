"""A complete fleksjob indstilling, for tests that then remove parts of it."""

from __future__ import annotations

from datetime import date

from rehabmeet.recommendation.content import Dissent, IndstillingContent, Intervention

COMPLETE_FLEKSJOB = IndstillingContent(
    outcome="fleksjob",
    prospects="Borgeren kan arbejde 12 timer om ugen i lettere kontorarbejde, med mulighed for progression.",
    emphasised_factors="Kroniske rygsmerter, stabilt fremmøde i praktik, god støtte i familien.",
    interventions=(
        Intervention(
            "mentor", "Mentor de første tre måneder", "jobcenter", "Koordinerende sagsbehandler", "januar 2027", True
        ),
    ),
    no_need_social="Borgeren har stabil bolig og økonomi og god støtte i familien.",
    no_need_health="Smerterne er behandlet færdigt hos egen læge.",
    follow_up="Opfølgning hver 4. uge de første 6 måneder; mentorstøtte i 3 måneder.",
    citizen_view="Borgeren ønsker kontorarbejde tæt på hjemmet og er enig i fleksjob.",
    job_goal="Receptionist eller kontorassistent i en mindre virksomhed.",
    progression="Forventer at kunne øge til 15 timer om ugen inden for et år.",
    progression_deadline=date(2027, 12, 1),
    dissent=(Dissent("Morten Lund", "health", "Mener 10 timer er realistisk i starten."),),
    afklaret_justification="Borgeren er afklaret: praktikken viste stabil arbejdsevne i 12 timer, og ordinære vilkår "
    "er udelukket pga. behov for pauser.",
    job_functions="Reception, telefonpasning, lettere administrative opgaver.",
    special_considerations="Skiftende arbejdsstillinger, pauser hver time, ingen løft over 5 kg, ingen lange gåture.",
    transition_support="Nej, der er ikke behov for støtte i en overgangsperiode.",
    special_help="Hæve-sænkebord som hjælpemiddel; personlig assistance er ikke nødvendig.",
    can_find_job_alone="Borgeren har brug for hjælp fra virksomhedskonsulent til at finde et fleksjob.",
    hours_per_week=12,
    intensity="Lav til moderat",
)


def finalise_demo_fleksjob(sessions: object, case_ref: str = "DEMO-2026-003") -> int:
    """Record attendance for the demo's fleksjob case, finalise COMPLETE_FLEKSJOB for it; return the item id."""
    from rehabmeet.services.attendance import AttendanceService
    from rehabmeet.services.indstilling import IndstillingService
    from rehabmeet.services.meetings import MeetingService

    meetings = MeetingService(sessions, actor="t")  # type: ignore[arg-type]
    (meeting,) = meetings.list_meetings()
    item_id = next(r.item_id for r in meetings.agenda(meeting.meeting_id).rows if r.case_ref == case_ref)
    AttendanceService(sessions, actor="leader").attendance(item_id)  # type: ignore[arg-type]
    service = IndstillingService(sessions, actor="secretary")  # type: ignore[arg-type]
    service.save(item_id, COMPLETE_FLEKSJOB, expected_revision=service.draft(item_id).revision)
    service.finalise(item_id)
    return item_id
