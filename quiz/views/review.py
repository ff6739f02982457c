"""The teacher's workspace: review generated drafts, write questions, build and publish quizzes."""

from __future__ import annotations

from functools import wraps

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
from wtforms import SelectChoice

from quiz.extensions import db, limiter
from quiz.forms_classroom import PostForm
from quiz.forms_review import (
    AddItemForm,
    EditorForm,
    ItemForm,
    QuestionForm,
    QuizForm,
    ReviewImportForm,
    UploadForm,
)
from quiz.models import Article, Question, Quiz, Teacher
from quiz.services import review
from quiz.services.exports import EXPORTERS
from quiz.services.review import ArticleError, ReviewError
from quiz.views.auth import teacher_required

bp = Blueprint("review", __name__, url_prefix="/review")


def _owned(model, param: str, rule):
    """A decorator: load ``model`` by the URL's ``param`` and allow only its owner."""

    def decorator(view):
        @wraps(view)
        @teacher_required
        def wrapped(**kwargs):
            row = db.session.get(model, kwargs.pop(param)) or abort(404)
            if not rule(current_user, row):
                abort(403)
            return view(row, **kwargs)

        return wrapped

    return decorator


question_owner = _owned(Question, "question_id", review.may_edit_question)
quiz_owner = _owned(Quiz, "quiz_id", review.may_edit_quiz)
article_owner = _owned(Article, "article_id", lambda t, a: a.owner_id is not None and (
    a.owner_id == t.id or review.is_editor(t, [q.id for q in a.quizzes
                                               if q.owner_id == a.owner_id])))


@bp.app_template_filter("mark_key")
def mark_key(evidence: str, key: str):
    """The evidence sentence with the key marked (escaped HTML)."""
    return review.highlight(evidence, key)


def _flash_errors(form) -> None:
    for errors in form.errors.values():
        for error in errors:
            flash(error if isinstance(error, str) else "; ".join(map(str, error)), "error")


@bp.get("/")
@teacher_required
def queue():
    """Imported articles with their drafts, loose drafts, and the teacher's quizzes."""
    articles = db.session.execute(review.articles_of(current_user)).scalars().all()
    loose = db.session.execute(review.loose_questions(current_user)).scalars().all()
    quizzes = db.session.execute(review.quizzes_of(current_user)).scalars().all()
    shared = db.session.execute(review.shared_with(current_user)).scalars().all()
    return render_template("review/queue.html", articles=articles, loose=loose,
                           quizzes=quizzes, shared=shared, form=ReviewImportForm(),
                           upload=UploadForm(), button=PostForm())


@bp.post("/import")
@teacher_required
@limiter.limit(lambda: current_app.config["SUBMIT_RATE_LIMIT"])
def import_article():
    """Paste an article: its generated questions arrive as drafts in the queue."""
    form = ReviewImportForm()
    if form.validate_on_submit():
        try:
            result = review.import_for_review(
                current_user, form.text.data, form.headline.data,
                prefer=current_app.config["QUIZ_ANALYZER"],
                time_limit=current_app.config["QUESTION_TIME_LIMIT"])
        except (ArticleError, ReviewError) as error:
            form.text.errors.append(str(error))
        else:
            flash(f"{len(result.article.questions)} vragen klaar om te beoordelen.", "success")
            if result.analyzer_warning:
                flash(result.analyzer_warning, "warning")
            return redirect(url_for("review.article", article_id=result.article.id))
    articles = db.session.execute(review.articles_of(current_user)).scalars().all()
    loose = db.session.execute(review.loose_questions(current_user)).scalars().all()
    quizzes = db.session.execute(review.quizzes_of(current_user)).scalars().all()
    return render_template("review/queue.html", articles=articles, loose=loose,
                           quizzes=quizzes, shared=[], form=form, upload=UploadForm(),
                           button=PostForm()), 422


@bp.get("/articles/<int:article_id>")
@article_owner
def article(article: Article):
    """An article beside its questions: evidence marked, confidence and fact type shown."""
    shown = [q for q in article.questions if q.status != review.SUPERSEDED]
    quizzes = [q for q in article.quizzes if q.owner_id == current_user.id]
    return render_template("review/article.html", article=article, questions=shown,
                           quizzes=quizzes, button=PostForm())


def _back(question: Question) -> str:
    if question.article_id:
        return url_for("review.article", article_id=question.article_id)
    return url_for("review.queue")


def _set_status(question: Question, status: str, message: str):
    if PostForm().validate_on_submit():
        try:
            review.set_status(question, status)
        except ReviewError as error:
            flash(str(error), "error")
        else:
            flash(message, "success")
    else:
        flash("Het formulier is verlopen; probeer het opnieuw.", "error")
    return redirect(_back(question))


@bp.post("/questions/<int:question_id>/approve")
@question_owner
def approve(question: Question):
    """Approve a draft with one click."""
    return _set_status(question, review.APPROVED, "Vraag goedgekeurd.")


@bp.post("/questions/<int:question_id>/reject")
@question_owner
def reject(question: Question):
    """Reject a draft with one click."""
    return _set_status(question, review.REJECTED, "Vraag afgekeurd.")


@bp.route("/questions/<int:question_id>/edit", methods=["GET", "POST"])
@question_owner
def edit(question: Question):
    """Edit stem, options and key; saving makes a new version (past answers stay intact)."""
    form = QuestionForm()
    if request.method == "GET":
        form.fill(review.draft_of(question))
    elif form.validate_on_submit():
        try:
            new = review.revise(question, form.draft(question.fact_type))
        except ReviewError as error:
            form.stem.errors.append(str(error))
        else:
            flash("Vraag opgeslagen en goedgekeurd.", "success")
            return redirect(_back(new))
    status = 422 if form.is_submitted() else 200
    return render_template("review/edit.html", form=form, question=question,
                           button=PostForm()), status


@bp.post("/questions/<int:question_id>/distractors")
@question_owner
def distractors(question: Question):
    """Ask the engine for other options of the same type; shown in the form, not yet saved."""
    form = QuestionForm()
    if not PostForm().validate_on_submit():
        abort(400)
    try:
        draft = review.new_distractors(question, prefer=current_app.config["QUIZ_ANALYZER"])
    except ReviewError as error:
        flash(str(error), "error")
        return redirect(url_for("review.edit", question_id=question.id))
    form.fill(draft)
    flash("Nieuwe afleiders voorgesteld: controleer ze en sla op.", "info")
    return render_template("review/edit.html", form=form, question=question,
                           button=PostForm())


@bp.route("/questions/new", methods=["GET", "POST"])
@teacher_required
def new_question():
    """Write a question of your own (approved straight away)."""
    form = QuestionForm()
    if form.validate_on_submit():
        try:
            review.add_question(current_user, form.draft())
        except ReviewError as error:
            form.stem.errors.append(str(error))
        else:
            flash("Je vraag is toegevoegd.", "success")
            return redirect(url_for("review.queue"))
    status = 422 if form.is_submitted() else 200
    return render_template("review/edit.html", form=form, question=None,
                           button=PostForm()), status


@bp.route("/quizzes/new", methods=["GET", "POST"])
@teacher_required
def new_quiz():
    """Start a quiz of your own approved questions."""
    form = QuizForm()
    if form.validate_on_submit():
        quiz = review.create_quiz(current_user, form.title.data, form.description.data or "",
                                  time_limit=form.time_limit.data, scoring=form.scoring.data)
        flash("Quiz gemaakt; voeg nu vragen toe.", "success")
        return redirect(url_for("review.quiz", quiz_id=quiz.id))
    status = 422 if form.is_submitted() else 200
    return render_template("review/new_quiz.html", form=form), status


def _add_form(quiz: Quiz) -> AddItemForm:
    form = AddItemForm()
    taken = {q.id for q in quiz.questions}
    owner = db.session.get(Teacher, quiz.owner_id)
    approved = db.session.execute(review.approved_questions(owner)).scalars()
    form.question_id.choices = [
        SelectChoice(q.id, q.stem[:120]) for q in approved if q.id not in taken]
    return form


def _quiz_page(quiz: Quiz, form: QuizForm, status: int = 200):
    return render_template("review/quiz.html", quiz=quiz, form=form, add=_add_form(quiz),
                           item_form=ItemForm(), button=PostForm(),
                           exporters=EXPORTERS, editors=review.editors_of(quiz),
                           editor_form=EditorForm()), status


@bp.route("/quizzes/<int:quiz_id>", methods=["GET", "POST"])
@quiz_owner
def quiz(quiz: Quiz):
    """A quiz's settings and its ordered questions."""
    form = QuizForm(obj=quiz)
    if form.validate_on_submit():
        review.update_quiz(quiz, title=form.title.data, description=form.description.data or "",
                           time_limit=form.time_limit.data, scoring=form.scoring.data)
        flash("Quiz opgeslagen.", "success")
        return redirect(url_for("review.quiz", quiz_id=quiz.id))
    return _quiz_page(quiz, form, 422 if form.is_submitted() else 200)


def _quiz_action(quiz: Quiz, action, form, message: str):
    if form.validate_on_submit():
        try:
            action(form)
        except ReviewError as error:
            flash(str(error), "error")
        else:
            flash(message, "success")
    else:
        _flash_errors(form)
    return redirect(url_for("review.quiz", quiz_id=quiz.id))


@bp.post("/quizzes/<int:quiz_id>/items")
@quiz_owner
def add_item(quiz: Quiz):
    """Add an approved question at the end."""
    return _quiz_action(
        quiz, lambda f: review.add_to_quiz(quiz, db.session.get(Question, f.question_id.data)),
        _add_form(quiz), "Vraag toegevoegd.")


@bp.post("/quizzes/<int:quiz_id>/items/up")
@quiz_owner
def move_up(quiz: Quiz):
    """Move a question one place up."""
    return _quiz_action(quiz, lambda f: review.move_item(quiz, f.item_id.data, -1), ItemForm(),
                        "Volgorde aangepast.")


@bp.post("/quizzes/<int:quiz_id>/items/down")
@quiz_owner
def move_down(quiz: Quiz):
    """Move a question one place down."""
    return _quiz_action(quiz, lambda f: review.move_item(quiz, f.item_id.data, 1), ItemForm(),
                        "Volgorde aangepast.")


@bp.post("/quizzes/<int:quiz_id>/items/remove")
@quiz_owner
def remove_item(quiz: Quiz):
    """Take a question out of the quiz."""
    return _quiz_action(quiz, lambda f: review.remove_from_quiz(quiz, f.item_id.data),
                        ItemForm(), "Vraag uit de quiz gehaald.")


@bp.post("/quizzes/<int:quiz_id>/publish")
@quiz_owner
def publish(quiz: Quiz):
    """Make the quiz playable."""
    return _quiz_action(quiz, lambda f: review.publish(quiz), PostForm(),
                        "Gepubliceerd: de quiz is nu te spelen.")


@bp.post("/quizzes/<int:quiz_id>/unpublish")
@quiz_owner
def unpublish(quiz: Quiz):
    """Back to draft."""
    return _quiz_action(quiz, lambda f: review.unpublish(quiz), PostForm(),
                        "De quiz is weer een concept.")


@bp.post("/quizzes/<int:quiz_id>/editors")
@quiz_owner
def add_editor(quiz: Quiz):
    """The owner lets a colleague edit this quiz (co-teachers cannot add others)."""
    if quiz.owner_id != current_user.id:
        abort(403)
    form = EditorForm()
    return _quiz_action(quiz, lambda f: review.add_editor(quiz, f.email.data), form,
                        "Je collega kan deze quiz nu bewerken.")
