"""The demo meeting day: seven invented citizen cases as bundle specs, dated relative to the meeting day.

Pure data: no Qt and no I/O. :mod:`rehabmeet.bundles.writer` turns the specs into bundle files. Each
case lives in its own ``<type>`` module (the long førtidspension case also uses
``foertidspension_records``); shared helpers are in ``common``.

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

from collections.abc import Callable
from datetime import date

from rehabmeet.bundles.spec import BundleSpec
from rehabmeet.services.demo_content.andet import andet_case
from rehabmeet.services.demo_content.fleksjob import fleksjob_case
from rehabmeet.services.demo_content.fleksjob_2 import fleksjob_2_case
from rehabmeet.services.demo_content.foertidspension import foertidspension_case
from rehabmeet.services.demo_content.jobafklaring import jobafklaring_case
from rehabmeet.services.demo_content.ressourceforloeb import ressourceforloeb_case
from rehabmeet.services.demo_content.revurdering import revurdering_case

_CASES: tuple[tuple[str, Callable[[str, date], BundleSpec]], ...] = (
    ("DEMO-2026-001", jobafklaring_case),
    ("DEMO-2026-002", ressourceforloeb_case),
    ("DEMO-2026-003", fleksjob_case),
    ("DEMO-2026-004", foertidspension_case),
    ("DEMO-2026-005", revurdering_case),
    ("DEMO-2026-006", andet_case),
    ("DEMO-2026-007", fleksjob_2_case),
)

DEMO_CASE_REFS: tuple[str, ...] = tuple(ref for ref, _ in _CASES)
"""The seven demo case references, in agenda order."""


def demo_bundle_specs(meeting_date: date) -> tuple[BundleSpec, ...]:
    """The 7 demo cases, dated relative to the meeting day."""
    return tuple(build(ref, meeting_date) for ref, build in _CASES)
