"""Data minimisation per piece of content: which documents, pages and summary sections a reader is not given.

Health data is sensitive (GDPR art. 9; ../shared/domain/README.md L99–100), and the education member
(UU) sits on the team for the citizen's education, not the health assessment (002 L8452–8457; domain
README L21, L55–56). The preparatory part is not a health document by kind, yet the law has it hold
the citizen's "helbredsmæssige ressourcer og udfordringer" (LAB § 44 nr. 2, quoted in 001 L522–526)
and the recommended presentation has a health part of its own (001 L511–517): its health page must
not travel with it. Bundles carry no page classification (../shared/bundle-format/README.md), so a
page's topics are derived from what the bundle does say:

* a summary section cites the page (``sources`` of section ``helbred``: the page is health), or
* a line of the page is a heading naming the topic ("5. Helbred – borgerens egen vurdering"; the
  heading words are the team's rule ``pack_topic_headings``).

A reader's withholding is then, per piece: documents of a hidden kind (rule ``pack_hidden_kinds``);
pages of a hidden topic (rule ``pack_hidden_topics``); summary sections of a hidden topic or citing
anything withheld — a section restates its sources.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

#: a heading line is short; longer lines are running text that merely starts with the word
_MAX_HEADING = 80
_HEADING_WORDS = 6
_NUMBERING = re.compile(r"^\s*(?:\d+(?:\.\d+)*[.)]?\s+)?")
_DIGITS = re.compile(r"\d+")


@dataclass(frozen=True, slots=True)
class DocumentPages:
    """What the classification needs of a document: its key, kind and the text of each page."""

    doc_key: str
    kind: str
    pages: Sequence[str]


@dataclass(frozen=True, slots=True)
class Withholding:
    """What one reader does not get.

    Attributes:
        documents: doc keys withheld whole.
        pages: (doc_key, page) withheld from documents that otherwise travel, with their topics.
        sections: summary section codes withheld.
    """

    documents: frozenset[str] = frozenset()
    pages: Mapping[tuple[str, int], tuple[str, ...]] | None = None
    sections: frozenset[str] = frozenset()

    def hides(self, doc_key: str, page: int) -> bool:
        return doc_key in self.documents or (doc_key, page) in (self.pages or {})

    def pages_of(self, doc_key: str) -> tuple[int, ...]:
        return tuple(sorted(page for key, page in (self.pages or {}) if key == doc_key))


def page_topics(
    documents: Iterable[DocumentPages],
    sources: Mapping[str, Sequence[tuple[str, int]]],
    headings: Mapping[str, Sequence[str]],
) -> dict[tuple[str, int], frozenset[str]]:
    """Return the topics of every page that has any: cited by that topic's section, or headed by its words."""
    topics: dict[tuple[str, int], set[str]] = {}
    for topic, cited in sources.items():
        if topic in headings:
            for key, page in cited:
                topics.setdefault((key, page), set()).add(topic)
    for document in documents:
        for number, found in enumerate(_headed_topics(document.pages, headings), start=1):
            if found:
                topics.setdefault((document.doc_key, number), set()).update(found)
    return {key: frozenset(value) for key, value in topics.items()}


def withholding_for(
    documents: Sequence[DocumentPages],
    sources: Mapping[str, Sequence[tuple[str, int]]],
    *,
    hidden_kinds: frozenset[str],
    hidden_topics: frozenset[str],
    headings: Mapping[str, Sequence[str]],
) -> Withholding:
    """Return what a reader whose discipline hides ``hidden_kinds`` and ``hidden_topics`` does not get.

    Args:
        sources: summary section code -> the (doc_key, page) it cites.
    """
    withheld_docs = frozenset(d.doc_key for d in documents if d.kind in hidden_kinds)
    pages: dict[tuple[str, int], tuple[str, ...]] = {}
    if hidden_topics:
        chosen = {topic: words for topic, words in headings.items() if topic in hidden_topics}
        for key, topics in page_topics(documents, sources, chosen).items():
            if key[0] not in withheld_docs:
                pages[key] = tuple(sorted(topics))
    sections = frozenset(
        section
        for section, cited in sources.items()
        if section in hidden_topics or any(key in withheld_docs or (key, page) in pages for key, page in cited)
    )
    return Withholding(withheld_docs, pages, sections | hidden_topics)


def _headed_topics(pages: Sequence[str], headings: Mapping[str, Sequence[str]]) -> list[set[str]]:
    """Return, per page, the topics whose heading is on it or whose numbered section runs onto it.

    A numbered section ("6. Helbred …") lasts until the next numbered heading, so a page that goes on
    with it — body text before its first numbered heading, or no numbered heading at all — is of its
    topic too. Running headers and footers (lines repeated on most pages, page numbers aside) are not
    body text. An unnumbered heading counts for its own page only: where it ends cannot be told.
    """
    running = _running_lines(pages)
    carried: set[str] = set()
    result = []
    for text in pages:
        found: set[str] = set()
        body_before_heading = False
        numbered_seen = False
        for raw in text.splitlines():
            line = raw.strip()
            heading = _heading(line)
            if heading is None:
                if line and not numbered_seen and _normalised(line) not in running:
                    body_before_heading = True
                continue
            bare, numbered = heading
            matched = {topic for topic, words in headings.items() if _starts_with(bare, words)}
            if numbered and not numbered_seen and body_before_heading:
                found |= carried
            found |= {t for t in matched if numbered or len(bare.split()) <= _HEADING_WORDS}
            if numbered:
                numbered_seen = True
                carried = matched
        if not numbered_seen and body_before_heading:
            found |= carried
        result.append(found)
    return result


def _heading(line: str) -> tuple[str, bool] | None:
    """(text after any numbering, numbered) when ``line`` has a heading's shape: short, a capital first
    (after any numbering "5." / "2.1"), no ending like a sentence or a wrapped line (``.,;:``)."""
    if not line or len(line) > _MAX_HEADING or line[-1] in ".,;:":
        return None
    numbering = _NUMBERING.match(line)
    numbered = bool(numbering and numbering.group().strip())
    bare = line[numbering.end() if numbering else 0 :]
    if not bare[:1].isupper():
        return None
    return bare, numbered


def _starts_with(bare: str, words: Sequence[str]) -> bool:
    return bare.casefold().startswith(tuple(w.casefold() for w in words if w.strip()))


def _normalised(line: str) -> str:
    return _DIGITS.sub("#", line)


def _running_lines(pages: Sequence[str]) -> frozenset[str]:
    """Lines (digits aside) on more than half of the pages of a document of two or more: its running header."""
    if len(pages) < 2:
        return frozenset()
    counts: dict[str, int] = {}
    for text in pages:
        for line in {_normalised(raw.strip()) for raw in text.splitlines() if raw.strip()}:
            counts[line] = counts.get(line, 0) + 1
    return frozenset(line for line, count in counts.items() if count * 2 > len(pages))
