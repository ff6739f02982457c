"""Access matrix for every route of the teacher workspace (review, statistics, exports):
anonymous, a pupil (player cookie only), another teacher, a co-teacher the owner added, and
the owner."""

from __future__ import annotations

import io

import pytest

from quiz.extensions import db
from quiz.models import Question, Quiz
from quiz.services import review
from tests.factories import (
    CSRF_RE,
    forget_user_per_request,
    log_in,
    make_owned_quiz,
    make_teacher,
    pupil_client,
)

LOGIN = "/teacher/login"


@pytest.fixture(autouse=True)
def _own_user_per_request(app):
    forget_user_per_request(app)


@pytest.fixture
def world(app):
    """The owner's published quiz (questions approved) and a second, draft one."""
    owner = make_teacher()
    make_teacher("ander@school.nl", name="Meester Bas")
    make_teacher("collega@school.nl", name="Juf Cor")
    quiz = make_owned_quiz(owner, n_questions=3, draft=False)
    review.add_editor(quiz, "collega@school.nl")
    extra = make_owned_quiz(owner, n_questions=1, title="Tweede", draft=True)
    return {
        "quiz": quiz.id,
        "question": quiz.questions[0].id,
        "item": quiz.items[1].id,
        "article": quiz.article_id,
        "extra_q": extra.questions[0].id,
    }


def _edit(ids):
    data = {"stem": "Nieuw?", "key": "0"}
    data.update({f"options-{n}": t for n, t in enumerate(["p", "q", "r", "s"])})
    return data


# (name, method, path, form data, owner's status, other teacher's status)
ROUTES = [
    ("queue", "GET", "/review/", None, 200, 200),
    ("import", "POST", "/review/import", lambda i: {"text": ""}, 422, 422),
    ("new question page", "GET", "/review/questions/new", None, 200, 200),
    ("new quiz page", "GET", "/review/quizzes/new", None, 200, 200),
    (
        "new quiz",
        "POST",
        "/review/quizzes/new",
        lambda i: {"title": "T", "time_limit": "20", "scoring": "speed"},
        302,
        302,
    ),
    (
        "upload",
        "POST",
        "/review/upload",
        lambda i: {"file": (io.BytesIO(b"V {=a ~b ~c ~d}"), "v.gift")},
        302,
        302,
    ),
    ("article", "GET", "/review/articles/{article}", None, 200, 403),
    ("approve", "POST", "/review/questions/{question}/approve", lambda i: {}, 302, 403),
    ("reject", "POST", "/review/questions/{question}/reject", lambda i: {}, 302, 403),
    ("edit page", "GET", "/review/questions/{question}/edit", None, 200, 403),
    ("edit", "POST", "/review/questions/{question}/edit", _edit, 302, 403),
    ("distractors", "POST", "/review/questions/{question}/distractors", lambda i: {}, 302, 403),
    ("quiz page", "GET", "/review/quizzes/{quiz}", None, 200, 403),
    (
        "quiz settings",
        "POST",
        "/review/quizzes/{quiz}",
        lambda i: {"title": "X", "time_limit": "30", "scoring": "speed"},
        302,
        403,
    ),
    (
        "add item",
        "POST",
        "/review/quizzes/{quiz}/items",
        lambda i: {"question_id": i["extra_q"]},
        302,
        403,
    ),
    (
        "move up",
        "POST",
        "/review/quizzes/{quiz}/items/up",
        lambda i: {"item_id": i["item"]},
        302,
        403,
    ),
    (
        "move down",
        "POST",
        "/review/quizzes/{quiz}/items/down",
        lambda i: {"item_id": i["item"]},
        302,
        403,
    ),
    (
        "remove item",
        "POST",
        "/review/quizzes/{quiz}/items/remove",
        lambda i: {"item_id": i["item"]},
        302,
        403,
    ),
    ("unpublish", "POST", "/review/quizzes/{quiz}/unpublish", lambda i: {}, 302, 403),
    ("publish", "POST", "/review/quizzes/{quiz}/publish", lambda i: {}, 302, 403),
    (
        "add editor",
        "POST",
        "/review/quizzes/{quiz}/editors",
        lambda i: {"email": "ander@school.nl"},
        302,
        403,
    ),
    ("stats", "GET", "/review/quizzes/{quiz}/stats", None, 200, 403),
    ("print", "GET", "/review/quizzes/{quiz}/print", None, 200, 403),
    *[
        (f"export {fmt}", "GET", f"/review/quizzes/{{quiz}}/export/{fmt}", None, 200, 403)
        for fmt in ("gift", "moodle", "qti", "csv")
    ],
]


def _client(app, role):
    client = app.test_client()
    if role == "pupil":
        client = pupil_client(app)
    elif role == "other":
        log_in(client, email="ander@school.nl")
    elif role == "co":
        log_in(client, email="collega@school.nl")
    elif role == "owner":
        log_in(client)
    return client


def _token(client) -> str:
    page = client.get("/articles/new").get_data(as_text=True)
    return CSRF_RE.search(page).group(1)


def _snapshot(ids):
    db.session.expire_all()
    quiz = db.session.get(Quiz, ids["quiz"])
    question = db.session.get(Question, ids["question"])
    return (
        quiz.title,
        quiz.is_draft,
        [i.question_id for i in quiz.items],
        question.status,
        db.session.query(Question).count(),
        db.session.query(Quiz).count(),
    )


@pytest.mark.parametrize("role", ["anonymous", "pupil", "other", "co", "owner"])
@pytest.mark.parametrize(
    ("name", "method", "path", "data", "owner_status", "other_status"),
    ROUTES,
    ids=[r[0] for r in ROUTES],
)
def test_access(app, world, role, name, method, path, data, owner_status, other_status):
    client = _client(app, role)
    url = path.format(**world)
    before = _snapshot(world)
    if method == "GET":
        response = client.get(url)
    else:
        form = {"csrf_token": _token(client), **(data(world) if data else {})}
        response = client.post(url, data=form, content_type="multipart/form-data")
    if role in ("anonymous", "pupil"):
        assert response.status_code == 302 and LOGIN in response.headers["Location"]
        assert _snapshot(world) == before
    elif role == "other":
        assert response.status_code == other_status
        if other_status == 403:
            assert _snapshot(world) == before
    elif role == "co" and name == "add editor":  # only the owner shares a quiz
        assert response.status_code == 403 and _snapshot(world) == before
    else:
        assert response.status_code == owner_status, response.get_data(as_text=True)[:500]


def test_unknown_rows_are_404_for_a_teacher(app, world):
    client = _client(app, "owner")
    for url in (
        "/review/articles/999",
        "/review/questions/999/edit",
        "/review/quizzes/999",
        "/review/quizzes/999/stats",
        "/review/quizzes/999/print",
    ):
        assert client.get(url).status_code == 404, url


def test_the_trivia_api_needs_no_account(app, world):
    assert app.test_client().get("/api.php?amount=1").get_json()["response_code"] == 0
