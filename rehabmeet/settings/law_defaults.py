"""The versions of the law RehabMeet cites, oldest first; the last is open-ended.

Each reference names the seed line it was checked against (``source``); an empty source means the
paragraph is not quoted by ``../shared/seeds/`` and must be checked by the municipality's lawyers
(the closing note of issue 17 lists them). What the seeds do give:

* Lov om organisering og understøttelse af beskæftigelsesindsatsen m.v. (LOU) § 9 and § 11, stk. 1 nr. 1–3
  and stk. 2 (001 L575–580, L628–659; 003 L745–746).
* Lov om aktiv beskæftigelsesindsats (before 2020): fleksjob § 70 a, tilskud til selvstændige § 70 g
  (003 L752–754).
* Lov om en aktiv beskæftigelsesindsats (from 2020, 000 L167): fleksjob to a citizen with very limited work
  capacity § 116, stk. 2 (004 L320–323, L1713–1718).
* Lov om social pension § 16 on førtidspension and work capacity (001 L243).

The acts' consolidations (lov nr. 548 af 7. maj 2019; lovbekendtgørelse nr. 701 af 22. maj 2022; LOU lov
nr. 1482 af 23. december 2014 and lovbekendtgørelse nr. 1294 af 20. september 2022) come from public
Folketing and publisher pages, not from the seeds.
"""

from __future__ import annotations

from datetime import date
from types import MappingProxyType

from rehabmeet.settings.law import Act, LawVersion, LegalRef

LOU = "lou"
LAB = "lab"
LSP = "lsp"

OUTCOME_REF = {
    "fleksjob": "decision.fleksjob",
    "tilskud_selvstaendig": "decision.tilskud_selvstaendig",
    "ressourceforloeb": "decision.ressourceforloeb",
    "jobafklaringsforloeb": "decision.jobafklaringsforloeb",
    "foertidspension": "decision.foertidspension",
}
"""The reference that is the legal basis of a decision on each outcome (anden indsats: the tilbud's own)."""

CHECKLIST_REF = {
    "§9": "team.assessment",
    "§11-1": "team.outcome",
    "§11-2": "team.measures",
    "§11-2-health": "team.measures",
    "§11-3": "team.follow_up",
    "C5": "fleksjob.limited",
    "C5-deadline": "fleksjob.limited",
    "FP": "decision.foertidspension",
}
"""The law a checklist point rests on (the others rest on the audit's control points, 004)."""


def _lab_2019_refs() -> tuple[LegalRef, ...]:
    """The outcomes' paragraphs in the LAB of 2019 (lov nr. 548), unchanged in its 2022 consolidation."""
    return (
        LegalRef("decision.fleksjob", LAB, "§ 116", "visitation til fleksjob", "004 L320–323"),
        LegalRef(
            "fleksjob.limited", LAB, "§ 116, stk. 2", "fleksjob ved meget begrænset arbejdsevne", "004 L1713–1718"
        ),
        LegalRef("decision.tilskud_selvstaendig", LAB, "§ 120", "tilskud til selvstændige"),
        LegalRef("decision.ressourceforloeb", LAB, "§ 112", "ressourceforløb"),
        LegalRef("decision.jobafklaringsforloeb", LAB, "§ 107", "jobafklaringsforløb"),
    )


def _team_refs() -> tuple[LegalRef, ...]:
    return (
        LegalRef("team.indstilling", LOU, "§§ 9 og 11, stk. 1", "rehabiliteringsteamets indstilling", "001 L575–580"),
        LegalRef(
            "team.assessment", LOU, "§ 9", "teamets vurdering af mulighederne for job eller uddannelse", "001 L633–639"
        ),
        LegalRef("team.outcome", LOU, "§ 11, stk. 1, nr. 1", "teamets anbefaling", "001 L641–644"),
        LegalRef(
            "team.measures", LOU, "§ 11, stk. 1, nr. 2", "de nødvendige indsatser og deres koordinering", "001 L645–648"
        ),
        LegalRef("team.follow_up", LOU, "§ 11, stk. 1, nr. 3", "opfølgning og mentorstøtte", "001 L648–652"),
        LegalRef(
            "team.return", LOU, "§ 11, stk. 2", "sagen forelægges teamet igen, før kommunen afviger", "001 L654–658"
        ),
        LegalRef("decision.foertidspension", LSP, "§ 16", "førtidspension ved varigt nedsat arbejdsevne", "001 L243"),
    )


def _version(
    version_id: str, start: date, end: date | None, acts: tuple[Act, ...], refs: tuple[LegalRef, ...]
) -> LawVersion:
    return LawVersion(
        version_id,
        start,
        end,
        MappingProxyType({a.key: a for a in acts}),
        MappingProxyType({r.key: r for r in refs}),
    )


LSP_ACT = Act(LSP, "Lov om social pension", "lov om social pension")

LAW_VERSIONS: tuple[LawVersion, ...] = (
    _version(
        "2015-01",
        date(2015, 1, 1),
        date(2019, 12, 31),
        (
            Act(
                LOU,
                "Lov om organisering og understøttelse af beskæftigelsesindsatsen m.v.",
                "LOU",
                "lov nr. 1482 af 23. december 2014",
            ),
            Act(LAB, "Lov om aktiv beskæftigelsesindsats", "LAB"),
            LSP_ACT,
        ),
        (
            *_team_refs(),
            LegalRef("decision.fleksjob", LAB, "§ 70 a", "visitation til fleksjob", "003 L752"),
            LegalRef("decision.tilskud_selvstaendig", LAB, "§ 70 g", "tilskud til selvstændige", "003 L754"),
            LegalRef("decision.ressourceforloeb", LAB, "§ 68 a", "ressourceforløb"),
            LegalRef("decision.jobafklaringsforloeb", LAB, "§ 68 b", "jobafklaringsforløb"),
        ),
    ),
    _version(
        "2020-01",
        date(2020, 1, 1),
        date(2022, 9, 19),
        (
            Act(
                LOU,
                "Lov om organisering og understøttelse af beskæftigelsesindsatsen m.v.",
                "LOU",
                "lov nr. 1482 af 23. december 2014 med senere ændringer",
            ),
            Act(LAB, "Lov om en aktiv beskæftigelsesindsats", "LAB", "lov nr. 548 af 7. maj 2019"),
            LSP_ACT,
        ),
        (
            *_team_refs(),
            *_lab_2019_refs(),
        ),
    ),
    _version(
        "2022-09",
        date(2022, 9, 20),
        None,
        (
            Act(
                LOU,
                "Lov om organisering og understøttelse af beskæftigelsesindsatsen m.v.",
                "LOU",
                "lovbekendtgørelse nr. 1294 af 20. september 2022",
            ),
            Act(LAB, "Lov om en aktiv beskæftigelsesindsats", "LAB", "lovbekendtgørelse nr. 701 af 22. maj 2022"),
            LSP_ACT,
        ),
        (
            *_team_refs(),
            *_lab_2019_refs(),
        ),
    ),
)

RESSOURCEFORLOEB_MONTHS = (12, 60)
"""The length a ressourceforløb is decided for, in months (1–5 years; not quoted by the seeds)."""
