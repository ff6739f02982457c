"""Benchmark: the solo answer endpoint against a bare Flask endpoint, under the same server.

Starts the app on loopback with gevent's WSGI server (as run.py does) on a throw-away SQLite
file, adds one bare endpoint that returns a constant, and lets P players (threads, each with
its own cookie jar) play a quiz. Prints median and p95 latency of the question page, the
answer POST and the bare endpoint, and their ratios to the bare endpoint. Nothing here passes
or fails: the figures are for reading.

    .venv/bin/python bench/bench_answer.py [--players 20] [--questions 10]
"""

from __future__ import annotations

import argparse
import re
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parent.parent
SERVER = textwrap.dedent(
    """
    from gevent import monkey; monkey.patch_all()
    import sys
    from gevent.pywsgi import WSGIServer
    from flask_migrate import upgrade
    from quiz import create_app
    from quiz.extensions import db
    from tests.factories import make_quiz

    app = create_app({"SQLALCHEMY_DATABASE_URI": "sqlite:///" + sys.argv[1], "SECRET_KEY": "b",
                      "ANSWER_RATE_LIMIT": "100000 per minute", "QUIZ_ANALYZER": "simple"})
    app.add_url_rule("/bare", "bare", lambda: "ok")
    with app.app_context():
        upgrade()
        make_quiz(int(sys.argv[3]), title="Bench")
    from run import listen  # the same no-delay listener the app is served on
    server = WSGIServer(listen("127.0.0.1", int(sys.argv[2])), app, log=None)
    print("ready", flush=True)
    server.serve_forever()
    """
)
TOKEN = re.compile(r'name="csrf_token" type="hidden" value="([^"]+)"')
CHOICE = re.compile(r'name="choice_id" value="(\d+)"')
QUESTION = re.compile(r'name="question_id" type="hidden" value="(\d+)"')


def timed(call):
    start = time.perf_counter()
    response = call()
    return time.perf_counter() - start, response


def play(base: str, n: int, questions: int) -> dict[str, list[float]]:
    """One player: start, answer every question, return latencies per kind."""
    s = requests.Session()
    out: dict[str, list[float]] = {"question page": [], "answer POST": [], "bare": []}
    page = s.get(f"{base}/quiz/1").text
    r = s.post(f"{base}/quiz/1", data={"csrf_token": TOKEN.search(page)[1],
                                        "nickname": f"speler{n}"}, allow_redirects=False)
    play_url = base + r.headers["Location"]
    for _ in range(questions):
        seconds, r = timed(lambda: s.get(play_url))
        out["question page"].append(seconds)
        data = {"csrf_token": TOKEN.search(r.text)[1], "question_id": QUESTION.search(r.text)[1],
                "choice_id": CHOICE.findall(r.text)[n % 4]}
        seconds, r = timed(lambda d=data: s.post(play_url + "/answer", data=d,
                                                 allow_redirects=False))
        assert r.status_code == 302, r.status_code
        out["answer POST"].append(seconds)
        out["bare"].append(timed(lambda: s.get(f"{base}/bare"))[0])
    return out


def main() -> None:
    """Run the benchmark and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--players", type=int, default=20)
    parser.add_argument("--questions", type=int, default=10)
    parser.add_argument("--port", type=int, default=5399)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        server = subprocess.Popen(
            [sys.executable, "-c", SERVER, f"{tmp}/bench.db", str(args.port),
             str(args.questions)], cwd=ROOT, stdout=subprocess.PIPE, text=True)
        try:
            assert server.stdout.readline().strip() == "ready"
            base = f"http://127.0.0.1:{args.port}"
            with ThreadPoolExecutor(max_workers=min(args.players, 8)) as pool:
                runs = list(pool.map(lambda n: play(base, n, args.questions),
                                     range(args.players)))
        finally:
            server.terminate()
            server.wait(10)
    merged = {k: sorted(x for run in runs for x in run[k]) for k in runs[0]}
    bare = statistics.median(merged["bare"])
    print(f"{args.players} players x {args.questions} questions, one gevent server process")
    print(f"{'endpoint':<15}{'n':>6}{'median ms':>11}{'p95 ms':>9}{'x bare':>9}")
    for kind, values in merged.items():
        median = statistics.median(values)
        p95 = values[int(0.95 * (len(values) - 1))]
        print(f"{kind:<15}{len(values):>6}{median * 1000:>11.2f}{p95 * 1000:>9.2f}"
              f"{median / bare:>9.1f}")


if __name__ == "__main__":
    main()
