"""``rehabmeet verify FILE.pdf [--json]``: every signature and every revision after the first signature.

Exit status 0 only when the file has signatures, every one is intact and made with a certificate
the municipality trusts (its CA bundle issued it, or a leader accepted it: a self-made trial
certificate is reported "self-made certificate (demo/trial)" and exits 1), and every revision
after the first signature only fills a pre-made signature field
(see :mod:`rehabmeet.signing.verify`); 1 otherwise, with one line per problem
("changed after signing: revision 4: new signature field …", "… certificate not trusted");
2 when the file cannot be read as a PDF.
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
    from rehabmeet.signing.verify import verify_with_store

    try:
        content = args.file.read_bytes()
    except OSError as exc:
        raise UserFacingError(error_text("cannot read {file} ({value})", file=args.file, value=os_reason(exc))) from exc
    store = CertificateStore(context.paths.certificates_dir)
    report = verify_with_store(content, store, context.config().trust_bundle)
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
                        "covers": report.covers(s),
                        "signed_revision": s.revision or None,
                        "revisions": s.revisions or None,
                        "modified_after": s.modifications,
                        "trusted_certificate": s.trusted,
                        "certificate_trust": s.trust or None,
                        "certificate_trust_text": s.trust_text or None,
                        "accepted_by": s.accepted_by or None,
                        "reason": s.reason,
                        "subfilter": s.subfilter,
                        "level": s.level,
                        "timestamped_at": s.timestamped_at.isoformat() if s.timestamped_at else None,
                        "problem": s.problem or None,
                    }
                    for s in report.signatures
                ],
                "revisions": [
                    {
                        "revision": r.number,
                        "signature": r.signature or None,
                        "allowed": r.allowed,
                        "changes": list(r.changes),
                        "problem": r.problem or None,
                    }
                    for r in report.revisions
                ],
                "problems": list(report.problems),
            }
        )
    elif not report.signatures:
        print(error_text("{file}: no signatures", file=args.file))
    else:
        rows = [
            (
                s.signer,
                f"{s.signed_at.astimezone():%Y-%m-%d %H:%M}" if s.signed_at else "?",
                "intact" if s.intact else "BROKEN",
                report.covers(s),
                _trust_cell(s),
                s.level,
            )
            for s in report.signatures
        ]
        print_table(("SIGNER", "SIGNED", "INTEGRITY", "COVERS", "CERTIFICATE", "LEVEL"), rows)
        for problem in report.problems:
            print(f"  {problem}")
        if any(s.level == "B-B" for s in report.signatures):
            print(error_text("note: B-B signatures carry no timestamp; their time is what the signer's computer said"))
        print(
            error_text("ok: every signature is intact, trusted and nothing changed after signing")
            if report.ok
            else error_text("NOT VERIFIED")
        )
    return 0 if report.ok else EXIT_NOT_VERIFIED


def _trust_cell(check: Any) -> str:
    """The CERTIFICATE column: trusted and why, or why not ("self-made certificate (demo/trial) …")."""
    if check.trusted:
        return error_text("trusted: {why}", why=check.trust_text) if check.trust_text else error_text("trusted")
    return error_text("NOT TRUSTED: {why}", why=check.trust_text) if check.trust_text else error_text("NOT TRUSTED")
