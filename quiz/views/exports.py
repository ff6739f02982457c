"""A quiz out as GIFT, Moodle XML, QTI 2.1, CSV or a printable page; question files in."""

from __future__ import annotations

import re

from flask import Blueprint, Response, abort, flash, redirect, render_template, url_for
from flask_login import current_user

from quiz.forms_review import UploadForm
from quiz.models import Quiz
from quiz.services import exports, review
from quiz.views.auth import teacher_required
from quiz.views.review import quiz_owner

bp = Blueprint("exports", __name__, url_prefix="/review")


@bp.get("/quizzes/<int:quiz_id>/export/<fmt>")
@quiz_owner
def download(quiz: Quiz, fmt: str):
    """The quiz as a file in one of the registered formats."""
    exporter = exports.EXPORTERS.get(fmt) or abort(404)
    slug = re.sub(r"[^a-z0-9]+", "-", quiz.title.casefold()).strip("-")[:60] or "quiz"
    return Response(exports.export(quiz, fmt), mimetype=exporter.mimetype, headers={
        "Content-Disposition": f'attachment; filename="{slug}.{exporter.extension}"'})


@bp.get("/quizzes/<int:quiz_id>/print")
@quiz_owner
def print_page(quiz: Quiz):
    """The quiz on paper: questions first, the answer key on its own page."""
    return render_template("exports/print.html", quiz=quiz, items=exports.items_of(quiz))


@bp.post("/upload")
@teacher_required
def upload():
    """A GIFT or CSV file: its questions become drafts in the review queue."""
    form = UploadForm()
    if not form.validate_on_submit():
        for errors in form.errors.values():
            for error in errors:
                flash(error, "error")
        return redirect(url_for("review.queue"))
    upload = form.file.data
    try:
        items = exports.parse_file(upload.filename or "", upload.read())
    except exports.FileFormatError as error:
        flash(f"Niet geïmporteerd: {error}", "error")
        return redirect(url_for("review.queue"))
    for item in items:
        review.add_question(current_user, review.Draft(item.stem, item.options, item.key_index,
                                                       item.evidence, item.fact_type),
                            source="import", status=review.DRAFT)
    flash(f"{len(items)} vragen geïmporteerd als concept.", "success")
    return redirect(url_for("review.queue"))
