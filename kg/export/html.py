"""The interactive network page: pyvis builds the network, kg's own template renders it.

pyvis's default template pulls Bootstrap and tom-select from the web; kg's template inlines
vis-network (shipped inside the pyvis package) and its own styles, so the page opens offline.
Every text from an article reaches the page as JSON data (vis-network shows titles as text) or
through Jinja's HTML escaping, never as markup.
"""

from __future__ import annotations

from collections import defaultdict
from importlib import resources
from pathlib import Path

import jinja2
from markupsafe import Markup
from pyvis.network import Network
from rdflib import RDF, RDFS, Graph, Literal, URIRef
from rdflib.namespace import SKOS
from rdflib.term import Node

from kg.export import register, write_atomically
from kg.graph.namespace import KGO, RELATIONS, term

# Class -> (colour, vis-network shape): colour-blind-safe hues, one per class.
CLASS_STYLE: dict[str, tuple[str, str]] = {
    "Country": ("#4477AA", "dot"),
    "Region": ("#66CCEE", "dot"),
    "Firm": ("#228833", "square"),
    "GovernmentBody": ("#CCBB44", "triangle"),
    "Organization": ("#EE6677", "diamond"),
    "Person": ("#AA3377", "star"),
    "Project": ("#EE7733", "box"),
    "Agreement": ("#BBBBBB", "box"),
    "Event": ("#009988", "ellipse"),
    "Figure": ("#FFFFFF", "box"),
}
_SCALES = ((10**12, "tn"), (10**9, "bn"), (10**6, "m"), (10**3, "k"))


def short_figure(value: float, unit: str, kind: str) -> str:
    """A figure as a reader scans it: '$120.1 bn', '10.4 %', '200 engineers'."""
    if kind == "Percentage":
        return f"{value:g} %"
    number = f"{value:,.0f}" if value == int(value) else f"{value:g}"
    if kind == "MoneyAmount":
        for scale, word in _SCALES:
            if abs(value) >= scale:
                number = f"{value / scale:,.2f}".rstrip("0").rstrip(".") + f" {word}"
                break
        return f"${number}" if unit == "USD" else f"{number} {unit}"
    return f"{number} {unit}"


def _local(term: Node) -> str:
    text = str(term)
    return text.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


class PageData:
    """Nodes and edges for the page, read from a kg graph."""

    def __init__(self, graph: Graph) -> None:
        self.graph = graph
        self.net = Network(directed=True, height="100%", width="100%")
        self.counts: dict[str, int] = defaultdict(int)

    def evidence_of(self, node: Node) -> list[str]:
        sentences = []
        for evidence in sorted(self.graph.objects(node, KGO.evidence), key=str):
            for sentence in self.graph.objects(evidence, KGO.sentence):
                sentences.append(str(sentence))
        return sentences

    def label(self, node: Node) -> str:
        value = self.graph.value(node, RDFS.label)
        return str(value) if value is not None else _local(node)

    def node_class(self, node: Node) -> str | None:
        classes = {_local(c) for c in self.graph.objects(node, RDF.type)}
        for name in CLASS_STYLE:
            if name in classes:
                return name
        return None

    def add_entities(self) -> None:
        for node in sorted(set(self.graph.subjects(RDF.type, None)), key=str):
            if not isinstance(node, URIRef):
                continue
            cls = self.node_class(node)
            if cls is None or cls == "Figure":
                continue
            aliases = sorted(str(a) for a in self.graph.objects(node, SKOS.altLabel))
            lines = [f"{self.label(node)} ({cls})"]
            if aliases:
                lines.append("also: " + ", ".join(aliases))
            self.net.add_node(str(node), label=self.label(node), title="\n".join(lines),
                              group=cls, shape=CLASS_STYLE[cls][1])
            self.counts[cls] += 1

    def add_figures(self) -> None:
        for node in sorted(set(self.graph.subjects(RDF.type, KGO.Figure)), key=str):
            value = self.graph.value(node, KGO.value)
            unit = self.graph.value(node, KGO.unit)
            if not isinstance(value, Literal) or unit is None:
                continue
            kinds = {_local(c) for c in self.graph.objects(node, RDF.type)} - {"Figure"}
            kind = min(kinds) if kinds else "Figure"
            label = short_figure(float(value.toPython()), str(unit), kind)
            measures = self.graph.value(node, KGO.measures)
            lines = [label + (f": {measures}" if measures else "")]
            lines += [f"\u201c{s}\u201d" for s in self.evidence_of(node)]
            self.net.add_node(str(node), label=label, title="\n".join(lines), group="Figure",
                              shape=CLASS_STYLE["Figure"][1])
            self.counts["Figure"] += 1
            for target in sorted(self.graph.objects(node, KGO.about), key=str):
                if str(target) in self.net.get_nodes():
                    self.net.add_edge(str(node), str(target), label="about", dashes=True)
            for source in sorted(self.graph.objects(node, KGO.reportedBy), key=str):
                if str(source) in self.net.get_nodes():
                    self.net.add_edge(str(node), str(source), label="reportedBy", dashes=True)

    def add_relations(self) -> None:
        nodes = set(self.net.get_nodes())
        for name in RELATIONS:
            predicate = term(name)
            for subject, obj in sorted(self.graph.subject_objects(predicate), key=str):
                if str(subject) not in nodes or str(obj) not in nodes:
                    continue
                lines = [f"{self.label(subject)} {name} {self.label(obj)}"]
                for statement in sorted(self.graph.subjects(RDF.subject, subject), key=str):
                    if (statement, RDF.predicate, predicate) in self.graph and \
                            (statement, RDF.object, obj) in self.graph:
                        lines += [f"\u201c{s}\u201d" for s in self.evidence_of(statement)]
                self.net.add_edge(str(subject), str(obj), label=name, title="\n".join(lines))
                self.counts["relations"] += 1


def render_page(graph: Graph, title: str = "kg knowledge graph") -> str:
    data = PageData(graph)
    data.add_entities()
    data.add_figures()
    data.add_relations()
    pyvis_lib = resources.files("pyvis") / "templates" / "lib" / "vis-9.1.2"
    environment = jinja2.Environment(
        loader=jinja2.PackageLoader("kg.export", "templates"),
        autoescape=True,
    )
    template = environment.get_template("graph.html")
    options = {
        # Labels stay drawn when the view is zoomed out to fit a large graph.
        "nodes": {"font": {"size": 18, "strokeWidth": 4, "strokeColor": "#ffffff"},
                  "scaling": {"label": {"enabled": False, "drawThreshold": 3,
                                        "maxVisible": 28}}},
        "edges": {"arrows": {"to": {"enabled": True, "scaleFactor": 0.5}},
                  "font": {"size": 10, "align": "middle", "color": "#555555"},
                  "color": {"color": "#999999"}, "smooth": {"type": "continuous"}},
        "physics": {"solver": "forceAtlas2Based", "stabilization": {"iterations": 300},
                    "forceAtlas2Based": {"gravitationalConstant": -80, "springLength": 140,
                                         "centralGravity": 0.02, "avoidOverlap": 0.3}},
        "interaction": {"hover": True, "tooltipDelay": 150},
        # Class styles live in vis-network groups: one colour and shape per class.
        "groups": {name: {"color": {"background": colour, "border": "#444444"}, "shape": shape}
                   for name, (colour, shape) in CLASS_STYLE.items()},
    }
    entities = sum(v for k, v in data.counts.items() if k not in ("Figure", "relations"))
    summary = (f"{entities} entities, {data.counts['Figure']} figures, "
               f"{data.counts['relations']} relations")
    legend = [(name, colour, shape) for name, (colour, shape) in CLASS_STYLE.items()]
    return template.render(
        title=title,
        summary=summary,
        legend=legend,
        nodes=data.net.nodes,
        edges=data.net.edges,
        options=options,
        vis_js=Markup(_script_safe((pyvis_lib / "vis-network.min.js").read_text("utf-8"))),
        vis_css=Markup((pyvis_lib / "vis-network.css").read_text("utf-8")),
    )


def _script_safe(code: str) -> str:
    """A script body cannot contain '</script'; break any such sequence."""
    return code.replace("</script", "<\\/script")


@register("html", "graph.html")
def export_html(graph: Graph, path: Path) -> None:
    write_atomically(path, render_page(graph))
