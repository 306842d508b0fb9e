"""The canary sweep (issue 18): after a whole day — demo, import (PDF and DOCX), summary, packs, stats —
a unique CPR number and phrase are in no file under the home, temp, cache and log folders: only inside
the encrypted database and the encrypted packs, which the sweep cannot read. The phrase is also on the
health page of the preparatory part (page-level content), and the same day's pack preview for the
education member holds no health page while the jobcenter member's does."""

from __future__ import annotations

import dataclasses
import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

from rehabmeet.bundles.spec import DocumentSpec, PageSpec, SourceSpec, SummarySpec
from rehabmeet.bundles.writer import write_bundle_zip
from tests.helpers.bundles import small_spec

CPR = "010190-3391"  # 7th digit 3: born in the 1900s (issue 19 checks the century)
PHRASE = "Kanariefugl-Q7Z"
PAGE_PHRASE = "Kanariehelbred-P4X"  # only on the preparatory part's own health page
NEEDLES = (
    CPR.encode(),
    CPR.replace("-", "").encode(),
    *(text.encode(encoding) for text in (PHRASE, PAGE_PHRASE) for encoding in ("utf-8", "utf-16-le")),
)
DEMO_HEALTH_PAGE = "Hun er i behandling med sertralin"  # DEMO-2026-001, preparatory part p. 5


def _canary_bundle(folder: Path) -> Path:
    spec = small_spec("CANARY-0001")
    page = PageSpec("Helbred", (f"Borgeren oplyser {PHRASE} om sit helbred.",))
    own_health = PageSpec("3. Helbred – borgerens egen vurdering", (f"Borgeren fortæller {PAGE_PHRASE}.",))
    preparatory = spec.documents[0]
    documents = (
        dataclasses.replace(preparatory, pages=(*preparatory.pages, own_health)),
        *spec.documents[1:],
        DocumentSpec("d4", "speciallaege", "Speciallægeerklæring", date(2026, 9, 20), (page,)),
        DocumentSpec("d5", "journal", "Journal", date(2026, 9, 21), (page, page), media_type="docx"),
    )
    health = SummarySpec("helbred", f"{PHRASE} i resumé.", (SourceSpec("d4", 1),))
    summary = (spec.summary[0], health, *spec.summary[1:])  # the recommended order: 001 L511–526
    spec = dataclasses.replace(
        spec,
        citizen=dataclasses.replace(spec.citizen, cpr=CPR, name=f"Borger {PHRASE}"),
        documents=documents,
        summary=summary,
    )
    return write_bundle_zip(spec, folder)


def test_after_a_whole_day_the_canary_is_only_in_encrypted_files(isolated_environment: Path, tmp_path: Path) -> None:
    user = tmp_path / "user"
    roots = {"home": user, "temp": tmp_path / "temp", "data": isolated_environment}
    for root in roots.values():
        root.mkdir(parents=True, exist_ok=True)
    private = tmp_path / "not-swept"
    private.mkdir()
    (private / "pass.txt").write_text("a passphrase for the sweep\n", encoding="utf-8")
    env = {
        **os.environ,
        "HOME": str(user),
        "XDG_CACHE_HOME": str(user / ".cache"),
        "XDG_DATA_HOME": str(user / ".local" / "share"),
        "XDG_CONFIG_HOME": str(user / ".config"),
        "TMPDIR": str(roots["temp"]),
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",  # no keyring: the key file path
        "REHABMEET_PASSPHRASE_FILE": str(private / "pass.txt"),
    }
    bundle = _canary_bundle(private)
    exports = private / "exports"
    exports.mkdir()

    def run(*args: str) -> str:
        result = subprocess.run(
            [sys.executable, "-m", "rehabmeet", *args],
            env=env,
            capture_output=True,
            text=True,
            timeout=600,
            check=False,
        )
        assert result.returncode == 0, result.stdout + result.stderr
        return result.stdout

    run("demo", "--no-gui")
    run("import", str(bundle))
    run("summary", "CANARY-0001", "-o", str(exports / "summary.pdf"))
    run("pack", "export", "--out", str(roots["data"] / "packs"))  # packs are encrypted: inside the sweep
    run("stats", "--from", "2020-01-01", "--to", "2030-12-31", "--format", "csv", "-o", str(exports / "stats.csv"))
    run("cases", "--json")
    previews = {name: run("pack", "preview", "--member", name, "--json") for name in ("Sofie Krog", "Helle Kragh")}
    run("db", "check")

    swept = 0
    leaks = []
    for name, root in roots.items():
        for path in root.rglob("*"):
            if not path.is_file():
                continue
            swept += 1
            data = path.read_bytes()
            if any(needle in data for needle in NEEDLES) or PHRASE in path.name:
                leaks.append(f"{name}: {path.relative_to(root)}")
    assert swept > 5
    assert list((roots["data"] / "packs").glob("*.rmpack")), "the packs should lie inside the sweep"
    assert (roots["data"] / "logs" / "rehabmeet.log").is_file()
    assert leaks == []
    uu, jobcenter = (_case_text(previews[name], "DEMO-2026-001") for name in ("Sofie Krog", "Helle Kragh"))
    assert DEMO_HEALTH_PAGE not in uu and ("Left out: p. 5" in uu or "Udeladt: s. 5" in uu)
    assert DEMO_HEALTH_PAGE in jobcenter


def _case_text(preview: str, case_ref: str) -> str:
    case = next(c for c in json.loads(preview)["cases"] if c["case_ref"] == case_ref)
    return " ".join(" ".join(page.split()) for page in case["pages"])
