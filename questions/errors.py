"""Errors the question engine raises with a message meant for people."""

from __future__ import annotations


class QuestionsError(Exception):
    """Base class of all errors raised by the question engine."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class ArticleError(QuestionsError):
    """The given text cannot be used as an article (empty, too short, binary, HTML, ...)."""


class AnalyzerError(QuestionsError):
    """The language analyzer (Frog) could not be started or stopped answering."""
