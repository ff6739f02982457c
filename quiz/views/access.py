"""Access rules as decorators, and the player behind the current browser."""

from __future__ import annotations

from functools import wraps

from flask import abort, current_app, request

from quiz.extensions import db
from quiz.models import Attempt, Player
from quiz.services.players import player_for_token


def current_player() -> Player | None:
    """The player identified by this browser's cookie, if any."""
    return player_for_token(request.cookies.get(current_app.config["PLAYER_COOKIE"]))


def remember_player(response, player: Player):
    """Keep the player's secret token in a long-lived, HTTP-only cookie."""
    response.set_cookie(
        current_app.config["PLAYER_COOKIE"],
        player.token,
        max_age=current_app.config["PLAYER_COOKIE_MAX_AGE"],
        httponly=True,
        samesite="Lax",
        secure=request.is_secure,
    )
    return response


def attempt_owner(view):
    """Load ``attempt_id`` from the URL and allow only the player who started it."""

    @wraps(view)
    def wrapped(attempt_id: int, **kwargs):
        attempt = db.session.get(Attempt, attempt_id) or abort(404)
        player = current_player()
        if player is None or player.id != attempt.player_id:
            abort(403)
        return view(attempt, **kwargs)

    return wrapped
