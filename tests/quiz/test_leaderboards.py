"""The ranking rule: best attempt per player, sums overall, weeks, and the tie-break."""

from datetime import UTC, datetime, timedelta

from quiz.services.leaderboards import rank_of, standings, week_start
from tests.factories import finished_attempt, make_player, make_quiz

T0 = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)  # a Wednesday


def _names(rows):
    return [(r.rank, r.nickname, r.score) for r in rows]


def test_per_quiz_board_counts_each_players_best_attempt(app):
    quiz = make_quiz(1)
    anna, bram = make_player("Anna"), make_player("Bram")
    finished_attempt(quiz, anna, 400, T0)
    finished_attempt(quiz, anna, 900, T0 + timedelta(minutes=5))
    finished_attempt(quiz, bram, 700, T0)
    assert _names(standings(quiz_id=quiz.id)) == [(1, "Anna", 900), (2, "Bram", 700)]


def test_tie_break_first_to_reach_then_nickname(app):
    quiz = make_quiz(1)
    zoe, anna, bram = make_player("Zoe"), make_player("anna"), make_player("Bram")
    finished_attempt(quiz, zoe, 800, T0)  # reached 800 first
    finished_attempt(quiz, bram, 800, T0 + timedelta(minutes=1))
    finished_attempt(quiz, anna, 800, T0 + timedelta(minutes=1))  # same moment as Bram
    assert _names(standings(quiz_id=quiz.id)) == [
        (1, "Zoe", 800),
        (2, "anna", 800),
        (3, "Bram", 800),
    ]


def test_overall_sums_best_per_quiz_and_ignores_unfinished(app):
    first, second = make_quiz(1, title="Een"), make_quiz(1, title="Twee")
    anna, bram = make_player("Anna"), make_player("Bram")
    finished_attempt(first, anna, 600, T0)
    finished_attempt(first, anna, 500, T0)
    finished_attempt(second, anna, 300, T0)
    finished_attempt(first, bram, 850, T0)
    rows = standings()
    assert _names(rows) == [(1, "Anna", 900), (2, "Bram", 850)]
    assert rows[0].quizzes == 2


def test_this_week_board_only_counts_this_weeks_attempts(app):
    quiz = make_quiz(1)
    anna, bram = make_player("Anna"), make_player("Bram")
    monday = week_start(T0, "Europe/Amsterdam")
    finished_attempt(quiz, anna, 990, monday - timedelta(minutes=1))  # last week
    finished_attempt(quiz, anna, 500, monday + timedelta(hours=1))
    finished_attempt(quiz, bram, 700, T0)
    assert _names(standings(quiz_id=quiz.id, since=monday)) == [(1, "Bram", 700), (2, "Anna", 500)]
    assert _names(standings(quiz_id=quiz.id)) == [(1, "Anna", 990), (2, "Bram", 700)]


def test_week_starts_monday_midnight_local_time():
    start = week_start(T0, "Europe/Amsterdam")
    assert (start.weekday(), start.hour, start.minute) == (0, 0, 0)
    assert start.utcoffset() == timedelta(hours=1)
    assert start.astimezone(UTC) == datetime(2026, 11, 22, 23, 0, tzinfo=UTC)


def test_rank_of_a_player(app):
    quiz = make_quiz(1)
    for name, score in [("Anna", 100), ("Bram", 300), ("Cas", 200)]:
        finished_attempt(quiz, make_player(name), score, T0)
    cas = standings(quiz_id=quiz.id)[1]
    assert rank_of(cas.player_id, quiz.id) == (2, 3)
