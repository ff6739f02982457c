"""Solo play: a quiz's start page, one question per screen, feedback and results."""

from flask import (
    Blueprint,
    abort,
    current_app,
    flash,
    redirect,
    render_template,
    request,
    url_for,
)
from flask_login import current_user

from quiz.extensions import db, limiter
from quiz.forms import AnswerForm, NicknameForm, StartForm
from quiz.models import Answer, Attempt, Quiz
from quiz.services import leaderboards, review, scoring
from quiz.services.players import NicknameError, claim_nickname
from quiz.views.access import attempt_owner, current_player, remember_player

bp = Blueprint("play", __name__)


@bp.route("/quiz/<int:quiz_id>", methods=["GET", "POST"])
def quiz(quiz_id: int):
    """A quiz's start page; asks the nickname once, then starts an attempt."""
    quiz = db.session.get(Quiz, quiz_id) or abort(404)
    if not review.may_play(current_user, quiz):
        abort(404)  # a draft is not there yet for anyone but its teachers
    player = current_player()
    form = StartForm() if player else NicknameForm()
    if form.validate_on_submit():
        if player is None:
            try:
                player = claim_nickname(form.nickname.data)
            except NicknameError as error:
                form.nickname.errors.append(str(error))
                return render_template("play/quiz.html", quiz=quiz, form=form), 422
        attempt = scoring.start_attempt(quiz, player)
        response = redirect(url_for("play.question", attempt_id=attempt.id))
        return remember_player(response, player)
    board = leaderboards.standings(quiz_id=quiz.id, limit=10)
    status = 422 if form.is_submitted() else 200
    return render_template("play/quiz.html", quiz=quiz, form=form, board=board), status


@bp.get("/play/<int:attempt_id>")
@attempt_owner
def question(attempt: Attempt):
    """The current question with its options; the correct one is not in this page."""
    current = scoring.current_question(attempt)
    if current is None:
        return redirect(url_for("play.results", attempt_id=attempt.id))
    return render_template(
        "play/question.html",
        attempt=attempt,
        question=current,
        number=attempt.current_position + 1,
        total=len(attempt.quiz.items),
        seconds_left=scoring.seconds_left(attempt),
        form=AnswerForm(question_id=current.id),
    )


@bp.post("/play/<int:attempt_id>/answer")
@limiter.limit(lambda: current_app.config["ANSWER_RATE_LIMIT"])
@attempt_owner
def answer(attempt: Attempt):
    """Score an answer on the server, then show the feedback page."""
    form = AnswerForm()
    if not form.validate():
        flash("Dit antwoord kon niet worden gelezen; probeer het opnieuw.", "error")
        return redirect(url_for("play.question", attempt_id=attempt.id))
    try:
        result = scoring.record_answer(attempt, form.question_id.data, form.choice_id.data)
    except scoring.AnswerRejected as error:
        flash(str(error), "error")
        return redirect(url_for("play.question", attempt_id=attempt.id))
    if result.duplicate:
        flash("Deze vraag had je al beantwoord; je eerste antwoord telt.", "info")
    return redirect(url_for("play.feedback", attempt_id=attempt.id,
                            question_id=result.question.id))


@bp.get("/play/<int:attempt_id>/feedback/<int:question_id>")
@attempt_owner
def feedback(attempt: Attempt, question_id: int):
    """After answering: the right option, the source sentence, the points and the score."""
    answer = db.session.execute(
        db.select(Answer).filter_by(attempt_id=attempt.id, question_id=question_id)
    ).scalar_one_or_none() or abort(404)
    return render_template(
        "play/feedback.html",
        attempt=attempt,
        answer=answer,
        question=answer.question,
        late=answer.elapsed_ms > attempt.quiz.time_limit * 1000,
        number=attempt.quiz.questions.index(answer.question) + 1,
        total=len(attempt.quiz.items),
        share=scoring.share_correct(question_id),
    )


@bp.get("/play/<int:attempt_id>/results")
@attempt_owner
def results(attempt: Attempt):
    """Score, rank among all players of this quiz, and a review of every question."""
    if not attempt.finished:
        return redirect(url_for("play.question", attempt_id=attempt.id))
    rank, players = leaderboards.rank_of(attempt.player_id, attempt.quiz_id)
    answers = {a.question_id: a for a in attempt.answers}
    return render_template(
        "play/results.html", attempt=attempt, rank=rank, players=players, answers=answers,
        again=StartForm(),
    )


@bp.app_context_processor
def inject_player():
    """Templates can greet the player by nickname."""
    return {"player": current_player() if request else None}
