"""The pipeline: order checks, errors naming stage and document, result validation."""
from __future__ import annotations

import pytest

from kg.errors import PipelineError, StageError
from kg.io import make_document
from kg.pipeline import Pipeline, Stage, check_order, stage
from kg.types import EntityType, Evidence, Mention, Predicate, RelationMention, Token

DOC = make_document("青山市召开会议。\n王 明出席。", path="meeting.txt")
OTHER = make_document("绿水县召开会议。", path="other.txt")


def _noop(name, requires=(), provides=()):
    return Stage(name, lambda ann, ctx: [], frozenset(requires), frozenset(provides))


def _mention(doc, start, end, surface=None, **kw):
    return Mention(doc.id, start, end, doc.raw[start:end] if surface is None else surface,
                   EntityType.REGION, doc.raw[start:end], "test", **kw)


@pytest.mark.parametrize(
    "stages, message",
    [
        ([_noop("a", requires={"tokens"})], r"stage 'a' requires \['tokens'\]: nothing provides 'tokens'"),
        ([_noop("a", requires={"tokens"}), _noop("b", provides={"tokens"})],
         r"stage 'a' requires \['tokens'\]: 'tokens' is provided by 'b', which must come earlier"),
        ([_noop("a", provides={"x"}), _noop("b", requires={"x", "y"})], r"stage 'b' requires \['y'\]"),
        ([_noop("a"), _noop("a")], r"stage 'a' appears twice"),
    ],
)
def test_order_errors_name_the_stage(stages, message):
    with pytest.raises(PipelineError, match=message):
        Pipeline(stages)
    with pytest.raises(PipelineError):
        check_order(stages)


@pytest.mark.parametrize(
    "stages",
    [
        [],
        [_noop("a", provides={"tokens"}), _noop("b", requires={"tokens"})],
        [_noop("a", provides={"x", "y"}), _noop("b", requires={"x"}, provides={"z"}), _noop("c", requires={"y", "z"})],
    ],
)
def test_valid_orders(stages):
    assert Pipeline(stages).names == tuple(s.name for s in stages)


def test_available_features_count():
    check_order([_noop("a", requires={"tokens"})], available={"tokens"})


def test_the_default_pipeline_is_well_ordered(pipeline):
    assert pipeline.names and "analyse" in pipeline.names


@stage("boom", provides={"boom"})
def _boom(ann, ctx):
    raise RuntimeError("kaput")


@stage("regions_stub", provides={"regions"})
def _first_chars(ann, ctx):
    return [_mention(ann.doc, 0, 3)]


def test_failing_stage_raises_stage_error_naming_stage_and_document():
    with pytest.raises(StageError) as info:
        Pipeline([_boom]).run(DOC, ctx=None, on_error="raise")
    err = info.value
    assert err.stage == "boom" and err.doc == "meeting.txt"
    assert "stage 'boom' failed on document meeting.txt: RuntimeError: kaput" in str(err)
    assert isinstance(err.cause, RuntimeError)


def test_recorded_failure_keeps_later_stages_running():
    ann = Pipeline([_boom, _first_chars]).run(DOC, ctx=None, on_error="record")
    assert len(ann.errors) == 1 and "'boom'" in ann.errors[0] and "meeting.txt" in ann.errors[0]
    assert [m.surface for m in ann.mentions] == ["青山市"]
    assert {"boom", "regions"} <= ann.features


def test_batch_continues_after_one_document_fails():
    @stage("picky")
    def picky(ann, ctx):
        if ann.doc.path == "meeting.txt":
            raise ValueError("cannot handle this one")
        return [_mention(ann.doc, 0, 3)]

    results = list(Pipeline([picky]).run_many([DOC, OTHER], ctx=None))
    assert results[0].errors and "picky" in results[0].errors[0] and "meeting.txt" in results[0].errors[0]
    assert not results[1].errors and [m.surface for m in results[1].mentions] == ["绿水县"]


def _returning(*items):
    return Stage("bad", lambda ann, ctx: list(items))


@pytest.mark.parametrize(
    "item, message",
    [
        (_mention(DOC, 0, 3, surface="青山"), "differs from the original text"),
        (_mention(DOC, 0, 3, surface="靑山市"), "differs from the original text"),
        (_mention(DOC, 5, 999), "outside the text"),
        (_mention(DOC, 3, 3), "outside the text"),
        (Mention("not-this-doc", 0, 3, "青山市", EntityType.REGION, "青山市", "t"), "carries document id"),
        (Token(0, 2, "青海", "LOC"), "does not match the text"),
        ("just a string", "stage returned str"),
        (RelationMention(DOC.id, _mention(DOC, 0, 3), Predicate.LOCATED_IN, _mention(DOC, 0, 2),
                         Evidence(DOC.id, 0, 999, "青山市召开会议。"), "t"), "outside this document"),
        (RelationMention(DOC.id, _mention(DOC, 0, 3), Predicate.LOCATED_IN, _mention(DOC, 0, 2),
                         Evidence("elsewhere", 0, 3, "青山市"), "t"), "outside this document"),
        (RelationMention(DOC.id, _mention(DOC, 0, 3), Predicate.LOCATED_IN, _mention(DOC, 0, 2, surface="xx"),
                         Evidence(DOC.id, 0, 8, "青山市召开会议。"), "t"), "differs from the original text"),
    ],
)
def test_invalid_results_are_rejected(item, message):
    with pytest.raises(StageError, match=message) as info:
        Pipeline([_returning(item)]).run(DOC, ctx=None, on_error="raise")
    assert info.value.stage == "bad"
    ann = Pipeline([_returning(item)]).run(DOC, ctx=None)
    assert ann.mentions == () and len(ann.errors) == 1


def test_mention_across_a_dropped_space_is_valid():
    # "王 明" in raw: a mention from the normalised "王明" maps back to the raw slice with the space
    start = DOC.raw.index("王")
    ann = Pipeline([_returning(_mention(DOC, start, start + 3))]).run(DOC, ctx=None, on_error="raise")
    assert ann.mentions[0].surface == "王 明"


def test_replaces_mentions_stage():
    keep_none = Stage("filter", lambda ann, ctx: [], replaces_mentions=True)
    ann = Pipeline([_first_chars, keep_none]).run(DOC, ctx=None)
    assert ann.mentions == ()


def test_unknown_on_error_is_rejected():
    with pytest.raises(ValueError, match="on_error"):
        Pipeline([_first_chars]).run(DOC, ctx=None, on_error="ignore")


def test_stage_returning_none_is_named():
    with pytest.raises(StageError, match="stage 'lazy' failed on document meeting.txt: TypeError: stage returned None"):
        Pipeline([Stage("lazy", lambda ann, ctx: None)]).run(DOC, ctx=None, on_error="raise")


def test_valid_relation_is_kept():
    rel = RelationMention(DOC.id, _mention(DOC, 0, 3), Predicate.LOCATED_IN, _mention(DOC, 0, 2),
                          Evidence(DOC.id, 0, 8, "青山市召开会议。"), "t")
    ann = Pipeline([_returning(rel)]).run(DOC, ctx=None, on_error="raise")
    assert ann.relations == (rel,)
