"""Stages over one document, checked for order, run with errors that name
the stage and the document.

A stage is a plain function ``(AnnotatedDoc, Context) -> Iterable[Mention |
RelationMention]`` with a name and the features it requires and provides.
The runner validates every result (type, offsets, surface form) so a buggy
extractor fails loudly at its own stage rather than downstream.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Callable, Iterable, Iterator, Sequence

from .errors import PipelineError, StageError
from .types import Document, Mention, RelationMention, Token

if TYPE_CHECKING:  # pragma: no cover
    from .context import Context


@dataclass(frozen=True)
class AnnotatedDoc:
    """A document with everything the stages so far have found in it."""

    doc: Document
    mentions: tuple[Mention, ...] = ()
    relations: tuple[RelationMention, ...] = ()
    tokens: tuple[Token, ...] = ()
    features: frozenset[str] = frozenset()
    errors: tuple[str, ...] = ()

    def of_type(self, *types) -> list[Mention]:
        wanted = {getattr(t, "value", t) for t in types}
        return [m for m in self.mentions if m.type.value in wanted]


StageFunc = Callable[[AnnotatedDoc, "Context"], Iterable["Mention | RelationMention | Token"]]


@dataclass(frozen=True)
class Stage:
    name: str
    func: StageFunc
    requires: frozenset[str] = field(default_factory=frozenset)
    provides: frozenset[str] = field(default_factory=frozenset)
    replaces_mentions: bool = False  # True for stages that filter/merge earlier mentions

    def __post_init__(self):
        object.__setattr__(self, "requires", frozenset(self.requires))
        object.__setattr__(self, "provides", frozenset(self.provides))


def stage(name: str, requires: Iterable[str] = (), provides: Iterable[str] = (), replaces_mentions: bool = False):
    """Decorator turning an extraction function into a ``Stage``."""

    def wrap(func: StageFunc) -> Stage:
        return Stage(name, func, frozenset(requires), frozenset(provides), replaces_mentions)

    return wrap


def check_order(stages: Sequence[Stage], available: Iterable[str] = ()) -> None:
    """Raise ``PipelineError`` if a stage needs a feature no earlier stage provides."""
    have = set(available)
    names: set[str] = set()
    for st in stages:
        if st.name in names:
            raise PipelineError(f"stage {st.name!r} appears twice in the pipeline; remove one")
        names.add(st.name)
        missing = st.requires - have
        if missing:
            providers = {f: s.name for s in stages for f in s.provides}
            hint = "; ".join(
                f"{f!r} is provided by {providers[f]!r}, which must come earlier" if f in providers
                else f"nothing provides {f!r}"
                for f in sorted(missing)
            )
            raise PipelineError(f"stage {st.name!r} requires {sorted(missing)}: {hint}")
        have |= st.provides


ON_ERROR = ("record", "raise")


class Pipeline:
    """An ordered, checked list of stages."""

    def __init__(self, stages: Sequence[Stage]):
        check_order(stages)
        self.stages = tuple(stages)

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(s.name for s in self.stages)

    def run(self, doc: Document, ctx: "Context", on_error: str = "record") -> AnnotatedDoc:
        """Run every stage on ``doc``.

        ``on_error="record"`` keeps going after a failing stage (its results
        are dropped, the error is kept on the result); ``"raise"`` raises
        ``StageError``.
        """
        if on_error not in ON_ERROR:
            raise ValueError(f"on_error must be one of {', '.join(ON_ERROR)}, not {on_error!r}")
        ann = AnnotatedDoc(doc)
        for st in self.stages:
            try:
                result = st.func(ann, ctx)
                if result is None:
                    raise TypeError("stage returned None; return an iterable (an empty list when it finds nothing)")
                produced = list(result)
                mentions, relations, tokens = _validate(st, doc, produced)
            except Exception as exc:  # noqa: BLE001 - re-raised or recorded with context
                err = StageError(st.name, doc.name, exc)
                if on_error == "raise":
                    raise err from exc
                ann = replace(ann, errors=ann.errors + (str(err),), features=ann.features | st.provides)
                continue
            if st.replaces_mentions:
                ann = replace(ann, mentions=tuple(mentions), relations=ann.relations + tuple(relations),
                              tokens=ann.tokens + tuple(tokens))
            else:
                ann = replace(
                    ann,
                    mentions=ann.mentions + tuple(mentions),
                    relations=ann.relations + tuple(relations),
                    tokens=ann.tokens + tuple(tokens),
                )
            ann = replace(ann, features=ann.features | st.provides)
        return ann

    def run_many(self, docs: Iterable[Document], ctx: "Context", on_error: str = "record") -> Iterator[AnnotatedDoc]:
        """Run every document; with ``on_error="record"`` one document's failure
        is kept on its result and the batch goes on."""
        for doc in docs:
            yield self.run(doc, ctx, on_error)


def _validate(st: Stage, doc: Document, produced: list) -> tuple[list[Mention], list[RelationMention], list[Token]]:
    mentions: list[Mention] = []
    relations: list[RelationMention] = []
    tokens: list[Token] = []
    for item in produced:
        if isinstance(item, Mention):
            _check_mention(st, doc, item)
            mentions.append(item)
        elif isinstance(item, RelationMention):
            _check_mention(st, doc, item.head)
            _check_mention(st, doc, item.tail)
            ev = item.evidence
            if ev.doc_id != doc.id or not (0 <= ev.start <= ev.end <= len(doc.raw)):
                raise ValueError(
                    f"evidence of {item.head.surface!r} {item.predicate.value} {item.tail.surface!r} "
                    f"has offsets {ev.start}:{ev.end} in document {ev.doc_id}, outside this document's text"
                )
            relations.append(item)
        elif isinstance(item, Token):
            if not (0 <= item.start < item.end <= len(doc.text)) or doc.text[item.start:item.end] != item.word:
                raise ValueError(f"token {item.word!r} at {item.start}:{item.end} does not match the text")
            tokens.append(item)
        else:
            raise TypeError(f"stage returned {type(item).__name__}, expected Mention, RelationMention or Token")
    return mentions, relations, tokens


def _check_mention(st: Stage, doc: Document, m: Mention) -> None:
    if m.doc_id != doc.id:
        raise ValueError(f"mention {m.surface!r} carries document id {m.doc_id}, not {doc.id}")
    if not (0 <= m.start < m.end <= len(doc.raw)):
        raise ValueError(f"mention {m.surface!r} has offsets {m.start}:{m.end} outside the text")
    if doc.raw[m.start:m.end] != m.surface:
        raise ValueError(
            f"mention surface {m.surface!r} differs from the original text "
            f"{doc.raw[m.start:m.end]!r} at {m.start}:{m.end}"
        )
