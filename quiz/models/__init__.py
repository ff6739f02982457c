"""Typed SQLAlchemy 2 models, split by meaning."""

from quiz.models.classroom import Game, GameAnswer, GamePlayer, SchoolClass, Teacher
from quiz.models.content import Article, Choice, Question, Quiz, QuizItem
from quiz.models.entities import KnownName
from quiz.models.feeds import Feed, FeedItem
from quiz.models.play import Answer, Attempt, Player
from quiz.models.review import QuizEditor
from quiz.models.trivia import ApiToken, ApiTokenQuestion

__all__ = [
    "Answer", "ApiToken", "ApiTokenQuestion", "Article", "Attempt", "Choice", "Feed",
    "FeedItem", "Game", "GameAnswer", "GamePlayer", "KnownName", "Player", "Question", "Quiz",
    "QuizEditor", "QuizItem", "SchoolClass", "Teacher",
]
