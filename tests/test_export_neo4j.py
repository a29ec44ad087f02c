"""Neo4j ``neo4j-admin database import`` CSV: header syntax per the import tool's format, data consistent."""
from __future__ import annotations

import csv
import io
import re

import pytest

from kg.export.neo4j import import_command, rel_type, to_neo4j, write_neo4j

try:
    from test_export_fixtures import ENTITIES, RELATIONS, SLOGAN, sample_graph
except ImportError:  # tests as a package
    from .test_export_fixtures import ENTITIES, RELATIONS, SLOGAN, sample_graph

# The header grammar of the import tool: ``name:TYPE`` with an optional ``[]`` for arrays; id fields
# ``name:ID(space)``, ``:START_ID(space)``, ``:END_ID(space)``; ``:LABEL``, ``:TYPE``, ``:IGNORE``.
_TYPES = "int|long|float|double|boolean|byte|short|char|string|point|date|localtime|time|localdatetime|datetime|duration"
FIELD = re.compile(
    rf"^(?:(?:[^:,\s\"]+)?:ID(?:\([A-Za-z_][A-Za-z0-9_]*\))?"
    rf"|:(?:START_ID|END_ID)(?:\([A-Za-z_][A-Za-z0-9_]*\))?"
    rf"|:LABEL|:TYPE|:IGNORE"
    rf"|[^:,\s\"]+(?::(?:{_TYPES})(?:\[\])?)?)$"
)


@pytest.fixture(scope="module")
def files():
    return to_neo4j(sample_graph())


def _rows(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text)))


@pytest.mark.parametrize("field, ok", [
    ("id:ID(Entity)", True), (":START_ID(Entity)", True), (":END_ID(Document)", True), (":LABEL", True),
    (":TYPE", True), ("aliases:string[]", True), ("starts:int[]", True), ("mentions:int", True), ("name", True),
    ("id:ID(Entity Space)", False), ("name:text", False), (":KIND", False), ("a,b", False), ("x:int[][]", False),
])
def test_field_grammar_itself(field, ok):
    assert bool(FIELD.match(field)) is ok


@pytest.mark.parametrize("name, required", [
    ("entities", {"id:ID(Entity)", ":LABEL"}),
    ("documents", {"id:ID(Document)", ":LABEL"}),
    ("relations", {":START_ID(Entity)", ":END_ID(Entity)", ":TYPE"}),
    ("mentions", {":START_ID(Entity)", ":END_ID(Document)", ":TYPE"}),
])
def test_header_files(files, name, required):
    header_rows = _rows(files[f"{name}_header.csv"])
    assert len(header_rows) == 1  # a header file holds the header line only
    header = header_rows[0]
    assert required <= set(header)
    bad = [f for f in header if not FIELD.match(f)]
    assert not bad, f"{name}_header.csv has fields the import tool would reject: {bad}"
    assert len({f.split(":")[0] for f in header if not f.startswith(":")}) == \
        len([f for f in header if not f.startswith(":")])  # property names unique
    data = _rows(files[f"{name}.csv"])
    assert all(len(row) == len(header) for row in data)
    assert data and data[0] != header  # data files carry no header


def test_nodes_relations_consistent(files):
    ent = _rows(files["entities.csv"])
    docs = {r[0] for r in _rows(files["documents.csv"])}
    ids = {r[0] for r in ent}
    assert ids == {e.id for e in ENTITIES}
    rels = _rows(files["relations.csv"])
    assert len(rels) == len(RELATIONS)
    assert all(r[0] in ids and r[1] in ids and re.fullmatch(r"[A-Z_]+", r[2]) for r in rels)
    assert all(r[0] in ids and r[1] in docs and r[2] == "MENTIONED_IN" for r in _rows(files["mentions.csv"]))
    header = _rows(files["entities_header.csv"])[0]
    labels = {r[0]: r[header.index(":LABEL")] for r in ent}
    assert labels["person/p1"] == "Entity;Person"


def test_arrays_newlines_and_injection(files):
    header = _rows(files["relations_header.csv"])[0]
    rows = _rows(files["relations.csv"])
    col = {h.split(":")[0] or h: i for i, h in enumerate(header)}
    conducts = [r for r in rows if r[col[":TYPE"]] == "CONDUCTS"][0]
    assert conducts[col["documents"]].split(";") == ["d1", "d2"]
    assert conducts[col["starts"]].split(";") == ["40", "60"]
    holds = [r for r in rows if r[col["post"]] == "书记"][0]
    quote = holds[col["quotes"]]
    assert "\n" not in quote and ";" not in quote and "\uff1b" in quote  # one element: ; made full-width
    assert "\n" not in files["relations.csv"].rstrip("\n").replace("\n", "", len(rows) - 1)
    ent_header = _rows(files["entities_header.csv"])[0]
    name = [r for r in _rows(files["entities.csv"]) if r[0] == SLOGAN.id][0][ent_header.index("name")]
    assert name == "'=SUM(A1)"


@pytest.mark.parametrize("predicate, expected", [
    ("partOf", "PART_OF"), ("holdsPost", "HOLDS_POST"), ("partOfCampaign", "PART_OF_CAMPAIGN"),
    ("conducts", "CONDUCTS"), ("investsIn", "INVESTS_IN"),
])
def test_rel_type(predicate, expected):
    assert rel_type(predicate) == expected


def test_import_command_and_files(tmp_path):
    folder = write_neo4j(sample_graph(), tmp_path / "neo4j")
    cmd = import_command()
    assert cmd.startswith("neo4j-admin database import full ")
    for name in ("entities", "documents"):
        assert f"--nodes={name}_header.csv,{name}.csv" in cmd
    for name in ("relations", "mentions"):
        assert f"--relationships={name}_header.csv,{name}.csv" in cmd
    for token in re.findall(r"([\w]+\.csv)", cmd):
        assert (folder / token).is_file()
    assert cmd in (folder / "import.sh").read_text(encoding="utf-8")
