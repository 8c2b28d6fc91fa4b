"""The network page: self-contained, coloured by class with a legend, evidence as text."""

from __future__ import annotations

import json
import re
from pathlib import Path

from rdflib import Graph

from kg.export.html import CLASS_STYLE, export_html, render_page, short_figure
from tests.export.test_rdf import nasty_graph

INJECTION = '<script>alert(1)</script><img src=x onerror=alert(2)>'


def page_script(page: str) -> str:
    """kg's own script: the last one on the page (vis-network comes first)."""
    return page[page.rindex("<script>"):]


def page_data(page: str, name: str) -> list[dict]:
    match = re.search(rf"const {name} = new vis\.DataSet\((.*?)\);\n", page_script(page),
                      re.DOTALL)
    assert match, name
    return json.loads(match.group(1))


def test_page_is_self_contained(tmp_path: Path, examples_graph: Graph) -> None:
    path = tmp_path / "graph.html"
    export_html(examples_graph, path)
    page = path.read_text(encoding="utf-8")
    assert "vis.Network" in page and "function" in page  # vis-network is inline
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page)
    assert "@import" not in page and "cdn." not in page
    assert "Content-Security-Policy" in page


def test_nodes_coloured_by_class_with_legend_and_predicate_edges(examples_graph: Graph) -> None:
    page = render_page(examples_graph)
    nodes = page_data(page, "nodes")
    edges = page_data(page, "edges")
    options = re.search(r"const options = (.*?);\n", page_script(page))
    assert options
    groups = json.loads(options.group(1))["groups"]
    for cls, (colour, shape) in CLASS_STYLE.items():
        assert f'data-class="{cls}"' in page
        assert groups[cls]["color"]["background"] == colour and groups[cls]["shape"] == shape
    assert all(node["shape"] == CLASS_STYLE[node["group"]][1] for node in nodes)
    assert {n["group"] for n in nodes} >= {"Country", "Firm", "Person", "Figure"}
    assert {"suppliesTo", "locatedIn", "about"} <= {e["label"] for e in edges}
    assert all(n["label"] for n in nodes)


def test_untrusted_text_stays_text() -> None:
    graph = nasty_graph()
    from rdflib import Literal
    from rdflib.namespace import SKOS

    from kg.graph.namespace import RES

    graph.add((RES["country/TD"], SKOS.altLabel, Literal(INJECTION)))
    page = render_page(graph, title=INJECTION)
    assert "<script>alert" not in page and "<img src=x" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page  # the title, HTML-escaped
    tooltips = " ".join(n["title"] for n in page_data(page, "nodes"))
    assert INJECTION in tooltips  # intact as data, shown by vis-network as text


def test_short_figures() -> None:
    assert short_figure(120_100_000_000, "USD", "MoneyAmount") == "$120.1 bn"
    assert short_figure(286_420_000_000, "CNY", "MoneyAmount") == "286.42 bn CNY"
    assert short_figure(10.4, "percent", "Percentage") == "10.4 %"
    assert short_figure(200, "engineers", "Count") == "200 engineers"
