"""Exporters: a small registry from format name to a function writing a finished graph.

Exporters read a graph; they never extract. Each writes to a temporary file beside the target
and renames it into place, so a failure never leaves a half-written output.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from rdflib import Graph

from kg.errors import OutputError

Exporter = Callable[[Graph, Path], None]
EXPORTERS: dict[str, tuple[str, Exporter]] = {}


def register(name: str, filename: str) -> Callable[[Exporter], Exporter]:
    """Register an exporter under a format name, with its default file name."""

    def decorate(function: Exporter) -> Exporter:
        EXPORTERS[name] = (filename, function)
        return function

    return decorate


def get_exporter(name: str) -> tuple[str, Exporter]:
    _load_plugins()
    try:
        return EXPORTERS[name]
    except KeyError:
        known = ", ".join(sorted(EXPORTERS))
        raise OutputError(f"unknown export format {name!r}; choose one of: {known}") from None


def write_atomically(path: Path, content: str | bytes) -> None:
    """Write `content` to `path` through a temporary file and a rename."""
    path.parent.mkdir(parents=True, exist_ok=True)
    data = content.encode("utf-8") if isinstance(content, str) else content
    handle, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        # mkstemp makes the file private; give it the mode a plain open() would have
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(temp, 0o666 & ~umask)
        os.replace(temp, path)
    except BaseException:
        if os.path.exists(temp):
            os.unlink(temp)
        raise


def _load_plugins() -> None:
    from kg.export import graphml, html, rdf  # noqa: F401  (importing registers them)
