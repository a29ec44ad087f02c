"""The ``kg`` command invoked in-process with click's CliRunner."""
from __future__ import annotations

import json
import shutil

import pytest
import rdflib
from click.testing import CliRunner

from conftest import SEEDS
from kg.cli import main

SUBCOMMANDS = sorted(main.commands)


@pytest.fixture(scope="module")
def runner():
    return CliRunner()


def test_help(runner):
    result = runner.invoke(main, ["--help"])
    assert result.exit_code == 0, result.output
    assert "Exit codes:" in result.output
    for name in ("build", "extract"):
        assert name in result.output
    for code in range(7):
        assert f"\n    {code}  " in result.output  # the table is kept, not re-wrapped


@pytest.mark.parametrize("name", SUBCOMMANDS)
def test_each_subcommand_has_complete_help(runner, name):
    result = runner.invoke(main, [name, "--help"])
    assert result.exit_code == 0, result.output
    assert result.output.startswith(f"Usage: main {name}") or f"Usage: kg {name}" in result.output or "Usage:" in result.output
    cmd = main.commands[name]
    assert cmd.help and len(cmd.help.strip()) > 20, f"{name} needs a description"
    for param in cmd.params:
        if param.param_type_name == "option" and not getattr(param, "hidden", False):
            assert param.help, f"option {param.opts} of {name} has no help text"


@pytest.fixture(scope="module")
def built(tmp_path_factory, runner):
    src = tmp_path_factory.mktemp("src") / "seeds"
    shutil.copytree(SEEDS, src)
    out = tmp_path_factory.mktemp("out")
    result = runner.invoke(main, ["build", str(src), "-o", str(out)])
    return result, out


def test_build_writes_turtle_and_html(built):
    result, out = built
    assert result.exit_code == 0, result.output
    g = rdflib.Graph().parse(out / "graph.ttl", format="turtle")
    assert len(g) > 50
    html = (out / "graph.html").read_text(encoding="utf-8")
    assert html.lstrip().lower().startswith("<!doctype html")


def test_build_prints_summary_table(built):
    result, out = built
    text = result.output
    for row in ("documents read", "documents skipped", "entities", "Region", "relations", "seconds"):
        assert row in text
    assert "documents read             5" in text
    assert f"wrote {out / 'graph.ttl'}" in text


def test_build_skipped_file_listed_exit_0_and_strict_4(runner, tmp_path):
    (tmp_path / "ok.txt").write_text("浙江省杭州市召开会议，部署基层治理工作。", encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    out = tmp_path / "out"
    result = runner.invoke(main, ["build", str(tmp_path / "ok.txt"), str(tmp_path / "empty.txt"), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "documents skipped          1" in result.output
    assert f"{tmp_path / 'empty.txt'}: empty file" in result.output
    result = runner.invoke(main, ["build", str(tmp_path), "-o", str(out), "--strict", "-q"])
    assert result.exit_code == 4
    result = runner.invoke(main, ["build", str(tmp_path / "ok.txt"), "-o", str(out), "--strict", "-q"])
    assert result.exit_code == 0, result.output


def test_build_nothing_found_is_not_a_crash(runner, tmp_path):
    result = runner.invoke(main, ["build", str(tmp_path / "missing"), "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert "no such file or folder" in result.output


def test_build_from_stdin(runner, tmp_path):
    result = runner.invoke(main, ["build", "-", "-o", str(tmp_path), "-q"],
                           input="浙江省杭州市召开会议，部署基层治理工作。".encode())
    assert result.exit_code == 0, result.output
    assert (tmp_path / "graph.ttl").exists()


def test_build_unwritable_output_exits_5(runner, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    src = tmp_path / "in.txt"
    src.write_text("浙江省杭州市召开会议。", encoding="utf-8")
    result = runner.invoke(main, ["build", str(src), "-o", str(blocker / "sub"), "-q"])
    assert result.exit_code == 5, result.output
    assert "kg: error: cannot write" in result.output


def test_usage_error_exits_2(runner):
    assert runner.invoke(main, ["build"]).exit_code == 2
    assert runner.invoke(main, ["no-such-command"]).exit_code == 2


def test_extract_lines(runner, tmp_path):
    lines = ["浙江省杭州市西湖区召开会议。", "", "四川省成都市开展活动。", "没有地名的一行。"]
    path = tmp_path / "lines.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = runner.invoke(main, ["extract", "--lines", str(path)])
    assert result.exit_code == 0, result.output
    rows = [json.loads(r) for r in result.output.splitlines()]
    assert len(rows) == len(lines)
    for i, (row, line) in enumerate(zip(rows, lines)):
        assert row["doc"] == f"{path}:{i + 1}"
        for m in row["mentions"]:
            assert 0 <= m["start"] < m["end"] <= len(line)
            assert line[m["start"]:m["end"]] == m["text"]
    assert {m["text"] for m in rows[0]["mentions"]} >= {"浙江省", "杭州市"}


def test_extract_lines_gb18030_and_stdin(runner, tmp_path):
    path = tmp_path / "gb.txt"
    text = "浙江省杭州市召开会议，部署基层治理和乡村振兴工作，要求各地压实责任。\n四川省成都市开展活动。\n"
    path.write_bytes(text.encode("gb18030"))
    result = runner.invoke(main, ["extract", "--lines", str(path)])
    assert result.exit_code == 0, result.output
    assert len(result.output.splitlines()) == 2
    result = runner.invoke(main, ["extract", "--lines", "-"], input=text.encode())
    assert result.exit_code == 0, result.output
    assert json.loads(result.output.splitlines()[0])["doc"] == "-:1"


def test_extract_documents_and_skips(runner, tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("浙江省杭州市召开会议。", encoding="utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"%PDF-1.4 binary")
    result = runner.invoke(main, ["extract", str(good), str(bad)])
    assert result.exit_code == 0
    rows = [json.loads(r) for r in result.stdout.splitlines()]
    assert [r["doc"] for r in rows] == [str(good)]
    assert "skipped" in result.stderr and "bad.txt" in result.stderr


def test_extract_missing_file_lines_exits_2(runner, tmp_path):
    result = runner.invoke(main, ["extract", "--lines", str(tmp_path / "nope.txt")])
    assert result.exit_code == 2
    assert "nope.txt" in result.output
