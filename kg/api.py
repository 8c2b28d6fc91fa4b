"""The Python API that the CLI and notebooks share."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from rdflib import RDF, Graph

from kg.errors import InputError, OutputError
from kg.export import Exporter, get_exporter
from kg.export.html import DEFAULT_MAX_NODES, export_page
from kg.extract.article import extract_article
from kg.extract.records import Article, EntityClass, Extraction
from kg.gazetteer import load_gazetteer
from kg.graph.build import build_graph
from kg.graph.namespace import KGO, RELATIONS, term
from kg.graph.store import load_graph, write_store
from kg.io import read_articles
from kg.nlp import make_nlp
from kg.query import bind_values, check_format, format_results, named_query, run_query

DEFAULT_FORMATS = ("turtle", "html")


@dataclass(frozen=True)
class BuildSummary:
    articles: int
    entities: dict[str, int]
    figures: int
    relations: int
    triples: int
    outputs: tuple[Path, ...]

    def lines(self) -> list[str]:
        classes = ", ".join(f"{name} {count}" for name, count in self.entities.items() if count)
        return [
            f"articles   {self.articles}",
            f"entities   {sum(self.entities.values())} ({classes or 'none'})",
            f"figures    {self.figures}",
            f"relations  {self.relations}",
            f"triples    {self.triples}",
            *(f"wrote      {path}" for path in self.outputs),
        ]


def extract_articles(articles: Iterable[Article]) -> list[Extraction]:
    """Run the pipeline and the extractors over articles."""
    nlp = make_nlp()
    gazetteer = load_gazetteer()
    items = list(articles)
    docs = nlp.pipe(a.text for a in items)
    return [extract_article(doc, article, gazetteer) for doc, article in zip(docs, items,
                                                                             strict=True)]


def summarize(graph: Graph, articles: int, outputs: Sequence[Path] = ()) -> BuildSummary:
    entities = {cls.value: len(set(graph.subjects(RDF.type, term(cls.value))))
                for cls in EntityClass}
    relation_predicates = {term(name) for name in RELATIONS}
    relations = sum(1 for _, p, _ in graph if p in relation_predicates)
    figures = len(set(graph.subjects(RDF.type, KGO.Figure)))
    return BuildSummary(articles, entities, figures, relations, len(graph), tuple(outputs))


def parse_formats(spec: str | Sequence[str], always: Sequence[str] = ("turtle",)
                  ) -> tuple[str, ...]:
    """'nt,jsonld' -> ('turtle', 'nt', 'jsonld'): the `always` formats first, each format
    once."""
    names = spec.split(",") if isinstance(spec, str) else list(spec)
    return tuple(dict.fromkeys([*always, *(n.strip().lower() for n in names if n.strip())]))


def build(
    inputs: Sequence[str],
    out_dir: Path,
    formats: Sequence[str] = DEFAULT_FORMATS,
    stdin: TextIO | None = None,
    store: Path | None = None,
) -> BuildSummary:
    """Read articles, extract, build one graph and write it in each format into `out_dir`
    (and into an Oxigraph store folder if `store` is given)."""
    exporters = [get_exporter(name) for name in dict.fromkeys(formats)]
    articles = read_articles(inputs, stdin=stdin)
    graph = build_graph(extract_articles(articles))
    outputs = write_outputs(graph, out_dir, exporters)
    if store is not None:
        write_store(graph, store)
        outputs.append(store)
    return summarize(graph, len(articles), outputs)


def export(source: Path, out_dir: Path, formats: Sequence[str]) -> list[Path]:
    """Convert an existing graph (file, folder of files or store) into other formats."""
    exporters = [get_exporter(name) for name in dict.fromkeys(formats)]
    return write_outputs(load_graph(source), out_dir, exporters)


def show(source: Path, out: Path, title: str | None = None,
         max_nodes: int = DEFAULT_MAX_NODES) -> Path:
    """Draw any RDF graph (file, folder of files or store) as the network page."""
    graph = load_graph(source)
    if out.is_dir():
        raise OutputError(f"{out}: is a directory; give -o a file name such as page.html")
    if max_nodes < 1:
        raise InputError(f"--max-nodes {max_nodes}: give at least 1")
    try:
        export_page(graph, out, title or f"{source.name}: knowledge graph", max_nodes)
    except OSError as err:
        raise OutputError(f"{out}: cannot write ({err.strerror}); check the path") from None
    return out


def write_outputs(graph: Graph, out_dir: Path,
                  exporters: Sequence[tuple[str, Exporter]]) -> list[Path]:
    if out_dir.exists() and not out_dir.is_dir():
        raise OutputError(f"{out_dir}: exists and is not a directory; choose another -o")
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise OutputError(f"{out_dir}: cannot create the output directory ({err.strerror})") \
            from None
    outputs = []
    for filename, exporter in exporters:
        path = out_dir / filename
        try:
            exporter(graph, path)
        except OSError as err:
            raise OutputError(f"{path}: cannot write ({err.strerror}); check the -o directory") \
                from None
        outputs.append(path)
    return outputs


def query(source: str, text: str | None = None, file: Path | None = None,
          name: str | None = None, bindings: dict[str, str] | None = None,
          fmt: str = "table") -> str:
    """Run one query, given as text, a .rq file or a named query, and format its results."""
    given = [x for x in (text, file, name) if x is not None]
    if len(given) != 1:
        raise InputError("give exactly one query: its text, --file Q.rq or --name NAME "
                         "(kg query --list shows the names)")
    if file is not None:
        try:
            text = file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as err:
            raise InputError(f"{file}: cannot read the query ({err}); check the path") from None
    elif name is not None:
        text = named_query(name).text
    assert text is not None
    check_format(fmt)  # before the graph loads
    return format_results(run_query(source, bind_values(text, bindings or {})), fmt)
