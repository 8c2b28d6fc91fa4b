"""A real SPARQL 1.1 endpoint (the Oxigraph server) and uploads with the Graph Store Protocol."""

from __future__ import annotations

import contextlib
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox

from kg.errors import EndpointError, ServerError
from kg.graph.store import is_store, load_files, load_graph, rdf_files

_READY_TIMEOUT = 30.0


def oxigraph_binary() -> str:
    """The `oxigraph` command of the `oxigraph` package: beside this Python, else on PATH."""
    beside = Path(sys.executable).parent / "oxigraph"
    found = str(beside) if beside.is_file() else shutil.which("oxigraph")
    if not found:
        raise ServerError("the oxigraph server is not installed; pip install oxigraph "
                          "(kg's dependencies include it)")
    return found


def port_is_free(host: str, port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        # as servers do: a port whose last connections linger in TIME_WAIT is free
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError:
            return False
    return True


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind((host, 0))
        port: int = probe.getsockname()[1]
        return port


@contextlib.contextmanager
def store_location(source: Path) -> Iterator[Path]:
    """A store folder for the server: the store itself, or the files loaded into a temporary
    store that is removed afterwards."""
    if is_store(source):
        yield source
        return
    files = rdf_files(source)
    temp = Path(tempfile.mkdtemp(prefix="kg-serve-"))
    try:
        store = ox.Store(str(temp))
        load_files(store, files)
        store.flush()
        del store  # the server opens the folder next: close the database first
        yield temp
    finally:
        shutil.rmtree(temp, ignore_errors=True)


def start_server(location: Path, host: str = "127.0.0.1", port: int = 7878,
                 writable: bool = False) -> subprocess.Popen[bytes]:
    """Start `oxigraph serve-read-only` (or `serve`) on a store folder and wait until it
    answers; the caller stops it (terminate)."""
    if not port_is_free(host, port):
        raise ServerError(f"{host}:{port} is already in use; pick another port with --port")
    command = [oxigraph_binary(), "serve" if writable else "serve-read-only",
               "--location", str(location), "--bind", f"{host}:{port}"]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + _READY_TIMEOUT
    url = f"http://{host}:{port}/query?query=" + urllib.parse.quote("ASK {}")
    while time.monotonic() < deadline:
        if process.poll() is not None:
            message = process.stderr.read().decode("utf-8", "replace").strip() \
                if process.stderr else ""
            raise ServerError(f"{location}: the oxigraph server stopped at start "
                              f"({message or 'no message'}); check the store and the port")
        try:
            with urllib.request.urlopen(url, timeout=1):
                return process
        except (urllib.error.URLError, OSError):
            time.sleep(0.1)
    process.terminate()
    raise ServerError(f"the oxigraph server on {host}:{port} did not answer within "
                      f"{_READY_TIMEOUT:.0f} s; try again or choose another port")


def serve(source: Path, host: str = "127.0.0.1", port: int = 7878,
          writable: bool = False) -> None:
    """Serve a graph until interrupted (Ctrl-C or SIGTERM); a temporary store goes with it."""

    def stop(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, stop)
    with store_location(source) as location:
        process = start_server(location, host, port, writable)
        print(f"SPARQL endpoint: http://{host}:{port}/query"
              f"{'  (read-write: /update, /store)' if writable else '  (read-only)'}",
              flush=True)
        print("Ctrl-C stops it.", flush=True)
        try:
            process.wait()
        except KeyboardInterrupt:
            pass
        finally:
            process.terminate()
            process.wait(timeout=10)


def push(source: Path, endpoint: str, graph_iri: str | None = None,
         replace: bool = False) -> int:
    """Upload a graph with the SPARQL 1.1 Graph Store HTTP Protocol: POST adds to the target
    graph, PUT (replace=True) replaces it. Returns the number of triples sent."""
    graph = load_graph(source)
    body = graph.serialize(format="nt", encoding="utf-8")
    target = f"graph={urllib.parse.quote(graph_iri, safe='')}" if graph_iri else "default"
    url = f"{endpoint}{'&' if '?' in endpoint else '?'}{target}"
    request = urllib.request.Request(url, data=body, method="PUT" if replace else "POST",
                                     headers={"Content-Type": "application/n-triples"})
    exchange(request, endpoint, "check that the URL is its Graph Store endpoint (Oxigraph: "
             "/store, Fuseki: /DATASET/data) and that it accepts writes")
    return len(graph)


def exchange(request: urllib.request.Request, endpoint: str, fix: str,
             timeout: float = 300) -> tuple[bytes, str]:
    """Send one HTTP request to a SPARQL server: the body and content type of its answer, or
    an EndpointError naming the server, what it said and `fix`."""
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.read(), response.headers.get("Content-Type", "")
    except urllib.error.HTTPError as err:
        detail = " ".join(err.read().decode("utf-8", "replace").split())[:300]
        raise EndpointError(f"{endpoint}: the server refused the request with HTTP {err.code} "
                            f"{err.reason} ({detail or 'no details'}); {fix}") from None
    except (urllib.error.URLError, OSError) as err:
        reason = getattr(err, "reason", err)
        raise EndpointError(f"{endpoint}: cannot reach the server ({reason}); check that it "
                            "runs and the URL is right") from None
