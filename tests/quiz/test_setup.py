"""The app as installed: configuration from the environment, SQLite settings, migrations, CLI."""

from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import text

from quiz import config, create_app
from quiz.extensions import db
from quiz.models import Article, Quiz
from tests.factories import NAVO_TEXT


def test_sqlite_connections_use_wal_normal_sync_and_busy_timeout(tmp_path):
    app = create_app(
        {"SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp_path / 'p.db'}", "SECRET_KEY": "x"}
    )
    with app.app_context(), db.engine.connect() as connection:
        pragmas = [
            connection.execute(text(f"PRAGMA {name}")).scalar()
            for name in ("journal_mode", "synchronous", "busy_timeout", "foreign_keys")
        ]
        db.engine.dispose()
    assert pragmas == ["wal", 1, 5000, 1]


def test_migrations_match_the_models(app):
    with db.engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection), db.metadata)
    assert diff == []


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("postgresql://quiz@db/quiz", "postgresql+psycopg://quiz@db/quiz"),
        ("postgres://quiz@db/quiz", "postgresql+psycopg://quiz@db/quiz"),
        ("sqlite:////srv/quiz.db", "sqlite:////srv/quiz.db"),
    ],
)
def test_database_url_switches_database_without_code_changes(monkeypatch, tmp_path, url, expected):
    monkeypatch.setenv("DATABASE_URL", url)
    monkeypatch.setenv("SECRET_KEY", "from-env")
    settings = config.from_environment(str(tmp_path))
    assert settings["SQLALCHEMY_DATABASE_URI"] == expected
    assert settings["SECRET_KEY"] == "from-env"


def test_without_environment_a_sqlite_file_and_a_kept_secret(monkeypatch, tmp_path):
    monkeypatch.delenv("DATABASE_URL", raising=False)
    monkeypatch.delenv("SECRET_KEY", raising=False)
    first = config.from_environment(str(tmp_path))
    second = config.from_environment(str(tmp_path))
    assert first["SQLALCHEMY_DATABASE_URI"] == f"sqlite:///{tmp_path / 'quiz.db'}"
    assert first["SECRET_KEY"] == second["SECRET_KEY"] and len(first["SECRET_KEY"]) == 64
    assert (tmp_path / "secret_key").stat().st_mode & 0o077 == 0


def test_create_app_takes_test_config_over_environment(monkeypatch):
    monkeypatch.setenv("DATABASE_URL", "postgresql://nowhere/none")
    app = create_app({"SQLALCHEMY_DATABASE_URI": "sqlite://", "SECRET_KEY": "x"})
    assert app.config["SQLALCHEMY_DATABASE_URI"] == "sqlite://"


def test_cli_imports_files_and_stdin_and_says_what_it_created(runner, tmp_path):
    path = tmp_path / "navo.txt"
    path.write_text("Rutte aan de leiding\n\n" + NAVO_TEXT, encoding="utf-8")
    result = runner.invoke(args=["articles", "import", str(path)])
    assert result.exit_code == 0, result.output
    assert "created: article 1" in result.output and "questions" in result.output
    again = runner.invoke(args=["articles", "import", "-"], input=path.read_text())
    assert again.exit_code == 0 and "already there: article 1" in again.output
    assert db.session.query(Article).count() == 1


def test_cli_reports_bad_files_and_goes_on(runner, tmp_path):
    good, empty, junk = tmp_path / "good.txt", tmp_path / "empty.txt", tmp_path / "junk.bin"
    good.write_text(NAVO_TEXT, encoding="utf-8")
    empty.write_text("   ", encoding="utf-8")
    junk.write_bytes(b"\xff\xfe\x00\x01" * 100)
    result = runner.invoke(args=["articles", "import", str(empty), str(junk), str(good)])
    assert result.exit_code == 1
    assert "empty.txt: not imported" in result.output
    assert "junk.bin: not imported" in result.output
    assert "good.txt: created" in result.output
    assert db.session.query(Article).count() == 1


def test_demo_loads_once(runner):
    first = runner.invoke(args=["demo", "load"])
    assert "1 article(s) loaded" in first.output, first.output
    quiz = db.session.execute(db.select(Quiz)).scalar_one()
    assert "Rutte" in quiz.title and len(quiz.items) >= 4
    assert "database not empty" in runner.invoke(args=["demo", "load"]).output


def test_a_minimal_config_serves_every_public_page(tmp_path):
    from flask_migrate import upgrade

    app = create_app(
        {"SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp_path / 'm.db'}", "SECRET_KEY": "x"}
    )
    with app.app_context():
        upgrade()
        client = app.test_client()
        for path in [
            "/",
            "/leaderboards?period=week",
            "/leaderboards",
            "/articles/new",
            "/api/leaderboards",
            "/week",
            "/join",
            "/teacher/login",
        ]:
            assert client.get(path).status_code == 200, path
        db.engine.dispose()


def test_migrating_in_process_keeps_the_app_and_engine_loggers(tmp_path, caplog):
    """run.py upgrades in its own process: alembic's logging set-up must not silence ours."""
    import logging

    from flask_migrate import upgrade

    engine_log = logging.getLogger("questions.analysis")
    app_log = logging.getLogger("quiz.services.articles")
    app = create_app(
        {"SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp_path / 'l.db'}", "SECRET_KEY": "x"}
    )
    with app.app_context():
        upgrade()
        db.engine.dispose()
    assert not engine_log.disabled and not app_log.disabled
    with caplog.at_level(logging.WARNING):
        engine_log.warning("Frog failed")
    assert "Frog failed" in caplog.text
