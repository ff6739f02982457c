"""Articles from the web, from files and from feeds; storing goes through services.articles.

Every import ends in :func:`quiz.services.articles.import_record`, the one place where question
records become rows. Failures carry a message for the user (an ArticleError); a bulk import or
a feed pull reports them per item and goes on with the rest.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from questions.errors import ArticleError
from questions.feeds import FeedEntry, parse_feed
from questions.fetch import Fetcher, FetchError
from questions.html import parse_html
from quiz.extensions import db
from quiz.models import Feed, FeedItem
from quiz.models.base import utcnow
from quiz.services.articles import ImportResult, find_by_url, import_record, import_text

log = logging.getLogger(__name__)

TEXT_SUFFIXES = frozenset({".txt", ".text", ".md"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
MAX_FILE_BYTES = 5 * 1024 * 1024


@dataclass(frozen=True)
class Outcome:
    """What happened to one file, URL or feed item: created, existing, skipped or failed."""

    source: str
    status: str
    message: str = ""
    result: ImportResult | None = None
    transient: bool = False  # a failure that may go away (time-out, server error)

    @property
    def ok(self) -> bool:
        """Whether an article (new or existing) came out of it."""
        return self.status in ("created", "existing")

    def describe(self) -> str:
        """One line for a report."""
        if self.result is None:
            return f"{self.source}: {self.status}: {self.message}"
        article, quiz = self.result.article, self.result.quiz
        count = len(quiz.items) if quiz else 0
        what = "created" if self.status == "created" else "already there"
        return (f"{self.source}: {what}: article {article.id} \"{article.headline}\", "
                f"quiz {quiz.id if quiz else '-'} with {count} questions")


def _outcome(source: str, result: ImportResult) -> Outcome:
    return Outcome(source, "created" if result.created else "existing", result=result)


class FetchFailed(ArticleError):
    """A page or feed could not be fetched; ``transient`` when trying later may work."""

    def __init__(self, message: str, transient: bool):
        super().__init__(message)
        self.transient = transient


def _fetch_error(error: FetchError) -> FetchFailed:
    status = getattr(error, "status", None)
    transient = error.reason == "network" or (error.reason == "status" and status not in
                                              (401, 402, 403, 404, 410))
    return FetchFailed(str(error), transient)


def make_fetcher(config, *, allow_private: bool = False) -> Fetcher:
    """A fetcher with the app's limits (FETCH_TIMEOUT, FETCH_MAX_BYTES) from ``config``."""
    return Fetcher(allow_private=allow_private,
                   timeout=float(config.get("FETCH_TIMEOUT", 10)),
                   max_bytes=int(config.get("FETCH_MAX_BYTES", 5 * 1024 * 1024)))


def import_html(
    content: bytes | str,
    *,
    url: str | None = None,
    content_type: str = "text/html",
    charset: str | None = None,
    prefer: str = "frog",
    time_limit: int = 30,
) -> ImportResult:
    """Extract the article from an HTML page (a file or a fetched page) and store its quiz."""
    page = parse_html(content, url=url, content_type=content_type, charset=charset)
    return import_record(page.article, author=page.author,
                         canonical_url=page.canonical_url or url,
                         prefer=prefer, time_limit=time_limit)


def import_url(
    url: str,
    *,
    fetcher: Fetcher | None = None,
    published: str | None = None,
    prefer: str = "frog",
    time_limit: int = 30,
) -> ImportResult:
    """Fetch a news page and store its quiz; a URL seen before is not fetched again.

    ``fetcher`` defaults to one that refuses private addresses; ``published`` (from a feed)
    fills in the date when the page has none. Raises ArticleError with a message.
    """
    url = url.strip()
    known = find_by_url(url)
    if known is not None:
        return known
    fetcher = fetcher or Fetcher()
    try:
        response = fetcher.fetch(url)
    except FetchError as error:
        raise _fetch_error(error) from error
    page = parse_html(response.body, url=response.url, content_type=response.content_type,
                      charset=response.charset)
    # The source is the address actually read (after redirects); the canonical URL is kept
    # apart, and both recognise the article next time.
    record = replace(page.article, source_url=response.url)
    if record.published is None and published:
        record = replace(record, published=published)
    return import_record(record, author=page.author,
                         canonical_url=page.canonical_url or response.url,
                         prefer=prefer, time_limit=time_limit)


def import_file(path: Path, *, prefer: str = "frog", time_limit: int = 30) -> ImportResult:
    """Import one text or HTML file; raises ArticleError saying why not."""
    suffix = path.suffix.lower()
    if suffix not in TEXT_SUFFIXES | HTML_SUFFIXES and suffix != ".pdf":
        raise ArticleError(f"bestandstype {suffix or '(geen)'} wordt niet gelezen; "
                           "alleen .txt en .html")
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise ArticleError("het bestand is te groot voor een nieuwsartikel")
        content = path.read_bytes()
    except OSError as error:
        raise ArticleError(f"het bestand is niet te lezen ({error.strerror})") from error
    if suffix in HTML_SUFFIXES or suffix == ".pdf":
        return import_html(content, prefer=prefer, time_limit=time_limit)
    try:
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = content.decode("cp1252", errors="replace")
    return import_text(text, prefer=prefer, time_limit=time_limit)


def folder_files(folder: Path) -> list[Path]:
    """The files of a folder an import would look at, sorted by name (hidden files left out)."""
    if not folder.is_dir():
        raise ArticleError(f"{folder} is geen map")
    return sorted(p for p in folder.iterdir() if p.is_file() and not p.name.startswith("."))


def import_paths(paths: list[Path], *, prefer: str = "frog",
                 time_limit: int = 30) -> Iterator[Outcome]:
    """Import files one by one, yielding what happened to each; a failure stops nothing."""
    for path in paths:
        if path.suffix.lower() not in TEXT_SUFFIXES | HTML_SUFFIXES | {".pdf"}:
            yield Outcome(path.name, "skipped", f"bestandstype {path.suffix or '(geen)'} "
                          "wordt niet gelezen; alleen .txt en .html")
            continue
        yield run_import(path.name, lambda p=path: import_file(p, prefer=prefer,
                                                               time_limit=time_limit))


def run_import(source: str, work) -> Outcome:
    """Run one import; an ArticleError or an unexpected error becomes a failed outcome."""
    try:
        return _outcome(source, work())
    except ArticleError as error:
        db.session.rollback()
        return Outcome(source, "failed", str(error),
                       transient=getattr(error, "transient", False))
    except Exception as error:  # one bad item must not stop a bulk run
        db.session.rollback()
        log.exception("import of %s failed", source)
        return Outcome(source, "failed", f"interne fout ({type(error).__name__})",
                       transient=True)


# --- feeds ---------------------------------------------------------------------------------


def subscribe(url: str, *, fetcher: Fetcher | None = None) -> tuple[Feed, bool]:
    """Subscribe to a feed after checking it is one; returns the feed and whether it is new."""
    url = url.strip()
    existing = db.session.execute(db.select(Feed).filter_by(url=url)).scalar_one_or_none()
    if existing is not None:
        return existing, False
    try:
        response = (fetcher or Fetcher()).fetch(url)
    except FetchError as error:
        raise _fetch_error(error) from error
    parsed = parse_feed(response.body, url=response.url)
    feed = Feed(url=url, title=(parsed.title or url)[:300])
    db.session.add(feed)
    db.session.commit()
    return feed, True


@dataclass
class FeedPull:
    """One feed's pull: its new entries to import (none when the feed did not change)."""

    feed: Feed
    entries: list[FeedEntry]
    not_modified: bool = False
    error: str = ""
    seen: int = 0  # entries imported before, or refused for good


def start_pull(feed: Feed, *, fetcher: Fetcher | None = None) -> FeedPull:
    """Fetch a feed with a conditional GET and list the entries still to import.

    Entries imported before are skipped, and so are entries refused for good (not an article,
    paywall, gone); entries that failed for a passing reason (time-out, server error) are
    tried again.
    """
    try:
        response = (fetcher or Fetcher()).fetch(feed.url, etag=feed.etag,
                                                last_modified=feed.last_modified)
        parsed = None if response.not_modified else parse_feed(response.body, url=response.url)
    except (FetchError, ArticleError) as error:
        feed.last_pulled_at = utcnow()
        db.session.commit()
        return FeedPull(feed, [], error=str(error))
    feed.last_pulled_at = utcnow()
    if parsed is None:
        db.session.commit()
        return FeedPull(feed, [], not_modified=True)
    feed.etag, feed.last_modified = response.etag, response.last_modified
    if parsed.title:
        feed.title = parsed.title[:300]
    done = set(db.session.execute(
        db.select(FeedItem.guid).where(FeedItem.feed_id == feed.id,
                                       FeedItem.status.in_(("imported", "refused")))
    ).scalars())
    db.session.commit()
    new = [entry for entry in parsed.entries if entry.guid not in done]
    return FeedPull(feed, new, seen=len(parsed.entries) - len(new))


def import_entry(pull: FeedPull, entry: FeedEntry, *, fetcher: Fetcher | None = None,
                 prefer: str = "frog", time_limit: int = 30) -> Outcome:
    """Import one feed entry's article; the item is remembered, so a second pull skips it."""
    feed_id = pull.feed.id
    item = db.session.execute(
        db.select(FeedItem).filter_by(feed_id=feed_id, guid=entry.guid)
    ).scalar_one_or_none()
    if item is None:
        item = FeedItem(feed_id=feed_id, guid=entry.guid)
        db.session.add(item)
    item.link, item.title, item.seen_at = entry.link, entry.title[:300], utcnow()
    db.session.commit()
    item_id = item.id
    outcome = run_import(entry.link, lambda: import_url(
        entry.link, fetcher=fetcher, published=entry.published, prefer=prefer,
        time_limit=time_limit))
    item = db.session.get(FeedItem, item_id)
    if outcome.ok:
        item.status, item.message = "imported", ""
        item.article_id = outcome.result.article.id
    else:
        item.status = "failed" if outcome.transient else "refused"
        item.message = outcome.message
    db.session.commit()
    return outcome


def pull_feed(feed: Feed, *, fetcher: Fetcher | None = None, prefer: str = "frog",
              time_limit: int = 30) -> tuple[FeedPull, list[Outcome]]:
    """Pull one feed completely (without a progress bar): its pull and one outcome per entry."""
    pull = start_pull(feed, fetcher=fetcher)
    outcomes = [import_entry(pull, entry, fetcher=fetcher, prefer=prefer, time_limit=time_limit)
                for entry in pull.entries]
    return pull, outcomes


def item_counts() -> dict[int, dict[str, int]]:
    """Per feed id, how many of its items were imported, refused or failed."""
    rows = db.session.execute(
        db.select(FeedItem.feed_id, FeedItem.status, db.func.count())
        .group_by(FeedItem.feed_id, FeedItem.status)
    ).all()
    counts: dict[int, dict[str, int]] = {}
    for feed_id, status, count in rows:
        counts.setdefault(feed_id, {})[status] = count
    return counts


def problem_items(limit: int = 20) -> list[FeedItem]:
    """The most recently seen items that were refused or failed, with their messages."""
    return list(db.session.execute(
        db.select(FeedItem).where(FeedItem.status.in_(("refused", "failed")))
        .order_by(FeedItem.seen_at.desc(), FeedItem.id.desc()).limit(limit)
    ).scalars())
