"""``rehabmeet certificate import FILE.p12 | create --name NAME | accept ID --by NAME | list``.

A certificate in the store is not trusted for the municipality by being there (anyone can make one
in another person's name): ``verify`` trusts what the configured CA bundle issued, and what a
leader accepted with ``accept`` — which is recorded in the certificate's record and the event log.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from rehabmeet.context import AppContext


def register(sub: argparse._SubParsersAction[Any]) -> None:
    parser = sub.add_parser("certificate", help="signing certificates (passphrases live in the OS keyring)")
    actions = parser.add_subparsers(dest="certificate_action", metavar="ACTION", required=True)
    imported = actions.add_parser("import", help="import a PKCS#12 (.p12/.pfx) file the municipality issued")
    imported.add_argument("file", type=Path, metavar="FILE.p12")
    imported.add_argument("--role", default="", help="the role its holder signs as, e.g. Mødeleder")
    imported.add_argument(
        "--passphrase-env", metavar="VAR", help="read the passphrase from this environment variable (else prompt)"
    )
    imported.set_defaults(handler=run_import)
    created = actions.add_parser("create", help="create a self-made certificate for trials (not for real cases)")
    created.add_argument("--name", required=True, help="the signer's name")
    created.add_argument("--organisation", default="", help="e.g. the municipality")
    created.add_argument("--role", default="", help="the role its holder signs as, e.g. Mødeleder")
    created.set_defaults(handler=run_create)
    accepted = actions.add_parser(
        "accept", help="accept a certificate the municipality's CA did not issue (logged with who accepted)"
    )
    accepted.add_argument("certificate", metavar="ID", help="the certificate (see `certificate list`)")
    accepted.add_argument("--by", required=True, metavar="NAME", help="the leader who accepts it, e.g. Karen Holm")
    accepted.set_defaults(handler=run_accept)
    actions.add_parser("list", help="list the certificates on this computer").set_defaults(handler=run_list)


def run_import(args: argparse.Namespace, context: AppContext, _gui: Any) -> int:
    from rehabmeet.commands.output import read_passphrase

    passphrase = read_passphrase(args.passphrase_env, args.file.name)
    info = _store(context).import_p12(args.file, passphrase, role=args.role)
    print(f"imported {info.name} ({info.id}), valid until {info.not_after:%Y-%m-%d}; passphrase kept in the keyring")
    return 0


def run_create(args: argparse.Namespace, context: AppContext, _gui: Any) -> int:
    info = _store(context).create_self_made(args.name, args.organisation, role=args.role)
    print(f"created a self-made certificate for {info.name} ({info.id}), for trials only")
    return 0


def run_accept(args: argparse.Namespace, context: AppContext, _gui: Any) -> int:
    from rehabmeet.audit.events import record_event
    from rehabmeet.i18n import error_text

    store = _store(context)
    info = store.get(args.certificate)
    database = context.database()
    with database.sessions.begin() as session:  # logged first: an acceptance nobody can see is not made
        info = store.accept(info.id, args.by)
        record_event(
            session,
            context.actor,
            "certificate.accepted",
            certificate=info.id,
            name=info.name,
            role=info.role,
            self_made=info.self_made,
            accepted_by=info.accepted_by,
        )
    print(
        error_text(
            "{by} accepted {name}'s certificate ({certificate_id}); verify now trusts its signatures",
            by=info.accepted_by,
            name=info.name,
            certificate_id=info.id,
        )
    )
    return 0


def run_list(_args: argparse.Namespace, context: AppContext, _gui: Any) -> int:
    from rehabmeet.commands.output import print_table

    rows = [
        (c.id, c.name, c.role or "-", c.organisation or "-", f"{c.not_after:%Y-%m-%d}", _trust_note(c))
        for c in _store(context).all()
    ]
    if not rows:
        print("no signing certificates; import one with `rehabmeet certificate import FILE.p12`")
        return 0
    print_table(("ID", "NAME", "ROLE", "ORGANISATION", "VALID UNTIL", ""), rows)
    return 0


def _trust_note(info: Any) -> str:
    from rehabmeet.i18n import error_text

    if info.accepted_by:
        return error_text("accepted by {name}", name=info.accepted_by)
    return error_text("self-made, not accepted") if info.self_made else ""


def _store(context: AppContext) -> Any:
    from rehabmeet.signing.certificates import CertificateStore

    return CertificateStore(context.paths.certificates_dir)
