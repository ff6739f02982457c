"""WTForms forms: validation lives here, not in the views."""

from __future__ import annotations

from flask_wtf import FlaskForm
from wtforms import IntegerField, StringField, TextAreaField
from wtforms.validators import URL, DataRequired, Length, Optional, ValidationError
from wtforms.widgets import HiddenInput

from quiz.services.players import NicknameError, check_nickname

MAX_ARTICLE_CHARS = 100_000


class ArticleForm(FlaskForm):
    """Paste a news article: headline, text and an optional source URL.

    Whether the text can be an article at all (empty, binary, HTML, repeating itself) is the
    engine's rule (`questions.parse_text`); the view shows its message on the text field.
    """

    headline = StringField("Kop", validators=[Optional(), Length(max=300)])
    text = TextAreaField(
        "Tekst van het artikel",
        validators=[
            DataRequired("Plak de tekst van een nieuwsartikel."),
            Length(max=MAX_ARTICLE_CHARS,
                   message=f"Dit artikel is te lang (meer dan {MAX_ARTICLE_CHARS:,} tekens)."),
        ],
    )
    source_url = StringField(
        "Bron (URL, optioneel)",
        validators=[Optional(), Length(max=2000),
                    URL(require_tld=False, message="Geef een volledige URL (https://...).")],
    )

    def validate_source_url(self, field):
        """Only web links: no javascript: or file: URLs end up as links on our pages."""
        if field.data and not field.data.lower().startswith(("http://", "https://")):
            raise ValidationError("Alleen http- en https-links zijn toegestaan.")


class NicknameForm(FlaskForm):
    """Ask a player's nickname once; it is kept in a cookie."""

    nickname = StringField("Je bijnaam", validators=[DataRequired("Kies een bijnaam.")])

    def validate_nickname(self, field):
        """Apply the nickname rules from the players service."""
        try:
            field.data = check_nickname(field.data)
        except NicknameError as error:
            raise ValidationError(str(error)) from None


class StartForm(FlaskForm):
    """Start a new attempt (a POST with CSRF, so a link cannot start one for you)."""


class AnswerForm(FlaskForm):
    """One answer: the question on screen and the chosen option (empty when time ran out)."""

    question_id = IntegerField(widget=HiddenInput(), validators=[DataRequired()])
    # Not rendered as a field: the option buttons carry name="choice_id" themselves.
    choice_id = StringField()

    def validate_choice_id(self, field):
        """Empty (time is up) or a whole number."""
        if field.data in (None, ""):
            field.data = None
            return
        try:
            field.data = int(field.data)
        except (TypeError, ValueError):
            raise ValidationError("Ongeldig antwoord.") from None
