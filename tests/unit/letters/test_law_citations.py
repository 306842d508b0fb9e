"""Every legal reference printed in every letter, for every outcome, comes from one version of the law set,
the one in force on the meeting day (forvaltningsloven § 24 names the rules; issue 17)."""

from __future__ import annotations

from datetime import date
from itertools import pairwise

import pytest

from rehabmeet.letters.afgoerelse import compose_afgoerelse
from rehabmeet.letters.haandud import compose_haandud
from rehabmeet.letters.indstilling import compose_indstilling
from rehabmeet.letters.model import Bullets, FactTable, Heading, Letter, Paragraph
from rehabmeet.letters.templates import load_templates
from rehabmeet.settings.law import law_for, paragraph_numbers
from rehabmeet.settings.law_defaults import LAW_VERSIONS
from rehabmeet.settings.legal import LegalTexts
from tests.helpers.letters import OUTCOMES, letter_facts

TEMPLATES = load_templates()
LEGAL = LegalTexts()
DAYS = (date(2019, 6, 3), date(2021, 3, 1), date(2026, 11, 26))


def _text(letter: Letter) -> str:
    parts = [letter.title]
    for block in letter.blocks:
        if isinstance(block, Heading | Paragraph):
            parts.append(block.text)
        elif isinstance(block, Bullets):
            parts += block.items
        elif isinstance(block, FactTable):
            parts += [f"{k} {v}" for k, v in block.rows]
    return "\n".join(parts)


def _letters(outcome: str, day: date) -> list[Letter]:
    limited = letter_facts(outcome, meeting_date=day).indstilling.with_changes(
        very_limited_capacity=True, lab116_justification="Arbejdsevnen kan udvikles med støtte."
    )
    undecided = letter_facts(outcome, meeting_date=day, content=limited)
    decided = letter_facts(outcome, decided=outcome, meeting_date=day, content=limited)
    departs = letter_facts(
        outcome,
        decided="anden_indsats" if outcome != "anden_indsats" else "fleksjob",
        meeting_date=day,
        content=limited,
    )
    return [
        compose_indstilling(undecided, TEMPLATES, LEGAL, day),
        compose_haandud(undecided, TEMPLATES, LEGAL, day),
        compose_haandud(decided, TEMPLATES, LEGAL, day),
        compose_afgoerelse(decided, TEMPLATES, LEGAL, day),
        compose_afgoerelse(departs, TEMPLATES, LEGAL, day),
    ]


@pytest.mark.parametrize("day", DAYS)
@pytest.mark.parametrize("outcome", OUTCOMES)
def test_every_printed_reference_is_in_the_version_of_the_meeting_day(outcome: str, day: date) -> None:
    version = law_for(day)
    others = frozenset().union(*(v.paragraphs() for v in LAW_VERSIONS if v.id != version.id)) - version.paragraphs()
    for letter in _letters(outcome, day):
        printed = set(paragraph_numbers(_text(letter)))
        assert printed <= version.paragraphs(), (letter.kind, printed - version.paragraphs())
        assert not printed & others, (letter.kind, printed & others)


@pytest.mark.parametrize("outcome", ["fleksjob", "ressourceforloeb", "foertidspension", "tilskud_selvstaendig"])
def test_the_afgoerelse_names_its_rules_at_paragraph_level(outcome: str) -> None:
    letter = compose_afgoerelse(letter_facts(outcome, decided=outcome), TEMPLATES, LEGAL, date(2026, 11, 26))
    words = _text(letter)
    assert "kapitel" not in words.lower()
    assert "§§ 9 og 11, stk. 1" in words and "lovbekendtgørelse nr. 1294 af 20. september 2022" in words
    basis = {
        "fleksjob": "§ 116",
        "ressourceforloeb": "§ 112",
        "foertidspension": "§ 16",
        "tilskud_selvstaendig": "§ 120",
    }
    assert basis[outcome] in words


def test_a_2019_fleksjob_decision_cites_the_old_act_and_never_the_new_numbering() -> None:
    words = _text(
        compose_afgoerelse(
            letter_facts("fleksjob", decided="fleksjob", meeting_date=date(2019, 6, 3)),
            TEMPLATES,
            LEGAL,
            date(2019, 6, 3),
        )
    )
    assert "Lov om aktiv beskæftigelsesindsats § 70 a" in words and "§ 116" not in words


def test_the_versions_cover_every_day_from_2015_without_gaps_or_overlaps() -> None:
    for before, after in pairwise(LAW_VERSIONS):
        assert before.valid_to is not None and (after.valid_from - before.valid_to).days == 1
    assert LAW_VERSIONS[-1].valid_to is None
