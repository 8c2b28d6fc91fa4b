"""The README's promises: its sample query answers on the examples graph."""

from __future__ import annotations

import re

from rdflib import Graph

from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_sample_query_finds_the_sentence(examples_graph: Graph) -> None:
    [query] = re.findall(r"```sparql\n(.*?)```", README, re.DOTALL)
    rows = list(examples_graph.query(query))
    assert rows
    sentence = str(rows[0][0])
    assert "Goldwind" in sentence and "Uzbekistan" in sentence


def test_quick_start_is_two_commands_and_ci_runs_the_test_command() -> None:
    quick = README.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    commands = re.findall(r"```sh\n(.*?)\n```", quick, re.DOTALL)
    assert len(commands) == 2
    assert "kg build examples/" in commands[0]
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert commands[1] in ci
