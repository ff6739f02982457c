"""Live game rules in quiz/services/live.py: codes, joining, points, closing, standings."""

from __future__ import annotations

import random

import pytest

from quiz.extensions import db
from quiz.models import GameAnswer
from quiz.services import live
from quiz.services.players import NicknameError
from tests.factories import FakeClock, make_game, make_quiz, make_teacher


@pytest.fixture
def game(app):
    """A 3-question live game with 20 s per question, in its lobby."""
    return make_game(make_quiz(3), make_teacher(), time_limit=20)


@pytest.mark.parametrize(
    "correct, t, limit, streak, accuracy, expected",
    [
        (True, 0, 20, 0, False, 1000),
        (True, 10, 20, 0, False, 750),
        (True, 20, 20, 0, False, 500),
        (True, 5, 20, 0, False, 875),
        (True, 20.01, 20, 0, False, 0),  # too late
        (False, 1, 20, 3, False, 0),
        (True, 0, 20, 1, False, 1100),
        (True, 0, 20, 4, False, 1400),
        (True, 0, 20, 9, False, 1500),  # streak bonus capped at +500
        (True, 19, 20, 2, True, 1000),  # accuracy only: no speed, no streak
        (False, 0, 20, 0, True, 0),
    ],
)
def test_points_follow_the_rule(correct, t, limit, streak, accuracy, expected):
    assert live.points_for(correct, t, limit, streak, accuracy) == expected


def test_codes_are_six_digits_and_unique(app):
    teacher, quiz = make_teacher(), make_quiz(1)
    codes = {make_game(quiz, teacher, rng=random.Random(n)).code for n in range(5)}
    assert len(codes) == 5 and all(len(c) == 6 and c.isdigit() for c in codes)
    some = next(iter(codes))
    assert live.game_by_code(f"{some[:3]} {some[3:]}").code == some
    assert live.game_by_code("12345") is None and live.game_by_code("abcdef") is None


def test_nicknames_are_unique_per_game_and_checked(game):
    live.join_game(game, "Sanne")
    with pytest.raises(NicknameError, match="al in gebruik"):
        live.join_game(game, "  sanne ")
    with pytest.raises(NicknameError):
        live.join_game(game, "x")
    with pytest.raises(NicknameError):
        live.join_game(game, "a" * 25)
    with pytest.raises(NicknameError):
        live.join_game(game, "kut")
    other = make_game(game.quiz, game.host)
    assert live.join_game(other, "Sanne").nickname == "Sanne"  # another game: free


def test_nobody_joins_a_finished_game(game):
    live.finish_game(game)
    with pytest.raises(live.GameError, match="afgelopen"):
        live.join_game(game, "Laat")


def test_the_correct_option_is_not_in_the_question_payload(game):
    live.join_game(game, "Sanne")
    clock = FakeClock()
    live.start_next_question(game, clock())
    payload = live.question_payload(game, clock())
    assert payload["context"] == game.quiz.article.headline
    assert set(payload["options"][0]) == {"id", "text"}
    assert "correct" not in repr(payload).lower()


def test_a_game_runs_question_by_question_and_answers_count_once(game):
    clock = FakeClock()
    sanne, ahmed = live.join_game(game, "Sanne"), live.join_game(game, "Ahmed")
    question = live.start_next_question(game, clock())
    right, wrong = question.correct_choice, question.choices[0]
    clock.advance(5)
    assert live.submit_answer(game, sanne, question.id, right.id, clock()).accepted
    again = live.submit_answer(game, sanne, question.id, wrong.id, clock())
    assert not again.accepted and again.duplicate
    assert live.progress(game) == {"answered": 1, "players": 2, "all": False}
    assert live.submit_answer(game, ahmed, question.id, wrong.id, clock()).accepted
    assert live.close_question(game, clock()) is True
    assert live.close_question(game, clock()) is False  # only one closer
    reveal = live.reveal_payload(game)
    assert reveal["correct_id"] == right.id and reveal["evidence"] == question.evidence
    assert {b["id"]: b["count"] for b in reveal["distribution"]}[right.id] == 1
    assert [r["nickname"] for r in reveal["top"]] == ["Sanne", "Ahmed"]
    assert reveal["top"][0]["score"] == 875
    assert db.session.query(GameAnswer).count() == 2


def test_answers_only_while_the_question_is_open(game):
    clock = FakeClock()
    sanne = live.join_game(game, "Sanne")
    outcome = live.submit_answer(game, sanne, game.quiz.questions[0].id, 1, clock())
    assert not outcome.accepted and "niet open" in outcome.message  # lobby
    question = live.start_next_question(game, clock())
    other = game.quiz.questions[1]
    outcome = live.submit_answer(game, sanne, other.id, other.choices[0].id, clock())
    assert not outcome.accepted  # another question than the open one
    outcome = live.submit_answer(game, sanne, question.id, other.choices[0].id, clock())
    assert not outcome.accepted and "hoort niet" in outcome.message  # option of another question
    clock.advance(20.5)
    outcome = live.submit_answer(game, sanne, question.id, question.correct_choice.id, clock())
    assert not outcome.accepted and "Te laat" in outcome.message
    assert db.session.query(GameAnswer).count() == 0


def test_streaks_grow_and_break(game):
    clock = FakeClock()
    sanne = live.join_game(game, "Sanne")
    scores = []
    for number in range(3):
        question = live.start_next_question(game, clock())
        if number < 2:
            live.submit_answer(game, sanne, question.id, question.correct_choice.id, clock())
        live.close_question(game, clock())
        db.session.refresh(sanne)
        scores.append((sanne.score, sanne.streak))
    assert scores == [(1000, 1), (2100, 2), (2100, 0)]  # the unanswered third breaks it
    assert live.start_next_question(game, clock()) is None and game.finished


def test_shuffled_options_are_the_same_for_everyone_and_stable(game):
    game.shuffle = True
    db.session.commit()
    question = game.quiz.questions[0]
    first = [c.id for c in live.options_for(game, question)]
    assert first == [c.id for c in live.options_for(game, question)]
    assert sorted(first) == sorted(c.id for c in question.choices)


def test_removed_players_leave_the_standings_and_cannot_answer(game):
    clock = FakeClock()
    sanne, bas = live.join_game(game, "Sanne"), live.join_game(game, "Bas")
    assert live.remove_player(game, bas.id).removed
    assert live.remove_player(game, 999) is None
    question = live.start_next_question(game, clock())
    outcome = live.submit_answer(game, bas, question.id, question.correct_choice.id, clock())
    assert not outcome.accepted
    live.submit_answer(game, sanne, question.id, question.correct_choice.id, clock())
    assert live.progress(game)["all"] is True
    assert [s.nickname for s in live.standings(game)] == ["Sanne"]


def test_standings_break_ties_by_time_then_nickname(game):
    clock = FakeClock()
    players = [live.join_game(game, name) for name in ("Anna", "Cas", "bert")]
    question = live.start_next_question(game, clock())
    for player, wait in zip(players, (1, 0, 2), strict=True):  # answers at 1 s, 1 s and 3 s
        clock.advance(wait)
        live.submit_answer(game, player, question.id, question.choices[0].id, clock())
    assert [s.nickname for s in live.standings(game)] == ["Anna", "Cas", "bert"]
