"""Class leaderboards on the leaderboards pages: for the class's teacher, nobody else."""

import pytest

from quiz.extensions import db
from quiz.models import GamePlayer
from quiz.services.accounts import create_class
from tests.factories import log_in, make_game, make_quiz, make_teacher


@pytest.fixture
def classes(make_app):
    """Two teachers, each with a class that played a game; no app context is held open."""
    app = make_app()
    with app.app_context():
        quiz = make_quiz(1)
        anna = make_teacher("anna@school.nl")
        bram = make_teacher("bram@school.nl", name="Meester Bram")
        mine, theirs = create_class(anna, "2B"), create_class(bram, "3C")
        for school_class, teacher, players in [
            (mine, anna, [("Lotte", 900), ("Sem", 1500)]),
            (theirs, bram, [("Geheim", 5000)]),
        ]:
            game = make_game(quiz, teacher, school_class=school_class)
            for n, (nickname, score) in enumerate(players):
                db.session.add(
                    GamePlayer(
                        game=game,
                        nickname=nickname,
                        nickname_key=nickname.casefold(),
                        token=f"t-{game.id}-{n}",
                        score=score,
                    )
                )
        db.session.commit()
        ids = mine.id, theirs.id
    return app, ids


def test_teacher_sees_their_class_board_as_a_tab(classes):
    app, (mine, theirs) = classes
    client = app.test_client()
    log_in(client, "anna@school.nl")
    overall = client.get("/leaderboards").get_data(as_text=True)
    assert "Klas 2B" in overall and "Klas 3C" not in overall
    for period in ("all", "week"):
        page = client.get(f"/leaderboards/class/{mine}?period={period}").get_data(as_text=True)
        assert "Ranglijst van klas 2B" in page
        assert page.index("Sem") < page.index("Lotte") and "Geheim" not in page


def test_nobody_else_opens_a_class_board(classes):
    app, (mine, theirs) = classes
    other = app.test_client()
    log_in(other, "bram@school.nl")
    assert other.get(f"/leaderboards/class/{mine}").status_code == 403
    anonymous = app.test_client().get(f"/leaderboards/class/{mine}")
    assert anonymous.status_code in (302, 401, 403) and "Lotte" not in anonymous.get_data(
        as_text=True
    )
    assert "Klas" not in app.test_client().get("/leaderboards").get_data(as_text=True)
    assert other.get("/leaderboards/class/9999").status_code == 404
