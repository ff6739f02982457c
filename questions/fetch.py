"""A careful HTTP fetcher for news pages and feeds.

Only http(s); a timeout per read and a deadline for the whole fetch; a size limit on the
(decompressed) body; at most a few redirects, a loop is an error; conditional GET with
ETag/Last-Modified; a user agent that names the project. Unless ``allow_private`` is set
(the CLI and tests may set it, the web form never does), every address a host name resolves to,
at every redirect hop, must be a public one: no loopback, private, link-local, shared,
multicast or reserved ranges. The connection then goes to the address that was checked, so a
second DNS answer cannot swap in another one.
"""

from __future__ import annotations

import ipaddress
import socket
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import urllib3

USER_AGENT = "Nieuwsquiz/0.1 (news quiz generator; +https://github.com/nieuwsquiz)"
ACCEPT = (
    "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
    "application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.5"
)
REDIRECT_CODES = frozenset({301, 302, 303, 307, 308})
IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
Resolver = Callable[[str, int], Iterable[str]]


class FetchError(Exception):
    """A page could not be fetched; the message is meant for the user (Dutch)."""

    reason = "error"


class BlockedAddress(FetchError):
    """The URL points at an address on the server's own network (or another non-public one)."""

    reason = "blocked"


class TooManyRedirects(FetchError):
    """More redirects than allowed, or a redirect loop."""

    reason = "redirects"


class TooLarge(FetchError):
    """The response is larger than the size limit."""

    reason = "too_large"


class NetworkError(FetchError):
    """The server could not be reached or did not answer in time (may work later)."""

    reason = "network"


class HTTPStatusError(FetchError):
    """The server answered with an error status."""

    reason = "status"

    def __init__(self, message: str, status: int):
        super().__init__(message)
        self.status = status


@dataclass(frozen=True)
class Response:
    """What a fetch gave back; ``not_modified`` when a conditional GET got 304."""

    url: str  # the final URL, after redirects
    status: int
    body: bytes
    content_type: str  # media type only, lower case ("text/html")
    charset: str | None  # as declared in the Content-Type header
    etag: str | None = None
    last_modified: str | None = None
    not_modified: bool = False
    redirects: tuple[str, ...] = ()


def system_resolver(host: str, port: int) -> list[str]:
    """Every address ``host`` resolves to (IPv4 and IPv6)."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as error:
        raise FetchError(f"De website {host} is niet gevonden.") from error
    return list(dict.fromkeys(info[4][0] for info in infos))


def is_public(address: IPAddress) -> bool:
    """Whether an address is globally routable (IPv4-mapped IPv6 judged as its IPv4 address)."""
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    return address.is_global and not address.is_multicast


class Fetcher:
    """Fetches one URL at a time under the limits it was made with."""

    def __init__(
        self,
        *,
        allow_private: bool = False,
        timeout: float = 10.0,
        max_bytes: int = 5 * 1024 * 1024,
        max_redirects: int = 3,
        user_agent: str = USER_AGENT,
        resolver: Resolver = system_resolver,
    ):
        self.allow_private = allow_private
        self.timeout = timeout
        self.max_bytes = max_bytes
        self.max_redirects = max_redirects
        self.user_agent = user_agent
        self.resolver = resolver

    def address_allowed(self, address: IPAddress) -> bool:
        """Whether a connection to ``address`` is allowed under this fetcher's policy."""
        return self.allow_private or is_public(address)

    def fetch(
        self, url: str, *, etag: str | None = None, last_modified: str | None = None
    ) -> Response:
        """GET ``url``, following at most ``max_redirects`` redirects; raises FetchError."""
        deadline = time.monotonic() + 3 * self.timeout
        seen = [url]
        while True:
            pool, response = self._get_once(url, etag, last_modified, deadline)
            if response.status not in REDIRECT_CODES:
                break
            location = response.headers.get("Location")
            response.release_conn()
            pool.close()
            if not location:
                raise FetchError("De website stuurt door, maar zegt niet waarheen.")
            url = urljoin(url, location.strip())
            if url in seen:
                raise TooManyRedirects(
                    "De website stuurt in een kringetje door (een doorverwijzingslus)."
                )
            seen.append(url)
            if len(seen) - 1 > self.max_redirects:
                raise TooManyRedirects(
                    f"De website stuurt te vaak door (meer dan {self.max_redirects} keer)."
                )
        try:
            return self._finish(url, response, tuple(seen[1:]), deadline)
        finally:
            response.release_conn()
            pool.close()

    def _finish(self, url, response, redirects, deadline) -> Response:
        headers = response.headers
        common = {
            "url": url,
            "status": response.status,
            "redirects": redirects,
            "etag": headers.get("ETag"),
            "last_modified": headers.get("Last-Modified"),
        }
        media_type, charset = parse_content_type(headers.get("Content-Type", ""))
        if response.status == 304:
            return Response(
                body=b"", content_type=media_type, charset=charset, not_modified=True, **common
            )
        if response.status >= 400:
            raise HTTPStatusError(_status_message(response.status), response.status)
        if response.status != 200:
            raise FetchError(f"De website gaf een onverwacht antwoord ({response.status}).")
        declared = headers.get("Content-Length")
        if declared and declared.isdigit() and int(declared) > self.max_bytes:
            raise TooLarge(self._too_large())
        body = bytearray()
        try:
            for chunk in response.stream(64 * 1024, decode_content=True):
                body += chunk
                if len(body) > self.max_bytes:
                    raise TooLarge(self._too_large())
                if time.monotonic() > deadline:
                    raise NetworkError("Het ophalen van de pagina duurde te lang.")
        except urllib3.exceptions.HTTPError as error:
            raise _network_error(error) from error
        return Response(body=bytes(body), content_type=media_type, charset=charset, **common)

    def _too_large(self) -> str:
        return f"De pagina is te groot (meer dan {self.max_bytes // 1024} kB)."

    def _get_once(self, url, etag, last_modified, deadline):
        parts = urlsplit(url)
        scheme = parts.scheme.lower()
        if scheme not in ("http", "https"):
            raise FetchError("Alleen http- en https-adressen kunnen worden opgehaald.")
        host = parts.hostname
        if not host:
            raise FetchError("Dit adres heeft geen websitenaam.")
        if parts.username or parts.password:
            raise FetchError("Adressen met een gebruikersnaam of wachtwoord worden niet opgehaald.")
        try:
            port = parts.port or (443 if scheme == "https" else 80)
        except ValueError as error:
            raise FetchError("Dit adres heeft een ongeldig poortnummer.") from error
        address = self._checked_address(host, port)
        if time.monotonic() > deadline:
            raise NetworkError("Het ophalen van de pagina duurde te lang.")
        headers = {
            "Host": parts.netloc.rsplit("@", 1)[-1],
            "User-Agent": self.user_agent,
            "Accept": ACCEPT,
            "Accept-Language": "nl, en;q=0.8",
            "Accept-Encoding": "gzip, deflate",
        }
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        timeout = urllib3.Timeout(connect=self.timeout, read=self.timeout)
        if scheme == "https":
            pool = urllib3.HTTPSConnectionPool(
                address,
                port,
                timeout=timeout,
                retries=False,
                maxsize=1,
                server_hostname=host,
                assert_hostname=host,
                cert_reqs="CERT_REQUIRED",
            )
        else:
            pool = urllib3.HTTPConnectionPool(
                address, port, timeout=timeout, retries=False, maxsize=1
            )
        path = parts.path or "/"
        if parts.query:
            path += "?" + parts.query
        try:
            response = pool.urlopen(
                "GET",
                path,
                headers=headers,
                redirect=False,
                retries=False,
                preload_content=False,
                decode_content=True,
            )
        except urllib3.exceptions.HTTPError as error:
            pool.close()
            raise _network_error(error) from error
        return pool, response

    def _checked_address(self, host: str, port: int) -> str:
        """Resolve ``host``; refuse when any of its addresses is not allowed; return one."""
        try:
            literal = ipaddress.ip_address(host.strip("[]"))
        except ValueError:
            literal = None
        names = [str(literal)] if literal else list(self.resolver(host, port))
        if not names:
            raise FetchError(f"De website {host} is niet gevonden.")
        for name in names:
            address = ipaddress.ip_address(name.split("%", 1)[0])
            if not self.address_allowed(address):
                raise BlockedAddress(
                    f"{host} ligt op een intern of gereserveerd netwerkadres ({address}); "
                    "zulke adressen worden niet opgehaald."
                )
        return names[0]


def parse_content_type(value: str) -> tuple[str, str | None]:
    """Split a Content-Type header into its media type and declared charset."""
    media_type, _, params = value.partition(";")
    charset = None
    for param in params.split(";"):
        key, _, val = param.partition("=")
        if key.strip().lower() == "charset" and val.strip():
            charset = val.strip().strip("\"'").lower()
    return media_type.strip().lower(), charset


def _status_message(status: int) -> str:
    if status in (401, 402, 403):
        return (
            f"De website weigert de pagina te geven ({status}); misschien staat die "
            "achter een betaalmuur of inlog."
        )
    if status in (404, 410):
        return f"Deze pagina bestaat niet (meer) ({status})."
    if status == 429:
        return "De website vraagt om het later nog eens te proberen (429)."
    return f"De website gaf een foutmelding ({status})."


def _network_error(error: Exception) -> FetchError:
    if isinstance(error, urllib3.exceptions.SSLError):
        return FetchError("De beveiligde verbinding met de website is niet te vertrouwen.")
    if isinstance(error, urllib3.exceptions.TimeoutError):
        return NetworkError("De website reageert niet op tijd.")
    return NetworkError("De website is niet bereikbaar.")


def fetch(
    url: str,
    *,
    allow_private: bool = False,
    etag: str | None = None,
    last_modified: str | None = None,
    **limits,
) -> Response:
    """Fetch one URL with a fresh :class:`Fetcher`; see its parameters for ``limits``."""
    return Fetcher(allow_private=allow_private, **limits).fetch(
        url, etag=etag, last_modified=last_modified
    )
