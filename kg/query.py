"""SPARQL over a graph file, a folder of them, an Oxigraph store or a SPARQL endpoint.

Queries run on Oxigraph (pyoxigraph) locally and over the SPARQL 1.1 Protocol remotely, so
results are the same whichever the source. Named queries ship in kg/queries/*.rq; each starts
with a '# title:' line and a few comment lines saying what it returns.
"""

from __future__ import annotations

import json
import re
import urllib.parse
import urllib.request
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import pyoxigraph as ox

from kg.errors import InputError, QueryError
from kg.graph.namespace import PREFIXES
from kg.graph.store import open_store
from kg.serve import exchange

FORMATS = ("table", "csv", "tsv", "json", "md")
_RESULTS_FORMAT = {"csv": ox.QueryResultsFormat.CSV, "tsv": ox.QueryResultsFormat.TSV,
                   "json": ox.QueryResultsFormat.JSON}
_TIMEOUT = 60
_WHERE = re.compile(r"\bWHERE\s*\{", re.IGNORECASE)


@dataclass(frozen=True)
class NamedQuery:
    name: str
    title: str
    description: str
    text: str


def named_queries() -> dict[str, NamedQuery]:
    """The queries shipped in kg/queries, by file name without '.rq'."""
    found = {}
    for entry in sorted((resources.files("kg") / "queries").iterdir(), key=lambda e: e.name):
        if not entry.name.endswith(".rq"):
            continue
        text = entry.read_text(encoding="utf-8")
        header = [line[1:].strip() for line in text.splitlines() if line.startswith("#")]
        title = next((line.split(":", 1)[1].strip() for line in header
                      if line.startswith("title:")), entry.name)
        description = " ".join(line for line in header if not line.startswith("title:"))
        name = entry.name[: -len(".rq")]
        found[name] = NamedQuery(name, title, description, text)
    return found


def named_query(name: str) -> NamedQuery:
    queries = named_queries()
    if name not in queries:
        raise InputError(f"no named query {name!r}; choose one of: {', '.join(queries)} "
                         "(kg query --list describes them)")
    return queries[name]


def bind_values(text: str, bindings: dict[str, str]) -> str:
    """Fix variables to plain-string values with a VALUES block (SPARQL 1.1 inline data) at the
    start of the WHERE clause, where the engine starts its joins from it; a query without a
    WHERE keyword gets it as a trailing VALUES clause instead."""
    if not bindings:
        return text
    names = " ".join(f"?{name}" for name in bindings)
    values = " ".join(json.dumps(value) for value in bindings.values())
    block = f"VALUES ({names}) {{ ({values}) }}"
    where = _WHERE.search(text)
    if where is None:
        return f"{text.rstrip()}\n{block}\n"
    return f"{text[: where.end()]}\n  {block}{text[where.end():]}"


Results = ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples


def run_query(source: str, text: str) -> Results:
    """Run a SPARQL query on a GRAPH argument: a path or an http(s) endpoint URL."""
    if re.match(r"https?://", source):
        return _run_remote(source, text)
    store = open_store(Path(source))
    try:
        return store.query(text)
    except SyntaxError as err:
        raise QueryError(f"the query does not parse: {err}; fix it at that line and column"
                         ) from None


def _run_remote(endpoint: str, text: str) -> Results:
    """SPARQL 1.1 Protocol: POST the query, read JSON results or N-Triples back."""
    try:
        ox.Store().query(text)  # parse locally first: the same message as for local graphs
    except SyntaxError as err:
        raise QueryError(f"the query does not parse: {err}; fix it at that line and column"
                         ) from None
    request = urllib.request.Request(
        endpoint, data=urllib.parse.urlencode({"query": text}).encode(),
        headers={"Accept": "application/sparql-results+json, application/n-triples;q=0.9",
                 "Content-Type": "application/x-www-form-urlencoded"})
    body, content_type = exchange(request, endpoint, "check the URL (Oxigraph: /query, "
                                  "Fuseki: /DATASET/sparql) and the query", _TIMEOUT)
    if content_type.startswith("application/n-triples"):
        store = ox.Store()
        store.load(body, format=ox.RdfFormat.N_TRIPLES)
        return store.query("CONSTRUCT WHERE { ?s ?p ?o }")
    return ox.parse_query_results(body, format=ox.QueryResultsFormat.JSON)


def check_format(fmt: str) -> None:
    if fmt not in FORMATS:
        raise InputError(f"unknown output format {fmt!r}; choose one of: {', '.join(FORMATS)}")


def format_results(results: Results, fmt: str = "table") -> str:
    """Text for a terminal or a file: an aligned table, Markdown, or the SPARQL 1.1 CSV, TSV
    and JSON results formats; a CONSTRUCT or DESCRIBE gives Turtle, an ASK true or false."""
    check_format(fmt)
    if isinstance(results, ox.QueryTriples):
        data = ox.serialize(list(results), format=ox.RdfFormat.TURTLE, prefixes=PREFIXES)
        return data.decode("utf-8") if data else ""
    if isinstance(results, ox.QueryBoolean):
        if fmt == "json":
            return json.dumps({"head": {}, "boolean": bool(results)}) + "\n"
        return ("true" if results else "false") + "\n"
    if fmt in _RESULTS_FORMAT:
        data = results.serialize(format=_RESULTS_FORMAT[fmt])
        text = data.decode("utf-8") if data else ""
        return text if text.endswith("\n") else text + "\n"
    header = [v.value for v in results.variables]
    rows = [[_show(solution[v]) for v in results.variables] for solution in results]
    return _markdown(header, rows) if fmt == "md" else _table(header, rows)


def solution_rows(results: ox.QuerySolutions) -> list[tuple[str | None, ...]]:
    """Rows of plain values (IRIs and lexical forms), for comparing engines and for tests."""
    return [tuple(None if (term := solution[v]) is None else term.value
                  for v in results.variables) for solution in results]


def _show(term: ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple | None) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        for prefix, namespace in PREFIXES.items():
            if term.value.startswith(namespace):
                return f"{prefix}:{term.value[len(namespace):]}"
        return f"<{term.value}>"
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return str(term.value) if isinstance(term, ox.Literal) else str(term)


def _table(header: list[str], rows: list[list[str]]) -> str:
    cells = [header, *rows]
    flat = [[_clip(" ".join(cell.split())) for cell in row] for row in cells]
    widths = [max(len(row[i]) for row in flat) for i in range(len(header))]
    lines = ["  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip()
             for row in flat]
    lines.insert(1, "  ".join("-" * w for w in widths))
    lines.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(lines) + "\n"


def _clip(text: str, width: int = 60) -> str:
    return text if len(text) <= width else text[: width - 1] + "\u2026"


def _markdown(header: list[str], rows: list[list[str]]) -> str:
    def cell(text: str) -> str:
        return " ".join(text.split()).replace("\\", "\\\\").replace("|", "\\|")

    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(cell(c) for c in row) + " |" for row in rows]
    return "\n".join(lines) + "\n"
