"""Homework: a teacher sets a quiz for a class with a deadline; pupils play it self-paced."""

from __future__ import annotations

from zoneinfo import ZoneInfo

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
from quiz.forms import AnswerForm
from quiz.forms_classroom import HomeworkForm
from quiz.models import Game, GameAnswer, Quiz
from quiz.services import homework, live, reports
from quiz.services.live import GameError
from quiz.views.auth import teacher_required
from quiz.views.host import chosen_class, class_choices, host_of_game
from quiz.views.join import pupil_of

bp = Blueprint("homework", __name__)


def _zone() -> ZoneInfo:
    return ZoneInfo(current_app.config["QUIZ_TIMEZONE"])


@bp.route("/homework/new", methods=["GET", "POST"])
@teacher_required
def new():
    """Set a quiz as homework for one of the teacher's classes."""
    form = HomeworkForm(quiz_id=request.args.get("quiz", type=int))
    class_choices(form)
    quiz = db.session.get(Quiz, form.quiz_id.data or 0) or abort(404)
    if form.validate_on_submit():
        deadline = form.deadline.data.replace(tzinfo=_zone())  # the teacher's local time
        try:
            game = homework.assign(
                quiz, current_user, chosen_class(form), deadline,
                accuracy_only=form.accuracy_only.data, time_limit=form.time_limit.data,
                shuffle=form.shuffle.data,
            )
        except GameError as error:
            form.deadline.errors.append(str(error))
        else:
            flash(f"Huiswerk klaargezet. Code voor de leerlingen: {game.code}", "success")
            return redirect(url_for("homework.overview", game_id=game.id))
    status = 422 if form.is_submitted() else 200
    return render_template("homework/new.html", form=form, quiz=quiz), status


@bp.get("/homework/<int:game_id>")
@host_of_game
def overview(game: Game):
    """For the teacher: the link and code, who finished and their scores."""
    if game.is_live:
        return redirect(url_for("host.game", game_id=game.id))
    return render_template(
        "homework/overview.html", game=game, rows=reports.pupil_rows(game),
        total=len(live.questions_of(game)), closed=homework.is_closed(game),
        deadline=game.deadline.astimezone(_zone()),
        link=url_for("join.join", code=game.code, _external=True),
    )


def _homework_and_pupil(code: str):
    game = live.game_by_code(code)
    if game is None or game.is_live:
        abort(404)
    return game, pupil_of(game)


@bp.get("/hw/<code>")
def play(code: str):
    """The pupil's current homework question, or their result when done."""
    game, player = _homework_and_pupil(code)
    if player is None:
        return redirect(url_for("join.join", code=code))
    if homework.is_closed(game):
        return render_template("homework/closed.html", game=game, player=player,
                               message=homework.closed_message(game, _zone())), 403
    question = homework.current_question(game, player)
    if question is None:
        rank = next((s.rank for s in live.standings(game) if s.player_id == player.id), None)
        return render_template("homework/done.html", game=game, player=player, rank=rank,
                               total=len(live.questions_of(game)))
    return render_template(
        "homework/question.html", game=game, player=player, question=question,
        options=live.options_for(game, question), number=player.current_position + 1,
        total=len(live.questions_of(game)), timed=homework.is_timed(game),
        seconds_left=homework.seconds_left(game, player),
        form=AnswerForm(question_id=question.id),
    )


@bp.post("/hw/<code>/answer")
@limiter.limit(lambda: current_app.config["ANSWER_RATE_LIMIT"])
def answer(code: str):
    """Score a homework answer on the server; refused with a clear message after the deadline."""
    game, player = _homework_and_pupil(code)
    if player is None:
        return redirect(url_for("join.join", code=code))
    form = AnswerForm()
    if not form.validate():
        flash("Dit antwoord kon niet worden gelezen; probeer het opnieuw.", "error")
        return redirect(url_for("homework.play", code=code))
    try:
        result = homework.submit(game, player, form.question_id.data, form.choice_id.data)
    except GameError as error:
        if homework.is_closed(game):
            return render_template("homework/closed.html", game=game, player=player,
                                   message=homework.closed_message(game, _zone())), 403
        flash(str(error), "error")
        return redirect(url_for("homework.play", code=code))
    if result.duplicate:
        flash("Deze vraag had je al beantwoord; je eerste antwoord telt.", "info")
    return redirect(url_for("homework.feedback", code=code,
                            question_id=result.answer.question_id))


@bp.get("/hw/<code>/feedback/<int:question_id>")
def feedback(code: str, question_id: int):
    """After answering: the right option, the source sentence and the points."""
    game, player = _homework_and_pupil(code)
    if player is None:
        return redirect(url_for("join.join", code=code))
    answer = db.session.execute(
        db.select(GameAnswer).filter_by(game_player_id=player.id, question_id=question_id)
    ).scalar_one_or_none() or abort(404)
    return render_template("homework/feedback.html", game=game, player=player, answer=answer,
                           question=answer.question,
                           options=live.options_for(game, answer.question))
