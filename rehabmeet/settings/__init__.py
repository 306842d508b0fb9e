"""The domain rules as versioned data: defaults from the sources, stored per team in the database."""

from rehabmeet.settings.rules import (
    CaseTypeRules,
    DayRules,
    EducationMemberRule,
    QuorumRule,
    ReadinessCheck,
    Rules,
    default_rules,
)

__all__ = [
    "CaseTypeRules",
    "DayRules",
    "EducationMemberRule",
    "QuorumRule",
    "ReadinessCheck",
    "Rules",
    "default_rules",
]
