#!/usr/bin/env python3
"""Load-and-settle time of the network page in headless Chromium.

    python benchmarks/bench_page.py [--nodes 200 2000] [--runs 3]

Builds the graph of examples/, writes the page keeping N nodes (--max-nodes), opens it in
Debian's Chromium through Playwright and reads, from the page, the time from navigation start
until the layout has settled and is frozen (kgPage.settledAt, performance.now() in ms).
Prints the best of --runs per size, and the page's size in bytes.
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

from kg.api import extract_articles
from kg.export.html import page_model, render_page
from kg.graph.build import build_graph
from kg.io import read_articles

ROOT = Path(__file__).resolve().parent.parent
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--nodes", type=int, nargs="+", default=[200, 2000])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    graph = build_graph(extract_articles(read_articles([str(ROOT / "examples")])))
    print(f"{'nodes':>6} {'edges':>6} {'page KB':>8} {'load+settle ms':>15}")
    with tempfile.TemporaryDirectory() as folder, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=shutil.which("chromium"),
                                             args=FLAGS)
        for size in args.nodes:
            model = page_model(graph, max_nodes=size)
            path = Path(folder) / f"page-{size}.html"
            path.write_text(render_page(graph, max_nodes=size), encoding="utf-8")
            best = float("inf")
            for _ in range(args.runs):
                page = browser.new_page(viewport={"width": 1400, "height": 900})
                page.goto(path.as_uri())
                while not page.evaluate("() => Boolean(window.kgPage && kgPage.settled)"):
                    page.wait_for_timeout(20)
                best = min(best, page.evaluate("() => kgPage.settledAt"))
                page.close()
            print(f"{len(model.nodes):>6} {len(model.edges):>6} "
                  f"{path.stat().st_size // 1024:>8} {best:>15.0f}")
        browser.close()


if __name__ == "__main__":
    main()
