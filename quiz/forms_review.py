"""Forms of the review queue, teacher quizzes and file imports: validation lives here."""

from __future__ import annotations

from flask_wtf import FlaskForm
from flask_wtf.file import FileAllowed, FileField, FileRequired, FileSize
from wtforms import (
    FieldList,
    IntegerField,
    RadioField,
    SelectChoice,
    SelectField,
    StringField,
    TextAreaField,
)
from wtforms.validators import (
    DataRequired,
    InputRequired,
    Length,
    NumberRange,
    Optional,
    ValidationError,
)
from wtforms.widgets import HiddenInput

from quiz.forms import MAX_ARTICLE_CHARS
from quiz.services.review import MAX_OPTIONS, MIN_OPTIONS, SCORING_MODES, Draft

MAX_UPLOAD_BYTES = 256 * 1024


class QuestionForm(FlaskForm):
    """Stem, four to six options and exactly one key; blank trailing slots are left out."""

    stem = TextAreaField("Vraag", validators=[DataRequired("De vraag is leeg."),
                                               Length(max=2000)])
    options = FieldList(StringField("Antwoord", validators=[Length(max=300)]),
                        min_entries=MAX_OPTIONS, max_entries=MAX_OPTIONS)
    key = RadioField("Juiste antwoord", coerce=int, validate_choice=False,
                     choices=[SelectChoice(n, str(n + 1)) for n in range(MAX_OPTIONS)],
                     validators=[InputRequired("Kies precies één juist antwoord.")])
    evidence = TextAreaField("Bronzin (optioneel)", validators=[Optional(), Length(max=2000)])

    def filled(self) -> list[tuple[int, str]]:
        """The option slots that have text, with their slot number."""
        return [(n, " ".join((f.data or "").split())) for n, f in enumerate(self.options)
                if (f.data or "").strip()]

    def validate_options(self, field):
        """Four to six options, none empty between filled ones, no two the same."""
        texts = [" ".join((f.data or "").split()) for f in field]
        last = max((n for n, t in enumerate(texts) if t), default=-1)
        if any(not t for t in texts[:last + 1]):
            raise ValidationError("Een antwoord is leeg; laat alleen de laatste vakjes leeg.")
        filled = [t for t in texts if t]
        if not MIN_OPTIONS <= len(filled) <= MAX_OPTIONS:
            raise ValidationError(f"Geef {MIN_OPTIONS} tot {MAX_OPTIONS} antwoorden.")
        folded = [t.casefold() for t in filled]
        if len(set(folded)) != len(folded):
            raise ValidationError("Twee antwoorden zijn hetzelfde.")

    def validate_key(self, field):
        """The key must be one of the filled options."""
        if field.data is None or field.data not in {n for n, _ in self.filled()}:
            raise ValidationError("Kies precies één juist antwoord bij een ingevuld antwoord.")

    def draft(self, fact_type: str = "eigen") -> Draft:
        """The validated form as a Draft."""
        filled = self.filled()
        key = [n for n, _ in filled].index(self.key.data)
        return Draft(" ".join(self.stem.data.split()), tuple(t for _, t in filled), key,
                     (self.evidence.data or "").strip(), fact_type)

    def fill(self, draft: Draft) -> None:
        """Put a draft's values in the form (for GET and for new distractors)."""
        self.stem.data = draft.stem
        for n, entry in enumerate(self.options):
            entry.data = draft.options[n] if n < len(draft.options) else ""
        self.key.data = draft.key_index
        self.evidence.data = draft.evidence


class ReviewImportForm(FlaskForm):
    """Paste an article (or give a text file) whose questions go into the review queue."""

    headline = StringField("Kop", validators=[Optional(), Length(max=300)])
    # No Optional(): it would stop the chain before validate_text can read the file.
    text = TextAreaField("Tekst van het artikel", validators=[
        Length(max=MAX_ARTICLE_CHARS, message="Dit artikel is te lang.")])
    article_file = FileField("of een tekstbestand (.txt)", validators=[
        FileAllowed(["txt"], "Alleen een .txt-bestand."),
        FileSize(MAX_UPLOAD_BYTES, message=f"Het bestand is groter dan "
                                           f"{MAX_UPLOAD_BYTES // 1024} kB.")])

    def validate_text(self, field):
        """The pasted text, else the file's text (UTF-8); one of the two is needed."""
        upload = self.article_file.data
        if (field.data or "").strip():
            return
        if upload and getattr(upload, "filename", ""):
            try:
                field.data = upload.read().decode("utf-8-sig")
            except UnicodeDecodeError:
                raise ValidationError("Het bestand is geen UTF-8-tekst.") from None
            if len(field.data) > MAX_ARTICLE_CHARS:
                raise ValidationError("Dit artikel is te lang.")
            upload.seek(0)
        if not (field.data or "").strip():
            raise ValidationError("Plak de tekst van een nieuwsartikel of kies een bestand.")


class QuizForm(FlaskForm):
    """A teacher quiz's title, description, time per question and scoring mode."""

    title = StringField("Titel", validators=[DataRequired("Geef de quiz een titel."),
                                             Length(max=300)])
    description = TextAreaField("Beschrijving", validators=[Optional(), Length(max=2000)])
    time_limit = IntegerField("Seconden per vraag", default=30, validators=[
        InputRequired("Kies de tijd per vraag."), NumberRange(5, 240, "Kies 5 tot 240 seconden.")])
    scoring = SelectField("Scoren", default="speed",
                          choices=[SelectChoice(k, v) for k, v in SCORING_MODES.items()])


class AddItemForm(FlaskForm):
    """Add one approved question to a quiz."""

    question_id = SelectField("Vraag", coerce=int, choices=[], validate_choice=True)


class ItemForm(FlaskForm):
    """A button on one quiz item (move or remove)."""

    item_id = IntegerField(widget=HiddenInput(), validators=[InputRequired()])


class UploadForm(FlaskForm):
    """A GIFT or CSV file of questions for the review queue, size-limited."""

    file = FileField("Bestand (GIFT of CSV)", validators=[
        FileRequired("Kies een bestand."),
        FileAllowed(["gift", "txt", "csv"], "Alleen .gift, .txt of .csv."),
        FileSize(MAX_UPLOAD_BYTES, message=f"Het bestand is groter dan "
                                           f"{MAX_UPLOAD_BYTES // 1024} kB.")])


class EditorForm(FlaskForm):
    """Add a co-teacher to a quiz by their e-mail address."""

    email = StringField("E-mailadres van je collega", validators=[
        DataRequired("Vul het e-mailadres van je collega in."), Length(max=254)])
