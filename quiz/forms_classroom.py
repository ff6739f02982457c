"""Forms for teachers, live games, joining and homework: validation lives here."""

from __future__ import annotations

from flask_wtf import FlaskForm
from wtforms import (
    BooleanField,
    DateTimeLocalField,
    EmailField,
    IntegerField,
    PasswordField,
    SelectField,
    StringField,
)
from wtforms.validators import (
    DataRequired,
    EqualTo,
    InputRequired,
    Length,
    NumberRange,
    Regexp,
    ValidationError,
)
from wtforms.widgets import HiddenInput

from quiz.services.accounts import PASSWORD_MIN
from quiz.services.players import NicknameError, check_nickname


class RegisterForm(FlaskForm):
    """A new teacher account."""

    name = StringField("Je naam", validators=[DataRequired("Vul je naam in."), Length(max=80)])
    email = EmailField("E-mailadres", validators=[
        DataRequired("Vul je e-mailadres in."), Length(max=254),
        Regexp(r"^[^@\s]+@[^@\s]+\.[^@\s]+$", message="Dit is geen geldig e-mailadres.")])
    password = PasswordField("Wachtwoord", validators=[
        DataRequired("Kies een wachtwoord."),
        Length(min=PASSWORD_MIN, max=200,
               message=f"Kies een wachtwoord van minstens {PASSWORD_MIN} tekens.")])
    confirm = PasswordField("Herhaal je wachtwoord", validators=[
        EqualTo("password", message="De wachtwoorden zijn niet gelijk.")])


class LoginForm(FlaskForm):
    """Log in as a teacher."""

    email = EmailField("E-mailadres", validators=[DataRequired("Vul je e-mailadres in.")])
    password = PasswordField("Wachtwoord", validators=[DataRequired("Vul je wachtwoord in.")])


class PostForm(FlaskForm):
    """A button that only POSTs (log out, start): CSRF-protected, no fields."""


class ClassForm(FlaskForm):
    """A new class."""

    name = StringField("Naam van de klas", validators=[
        DataRequired("Geef de klas een naam."), Length(max=80)])


class _GameOptions(FlaskForm):
    """What live games and homework share: which quiz, which class, how to score."""

    quiz_id = IntegerField(widget=HiddenInput(), validators=[InputRequired()])
    class_id = SelectField("Klas", coerce=int, choices=[], validate_choice=True)
    time_limit = IntegerField("Seconden per vraag", default=20, validators=[
        InputRequired(), NumberRange(5, 240, "Kies 5 tot 240 seconden.")])
    accuracy_only = BooleanField("Alleen juistheid telt (geen punten voor snelheid)")
    shuffle = BooleanField("Antwoorden in willekeurige volgorde")


class HostGameForm(_GameOptions):
    """Start a live game from a quiz."""


class HomeworkForm(_GameOptions):
    """Set a quiz as homework for a class, with a deadline."""

    accuracy_only = BooleanField("Alleen juistheid telt (geen punten voor snelheid)",
                                 default=True)
    deadline = DateTimeLocalField("Deadline", format="%Y-%m-%dT%H:%M",
                                  validators=[DataRequired("Kies een deadline.")])


class JoinForm(FlaskForm):
    """A pupil joins with the game code and a nickname."""

    code = StringField("Spelcode", validators=[
        DataRequired("Vul de spelcode in."),
        Regexp(r"^\s*\d{3}\s?\d{3}\s*$", message="De spelcode is 6 cijfers.")])
    nickname = StringField("Je bijnaam", validators=[DataRequired("Kies een bijnaam.")])

    def validate_nickname(self, field):
        """The same nickname rules as solo play."""
        try:
            field.data = check_nickname(field.data)
        except NicknameError as error:
            raise ValidationError(str(error)) from None
