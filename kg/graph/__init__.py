"""The graph layer: ontology terms, IRIs, and the builder that turns records into triples."""
