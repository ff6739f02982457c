"""Text that repeats the same sentences is refused by the engine's rule on every way in."""

from __future__ import annotations

import pytest

from questions.errors import ArticleError
from questions.html import parse_html
from quiz.extensions import db
from quiz.models import Article, Question, Quiz
from tests.factories import csrf_token, forget_user_per_request, log_in, make_teacher
from tests.questions.test_ingest import ARTICLE_WITH_SHORT_REPEATS, REPEATED_SENTENCE

REPETITIVE = "Nieuwe fietsbrug in Apeldoorn\n\n" + REPEATED_SENTENCE * 1100
MESSAGE = "herhaalt steeds dezelfde zinnen"


def counts():
    return tuple(db.session.query(m).count() for m in (Article, Question, Quiz))


def test_paste_form_shows_the_engine_message_and_stores_nothing(client):
    data = {"csrf_token": csrf_token(client, "/articles/new"), "headline": "", "text": REPETITIVE}
    response = client.post("/articles/new", data=data)
    page = response.get_data(as_text=True)
    assert response.status_code == 422
    assert 'class="error"' in page and MESSAGE in page
    assert counts() == (0, 0, 0)


def test_paste_form_accepts_an_article_with_a_few_repeated_short_lines(client):
    data = {
        "csrf_token": csrf_token(client, "/articles/new"),
        "headline": "",
        "text": ARTICLE_WITH_SHORT_REPEATS,
    }
    response = client.post("/articles/new", data=data)
    assert response.status_code == 302, response.get_data(as_text=True)
    assert counts()[0] == 1


def test_review_import_shows_the_message_and_stores_nothing(app, client):
    forget_user_per_request(app)
    make_teacher()
    log_in(client)
    token = csrf_token(client, "/review/")
    response = client.post(
        "/review/import", data={"csrf_token": token, "headline": "", "text": REPETITIVE}
    )
    assert response.status_code == 422 and MESSAGE in response.get_data(as_text=True)
    assert counts() == (0, 0, 0)


def test_bulk_import_reports_the_message_per_file(app, runner, tmp_path):
    (tmp_path / "herhaling.txt").write_text(REPETITIVE, encoding="utf-8")
    result = runner.invoke(args=["articles", "import", str(tmp_path / "herhaling.txt")])
    assert result.exit_code != 0
    assert MESSAGE in result.output
    assert counts() == (0, 0, 0)


def test_web_pages_and_feed_entries_get_the_same_rule():
    # trafilatura already drops identical paragraphs; these differ only in a short last line
    body = "".join(f"<p>{REPEATED_SENTENCE * 3}Deel {k}.</p>" for k in range(100))
    html = (
        f"<html lang='nl'><head><title>Nieuwe fietsbrug</title></head>"
        f"<body><article><h1>Nieuwe fietsbrug</h1>{body}</article></body></html>"
    )
    with pytest.raises(ArticleError, match=MESSAGE):
        parse_html(html, url="https://nieuws.example/fietsbrug")
