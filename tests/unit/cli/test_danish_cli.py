"""`--lang da` gives Danish lines: the main commands' own output has no English sentence in it
(the `error:` prefix, column headings and status codes are a contract for scripts and stay)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from rehabmeet.cli import main

#: English words the commands' sentences used; none is a Danish word.
ENGLISH = {
    "wrote", "entries", "entry", "chain", "intact", "head", "signatures", "signed", "cases", "heard",
    "days", "meeting", "decision", "none", "integrity", "schema", "encrypted", "recorded", "heads", "file",
    "files", "the", "all", "are", "is", "no", "key", "chosen", "explicitly", "never", "use", "with", "real",
}  # fmt: skip


def _english_words(text: str) -> set[str]:
    words = set()
    for token in text.split():
        if "/" in token or "." in token.strip(".,:;()") or token.startswith("error:"):
            continue  # paths, file names, module names and the error prefix
        words |= {w.lower() for w in re.findall(r"[A-Za-z]+", token)}
    return words & ENGLISH


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    status = main(["--lang", "da", *argv])
    captured = capsys.readouterr()
    return status, captured.out + captured.err


def test_the_main_commands_speak_danish(demo_home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from pypdf import PdfWriter

    unsigned = tmp_path / "usigneret.pdf"
    writer = PdfWriter()
    writer.add_blank_page(595, 842)
    writer.write(unsigned)
    commands = [
        ("log", "verify"),
        ("log", "checkpoint", "-o", str(tmp_path / "checkpoint.json")),
        ("stats", "--from", "2026-01-01", "--to", "2026-12-31", "--format", "csv", "-o", str(tmp_path / "s.csv")),
        ("verify", str(unsigned)),
        ("db", "check"),
    ]
    found = {}
    for argv in commands:
        _status, output = _run(capsys, *argv)
        assert output.strip(), argv
        if words := _english_words(output):
            found[" ".join(argv[:2])] = (sorted(words), output)
    assert found == {}


def test_stats_for_a_team_that_does_not_exist_says_so(
    demo_home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "s.csv"
    status, output = _run(
        capsys,
        "stats",
        "--from",
        "2026-01-01",
        "--to",
        "2026-12-31",
        "--format",
        "csv",
        "-o",
        str(out),
        "--team",
        "999",
    )
    assert status == 2 and not out.exists()
    lines = output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and "999" in lines[0] and "None" not in lines[0]
    assert "team" in lines[0].lower()  # "der er intet team med id 999"
