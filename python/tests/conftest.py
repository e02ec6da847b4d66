"""Fixtures: real diplomacy-graph servers started from this checkout (no mocks)."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Iterator

import pytest

from diplomacy_graph import Client, serve

ROOT = Path(__file__).resolve().parents[2]
MINI_SEEDS = ROOT / "tests" / "fixtures" / "mini-seeds"


@pytest.fixture(scope="session")
def root() -> Path:
    """The diplomacy-graph checkout (built: dist/cli/main.js)."""
    assert (ROOT / "dist" / "cli" / "main.js").is_file(), "run `npm run build` first (npm run test:python does)"
    return ROOT


@pytest.fixture(scope="session")
def seeds(root: Path) -> Iterator[Client]:
    """A server over the embedded seeds."""
    with serve(root) as client:
        yield client


@pytest.fixture(scope="session")
def mini(root: Path) -> Iterator[Client]:
    """A server over the one-document test dataset (tests/fixtures/mini-seeds)."""
    with serve(root, data_dir=MINI_SEEDS) as client:
        yield client


def write_tables(root: Path, out: Path, data: Path | None = None) -> Path:
    """Runs `diplomacy-graph tables --out out` and returns out."""
    command = ["node", str(root / "dist" / "cli" / "main.js"), "tables", "--out", str(out)]
    if data is not None:
        command += ["--data", str(data)]
    subprocess.run(command, check=True, capture_output=True, text=True)
    return out


@pytest.fixture(scope="session")
def seeds_tables(root: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The tidy tables of the seeds, written by the CLI."""
    return write_tables(root, tmp_path_factory.mktemp("seeds-tables"))


@pytest.fixture(scope="session")
def mini_tables(root: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The tidy tables of the mini dataset, written by the CLI."""
    return write_tables(root, tmp_path_factory.mktemp("mini-tables"), MINI_SEEDS)
