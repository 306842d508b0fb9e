"""A real RFC 3161 timestamp authority over HTTP on 127.0.0.1, for B-T tests (no network beyond loopback).

Its own root CA and TSA certificate (RSA, extended key usage timeStamping) are made with
``cryptography``; requests are answered by pyHanko's ``DummyTimeStamper`` behind a
``http.server`` thread, so RehabMeet talks to it exactly as to a municipality's TSA.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass(frozen=True)
class LocalTsa:
    url: str
    root: Any  # asn1crypto certificate of the TSA's root CA: trust it to validate the timestamps


def _certificates() -> tuple[Any, Any, Any]:
    from asn1crypto import keys
    from asn1crypto import x509 as asn1_x509
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

    now = datetime.now(UTC)
    root_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    root_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Test Root CA (127.0.0.1)")])
    root = (
        x509.CertificateBuilder()
        .subject_name(root_name)
        .issuer_name(root_name)
        .public_key(root_key.public_key())
        .serial_number(1)
        .not_valid_before(now - timedelta(days=1))
        .not_valid_after(now + timedelta(days=365))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(x509.KeyUsage(False, False, False, False, False, True, True, False, False), critical=True)
        .sign(root_key, hashes.SHA256())
    )
    tsa_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    tsa = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Test TSA (127.0.0.1)")]))
        .issuer_name(root_name)
        .public_key(tsa_key.public_key())
        .serial_number(2)
        .not_valid_before(now - timedelta(days=1))
        .not_valid_after(now + timedelta(days=365))
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.TIME_STAMPING]), critical=True)
        .sign(root_key, hashes.SHA256())
    )

    def der(cert: Any) -> Any:
        return asn1_x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER))

    key_info = keys.PrivateKeyInfo.load(
        tsa_key.private_bytes(
            serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    )
    return der(root), der(tsa), key_info


@contextmanager
def local_tsa() -> Iterator[LocalTsa]:
    """Run the TSA for the duration of the ``with`` block."""
    from asn1crypto import tsp
    from pyhanko.sign.timestamps.dummy_client import DummyTimeStamper

    root, tsa_cert, tsa_key = _certificates()
    stamper = DummyTimeStamper(tsa_cert=tsa_cert, tsa_key=tsa_key, certs_to_embed=[root])

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            request = tsp.TimeStampReq.load(self.rfile.read(int(self.headers["Content-Length"])))
            body = stamper.request_tsa_response(request).dump()
            self.send_response(200)
            self.send_header("Content-Type", "application/timestamp-reply")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *_args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield LocalTsa(f"http://127.0.0.1:{server.server_address[1]}/tsa", root)
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
