"""SPARQL from Python and the command line: named queries, result formats, errors."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from rdflib import Graph

from kg.api import query
from kg.errors import InputError, QueryError
from kg.query import bind_values, named_queries, run_query, solution_rows
from tests.conftest import EXAMPLES
from tests.test_cli import kg

COUNTRIES = ("PREFIX kgo: <https://w3id.org/kgnews/ontology#> "
             "SELECT ?c WHERE { ?c a kgo:Country } ORDER BY ?c")


def test_named_queries_have_a_title_a_description_and_run(examples_ttl: Path) -> None:
    queries = named_queries()
    assert {"investors", "figures", "agreements", "suppliers", "people", "evidence",
            "entities"} <= set(queries)
    for item in queries.values():
        assert item.title and item.description, item.name
        rows = solution_rows(run_query(str(examples_ttl), item.text))
        assert rows, f"{item.name} returns no rows on the examples"


def test_named_queries_answer_the_wind_article_questions(examples_ttl: Path) -> None:
    suppliers = query(str(examples_ttl), name="suppliers", fmt="csv")
    assert "Goldwind Science & Technology Co,Uzbekistan" in suppliers
    people = query(str(examples_ttl), name="people", fmt="tsv")
    assert any(line.startswith('"Jurabek Mirzamakhmudov"') and "Uzbekistan" in line
               for line in people.splitlines())
    figures = json.loads(query(str(examples_ttl), name="figures", fmt="json",
                               bindings={"entity": "Uzbekistan"}))
    rows = figures["results"]["bindings"]
    assert rows and {row["entity"]["value"] for row in rows} == {"Uzbekistan"}


def test_every_output_format(examples_ttl: Path) -> None:
    table = query(str(examples_ttl), COUNTRIES)
    lines = table.splitlines()
    assert lines[0].strip() == "c" and set(lines[1]) == {"-"}
    assert "kgr:country/CN" in table and lines[-1].endswith("rows)")
    rows = list(csv.reader(io.StringIO(query(str(examples_ttl), COUNTRIES, fmt="csv"))))
    assert rows[0] == ["c"] and "https://w3id.org/kgnews/id/country/CN" in {r[0] for r in rows}
    tsv = query(str(examples_ttl), COUNTRIES, fmt="tsv")
    assert tsv.splitlines()[0] == "?c" and "<https://w3id.org/kgnews/id/country/CN>" in tsv
    results = json.loads(query(str(examples_ttl), COUNTRIES, fmt="json"))
    assert results["head"]["vars"] == ["c"]
    assert results["results"]["bindings"][0]["c"]["type"] == "uri"
    markdown = query(str(examples_ttl), COUNTRIES, fmt="md").splitlines()
    assert markdown[:2] == ["| c |", "|---|"] and markdown[2].startswith("| kgr:country/")
    with pytest.raises(InputError, match="unknown output format"):
        query(str(examples_ttl), COUNTRIES, fmt="xml")


def test_ask_and_construct(examples_ttl: Path) -> None:
    ask = "PREFIX kgo: <https://w3id.org/kgnews/ontology#> ASK { ?c a kgo:Country }"
    assert query(str(examples_ttl), ask) == "true\n"
    assert json.loads(query(str(examples_ttl), ask, fmt="json")) == {"head": {},
                                                                       "boolean": True}
    construct = ("PREFIX kgo: <https://w3id.org/kgnews/ontology#> "
                 "CONSTRUCT { ?a kgo:suppliesTo ?b } WHERE { ?a kgo:suppliesTo ?b }")
    turtle = query(str(examples_ttl), construct)
    parsed = Graph().parse(data=turtle, format="turtle")
    assert len(parsed) > 10 and "@prefix kgo:" in turtle


def test_a_bad_query_names_line_and_column(examples_ttl: Path) -> None:
    with pytest.raises(QueryError, match=r"error at 2:\d+"):
        run_query(str(examples_ttl), "SELECT ?x\nWHERE { ?x ?y }")
    result = kg("query", str(examples_ttl), "SELECT ?x\nWHERE { ?x ?y }")
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert result.stderr.startswith("kg: error: the query does not parse: error at 2:")


def test_query_sources_and_choices_are_checked(tmp_path: Path, examples_ttl: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        query(str(tmp_path / "missing.ttl"), COUNTRIES)
    (tmp_path / "notes.txt").write_text("x", encoding="utf-8")
    with pytest.raises(InputError, match="not an RDF file"):
        query(str(tmp_path / "notes.txt"), COUNTRIES)
    with pytest.raises(InputError, match="no named query 'investor'"):
        query(str(examples_ttl), name="investor")
    with pytest.raises(InputError, match="exactly one query"):
        query(str(examples_ttl))


def test_variables_are_bound_with_a_values_block() -> None:
    text = bind_values("SELECT ?e WHERE { ?x ?p ?e }", {"e": 'say "hi"'})
    assert text == 'SELECT ?e WHERE {\n  VALUES (?e) { ("say \\"hi\\"") } ?x ?p ?e }'
    ask = bind_values("ASK { ?x ?p ?e }", {"e": "x"})
    assert ask == 'ASK { ?x ?p ?e }\nVALUES (?e) { ("x") }\n'



def test_cli_lists_and_runs_named_queries(tmp_path: Path, examples_ttl: Path) -> None:
    listing = kg("query", "--list")
    assert listing.returncode == 0 and "investors" in listing.stdout
    result = kg("query", str(examples_ttl), "--name", "agreements", "--format", "md")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("| agreement | status | parties |")
    query_file = tmp_path / "q.rq"
    query_file.write_text(COUNTRIES, encoding="utf-8")
    from_file = kg("query", str(examples_ttl), "--file", str(query_file), "--format", "csv")
    assert from_file.returncode == 0 and from_file.stdout.splitlines()[0] == "c"
    bad_var = kg("query", str(examples_ttl), "--name", "figures", "--var", "entity")
    assert bad_var.returncode == 2 and "NAME=VALUE" in bad_var.stderr


def test_trig_input_answers_once_per_triple_and_keeps_its_named_graphs(tmp_path: Path,
                                                                        dev_graph: Graph) -> None:
    from kg.export.rdf import export_trig

    export_trig(dev_graph, tmp_path / "graph.trig")
    from_trig = solution_rows(run_query(str(tmp_path / "graph.trig"),
                                        named_queries()["suppliers"].text))
    assert len(from_trig) == len(set(from_trig))  # an entity named in two articles: one row
    graphs = ("SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
    [(count,)] = solution_rows(run_query(str(tmp_path / "graph.trig"), graphs))
    assert count is not None and int(count) == len(list((EXAMPLES / "articles").glob("*.md")))
