"""Each person on their own PostgreSQL role (``rehabmeet db grant``), tested against a real server:
the role's person is named whatever the laptop says, the event log is insert-only for them, they
cannot change the tables, and they change only their own discipline's lane."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring
import psycopg
import pytest
from sqlalchemy import select

from rehabmeet.cli import main
from rehabmeet.context import AppContext, build_context
from rehabmeet.demo.day import DemoService
from rehabmeet.errors import UserFacingError
from rehabmeet.models import ChangeFeed, Event
from rehabmeet.paths import resolve_paths
from rehabmeet.secrets import SERVICE
from rehabmeet.services.packs import PassphraseNeeded, pack_secret_name
from rehabmeet.services.preparation import PreparationService
from rehabmeet.services.registry import Services
from rehabmeet.storage.changes import Change
from rehabmeet.storage.database import open_database
from rehabmeet.storage.target import resolve_target


@pytest.fixture
def shared_day(postgres_url: str, tmp_path: Path) -> Iterator[str]:
    admin = build_context(home=str(tmp_path / "admin"), db=postgres_url, language="en", debug=False, user="admin")
    DemoService(admin.database().sessions, actor="admin").create()
    admin.close()
    yield postgres_url


def _as_role(url: str, role: str, home: Path, user: str | None) -> AppContext:
    role_url = url.replace("postgres@", f"{role}@", 1)
    return build_context(home=str(home), db=role_url, language="en", debug=False, user=user)


def _item(services: Services, case_ref: str = "DEMO-2026-003") -> int:
    (meeting,) = services.meetings.list_meetings()
    return next(r.item_id for r in services.meetings.agenda(meeting.meeting_id).rows if r.case_ref == case_ref)


def _grant(url: str, person: str, capsys: pytest.CaptureFixture[str]) -> str:
    assert main(["--db", url, "--user", "admin", "db", "grant", "--user", person]) == 0
    out = capsys.readouterr().out
    assert "password (shown once" in out and "sslmode=verify-full" in out
    return out.split()[1]  # "role rehabmeet_morten_lund for …"


def test_a_member_on_their_own_role_is_named_in_the_event_log_whatever_the_laptop_says(
    shared_day: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    role = _grant(shared_day, "Morten Lund", capsys)
    assert role == "rehabmeet_morten_lund"
    context = _as_role(shared_day, role, tmp_path / "morten", user="Helle Kragh")
    services = context.services()
    assert services.actor == "Morten Lund"
    item = _item(services)
    draft = services.indstilling.draft(item)
    services.indstilling.save(
        item,
        draft.content.with_changes(prospects="Kan arbejde 10 timer."),
        expected_revision=draft.revision,
        base=draft.content,
    )
    health = next(lane for lane in services.lanes.lanes(item).lanes if lane.discipline == "health")
    services.lanes.set_heard(health.lane_id, True, 60)
    with services.database.sessions.begin() as session:
        saved = session.scalars(select(ChangeFeed).order_by(ChangeFeed.id)).all()
        heard = session.scalars(select(Event).where(Event.action == "lane.heard")).one()
    persons = {Change.from_json(row.payload).what: Change.from_json(row.payload).person for row in saved}
    assert persons["indstilling"] == "Morten Lund"  # what the other laptops are told
    assert heard.actor == "Morten Lund"  # the event log
    context.close()


def test_a_member_role_cannot_rewrite_the_event_log_or_change_the_tables(
    shared_day: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    role = _grant(shared_day, "Morten Lund", capsys)
    with psycopg.connect(shared_day.replace("postgresql+psycopg://postgres@", f"postgresql://{role}@")) as conn:
        conn.execute("UPDATE lane_point SET text = text WHERE false")  # ordinary writes are allowed
        conn.execute("SELECT count(*) FROM event_log")
        for statement in (
            "UPDATE event_log SET actor = 'someone else'",
            "DELETE FROM event_log",
            "ALTER TABLE event_log DISABLE TRIGGER ALL",
            "ALTER TABLE indstilling ADD COLUMN secret text",
            "DROP TABLE lane_point",
            "CREATE TABLE mine (x int)",
            "INSERT INTO database_role (role_name, person, granted_by, granted_at) "
            "VALUES ('x', 'Helle Kragh', 'x', now())",
            "UPDATE database_role SET person = 'Helle Kragh'",
        ):
            refused = (psycopg.errors.InsufficientPrivilege, psycopg.errors.InvalidSchemaName)
            with pytest.raises(refused), conn.transaction():
                conn.execute(statement)


def test_a_member_role_changes_only_their_own_disciplines_lane(
    shared_day: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    role = _grant(shared_day, "Morten Lund", capsys)
    context = _as_role(shared_day, role, tmp_path / "morten", user="Helle Kragh")  # claims to be the leader
    services = context.services()
    lanes = services.lanes.lanes(_item(services)).lanes
    health = next(lane for lane in lanes if lane.discipline == "health")
    social = next(lane for lane in lanes if lane.discipline == "social")
    after = services.lanes.add_point(health.lane_id, "Kan gå 2 km.")
    assert [p.author for lane in after.lanes if lane.lane_id == health.lane_id for p in lane.points] == ["Morten Lund"]
    with pytest.raises(UserFacingError, match="Morten Lund may change only the health lane"):
        services.lanes.add_point(social.lane_id, "Ikke mit felt.")
    leader = build_context(home=str(tmp_path / "admin"), db=shared_day, language="en", debug=False, user="Helle Kragh")
    theirs = leader.services().lanes.add_point(social.lane_id, "Bor alene.")
    leader.close()
    social_point = next(p for lane in theirs.lanes if lane.lane_id == social.lane_id for p in lane.points)
    with pytest.raises(UserFacingError, match="Morten Lund may change only the health lane"):
        services.lanes.edit_point(social_point.point_id, "Ændret.", expected_revision=social_point.revision)
    context.close()


def test_grant_refuses_a_name_that_is_not_a_team_member(shared_day: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", shared_day, "db", "grant", "--user", "Morten Lunt"]) == 2
    assert "no active team member named 'Morten Lunt'" in capsys.readouterr().err


def test_a_leader_role_opens_the_kept_pack_passphrase_and_a_member_role_cannot(
    shared_day: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    admin = build_context(home=str(tmp_path / "admin"), db=shared_day, language="en", debug=False, user="admin")
    services = admin.services()
    (meeting,) = services.meetings.list_meetings()
    pack = next(
        p for p in services.packs.export(meeting.meeting_id, tmp_path / "out") if p.member_name == "Morten Lund"
    )
    member_db = open_database(resolve_target(resolve_paths(tmp_path / "member-laptop").ensure()))
    member = PreparationService(member_db.sessions, actor="Morten Lund")
    case = next(c for c in member.open_pack(pack.path, pack.passphrase).cases if c.case_ref == "DEMO-2026-003")
    member.add(case.id, "point", "Spørg til smerter ved løft", shared=True)
    notes = tmp_path / "noter.rmpack"
    member.export_notes(pack.pack_id, notes)
    member_db.close()
    admin.close()
    keyring.get_keyring().delete_password(SERVICE, pack_secret_name(pack.pack_id))  # other laptops

    assert main(["--db", shared_day, "db", "grant", "--user", "Helle Kragh", "--leader"]) == 0
    assert "rehabmeet_member, rehabmeet_leader" in capsys.readouterr().out
    morten_role = _grant(shared_day, "Morten Lund", capsys)
    morten_url = shared_day.replace("postgresql+psycopg://postgres@", f"postgresql://{morten_role}@")
    with psycopg.connect(morten_url) as conn, pytest.raises(psycopg.errors.InsufficientPrivilege):
        conn.execute("SELECT key FROM pack_key")
    morten = _as_role(shared_day, morten_role, tmp_path / "morten", user=None)
    with pytest.raises(PassphraseNeeded):
        morten.services().note_merge.import_pack(notes)  # a member's role: the typed passphrase only
    morten.close()
    helle = _as_role(shared_day, "rehabmeet_helle_kragh", tmp_path / "helle", user=None)
    assert helle.services().note_merge.import_pack(notes).added == 1  # a leader's laptop: nothing typed
    helle.close()


def test_the_readme_set_up_works_with_an_owner_that_is_not_a_superuser(
    postgres_base_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    admin_dsn = postgres_base_url.replace("postgresql+psycopg", "postgresql") + "/postgres"
    with psycopg.connect(admin_dsn, autocommit=True) as conn:
        conn.execute("CREATE ROLE rehabmeet_owner LOGIN CREATEROLE")
        conn.execute("CREATE DATABASE rehabmeet_readme OWNER rehabmeet_owner")
    url = postgres_base_url.replace("postgres@", "rehabmeet_owner@", 1) + "/rehabmeet_readme"
    owner = build_context(home=str(tmp_path / "owner"), db=url, language="en", debug=False, user="owner")
    DemoService(owner.database().sessions, actor="owner").create()
    owner.close()
    assert main(["--db", url, "db", "grant", "--user", "Sofie Krog"]) == 0
    assert "role rehabmeet_sofie_krog for Sofie Krog" in capsys.readouterr().out
    sofie = build_context(
        home=str(tmp_path / "sofie"),
        db=url.replace("rehabmeet_owner@", "rehabmeet_sofie_krog@"),
        language="en",
        debug=False,
    )
    services = sofie.services()
    assert services.actor == "Sofie Krog" and services.meetings.list_meetings()
    sofie.close()


def test_the_database_itself_keeps_a_member_role_out_of_other_lanes(
    shared_day: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Row-level security: the same rule holds for someone using their role in another program."""
    admin = build_context(home=str(tmp_path / "admin"), db=shared_day, language="en", debug=False, user="admin")
    services = admin.services()
    lanes = {lane.discipline: lane.lane_id for lane in services.lanes.lanes(_item(services)).lanes}
    social_point = services.lanes.add_point(lanes["social"], "Bor alene.")
    point_id = next(p.point_id for lane in social_point.lanes if lane.lane_id == lanes["social"] for p in lane.points)
    admin.close()
    morten = _grant(shared_day, "Morten Lund", capsys)
    assert main(["--db", shared_day, "db", "grant", "--user", "Helle Kragh"]) == 0
    insert = (
        "INSERT INTO lane_point (lane_id, position, text, author, origin, revision, created_at, updated_at) "
        "VALUES (%s, 99, %s, 'x', 'secretary', 1, now(), now())"
    )

    def connect(role: str) -> psycopg.Connection:  # type: ignore[type-arg]
        return psycopg.connect(shared_day.replace("postgresql+psycopg://postgres@", f"postgresql://{role}@"))

    with connect(morten) as conn:
        conn.execute(insert, (lanes["health"], "Mit eget felt."))  # his own lane
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="row-level security"):
            conn.execute(insert, (lanes["social"], "Ikke mit felt."))
    with connect(morten) as conn:
        changed = conn.execute("UPDATE lane_point SET text = 'ændret' WHERE id = %s", (point_id,)).rowcount
        deleted = conn.execute("DELETE FROM lane_point WHERE id = %s", (point_id,)).rowcount
        assert (changed, deleted) == (0, 0)
        assert conn.execute("SELECT text FROM lane_point WHERE id = %s", (point_id,)).fetchone() == ("Bor alene.",)
    with connect("rehabmeet_helle_kragh") as conn:  # the meeting's leader writes every lane
        assert (
            conn.execute("UPDATE lane_point SET text = 'Bor alene med sin søn.' WHERE id = %s", (point_id,)).rowcount
            == 1
        )
