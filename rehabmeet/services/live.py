"""Live updates: a listener thread that hands every change made elsewhere to a callback.

On PostgreSQL it LISTENs on its own connection (psycopg 3) and gets each change the moment the
other client commits; if the server goes away it says so (``on_state(False)``), reconnects every
second and catches up from the change feed. On the embedded SQLite file, where there is no
NOTIFY, it polls the change feed (a window and ``rehabmeet watch`` beside it on one laptop).
Pure Python: the UI bridges the callback into its own thread.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from rehabmeet.i18n import QT_TRANSLATE_NOOP, current_language, translate
from rehabmeet.recommendation.content import field_label
from rehabmeet.storage.changes import CHANNEL, Change, changes_after, last_feed_id, publish
from rehabmeet.storage.database import Database, SessionFactory

log = logging.getLogger(__name__)

POLL_SECONDS = 0.25
RETRY_SECONDS = 1.0
LINK_CHECKS: dict[str, Any] = {
    "connect_timeout": 2,
    "keepalives": 1,
    "keepalives_idle": 1,
    "keepalives_interval": 1,
    "keepalives_count": 1,
    "tcp_user_timeout": 1500,
}
PRESENCE = "presence"
PRESENCE_EVERY_S = 20.0  # a window says which case it has open this often (and when it changes)
PRESENCE_GONE_S = 50.0  # not heard of for this long: no longer shown as having the case open


def announce_presence(sessions: SessionFactory, person: str, item_id: int | None) -> None:
    """Say that ``person`` has agenda item ``item_id`` open (``None``: none) to the other windows."""
    with sessions.begin() as session:
        publish(session, person, PRESENCE, item_id=item_id)


class Presence:
    """Who else has which case open, from the presence announcements heard (pure bookkeeping)."""

    def __init__(self) -> None:
        self._seen: dict[str, tuple[str, int | None, float]] = {}

    def heard(self, change: Change, now: float) -> None:
        self._seen[change.origin] = (change.person, change.item_id, now)

    def on(self, item_id: int | None, now: float) -> tuple[str, ...]:
        """The people (other windows) with ``item_id`` open, heard of recently, sorted."""
        if item_id is None:
            return ()
        return tuple(
            sorted({p for p, item, at in self._seen.values() if item == item_id and now - at < PRESENCE_GONE_S})
        )


class ChangeListener:
    """Calls ``on_change`` (in the listener's thread) for every change committed after ``start``.

    Args:
        on_state: called with False when the database cannot be reached, True when it is back.
        skip_origin: changes from this origin (the caller's own window) are not passed on.
    """

    def __init__(
        self,
        database: Database,
        on_change: Callable[[Change], None],
        *,
        on_state: Callable[[bool], None] | None = None,
        skip_origin: str | None = None,
    ) -> None:
        self._database = database
        self._on_change = on_change
        self._on_state = on_state or (lambda _ok: None)
        self._skip = skip_origin
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._last = 0
        self.connected = True
        self.ready = threading.Event()

    def start(self) -> None:
        with self._database.sessions.begin() as session:
            self._last = last_feed_id(session)
        self._thread = threading.Thread(target=self._run, name="rehabmeet-changes", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                if self._database.target.is_sqlite:
                    self._poll()
                else:
                    self._listen()
            except Exception as exc:  # the server went away: say so, keep trying
                log.info("change listener lost the database: %s", exc)
                self._state(False)
                self._stop.wait(RETRY_SECONDS)

    def _poll(self) -> None:
        # A connection of its own, outside SQLAlchemy's transactions (which begin IMMEDIATE and would
        # take the write lock): ``PRAGMA data_version`` changes when another connection committed,
        # and only then is the feed read.
        raw = self._database.engine.raw_connection()
        try:
            self.ready.set()
            seen = None
            while not self._stop.is_set():
                cursor = raw.cursor()
                try:
                    cursor.execute("PRAGMA data_version")
                    (version,) = cursor.fetchone() or (None,)
                    if version != seen:
                        seen = version
                        cursor.execute("SELECT payload FROM change_feed WHERE id > ? ORDER BY id", (self._last,))
                        rows = cursor.fetchall()
                    else:
                        rows = []
                finally:
                    cursor.close()
                for (payload,) in rows:
                    self._deliver(Change.from_json(payload))
                self._state(True)
                self._stop.wait(POLL_SECONDS)
        finally:
            raw.close()

    def _listen(self) -> None:
        import psycopg

        url = self._database.engine.url.set(drivername="postgresql")
        # A pulled cable gives no error on an idle connection: TCP keepalives and a ping every
        # half second, bounded by tcp_user_timeout, make it fail within about two seconds.
        with psycopg.connect(url.render_as_string(hide_password=False), autocommit=True, **LINK_CHECKS) as connection:
            connection.execute(f"LISTEN {CHANNEL}")
            self._catch_up()  # whatever was committed while not listening
            self._state(True)
            self.ready.set()
            while not self._stop.is_set():
                for notice in connection.notifies(timeout=0.5):
                    self._deliver(Change.from_json(notice.payload))
                    if self._stop.is_set():
                        break
                connection.execute("SELECT 1")

    def _catch_up(self) -> None:
        with self._database.sessions.begin() as session:
            missed = changes_after(session, self._last)
        for change in missed:
            self._deliver(change)

    def _deliver(self, change: Change) -> None:
        if change.feed_id and change.feed_id <= self._last:
            return
        self._last = max(self._last, change.feed_id)
        if self._skip is not None and change.origin == self._skip:
            return
        try:
            self._on_change(change)
        except Exception:  # a failing receiver must not stop the updates
            log.exception("change receiver failed")

    def _state(self, connected: bool) -> None:
        if connected != self.connected:
            self.connected = connected
            self._on_state(connected)


_SAID = {
    "indstilling": QT_TRANSLATE_NOOP("Live", "{person} changed {what} at {time}"),
    "indstilling.finalised": QT_TRANSLATE_NOOP("Live", "{person} finalised the indstilling at {time}"),
    "indstilling.reopened": QT_TRANSLATE_NOOP("Live", "{person} reopened the indstilling at {time}"),
    "decision": QT_TRANSLATE_NOOP("Live", "{person} changed the decision at {time}"),
    "decision.made": QT_TRANSLATE_NOOP("Live", "{person} made the decision final at {time}"),
    "decision.reopened": QT_TRANSLATE_NOOP("Live", "{person} reopened the decision at {time}"),
    "lanes": QT_TRANSLATE_NOOP("Live", "{person} changed the team's input at {time}"),
    "attendance": QT_TRANSLATE_NOOP("Live", "{person} changed the attendance at {time}"),
    "note": QT_TRANSLATE_NOOP("Live", "{person} changed the notes at {time}"),
    "timer": QT_TRANSLATE_NOOP("Live", "{person} used the timer at {time}"),
    "agenda": QT_TRANSLATE_NOOP("Live", "{person} changed the agenda at {time}"),
}


def describe(change: Change) -> str:
    """Say the change in words: "Jonas Bech changed The citizen's own view at 10.42" (case ref added)."""
    template = translate("Live", _SAID.get(change.what, _SAID["indstilling"]))
    local = change.when.astimezone()
    clock = local.strftime("%H.%M" if current_language() == "da" else "%H:%M")
    if change.fields and change.what == "indstilling":
        what = ", ".join(field_label(name) for name in change.fields)
    else:
        what = translate("Live", QT_TRANSLATE_NOOP("Live", "the indstilling"))
    text = template.format(person=change.person or "?", what=what, time=clock)
    return f"{change.case_ref}: {text}" if change.case_ref else text
