"""Run by tests/quiz/test_engine_offload.py in a child process, monkey-patched like run.py.

    python tests/quiz/engine_probe.py app DATABASE_FILE   # import_text with a gated analyzer
    python tests/quiz/engine_probe.py frog                # two Frog imports at once

Prints one JSON object of observations (events and thread identities, no timings).
"""

from gevent import monkey

monkey.patch_all()

import json  # noqa: E402
import sys  # noqa: E402

import gevent  # noqa: E402

native_ident = monkey.get_original("_thread", "get_ident")
native_sleep = monkey.get_original("time", "sleep")
monotonic = monkey.get_original("time", "monotonic")
HUB = native_ident()
GUARD_SECONDS = 60  # only reached when the hub never runs: the probe then reports failure


class Ticker:
    """A greenlet on the hub that counts while it gets to run."""

    def __init__(self) -> None:
        self.ticks = 0
        self.running = True
        self.greenlet = gevent.spawn(self._run)

    def _run(self) -> None:
        while self.running:
            self.ticks += 1
            gevent.sleep(0.001)

    def stop(self) -> None:
        self.running = False
        self.greenlet.join()


def probe_app(database_file: str) -> dict:
    """import_text through the app: engine in a worker thread, database only on the hub."""
    from flask_migrate import upgrade
    from sqlalchemy import event

    from questions.analysis import SimpleAnalyzer
    from quiz import create_app
    from quiz.extensions import db
    from quiz.models import Article
    from quiz.services import articles, engine
    from tests.quiz.test_engine_offload import ARTICLE

    seen: dict = {"analyzer_threads": [], "ticks_while_engine_ran": None, "db_threads": set()}
    ticker = Ticker()

    class GatedAnalyzer(SimpleAnalyzer):
        """Holds the engine until the hub's ticker has moved on: only possible off the hub."""

        def analyze(self, text):
            seen["analyzer_threads"].append(native_ident())
            start, deadline = ticker.ticks, monotonic() + GUARD_SECONDS
            while ticker.ticks < start + 3 and monotonic() < deadline:
                native_sleep(0.001)
            seen["ticks_while_engine_ran"] = ticker.ticks - start
            return super().analyze(text)

    engine.get_analyzer = lambda language, prefer="frog": GatedAnalyzer(language)
    app = create_app(
        {
            "TESTING": True,
            "SECRET_KEY": "probe",
            "SQLALCHEMY_DATABASE_URI": f"sqlite:///{database_file}",
            "QUIZ_ANALYZER": "simple",
            "RATELIMIT_STORAGE_URI": "memory://",
        }
    )
    with app.app_context():
        upgrade()
        event.listen(
            db.engine,
            "before_cursor_execute",
            lambda *args: seen["db_threads"].add(native_ident()),
        )
        result = articles.import_text(ARTICLE, prefer="simple")
        stored = db.session.query(Article).count()
        questions = len(result.quiz.items)
    ticker.stop()
    return {
        "under_gevent": engine.under_gevent(),
        "engine_ran_off_the_hub": bool(seen["analyzer_threads"])
        and all(t != HUB for t in seen["analyzer_threads"]),
        "ticks_while_engine_ran": seen["ticks_while_engine_ran"],
        "database_only_on_the_hub": seen["db_threads"] == {HUB},
        "stored_articles": stored,
        "questions": questions,
    }


def probe_frog() -> dict:
    """Two imports at once on the shared Frog: analysis on the hub, engine in workers."""
    import questions
    from questions.analysis import FrogAnalyzer
    from questions.analysis.frog import shared_frog
    from questions.ingest import parse_text
    from quiz.services import engine
    from tests.quiz.test_engine_offload import ARTICLE, SECOND_ARTICLE

    frog_threads, engine_threads = [], []
    frog_analyze, engine_generate = FrogAnalyzer.analyze, questions.generate

    def recording_analyze(self, text):
        frog_threads.append(native_ident())
        return frog_analyze(self, text)

    def recording_generate(*args, **kwargs):
        engine_threads.append(native_ident())
        return engine_generate(*args, **kwargs)

    FrogAnalyzer.analyze = recording_analyze
    questions.generate = recording_generate
    records = [parse_text(ARTICLE), parse_text(SECOND_ARTICLE)]
    ticker = Ticker()
    try:
        jobs = [gevent.spawn(engine.generate, r, prefer="frog") for r in records]
        gevent.joinall(jobs, raise_error=True)
        ticks = ticker.ticks
        concurrent = [[q.stem for q in job.value.questions] for job in jobs]
        analyzers = [job.value.analyzer for job in jobs]
        # the same articles once more, one after the other on this thread, as the reference
        sequential = [
            [q.stem for q in engine_generate(r, analyzer=shared_frog()).questions] for r in records
        ]
    finally:
        ticker.stop()
        shared_frog().close()
    return {
        "under_gevent": engine.under_gevent(),
        "analyzers": analyzers,
        "frog_only_on_the_hub": bool(frog_threads) and set(frog_threads) == {HUB},
        "engine_off_the_hub": len(engine_threads) == 2 and HUB not in engine_threads,
        "ticks_during_the_imports": ticks,
        "same_questions_as_one_by_one": concurrent == sequential,
        "questions": [len(stems) for stems in concurrent],
    }


if __name__ == "__main__":
    report = probe_app(sys.argv[2]) if sys.argv[1] == "app" else probe_frog()
    print(json.dumps(report))
