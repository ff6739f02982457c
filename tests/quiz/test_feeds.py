"""Feeds: subscribing, pulling twice without duplicates, broken feeds and failing items."""

from __future__ import annotations

from datetime import date

import pytest

from questions.fetch import Fetcher
from quiz.extensions import db
from quiz.models import Article, Feed, FeedItem, Quiz
from quiz.services import imports
from tests.factories import csrf_token, log_in, make_teacher
from tests.pageserver import DATA, PageServer, data_file, page, redirect


class Server(PageServer):
    """Saved pages and feeds; feed links point back at this server; ETag support on feeds."""

    def __init__(self):
        super().__init__(
            {
                f"/pages/{p.name}": page(p.read_bytes(), "text/html")
                for p in (DATA / "pages").glob("*.html")
            }
        )
        for name in ("stadsnieuws.rss", "dubbel.atom", "kapot.rss"):
            self.routes[f"/feeds/{name}"] = self._feed(name)
        self.routes["/omweg/fietsenstalling"] = redirect("/pages/fietsenstalling-utrecht.html")

    def _feed(self, name: str):
        def reply(handler):
            body = data_file(f"feeds/{name}").replace(b"{base}", self.url("").encode())
            etag = f'"{name}-{len(body)}"'
            if handler.headers.get("If-None-Match") == etag:
                return 304, {"ETag": etag}, b""
            return page(
                body,
                "application/rss+xml",
                ETag=etag,
                **{"Last-Modified": "Wed, 02 Oct 2024 10:00:00 GMT"},
            )

        return reply


@pytest.fixture
def server():
    """Feeds and pages on a loopback web server."""
    with Server() as srv:
        yield srv


def add(runner, url, private=True):
    return runner.invoke(args=["feeds", "add", url] + (["--allow-private"] if private else []))


def pull(runner):
    return runner.invoke(args=["feeds", "pull", "--allow-private"])


def test_add_feed_then_pull_twice_creates_no_duplicates(app, runner, server):
    added = add(runner, server.url("/feeds/stadsnieuws.rss"))
    assert added.exit_code == 0, added.output
    assert 'feed 1 "Stadsnieuws Utrecht": subscribed' in added.output
    assert "already subscribed" in add(runner, server.url("/feeds/stadsnieuws.rss")).output

    first = pull(runner)
    assert first.exit_code == 0, first.output
    out = first.output
    assert "4 new items: 2 created, 0 already there, 2 failed" in out
    assert "betaalmuur" in out and "bestaat niet" in out  # per-item failures, reported
    assert "feeds: 2 articles created" in out
    articles = db.session.execute(db.select(Article).order_by(Article.id)).scalars().all()
    assert [a.headline for a in articles] == [
        "Utrecht bouwt nieuwe fietsenstalling onder Vredenburg",
        "Heerenveen krijgt tweede overdekte ijsbaan",
    ]
    assert all(a.quizzes and a.quizzes[0].items for a in articles)
    feed = db.session.get(Feed, 1)
    assert feed.etag and feed.last_modified and feed.last_pulled_at

    second = pull(runner)
    assert second.exit_code == 0, second.output
    assert "not changed since the last pull" in second.output  # 304 on the conditional GET
    assert server.requests[-1][1]["If-None-Match"] == feed.etag
    assert db.session.query(Article).count() == 2


def test_changed_feed_retries_passing_failures_only(app, runner, server):
    server.routes["/pages/bestaat-niet.html"] = (503, {"Content-Type": "text/html"}, b"druk")
    add(runner, server.url("/feeds/stadsnieuws.rss"))
    first = pull(runner)
    assert "503" in first.output
    statuses = dict(db.session.execute(db.select(FeedItem.guid, FeedItem.status)).all())
    assert statuses == {
        "stadsnieuws-1001": "imported",
        "stadsnieuws-1002": "imported",
        "stadsnieuws-1003": "refused",
        "stadsnieuws-1004": "failed",
    }

    server.routes["/pages/bestaat-niet.html"] = page(data_file("pages/boekenweek-oud.html"))
    db.session.get(Feed, 1).etag = None  # as if the feed changed
    db.session.commit()
    fetched = len(server.requests)
    again = pull(runner)
    assert "1 new items: 1 created, 0 already there, 0 failed; 3 seen before" in again.output
    pages = [path for path, _ in server.requests[fetched:] if path.startswith("/pages/")]
    assert pages == ["/pages/bestaat-niet.html"]  # the paywall stub is not fetched again
    assert db.session.query(Article).count() == 3
    item = db.session.execute(db.select(FeedItem).filter_by(guid="stadsnieuws-1004")).scalar_one()
    assert item.status == "imported" and item.article.headline.startswith("Boekenweek")


def test_feed_with_duplicates_and_an_article_seen_in_another_feed(app, runner, server):
    add(runner, server.url("/feeds/stadsnieuws.rss"))
    add(runner, server.url("/feeds/dubbel.atom"))
    result = pull(runner)
    assert result.exit_code == 0, result.output
    # dubbel.atom: 5 entries, 2 duplicates dropped; its third item is the stalling again.
    assert "3 new items: 2 created, 1 already there, 0 failed" in result.output
    assert db.session.query(Article).count() == 4
    horeca = db.session.execute(
        db.select(Article).where(Article.headline.startswith("Café"))
    ).scalar_one()
    assert horeca.published == date(2024, 8, 12)


def test_broken_feed_is_refused_when_adding(app, runner, server):
    result = add(runner, server.url("/feeds/kapot.rss"))
    assert result.exit_code == 1
    assert "geen geldige RSS- of Atom-feed" in result.output
    assert db.session.query(Feed).count() == 0


def test_a_feed_that_breaks_later_does_not_stop_the_others(app, runner, server):
    add(runner, server.url("/feeds/dubbel.atom"))
    add(runner, server.url("/feeds/stadsnieuws.rss"))
    server.routes["/feeds/dubbel.atom"] = server.routes["/feeds/kapot.rss"]
    result = pull(runner)
    assert result.exit_code == 0
    assert "not pulled: Dit is geen geldige RSS- of Atom-feed" in result.output
    assert "2 articles created" in result.output and "1 feeds could not be pulled" in result.output


def test_pull_without_allow_private_refuses_a_loopback_feed(app, server):
    feed, _ = imports.subscribe(
        server.url("/feeds/stadsnieuws.rss"), fetcher=Fetcher(allow_private=True)
    )
    pull_result, outcomes = imports.pull_feed(
        feed, fetcher=Fetcher(allow_private=False), prefer="simple"
    )
    assert pull_result.error and "intern" in pull_result.error
    assert outcomes == []


def test_an_unexpected_error_in_one_item_is_reported_and_the_rest_goes_on(app, server, monkeypatch):
    feed, _ = imports.subscribe(
        server.url("/feeds/stadsnieuws.rss"), fetcher=Fetcher(allow_private=True)
    )
    real = imports.import_record

    def flaky(record, **kwargs):
        if "ijsbaan" in record.headline:
            raise RuntimeError("kapot")
        return real(record, **kwargs)

    monkeypatch.setattr(imports, "import_record", flaky)
    _, outcomes = imports.pull_feed(feed, fetcher=Fetcher(allow_private=True), prefer="simple")
    assert [o.status for o in outcomes] == ["created", "failed", "failed", "failed"]
    assert "interne fout (RuntimeError)" in outcomes[1].message
    assert db.session.query(Quiz).count() == 1


def test_feeds_page_needs_a_teacher_and_subscribes(app, client, server, monkeypatch):
    assert client.get("/feeds").status_code == 302  # to the login page
    make_teacher()
    log_in(client)
    token = csrf_token(client, "/feeds")
    refused = client.post(
        "/feeds", data={"csrf_token": token, "url": server.url("/feeds/stadsnieuws.rss")}
    )
    assert refused.status_code == 422
    assert "intern" in refused.get_data(as_text=True)
    assert server.requests == []  # the web form never reaches loopback
    monkeypatch.setattr("questions.fetch.is_public", lambda address: True)
    done = client.post(
        "/feeds", data={"csrf_token": token, "url": server.url("/feeds/stadsnieuws.rss")}
    )
    assert done.status_code == 302
    assert "Stadsnieuws Utrecht" in client.get("/feeds").get_data(as_text=True)
    missing_csrf = client.post("/feeds", data={"url": server.url("/feeds/dubbel.atom")})
    assert missing_csrf.status_code == 400
    assert db.session.query(Feed).count() == 1


def test_feeds_page_shows_counts_and_why_items_were_not_imported(app, client, runner, server):
    server.routes["/pages/bestaat-niet.html"] = (503, {"Content-Type": "text/html"}, b"druk")
    add(runner, server.url("/feeds/stadsnieuws.rss"))
    pull(runner)
    make_teacher()
    log_in(client)
    body = client.get("/feeds").get_data(as_text=True)
    assert "<td>2</td><td>1</td><td>1</td>" in body
    assert (
        "Zo verdelen de waterschappen hun miljarden</a>: Dit artikel staat achter een "
        "betaalmuur" in body
    )
    assert "(503)" in body and "wordt opnieuw geprobeerd" in body
