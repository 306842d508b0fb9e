"""LIX, the Scandinavian readability index: words per sentence plus the share of long words (over six letters)
in per cent. Under 30 is easy (children's books), 30–40 plain (newspapers); the citizen's hand-out must stay
at or under 30 (issue 17; Björnsson 1968)."""

from __future__ import annotations

import re

_WORD = re.compile(r"[A-Za-zÆØÅæøåÉéÜü]+(?:-[A-Za-zÆØÅæøåÉéÜü]+)*")
_SENTENCE_END = re.compile(r"(?<!\d)[.!?:]+(?=\s|$)")


def lix(text: str) -> float:
    """Return the LIX of ``text`` (0 for a text without words).

    Sentences end at ``.``, ``!``, ``?``, ``:`` or a blank line; a heading (a line without an end mark) counts
    as a sentence of its own.
    """
    words = _WORD.findall(text)
    if not words:
        return 0.0
    sentences = 0
    for line in text.splitlines():
        if not _WORD.search(line):
            continue
        marks = len(_SENTENCE_END.findall(line))
        sentences += marks + (0 if re.search(r"(?<!\d)[.!?:]\s*$", line.strip()) else 1)
    long_words = sum(1 for w in words if len(w.replace("-", "")) > 6)
    return len(words) / max(1, sentences) + 100 * long_words / len(words)
