"""The demo meeting day: seven invented citizen cases as bundle specs, dated relative to the meeting day.

No Qt. Each case's content lives in a data file, ``resources/demo/<case ref>.toml``, which
:mod:`~rehabmeet.demo.content.loader` turns into a :class:`~rehabmeet.bundles.spec.BundleSpec`
(the loader documents the file format); :mod:`rehabmeet.bundles.writer` turns the specs into bundle files.

The day covers every case type and shows the readiness checks at work (control points in
``shared/domain/control-points.md``):

========================  ==================  =========================================================
case                      type                deliberate readiness gap
========================  ==================  =========================================================
``DEMO-2026-001``         jobafklaring        no ``citizen_consented_on`` (A19)
``DEMO-2026-002``         ressourceforloeb    none; citizen under 30 without a qualification (UU needed)
``DEMO-2026-003``         fleksjob            the LÆ 265 is about eight months old (A3, stale)
``DEMO-2026-004``         foertidspension     preparatory part signed ~7 months ago (A17); 38 pages
``DEMO-2026-005``         revurdering         no ``borgerens_egen_stemme`` summary section; interpreter
``DEMO-2026-006``         andet               none (tilskud til selvstændigt erhvervsdrivende)
``DEMO-2026-007``         fleksjob            no LÆ 265 at all (A3); its journal is the one DOCX file
========================  ==================  =========================================================
"""

from __future__ import annotations

from datetime import date

from rehabmeet.bundles.spec import BundleSpec
from rehabmeet.demo.content.loader import load_case

DEMO_CASE_REFS: tuple[str, ...] = (
    "DEMO-2026-001",
    "DEMO-2026-002",
    "DEMO-2026-003",
    "DEMO-2026-004",
    "DEMO-2026-005",
    "DEMO-2026-006",
    "DEMO-2026-007",
)
"""The seven demo case references, in agenda order; each has a data file ``resources/demo/<ref>.toml``."""


def demo_bundle_specs(meeting_date: date) -> tuple[BundleSpec, ...]:
    """The 7 demo cases, dated relative to the meeting day."""
    return tuple(load_case(ref, meeting_date) for ref in DEMO_CASE_REFS)
