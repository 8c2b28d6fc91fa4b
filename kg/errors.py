"""Every error kg raises on purpose. Each message names the input, the problem and the fix."""

from __future__ import annotations


class KGError(Exception):
    """Base class: the CLI prints the message and exits non-zero, never a traceback."""

    exit_code = 1


class InputError(KGError):
    """An input file, directory or record cannot be read as articles."""

    exit_code = 2


class ModelMissingError(KGError):
    """The spaCy English pipeline is not installed."""

    exit_code = 3


class OutputError(KGError):
    """The output directory or file cannot be written."""

    exit_code = 4


class GazetteerError(KGError):
    """A data file shipped with kg is malformed (a packaging bug, not a user error)."""

    exit_code = 5


class QueryError(KGError):
    """A SPARQL query does not parse."""

    exit_code = 2


class EndpointError(KGError):
    """A SPARQL endpoint or Graph Store cannot be reached or refuses the request."""

    exit_code = 6


class ServerError(KGError):
    """The Oxigraph server cannot be started."""

    exit_code = 7
