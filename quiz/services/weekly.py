"""The quiz of the week: the strongest questions of a week's articles, spread over the stories.

Selection rule, written once here: candidates are the questions of articles dated in the
period (the publication date, or the import date when an article has none) that are live:
not rejected, and not an old version superseded by a teacher's edit. Within an article the
strongest question comes first: highest confidence, then the
engine's own order (headline and lead first). Articles take turns: first every article's
strongest question, strongest articles first, then every article's second; at most
``PER_ARTICLE`` per article and never two questions with the same answer. The chosen
questions are then put in date order (oldest story first, an article's questions together).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from babel.dates import format_date

from quiz.extensions import db
from quiz.models import Article, Question, Quiz, QuizItem

MIN_QUESTIONS = 10
MAX_QUESTIONS = 15
PER_ARTICLE = 2
DAYS = 7
RETIRED = frozenset({"rejected", "superseded"})  # statuses that never go into a quiz


class WeeklyError(Exception):
    """No quiz of the week can be made (too few questions, unknown quiz); says why."""


def period(start: date | None, end: date | None, today: date) -> tuple[date, date]:
    """The date range: by default the last seven days up to and including ``today``."""
    end = end or (start + timedelta(days=DAYS - 1) if start else today)
    start = start or end - timedelta(days=DAYS - 1)
    if start > end:
        raise WeeklyError(f"De begindatum {start} ligt na de einddatum {end}.")
    return start, end


def article_date(article: Article) -> date:
    """The day an article belongs to: its publication date, else the day it was imported."""
    return article.published or article.created_at.date()


def _strength(question: Question) -> tuple:
    return (-question.confidence, question.position, question.id)


def candidates(start: date, end: date) -> list[Article]:
    """Articles of the period that have questions, oldest first."""
    day_after = datetime.combine(end + timedelta(days=1), time(), tzinfo=UTC)
    first = datetime.combine(start, time(), tzinfo=UTC)
    undated = Article.published.is_(None) & (Article.created_at >= first) & \
        (Article.created_at < day_after)
    rows = db.session.execute(
        db.select(Article).where(Article.published.between(start, end) | undated)
    ).scalars()
    articles = [a for a in rows if any(q.status not in RETIRED for q in a.questions)]
    return sorted(articles, key=lambda a: (article_date(a), a.id))


def select_questions(articles: list[Article], limit: int = MAX_QUESTIONS,
                     per_article: int = PER_ARTICLE) -> list[Question]:
    """Pick up to ``limit`` questions by the rule in this module's docstring."""
    ranked = {
        a.id: sorted((q for q in a.questions if q.status not in RETIRED and q.choices),
                     key=_strength)
        for a in articles
    }
    turn_order = sorted(articles, key=lambda a: _strength(ranked[a.id][0]) if ranked[a.id]
                        else (1, 0, 0))
    chosen: list[Question] = []
    keys: set[str] = set()
    for turn in range(per_article):
        for article in turn_order:
            taken = [q for q in chosen if q.article_id == article.id]
            if len(chosen) >= limit or len(taken) > turn:
                continue
            for question in ranked[article.id]:
                key = question.correct_choice.text.casefold()
                if question not in taken and key not in keys:
                    chosen.append(question)
                    keys.add(key)
                    break
    position = {a.id: n for n, a in enumerate(articles)}
    return sorted(chosen, key=lambda q: (position[q.article_id], q.position, q.id))


def title_for(start: date, end: date) -> str:
    """'Nieuwsquiz van de week: 23 september t/m 29 september 2024' (Dutch dates)."""
    first = format_date(start, "d MMMM" if start.year == end.year else "d MMMM y", locale="nl")
    return f"Nieuwsquiz van de week: {first} t/m {format_date(end, 'd MMMM y', locale='nl')}"


def build_weekly_quiz(
    *, start: date | None = None, end: date | None = None, today: date, publish: bool = False,
    time_limit: int = 30,
) -> Quiz:
    """Make (or find) the quiz of the week for a period; a draft unless ``publish``.

    The same period twice gives the quiz made the first time (published now if asked).
    Raises WeeklyError when the period has fewer than MIN_QUESTIONS usable questions.
    """
    start, end = period(start, end, today)
    existing = db.session.execute(
        db.select(Quiz).filter_by(kind="weekly", period_start=start, period_end=end)
    ).scalar_one_or_none()
    if existing is not None:
        if publish and existing.is_draft:
            existing.is_draft = False
            db.session.commit()
        return existing
    articles = candidates(start, end)
    chosen = select_questions(articles)
    if len(chosen) < MIN_QUESTIONS:
        raise WeeklyError(
            f"Tussen {start} en {end} staan {len(articles)} artikelen met samen maar "
            f"{len(chosen)} bruikbare vragen; er zijn er minstens {MIN_QUESTIONS} nodig. "
            "Importeer meer artikelen of kies een langere periode.")
    quiz = Quiz(title=title_for(start, end), kind="weekly", period_start=start,
                period_end=end, is_draft=not publish, time_limit=time_limit)
    quiz.items = [QuizItem(position=n, question=q) for n, q in enumerate(chosen)]
    db.session.add(quiz)
    db.session.commit()
    return quiz


def publish(quiz_id: int) -> Quiz:
    """Publish a draft quiz of the week."""
    quiz = db.session.get(Quiz, quiz_id)
    if quiz is None or quiz.kind != "weekly":
        raise WeeklyError(f"Er is geen quiz van de week met nummer {quiz_id}.")
    quiz.is_draft = False
    db.session.commit()
    return quiz


def current_weekly() -> Quiz | None:
    """The newest published quiz of the week."""
    return db.session.execute(
        db.select(Quiz).where(Quiz.kind == "weekly", Quiz.is_draft.is_(False))
        .order_by(Quiz.period_end.desc(), Quiz.id.desc()).limit(1)
    ).scalar_one_or_none()


def drafts() -> list[Quiz]:
    """Quizzes of the week waiting for review, newest period first."""
    return list(db.session.execute(
        db.select(Quiz).where(Quiz.kind == "weekly", Quiz.is_draft.is_(True))
        .order_by(Quiz.period_end.desc(), Quiz.id.desc())
    ).scalars())


def stories(quiz: Quiz) -> list[Article]:
    """The articles a quiz's questions come from, in play order, each once."""
    seen: dict[int, Article] = {}
    for question in quiz.questions:
        if question.article is not None:
            seen.setdefault(question.article.id, question.article)
    return list(seen.values())
