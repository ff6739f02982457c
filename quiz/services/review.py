"""The teacher's review queue and their own quizzes: plain functions, no request objects.

Question states: ``generated`` (a draft waiting for review), ``approved``, ``rejected`` and
``superseded``. Editing never changes a row that people may have answered: it makes a new
question row (approved, since a teacher wrote it) and marks the old one ``superseded`` with
``replaced_by_id`` pointing at the new one. Past answers keep pointing at the version they saw;
the teacher's own quizzes move on to the new version.
"""

from __future__ import annotations

import random
import re
from collections.abc import Sequence
from dataclasses import dataclass

from markupsafe import Markup, escape

import questions
from quiz.extensions import db
from quiz.models import Article, Choice, Question, Quiz, QuizEditor, QuizItem, Teacher
from quiz.services import engine
from quiz.services.accounts import normalise_email
from quiz.services.articles import ArticleError, ImportResult, import_text

DRAFT, APPROVED, REJECTED, SUPERSEDED = "generated", "approved", "rejected", "superseded"
MIN_OPTIONS, MAX_OPTIONS = 4, 6
SCORING_MODES = {"speed": "Snelheid telt mee", "accuracy": "Alleen juistheid telt"}


class ReviewError(ValueError):
    """A review action that cannot be done, with the reason in Dutch."""


@dataclass(frozen=True)
class Draft:
    """A question as a teacher writes it: stem, options in order, which one is the key."""

    stem: str
    options: tuple[str, ...]
    key_index: int
    evidence: str = ""
    fact_type: str = "eigen"

    @property
    def key(self) -> str:
        """The correct option's text."""
        return self.options[self.key_index]


def check_draft(draft: Draft) -> None:
    """The rules every stored question obeys; ReviewError says which one is broken."""
    if not draft.stem.strip():
        raise ReviewError("De vraag is leeg.")
    if not MIN_OPTIONS <= len(draft.options) <= MAX_OPTIONS:
        raise ReviewError(f"Geef {MIN_OPTIONS} tot {MAX_OPTIONS} antwoorden.")
    if any(not option.strip() for option in draft.options):
        raise ReviewError("Een antwoord is leeg.")
    folded = [" ".join(option.split()).casefold() for option in draft.options]
    if len(set(folded)) != len(folded):
        raise ReviewError("Twee antwoorden zijn hetzelfde.")
    if not 0 <= draft.key_index < len(draft.options):
        raise ReviewError("Kies precies één juist antwoord.")


def highlight(evidence: str, key: str) -> Markup:
    """The evidence sentence, escaped, with the key marked where it occurs."""
    if not key:
        return escape(evidence)
    match = re.search(re.escape(key), evidence, flags=re.IGNORECASE)
    if match is None:
        return escape(evidence)
    start, end = match.span()
    return (escape(evidence[:start]) + Markup("<mark>") + escape(evidence[start:end])
            + Markup("</mark>") + escape(evidence[end:]))


# --- who may do what -------------------------------------------------------------------------

def is_editor(teacher: Teacher, quiz_ids) -> bool:
    """Whether the owner added ``teacher`` as co-teacher of one of these quizzes."""
    return db.session.execute(
        db.select(QuizEditor.id).where(QuizEditor.teacher_id == teacher.id,
                                       QuizEditor.quiz_id.in_(quiz_ids)).limit(1)
    ).first() is not None


def may_edit_quiz(teacher: Teacher, quiz: Quiz) -> bool:
    """The teacher who owns the quiz, or a co-teacher they added."""
    if quiz.owner_id is None:
        return False
    return quiz.owner_id == teacher.id or is_editor(teacher, [quiz.id])


def may_play(user, quiz: Quiz) -> bool:
    """Published quizzes are for everyone; a draft teacher quiz only for who may edit it."""
    if not (quiz.owner_id is not None and quiz.is_draft):
        return True
    return bool(getattr(user, "is_authenticated", False)) and may_edit_quiz(user, quiz)


def may_edit_question(teacher: Teacher, question: Question) -> bool:
    """The question's owner, or a co-teacher of one of the owner's quizzes that holds it."""
    if question.owner_id is None:
        return False
    if question.owner_id == teacher.id:
        return True
    return is_editor(teacher, [q.id for q in _owner_quizzes_with(question)])


def add_editor(quiz: Quiz, email: str) -> Teacher:
    """Let another teacher (by e-mail address) edit this quiz and its questions."""
    teacher = db.session.execute(
        db.select(Teacher).filter_by(email=normalise_email(email))).scalar_one_or_none()
    if teacher is None:
        raise ReviewError("Er is geen docent met dit e-mailadres.")
    if teacher.id == quiz.owner_id or is_editor(teacher, [quiz.id]):
        raise ReviewError(f"{teacher.name} kan deze quiz al bewerken.")
    db.session.add(QuizEditor(quiz_id=quiz.id, teacher_id=teacher.id))
    db.session.commit()
    return teacher


def editors_of(quiz: Quiz) -> list[Teacher]:
    """The co-teachers of a quiz, by name."""
    rows = db.session.execute(db.select(QuizEditor).filter_by(quiz_id=quiz.id)).scalars()
    return sorted((row.teacher for row in rows), key=lambda t: t.name.casefold())


def shared_with(teacher: Teacher):
    """A select() of the quizzes other teachers share with ``teacher``."""
    return (db.select(Quiz).join(QuizEditor, QuizEditor.quiz_id == Quiz.id)
            .where(QuizEditor.teacher_id == teacher.id).order_by(Quiz.id.desc()))


# --- the queue -------------------------------------------------------------------------------

def import_for_review(teacher: Teacher, text: str, headline: str | None = None, *,
                      prefer: str = "frog", time_limit: int = 30) -> ImportResult:
    """Import an article for ``teacher``: its questions become their drafts, its quiz a draft.

    An article nobody owns yet (pasted by a reader) is claimed: its questions become the
    teacher's drafts and the teacher gets a new draft quiz of them; the readers' quiz stays as
    it was. An article another teacher owns cannot be claimed (ReviewError).
    """
    result = import_text(text, headline=headline, prefer=prefer, time_limit=time_limit)
    article = result.article
    if article.owner_id not in (None, teacher.id):
        raise ReviewError("Een andere docent heeft dit artikel al geïmporteerd.")
    if article.owner_id == teacher.id:
        own = next((q for q in article.quizzes if q.owner_id == teacher.id), result.quiz)
        return ImportResult(article, own, False, result.analyzer)
    article.owner_id = teacher.id
    for question in article.questions:
        if question.owner_id is None:
            question.owner_id = teacher.id
    if result.created and result.quiz is not None:
        quiz = result.quiz
    else:
        quiz = Quiz(title=article.player_headline, article=article, time_limit=time_limit)
        quiz.items = [QuizItem(position=n, question=q) for n, q in
                      enumerate(q for q in article.questions if q.status in (DRAFT, APPROVED))]
        db.session.add(quiz)
    quiz.owner_id, quiz.is_draft, quiz.kind = teacher.id, True, "teacher"
    db.session.commit()
    return ImportResult(article, quiz, result.created, result.analyzer, result.analyzer_note)


def articles_of(teacher: Teacher):
    """A select() of the teacher's imported articles, newest first."""
    return (db.select(Article).filter_by(owner_id=teacher.id)
            .order_by(Article.created_at.desc(), Article.id.desc()))


def loose_questions(teacher: Teacher, status: str | None = None):
    """A select() of the teacher's questions that belong to no article (written or imported)."""
    query = db.select(Question).where(Question.owner_id == teacher.id,
                                      Question.article_id.is_(None),
                                      Question.status != SUPERSEDED)
    if status:
        query = query.where(Question.status == status)
    return query.order_by(Question.id)


def approved_questions(teacher: Teacher):
    """A select() of every approved question of the teacher, articles' and their own."""
    return (db.select(Question).where(Question.owner_id == teacher.id,
                                      Question.status == APPROVED)
            .order_by(Question.article_id.is_(None), Question.article_id, Question.position,
                      Question.id))


def quizzes_of(teacher: Teacher):
    """A select() of the teacher's own quizzes, newest first."""
    return (db.select(Quiz).filter_by(owner_id=teacher.id)
            .order_by(Quiz.created_at.desc(), Quiz.id.desc()))


def set_status(question: Question, status: str) -> None:
    """Approve or reject a question; a rejected one leaves the owner's unpublished quizzes."""
    if status not in (APPROVED, REJECTED, DRAFT):
        raise ReviewError("Onbekende status.")
    if question.status == SUPERSEDED:
        raise ReviewError("Deze vraag is al vervangen door een nieuwere versie.")
    question.status = status
    if status == REJECTED:
        for quiz in _owner_quizzes_with(question):
            if quiz.is_draft:
                _drop_item(quiz, question)
    db.session.commit()


def _owner_quizzes_with(question: Question) -> list[Quiz]:
    """The owner's quizzes that hold this question."""
    return list(db.session.execute(
        db.select(Quiz).join(QuizItem).where(QuizItem.question_id == question.id,
                                             Quiz.owner_id == question.owner_id)
    ).scalars().unique())


def _renumber(quiz: Quiz, items: Sequence[QuizItem]) -> None:
    """Give the items positions 0..n-1 in this order, without tripping the unique constraint."""
    for n, item in enumerate(items):
        item.position = -1 - n  # first out of the way of every existing position
    db.session.flush()
    for n, item in enumerate(items):
        item.position = n
    quiz.items = list(items)
    db.session.flush()


def _drop_item(quiz: Quiz, question: Question) -> None:
    remaining = [item for item in quiz.items if item.question_id != question.id]
    for item in quiz.items:
        if item.question_id == question.id:
            db.session.delete(item)
    db.session.flush()
    _renumber(quiz, remaining)


def _choices(draft: Draft) -> list[Choice]:
    return [Choice(position=n, text=" ".join(text.split()), is_correct=(n == draft.key_index))
            for n, text in enumerate(draft.options)]


def revise(question: Question, draft: Draft) -> Question:
    """Save an edit as a new approved version; the old row stays for the answers given to it."""
    check_draft(draft)
    if question.status == SUPERSEDED:
        raise ReviewError("Deze vraag is al vervangen door een nieuwere versie.")
    new = Question(
        article_id=question.article_id, position=question.position,
        stem=" ".join(draft.stem.split()), evidence=question.evidence,
        fact_type=question.fact_type, template=question.template,
        difficulty=question.difficulty, confidence=question.confidence, status=APPROVED,
        owner_id=question.owner_id, source=question.source, choices=_choices(draft),
    )
    db.session.add(new)
    db.session.flush()
    question.status, question.replaced_by_id = SUPERSEDED, new.id
    for quiz in _owner_quizzes_with(question):
        for item in quiz.items:
            if item.question_id == question.id:
                item.question = new
    db.session.commit()
    return new


def add_question(teacher: Teacher, draft: Draft, *, source: str = "teacher",
                 status: str = APPROVED) -> Question:
    """A question the teacher wrote (approved) or imported from a file (a draft)."""
    check_draft(draft)
    question = Question(
        stem=" ".join(draft.stem.split()), evidence=draft.evidence.strip(),
        fact_type=(draft.fact_type or "eigen")[:30], template=source, confidence=1.0,
        status=status, owner_id=teacher.id, source=source, choices=_choices(draft),
    )
    db.session.add(question)
    db.session.commit()
    return question


def draft_of(question: Question) -> Draft:
    """The question as an editable draft."""
    options = tuple(c.text for c in question.choices)
    key = next((n for n, c in enumerate(question.choices) if c.is_correct), 0)
    return Draft(question.stem, options, key, question.evidence, question.fact_type)


# --- new distractors -------------------------------------------------------------------------

def new_distractors(question: Question, *, prefer: str = "frog",
                    rng: random.Random | None = None) -> Draft:
    """The question with other distractors of the key's type, for the teacher to check.

    The engine has no call for "other options for this key" yet, so this runs the engine on
    the article again, takes the options of the question with the same key (or evidence), and
    adds options of the same fact type from the article's other questions and from earlier
    stored questions. Options already shown, the key, and anything that occurs in the evidence
    sentence (it might be true) are never offered. ReviewError when too few are found.
    """
    rng = rng or random.Random()
    current = draft_of(question)
    key = current.key
    seen = {" ".join(o.split()).casefold() for o in current.options}

    def usable(text: str) -> bool:
        folded = " ".join(text.split()).casefold()
        return bool(folded) and folded not in seen and folded not in question.evidence.casefold()

    def pool_is_usable(text: str) -> bool:
        return usable(text) and same_form(text, key)

    engine: list[str] = []
    pool: list[str] = []
    for item in _regenerated(question.article, prefer):
        if item.fact_type != question.fact_type:
            continue  # the same sentence can hold a person, a day and an ordinal
        if item.key.casefold() == key.casefold() or item.evidence == question.evidence:
            engine.extend(o for n, o in enumerate(item.options) if n != item.answer_index)
        else:
            pool.extend(item.options)
    stored = db.session.execute(
        db.select(Choice.text).join(Question).where(Question.fact_type == question.fact_type,
                                                    Question.id != question.id).limit(500)
    ).scalars()
    pool.extend(stored)
    if question.fact_type not in NAME_TYPES:  # "Woensdag" at the start of a sentence
        pool = [_case_like(text, key) for text in pool]
    rng.shuffle(pool)
    fresh: list[str] = []
    candidates = [(t, usable) for t in engine] + [(t, pool_is_usable) for t in pool]
    for text, check in candidates:
        if check(text):
            fresh.append(text)
            seen.add(" ".join(text.split()).casefold())
    wanted = len(current.options) - 1
    if len(fresh) < wanted:
        raise ReviewError(f"De generator vond maar {len(fresh)} nieuwe afleiders van dit type; "
                          "vul ze zelf aan.")
    options = [key] + fresh[:wanted]
    rng.shuffle(options)
    return Draft(current.stem, tuple(options), options.index(key), current.evidence,
                 current.fact_type)


NAME_TYPES = frozenset({"person", "place", "organisation", "origin", "country"})


def _case_like(text: str, key: str) -> str:
    """The first letter in the key's case (for words that are not names)."""
    if not text or not key:
        return text
    return (text[0].upper() if key[0].isupper() else text[0].lower()) + text[1:]


def same_form(candidate: str, key: str) -> bool:
    """Whether an option looks like the key: digits or words alike, same capitals, about as
    many words (so "1e" is not offered beside "veertiende", nor "Brussel" beside "dinsdag")."""
    def shape(text: str) -> tuple[bool, bool, int]:
        words = text.split()
        return (any(ch.isdigit() for ch in text), text[:1].isupper(), len(words))

    digits, capital, words = shape(candidate)
    key_digits, key_capital, key_words = shape(key)
    return digits == key_digits and capital == key_capital and abs(words - key_words) <= 1


def _regenerated(article: Article | None, prefer: str) -> list[questions.Question]:
    """The engine's questions for the article once more (none when it cannot be read now)."""
    if article is None:
        return []
    try:
        record = questions.parse_text(article.body, headline=article.headline)
        return engine.generate(record, prefer=prefer).questions
    except questions.QuestionsError:
        return []


# --- the teacher's quizzes -------------------------------------------------------------------

def create_quiz(teacher: Teacher, title: str, description: str = "", *, time_limit: int = 30,
                scoring: str = "speed") -> Quiz:
    """A new, empty draft quiz of the teacher."""
    quiz = Quiz(title=title.strip()[:300], description=description.strip(), kind="teacher",
                time_limit=time_limit, scoring=scoring, owner_id=teacher.id, is_draft=True)
    db.session.add(quiz)
    db.session.commit()
    return quiz


def update_quiz(quiz: Quiz, *, title: str, description: str, time_limit: int,
                scoring: str) -> None:
    """Change a quiz's title, description, time per question and scoring mode."""
    if scoring not in SCORING_MODES:
        raise ReviewError("Onbekende manier van scoren.")
    quiz.title, quiz.description = title.strip()[:300], description.strip()
    quiz.time_limit, quiz.scoring = time_limit, scoring
    db.session.commit()


def add_to_quiz(quiz: Quiz, question: Question) -> None:
    """Append an approved question of the quiz's owner to the end of the quiz."""
    if question.status != APPROVED or question.owner_id != quiz.owner_id:
        raise ReviewError("Alleen je eigen goedgekeurde vragen kunnen in een quiz.")
    if question in quiz.questions:
        raise ReviewError("Deze vraag staat al in de quiz.")
    quiz.items.append(QuizItem(position=len(quiz.items), question=question))
    db.session.commit()


def remove_from_quiz(quiz: Quiz, item_id: int) -> None:
    """Take one item out of the quiz; the others close ranks."""
    item = next((i for i in quiz.items if i.id == item_id), None)
    if item is None:
        raise ReviewError("Deze vraag staat niet in de quiz.")
    _drop_item(quiz, item.question)
    db.session.commit()


def move_item(quiz: Quiz, item_id: int, step: int) -> None:
    """Move one item up (-1) or down (+1)."""
    items = list(quiz.items)
    index = next((n for n, i in enumerate(items) if i.id == item_id), None)
    if index is None:
        raise ReviewError("Deze vraag staat niet in de quiz.")
    target = index + step
    if 0 <= target < len(items):
        items[index], items[target] = items[target], items[index]
        _renumber(quiz, items)
    db.session.commit()


def publish(quiz: Quiz) -> None:
    """Make the quiz playable; every question in it must be approved."""
    if not quiz.items:
        raise ReviewError("Een quiz zonder vragen kan niet gepubliceerd worden.")
    waiting = [n + 1 for n, q in enumerate(quiz.questions) if q.status != APPROVED]
    if waiting:
        listed = ", ".join(map(str, waiting))
        raise ReviewError(f"Keur eerst alle vragen goed of haal ze uit de quiz (vraag {listed}).")
    quiz.is_draft = False
    db.session.commit()


def unpublish(quiz: Quiz) -> None:
    """Take the quiz back to draft: no longer listed or playable by others."""
    quiz.is_draft = True
    db.session.commit()


__all__ = [
    "APPROVED", "DRAFT", "REJECTED", "SUPERSEDED", "ArticleError", "Draft", "ReviewError",
    "add_editor", "add_question", "editors_of", "is_editor", "shared_with",
    "add_to_quiz", "approved_questions", "articles_of", "check_draft",
    "create_quiz", "draft_of", "highlight", "import_for_review", "loose_questions",
    "may_edit_question", "may_edit_quiz", "move_item", "new_distractors", "publish",
    "quizzes_of", "remove_from_quiz", "revise", "set_status", "unpublish", "update_quiz",
]
