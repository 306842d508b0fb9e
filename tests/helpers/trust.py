"""Certificates a leader has accepted (``rehabmeet certificate accept``), for tests of signed letters.

Since the cold review of issue 16 a self-made certificate is not trusted by being in the store;
tests about what a *trusted* signer can and cannot do use an accepted one.
"""

from __future__ import annotations

from rehabmeet.paths import resolve_paths
from rehabmeet.signing.certificates import CertificateInfo, CertificateStore

LEADER = "Karen Holm, afdelingsleder"


def accepted(store: CertificateStore, name: str, organisation: str = "", role: str = "") -> CertificateInfo:
    """A self-made certificate for ``name``, accepted by the leader."""
    return store.accept(store.create_self_made(name, organisation, role=role).id, LEADER)


def accept_all() -> None:
    """Accept every certificate of the current home folder (after ``rehabmeet certificate create``)."""
    store = CertificateStore(resolve_paths().certificates_dir)
    for info in store.all():
        store.accept(info.id, LEADER)
