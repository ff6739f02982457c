"""Forms for news coming in: a page by URL or as a saved HTML file, and feed subscriptions."""

from __future__ import annotations

from flask_wtf import FlaskForm
from flask_wtf.file import FileAllowed, FileField
from wtforms import StringField
from wtforms.validators import URL, DataRequired, Length, Optional, ValidationError


def _web_link(form, field):
    """Only http(s) links; the fetcher refuses anything else too, but say it here first."""
    if field.data and not field.data.strip().lower().startswith(("http://", "https://")):
        raise ValidationError("Alleen http- en https-links zijn toegestaan.")


class ImportPageForm(FlaskForm):
    """A news page: its web address, or the page saved as an HTML file."""

    url = StringField(
        "Adres van het artikel (URL)",
        validators=[Optional(), Length(max=2000), _web_link,
                    URL(require_tld=False, message="Geef een volledige URL (https://...).")],
    )
    page = FileField(
        "of een opgeslagen webpagina (.html)",
        validators=[FileAllowed(["html", "htm"], "Alleen .html-bestanden.")],
    )

    def validate(self, extra_validators=None) -> bool:
        """Exactly one of the two: a URL or a file."""
        if not super().validate(extra_validators):
            return False
        if bool(self.url.data) == bool(self.page.data):
            self.url.errors.append("Geef een URL óf kies een opgeslagen webpagina.")
            return False
        return True


class FeedForm(FlaskForm):
    """Subscribe to an RSS or Atom feed."""

    url = StringField(
        "Adres van de feed (RSS of Atom)",
        validators=[DataRequired("Geef het adres van een feed."), Length(max=2000), _web_link,
                    URL(require_tld=False, message="Geef een volledige URL (https://...).")],
    )


class PublishForm(FlaskForm):
    """Publish a draft quiz of the week (a POST with CSRF)."""
