"""Fixtures every test shares: an app with a fresh database per test, a client and a CLI runner.

The database is a real SQLite file by default. Set TEST_DATABASE_URL (for example
postgresql+psycopg://quiz@127.0.0.1/quiz_test) to run the same suite against PostgreSQL.
Either way the schema comes from the migrations, as on a real install.
"""

from __future__ import annotations

import os
import shutil

import pytest
from flask_migrate import upgrade
from sqlalchemy import text

from quiz import create_app
from quiz.extensions import db, limiter

TEST_DATABASE_URL = os.environ.get("TEST_DATABASE_URL")


def _config(url: str, **extra) -> dict:
    return {
        "TESTING": True,
        "SECRET_KEY": "test-secret",
        "SQLALCHEMY_DATABASE_URI": url,
        "QUIZ_ANALYZER": os.environ.get("QUIZ_ANALYZER", "frog"),
        "QUIZ_TIMEZONE": "Europe/Amsterdam",
        "RATELIMIT_STORAGE_URI": "memory://",
        **extra,
    }


@pytest.fixture(scope="session")
def migrated_template(tmp_path_factory):
    """Run the migrations once per session: a template SQLite file, or the PostgreSQL schema."""
    if TEST_DATABASE_URL:
        app = create_app(_config(TEST_DATABASE_URL))
        with app.app_context():
            db.session.execute(text("DROP SCHEMA public CASCADE; CREATE SCHEMA public"))
            db.session.commit()
            upgrade()
        return TEST_DATABASE_URL
    path = tmp_path_factory.mktemp("template") / "template.db"
    app = create_app(_config(f"sqlite:///{path}"))
    with app.app_context():
        upgrade()
        db.engine.dispose()
    return path


def _truncate_all() -> None:
    tables = ", ".join(t.name for t in db.metadata.sorted_tables)
    db.session.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))
    db.session.commit()


@pytest.fixture
def database_url(migrated_template, tmp_path):
    """A fresh, migrated database for one test."""
    if TEST_DATABASE_URL:
        return TEST_DATABASE_URL
    path = tmp_path / "quiz.db"
    shutil.copy(migrated_template, path)
    return f"sqlite:///{path}"


@pytest.fixture
def make_app(database_url):
    """Build an app on this test's database, with extra config."""
    apps = []

    def build(**extra):
        app = create_app(_config(database_url, **extra))
        if TEST_DATABASE_URL and not apps:  # one shared server: empty it for this test
            with app.app_context():
                _truncate_all()
        apps.append(app)
        return app

    yield build
    for app in apps:
        with app.app_context():
            db.session.remove()
            db.engine.dispose()


@pytest.fixture
def app(make_app):
    """The app with CSRF on, as users get it."""
    app = make_app()
    with app.app_context():
        limiter.reset()
        yield app


@pytest.fixture
def client(app):
    """A test client for the app."""
    return app.test_client()


@pytest.fixture
def runner(app):
    """A CLI runner for the app's commands."""
    return app.test_cli_runner()
