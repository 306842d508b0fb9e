"""The domain rules are data: defaults from the sources, JSON round trip, versioned migrations."""

from __future__ import annotations

import copy
from datetime import date

import pytest

from rehabmeet.domain.vocabulary import CaseType, Discipline, Phase
from rehabmeet.errors import UserFacingError
from rehabmeet.settings.codec import RulesError, rules_from_json, rules_to_json
from rehabmeet.settings.migrations import migrate_rules_json
from rehabmeet.settings.rules import RULES_SCHEMA_VERSION, default_rules


def test_defaults_follow_the_sources() -> None:
    rules = default_rules()
    standard = rules.for_case_type(CaseType.FLEKSJOB)
    assert standard.phase_minutes[Phase.CITIZEN_SESSION] == 20  # 000 L595
    assert dict(standard.phase_minutes) == {
        Phase.FORMOEDE: 10,
        Phase.CITIZEN_SESSION: 20,
        Phase.TIMEOUT: 10,
        Phase.ANNOUNCEMENT: 5,
        Phase.DECISION: 0,
    }
    assert standard.max_cases_per_day == 6  # 003 L114–119
    fast = rules.for_case_type(CaseType.JOBAFKLARING)
    assert fast.max_cases_per_day == 10 and fast.total_minutes < standard.total_minutes
    assert rules.page_cap == 50  # 000 L431–435
    assert set(rules.quorum.required) == {
        Discipline.JOBCENTER,
        Discipline.SOCIAL,
        Discipline.HEALTH,
        Discipline.HEALTH_COORDINATOR,
    }


def test_unknown_case_type_falls_back_to_other() -> None:
    rules = default_rules()
    assert rules.for_case_type("not-a-type") == rules.for_case_type(CaseType.ANDET)


@pytest.mark.parametrize(
    ("birth", "qualified", "required"),
    [
        (date(2000, 6, 1), False, True),  # 26, no qualification
        (date(2000, 6, 1), True, False),  # 26, qualified
        (date(1996, 11, 26), False, False),  # turns 30 on the meeting day
        (date(1996, 11, 27), False, True),  # still 29
    ],
)
def test_education_member_rule(birth: date, qualified: bool, required: bool) -> None:
    rule = default_rules().education_member
    assert rule.requires_member(birth, qualified, date(2026, 11, 26)) is required


def test_json_round_trip_keeps_every_rule() -> None:
    rules = default_rules()
    assert rules_from_json(rules_to_json(rules)) == rules


def test_a_municipality_can_change_a_budget_without_code() -> None:
    document = rules_to_json(default_rules())
    document["case_types"]["fleksjob"]["phase_minutes"]["timeout"] = 15
    document["page_cap"] = 40
    changed = rules_from_json(document)
    assert changed.for_case_type("fleksjob").phase_minutes[Phase.TIMEOUT] == 15
    assert changed.page_cap == 40


@pytest.mark.parametrize(
    ("path", "value", "message"),
    [
        (("page_cap",), 0, "page_cap must be a positive whole number"),
        (("case_types", "fleksjob", "phase_minutes", "timeout"), -5, "cannot be negative"),
        (("quorum", "required"), ["jobcenter", "astrology"], "'astrology' is not a valid Discipline"),
        (("day", "end_of_day"), "25:99", "hour must be in 0..23"),
    ],
)
def test_malformed_rules_name_the_problem(path: tuple[str, ...], value: object, message: str) -> None:
    document = rules_to_json(default_rules())
    target = document
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    with pytest.raises(RulesError, match=message):
        rules_from_json(document)


def test_rules_from_a_newer_app_are_refused() -> None:
    document = rules_to_json(default_rules())
    document["schema_version"] = 99
    with pytest.raises(UserFacingError, match="written by a newer RehabMeet"):
        rules_from_json(document)


def test_migrators_run_in_order_on_a_copy(monkeypatch: pytest.MonkeyPatch) -> None:
    from rehabmeet.settings import migrations

    def rename_cap(document: dict[str, object]) -> dict[str, object]:
        document["page_cap"] = document.pop("max_pages")
        return document

    monkeypatch.setattr(migrations, "_MIGRATORS", {0: rename_cap})
    old = rules_to_json(default_rules())
    old["schema_version"] = 0
    old["max_pages"] = old.pop("page_cap")
    original = copy.deepcopy(old)
    migrated = migrate_rules_json(old, target=1)
    assert migrated["page_cap"] == 50 and migrated["schema_version"] == 1
    assert old == original


def test_a_failing_migrator_leaves_the_document_untouched(monkeypatch: pytest.MonkeyPatch) -> None:
    from rehabmeet.settings import migrations

    def broken(document: dict[str, object]) -> dict[str, object]:
        document["page_cap"] = 1
        raise KeyError("missing")

    monkeypatch.setattr(migrations, "_MIGRATORS", {0: broken})
    old = {**rules_to_json(default_rules()), "schema_version": 0}
    original = copy.deepcopy(old)
    with pytest.raises(UserFacingError, match="could not be migrated from version 0"):
        migrate_rules_json(old, target=1)
    assert old == original


def test_rules_written_by_version_1_are_migrated() -> None:
    import json
    from pathlib import Path

    stored = json.loads((Path(__file__).parents[2] / "data" / "rules" / "rules-v1.json").read_text(encoding="utf-8"))
    assert stored["schema_version"] == 1
    rules = rules_from_json(stored)
    assert rules.schema_version == RULES_SCHEMA_VERSION
    assert rules.for_case_type("fleksjob").phase_minutes[Phase.DECISION] == 0
    assert rules == default_rules()


def test_rules_written_by_version_2_get_the_indstilling_checklist() -> None:
    import json
    from pathlib import Path

    stored = json.loads((Path(__file__).parents[2] / "data" / "rules" / "rules-v2.json").read_text(encoding="utf-8"))
    assert stored["schema_version"] == 2 and "checklist" not in stored
    rules = rules_from_json(stored)
    assert [r.id for r in rules.checklist][:3] == ["§11-1", "§9", "§11-3"]
    assert "fleksjob" in rules.outcomes_for("ressourceforloeb")
    assert rules == default_rules()


def test_rules_written_by_version_3_get_the_legal_texts() -> None:
    import json
    from pathlib import Path

    stored = json.loads((Path(__file__).parents[2] / "data" / "rules" / "rules-v3.json").read_text(encoding="utf-8"))
    assert stored["schema_version"] == 3 and "legal" not in stored
    rules = rules_from_json(stored)
    assert rules.legal.appeal_weeks == 4 and "fleksjob" in rules.legal.decide_at_table
    assert rules.legal.basis_for("fleksjob") == ""  # from version 7 the law of the meeting day is cited
    assert rules == default_rules()


def test_a_malformed_appeal_deadline_is_named() -> None:
    from rehabmeet.settings.codec import rules_to_json

    document = rules_to_json(default_rules())
    document["legal"]["appeal_weeks"] = 0
    with pytest.raises(UserFacingError, match="appeal_weeks"):
        rules_from_json(document)


def test_rules_written_by_version_4_get_the_pack_visibility() -> None:
    import json
    from pathlib import Path

    stored = json.loads((Path(__file__).parents[2] / "data" / "rules" / "rules-v4.json").read_text(encoding="utf-8"))
    assert stored["schema_version"] == 4 and "pack_hidden_kinds" not in stored
    rules = rules_from_json(stored)
    assert "journal" in rules.pack_hidden_kinds["education"] and "jobcenter" not in rules.pack_hidden_kinds
    assert rules == default_rules()


def test_rules_written_by_version_5_get_the_follow_up_deadlines() -> None:
    import json
    from pathlib import Path

    stored = json.loads((Path(__file__).parents[2] / "data" / "rules" / "rules-v5.json").read_text(encoding="utf-8"))
    assert stored["schema_version"] == 5 and "follow_up" not in stored
    rules = rules_from_json(stored)
    assert (rules.follow_up.informed_warn_days, rules.follow_up.informed_alert_days) == (4, 14)
    assert rules == default_rules()


def test_rules_written_by_version_6_get_the_area_rules_after_c6() -> None:
    import json
    from pathlib import Path

    stored = json.loads((Path(__file__).parents[2] / "data" / "rules" / "rules-v6.json").read_text(encoding="utf-8"))
    assert stored["schema_version"] == 6 and "§11-2" not in [r["id"] for r in stored["checklist"]]
    rules = rules_from_json(stored)
    ids = [r.id for r in rules.checklist]
    assert ids[ids.index("C6") + 1 : ids.index("C6") + 4] == ["§11-2", "§11-2-edu", "§11-2-health"]
    assert rules == default_rules()


def test_rules_written_by_version_6_get_the_pack_expiry_of_version_8() -> None:
    import json
    from pathlib import Path

    stored = json.loads((Path(__file__).parents[2] / "data" / "rules" / "rules-v6.json").read_text(encoding="utf-8"))
    assert stored["schema_version"] == 6 and "pack_expiry_days" not in stored
    rules = rules_from_json(stored)
    assert rules.pack_expiry_days == 7
    assert rules == default_rules()


def test_rules_written_by_version_8_get_the_page_level_pack_topics() -> None:
    document = rules_to_json(default_rules())
    del document["pack_hidden_topics"], document["pack_topic_headings"]
    document["schema_version"] = 8
    rules = rules_from_json(document)
    assert rules.pack_hidden_topics["education"] == ("helbred",)
    assert "helbred" in rules.pack_topic_headings["helbred"]
    assert rules == default_rules()


def test_a_malformed_pack_topic_rule_is_named() -> None:
    document = rules_to_json(default_rules())
    document["pack_hidden_topics"] = {"education": "helbred"}
    with pytest.raises(RulesError, match="mapping of lists"):
        rules_from_json(document)
