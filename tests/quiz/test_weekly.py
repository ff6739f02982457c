"""The quiz of the week: selection rule, date range, drafts, the page and its own leaderboard."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from quiz.extensions import db
from quiz.models import Article, Choice, Question, Quiz
from quiz.services import weekly
from tests.factories import (
    csrf_token,
    finished_attempt,
    log_in,
    make_player,
    make_quiz,
    make_teacher,
)

TODAY = date(2024, 10, 6)  # a Sunday


def story(n: int, published: date | None, confidences=(0.9, 0.8, 0.7)) -> Article:
    """An article with a question per confidence; keys are unique per article and question."""
    article = Article(
        headline=f"Bericht {n}",
        body=f"Tekst van bericht {n}.",
        content_hash=f"weekly-{n}",
        published=published,
        source_url=f"https://nieuws.example/{n}",
    )
    for position, confidence in enumerate(confidences):
        article.questions.append(
            Question(
                position=position,
                stem=f"Vraag {n}.{position}?",
                evidence=f"Zin {n}.{position}.",
                fact_type="year",
                confidence=confidence,
                choices=[
                    Choice(position=i, text=f"antwoord {n}.{position}.{i}", is_correct=(i == 0))
                    for i in range(4)
                ],
            )
        )
    db.session.add(article)
    db.session.commit()
    return article


def days_ago(n: int) -> date:
    return TODAY - timedelta(days=n)


def test_strongest_two_per_story_spread_over_stories_in_date_order(app):
    stories = [
        story(n, days_ago(max(0, 6 - n)), confidences=(0.5 + n / 100, 0.9 - n / 100, 0.3))
        for n in range(8)
    ]
    quiz = weekly.build_weekly_quiz(today=TODAY)
    chosen = quiz.questions
    assert len(chosen) == 15
    per_article = {a.id: [q for q in chosen if q.article_id == a.id] for a in stories}
    assert all(1 <= len(qs) <= 2 for qs in per_article.values())
    for qs in per_article.values():  # the 0.3 question never beats the two stronger ones
        assert all(q.confidence > 0.3 for q in qs)
    dates = [q.article.published for q in chosen]
    assert dates == sorted(dates)
    weakest_story = min(stories, key=lambda a: max(q.confidence for q in a.questions))
    assert len(per_article[weakest_story.id]) == 1  # the 15th place went to a stronger story
    assert quiz.kind == "weekly" and quiz.is_draft and quiz.article is None
    assert (quiz.period_start, quiz.period_end) == (days_ago(6), TODAY)
    assert quiz.title == "Nieuwsquiz van de week: 30 september t/m 6 oktober 2024"


def test_default_range_is_the_last_seven_days(app):
    for n in range(6):
        story(n, days_ago(n))
    story(10, days_ago(7))  # eight days ago counting today: outside
    story(11, TODAY + timedelta(days=1))
    quiz = weekly.build_weekly_quiz(today=TODAY)
    assert {q.article.headline for q in quiz.questions} == {f"Bericht {n}" for n in range(6)}
    assert len(quiz.questions) == 12


@pytest.mark.parametrize("status", ["rejected", "superseded"])
def test_retired_questions_and_repeated_answers_are_left_out(app, status):
    stories = [story(n, days_ago(n)) for n in range(6)]
    stories[0].questions[0].status = status
    stories[1].questions[0].choices[0].text = stories[2].questions[0].choices[0].text
    db.session.commit()
    quiz = weekly.build_weekly_quiz(today=TODAY)
    assert stories[0].questions[0] not in quiz.questions
    keys = [q.correct_choice.text for q in quiz.questions]
    assert len(keys) == len(set(keys))


def test_too_few_questions_is_a_clear_error(app, runner):
    for n in range(4):
        story(n, days_ago(n))
    with pytest.raises(weekly.WeeklyError, match="minstens 10"):
        weekly.build_weekly_quiz(today=TODAY)
    result = runner.invoke(args=["weekly", "build", "--from", "2024-09-30", "--to", "2024-10-06"])
    assert result.exit_code == 1 and "8 bruikbare vragen" in result.output
    assert db.session.query(Quiz).filter_by(kind="weekly").count() == 0


def test_undated_articles_count_by_their_import_day(app):
    for n in range(5):
        story(n, None)
    quiz = weekly.build_weekly_quiz(today=date.today())
    assert len(quiz.questions) == 10


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        (None, None, (date(2024, 9, 30), TODAY)),
        (date(2024, 9, 1), None, (date(2024, 9, 1), date(2024, 9, 7))),
        (None, date(2024, 9, 7), (date(2024, 9, 1), date(2024, 9, 7))),
        (date(2024, 9, 1), date(2024, 9, 30), (date(2024, 9, 1), date(2024, 9, 30))),
    ],
)
def test_period(start, end, expected):
    assert weekly.period(start, end, TODAY) == expected


def test_period_backwards_is_refused():
    with pytest.raises(weekly.WeeklyError):
        weekly.period(date(2024, 10, 2), date(2024, 10, 1), TODAY)


def test_cli_builds_a_draft_then_publishes_and_the_page_shows_it(app, runner, client):
    for n in range(7):
        story(n, date(2024, 9, 23) + timedelta(days=n))
    built = runner.invoke(args=["weekly", "build", "--from", "2024-09-23", "--to", "2024-09-29"])
    assert built.exit_code == 0, built.output
    assert "(draft): 14 questions from 7 articles, 2024-09-23 to 2024-09-29" in built.output
    quiz = db.session.execute(db.select(Quiz).filter_by(kind="weekly")).scalar_one()
    assert "Er is nog geen quiz van de week" in client.get("/week").get_data(as_text=True)
    assert quiz.title not in client.get("/").get_data(as_text=True)  # drafts stay off home

    again = runner.invoke(
        args=["weekly", "build", "--from", "2024-09-23", "--to", "2024-09-29", "--publish"]
    )
    assert f"quiz {quiz.id} " in again.output and "(published)" in again.output
    assert db.session.query(Quiz).filter_by(kind="weekly").count() == 1
    page = client.get("/week").get_data(as_text=True)
    assert quiz.title in page and "14 vragen over 7 nieuwsberichten" in page
    assert "Bericht 0" in page and "23 september 2024" in page
    assert f"/quiz/{quiz.id}" in page
    assert quiz.title in client.get("/").get_data(as_text=True)


def test_publish_command(app, runner):
    for n in range(5):
        story(n, days_ago(n))
    quiz = weekly.build_weekly_quiz(today=TODAY)
    assert runner.invoke(args=["weekly", "publish", str(quiz.id)]).exit_code == 0
    assert not db.session.get(Quiz, quiz.id).is_draft
    assert runner.invoke(args=["weekly", "publish", "999"]).exit_code == 1


def test_weekly_quiz_has_its_own_leaderboard(app, client):
    for n in range(5):
        story(n, days_ago(n))
    quiz = weekly.build_weekly_quiz(today=TODAY, publish=True)
    other = make_quiz(3, title="Losse quiz")
    anna, bram = make_player("Anna"), make_player("Bram")
    finished_attempt(quiz, anna, 7000)
    finished_attempt(quiz, bram, 8000)
    finished_attempt(other, anna, 9999)  # another quiz does not count on the weekly board
    page = client.get("/week").get_data(as_text=True)
    board = page[page.index("Ranglijst van de week") :]
    assert board.index("Bram") < board.index("Anna")
    assert "8000" in board and "7000" in board and "9999" not in board


def test_teacher_reviews_and_publishes_a_draft_on_the_page(app, client):
    for n in range(5):
        story(n, days_ago(n))
    draft = weekly.build_weekly_quiz(today=TODAY)
    assert "Wachten op controle" not in client.get("/week").get_data(as_text=True)
    assert client.post(f"/week/{draft.id}/publish").status_code in (302, 400)
    assert db.session.get(Quiz, draft.id).is_draft
    make_teacher()
    log_in(client)
    page = client.get("/week").get_data(as_text=True)
    assert "Wachten op controle" in page and draft.title in page
    token = csrf_token(client, "/week")
    assert client.post(f"/week/{draft.id}/publish").status_code == 400  # no CSRF token
    response = client.post(f"/week/{draft.id}/publish", data={"csrf_token": token})
    assert response.status_code == 302
    db.session.expire_all()
    assert not db.session.get(Quiz, draft.id).is_draft
    page = client.get("/week").get_data(as_text=True)
    assert "Wachten op controle" not in page and "Speel de quiz van de week" in page
    assert client.post("/week/999/publish", data={"csrf_token": token}).status_code == 404
