"""Gather the facts readiness checks look at, from a fresh bundle or a stored case version."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rehabmeet.bundles.readiness import ReadinessFacts
from rehabmeet.models import CaseVersion

if TYPE_CHECKING:
    from rehabmeet.bundles.reader import ReadBundle


def readiness_facts_from_manifest(bundle: ReadBundle) -> ReadinessFacts:
    """Return the readiness facts of a bundle that has just been read."""
    manifest = bundle.manifest
    citizen = manifest.raw["case"]["citizen"]
    return ReadinessFacts(
        case_type=manifest.case_type,
        citizen_birth_date=manifest.citizen_birth_date,
        has_vocational_qualification=citizen["has_vocational_qualification"],
        own_job_goal=citizen.get("own_job_goal"),
        preparatory_part_signed_on=manifest.preparatory_part_signed_on,
        citizen_consented_on=manifest.citizen_consented_on,
        documents=tuple((d.entry.kind, d.entry.date) for d in bundle.documents),
        summary_sections=tuple(item["section"] for item in manifest.raw.get("summary", [])),
        document_flags=tuple((d.entry.title, flag) for d in bundle.documents for flag in d.content_flags),
    )


def readiness_facts_from_version(version: CaseVersion) -> ReadinessFacts:
    """Return the readiness facts of a stored case version (documents and summary loaded)."""
    return ReadinessFacts(
        case_type=version.case_type,
        citizen_birth_date=version.citizen_birth_date,
        has_vocational_qualification=version.citizen_has_vocational_qualification,
        own_job_goal=version.citizen_own_job_goal,
        preparatory_part_signed_on=version.preparatory_part_signed_on,
        citizen_consented_on=version.citizen_consented_on,
        documents=tuple((d.kind, d.document_date) for d in version.documents),
        summary_sections=tuple(s.section for s in version.summary_sections),
        document_flags=tuple(
            (d.title, flag) for d in version.documents for flag in (d.content_flags or "").split(",") if flag
        ),
    )
