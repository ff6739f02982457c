"""Frog first, the pure-Python analyzer when Frog cannot run: the engine keeps working."""

from __future__ import annotations

import logging

from questions.analysis.base import Analyzer, Sentence
from questions.analysis.simple import SimpleAnalyzer
from questions.errors import AnalyzerError

log = logging.getLogger("questions.analysis")


class FallbackAnalyzer:
    """Analyse with `primary`; when it fails (Frog restarts once itself), use SimpleAnalyzer.

    `name` is the analyzer that produced the last result and `failure` says why the primary
    one was left ('' when it was not), so callers can tell their users which one was used.
    One instance per generation: both attributes describe the last call.
    """

    def __init__(self, primary: Analyzer, language: str = "nl") -> None:
        self.primary = primary
        self.language = language
        self.name = primary.name
        self.failure = ""

    def analyze(self, text: str) -> list[Sentence]:
        """The primary analyzer's sentences, else the simple analyzer's (and say why)."""
        try:
            sentences = self.primary.analyze(text)
        except AnalyzerError as error:
            self.failure = str(error)
            self.name = "simple"
            log.warning(
                "%s failed, analysing with the simple analyzer: %s", self.primary.name, error
            )
            return SimpleAnalyzer(self.language).analyze(text)
        self.name, self.failure = self.primary.name, ""
        return sentences
