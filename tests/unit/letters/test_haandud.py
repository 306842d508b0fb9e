"""The citizen's hand-out: plain Danish (LIX ≤ 30), the measures with who and when, the ways to reach the
caseworker we actually know, lower case after a colon, and only promises that fit the case."""

from __future__ import annotations

import tomllib
from dataclasses import replace
from datetime import date

import pytest

from rehabmeet.letters.haandud import compose_haandud
from rehabmeet.letters.lix import lix
from rehabmeet.letters.templates import load_templates
from rehabmeet.recommendation.content import content_from_json
from rehabmeet.resources import resource_path
from rehabmeet.settings.legal import LegalTexts
from tests.helpers.letters import OUTCOMES, letter_facts
from tests.unit.letters.test_law_citations import _text

TEMPLATES = load_templates()
DAY = date(2026, 11, 26)


def _handout(facts: object, templates: object = TEMPLATES) -> str:
    return _text(compose_haandud(facts, templates, LegalTexts(), DAY))  # type: ignore[arg-type]


@pytest.mark.parametrize("decided", [False, True])
@pytest.mark.parametrize("outcome", OUTCOMES)
def test_every_hand_out_reads_at_lix_30_or_less(outcome: str, decided: bool) -> None:
    text = _handout(letter_facts(outcome, decided=outcome if decided else None))
    assert lix(text) <= 30, (outcome, round(lix(text), 1))


def test_the_demo_hand_outs_read_at_lix_30_or_less() -> None:
    with resource_path("demo", "finished.toml").open("rb") as handle:
        cases = tomllib.load(handle)["case"]
    assert cases
    for case in cases:
        content = content_from_json(case["indstilling"])
        decided = content.outcome if case["decide_at_table"] else None
        text = _handout(letter_facts(content.outcome, decided=decided, content=content))
        assert lix(text) <= 30, (case["ref"], round(lix(text), 1))


def test_lix_counts_words_per_sentence_and_long_words() -> None:
    assert lix("") == 0
    assert lix("Du får en plan. Den er god.") == pytest.approx(3.5)  # 7 words, 2 sentences, no long word
    assert lix("Rehabiliteringsteamet anbefaler førtidspension.") == pytest.approx(3 + 100)
    assert lix("Vi skal have den senest 24. december.") == pytest.approx(6 + 100 / 6)  # "24." ends no sentence


def test_lower_case_after_the_colon_and_the_measures_with_who_and_when() -> None:
    text = _handout(letter_facts("jobafklaringsforloeb"))
    assert "Teamet anbefaler: jobafklaringsforløb." in text
    assert "Mentor de første tre måneder. Ansvarlig: jobcenter. Start: januar 2027." in text


def test_phone_and_e_mail_only_when_known() -> None:
    facts = letter_facts("fleksjob")
    contact = _handout(facts).split("Hvem kan du kontakte?")[1].split("Hvis du ikke")[0]
    assert "Skriv til sara@example.dk, hvis" in contact and "ring" not in contact.lower()
    head = TEMPLATES.letterhead
    with_phone = replace(TEMPLATES, letterhead=replace(head, texts={**head.texts, "phone": "12 34 56 78"}))
    assert "Skriv til sara@example.dk, eller ring til jobcentret på 12 34 56 78" in _handout(facts, with_phone)
    assert "Kontakt jobcentret" in _handout(replace(facts, caseworker_email=""))


def test_a_coordinating_caseworker_is_promised_only_to_a_citizen_without_one() -> None:
    new = letter_facts("ressourceforloeb")  # a fleksjob case now recommended a ressourceforløb
    assert "Du får også en koordinerende sagsbehandler" in _handout(new)
    already = replace(new, case_type="ressourceforloeb")
    text = _handout(already)
    assert "Du får også en koordinerende sagsbehandler" not in text
    assert "Sara Sagsbehandler er stadig din koordinerende sagsbehandler." in text
    assert "koordinerende" not in _handout(letter_facts("fleksjob"))
