"""The engine runs off the gevent hub under run.py's monkey-patching, and directly elsewhere.

The gevent cases run in a child process (tests/quiz/engine_probe.py), patched like run.py:
patching this pytest process would change every other test. They assert on events and thread
identities, never on durations.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

import questions
from questions.analysis import SimpleAnalyzer
from questions.analysis.frog import FROG_BINARY
from questions.errors import AnalyzerError
from questions.ingest import parse_text
from quiz.services import engine

ROOT = Path(__file__).resolve().parents[2]
PROBE = Path(__file__).with_name("engine_probe.py")
# the probes choose their analyzer themselves
ENVIRONMENT = {k: v for k, v in os.environ.items() if k != "QUIZ_ANALYZER"}

# Invented articles with plenty of facts, so the engine has questions to make.
ARTICLE = """Deventer krijgt een nieuw zwembad met een buitenbad

Het nieuwe zwembad De Scheg in Deventer gaat op 14 maart 2026 open. Het bad kost 28 miljoen \
euro. Wethouder Marieke Hoogland noemt het zwembad het grootste project van de gemeente sinds \
2010.

Het zwembad krijgt 6 banen van 50 meter en een buitenbad. De bouw begint in april en duurt twee \
jaar. Architect Pieter Zandvoort uit Utrecht ontwierp het gebouw.

Het oude zwembad uit 1972 gaat dicht. Elk jaar zwemmen er ongeveer 300.000 mensen. De \
gemeenteraad stemde dinsdag met 31 tegen 6 stemmen voor het plan. Zwemvereniging DZV telt 1200 \
leden en traint straks ook in het nieuwe bad.
"""

SECOND_ARTICLE = """Zwolle opent een overdekte markthal aan de IJssel

Burgemeester Anne Kuipers opende donderdag de nieuwe markthal in Zwolle. De hal telt 42 kramen \
en kostte 9 miljoen euro. Ondernemer Youssef Amrani verkoopt er kaas uit Friesland. Hij stond \
eerder 25 jaar op de zaterdagmarkt. De hal is zes dagen per week open. In 2027 komen er nog \
12 kramen bij. Volgens de gemeente trekt de hal elk jaar ongeveer 800.000 bezoekers.
"""


def run_probe(*args: str) -> dict:
    run = subprocess.run(
        [sys.executable, str(PROBE), *args],
        cwd=ROOT,
        env={**ENVIRONMENT, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=900,  # a guard against a hang, not a speed limit
    )
    assert run.returncode == 0, run.stderr[-3000:]
    return json.loads(run.stdout.strip().splitlines()[-1])


def test_without_gevent_the_engine_runs_in_the_calling_thread():
    caller = threading.get_ident()
    assert not engine.under_gevent()
    assert engine.off_hub(threading.get_ident) == caller


def test_errors_reach_the_caller_unchanged():
    def fail():
        raise AnalyzerError("kapot")

    with pytest.raises(AnalyzerError, match="kapot"):
        engine.off_hub(fail)


def test_generate_gives_what_the_engine_gives():
    record = parse_text(ARTICLE)
    ours = engine.generate(record, prefer="simple")
    theirs = questions.generate(record, analyzer=SimpleAnalyzer("nl"))
    assert [q.stem for q in ours.questions] == [q.stem for q in theirs.questions]
    assert ours.questions
    assert ours.analyzer == "simple"


def test_sentences_analysed_beforehand_only_serve_their_own_text():
    analysed = engine.Analysed("frog", "Een tekst.", [])
    assert analysed.analyze("Een tekst.") == []
    with pytest.raises(AnalyzerError):
        analysed.analyze("Een andere tekst.")


def test_under_gevent_the_hub_keeps_running_while_an_import_generates(tmp_path):
    report = run_probe("app", str(tmp_path / "probe.db"))
    assert report["under_gevent"] is True
    assert report["engine_ran_off_the_hub"] is True
    # the engine waited for the hub's ticker, which could only tick if the hub was free
    assert report["ticks_while_engine_ran"] >= 3
    assert report["database_only_on_the_hub"] is True
    assert report["stored_articles"] == 1 and report["questions"] >= 1


@pytest.mark.frog
@pytest.mark.skipif(not Path(FROG_BINARY).exists(), reason="Frog is not installed")
def test_under_gevent_two_frog_imports_at_once_are_safe():
    report = run_probe("frog")
    assert report["under_gevent"] is True
    assert report["analyzers"] == ["frog", "frog"]
    assert report["frog_only_on_the_hub"] is True
    assert report["engine_off_the_hub"] is True
    assert report["ticks_during_the_imports"] > 0
    assert report["same_questions_as_one_by_one"] is True
    assert report["questions"][0] >= 1
