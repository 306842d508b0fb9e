"""``rehabmeet document CASE_REF --kind indstilling|afgoerelse|haandud --format pdf|docx [--sign] -o OUT``
and ``rehabmeet document upgrade FILE.pdf [-o OUT]``.

Writes the document from the finalised indstilling (and decision). When a signed version exists it
is written out as it is (``--sign`` adds a signature to it); ``--reason`` issues a corrected version.
``upgrade`` adds validation data (B-LT) and, with a timestamp authority configured, a document
timestamp (B-LTA) to a signed PDF once the computer is online (:mod:`rehabmeet.signing.upgrade`).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from rehabmeet.context import AppContext
from rehabmeet.errors import UserFacingError
from rehabmeet.i18n import error_text


def register(sub: argparse._SubParsersAction[Any]) -> None:
    parser = sub.add_parser("document", help="write (and sign) a case's indstilling, afgørelse or hand-out")
    parser.add_argument("case_ref", metavar="CASE_REF", help="the case, or `upgrade` followed by a signed PDF")
    parser.add_argument("file", nargs="?", type=Path, metavar="FILE.pdf", help=argparse.SUPPRESS)
    parser.add_argument("--kind", choices=("indstilling", "afgoerelse", "haandud"))
    parser.add_argument("--format", default="pdf", choices=("pdf", "docx"))
    parser.add_argument("--sign", action="store_true", help="sign the PDF (with --certificate, or the only one)")
    parser.add_argument("--certificate", metavar="ID", help="the certificate to sign with (see `certificate list`)")
    parser.add_argument("--role", default="", help="the role to sign as (default: the certificate's)")
    parser.add_argument("--large-type", action="store_true", help="the hand-out in large type")
    parser.add_argument("--reason", default="", help="why, when this corrects a signed document")
    parser.add_argument("-o", "--output", type=Path, metavar="OUT")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, context: AppContext, _gui: Any) -> int:
    if args.case_ref == "upgrade":
        return _upgrade(args, context)
    if args.kind is None or args.output is None or args.file is not None:
        raise UserFacingError(error_text("give --kind and -o OUT (or: rehabmeet document upgrade FILE.pdf)"))
    if args.sign and args.format != "pdf":
        raise UserFacingError(error_text("only the PDF is signed; use --format pdf with --sign"))
    services = context.services()
    documents = services.documents
    item_id = documents.item_for_case(args.case_ref)
    current = next(
        (d for d in documents.documents(item_id) if (d.kind, d.format, d.status) == (args.kind, args.format, "signed")),
        None,
    )
    if current is not None and not args.reason:
        view = current  # a signed document is never rewritten; hand out the signed one
    else:
        view = documents.issue(item_id, args.kind, args.format, large_type=args.large_type, reason=args.reason)
    if args.sign:
        view = documents.sign(view.id, _certificate_id(services.certificates, args.certificate), args.role)
    documents.export(view.id, args.output)
    signed = f", signed by {', '.join(s['signer'] for s in view.signatures)}" if view.signatures else ""
    print(f"wrote {args.output} ({view.kind} version {view.version}{signed}; sha256 {view.sha256[:16]}…)")
    if args.sign and view.signatures:
        _print_level(view.signatures[-1])
    return 0


def _print_level(signature: dict[str, Any]) -> None:
    """Say how far the new signature goes: B-T with a timestamp, else B-B and why (issue 16, item 1)."""
    level = signature.get("level", "")
    if level == "B-T":
        print(error_text("PAdES B-T: the signing time is fixed by the timestamp authority"), file=sys.stderr)
    elif level == "B-B":
        print(
            signature.get("note")
            or error_text(
                "PAdES B-B: no timestamp authority is configured (timestamp_url in config.json); "
                "the signing time is what this computer says"
            ),
            file=sys.stderr,
        )


def _upgrade(args: argparse.Namespace, context: AppContext) -> int:
    from rehabmeet.atomic import write_atomically
    from rehabmeet.signing.certificates import CertificateStore
    from rehabmeet.signing.upgrade import upgrade_pdf

    if args.file is None:
        raise UserFacingError(error_text("give the signed PDF to upgrade: rehabmeet document upgrade FILE.pdf"))
    try:
        content = args.file.read_bytes()
    except OSError as exc:
        raise UserFacingError(
            error_text("cannot read {file} ({value})", file=args.file, value=exc.strerror or exc)
        ) from exc
    config = context.config()
    store = CertificateStore(context.paths.certificates_dir)
    result = upgrade_pdf(content, store.trust_roots(config.trust_bundle), config.timestamp_url, store.all())
    target = args.output or args.file
    write_atomically(target, result.content)
    print(f"wrote {target}: PAdES {result.level}")
    if result.note:
        print(result.note, file=sys.stderr)
    return 0


def _certificate_id(store: Any, chosen: str | None) -> str:
    if chosen:
        return str(chosen)
    certificates = store.all()
    if len(certificates) != 1:
        raise UserFacingError(
            error_text("choose the certificate to sign with: --certificate ID (see `rehabmeet certificate list`)")
            if certificates
            else error_text("there is no signing certificate; import one with `rehabmeet certificate import FILE.p12`")
        )
    return str(certificates[0].id)
