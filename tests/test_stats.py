"""kg stats: counts, degree ranking, documents per campaign and per province; the CLI commands."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.cli_interchange import parse_formats
from kg.stats import compute, format_stats, province_of
from kg.store import load, save

try:
    from test_export_fixtures import sample_graph
except ImportError:  # tests as a package
    from .test_export_fixtures import sample_graph


def test_counts():
    s = compute(sample_graph())
    assert (s.documents, s.entities, s.relations) == (4, 13, 10)
    assert dict(s.by_type) == {"Region": 4, "Person": 1, "Organization": 1, "Campaign": 2, "Project": 1,
                               "Slogan": 2, "PolicyDocument": 1, "Event": 1}
    assert dict(s.by_predicate)["holdsPost"] == 2
    assert s.by_predicate[:3] == (("holdsPost", 2), ("locatedIn", 2), ("partOf", 2))  # ties by name


def test_top_degree():
    s = compute(sample_graph(), top=2)
    assert [(i, d) for i, _, _, d in s.top_degree] == [("organization/o1", 4), ("person/p1", 3)]


def test_documents_per_campaign():
    s = compute(sample_graph())
    assert [(i, n) for i, _, n in s.campaign_documents] == [("campaign/c1", 2), ("campaign/c2", 1)]


@pytest.mark.parametrize("region, province", [
    ("region/990000", "岚川省"),  # is a province
    ("region/990100", "岚川省"),  # level prefecture: code 99 -> 990000 named in the graph
    ("region/990102", "岚川省"),  # no partOf edge: code fallback
    ("region/abc", "岚川省"),  # no code: walk partOf to the city
])
def test_province_of(region, province):
    assert province_of(sample_graph())[region] == province


def test_province_code_without_entity_is_reported_by_code():
    kg = sample_graph()
    kg = kg.with_(entities=tuple(e for e in kg.entities if e.id != "region/990000"), relations=())
    assert province_of(kg)["region/990102"] == "990000"


def test_documents_per_province():
    # 岚川省's regions are mentioned in d1 (city), d2 (province, city), d3 (zone), d4 (county)
    assert dict(compute(sample_graph()).province_documents) == {"岚川省": 4}


def test_format_stats_text():
    text = format_stats(compute(sample_graph()), limit=1)
    for heading in ("entities by type", "relations by predicate", "top entities by degree",
                    "documents per campaign", "documents per province"):
        assert heading in text
    assert "… 1 more" in text


def test_cli_stats_and_export(tmp_path):
    save(sample_graph(), tmp_path / "build")
    runner = CliRunner()
    res = runner.invoke(main, ["stats", str(tmp_path / "build")])
    assert res.exit_code == 0, res.output
    assert "岚川省" in res.output and "holdsPost" in res.output
    res = runner.invoke(main, ["stats", str(tmp_path / "build" / "graph.json"), "--json"])
    assert json.loads(res.output)["by_type"]["Region"] == 4
    res = runner.invoke(main, ["export", str(tmp_path / "build"), "--format", "graphml,gexf", "-f", "csv",
                               "-o", str(tmp_path / "out")])
    assert res.exit_code == 0, res.output
    for name in ("graph.graphml", "graph.gexf", "csv/nodes.csv", "graph.json"):
        assert (tmp_path / "out" / name).exists()
    res = runner.invoke(main, ["export", str(tmp_path / "build"), "-f", "neo4j"])  # default: into BUILD
    assert res.exit_code == 0 and (tmp_path / "build" / "neo4j" / "entities_header.csv").exists()


@pytest.mark.parametrize("args, code, text", [
    (["stats", "{tmp}/nowhere"], 2, "does not exist"),
    (["export", "{tmp}", "-f", "csv"], 2, "has no graph.json"),
    (["export", "{tmp}/build", "-f", "bogus"], 2, "unknown format(s) bogus"),
])
def test_cli_errors(tmp_path, args, code, text):
    save(sample_graph(), tmp_path / "build")
    res = CliRunner().invoke(main, [a.format(tmp=tmp_path) for a in args])
    assert res.exit_code == code
    assert text in res.output


@pytest.mark.parametrize("values, expected", [
    ((), ()),
    (("graphml",), ("graphml",)),
    (("graphml,gexf", "csv"), ("graphml", "gexf", "csv")),
    (("GEXF, json", "gexf"), ("gexf", "json")),
    ((",,",), ()),
])
def test_parse_formats(values, expected):
    assert parse_formats(values) == expected


def test_cli_build_writes_requested_formats_and_native_file(tmp_path):
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "a.txt").write_text("2024年3月5日，昆明市召开推进会。\n", encoding="utf-8")
    out = tmp_path / "out"
    res = CliRunner().invoke(main, ["build", str(tmp_path / "notes"), "-o", str(out), "-q",
                                    "--format", "graphml,csv", "-f", "gexf"])
    assert res.exit_code == 0, res.output
    assert sorted(p.name for p in out.iterdir() if not p.name.startswith(".")) == \
        ["csv", "graph.gexf", "graph.graphml", "graph.json"]
    assert len(load(out).entities(name="昆明市")) == 1
