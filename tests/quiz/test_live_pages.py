"""Pages around live games: hosting, the QR code, joining with a code, reports and CSV."""

from __future__ import annotations

import csv
import io
import re

import pytest

from quiz.extensions import db, limiter
from quiz.models import Game, GamePlayer
from quiz.services import live
from tests.factories import (
    FakeClock,
    csrf_token,
    join_as,
    log_in,
    make_game,
    make_quiz,
    make_teacher,
)


@pytest.fixture
def live_app(make_app):
    """The app with no app context left pushed: each request gets its own, as in production."""
    app = make_app(
        SOCKETIO_ASYNC_MODE="threading", LIVE_AUTO_CLOSE=False, LIVE_JOIN_RATE_LIMIT="5 per minute"
    )
    with app.app_context():
        limiter.reset()
    return app


@pytest.fixture
def setup(live_app):
    """A quiz, its teacher (logged in on ``teacher``) and a game in its lobby."""
    with live_app.app_context():
        quiz = make_quiz(2)
        game = make_game(quiz, make_teacher(), time_limit=20)
        ids = {"quiz": quiz.id, "game": game.id, "code": game.code}
    teacher = live_app.test_client()
    log_in(teacher)
    return ids, teacher


def test_teacher_hosts_a_quiz_with_options(live_app, setup):
    ids, teacher = setup
    page = teacher.get(f"/host/new?quiz={ids['quiz']}")
    assert page.status_code == 200
    token = csrf_token(teacher, f"/host/new?quiz={ids['quiz']}")
    response = teacher.post(
        "/host/new",
        data={
            "csrf_token": token,
            "quiz_id": ids["quiz"],
            "class_id": 0,
            "time_limit": 15,
            "accuracy_only": "y",
            "shuffle": "y",
        },
    )
    assert response.status_code == 302
    with live_app.app_context():
        game = db.session.execute(db.select(Game).order_by(Game.id.desc())).scalars().first()
        assert (game.time_limit, game.accuracy_only, game.shuffle) == (15, True, True)
        assert game.status == "lobby" and len(game.code) == 6
    screen = teacher.get(response.headers["Location"]).get_data(as_text=True)
    assert game.code in screen and "<svg" in screen  # the QR code, drawn on the server
    assert "http://localhost/join" in screen
    dashboard = teacher.get("/teacher").get_data(as_text=True)
    assert game.code in dashboard and "wacht op spelers" in dashboard
    bad = teacher.post(
        "/host/new",
        data={"csrf_token": token, "quiz_id": ids["quiz"], "class_id": 0, "time_limit": 1},
    )
    assert bad.status_code == 422 and "5 tot 240" in bad.get_data(as_text=True)


def test_host_pages_are_only_for_the_host(live_app, setup):
    ids, _ = setup
    with live_app.app_context():
        make_teacher(email="ander@school.nl")
    other = live_app.test_client()
    log_in(other, email="ander@school.nl")
    for path in (
        f"/host/{ids['game']}",
        f"/host/{ids['game']}/report",
        f"/host/{ids['game']}/report.csv",
    ):
        assert other.get(path).status_code == 403
    pupil = live_app.test_client()
    join_as(pupil, ids["code"], "Sanne")
    assert pupil.get(f"/host/{ids['game']}").status_code == 302  # to the login page
    assert pupil.get(f"/host/{ids['game']}/report.csv").status_code == 302


def test_joining_with_code_and_nickname(live_app, setup):
    ids, _ = setup
    pupil = live_app.test_client()
    assert ids["code"] in pupil.get(f"/join/{ids['code']}").get_data(as_text=True)
    response = join_as(pupil, f"{ids['code'][:3]} {ids['code'][3:]}", "Sanne")
    assert response.headers["Location"] == f"/live/{ids['code']}"
    page = pupil.get(f"/live/{ids['code']}").get_data(as_text=True)
    assert "Sanne" in page and "socket.io.min.js" in page and "<script>" not in page
    # A second join from the same browser changes nothing.
    assert join_as(pupil, ids["code"], "Anders").headers["Location"] == f"/live/{ids['code']}"
    with live_app.app_context():
        assert db.session.query(GamePlayer).count() == 1


@pytest.mark.parametrize(
    "code, nickname, message",
    [
        ("000000", "Sanne", "geen spel met deze code"),
        ("12345", "Sanne", "6 cijfers"),
        (None, "x", "2 tot 24"),
        (None, "S" * 30, "2 tot 24"),
        (None, "<script>", "alleen letters"),
        (None, "Kanker", "andere bijnaam"),
    ],
)
def test_bad_joins_get_a_message_and_change_nothing(live_app, setup, code, nickname, message):
    ids, _ = setup
    response = join_as(live_app.test_client(), code or ids["code"], nickname)
    assert response.status_code == 422
    assert message in response.get_data(as_text=True).lower()
    with live_app.app_context():
        assert db.session.query(GamePlayer).count() == 0


def test_a_taken_nickname_and_a_finished_game_are_refused(live_app, setup):
    ids, _ = setup
    join_as(live_app.test_client(), ids["code"], "Sanne")
    response = join_as(live_app.test_client(), ids["code"], "SANNE")
    assert response.status_code == 422 and "al in gebruik" in response.get_data(as_text=True)
    with live_app.app_context():
        live.finish_game(db.session.get(Game, ids["game"]))
    response = join_as(live_app.test_client(), ids["code"], "Laatkomer")
    assert response.status_code == 422 and "afgelopen" in response.get_data(as_text=True)


def test_a_flood_of_joins_is_rate_limited(live_app, setup):
    ids, _ = setup
    pupil = live_app.test_client()
    statuses = [join_as(pupil, "000000", f"Speler{n}").status_code for n in range(6)]
    assert statuses[-1] == 429


def test_live_page_without_joining_goes_to_the_join_form(live_app, setup):
    ids, _ = setup
    response = live_app.test_client().get(f"/live/{ids['code']}")
    assert response.headers["Location"] == f"/join/{ids['code']}"


def test_report_and_csv(live_app, setup):
    ids, teacher = setup
    clock = FakeClock()
    with live_app.app_context():
        game = db.session.get(Game, ids["game"])
        sanne, bas = live.join_game(game, "Sanne"), live.join_game(game, "Bas")
        question = live.start_next_question(game, clock())
        clock.advance(10)
        live.submit_answer(game, sanne, question.id, question.correct_choice.id, clock())
        live.submit_answer(game, bas, question.id, question.choices[0].id, clock())
        live.close_question(game, clock())
    page = teacher.get(f"/host/{ids['game']}/report").get_data(as_text=True)
    assert "Sanne" in page and "50% goed" in page
    response = teacher.get(f"/host/{ids['game']}/report.csv")
    assert response.mimetype == "text/csv"
    assert f"spel-{ids['code']}.csv" in response.headers["Content-Disposition"]
    rows = list(
        csv.reader(io.StringIO(response.get_data(as_text=True).lstrip("\ufeff")), delimiter=";")
    )
    assert rows[0][:5] == ["rang", "bijnaam", "score", "goed", "klaar"]
    assert rows[1][:4] == ["1", "Sanne", "750", "1"]
    assert rows[1][5:9] == ["3e", "ja", "750", "10.0"]
    assert rows[2][1:3] == ["Bas", "0"]


@pytest.mark.parametrize(
    "value, cell",
    [
        ("=SUM(A1)", "'=SUM(A1)"),
        ("-3 graden", "'-3 graden"),
        ("@x", "'@x"),
        ("veertiende", "veertiende"),
    ],
)
def test_csv_cells_never_start_a_formula(value, cell):
    from quiz.services.reports import spreadsheet_cell

    assert spreadsheet_cell(value) == cell


def test_new_game_takes_the_quizs_own_settings_and_hides_others_drafts(make_app):
    from tests.factories import log_in, make_owned_quiz, make_teacher

    app = make_app()
    with app.app_context():
        owner = make_teacher("eigenaar@school.nl")
        make_teacher("ander@school.nl")
        published = make_owned_quiz(owner, title="Rustige quiz", draft=False)
        published.scoring, published.time_limit = "accuracy", 45
        draft_id = make_owned_quiz(owner, title="Nog niet af", draft=True).id
        db.session.commit()
        published_id = published.id
    client = app.test_client()
    log_in(client, "ander@school.nl")
    page = client.get(f"/host/new?quiz={published_id}").get_data(as_text=True)
    assert 'value="45"' in page
    assert re.search(
        r'<input[^>]*checked[^>]*name="accuracy_only"|'
        r'<input[^>]*name="accuracy_only"[^>]*checked',
        page,
    )
    assert client.get(f"/host/new?quiz={draft_id}").status_code == 404
    assert "Nog niet af" not in client.get("/teacher").get_data(as_text=True)
