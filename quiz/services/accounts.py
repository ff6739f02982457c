"""Teacher accounts and their classes: plain functions, no request objects."""

from __future__ import annotations

from sqlalchemy.exc import IntegrityError

from quiz.extensions import db
from quiz.models import SchoolClass, Teacher

PASSWORD_MIN = 8


class AccountError(ValueError):
    """An account or class that cannot be made, with the reason in Dutch."""


def normalise_email(raw: str) -> str:
    """Trim and casefold, so one address is one account whatever its capitals."""
    return (raw or "").strip().casefold()


def register_teacher(email: str, name: str, password: str) -> Teacher:
    """A new teacher account with a hashed password; AccountError when the address is taken."""
    if len(password or "") < PASSWORD_MIN:
        raise AccountError(f"Kies een wachtwoord van minstens {PASSWORD_MIN} tekens.")
    teacher = Teacher(email=normalise_email(email), name=" ".join(name.split()))
    teacher.set_password(password)
    db.session.add(teacher)
    try:
        db.session.commit()
    except IntegrityError:
        db.session.rollback()
        raise AccountError("Er bestaat al een account met dit e-mailadres.") from None
    return teacher


def authenticate(email: str, password: str) -> Teacher | None:
    """The teacher with this address and password, or None (same answer for either mistake)."""
    teacher = db.session.execute(
        db.select(Teacher).filter_by(email=normalise_email(email))
    ).scalar_one_or_none()
    if teacher is None or not teacher.check_password(password or ""):
        return None
    return teacher


def create_class(teacher: Teacher, name: str) -> SchoolClass:
    """A new class for ``teacher``; AccountError when they already have one of that name."""
    school_class = SchoolClass(teacher=teacher, name=" ".join(name.split()))
    db.session.add(school_class)
    try:
        db.session.commit()
    except IntegrityError:
        db.session.rollback()
        raise AccountError("Je hebt al een klas met deze naam.") from None
    return school_class


def classes_of(teacher: Teacher):
    """A select() of the teacher's classes, by name."""
    return db.select(SchoolClass).filter_by(teacher_id=teacher.id).order_by(SchoolClass.name)

