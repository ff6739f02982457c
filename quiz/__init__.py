"""The news quiz web app."""

from __future__ import annotations

import logging
from pathlib import Path

from flask import Flask

from quiz import config as settings
from quiz.extensions import csrf, db, limiter, migrate

ROOT = Path(__file__).resolve().parent.parent


def create_app(config: dict | None = None) -> Flask:
    """Build the app; ``config`` (tests) overrides what the environment says."""
    app = Flask(
        __name__,
        instance_relative_config=True,
        template_folder=str(ROOT / "templates"),
        static_folder=str(ROOT / "static"),
    )
    app.config.update(settings.DEFAULTS)
    if config is None or "SQLALCHEMY_DATABASE_URI" not in config:
        app.config.update(settings.from_environment(app.instance_path))
    app.config.update(config or {})
    logging.basicConfig(level=logging.INFO)

    db.init_app(app)
    migrate.init_app(app, db, directory=str(ROOT / "migrations"), render_as_batch=True)
    csrf.init_app(app)
    limiter.init_app(app)

    from quiz import cli, sockets, views

    sockets.init_app(app)

    views.register(app)
    cli.register(app)
    return app
