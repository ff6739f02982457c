"""Homework: set for a class with a deadline, played self-paced, refused after the deadline."""

from __future__ import annotations

from datetime import timedelta

import pytest

from quiz.extensions import db, limiter
from quiz.models import Game, GameAnswer, GamePlayer
from quiz.models.base import utcnow
from quiz.services import homework, live
from quiz.services.accounts import create_class
from tests.factories import FakeClock, csrf_token, join_as, log_in, make_quiz, make_teacher


@pytest.fixture
def hw_app(make_app):
    """The app with no app context left pushed: each request gets its own."""
    app = make_app(SOCKETIO_ASYNC_MODE="threading")
    with app.app_context():
        limiter.reset()
    return app


@pytest.fixture
def setup(hw_app):
    """A teacher (logged in) with a class and a 2-question quiz."""
    with hw_app.app_context():
        teacher = make_teacher()
        ids = {"quiz": make_quiz(2).id, "class": create_class(teacher, "Klas 1A").id}
    client = hw_app.test_client()
    log_in(client)
    return ids, client


def assign(hw_app, ids, deadline, **options):
    """Homework for the set-up's class; returns (id, code)."""
    with hw_app.app_context():
        from quiz.models import Quiz, SchoolClass, Teacher

        game = homework.assign(
            db.session.get(Quiz, ids["quiz"]),
            db.session.execute(db.select(Teacher)).scalar_one(),
            db.session.get(SchoolClass, ids["class"]),
            deadline,
            **options,
        )
        return game.id, game.code


def play_through(pupil, code: str, pick_correct: bool = True) -> None:
    """Answer every question of the homework through the pages."""
    while True:
        page = pupil.get(f"/hw/{code}")
        html = page.get_data(as_text=True)
        if "Huiswerk klaar" in html:
            return
        assert 'class="evidence' not in html and "correct" not in html
        question_id = int(html.split('name="question_id" type="hidden" value="')[1].split('"')[0])
        choices = [int(part.split('"')[0]) for part in html.split('name="choice_id" value="')[1:]]
        token = html.split('name="csrf_token" type="hidden" value="')[1].split('"')[0]
        choice = choices[2] if pick_correct else choices[0]  # the factory's third is right
        response = pupil.post(
            f"/hw/{code}/answer",
            data={"csrf_token": token, "question_id": question_id, "choice_id": choice},
        )
        assert response.status_code == 302
        feedback = pupil.get(response.headers["Location"]).get_data(as_text=True)
        assert 'class="evidence' in feedback


def test_teacher_sets_homework_for_a_class(hw_app, setup):
    ids, teacher = setup
    path = f"/homework/new?quiz={ids['quiz']}"
    page = teacher.get(path).get_data(as_text=True)
    assert "Klas 1A" in page and '<input checked id="accuracy_only"' in page
    token = csrf_token(teacher, path)
    response = teacher.post(
        "/homework/new",
        data={
            "csrf_token": token,
            "quiz_id": ids["quiz"],
            "class_id": ids["class"],
            "time_limit": 30,
            "accuracy_only": "y",
            "deadline": "2099-01-31T18:00",
        },
    )
    assert response.status_code == 302
    with hw_app.app_context():
        game = db.session.execute(db.select(Game)).scalar_one()
        assert game.mode == "homework" and game.accuracy_only and game.class_id == ids["class"]
        assert game.deadline.isoformat() == "2099-01-31T17:00:00+00:00"  # 18:00 Amsterdam
    overview = teacher.get(response.headers["Location"]).get_data(as_text=True)
    assert game.code in overview and "31-01-2099 18:00" in overview
    past = teacher.post(
        "/homework/new",
        data={
            "csrf_token": token,
            "quiz_id": ids["quiz"],
            "class_id": ids["class"],
            "time_limit": 30,
            "deadline": "2001-01-01T08:00",
        },
    )
    assert past.status_code == 422 and "toekomst" in past.get_data(as_text=True)


def test_a_teacher_cannot_set_homework_for_another_teachers_class(hw_app, setup):
    ids, _ = setup
    with hw_app.app_context():
        make_teacher(email="ander@school.nl")
    other = hw_app.test_client()
    log_in(other, email="ander@school.nl")
    token = csrf_token(other, f"/homework/new?quiz={ids['quiz']}")
    response = other.post(
        "/homework/new",
        data={
            "csrf_token": token,
            "quiz_id": ids["quiz"],
            "class_id": ids["class"],
            "time_limit": 30,
            "deadline": "2099-01-31T18:00",
        },
    )
    assert response.status_code == 422
    with hw_app.app_context():
        assert db.session.query(Game).count() == 0


def test_pupils_play_homework_and_the_teacher_sees_who_finished(hw_app, setup):
    ids, teacher = setup
    game_id, code = assign(hw_app, ids, utcnow() + timedelta(days=2))
    sanne, bas = hw_app.test_client(), hw_app.test_client()
    assert join_as(sanne, code, "Sanne").headers["Location"] == f"/hw/{code}"
    join_as(bas, code, "Bas")
    play_through(sanne, code)
    done = sanne.get(f"/hw/{code}").get_data(as_text=True)
    assert 'id="final-score">2000<' in done  # accuracy only: 1000 per right answer
    bas.get(f"/hw/{code}")  # Bas opened the first question and stopped
    overview = teacher.get(f"/homework/{game_id}").get_data(as_text=True)
    assert "Sanne" in overview and "Bas" in overview and "nee (0/2)" in overview
    board = teacher.get(f"/teacher/classes/{ids['class']}").get_data(as_text=True)
    assert "Sanne" in board and "2000" in board
    assert bas.get(f"/homework/{game_id}").status_code == 302  # pupils cannot see results


def test_a_second_answer_to_the_same_question_changes_nothing(hw_app, setup):
    ids, _ = setup
    game_id, code = assign(hw_app, ids, utcnow() + timedelta(days=1))
    pupil = hw_app.test_client()
    join_as(pupil, code, "Sanne")
    html = pupil.get(f"/hw/{code}").get_data(as_text=True)
    question_id = int(html.split('name="question_id" type="hidden" value="')[1].split('"')[0])
    choices = [int(part.split('"')[0]) for part in html.split('name="choice_id" value="')[1:]]
    token = html.split('name="csrf_token" type="hidden" value="')[1].split('"')[0]
    for choice in (choices[0], choices[2]):
        pupil.post(
            f"/hw/{code}/answer",
            data={"csrf_token": token, "question_id": question_id, "choice_id": choice},
        )
    with hw_app.app_context():
        answers = db.session.execute(db.select(GameAnswer)).scalars().all()
        assert [(a.choice_id, a.points) for a in answers] == [(choices[0], 0)]


def test_after_the_deadline_answers_are_refused_with_a_clear_message(hw_app, setup):
    ids, _ = setup
    game_id, code = assign(hw_app, ids, utcnow() + timedelta(hours=1))
    pupil = hw_app.test_client()
    join_as(pupil, code, "Sanne")
    html = pupil.get(f"/hw/{code}").get_data(as_text=True)
    question_id = int(html.split('name="question_id" type="hidden" value="')[1].split('"')[0])
    choice = int(html.split('name="choice_id" value="')[1].split('"')[0])
    token = html.split('name="csrf_token" type="hidden" value="')[1].split('"')[0]
    with hw_app.app_context():
        db.session.get(Game, game_id).deadline = utcnow() - timedelta(minutes=1)
        db.session.commit()
    response = pupil.post(
        f"/hw/{code}/answer",
        data={"csrf_token": token, "question_id": question_id, "choice_id": choice},
    )
    assert response.status_code == 403
    assert "deadline" in response.get_data(as_text=True).lower()
    assert "niets opgeslagen" in response.get_data(as_text=True)
    assert pupil.get(f"/hw/{code}").status_code == 403
    late = join_as(hw_app.test_client(), code, "Laatkomer")
    assert late.status_code == 422 and "deadline" in late.get_data(as_text=True)
    with hw_app.app_context():
        assert db.session.query(GameAnswer).count() == 0
        assert db.session.query(GamePlayer).count() == 1


def test_timed_homework_scores_speed_from_the_first_showing(hw_app, setup):
    ids, _ = setup
    clock = FakeClock(utcnow())
    with hw_app.app_context():
        from quiz.models import Quiz, Teacher

        game = homework.assign(
            db.session.get(Quiz, ids["quiz"]),
            db.session.execute(db.select(Teacher)).scalar_one(),
            None,
            clock.now + timedelta(days=1),
            accuracy_only=False,
            time_limit=20,
            now=clock(),
        )
        player = live.join_game(game, "Sanne", clock())
        question = homework.current_question(game, player, clock())
        clock.advance(10)
        assert homework.current_question(game, player, clock()) == question  # reload: same clock
        result = homework.submit(game, player, question.id, question.correct_choice.id, clock())
        assert result.answer.points == 750 and not result.duplicate
        with pytest.raises(live.GameError, match="niet aan de beurt"):
            homework.submit(game, player, game.quiz.questions[1].id, None, clock())
