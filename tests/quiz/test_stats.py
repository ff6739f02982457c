"""Item statistics checked against values worked out by hand on a small answer table.

The table (1 = right; five solo attempts A-E and one live-game player G):

        Q1 Q2 Q3  total
    A    1  1  1    3
    B    1  1  0    2
    C    1  0  1    2
    D    0  1  0    1
    E    1  0  0    1
    G    0  0  0    0

Totals 3,2,2,1,1,0: mean 1.5, population sd sqrt(5.5/6) = 0.957427.
Upper/lower 27% of 6 is 2 respondents: upper A,B; lower E,G (ties ordered by respondent).
Q1: p = 4/6; M1 = 2, M0 = 0.5; r_pb = 1.5/0.957427 * sqrt(2/9) = 0.738549; UL = 1 - 0.5.
Q2: p = 3/6; M1 = 2, M0 = 1; r_pb = 1/0.957427 * 0.5 = 0.522233; UL = 1 - 0.
Q3: p = 2/6; M1 = 2.5, M0 = 1; r_pb = 0.738549; UL = 0.5 - 0.
"""

from __future__ import annotations

import pytest

from quiz.extensions import db
from quiz.models import Answer, Attempt, GameAnswer, GamePlayer
from quiz.services import stats
from quiz.services.stats import Response
from tests.factories import (
    forget_user_per_request,
    log_in,
    make_game,
    make_owned_quiz,
    make_player,
    make_teacher,
)

TABLE = {  # respondent: [(correct, chosen position or None, elapsed ms) per question]
    "A": [(1, 2, 1000), (1, 2, 1500), (1, 2, 900)],
    "B": [(1, 2, 2000), (1, 2, 2500), (0, 0, 800)],
    "C": [(1, 2, 3000), (0, 0, 3500), (1, 2, 700)],
    "D": [(0, 0, 4000), (1, 2, 4500), (0, 1, 600)],
    "E": [(1, 2, 5000), (0, 1, 5500), (0, 3, 500)],
    "G": [(0, None, 20000), (0, 0, 9000), (0, 0, 400)],
}


@pytest.fixture(autouse=True)
def _own_user_per_request(app):
    forget_user_per_request(app)


@pytest.fixture
def played(app):
    """The quiz of the table above, answered by five solo attempts and one game player."""
    teacher = make_teacher()
    quiz = make_owned_quiz(teacher, draft=False)
    questions = quiz.questions
    game = make_game(quiz, teacher)
    for name, row in TABLE.items():
        correct_total = sum(r[0] for r in row)
        if name == "G":
            owner = GamePlayer(
                game=game, nickname=name, nickname_key=name.lower(), token="tok-g", score=0
            )
            db.session.add(owner)
            db.session.flush()
        else:
            owner = Attempt(
                quiz=quiz, player=make_player(name), score=1000 * correct_total, current_position=3
            )
            db.session.add(owner)
            db.session.flush()
        for question, (correct, position, ms) in zip(questions, row, strict=True):
            choice = None if position is None else question.choices[position]
            assert choice is None or choice.is_correct == bool(correct)
            values = {
                "question_id": question.id,
                "choice_id": choice.id if choice else None,
                "is_correct": bool(correct),
                "points": 800 * correct,
                "elapsed_ms": ms,
            }
            if name == "G":
                db.session.add(GameAnswer(game_id=game.id, game_player_id=owner.id, **values))
            else:
                db.session.add(Answer(attempt_id=owner.id, **values))
    db.session.commit()
    return teacher, quiz


def test_quiz_statistics_match_the_hand_computed_values(played):
    _, quiz = played
    report = stats.quiz_stats(quiz)
    assert report.respondents == 6
    assert report.distribution == [1, 2, 2, 1]
    assert report.mean == pytest.approx(1.5)
    assert report.spread == pytest.approx(0.957427, abs=1e-6)
    assert report.mean_points == pytest.approx(9000 / 6)
    q1, q2, q3 = report.items
    assert [q1.facility, q2.facility, q3.facility] == pytest.approx([4 / 6, 3 / 6, 2 / 6])
    assert [q1.point_biserial, q2.point_biserial, q3.point_biserial] == pytest.approx(
        [0.738549, 0.522233, 0.738549], abs=1e-6
    )
    assert [q1.upper_lower, q2.upper_lower, q3.upper_lower] == pytest.approx([0.5, 1.0, 0.5])
    assert q1.median_ms == 3000  # G gave no answer: only chosen options count for time
    assert q3.median_ms == 650


def test_distractor_counts_and_flags(played):
    _, quiz = played
    q1, q2, q3 = stats.quiz_stats(quiz).items
    positions = [q1.choice_counts[c.id] for c in q1.question.choices]
    assert positions == [1, 0, 4, 0] and q1.unanswered == 1
    assert [q3.choice_counts[c.id] for c in q3.question.choices] == [2, 1, 2, 1]
    assert [f for f in q1.flags if "nooit gekozen" in f] == [
        "afleider nooit gekozen: \u201c2e\u201d",
        "afleider nooit gekozen: \u201c4e\u201d",
    ]
    assert not q3.flags


def _rows(pattern, totals):
    return [
        Response(f"r{n}", 1, None if c is None else (7 if c else 8), bool(c), 1000)
        for n, c in enumerate(pattern)
    ], {f"r{n}": t for n, t in enumerate(totals)}


@pytest.mark.parametrize(
    ("pattern", "totals", "flag"),
    [
        ([1, 1, 1, 1, 1, 1], [6, 5, 4, 3, 2, 1], "te makkelijk"),
        ([0, 0, 0, 0, 0, 0], [6, 5, 4, 3, 2, 1], "te moeilijk"),
        ([0, 0, 0, 1, 1, 1], [6, 5, 4, 3, 2, 1], "negatieve discriminatie"),
    ],
)
def test_flags_for_easy_hard_and_negative_items(app, pattern, totals, flag):
    teacher = make_teacher()
    question = make_owned_quiz(teacher, n_questions=1).questions[0]
    answers, table = _rows(pattern, totals)
    result = stats.item_stats(question, answers, table)
    assert any(flag in f for f in result.flags), result.flags


def test_no_flags_below_the_minimum_number_of_answers(app):
    question = make_owned_quiz(make_teacher(), n_questions=1).questions[0]
    answers, table = _rows([1, 1], [2, 1])
    assert stats.item_stats(question, answers, table).flags == []


def test_point_biserial_is_none_when_the_item_cannot_vary():
    assert stats.point_biserial([1, 2, 3], [True, True, True]) is None
    assert stats.point_biserial([2, 2], [True, False]) is None


def test_stats_page_draws_svg_charts(played, client):
    teacher, quiz = played
    log_in(client)
    page = client.get(f"/review/quizzes/{quiz.id}/stats").get_data(as_text=True)
    assert page.count("<svg") == 2 + len(quiz.items)
    assert "6</strong> spelers" in page and "1.50" in page and "0.96" in page
    assert "afleider nooit gekozen" in page and "67%" in page


def test_chart_labels_are_escaped():
    svg = str(stats.bar_chart([("<script>x</script>", 2, True)], title="a&b"))
    assert "<script>" not in svg and "&lt;script&gt;" in svg and "a&amp;b" in svg


def test_a_quiz_nobody_played_says_so(app, client):
    quiz = make_owned_quiz(make_teacher())
    log_in(client)
    page = client.get(f"/review/quizzes/{quiz.id}/stats").get_data(as_text=True)
    assert "Nog niemand heeft deze quiz gespeeld" in page


def test_answers_to_an_edited_version_stay_with_that_version(played, client):
    from quiz.services import review

    teacher, quiz = played
    old = quiz.questions[0]
    new = review.revise(old, review.Draft("Opnieuw?", ("p", "q", "r", "s"), 0))
    report = stats.quiz_stats(quiz)
    assert report.items[0].question.id == new.id and report.items[0].answers == 0
    assert [(e.question.id, e.answers) for e in report.earlier] == [(old.id, 6)]
    assert report.earlier[0].facility == pytest.approx(4 / 6)
    assert report.mean == pytest.approx(1.5)  # totals still count every answer given
    log_in(client)
    page = client.get(f"/review/quizzes/{quiz.id}/stats").get_data(as_text=True)
    assert "Eerdere versies" in page and "oude versie" in page
