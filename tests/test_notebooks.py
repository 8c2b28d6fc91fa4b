"""The notebooks run top to bottom against the current API."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from tests.conftest import ROOT

NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_notebook_runs(path: Path, nlp: object, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(path.parent)
    namespace: dict[str, object] = {}
    cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
    code = [c for c in cells if c["cell_type"] == "code"]
    assert code
    for cell in code:
        exec("".join(cell["source"]), namespace)  # noqa: S102
    assert os.getcwd() == str(path.parent)
    assert namespace["graph"] is not None and len(namespace["graph"]) > 1000  # type: ignore[arg-type]
