"""Blueprints: thin views that validate a form, call one service and render or redirect."""

from flask import Flask


def register(app: Flask) -> None:
    """Attach every blueprint to the app."""
    from quiz.views import auth, boards, errors, homework, host, imports, join, main, play

    for module in (main, play, boards, errors, auth, host, join, homework, imports):
        app.register_blueprint(module.bp)
