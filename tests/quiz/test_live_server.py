"""The real server (run.py, gevent): websockets, and the countdown closing a question by itself."""

from __future__ import annotations

import threading

import pytest
import requests

from quiz.extensions import db
from tests.factories import (
    CSRF_RE,
    ServerProcess,
    make_game,
    make_quiz,
    make_teacher,
    socket_client,
    wait_for,
)


@pytest.fixture
def server(make_app, database_url, tmp_path):
    """run.py on this test's database, with a 1-second game ready in its lobby."""
    app = make_app()
    with app.app_context():
        game = make_game(make_quiz(2), make_teacher(), time_limit=1)
        info = {"id": game.id, "code": game.code}
        db.session.remove()
    process = ServerProcess(database_url, tmp_path)
    yield process.url, info
    process.stop()


def test_time_runs_out_on_the_server_and_nobody_scores(server):
    url, game = server
    teacher = requests.Session()
    token = CSRF_RE.search(teacher.get(f"{url}/teacher/login").text).group(1)
    teacher.post(
        f"{url}/teacher/login",
        data={"csrf_token": token, "email": "juf@school.nl", "password": "geheim-wachtwoord"},
    )
    pupil = requests.Session()
    token = CSRF_RE.search(pupil.get(f"{url}/join/{game['code']}").text).group(1)
    pupil.post(
        f"{url}/join",
        data={"csrf_token": token, "code": game["code"], "nickname": "Slaapkop"},
        allow_redirects=False,
    )
    host_events = {"_signal": threading.Event()}
    pupil_events = {"_signal": threading.Event()}
    host = socket_client(url, teacher, game["id"], "host", host_events)
    phone = socket_client(url, pupil, game["id"], "pupil", pupil_events)
    assert host.call("host:next", timeout=20)["ok"]
    question = wait_for(pupil_events, "question")[0]
    reveal = wait_for(pupil_events, "reveal")[0]  # nobody answered: the server's timer closed it
    assert reveal["question_id"] == question["question_id"] and reveal["answered"] == 0
    result = wait_for(pupil_events, "result")[0]
    assert result == {
        "answered": False,
        "correct": False,
        "points": 0,
        "score": 0,
        "rank": 1,
        "players": 1,
    }
    late = phone.call(
        "answer",
        {"question_id": question["question_id"], "choice_id": question["options"][2]["id"]},
        timeout=20,
    )
    assert late["ok"] is False
    wait_for(host_events, "reveal")
    phone.disconnect()
    host.disconnect()
