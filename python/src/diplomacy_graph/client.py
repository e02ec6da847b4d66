"""The HTTP client: GraphQL over ``urllib`` (no dependency), auto-paging, DataFrames and graphs."""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from typing import TYPE_CHECKING, Any, Dict, Iterator, Mapping, Optional, Tuple

from . import _rows
from .errors import GraphQLError, TransportError
from .typed_frame import typed_frame

if TYPE_CHECKING:  # pragma: no cover - imported for type checkers only
    import networkx
    import pandas

_ACCEPT = "application/graphql-response+json, application/json"


class Client:
    """A client of a diplomacy-graph GraphQL endpoint.

    ``url`` is the endpoint, e.g. ``http://127.0.0.1:4000/graphql``; ``page_size`` the page
    length of the auto-paging helpers (at most 100, the server's largest page).

    >>> client = Client("http://127.0.0.1:4000/graphql")  # doctest: +SKIP
    >>> client.query('{ entity(id: "Tokaev") { id } }')  # doctest: +SKIP
    {'entity': {'id': 'person:kassym-jomart-tokayev'}}
    """

    def __init__(self, url: str, *, timeout: float = 30.0, page_size: int = 50, headers: Optional[Mapping[str, str]] = None) -> None:
        if not 1 <= page_size <= 100:
            raise ValueError(f"page_size must be from 1 to 100, got {page_size}")
        self.url = url
        self.timeout = timeout
        self.page_size = page_size
        self.headers = dict(headers or {})
        self._dataset_version: Optional[str] = None

    def __repr__(self) -> str:
        return f"Client({self.url!r})"

    def query(self, document: str, variables: Optional[Mapping[str, Any]] = None, operation_name: Optional[str] = None) -> Dict[str, Any]:
        """Runs a GraphQL operation and returns its ``data``.

        Raises :class:`GraphQLError` (with the error ``code``) when the answer has errors, and
        :class:`TransportError` when the server cannot be reached or does not answer GraphQL.

        >>> client.query("query($id: String!) { entity(id: $id) { name } }", {"id": "country:kz"})  # doctest: +SKIP
        {'entity': {'name': 'Kazakhstan'}}
        """
        body: Dict[str, Any] = {"query": document}
        if variables is not None:
            body["variables"] = dict(variables)
        if operation_name is not None:
            body["operationName"] = operation_name
        status, payload = self._post(json.dumps(body).encode("utf-8"))
        if not isinstance(payload, dict) or ("data" not in payload and "errors" not in payload):
            raise TransportError(f"not a GraphQL response from {self.url} (HTTP {status})", status)
        version = (payload.get("extensions") or {}).get("dataset", {}).get("version")
        if version:
            self._dataset_version = version
        if payload.get("errors"):
            raise GraphQLError(payload["errors"], payload.get("data"), status)
        data: Dict[str, Any] = payload["data"]
        return data

    def _post(self, body: bytes) -> Tuple[int, Any]:
        headers = {"content-type": "application/json", "accept": _ACCEPT, **self.headers}
        request = urllib.request.Request(self.url, data=body, headers=headers, method="POST")
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                return response.status, _json(response.read(), self.url, response.status)
        except urllib.error.HTTPError as error:  # GraphQL errors come with 4xx statuses too
            return error.code, _json(error.read(), self.url, error.code)
        except (urllib.error.URLError, OSError) as error:
            raise TransportError(f"cannot reach {self.url}: {getattr(error, 'reason', error)}") from error

    @property
    def dataset_version(self) -> str:
        """The version of the served dataset (``sha256:…``): cite it with results.

        Every response carries it; the first access asks the server if no query ran yet.
        """
        if self._dataset_version is None:
            self._dataset_version = self.query("{ dataset { version } }")["dataset"]["version"]
        return self._dataset_version

    def paginate(self, field: str, selection: str, variables: Optional[Mapping[str, Any]] = None, **arguments: str) -> Iterator[Dict[str, Any]]:
        """Yields every node of the root connection ``field``, following ``pageInfo.endCursor``.

        ``arguments`` maps argument names to their GraphQL types, e.g. ``where="StatementWhere"``;
        ``variables`` gives their values.
        """
        declared = "".join(f", ${name}: {kind}" for name, kind in arguments.items())
        passed = "".join(f", {name}: ${name}" for name in arguments)
        document = (
            f"query Page($first: Int!, $after: String{declared}) {{ {field}(first: $first, after: $after{passed}) "
            f"{{ nodes {{ {selection} }} pageInfo {{ hasNextPage endCursor }} }} }}"
        )
        after: Optional[str] = None
        while True:
            page = self.query(document, {**dict(variables or {}), "first": self.page_size, "after": after})[field]
            yield from page["nodes"]
            if not page["pageInfo"]["hasNextPage"]:
                return
            after = page["pageInfo"]["endCursor"]

    def entities(self, kind: Optional[str] = None, where: Optional[Mapping[str, Any]] = None) -> "pandas.DataFrame":
        """Entities as a DataFrame, one row per entity, columns as ``entities.csv``.

        ``kind`` is an ``EntityKind`` (``"COUNTRY"``), ``where`` an ``EntityWhere`` filter.

        >>> client.entities(kind="COUNTRY")[["id", "name", "statements"]].head(2)  # doctest: +SKIP
                   id           name  statements
        0  country:kz     Kazakhstan          56
        1  country:us  United States          10
        """
        nodes = self.paginate("entities", _rows.ENTITY_SELECTION, {"kind": kind, "where": where}, kind="EntityKind", where="EntityWhere")
        return typed_frame([_rows.entity_row(n) for n in nodes], "entities")

    def statements(self, where: Optional[Mapping[str, Any]] = None) -> "pandas.DataFrame":
        """Statements × evidence as a DataFrame, columns as ``statements.csv``: one row per quote.

        ``where`` is a ``StatementWhere`` filter.

        >>> members = client.statements(where={"predicate": {"eq": "member_of"}})  # doctest: +SKIP
        >>> members[["subjectName", "quote"]].head(2)  # doctest: +SKIP
          subjectName                                                                 quote
        0  Kazakhstan  Kazakhstan stood at the origins of the creation of this organization
        1  Kazakhstan                                    Kazakhstan, as chairman of the OTS
        """
        nodes = self.paginate("statements", _rows.STATEMENT_SELECTION, {"where": where}, where="StatementWhere")
        return typed_frame([row for n in nodes for row in _rows.statement_rows(n)], "statements")

    def positions(self, where: Optional[Mapping[str, Any]] = None) -> "pandas.DataFrame":
        """Stated positions × evidence as a DataFrame, columns as ``positions.csv``.

        ``where`` is a ``PositionWhere`` filter.

        >>> client.positions(where={"holder": {"is": "Tokayev"}})[["topicName", "stance"]].head(2)  # doctest: +SKIP
                          topicName    stance
        0  Multilateral cooperation  SUPPORTS
        1            United Nations  SUPPORTS
        """
        nodes = self.paginate("positions", _rows.POSITION_SELECTION, {"where": where}, where="PositionWhere")
        return typed_frame([row for n in nodes for row in _rows.position_rows(n)], "positions")

    def graph(self, include_positions: bool = True) -> "networkx.MultiDiGraph":
        """The graph as a NetworkX ``MultiDiGraph``.

        Nodes are entity ids with ``name`` and ``kind``; each statement with an entity object is an
        edge subject → object keyed by the statement id, and with ``include_positions`` each
        position is an edge holder → topic keyed by the position id. Every edge carries
        ``evidence``: a list of ``{document, quote, start, end}``. ``G.graph["dataset_version"]``
        names the data.

        >>> G = client.graph()  # doctest: +SKIP
        >>> print(G)  # doctest: +SKIP
        MultiDiGraph with 152 nodes and 302 edges
        >>> G.edges["country:kz", "organization:ots", "statement:kz-member-of-ots"]["evidence"][1]  # doctest: +SKIP
        {'document': 'document:nca-ana-tili-interview', 'quote': 'Kazakhstan, as chairman of the OTS', 'start': 7946, 'end': 7980}
        """
        import networkx as nx

        g = nx.MultiDiGraph(dataset_version=None)
        for node in self.paginate("entities", "id name kind"):
            g.add_node(node["id"], name=node["name"], kind=node["kind"])
        for s in self.paginate("statements", _rows.EDGE_STATEMENT_SELECTION, {"where": {"hasObject": True}}, where="StatementWhere"):
            g.add_edge(s["subject"]["id"], s["object"]["id"], key=s["id"], **_rows.statement_edge(s))
        if include_positions:
            for p in self.paginate("positions", _rows.EDGE_POSITION_SELECTION):
                g.add_edge(p["holder"]["id"], p["topic"]["id"], key=p["id"], **_rows.position_edge(p))
        g.graph["dataset_version"] = self.dataset_version
        return g


def _json(raw: bytes, url: str, status: int) -> Any:
    try:
        return json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as error:
        raise TransportError(f"{url} answered HTTP {status} with a body that is not JSON: {raw[:200]!r}", status) from error
