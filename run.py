"""Start the news quiz on the embedded default: one process, a SQLite file, demo content ready.

    python run.py            # http://127.0.0.1:5000/
    HOST=0.0.0.0 PORT=8000 python run.py
"""

from __future__ import annotations

from gevent import monkey

monkey.patch_all()  # before anything else imports socket, threading or subprocess

import contextlib
import os
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


def main() -> None:
    """Prepare, then serve pages and live-game sockets (gevent) until interrupted."""
    from quiz.extensions import socketio

    app = create_app()
    prepare(app)
    warm_analyzer(app)
    host = os.environ.get("HOST", "127.0.0.1")
    port = int(os.environ.get("PORT", "5000"))
    shown = "127.0.0.1" if host in ("0.0.0.0", "") else host
    print(f"News quiz running at http://{shown}:{port}/  (Ctrl+C stops it)", flush=True)
    with contextlib.suppress(KeyboardInterrupt):
        socketio.run(app, host=host, port=port, log_output=False, use_reloader=False)


if __name__ == "__main__":
    main()
