"""A tiny web server on loopback that serves saved pages and feeds to the import tests.

Routes map a path to ``(status, headers, body)`` or to a callable taking the request handler
and returning that triple. Every request is recorded (path and headers) so tests can check
what the fetcher sent, or that it never connected at all.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

DATA = Path(__file__).parent / "data"

Reply = tuple[int, dict[str, str], bytes]
Route = Reply | Callable[[BaseHTTPRequestHandler], Reply]


def data_file(name: str) -> bytes:
    """The bytes of a file in tests/data."""
    return (DATA / name).read_bytes()


def page(body: bytes | str, content_type: str = "text/html; charset=utf-8", **headers) -> Reply:
    """A 200 reply."""
    if isinstance(body, str):
        body = body.encode("utf-8")
    return 200, {"Content-Type": content_type, **headers}, body


def redirect(location: str, status: int = 302) -> Reply:
    """A redirect reply."""
    return status, {"Location": location}, b""


class PageServer:
    """Serve ``routes`` on 127.0.0.1 in a background thread; use as a context manager."""

    def __init__(self, routes: dict[str, Route] | None = None):
        self.routes: dict[str, Route] = dict(routes or {})
        self.requests: list[tuple[str, dict[str, str]]] = []
        self.release = threading.Event()  # stalled routes wait for this
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self):  # noqa: N802 - the name http.server calls
                server.requests.append((self.path, dict(self.headers)))
                route = server.routes.get(self.path)
                if route is None:
                    status, headers, body = 404, {"Content-Type": "text/plain"}, b"not found"
                else:
                    status, headers, body = route(self) if callable(route) else route
                if body is None:  # the route wrote its own response
                    return
                self.send_response(status)
                for key, value in headers.items():
                    self.send_header(key, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.port = self.httpd.server_address[1]
        self.thread = threading.Thread(
            target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    def url(self, path: str = "/") -> str:
        """The full URL of ``path`` on this server."""
        return f"http://127.0.0.1:{self.port}{path}"

    def paths(self) -> list[str]:
        """The paths requested so far, in order."""
        return [path for path, _ in self.requests]

    def __enter__(self) -> PageServer:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.release.set()
        self.httpd.shutdown()
        self.httpd.server_close()
