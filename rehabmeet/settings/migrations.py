"""Versioned migrations of the rules document, Picard/napari style.

Each migrator turns version ``n`` into ``n + 1``; they run in order on a copy, so a failure
leaves the stored document untouched.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

from rehabmeet.errors import UserFacingError
from rehabmeet.i18n import error_text

RulesDocument = dict[str, Any]
Migrator = Callable[[RulesDocument], RulesDocument]

CURRENT_VERSION = 10

_MIGRATORS: dict[int, Migrator] = {}


def migrator(from_version: int) -> Callable[[Migrator], Migrator]:
    """Register ``function`` as the migration from ``from_version`` to ``from_version + 1``."""

    def register(function: Migrator) -> Migrator:
        if from_version in _MIGRATORS:
            raise RuntimeError(f"two rules migrators from version {from_version}")
        _MIGRATORS[from_version] = function
        return function

    return register


def migrate_rules_json(document: RulesDocument, *, target: int = CURRENT_VERSION) -> RulesDocument:
    """Return ``document`` migrated to ``target`` (a new dict; the input is not changed).

    Raises:
        UserFacingError: the document is newer than this RehabMeet, or a step is missing or fails.
    """
    version = document.get("schema_version")
    if not isinstance(version, int) or version < 0:
        raise UserFacingError(error_text("the team's rules have no valid schema_version"))
    if version > target:
        raise UserFacingError(
            error_text(
                "the team's rules were written by a newer RehabMeet (rules version {version}, "
                "this one knows {target}); install the newer RehabMeet",
                version=version,
                target=target,
            )
        )
    migrated = copy.deepcopy(document)
    while version < target:
        step = _MIGRATORS.get(version)
        if step is None:
            raise UserFacingError(
                error_text("no migration for the team's rules from version {version}", version=version)
            )
        try:
            migrated = step(migrated)
        except (KeyError, TypeError, ValueError) as exc:
            raise UserFacingError(
                error_text(
                    "the team's rules could not be migrated from version {version} ({exc})", version=version, exc=exc
                )
            ) from exc
        version += 1
        migrated["schema_version"] = version
    return migrated


@migrator(1)
def add_decision_phase(document: RulesDocument) -> RulesDocument:
    """Version 2 times the decision at the table as a phase of its own (0 minutes: not planned)."""
    for case_type in document["case_types"].values():
        case_type["phase_minutes"].setdefault("decision", 0)
    return document


@migrator(2)
def add_indstilling_rules(document: RulesDocument) -> RulesDocument:
    """Version 3 adds the indstilling's checklist, the outcomes per case type and the outcome templates."""
    from rehabmeet.settings.checklist_defaults import default_checklist, default_outcomes, default_templates
    from rehabmeet.settings.codec import checklist_rule_to_json

    document.setdefault("checklist", [checklist_rule_to_json(rule) for rule in default_checklist()])
    document.setdefault("outcomes", {k: list(v) for k, v in default_outcomes().items()})
    document.setdefault("templates", {k: dict(v) for k, v in default_templates().items()})
    return document


@migrator(3)
def add_legal_texts(document: RulesDocument) -> RulesDocument:
    """Version 4 adds the legal texts of decision letters (legal basis, klagevejledning)."""
    from rehabmeet.settings.legal import LegalTexts, legal_to_json

    document.setdefault("legal", legal_to_json(LegalTexts()))
    return document


@migrator(4)
def add_pack_visibility(document: RulesDocument) -> RulesDocument:
    """Version 5 adds the document kinds each discipline's agenda pack leaves out."""
    from rehabmeet.settings.rules import default_pack_hidden_kinds

    document.setdefault("pack_hidden_kinds", {k: list(v) for k, v in default_pack_hidden_kinds().items()})
    return document


@migrator(5)
def add_follow_up_deadlines(document: RulesDocument) -> RulesDocument:
    """Version 6 adds the deadlines after the meeting (informing the citizen, starting measures)."""
    document.setdefault(
        "follow_up",
        {
            "informed_warn_days": 4,
            "informed_alert_days": 14,
            "start_deadline_days": 60,
            "start_deadline_outcomes": ["ressourceforloeb"],
        },
    )
    return document


@migrator(6)
def add_area_rules(document: RulesDocument) -> RulesDocument:
    """Version 7 adds the § 11 stk. 1 nr. 2 area rules to the checklist (001 L645–648), after C6 where the
    defaults have them (a team's own rules with those ids are kept), and drops the chapter-level legal
    basis texts of earlier defaults, so the afgørelse cites the law version of the meeting day; texts a
    municipality changed are kept."""
    from rehabmeet.settings.checklist_defaults import area_rules
    from rehabmeet.settings.codec import checklist_rule_to_json

    checklist = document["checklist"]
    ids = [rule.get("id") for rule in checklist]
    at = ids.index("C6") + 1 if "C6" in ids else len(checklist)
    new = [checklist_rule_to_json(rule) for rule in area_rules() if rule.id not in ids]
    checklist[at:at] = new
    legal = document.get("legal")
    if isinstance(legal, dict):
        from rehabmeet.settings.legal import V6_TEAM_BASIS, LegalTexts, _v6_legal_basis

        old = _v6_legal_basis()
        basis = legal.get("legal_basis", {})
        legal["legal_basis"] = {k: v for k, v in basis.items() if old.get(k) != v}
        if legal.get("team_basis") == V6_TEAM_BASIS:
            legal["team_basis"] = ""
        if str(legal.get("reviewed_note", "")).startswith("Standardtekster fra 2021-kilderne"):
            legal["reviewed_note"] = LegalTexts().reviewed_note
    return document


@migrator(7)
def add_pack_expiry(document: RulesDocument) -> RulesDocument:
    """Version 8 adds how many days after the meeting day agenda packs expire (issue 18)."""
    document.setdefault("pack_expiry_days", 7)
    return document


@migrator(8)
def add_pack_topics(document: RulesDocument) -> RulesDocument:
    """Version 9 adds the topics left out of packs page by page and their heading words (issue 18)."""
    from rehabmeet.settings.rules import default_pack_hidden_topics, default_pack_topic_headings

    document.setdefault("pack_hidden_topics", {k: list(v) for k, v in default_pack_hidden_topics().items()})
    document.setdefault("pack_topic_headings", {k: list(v) for k, v in default_pack_topic_headings().items()})
    return document


@migrator(9)
def add_plausible_hours(document: RulesDocument) -> RulesDocument:
    """Version 10 adds to C10 the hours a week that are possible at all (0–37): outside them finalising is
    refused whatever the overrides (issue 17, cold review); a team's own values are kept."""
    for rule in document.get("checklist", []):
        if isinstance(rule, dict) and rule.get("check") == "range" and "hours_per_week" in rule.get("fields", []):
            params = rule.setdefault("params", {})
            params.setdefault("plausible_min", 0)
            params.setdefault("plausible_max", 37)
    return document
