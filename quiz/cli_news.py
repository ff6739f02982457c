"""CLI for news coming in: `articles import-dir|import-url`, `feeds add|list|pull`, `weekly build`.

Fetching refuses addresses on the server's own network unless ``--allow-private`` is given
(for a feed or page served on this machine or the local network, as in tests).
"""

from __future__ import annotations

import sys
from collections import Counter
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import click
from flask import Flask, current_app
from flask.cli import AppGroup

from quiz.cli import articles
from quiz.extensions import db
from quiz.models import Feed
from quiz.services import imports, weekly
from quiz.services.articles import ArticleError

feeds = AppGroup("feeds", help="Subscribe to RSS/Atom feeds and pull their new articles.")
weekly_cli = AppGroup("weekly", help="The quiz of the week.")

ALLOW_PRIVATE = click.option(
    "--allow-private", is_flag=True,
    help="Also fetch from loopback and private network addresses (a server on this machine).")


def _engine() -> dict:
    return {"prefer": current_app.config["QUIZ_ANALYZER"],
            "time_limit": current_app.config["QUESTION_TIME_LIMIT"]}


def _fetcher(allow_private: bool):
    return imports.make_fetcher(current_app.config, allow_private=allow_private)


def _progress(items, label: str):
    def current(item) -> str | None:
        name = getattr(item, "name", None) or getattr(item, "title", None)
        return name[:40] if name else None

    return click.progressbar(items, label=label, file=sys.stderr, show_pos=True,
                             item_show_func=current)


def _report(outcomes: list[imports.Outcome], what: str) -> Counter:
    """Print one line per outcome, then a summary; return the counts per status."""
    for outcome in outcomes:
        click.echo(outcome.describe(), err=not outcome.ok and outcome.status != "skipped")
    counts = Counter(o.status for o in outcomes)
    questions = sum(len(o.result.quiz.items) for o in outcomes
                    if o.status == "created" and o.result.quiz)
    click.echo(
        f"{what}: {len(outcomes)} in total: {counts['created']} created "
        f"({questions} questions), {counts['existing']} already there, "
        f"{counts['skipped']} skipped, {counts['failed']} failed")
    if any("netwerkadres" in o.message for o in outcomes):
        click.echo("Hint: --allow-private fetches from this machine or the local network.",
                   err=True)
    return counts


@articles.command("import-dir")
@click.argument("folder", type=click.Path(exists=True, file_okay=False, path_type=Path))
def import_dir(folder: Path) -> None:
    """Import every .txt and .html file in FOLDER, reporting per file what happened."""
    paths = imports.folder_files(folder)
    outcomes = []
    with _progress(paths, "Importing") as bar:
        for path in bar:
            outcomes.extend(imports.import_paths([path], **_engine()))
    counts = _report(outcomes, f"{folder}")
    if counts["failed"]:
        raise SystemExit(1)


@articles.command("import-url")
@click.argument("urls", nargs=-1, required=True)
@ALLOW_PRIVATE
def import_url(urls: tuple[str, ...], allow_private: bool) -> None:
    """Fetch news pages and make a quiz of each."""
    fetcher = _fetcher(allow_private)
    outcomes = [imports.run_import(url, lambda u=url: imports.import_url(u, fetcher=fetcher,
                                                                       **_engine()))
                for url in urls]
    if _report(outcomes, "URLs")["failed"]:
        raise SystemExit(1)


@feeds.command("add")
@click.argument("url")
@ALLOW_PRIVATE
def add_feed(url: str, allow_private: bool) -> None:
    """Subscribe to the RSS or Atom feed at URL."""
    try:
        feed, created = imports.subscribe(url, fetcher=_fetcher(allow_private))
    except ArticleError as error:
        click.echo(f"{url}: not subscribed: {error}", err=True)
        raise SystemExit(1) from None
    state = "subscribed" if created else "already subscribed"
    click.echo(f"feed {feed.id} \"{feed.title}\": {state}")


@feeds.command("list")
def list_feeds() -> None:
    """The subscribed feeds and when they were last pulled."""
    for feed in db.session.execute(db.select(Feed).order_by(Feed.id)).scalars():
        pulled = feed.last_pulled_at.isoformat(timespec="minutes") if feed.last_pulled_at \
            else "never"
        click.echo(f"{feed.id}\t{feed.title}\t{feed.url}\tlast pulled: {pulled}")


@feeds.command("pull")
@click.option("--feed", "feed_ids", type=int, multiple=True, help="Only this feed id.")
@ALLOW_PRIVATE
def pull_feeds(feed_ids: tuple[int, ...], allow_private: bool) -> None:
    """Fetch every feed's new items, import their articles and make their quizzes (cron-safe)."""
    query = db.select(Feed).order_by(Feed.id)
    if feed_ids:
        query = query.where(Feed.id.in_(feed_ids))
    fetcher = _fetcher(allow_private)
    all_outcomes, broken = [], 0
    for feed in list(db.session.execute(query).scalars()):
        pull = imports.start_pull(feed, fetcher=fetcher)
        label = f"feed {feed.id} {feed.title[:40]}"
        if pull.error:
            broken += 1
            click.echo(f"{label}: not pulled: {pull.error}", err=True)
            continue
        if pull.not_modified:
            click.echo(f"{label}: not changed since the last pull")
            continue
        outcomes = []
        with _progress(pull.entries, label) as bar:
            for entry in bar:
                outcomes.append(imports.import_entry(pull, entry, fetcher=fetcher, **_engine()))
        for outcome in outcomes:
            click.echo(outcome.describe(), err=not outcome.ok)
        counts = Counter(o.status for o in outcomes)
        click.echo(f"{label}: {len(outcomes)} new items: {counts['created']} created, "
                   f"{counts['existing']} already there, {counts['failed']} failed; "
                   f"{pull.seen} seen before")
        all_outcomes.extend(outcomes)
    counts = Counter(o.status for o in all_outcomes)
    click.echo(f"feeds: {counts['created']} articles created, {counts['existing']} already "
               f"there, {counts['failed']} items failed, {broken} feeds could not be pulled")
    if any("netwerkadres" in o.message for o in all_outcomes):
        click.echo("Hint: --allow-private fetches from this machine or the local network.",
                   err=True)


@weekly_cli.command("build")
@click.option("--from", "start", type=click.DateTime(["%Y-%m-%d"]),
              help="First day (default: 7 days ago).")
@click.option("--to", "end", type=click.DateTime(["%Y-%m-%d"]), help="Last day (default: today).")
@click.option("--publish", is_flag=True, help="Publish at once instead of keeping a draft.")
def build_weekly(start, end, publish: bool) -> None:
    """Build the quiz of the week from the articles published in a date range."""
    try:
        quiz = weekly.build_weekly_quiz(
            start=start.date() if start else None, end=end.date() if end else None,
            today=datetime.now(ZoneInfo(current_app.config["QUIZ_TIMEZONE"])).date(),
            publish=publish,
            time_limit=current_app.config["QUESTION_TIME_LIMIT"])
    except weekly.WeeklyError as error:
        click.echo(f"no quiz of the week: {error}", err=True)
        raise SystemExit(1) from None
    state = "draft" if quiz.is_draft else "published"
    articles_used = len({q.article_id for q in quiz.questions})
    click.echo(f"quiz {quiz.id} \"{quiz.title}\" ({state}): {len(quiz.items)} questions "
               f"from {articles_used} articles, {quiz.period_start} to {quiz.period_end}")


@weekly_cli.command("publish")
@click.argument("quiz_id", type=int)
def publish_weekly(quiz_id: int) -> None:
    """Publish a draft quiz of the week."""
    try:
        quiz = weekly.publish(quiz_id)
    except weekly.WeeklyError as error:
        click.echo(str(error), err=True)
        raise SystemExit(1) from None
    click.echo(f"quiz {quiz.id} \"{quiz.title}\": published")


def register(app: Flask) -> None:
    """Attach the feeds and weekly groups (import-dir/import-url hang on `articles`)."""
    app.cli.add_command(feeds)
    app.cli.add_command(weekly_cli)
