"""Every page and form through the test client, with the bad input users really send."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest

from quiz.extensions import db
from quiz.models import Answer, Article, Attempt, Player, Question, Quiz
from tests.factories import NAVO_TEXT, csrf_token, finished_attempt, make_player, make_quiz


def counts():
    return tuple(db.session.query(m).count() for m in (Article, Question, Quiz))


def post_article(client, text=NAVO_TEXT, headline="Rutte leidt de NAVO", **extra):
    data = {
        "csrf_token": csrf_token(client, "/articles/new"),
        "headline": headline,
        "text": text,
        **extra,
    }
    return client.post("/articles/new", data=data)


def test_home_lists_quizzes(client):
    make_quiz(2, title="Nieuws van vandaag")
    page = client.get("/").get_data(as_text=True)
    assert "Nieuws van vandaag" in page and "2 vragen" in page


def test_paste_article_makes_a_quiz_and_twice_gives_the_same(client):
    response = post_article(client)
    assert response.status_code == 302
    quiz_id = int(re.search(r"/quiz/(\d+)", response.headers["Location"]).group(1))
    quiz = db.session.get(Quiz, quiz_id)
    assert quiz.title == "Rutte leidt de NAVO" and len(quiz.items) >= 3
    assert any(c.text == "veertiende" and c.is_correct for q in quiz.questions for c in q.choices)
    before = counts()
    again = post_article(client)
    assert again.headers["Location"] == response.headers["Location"]
    assert counts() == before
    assert "stond er al" in client.get(again.headers["Location"]).get_data(as_text=True)


def test_a_broken_frog_still_makes_the_quiz_and_says_so(client, monkeypatch):
    from questions.analysis import REGISTRY, FrogAnalyzer

    broken = FrogAnalyzer(binary="/bin/false")  # starts and dies at once, like a failed init
    monkeypatch.setitem(REGISTRY, "frog", lambda language: broken)
    monkeypatch.setitem(client.application.config, "QUIZ_ANALYZER", "frog")
    monkeypatch.delenv("QUIZ_ANALYZER", raising=False)
    response = post_article(client)
    assert response.status_code == 302
    article = db.session.query(Article).one()
    assert article.analyzer == "simple" and article.questions
    page = client.get(response.headers["Location"]).get_data(as_text=True)
    assert "flash-warning" in page and "Frog" in page


def test_missing_csrf_token_is_rejected_and_nothing_stored(client):
    response = client.post("/articles/new", data={"headline": "x", "text": NAVO_TEXT})
    assert response.status_code == 400
    assert "formulier is verlopen" in response.get_data(as_text=True)
    assert counts() == (0, 0, 0)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "Plak de tekst"),
        ("    \n\n  ", "Plak de tekst"),
        ("\x00\x01\x02\xff\xfe" * 200 + "bin", None),
        (
            "<html><body><div class='x'><p>Rutte</p><p>wordt</p><script>x()</script>"
            "</div><div><a href='/'>home</a></div></body></html>" * 5,
            None,
        ),
        ("x" * 150_000, "te lang"),
        ("In 2021 opende de stad een brug van 140 meter. " * 300, "herhaalt steeds"),
    ],
    ids=["empty", "whitespace", "binary", "html", "too-long", "repetitive"],
)
def test_bad_articles_get_a_message_and_store_nothing(client, text, message):
    response = post_article(client, text=text)
    page = response.get_data(as_text=True)
    assert response.status_code == 422
    assert 'class="error"' in page
    if message:
        assert message in page
    assert counts() == (0, 0, 0)


def test_five_megabyte_article_is_refused(client):
    response = post_article(client, text="woord " * (5 * 1024 * 1024 // 6))
    assert response.status_code == 413
    assert "te groot" in response.get_data(as_text=True)
    assert counts() == (0, 0, 0)


def test_source_url_must_be_a_web_link(client):
    response = post_article(client, source_url="javascript:alert(1)")
    assert response.status_code == 422 and counts() == (0, 0, 0)


def start(client, quiz, nickname="Anna"):
    quiz_id = quiz if isinstance(quiz, int) else quiz.id
    path = f"/quiz/{quiz_id}"
    response = client.post(
        path, data={"csrf_token": csrf_token(client, path), "nickname": nickname}
    )
    assert response.status_code == 302, response.get_data(as_text=True)
    return int(re.search(r"/play/(\d+)", response.headers["Location"]).group(1))


@pytest.fixture
def two_browsers(make_app):
    """Two independent browsers; no app context is held open, so each request gets its own."""
    app = make_app()
    with app.app_context():
        quiz_id = make_quiz(1).id
    return app.test_client(), app.test_client(), quiz_id


def answer(client, attempt_id, question_id, choice_id):
    path = f"/play/{attempt_id}"
    return client.post(
        f"{path}/answer",
        data={
            "csrf_token": csrf_token(client, path),
            "question_id": question_id,
            "choice_id": "" if choice_id is None else choice_id,
        },
    )


def test_play_a_quiz_to_the_end(client):
    quiz = make_quiz(3)
    attempt_id = start(client, quiz)
    for question in quiz.questions:
        page = client.get(f"/play/{attempt_id}").get_data(as_text=True)
        assert question.stem in page
        assert f"Over: {quiz.article.headline}" in page  # which story the question is about
        response = answer(client, attempt_id, question.id, question.correct_choice.id)
        feedback = client.get(response.headers["Location"]).get_data(as_text=True)
        assert "Goed!" in feedback and question.evidence in feedback
        assert "juiste antwoord" in feedback
        assert "100% van de spelers had deze vraag goed (1 antwoord)" in feedback
    results = client.get(f"/play/{attempt_id}/results").get_data(as_text=True)
    attempt = db.session.get(Attempt, attempt_id)
    assert attempt.finished and attempt.score > 2900
    assert f'id="final-score">{attempt.score}<' in results
    assert 'id="rank">1<' in results
    board = client.get(f"/quiz/{quiz.id}/leaderboard").get_data(as_text=True)
    assert "Anna" in board and str(attempt.score) in board
    assert "Anna" in client.get("/leaderboards?period=week").get_data(as_text=True)


def test_question_page_does_not_reveal_the_key(client):
    quiz = make_quiz(1)
    attempt_id = start(client, quiz)
    response = client.get(f"/play/{attempt_id}")
    page = response.get_data(as_text=True)
    question = quiz.questions[0]
    for choice in question.choices:
        assert f'value="{choice.id}"' in page
    assert page.count('name="choice_id"') == 4 and page.count('name="question_id"') == 1
    assert "correct" not in page.lower() and "juiste" not in page
    assert question.evidence not in page  # the evidence sentence contains the key
    script = client.get("/static/js/play.js").get_data(as_text=True)
    assert "correct" not in script.lower()


def test_answering_twice_counts_once(client):
    quiz = make_quiz(2)
    attempt_id = start(client, quiz)
    client.get(f"/play/{attempt_id}")
    question = quiz.questions[0]
    wrong = next(c for c in question.choices if not c.is_correct)
    answer(client, attempt_id, question.id, wrong.id)
    second = answer(client, attempt_id, question.id, question.correct_choice.id)
    assert "al beantwoord" in client.get(second.headers["Location"]).get_data(as_text=True)
    assert db.session.query(Answer).count() == 1
    assert db.session.get(Attempt, attempt_id).score == 0


def test_answer_after_time_limit_gets_zero_points(client):
    quiz = make_quiz(1, time_limit=30)
    attempt_id = start(client, quiz)
    client.get(f"/play/{attempt_id}")
    attempt = db.session.get(Attempt, attempt_id)
    attempt.served_at = attempt.served_at - timedelta(seconds=31)
    db.session.commit()
    question = quiz.questions[0]
    response = answer(client, attempt_id, question.id, question.correct_choice.id)
    assert "Te laat" in client.get(response.headers["Location"]).get_data(as_text=True)
    db.session.expire_all()
    assert db.session.get(Attempt, attempt_id).score == 0


def test_answer_without_csrf_is_rejected(client):
    quiz = make_quiz(1)
    attempt_id = start(client, quiz)
    client.get(f"/play/{attempt_id}")
    question = quiz.questions[0]
    response = client.post(
        f"/play/{attempt_id}/answer",
        data={"question_id": question.id, "choice_id": question.correct_choice.id},
    )
    assert response.status_code == 400 and db.session.query(Answer).count() == 0


def test_someone_elses_attempt_is_forbidden(two_browsers):
    owner, stranger, quiz = two_browsers
    attempt_id = start(owner, quiz, "Anna")
    assert stranger.get(f"/play/{attempt_id}").status_code == 403
    start(stranger, quiz, "Bram")
    assert stranger.get(f"/play/{attempt_id}").status_code == 403
    assert stranger.get(f"/play/{attempt_id}/results").status_code == 403


def test_forged_choice_changes_nothing(client):
    quiz = make_quiz(2)
    attempt_id = start(client, quiz)
    client.get(f"/play/{attempt_id}")
    response = answer(client, attempt_id, quiz.questions[0].id, quiz.questions[1].correct_choice.id)
    assert "hoort niet bij" in client.get(response.headers["Location"]).get_data(as_text=True)
    assert db.session.query(Answer).count() == 0


@pytest.mark.parametrize(
    ("nickname", "message"),
    [
        ("", "Kies een bijnaam"),
        ("a", "2 tot 24"),
        ("x" * 40, "2 tot 24"),
        ("<script>x</script>", "alleen letters"),
        ("kut", "andere bijnaam"),
        ("Anna\u202e", "alleen letters"),
    ],
)
def test_hostile_nicknames_are_refused(client, nickname, message):
    quiz = make_quiz(1)
    path = f"/quiz/{quiz.id}"
    response = client.post(
        path, data={"csrf_token": csrf_token(client, path), "nickname": nickname}
    )
    assert response.status_code == 422 and message in response.get_data(as_text=True)
    assert db.session.query(Player).count() == 0


def test_nickname_is_asked_once_and_taken_names_are_refused(two_browsers):
    first, second, quiz = two_browsers
    start(first, quiz, "Anna")
    assert 'name="nickname"' not in first.get(f"/quiz/{quiz}").get_data(as_text=True)
    path = f"/quiz/{quiz}"
    response = second.post(path, data={"csrf_token": csrf_token(second, path), "nickname": "ANNA"})
    assert response.status_code == 422 and "al in gebruik" in response.get_data(as_text=True)


def test_leaderboard_pages_and_api_agree(client):
    quiz = make_quiz(1)
    finished_attempt(quiz, make_player("Anna"), 700)
    finished_attempt(quiz, make_player("Bram"), 900)
    for path in ["/leaderboards", "/leaderboards?period=week", f"/quiz/{quiz.id}/leaderboard"]:
        page = client.get(path).get_data(as_text=True)
        assert page.index("Bram") < page.index("Anna"), path
    data = client.get(f"/api/leaderboards?quiz={quiz.id}&period=all").get_json()
    assert [(s["rank"], s["nickname"], s["score"]) for s in data["standings"]] == [
        (1, "Bram", 900),
        (2, "Anna", 700),
    ]
    assert client.get("/leaderboards?period=year").status_code == 404
    assert client.get("/api/leaderboards?quiz=999").status_code == 404


def test_unknown_pages_give_a_clear_404(client):
    for path in ["/quiz/999", "/quiz/999/leaderboard", "/play/999", "/nope"]:
        response = client.get(path)
        assert response.status_code == 404
        assert "bestaat niet" in response.get_data(as_text=True)


def test_answer_rate_limit(make_app):
    app = make_app(ANSWER_RATE_LIMIT="3 per minute")
    with app.app_context():
        client = app.test_client()
        quiz = make_quiz(1)
        attempt_id = start(client, quiz)
        token = csrf_token(client, f"/play/{attempt_id}")
        data = {"csrf_token": token, "question_id": quiz.questions[0].id, "choice_id": ""}
        statuses = [
            client.post(f"/play/{attempt_id}/answer", data=data).status_code for _ in range(5)
        ]
        assert statuses[:3] == [302, 302, 302] and statuses[3:] == [429, 429]


def test_article_without_headline_gets_its_opening_words_as_title(client):
    response = post_article(client, headline="")
    quiz = db.session.get(Quiz, int(response.headers["Location"].rsplit("/", 1)[1]))
    opening = "Mark Rutte wordt dinsdag de veertiende secretaris-generaal van de NAVO"
    assert quiz.article.headline == opening
    # the opening words hold a key of the quiz: players see it blanked, in the title too
    assert quiz.title == quiz.article.player_headline
    assert "veertiende" not in quiz.title and "…" in quiz.title
    assert any(c.text == "veertiende" and c.is_correct for q in quiz.questions for c in q.choices)
    attempt_id = start(client, quiz)
    page = client.get(f"/play/{attempt_id}").get_data(as_text=True)
    assert "veertiende secretaris" not in page and quiz.title in page


def test_accuracy_only_quiz_shows_no_countdown_and_its_description(client):
    quiz = make_quiz(1)
    quiz.scoring, quiz.description = "accuracy", "Rustig aan: het gaat om goed, niet om snel."
    db.session.commit()
    start_page = client.get(f"/quiz/{quiz.id}").get_data(as_text=True)
    assert "Rustig aan" in start_page and "geen tijdslimiet" in start_page
    attempt_id = start(client, quiz)
    page = client.get(f"/play/{attempt_id}").get_data(as_text=True)
    assert "data-seconds-left" not in page and "Geen tijdslimiet" in page


def test_a_draft_teacher_quiz_is_only_there_for_its_teacher(make_app):
    from tests.factories import log_in, make_owned_quiz, make_teacher

    app = make_app()
    with app.app_context():
        quiz_id = make_owned_quiz(make_teacher(), draft=True).id
    assert app.test_client().get(f"/quiz/{quiz_id}").status_code == 404
    teacher = app.test_client()
    log_in(teacher)
    assert teacher.get(f"/quiz/{quiz_id}").status_code == 200
