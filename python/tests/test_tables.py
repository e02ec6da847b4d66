"""read_tables: the CLI's tidy tables typed from datapackage.json, equal to what the server answers."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest
from pandas.testing import assert_frame_equal

from diplomacy_graph import Client, read_tables, table_schemas


def test_read_tables_types_every_column_from_the_datapackage(mini_tables: Path) -> None:
    frames = read_tables(mini_tables)
    descriptor = json.loads((mini_tables / "datapackage.json").read_text())
    assert list(frames) == [r["name"] for r in descriptor["resources"]]
    positions = frames["positions"]
    assert positions.attrs == {"table": "positions", "dataset_version": descriptor["version"], "primary_key": ["position", "evidenceIndex"]}
    assert str(positions["start"].dtype) == "Int64"
    assert str(positions["holderName"].dtype) == "string"
    assert list(positions["stance"].cat.categories) == ["SUPPORTS", "OPPOSES", "PROPOSES", "COMMITS", "ASSESSES", "REJECTS", "HOPES", "EXPECTS"]
    assert positions["dateEarliest"].dtype.kind == "M"
    assert positions["venue"].isna().sum() == 0 and positions["onBehalfOf"].tolist() == ["country:kz"] * 3
    aliases = frames["aliases"]
    assert str(aliases["lookupOnly"].dtype) == "boolean"
    tokayev = aliases[aliases.entity == "person:kassym-jomart-tokayev"]
    assert tokayev[["alias", "lookupOnly"]].values.tolist() == [
        ["Kassym-Jomart Tokayev", False],
        ["Tokayev", False],
        ["President Tokayev", False],
        ["Tokaev", True],
    ]
    assert frames["statement_areas"].empty and list(frames["statement_areas"].columns) == ["statement", "area", "index"]
    for frame in frames.values():
        assert not frame.duplicated(frame.attrs["primary_key"]).any()


def test_read_tables_picks_tables_and_names_what_is_missing(mini_tables: Path, tmp_path: Path) -> None:
    assert list(read_tables(mini_tables, ["dyads", "entities"])) == ["entities", "dyads"]
    with pytest.raises(KeyError, match="no table 'nope'"):
        read_tables(mini_tables, ["nope"])
    with pytest.raises(FileNotFoundError, match="diplomacy-graph tables --out"):
        read_tables(tmp_path)


def test_the_shipped_schemas_are_the_datapackage_schemas(seeds_tables: Path) -> None:
    descriptor = json.loads((seeds_tables / "datapackage.json").read_text())
    assert {r["name"]: r["schema"] for r in descriptor["resources"]} == table_schemas()


@pytest.mark.parametrize("table, fetch", [("entities", "entities"), ("statements", "statements"), ("positions", "positions")])
def test_server_frames_equal_the_tables(seeds: Client, seeds_tables: Path, table: str, fetch: str) -> None:
    from_csv = read_tables(seeds_tables, [table])[table]
    from_server = getattr(seeds, fetch)()
    assert from_csv.attrs["dataset_version"] == seeds.dataset_version
    assert_frame_equal(from_server, from_csv, check_exact=True, obj=table)


def test_filtered_positions_are_the_matching_rows_of_the_table(seeds: Client, seeds_tables: Path) -> None:
    table = read_tables(seeds_tables, ["positions"])["positions"]
    tokayev = seeds.positions(where={"holder": {"is": "Tokaev"}})
    expected = table[table.holder == "person:kassym-jomart-tokayev"].reset_index(drop=True)
    assert len(tokayev) > 100
    assert_frame_equal(tokayev, expected, check_exact=True)
    assert isinstance(tokayev, pd.DataFrame)
