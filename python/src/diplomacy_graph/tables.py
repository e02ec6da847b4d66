"""Reading the tidy tables that ``diplomacy-graph tables --out DIR`` writes."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any, Dict, List, Optional, Sequence, Union

from .typed_frame import typed_frame

if TYPE_CHECKING:  # pragma: no cover
    import pandas


def read_datapackage(directory: Union[str, Path]) -> Dict[str, Any]:
    """The parsed ``datapackage.json`` of a tables folder."""
    path = Path(directory) / "datapackage.json"
    if not path.is_file():
        raise FileNotFoundError(f"{path} not found: write the tables with `diplomacy-graph tables --out {directory}`")
    descriptor: Dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return descriptor


def read_tables(directory: Union[str, Path], tables: Optional[Sequence[str]] = None) -> Dict[str, "pandas.DataFrame"]:
    """The tidy tables of ``directory`` as DataFrames, typed from its ``datapackage.json``.

    Returns a dict from table name (``entities``, ``statements``, ``positions``, ``dyads``, …) to
    DataFrame, each column typed by its Table Schema field (see :func:`typed_frame`); an empty
    cell is a missing value. ``tables`` picks some tables. Each frame's ``attrs`` hold the
    ``dataset_version`` and the ``primary_key``.

    >>> frames = read_tables("tables")  # doctest: +SKIP
    >>> frames["positions"].dtypes[["stance", "start"]]  # doctest: +SKIP
    stance    category
    start        Int64
    dtype: object
    >>> frames["positions"].stance.value_counts().head(3)  # quotes, not positions  # doctest: +SKIP
    ASSESSES    87
    SUPPORTS    50
    COMMITS     34
    Name: stance, dtype: int64
    """
    import pandas as pd

    descriptor = read_datapackage(directory)
    resources: List[Dict[str, Any]] = descriptor["resources"]
    known = [r["name"] for r in resources]
    for name in tables or []:
        if name not in known:
            raise KeyError(f"no table {name!r} in {directory}; tables: {', '.join(known)}")
    frames: Dict[str, pd.DataFrame] = {}
    for resource in resources:
        if tables is not None and resource["name"] not in tables:
            continue
        schema = resource["schema"]
        raw = pd.read_csv(Path(directory) / resource["path"], dtype=str, keep_default_na=False, na_values=[], encoding="utf-8")
        missing = set(schema.get("missingValues", [""]))
        rows = [{k: (None if v in missing else v) for k, v in record.items()} for record in raw.to_dict("records")]
        frame = typed_frame(rows, resource["name"], schema["fields"])
        frame.attrs["dataset_version"] = descriptor.get("version")
        frame.attrs["primary_key"] = list(schema.get("primaryKey", []))
        frames[resource["name"]] = frame
    return frames
