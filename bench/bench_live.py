"""Load a live game: N Socket.IO players in one game on a local server, question by question.

    .venv/bin/python bench/bench_live.py                 # 200 players, 10 questions
    .venv/bin/python bench/bench_live.py --players 500 --workers 8
    .venv/bin/python bench/bench_live.py --redis redis://127.0.0.1:6379/0

The script starts the server itself (gevent, the same socketio.run as run.py) on a free
loopback port with a throw-away SQLite database, joins every player through the real join form
(so each has its own signed session cookie), lets a host drive the game over its socket and
prints: broadcast-to-receipt latency of the questions (from the moment the server opened the
question to its arrival at each player), questions received, answers sent vs. stored
(duplicates), and the server's memory per connected player (RSS delta / players).
Never part of the pass/fail test run.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import multiprocessing as mp
import os
import random
import re
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CSRF_RE = re.compile(r'name="csrf_token" type="hidden" value="([^"]+)"')
TEACHER = ("bench@school.nl", "bench-wachtwoord")


# --- The server (a child process) -------------------------------------------------------------


def serve(port: int, database: str, questions: int, redis_url: str | None, seed: bool) -> None:
    """Run the app on loopback with gevent; seed a teacher, a quiz and a game first."""
    from gevent import monkey

    monkey.patch_all()
    sys.path.insert(0, str(ROOT))
    from flask_migrate import upgrade

    from quiz import create_app
    from quiz.extensions import db, socketio
    from quiz.services import live
    from tests.factories import make_quiz, make_teacher

    app = create_app({
        "SQLALCHEMY_DATABASE_URI": database, "SECRET_KEY": os.urandom(16).hex(),
        "QUIZ_ANALYZER": "simple", "RATELIMIT_STORAGE_URI": "memory://",
        "LIVE_JOIN_RATE_LIMIT": "100000 per minute", "LOGIN_RATE_LIMIT": "1000 per minute",
        "SOCKETIO_ASYNC_MODE": "gevent", "REDIS_URL": redis_url,
    })
    with app.app_context():
        if seed:
            upgrade()
            quiz = make_quiz(questions, title="Bench")
            game = live.create_game(quiz, make_teacher(*TEACHER), time_limit=30)
            print(json.dumps({"game": game.id, "code": game.code}), flush=True)
        db.session.remove()
    print("READY", flush=True)
    socketio.run(app, host="127.0.0.1", port=port, log_output=False, use_reloader=False)


def free_port() -> int:
    """A loopback port nobody listens on now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_server(port, database, questions, redis_url, seed=True):
    """Start a server process; returns (process, game info or None)."""
    command = [sys.executable, __file__, "--serve", "--port", str(port), "--db", database,
               "--questions", str(questions)]
    if redis_url:
        command += ["--redis", redis_url]
    if not seed:
        command.append("--no-seed")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True, env=env)
    info = None
    for line in process.stdout:
        if line.startswith("{"):
            info = json.loads(line)
        if line.strip() == "READY":
            break
    else:
        raise SystemExit("the server did not start")
    url = f"http://127.0.0.1:{port}"
    import requests

    for _ in range(200):  # until it accepts connections
        try:
            requests.get(url + "/join", timeout=1)
            break
        except requests.ConnectionError:
            time.sleep(0.05)
    return process, info


def rss_kib(pid: int) -> int:
    """Resident memory of a process, in KiB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


# --- Players (in worker processes) -----------------------------------------------------------


def cookie_header(session) -> str:
    """A requests session's cookies as a Cookie header for the Socket.IO client."""
    return "; ".join(f"{c.name}={c.value}" for c in session.cookies)


def join(url: str, code: str, nickname: str):
    """Join through the real form: returns the HTTP session holding the signed cookie."""
    import requests

    session = requests.Session()
    page = session.get(f"{url}/join/{code}", timeout=30).text
    token = CSRF_RE.search(page).group(1)
    response = session.post(f"{url}/join", data={"csrf_token": token, "code": code,
                                                 "nickname": nickname},
                            allow_redirects=False, timeout=30)
    assert response.status_code == 302, response.text[:500]
    return session


def player_worker(urls, code, game_id, names, ready, results, seed, think):
    """Join a batch of players over HTTP, then play them all on one asyncio event loop."""
    cookies = [(urls[n % len(urls)], cookie_header(join(urls[n % len(urls)], code, name)))
               for n, name in enumerate(names)]
    asyncio.run(play(cookies, game_id, ready, results, random.Random(seed), think))


async def play(cookies, game_id, ready, results, rng, think):
    """Connect every player, answer every question after a short think, report the figures."""
    import socketio

    latencies, received, counts = [], [], {"sent": 0, "acked": 0, "done": 0}
    finished = asyncio.Event()
    tasks = set()
    clients = []

    for url, cookie in cookies:
        sio = socketio.AsyncClient(reconnection=False)
        got = []
        received.append(got)

        async def on_question(q, sio=sio, got=got):
            arrived = time.time()
            latencies.append((arrived - q["sent_at"], arrived - q["pushed_at"]))
            got.append(q["question_id"])
            choice = rng.choice(q["options"])["id"]

            async def answer():
                # Pupils read before they tap: answers trickle in after the push, as in class.
                await asyncio.sleep(rng.uniform(*think))
                counts["sent"] += 1
                reply = await sio.call("answer", {"question_id": q["question_id"],
                                                  "choice_id": choice}, timeout=120)
                counts["acked"] += 1 if reply.get("ok") else 0

            task = asyncio.create_task(answer())
            tasks.add(task)
            task.add_done_callback(tasks.discard)

        async def on_final(_result):
            counts["done"] += 1
            if counts["done"] == len(cookies):
                finished.set()

        sio.on("question", on_question)
        sio.on("final", on_final)
        await sio.connect(url, headers={"Cookie": cookie},
                          auth={"game": game_id, "role": "pupil"}, transports=["websocket"],
                          wait_timeout=30)
        clients.append(sio)
    ready.put(len(clients))
    await asyncio.wait_for(finished.wait(), timeout=1800)
    if tasks:
        await asyncio.wait(tasks, timeout=120)
    for sio in clients:
        await sio.disconnect()
    results.put({"latencies": latencies, "received": [len(g) for g in received],
                 "sent": counts["sent"], "acked": counts["acked"]})


# --- The host and the run --------------------------------------------------------------------


def host_client(url, game_id):
    """Log in as the teacher and connect the host screen's socket."""
    import requests
    import socketio

    http = requests.Session()
    token = CSRF_RE.search(http.get(f"{url}/teacher/login", timeout=30).text).group(1)
    http.post(f"{url}/teacher/login", data={"csrf_token": token, "email": TEACHER[0],
                                            "password": TEACHER[1]}, timeout=30)
    sio = socketio.Client(reconnection=False)
    events = {"reveal": threading.Event(), "podium": threading.Event()}
    sio.on("reveal", lambda _r: events["reveal"].set())
    sio.on("podium", lambda _p: events["podium"].set())
    sio.connect(url, headers={"Cookie": cookie_header(http)},
                auth={"game": game_id, "role": "host"}, transports=["websocket"])
    return sio, events


def percentile(values, share):
    """The value at ``share`` (0-1) of the sorted values (nearest rank)."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def run(args) -> None:
    """Start the server(s), play the game, print the figures."""
    tmp = tempfile.mkdtemp(prefix="bench-live-")
    database = f"sqlite:///{tmp}/bench.db"
    port = free_port()
    server, info = start_server(port, database, args.questions, args.redis)
    servers = [server]
    urls = [f"http://127.0.0.1:{port}"]
    if args.redis and args.servers > 1:  # more processes sharing the game through Redis
        for _ in range(args.servers - 1):
            extra = free_port()
            servers.append(start_server(extra, database, args.questions, args.redis,
                                        seed=False)[0])
            urls.append(f"http://127.0.0.1:{extra}")
    try:
        host, events = host_client(urls[0], info["game"])
        time.sleep(0.5)
        baseline = sum(rss_kib(s.pid) for s in servers)

        ready, results = mp.Queue(), mp.Queue()
        names = [f"Speler{n:04d}" for n in range(args.players)]
        batches = [names[w::args.workers] for w in range(args.workers)]
        workers = [mp.Process(target=player_worker,
                              args=(urls, info["code"], info["game"], batch, ready, results, w,
                                    (args.think_min, args.think_max)))
                   for w, batch in enumerate(batches) if batch]
        started = time.time()
        for worker in workers:
            worker.start()
        connected = sum(ready.get(timeout=600) for _ in workers)
        joined_in = time.time() - started
        time.sleep(1.0)
        after_join = sum(rss_kib(s.pid) for s in servers)

        rounds = []
        for _ in range(args.questions):
            events["reveal"].clear()
            begin = time.time()
            reply = host.call("host:next", timeout=60)
            assert reply.get("ok"), reply
            if not events["reveal"].wait(timeout=120):
                raise SystemExit("a question never closed")
            rounds.append(time.time() - begin)
        host.call("host:next", timeout=60)  # to the podium
        events["podium"].wait(timeout=60)
        figures = [results.get(timeout=600) for _ in workers]
        for worker in workers:
            worker.join(30)
        host.disconnect()

        latencies = [x for f in figures for x in f["latencies"]]
        received = [x for f in figures for x in f["received"]]
        sent = sum(f["sent"] for f in figures)
        acked = sum(f["acked"] for f in figures)
        with sqlite3.connect(f"{tmp}/bench.db") as con:
            stored, distinct = con.execute(
                "SELECT count(*), count(DISTINCT game_player_id || '-' || question_id) "
                "FROM game_answer").fetchone()
        ms = [1000 * x[0] for x in latencies]
        opened = [1000 * x[1] for x in latencies]
        print(f"players connected        {connected} (joined and connected in {joined_in:.1f} s)"
              f" over {len(servers)} server process(es){' + Redis' if args.redis else ''}")
        print(f"questions                {args.questions}; every player received all: "
              f"{min(received) == args.questions} (min {min(received)}, max {max(received)})")
        print(f"broadcast to receipt (ms) p50 {statistics.median(ms):.1f}   "
              f"p95 {percentile(ms, 0.95):.1f}   max {max(ms):.1f}   ({len(ms)} receipts)")
        print(f"question opened to receipt (ms) p50 {statistics.median(opened):.1f}   "
              f"p95 {percentile(opened, 0.95):.1f}   max {max(opened):.1f}")
        print(f"question rounds (s)      push to reveal (all answered): median "
              f"{statistics.median(rounds):.2f}, max {max(rounds):.2f} "
              f"(players think {args.think_min}-{args.think_max} s)")
        print(f"answers sent / acked     {sent} / {acked}")
        print(f"answers stored           {stored} (distinct player+question: {distinct}; "
              f"duplicates: {stored - distinct}); equal to sent: {stored == sent}")
        print(f"server RSS               {baseline / 1024:.1f} MiB before players, "
              f"{after_join / 1024:.1f} MiB with {connected} connected")
        print(f"memory per player        {(after_join - baseline) / max(connected, 1):.1f} KiB")
    finally:
        for s in servers:
            s.terminate()
            s.wait(10)


def main() -> None:
    """Parse the options; serve (child process) or run the benchmark."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--players", type=int, default=200)
    parser.add_argument("--questions", type=int, default=10)
    parser.add_argument("--workers", type=int, default=4,
                        help="client processes (each runs its players on one asyncio loop)")
    parser.add_argument("--redis", default=os.environ.get("REDIS_URL"),
                        help="Redis URL for the message queue (default: $REDIS_URL)")
    parser.add_argument("--think-min", type=float, default=0.5, help="seconds before answering")
    parser.add_argument("--think-max", type=float, default=3.0)
    parser.add_argument("--servers", type=int, default=1,
                        help="server processes (more than one needs --redis)")
    parser.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--no-seed", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--port", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--db", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        serve(args.port, args.db, args.questions, args.redis, not args.no_seed)
    else:
        run(args)


if __name__ == "__main__":
    main()
