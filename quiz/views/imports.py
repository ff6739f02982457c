"""News in: import a page by URL or file, subscribe to feeds, and the quiz of the week."""

from __future__ import annotations

from babel.dates import format_date
from flask import Blueprint, abort, current_app, flash, redirect, render_template, url_for
from flask_login import current_user

from quiz.extensions import db, limiter
from quiz.forms_imports import FeedForm, ImportPageForm, PublishForm
from quiz.models import Feed
from quiz.services import imports, weekly
from quiz.services.articles import ArticleError
from quiz.services.leaderboards import standings
from quiz.views.auth import teacher_required

bp = Blueprint("imports", __name__)


@bp.app_template_filter("dutch_date")
def dutch_date(value) -> str:
    """A date as Dutch readers write it: '1 oktober 2024'."""
    return format_date(value, "d MMMM y", locale="nl") if value else ""


def _engine() -> dict:
    return {"prefer": current_app.config["QUIZ_ANALYZER"],
            "time_limit": current_app.config["QUESTION_TIME_LIMIT"]}


@bp.route("/articles/import", methods=["GET", "POST"])
@limiter.limit(lambda: current_app.config["SUBMIT_RATE_LIMIT"], methods=["POST"])
def import_page():
    """A news page by its URL or as a saved file becomes a quiz."""
    form = ImportPageForm()
    if form.validate_on_submit():
        try:
            if form.url.data:
                # Never allow_private here: a web user must not reach our own network.
                fetcher = imports.make_fetcher(current_app.config, allow_private=False)
                result = imports.import_url(form.url.data, fetcher=fetcher, **_engine())
            else:
                result = imports.import_html(form.page.data.read(), **_engine())
        except ArticleError as error:
            (form.url if form.url.data else form.page).errors.append(str(error))
        else:
            if result.created:
                flash(f"Quiz gemaakt met {len(result.quiz.items)} vragen uit "
                      f"\u201c{result.article.headline}\u201d.", "success")
            else:
                flash("Dit artikel stond er al; hier is de quiz die ervan is gemaakt.", "info")
            if result.analyzer_warning:
                flash(result.analyzer_warning, "warning")
            return redirect(url_for("play.quiz", quiz_id=result.quiz.id))
    status = 422 if form.is_submitted() else 200
    return render_template("imports/import_page.html", form=form), status


@bp.route("/feeds", methods=["GET", "POST"])
@teacher_required
@limiter.limit(lambda: current_app.config["SUBMIT_RATE_LIMIT"], methods=["POST"])
def feeds():
    """The subscribed feeds, and a form to add one (pulling happens from cron)."""
    form = FeedForm()
    if form.validate_on_submit():
        fetcher = imports.make_fetcher(current_app.config, allow_private=False)
        try:
            feed, created = imports.subscribe(form.url.data, fetcher=fetcher)
        except ArticleError as error:
            form.url.errors.append(str(error))
        else:
            flash(f"Geabonneerd op \u201c{feed.title}\u201d." if created
                  else f"Je was al geabonneerd op \u201c{feed.title}\u201d.", "success")
            return redirect(url_for("imports.feeds"))
    rows = db.session.execute(db.select(Feed).order_by(Feed.title)).scalars()
    status = 422 if form.is_submitted() else 200
    return render_template("imports/feeds.html", form=form, feeds=list(rows),
                           counts=imports.item_counts(), problems=imports.problem_items()), status


@bp.get("/week")
def week():
    """The quiz of the week, its stories and its own leaderboard; teachers also see drafts."""
    quiz = weekly.current_weekly()
    drafts = weekly.drafts() if current_user.is_authenticated else []
    context = {"quiz": quiz, "drafts": drafts, "publish_form": PublishForm()}
    if quiz is not None:
        context.update(stories=weekly.stories(quiz), board=standings(quiz_id=quiz.id, limit=10))
    return render_template("imports/week.html", **context)


@bp.post("/week/<int:quiz_id>/publish")
@teacher_required
def publish_week(quiz_id: int):
    """Publish a draft quiz of the week after review."""
    if not PublishForm().validate_on_submit():
        abort(400)
    try:
        quiz = weekly.publish(quiz_id)
    except weekly.WeeklyError:
        abort(404)
    flash(f"“{quiz.title}” is gepubliceerd.", "success")
    return redirect(url_for("imports.week"))
