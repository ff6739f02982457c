"""Teacher accounts and classes: register, log in, log out, access rules."""

from __future__ import annotations

import pytest

from quiz.extensions import db
from quiz.models import SchoolClass, Teacher
from quiz.services.accounts import AccountError, authenticate, create_class, register_teacher
from tests.factories import csrf_token, log_in, make_teacher


def test_password_is_stored_hashed_and_checked(app):
    teacher = make_teacher(password="correct horse")
    assert "correct horse" not in teacher.password_hash
    assert teacher.password_hash.startswith(("scrypt:", "pbkdf2:"))
    assert authenticate("JUF@school.nl ", "correct horse") == teacher
    assert authenticate("juf@school.nl", "wrong password") is None
    assert authenticate("nobody@school.nl", "correct horse") is None


def test_one_account_per_address_whatever_the_capitals(app):
    make_teacher(email="juf@school.nl")
    with pytest.raises(AccountError, match="bestaat al"):
        register_teacher("Juf@School.nl", "Ander", "nog-een-wachtwoord")
    with pytest.raises(AccountError, match="minstens"):
        register_teacher("kort@school.nl", "Kort", "kort")


def test_register_logs_in_and_logout_needs_a_post(client):
    token = csrf_token(client, "/teacher/register")
    response = client.post(
        "/teacher/register",
        data={
            "csrf_token": token,
            "name": "Meester Bas",
            "email": "bas@school.nl",
            "password": "lang-genoeg-1",
            "confirm": "lang-genoeg-1",
        },
    )
    assert response.status_code == 302
    assert db.session.execute(db.select(Teacher)).scalar_one().email == "bas@school.nl"
    page = client.get("/teacher").get_data(as_text=True)
    assert "Hallo Meester Bas" in page
    assert client.get("/teacher/logout").status_code == 405  # a link cannot log you out
    token = csrf_token(client, "/teacher")
    client.post("/teacher/logout", data={"csrf_token": token})
    assert client.get("/teacher").status_code == 302


@pytest.mark.parametrize(
    "data, message",
    [
        (
            {
                "name": "X",
                "email": "geen-adres",
                "password": "lang-genoeg-1",
                "confirm": "lang-genoeg-1",
            },
            "geen geldig e-mailadres",
        ),
        (
            {
                "name": "X",
                "email": "x@school.nl",
                "password": "lang-genoeg-1",
                "confirm": "anders-dan-1",
            },
            "niet gelijk",
        ),
        ({"name": "X", "email": "x@school.nl", "password": "kort", "confirm": "kort"}, "minstens"),
    ],
)
def test_bad_registrations_get_a_message(client, data, message):
    token = csrf_token(client, "/teacher/register")
    response = client.post("/teacher/register", data={"csrf_token": token, **data})
    assert response.status_code == 422
    assert message in response.get_data(as_text=True)
    assert db.session.execute(db.select(Teacher)).first() is None


def test_forms_without_csrf_are_refused(client):
    make_teacher()
    response = client.post(
        "/teacher/login", data={"email": "juf@school.nl", "password": "geheim-wachtwoord"}
    )
    assert response.status_code == 400


def test_wrong_password_gets_one_message(client):
    make_teacher()
    token = csrf_token(client, "/teacher/login")
    response = client.post(
        "/teacher/login", data={"csrf_token": token, "email": "juf@school.nl", "password": "fout"}
    )
    assert response.status_code == 422
    assert "horen niet bij elkaar" in response.get_data(as_text=True)


def test_login_returns_only_to_a_local_page(client):
    make_teacher()
    token = csrf_token(client, "/teacher/login")
    response = client.post(
        "/teacher/login?next=https://evil.example/",
        data={"csrf_token": token, "email": "juf@school.nl", "password": "geheim-wachtwoord"},
    )
    assert response.headers["Location"] == "/teacher"


def test_teacher_pages_need_a_login(client):
    for path in (
        "/teacher",
        "/host/new?quiz=1",
        "/homework/new?quiz=1",
        "/host/1",
        "/host/1/report",
        "/host/1/report.csv",
        "/teacher/classes/1",
    ):
        response = client.get(path)
        assert response.status_code == 302, path
        assert "/teacher/login" in response.headers["Location"]


def test_a_teacher_creates_classes_and_cannot_see_another_teachers_class(client):
    make_teacher()
    other = make_teacher(email="meester@school.nl", name="Meester")
    theirs = create_class(other, "Klas 2B")
    log_in(client)
    token = csrf_token(client, "/teacher")
    response = client.post("/teacher/classes", data={"csrf_token": token, "name": "Klas 1A"})
    mine = db.session.execute(db.select(SchoolClass).filter_by(name="Klas 1A")).scalar_one()
    assert response.headers["Location"] == f"/teacher/classes/{mine.id}"
    assert "Klas 1A" in client.get(f"/teacher/classes/{mine.id}").get_data(as_text=True)
    assert client.get(f"/teacher/classes/{theirs.id}").status_code == 403
    client.post("/teacher/classes", data={"csrf_token": token, "name": "Klas 1A"})
    assert "al een klas" in client.get("/teacher").get_data(as_text=True)


def test_the_login_cookie_is_http_only_and_same_site(client):
    make_teacher()
    response = log_in(client)
    cookie = response.headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie
