"""The README's Python example runs as documented, from the checkout, in a fresh interpreter."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path


def readme_example(root: Path) -> str:
    readme = (root / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## Use from Python") :]
    match = re.search(r"with `example.py`:\n\n```python\n(.*?)```", section, re.S)
    assert match, "the Use from Python section has no example.py block"
    return match.group(1)


def test_the_readme_example_prints_what_the_readme_shows(root: Path, tmp_path: Path) -> None:
    script = tmp_path / "example.py"
    script.write_text(readme_example(root), encoding="utf-8")
    done = subprocess.run([sys.executable, str(script)], cwd=root, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert re.fullmatch(r"sha256:[0-9a-f]{64}", lines[0])
    assert "promoting the two-state solution as the only reliable basis for peace" in lines[2]
    assert re.fullmatch(r"\d+ entities, \d+ edges", lines[5])
    assert lines[6] == "member of — Kazakhstan stood at the origins of the creation of this organization"
