"""kg: build an RDF knowledge graph of international economic cooperation from English news."""

from __future__ import annotations

__version__ = "0.1.0"
