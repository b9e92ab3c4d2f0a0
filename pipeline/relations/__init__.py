"""Relations stage: typed mentions (official / province / agency) and role / agreement relations.

    from pipeline.relations import RelationsParams, extract_document
    params = RelationsParams.from_dict(params_yaml.get("relations", {}))
    out = extract_document(doc, params)   # {"mentions": [...], "relations": [...]}

One module per rule family: organisations, places (provinces, countries), persons, coref, titles,
roles, agreements; extract wires them together. See docs/relations.md.
"""
from pipeline.relations.params import RelationsParams
from pipeline.relations.extract import extract_document

__all__ = ["RelationsParams", "extract_document"]
