"""SQL building blocks that differ between SQLite and PostgreSQL (day differences, months, years back), and
percentiles from histograms."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Date, Float, Integer, String, func, select
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.expression import FunctionElement


class days_between(FunctionElement[int]):
    """``later - earlier`` in whole days (dates)."""

    type = Integer()
    inherit_cache = True
    name = "days_between"


@compiles(days_between, "sqlite")
def _days_sqlite(element: days_between, compiler: Any, **kw: Any) -> str:
    later, earlier = (compiler.process(c, **kw) for c in element.clauses)
    return f"CAST(julianday({later}) - julianday({earlier}) AS INTEGER)"


@compiles(days_between, "postgresql")
def _days_postgres(element: days_between, compiler: Any, **kw: Any) -> str:
    later, earlier = (compiler.process(c, **kw) for c in element.clauses)
    return f"({later} - {earlier})"


class month_of(FunctionElement[str]):
    """A date's month as ``YYYY-MM``."""

    type = String()
    inherit_cache = True
    name = "month_of"


@compiles(month_of, "sqlite")
def _month_sqlite(element: month_of, compiler: Any, **kw: Any) -> str:
    return f"strftime('%Y-%m', {compiler.process(element.clauses, **kw)})"


@compiles(month_of, "postgresql")
def _month_postgres(element: month_of, compiler: Any, **kw: Any) -> str:
    return f"to_char({compiler.process(element.clauses, **kw)}, 'YYYY-MM')"


def share(part: Any, whole: Any) -> Any:
    """``part / whole`` as a float (NULL when ``whole`` is 0)."""
    from sqlalchemy import cast

    return cast(part, Float) / func.nullif(whole, 0)


class years_before(FunctionElement[Any]):
    """The date ``years`` whole years before a date (``years`` an int literal): ``years_before(day, 30)``."""

    type = Date()
    inherit_cache = True
    name = "years_before"


def _years(element: years_before) -> int:
    clauses = list(element.clauses)
    return int(clauses[1].value)


@compiles(years_before, "sqlite")
def _years_sqlite(element: years_before, compiler: Any, **kw: Any) -> str:
    day = compiler.process(next(iter(element.clauses)), **kw)
    return f"date({day}, '-{_years(element)} years')"


@compiles(years_before, "postgresql")
def _years_postgres(element: years_before, compiler: Any, **kw: Any) -> str:
    day = compiler.process(next(iter(element.clauses)), **kw)
    return f"CAST({day} - INTERVAL '{_years(element)} years' AS DATE)"


def nearest_ranks(histogram: dict[int, int]) -> tuple[int, int | None, int | None]:
    """Count, median and 90th percentile (nearest rank: ranks ceil(n/2) and ceil(9n/10)) of the values a
    histogram ``{value: how many}`` holds; the same figures as sorting every value."""
    n = sum(histogram.values())
    wanted = {"median": (n + 1) // 2, "p90": (n * 9 + 9) // 10}
    found: dict[str, int | None] = {"median": None, "p90": None}
    seen = 0
    for value in sorted(histogram):
        seen += histogram[value]
        for name, rank in wanted.items():
            if found[name] is None and seen >= rank > 0:
                found[name] = value
    return n, found["median"], found["p90"]


def histograms(session: Any, value: Any, group: Any = None) -> dict[Any, dict[int, int]]:
    """``{group: {value: count}}`` of the non-NULL ``value`` (SQL expressions) in one GROUP BY (group ``""``
    when none is given)."""
    keys = [value] if group is None else [group, value]
    result: dict[Any, dict[int, int]] = {}
    for row in session.execute(select(*keys, func.count()).where(value.is_not(None)).group_by(*keys)):
        grp, v, count = ("", *row) if group is None else row
        result.setdefault(grp, {})[int(v)] = int(count)
    return result
