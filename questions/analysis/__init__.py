"""Analyzers: text -> sentences of tokens. A registry name -> factory, and `get_analyzer`."""

from __future__ import annotations

import os
from collections.abc import Callable

from questions.analysis.base import Analyzer, Sentence, Token
from questions.analysis.fallback import FallbackAnalyzer
from questions.analysis.frog import FROG_BINARY, FrogAnalyzer, shared_frog
from questions.analysis.simple import SimpleAnalyzer

__all__ = [
    "Analyzer",
    "Sentence",
    "Token",
    "FrogAnalyzer",
    "SimpleAnalyzer",
    "FallbackAnalyzer",
    "REGISTRY",
    "get_analyzer",
]

REGISTRY: dict[str, Callable[[str], Analyzer]] = {
    "frog": lambda language: shared_frog(),
    "simple": lambda language: SimpleAnalyzer(language),
}


def frog_available() -> bool:
    """True when the Frog binary is installed."""
    return os.path.exists(FROG_BINARY)


def get_analyzer(language: str = "nl", prefer: str = "frog", *, fallback: bool = True) -> Analyzer:
    """Shared Frog analyzer for Dutch when installed (QUIZ_ANALYZER may force one), else simple.

    With `fallback` (the default) Frog is wrapped so that a Frog that will not start or keeps
    dying gives way to the simple analyzer, which the result's analyzer name then says;
    without it (the benchmark) Frog's AnalyzerError reaches the caller.
    """
    forced = os.environ.get("QUIZ_ANALYZER", "").strip().lower()
    name = forced or prefer
    if name not in REGISTRY:
        name = "simple"
    if name == "frog" and (language != "nl" or not frog_available()):
        name = "simple"
    analyzer = REGISTRY[name](language)
    if fallback and name != "simple":
        return FallbackAnalyzer(analyzer, language)
    return analyzer
