"""Leaderboards, per quiz and overall, this week and all time; HTML and JSON share one ranking."""

from flask import Blueprint, abort, current_app, jsonify, render_template, request
from flask_login import current_user

from quiz.extensions import db
from quiz.models import Quiz, SchoolClass
from quiz.services.leaderboards import standings, week_start
from quiz.services.reports import class_standings
from quiz.views.host import class_owner

bp = Blueprint("boards", __name__)
PERIODS = {"week": "Deze week", "all": "Altijd"}


def _period():
    """The period asked for in ?period=, and the moment it starts (None: all time)."""
    period = request.args.get("period", "all")
    if period not in PERIODS:
        abort(404)
    since = week_start(timezone=current_app.config["QUIZ_TIMEZONE"]) if period == "week" else None
    return period, since


def _board(quiz_id: int | None):
    period, since = _period()
    return period, standings(quiz_id=quiz_id, since=since)


def _my_classes() -> list[SchoolClass]:
    """The logged-in teacher's classes (their boards are tabs on the leaderboards page)."""
    if not getattr(current_user, "is_authenticated", False):
        return []
    return list(db.session.execute(
        db.select(SchoolClass).filter_by(teacher_id=current_user.id).order_by(SchoolClass.name)
    ).scalars())


@bp.get("/leaderboards")
def overall():
    """The overall leaderboard: sum of each player's best score per quiz."""
    period, rows = _board(None)
    return render_template("boards/board.html", quiz=None, period=period, periods=PERIODS,
                           rows=rows, classes=_my_classes())


@bp.get("/leaderboards/class/<int:class_id>")
@class_owner
def for_class(school_class: SchoolClass):
    """A class's board (its live games and homework), for the class's teacher only."""
    period, since = _period()
    rows = class_standings(school_class.id, since=since)
    return render_template("boards/board.html", quiz=None, school_class=school_class,
                           period=period, periods=PERIODS, rows=rows, classes=_my_classes())


@bp.get("/quiz/<int:quiz_id>/leaderboard")
def for_quiz(quiz_id: int):
    """One quiz's leaderboard: each player's best attempt."""
    quiz = db.session.get(Quiz, quiz_id) or abort(404)
    period, rows = _board(quiz.id)
    return render_template("boards/board.html", quiz=quiz, period=period, periods=PERIODS,
                           rows=rows)


@bp.get("/api/leaderboards")
def api():
    """The same boards as JSON: ?quiz=<id>&period=week|all."""
    quiz_id = request.args.get("quiz", type=int)
    if quiz_id is not None and db.session.get(Quiz, quiz_id) is None:
        abort(404)
    period, rows = _board(quiz_id)
    return jsonify(
        period=period,
        quiz=quiz_id,
        standings=[
            {"rank": r.rank, "nickname": r.nickname, "score": r.score, "quizzes": r.quizzes,
             "reached_at": r.reached_at.isoformat()}
            for r in rows
        ],
    )
