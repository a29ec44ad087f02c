"""Check an RDF export against the project's SHACL shapes (``ontology/shapes.ttl``) with pyshacl.

``validate_file`` / ``validate_graph`` return a ``ValidationReport``; they never
print. ``kg validate FILE`` prints the report and exits non-zero on violations.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from rdflib import Dataset, Graph
from rdflib.namespace import SH

from .errors import ExportError, InputError

ONTOLOGY_DIR = Path(__file__).resolve().parent.parent / "ontology"
SHAPES_PATH = ONTOLOGY_DIR / "shapes.ttl"
ONTOLOGY_PATH = ONTOLOGY_DIR / "kg.ttl"

# file suffix -> rdflib parser name
RDF_SUFFIXES = {
    ".ttl": "turtle", ".nt": "nt", ".trig": "trig", ".nq": "nquads", ".jsonld": "json-ld",
    ".json": "json-ld", ".rdf": "xml", ".owl": "xml",
}


@dataclass(frozen=True)
class Violation:
    focus: str
    path: str | None
    value: str | None
    message: str
    severity: str
    shape: str

    def __str__(self) -> str:
        where = f" {self.path}" if self.path else ""
        val = f" = {self.value}" if self.value is not None else ""
        return f"[{self.severity}] {self.focus}{where}{val}: {self.message}"


@dataclass(frozen=True)
class ValidationReport:
    conforms: bool
    violations: tuple[Violation, ...]
    triples: int

    def summary(self) -> str:
        if self.conforms:
            return f"conforms: {self.triples} triples satisfy every shape"
        return f"does not conform: {len(self.violations)} violation(s) in {self.triples} triples"


def load_graph(path: str | Path) -> Graph:
    """Parse an export (any of the written formats) into one merged rdflib Graph."""
    path = Path(path)
    fmt = RDF_SUFFIXES.get(path.suffix.lower())
    if fmt is None:
        raise InputError(f"{path}: unknown RDF format {path.suffix!r}; use one of {', '.join(sorted(RDF_SUFFIXES))}")
    if not path.is_file():
        raise InputError(f"{path}: no such file; build one with `kg build SOURCES -o DIR`")
    try:
        if fmt in ("trig", "nquads"):
            ds = Dataset()
            ds.parse(str(path), format=fmt)
            g = Graph()
            for s, p, o, _ in ds.quads((None, None, None, None)):
                g.add((s, p, o))
            return g
        return Graph().parse(str(path), format=fmt)
    except Exception as exc:  # rdflib raises many parser-specific types
        raise InputError(f"{path}: not valid {fmt}: {exc}") from exc


def load_shapes(path: str | Path = SHAPES_PATH) -> Graph:
    path = Path(path)
    if not path.is_file():
        raise ExportError(f"SHACL shapes not found at {path}; reinstall the project from its source tree")
    return Graph().parse(str(path), format="turtle")


def validate_graph(data: Graph, shapes: Graph | None = None) -> ValidationReport:
    """Run the SHACL shapes on ``data`` (no inference; the exports state types explicitly)."""
    import pyshacl

    shapes = shapes if shapes is not None else load_shapes()
    conforms, results, _text = pyshacl.validate(
        data, shacl_graph=shapes, inference="none", advanced=True, allow_warnings=True,
    )
    violations = []
    for r in results.subjects(predicate=None, object=SH.ValidationResult):
        def one(p):
            return results.value(r, p)
        path = one(SH.resultPath)
        value = one(SH.value)
        msg = one(SH.resultMessage)
        severity = one(SH.resultSeverity)
        violations.append(Violation(
            focus=_short(one(SH.focusNode), data),
            path=_short(path, data) if path is not None else None,
            value=str(value) if value is not None else None,
            message=str(msg) if msg is not None else str(one(SH.sourceConstraintComponent)),
            severity=_short(severity, data).split(":")[-1] if severity is not None else "Violation",
            shape=_short(one(SH.sourceShape), data),
        ))
    violations.sort(key=lambda v: (v.focus, v.path or "", v.message))
    return ValidationReport(bool(conforms), tuple(violations), len(data))


def validate_file(path: str | Path, shapes_path: str | Path = SHAPES_PATH) -> ValidationReport:
    return validate_graph(load_graph(path), load_shapes(shapes_path))


def _short(term, g: Graph) -> str:
    if term is None:
        return ""
    try:
        return term.n3(g.namespace_manager)
    except Exception:  # blank nodes in paths, literals
        return str(term)
