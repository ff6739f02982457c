"""Socket.IO events for live games: translate events into live-service calls and emit to rooms.

Who is who comes from the cookie session of the connecting browser (the teacher's login, or
the pupil's game token set when they joined), never from ids the client sends. Game rules live
in quiz/services/live.py.
"""

from __future__ import annotations

import os
import time

from flask import Flask, current_app, session
from flask_socketio import emit, join_room
from limits import parse

from quiz.extensions import db, limiter, login_manager, socketio
from quiz.models import Game, GamePlayer, Teacher
from quiz.models.base import utcnow
from quiz.services import live

DEFAULTS = {
    "LIVE_JOIN_RATE_LIMIT": "60 per minute",  # per address: a whole class behind one NAT
    "LIVE_ANSWER_RATE_LIMIT": "10 per 10 seconds",  # per player
    "LIVE_AUTO_CLOSE": True,  # close a question when its time is up (off in socket tests)
    "LIVE_CLOCK": utcnow,  # injectable ``now`` for tests
    "LIVE_TIME_GRACE": 0.25,  # seconds the timer waits past T before closing
    "SOCKETIO_ASYNC_MODE": None,  # None: gevent when installed (as in run.py)
}


def init_app(app: Flask) -> None:
    """Bind Flask-Login and Flask-SocketIO; a Redis message queue when REDIS_URL is set."""
    for key, value in DEFAULTS.items():
        app.config.setdefault(key, value)
    if app.config.get("SESSION_COOKIE_SAMESITE") is None:
        # The session carries the teacher's login and pupils' game tokens: not cross-site.
        app.config["SESSION_COOKIE_SAMESITE"] = "Lax"
    if "REDIS_URL" not in app.config and not app.testing:
        app.config["REDIS_URL"] = os.environ.get("REDIS_URL")
    login_manager.init_app(app)
    login_manager.login_view = "auth.login"
    login_manager.login_message = "Log in als docent om verder te gaan."
    socketio.init_app(
        app,
        async_mode=app.config["SOCKETIO_ASYNC_MODE"],
        message_queue=app.config.get("REDIS_URL") or None,
        # Same-origin only (the default); long-polling stays on for school networks.
    )


@login_manager.user_loader
def load_teacher(teacher_id: str) -> Teacher | None:
    """The logged-in teacher from the session cookie."""
    return db.session.get(Teacher, int(teacher_id))


def room(game_id: int) -> str:
    """Everyone in a game."""
    return f"game-{game_id}"


def host_room(game_id: int) -> str:
    """The host screens of a game."""
    return f"game-{game_id}-host"


def player_room(player_id: int) -> str:
    """One pupil's sockets (several tabs, or a reconnect)."""
    return f"player-{player_id}"


def _now():
    return current_app.config["LIVE_CLOCK"]()


def _teacher() -> Teacher | None:
    """The teacher logged in on this socket's browser (its session cookie), if any."""
    teacher_id = session.get("_user_id")
    return db.session.get(Teacher, int(teacher_id)) if teacher_id else None


def _game_from_auth(auth) -> Game:
    try:
        game = db.session.get(Game, int((auth or {}).get("game")))
    except (TypeError, ValueError):
        game = None
    if game is None or not game.is_live:
        raise ConnectionRefusedError("Dit spel bestaat niet.")
    return game


@socketio.on("connect")
def connect(auth=None):
    """Host or pupil opens the game page (or reconnects): join its rooms, get the state."""
    game = _game_from_auth(auth)
    if (auth or {}).get("role") == "host":
        teacher = _teacher()
        if teacher is None or teacher.id != game.host_id:
            raise ConnectionRefusedError("Alleen de docent van dit spel kan het leiden.")
        session["live_host_game"] = game.id
        join_room(room(game.id))
        join_room(host_room(game.id))
        emit("state", live.host_state(game, _now()))
        return
    token = session.get("pupils", {}).get(str(game.id))
    player = live.player_by_token(game, token)
    if player is None:
        raise ConnectionRefusedError("Doe eerst mee met de spelcode en een bijnaam.")
    session["live_player"] = player.id
    join_room(room(game.id))
    join_room(player_room(player.id))
    emit("state", live.pupil_state(game, player, _now()))
    emit("lobby", live.lobby(game), to=host_room(game.id))


def _hosted_game() -> Game | None:
    game_id, teacher = session.get("live_host_game"), _teacher()
    if game_id is None or teacher is None:
        return None
    game = db.session.get(Game, game_id)
    return game if game is not None and game.host_id == teacher.id else None


def _error(message: str) -> dict:
    return {"ok": False, "error": message}


def schedule_close(app: Flask, game_id: int, position: int, delay: float) -> None:
    """Close question ``position`` of the game after ``delay`` seconds, unless closed before."""

    def close_later():
        socketio.sleep(delay)
        with app.app_context():
            game = db.session.get(Game, game_id)
            if game is not None and live.close_question(game, _now(), position=position):
                emit_reveal(game)

    socketio.start_background_task(close_later)


def emit_reveal(game: Game) -> None:
    """Show everyone the closed question's outcome, and each pupil their own result."""
    socketio.emit("reveal", live.reveal_payload(game), to=room(game.id))
    for player_id, result in live.personal_results(game).items():
        socketio.emit("result", result, to=player_room(player_id))


@socketio.on("host:next")
def host_next(_data=None):
    """The host opens the next question, or ends the game after the last one."""
    game = _hosted_game()
    if game is None:
        return _error("Alleen de docent van dit spel kan het leiden.")
    try:
        question = live.start_next_question(game, _now())
    except live.GameError as error:
        return _error(str(error))
    if question is None:
        socketio.emit("podium", live.podium_payload(game), to=room(game.id))
        for player_id, result in live.personal_results(game).items():
            socketio.emit("final", result, to=player_room(player_id))
        return {"ok": True, "status": "finished"}
    payload = live.question_payload(game, _now())
    payload["sent_at"] = time.time()  # wall clock at the broadcast, for latency figures
    socketio.emit("question", payload, to=room(game.id))
    if current_app.config["LIVE_AUTO_CLOSE"]:
        schedule_close(current_app._get_current_object(), game.id, game.current_position,
                       game.time_limit + current_app.config["LIVE_TIME_GRACE"])
    return {"ok": True, "status": "question"}


@socketio.on("host:close")
def host_close(_data=None):
    """The host closes the open question before its time is up."""
    game = _hosted_game()
    if game is None:
        return _error("Alleen de docent van dit spel kan het leiden.")
    if not live.close_question(game, _now()):
        return _error("Er staat geen vraag open.")
    emit_reveal(game)
    return {"ok": True}


@socketio.on("host:kick")
def host_kick(data=None):
    """The host removes a player; their phone is told and their answers stop counting."""
    game = _hosted_game()
    if game is None:
        return _error("Alleen de docent van dit spel kan het leiden.")
    try:
        player = live.remove_player(game, int(data.get("player_id")))
    except (AttributeError, TypeError, ValueError):
        player = None
    if player is None:
        return _error("Deze speler zit niet in dit spel.")
    socketio.emit("kicked", {"message": "De docent heeft je uit het spel gehaald."},
                  to=player_room(player.id))
    # Their sockets on this process stop receiving the game; elsewhere every event they send
    # is refused anyway, and they cannot connect again.
    for sid, _eio_sid in list(socketio.server.manager.get_participants("/",
                                                                      player_room(player.id))):
        socketio.server.disconnect(sid, namespace="/")
    socketio.emit("lobby", live.lobby(game), to=host_room(game.id))
    return {"ok": True}


def _answer_allowed(player_id: int) -> bool:
    """Per-player rate limit on answers (a flood from one phone changes nothing)."""
    if not current_app.config.get("RATELIMIT_ENABLED", True):
        return True
    rate = parse(current_app.config["LIVE_ANSWER_RATE_LIMIT"])
    return limiter.limiter.hit(rate, "live-answer", str(player_id))


@socketio.on("answer")
def answer(data=None):
    """A pupil answers the open question; the ack says received or why not, never right/wrong."""
    player = db.session.get(GamePlayer, session.get("live_player") or 0)
    if player is None:
        return _error("Doe eerst mee met de spelcode en een bijnaam.")
    if not _answer_allowed(player.id):
        return _error("Te veel antwoorden achter elkaar; wacht even.")
    if not isinstance(data, dict):
        return _error("Dit antwoord kon niet worden gelezen.")
    game = player.game
    outcome = live.submit_answer(game, player, data.get("question_id"), data.get("choice_id"),
                                 _now())
    if not outcome.accepted:
        return {"ok": False, "duplicate": outcome.duplicate, "error": outcome.message}
    numbers = live.progress(game, outcome.question_id)
    socketio.emit("progress", numbers, to=host_room(game.id))
    if numbers["all"] and live.close_question(game, _now()):
        emit_reveal(game)
    return {"ok": True, "message": outcome.message}
