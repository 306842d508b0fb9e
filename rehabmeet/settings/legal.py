"""Legal texts that change with the law: legal basis per outcome, klagevejledning, on-the-spot decisions.

The defaults come from the sources where they name a paragraph (003 L745–756); the rest is
general Danish administrative law (the appeal to Ankestyrelsen within four weeks,
retssikkerhedsloven §§ 66–67), which the seeds do not quote. The law has changed since the
sources were written, so every text here is a setting the municipality's lawyers must review;
``reviewed_note`` says so on the settings page.

Texts are ``str.format`` templates: ``{municipality}``, ``{appeal_body}``, ``{weeks}``,
``{deadline}`` and ``{address}`` are filled in when a letter is written.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType


def _default_legal_basis() -> Mapping[str, str]:
    """None: the afgørelse cites the law version in force on the meeting day (:mod:`rehabmeet.settings.law`).
    A municipality may still set its own text per outcome here (it then answers for its numbering)."""
    return MappingProxyType({})


def _v6_legal_basis() -> Mapping[str, str]:
    """The chapter-level defaults up to rules version 6, mixing two numberings of LAB (issue 17)."""
    return MappingProxyType(
        {
            "fleksjob": "Lov om aktiv beskæftigelsesindsats § 70 a (afgørelse om fleksjob)",
            "tilskud_selvstaendig": "Lov om aktiv beskæftigelsesindsats § 70 g (tilskud til selvstændige)",
            "foertidspension": "Lov om social pension (førtidspension), jf. §§ 17–18",
            "ressourceforloeb": "Lov om aktiv beskæftigelsesindsats kapitel 12 b (ressourceforløb)",
            "jobafklaringsforloeb": "Lov om aktiv beskæftigelsesindsats kapitel 12 c (jobafklaringsforløb)",
            "anden_indsats": "Lov om aktiv beskæftigelsesindsats",
        }
    )


V6_TEAM_BASIS = (
    "Lov om organisering og understøttelse af beskæftigelsesindsatsen m.v. §§ 9 og 11 "
    "(rehabiliteringsteamets indstilling)"
)

APPEAL_GUIDANCE = (
    "Du kan klage over afgørelsen til {appeal_body}. Klagen skal være modtaget senest {weeks} uger efter, "
    "at du har fået afgørelsen, det vil sige senest {deadline}.\n"
    "Du sender klagen til {municipality}, {address}. Du kan klage skriftligt eller mundtligt, "
    "og din sagsbehandler hjælper gerne.\n"
    "Vi ser på sagen igen. Hvis vi fastholder afgørelsen, sender vi din klage videre til {appeal_body} "
    "inden for 4 uger."
)

HEARING_TEXT = (
    "Du blev hørt mundtligt på rehabiliteringsmødet den {date} kl. {time}, før afgørelsen blev truffet "
    "(partshøring). {note}"
)


@dataclass(frozen=True, slots=True)
class LegalTexts:
    """The legal texts decision letters and hand-outs use.

    Attributes:
        decide_at_table: outcomes the municipality may decide on the spot (fleksjob and
            ressourceforløb in the practice the sources describe, 000 L845–851, L906–914).
        legal_basis: a municipality's own legal basis per outcome; empty (the default): the law version
            in force on the meeting day is cited (:func:`rehabmeet.settings.law.law_for`).
        team_basis: a municipality's own legal basis of the team's indstilling; empty: the law's.
        appeal_body: where an appeal ends up.
        appeal_weeks: the appeal deadline in weeks from receipt.
        appeal_guidance: the klagevejledning, a template (see the module docstring).
        hearing_text: the partshøring sentence (``{date}``, ``{time}``, ``{note}``).
    """

    decide_at_table: tuple[str, ...] = ("fleksjob", "ressourceforloeb")
    legal_basis: Mapping[str, str] = field(default_factory=_default_legal_basis)
    team_basis: str = ""
    appeal_body: str = "Ankestyrelsen"
    appeal_weeks: int = 4
    appeal_guidance: str = APPEAL_GUIDANCE
    hearing_text: str = HEARING_TEXT
    reviewed_note: str = (
        "Lovhenvisningerne vælges efter mødedatoen (rehabmeet/settings/law_defaults.py); kommunens jurister "
        "skal gennemgå dem og klagevejledningen."
    )

    def basis_for(self, outcome: str) -> str:
        """Return the legal basis text for ``outcome`` ('' when the rules name none)."""
        return self.legal_basis.get(outcome, "")


def legal_to_json(legal: LegalTexts) -> dict[str, object]:
    """Return ``legal`` as JSON-compatible data."""
    return {
        "decide_at_table": list(legal.decide_at_table),
        "legal_basis": dict(legal.legal_basis),
        "team_basis": legal.team_basis,
        "appeal_body": legal.appeal_body,
        "appeal_weeks": legal.appeal_weeks,
        "appeal_guidance": legal.appeal_guidance,
        "hearing_text": legal.hearing_text,
        "reviewed_note": legal.reviewed_note,
    }


def legal_from_json(data: Mapping[str, object]) -> LegalTexts:
    """Return the legal texts in ``data``; missing keys take the defaults."""
    defaults = LegalTexts()
    weeks = int(str(data.get("appeal_weeks", defaults.appeal_weeks)))
    if weeks <= 0:
        raise ValueError(f"legal.appeal_weeks must be a positive whole number, not {weeks!r}")
    basis = data.get("legal_basis", defaults.legal_basis)
    table = data.get("decide_at_table", defaults.decide_at_table)
    if not isinstance(basis, Mapping) or not isinstance(table, list | tuple):
        raise ValueError("legal.legal_basis must be an object and legal.decide_at_table a list")
    return LegalTexts(
        decide_at_table=tuple(str(o) for o in table),
        legal_basis=MappingProxyType({str(k): str(v) for k, v in basis.items()}),
        team_basis=str(data.get("team_basis", defaults.team_basis)),
        appeal_body=str(data.get("appeal_body", defaults.appeal_body)),
        appeal_weeks=weeks,
        appeal_guidance=str(data.get("appeal_guidance", defaults.appeal_guidance)),
        hearing_text=str(data.get("hearing_text", defaults.hearing_text)),
        reviewed_note=str(data.get("reviewed_note", defaults.reviewed_note)),
    )
