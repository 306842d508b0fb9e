"""Writing a file so that a failure never leaves half of it behind."""

from __future__ import annotations

from pathlib import Path

from rehabmeet.errors import UserFacingError
from rehabmeet.i18n import QT_TRANSLATE_NOOP, os_reason, translate


def write_atomically(path: Path, data: bytes) -> Path:
    """Write ``data`` to ``path`` via a temporary file beside it, then rename it into place.

    Raises:
        UserFacingError: naming the file and the system's reason.
    """
    temporary = path.with_name(f".{path.name}.part")
    try:
        temporary.write_bytes(data)
        temporary.replace(path)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        message = translate("Files", QT_TRANSLATE_NOOP("Files", "Cannot write {path}: {reason}"))
        raise UserFacingError(message.format(path=path, reason=os_reason(exc))) from exc
    return path
