"""cn-gov-kg: knowledge graphs of Chinese governance documents.

Python API (nothing heavy is imported until first used)::

    import kg
    graph = kg.build(["seeds"])          # extract -> KnowledgeGraph
    graph = kg.load("exports")           # a saved build, no extraction
    graph.entities(type="Region"), graph.relations(predicate="partOf")
    graph.explain("some entity"), graph.to_networkx(), graph.to_rdf()

``kg.build`` is both the submodule ``kg/build.py`` and a function: the
submodule object is made callable, so ``kg.build(paths)`` returns a
``KnowledgeGraph`` while ``kg.build.build(paths)`` (graph and report) and
``from kg import build`` keep working as before.
"""
from __future__ import annotations

import sys
from types import ModuleType

__all__ = ["build", "load", "KnowledgeGraph", "Entity", "Relation", "EntityType", "Predicate"]

_LAZY = {
    "load": ("kg.api", "load"),
    "KnowledgeGraph": ("kg.types", "KnowledgeGraph"),
    "Entity": ("kg.types", "Entity"),
    "Relation": ("kg.types", "Relation"),
    "EntityType": ("kg.types", "EntityType"),
    "Predicate": ("kg.types", "Predicate"),
}


class _CallableBuildModule(ModuleType):
    """``kg.build``: the build module, callable as ``kg.build(paths) -> KnowledgeGraph``."""

    def __call__(self, paths, **kwargs):
        from .api import build as _api_build

        return _api_build(paths, **kwargs)


class _Package(ModuleType):
    def __setattr__(self, name: str, value) -> None:
        # The import system sets ``kg.build`` to the submodule once it is imported; make it callable.
        if name == "build" and isinstance(value, ModuleType) and type(value) is ModuleType:
            value.__class__ = _CallableBuildModule
        super().__setattr__(name, value)


def __getattr__(name: str):
    if name == "build":
        import importlib

        return importlib.import_module("kg.build")  # sets kg.build through _Package.__setattr__
    if name in _LAZY:
        import importlib

        module, attr = _LAZY[name]
        return getattr(importlib.import_module(module), attr)
    raise AttributeError(f"module 'kg' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


sys.modules[__name__].__class__ = _Package
