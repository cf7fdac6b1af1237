"""SQL constructs that each engine compiles in its own words.

For the few expressions used inside ORM queries that have no session at hand, a
construct compiled per engine keeps the query itself the same on both.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Integer, Select, String, bindparam, select
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.sql.functions import FunctionElement
from sqlalchemy.types import TypeEngine


class JsonList(FunctionElement[Any]):
    """The elements of a JSON array, as rows of one column named ``value``."""

    name = "json_list"
    inherit_cache = True


class JsonValue(ColumnElement[Any]):
    """The ``value`` column of :class:`JsonList`, of a given type."""

    inherit_cache = True

    def __init__(self, type_: TypeEngine[Any]) -> None:
        self.type = type_


@compiles(JsonList, "sqlite")
def _json_each(element: JsonList, compiler: SQLCompiler, **kw: Any) -> str:
    return f"json_each({compiler.process(element.clauses, **kw)})"


@compiles(JsonList, "postgresql")
def _jsonb_elements(element: JsonList, compiler: SQLCompiler, **kw: Any) -> str:
    return f"jsonb_array_elements_text(CAST({compiler.process(element.clauses, **kw)} AS jsonb))"


@compiles(JsonValue, "sqlite")
def _plain_value(element: JsonValue, compiler: SQLCompiler, **kw: Any) -> str:
    return "value"


@compiles(JsonValue, "postgresql")
def _typed_value(element: JsonValue, compiler: SQLCompiler, **kw: Any) -> str:
    # The array's elements come out as text; compare them as the column's type.
    return f"CAST(value AS {compiler.dialect.type_compiler_instance.process(element.type)})"


def json_values(values: Sequence[Any], type_: TypeEngine[Any] | None = None) -> Select[Any]:
    """Return a one-column SELECT of ``values``, sent as one JSON parameter.

    A register's lists can hold thousands of keys; SQLite limits the number of bound
    parameters, and one JSON text is also the fastest way to send them on both engines.
    """
    listed = bindparam(None, json.dumps(list(values)), type_=String())
    return select(JsonValue(type_ if type_ is not None else String())).select_from(
        JsonList(listed)
    )


class YearOf(FunctionElement[int]):
    """The calendar year of a date column, as an integer."""

    name = "year_of"
    inherit_cache = True
    type = Integer()


@compiles(YearOf, "sqlite")
def _year_of_text(element: YearOf, compiler: SQLCompiler, **kw: Any) -> str:
    # Dates are ISO text in SQLite: the year is its first four characters.
    return f"CAST(strftime('%Y', {compiler.process(element.clauses, **kw)}) AS INTEGER)"


@compiles(YearOf, "postgresql")
def _year_of_date(element: YearOf, compiler: SQLCompiler, **kw: Any) -> str:
    return f"CAST(EXTRACT(YEAR FROM {compiler.process(element.clauses, **kw)}) AS INTEGER)"


def year_of(column: ColumnElement[Any] | Any) -> ColumnElement[int]:
    """Return the calendar year of a date column as an integer, on either engine."""
    return YearOf(column)


class InBytes(FunctionElement[str]):
    """A text column compared character code by character code, whatever the locale."""

    name = "in_bytes"
    inherit_cache = True
    type = String()


@compiles(InBytes, "sqlite")
def _binary_text(element: InBytes, compiler: SQLCompiler, **kw: Any) -> str:
    # SQLite compares text by its bytes unless told otherwise.
    return compiler.process(element.clauses, **kw)


@compiles(InBytes, "postgresql")
def _c_collated_text(element: InBytes, compiler: SQLCompiler, **kw: Any) -> str:
    return f'({compiler.process(element.clauses, **kw)}) COLLATE "C"'


def in_bytes(column: Any) -> ColumnElement[str]:
    """Order free text (an address, a form's name) the same on both engines.

    A server orders text by its database's locale, which differs between installations;
    the file compares bytes. Names of people and units order by their stored sort keys
    instead; this is for the few columns that have none.
    """
    return InBytes(column)
