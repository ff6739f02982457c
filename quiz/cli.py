"""CLI: `flask --app quiz articles import FILE...` and `flask --app quiz demo load`."""

from __future__ import annotations

import sys
from contextlib import nullcontext
from pathlib import Path

import click
from flask import Flask, current_app
from flask.cli import AppGroup

from quiz.extensions import db
from quiz.models import Quiz
from quiz.services.articles import ArticleError, import_text
from quiz.services.imports import HTML_SUFFIXES, import_file

DEMO = Path(__file__).parent / "demo"

articles = AppGroup("articles", help="Import news articles and generate their quizzes.")
demo = AppGroup("demo", help="The demo content shown on a fresh install.")


def _import(text: str | Path, name: str) -> bool:
    """Import one text (or a saved HTML page) and say what was created; False when it failed."""
    engine = {"prefer": current_app.config["QUIZ_ANALYZER"],
              "time_limit": current_app.config["QUESTION_TIME_LIMIT"]}
    try:
        result = import_file(text, **engine) if isinstance(text, Path) else \
            import_text(text, **engine)
    except ArticleError as error:
        click.echo(f"{name}: not imported: {error}", err=True)
        return False
    what = "created" if result.created else "already there"
    count = len(result.quiz.items) if result.quiz else 0
    click.echo(
        f"{name}: {what}: article {result.article.id} \"{result.article.headline}\", "
        f"quiz {result.quiz.id if result.quiz else '-'} with {count} questions "
        f"(analyzer: {result.analyzer or '?'})"
    )
    return True


@articles.command("import")
@click.argument("files", nargs=-1, required=True, type=click.Path(allow_dash=True))
def import_articles(files: tuple[str, ...]) -> None:
    """Import articles from text or saved .html files (or - for standard input), one per file."""
    failures = 0
    # A progress bar for many files; for one file it would only be noise.
    progress = (
        click.progressbar(files, label="Importing", file=sys.stderr, show_pos=True)
        if len(files) > 1 else nullcontext(files)
    )
    with progress as items:
        for name in items:
            if name != "-" and Path(name).suffix.lower() in HTML_SUFFIXES:
                failures += not _import(Path(name), name)
                continue
            try:
                text = sys.stdin.read() if name == "-" else Path(name).read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as error:
                click.echo(f"{name}: not imported: cannot read it as UTF-8 text ({error})",
                           err=True)
                failures += 1
                continue
            failures += not _import(text, name)
    if failures:
        raise SystemExit(1)


def load_demo() -> int:
    """Import the demo articles when the database has no quiz yet; returns how many were new."""
    if db.session.execute(db.select(Quiz.id).limit(1)).first() is not None:
        return 0
    created = 0
    for path in sorted(DEMO.glob("*.txt")):
        created += _import(path.read_text(encoding="utf-8"), path.name)
    return created


@demo.command("load")
def load_demo_command() -> None:
    """Load the demo article and its quiz into an empty database."""
    created = load_demo()
    click.echo(f"demo: {created} article(s) loaded" if created else "demo: database not empty")


def register(app: Flask) -> None:
    """Attach the command groups to the app's CLI."""
    app.cli.add_command(articles)
    app.cli.add_command(demo)

    from quiz import cli_news  # adds import-dir and import-url to `articles`

    cli_news.register(app)
