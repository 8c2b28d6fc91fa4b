"""A real Oxigraph server: push a built graph, query it over HTTP, compare with pyoxigraph and
rdflib; serve read-only; clear errors when a server refuses or is not there."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from decimal import Decimal, InvalidOperation
from pathlib import Path

import pytest
from rdflib import Graph

from kg.errors import EndpointError, ServerError
from kg.graph.store import write_store
from kg.query import named_queries, run_query, solution_rows
from kg.serve import free_port, push, start_server
from tests.test_cli import kg

Row = tuple[str | None, ...]


def canonical(value: str | None) -> str | None:
    """One spelling per value across engines: decimals by value ('1000.0' = '1000'), the
    members of a GROUP_CONCAT in order (engines concatenate in any order)."""
    if value is None or value == "":
        return None
    if "; " in value:
        return "; ".join(sorted(value.split("; ")))
    try:
        return str(Decimal(value).normalize())
    except InvalidOperation:
        return value


def rows_of(rows: list[Row]) -> list[Row]:
    return sorted((tuple(canonical(v) for v in row) for row in rows),
                  key=lambda row: tuple(v or "" for v in row))


@pytest.fixture()
def writable_server(tmp_path: Path) -> Iterator[str]:
    port = free_port()
    process = start_server(tmp_path / "server-store", port=port, writable=True)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_named_queries_give_the_same_rows_on_server_pyoxigraph_and_rdflib(
        writable_server: str, dev_ttl: Path, dev_graph: Graph) -> None:
    result = kg("push", str(dev_ttl), "--endpoint", f"{writable_server}/store")
    assert result.returncode == 0, result.stderr
    assert f"pushed     {len(dev_graph)} triples" in result.stdout
    for item in named_queries().values():
        served = solution_rows(run_query(f"{writable_server}/query", item.text))
        local = solution_rows(run_query(str(dev_ttl), item.text))
        by_rdflib = [tuple(None if v is None else str(v) for v in row)
                     for row in dev_graph.query(item.text)]
        assert served, item.name
        assert rows_of(served) == rows_of(local) == rows_of(by_rdflib), item.name


def test_push_into_a_named_graph_and_replace(writable_server: str, tmp_path: Path) -> None:
    from tests.export.test_rdf import nasty_graph

    path = tmp_path / "graph.ttl"
    nasty_graph().serialize(path, format="turtle")
    iri = "https://example.org/graphs/nasty"
    assert push(path, f"{writable_server}/store", graph_iri=iri) == len(nasty_graph())
    push(path, f"{writable_server}/store", graph_iri=iri, replace=True)
    count = ("SELECT (COUNT(*) AS ?n) WHERE { GRAPH <https://example.org/graphs/nasty> "
             "{ ?s ?p ?o } }")
    assert solution_rows(run_query(f"{writable_server}/query", count)) == [
        (str(len(nasty_graph())),)]


def test_serve_read_only_answers_and_refuses_writes(tmp_path: Path, dev_graph: Graph,
                                                    dev_ttl: Path) -> None:
    write_store(dev_graph, tmp_path / "store")
    port = free_port()
    process = subprocess.Popen(["kg", "serve", str(tmp_path / "store"), "--port", str(port)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        assert process.stdout.readline().startswith(f"SPARQL endpoint: http://127.0.0.1:{port}")
        endpoint = f"http://127.0.0.1:{port}"
        ask = "ASK { ?s a <https://w3id.org/kgnews/ontology#Country> }"
        assert bool(run_query(f"{endpoint}/query", ask))
        with pytest.raises(EndpointError, match="refused the request with HTTP"):
            push(dev_ttl, f"{endpoint}/store")
        with pytest.raises(ServerError, match="already in use"):
            start_server(tmp_path / "store", port=port)
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_unreachable_endpoints_get_a_message(dev_ttl: Path) -> None:
    closed = f"http://127.0.0.1:{free_port()}"
    with pytest.raises(EndpointError, match="cannot reach the server"):
        push(dev_ttl, f"{closed}/store")
    result = kg("query", f"{closed}/query", "ASK {}")
    assert result.returncode != 0 and "cannot reach the server" in result.stderr
    assert "Traceback" not in result.stderr
