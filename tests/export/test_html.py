"""The network page's data and markup: self-contained, classes with a legend, sizes by
importance, figures at a glance, safe JSON. The browser tests are in test_html_browser.py."""

from __future__ import annotations

import json
import re
from pathlib import Path

from rdflib import Graph, Literal
from rdflib.namespace import SKOS

from kg.export.html import (
    CLASS_STYLE,
    NEUTRAL_STYLE,
    export_html,
    page_model,
    render_page,
    script_json,
    short_figure,
)
from kg.graph.namespace import RES
from tests.export.test_rdf import nasty_graph

INJECTION = '<script>alert(1)</script><img src=x onerror=alert(2)>'


def page_data(page: str) -> dict:
    match = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', page,
                      re.DOTALL)
    assert match
    return json.loads(match.group(1))


def test_page_is_self_contained(tmp_path: Path, examples_graph: Graph) -> None:
    path = tmp_path / "graph.html"
    export_html(examples_graph, path)
    page = path.read_text(encoding="utf-8")
    assert "vis.Network" in page and "function" in page  # vis-network is inline
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page)
    assert "@import" not in page and "cdn." not in page and "@font-face" not in page
    assert "Content-Security-Policy" in page


def test_classes_legend_sizes_and_edges(dev_graph: Graph) -> None:
    # (the dev set, not all of examples/: its 400 most important nodes stay of every class
    # however many blind rounds examples/ gathers)
    model = page_model(dev_graph, max_nodes=400)
    page = render_page(dev_graph, max_nodes=400)
    for cls, colour, shape in model.classes:
        assert f'data-class="{cls}"' in page
        assert (colour, shape) == CLASS_STYLE[cls]
    assert all(node["shape"] == CLASS_STYLE[node["group"]][1] for node in model.nodes)
    assert {n["group"] for n in model.nodes} >= {"Country", "Firm", "Person", "Figure"}
    assert {"suppliesTo", "locatedIn", "about"} <= {e["label"] for e in model.edges}
    china = next(n for n in model.nodes if n["label"] == "China")
    firm = min((n for n in model.nodes if n["group"] == "Firm"), key=lambda n: n["value"])
    assert china["value"] > firm["value"]  # size by PageRank
    assert any(link["text"].startswith("Wikidata Q") for link in china["links"])
    assert ["isoCode", "CN"] in china["properties"]
    assert china["evidence"] and china["articles"]
    sentence = model.evidence[china["evidence"][0]]
    assert model.articles[sentence["article"]]["title"]


def test_max_nodes_keeps_the_important_and_says_how_many_it_left_out(
        examples_graph: Graph) -> None:
    model = page_model(examples_graph, max_nodes=50)
    assert len(model.nodes) == 50 and model.left_out == model.total - 50 > 0
    assert "least connected" in model.summary() and "--max-nodes" in model.summary()
    kept = {n["id"] for n in model.nodes}
    assert all(e["from"] in kept and e["to"] in kept for e in model.edges)
    assert "China" in {n["label"] for n in model.nodes}


def test_money_widens_the_edge_it_is_stated_about(examples_graph: Graph) -> None:
    model = page_model(examples_graph)
    wide = [e for e in model.edges if e.get("width")]
    assert wide and all(1 <= e["width"] <= 8 and e["amount"] >= 1e6 for e in wide)
    assert {e["label"] for e in wide} <= {"investsIn", "fundsProject", "tradesWith",
                                          "suppliesTo"}


def test_any_rdf_graph_draws_with_neutral_unknown_classes() -> None:
    graph = Graph().parse(data="""
        @prefix ex: <https://example.org/> .
        ex:a a ex:Widget ; ex:name "Widget A" ; ex:weight 12 ; ex:partOf ex:b .
        ex:b a ex:Machine .
    """, format="turtle")
    model = page_model(graph)
    widget = next(n for n in model.nodes if n["group"] == "Widget")
    assert widget["color"] == NEUTRAL_STYLE[0] and ["weight", "12"] in widget["properties"]
    assert ("Widget", *NEUTRAL_STYLE) in model.classes
    assert [e["label"] for e in model.edges] == ["partOf"]


def test_untrusted_text_stays_text() -> None:
    graph = nasty_graph()
    graph.add((RES["country/TD"], SKOS.altLabel, Literal(INJECTION + "</script>")))
    page = render_page(graph, title=INJECTION)
    assert "<script>alert" not in page and "<img src=x" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page  # the title, HTML-escaped
    data = page_data(page)
    aliases = [a for n in data["nodes"] for a in n["aliases"]]
    assert INJECTION + "</script>" in aliases  # intact as data, shown as text by the page
    assert json.loads(script_json(["</script><!--", "\u2028"])) == ["</script><!--", "\u2028"]
    assert "<" not in script_json(["</script>"])


def test_short_figures() -> None:
    assert short_figure(120_100_000_000, "USD", "MoneyAmount") == "$120.1 bn"
    assert short_figure(286_420_000_000, "CNY", "MoneyAmount") == "286.42 bn CNY"
    assert short_figure(10.4, "percent", "Percentage", change=True) == "+10.4 %"
    assert short_figure(10.4, "percent", "Percentage") == "10.4 %"
    assert short_figure(200, "engineers", "Count") == "200 engineers"


def test_pagerank_ranks_hubs_first_and_sums_to_one() -> None:
    import networkx as nx

    from kg.export.html import pagerank

    star = nx.star_graph(5)  # node 0 joined to 1..5
    star.add_node("alone")
    rank = pagerank(star)
    assert abs(sum(rank.values()) - 1) < 1e-9
    assert rank[0] > rank[1] > rank["alone"] > 0
    assert pagerank(nx.Graph()) == {}
