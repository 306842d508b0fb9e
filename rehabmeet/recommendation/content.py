"""The indstilling's content, structured by the law (§ 9 and § 11; 001 L633–659, 004 L1486–1507).

Free text where the law asks for reasons, structured fields where it asks for facts. Stored as
JSON; unknown keys are ignored and missing ones take their defaults, so drafts survive upgrades.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field, fields, replace
from datetime import date
from enum import StrEnum
from typing import Any

from rehabmeet.i18n import QT_TRANSLATE_NOOP, translate

PLACEHOLDER = re.compile(r"…|\.\.\.|\[[^\]]*\]|<[^>]*>|\b(\w+) / \1 ikke\b|\bXX+\b", re.IGNORECASE)
"""A template slot: an ellipsis, [brackets], <angle brackets>, "er / er ikke", XXX."""


def unfilled(text: str) -> bool:
    """Whether ``text`` is empty or still holds a template placeholder (never satisfies a check)."""
    return not text.strip() or PLACEHOLDER.search(text) is not None


class Outcome(StrEnum):
    """What the team recommends (§ 11 stk. 1 nr. 1, 001 L641–652; jobafklaring for sick-pay cases)."""

    RESSOURCEFORLOEB = "ressourceforloeb"
    FLEKSJOB = "fleksjob"
    TILSKUD_SELVSTAENDIG = "tilskud_selvstaendig"
    ANDEN_INDSATS = "anden_indsats"
    FOERTIDSPENSION = "foertidspension"
    JOBAFKLARINGSFORLOEB = "jobafklaringsforloeb"


class InterventionType(StrEnum):
    """Types of recommended measures (control point C15, 004 L447–451)."""

    MENTOR = "mentor"
    VIRKSOMHEDSPRAKTIK = "virksomhedspraktik"
    VEJLEDNING_OPKVALIFICERING = "vejledning_opkvalificering"
    HJAELPEMIDLER = "hjaelpemidler"
    BEHANDLING = "behandling"
    SOCIAL_STOTTE = "social_stotte"
    ANDET = "andet"


class Area(StrEnum):
    """The areas § 11 stk. 1 nr. 2 asks measures for: "beskæftigelsesrettede, sociale og sundhedsmæssige
    indsatse" (001 L645–648); the ressourceforløb adds "uddannelsesrettede" tilbud (002 L3987–3989)."""

    EMPLOYMENT = "employment"
    SOCIAL = "social"
    HEALTH = "health"
    EDUCATION = "education"


AREA_OF_TYPE: dict[str, str] = {
    InterventionType.MENTOR: Area.EMPLOYMENT,
    InterventionType.VIRKSOMHEDSPRAKTIK: Area.EMPLOYMENT,
    InterventionType.HJAELPEMIDLER: Area.EMPLOYMENT,
    InterventionType.VEJLEDNING_OPKVALIFICERING: Area.EDUCATION,
    InterventionType.BEHANDLING: Area.HEALTH,
    InterventionType.SOCIAL_STOTTE: Area.SOCIAL,
}
"""The area each measure type belongs to (``andet`` belongs to none)."""


def no_need_field(area: str) -> str:
    """The content field holding "no need for a measure in ``area``, because …"."""
    return f"no_need_{area}"


@dataclass(frozen=True, slots=True)
class Intervention:
    """One recommended measure: what, who is responsible, how it is coordinated, when it starts."""

    type: str = ""
    description: str = ""
    responsible: str = ""
    coordination: str = ""
    start: str = ""
    mentor_support: bool = False


@dataclass(frozen=True, slots=True)
class Dissent:
    """A member's (or the health coordinator's) disagreement with the conclusion, by name."""

    name: str = ""
    discipline: str = ""
    text: str = ""


@dataclass(frozen=True, slots=True)
class IndstillingContent:
    """Every field of the indstilling. Empty text means "not written yet"."""

    outcome: str = ""
    prospects: str = ""
    emphasised_factors: str = ""
    interventions: tuple[Intervention, ...] = ()
    no_interventions_reason: str = ""
    no_need_employment: str = ""
    no_need_social: str = ""
    no_need_health: str = ""
    no_need_education: str = ""
    follow_up: str = ""
    citizen_view: str = ""
    job_goal: str = ""
    progression: str = ""
    progression_deadline: date | None = None
    dissent: tuple[Dissent, ...] = ()
    afklaret_justification: str = ""
    job_functions: str = ""
    special_considerations: str = ""
    transition_support: str = ""
    special_help: str = ""
    can_find_job_alone: str = ""
    hours_per_week: int | None = None
    intensity: str = ""
    very_limited_capacity: bool = False
    lab116_justification: str = ""
    concrete_job: bool = False
    concrete_job_confirmed: bool = False
    fastholdelsesfleksjob: bool = False
    professional_explanation: str = ""

    def with_changes(self, **changes: Any) -> IndstillingContent:
        return replace(self, **changes)


# The form's label of each field (the same catalogue entries as the editor's form), so that
# messages about a field name it the way the person sees it, not by its key.
FIELD_LABELS: dict[str, str] = {
    "outcome": QT_TRANSLATE_NOOP("IndstillingForm", "Recommended outcome"),
    "prospects": QT_TRANSLATE_NOOP("IndstillingForm", "Prospects for work or education (§ 9)"),
    "job_goal": QT_TRANSLATE_NOOP("IndstillingForm", "Concrete job goal"),
    "emphasised_factors": QT_TRANSLATE_NOOP("IndstillingForm", "Employment, social and health factors emphasised"),
    "afklaret_justification": QT_TRANSLATE_NOOP("IndstillingForm", "Why afklaret, and why not on ordinary terms"),
    "job_functions": QT_TRANSLATE_NOOP("IndstillingForm", "Types of flex job or job functions"),
    "special_considerations": QT_TRANSLATE_NOOP("IndstillingForm", "Special considerations (skånehensyn)"),
    "transition_support": QT_TRANSLATE_NOOP("IndstillingForm", "Support in a transition period (also 'no')"),
    "special_help": QT_TRANSLATE_NOOP("IndstillingForm", "Special help: personal assistance, aids"),
    "concrete_job": QT_TRANSLATE_NOOP("IndstillingForm", "A concrete flex job is in view"),
    "concrete_job_confirmed": QT_TRANSLATE_NOOP("IndstillingForm", "The company has confirmed it (med forbehold)"),
    "fastholdelsesfleksjob": QT_TRANSLATE_NOOP("IndstillingForm", "With the current or last employer (fastholdelse)"),
    "can_find_job_alone": QT_TRANSLATE_NOOP("IndstillingForm", "Can the citizen find a job alone, or is help needed?"),
    "hours_per_week": QT_TRANSLATE_NOOP("IndstillingForm", "Hours per week (1–37)"),
    "intensity": QT_TRANSLATE_NOOP("IndstillingForm", "Intensity"),
    "very_limited_capacity": QT_TRANSLATE_NOOP("IndstillingForm", "Very limited work capacity (LAB § 116, stk. 2)"),
    "lab116_justification": QT_TRANSLATE_NOOP("IndstillingForm", "Why capacity can develop within a reasonable period"),
    "progression": QT_TRANSLATE_NOOP("IndstillingForm", "Expected progression"),
    "progression_deadline": QT_TRANSLATE_NOOP("IndstillingForm", "Progression deadline"),
    "professional_explanation": QT_TRANSLATE_NOOP("IndstillingForm", "Professional explanation (førtidspension)"),
    "interventions": QT_TRANSLATE_NOOP("IndstillingForm", "Measures"),
    "no_interventions_reason": QT_TRANSLATE_NOOP("IndstillingForm", "If no measures: the concrete assessment"),
    "follow_up": QT_TRANSLATE_NOOP("IndstillingForm", "Follow-up, including mentor support"),
    "citizen_view": QT_TRANSLATE_NOOP("IndstillingForm", "The citizen's own view"),
    "dissent": QT_TRANSLATE_NOOP("IndstillingForm", "Dissenting views (by name)"),
}


def field_label(name: str) -> str:
    """Return the field's label as the indstilling form shows it, in the current language."""
    return translate("IndstillingForm", FIELD_LABELS[name]) if name in FIELD_LABELS else name


TEXT_FIELDS = tuple(f.name for f in fields(IndstillingContent) if f.type == "str")


def content_to_json(content: IndstillingContent) -> dict[str, Any]:
    """Return the content as JSON-compatible data."""
    data = asdict(content)
    data["progression_deadline"] = content.progression_deadline.isoformat() if content.progression_deadline else None
    return data


def content_from_json(data: dict[str, Any] | None) -> IndstillingContent:
    """Return the content stored as ``data`` (tolerating missing and unknown keys)."""
    if not data:
        return IndstillingContent()
    known = {f.name for f in fields(IndstillingContent)}
    values = {k: v for k, v in data.items() if k in known}
    values["interventions"] = tuple(
        _item(Intervention, i) for i in data.get("interventions", []) if isinstance(i, dict)
    )
    values["dissent"] = tuple(_item(Dissent, d) for d in data.get("dissent", []) if isinstance(d, dict))
    deadline = data.get("progression_deadline")
    values["progression_deadline"] = date.fromisoformat(deadline) if isinstance(deadline, str) and deadline else None
    hours = data.get("hours_per_week")
    values["hours_per_week"] = int(hours) if isinstance(hours, int | float) and not isinstance(hours, bool) else None
    return IndstillingContent(**values)


def _item(kind: type[Any], data: dict[str, Any]) -> Any:
    known = {f.name for f in fields(kind)}
    return kind(**{k: v for k, v in data.items() if k in known})


@dataclass(frozen=True, slots=True)
class OutcomeTemplate:
    """Starting text for a chosen outcome (editable per municipality in the rules)."""

    outcome: str
    texts: dict[str, str] = field(default_factory=dict)
