"""Graphs at rest: RDF files, a folder of them, or an embedded Oxigraph store on disk.

`load_graph` reads files into an rdflib graph (for exporters and the page); `open_store` gives
a pyoxigraph store (for fast SPARQL); `write_store` writes a finished graph into a store folder
through a temporary folder and a rename, so a failed write never leaves half a store.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pyoxigraph as ox
from rdflib import Dataset, Graph

from kg.errors import InputError, OutputError

# file suffix -> (rdflib format, pyoxigraph format)
RDF_FORMATS: dict[str, tuple[str, ox.RdfFormat]] = {
    ".ttl": ("turtle", ox.RdfFormat.TURTLE),
    ".nt": ("nt", ox.RdfFormat.N_TRIPLES),
    ".jsonld": ("json-ld", ox.RdfFormat.JSON_LD),
    ".trig": ("trig", ox.RdfFormat.TRIG),
    ".nq": ("nquads", ox.RdfFormat.N_QUADS),
}
_SUFFIXES = ", ".join(RDF_FORMATS)


def is_store(path: Path) -> bool:
    """An Oxigraph (RocksDB) store folder: it holds a CURRENT file and OPTIONS files."""
    return path.is_dir() and (path / "CURRENT").is_file() and any(path.glob("OPTIONS-*"))


def rdf_files(source: Path) -> list[Path]:
    """The RDF files a GRAPH argument names: the file itself or the RDF files under a folder."""
    if source.is_file():
        if source.suffix.lower() not in RDF_FORMATS:
            raise InputError(f"{source}: not an RDF file kg reads; give a file ending in "
                             f"{_SUFFIXES}, a folder of them, or an Oxigraph store folder")
        return [source]
    if source.is_dir():
        files = sorted(p for p in source.rglob("*")
                       if p.is_file() and p.suffix.lower() in RDF_FORMATS)
        if not files:
            raise InputError(f"{source}: no RDF files ({_SUFFIXES}) in this folder and it is "
                             "not an Oxigraph store; run kg build first or name a graph file")
        return files
    raise InputError(f"{source}: no such file or folder; run kg build first or check the path")


def load_graph(source: Path) -> Graph:
    """All triples of a GRAPH argument in one rdflib graph (named graphs merged)."""
    if is_store(source):
        return _store_to_graph(open_store(source))
    dataset = Dataset(default_union=True)
    for path in rdf_files(source):
        try:
            dataset.parse(path, format=RDF_FORMATS[path.suffix.lower()][0])
        except Exception as err:  # noqa: BLE001  (every parser error becomes one message)
            raise _unreadable(path, err) from None
    return _merged(dataset)


def open_store(source: Path) -> ox.Store:
    """A store to query: an Oxigraph store folder opened read-only, or files loaded in memory."""
    if is_store(source):
        try:
            return ox.Store.read_only(str(source))
        except OSError as err:
            raise InputError(f"{source}: cannot open the Oxigraph store ({err}); "
                             "stop any process writing it, or rebuild it with kg build "
                             "--store") from None
    store = ox.Store()
    load_files(store, rdf_files(source))
    return store


def load_files(store: ox.Store, files: list[Path]) -> None:
    """Load RDF files into a store. Named graphs (TriG, N-Quads) stay named and their triples
    also go into the default graph, which so holds the whole graph once: queries without GRAPH
    see every triple, without the duplicates a union of overlapping graphs would give."""
    for path in files:
        syntax = RDF_FORMATS[path.suffix.lower()][1]
        try:
            store.bulk_load(path=str(path), format=syntax)
            if syntax in (ox.RdfFormat.TRIG, ox.RdfFormat.N_QUADS):
                store.bulk_extend(ox.Quad(q.subject, q.predicate, q.object)
                                  for q in ox.parse(path=str(path), format=syntax))
        except (SyntaxError, ValueError, OSError) as err:
            raise _unreadable(path, err) from None


def write_store(graph: Graph, directory: Path) -> None:
    """Replace the Oxigraph store in `directory` with `graph`'s triples."""
    if directory.exists() and not is_store(directory) and \
            (not directory.is_dir() or any(directory.iterdir())):
        raise OutputError(f"{directory}: exists and is not an Oxigraph store; give --store "
                          "a new or empty folder, or an earlier kg store")
    directory.parent.mkdir(parents=True, exist_ok=True)
    temp = Path(tempfile.mkdtemp(dir=directory.parent, prefix=f".{directory.name}."))
    try:
        store = ox.Store(str(temp))
        store.bulk_load(graph.serialize(format="nt", encoding="utf-8"),
                        format=ox.RdfFormat.N_TRIPLES)
        store.flush()
        del store  # closes the database before the folder moves
        old = directory.with_name(f".{directory.name}.old")
        if directory.exists():
            directory.rename(old)
        temp.rename(directory)
        shutil.rmtree(old, ignore_errors=True)
        umask = os.umask(0)  # mkdtemp made the folder private; give it a plain mkdir's mode
        os.umask(umask)
        directory.chmod(0o777 & ~umask)
    except BaseException:
        shutil.rmtree(temp, ignore_errors=True)
        raise


def _store_to_graph(store: ox.Store) -> Graph:
    dataset = Dataset(default_union=True)
    dataset.parse(data=store.dump(format=ox.RdfFormat.N_QUADS), format="nquads")
    return _merged(dataset)


def _merged(dataset: Dataset) -> Graph:
    """Every triple of a dataset's graphs in one graph, with the dataset's prefixes."""
    graph = Graph()
    for prefix, namespace in dataset.namespaces():
        graph.bind(prefix, namespace, override=False)
    for s, p, o, _ in dataset.quads():
        graph.add((s, p, o))
    return graph


def _unreadable(path: Path, err: Exception) -> InputError:
    return InputError(f"{path}: not valid {path.suffix[1:]} ({err}); "
                      "rebuild it with kg build or fix the file")
