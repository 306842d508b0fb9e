"""Case types, document kinds, disciplines, summary sections and meeting phases.

Codes are the bundle format's (``../shared/bundle-format/README.md``); labels are the Danish
terms of ``../shared/domain/README.md`` (glossary), marked for translation.
"""

from __future__ import annotations

from enum import StrEnum

from rehabmeet.i18n import QT_TRANSLATE_NOOP, translate


class CaseType(StrEnum):
    """The question put to the team (domain README, "Case types")."""

    JOBAFKLARING = "jobafklaring"
    RESSOURCEFORLOEB = "ressourceforloeb"
    FLEKSJOB = "fleksjob"
    FOERTIDSPENSION = "foertidspension"
    REVURDERING = "revurdering"
    ANDET = "andet"


class DocumentKind(StrEnum):
    """Kinds of documents a bundle may carry."""

    FORBEREDENDE_DEL = "forberedende_del"
    LAE265 = "lae265"
    SUNDHEDSKOORDINATOR = "sundhedskoordinator"
    CV = "cv"
    SPECIALLAEGE = "speciallaege"
    JOURNAL = "journal"
    PRAKTIK = "praktik"
    SAGSBEHANDLER_INDSTILLING = "sagsbehandler_indstilling"
    ANDET = "andet"


class Discipline(StrEnum):
    """The team's disciplines (000 L598–607; 002 L8452–8464)."""

    JOBCENTER = "jobcenter"
    SOCIAL = "social"
    HEALTH = "health"
    HEALTH_COORDINATOR = "health_coordinator"
    EDUCATION = "education"
    AD_HOC = "ad_hoc"


class SummarySection(StrEnum):
    """The caseworker's summary sections, in the recommended order (001 L511–526)."""

    SAGSRESUME = "sagsresume"
    SOCIALFAGLIG_PRAESENTATION = "socialfaglig_praesentation"
    ERHVERVSTILKNYTNING = "erhvervstilknytning"
    HELBRED = "helbred"
    BORGERENS_EGEN_STEMME = "borgerens_egen_stemme"
    SAGSBEHANDLERS_VURDERING = "sagsbehandlers_vurdering"


class Phase(StrEnum):
    """The phases of one case at the meeting, in order (000 L618–630).

    ``DECISION`` is the municipality's decision at the table with oral partshøring (000 L845–851);
    its budget is 0 (not planned) unless the team decides on the spot.
    """

    FORMOEDE = "formoede"
    CITIZEN_SESSION = "citizen_session"
    TIMEOUT = "timeout"
    ANNOUNCEMENT = "announcement"
    DECISION = "decision"


_LABELS: dict[str, str] = {
    CaseType.JOBAFKLARING: QT_TRANSLATE_NOOP("Vocabulary", "Job clarification (jobafklaringsforløb)"),
    CaseType.RESSOURCEFORLOEB: QT_TRANSLATE_NOOP("Vocabulary", "Resource programme (ressourceforløb)"),
    CaseType.FLEKSJOB: QT_TRANSLATE_NOOP("Vocabulary", "Flex job (fleksjob)"),
    CaseType.FOERTIDSPENSION: QT_TRANSLATE_NOOP("Vocabulary", "Disability pension (førtidspension)"),
    CaseType.REVURDERING: QT_TRANSLATE_NOOP("Vocabulary", "Re-assessment (revurdering)"),
    CaseType.ANDET: QT_TRANSLATE_NOOP("Vocabulary", "Other"),
    DocumentKind.FORBEREDENDE_DEL: QT_TRANSLATE_NOOP("Vocabulary", "Preparatory part"),
    DocumentKind.LAE265: QT_TRANSLATE_NOOP("Vocabulary", "GP certificate (LÆ 265)"),
    DocumentKind.SUNDHEDSKOORDINATOR: QT_TRANSLATE_NOOP("Vocabulary", "Health coordinator statement"),
    DocumentKind.CV: QT_TRANSLATE_NOOP("Vocabulary", "CV"),
    DocumentKind.SPECIALLAEGE: QT_TRANSLATE_NOOP("Vocabulary", "Specialist statement"),
    DocumentKind.JOURNAL: QT_TRANSLATE_NOOP("Vocabulary", "Medical record"),
    DocumentKind.PRAKTIK: QT_TRANSLATE_NOOP("Vocabulary", "Work placement report"),
    DocumentKind.SAGSBEHANDLER_INDSTILLING: QT_TRANSLATE_NOOP("Vocabulary", "Caseworker's recommendation"),
    Discipline.JOBCENTER: QT_TRANSLATE_NOOP("Vocabulary", "Employment (jobcenter)"),
    Discipline.SOCIAL: QT_TRANSLATE_NOOP("Vocabulary", "Social services"),
    Discipline.HEALTH: QT_TRANSLATE_NOOP("Vocabulary", "Health area"),
    Discipline.HEALTH_COORDINATOR: QT_TRANSLATE_NOOP("Vocabulary", "Health coordinator"),
    Discipline.EDUCATION: QT_TRANSLATE_NOOP("Vocabulary", "Education (UU)"),
    Discipline.AD_HOC: QT_TRANSLATE_NOOP("Vocabulary", "Ad hoc"),
    SummarySection.SAGSRESUME: QT_TRANSLATE_NOOP("Vocabulary", "Case summary"),
    SummarySection.SOCIALFAGLIG_PRAESENTATION: QT_TRANSLATE_NOOP("Vocabulary", "Social work presentation"),
    SummarySection.ERHVERVSTILKNYTNING: QT_TRANSLATE_NOOP("Vocabulary", "Attachment to the labour market"),
    SummarySection.HELBRED: QT_TRANSLATE_NOOP("Vocabulary", "Health"),
    SummarySection.BORGERENS_EGEN_STEMME: QT_TRANSLATE_NOOP("Vocabulary", "The citizen's own voice"),
    SummarySection.SAGSBEHANDLERS_VURDERING: QT_TRANSLATE_NOOP("Vocabulary", "The caseworker's assessment"),
    Phase.FORMOEDE: QT_TRANSLATE_NOOP("Vocabulary", "Pre-discussion"),
    Phase.CITIZEN_SESSION: QT_TRANSLATE_NOOP("Vocabulary", "Citizen session"),
    Phase.TIMEOUT: QT_TRANSLATE_NOOP("Vocabulary", "Timeout"),
    Phase.ANNOUNCEMENT: QT_TRANSLATE_NOOP("Vocabulary", "Announcement"),
    Phase.DECISION: QT_TRANSLATE_NOOP("Vocabulary", "Decision at the table"),
    "jobafklaringsforloeb": QT_TRANSLATE_NOOP("Vocabulary", "Job clarification programme (jobafklaringsforløb)"),
    "tilskud_selvstaendig": QT_TRANSLATE_NOOP("Vocabulary", "Subsidy for the self-employed"),
    "anden_indsats": QT_TRANSLATE_NOOP("Vocabulary", "Other employment-oriented measure"),
    "mentor": QT_TRANSLATE_NOOP("Vocabulary", "Mentor"),
    "virksomhedspraktik": QT_TRANSLATE_NOOP("Vocabulary", "Work placement"),
    "vejledning_opkvalificering": QT_TRANSLATE_NOOP("Vocabulary", "Guidance and upskilling"),
    "hjaelpemidler": QT_TRANSLATE_NOOP("Vocabulary", "Aids"),
    "behandling": QT_TRANSLATE_NOOP("Vocabulary", "Treatment"),
    "social_stotte": QT_TRANSLATE_NOOP("Vocabulary", "Social support"),
}

_SHORT_CASE_TYPE: dict[str, str] = {
    CaseType.JOBAFKLARING: QT_TRANSLATE_NOOP("Vocabulary", "Job clarification"),
    CaseType.RESSOURCEFORLOEB: QT_TRANSLATE_NOOP("Vocabulary", "Resource programme"),
    CaseType.FLEKSJOB: QT_TRANSLATE_NOOP("Vocabulary", "Flex job"),
    CaseType.FOERTIDSPENSION: QT_TRANSLATE_NOOP("Vocabulary", "Disability pension"),
    CaseType.REVURDERING: QT_TRANSLATE_NOOP("Vocabulary", "Re-assessment"),
    CaseType.ANDET: QT_TRANSLATE_NOOP("Vocabulary", "Other"),
}


def source_label(code: str) -> str:
    """Return the untranslated (English source) label of a vocabulary code."""
    return _LABELS.get(code, code)


def short_case_type_source_label(code: str) -> str:
    """Return the untranslated short label of a case type (for narrow table columns)."""
    return _SHORT_CASE_TYPE.get(code, code)


def label(code: str) -> str:
    """Return the label of a vocabulary code in the current core language."""
    return translate("Vocabulary", source_label(code))
