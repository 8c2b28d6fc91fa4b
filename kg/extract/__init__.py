"""Extraction: pure functions from a processed spaCy Doc to frozen records. No RDF here.

`kg.extract.article.extract_article` runs them all over one article.
"""
