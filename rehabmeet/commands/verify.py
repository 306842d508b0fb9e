"""``rehabmeet verify FILE.pdf [--json]``: every signature, intact or broken, covering the document or not.

Exit status 0 only when the file has signatures and every one is intact and covers the
document; 1 when it has none or one fails; 2 when the file cannot be read.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from rehabmeet.context import AppContext
from rehabmeet.errors import UserFacingError
from rehabmeet.i18n import error_text, os_reason

EXIT_NOT_VERIFIED = 1


def register(sub: argparse._SubParsersAction[Any]) -> None:
    parser = sub.add_parser("verify", help="verify a signed PDF's signatures (exit 0 only when all hold)")
    parser.add_argument("file", type=Path, metavar="FILE.pdf")
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, context: AppContext, _gui: Any) -> int:
    from rehabmeet.commands.output import print_json, print_table
    from rehabmeet.signing.certificates import CertificateStore
    from rehabmeet.signing.verify import verify_pdf

    try:
        content = args.file.read_bytes()
    except OSError as exc:
        raise UserFacingError(error_text("cannot read {file} ({value})", file=args.file, value=os_reason(exc))) from exc
    report = verify_pdf(content, CertificateStore(context.paths.certificates_dir).trust_roots())
    if args.json:
        print_json(
            {
                "file": str(args.file),
                "ok": report.ok,
                "signatures": [
                    {
                        "field": s.field,
                        "signer": s.signer,
                        "signed_at": s.signed_at.isoformat() if s.signed_at else None,
                        "intact": s.intact,
                        "covers_document": s.covers_document,
                        "coverage": s.coverage,
                        "modified_after": s.modifications,
                        "trusted_certificate": s.trusted,
                        "reason": s.reason,
                        "problem": s.problem or None,
                    }
                    for s in report.signatures
                ],
            }
        )
    elif not report.signatures:
        print(f"{args.file}: no signatures")
    else:
        rows = [
            (
                s.signer,
                f"{s.signed_at.astimezone():%Y-%m-%d %H:%M}" if s.signed_at else "?",
                "intact" if s.intact else "BROKEN",
                "whole document" if s.covers_document else f"NOT the whole document ({s.coverage})",
                "known" if s.trusted else "not known here",
            )
            for s in report.signatures
        ]
        print_table(("SIGNER", "SIGNED", "INTEGRITY", "COVERS", "CERTIFICATE"), rows)
        print("ok: every signature is intact and covers the document" if report.ok else "NOT VERIFIED")
    return 0 if report.ok else EXIT_NOT_VERIFIED
