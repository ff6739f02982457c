"""A teacher hosts a live game on one screen; three pupils play it on their own 'phones'.

One pupil reloads in the middle of the game and carries on with the same nickname and score.
The server runs Socket.IO (threading mode, websockets through simple-websocket) on loopback.
"""

from __future__ import annotations

import re
import threading

import pytest
from werkzeug.serving import make_server

from quiz.extensions import db, limiter
from tests.factories import make_quiz, make_teacher

pytestmark = pytest.mark.browser


@pytest.fixture
def socket_server(make_app):
    """The app with its Socket.IO server on a free loopback port."""
    app = make_app(SOCKETIO_ASYNC_MODE="threading")
    with app.app_context():
        limiter.reset()
        make_teacher()
        make_quiz(3, title="Klassenquiz")
        db.session.remove()
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    thread.join(5)


@pytest.fixture
def contexts(browser):
    """Five separate browsers (own cookies): the projector and four phones."""
    made = [browser.new_context() for _ in range(5)]
    pages = []
    for context in made:
        page = context.new_page()
        page.set_default_timeout(30_000)
        pages.append(page)
    yield pages
    for context in made:
        context.close()


def answer(page, option: int) -> None:
    """Tap option ``option`` (1-4) on a phone and wait until the server acknowledged it."""
    page.locator(f"#q-options button[data-key='{option}']").click()
    page.wait_for_selector("#ack:has-text('Antwoord ontvangen')", state="attached")


def test_a_live_game_with_three_phones_and_a_reload(socket_server, contexts):
    base = socket_server
    host, sanne, bas, ahmed, troll = contexts
    phones = {"Sanne": sanne, "Bas": bas, "Ahmed": ahmed}

    host.goto(base + "/teacher/login")
    host.fill("#email", "juf@school.nl")
    host.fill("#password", "geheim-wachtwoord")
    host.click("button:has-text('Inloggen')")
    host.wait_for_url(re.compile(r"/teacher$"))
    host.click("#quizzes >> text=Live spelen")
    host.fill("#time_limit", "60")
    host.click("button:has-text('Open de lobby')")
    host.wait_for_url(re.compile(r"/host/\d+$"))
    code = host.locator("#game-code").inner_text().strip()
    assert re.fullmatch(r"\d{6}", code)
    assert host.locator(".qr svg").count() == 1
    host.wait_for_selector("#connection:has-text('Verbonden')")

    for name, phone in phones.items():
        phone.goto(f"{base}/join/{code}")
        phone.fill("#nickname", name)
        phone.click("button:has-text('Doe mee')")
        phone.wait_for_url(re.compile(rf"/live/{code}$"))
        phone.wait_for_selector("#connection:has-text('Verbonden')")
    host.wait_for_selector("#player-count:text-is('3')")

    # A fourth player joins and the host removes them from the lobby.
    troll.goto(f"{base}/join/{code}")
    troll.fill("#nickname", "Grapjas")
    troll.click("button:has-text('Doe mee')")
    troll.wait_for_selector("#connection:has-text('Verbonden')")
    host.wait_for_selector("#player-count:text-is('4')")
    host.click("button[aria-label='Verwijder Grapjas']")
    troll.wait_for_selector("#pupil-error:has-text('uit het spel gehaald')")
    host.wait_for_selector("#player-count:text-is('3')")
    assert "Grapjas" not in host.locator("#lobby").inner_text()

    host.click("#start")
    for phone in phones.values():
        phone.wait_for_selector("#question-view:not([hidden]) #q-options button")
        assert "evidence" not in phone.locator("#question-view").inner_html()
    host.wait_for_selector("#question-view:not([hidden])")

    # Question 1: Ahmed reloads before answering and gets the same question back.
    answer(sanne, 3)  # the third option is the right one in the test quiz
    answer(bas, 1)
    ahmed.reload()
    ahmed.wait_for_selector("#question-view:not([hidden]) #q-options button")
    assert ahmed.locator("#me").inner_text() == "Ahmed"
    answer(ahmed, 3)  # the last answer closes the question for everyone
    host.wait_for_selector("#reveal-view:not([hidden])")
    assert host.locator("#r-correct").inner_text() == "3e"
    assert host.locator("#r-chart .bar-row").count() == 4
    assert "Sanne" in host.locator("#r-top").inner_text()
    sanne.wait_for_selector("#verdict:has-text('Goed!')")
    bas.wait_for_selector("#verdict:has-text('Helaas')")
    assert bas.locator("#r-correct").inner_text() == "3e"
    ahmed_score = ahmed.locator("#score").inner_text()

    # Question 2: Ahmed answers, then reloads: he keeps his answer, nickname and score.
    host.click("#next")
    for phone in phones.values():
        phone.wait_for_selector("#q-number:has-text('Vraag 2')")
    answer(ahmed, 3)
    ahmed.reload()
    ahmed.wait_for_selector("#ack:has-text('Je antwoord is ontvangen')")
    assert ahmed.locator("#me").inner_text() == "Ahmed"
    assert ahmed.locator("#score").inner_text() == ahmed_score
    answer(sanne, 3)
    answer(bas, 3)
    host.wait_for_selector("#reveal-view:not([hidden])")

    # Question 3: the projector reloads mid-question and gets the game back where it was.
    host.click("#next")
    for phone in phones.values():
        phone.wait_for_selector("#q-number:has-text('Vraag 3')")
    answer(sanne, 3)
    host.reload()
    host.wait_for_selector("#question-view:not([hidden]) #q-stem:has-text('Vraag 3')")
    host.wait_for_selector("#answered:text-is('1')")
    assert host.locator("#players").inner_text() == "3"
    answer(bas, 3)
    answer(ahmed, 3)
    host.wait_for_selector("#next:has-text('podium')")
    host.click("#next")
    host.wait_for_selector("#podium-view:not([hidden])")
    assert host.locator("#ranking tr").count() == 3
    assert host.locator("#podium li").count() == 3
    for phone in phones.values():
        phone.wait_for_selector("#final-view:not([hidden])")
        phone.wait_for_selector("#final-rank:not(:empty)")
    assert bas.locator("#final-rank").inner_text() == "3"

    # The results report and its CSV.
    with host.expect_download() as download:
        host.click("#podium-view >> text=CSV")
    csv_text = download.value.path().read_text(encoding="utf-8-sig")
    assert csv_text.splitlines()[0].startswith("rang;bijnaam;score")
    assert len(csv_text.splitlines()) == 4
