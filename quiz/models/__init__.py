"""Typed SQLAlchemy 2 models, split by meaning."""

from quiz.models.classroom import Game, GameAnswer, GamePlayer, SchoolClass, Teacher
from quiz.models.content import Article, Choice, Question, Quiz, QuizItem
from quiz.models.play import Answer, Attempt, Player

__all__ = [
    "Answer", "Article", "Attempt", "Choice", "Game", "GameAnswer", "GamePlayer", "Player",
    "Question", "Quiz", "QuizItem", "SchoolClass", "Teacher",
]
