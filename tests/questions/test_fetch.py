"""The safe fetcher, against a local server on loopback (no network)."""

from __future__ import annotations

import ipaddress
import shutil
import ssl
import subprocess

import pytest

from questions.fetch import (
    USER_AGENT,
    BlockedAddress,
    Fetcher,
    FetchError,
    HTTPStatusError,
    TooLarge,
    TooManyRedirects,
    is_public,
    parse_content_type,
)
from tests.pageserver import PageServer, page, redirect

HTML = "<html><head><title>Kop</title></head><body><p>Tekst.</p></body></html>"


def _conditional(handler):
    if handler.headers.get("If-None-Match") == '"v1"':
        return 304, {"ETag": '"v1"'}, b""
    return page(HTML, ETag='"v1"', **{"Last-Modified": "Tue, 01 Oct 2024 08:00:00 GMT"})


def _endless(handler):
    """Sends a body without Content-Length until the client gives up."""
    handler.send_response(200)
    handler.send_header("Content-Type", "text/html")
    handler.send_header("Connection", "close")
    handler.end_headers()
    try:
        for _ in range(2000):  # 2000 x 8 kB = 16 MB, far above the test limit
            handler.wfile.write(b"<p>" + b"x" * 8189 + b"</p>")
    except OSError:
        pass
    return 200, {}, None


ROUTES = {
    "/page": page(HTML),
    "/conditional": _conditional,
    "/r1": redirect("/r2"),
    "/r2": redirect("/r3", 301),
    "/r3": redirect("/page", 307),
    "/r0": redirect("/r1"),
    "/loop-a": redirect("/loop-b"),
    "/loop-b": redirect("/loop-a"),
    "/self": redirect("/self"),
    "/big-declared": page(b"x" * 300_000),
    "/big-streamed": _endless,
    "/to-private": redirect("http://10.1.2.3/page"),
    "/to-metadata": redirect("http://169.254.169.254/latest/meta-data/"),
    "/to-other-loopback": None,  # filled in by the fixture (needs the port)
    "/to-file": redirect("file:///etc/passwd"),
    "/paywall": (402, {"Content-Type": "text/html"}, b"<p>Betaal eerst.</p>"),
    "/gone": (404, {"Content-Type": "text/html"}, b"weg"),
}


@pytest.fixture
def server():
    """The test server on 127.0.0.1."""
    with PageServer(ROUTES) as srv:
        srv.routes["/to-other-loopback"] = redirect(f"http://127.0.0.2:{srv.port}/page")
        yield srv


@pytest.fixture
def fetcher():
    """A fetcher allowed to reach the loopback test server, with a small size limit."""
    return Fetcher(allow_private=True, timeout=5, max_bytes=100_000)


class LoopbackOnly(Fetcher):
    """Treats 127.0.0.1 (the test server) as public, every other non-public address as usual."""

    def address_allowed(self, address):
        return str(address) == "127.0.0.1" or is_public(address)


def test_fetches_a_page_with_user_agent(server, fetcher):
    response = fetcher.fetch(server.url("/page"))
    assert response.status == 200
    assert response.body.decode() == HTML
    assert response.content_type == "text/html"
    assert response.charset == "utf-8"
    assert server.requests[0][1]["User-Agent"] == USER_AGENT
    assert "Nieuwsquiz" in USER_AGENT


def test_conditional_get_sends_validators_and_reports_not_modified(server, fetcher):
    first = fetcher.fetch(server.url("/conditional"))
    assert first.etag == '"v1"' and first.last_modified.startswith("Tue, 01 Oct 2024")
    second = fetcher.fetch(
        server.url("/conditional"), etag=first.etag, last_modified=first.last_modified
    )
    assert second.not_modified and second.status == 304 and second.body == b""
    sent = server.requests[1][1]
    assert sent["If-None-Match"] == '"v1"'
    assert sent["If-Modified-Since"] == first.last_modified


def test_follows_three_redirects(server, fetcher):
    response = fetcher.fetch(server.url("/r1"))
    assert response.url == server.url("/page")
    assert response.redirects == (server.url("/r2"), server.url("/r3"), server.url("/page"))


def test_refuses_a_fourth_redirect(server, fetcher):
    with pytest.raises(TooManyRedirects, match="te vaak"):
        fetcher.fetch(server.url("/r0"))
    assert "/page" not in server.paths()


@pytest.mark.parametrize("path", ["/loop-a", "/self"])
def test_redirect_loop_is_a_clear_error(server, fetcher, path):
    with pytest.raises(TooManyRedirects, match="kringetje"):
        fetcher.fetch(server.url(path))


@pytest.mark.parametrize("path", ["/big-declared", "/big-streamed"])
def test_oversized_response_is_refused(server, fetcher, path):
    with pytest.raises(TooLarge, match="te groot"):
        fetcher.fetch(server.url(path))


def test_error_status_has_a_message(server, fetcher):
    with pytest.raises(HTTPStatusError, match="betaalmuur") as info:
        fetcher.fetch(server.url("/paywall"))
    assert info.value.status == 402
    with pytest.raises(HTTPStatusError, match="bestaat niet"):
        fetcher.fetch(server.url("/gone"))


def test_stalled_server_times_out(server):
    server.routes["/stall"] = lambda handler: (server.release.wait(30), page(HTML))[1]
    with pytest.raises(FetchError, match="niet op tijd"):
        Fetcher(allow_private=True, timeout=0.2).fetch(server.url("/stall"))


@pytest.mark.parametrize(
    "url",
    ["ftp://example.org/x", "file:///etc/passwd", "javascript:alert(1)", "gopher://example.org/"],
)
def test_only_http_and_https(url):
    with pytest.raises(FetchError, match="Alleen http"):
        Fetcher().fetch(url)


def test_redirect_to_another_scheme_is_refused(server, fetcher):
    with pytest.raises(FetchError, match="Alleen http"):
        fetcher.fetch(server.url("/to-file"))


def test_loopback_test_server_is_refused_by_default(server):
    with pytest.raises(BlockedAddress, match="intern"):
        Fetcher().fetch(server.url("/page"))
    assert server.requests == []  # refused before connecting


def test_localhost_name_is_refused_by_default(server):
    with pytest.raises(BlockedAddress):
        Fetcher().fetch(f"http://localhost:{server.port}/page")
    assert server.requests == []


@pytest.mark.parametrize(
    "addresses",
    [
        ["10.0.0.5"],
        ["172.16.5.4"],
        ["192.168.1.1"],
        ["169.254.169.254"],
        ["127.0.0.1"],
        ["0.0.0.0"],
        ["100.64.0.1"],
        ["240.0.0.1"],
        ["224.0.0.1"],
        ["::1"],
        ["fe80::1"],
        ["fc00::1"],
        ["::ffff:127.0.0.1"],
        ["::ffff:10.0.0.1"],
        ["93.184.215.14", "10.0.0.5"],  # one bad address among good ones is enough to refuse
    ],
)
def test_host_resolving_to_a_private_address_is_refused(addresses):
    contacted = []

    def resolver(host, port):
        contacted.append(host)
        return addresses

    with pytest.raises(BlockedAddress):
        Fetcher(resolver=resolver).fetch("http://nieuws.example/artikel")
    assert contacted == ["nieuws.example"]


@pytest.mark.parametrize(
    "url",
    [
        "http://10.1.2.3/",
        "http://[::1]:8080/",
        "http://2130706433/",
        "http://0x7f.1/",
        "http://169.254.169.254/latest/",
    ],
)
def test_private_literals_are_refused(url):
    with pytest.raises(BlockedAddress):
        Fetcher().fetch(url)


@pytest.mark.parametrize("path", ["/to-private", "/to-metadata", "/to-other-loopback"])
def test_every_redirect_hop_is_checked(server, path):
    with pytest.raises(BlockedAddress):
        LoopbackOnly().fetch(server.url(path))
    assert server.paths() == [path]


@pytest.mark.parametrize(
    ("address", "public"),
    [
        ("93.184.215.14", True),
        ("2a00:1450:4001:82a::200e", True),
        ("8.8.8.8", True),
        ("10.0.0.1", False),
        ("127.0.0.1", False),
        ("::ffff:8.8.8.8", True),
    ],
)
def test_is_public(address, public):
    assert is_public(ipaddress.ip_address(address)) is public


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("text/html; charset=Windows-1252", ("text/html", "windows-1252")),
        ('text/html;charset="utf-8"', ("text/html", "utf-8")),
        ("application/pdf", ("application/pdf", None)),
        ("", ("", None)),
    ],
)
def test_parse_content_type(header, expected):
    assert parse_content_type(header) == expected


@pytest.fixture
def tls_server(tmp_path):
    """An HTTPS server on loopback with a self-signed certificate for the name localhost."""
    if not shutil.which("openssl"):
        pytest.skip("openssl is needed to make a test certificate")
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "1",
            "-keyout",
            str(key),
            "-out",
            str(cert),
            "-subj",
            "/CN=localhost",
            "-addext",
            "subjectAltName=DNS:localhost",
        ],
        check=True,
        capture_output=True,
    )
    with PageServer({"/page": page(HTML)}) as srv:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(cert, key)
        srv.httpd.socket = context.wrap_socket(srv.httpd.socket, server_side=True)
        yield srv, cert


def test_https_verifies_the_certificate(tls_server):
    srv, _ = tls_server
    with pytest.raises(FetchError, match="niet te vertrouwen"):
        Fetcher(allow_private=True, timeout=5).fetch(f"https://localhost:{srv.port}/page")


def test_https_with_a_trusted_certificate_and_the_name_checked(tls_server, monkeypatch):
    srv, cert = tls_server
    monkeypatch.setenv("SSL_CERT_FILE", str(cert))
    fetcher = Fetcher(allow_private=True, timeout=5)
    assert fetcher.fetch(f"https://localhost:{srv.port}/page").body.decode() == HTML
    # Same server and certificate, but the name in the URL is not the certificate's name.
    with pytest.raises(FetchError, match="niet te vertrouwen"):
        fetcher.fetch(f"https://127.0.0.1:{srv.port}/page")
