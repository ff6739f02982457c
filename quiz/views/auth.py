"""Teacher accounts: register, log in, log out; and the ``teacher_required`` access rule."""

from __future__ import annotations

from urllib.parse import urlsplit

from flask import Blueprint, current_app, flash, redirect, render_template, request, url_for
from flask_login import current_user, login_required, login_user, logout_user

from quiz.extensions import limiter
from quiz.forms_classroom import LoginForm, PostForm, RegisterForm
from quiz.services.accounts import AccountError, authenticate, register_teacher

bp = Blueprint("auth", __name__)


def teacher_required(view):
    """Only a logged-in teacher; others go to the login page and come back afterwards."""
    return login_required(view)


def _safe_next(target: str | None) -> str:
    """Only same-site paths as a redirect target after logging in."""
    if target and target.startswith("/") and not target.startswith("//") \
            and not urlsplit(target).netloc:
        return target
    return url_for("host.dashboard")


@bp.route("/teacher/register", methods=["GET", "POST"])
@limiter.limit("10 per minute", methods=["POST"])
def register():
    """Create a teacher account and log in."""
    form = RegisterForm()
    if form.validate_on_submit():
        try:
            teacher = register_teacher(form.email.data, form.name.data, form.password.data)
        except AccountError as error:
            form.email.errors.append(str(error))
        else:
            login_user(teacher)
            flash(f"Welkom, {teacher.name}! Je account is gemaakt.", "success")
            return redirect(url_for("host.dashboard"))
    status = 422 if form.is_submitted() else 200
    return render_template("auth/register.html", form=form), status


@bp.route("/teacher/login", methods=["GET", "POST"])
@limiter.limit(lambda: current_app.config.get("LOGIN_RATE_LIMIT", "10 per minute"),
               methods=["POST"])
def login():
    """Log in with e-mail address and password."""
    if current_user.is_authenticated:
        return redirect(url_for("host.dashboard"))
    form = LoginForm()
    if form.validate_on_submit():
        teacher = authenticate(form.email.data, form.password.data)
        if teacher is not None:
            login_user(teacher)
            flash("Je bent ingelogd.", "success")
            return redirect(_safe_next(request.args.get("next")))
        form.password.errors.append("Dit e-mailadres en wachtwoord horen niet bij elkaar.")
    status = 422 if form.is_submitted() else 200
    return render_template("auth/login.html", form=form), status


@bp.post("/teacher/logout")
def logout():
    """Log out (a POST with CSRF, so a link on another site cannot log you out)."""
    if PostForm().validate_on_submit():
        logout_user()
        flash("Je bent uitgelogd.", "info")
    return redirect(url_for("main.home"))


@bp.app_context_processor
def inject_logout_form():
    """The nav bar's log-out button needs a CSRF-protected form."""
    return {"logout_form": PostForm() if current_user.is_authenticated else None}
