"""Writing a file so that a failure never leaves half of it behind."""

from __future__ import annotations

import os
from pathlib import Path

from rehabmeet.errors import UserFacingError
from rehabmeet.i18n import QT_TRANSLATE_NOOP, os_reason, translate


def write_atomically(path: Path, data: bytes) -> Path:
    """Write ``data`` to ``path`` via a temporary file beside it, then rename it into place.

    The file is owner-only (0600 on POSIX) from its first byte: letters, exports and packs hold
    CPR numbers and health data (issue 18). A file that already existed gets 0600 too.

    Raises:
        UserFacingError: naming the file and the system's reason.
    """
    temporary = path.with_name(f".{path.name}.part")
    try:
        temporary.unlink(missing_ok=True)  # a stale part file could have looser permissions
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
        temporary.replace(path)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        message = translate("Files", QT_TRANSLATE_NOOP("Files", "Cannot write {path}: {reason}"))
        raise UserFacingError(message.format(path=path, reason=os_reason(exc))) from exc
    return path
