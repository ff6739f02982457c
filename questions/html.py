"""A saved or fetched HTML page in, an `Article` record out (trafilatura does the extraction).

Besides the article this gives the author and the canonical URL, which the record does not
carry. Pages that are not news articles raise `NotAnArticle` with a message for the user:
PDFs and other non-HTML files, cookie walls, paywall stubs, index pages and pages with too
little text.
"""

from __future__ import annotations

import codecs
import json
import re
from dataclasses import dataclass, replace
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

import lxml.html
import trafilatura
from lxml import etree

from questions.errors import ArticleError
from questions.ingest import detect_language, parse_text
from questions.records import Article

MIN_WORDS = 60  # below this a page is a stub, not an article
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml", "text/plain", ""})
META_CHARSET_RE = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.I)
XML_DECL_RE = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)
COOKIE_RE = re.compile(r"\bcookies?\b|\btoestemming\b|\bconsent\b|\bprivacyinstellingen\b", re.I)
PAYWALL_RE = re.compile(
    r"\b(?:abonnee|abonnement|abonneer|premium|alleen voor leden|lees verder met|log in om|"
    r"subscribe|subscribers?|subscription)\b",
    re.I,
)
TRACKING_PARAM_RE = re.compile(r"^(?:utm_\w+|fbclid|gclid|mc_cid|mc_eid|at_medium|at_campaign)$")
DUTCH_MONTHS = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)
DUTCH_DATE_RE = re.compile(r"\b(\d{1,2})\s+(" + "|".join(DUTCH_MONTHS) + r")\s+(\d{4})\b", re.I)
# Text-only encodings that browsers treat as Windows-1252 (WHATWG Encoding Standard).
CP1252_ALIASES = frozenset({"latin_1", "iso8859_1", "ascii", "cp1252"})


class NotAnArticle(ArticleError):
    """The page is something other than a readable news article."""


@dataclass(frozen=True)
class Page:
    """An article extracted from a web page, with what the record itself does not keep."""

    article: Article
    author: str | None = None
    canonical_url: str | None = None
    site_name: str | None = None


def decode_html(body: bytes, declared: str | None = None) -> str:
    """Bytes to text: byte-order mark, then the header's charset, then a <meta> charset.

    Without any of those, UTF-8 when the bytes are valid UTF-8, else Windows-1252, as browsers
    do; ISO-8859-1 and ASCII are read as Windows-1252 too, also as browsers do.
    """
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if body.startswith(bom):
            return body.decode(encoding, errors="replace").lstrip("\ufeff")
    candidates = [declared]
    match = META_CHARSET_RE.search(body[:4096])
    if match:
        candidates.append(match.group(1).decode("ascii"))
    for name in candidates:
        encoding = _encoding(name)
        if encoding:
            return body.decode(encoding, errors="replace")
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        return body.decode("cp1252", errors="replace")


def _encoding(name: str | None) -> str | None:
    if not name:
        return None
    try:
        codec = codecs.lookup(name.strip().lower())
    except LookupError:
        return None
    return "cp1252" if codec.name.replace("-", "_") in CP1252_ALIASES else codec.name


def parse_html(
    content: bytes | str,
    *,
    url: str | None = None,
    content_type: str = "text/html",
    charset: str | None = None,
) -> Page:
    """Extract the article from a page; raise NotAnArticle when the page is not one."""
    if (
        isinstance(content, bytes)
        and content.lstrip()[:5] == b"%PDF-"
        or content_type == "application/pdf"
    ):
        raise NotAnArticle(
            "Dit is een PDF-bestand, geen webpagina. Kopieer de tekst uit de PDF "
            "en plak die op de pagina 'Artikel plakken'."
        )
    if content_type not in HTML_TYPES:
        raise NotAnArticle(f"Dit is geen webpagina maar een bestand van het type {content_type}.")
    html = decode_html(content, charset) if isinstance(content, bytes) else content
    html = XML_DECL_RE.sub("", html)
    tree = _tree(html)
    if tree is None:
        raise NotAnArticle("Deze pagina is leeg of geen HTML.")
    facts = _page_facts(tree)
    document = trafilatura.bare_extraction(
        _unwrap_layout_tables(tree),
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        favor_precision=True,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    text = (document.text if document is not None else "") or ""
    title = (document.title if document is not None else None) or facts["title"] or ""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    words = sum(len(line.split()) for line in lines)
    _refuse_non_articles(facts, lines, words)

    headline = " ".join(title.split())
    if lines and " ".join(lines[0].split()) == headline:
        lines = lines[1:]
    published = (document.date if document is not None else None) or _dutch_date(lines[:3])
    lines = [line for line in lines if not DUTCH_DATE_RE.fullmatch(line)]  # a bare dateline
    language = facts["language"] or detect_language(headline + "\n" + "\n".join(lines))
    canonical = canonical_url(facts["canonical"] or (document.url if document else None), url)
    if canonical and urlsplit(canonical).path == "/" and not urlsplit(canonical).query:
        canonical = None  # some sites name their home page as every page's canonical URL
    record = parse_text(
        "\n\n".join(lines),
        headline=headline or None,
        source_url=canonical or url,
        language=language,
    )
    record = replace(record, published=published)
    author = document.author if document is not None else None
    site = document.sitename if document is not None else None
    return Page(
        article=record, author=author or None, canonical_url=canonical, site_name=site or None
    )


def _tree(html: str):
    try:
        return lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        return None


def _unwrap_layout_tables(tree):
    """Old sites lay pages out with tables; cells that hold paragraphs become plain blocks."""
    tree = lxml.html.fromstring(lxml.html.tostring(tree))  # work on a copy
    for cell in tree.xpath("//td[.//p] | //th[.//p]"):
        for node in cell.iterancestors("table", "tbody", "thead", "tr"):
            node.tag = "div"
        cell.tag = "div"
    for row in tree.xpath("//table[not(.//td) and not(.//th)]"):
        row.tag = "div"
    return tree


def _page_facts(tree) -> dict:
    """What the raw page says about itself: type, language, canonical link, paywall flags."""

    def first(xpath: str) -> str | None:
        values = [v.strip() for v in tree.xpath(xpath) if isinstance(v, str) and v.strip()]
        return values[0] if values else None

    ld_types, free = set(), None
    for script in tree.xpath('//script[@type="application/ld+json"]/text()'):
        try:
            data = json.loads(script)
        except ValueError:
            continue
        for item in data if isinstance(data, list) else [data]:
            if isinstance(item, dict):
                kind = item.get("@type")
                ld_types.update(kind if isinstance(kind, list) else [kind])
                if "isAccessibleForFree" in item:
                    free = str(item["isAccessibleForFree"]).strip().lower() not in ("false", "0")
    language = (
        first("/html/@lang")
        or first('//meta[@http-equiv="content-language"]/@content')
        or first('//meta[@property="og:locale"]/@content')
    )
    return {
        "title": first("//title/text()"),
        "og_type": (first('//meta[@property="og:type"]/@content') or "").lower(),
        "ld_types": {str(t).lower() for t in ld_types if t},
        "free": free,
        "canonical": first('//link[@rel="canonical"]/@href')
        or first('//meta[@property="og:url"]/@content'),
        "language": language.replace("_", "-").split("-")[0].lower()[:8] if language else None,
        "teasers": len(tree.xpath("//*[self::h2 or self::h3 or self::h4][.//a[@href]]")),
        "paragraphs": len(tree.xpath("//p[string-length(normalize-space()) > 150]")),
    }


def _refuse_non_articles(facts: dict, lines: list[str], words: int) -> None:
    text = " ".join(lines)
    is_article = facts["og_type"] == "article" or any("article" in t for t in facts["ld_types"])
    if words < 150 and len(COOKIE_RE.findall(text)) >= 2:
        raise NotAnArticle(
            "Deze pagina is een cookiemelding, niet het artikel zelf. Open het "
            "artikel in je browser, accepteer of weiger de cookies, en kopieer "
            "dan de tekst."
        )
    if words < MIN_WORDS * 3 and (facts["free"] is False or PAYWALL_RE.search(text)):
        raise NotAnArticle(
            "Dit artikel staat achter een betaalmuur: alleen het begin is te "
            "lezen. Plak de volledige tekst als je toegang hebt."
        )
    if (
        not is_article
        and (facts["og_type"] == "website" or facts["teasers"] >= 5)
        and facts["paragraphs"] < 3
    ):
        raise NotAnArticle(
            "Dit lijkt een overzichtspagina met koppen, geen los artikel. Open "
            "een van de artikelen en gebruik het adres daarvan."
        )
    if words < MIN_WORDS:
        raise NotAnArticle(
            f"Op deze pagina staat te weinig tekst voor een artikel ({words} "
            f"woorden; minstens {MIN_WORDS} nodig)."
        )


def _dutch_date(lines: list[str]) -> str | None:
    """A date written out in Dutch ("12 augustus 2024") near the top, as ISO."""
    for line in lines:
        match = DUTCH_DATE_RE.search(line)
        if match:
            day, month, year = match.groups()
            return f"{year}-{DUTCH_MONTHS.index(month.lower()) + 1:02d}-{int(day):02d}"
    return None


def canonical_url(href: str | None, base: str | None) -> str | None:
    """An absolute http(s) URL without fragment or tracking parameters, or None."""
    if not href:
        return None
    url = urljoin(base or "", href.strip())
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    query = [
        (k, v)
        for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if not TRACKING_PARAM_RE.match(k)
    ]
    return urlunsplit(
        (parts.scheme.lower(), parts.netloc.lower(), parts.path or "/", urlencode(query), "")
    )
