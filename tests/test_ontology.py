"""The ontology file, its alignment with the standards, the JSON-LD context, and IRI minting."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pyoxigraph as ox
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, SKOS

import kg_builder
from kg_builder.ontology import (
    DCTERMS, ELI, FOAF, KGB, LEVEL_TERMS, ORG, PROV, SCHEMA, BaseIRIError, Minter, clean_text, iri_segment,
    ontology_dir, ontology_file, ontology_triples, span_document,
)
from kg_builder.serialize import build_jsonld_context

PACKAGE = Path(kg_builder.__file__).resolve().parent
EMITTING_MODULES = ("rdf.py", "ontology.py", "propagation.py", "visualize.py")


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ontology_file("kgb.ttl"), format="turtle")


def _terms_used_in_code() -> set[str]:
    """Every ``KGB.name`` the modules that write or read the graph use."""
    names = set()
    for module in EMITTING_MODULES:
        names |= set(re.findall(r"KGB\.([A-Za-z_]+)", (PACKAGE / module).read_text("utf-8")))
    return names | {term.rsplit("#", 1)[-1] for term in LEVEL_TERMS.values()}


def test_ontology_files_are_found():
    assert {"kgb.ttl", "shapes.ttl", "context.jsonld"} <= {p.name for p in ontology_dir().iterdir()}


def test_ontology_has_no_blank_nodes(ontology):
    # Blank nodes would make the graphs we write incomparable line by line.
    assert not [t for t in ontology if any(isinstance(n, BNode) for n in t)]


@pytest.mark.parametrize("name", sorted(_terms_used_in_code()))
def test_every_term_the_code_uses_is_declared_with_labels_and_definitions(ontology, name):
    term = KGB[name]
    assert (term, RDF.type, None) in ontology, f"kgb:{name} is not declared"
    for predicate in (RDFS.label, SKOS.prefLabel, SKOS.definition):
        languages = {o.language for o in ontology.objects(term, predicate) if isinstance(o, Literal)}
        assert {"zh", "en"} <= languages, f"kgb:{name} lacks {predicate} in zh and en"


@pytest.mark.parametrize(("term", "relation", "standard"), [
    (KGB.cites, RDFS.subPropertyOf, ELI.cites),
    (KGB.cites, RDFS.subPropertyOf, DCTERMS.references),
    (KGB.implements, RDFS.subPropertyOf, ELI.applies),
    (KGB.issuedBy, RDFS.subPropertyOf, ELI.passed_by),
    (KGB.authorJurisdiction, RDFS.subPropertyOf, ELI.jurisdiction),
    (KGB.issuingJurisdiction, RDFS.subPropertyOf, ELI.jurisdiction),
    (KGB.authorAgency, RDFS.subPropertyOf, ELI.responsibility_of_agent),
    (KGB.realizes, RDFS.subPropertyOf, ELI.realizes),
    (KGB.within, RDFS.subPropertyOf, SCHEMA.containedInPlace),
    (KGB.agencyOf, RDFS.subPropertyOf, SCHEMA.areaServed),
    (KGB.mentions, RDFS.subPropertyOf, SCHEMA.mentions),
    (KGB.divisionCode, RDFS.subPropertyOf, SKOS.notation),
    (KGB.leadAgency, RDFS.subPropertyOf, KGB.responsibleAgency),
    (KGB.evidence, RDFS.subPropertyOf, PROV.wasDerivedFrom),
    (KGB.Regulation, RDFS.subClassOf, ELI.LegalResource),
    (KGB.Law, RDFS.subClassOf, KGB.Regulation),
    (KGB.Report, RDFS.subClassOf, KGB.Regulation),
    (KGB.AnnualReport, RDFS.subClassOf, KGB.Document),
    (KGB.Agency, RDFS.subClassOf, ORG.Organization),
    (KGB.Official, RDFS.subClassOf, FOAF.Person),
    (KGB.Jurisdiction, RDFS.subClassOf, SCHEMA.AdministrativeArea),
    (KGB.Assertion, RDFS.subClassOf, PROV.Entity),
    (KGB.Assertion, RDFS.subClassOf, RDF.Statement),
    (KGB.evidence, RDFS.domain, KGB.Assertion),
    (KGB.evidence, RDFS.range, KGB.TextSpan),
    (KGB.extractor, RDFS.domain, KGB.Assertion),
    (KGB.sentence, RDFS.domain, KGB.TextSpan),
    (KGB.extractorVersion, RDFS.domain, KGB.Document),
    (KGB.Township, SKOS.inScheme, KGB.AdministrativeLevels),
])
def test_terms_are_aligned_with_the_standards(ontology, term, relation, standard):
    assert (term, relation, standard) in ontology


def test_deprecated_eli_implements_is_not_used():
    for path in [ontology_file("kgb.ttl"), *(PACKAGE / m for m in EMITTING_MODULES)]:
        assert "eli:implements" not in path.read_text("utf-8")
        assert "ELI.implements" not in path.read_text("utf-8")


def test_levels_are_ranked_top_to_bottom(ontology):
    ranks = {name: int(ontology.value(term, KGB.rank)) for name, term in LEVEL_TERMS.items()}
    assert ranks == {"national": 0, "provincial": 1, "prefecture": 2, "county": 3, "township": 4}


def test_ontology_triples_are_the_file_sorted(ontology):
    assert set(ontology_triples()) == set(ontology)
    assert list(ontology_triples()) == sorted(ontology_triples(), key=lambda t: tuple(n.n3() for n in t))


def test_published_context_is_fresh_and_names_every_term(ontology):
    shipped = json.loads(ontology_file("context.jsonld").read_text("utf-8"))
    assert shipped == build_jsonld_context(), "regenerate ontology/context.jsonld from build_jsonld_context()"
    context = shipped["@context"]
    for term in {s for s in ontology.subjects() if str(s).startswith(str(KGB))}:
        local = str(term)[len(str(KGB)):]
        entry = context[local]
        assert (entry if isinstance(entry, str) else entry["@id"]) == f"kgb:{local}"
    assert context["cites"] == {"@id": "kgb:cites", "@type": "@id"}
    assert context["yearCovered"] == {"@id": "kgb:yearCovered", "@type": "xsd:integer"}
    assert context["altLabel"] == "skos:altLabel"


# -- identifiers ----------------------------------------------------------------------

@pytest.mark.parametrize(("mint", "expected"), [
    (lambda m: m.jurisdiction("410803"), "jurisdiction/410803"),
    (lambda m: m.jurisdiction("220422", "白泉镇"), "jurisdiction/220422/白泉镇"),
    (lambda m: m.regulation("法治政府建设实施纲要(2015-2020年)"), "regulation/法治政府建设实施纲要(2015-2020年)"),
    (lambda m: m.agency("410803", "中站区司法局"), "agency/410803/中站区司法局"),
    (lambda m: m.agency(None, "国务院"), "agency/unknown/国务院"),
    (lambda m: m.document("ab" * 32), "document/" + "ab" * 8),
    (lambda m: m.regulation("a/b?c#d"), "regulation/a%2Fb%3Fc%23d"),
    (lambda m: m.regulation(".."), "regulation/%2E%2E"),
    (lambda m: m.regulation(""), "regulation/_"),
])
def test_iris_say_what_they_name(mint, expected):
    assert str(mint(Minter())) == "https://w3id.org/kg-builder/id/" + expected


def test_base_iri_is_configurable_and_parts_stay_single_fragment():
    minter = Minter("urn:example:kg#")
    assertion = minter.assertion("ab" * 32, "s", "p", "o")
    assert str(assertion).startswith("urn:example:kg#document/")
    span = minter.span(minter.document("ab" * 32), 3, 9)
    assert str(span) == "urn:example:kg#document/" + "ab" * 8 + "-char=3,9"
    assert span_document(str(span)) == str(minter.document("ab" * 32))
    # Under a base without a fragment, a span is an RFC 5147 fragment of the document's IRI.
    assert str(Minter().span(URIRef("https://example.org/a"), 3, 9)) == "https://example.org/a#char=3,9"
    assert span_document("https://example.org/a#char=3,9") == "https://example.org/a"
    assert span_document("https://example.org/a") is None


@pytest.mark.parametrize("base", ["not an iri", "kg/", "https://example.org/a b/", "https://ex.org/<x>/",
                                  "https://ex.org/#a#"])
def test_a_bad_base_iri_is_a_clear_error(base):
    with pytest.raises(BaseIRIError, match="base IRI"):
        Minter(base)


def _parses_everywhere(iri: URIRef, literal_text: str) -> None:
    """The IRI and a literal survive N-Triples in rdflib and pyoxigraph, both ways."""
    node = ox.NamedNode(str(iri))  # raises ValueError on an invalid IRI
    triple = ox.Triple(node, node, ox.Literal(literal_text))
    data = ox.serialize([triple], format=ox.RdfFormat.N_TRIPLES)
    assert [q.triple for q in ox.parse(data, format=ox.RdfFormat.N_TRIPLES)] == [triple]
    graph = Graph().parse(data=data.decode("utf-8"), format="nt")
    assert set(graph) == {(iri, iri, Literal(literal_text))}
    again = Graph().parse(data=graph.serialize(format="nt"), format="nt")
    assert set(again) == set(graph)
    turtle = Graph().parse(data=graph.serialize(format="turtle"), format="turtle")
    assert set(turtle) == set(graph)


@settings(max_examples=150, deadline=None)
@given(st.text())
def test_any_text_mints_a_valid_iri_and_literal(text):
    minter = Minter()
    for iri in (minter.regulation(text), minter.agency(text, text), minter.initiative(text),
                minter.assertion("0" * 64, text, text), minter.term(text or "x", text)):
        _parses_everywhere(iri, clean_text(text))


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from('\x00\x01\x0b\x1f<>"{}|\\^` \n\r\t\ud800\udfff\ufffe\uffff#%/?.a中')))
def test_hostile_characters_mint_valid_iris(text):
    iri = Minter().regulation(text)
    _parses_everywhere(iri, clean_text(text))
    assert re.fullmatch(r"[^\x00-\x20<>\"{}|\\^`]+", str(iri))


@given(st.text())
def test_clean_text_keeps_length_so_spans_stay_right(text):
    cleaned = clean_text(text)
    assert len(cleaned) == len(text)
    cleaned.encode("utf-8")  # no lone surrogates left
    assert iri_segment(text) == iri_segment(cleaned)
