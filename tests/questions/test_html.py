"""HTML pages to Article records: several site layouts, encodings and non-articles."""

from __future__ import annotations

import pytest

from questions.errors import ArticleError
from questions.html import NotAnArticle, canonical_url, decode_html, parse_html
from tests.pageserver import data_file

BOILERPLATE = (
    "cookie",
    "Lees ook",
    "Foto:",
    "nieuwsbrief",
    "1:45",
    "Alle rechten",
    "Klik op akkoord",
)


@pytest.mark.parametrize(
    ("name", "headline", "published", "language", "author", "canonical", "phrase"),
    [
        (
            "fietsenstalling-utrecht.html",
            "Utrecht bouwt nieuwe fietsenstalling onder Vredenburg",
            "2024-10-01",
            "nl",
            "Sanne de Wit",
            "https://stadsnieuws.example/utrecht/fietsenstalling-vredenburg",
            "4500 fietsen",
        ),
        (
            "schaatsbaan-jsonld.html",
            "Heerenveen krijgt tweede overdekte ijsbaan",
            "2024-09-26",
            "nl",
            "Jelle Hoekstra",
            "https://noordelijk.example/nieuws/2024/09/26/heerenveen-tweede-ijsbaan",
            "65 miljoen euro",
        ),
        (
            "boekenweek-oud.html",
            "Boekenweekgeschenk dit jaar geschreven door Hanna Bervoets",
            "2024-03-08",
            "nl",
            "Redactie Cultuur",
            "https://oud.example/boekenweek",
            "89ste editie",
        ),
        (
            "english-museum.html",
            "Rijksmuseum to show restored Night Watch from October",
            "2024-09-30",
            "en",
            "Emma Clarke",
            "https://oud.example/boekenweek",
            "glass chamber",
        ),
    ],
)
def test_site_layouts(name, headline, published, language, author, canonical, phrase):
    page = parse_html(data_file(f"pages/{name}"), url="https://oud.example/boekenweek")
    article = page.article
    assert article.headline == headline
    assert article.published == published
    assert article.language == language
    assert page.author == author
    assert page.canonical_url == canonical
    assert article.source_url == canonical
    assert phrase in article.text
    assert article.paragraphs[0] != headline
    assert len(article.paragraphs) >= 3
    for junk in BOILERPLATE:
        assert junk.lower() not in article.text.lower(), junk


def test_windows_1252_page_with_declared_charset_decodes():
    raw = data_file("pages/horeca-groningen-cp1252.html")
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    article = parse_html(raw).article
    assert article.headline == "Café’s in Groningen mogen langer open tijdens de Noorderzon"
    assert "€ 18" in article.text
    assert "“We willen dat de stad ook na middernacht gastvrij blijft”" in article.text
    assert "Café-eigenaar" in article.text
    assert article.published == "2024-08-12"  # from the Dutch dateline
    assert "Gepubliceerd" not in article.text


@pytest.mark.parametrize(
    ("body", "declared", "expected"),
    [
        ("Café".encode("cp1252"), "windows-1252", "Café"),
        ("Café".encode("cp1252"), "iso-8859-1", "Café"),
        ("“€”".encode("cp1252"), "latin1", "“€”"),  # browsers read latin-1 as windows-1252
        ("Café".encode(), None, "Café"),
        ("Café".encode("cp1252"), None, "Café"),  # not UTF-8 and nothing declared
        ("Café".encode(), "no-such-charset", "Café"),
        ('<meta charset="windows-1252">é'.encode("cp1252"), None, '<meta charset="windows-1252">é'),
        ("\ufeffCafé".encode(), "windows-1252", "Café"),  # a BOM wins over the header
    ],
)
def test_decode_html(body, declared, expected):
    assert decode_html(body, declared) == expected


@pytest.mark.parametrize(
    ("name", "kwargs", "message"),
    [
        ("index-voorpagina.html", {}, "overzichtspagina"),
        ("paywall-stub.html", {}, "betaalmuur"),
        ("cookiewall.html", {}, "cookiemelding"),
        ("persbericht.pdf", {}, "PDF"),
        ("persbericht.pdf", {"content_type": "application/pdf"}, "PDF"),
        ("kort.html", {}, "te weinig tekst"),
        ("fietsenstalling-utrecht.html", {"content_type": "image/png"}, "geen webpagina"),
    ],
)
def test_non_articles_get_a_clear_message(name, kwargs, message):
    with pytest.raises(NotAnArticle, match=message) as info:
        parse_html(data_file(f"pages/{name}"), **kwargs)
    assert isinstance(info.value, ArticleError)


def test_empty_page():
    with pytest.raises(NotAnArticle):
        parse_html(b"")


@pytest.mark.parametrize(
    ("href", "base", "expected"),
    [
        ("/a?utm_source=rss&id=3#top", "https://Nieuws.example/x", "https://nieuws.example/a?id=3"),
        ("https://n.example/b", None, "https://n.example/b"),
        ("javascript:alert(1)", "https://n.example/", None),
        (None, "https://n.example/", None),
    ],
)
def test_canonical_url(href, base, expected):
    assert canonical_url(href, base) == expected


def test_a_home_page_canonical_link_is_ignored():
    html = data_file("pages/fietsenstalling-utrecht.html").replace(
        b"https://stadsnieuws.example/utrecht/fietsenstalling-vredenburg?utm_source=rss#top",
        b"https://stadsnieuws.example/",
    )
    page = parse_html(html, url="https://stadsnieuws.example/a/123")
    assert page.canonical_url is None
    assert page.article.source_url == "https://stadsnieuws.example/a/123"
