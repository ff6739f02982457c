"""Home page and pasting an article."""

from flask import Blueprint, current_app, flash, redirect, render_template, url_for

from quiz.extensions import db, limiter
from quiz.forms import ArticleForm
from quiz.models import Quiz
from quiz.services.articles import ArticleError, import_text

bp = Blueprint("main", __name__)


@bp.get("/")
def home():
    """The newest quizzes and a link to make one."""
    quizzes = db.session.execute(
        db.select(Quiz).where(Quiz.is_draft.is_(False))  # drafts wait for review
        .order_by(Quiz.created_at.desc(), Quiz.id.desc()).limit(50)
    ).scalars()
    return render_template("main/home.html", quizzes=list(quizzes))


@bp.route("/articles/new", methods=["GET", "POST"])
@limiter.limit(lambda: current_app.config["SUBMIT_RATE_LIMIT"], methods=["POST"])
def new_article():
    """Paste an article; it becomes a quiz within seconds."""
    form = ArticleForm()
    if form.validate_on_submit():
        try:
            result = import_text(
                form.text.data,
                headline=form.headline.data,
                source_url=form.source_url.data,
                prefer=current_app.config["QUIZ_ANALYZER"],
                time_limit=current_app.config["QUESTION_TIME_LIMIT"],
            )
        except ArticleError as error:
            form.text.errors.append(str(error))
        else:
            if result.created:
                flash(f"Quiz gemaakt met {len(result.quiz.items)} vragen.", "success")
            else:
                flash("Dit artikel stond er al; hier is de quiz die ervan is gemaakt.", "info")
            if result.analyzer_warning:
                flash(result.analyzer_warning, "warning")
            return redirect(url_for("play.quiz", quiz_id=result.quiz.id))
    status = 422 if form.is_submitted() else 200
    return render_template("main/new_article.html", form=form), status
