"""The caseworker's own recommendation, from the bundle, to show beside the team's."""

from __future__ import annotations

import re
from dataclasses import dataclass

from rehabmeet.models import CaseVersion

#: Words that name an outcome in the caseworker's Danish text.
OUTCOME_WORDS = {
    "fleksjob": r"fleksjob",
    "ressourceforloeb": r"ressourceforløb",
    "foertidspension": r"førtidspension",
    "jobafklaringsforloeb": r"jobafklaringsforløb",
    "tilskud_selvstaendig": r"selvstændig",
    "anden_indsats": r"anden beskæftigelsesrettet indsats",
}


@dataclass(frozen=True, slots=True)
class CaseworkerView:
    """What the caseworker recommends, and the outcome most often named in it (a hint, not a fact)."""

    text: str
    named_outcome: str | None


def caseworker_view(version: CaseVersion) -> CaseworkerView:
    """Return the caseworker's assessment section and recommendation document text."""
    parts = [s.text for s in version.summary_sections if s.section == "sagsbehandlers_vurdering"]
    for document in version.documents:
        if document.kind == "sagsbehandler_indstilling":
            parts.extend(page.text for page in document.pages)
    text = "\n\n".join(p.strip() for p in parts if p.strip())
    return CaseworkerView(text=text, named_outcome=named_outcome(text))


def named_outcome(text: str) -> str | None:
    """Return the outcome the text names most often, or ``None``."""
    lowered = text.lower()
    counts = {key: len(re.findall(pattern, lowered)) for key, pattern in OUTCOME_WORDS.items()}
    best = max(counts, key=lambda key: counts[key])
    return best if counts[best] else None
