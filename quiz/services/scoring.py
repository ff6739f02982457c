"""Server-side scoring for solo play: the clock, the points and the one-answer-per-question rule."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, update
from sqlalchemy.dialects import postgresql, sqlite

from quiz.extensions import db
from quiz.models import Answer, Attempt, Choice, Player, Question, Quiz
from quiz.models.base import utcnow
from quiz.services import clock

MAX_POINTS = 1000


class AnswerRejected(Exception):
    """An answer that cannot count (wrong question, forged option); nothing was stored."""


def speed_points(elapsed: float, limit: float, correct: bool) -> int:
    """Points for one answer: round(1000 x (1 - (t/T)/2)) when correct within T seconds, else 0."""
    if not correct or elapsed > limit or limit <= 0:
        return 0
    elapsed = max(elapsed, 0.0)
    return round(MAX_POINTS * (1 - (elapsed / limit) / 2))


@dataclass(frozen=True)
class AnswerResult:
    """What the player is told after answering."""

    answer: Answer
    question: Question
    duplicate: bool  # True when this question had already been answered: nothing changed
    late: bool


def start_attempt(quiz: Quiz, player: Player) -> Attempt:
    """A new play-through of ``quiz`` for ``player``."""
    attempt = Attempt(quiz=quiz, player=player)
    db.session.add(attempt)
    db.session.commit()
    return attempt


def current_question(attempt: Attempt, now: datetime | None = None) -> Question | None:
    """The question on screen for this attempt, starting its clock the first time it is shown."""
    questions = attempt.quiz.questions
    if attempt.finished or attempt.current_position >= len(questions):
        return None
    clock.start_clock_once(attempt, now)
    return questions[attempt.current_position]


def seconds_left(attempt: Attempt, now: datetime | None = None) -> float:
    """Seconds the player has left on the current question (never negative)."""
    return clock.seconds_left(attempt.served_at, attempt.quiz.time_limit, now)


def _insert_ignoring_duplicates(values: dict):
    """INSERT ... ON CONFLICT DO NOTHING on the (attempt, question) unique constraint."""
    dialect = db.session.get_bind().dialect.name
    module = postgresql if dialect == "postgresql" else sqlite
    return (
        module.insert(Answer)
        .values(**values)
        .on_conflict_do_nothing(index_elements=["attempt_id", "question_id"])
    )


def _stored(attempt: Attempt, question: Question, *, duplicate: bool, late: bool) -> AnswerResult:
    """The answer row as stored for this attempt and question."""
    answer = db.session.execute(
        db.select(Answer).filter_by(attempt_id=attempt.id, question_id=question.id)
    ).scalar_one()
    return AnswerResult(answer=answer, question=question, duplicate=duplicate, late=late)


def record_answer(
    attempt: Attempt, question_id: int, choice_id: int | None, now: datetime | None = None
) -> AnswerResult:
    """Score and store one answer; a repeat answer to the same question changes nothing."""
    now = now or utcnow()
    question = db.session.get(Question, question_id)
    questions = attempt.quiz.questions
    if question is None or question not in questions:
        raise AnswerRejected("Deze vraag hoort niet bij deze quiz.")
    position = questions.index(question)
    if position < attempt.current_position or attempt.finished:
        return _stored(attempt, question, duplicate=True, late=False)
    if position > attempt.current_position or attempt.served_at is None:
        raise AnswerRejected("Deze vraag is nog niet aan de beurt.")

    choice = None
    if choice_id is not None:
        choice = db.session.get(Choice, choice_id)
        if choice is None or choice.question_id != question.id:
            raise AnswerRejected("Dit antwoord hoort niet bij deze vraag.")

    elapsed = (now - attempt.served_at).total_seconds()
    limit = attempt.quiz.time_limit
    correct = bool(choice and choice.is_correct)
    if attempt.quiz.timed:
        late = elapsed > limit
        points = speed_points(elapsed, limit, correct)
    else:  # accuracy-only: no clock pressure, every right answer is worth the same
        late = False
        points = MAX_POINTS if correct else 0
    result = db.session.execute(
        _insert_ignoring_duplicates(
            {
                "attempt_id": attempt.id,
                "question_id": question.id,
                "choice_id": choice.id if choice else None,
                "is_correct": correct,
                "points": points,
                "elapsed_ms": int(elapsed * 1000),
                "answered_at": now,
            }
        )
    )
    if result.rowcount == 0:  # a concurrent request got there first
        db.session.rollback()
        return _stored(attempt, question, duplicate=True, late=late)

    last = position + 1 >= len(questions)
    db.session.execute(
        update(Attempt)
        .where(Attempt.id == attempt.id)
        .values(
            score=Attempt.score + points,
            correct_count=Attempt.correct_count + (1 if points else 0),
            current_position=position + 1,
            served_at=None,
            finished_at=now if last else None,
        )
    )
    db.session.commit()
    db.session.refresh(attempt)
    return _stored(attempt, question, duplicate=False, late=late)


def share_correct(question_id: int) -> tuple[int, int]:
    """How many answers to this question were right (in time), out of how many answers."""
    right, total = db.session.execute(
        db.select(
            func.count().filter(Answer.points > 0),
            func.count(),
        ).where(Answer.question_id == question_id)
    ).one()
    return int(right or 0), int(total or 0)
