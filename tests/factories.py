"""Test data builders and helpers, in one module."""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from quiz.extensions import db
from quiz.models import Article, Attempt, Choice, Player, Question, Quiz, QuizItem
from quiz.models.base import utcnow

CSRF_RE = re.compile(r'name="csrf_token" type="hidden" value="([^"]+)"')


def csrf_token(client, path: str) -> str:
    """Fetch a page and read the CSRF token from its form."""
    page = client.get(path).get_data(as_text=True)
    match = CSRF_RE.search(page)
    assert match, f"no CSRF token in {path}"
    return match.group(1)


def make_quiz(n_questions: int = 3, title: str = "Testquiz", time_limit: int = 30) -> Quiz:
    """A quiz of simple ordinal questions whose correct option is always the third."""
    article = Article(headline=title, body="Een testtekst.", content_hash=f"hash-{title}")
    quiz = Quiz(title=title, article=article, time_limit=time_limit)
    for n in range(n_questions):
        question = Question(
            article=article, position=n, stem=f"Vraag {n + 1}: de hoeveelste?",
            evidence=f"Het was de {n + 3}e keer.", fact_type="ordinal",
            choices=[Choice(position=i, text=f"{n + 1 + i}e", is_correct=(i == 2))
                     for i in range(4)],
        )
        quiz.items.append(QuizItem(position=n, question=question))
    db.session.add(quiz)
    db.session.commit()
    return quiz


def make_player(nickname: str) -> Player:
    """A player with a predictable token."""
    player = Player(nickname=nickname, nickname_key=nickname.casefold(),
                    token=f"token-{nickname.casefold()}")
    db.session.add(player)
    db.session.commit()
    return player


def finished_attempt(quiz: Quiz, player: Player, score: int,
                     finished_at: datetime | None = None) -> Attempt:
    """An attempt that ended with ``score`` at ``finished_at``."""
    finished_at = finished_at or utcnow()
    attempt = Attempt(quiz=quiz, player=player, score=score,
                      started_at=finished_at - timedelta(minutes=2), finished_at=finished_at,
                      current_position=len(quiz.items))
    db.session.add(attempt)
    db.session.commit()
    return attempt
