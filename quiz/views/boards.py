"""Leaderboards, per quiz and overall, this week and all time; HTML and JSON share one ranking."""

from flask import Blueprint, abort, current_app, jsonify, render_template, request

from quiz.extensions import db
from quiz.models import Quiz
from quiz.services.leaderboards import standings, week_start

bp = Blueprint("boards", __name__)
PERIODS = {"week": "Deze week", "all": "Altijd"}


def _board(quiz_id: int | None):
    period = request.args.get("period", "all")
    if period not in PERIODS:
        abort(404)
    since = week_start(timezone=current_app.config["QUIZ_TIMEZONE"]) if period == "week" else None
    return period, standings(quiz_id=quiz_id, since=since)


@bp.get("/leaderboards")
def overall():
    """The overall leaderboard: sum of each player's best score per quiz."""
    period, rows = _board(None)
    return render_template("boards/board.html", quiz=None, period=period, periods=PERIODS,
                           rows=rows)


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
