"""Fixtures for the question engine tests: one real Frog process per session, corpus path."""

from __future__ import annotations

from pathlib import Path

import pytest

from questions.analysis import FrogAnalyzer, SimpleAnalyzer
from questions.analysis.frog import FROG_BINARY

CORPUS = Path(__file__).resolve().parents[2] / ".." / "shared" / "corpus"
CORPUS = CORPUS.resolve()


@pytest.fixture(scope="session")
def corpus() -> Path:
    """The shared development corpus (read at run time, never copied)."""
    return CORPUS


@pytest.fixture(scope="session")
def frog():
    """One started Frog child process for the whole test session."""
    if not Path(FROG_BINARY).exists():
        pytest.skip("Frog is not installed")
    analyzer = FrogAnalyzer()
    analyzer.start()
    yield analyzer
    analyzer.close()


@pytest.fixture
def simple() -> SimpleAnalyzer:
    """The pure-Python Dutch analyzer."""
    return SimpleAnalyzer("nl")
