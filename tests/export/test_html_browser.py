"""The network page in a real browser: Debian's Chromium, headless, driven by Playwright, with
every request but the page's own file refused."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from rdflib import Graph

from kg.export.html import page_model, render_page
from kg.extract.records import (
    Article,
    Entity,
    EntityClass,
    Evidence,
    Extraction,
    Predicate,
    Relation,
)
from kg.graph.build import build_graph

CHROMIUM_FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run"]
# what an article could hold that must never run: each would set window.__pwned
INJECTIONS = ['<script>window.__pwned = 1</script>', '<img src=x onerror="window.__pwned=2">',
              '</script><script>window.__pwned = 3</script>', 'quote " \' back \\ slash',
              '<svg onload="window.__pwned=4">']


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    executable = shutil.which("chromium")
    if executable is None:
        pytest.fail("chromium is not installed (apt-get install chromium)")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_FLAGS)
        yield browser
        browser.close()


@dataclass
class OpenPage:
    page: Any
    errors: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)

    def js(self, expression: str) -> Any:
        return self.page.evaluate(expression)

    def click_node(self, node_id: str) -> None:
        where = None
        for _ in range(40):  # (a view still zooming to fit moves the node under the pointer)
            now = self.page.evaluate("""(id) => {
                const p = kgPage.network.canvasToDOM(kgPage.network.getPositions([id])[id]);
                const box = document.getElementById("network").getBoundingClientRect();
                return [box.left + p.x, box.top + p.y]; }""", node_id)
            if now == where:
                break
            where = now
            self.page.wait_for_timeout(50)
        assert where is not None
        self.page.mouse.click(*where)

    def panel_text(self) -> str:
        text: str = self.page.inner_text("#panel-body")
        return text


def open_page(browser: Any, path: Path) -> OpenPage:
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    opened = OpenPage(page)
    page.on("console", lambda m: opened.errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: opened.errors.append(str(e)))
    page.on("dialog", lambda d: (opened.dialogs.append(d.message), d.dismiss()))

    def route(request_route: Any) -> None:
        url = request_route.request.url
        if url.startswith("file://") and url.split("#")[0].endswith(path.name):
            request_route.continue_()
        else:
            opened.requests.append(url)
            request_route.abort()

    page.route("**/*", route)
    page.goto(path.as_uri())
    for _ in range(1200):  # polled from here: the page's CSP forbids Playwright's eval
        if page.evaluate("() => Boolean(window.kgPage && window.kgPage.settled)"):
            break
        page.wait_for_timeout(50)
    else:
        pytest.fail("the layout did not settle within a minute")
    return opened


def write_page(tmp_path: Path, graph: Graph, name: str = "graph.html", **kwargs: Any) -> Path:
    path = tmp_path / name
    path.write_text(render_page(graph, **kwargs), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def examples_page(browser: Any, examples_graph: Graph,
                  tmp_path_factory: pytest.TempPathFactory) -> Iterator[OpenPage]:
    path = write_page(tmp_path_factory.mktemp("page"), examples_graph, max_nodes=120)
    opened = open_page(browser, path)
    yield opened
    opened.page.close()


def test_page_loads_offline_with_every_node_and_edge(browser: Any, examples_graph: Graph,
                                                      tmp_path: Path) -> None:
    path = write_page(tmp_path, examples_graph)
    opened = open_page(browser, path)
    model = page_model(examples_graph)
    assert opened.errors == [] and opened.requests == []
    assert opened.js("() => kgPage.nodeView.length") == len(model.nodes)
    assert opened.js("() => kgPage.edgeView.length") == len(model.edges)
    assert opened.js("() => Object.keys(kgPage.network.getPositions()).length") == \
        len(model.nodes)
    opened.page.screenshot(path=str(tmp_path / "page.png"))
    assert (tmp_path / "page.png").stat().st_size > 20_000
    opened.page.close()


def test_a_click_on_a_node_opens_its_panel_with_evidence(examples_page: OpenPage) -> None:
    china = "https://w3id.org/kgnews/id/country/CN"
    # vis-network's own click event, as a click on the node raises it: on the dense examples
    # graph a mouse click on a hub may go to one of the many edges drawn across it (the
    # mouse path is tested on the small graphs below)
    examples_page.js(f"""() => {{ kgPage.network.body.emitter.emit('click',
        {{nodes: ['{china}'], edges: [], pointer: {{DOM: {{x: 0, y: 0}}}}}}); }}""")
    assert examples_page.js("() => document.getElementById('panel').hidden") is False
    text = examples_page.panel_text()
    assert text.startswith("China") and "Evidence" in text and "Wikidata Q148" in text
    sentence = examples_page.js("""() => { const n = kgPage.nodes.get(
        "https://w3id.org/kgnews/id/country/CN");
        return document.getElementById("kg-data") && JSON.parse(
        document.getElementById("kg-data").textContent).evidence[n.evidence[0]].sentence; }""")
    assert sentence in text
    links = examples_page.js("""() => Array.from(document.querySelectorAll('#panel a'))
        .map(a => a.href)""")
    assert links and all(link.startswith(("http://", "https://")) for link in links)


def test_the_class_filter_hides_nodes_and_shows_them_again(examples_page: OpenPage) -> None:
    total = examples_page.js("() => kgPage.nodeView.length")
    countries = examples_page.js("() => kgPage.nodes.get({filter: n => n.group === "
                                 "'Country'}).length")
    button = examples_page.page.locator('#legend button[data-class="Country"]')
    button.click()
    assert examples_page.js("() => kgPage.nodeView.length") == total - countries > 0
    assert button.get_attribute("aria-pressed") == "false"
    button.click()
    assert examples_page.js("() => kgPage.nodeView.length") == total


def test_the_article_filter_keeps_one_articles_nodes(examples_page: OpenPage) -> None:
    total = examples_page.js("() => kgPage.nodeView.length")
    examples_page.page.select_option("#article", "0")
    shown = examples_page.js("() => kgPage.nodeView.get().map(n => n.articles)")
    assert 0 < len(shown) < total and all(0 in articles for articles in shown)
    examples_page.page.select_option("#article", "")
    assert examples_page.js("() => kgPage.nodeView.length") == total


def test_search_focuses_and_opens_the_found_node(examples_page: OpenPage) -> None:
    examples_page.page.fill("#search", "kazakhstan")
    examples_page.page.press("#search", "Enter")
    assert examples_page.js("() => kgPage.network.getSelectedNodes()") == [
        "https://w3id.org/kgnews/id/country/KZ"]
    assert examples_page.panel_text().startswith("Kazakhstan")


def test_the_physics_button_freezes_and_resumes(examples_page: OpenPage) -> None:
    button = examples_page.page.locator("#physics")
    assert button.inner_text() == "Resume layout"  # frozen once settled
    button.click()
    assert button.inner_text() == "Freeze layout"
    assert examples_page.js("() => kgPage.network.physics.physicsEnabled") is True
    button.click()
    assert examples_page.js("() => kgPage.network.physics.physicsEnabled") is False


def test_max_nodes_is_said_on_the_page(browser: Any, examples_graph: Graph,
                                       tmp_path: Path) -> None:
    opened = open_page(browser, write_page(tmp_path, examples_graph, max_nodes=25))
    assert opened.js("() => kgPage.nodeView.length") == 25
    assert "least connected" in opened.page.inner_text("#summary")
    opened.page.close()


def test_injected_markup_and_urls_run_nothing(browser: Any, tmp_path: Path) -> None:
    text = " ".join(INJECTIONS)
    evidence = Evidence("x", text, 0, len(text))
    name = INJECTIONS[0]
    graph = build_graph([Extraction(
        article=Article(id="x", text=text, title=INJECTIONS[1],
                        url="javascript:window.__pwned=5"),
        entities=(Entity("firm:evil", EntityClass.FIRM, name, tuple(INJECTIONS[1:]),
                         evidence=(evidence,)),
                  Entity("country:TD", EntityClass.COUNTRY, INJECTIONS[2], evidence=(evidence,))),
        relations=(Relation("firm:evil", Predicate.SUPPLIES_TO, "country:TD", evidence,
                            role=INJECTIONS[4]),),
    )])
    opened = open_page(browser, write_page(tmp_path, graph, title=INJECTIONS[3]))
    for node_id in ("https://w3id.org/kgnews/id/firm/evil",
                    "https://w3id.org/kgnews/id/country/TD"):
        opened.click_node(node_id)
        assert name in opened.panel_text() or INJECTIONS[2] in opened.panel_text()
    opened.page.fill("#search", INJECTIONS[0])
    opened.page.press("#search", "Enter")
    opened.page.hover("#network")
    assert text in opened.panel_text()  # the sentence, as text
    assert opened.js("() => window.__pwned") is None
    assert opened.dialogs == [] and opened.errors == [] and opened.requests == []
    assert opened.js("() => document.querySelectorAll('#panel a').length") == 0
    assert opened.page.title() == INJECTIONS[3]
    opened.page.screenshot(path=str(tmp_path / "injections.png"))
    opened.page.close()


def test_kg_show_draws_any_rdf_graph(browser: Any, tmp_path: Path) -> None:
    from tests.test_cli import kg

    source = tmp_path / "machines.ttl"
    source.write_text("""
        @prefix ex: <https://example.org/> .
        ex:a a ex:Widget ; ex:name "Widget A" ; ex:weight 12 ; ex:partOf ex:b .
        ex:b a ex:Machine ; ex:name "Machine B" .
    """, encoding="utf-8")
    result = kg("show", str(source), "-o", str(tmp_path / "page.html"))
    assert result.returncode == 0, result.stderr
    opened = open_page(browser, tmp_path / "page.html")
    assert opened.js("() => kgPage.nodeView.length") == 2 and opened.errors == []
    opened.click_node("https://example.org/a")
    assert "Widget" in opened.panel_text() and "weight: 12" in opened.panel_text()
    opened.page.close()


def test_an_edge_opens_its_panel_with_its_sentence(examples_page: OpenPage) -> None:
    edge = examples_page.js("""() => kgPage.edgeView.get({filter: e => e.label === 'investsIn'
        && e.evidence.length}).map(e => ({id: e.id, evidence: e.evidence}))[0]""")
    # vis-network's own click event, as a click on that edge raises it
    examples_page.js(f"""() => {{ kgPage.network.body.emitter.emit('click',
        {{nodes: [], edges: ['{edge["id"]}'], pointer: {{DOM: {{x: 0, y: 0}}}}}}); }}""")
    text = examples_page.panel_text()
    assert "investsIn" in text and "Evidence" in text
    assert examples_page.js(f"() => JSON.parse(document.getElementById('kg-data').textContent)"
                            f".evidence[{edge['evidence'][0]}].sentence") in text
