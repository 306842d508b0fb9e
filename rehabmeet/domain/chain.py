"""The event log's hash chain (chain format 1): each entry's hash covers the previous entry's hash.

The format is frozen: changing what is hashed would break every existing chain, so a new format
needs a new version and a migration. ``GENESIS`` is the previous hash of the first entry.
"""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime
from typing import Any

GENESIS = "0" * 64


def canonical_json(value: Any) -> str:
    """Return ``value`` as JSON with sorted keys and no spaces, the same however it was built."""
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)


def entry_hash(
    prev_hash: str,
    occurred_at: datetime,
    actor: str,
    action: str,
    case_id: int | None,
    meeting_id: int | None,
    details: dict[str, Any] | None,
) -> str:
    """Return the SHA-256 (hex) of one entry, chained to ``prev_hash``."""
    stamp = occurred_at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    payload = canonical_json([1, prev_hash, stamp, actor, action, case_id, meeting_id, details or {}])
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()
