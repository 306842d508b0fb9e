"""The newest signed checkpoint in the data folder: plain ``log verify`` and ``db check`` compare with it.

Someone with the database key can drop the append-only triggers and delete the log's tail; the
chain then verifies. The checkpoints RehabMeet writes into its checkpoint folder (at the end of
each meeting day, and a copy of every ``log checkpoint -o``) remember the head outside the
database, so a log *behind* the newest of them is reported without naming a file.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from rehabmeet.audit.anchor import AnchorError, check_anchors, finding_line, read_anchors
from rehabmeet.errors import UserFacingError
from rehabmeet.i18n import error_text


def checkpoint_folder(data_dir: Path, configured: str = "") -> Path:
    """The folder of the signed checkpoints: ``configured`` (``checkpoint_folder`` in config.json) or the default."""
    return Path(configured).expanduser() if configured else data_dir / "checkpoints"


def newest_checkpoint(folder: Path) -> Path | None:
    """The signed checkpoint in ``folder`` that recorded the latest head (``None`` when there is none)."""
    best: tuple[int, Path] | None = None
    for path in folder.glob("*.json") if folder.is_dir() else ():
        try:
            document = json.loads(path.read_text(encoding="utf-8"))
            head = int(document["head"]["id"]) if "signature" in document else -1
        except (OSError, ValueError, KeyError, TypeError):
            continue
        if head >= 0 and (best is None or head > best[0]):
            best = (head, path)
    return best[1] if best else None


def behind_local_checkpoint(
    sessions: Callable[[], Session], folder: Path, trust_roots: Sequence[Any]
) -> tuple[Path | None, list[str]]:
    """Compare the log with the newest checkpoint in ``folder``: the file, and one line per problem."""
    newest = newest_checkpoint(folder)
    if newest is None:
        return None, []
    try:
        anchors = read_anchors(newest, trust_roots)
    except (AnchorError, UserFacingError) as exc:
        return newest, [str(exc)]
    return newest, [finding_line(f) for f in check_anchors(sessions, anchors)]


def keep_copy(document: dict[str, Any], folder: Path) -> Path:
    """Keep a signed checkpoint in the checkpoint folder too (named by its head entry)."""
    from rehabmeet.atomic import write_atomically

    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        target = folder / f"checkpoint-{int(document['head']['id']):09d}.json"
        write_atomically(target, (json.dumps(document, indent=1) + "\n").encode("utf-8"))
    except OSError as exc:
        raise UserFacingError(
            error_text("the checkpoint cannot be kept in {folder} ({value})", folder=folder, value=exc.strerror or exc)
        ) from exc
    return target
