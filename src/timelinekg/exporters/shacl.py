"""Check an RDF file against the shipped SHACL shapes (``schema/shapes.ttl``) with pyshacl.

Named graphs (TriG, N-Quads) are validated as their union: an event sits in
the default graph and the sources it was derived from in their own graphs,
and the shapes relate the two.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from timelinekg.loaders.rdf import rdf_syntax, read_quads
from timelinekg.schema.vocabulary import SHAPES_TTL

if TYPE_CHECKING:
    import rdflib


@dataclass
class Violation:
    severity: str
    focus: str
    path: str
    message: str

    def __str__(self) -> str:
        where = f" {self.path}" if self.path else ""
        return f"{self.severity}: <{self.focus}>{where}: {self.message}"


@dataclass
class ShaclReport:
    conforms: bool
    triples: int
    violations: list[Violation] = field(default_factory=list)


def rdflib_graph(path: Path, syntax: str | None = None) -> rdflib.Graph:
    """The union of a file's graphs as one rdflib graph (parsed by pyoxigraph, for its line numbers)."""
    import pyoxigraph
    import rdflib

    def term(value: Any) -> Any:
        if isinstance(value, pyoxigraph.NamedNode):
            return rdflib.URIRef(value.value)
        if isinstance(value, pyoxigraph.BlankNode):
            return rdflib.BNode(value.value)
        if value.language:
            return rdflib.Literal(value.value, lang=value.language)
        return rdflib.Literal(value.value, datatype=rdflib.URIRef(value.datatype.value))

    graph = rdflib.Graph()
    for quad in read_quads(path, rdf_syntax(path, syntax)):
        graph.add((term(quad.subject), term(quad.predicate), term(quad.object)))
    return graph


def validate_graph(data: rdflib.Graph, shapes: Path | None = None) -> ShaclReport:
    import pyshacl
    import rdflib
    from rdflib.namespace import SH

    shapes_graph = rdflib.Graph().parse(shapes or SHAPES_TTL, format="turtle")
    conforms, results, _text = pyshacl.validate(data, shacl_graph=shapes_graph, inference="none")
    report = ShaclReport(conforms=bool(conforms), triples=len(data))
    for result in results.subjects(rdflib.RDF.type, SH.ValidationResult):
        severity = results.value(result, SH.resultSeverity)
        path = results.value(result, SH.resultPath)
        message = results.value(result, SH.resultMessage) or results.value(result, SH.sourceConstraintComponent)
        report.violations.append(
            Violation(
                severity=str(severity).rsplit("#", 1)[-1] if severity else "Violation",
                focus=str(results.value(result, SH.focusNode)),
                path=data.namespace_manager.normalizeUri(path) if isinstance(path, rdflib.URIRef) else "",
                message=str(message),
            )
        )
    report.violations.sort(key=lambda v: (v.focus, v.path, v.message))
    return report


def validate_file(path: Path, syntax: str | None = None, shapes: Path | None = None) -> ShaclReport:
    """Validate one RDF file (format from its extension or ``syntax``) against the shapes."""
    from timelinekg.schema.vocabulary import PREFIXES

    data = rdflib_graph(path, syntax)
    for prefix, namespace in PREFIXES.items():
        data.bind(prefix, namespace)
    return validate_graph(data, shapes)
