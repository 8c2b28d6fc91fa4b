#!/usr/bin/env python3
"""Named queries on a graph of a million triples, in an on-disk Oxigraph store.

    python benchmarks/bench_query.py [--triples 1000000] [--runs 3]

Builds the graph of examples/ once, copies it under renamed IRIs until it holds --triples
triples (countries and regions stay shared, as in a real corpus where many articles name the
same places), writes it into a store as `kg build --store` does, then times every named query
through kg's own query path (open the store, run, read every row). Prints the load time and,
per query (whole listing, and narrowed with --var as its header suggests), the rows and the
best of --runs wall-clock times.
"""

from __future__ import annotations

import argparse
import re
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox

from kg.api import extract_articles
from kg.graph.build import build_graph
from kg.io import read_articles
from kg.query import bind_values, format_results, named_queries, run_query

ROOT = Path(__file__).resolve().parent.parent
RESOURCE = "<https://w3id.org/kgnews/id/"
SHARED = re.compile(r"<https://w3id\.org/kgnews/id/(?!country/|region/|city/)")
# how people narrow the listings: the variables each query's header offers
BOUND = {"figures": {"entity": "China"}, "evidence": {"subject": "China"},
         "investors": {"investor": "China"}, "entities": {"class": "Country"}}


def copies(ntriples: str, wanted: int) -> tuple[bytes, int]:
    lines = [line for line in ntriples.splitlines() if line]
    shared = sum(1 for line in lines if not SHARED.search(line))
    chunks, total, n = [], 0, 0
    while total < wanted:
        chunk = SHARED.sub(f"{RESOURCE}copy{n}/", "\n".join(lines)) if n else "\n".join(lines)
        chunks.append(chunk)
        total += len(lines) if n == 0 else len(lines) - shared
        n += 1
    return ("\n".join(chunks) + "\n").encode("utf-8"), total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--triples", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    graph = build_graph(extract_articles(read_articles([str(ROOT / "examples")])))
    data, _ = copies(graph.serialize(format="nt", encoding="utf-8").decode("utf-8"),
                     args.triples)
    with tempfile.TemporaryDirectory() as folder:
        start = time.perf_counter()
        store = ox.Store(folder)
        store.bulk_load(data, format=ox.RdfFormat.N_TRIPLES)
        store.flush()
        size = len(store)
        del store
        print(f"store: {size:,} triples, loaded in {time.perf_counter() - start:.1f} s")
        print(f"{'query':12} {'bound to':20} {'rows':>8} {'best s':>8}")
        for item in named_queries().values():
            for bindings in ({}, BOUND.get(item.name)):
                if bindings is None:
                    continue
                best, rows = float("inf"), 0
                for _ in range(args.runs):
                    start = time.perf_counter()
                    result = run_query(folder, bind_values(item.text, bindings))
                    text = format_results(result, "tsv")
                    best = min(best, time.perf_counter() - start)
                    rows = text.count("\n") - 1
                bound = ", ".join(f"{k}={v}" for k, v in bindings.items()) or "-"
                print(f"{item.name:12} {bound:20} {rows:>8,} {best:>8.3f}")


if __name__ == "__main__":
    main()
