"""Parsing RSS and Atom feeds: entries, dates, duplicates, broken feeds."""

from __future__ import annotations

import pytest

from questions.errors import ArticleError
from questions.feeds import FeedError, parse_feed
from tests.pageserver import data_file

BASE = "https://nieuws.example"


def feed(name: str) -> bytes:
    return data_file(f"feeds/{name}").replace(b"{base}", BASE.encode())


def test_rss_entries_with_guid_link_title_and_date():
    parsed = parse_feed(feed("stadsnieuws.rss"))
    assert parsed.title == "Stadsnieuws Utrecht"
    assert [e.guid for e in parsed.entries] == [f"stadsnieuws-100{n}" for n in range(1, 5)]
    first = parsed.entries[0]
    assert first.link == f"{BASE}/pages/fietsenstalling-utrecht.html"
    assert first.title == "Utrecht bouwt nieuwe fietsenstalling onder Vredenburg"
    assert first.published == "2024-10-01"


def test_atom_duplicates_by_id_or_link_are_dropped():
    parsed = parse_feed(feed("dubbel.atom"))
    assert parsed.title == "Cultuur en horeca"
    assert [e.guid for e in parsed.entries] == [
        "urn:nieuwsquiz:test:horeca-1",
        "urn:nieuwsquiz:test:boeken-1",
        "urn:nieuwsquiz:test:fiets-via-omweg",
    ]


@pytest.mark.parametrize(
    "content",
    [
        feed("kapot.rss"),
        data_file("pages/index-voorpagina.html"),
        b"",
        b"\x00\xff rommel",
    ],
)
def test_broken_or_not_a_feed(content):
    with pytest.raises(FeedError, match="geen geldige RSS- of Atom-feed") as info:
        parse_feed(content)
    assert isinstance(info.value, ArticleError)


def test_entries_without_a_web_link_are_left_out():
    rss = (
        b'<rss version="2.0"><channel><title>T</title>'
        b"<item><title>a</title><link>javascript:alert(1)</link></item>"
        b"<item><title>b</title><guid>x</guid></item>"
        b"<item><title>c</title><link>https://n.example/c</link></item>"
        b"</channel></rss>"
    )
    assert [e.link for e in parse_feed(rss).entries] == ["https://n.example/c"]
