"""Running the Node server from Python, for notebooks and tests."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import threading
import time
import urllib.error
import urllib.request
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Iterator, List, Optional, Sequence, Union

from .client import Client
from .errors import DiplomacyGraphError

_URL_LINE = re.compile(r"^GraphQL(?: and GraphiQL)?: (http://\S+)$")


class ServerError(DiplomacyGraphError):
    """The server did not start (bad dataset, no Node, no build) or did not get ready in time."""


def find_cli(project_dir: Union[str, Path, None] = None) -> List[str]:
    """The command that runs the ``diplomacy-graph`` CLI.

    ``project_dir`` (or env ``DIPLOMACY_GRAPH_DIR``) is a diplomacy-graph checkout or installed
    package, run as ``node <dir>/dist/cli/main.js``; without one, the nearest such folder above
    the working directory, else a ``diplomacy-graph`` executable on ``PATH`` (``npm install -g``).
    """
    node = shutil.which("node")
    given = project_dir if project_dir is not None else os.environ.get("DIPLOMACY_GRAPH_DIR")
    candidates = [Path(given)] if given else [Path.cwd(), *Path.cwd().parents]
    for folder in candidates:
        main = folder / "dist" / "cli" / "main.js"
        if main.is_file():
            if node is None:
                raise ServerError("node is not on PATH: install Node.js 20 or later")
            return [node, str(main)]
        if given:
            raise ServerError(f"{main} not found: run `npm install && npm run build` in {folder}")
    installed = shutil.which("diplomacy-graph")
    if installed is None:
        raise ServerError("no diplomacy-graph found: pass project_dir (a checkout with `npm run build` done) or set DIPLOMACY_GRAPH_DIR")
    return [installed]


def _drain(stream: IO[str], sink: List[str]) -> None:
    for line in stream:
        sink.append(line)
        del sink[:-200]  # keep the last lines only


def _wait_ready(base: str, process: "subprocess.Popen[str]", deadline: float) -> None:
    while time.monotonic() < deadline:
        if process.poll() is not None:
            return
        try:
            with urllib.request.urlopen(f"{base}/ready", timeout=2) as response:
                if response.status == 200:
                    return
        except (urllib.error.URLError, OSError):
            pass
        time.sleep(0.05)
    raise ServerError(f"the server at {base} was not ready within the timeout")


def _read_url(process: "subprocess.Popen[str]", output: List[str]) -> Optional[str]:
    assert process.stdout is not None
    for line in process.stdout:
        output.append(line)
        match = _URL_LINE.match(line.strip())
        if match:
            return match.group(1)
    return None


def _stop(process: "subprocess.Popen[str]") -> None:
    if process.poll() is None:
        process.terminate()  # SIGTERM: the server drains in-flight requests, then exits
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@contextmanager
def serve(
    project_dir: Union[str, Path, None] = None,
    data_dir: Union[str, Path, None] = None,
    *,
    timeout: float = 60.0,
    args: Sequence[str] = (),
) -> Iterator[Client]:
    """Starts the diplomacy-graph server on a free port of 127.0.0.1 and yields a :class:`Client`.

    ``project_dir`` locates the Node package (see :func:`find_cli`); ``data_dir`` is a dataset
    folder in the seeds/ format (default: the embedded seeds); ``args`` are more ``serve``
    options (``["--mode", "production"]``). The server picks its own free port (``--port 0``)
    and prints its URL, so two servers never race for a port; the context waits for ``GET
    /ready``, and stops the server (SIGTERM) on exit.

    >>> with serve() as client:  # doctest: +SKIP
    ...     print(client.dataset_version)
    sha256:…
    """
    command = [*find_cli(project_dir), "serve", "--port", "0", "--host", "127.0.0.1", "--log-level", "warn", *args]
    if data_dir is not None:
        command += ["--data", str(Path(data_dir).resolve())]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL, text=True, encoding="utf-8")
    output: List[str] = []
    errors: List[str] = []
    assert process.stderr is not None
    threading.Thread(target=_drain, args=(process.stderr, errors), daemon=True).start()
    try:
        url = _read_url(process, output)
        if url is None:
            process.wait(timeout=timeout)
            raise ServerError(f"the server exited with code {process.returncode}: {''.join(errors).strip() or ''.join(output).strip()}")
        assert process.stdout is not None
        threading.Thread(target=_drain, args=(process.stdout, output), daemon=True).start()
        _wait_ready(url.rsplit("/", 1)[0], process, time.monotonic() + timeout)
        if process.poll() is not None:
            raise ServerError(f"the server exited with code {process.returncode}: {''.join(errors).strip()}")
        yield Client(url)
    finally:
        _stop(process)
