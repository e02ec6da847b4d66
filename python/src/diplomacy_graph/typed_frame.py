"""DataFrames typed from Frictionless Table Schema fields (the ones ``datapackage.json`` gives)."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Any, Dict, List, Mapping, Optional, Sequence

if TYPE_CHECKING:  # pragma: no cover
    import pandas

Field = Mapping[str, Any]


@lru_cache(maxsize=1)
def table_schemas() -> Dict[str, Dict[str, Any]]:
    """The Table Schema of every tidy table, by table name, as ``datapackage.json`` gives them.

    Shipped with the package (``table_schemas.json``, generated from the Node package's table
    definitions), so frames from the server get the same types as frames read from CSV files.
    """
    text = resources.files(__package__).joinpath("table_schemas.json").read_text(encoding="utf-8")
    schemas: Dict[str, Dict[str, Any]] = json.loads(text)
    return schemas


def _column(values: "pandas.Series", field: Field) -> "pandas.Series":
    import pandas as pd

    kind = field.get("type", "string")
    enum = (field.get("constraints") or {}).get("enum")
    if enum is not None:
        return values.astype(pd.CategoricalDtype(categories=list(enum)))
    if kind == "integer":
        return pd.to_numeric(values).astype("Int64")
    if kind == "number":
        return pd.to_numeric(values).astype("float64")
    if kind == "boolean":
        mapped = values.map(lambda v: v if v is None or isinstance(v, bool) else {"true": True, "false": False}[str(v)])
        return mapped.astype("boolean")
    if kind == "date":
        return pd.to_datetime(values, format="%Y-%m-%d")
    return values.astype("string")


def typed_frame(rows: Sequence[Mapping[str, Any]], table: str, fields: Optional[Sequence[Field]] = None) -> "pandas.DataFrame":
    """A DataFrame of ``rows`` with the columns of ``table``, in order, each typed by its field.

    Types: ``string`` → pandas ``string``; a field with ``constraints.enum`` → ``category`` with
    every allowed value as a category (in schema order); ``integer`` → nullable ``Int64``;
    ``number`` → ``float64``; ``boolean`` → nullable ``boolean``; ``date`` → ``datetime64``.
    ``fields`` defaults to the shipped schema of ``table``.
    """
    import pandas as pd

    fields = list(fields if fields is not None else table_schemas()[table]["fields"])
    names: List[str] = [f["name"] for f in fields]
    frame = pd.DataFrame.from_records(list(rows), columns=names)
    frame = frame.astype(object).where(frame.notna(), None)
    for field in fields:
        frame[field["name"]] = _column(frame[field["name"]], field)
    frame.attrs["table"] = table
    return frame
