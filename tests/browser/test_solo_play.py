"""A person pastes an article, plays its quiz to the end and finds themselves on the boards."""

from __future__ import annotations

import re

import pytest

from tests.factories import NAVO_TEXT

pytestmark = pytest.mark.browser


def test_paste_play_and_find_yourself_on_the_leaderboard(live_server, page):
    base, _app = live_server
    page.goto(base + "/")
    page.click("text=Artikel plakken")
    page.fill("#headline", "Rutte aan het roer van de NAVO")
    page.fill("#text", NAVO_TEXT)
    page.click("button:has-text('Maak de quiz')")
    page.wait_for_url(re.compile(r"/quiz/\d+$"))
    assert "Quiz gemaakt" in page.content()

    page.fill("#nickname", "Browsertester")
    page.click("button:has-text('Start de quiz')")
    answered = 0
    while True:
        page.wait_for_url(re.compile(r"/play/\d+(/results)?$"))
        if page.url.endswith("/results"):
            break
        html = page.content()
        assert "juiste" not in html and 'class="evidence' not in html
        assert page.locator(".option").count() == 4
        page.keyboard.press(str(answered % 4 + 1))  # keys 1-4 answer
        page.wait_for_url(re.compile(r"/feedback/\d+$"))
        assert page.locator(".review li.correct").count() == 1
        assert page.locator("blockquote.evidence").inner_text().strip()
        answered += 1
        page.click("#next")

    assert answered >= 3
    score = page.locator("#final-score").inner_text()
    assert page.locator("#rank").inner_text() == "1"
    page.click("text=Ranglijst van deze quiz")
    row = page.locator("table.board tr.me")
    assert "Browsertester" in row.inner_text() and score in row.inner_text()
    page.goto(base + "/leaderboards?period=week")
    assert "Browsertester" in page.locator("table.board").inner_text()
    page.goto(base + "/leaderboards?period=all")
    assert "Browsertester" in page.locator("table.board").inner_text()


def test_countdown_runs_out_and_the_server_gives_zero(live_server, page):
    base, app = live_server
    from quiz.extensions import db
    from tests.factories import make_quiz

    with app.app_context():
        quiz_id = make_quiz(1, time_limit=2).id
        db.session.remove()
    page.goto(f"{base}/quiz/{quiz_id}")
    page.fill("#nickname", "Traag")
    page.click("button:has-text('Start de quiz')")
    page.wait_for_url(re.compile(r"/feedback/\d+$"), timeout=15_000)  # nobody clicked
    assert "Geen antwoord" in page.content() or "Te laat" in page.content()
