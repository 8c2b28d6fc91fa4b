"""The network page: one self-contained HTML file drawn by vis-network (bundled with pyvis).

`page_model` reads any RDF graph into plain data: nodes (class, label, size by PageRank,
aliases, links, literal properties, articles), edges (predicate, evidence, width by money) and
the evidence sentences with their articles. The page's own script draws it and adds the side
panel, filters, search and the physics switch. Text from articles is untrusted: the data goes
into the page as JSON that cannot close its script element, and the script only ever sets
textContent, so no name, sentence or URL can run code; only http(s) URLs become links.
"""

from __future__ import annotations

import json
import math
from collections import defaultdict
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import jinja2
import networkx as nx
from markupsafe import Markup
from rdflib import OWL, RDF, RDFS, Graph, Literal, URIRef
from rdflib.namespace import SKOS
from rdflib.term import BNode, Node

from kg.export import register, write_atomically
from kg.graph.namespace import KGO, SCHEMA

DEFAULT_MAX_NODES = 1500

# Class -> (colour, vis-network shape): colour-blind-safe hues, one per class.
# Entities get shapes that keep the label outside, so a long name never stretches its node;
# figures are short text in a box.
CLASS_STYLE: dict[str, tuple[str, str]] = {
    "Country": ("#4477AA", "dot"),
    "Region": ("#66CCEE", "dot"),
    "Firm": ("#228833", "square"),
    "GovernmentBody": ("#CCBB44", "triangle"),
    "Organization": ("#EE6677", "diamond"),
    "Person": ("#AA3377", "star"),
    "Project": ("#EE7733", "hexagon"),
    "Agreement": ("#BBBBBB", "triangleDown"),
    "Event": ("#009988", "dot"),
    "Figure": ("#FFFFFF", "box"),
}
NEUTRAL_STYLE = ("#9E9E9E", "dot")  # classes kg does not know, in graphs from elsewhere
_SCALES = ((10**12, "tn"), (10**9, "bn"), (10**6, "m"), (10**3, "k"))
_BOOKKEEPING = {RDF.Statement, KGO.Evidence, KGO.Article}  # shown in panels, not as nodes
_LABELS = (RDFS.label, SKOS.prefLabel, SCHEMA.name, URIRef("http://xmlns.com/foaf/0.1/name"),
           URIRef("http://purl.org/dc/terms/title"))
_NOT_EDGES = {RDF.type, OWL.sameAs, KGO.mentionedIn, KGO.evidence, KGO.inArticle,
              KGO.changeOf}
_MONEY_EDGES = {"investsIn", "fundsProject", "tradesWith", "suppliesTo"}
_MAX_EVIDENCE = 25  # sentences per node: enough to read, few enough for 2,000 nodes


def short_figure(value: float, unit: str, kind: str, change: bool = False) -> str:
    """A figure as a reader scans it: '$120.1 bn', '+10.4 %', '200 engineers'."""
    sign = "+" if change and value > 0 else ""
    if kind == "Percentage":
        return f"{sign}{value:g} %"
    number = f"{value:,.0f}" if value == int(value) else f"{value:g}"
    if kind == "MoneyAmount":
        for scale, word in _SCALES:
            if abs(value) >= scale:
                number = f"{value / scale:,.2f}".rstrip("0").rstrip(".") + f" {word}"
                break
        return f"{sign}${number}" if unit == "USD" else f"{sign}{number} {unit}"
    return f"{sign}{number} {unit}"


def local_name(term: Node) -> str:
    text = str(term)
    return text.rsplit("#", 1)[-1].rsplit("/", 1)[-1] or text


def web_link(value: Node | str | None) -> str | None:
    """Only http(s) URLs become links; 'javascript:' and the rest stay text."""
    text = "" if value is None else str(value)
    return text if text.lower().startswith(("http://", "https://")) else None


@dataclass
class PageModel:
    """What the page draws, as JSON-ready data."""

    nodes: list[dict[str, Any]] = field(default_factory=list)
    edges: list[dict[str, Any]] = field(default_factory=list)
    evidence: list[dict[str, Any]] = field(default_factory=list)
    articles: list[dict[str, Any]] = field(default_factory=list)
    classes: list[tuple[str, str, str]] = field(default_factory=list)
    total: int = 0

    @property
    def left_out(self) -> int:
        return self.total - len(self.nodes)

    def summary(self) -> str:
        figures = sum(1 for n in self.nodes if n["group"] == "Figure")
        text = (f"{len(self.nodes) - figures:,} entities, {figures:,} figures, "
                f"{len(self.edges):,} edges")
        if self.left_out:
            text += (f"; the {self.left_out:,} least connected of {self.total:,} nodes are "
                     "left out (raise --max-nodes to see them)")
        return text


class _Reader:
    """Reads one graph into a PageModel."""

    def __init__(self, graph: Graph) -> None:
        self.graph = graph
        self.evidence_index: dict[Node, int] = {}
        self.article_index: dict[Node, int] = {}
        self.model = PageModel()

    def article(self, node: Node) -> int:
        if node not in self.article_index:
            g = self.graph
            self.article_index[node] = len(self.model.articles)
            self.model.articles.append({
                "id": str(g.value(node, KGO.articleId) or local_name(node)),
                "title": str(g.value(node, KGO.title) or g.value(node, KGO.articleId) or
                             local_name(node)),
                "date": str(g.value(node, KGO.datePublished) or ""),
                "url": web_link(g.value(node, KGO.url)),
            })
        return self.article_index[node]

    def evidence(self, node: Node) -> int | None:
        sentence = self.graph.value(node, KGO.sentence)
        if sentence is None:
            return None
        if node not in self.evidence_index:
            article = self.graph.value(node, KGO.inArticle)
            self.evidence_index[node] = len(self.model.evidence)
            self.model.evidence.append({"sentence": str(sentence),
                                        "article": self.article(article)
                                        if article is not None else None})
        return self.evidence_index[node]

    def evidence_of(self, node: Node) -> list[int]:
        found = (self.evidence(e) for e in sorted(self.graph.objects(node, KGO.evidence),
                                                  key=str))
        return [i for i in found if i is not None]

    def label(self, node: Node) -> str:
        for predicate in _LABELS:
            value = self.graph.value(node, predicate)
            if value is not None:
                return str(value)
        return local_name(node)

    def node_class(self, node: Node) -> str:
        # kg's entity classes first, then Figure (over its kinds), then any other class
        types = sorted((local_name(t) for t in self.graph.objects(node, RDF.type)),
                       key=lambda name: (2 if name not in CLASS_STYLE else name == "Figure",
                                         name))
        return types[0] if types else "Resource"

    def resources(self) -> list[Node]:
        seen: dict[Node, None] = {}
        for s, p, o in self.graph:
            if isinstance(s, URIRef | BNode):
                seen.setdefault(s)
            if p not in _NOT_EDGES and isinstance(o, URIRef | BNode) and \
                    not str(o).startswith(str(KGO._NS)):
                seen.setdefault(o)
        hidden = {n for t in _BOOKKEEPING for n in self.graph.subjects(RDF.type, t)}
        return sorted((n for n in seen if n not in hidden), key=str)

    def read(self, max_nodes: int) -> PageModel:
        graph = self.graph
        nodes = self.resources()
        ids = {node: str(node) for node in nodes}
        network = nx.Graph()
        network.add_nodes_from(ids.values())
        raw_edges: list[tuple[Node, str, Node, Node]] = []
        for s, p, o in sorted(graph, key=lambda t: (str(t[1]), str(t[0]), str(t[2]))):
            if p in _NOT_EDGES or s not in ids or o not in ids or s == o:
                continue
            raw_edges.append((s, local_name(p), o, p))
            network.add_edge(ids[s], ids[o])
        rank = pagerank(network)
        top = max(rank.values(), default=1.0) or 1.0
        kept = sorted(nodes, key=lambda n: (-rank.get(ids[n], 0.0), ids[n]))[:max_nodes]
        keep = set(kept)
        self.model.total = len(nodes)
        money = self.money_between()
        classes: dict[str, None] = {}
        for node in sorted(keep, key=str):
            cls = self.node_class(node)
            classes.setdefault(cls)
            self.model.nodes.append(self.node(node, cls, rank.get(ids[node], 0.0) / top))
        for s, name, o, p in raw_edges:
            if s in keep and o in keep:
                self.model.edges.append(self.edge(s, name, o, p, money))
        self.model.classes = [(name, *CLASS_STYLE.get(name, NEUTRAL_STYLE))
                              for name in [*(c for c in CLASS_STYLE if c in classes),
                                           *sorted(c for c in classes if c not in CLASS_STYLE)]]
        return self.model

    def node(self, node: Node, cls: str, importance: float) -> dict[str, Any]:
        graph = self.graph
        item: dict[str, Any] = {"id": str(node), "group": cls}
        # vis-network scales size and label font with `value`: the important stay legible
        # when the whole graph is in view
        if cls == "Figure":
            item["label"] = self.figure_label(node)
            item["value"] = 0
        else:
            item["label"] = self.label(node)
            item["value"] = round(100 * math.sqrt(importance), 2)
        item["shape"] = CLASS_STYLE.get(cls, NEUTRAL_STYLE)[1]
        if cls not in CLASS_STYLE:
            item["color"] = NEUTRAL_STYLE[0]
        item["aliases"] = sorted({str(a) for a in graph.objects(node, SKOS.altLabel)})
        links = []
        for same in sorted(graph.objects(node, OWL.sameAs), key=str):
            url = web_link(same)
            if url:
                name = "Wikidata " + local_name(same) if "wikidata.org" in url else url
                links.append({"text": name, "url": url})
        item["links"] = links
        item["properties"] = self.properties(node, item["label"])
        evidence = self.evidence_of(node)
        for statement in self.statements_about(node):
            evidence += [e for e in self.evidence_of(statement) if e not in evidence]
        item["evidence"] = evidence[:_MAX_EVIDENCE]
        articles = {self.article(a) for a in graph.objects(node, KGO.mentionedIn)}
        articles |= {self.model.evidence[e]["article"] for e in evidence
                     if self.model.evidence[e]["article"] is not None}
        item["articles"] = sorted(articles)
        return item

    def figure_label(self, node: Node) -> str:
        graph = self.graph
        value, unit = graph.value(node, KGO.value), graph.value(node, KGO.unit)
        if not isinstance(value, Literal):
            return self.label(node)
        kinds = sorted({local_name(c) for c in graph.objects(node, RDF.type)} - {"Figure"})
        return short_figure(float(value.toPython()), str(unit or ""),
                            kinds[0] if kinds else "Figure",
                            change=graph.value(node, KGO.changeOf) is not None)

    def properties(self, node: Node, label: str) -> list[list[str]]:
        found = []
        for p, o in sorted(self.graph.predicate_objects(node), key=lambda t: (str(t[0]),
                                                                              str(t[1]))):
            if isinstance(o, Literal) and p not in (RDFS.label, SKOS.altLabel) and \
                    str(o) != label:
                found.append([local_name(p), str(o)])
            elif isinstance(o, URIRef) and str(o).startswith(str(KGO._NS)) and p != RDF.type:
                found.append([local_name(p), local_name(o)])  # qualifier, status
        return found

    def statements_about(self, node: Node) -> list[Node]:
        return sorted({*self.graph.subjects(RDF.subject, node),
                       *self.graph.subjects(RDF.object, node)}, key=str)

    def money_between(self) -> dict[frozenset[Node], float]:
        """The largest amount of money stated about both ends of a pair."""
        largest: dict[frozenset[Node], float] = defaultdict(float)
        for figure in self.graph.subjects(RDF.type, KGO.MoneyAmount):
            value = self.graph.value(figure, KGO.value)
            about = sorted(self.graph.objects(figure, KGO.about), key=str)
            if not isinstance(value, Literal):
                continue
            for i, a in enumerate(about):
                for b in about[i + 1:]:
                    pair = frozenset((a, b))
                    largest[pair] = max(largest[pair], float(value.toPython()))
        return largest

    def edge(self, s: Node, name: str, o: Node, predicate: Node,
             money: dict[frozenset[Node], float]) -> dict[str, Any]:
        evidence: list[int] = []
        for statement in sorted(self.graph.subjects(RDF.subject, s), key=str):
            if (statement, RDF.predicate, predicate) in self.graph and \
                    (statement, RDF.object, o) in self.graph:
                evidence += self.evidence_of(statement)
        item: dict[str, Any] = {"from": str(s), "to": str(o), "label": name,
                                "evidence": evidence[:_MAX_EVIDENCE]}
        if name in ("about", "reportedBy"):
            item["dashes"] = True
        amount = money.get(frozenset((s, o)), 0.0) if name in _MONEY_EDGES else 0.0
        if amount >= 1e6:  # one pixel more for every tenfold amount above a million
            item["width"] = round(min(8.0, 1 + math.log10(amount / 1e6)), 2)
            item["amount"] = amount
        return item


def pagerank(network: nx.Graph, damping: float = 0.85, rounds: int = 60) -> dict[str, float]:
    """PageRank by power iteration on an undirected graph (networkx's own needs SciPy, which
    kg does not depend on); a node without edges spreads its rank evenly, as in networkx."""
    count = len(network)
    if not count:
        return {}
    rank = dict.fromkeys(network, 1.0 / count)
    degree = dict(network.degree())
    for _ in range(rounds):
        dangling = damping * sum(rank[n] for n in network if not degree[n]) / count
        rank = {n: (1 - damping) / count + dangling +
                damping * sum(rank[m] / degree[m] for m in network[n]) for n in network}
    return rank


def page_model(graph: Graph, max_nodes: int = DEFAULT_MAX_NODES) -> PageModel:
    """Read any RDF graph into the page's data, keeping the `max_nodes` most important nodes
    (PageRank over the drawn edges)."""
    return _Reader(graph).read(max_nodes)


def script_json(value: object) -> str:
    """JSON that is safe inside a <script> element: no '<', '>' or '&' can end the element
    or start a comment, and JavaScript's line separators are escaped."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    for char, escape in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"),
                         ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(char, escape)
    return text


def render_page(graph: Graph, title: str = "kg knowledge graph",
                max_nodes: int = DEFAULT_MAX_NODES) -> str:
    model = page_model(graph, max_nodes)
    pyvis_lib = resources.files("pyvis") / "templates" / "lib" / "vis-9.1.2"
    environment = jinja2.Environment(
        loader=jinja2.PackageLoader("kg.export", "templates"),
        autoescape=True,
    )
    template = environment.get_template("graph.html")
    large = len(model.nodes) > 300
    options = {
        "nodes": {"font": {"size": 14, "strokeWidth": 4, "strokeColor": "#ffffff"},
                  "borderWidth": 1,
                  # small nodes' labels appear as the view zooms in, so none overlap unread
                  "scaling": {"min": 8, "max": 40,
                              "label": {"enabled": True, "min": 13, "max": 30,
                                        "drawThreshold": 8, "maxVisible": 26}}},
        "edges": {"arrows": {"to": {"enabled": True, "scaleFactor": 0.5}},
                  "font": {"size": 10, "align": "middle", "color": "#555555",
                           "strokeWidth": 3},
                  "color": {"color": "#a0a0a0", "highlight": "#333333"},
                  "smooth": False if large else {"type": "continuous"},
                  "scaling": {"label": {"drawThreshold": 9}}},
        "layout": {"improvedLayout": not large, "randomSeed": 7},
        "physics": {"solver": "barnesHut",
                    "barnesHut": {"gravitationalConstant": -9000 if large else -4000,
                                  "centralGravity": 0.35 if large else 0.9,
                                  "springLength": 150 if large else 110,
                                  "springConstant": 0.03, "damping": 0.3,
                                  "avoidOverlap": 0.1, "theta": 0.8 if large else 0.5},
                    "stabilization": {"iterations": 150 if large else 250,
                                      "updateInterval": 25},
                    "minVelocity": 1.5},
        "interaction": {"hover": True, "tooltipDelay": 200, "hideEdgesOnDrag": large},
        "groups": {name: {"color": {"background": colour, "border": "#444444"},
                          "shape": shape} for name, colour, shape in model.classes},
    }
    data = {"nodes": model.nodes, "edges": model.edges, "evidence": model.evidence,
            "articles": model.articles}
    return template.render(
        title=title,
        summary=model.summary(),
        legend=model.classes,
        articles=model.articles,
        data_json=Markup(script_json(data)),
        options_json=Markup(script_json(options)),
        vis_js=Markup(_script_safe((pyvis_lib / "vis-network.min.js").read_text("utf-8"))),
        vis_css=Markup((pyvis_lib / "vis-network.css").read_text("utf-8")),
    )


def _script_safe(code: str) -> str:
    """A script body cannot contain '</script'; break any such sequence."""
    return code.replace("</script", "<\\/script")


@register("html", "graph.html")
def export_html(graph: Graph, path: Path) -> None:
    write_atomically(path, render_page(graph))


def export_page(graph: Graph, path: Path, title: str, max_nodes: int) -> None:
    """The page with a chosen title and node limit (kg show)."""
    write_atomically(path, render_page(graph, title=title, max_nodes=max_nodes))

