"""Scoring rules: points for speed, one answer per question, the server's clock."""

from datetime import timedelta

import pytest

from quiz.extensions import db
from quiz.models import Answer
from quiz.models.base import utcnow
from quiz.services import scoring
from tests.factories import make_player, make_quiz


@pytest.mark.parametrize(
    ("elapsed", "limit", "correct", "points"),
    [
        (0, 30, True, 1000),
        (15, 30, True, 750),
        (30, 30, True, 500),  # the last moment still counts, never below 500
        (30.001, 30, True, 0),  # after the limit: nothing
        (3, 30, True, 950),
        (7.5, 30, True, 875),
        (10, 20, True, 750),
        (1, 30, False, 0),
        (-2, 30, True, 1000),  # clock skew never gives more than the maximum
    ],
)
def test_speed_points(elapsed, limit, correct, points):
    assert scoring.speed_points(elapsed, limit, correct) == points


def _served(attempt, seconds_ago: float):
    now = utcnow()
    scoring.current_question(attempt, now=now - timedelta(seconds=seconds_ago))
    return now


def test_correct_answer_scores_by_time_on_server(app):
    quiz = make_quiz(2)
    attempt = scoring.start_attempt(quiz, make_player("Anna"))
    now = _served(attempt, 6)
    question = quiz.questions[0]
    result = scoring.record_answer(attempt, question.id, question.correct_choice.id, now=now)
    assert (result.answer.points, result.duplicate, result.late) == (900, False, False)
    assert (attempt.score, attempt.correct_count, attempt.current_position) == (900, 1, 1)
    assert attempt.served_at is None and not attempt.finished


def test_same_question_twice_counts_once(app):
    quiz = make_quiz(2)
    attempt = scoring.start_attempt(quiz, make_player("Bram"))
    now = _served(attempt, 1)
    question = quiz.questions[0]
    wrong = next(c for c in question.choices if not c.is_correct)
    first = scoring.record_answer(attempt, question.id, wrong.id, now=now)
    second = scoring.record_answer(attempt, question.id, question.correct_choice.id, now=now)
    assert second.duplicate and second.answer.id == first.answer.id
    assert second.answer.points == 0 and attempt.score == 0
    assert db.session.query(Answer).count() == 1


def test_answer_after_time_limit_gets_zero(app):
    quiz = make_quiz(1, time_limit=30)
    attempt = scoring.start_attempt(quiz, make_player("Cas"))
    now = _served(attempt, 31)
    question = quiz.questions[0]
    result = scoring.record_answer(attempt, question.id, question.correct_choice.id, now=now)
    assert result.late and result.answer.points == 0 and attempt.score == 0
    assert attempt.finished  # the last question was answered (too late), the attempt ends


def test_timeout_without_choice_is_recorded(app):
    quiz = make_quiz(1)
    attempt = scoring.start_attempt(quiz, make_player("Dewi"))
    now = _served(attempt, 30.5)
    result = scoring.record_answer(attempt, quiz.questions[0].id, None, now=now)
    assert result.answer.choice_id is None and result.answer.points == 0


def test_reload_does_not_restart_the_clock(app):
    quiz = make_quiz(1)
    attempt = scoring.start_attempt(quiz, make_player("Eva"))
    first = utcnow() - timedelta(seconds=20)
    scoring.current_question(attempt, now=first)
    scoring.current_question(attempt, now=utcnow())  # the page is loaded again
    assert attempt.served_at == first
    assert 9 <= scoring.seconds_left(attempt) <= 10.5


@pytest.mark.parametrize("case", ["other_quiz_question", "choice_of_other_question", "ahead"])
def test_forged_answers_are_rejected_and_change_nothing(app, case):
    quiz, other = make_quiz(2, title="A"), make_quiz(1, title="B")
    attempt = scoring.start_attempt(quiz, make_player("Fenna"))
    now = _served(attempt, 1)
    question_id, choice_id = {
        "other_quiz_question": (other.questions[0].id, other.questions[0].correct_choice.id),
        "choice_of_other_question": (quiz.questions[0].id, quiz.questions[1].correct_choice.id),
        "ahead": (quiz.questions[1].id, quiz.questions[1].correct_choice.id),
    }[case]
    with pytest.raises(scoring.AnswerRejected):
        scoring.record_answer(attempt, question_id, choice_id, now=now)
    assert db.session.query(Answer).count() == 0 and attempt.score == 0


def test_a_whole_attempt_finishes_with_the_sum(app):
    quiz = make_quiz(3)
    attempt = scoring.start_attempt(quiz, make_player("Gijs"))
    for seconds, correct in [(0, True), (15, True), (3, False)]:
        now = _served(attempt, seconds)
        question = scoring.current_question(attempt)
        choice = (
            question.correct_choice
            if correct
            else next(c for c in question.choices if not c.is_correct)
        )
        scoring.record_answer(attempt, question.id, choice.id, now=now)
    assert attempt.finished and attempt.score == 1750 and attempt.correct_count == 2
    assert scoring.current_question(attempt) is None


def test_share_correct_counts_answers_that_scored(app):
    quiz = make_quiz(1)
    question = quiz.questions[0]
    wrong = next(c for c in question.choices if not c.is_correct)
    for name, choice, seconds in [
        ("A", question.correct_choice, 1),
        ("B", wrong, 1),
        ("C", question.correct_choice, 40),
        ("D", None, 31),
    ]:
        attempt = scoring.start_attempt(quiz, make_player(name))
        now = _served(attempt, seconds)
        scoring.record_answer(attempt, question.id, choice.id if choice else None, now=now)
    assert scoring.share_correct(question.id) == (1, 4)  # the late right answer does not count


def test_accuracy_only_quiz_ignores_the_clock(app):
    quiz = make_quiz(2, time_limit=30)
    quiz.scoring = "accuracy"
    db.session.commit()
    attempt = scoring.start_attempt(quiz, make_player("Hanna"))
    first, second = quiz.questions
    late = scoring.record_answer(
        attempt, first.id, first.correct_choice.id, now=_served(attempt, 300)
    )
    wrong = next(c for c in second.choices if not c.is_correct)
    scoring.record_answer(attempt, second.id, wrong.id, now=_served(attempt, 1))
    assert (late.late, late.answer.points) == (False, 1000)
    assert (attempt.score, attempt.correct_count) == (1000, 1)
