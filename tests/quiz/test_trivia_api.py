"""The Open Trivia DB-style API: our own requests, and a trivia client library from PyPI
(open-trivia-database-wrapper) pointed at the app served on loopback."""

from __future__ import annotations

import base64
import html
import threading

import pytest
from werkzeug.serving import make_server

from quiz.extensions import db
from quiz.models import ApiTokenQuestion, Question
from quiz.services import trivia_api
from tests.factories import make_owned_quiz, make_quiz, make_teacher


@pytest.fixture
def served(app):
    """Five approved questions in a published quiz, and questions that must never be served:
    approved but in a draft quiz, and a reader's published quiz of unreviewed questions."""
    teacher = make_teacher()
    published = make_owned_quiz(teacher, n_questions=5, title="Gepubliceerd", draft=False)
    published.questions[0].stem = "Wie zei \"ja\" & 'nee'?"
    published.questions[1].difficulty = 0.1
    published.questions[2].difficulty = 0.9
    published.questions[3].fact_type = "person"
    db.session.commit()
    make_owned_quiz(teacher, n_questions=2, title="Concept", draft=True)
    make_quiz(2, title="Van een lezer")
    return published


def get(client, path, **params):
    response = client.get(path, query_string=params)
    return response.get_json()


def served_ids(published) -> set[int]:
    return {q.id for q in published.questions}


def test_only_approved_questions_of_published_quizzes_are_served(client, served):
    data = get(client, "/api.php", amount=5)
    assert data["response_code"] == 0 and len(data["results"]) == 5
    stems = {html.unescape(r["question"]) for r in data["results"]}
    assert stems == {q.stem for q in served.questions}
    assert get(client, "/api.php", amount=6) == {"response_code": 1, "results": []}


def test_result_shape_and_default_html_encoding(client, served):
    data = get(client, "/api.php", amount=5, type="multiple")
    result = next(r for r in data["results"] if "zei" in r["question"])
    assert set(result) == {
        "type",
        "difficulty",
        "category",
        "question",
        "correct_answer",
        "incorrect_answers",
    }
    assert result["question"] == "Wie zei &quot;ja&quot; &amp; &#039;nee&#039;?"
    assert result["type"] == "multiple" and result["difficulty"] == "medium"
    assert result["category"] == "Nieuws: getallen"
    assert result["correct_answer"] == "3e" and sorted(result["incorrect_answers"]) == [
        "1e",
        "2e",
        "4e",
    ]


def test_difficulty_and_category_filters(client, served):
    easy = get(client, "/api.php", amount=1, difficulty="easy")["results"]
    assert [r["difficulty"] for r in easy] == ["easy"]
    assert get(client, "/api.php", amount=2, difficulty="hard")["response_code"] == 1
    persons = get(client, "/api.php", amount=1, category=9)["results"]
    assert persons[0]["category"] == "Nieuws: personen"
    assert get(client, "/api.php", amount=4, category=11)["response_code"] == 0
    assert get(client, "/api.php", amount=1, category=12)["response_code"] == 1


@pytest.mark.parametrize(
    "params",
    [
        {},
        {"amount": "x"},
        {"amount": 0},
        {"amount": 51},
        {"amount": 1, "difficulty": "extreme"},
        {"amount": 1, "type": "open"},
        {"amount": 1, "category": 99},
        {"amount": 1, "category": "x"},
        {"amount": 1, "encode": "rot13"},
    ],
)
def test_invalid_parameters_give_code_2(client, served, params):
    assert get(client, "/api.php", **params) == {"response_code": 2, "results": []}


def test_boolean_questions_are_not_there(client, served):
    assert get(client, "/api.php", amount=1, type="boolean")["response_code"] == 1


@pytest.mark.parametrize(
    ("encode", "decode"),
    [
        ("base64", lambda s: base64.b64decode(s).decode("utf-8")),
        ("url3986", lambda s: __import__("urllib.parse").parse.unquote(s)),
    ],
)
def test_encodings(client, served, encode, decode):
    results = get(client, "/api.php", amount=5, encode=encode)["results"]
    assert {decode(r["question"]) for r in results} == {q.stem for q in served.questions}
    assert {decode(r["type"]) for r in results} == {"multiple"}


def test_a_token_never_gets_a_question_twice_until_reset(client, served):
    token = get(client, "/api_token.php", command="request")
    assert token["response_code"] == 0 and len(token["token"]) == 64
    value = token["token"]
    first = get(client, "/api.php", amount=3, token=value)["results"]
    second = get(client, "/api.php", amount=2, token=value)["results"]
    assert len({r["question"] for r in first + second}) == 5
    assert get(client, "/api.php", amount=1, token=value) == {"response_code": 4, "results": []}
    assert get(client, "/api.php", amount=9, token=value)["response_code"] == 1
    assert get(client, "/api_token.php", command="reset", token=value) == {
        "response_code": 0,
        "token": value,
    }
    assert get(client, "/api.php", amount=5, token=value)["response_code"] == 0


def test_unknown_or_idle_tokens_give_code_3(client, served):
    assert get(client, "/api.php", amount=1, token="nope")["response_code"] == 3
    assert get(client, "/api_token.php", command="reset", token="nope")["response_code"] == 3
    assert get(client, "/api_token.php", command="jump")["response_code"] == 2
    value = trivia_api.request_token()
    later = trivia_api.utcnow() + trivia_api.TOKEN_IDLE * 2
    with pytest.raises(trivia_api.ApiError) as error:
        trivia_api.fetch(trivia_api.Query(1, token=value), now=later)
    assert error.value.code == 3


def test_categories_and_counts(client, served):
    listed = get(client, "/api_category.php")["trivia_categories"]
    assert {"id": 9, "name": "Nieuws: personen"} in listed and len(listed) == 5
    count = get(client, "/api_count.php", category=11)
    assert count["category_question_count"] == {
        "total_question_count": 4,
        "total_easy_question_count": 1,
        "total_medium_question_count": 2,
        "total_hard_question_count": 1,
    }
    assert client.get("/api_count.php?category=x").status_code == 400


def test_too_many_requests_give_code_5(make_app):
    app = make_app(TRIVIA_RATE_LIMIT="2 per minute")
    client = app.test_client()
    with app.app_context():
        codes = [client.get("/api.php?amount=1") for _ in range(3)]
    assert [r.status_code for r in codes] == [200, 200, 429]
    assert codes[2].get_json()["response_code"] == 5


def test_a_superseded_or_rejected_question_is_no_longer_served(client, served):
    from quiz.services import review

    first = served.questions[0]
    review.revise(first, review.Draft("Nieuwe versie?", ("a", "b", "c", "d"), 0))
    stems = {html.unescape(r["question"]) for r in get(client, "/api.php", amount=5)["results"]}
    assert "Nieuwe versie?" in stems and first.stem not in stems
    assert db.session.query(ApiTokenQuestion).count() == 0
    assert db.session.get(Question, first.id).status == "superseded"


@pytest.fixture
def live_url(app, served):
    """The app on a free loopback port for one test (the trivia client speaks HTTP)."""
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}/"
    server.shutdown()
    thread.join(5)


def test_a_trivia_client_library_plays_our_questions(live_url, served, monkeypatch):
    from opentdb import opentdb as library
    from opentdb.enums import QuestionCategories, QuestionEncodings, QuestionTypes

    monkeypatch.setattr(library, "base_url", live_url)
    client = library.openTriviaDB(generate_token=True)
    assert len(client.token) == 64
    # The library keeps the token but does not send it; its parameters are a plain dict.
    client._params["token"] = client.token
    first = client.get_questions(question_type=QuestionTypes.MULTIPLE, number_of_questions=3)
    assert first.response_code == 0 and len(first.results) == 3
    rest = client.get_questions(
        question_type=QuestionTypes.MULTIPLE,
        number_of_questions=2,
        encodings=QuestionEncodings.BASE64,
    )
    assert rest.response_code == 0
    stems = {html.unescape(q.question) for q in first.results} | {
        base64.b64decode(q.question).decode() for q in rest.results
    }
    assert stems == {q.stem for q in served.questions}
    empty = client.get_questions(number_of_questions=1, encodings=QuestionEncodings.DEFAULT)
    assert empty.response_code == 4 and empty.results == []
    fresh = library.openTriviaDB()
    persons = fresh.get_questions(
        category=QuestionCategories.GENERAL_KNOWLEDGE, number_of_questions=1
    )
    assert persons.response_code == 0 and persons.results[0].category == "Nieuws: personen"
    assert persons.results[0].correct_answer == served.questions[3].correct_choice.text
    assert len(persons.results[0].incorrect_answers) == 3


def test_idle_tokens_are_cleared_when_a_new_one_is_made(client, served):
    from quiz.models import ApiToken

    start = trivia_api.utcnow()
    old = trivia_api.request_token(now=start)
    trivia_api.fetch(trivia_api.Query(2, token=old), now=start)
    assert db.session.query(ApiTokenQuestion).count() == 2
    trivia_api.request_token(now=start + trivia_api.TOKEN_IDLE + trivia_api.timedelta(seconds=1))
    assert [t.token for t in db.session.query(ApiToken)] != [old]
    assert db.session.query(ApiToken).count() == 1
    assert db.session.query(ApiTokenQuestion).count() == 0
