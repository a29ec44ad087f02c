"""Render the OWL ontology (``ontology/kg.ttl``) as a Markdown page (``docs/ontology.md``)."""
from __future__ import annotations

from pathlib import Path

from rdflib import Graph, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from ..errors import InputError
from .rdf import PREFIXES

ONTOLOGY_PATH = Path(__file__).resolve().parents[2] / "ontology" / "kg.ttl"


def _q(term, g: Graph) -> str:
    if isinstance(term, URIRef):
        for prefix, ns in PREFIXES.items():
            if str(term).startswith(ns):
                return f"{prefix}:{str(term)[len(ns):]}"
        return f"<{term}>"
    return str(term)


def _label(g: Graph, s, lang: str) -> str:
    for o in g.objects(s, RDFS.label):
        if getattr(o, "language", None) and o.language.lower() == lang.lower():
            return str(o)
    return ""


def _definition(g: Graph, s) -> str:
    d = g.value(s, SKOS.definition) or g.value(s, RDFS.comment)
    return " ".join(str(d).split()) if d else ""


def ontology_markdown(path: str | Path = ONTOLOGY_PATH) -> str:
    """A newcomer's overview: classes, relations and attributes with labels, definitions, domain and range."""
    path = Path(path)
    try:
        g = Graph().parse(str(path), format="turtle")
    except (OSError, SyntaxError) as exc:
        raise InputError(f"{path}: cannot read the ontology: {exc}") from exc
    kg_ns = PREFIXES["kg"]

    def ours(kind):
        return sorted((s for s in g.subjects(RDF.type, kind) if str(s).startswith(kg_ns)), key=str)

    lines = [
        "# Ontology of the Chinese governance knowledge graph",
        "",
        f"Generated from `ontology/kg.ttl` by `kg ontology-doc`; do not edit by hand. Namespace `kg:` = `{kg_ns}`.",
        "Exports must satisfy the SHACL shapes in `ontology/shapes.ttl` (`kg validate FILE`).",
        "",
        "## At a glance",
        "",
        "```",
        "Person --holdsPost--> Organization        Person --org:holds--> org:Post --org:postIn--> Organization",
        "Person --attended--> Event --locatedIn--> Region --partOf--> Region (county -> city -> province)",
        "Region/Organization --conducts--> Campaign --partOfCampaign--> Campaign",
        "Slogan (skos:Concept) --associatedWith--> Campaign        Campaign --basedOn--> PolicyDocument --issuedBy--> Organization",
        "Organization/Region --investsIn--> Project --kg:investment--> schema:MonetaryAmount",
        "Organization (a region's own body) --jurisdiction--> Region",
        "every entity --prov:wasDerivedFrom--> kg:SourceDocument;  kg:Mention --kg:mentionOf--> entity",
        "kg:Fact (rdf:subject/predicate/object) --kg:evidence--> kg:Evidence (kg:sourceDocument, nif:beginIndex, nif:endIndex, kg:quote)",
        "```",
        "",
        "Reused vocabularies: " + ", ".join(f"`{p}:`" for p in PREFIXES if p not in ("kg", "rdf", "rdfs", "xsd", "owl")) + ".",
        "",
    ]

    def table(title, subjects, cols):
        lines.extend([f"## {title}", "", "| " + " | ".join(cols) + " |", "|" + "---|" * len(cols)])
        for s in subjects:
            cells = [f"`{_q(s, g)}`", _label(g, s, "zh-Hans"), _label(g, s, "en")]
            if "Domain" in cols:
                cells.append(", ".join(f"`{_q(o, g)}`" for o in sorted(g.objects(s, RDFS.domain), key=str)))
                cells.append(", ".join(f"`{_q(o, g)}`" for o in sorted(g.objects(s, RDFS.range), key=str)))
            else:
                cells.append(", ".join(f"`{_q(o, g)}`" for o in sorted(g.objects(s, RDFS.subClassOf), key=str)))
            cells.append(_definition(g, s).replace("|", "\\|"))
            lines.append("| " + " | ".join(cells) + " |")
        lines.append("")

    classes = ours(OWL.Class)
    entity_classes = [c for c in classes if str(c)[len(kg_ns):] in
                      ("Region", "Person", "Organization", "Campaign", "Project", "Slogan", "PolicyDocument", "Event")]
    table("Entity classes", entity_classes, ["Class", "中文", "English", "Subclass of", "Definition"])
    table("Provenance classes", [c for c in classes if c not in entity_classes],
          ["Class", "中文", "English", "Subclass of", "Definition"])
    relations = ("partOf", "locatedIn", "holdsPost", "conducts", "partOfCampaign", "associatedWith", "attended",
                 "issuedBy", "basedOn", "investsIn", "jurisdiction")
    props = ours(OWL.ObjectProperty) + ours(OWL.DatatypeProperty)
    rel = [p for p in props if str(p)[len(kg_ns):] in relations]
    rel.sort(key=lambda p: relations.index(str(p)[len(kg_ns):]))
    table("Relations", rel, ["Property", "中文", "English", "Domain", "Range", "Definition"])
    table("Attributes and provenance properties", sorted((p for p in props if p not in rel), key=str),
          ["Property", "中文", "English", "Domain", "Range", "Definition"])
    return "\n".join(lines).rstrip() + "\n"


def write_ontology_doc(out: str | Path, ontology: str | Path = ONTOLOGY_PATH) -> Path:
    from .atomic import write_text_atomic

    return write_text_atomic(out, ontology_markdown(ontology))
