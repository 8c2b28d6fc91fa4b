"""Small text helpers shared by readers, extraction and the graph."""

from __future__ import annotations

import re
import unicodedata


def slugify(text: str, max_length: int = 60) -> str:
    """A lower-case ASCII slug for IRIs and file names ('Zürich Re & Co' -> 'zurich-re-co')."""
    # dashes separate words ("China–Kyrgyzstan"); the ASCII fold would drop them
    text = re.sub("[\u2010-\u2015]", "-", text)
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return slug[:max_length].rstrip("-") or "x"
