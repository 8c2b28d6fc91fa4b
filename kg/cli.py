"""The command line: parses arguments and calls kg.api; nothing else."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from kg import __version__
from kg.errors import KGError

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Build an RDF knowledge graph of international economic cooperation from news.",
)


def _print_version(value: bool) -> None:
    if value:
        typer.echo(f"kg {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[bool, typer.Option(
        "--version", help="Print the version and exit.", callback=_print_version,
        is_eager=True)] = False,
) -> None:
    """Build an RDF knowledge graph of international economic cooperation from news."""


@app.command("build")
def build_command(
    inputs: Annotated[list[str], typer.Argument(
        help="Articles: .txt/.md files, directories (read recursively), .jsonl files "
             "(one article per line), or - for standard input.", show_default=False)],
    out: Annotated[Path, typer.Option("-o", "--out", help="Output directory.")] = Path("out"),
    formats: Annotated[str, typer.Option(
        "--format", help="Outputs, comma-separated: turtle, nt, jsonld, trig, graphml, html "
                         "(Turtle is always written).")] = "turtle,html",
    store: Annotated[Path | None, typer.Option(
        "--store", help="Also write an Oxigraph store into this folder (kg query and kg serve "
                        "read it).")] = None,
) -> None:
    """Read articles and write OUT/graph.ttl and the other formats asked for."""
    from kg.api import build, parse_formats

    summary = build(inputs, out, parse_formats(formats), store=store)
    for line in summary.lines():
        typer.echo(line)


@app.command("query")
def query_command(
    graph: Annotated[str | None, typer.Argument(
        help="A Turtle/N-Triples/JSON-LD/TriG file, a folder of them, an Oxigraph store "
             "folder, or a SPARQL endpoint URL.", show_default=False)] = None,
    query: Annotated[str | None, typer.Argument(help="SPARQL query text.",
                                                show_default=False)] = None,
    file: Annotated[Path | None, typer.Option("--file", "-f", help="Read the query from a "
                                               ".rq file.")] = None,
    name: Annotated[str | None, typer.Option("--name", "-n", help="Run a query shipped with "
                                              "kg (see --list).")] = None,
    list_: Annotated[bool, typer.Option("--list", help="List the named queries.")] = False,
    fmt: Annotated[str, typer.Option(
        "--format", help="table (long cells cut to fit a terminal), csv, tsv, json (SPARQL 1.1 "
                         "JSON results) or md.")] = "table",
    var: Annotated[list[str] | None, typer.Option(
        "--var", help="Fix a variable to a string: --var entity=Uzbekistan (repeatable).")
    ] = None,
) -> None:
    """Run a SPARQL query (SELECT, ASK, CONSTRUCT, DESCRIBE) on a graph."""
    from kg.api import query as run
    from kg.errors import InputError
    from kg.query import named_queries

    if list_:
        for item in named_queries().values():
            typer.echo(f"{item.name:12} {item.title}")
        return
    if graph is None:
        raise InputError("name the graph to query: kg query GRAPH 'SELECT ...' "
                         "(or --file Q.rq, --name NAME)")
    bindings = {}
    for pair in var or []:
        key, sep, value = pair.partition("=")
        if not sep or not key.isidentifier():
            raise InputError(f"--var {pair!r}: write it as NAME=VALUE, e.g. --var entity=Kenya")
        bindings[key] = value
    typer.echo(run(graph, query, file, name, bindings, fmt), nl=False)


@app.command("export")
def export_command(
    graph: Annotated[Path, typer.Argument(help="A graph file, a folder of them or an Oxigraph "
                                                "store folder.", show_default=False)],
    formats: Annotated[str, typer.Option(
        "--format", help="Comma-separated: turtle, nt, jsonld, trig, graphml, html.")],
    out: Annotated[Path, typer.Option("-o", "--out", help="Output directory.")] = Path("out"),
) -> None:
    """Convert an existing graph into other formats."""
    from kg.api import export, parse_formats

    for path in export(graph, out, parse_formats(formats, always=())):
        typer.echo(f"wrote      {path}")


@app.command("show")
def show_command(
    graph: Annotated[Path, typer.Argument(help="Any RDF graph: a file, a folder of them or an "
                                                "Oxigraph store folder.", show_default=False)],
    out: Annotated[Path, typer.Option("-o", "--out", help="The page to write.")] = Path(
        "graph.html"),
    max_nodes: Annotated[int, typer.Option(
        "--max-nodes", help="Keep this many nodes, the most important first (PageRank); the "
                            "page says how many it left out.")] = 1500,
    title: Annotated[str | None, typer.Option("--title", help="The page's title.")] = None,
) -> None:
    """Draw a graph as the interactive network page (one offline HTML file)."""
    from kg.api import show

    typer.echo(f"wrote      {show(graph, out, title, max_nodes)}")


@app.command("serve")
def serve_command(
    graph: Annotated[Path, typer.Argument(help="A graph file, a folder of them or an Oxigraph "
                                                "store folder.", show_default=False)],
    port: Annotated[int, typer.Option("--port", help="TCP port.")] = 7878,
    host: Annotated[str, typer.Option("--host", help="Address to bind; other machines can "
                                      "reach the server only if this is not loopback.")
                    ] = "127.0.0.1",
    writable: Annotated[bool, typer.Option("--writable", help="Accept updates and uploads "
                                           "(read-only by default).")] = False,
) -> None:
    """Serve the graph as a SPARQL 1.1 endpoint (the Oxigraph server) until Ctrl-C."""
    from kg.serve import serve

    serve(graph, host, port, writable)


@app.command("push")
def push_command(
    graph: Annotated[Path, typer.Argument(help="A graph file, a folder of them or an Oxigraph "
                                                "store folder.", show_default=False)],
    endpoint: Annotated[str, typer.Option(
        "--endpoint", help="The server's Graph Store endpoint, e.g. "
                           "http://127.0.0.1:7878/store or http://localhost:3030/ds/data.")],
    graph_iri: Annotated[str | None, typer.Option(
        "--graph", help="Named graph IRI to write into (default: the default graph).")] = None,
    replace: Annotated[bool, typer.Option("--replace", help="Replace the target graph (PUT) "
                                          "instead of adding to it (POST).")] = False,
) -> None:
    """Upload a graph with the SPARQL 1.1 Graph Store HTTP Protocol."""
    from kg.serve import push

    count = push(graph, endpoint, graph_iri, replace)
    typer.echo(f"pushed     {count} triples to {endpoint}")


def main() -> None:
    """Console entry point: a KGError becomes a one-line message and its exit status."""
    try:
        app()
    except KGError as err:
        typer.echo(f"kg: error: {err}", err=True)
        sys.exit(err.exit_code)


if __name__ == "__main__":
    main()
