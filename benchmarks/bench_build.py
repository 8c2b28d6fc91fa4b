#!/usr/bin/env python3
"""Throughput of the whole pipeline (read, parse, extract, build, write Turtle).

    python benchmarks/bench_build.py [--repeat 20] [INPUT...]

Prints articles per second and milliseconds per article, best of three runs over the inputs
repeated --repeat times. Timing lives here, not in the tests.
"""

from __future__ import annotations

import argparse
import dataclasses
import tempfile
import time
from pathlib import Path

from kg.api import extract_articles
from kg.export.rdf import export_turtle
from kg.graph.build import build_graph
from kg.io import read_articles
from kg.nlp import make_nlp

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("inputs", nargs="*", default=[str(ROOT / "examples")])
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    base = read_articles(args.inputs)
    articles = [dataclasses.replace(a, id=f"{a.id}-{i}") for i in range(args.repeat)
                for a in base]
    words = sum(len(a.text.split()) for a in articles)
    make_nlp()  # loading the model is not part of the throughput
    best = float("inf")
    with tempfile.TemporaryDirectory() as out:
        for _ in range(3):
            start = time.perf_counter()
            graph = build_graph(extract_articles(articles))
            export_turtle(graph, Path(out) / "graph.ttl")
            best = min(best, time.perf_counter() - start)
    print(f"{len(articles)} articles, {words} words, {len(graph)} triples")
    print(f"best of 3: {best:.2f} s = {len(articles) / best:.1f} articles/s, "
          f"{1000 * best / len(articles):.1f} ms/article, {words / best:.0f} words/s")


if __name__ == "__main__":
    main()
