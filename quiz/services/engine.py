"""Running the question engine from the web app without stalling the gevent server.

Under run.py (gevent, monkey-patched) all pages and live games share one hub thread, and the
engine's CPU work (up to seconds for a long article) would stall every one of them. So there
the engine runs in gevent's thread pool; everywhere else (tests, `flask` CLI) it runs directly.

Two things stay on the calling greenlet, by design:

- The database. The worker thread never touches the SQLAlchemy session: callers read what the
  engine needs before (the entity memory snapshot) and store its records after.
- Frog. Its child process, pipes, lock and stdin writer belong to the hub (gevent's subprocess
  cannot even restart it from another thread: "child watchers are only available on the
  default loop"). Its analysis is pipe I/O that already yields on the hub, so it runs there,
  serialised by the analyzer's own lock, and the worker gets the finished sentences.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from gevent import monkey

import questions
from questions.analysis import Analyzer, Sentence, SimpleAnalyzer, get_analyzer
from questions.errors import AnalyzerError
from questions.memory import EntityMemory
from questions.records import Article, Generation

T = TypeVar("T")

# Analyzers that are plain Python in this process: safe to run inside the worker thread.
IN_PROCESS_ANALYZERS = (SimpleAnalyzer,)


def under_gevent() -> bool:
    """True when the standard library is monkey-patched by gevent (run.py)."""
    return monkey.is_module_patched("threading")


def off_hub(function: Callable[..., T], /, *args, **kwargs) -> T:
    """``function(*args, **kwargs)`` in gevent's thread pool under gevent, else directly.

    The calling greenlet waits; the hub keeps serving everyone else meanwhile. An exception
    comes back to the caller as itself (and is not printed by gevent as a crash).
    """
    if not under_gevent():
        return function(*args, **kwargs)
    import gevent

    def guarded():
        try:
            return True, function(*args, **kwargs)
        except Exception as error:  # re-raised below, in the caller
            return False, error

    ok, value = gevent.get_hub().threadpool.apply(guarded)
    if not ok:
        raise value
    return value


class Analysed:
    """An analyzer that hands back sentences analysed earlier, for exactly that text."""

    def __init__(self, name: str, text: str, sentences: list[Sentence], failure: str = "") -> None:
        self.name = name
        self.failure = failure
        self._text = text
        self._sentences = sentences

    def analyze(self, text: str) -> list[Sentence]:
        """The sentences analysed before; any other text is a programming error."""
        if text != self._text:
            raise AnalyzerError("De vooraf gemaakte analyse hoort bij een andere tekst.")
        return self._sentences


def generate(
    record: Article, *, prefer: str = "frog", memory: EntityMemory | None = None
) -> Generation:
    """The engine's questions for an article record, its CPU work off the gevent hub."""
    analyzer: Analyzer = get_analyzer(record.language, prefer=prefer)
    if under_gevent() and not isinstance(analyzer, IN_PROCESS_ANALYZERS):
        sentences = analyzer.analyze(record.text)  # first: it may fall back and change its name
        analyzer = Analysed(analyzer.name, record.text, sentences, getattr(analyzer, "failure", ""))
    return off_hub(questions.generate, record, analyzer=analyzer, memory=memory)
