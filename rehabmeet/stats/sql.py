"""SQL building blocks that differ between SQLite and PostgreSQL: day differences, months, years back, percentiles."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Date, Float, Integer, String, func, literal_column, select
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.expression import ColumnElement, FunctionElement
from sqlalchemy.sql.selectable import Subquery


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


def percentiles(values: Subquery, column: str, group: str | None = None) -> Any:
    """Return a query of (group,) count, median and 90th percentile of ``values.c[column]`` (nearest rank).

    Done with window functions (ROW_NUMBER, COUNT) so it runs the same on SQLite and PostgreSQL.
    """
    value = values.c[column]
    partition = [values.c[group]] if group else []
    label = values.c[group].label("grp") if group else literal_column("''").label("grp")
    ranked = (
        select(
            label,
            value.label("v"),
            func.row_number().over(partition_by=partition, order_by=value).label("rn"),
            func.count().over(partition_by=partition).label("n"),
        )
        .where(value.is_not(None))
        .subquery()
    )
    median_rank = (ranked.c.n + 1) // 2  # nearest rank: ceil(n / 2)
    p90_rank = (ranked.c.n * 9 + 9) // 10  # ceil(9n / 10)
    return select(
        ranked.c.grp,
        func.max(ranked.c.n).label("n"),
        func.max(_when(ranked.c.rn == median_rank, ranked.c.v)).label("median"),
        func.max(_when(ranked.c.rn == p90_rank, ranked.c.v)).label("p90"),
    ).group_by(ranked.c.grp)


def _when(condition: ColumnElement[bool], value: Any) -> Any:
    from sqlalchemy import case

    return case((condition, value), else_=None)


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
