"""A teacher reviews a generated quiz in a real browser, edits one question, publishes it, and
a pupil plays it."""

from __future__ import annotations

import re

import pytest

from tests.factories import NAVO_TEXT

pytestmark = pytest.mark.browser


def test_review_edit_publish_and_play(live_server, page, browser):
    base, app = live_server
    from quiz.extensions import db
    from tests.factories import make_teacher

    with app.app_context():
        make_teacher()
        db.session.remove()

    page.goto(base + "/teacher/login")
    page.fill("#email", "juf@school.nl")
    page.fill("#password", "geheim-wachtwoord")
    page.click("button[type=submit]")
    page.click("text=Beoordelen")
    page.fill("#headline", "Rutte aan het roer van de NAVO")
    page.fill("#text", NAVO_TEXT)
    page.click("button:has-text('Vragen maken')")
    page.wait_for_url(re.compile(r"/review/articles/\d+$"))
    assert page.locator("blockquote.evidence mark").count() >= 1
    drafts = page.locator("#questions > li").count()
    assert drafts >= 3

    # Edit the ordinal question: another distractor, saved as a new approved version.
    item = page.locator("#questions > li", has_text="veertiende").first
    item.locator("text=Bewerken").click()
    page.wait_for_url(re.compile(r"/edit$"))
    boxes = page.locator("input[name^='options-']")
    distractor = next(
        n for n in range(boxes.count()) if boxes.nth(n).input_value() not in ("", "veertiende")
    )
    boxes.nth(distractor).fill("elfde")
    page.click("button:has-text('Opslaan')")
    page.wait_for_url(re.compile(r"/review/articles/\d+$"))
    assert "elfde" in page.locator("#questions").inner_text()

    while page.locator("#questions button:has-text('Goedkeuren')").count():
        page.locator("#questions button:has-text('Goedkeuren')").first.click()
        page.wait_for_load_state()
    page.click("text=Quiz “Rutte aan het roer van de NAVO”")
    page.click("button:has-text('Publiceren')")
    page.wait_for_selector("#play-link")
    assert page.locator("#quiz-state").inner_text() == "gepubliceerd"
    quiz_url = page.locator("#play-link").get_attribute("href")

    pupil = browser.new_context().new_page()
    pupil.goto(base + quiz_url)
    pupil.fill("#nickname", "Leerling")
    pupil.click("button:has-text('Start de quiz')")
    seen = []
    while True:
        pupil.wait_for_url(re.compile(r"/play/\d+(/results)?$"))
        if pupil.url.endswith("/results"):
            break
        seen.append(pupil.locator(".options").inner_text())
        pupil.locator(".option").first.click()
        pupil.wait_for_url(re.compile(r"/feedback/\d+$"))
        pupil.click("#next")
    assert len(seen) == drafts and any("elfde" in options for options in seen)
    pupil.context.close()

    page.goto(base + quiz_url.replace("/quiz/", "/review/quizzes/") + "/stats")
    assert "1</strong> speler" in page.content()
    assert page.locator("svg.chart").count() >= 2
