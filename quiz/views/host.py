"""Teachers' pages: dashboard, classes, hosting a live game, and game reports with CSV."""

from __future__ import annotations

from functools import wraps

import segno
from flask import (
    Blueprint,
    Response,
    abort,
    current_app,
    flash,
    redirect,
    render_template,
    request,
    url_for,
)
from flask_login import current_user
from wtforms import SelectChoice

from quiz.extensions import db
from quiz.forms_classroom import ClassForm, HostGameForm
from quiz.models import Game, Quiz, SchoolClass
from quiz.services import live, reports, review
from quiz.services.accounts import AccountError, classes_of, create_class
from quiz.services.leaderboards import week_start
from quiz.views.auth import teacher_required

bp = Blueprint("host", __name__)


def host_of_game(view):
    """Only the teacher who hosts the game (``game_id`` in the URL) may open this page."""

    @wraps(view)
    @teacher_required
    def wrapped(game_id: int, **kwargs):
        game = db.session.get(Game, game_id) or abort(404)
        if game.host_id != current_user.id:
            abort(403)
        return view(game, **kwargs)

    return wrapped


def class_owner(view):
    """Only the teacher of the class (``class_id`` in the URL) may open this page."""

    @wraps(view)
    @teacher_required
    def wrapped(class_id: int, **kwargs):
        school_class = db.session.get(SchoolClass, class_id) or abort(404)
        if school_class.teacher_id != current_user.id:
            abort(403)
        return view(school_class, **kwargs)

    return wrapped


def class_choices(form) -> None:
    """The teacher's own classes as the choices of a game form (plus 'no class')."""
    classes = db.session.execute(classes_of(current_user)).scalars()
    form.class_id.choices = [SelectChoice(0, "Geen klas")] + [
        SelectChoice(c.id, c.name) for c in classes]


def chosen_class(form) -> SchoolClass | None:
    """The class picked in a game form (only ever one of the teacher's own)."""
    return db.session.get(SchoolClass, form.class_id.data) if form.class_id.data else None


@bp.get("/teacher")
@teacher_required
def dashboard():
    """Classes, quizzes to host or set as homework, and recent games."""
    classes = db.session.execute(classes_of(current_user)).scalars().all()
    quizzes = [q for q in db.session.execute(
        db.select(Quiz).order_by(Quiz.created_at.desc(), Quiz.id.desc()).limit(50)).scalars()
        if review.may_play(current_user, q)]  # other teachers' drafts are not theirs to host
    games = db.session.execute(
        db.select(Game).filter_by(host_id=current_user.id)
        .order_by(Game.created_at.desc(), Game.id.desc()).limit(20)).scalars()
    return render_template("host/dashboard.html", classes=classes, quizzes=list(quizzes),
                           games=list(games), form=ClassForm())


@bp.post("/teacher/classes")
@teacher_required
def new_class():
    """Create a class."""
    form = ClassForm()
    if form.validate_on_submit():
        try:
            school_class = create_class(current_user, form.name.data)
        except AccountError as error:
            flash(str(error), "error")
        else:
            flash(f"Klas {school_class.name} is gemaakt.", "success")
            return redirect(url_for("host.class_page", class_id=school_class.id))
    else:
        for errors in form.errors.values():
            for error in errors:
                flash(error, "error")
    return redirect(url_for("host.dashboard"))


@bp.get("/teacher/classes/<int:class_id>")
@class_owner
def class_page(school_class: SchoolClass):
    """A class: its games and homework, and its leaderboard this week and all time."""
    period = request.args.get("period", "all")
    since = week_start(timezone=current_app.config["QUIZ_TIMEZONE"]) if period == "week" else None
    return render_template("host/class.html", school_class=school_class, period=period,
                           board=reports.class_standings(school_class.id, since))


@bp.route("/host/new", methods=["GET", "POST"])
@teacher_required
def new_game():
    """Choose the options of a live game for a quiz, then open its lobby."""
    quiz_id = request.args.get("quiz", type=int)
    preset = db.session.get(Quiz, quiz_id) if quiz_id else None
    # The quiz's own settings are the defaults; the host may still change them per game.
    form = HostGameForm(quiz_id=quiz_id, **({"time_limit": preset.time_limit,
                                             "accuracy_only": not preset.timed} if preset else {}))
    class_choices(form)
    quiz = db.session.get(Quiz, form.quiz_id.data or 0) or abort(404)
    if not review.may_play(current_user, quiz):
        abort(404)
    if form.validate_on_submit():
        game = live.create_game(
            quiz, current_user, school_class=chosen_class(form),
            time_limit=form.time_limit.data, accuracy_only=form.accuracy_only.data,
            shuffle=form.shuffle.data,
        )
        return redirect(url_for("host.game", game_id=game.id))
    status = 422 if form.is_submitted() else 200
    return render_template("host/new_game.html", form=form, quiz=quiz), status


@bp.get("/host/<int:game_id>")
@host_of_game
def game(game: Game):
    """The projector screen: code and QR, lobby, questions with countdown, podium."""
    if not game.is_live:
        return redirect(url_for("homework.overview", game_id=game.id))
    join_url = url_for("join.join", code=game.code, _external=True)
    qr = segno.make(join_url, error="m").svg_inline(scale=5, border=2)
    return render_template("host/game.html", game=game, join_url=join_url, qr=qr)


@bp.get("/host/<int:game_id>/report")
@host_of_game
def report(game: Game):
    """Results per pupil and per question."""
    return render_template("host/report.html", game=game, rows=reports.pupil_rows(game),
                           stats=reports.question_stats(game),
                           questions=live.questions_of(game))


@bp.get("/host/<int:game_id>/report.csv")
@host_of_game
def report_csv(game: Game):
    """The report as a CSV file for a spreadsheet."""
    return Response(
        "\ufeff" + reports.report_csv(game),  # BOM: Excel then reads UTF-8 correctly
        mimetype="text/csv",
        headers={"Content-Disposition": f'attachment; filename="spel-{game.code}.csv"'},
    )
