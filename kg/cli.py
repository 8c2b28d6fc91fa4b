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
) -> None:
    """Read articles and write OUT/graph.ttl (Turtle) and OUT/graph.html (network page)."""
    from kg.api import build

    summary = build(inputs, out)
    for line in summary.lines():
        typer.echo(line)


def main() -> None:
    """Console entry point: a KGError becomes a one-line message and its exit status."""
    try:
        app()
    except KGError as err:
        typer.echo(f"kg: error: {err}", err=True)
        sys.exit(err.exit_code)


if __name__ == "__main__":
    main()
