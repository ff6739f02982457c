"""Blueprints: thin views that validate a form, call one service and render or redirect."""

from flask import Flask


def register(app: Flask) -> None:
    """Attach every blueprint to the app."""
    from quiz.views import (
        auth,
        boards,
        errors,
        exports,
        homework,
        host,
        imports,
        join,
        main,
        play,
        review,
        stats,
        trivia_api,
    )

    for module in (main, play, boards, errors, auth, host, join, homework, imports,
                   review, stats, exports, trivia_api):
        app.register_blueprint(module.bp)
