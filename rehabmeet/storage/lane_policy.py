"""Row-level security on the lane points for the people's own roles (``rehabmeet db grant``): a member
logged in with their own role writes only the points of their own discipline's lane (or the lane
named for them); the meeting's leader and secretary write every lane. The services refuse the same
with a clear sentence (``LaneService._may_change``); this holds also for someone who opens the
database with their role in another program. Roles that are not a person's (the tables' owner, a
shared role) are not restricted here.
"""

from __future__ import annotations

from sqlalchemy import Connection

FUNCTION = "rehabmeet_may_write_lane"

_FUNCTION_SQL = f"""
CREATE OR REPLACE FUNCTION {FUNCTION}(p_lane_id integer) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT CASE
    WHEN NOT EXISTS (SELECT 1 FROM database_role WHERE role_name = session_user) THEN true
    ELSE EXISTS (
      SELECT 1
        FROM input_lane l
        JOIN agenda_item i ON i.id = l.agenda_item_id
        JOIN meeting m ON m.id = i.meeting_id
        JOIN team_member t ON t.team_id = m.team_id AND t.active
        JOIN database_role r ON r.person = t.name AND r.role_name = session_user
       WHERE l.id = p_lane_id
         AND (t.id = m.leader_id OR t.id = m.secretary_id OR l.member_id = t.id OR l.discipline = t.discipline)
    )
  END
$$
"""


def apply_lane_policy(connection: Connection, group: str) -> None:
    """(Re)create the function and the policies on ``lane_point`` for ``group`` (run as the tables' owner)."""
    check = f"{FUNCTION}(lane_id)"
    statements = [
        _FUNCTION_SQL,
        f"REVOKE ALL ON FUNCTION {FUNCTION}(integer) FROM PUBLIC",
        f"GRANT EXECUTE ON FUNCTION {FUNCTION}(integer) TO {group}",
        "ALTER TABLE lane_point ENABLE ROW LEVEL SECURITY",
        *(f"DROP POLICY IF EXISTS lane_point_{kind} ON lane_point" for kind in ("read", "add", "change", "remove")),
        f"CREATE POLICY lane_point_read ON lane_point FOR SELECT TO {group} USING (true)",
        f"CREATE POLICY lane_point_add ON lane_point FOR INSERT TO {group} WITH CHECK ({check})",
        f"CREATE POLICY lane_point_change ON lane_point FOR UPDATE TO {group} USING ({check}) WITH CHECK ({check})",
        f"CREATE POLICY lane_point_remove ON lane_point FOR DELETE TO {group} USING ({check})",
    ]
    for statement in statements:
        connection.exec_driver_sql(statement)
