"""Item statistics of a teacher's quiz, with server-side SVG charts."""

from __future__ import annotations

from flask import Blueprint, render_template

from quiz.models import Quiz
from quiz.services import stats as item_stats
from quiz.views.review import quiz_owner

bp = Blueprint("stats", __name__, url_prefix="/review")


@bp.get("/quizzes/<int:quiz_id>/stats")
@quiz_owner
def quiz(quiz: Quiz):
    """Facility, discrimination, distractors, answer times and flags per question."""
    report = item_stats.quiz_stats(quiz)
    return render_template("stats/quiz.html", quiz=quiz, report=report, charts=item_stats)
