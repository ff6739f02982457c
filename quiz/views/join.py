"""Pupils join a game with its code and a nickname, and play live on their phones."""

from __future__ import annotations

from flask import (
    Blueprint,
    current_app,
    redirect,
    render_template,
    request,
    session,
    url_for,
)

from quiz.extensions import limiter
from quiz.forms_classroom import JoinForm
from quiz.services import live
from quiz.services.players import NicknameError

bp = Blueprint("join", __name__)


def remember_pupil(game, player) -> None:
    """Keep the pupil's game token in the signed session cookie: a reload finds them again."""
    tokens = dict(session.get("pupils", {}))
    tokens[str(game.id)] = player.token
    session["pupils"] = tokens
    session.permanent = True


def pupil_of(game):
    """The pupil this browser is in ``game``, if any."""
    return live.player_by_token(game, session.get("pupils", {}).get(str(game.id)))


def _target(game) -> str:
    if game.is_live:
        return url_for("join.live_game", code=game.code)
    return url_for("homework.play", code=game.code)


@bp.route("/join", methods=["GET", "POST"])
@bp.route("/join/<code>", methods=["GET", "POST"])
@limiter.limit(lambda: current_app.config["LIVE_JOIN_RATE_LIMIT"], methods=["POST"])
def join(code: str | None = None):
    """The join page (the QR code leads here with the code filled in)."""
    form = JoinForm(code=code)
    if form.validate_on_submit():
        game = live.game_by_code(form.code.data)
        if game is None:
            form.code.errors.append("Er is geen spel met deze code. Kijk nog eens op het bord.")
        elif pupil_of(game) is not None:
            return redirect(_target(game))  # already in: a second join changes nothing
        else:
            try:
                player = live.join_game(game, form.nickname.data)
            except NicknameError as error:
                form.nickname.errors.append(str(error))
            except live.GameError as error:
                form.code.errors.append(str(error))
            else:
                remember_pupil(game, player)
                return redirect(_target(game))
    status = 422 if form.is_submitted() else 200
    return render_template("join/join.html", form=form), status


@bp.get("/live/<code>")
def live_game(code: str):
    """A pupil's phone during a live game; the socket brings the questions."""
    game = live.game_by_code(code)
    if game is None or not game.is_live:
        return redirect(url_for("join.join"))
    player = pupil_of(game)
    if player is None:
        return redirect(url_for("join.join", code=game.code))
    return render_template("join/live.html", game=game, player=player)


@bp.app_context_processor
def join_link():
    """Every page can link to the join page."""
    return {"join_url": url_for("join.join") if request else None}
