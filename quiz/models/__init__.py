"""Typed SQLAlchemy 2 models, split by meaning."""

from quiz.models.content import Article, Choice, Question, Quiz, QuizItem
from quiz.models.play import Answer, Attempt, Player

__all__ = ["Answer", "Article", "Attempt", "Choice", "Player", "Question", "Quiz", "QuizItem"]
