"""Two server processes (run.py, gevent) share one live game through Redis.

The host's screen is connected to one process and the pupils' phones to the other: questions,
answers, progress and the reveal still reach everyone. Needs a Redis server: set
TEST_REDIS_URL (scripts/test.sh starts one on loopback); skipped otherwise.
"""

from __future__ import annotations

import os
import threading

import pytest

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

REDIS_URL = os.environ.get("TEST_REDIS_URL")

pytestmark = pytest.mark.skipif(not REDIS_URL, reason="TEST_REDIS_URL is not set")


@pytest.fixture
def two_servers(make_app, database_url, tmp_path):
    """Two run.py processes on one database and one Redis; yields their URLs and the game."""
    app = make_app()
    with app.app_context():
        game = make_game(make_quiz(2), make_teacher(), time_limit=60)
        info = {"id": game.id, "code": game.code}
        db.session.remove()
    servers = [ServerProcess(database_url, tmp_path, REDIS_URL=REDIS_URL) for _ in range(2)]
    yield [server.url for server in servers], info
    for server in servers:
        server.stop()


def test_host_and_pupils_on_different_processes(two_servers):
    import requests

    (url_a, url_b), game = two_servers
    teacher = requests.Session()
    token = CSRF_RE.search(teacher.get(f"{url_a}/teacher/login").text).group(1)
    teacher.post(
        f"{url_a}/teacher/login",
        data={"csrf_token": token, "email": "juf@school.nl", "password": "geheim-wachtwoord"},
    )
    host_events = {"_signal": threading.Event()}
    host = socket_client(url_a, teacher, game["id"], "host", host_events)

    pupils = []
    for name in ("Sanne", "Bas"):
        http = requests.Session()
        token = CSRF_RE.search(http.get(f"{url_b}/join/{game['code']}").text).group(1)
        http.post(
            f"{url_b}/join",
            data={"csrf_token": token, "code": game["code"], "nickname": name},
            allow_redirects=False,
        )
        events = {"_signal": threading.Event()}
        pupils.append((socket_client(url_b, http, game["id"], "pupil", events), events))

    lobby = wait_for(host_events, "lobby", 2)[-1]  # emitted on B, received on A
    assert sorted(p["nickname"] for p in lobby["players"]) == ["Bas", "Sanne"]
    assert host.call("host:next", timeout=20)["ok"]
    for client, events in pupils:
        question = wait_for(events, "question")[0]
        assert "correct" not in str(question)
        reply = client.call(
            "answer",
            {"question_id": question["question_id"], "choice_id": question["options"][2]["id"]},
            timeout=20,
        )
        assert reply["ok"], reply
    assert wait_for(host_events, "progress", 2)[-1]["answered"] == 2
    reveal = wait_for(host_events, "reveal")[0]
    assert reveal["answered"] == 2
    for client, events in pupils:
        assert wait_for(events, "result")[0]["correct"] is True
        client.disconnect()
    host.disconnect()
