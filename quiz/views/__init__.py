"""Blueprints: thin views that validate a form, call one service and render or redirect."""

from flask import Flask


def register(app: Flask) -> None:
    """Attach every blueprint to the app."""
    from quiz.views import boards, errors, main, play

    for module in (main, play, boards, errors):
        app.register_blueprint(module.bp)
