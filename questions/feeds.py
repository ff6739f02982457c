"""RSS and Atom feeds in, a list of entries out (feedparser does the parsing)."""

from __future__ import annotations

import time
from dataclasses import dataclass

import feedparser

from questions.errors import ArticleError


class FeedError(ArticleError):
    """The document is not a usable RSS or Atom feed."""


@dataclass(frozen=True)
class FeedEntry:
    """One item of a feed: a stable id, the link to the article, its title and date."""

    guid: str
    link: str
    title: str = ""
    published: str | None = None  # ISO date (YYYY-MM-DD) when the feed gives one


@dataclass(frozen=True)
class ParsedFeed:
    """A feed's title and its entries, duplicates (same id or same link) removed."""

    title: str
    entries: tuple[FeedEntry, ...]


def parse_feed(content: bytes | str, *, url: str | None = None) -> ParsedFeed:
    """Parse RSS/Atom; raise FeedError when it is not a feed or is too broken to use."""
    parsed = feedparser.parse(content, response_headers={"content-location": url} if url else None)
    title = " ".join((parsed.feed.get("title") or "").split())
    if (
        parsed.bozo
        and not parsed.entries
        and not title
        or not parsed.get("version")
        and not parsed.entries
    ):
        problem = parsed.get("bozo_exception")
        detail = f" ({str(problem).splitlines()[0][:120]})" if problem else ""
        raise FeedError(f"Dit is geen geldige RSS- of Atom-feed{detail}.")
    entries, seen = [], set()
    for raw in parsed.entries:
        entry = _entry(raw)
        if entry is None or entry.guid in seen or entry.link in seen:
            continue
        seen.update({entry.guid, entry.link})
        entries.append(entry)
    return ParsedFeed(title=title, entries=tuple(entries))


def _entry(raw) -> FeedEntry | None:
    link = (raw.get("link") or "").strip()
    if not link.lower().startswith(("http://", "https://")):
        return None
    guid = (raw.get("id") or "").strip() or link
    stamp = raw.get("published_parsed") or raw.get("updated_parsed")
    published = time.strftime("%Y-%m-%d", stamp) if stamp else None
    return FeedEntry(
        guid=guid, link=link, title=" ".join((raw.get("title") or "").split()), published=published
    )
