"""The law as versioned data: which acts and paragraphs a letter or a checklist point cites, chosen by the
meeting date, so that one document never mixes two numberings of the same law.

A :class:`LawVersion` holds the acts in force in its period (title, short name, the consolidation it
cites) and the legal references (:class:`LegalRef`: act, paragraph, the rule in a few words, and the
source the paragraph was checked against). The versions themselves are in
:mod:`rehabmeet.settings.law_defaults`; the municipality's lawyers review them (``LegalTexts.reviewed_note``).
Forvaltningsloven § 24 asks a decision to name the rules it applies: the afgørelse cites every
reference at paragraph level from the one version in force on the meeting day.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from types import MappingProxyType

from rehabmeet.errors import UserFacingError
from rehabmeet.i18n import error_text


@dataclass(frozen=True, slots=True)
class Act:
    """An act as cited: ``title`` in full, ``short`` in running text, ``consolidation`` ("lovbekendtgørelse
    nr. 701 af 22. maj 2022"; empty when the version does not name one)."""

    key: str
    title: str
    short: str
    consolidation: str = ""


@dataclass(frozen=True, slots=True)
class LegalRef:
    """One paragraph as cited.

    Attributes:
        key: what it is the basis of (``decision.fleksjob``, ``team.return`` …).
        paragraph: "§ 116, stk. 2", "§§ 9 og 11, stk. 1".
        wording: the rule in a few Danish words, printed after the citation.
        source: where the paragraph was checked (a seed file and line); empty when it was not.
    """

    key: str
    act: str
    paragraph: str
    wording: str
    source: str = ""


@dataclass(frozen=True, slots=True)
class LawVersion:
    """The acts and references in force from ``valid_from`` to ``valid_to`` (inclusive; ``None``: open)."""

    id: str
    valid_from: date
    valid_to: date | None
    acts: Mapping[str, Act] = field(default_factory=lambda: MappingProxyType({}))
    refs: Mapping[str, LegalRef] = field(default_factory=lambda: MappingProxyType({}))

    def applies_on(self, day: date) -> bool:
        return self.valid_from <= day and (self.valid_to is None or day <= self.valid_to)

    def has(self, key: str) -> bool:
        return key in self.refs

    def short(self, key: str) -> str:
        """``"LAB § 116, stk. 2"``; empty when this version has no such reference."""
        ref = self.refs.get(key)
        return f"{self.acts[ref.act].short} {ref.paragraph}" if ref is not None else ""

    def cite(self, key: str) -> str:
        """The full citation with its consolidation and wording; empty when this version has no such reference."""
        ref = self.refs.get(key)
        if ref is None:
            return ""
        act = self.acts[ref.act]
        consolidation = f", jf. {act.consolidation}" if act.consolidation else ""
        return f"{act.title} {ref.paragraph}{consolidation} ({ref.wording})"

    def paragraphs(self) -> frozenset[str]:
        """Every paragraph this version can print, each as "§ N" (for checking rendered documents)."""
        return frozenset(p for ref in self.refs.values() for p in paragraph_numbers(ref.paragraph))


_PARAGRAPH = re.compile(r"§§?\s*(\d+(?:\s?[a-z])?\b)((?:\s*(?:,|og|-|–)\s*\d+(?:\s?[a-z])?\b)*)")


def paragraph_numbers(text: str) -> tuple[str, ...]:
    """The paragraphs a text cites, each as "§ N" or "§ N a" ("§§ 9 og 11, stk. 1" → "§ 9", "§ 11")."""
    found: list[str] = []
    for match in _PARAGRAPH.finditer(text):
        first, rest = match.group(1), match.group(2)
        found.append(_norm(first))
        if text[match.start() : match.start() + 2] == "§§":
            found += [_norm(n) for n in re.findall(r"\d+(?:\s?[a-z])?\b", rest)]
    return tuple(found)


def _norm(number: str) -> str:
    number = number.replace(" ", "")
    digits = number.rstrip("abcdefghijklmnopqrstuvwxyz")
    letter = number[len(digits) :]
    return f"§ {digits} {letter}".strip()


def law_for(day: date, versions: Iterable[LawVersion] | None = None) -> LawVersion:
    """Return the version in force on ``day``.

    Raises:
        UserFacingError: no version covers the day.
    """
    from rehabmeet.settings.law_defaults import LAW_VERSIONS

    for version in versions if versions is not None else LAW_VERSIONS:
        if version.applies_on(day):
            return version
    raise UserFacingError(error_text("no version of the law is recorded for {day}", day=day.isoformat()))
