"""Homework: a quiz set for a class with a deadline, played self-paced by each pupil.

Homework is a Game with mode "homework": pupils join it like a live game (code and nickname),
but each keeps their own question and clock. Accuracy-only scoring is the default; after the
deadline no answer counts.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import update

from quiz.extensions import db
from quiz.models import Game, GameAnswer, GamePlayer, Question, Quiz, SchoolClass, Teacher
from quiz.models.base import utcnow
from quiz.services import clock, live
from quiz.services.live import GameError


@dataclass(frozen=True)
class HomeworkAnswer:
    """The stored answer to show as feedback, and whether this submission changed anything."""

    answer: GameAnswer
    duplicate: bool


def assign(quiz: Quiz, teacher: Teacher, school_class: SchoolClass | None, deadline: datetime,
           *, accuracy_only: bool = True, time_limit: int = 30, shuffle: bool = False,
           now: datetime | None = None) -> Game:
    """Set ``quiz`` as homework until ``deadline`` (which must lie in the future)."""
    if deadline <= (now or utcnow()):
        raise GameError("Kies een deadline in de toekomst.")
    return live.create_game(quiz, teacher, school_class=school_class, time_limit=time_limit,
                            accuracy_only=accuracy_only, shuffle=shuffle, mode="homework",
                            deadline=deadline)


def is_closed(game: Game, now: datetime | None = None) -> bool:
    """Whether the deadline has passed."""
    return game.deadline is not None and (now or utcnow()) > game.deadline


def closed_message(game: Game, timezone) -> str:
    """The clear message for a pupil who comes after the deadline."""
    local = game.deadline.astimezone(timezone)
    return (f"De deadline van dit huiswerk was {local:%d-%m-%Y om %H:%M}. "
            "Antwoorden tellen niet meer; er is niets opgeslagen.")


def is_timed(game: Game) -> bool:
    """Accuracy-only homework has no clock; otherwise each question has the game's time."""
    return not game.accuracy_only


def current_question(game: Game, player: GamePlayer, now: datetime | None = None
                     ) -> Question | None:
    """The pupil's current question, starting its clock the first time it is shown."""
    questions = live.questions_of(game)
    if player.finished_at is not None or player.current_position >= len(questions):
        return None
    clock.start_clock_once(player, now)
    return questions[player.current_position]


def seconds_left(game: Game, player: GamePlayer, now: datetime | None = None) -> float:
    """Time left on the pupil's current question."""
    return clock.seconds_left(player.served_at, game.time_limit, now)


def _stored(player: GamePlayer, question: Question, duplicate: bool) -> HomeworkAnswer:
    answer = db.session.execute(
        db.select(GameAnswer).filter_by(game_player_id=player.id, question_id=question.id)
    ).scalar_one()
    return HomeworkAnswer(answer, duplicate)


def submit(game: Game, player: GamePlayer, question_id: int, choice_id: int | None,
           now: datetime | None = None) -> HomeworkAnswer:
    """Score and store one homework answer; GameError after the deadline or out of turn."""
    now = now or utcnow()
    if is_closed(game, now):
        raise GameError("De deadline is verstreken: je antwoord telt niet meer.")
    questions = live.questions_of(game)
    question = db.session.get(Question, question_id)
    if question is None or question not in questions:
        raise GameError("Deze vraag hoort niet bij dit huiswerk.")
    position = questions.index(question)
    if position < player.current_position or player.finished_at is not None:
        return _stored(player, question, duplicate=True)
    if position > player.current_position or player.served_at is None:
        raise GameError("Deze vraag is nog niet aan de beurt.")
    choice = live.choice_of(question, choice_id) if choice_id is not None else None
    elapsed = max(0.0, (now - player.served_at).total_seconds())
    limit = game.time_limit if is_timed(game) else math.inf
    points = live.store_answer(player, question, choice, elapsed, limit, game.accuracy_only, now)
    if points is None:  # a concurrent request got there first
        return _stored(player, question, duplicate=True)
    last = position + 1 >= len(questions)
    db.session.execute(
        update(GamePlayer)
        .where(GamePlayer.id == player.id, GamePlayer.current_position == position)
        .values(current_position=position + 1, served_at=None,
                finished_at=now if last else None)
    )
    db.session.commit()
    db.session.refresh(player)
    return _stored(player, question, duplicate=False)
