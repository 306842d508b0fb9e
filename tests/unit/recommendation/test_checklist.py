"""The checklist rules, each with its source: met by a complete fleksjob indstilling, missing without its field."""

from __future__ import annotations

import pytest

from rehabmeet.recommendation.checklist import CaseContext, ItemState, evaluate_checklist
from rehabmeet.recommendation.content import IndstillingContent, Intervention, content_from_json, content_to_json
from rehabmeet.settings.rules import default_rules
from tests.helpers.indstilling import COMPLETE_FLEKSJOB

RULES = default_rules().checklist
PRESENT = CaseContext(citizen_present=True, attendance_recorded=True, liaison_recorded=True)


def _states(content: IndstillingContent, context: CaseContext = PRESENT) -> dict[str, tuple[ItemState, str, str]]:
    return {i.rule_id: (i.state, i.strength, i.source) for i in evaluate_checklist(RULES, content, context)}


def test_a_complete_fleksjob_indstilling_meets_every_rule_that_applies() -> None:
    states = _states(COMPLETE_FLEKSJOB)
    missing = [rule for rule, (state, _, _) in states.items() if state is ItemState.MISSING]
    assert missing == []
    assert states["FP"][0] is ItemState.NOT_APPLICABLE and states["C5"][0] is ItemState.NOT_APPLICABLE


@pytest.mark.parametrize(
    ("rule", "change", "strength", "source"),
    [
        ("§11-1", {"outcome": ""}, "law", "001 L641–644"),
        ("§9", {"prospects": " "}, "law", "001 L636–639"),
        ("§11-3", {"follow_up": ""}, "law", "001 L648–651"),
        ("C1", {"emphasised_factors": ""}, "law", "004 L229–231, L1489–1492"),
        ("C2", {"afklaret_justification": ""}, "law", "004 L252–254, L1496–1498"),
        ("C3", {"job_functions": ""}, "law", "004 L231–233, L1500–1501"),
        ("C4", {"transition_support": ""}, "law", "004 L233–235, L1501–1503"),
        ("C5", {"very_limited_capacity": True, "lab116_justification": ""}, "law", "004 L235–238, L1505–1507"),
        (
            "C5-deadline",
            {"very_limited_capacity": True, "lab116_justification": "x", "progression_deadline": None},
            "law",
            "004 L317–326",
        ),
        ("C6", {"interventions": (), "no_interventions_reason": ""}, "law", "004 L272–276, L1633–1637"),
        ("C7", {"special_considerations": "Pauser."}, "practice", "004 L259–263, L1617–1626"),
        ("C8", {"special_help": ""}, "practice", "004 L264–270, L1628–1630"),
        ("C9", {"can_find_job_alone": ""}, "practice", "004 L243–247, L1557–1562"),
        ("C10", {"hours_per_week": 38}, "practice", "004 L293–297, L312–313"),
        ("C11", {"progression_deadline": None}, "practice", "004 L303–315, L1673–1689"),
        ("C12", {"progression": ""}, "practice", "004 L2259–2263"),
        ("C13", {"citizen_view": ""}, "practice", "004 L627–628, L2358–2360"),
        ("C14", {"job_goal": ""}, "practice", "004 L385–387, L2362–2363"),
        ("C15", {"interventions": (Intervention(description="Noget"),)}, "data", "004 L447–451"),
        ("C16", {"outcome": ""}, "data", "004 L307, L1575"),
        ("B3", {"concrete_job": True, "concrete_job_confirmed": False}, "data", "004 L1542–1544"),
    ],
)
def test_each_rule_fails_without_its_field(rule: str, change: dict[str, object], strength: str, source: str) -> None:
    state, actual_strength, actual_source = _states(COMPLETE_FLEKSJOB.with_changes(**change))[rule]
    assert (state, actual_strength, actual_source) == (ItemState.MISSING, strength, source)


def test_attendance_rules_look_at_the_meeting() -> None:
    absent = CaseContext(citizen_present=False, attendance_recorded=True, liaison_recorded=False)
    states = _states(COMPLETE_FLEKSJOB, absent)
    assert states["B1"][:2] == (ItemState.MISSING, "law") and states["B1"][2] == "004 L990–992"
    assert states["B2"][:2] == (ItemState.MISSING, "practice")


def test_no_measures_with_a_reason_satisfies_c6_and_a_concrete_job_removes_c9() -> None:
    content = COMPLETE_FLEKSJOB.with_changes(
        interventions=(),
        no_interventions_reason="Ingen indsats: job på plads.",
        concrete_job=True,
        concrete_job_confirmed=True,
        can_find_job_alone="",
    )
    states = _states(content)
    assert states["C6"][0] is ItemState.MET and states["C9"][0] is ItemState.MET and states["B3"][0] is ItemState.MET


def test_fleksjob_rules_do_not_apply_to_other_outcomes_but_foertidspension_needs_its_explanation() -> None:
    states = _states(IndstillingContent(outcome="foertidspension"))
    assert states["C1"][0] is ItemState.NOT_APPLICABLE and states["FP"][0] is ItemState.MISSING


def test_a_rule_set_changed_as_data_changes_the_checklist() -> None:
    import dataclasses

    rules = tuple(dataclasses.replace(r, strength="law") if r.id == "C13" else r for r in RULES)
    (item,) = [
        i
        for i in evaluate_checklist(rules, COMPLETE_FLEKSJOB.with_changes(citizen_view=""), PRESENT)
        if i.rule_id == "C13"
    ]
    assert item.blocks


def test_content_survives_json_and_ignores_unknown_keys() -> None:
    data = content_to_json(COMPLETE_FLEKSJOB) | {"added_in_a_later_version": 1}
    assert content_from_json(data) == COMPLETE_FLEKSJOB
    assert content_from_json(None) == IndstillingContent()


@pytest.mark.parametrize(
    ("field", "template_text"),
    [
        ("follow_up", "Den koordinerende sagsbehandler følger op hver … uge. Mentorstøtte: …"),
        ("transition_support", "Der er / er ikke behov for støtte fra kommunen i en overgangsperiode: nej"),
        ("afklaret_justification", "Teamet vurderer, at borgeren er afklaret, fordi ..."),
        ("prospects", "[skriv teamets vurdering]"),
    ],
)
def test_a_template_placeholder_never_satisfies_a_check(field: str, template_text: str) -> None:
    rule = {"follow_up": "§11-3", "transition_support": "C4", "afklaret_justification": "C2", "prospects": "§9"}[field]
    assert _states(COMPLETE_FLEKSJOB.with_changes(**{field: template_text}))[rule][0] is ItemState.MISSING
    no_measures = COMPLETE_FLEKSJOB.with_changes(interventions=(Intervention(description="…"),))
    assert _states(no_measures)["C6"][0] is ItemState.MISSING


def test_each_area_needs_a_measure_or_a_written_no_need() -> None:
    states = _states(COMPLETE_FLEKSJOB)
    assert states["§11-2"][:3] == (ItemState.MET, "law", "001 L645–648")
    no_social = COMPLETE_FLEKSJOB.with_changes(no_need_social="")
    assert _states(no_social)["§11-2"][0] is ItemState.MISSING
    with_social_measure = no_social.with_changes(
        interventions=(*COMPLETE_FLEKSJOB.interventions, Intervention("social_stotte", "Bostøtte"))
    )
    assert _states(with_social_measure)["§11-2"][0] is ItemState.MET
    assert (
        _states(COMPLETE_FLEKSJOB.with_changes(no_need_health="Ingen behov, fordi …"))["§11-2"][0] is ItemState.MISSING
    )


def test_a_question_naming_treatment_warns_without_a_health_measure() -> None:
    asks = CaseContext(True, True, True, question="Kan genoptræning og psykologbehandling hjælpe?")
    content = COMPLETE_FLEKSJOB.with_changes(no_need_health="")
    assert _states(content, asks)["§11-2-health"][:2] == (ItemState.MISSING, "practice")
    assert _states(content)["§11-2-health"][0] is ItemState.MET  # the question names no treatment
    treated = content.with_changes(interventions=(Intervention("behandling", "Psykologforløb, 10 samtaler"),))
    assert _states(treated, asks)["§11-2-health"][0] is ItemState.MET
    assert _states(IndstillingContent(outcome="ressourceforloeb"))["§11-2-edu"][:2] == (ItemState.MISSING, "practice")


def test_b2_warns_when_a_virksomhedskonsulent_is_responsible_but_not_recorded_present() -> None:
    measure = Intervention("virksomhedspraktik", "Praktik i butik", "Virksomhedskonsulent Jens Holm")
    content = COMPLETE_FLEKSJOB.with_changes(interventions=(measure,))
    absent = CaseContext(True, True, liaison_recorded=True, liaison_present=False)
    assert _states(content, absent)["B2"][:2] == (ItemState.MISSING, "practice")
    assert _states(content, CaseContext(True, True, True, liaison_present=True))["B2"][0] is ItemState.MET
    assert _states(COMPLETE_FLEKSJOB, absent)["B2"][0] is ItemState.MET  # no liaison named responsible
