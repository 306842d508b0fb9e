"""Page-level minimisation (issue 18): which pages and sections of travelling documents a reader does not get."""

from __future__ import annotations

from rehabmeet.settings.rules import default_pack_topic_headings
from rehabmeet.summary.minimise import DocumentPages, Withholding, withholding_for

HEADER = "Aalborg Kommune · Jobcenter Aalborg Side 5 af 7"
PREPARATORY = DocumentPages(
    "d1",
    "forberedende_del",
    (
        f"{HEADER}\n1. Stamdata\nTina er 52 år og uddannet laborant.",
        f"{HEADER}\n2. Borgerens ønsker\nTina vil tilbage til laboratoriet, når\nhelbredet tillader det.",
        f"{HEADER}\n5. Helbred – borgerens egen vurdering\nHun er i behandling med sertralin.",
        f"{HEADER}\n6. Forsørgelse\nlønmodtager 1995-2025; oplysninger om\nHelbredsoplysninger,\nHelbredet er bedre.",
        f"{HEADER}\n7. Praktik\nPraktikken viste faste rutiner.",
    ),
)
LAE265 = DocumentPages("d2", "lae265", ("Diagnoser: DF321",))
SOURCES = {
    "sagsresume": [("d1", 1)],
    "helbred": [("d2", 1), ("d1", 5)],
    "erhvervstilknytning": [("d1", 5), ("d1", 2)],
    "borgerens_egen_stemme": [("d1", 2)],
}


def _uu() -> Withholding:
    return withholding_for(
        [PREPARATORY, LAE265],
        SOURCES,
        hidden_kinds=frozenset({"lae265"}),
        hidden_topics=frozenset({"helbred"}),
        headings=default_pack_topic_headings(),
    )


def test_a_health_headed_page_and_a_page_the_health_section_cites_are_withheld() -> None:
    withholding = _uu()
    assert withholding.documents == frozenset({"d2"})
    assert withholding.pages_of("d1") == (3, 5)
    assert not withholding.hides("d1", 2)  # "helbredet" in running text
    assert not withholding.hides("d1", 4)  # wrapped lines starting with the word


def test_sections_citing_a_withheld_page_and_the_hidden_topic_itself_are_withheld() -> None:
    withholding = _uu()
    # erhvervstilknytning cites p. 5, which the health section cites: it restates health content
    assert withholding.sections == frozenset({"helbred", "erhvervstilknytning"})


def test_a_reader_without_hidden_topics_gets_every_page() -> None:
    withholding = withholding_for(
        [PREPARATORY, LAE265],
        SOURCES,
        hidden_kinds=frozenset(),
        hidden_topics=frozenset(),
        headings=default_pack_topic_headings(),
    )
    assert not withholding.documents and not withholding.pages and not withholding.sections
