"""diplomacy-graph from Python: the GraphQL API as pandas DataFrames and NetworkX graphs.

- :class:`Client` — queries a diplomacy-graph server (``query``, auto-paging ``entities``,
  ``statements``, ``positions``, ``graph``, ``dataset_version``);
- :func:`serve` — starts the Node server on a free local port and yields a client;
- :func:`read_tables` — the tidy tables written by ``diplomacy-graph tables``, typed from
  their ``datapackage.json``.

HTTP uses only the standard library; pandas, NetworkX and matplotlib are optional extras.
"""

from .client import Client
from .errors import DiplomacyGraphError, GraphQLError, TransportError
from .serve import ServerError, find_cli, serve
from .tables import read_datapackage, read_tables
from .typed_frame import table_schemas, typed_frame

__all__ = [
    "Client",
    "DiplomacyGraphError",
    "GraphQLError",
    "ServerError",
    "TransportError",
    "find_cli",
    "read_datapackage",
    "read_tables",
    "serve",
    "table_schemas",
    "typed_frame",
]

__version__ = "0.1.0"
