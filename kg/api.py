"""The Python API that the CLI and notebooks share."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from rdflib import RDF, Graph

from kg.errors import OutputError
from kg.export import get_exporter
from kg.extract.article import extract_article
from kg.extract.records import Article, EntityClass, Extraction
from kg.gazetteer import load_gazetteer
from kg.graph.build import build_graph
from kg.graph.namespace import KGO, term
from kg.io import read_articles
from kg.nlp import make_nlp

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
    relation_predicates = {term(name) for name in (
        "investsIn", "tradesWith", "suppliesTo", "partyTo", "fundsProject", "participatesIn",
        "locatedIn", "memberOf", "holdsPositionIn", "cooperatesWith")}
    relations = sum(1 for _, p, _ in graph if p in relation_predicates)
    figures = len(set(graph.subjects(RDF.type, KGO.Figure)))
    return BuildSummary(articles, entities, figures, relations, len(graph), tuple(outputs))


def build(
    inputs: Sequence[str],
    out_dir: Path,
    formats: Sequence[str] = DEFAULT_FORMATS,
    stdin: TextIO | None = None,
) -> BuildSummary:
    """Read articles, extract, build one graph and write it in each format into `out_dir`."""
    exporters = [get_exporter(name) for name in dict.fromkeys(formats)]
    articles = read_articles(inputs, stdin=stdin)
    graph = build_graph(extract_articles(articles))
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
    return summarize(graph, len(articles), outputs)

