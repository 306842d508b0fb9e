"""Page-level minimisation (issue 18): which pages and sections of travelling documents a reader does not get."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

from pypdf import PdfReader

from rehabmeet.settings.rules import default_pack_hidden_kinds, default_pack_hidden_topics, default_pack_topic_headings
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


def _pages_withheld(*pages: str) -> tuple[int, ...]:
    document = DocumentPages("d1", "forberedende_del", tuple(f"{HEADER}\nSide 1 af 9\n{text}" for text in pages))
    withholding = withholding_for(
        [document],
        {},
        hidden_kinds=frozenset(),
        hidden_topics=frozenset({"helbred"}),
        headings=default_pack_topic_headings(),
    )
    return withholding.pages_of("d1")


def test_a_numbered_health_section_running_onto_the_next_pages_takes_them_along() -> None:
    withheld = _pages_withheld(
        "5. Sociale forhold\nTina er gift med Torben.",
        "6. Helbred – borgerens egen vurdering\nHun er i behandling med sertralin.",
        "Hun har haft 12 samtaler hos psykolog, og hun sover nu bedre end før.",  # no heading: still health
        "Egen læge er Søren Vilstrup.\n7. Forsørgelseshistorik\nlønmodtager 1995-2025",  # the health tail first
        "8. Sagsbehandlers vurdering\nDet er for tidligt at tage stilling.",
    )
    assert withheld == (2, 3, 4)


def test_a_page_opening_with_the_next_section_and_an_unnumbered_heading_carry_nothing() -> None:
    withheld = _pages_withheld(
        "6. Helbred – borgerens egen vurdering\nHun er i behandling.",
        "7. Forsørgelseshistorik\nlønmodtager 1995-2025",  # only the running header precedes the heading
        "Helbred\nBorgeren har det bedre.",  # unnumbered: this page only
        "Praktikken viste faste rutiner, og borgeren mødte stabilt.",
    )
    assert withheld == (1, 3)


def test_the_shared_uu_sample_loses_its_two_health_pages_and_nothing_else(sample_bundles: list[Path]) -> None:
    """REH-2026-0102 (under 30, no qualification: the UU member attends) has "6. Helbred …" over pp. 8–9."""
    bundle = next(p for p in sample_bundles if p.name.startswith("REH-2026-0102"))
    with zipfile.ZipFile(bundle) as archive:
        manifest = json.loads(archive.read("manifest.json"))
        documents = [
            DocumentPages(
                d["id"],
                d["kind"],
                [page.extract_text() or "" for page in PdfReader(io.BytesIO(archive.read(d["file"]))).pages]
                if d["file"].endswith(".pdf")
                else [],
            )
            for d in manifest["documents"]
        ]
    sources = {s["section"]: [(x["document"], x["page"]) for x in s["sources"]] for s in manifest["summary"]}
    withholding = withholding_for(
        documents,
        sources,
        hidden_kinds=frozenset(default_pack_hidden_kinds()["education"]),
        hidden_topics=frozenset(default_pack_hidden_topics()["education"]),
        headings=default_pack_topic_headings(),
    )
    assert dict(withholding.pages or {}) == {("d1", 8): ("helbred",), ("d1", 9): ("helbred",)}
    assert withholding.sections == frozenset({"helbred"})
