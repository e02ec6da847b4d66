"""Client against a real server: queries, errors, auto-paging DataFrames, the NetworkX graph."""

from __future__ import annotations

import re
import socket

import networkx as nx
import pytest

from diplomacy_graph import Client, GraphQLError, TransportError

TOKAYEV = "person:kassym-jomart-tokayev"


def test_query_resolves_an_alias_and_takes_variables(mini: Client) -> None:
    assert mini.query('{ entity(id: "Tokaev") { id name } }') == {"entity": {"id": TOKAYEV, "name": "Kassym-Jomart Tokayev"}}
    data = mini.query("query($id: String!) { entity(id: $id) { kind } }", {"id": "Council for Peace"})
    assert data == {"entity": {"kind": "ORGANIZATION"}}
    named = mini.query("query A { dataset { entityCount } } query B { dataset { positionCount } }", operation_name="B")
    assert named == {"dataset": {"positionCount": 3}}


def test_graphql_errors_carry_their_code(mini: Client) -> None:
    with pytest.raises(GraphQLError) as invalid:
        mini.query("{ nope }")
    assert invalid.value.code == "GRAPHQL_VALIDATION_FAILED"
    assert 'Cannot query field "nope" on type "Query"' in str(invalid.value)
    assert invalid.value.data is None
    with pytest.raises(GraphQLError) as bad_cursor:
        mini.query('{ statements(first: 1, after: "not-a-cursor") { totalCount } }')
    assert bad_cursor.value.code == "BAD_USER_INPUT"
    assert bad_cursor.value.errors[0]["extensions"]["code"] == "BAD_USER_INPUT"


def test_an_unreachable_server_is_a_transport_error() -> None:
    with socket.socket() as s:  # a port nothing listens on: bound, never listening
        s.bind(("127.0.0.1", 0))
        url = f"http://127.0.0.1:{s.getsockname()[1]}/graphql"
        with pytest.raises(TransportError, match="cannot reach"):
            Client(url, timeout=5).query("{ dataset { version } }")
    with pytest.raises(ValueError, match="page_size must be from 1 to 100"):
        Client(url, page_size=101)


def test_dataset_version_is_the_served_content_hash(mini: Client, seeds: Client) -> None:
    assert re.fullmatch(r"sha256:[0-9a-f]{64}", mini.dataset_version)
    assert mini.dataset_version == mini.query("{ dataset { version } }")["dataset"]["version"]
    assert mini.dataset_version != seeds.dataset_version


def test_entities_pages_through_every_entity_with_counts(mini: Client) -> None:
    small_pages = Client(mini.url, page_size=3)  # 13 entities: five pages
    frame = small_pages.entities()
    assert len(frame) == mini.query("{ dataset { entityCount } }")["dataset"]["entityCount"] == 13
    assert frame["id"].is_unique
    kz = frame.set_index("id").loc["country:kz"]
    assert (kz["kind"], kz["name"], kz["iso2"], kz["statements"], kz["positions"], kz["documents"]) == ("COUNTRY", "Kazakhstan", "KZ", 2, 0, 1)
    countries = mini.entities(kind="COUNTRY")
    assert sorted(countries["name"]) == ["Israel", "Kazakhstan", "Saudi Arabia", "United States"]
    assert list(mini.entities(where={"name": {"startsWith": "kaz"}})["id"]) == ["country:kz"]


def test_statements_have_one_row_per_evidence_with_the_quote_at_its_offsets(mini: Client) -> None:
    members = mini.statements(where={"predicate": {"eq": "member_of"}})
    assert list(members["statement"]) == [
        "statement:kz-member-of-board-of-peace",
        "statement:sa-member-of-board-of-peace",
        "statement:tokayev-signed-charter",
    ]
    first = members.iloc[0]
    assert (first["subjectName"], first["objectName"], first["role"], first["startTime"], first["startTimePrecision"]) == (
        "Kazakhstan",
        "Board of Peace",
        "founding member",
        "--01-22",
        "MONTH_DAY",
    )
    text = mini.query('{ document(id: "document:tokayev-explains-board-of-peace") { text } }')["document"]["text"]
    for _, row in mini.statements().iterrows():
        assert text[row["start"] : row["end"]] == row["exact"]
    count = mini.statements(where={"predicate": {"eq": "founding_member_count"}}).iloc[0]
    assert (count["valueType"], count["value"], count["amount"], count["comparator"]) == ("QUANTITY", "exact 19 country", 19.0, "EXACT")


def test_positions_filter_by_holder_and_keep_their_evidence(mini: Client) -> None:
    frame = mini.positions(where={"holder": {"is": "Tokayev"}})
    assert list(frame["stance"]) == ["ASSESSES", "SUPPORTS", "COMMITS"]
    assert list(frame["speech"]) == ["REPORTED", "REPORTED", "DIRECT"]
    assert frame.iloc[0]["quote"] == "represents a significant step forward in efforts to end multiple conflicts"
    assert list(frame["stance"].cat.categories[:3]) == ["SUPPORTS", "OPPOSES", "PROPOSES"]
    assert mini.positions(where={"stance": {"eq": "OPPOSES"}}).empty


def test_graph_is_a_multidigraph_whose_edges_carry_evidence(mini: Client) -> None:
    g = mini.graph()
    assert isinstance(g, nx.MultiDiGraph)
    assert g.graph["dataset_version"] == mini.dataset_version
    assert g.number_of_nodes() == 13
    assert g.nodes["country:kz"] == {"name": "Kazakhstan", "kind": "COUNTRY"}
    edge = g.edges["country:kz", "organization:board-of-peace", "statement:kz-member-of-board-of-peace"]
    assert (edge["link"], edge["predicate"], edge["time"]) == ("STATEMENT", "member_of", "--01-22")
    assert [e["quote"] for e in edge["evidence"]] == ["Kazakhstan became one of 19 founding countries"]
    positions = [k for _, _, k, d in g.edges(keys=True, data=True) if d["link"] == "POSITION"]
    assert sorted(positions) == ["position:tokayev-board-of-peace-significant-step", "position:tokayev-reliable-partner", "position:tokayev-two-state-solution"]
    with_objects = mini.query("{ statements(where: { hasObject: true }) { totalCount } }")["statements"]["totalCount"]
    without = mini.graph(include_positions=False)
    assert without.number_of_edges() == with_objects == g.number_of_edges() - 3
    for _, _, data in g.edges(data=True):
        assert data["evidence"] and all(e["document"] == "document:tokayev-explains-board-of-peace" for e in data["evidence"])
