"""Socket.IO events of live games, through Flask-SocketIO's test client: every event."""

from __future__ import annotations

import json
from dataclasses import dataclass

import pytest

from quiz.extensions import db, limiter, socketio
from quiz.models import Game, GameAnswer, GamePlayer
from quiz.services import live
from tests.factories import FakeClock, join_as, log_in, make_game, make_quiz, make_teacher


@pytest.fixture
def clock():
    """The server's ``now``, moved by the tests."""
    return FakeClock()


@pytest.fixture
def live_app(make_app, clock):
    """The app with a fake clock and no timers: questions close by host or last answer.

    No app context stays pushed: every request and socket event gets its own, as in a real
    server (so one browser's login or CSRF token cannot leak into another's request).
    """
    app = make_app(
        SOCKETIO_ASYNC_MODE="threading",
        LIVE_AUTO_CLOSE=False,
        LIVE_CLOCK=clock,
        LIVE_ANSWER_RATE_LIMIT="5 per minute",
    )
    with app.app_context():
        limiter.reset()
    return app


@pytest.fixture
def ctx(live_app):
    """Enter the app context for database set-up and checks: ``with ctx(): ...``."""
    return live_app.app_context


@dataclass
class GameRef:
    """What the tests need of the game outside an app context."""

    id: int
    code: str


@pytest.fixture
def game(live_app):
    """A 2-question game with 20 s per question, hosted by the teacher juf@school.nl."""
    with live_app.app_context():
        game = make_game(make_quiz(2), make_teacher(), time_limit=20)
        return GameRef(game.id, game.code)


def choices(app, game):
    """The right and a wrong option of the game's current question."""
    with app.app_context():
        question = live.current_question(db.session.get(Game, game.id))
        wrong = next(c.id for c in question.choices if not c.is_correct)
        return question.correct_choice.id, wrong


def answer_count(app) -> int:
    with app.app_context():
        return db.session.query(GameAnswer).count()


def host_socket(app, game):
    """The host's screen: a logged-in HTTP client and its socket."""
    http = app.test_client()
    log_in(http)
    return socketio.test_client(app, flask_test_client=http, auth={"game": game.id, "role": "host"})


def pupil_socket(app, game, nickname):
    """A pupil who joined through the join form, with their socket connected."""
    http = app.test_client()
    response = join_as(http, game.code, nickname)
    assert response.status_code == 302 and response.headers["Location"] == f"/live/{game.code}"
    sock = socketio.test_client(
        app, flask_test_client=http, auth={"game": game.id, "role": "pupil"}
    )
    return http, sock


def events(sock, name=None):
    """Every event received so far (optionally of one name) as (name, payload)."""
    seen = sock.__dict__.setdefault("seen", [])
    seen += [(e["name"], e["args"][0] if e["args"] else None) for e in sock.get_received()]
    return [g for g in seen if name is None or g[0] == name]


def forget(sock):
    """Drop what the socket received so far."""
    events(sock)
    sock.seen.clear()


def last(sock, name):
    found = events(sock, name)
    assert found, f"no {name!r} event"
    return found[-1][1]


def test_only_the_host_may_connect_as_host(live_app, game):
    anonymous = socketio.test_client(live_app, auth={"game": game.id, "role": "host"})
    assert not anonymous.is_connected()
    other = live_app.test_client()
    with live_app.app_context():
        make_teacher(email="ander@school.nl")
    log_in(other, email="ander@school.nl")
    stranger = socketio.test_client(
        live_app, flask_test_client=other, auth={"game": game.id, "role": "host"}
    )
    assert not stranger.is_connected()
    host = host_socket(live_app, game)
    assert host.is_connected()
    assert last(host, "state")["status"] == "lobby"


def test_a_pupil_must_join_first_and_unknown_games_are_refused(live_app, game):
    assert not socketio.test_client(live_app, auth={"game": game.id}).is_connected()
    assert not socketio.test_client(live_app, auth={"game": 999}).is_connected()
    assert not socketio.test_client(live_app, auth={"game": "x"}).is_connected()


def test_lobby_fills_as_pupils_join_and_host_removes_one(live_app, game):
    host = host_socket(live_app, game)
    _, sanne = pupil_socket(live_app, game, "Sanne")
    bas_http, bas = pupil_socket(live_app, game, "Bas")
    lobby = last(host, "lobby")
    assert [p["nickname"] for p in lobby["players"]] == ["Sanne", "Bas"]
    assert last(sanne, "state") == {"status": "lobby", "nickname": "Sanne", "score": 0}

    bas_id = next(p["id"] for p in lobby["players"] if p["nickname"] == "Bas")
    assert sanne.emit("host:kick", {"player_id": bas_id}, callback=True)["ok"] is False
    assert host.emit("host:kick", {"player_id": bas_id}, callback=True) == {"ok": True}
    assert not bas.is_connected()  # told "kicked", then disconnected by the server
    assert not socketio.test_client(
        live_app, flask_test_client=bas_http, auth={"game": game.id, "role": "pupil"}
    ).is_connected()
    assert [p["nickname"] for p in last(host, "lobby")["players"]] == ["Sanne"]
    assert host.emit("host:kick", {"player_id": "nope"}, callback=True)["ok"] is False


def test_a_whole_game_over_sockets(live_app, game, clock):
    host = host_socket(live_app, game)
    pupils = {name: pupil_socket(live_app, game, name)[1] for name in ("Sanne", "Bas", "Ahmed")}
    for sock in [host, *pupils.values()]:
        forget(sock)

    assert sanne_cannot_drive(pupils["Sanne"])
    assert host.emit("host:next", callback=True) == {"ok": True, "status": "question"}
    question = last(pupils["Sanne"], "question")
    assert "correct" not in json.dumps(question) and "is_correct" not in json.dumps(question)
    assert last(host, "question")["question_id"] == question["question_id"]
    right, wrong = choices(live_app, game)

    clock.advance(5)
    ack = pupils["Sanne"].emit(
        "answer", {"question_id": question["question_id"], "choice_id": right}, callback=True
    )
    assert ack["ok"] and "correct" not in json.dumps(ack)
    assert last(host, "progress") == {"answered": 1, "players": 3, "all": False}
    again = pupils["Sanne"].emit(
        "answer", {"question_id": question["question_id"], "choice_id": wrong}, callback=True
    )
    assert again["ok"] is False and again["duplicate"] is True
    assert not events(pupils["Bas"], "reveal")  # nothing revealed while the question is open
    pupils["Bas"].emit(
        "answer", {"question_id": question["question_id"], "choice_id": wrong}, callback=True
    )
    clock.advance(5)
    pupils["Ahmed"].emit(
        "answer", {"question_id": question["question_id"], "choice_id": right}, callback=True
    )  # the last answer closes the question

    reveal = last(pupils["Bas"], "reveal")
    assert reveal["correct_id"] == right and reveal["evidence"]
    assert sum(b["count"] for b in reveal["distribution"]) == 3
    assert [r["nickname"] for r in reveal["top"]] == ["Sanne", "Ahmed", "Bas"]
    assert last(pupils["Sanne"], "result") == {
        "answered": True,
        "correct": True,
        "points": 875,
        "score": 875,
        "rank": 1,
        "players": 3,
    }
    assert last(pupils["Bas"], "result")["correct"] is False

    host.emit("host:next", callback=True)
    second = last(pupils["Bas"], "question")
    assert second["number"] == 2
    assert host.emit("host:close", callback=True) == {"ok": True}  # host ends it early
    assert last(pupils["Bas"], "result")["answered"] is False
    assert host.emit("host:close", callback=True)["ok"] is False
    assert host.emit("host:next", callback=True) == {"ok": True, "status": "finished"}
    podium = last(pupils["Ahmed"], "podium")
    assert [r["nickname"] for r in podium["podium"]] == ["Sanne", "Ahmed", "Bas"]
    assert last(pupils["Ahmed"], "final")["rank"] == 2
    assert answer_count(live_app) == 3


def sanne_cannot_drive(sock):
    """A pupil's socket cannot start, close or kick."""
    return all(
        sock.emit(event, callback=True)["ok"] is False
        for event in ("host:next", "host:close", "host:kick")
    )


def test_late_wrong_question_and_forged_answers_change_nothing(live_app, game, clock):
    host = host_socket(live_app, game)
    _, sanne = pupil_socket(live_app, game, "Sanne")
    _, bas = pupil_socket(live_app, game, "Bas")
    early = sanne.emit("answer", {"question_id": 1, "choice_id": 1}, callback=True)
    assert early["ok"] is False and "niet open" in early["error"]
    host.emit("host:next", callback=True)
    question = last(sanne, "question")
    right, _ = choices(live_app, game)
    other = sanne.emit(
        "answer", {"question_id": question["question_id"] + 1, "choice_id": right}, callback=True
    )
    assert other["ok"] is False
    with live_app.app_context():
        bas_id = db.session.execute(db.select(GamePlayer.id).filter_by(nickname="Bas")).scalar_one()
    forged = sanne.emit(
        "answer",
        {
            "question_id": question["question_id"],
            "choice_id": right,
            "player_id": bas_id,
            "game_player_id": bas_id,
        },
        callback=True,
    )
    assert forged["ok"] is True  # counted for Sanne, the socket's own player, not for Bas
    with live_app.app_context():
        stored = db.session.execute(db.select(GameAnswer)).scalars().all()
        assert [a.game_player.nickname for a in stored] == ["Sanne"]
    clock.advance(21)
    late = bas.emit(
        "answer", {"question_id": question["question_id"], "choice_id": right}, callback=True
    )
    assert late["ok"] is False and "Te laat" in late["error"]
    for junk in ("x", [1, 2], None, {"question_id": "x", "choice_id": {"a": 1}}):
        assert bas.emit("answer", junk, callback=True)["ok"] is False
    assert host.emit("host:kick", "x", callback=True)["ok"] is False
    assert answer_count(live_app) == 1


def test_a_flood_of_answers_is_rate_limited(live_app, game):
    host = host_socket(live_app, game)
    _, sanne = pupil_socket(live_app, game, "Sanne")
    pupil_socket(live_app, game, "Bas")
    host.emit("host:next", callback=True)
    question = last(sanne, "question")
    replies = [
        sanne.emit(
            "answer", {"question_id": question["question_id"], "choice_id": 0}, callback=True
        )
        for _ in range(7)
    ]
    assert "Te veel" in replies[-1]["error"]
    assert answer_count(live_app) == 0


def test_reconnecting_pupil_and_host_get_the_game_back(live_app, game, clock):
    host = host_socket(live_app, game)
    http, sanne = pupil_socket(live_app, game, "Sanne")
    pupil_socket(live_app, game, "Bas")  # Bas never answers: questions stay open
    host.emit("host:next", callback=True)
    question = last(sanne, "question")
    right, _ = choices(live_app, game)
    sanne.emit(
        "answer", {"question_id": question["question_id"], "choice_id": right}, callback=True
    )
    host.emit("host:close", callback=True)
    host.emit("host:next", callback=True)
    clock.advance(3)
    sanne.disconnect()
    host.disconnect()

    again = socketio.test_client(
        live_app, flask_test_client=http, auth={"game": game.id, "role": "pupil"}
    )
    state = last(again, "state")
    assert state["nickname"] == "Sanne" and state["score"] == 1000
    assert state["status"] == "question" and state["answered"] is False
    assert state["question"]["number"] == 2 and state["question"]["seconds_left"] == 17
    assert "correct" not in json.dumps(state["question"])
    right, _ = choices(live_app, game)
    again.emit(
        "answer",
        {"question_id": state["question"]["question_id"], "choice_id": right},
        callback=True,
    )
    again.disconnect()
    third = socketio.test_client(
        live_app, flask_test_client=http, auth={"game": game.id, "role": "pupil"}
    )
    state = last(third, "state")
    assert state["answered"] is True
    assert state["score"] == 1000  # this question's points only show after it closes
    page = http.get(f"/live/{game.code}")
    assert page.status_code == 200 and "Sanne" in page.get_data(as_text=True)

    host = host_socket(live_app, game)
    state = last(host, "state")
    assert state["status"] == "question" and state["progress"] == {
        "answered": 1,
        "players": 2,
        "all": False,
    }
    assert state["lobby"]["players"][0]["nickname"] == "Sanne"


def test_the_timer_closes_the_question(live_app, game):
    host = host_socket(live_app, game)
    _, sanne = pupil_socket(live_app, game, "Sanne")
    live_app.config.update(LIVE_AUTO_CLOSE=True, LIVE_TIME_GRACE=0)
    with live_app.app_context():
        db.session.get(Game, game.id).time_limit = 0
        db.session.commit()
    host.emit("host:next", callback=True)
    # The timer runs in a background thread; wait for its reveal (no timing assertion).
    for _ in range(200):
        if events(sanne, "reveal"):
            break
        socketio.sleep(0.05)
    with live_app.app_context():
        assert db.session.get(Game, game.id).status == "reveal"
