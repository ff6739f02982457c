"""The review queue: import for review, approve/reject, edit with validation, versions, new
distractors, own questions, teacher quizzes and publishing."""

from __future__ import annotations

import io
import re

import pytest

from quiz.extensions import db
from quiz.models import Answer, Article, Attempt, Choice, Question, Quiz
from quiz.services import review, scoring
from tests.factories import (
    NAVO_TEXT,
    csrf_token,
    forget_user_per_request,
    log_in,
    make_owned_quiz,
    make_player,
    make_quiz,
    make_teacher,
)


@pytest.fixture(autouse=True)
def _own_user_per_request(app):
    forget_user_per_request(app)


@pytest.fixture
def teacher(app):
    return make_teacher()


@pytest.fixture
def teacher_client(client, teacher):
    log_in(client)
    return client


def import_navo(client, text=NAVO_TEXT, headline="Rutte leidt de NAVO"):
    token = csrf_token(client, "/review/")
    return client.post(
        "/review/import", data={"csrf_token": token, "headline": headline, "text": text}
    )


def edit_data(client, question, options, key, stem="Wie is het?"):
    token = csrf_token(client, f"/review/questions/{question.id}/edit")
    data = {"csrf_token": token, "stem": stem}
    for n, option in enumerate(options):
        data[f"options-{n}"] = option
    if key is not None:
        data["key"] = str(key)
    return data


def test_imported_article_arrives_as_drafts_with_marked_evidence(teacher_client, teacher):
    response = import_navo(teacher_client)
    assert response.status_code == 302
    article = db.session.execute(db.select(Article)).scalar_one()
    assert article.owner_id == teacher.id
    assert response.headers["Location"].endswith(f"/review/articles/{article.id}")
    assert all(q.owner_id == teacher.id and q.status == "generated" for q in article.questions)
    quiz = article.quizzes[0]
    assert quiz.owner_id == teacher.id and quiz.is_draft and quiz.kind == "teacher"
    page = teacher_client.get(response.headers["Location"]).get_data(as_text=True)
    assert "<mark>veertiende</mark>" in page
    assert "zekerheid:" in page and "ordinal" in page


def test_a_draft_teacher_quiz_is_not_playable_by_others_until_published(
    teacher_client, teacher, app
):
    quiz = make_owned_quiz(teacher, status="approved", draft=True)
    assert app.test_client().get(f"/quiz/{quiz.id}").status_code == 404
    assert teacher_client.get(f"/quiz/{quiz.id}").status_code == 200
    token = csrf_token(teacher_client, f"/review/quizzes/{quiz.id}")
    assert (
        teacher_client.post(
            f"/review/quizzes/{quiz.id}/publish", data={"csrf_token": token}
        ).status_code
        == 302
    )
    assert db.session.get(Quiz, quiz.id).is_draft is False
    assert app.test_client().get(f"/quiz/{quiz.id}").status_code == 200


def test_publishing_needs_every_question_approved(teacher_client, teacher):
    quiz = make_owned_quiz(teacher, status="generated")
    token = csrf_token(teacher_client, f"/review/quizzes/{quiz.id}")
    page = teacher_client.post(
        f"/review/quizzes/{quiz.id}/publish", data={"csrf_token": token}, follow_redirects=True
    ).get_data(as_text=True)
    assert "Keur eerst alle vragen goed" in page and "vraag 1, 2, 3" in page
    assert db.session.get(Quiz, quiz.id).is_draft


def test_reader_pasted_article_stays_playable_when_a_teacher_imports_it(
    teacher_client, teacher, app
):
    reader = app.test_client()
    token = csrf_token(reader, "/articles/new")
    pasted = reader.post(
        "/articles/new", data={"csrf_token": token, "headline": "NAVO", "text": NAVO_TEXT}
    )
    reader_quiz = int(re.search(r"/quiz/(\d+)", pasted.headers["Location"]).group(1))
    import_navo(teacher_client, headline="NAVO")
    own = db.session.execute(db.select(Quiz).filter_by(owner_id=teacher.id)).scalar_one()
    assert own.id != reader_quiz and own.is_draft
    assert db.session.get(Quiz, reader_quiz).is_draft is False
    assert reader.get(f"/quiz/{reader_quiz}").status_code == 200


def test_an_article_of_another_teacher_cannot_be_claimed(app, teacher):
    review.import_for_review(teacher, NAVO_TEXT, "NAVO", prefer="simple")
    other = make_teacher("ander@school.nl")
    with pytest.raises(review.ReviewError):
        review.import_for_review(other, NAVO_TEXT, "NAVO", prefer="simple")


def test_approve_and_reject_with_one_click(teacher_client, teacher):
    quiz = make_owned_quiz(teacher, status="generated")
    first, second = quiz.questions[0], quiz.questions[1]
    token = csrf_token(teacher_client, f"/review/articles/{quiz.article_id}")
    teacher_client.post(f"/review/questions/{first.id}/approve", data={"csrf_token": token})
    teacher_client.post(f"/review/questions/{second.id}/reject", data={"csrf_token": token})
    db.session.expire_all()
    assert db.session.get(Question, first.id).status == "approved"
    assert db.session.get(Question, second.id).status == "rejected"
    # A rejected question leaves the teacher's unpublished quiz; the others close ranks.
    quiz = db.session.get(Quiz, quiz.id)
    assert [i.position for i in quiz.items] == [0, 1] and second not in quiz.questions


def test_approve_without_csrf_is_refused(teacher_client, teacher):
    quiz = make_owned_quiz(teacher, status="generated")
    question = quiz.questions[0]
    response = teacher_client.post(f"/review/questions/{question.id}/approve")
    assert response.status_code == 400
    assert db.session.get(Question, question.id).status == "generated"


@pytest.mark.parametrize(
    ("options", "key", "message"),
    [
        (["a", "b", "c"], 0, "Geef 4 tot 6 antwoorden"),
        (["a", "b", "", "d", "e"], 0, "Een antwoord is leeg"),
        (["a", "b", "A ", "d"], 0, "Twee antwoorden zijn hetzelfde"),
        (["a", "b", "c", "d"], None, "Kies precies één juist antwoord"),
        (["a", "b", "c", "d"], 5, "Kies precies één juist antwoord"),
        (["   ", "  ", "", "", "", ""], 0, "Geef 4 tot 6 antwoorden"),
    ],
)
def test_edit_form_rules(teacher_client, teacher, options, key, message):
    question = make_owned_quiz(teacher).questions[0]
    data = edit_data(teacher_client, question, options, key)
    response = teacher_client.post(f"/review/questions/{question.id}/edit", data=data)
    assert response.status_code == 422
    assert message in response.get_data(as_text=True)
    assert db.session.get(Question, question.id).status == "approved"  # nothing changed


def test_edit_needs_a_stem(teacher_client, teacher):
    question = make_owned_quiz(teacher).questions[0]
    data = edit_data(teacher_client, question, ["a", "b", "c", "d"], 0, stem="  ")
    response = teacher_client.post(f"/review/questions/{question.id}/edit", data=data)
    assert response.status_code == 422 and "De vraag is leeg" in response.get_data(as_text=True)


def test_edit_makes_a_new_version_and_past_answers_keep_theirs(teacher_client, teacher):
    quiz = make_owned_quiz(teacher, draft=False)
    old = quiz.questions[0]
    old_choice_texts = [c.text for c in old.choices]
    player = make_player("Sanne")
    attempt = scoring.start_attempt(quiz, player)
    scoring.current_question(attempt)
    scoring.record_answer(attempt, old.id, old.correct_choice.id)
    data = edit_data(
        teacher_client,
        old,
        ["zesde", "zevende", "achtste", "negende", "tiende"],
        3,
        stem="De hoeveelste keer was het?",
    )
    response = teacher_client.post(f"/review/questions/{old.id}/edit", data=data)
    assert response.status_code == 302
    db.session.expire_all()
    old = db.session.get(Question, old.id)
    new = db.session.get(Question, old.replaced_by_id)
    assert old.status == "superseded" and [c.text for c in old.choices] == old_choice_texts
    assert new.status == "approved" and new.correct_choice.text == "negende"
    assert len(new.choices) == 5 and new.evidence == old.evidence
    assert db.session.get(Quiz, quiz.id).questions[0].id == new.id
    answer = db.session.execute(db.select(Answer)).scalar_one()
    assert answer.question_id == old.id and answer.choice.question_id == old.id
    assert answer.is_correct
    # The player's attempt goes on with the new version of the next questions.
    assert db.session.get(Attempt, attempt.id).current_position == 1


def test_a_superseded_version_cannot_be_edited_again(app, teacher):
    question = make_owned_quiz(teacher).questions[0]
    review.revise(question, review.Draft("Stem?", ("a", "b", "c", "d"), 0))
    with pytest.raises(review.ReviewError):
        review.revise(question, review.Draft("Stem?", ("a", "b", "c", "e"), 0))


def stored_question(fact_type: str, options: tuple[str, ...]) -> Question:
    """An earlier stored question, from nobody's article (a pool of same-type options)."""
    question = Question(
        stem="Eerder?",
        evidence="",
        fact_type=fact_type,
        choices=[Choice(position=n, text=t, is_correct=(n == 0)) for n, t in enumerate(options)],
    )
    db.session.add(question)
    db.session.commit()
    return question


def test_new_distractors_keep_the_key_and_offer_other_options(teacher_client, teacher):
    make_quiz(2, title="Andere ordinalen")  # digits ("3e"): not the key's form, never offered
    stored_question("ordinal", ("tweede", "derde", "elfde", "twintigste", "Zesde"))
    import_navo(teacher_client)
    question = next(
        q
        for q in db.session.execute(db.select(Question)).scalars()
        if q.owner_id == teacher.id and q.correct_choice.text == "veertiende"
    )
    before = {c.text for c in question.choices}
    token = csrf_token(teacher_client, f"/review/questions/{question.id}/edit")
    response = teacher_client.post(
        f"/review/questions/{question.id}/distractors", data={"csrf_token": token}
    )
    assert response.status_code == 200
    page = response.get_data(as_text=True)
    shown = re.findall(r'name="options-\d+" [^>]*value="([^"]*)"', page)
    shown = [s for s in shown if s]
    assert "veertiende" in shown and len(shown) == len(before)
    fresh = set(shown) - {"veertiende"}
    assert not fresh & before
    # Only ordinal words in lower case: never the weekday or the person from the same
    # sentence, never "3e" beside "veertiende".
    assert all(re.fullmatch(r"[a-z]+(de|ste)", option) for option in fresh), fresh
    assert db.session.get(Question, question.id).status == "generated"  # not saved yet


def test_new_distractors_say_so_when_too_few_are_found(app, teacher):
    quiz = make_owned_quiz(teacher, n_questions=1)
    with pytest.raises(review.ReviewError, match="nieuwe afleiders"):
        review.new_distractors(quiz.questions[0], prefer="simple")


def test_teacher_writes_a_question_of_their_own(teacher_client, teacher):
    token = csrf_token(teacher_client, "/review/questions/new")
    data = {
        "csrf_token": token,
        "stem": "Hoeveel landen telt de NAVO?",
        "key": "1",
        "options-0": "30",
        "options-1": "32",
        "options-2": "34",
        "options-3": "36",
        "evidence": "Het bondgenootschap telt 32 lidstaten.",
    }
    assert teacher_client.post("/review/questions/new", data=data).status_code == 302
    question = db.session.execute(db.select(Question)).scalar_one()
    assert question.owner_id == teacher.id and question.status == "approved"
    assert question.source == "teacher" and question.correct_choice.text == "32"
    assert "Hoeveel landen" in teacher_client.get("/review/").get_data(as_text=True)


def test_build_reorder_remove_and_publish_a_quiz(teacher_client, teacher, app):
    source = make_owned_quiz(teacher, n_questions=3)
    a, b, c = source.questions
    token = csrf_token(teacher_client, "/review/quizzes/new")
    response = teacher_client.post(
        "/review/quizzes/new",
        data={
            "csrf_token": token,
            "title": "Mijn NAVO-quiz",
            "description": "Voor 3B",
            "time_limit": "20",
            "scoring": "accuracy",
        },
    )
    quiz_id = int(re.search(r"/quizzes/(\d+)", response.headers["Location"]).group(1))
    for question in (a, b, c):
        token = csrf_token(teacher_client, f"/review/quizzes/{quiz_id}")
        teacher_client.post(
            f"/review/quizzes/{quiz_id}/items",
            data={"csrf_token": token, "question_id": question.id},
        )
    quiz = db.session.get(Quiz, quiz_id)
    assert [q.id for q in quiz.questions] == [a.id, b.id, c.id]
    assert (quiz.time_limit, quiz.scoring, quiz.description) == (20, "accuracy", "Voor 3B")
    items = [i.id for i in quiz.items]
    token = csrf_token(teacher_client, f"/review/quizzes/{quiz_id}")
    teacher_client.post(
        f"/review/quizzes/{quiz_id}/items/down", data={"csrf_token": token, "item_id": items[0]}
    )
    teacher_client.post(
        f"/review/quizzes/{quiz_id}/items/up", data={"csrf_token": token, "item_id": items[2]}
    )
    db.session.expire_all()
    assert [q.id for q in db.session.get(Quiz, quiz_id).questions] == [b.id, c.id, a.id]
    teacher_client.post(
        f"/review/quizzes/{quiz_id}/items/remove", data={"csrf_token": token, "item_id": items[2]}
    )
    db.session.expire_all()
    quiz = db.session.get(Quiz, quiz_id)
    assert [q.id for q in quiz.questions] == [b.id, a.id]
    assert [i.position for i in quiz.items] == [0, 1]
    teacher_client.post(f"/review/quizzes/{quiz_id}/publish", data={"csrf_token": token})
    player = app.test_client()
    page = player.get(f"/quiz/{quiz_id}")
    assert page.status_code == 200 and "Mijn NAVO-quiz" in page.get_data(as_text=True)


def test_only_approved_own_questions_can_be_added(app, teacher):
    quiz = review.create_quiz(teacher, "Leeg")
    draft = make_owned_quiz(teacher, status="generated").questions[0]
    foreign = make_quiz(1, title="Van een ander").questions[0]
    for question in (draft, foreign):
        with pytest.raises(review.ReviewError):
            review.add_to_quiz(quiz, question)


def test_quiz_settings_are_validated(teacher_client, teacher):
    quiz = make_owned_quiz(teacher)
    token = csrf_token(teacher_client, f"/review/quizzes/{quiz.id}")
    response = teacher_client.post(
        f"/review/quizzes/{quiz.id}",
        data={"csrf_token": token, "title": "", "time_limit": "2", "scoring": "speed"},
    )
    assert response.status_code == 422
    page = response.get_data(as_text=True)
    assert "Geef de quiz een titel" in page and "Kies 5 tot 240 seconden" in page
    response = teacher_client.post(
        f"/review/quizzes/{quiz.id}",
        data={"csrf_token": token, "title": "Nieuw", "time_limit": "45", "scoring": "accuracy"},
    )
    assert response.status_code == 302
    quiz = db.session.get(Quiz, quiz.id)
    assert (quiz.title, quiz.time_limit, quiz.scoring) == ("Nieuw", 45, "accuracy")


def test_highlight_escapes_and_marks_the_key():
    marked = review.highlight("Hij <b>wordt</b> de Veertiende.", "veertiende")
    assert str(marked) == "Hij &lt;b&gt;wordt&lt;/b&gt; de <mark>Veertiende</mark>."
    assert str(review.highlight("Zonder sleutel.", "x")) == "Zonder sleutel."


def test_a_co_teacher_edits_the_shared_quiz_but_cannot_share_it_further(app, teacher):
    quiz = make_owned_quiz(teacher, status="generated")
    colleague = make_teacher("collega@school.nl", name="Meester Bas")
    make_teacher("derde@school.nl", name="Juf Cor")
    owner = app.test_client()
    log_in(owner)
    token = csrf_token(owner, f"/review/quizzes/{quiz.id}")
    for email, expected in (
        ("onbekend@school.nl", "geen docent"),
        ("juf@school.nl", "kan deze quiz al bewerken"),
        ("Collega@School.nl", "kan deze quiz nu bewerken"),
    ):
        page = owner.post(
            f"/review/quizzes/{quiz.id}/editors",
            data={"csrf_token": token, "email": email},
            follow_redirects=True,
        )
        assert expected in page.get_data(as_text=True)
    assert "Meester Bas" in owner.get(f"/review/quizzes/{quiz.id}").get_data(as_text=True)

    co = app.test_client()
    log_in(co, email="collega@school.nl")
    assert "Gedeeld met mij" in co.get("/review/").get_data(as_text=True)
    question = quiz.questions[0]
    token = csrf_token(co, f"/review/quizzes/{quiz.id}")
    assert (
        co.post(f"/review/questions/{question.id}/approve", data={"csrf_token": token}).status_code
        == 302
    )
    assert co.get(f"/review/articles/{quiz.article_id}").status_code == 200
    assert co.get(f"/review/quizzes/{quiz.id}/stats").status_code == 200
    assert (
        co.post(
            f"/review/quizzes/{quiz.id}/editors",
            data={"csrf_token": token, "email": "derde@school.nl"},
        ).status_code
        == 403
    )
    db.session.expire_all()
    assert db.session.get(Question, question.id).status == "approved"
    assert review.editors_of(db.session.get(Quiz, quiz.id)) == [colleague]

    third = app.test_client()
    log_in(third, email="derde@school.nl")
    assert third.get(f"/review/quizzes/{quiz.id}").status_code == 403
    assert third.get(f"/review/questions/{question.id}/edit").status_code == 403


def test_a_player_mid_quiz_goes_on_with_the_new_version_after_an_edit(app, teacher):
    quiz = make_owned_quiz(teacher, draft=False)
    player = make_player("Sanne")
    attempt = scoring.start_attempt(quiz, player)
    shown = scoring.current_question(attempt)
    new = review.revise(shown, review.Draft("Nieuwe vraag?", ("w", "x", "y", "z"), 1))
    with pytest.raises(scoring.AnswerRejected):  # the old version is no longer in the quiz
        scoring.record_answer(attempt, shown.id, shown.correct_choice.id)
    db.session.refresh(attempt)
    assert scoring.current_question(attempt).id == new.id
    result = scoring.record_answer(attempt, new.id, new.correct_choice.id)
    assert result.answer.is_correct and result.answer.question_id == new.id


@pytest.mark.parametrize(
    ("candidate", "key", "alike"),
    [
        ("vijfde", "veertiende", True),
        ("5e", "veertiende", False),
        ("32", "28", True),
        ("Jens Stoltenberg", "Mark Rutte", True),
        ("Rutte", "Mark Rutte", True),
        ("Brussel", "dinsdag", False),
        ("de Verenigde Staten van Amerika", "Noorwegen", False),
    ],
)
def test_same_form(candidate, key, alike):
    assert review.same_form(candidate, key) is alike


def test_an_article_can_come_as_a_text_file(teacher_client, teacher):
    token = csrf_token(teacher_client, "/review/")
    response = teacher_client.post(
        "/review/import",
        data={
            "csrf_token": token,
            "headline": "",
            "article_file": (
                io.BytesIO(("Rutte leidt de NAVO\n\n" + NAVO_TEXT).encode()),
                "navo.txt",
            ),
        },
        content_type="multipart/form-data",
    )
    assert response.status_code == 302
    assert db.session.execute(db.select(Article)).scalar_one().owner_id == teacher.id


@pytest.mark.parametrize(
    ("upload", "message"),
    [
        (None, "Plak de tekst van een nieuwsartikel of kies een bestand"),
        ((b"\xff\xfe\x00", "a.txt"), "geen UTF-8"),
        ((b"x", "a.pdf"), "Alleen een .txt-bestand"),
    ],
)
def test_an_article_needs_text_or_a_readable_file(teacher_client, upload, message):
    data = {"csrf_token": csrf_token(teacher_client, "/review/"), "text": ""}
    if upload:
        data["article_file"] = (io.BytesIO(upload[0]), upload[1])
    response = teacher_client.post("/review/import", data=data, content_type="multipart/form-data")
    assert response.status_code == 422 and message in response.get_data(as_text=True)
    assert db.session.query(Article).count() == 0


def test_importing_the_same_article_twice_gives_the_same_draft_quiz(app, teacher):
    first = review.import_for_review(teacher, NAVO_TEXT, "NAVO", prefer="simple")
    again = review.import_for_review(teacher, NAVO_TEXT, "NAVO", prefer="simple")
    assert again.quiz.id == first.quiz.id and not again.created
    assert db.session.query(Quiz).count() == 1 and db.session.query(Article).count() == 1
