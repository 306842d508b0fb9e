"""The indstilling's checklist and outcomes as data, with defaults from the control points.

Every rule names its control point (``../shared/domain/control-points.md``), its strength — ``law``
blocks finalising unless overridden with a logged reason, ``practice`` warns, ``data`` informs — the
fields that satisfy it (the first is where the checklist links to), when it applies, and its source.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

FLEKSJOB = ("fleksjob",)


@dataclass(frozen=True, slots=True)
class ChecklistRule:
    """One check of the indstilling.

    Attributes:
        check: the evaluator in :mod:`rehabmeet.recommendation.checklist`.
        fields: content fields that satisfy it; the checklist links to the first.
        outcomes: the outcomes it applies to (empty: all).
        when_flag: a yes/no content field that must be set for the rule to apply.
        title: English wording; the UI shows its own translation for known ids.
    """

    id: str
    strength: str
    check: str
    fields: tuple[str, ...]
    source: str
    title: str
    outcomes: tuple[str, ...] = ()
    when_flag: str | None = None
    params: Mapping[str, object] = field(default_factory=lambda: MappingProxyType({}))


def _rule(
    id_: str,
    strength: str,
    check: str,
    fields: tuple[str, ...],
    source: str,
    title: str,
    outcomes: tuple[str, ...] = (),
    when_flag: str | None = None,
    **params: object,
) -> ChecklistRule:
    return ChecklistRule(id_, strength, check, fields, source, title, outcomes, when_flag, MappingProxyType(params))


def default_checklist() -> tuple[ChecklistRule, ...]:
    """Control points C1–C16, B1–B4 and the § 9/§ 11 essentials (004; 001 L633–659)."""
    return (
        _rule("§11-1", "law", "filled", ("outcome",), "001 L641–644", "The recommended outcome is chosen"),
        _rule(
            "§9",
            "law",
            "filled",
            ("prospects",),
            "001 L636–639",
            "The team's assessment of the citizen's prospects for work or education",
        ),
        _rule(
            "§11-3",
            "law",
            "filled",
            ("follow_up",),
            "001 L648–651",
            "How follow-up is organised, including mentor support",
        ),
        _rule(
            "C1",
            "law",
            "filled",
            ("emphasised_factors",),
            "004 L229–231, L1489–1492",
            "The employment, social and health factors the team emphasised",
            FLEKSJOB,
        ),
        _rule(
            "C2",
            "law",
            "filled",
            ("afklaret_justification",),
            "004 L252–254, L1496–1498",
            "Why the citizen is afklaret and cannot work on ordinary terms",
            FLEKSJOB,
        ),
        _rule(
            "C3",
            "law",
            "filled",
            ("job_functions",),
            "004 L231–233, L1500–1501",
            "The types of flex job or job functions",
            FLEKSJOB,
        ),
        _rule(
            "C4",
            "law",
            "filled",
            ("special_considerations", "transition_support"),
            "004 L233–235, L1501–1503",
            "Special considerations, and whether support is needed in a transition period (even 'no')",
            FLEKSJOB,
        ),
        _rule(
            "C5",
            "law",
            "filled",
            ("lab116_justification", "progression"),
            "004 L235–238, L1505–1507",
            "LAB § 116, stk. 2: why the very limited work capacity can develop within a reasonable period",
            FLEKSJOB,
            "very_limited_capacity",
        ),
        _rule(
            "C5-deadline",
            "law",
            "deadline_set",
            ("progression_deadline",),
            "004 L317–326",
            "The expected development has a deadline",
            FLEKSJOB,
            "very_limited_capacity",
        ),
        _rule(
            "C6",
            "law",
            "interventions_or_reason",
            ("interventions", "no_interventions_reason"),
            "004 L272–276, L1633–1637",
            "The measures to start, or an explicit 'no measures' with the assessment",
        ),
        *area_rules(),
        _rule(
            "FP",
            "law",
            "filled",
            ("professional_explanation",),
            "001 L633–639",
            "The professional explanation for førtidspension",
            ("foertidspension",),
        ),
        _rule(
            "C7",
            "practice",
            "min_length",
            ("special_considerations",),
            "004 L259–263, L1617–1626",
            "Skånehensyn described in concrete, job-search-usable terms",
            FLEKSJOB,
            min=40,
        ),
        _rule(
            "C8",
            "practice",
            "filled",
            ("special_help",),
            "004 L264–270, L1628–1630",
            "A position on special help and support (personlig assistance, hjælpemidler)",
            FLEKSJOB,
        ),
        _rule(
            "C9",
            "practice",
            "filled_unless_flag",
            ("can_find_job_alone",),
            "004 L243–247, L1557–1562",
            "Without a concrete job: can the citizen find one alone, or is help needed?",
            FLEKSJOB,
            flag="concrete_job",
        ),
        _rule(
            "C10",
            "practice",
            "range",
            ("hours_per_week",),
            "004 L293–297, L312–313",
            "Work capacity in hours per week (1–37)",
            FLEKSJOB,
            min=1,
            max=37,
            plausible_min=0,  # outside this no override helps: refused at finalising (indstilling.py)
            plausible_max=37,
        ),
        _rule(
            "C11",
            "practice",
            "deadline_set",
            ("progression_deadline",),
            "004 L303–315, L1673–1689",
            "Expected development of work capacity with a deadline",
            FLEKSJOB,
        ),
        _rule(
            "C12",
            "practice",
            "filled",
            ("progression",),
            "004 L2259–2263",
            "Progression considerations are written down",
        ),
        _rule(
            "C13",
            "practice",
            "filled",
            ("citizen_view",),
            "004 L627–628, L2358–2360",
            "The citizen's perspective from the meeting",
        ),
        _rule("C14", "practice", "filled", ("job_goal",), "004 L385–387, L2362–2363", "A concrete job goal"),
        _rule("C15", "data", "interventions_typed", ("interventions",), "004 L447–451", "Each measure has its type"),
        _rule(
            "C16",
            "data",
            "filled",
            ("outcome",),
            "004 L307, L1575",
            "No case leaves the meeting without an indstilling",
        ),
        _rule(
            "B1",
            "law",
            "attendance_recorded",
            (),
            "004 L990–992",
            "Treated by the interdisciplinary team with the citizen present; attendees recorded",
        ),
        _rule("B2", "practice", "liaison_recorded", (), "004 L1731–1754", "Whether a virksomhedskonsulent attended"),
        _rule(
            "B3",
            "data",
            "concrete_job_confirmed",
            ("concrete_job_confirmed",),
            "004 L1542–1544",
            "A concrete flex job only with a company agreement 'med forbehold for visitationen'",
            FLEKSJOB,
        ),
    )


HEALTH_WORDS = ("behandl", "medicin", "terapi", "psykolog", "psykiat", "genoptræn", "operation", "fysioterap")
"""Words in the case's question that name treatment (then a health measure is expected)."""


def area_rules() -> tuple[ChecklistRule, ...]:
    """§ 11 stk. 1 nr. 2 (001 L645–648): the employment, social and health measures needed, per area a
    measure or "no need, because …"; education for a ressourceforløb (002 L3987–3989); and a health
    measure when the question names treatment. Added to stored rules by the rules migration 6 → 7."""
    return (
        _rule(
            "§11-2",
            "law",
            "areas_covered",
            ("interventions", "no_need_employment", "no_need_social", "no_need_health"),
            "001 L645–648",
            "Measures in the employment, social and health areas, or 'no need, because …' for each",
            areas=["employment", "social", "health"],
        ),
        _rule(
            "§11-2-edu",
            "practice",
            "areas_covered",
            ("interventions", "no_need_education"),
            "002 L3987–3989",
            "An education measure, or 'no need, because …'",
            ("ressourceforloeb",),
            areas=["education"],
        ),
        _rule(
            "§11-2-health",
            "practice",
            "area_when_question_names",
            ("interventions", "no_need_health"),
            "001 L645–648",
            "The question names treatment: a health measure, or 'no need, because …'",
            areas=["health"],
            words=list(HEALTH_WORDS),
        ),
    )


def default_outcomes() -> Mapping[str, tuple[str, ...]]:
    """The outcomes a case type may lead to (§ 11 stk. 1 nr. 1, 001 L641–644)."""
    standard = ("ressourceforloeb", "fleksjob", "tilskud_selvstaendig", "anden_indsats", "foertidspension")
    return MappingProxyType(
        {
            "jobafklaring": ("jobafklaringsforloeb", *standard),
            "ressourceforloeb": standard,
            "fleksjob": standard,
            "foertidspension": standard,
            "revurdering": ("jobafklaringsforloeb", *standard),
            "andet": standard,
        }
    )


def default_templates() -> Mapping[str, Mapping[str, str]]:
    """Starting wording per outcome; a municipality edits these in its rules."""
    return MappingProxyType(
        {
            "fleksjob": MappingProxyType(
                {
                    "afklaret_justification": "Teamet vurderer, at borgeren er afklaret i forhold til uddannelse "
                    "og beskæftigelse, fordi … Borgeren kan ikke arbejde på ordinære vilkår, fordi …",
                    "transition_support": "Der er / er ikke behov for støtte fra kommunen i en overgangsperiode: …",
                }
            ),
            "ressourceforloeb": MappingProxyType(
                {
                    "follow_up": "Den koordinerende sagsbehandler følger op hver … uge. Mentorstøtte: …",
                }
            ),
            "foertidspension": MappingProxyType(
                {
                    "professional_explanation": "Teamet vurderer, at arbejdsevnen er varigt nedsat i et sådant "
                    "omfang, at borgeren ikke kan forsørge sig selv ved indtægtsgivende arbejde, heller ikke i "
                    "fleksjob, fordi …",
                }
            ),
        }
    )
