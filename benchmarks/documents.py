"""Documents: render + sign (B-B and B-T) and the DOCX; verify 3 signatures; the anchored 10,000-entry log check.

Run: .venv/bin/python benchmarks/documents.py [--runs 5]

- Render + sign: ``IssuedDocumentService.issue`` (facts from the database, letter composed,
  reportlab PDF with the PDF/A step, stored) followed by ``sign`` (PAdES, pyHanko, visible box,
  incremental, stored) for the demo's fleksjob case; the first run (library and font loading) is
  reported separately. DOCX: ``issue`` as Word (there is no signing of the Word copy).
- B-T: the same with ``timestamp_url`` pointing at a local RFC 3161 TSA on 127.0.0.1
  (``tests/helpers/tsa.py``), so the figure includes one HTTP round trip on loopback.
- Verify: ``verify`` of the document signed by two signers and upgraded with a document
  timestamp (3 signatures: pyHanko validation of each, and the strict per-revision analysis).
- Chain: ``rehabmeet.audit.chain.verify_chain`` over an event log of 10,000 entries; anchored:
  the same plus ``check_anchors`` against a checkpoint (what ``log verify --against`` does).
- Reference, measured in the same run: reportlab alone drawing a one-page text PDF, and a bare
  SHA-256 over the same 10,000 payloads (the floor of any chain check).
"""

from __future__ import annotations

import argparse
import hashlib
import io
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import machine_line  # noqa: E402

sys.path.insert(0, str(ROOT))
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "tests.helpers.file_keyring.FileKeyring")

from rehabmeet.audit.anchor import check_anchors, read_anchors, write_checkpoint  # noqa: E402
from rehabmeet.audit.chain import verify_chain  # noqa: E402
from rehabmeet.audit.events import record_event  # noqa: E402
from rehabmeet.demo.day import DemoService  # noqa: E402
from rehabmeet.paths import resolve_paths  # noqa: E402
from rehabmeet.services.registry import build_services  # noqa: E402
from rehabmeet.settings.app_config import AppConfig  # noqa: E402
from rehabmeet.signing.upgrade import upgrade_pdf  # noqa: E402
from rehabmeet.signing.verify import verify_pdf  # noqa: E402
from rehabmeet.storage.database import open_database  # noqa: E402
from rehabmeet.storage.target import resolve_target  # noqa: E402
from tests.helpers.indstilling import finalise_demo_fleksjob  # noqa: E402
from tests.helpers.tsa import local_tsa  # noqa: E402


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:,.0f} ms"


def reportlab_reference() -> float:
    from reportlab.pdfgen.canvas import Canvas

    start = time.perf_counter()
    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    for line in range(60):
        canvas.drawString(72, 800 - line * 12, "Rehabiliteringsteamets indstilling " * 3)
    canvas.showPage()
    canvas.save()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    scratch = Path(tempfile.mkdtemp(prefix="rehabmeet-bench-docs-"))
    os.environ["REHABMEET_TEST_KEYRING_FILE"] = str(scratch / "keyring.json")
    paths = resolve_paths(scratch / "home").ensure()
    database = open_database(resolve_target(paths))
    DemoService(database.sessions, actor="bench").create()
    item = finalise_demo_fleksjob(database.sessions)
    services = build_services(database, actor="bench", certificates_dir=paths.certificates_dir)
    store = services.certificates
    leader = store.accept(store.create_self_made("Anna Leder", role="Mødeleder").id, "Karen Holm")
    coordinator = store.accept(store.create_self_made("Bo Læge", role="Sundhedskoordinator").id, "Karen Holm")
    documents = services.documents

    def render_and_sign() -> tuple[float, float, int]:
        start = time.perf_counter()
        view = documents.issue(item, "indstilling", "pdf", reason="benchmark")
        rendered = time.perf_counter()
        documents.sign(view.id, leader.id)
        return rendered - start, time.perf_counter() - start, view.id

    first_render, first_total, _ = render_and_sign()
    runs = [render_and_sign() for _ in range(args.runs)]
    docx = []
    for _ in range(args.runs):
        start = time.perf_counter()
        documents.issue(item, "indstilling", "docx")
        docx.append(time.perf_counter() - start)
    document_id = runs[-1][2]
    documents.sign(document_id, coordinator.id)
    with local_tsa() as tsa:
        stamped = build_services(
            database,
            actor="bench",
            certificates_dir=paths.certificates_dir,
            config=AppConfig(timestamp_url=tsa.url),
        ).documents
        b_t = []
        for _ in range(args.runs):
            start = time.perf_counter()
            view = stamped.issue(item, "indstilling", "pdf", reason="benchmark")
            signed = stamped.sign(view.id, leader.id)
            b_t.append(time.perf_counter() - start)
            assert signed.signatures[-1]["level"] == "B-T"
        roots = [*services.certificates.trust_roots(), tsa.root]
        content = upgrade_pdf(documents.content(document_id)[1], roots, tsa.url).content
    verify = []
    for _ in range(args.runs):
        start = time.perf_counter()
        report = verify_pdf(content, roots, services.certificates.roles(), services.certificates.all())
        verify.append(time.perf_counter() - start)
        assert report.ok and len(report.signatures) == 3, report.problems

    with database.sessions.begin() as session:
        existing = verify_chain(database.sessions).checked
        for n in range(10_000 - existing):
            record_event(session, "bench", "bench.entry", n=n, text="Ærø og Æbeltoft")
    chain = []
    for _ in range(args.runs):
        start = time.perf_counter()
        report = verify_chain(database.sessions)
        chain.append(time.perf_counter() - start)
        assert report.intact and report.checked == 10_000
    checkpoint = scratch / "checkpoint.json"
    write_checkpoint(database.sessions, checkpoint)
    anchored = []
    for _ in range(args.runs):
        start = time.perf_counter()
        report = verify_chain(database.sessions)
        findings = check_anchors(database.sessions, read_anchors(checkpoint))
        anchored.append(time.perf_counter() - start)
        assert report.intact and not findings
    start = time.perf_counter()
    for n in range(10_000):
        hashlib.sha256(f'[1,"{n}","bench","bench.entry",null,null,{{"n":{n}}}]'.encode()).hexdigest()
    sha_floor = time.perf_counter() - start
    reference = statistics.median(reportlab_reference() for _ in range(args.runs))
    database.close()

    print(machine_line())
    total = statistics.median(r[1] for r in runs)
    rendering = statistics.median(r[0] for r in runs)
    print(
        f"render + sign indstilling (PDF, 2 pages): median {_ms(total)}, max {_ms(max(r[1] for r in runs))}; "
        f"of which rendering {_ms(rendering)} (goal ≤ 1,500 ms); PAdES B-B"
    )
    print(f"render + sign, PAdES B-T (local TSA): median {_ms(statistics.median(b_t))}, max {_ms(max(b_t))}")
    print(f"  first time in the process (libraries, fonts): {_ms(first_total)} (render {_ms(first_render)})")
    print(f"render indstilling (DOCX): median {_ms(statistics.median(docx))}, max {_ms(max(docx))}")
    print(
        f"verify (2 signatures + document timestamp): median {_ms(statistics.median(verify))}, "
        f"max {_ms(max(verify))} (goal ≤ 500 ms)"
    )
    chain_median, chain_max = _ms(statistics.median(chain)), _ms(max(chain))
    print(f"chain check, 10,000 entries: median {chain_median}, max {chain_max}")
    print(
        f"log verify --against a checkpoint, 10,000 entries: median {_ms(statistics.median(anchored))}, "
        f"max {_ms(max(anchored))} (goal ≤ 1,000 ms)"
    )
    print(f"reference: reportlab one-page text PDF {_ms(reference)}; bare SHA-256 of 10,000 payloads {_ms(sha_floor)}")


if __name__ == "__main__":
    main()
