"""The signed checkpoint written when a meeting day ends (issue 16, item 5).

When the last case of the day is finished, RehabMeet writes a signed checkpoint of the event log's
head into the checkpoint folder (``checkpoint_folder`` in config.json, default ``checkpoints`` in
the data folder), so the day's history is anchored outside the database without anyone having to
remember ``rehabmeet log checkpoint -o FILE``. Plain ``log verify`` compares with the newest one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy.orm import Session

from rehabmeet.audit.anchor import write_checkpoint
from rehabmeet.errors import UserFacingError
from rehabmeet.i18n import error_text
from rehabmeet.signing.certificates import CertificateInfo, CertificateStore


@dataclass(frozen=True, slots=True)
class DayCheckpoint:
    """Where the day's checkpoint went (``path`` ``None`` when none could be written) and the sentence saying so."""

    path: Path | None
    note: str


class DayCheckpointWriter:
    """Writes the end-of-day checkpoint, signed with the store's certificate for it."""

    def __init__(self, sessions: Callable[[], Session], certificates: CertificateStore, folder: Path) -> None:
        self._sessions = sessions
        self._certificates = certificates
        self.folder = folder

    def write(self, meeting_id: int) -> DayCheckpoint:
        """Write the checkpoint; never raises (the day has ended either way), the note says what happened."""
        signer_info = self._signer()
        if signer_info is None:
            return DayCheckpoint(
                None,
                error_text(
                    "the day's log checkpoint was not written: there is no certificate to sign it "
                    "(run `rehabmeet log checkpoint -o FILE --certificate ID`)"
                ),
            )
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        target = self.folder / f"checkpoint-meeting-{meeting_id}-{stamp}.json"
        try:
            self.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
            signer = self._certificates.load_signer(signer_info.id)
            write_checkpoint(self._sessions, target, signer, signer_info.name)
        except (OSError, UserFacingError) as exc:
            return DayCheckpoint(None, error_text("the day's log checkpoint was not written: {why}", why=exc))
        return DayCheckpoint(
            target,
            error_text(
                "the day is over: a log checkpoint signed by {name} was written to {file}",
                name=signer_info.name,
                file=target,
            ),
        )

    def _signer(self) -> CertificateInfo | None:
        """The only certificate, else the meeting leader's accepted one, else the first accepted one."""
        certificates = [c for c in self._certificates.all() if c.valid_on(datetime.now(UTC))]
        if len(certificates) == 1:
            return certificates[0]
        accepted = [c for c in certificates if c.accepted_by]
        leaders = [c for c in accepted if c.role.casefold() == "mødeleder"]
        chosen = leaders or accepted
        return chosen[0] if chosen else None
