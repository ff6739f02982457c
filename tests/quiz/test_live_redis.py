"""Two server processes (run.py, gevent) share one live game through Redis.

The host's screen is connected to one process and the pupils' phones to the other: questions,
answers, progress and the reveal still reach everyone. Needs a Redis server: set
TEST_REDIS_URL (scripts/test.sh starts one on loopback); skipped otherwise.
"""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from quiz.extensions import db
from tests.factories import make_game, make_quiz, make_teacher

REDIS_URL = os.environ.get("TEST_REDIS_URL")
ROOT = Path(__file__).resolve().parents[2]
CSRF_RE = re.compile(r'name="csrf_token" type="hidden" value="([^"]+)"')

pytestmark = pytest.mark.skipif(not REDIS_URL, reason="TEST_REDIS_URL is not set")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def two_servers(make_app, database_url, tmp_path):
    """Two run.py processes on one database and one Redis; yields their URLs and the game."""
    app = make_app()
    with app.app_context():
        game = make_game(make_quiz(2), make_teacher(), time_limit=60)
        info = {"id": game.id, "code": game.code}
        db.session.remove()
    env = {**os.environ, "DATABASE_URL": database_url, "REDIS_URL": REDIS_URL,
           "SECRET_KEY": "shared-between-the-processes", "QUIZ_ANALYZER": "simple",
           "HOST": "127.0.0.1", "PYTHONPATH": str(ROOT)}
    processes, urls = [], []
    for _ in range(2):
        port = free_port()
        process = subprocess.Popen([sys.executable, str(ROOT / "run.py")], cwd=tmp_path,
                                   env={**env, "PORT": str(port)}, stdout=subprocess.PIPE,
                                   stderr=subprocess.DEVNULL, text=True)
        for line in process.stdout:  # wait until it says it is serving
            if "running at" in line:
                break
        processes.append(process)
        urls.append(f"http://127.0.0.1:{port}")
    yield urls, info
    for process in processes:
        process.terminate()
        process.wait(15)


def connect(url, http, game_id, role, events):
    """A python-socketio client carrying the browser's cookies, recording what it receives."""
    import socketio

    client = socketio.Client(reconnection=False)
    for name in ("state", "lobby", "question", "progress", "reveal", "result"):
        client.on(name, lambda data, name=name: events.setdefault(name, []).append(data)
                  or events["_signal"].set())
    cookie = "; ".join(f"{c.name}={c.value}" for c in http.cookies)
    client.connect(url, headers={"Cookie": cookie}, auth={"game": game_id, "role": role},
                   transports=["websocket"], wait_timeout=20)
    return client


def wait_for(events, name, count=1):
    """Wait (up to 20 s) until ``count`` events called ``name`` arrived."""
    for _ in range(200):
        if len(events.get(name, [])) >= count:
            return events[name]
        events["_signal"].wait(0.1)
        events["_signal"].clear()
    raise AssertionError(f"no {name!r} event arrived")


def test_host_and_pupils_on_different_processes(two_servers):
    import requests

    (url_a, url_b), game = two_servers
    teacher = requests.Session()
    token = CSRF_RE.search(teacher.get(f"{url_a}/teacher/login").text).group(1)
    teacher.post(f"{url_a}/teacher/login", data={"csrf_token": token,
                                                 "email": "juf@school.nl",
                                                 "password": "geheim-wachtwoord"})
    host_events = {"_signal": threading.Event()}
    host = connect(url_a, teacher, game["id"], "host", host_events)

    pupils = []
    for name in ("Sanne", "Bas"):
        http = requests.Session()
        token = CSRF_RE.search(http.get(f"{url_b}/join/{game['code']}").text).group(1)
        http.post(f"{url_b}/join", data={"csrf_token": token, "code": game["code"],
                                         "nickname": name}, allow_redirects=False)
        events = {"_signal": threading.Event()}
        pupils.append((connect(url_b, http, game["id"], "pupil", events), events))

    lobby = wait_for(host_events, "lobby", 2)[-1]  # emitted on B, received on A
    assert sorted(p["nickname"] for p in lobby["players"]) == ["Bas", "Sanne"]
    assert host.call("host:next", timeout=20)["ok"]
    for client, events in pupils:
        question = wait_for(events, "question")[0]
        assert "correct" not in str(question)
        reply = client.call("answer", {"question_id": question["question_id"],
                                       "choice_id": question["options"][2]["id"]}, timeout=20)
        assert reply["ok"], reply
    assert wait_for(host_events, "progress", 2)[-1]["answered"] == 2
    reveal = wait_for(host_events, "reveal")[0]
    assert reveal["answered"] == 2
    for client, events in pupils:
        assert wait_for(events, "result")[0]["correct"] is True
        client.disconnect()
    host.disconnect()
