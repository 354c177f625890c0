"""The SHACL shapes the RDF export satisfies (``schema/shapes.ttl``), checked on what ``load`` imports.

pyshacl (``timelinekg validate``) runs the shapes over an rdflib graph, which
is far too slow for a bulk import; this module reads the same shapes file and
checks its constraints directly on the statements the RDF loader has grouped
by subject, in one pass.  It understands exactly the SHACL Core constraints
the shapes use (listed in ``SUPPORTED``); a shape using any other constraint
is refused when the shapes are read, so the two can never silently drift
apart.  ``tests/test_hostile_input.py`` checks that it flags the same focus
nodes as pyshacl.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from typing import Any, Protocol

from timelinekg.schema.vocabulary import SHAPES_TTL

SH = "http://www.w3.org/ns/shacl#"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
XSD = "http://www.w3.org/2001/XMLSchema#"
_COMMENT = "http://www.w3.org/2000/01/rdf-schema#comment"

# Node- and property-shape keys this checker evaluates (or that only describe).
SUPPORTED = {
    f"{RDF}type",
    _COMMENT,
    *(
        SH + name
        for name in [
            "targetClass",
            "targetObjectsOf",
            "property",
            "path",
            "minCount",
            "maxCount",
            "in",
            "datatype",
            "or",
            "class",
            "nodeKind",
            "hasValue",
            "lessThanOrEquals",
            "severity",
            "message",
        ]
    ),
}


class Statements(Protocol):
    """What the checker needs of a subject: its types and its values per predicate IRI."""

    types: set[str]
    properties: dict[str, list[Any]]


@dataclass
class PropertyRule:
    path: str
    min_count: int = 0
    max_count: int | None = None
    allowed: frozenset[str] | None = None  # sh:in (IRIs)
    datatypes: frozenset[str] | None = None  # sh:datatype, or an sh:or of them
    class_iri: str | None = None
    iri_only: bool = False  # sh:nodeKind sh:IRI
    has_value: str | None = None
    less_or_equal: str | None = None  # sh:lessThanOrEquals
    message: str = ""
    warning: bool = False  # sh:severity sh:Warning (or sh:Info): reported, the resource still loads


@dataclass
class Shape:
    name: str
    target_class: str | None = None
    target_objects_of: str | None = None
    properties: list[PropertyRule] = field(default_factory=list)
    any_of: list[PropertyRule] = field(default_factory=list)  # node-level sh:or of property constraints
    message: str = ""


class UnsupportedShape(Exception):
    """The shapes use a SHACL constraint this checker does not evaluate."""


def _local(iri: str) -> str:
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


@cache
def shapes() -> tuple[Shape, ...]:
    """The node shapes in ``schema/shapes.ttl``."""
    import pyoxigraph

    graph: dict[str, dict[str, list[Any]]] = {}
    with SHAPES_TTL.open("rb") as handle:
        for quad in pyoxigraph.parse(handle, format=pyoxigraph.RdfFormat.TURTLE):
            graph.setdefault(_term_key(quad.subject), {}).setdefault(quad.predicate.value, []).append(quad.object)

    def values(subject: str, predicate: str) -> list[Any]:
        return graph.get(subject, {}).get(SH + predicate, [])

    def one(subject: str, predicate: str) -> Any:
        found = values(subject, predicate)
        return found[0] if found else None

    def rdf_list(head: Any) -> list[Any]:
        items = []
        key = _term_key(head)
        while key != f"{RDF}nil":
            items.append(graph[key][f"{RDF}first"][0])
            key = _term_key(graph[key][f"{RDF}rest"][0])
        return items

    def check_keys(subject: str) -> None:
        unknown = set(graph.get(subject, {})) - SUPPORTED
        if unknown:
            raise UnsupportedShape(f"shape {subject} uses {', '.join(sorted(map(_local, unknown)))}")

    def text(term: Any) -> str:
        return str(term.value) if term is not None else ""

    def property_rule(subject: str) -> PropertyRule:
        check_keys(subject)
        rule = PropertyRule(path=text(one(subject, "path")), message=text(one(subject, "message")))
        if one(subject, "minCount") is not None:
            rule.min_count = int(text(one(subject, "minCount")))
        if one(subject, "maxCount") is not None:
            rule.max_count = int(text(one(subject, "maxCount")))
        if one(subject, "in") is not None:
            rule.allowed = frozenset(text(item) for item in rdf_list(one(subject, "in")))
        datatypes = [text(term) for term in values(subject, "datatype")]
        for alternative in rdf_list(one(subject, "or")) if one(subject, "or") is not None else ():
            key = _term_key(alternative)
            if set(graph.get(key, {})) != {SH + "datatype"}:
                raise UnsupportedShape(f"an sh:or in {subject} that is not a list of sh:datatype")
            datatypes.append(text(one(key, "datatype")))
        rule.datatypes = frozenset(datatypes) if datatypes else None
        rule.class_iri = text(one(subject, "class")) or None
        rule.iri_only = text(one(subject, "nodeKind")) == SH + "IRI"
        if one(subject, "hasValue") is not None:
            rule.has_value = text(one(subject, "hasValue"))
        rule.less_or_equal = text(one(subject, "lessThanOrEquals")) or None
        rule.warning = text(one(subject, "severity")) in (SH + "Warning", SH + "Info")
        return rule

    found = []
    for subject, predicates in graph.items():
        if SH + "NodeShape" not in {text(t) for t in predicates.get(f"{RDF}type", [])}:
            continue
        check_keys(subject)
        shape = Shape(
            name=_local(subject),
            target_class=text(one(subject, "targetClass")) or None,
            target_objects_of=text(one(subject, "targetObjectsOf")) or None,
            properties=[property_rule(_term_key(t)) for t in values(subject, "property")],
            message=text(one(subject, "message")),
        )
        if one(subject, "or") is not None:
            shape.any_of = [property_rule(_term_key(t)) for t in rdf_list(one(subject, "or"))]
        found.append(shape)
    return tuple(found)


def _term_key(term: Any) -> str:
    import pyoxigraph

    return f"_:{term.value}" if isinstance(term, pyoxigraph.BlankNode) else str(term.value)


def _is_literal(term: Any) -> bool:
    import pyoxigraph

    return isinstance(term, pyoxigraph.Literal)


def _property_problems(rule: PropertyRule, node: Statements, nodes: dict[str, Any]) -> list[str]:
    # An RDF graph is a set: a triple stated twice in a file is one value, as SHACL counts them.
    found = [] if rule.path == f"{RDF}type" else list(dict.fromkeys(node.properties.get(rule.path, [])))
    name = _local(rule.path)
    problems = []
    if len(found) < rule.min_count:
        problems.append(f"{name}: at least {rule.min_count} value(s) needed, found {len(found)}")
    if rule.max_count is not None and len(found) > rule.max_count:
        problems.append(f"{name}: at most {rule.max_count} value(s) allowed, found {len(found)}")
    for term in found:
        value = str(term.value)
        literal = _is_literal(term)
        if rule.allowed is not None and (literal or value not in rule.allowed):
            problems.append(f"{name}: {value} is not one of the {len(rule.allowed)} allowed values")
        if rule.datatypes is not None and (not literal or str(term.datatype.value) not in rule.datatypes):
            shown = ", ".join(sorted(_local(d) for d in rule.datatypes))
            problems.append(f"{name}: {value!r} should be a literal of type {shown}")
        if rule.class_iri is not None:
            target = None if literal else nodes.get(_term_key(term))
            if target is None or rule.class_iri not in target.types:
                problems.append(f"{name}: {value} should be a {_local(rule.class_iri)} in the same file")
        if rule.iri_only and (literal or _term_key(term).startswith("_:")):
            problems.append(f"{name}: {value!r} should be an IRI")
    if rule.has_value is not None and not any(str(t.value) == rule.has_value for t in found):
        problems.append(f"{name}: should have the value {rule.has_value}")
    if rule.less_or_equal is not None:
        for low in found:
            for high in node.properties.get(rule.less_or_equal, []):
                if _is_literal(low) and _is_literal(high) and str(high.value) < str(low.value):
                    problems.append(
                        f"{name} {low.value} is after {_local(rule.less_or_equal)} {high.value} (reversed bounds)"
                    )
    return problems


def violations(nodes: dict[str, Any]) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """For every focus node of every shape in ``schema/shapes.ttl``: (violations, warnings) by subject key."""
    objects_of: dict[str, list[str]] = {}
    for shape in shapes():
        if shape.target_objects_of is not None and shape.target_objects_of not in objects_of:
            objects_of[shape.target_objects_of] = [
                _term_key(term)
                for node in nodes.values()
                for term in node.properties.get(shape.target_objects_of, [])
                if not _is_literal(term)
            ]
    found: dict[str, list[str]] = {}
    warned: dict[str, list[str]] = {}
    for shape in shapes():
        focus: Iterable[str]
        if shape.target_class is not None:
            focus = (key for key, node in nodes.items() if shape.target_class in node.types)
        elif shape.target_objects_of is not None:
            focus = dict.fromkeys(objects_of[shape.target_objects_of])
        else:
            continue
        for key in focus:
            node = nodes.get(key)
            if node is None:
                found.setdefault(key, []).append(f"{shape.name}: no statements about it in the file")
                continue
            for rule in shape.properties:
                problems = _property_problems(rule, node, nodes)
                if problems:
                    (warned if rule.warning else found).setdefault(key, []).extend(problems)
            if shape.any_of and all(_property_problems(rule, node, nodes) for rule in shape.any_of):
                found.setdefault(key, []).append(shape.message or f"{shape.name}: none of the alternatives holds")
    return found, warned
