"""Plain CSV tables: pandas reads them; provenance columns; spreadsheet formula injection neutralised."""
from __future__ import annotations

import pandas as pd
import pytest

from kg.export.tables import neutralise, write_tables

try:
    from test_export_fixtures import ENTITIES, QUOTE_AWKWARD, RELATIONS, SLOGAN, SLOGAN2, sample_graph
except ImportError:  # tests as a package
    from .test_export_fixtures import ENTITIES, QUOTE_AWKWARD, RELATIONS, SLOGAN, SLOGAN2, sample_graph


@pytest.fixture(scope="module")
def tables(tmp_path_factory):
    folder = write_tables(sample_graph(), tmp_path_factory.mktemp("csv") / "csv")
    return {name: pd.read_csv(folder / f"{name}.csv", dtype=str, keep_default_na=False)
            for name in ("nodes", "edges", "evidence", "mentions")}


def test_nodes(tables):
    nodes = tables["nodes"].set_index("id")
    assert set(nodes.index) == {e.id for e in ENTITIES}
    row = nodes.loc["campaign/c1"]
    assert (row["type"], row["name"], row["aliases"], row["documents"], row["mentions"]) == \
        ("Campaign", "三晴行动", "三晴", "d1;d2", "2")
    assert row["offsets"] == "d1:60-64;d2:70-74"
    assert nodes.loc["region/990100", "code"] == "990100"
    assert nodes.loc["person/p1", "label"] == "clash"  # attribute columns keep their key unless it clashes


def test_edges_with_provenance(tables):
    edges = tables["edges"]
    assert len(edges) == len(RELATIONS)
    assert list(edges.columns[:11]) == ["source", "source_name", "predicate", "target", "target_name", "weight",
                                        "documents", "offsets", "quote", "evidence", "extractor"]
    conducts = edges[edges.predicate == "conducts"].iloc[0]
    assert (conducts["documents"], conducts["offsets"], conducts["evidence"]) == ("d1;d2", "d1:40-66;d2:60-80", "2")
    assert conducts["quote"] == "青禾工委开展三晴行动"
    holds = edges[edges.post == "书记"].iloc[0]
    assert holds["quote"] == QUOTE_AWKWARD  # quotes, ; and a newline survive CSV quoting


def test_evidence_and_mentions_long_tables(tables):
    ev = tables["evidence"]
    assert len(ev) == sum(len(r.evidence) for r in RELATIONS)
    assert set(ev["edge"].astype(int)) == set(range(len(RELATIONS)))
    assert len(tables["mentions"]) == sum(len(e.mentions) for e in ENTITIES)
    m = tables["mentions"]
    assert m[m.entity == "person/p1"][["document", "start", "end"]].values.tolist() == [["d1", "20", "23"],
                                                                                     ["d2", "30", "33"]]


def test_formula_cells_neutralised(tables):
    nodes = tables["nodes"].set_index("id")
    assert nodes.loc[SLOGAN.id, "name"] == "'=SUM(A1)"
    assert nodes.loc[SLOGAN2.id, "name"] == "'-一线工作法"
    ev = tables["evidence"]
    assert "'=SUM(A1)" in set(ev["quote"])


@pytest.mark.parametrize("cell, expected", [
    ("=1+1", "'=1+1"), ("+86", "'+86"), ("-x", "'-x"), ("@SUM(A1)", "'@SUM(A1)"), ("\tx", "'\tx"),
    ("\rx", "'\rx"), ("a=b", "a=b"), ("", ""), ("青禾", "青禾"), (-5, -5), (3.5, 3.5), (None, None),
])
def test_neutralise(cell, expected):
    assert neutralise(cell) == expected
