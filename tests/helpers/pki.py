"""A real local PKI on 127.0.0.1 with certomancer (by pyHanko's author): root CA, signer, TSA, OCSP, CRLs.

The keys are made fresh for each use; the Animator (certomancer's WSGI app) serves the OCSP
responder, the CRL repository and the timestamp authority behind werkzeug's server, on a free
loopback port. Nothing leaves the machine.
"""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ARCH = "rehabmeet-test"


@dataclass(frozen=True)
class LocalPki:
    url: str
    tsa_url: str
    arch: Any  # certomancer PKIArchitecture

    def signer_p12(self, path: Path, passphrase: str) -> Path:
        path.write_bytes(self.arch.package_pkcs12("signer", password=passphrase.encode()))
        return path

    def root_bundle(self, path: Path) -> Path:
        """The root CA as a PEM file: the municipality's CA bundle (``trust_bundle`` in config.json)."""
        from asn1crypto import pem
        from certomancer.registry import CertLabel

        path.write_bytes(pem.armor("CERTIFICATE", self.arch.get_cert(CertLabel("root")).dump()))
        return path


def _keys(folder: Path) -> None:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import rsa

    for label in ("root", "signer", "tsa", "ocsp"):
        key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        pem = key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
        (folder / f"{label}.key.pem").write_bytes(pem)


def _config(prefix: str) -> dict[str, Any]:
    def usage(*names: str) -> dict[str, Any]:
        return {"id": "key_usage", "critical": True, "smart-value": {"schema": "key-usage", "params": list(names)}}

    crl = {
        "id": "crl_distribution_points",
        "smart-value": {"schema": "crl-dist-url", "params": {"crl-repo-names": ["root"]}},
    }
    ocsp = {
        "id": "authority_information_access",
        "smart-value": {"schema": "aia-urls", "params": {"ocsp-responder-names": ["root"]}},
    }
    validity = {"valid-from": "2020-01-01T00:00:00+0000", "valid-to": "2100-01-01T00:00:00+0000"}
    return {
        "external-url-prefix": prefix,
        "keysets": {
            "keys": {"keys": {label: {"path": f"{label}.key.pem"} for label in ("root", "signer", "tsa", "ocsp")}}
        },
        "pki-architectures": {
            ARCH: {
                "keyset": "keys",
                "entity-defaults": {"country-name": "DK", "organization-name": "Testkommune"},
                "entities": {
                    "root": {"common-name": "Testkommune Root CA"},
                    "signer": {"common-name": "Anna Leder"},
                    "tsa": {"common-name": "Testkommune TSA"},
                    "ocsp": {"common-name": "Testkommune OCSP"},
                },
                "certs": {
                    "root": {
                        "subject": "root",
                        "issuer": "root",
                        "validity": validity,
                        "extensions": [
                            {"id": "basic_constraints", "critical": True, "value": {"ca": True}},
                            usage("digital_signature", "key_cert_sign", "crl_sign"),
                        ],
                    },
                    "signer": {
                        "issuer": "root",
                        "validity": validity,
                        "extensions": [usage("digital_signature", "non_repudiation"), crl, ocsp],
                    },
                    "tsa": {
                        "issuer": "root",
                        "validity": validity,
                        "extensions": [
                            usage("digital_signature"),
                            {"id": "extended_key_usage", "critical": True, "value": ["time_stamping"]},
                            crl,
                        ],
                    },
                    "ocsp": {
                        "issuer": "root",
                        "validity": validity,
                        "extensions": [
                            usage("digital_signature"),
                            {"id": "extended_key_usage", "critical": True, "value": ["ocsp_signing"]},
                            {"id": "ocsp_no_check"},
                        ],
                    },
                },
                "services": {
                    "ocsp": {"root": {"for-issuer": "root", "responder-cert": "ocsp", "signing-key": "ocsp"}},
                    "crl-repo": {
                        "root": {"for-issuer": "root", "signing-key": "root", "simulated-update-schedule": "P30D"}
                    },
                    "time-stamping": {"tsa": {"signing-key": "tsa", "signing-cert": "tsa"}},
                },
            }
        },
    }


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def local_pki(folder: Path) -> Iterator[LocalPki]:
    """Run the PKI's services for the duration of the ``with`` block."""
    from certomancer.integrations.animator import Animator, AnimatorArchStore
    from certomancer.registry import CertomancerConfig
    from werkzeug.serving import make_server

    folder.mkdir(parents=True, exist_ok=True)
    _keys(folder)
    port = _free_port()
    prefix = f"http://127.0.0.1:{port}"
    config = CertomancerConfig(_config(prefix), key_search_dir=str(folder))
    animator = Animator(AnimatorArchStore(config.pki_archs), with_web_ui=False)
    server = make_server("127.0.0.1", port, animator, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield LocalPki(prefix, f"{prefix}/{ARCH}/tsa/tsa", config.pki_archs[ARCH])
    finally:
        server.shutdown()
        thread.join()
