"""Start the news quiz on the embedded default: one process, a SQLite file, demo content ready.

    python run.py            # http://127.0.0.1:5000/
    HOST=0.0.0.0 PORT=8000 python run.py
"""

from __future__ import annotations

from gevent import monkey

monkey.patch_all()  # before anything else imports socket, threading or subprocess

import contextlib
import os
import socket
import threading

from flask_migrate import upgrade

from quiz import create_app
from quiz.cli import load_demo


def prepare(app) -> None:
    """Bring the database to the newest migration and load the demo on first start."""
    with app.app_context():
        upgrade()
        load_demo()


def warm_analyzer(app) -> None:
    """Start the long-lived analyzer (Frog takes ~10 s) before the first article arrives."""
    from questions.analysis import get_analyzer

    def warm():
        get_analyzer("nl", prefer=app.config["QUIZ_ANALYZER"]).analyze("De NAVO telt 32 landen.")

    threading.Thread(target=warm, name="warm-analyzer", daemon=True).start()


def listen(host: str, port: int) -> socket.socket:
    """A listening socket with Nagle off: its connections inherit TCP_NODELAY.

    Without it, a response written in two pieces (headers, then body) waits for the client's
    delayed ACK: about 40 ms on every request (measured with bench/bench_answer.py).
    """
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    listener = socket.socket(family, socket.SOCK_STREAM)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    listener.bind((host, port))
    listener.listen(1024)
    return listener


def main() -> None:
    """Prepare, then serve pages and live-game sockets (gevent) until interrupted."""
    from gevent.pywsgi import WSGIServer
    from geventwebsocket.handler import WebSocketHandler

    app = create_app()
    prepare(app)
    warm_analyzer(app)
    host = os.environ.get("HOST", "127.0.0.1")
    port = int(os.environ.get("PORT", "5000"))
    # What socketio.run() does in gevent mode, but on our own no-delay listener.
    server = WSGIServer(listen(host, port), app, handler_class=WebSocketHandler, log=None)
    shown = "127.0.0.1" if host in ("0.0.0.0", "") else host
    print(f"News quiz running at http://{shown}:{port}/  (Ctrl+C stops it)", flush=True)
    with contextlib.suppress(KeyboardInterrupt):
        server.serve_forever()


if __name__ == "__main__":
    main()
