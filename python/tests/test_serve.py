"""serve(): starts the Node server on a free local port, waits for /ready, stops it."""

from __future__ import annotations

import urllib.request
from pathlib import Path

import pytest

from diplomacy_graph import ServerError, TransportError, serve
from diplomacy_graph.serve import find_cli


def test_serve_yields_a_ready_client_and_stops_the_server(root: Path) -> None:
    with serve(root, data_dir=root / "tests" / "fixtures" / "mini-seeds", args=["--mode", "production"]) as client:
        assert client.url.startswith("http://127.0.0.1:") and client.url.endswith("/graphql")
        with urllib.request.urlopen(client.url.rsplit("/", 1)[0] + "/ready") as ready:
            assert ready.status == 200
        assert client.query("{ dataset { documentCount } }") == {"dataset": {"documentCount": 1}}
    with pytest.raises(TransportError):
        client.query("{ dataset { version } }")


def test_two_servers_run_side_by_side(root: Path) -> None:
    with serve(root) as a, serve(root, data_dir=root / "tests" / "fixtures" / "mini-seeds") as b:
        assert a.url != b.url
        assert a.query("{ dataset { documentCount } }") == {"dataset": {"documentCount": 5}}
        assert b.query("{ dataset { documentCount } }") == {"dataset": {"documentCount": 1}}


def test_a_dataset_that_does_not_load_is_a_server_error_naming_it(root: Path, tmp_path: Path) -> None:
    with pytest.raises(ServerError, match="exited with code 1") as error:
        with serve(root, data_dir=tmp_path / "missing"):
            pass  # pragma: no cover
    assert "missing" in str(error.value)


def test_find_cli_names_what_is_missing(tmp_path: Path, root: Path) -> None:
    assert find_cli(root)[-1] == str(root / "dist" / "cli" / "main.js")
    with pytest.raises(ServerError, match="npm run build"):
        find_cli(tmp_path)
