"""The import page (URL or saved HTML file, with CSRF) and provenance on the feedback page."""

from __future__ import annotations

import io
import re

import pytest

from quiz.extensions import db
from quiz.models import Article, Question, Quiz
from tests.factories import csrf_token
from tests.pageserver import PageServer, data_file, page

PATH = "/articles/import"


def counts():
    return tuple(db.session.query(m).count() for m in (Article, Question, Quiz))


def post(client, url="", html: bytes | None = None, filename="pagina.html", **extra):
    data = {"csrf_token": csrf_token(client, PATH), "url": url, **extra}
    if html is not None:
        data["page"] = (io.BytesIO(html), filename)
    return client.post(PATH, data=data, content_type="multipart/form-data")


def start_attempt(client, quiz_id: int, nickname: str):
    path = f"/quiz/{quiz_id}"
    return client.post(path, data={"csrf_token": csrf_token(client, path), "nickname": nickname})


@pytest.fixture
def server():
    """One saved page on a loopback web server."""
    with PageServer({"/stalling": page(data_file("pages/fietsenstalling-utrecht.html"))}) as srv:
        yield srv


def test_page_has_the_form(client):
    body = client.get(PATH).get_data(as_text=True)
    assert 'name="url"' in body and 'name="page"' in body and 'name="csrf_token"' in body
    assert 'enctype="multipart/form-data"' in body


def test_saved_html_file_becomes_a_quiz_and_twice_gives_the_same(client):
    response = post(client, html=data_file("pages/schaatsbaan-jsonld.html"))
    assert response.status_code == 302, response.get_data(as_text=True)
    article = db.session.execute(db.select(Article)).scalar_one()
    assert article.headline == "Heerenveen krijgt tweede overdekte ijsbaan"
    assert article.author == "Jelle Hoekstra"
    quiz_page = client.get(response.headers["Location"]).get_data(as_text=True)
    assert "Quiz gemaakt met" in quiz_page
    before = counts()
    again = post(client, html=data_file("pages/schaatsbaan-jsonld.html"))
    assert again.headers["Location"] == response.headers["Location"]
    assert counts() == before


def test_web_form_refuses_the_loopback_server(client, server):
    response = post(client, url=server.url("/stalling"))
    assert response.status_code == 422
    assert "intern" in response.get_data(as_text=True)
    assert server.requests == []
    assert counts() == (0, 0, 0)


@pytest.mark.parametrize(
    "url",
    [
        "http://10.0.0.8/nieuws",
        "http://169.254.169.254/latest/",
        "http://[::1]/",
        "http://192.168.1.1:8080/artikel",
    ],
)
def test_web_form_refuses_private_ranges(client, url):
    response = post(client, url=url)
    assert response.status_code == 422
    assert "intern of gereserveerd netwerkadres" in response.get_data(as_text=True)


def test_web_form_imports_a_url_when_the_address_is_public(client, server, monkeypatch):
    # Pretend loopback is public to exercise the whole path without network access.
    monkeypatch.setattr("questions.fetch.is_public", lambda address: True)
    response = post(client, url=server.url("/stalling"))
    assert response.status_code == 302, response.get_data(as_text=True)
    article = db.session.execute(db.select(Article)).scalar_one()
    assert article.source_url == server.url("/stalling")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({}, "Geef een URL óf kies een opgeslagen webpagina"),
        ({"url": "ftp://nieuws.example/a"}, "Alleen http- en https-links"),
        ({"url": "geen url"}, "Geef een volledige URL"),
        ({"html": b"<p>x</p>", "filename": "foto.jpg"}, "Alleen .html-bestanden"),
        ({"url": "https://nieuws.example/a", "html": b"<p>x</p>"}, "Geef een URL óf"),
        ({"html": data_file("pages/index-voorpagina.html")}, "overzichtspagina"),
        ({"html": data_file("pages/paywall-stub.html")}, "betaalmuur"),
    ],
)
def test_bad_input_gets_a_message_and_stores_nothing(client, data, message):
    response = post(client, **data)
    assert response.status_code == 422
    assert message in response.get_data(as_text=True)
    assert counts() == (0, 0, 0)


def test_missing_csrf_token_is_rejected(client):
    response = client.post(
        PATH, data={"page": (io.BytesIO(b"<p>x</p>"), "a.html")}, content_type="multipart/form-data"
    )
    assert response.status_code == 400


def test_feedback_shows_where_the_question_came_from(client):
    response = post(client, html=data_file("pages/fietsenstalling-utrecht.html"))
    quiz_id = int(re.search(r"/quiz/(\d+)", response.headers["Location"]).group(1))
    quiz = db.session.get(Quiz, quiz_id)
    changeable = next((q for q in quiz.questions if q.may_change), None)
    lasting = next((q for q in quiz.questions if not q.may_change), None)
    start = start_attempt(client, quiz_id, "Anna")
    attempt_id = int(re.search(r"/play/(\d+)", start.headers["Location"]).group(1))
    seen = {}
    for question in quiz.questions:
        path = f"/play/{attempt_id}"
        answered = client.post(
            f"{path}/answer",
            data={
                "csrf_token": csrf_token(client, path),
                "question_id": question.id,
                "choice_id": question.correct_choice.id,
            },
        )
        seen[question.id] = client.get(answered.headers["Location"]).get_data(as_text=True)
    for question in quiz.questions:
        feedback = seen[question.id]
        assert question.evidence in feedback
        assert (
            'uit: <a href="https://stadsnieuws.example/utrecht/fietsenstalling-vredenburg" '
            'rel="noopener nofollow">Utrecht bouwt nieuwe fietsenstalling onder Vredenburg'
            "</a>, 1 oktober 2024"
        ) in feedback
    assert changeable is not None and lasting is not None, [q.fact_type for q in quiz.questions]
    assert "volgens het artikel van 1 oktober 2024" in seen[changeable.id]
    assert "volgens het artikel van" not in seen[lasting.id]


def test_question_page_does_not_show_the_source_before_answering(client):
    response = post(client, html=data_file("pages/fietsenstalling-utrecht.html"))
    quiz_id = int(re.search(r"/quiz/(\d+)", response.headers["Location"]).group(1))
    start = start_attempt(client, quiz_id, "Bram")
    question_page = client.get(start.headers["Location"]).get_data(as_text=True)
    assert "uit: " not in question_page  # the headline could give answers away
