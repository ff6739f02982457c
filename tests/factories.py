"""Test data builders and helpers, in one module."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

from quiz.extensions import db
from quiz.models import Article, Attempt, Choice, Player, Question, Quiz, QuizItem
from quiz.models.base import utcnow

# Our own short text about the facts of the sample article (never the corpus's sentences).
NAVO_TEXT = (
    "Mark Rutte wordt dinsdag de veertiende secretaris-generaal van de NAVO. "
    "Hij volgt de Noor Jens Stoltenberg op, die tien jaar de leiding had.\n\n"
    "De NAVO telt 32 lidstaten. Oekraïne wil sinds 2018 lid worden van de NAVO. "
    "Rusland viel Oekraïne in februari 2022 binnen. De ministers van Defensie komen "
    "over twee weken in Brussel bijeen. Rutte was bijna veertien jaar premier."
)

CSRF_RE = re.compile(r'name="csrf_token" type="hidden" value="([^"]+)"')


def csrf_token(client, path: str) -> str:
    """Fetch a page and read the CSRF token from its form."""
    page = client.get(path).get_data(as_text=True)
    match = CSRF_RE.search(page)
    assert match, f"no CSRF token in {path}"
    return match.group(1)


def make_quiz(n_questions: int = 3, title: str = "Testquiz", time_limit: int = 30) -> Quiz:
    """A quiz of simple ordinal questions whose correct option is always the third."""
    article = Article(headline=title, body="Een testtekst.", content_hash=f"hash-{title}")
    quiz = Quiz(title=title, article=article, time_limit=time_limit)
    for n in range(n_questions):
        question = Question(
            article=article,
            position=n,
            stem=f"Vraag {n + 1}: de hoeveelste?",
            evidence=f"Het was de {n + 3}e keer.",
            fact_type="ordinal",
            choices=[
                Choice(position=i, text=f"{n + 1 + i}e", is_correct=(i == 2)) for i in range(4)
            ],
        )
        quiz.items.append(QuizItem(position=n, question=question))
    db.session.add(quiz)
    db.session.commit()
    return quiz


def make_player(nickname: str) -> Player:
    """A player with a predictable token."""
    player = Player(
        nickname=nickname, nickname_key=nickname.casefold(), token=f"token-{nickname.casefold()}"
    )
    db.session.add(player)
    db.session.commit()
    return player


def finished_attempt(
    quiz: Quiz, player: Player, score: int, finished_at: datetime | None = None
) -> Attempt:
    """An attempt that ended with ``score`` at ``finished_at``."""
    finished_at = finished_at or utcnow()
    attempt = Attempt(
        quiz=quiz,
        player=player,
        score=score,
        started_at=finished_at - timedelta(minutes=2),
        finished_at=finished_at,
        current_position=len(quiz.items),
    )
    db.session.add(attempt)
    db.session.commit()
    return attempt


def make_teacher(
    email: str = "juf@school.nl", password: str = "geheim-wachtwoord", name: str = "Juf Anna"
):
    """A teacher account with a known password."""
    from quiz.services.accounts import register_teacher

    return register_teacher(email, name, password)


def log_in(client, email: str = "juf@school.nl", password: str = "geheim-wachtwoord"):
    """Log a test client in as a teacher through the real login form."""
    token = csrf_token(client, "/teacher/login")
    response = client.post(
        "/teacher/login", data={"csrf_token": token, "email": email, "password": password}
    )
    assert response.status_code == 302, response.get_data(as_text=True)
    return response


def make_game(quiz: Quiz, teacher, **options):
    """A live game of ``quiz`` hosted by ``teacher``, in its lobby."""
    from quiz.services import live

    return live.create_game(quiz, teacher, **options)


def join_as(client, code: str, nickname: str):
    """Join a game through the real join form; returns the response."""
    token = csrf_token(client, f"/join/{code}")
    return client.post("/join", data={"csrf_token": token, "code": code, "nickname": nickname})


class FakeClock:
    """An injectable ``now`` that only moves when a test moves it."""

    def __init__(self, start: datetime | None = None):
        self.now = start or datetime(2026, 11, 27, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> datetime:
        """Move time forward."""
        self.now += timedelta(seconds=seconds)
        return self.now


def make_owned_quiz(
    teacher,
    n_questions: int = 3,
    title: str = "Eigen quiz",
    status: str = "approved",
    draft: bool = True,
) -> Quiz:
    """A teacher's own quiz whose questions (owned by them) have the given review status."""
    quiz = make_quiz(n_questions, title=title)
    quiz.owner_id, quiz.kind, quiz.is_draft = teacher.id, "teacher", draft
    quiz.article.owner_id = teacher.id
    for question in quiz.questions:
        question.owner_id, question.status = teacher.id, status
    db.session.commit()
    return quiz


def pupil_client(app, nickname: str = "Pupil"):
    """A test client that only has a player's cookie (a pupil, no teacher account)."""
    player = make_player(nickname)
    client = app.test_client()
    client.set_cookie(app.config["PLAYER_COOKIE"], player.token)
    return client


def forget_user_per_request(app) -> None:
    """Each request loads its own user and CSRF token: tests keep one app context, where
    Flask-Login's ``g._login_user`` and Flask-WTF's ``g.csrf_token`` would otherwise leak from
    one test client to the next."""
    from flask import g

    def forget() -> None:
        g.pop("_login_user", None)
        g.pop("csrf_token", None)

    app.before_request_funcs.setdefault(None, []).insert(0, forget)


class ServerProcess:
    """The real server (run.py: gevent, Socket.IO) in a child process on a free loopback port."""

    def __init__(self, database_url: str, workdir, **env):
        import os
        import socket
        import subprocess
        import sys
        import time
        from pathlib import Path

        root = Path(__file__).resolve().parent.parent
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            port = sock.getsockname()[1]
        environment = {
            **os.environ,
            "DATABASE_URL": database_url,
            "HOST": "127.0.0.1",
            "PORT": str(port),
            "SECRET_KEY": "shared-between-the-processes",
            "QUIZ_ANALYZER": "simple",
            "PYTHONPATH": str(root),
            **env,
        }
        self.url = f"http://127.0.0.1:{port}"
        self.log = Path(workdir) / f"server-{port}.log"
        with self.log.open("w") as log:
            self.process = subprocess.Popen(
                [sys.executable, str(root / "run.py")],
                cwd=workdir,
                env=environment,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        for _ in range(600):  # until it accepts connections (at most a minute)
            if self.process.poll() is not None:
                raise RuntimeError(f"run.py stopped:\n{self.log.read_text()[-3000:]}")
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                time.sleep(0.1)
        else:
            self.stop()
            raise RuntimeError(f"run.py did not start:\n{self.log.read_text()[-3000:]}")

    def stop(self) -> None:
        """Stop the server."""
        self.process.terminate()
        self.process.wait(15)


def socket_client(url, http, game_id, role, events):
    """A python-socketio client with a requests session's cookies, recording what it gets."""
    import socketio

    client = socketio.Client(reconnection=False)
    for name in ("state", "lobby", "question", "progress", "reveal", "result", "podium", "final"):
        client.on(
            name,
            lambda data, name=name: (
                events.setdefault(name, []).append(data) or events["_signal"].set()
            ),
        )
    cookie = "; ".join(f"{c.name}={c.value}" for c in http.cookies)
    client.connect(
        url,
        headers={"Cookie": cookie},
        auth={"game": game_id, "role": role},
        transports=["websocket"],
        wait_timeout=20,
    )
    return client


def wait_for(events, name, count=1):
    """Wait (at most 30 s, never a pass/fail on time) until ``count`` ``name`` events came."""
    for _ in range(300):
        if len(events.get(name, [])) >= count:
            return events[name]
        events["_signal"].wait(0.1)
        events["_signal"].clear()
    raise AssertionError(f"no {name!r} event arrived")
