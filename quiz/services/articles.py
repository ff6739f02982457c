"""Articles in, quizzes out: the one place where question records become rows."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy.exc import IntegrityError

from questions.errors import ArticleError
from questions.ingest import parse_text
from questions.records import Article as ArticleRecord
from questions.records import Generation
from quiz.extensions import db
from quiz.models import Article, Choice, Question, Quiz, QuizItem
from quiz.services import engine, entities

log = logging.getLogger(__name__)

__all__ = ["ArticleError", "ImportResult", "find_by_url", "import_record", "import_text",
           "store_generation"]


@dataclass(frozen=True)
class ImportResult:
    """The article and its quiz, and whether they were created now or found already."""

    article: Article
    quiz: Quiz | None
    created: bool
    analyzer: str
    analyzer_note: str = ""  # why Frog was not used for this article ('' when it was)

    @property
    def analyzer_warning(self) -> str:
        """A message for the teacher when the questions were made without Frog ('' if not)."""
        if not self.analyzer_note:
            return ""
        return ("De Nederlandse taalanalyse (Frog) werkte niet; de vragen zijn met de "
                "eenvoudige analyse gemaakt en kunnen minder goed zijn.")


def _existing(record: ArticleRecord, canonical_url: str | None = None) -> Article | None:
    """The stored article with the same text, or with the same canonical URL."""
    condition = Article.content_hash == record.content_hash
    if canonical_url:
        condition = condition | (Article.canonical_url == canonical_url)
    return db.session.execute(
        db.select(Article).where(condition).order_by(Article.id).limit(1)
    ).scalar_one_or_none()


def find_by_url(url: str) -> ImportResult | None:
    """The article fetched from ``url`` before (or whose canonical URL it is), with its quiz."""
    article = db.session.execute(
        db.select(Article)
        .where((Article.canonical_url == url) | (Article.source_url == url))
        .order_by(Article.id).limit(1)
    ).scalar_one_or_none()
    return None if article is None else _found(article)


def _found(article: Article) -> ImportResult:
    return ImportResult(article, article.quizzes[0] if article.quizzes else None, False,
                        article.analyzer)


def _published(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


def display_headline(record: ArticleRecord, words: int = 14) -> str:
    """The article's headline, else its first sentence (or opening words) as one."""
    if record.headline.strip():
        return record.headline.strip()[:300]
    first = re.split(r"(?<=[.!?])\s", record.text.strip(), maxsplit=1)[0].split()
    if len(first) <= words:
        return " ".join(first).rstrip(".")[:300]
    return " ".join(first[:words]).rstrip(",;:")[:298] + " …"


def store_generation(
    generation: Generation, *, time_limit: int, author: str | None = None,
    canonical_url: str | None = None,
) -> tuple[Article, Quiz]:
    """Turn an engine run into article, question, choice and quiz rows (not committed)."""
    record = generation.article
    article = Article(
        headline=display_headline(record),
        body=record.text,
        language=record.language,
        source_url=record.source_url,
        canonical_url=canonical_url,
        author=(author or "")[:200] or None,
        published=_published(record.published),
        content_hash=record.content_hash,
        analyzer=generation.analyzer,
    )
    if generation.shown_headline and generation.shown_headline != article.headline:
        article.shown_headline = generation.shown_headline[:300]
    quiz = Quiz(title=article.player_headline, article=article, time_limit=time_limit)
    for position, item in enumerate(generation.questions):
        question = Question(
            article=article,
            position=position,
            stem=item.stem,
            evidence=item.evidence,
            fact_type=item.fact_type,
            template=item.template,
            difficulty=item.difficulty,
            confidence=item.confidence,
            choices=[
                Choice(position=n, text=text, is_correct=(n == item.answer_index))
                for n, text in enumerate(item.options)
            ],
        )
        quiz.items.append(QuizItem(position=position, question=question))
    db.session.add_all([article, quiz])
    return article, quiz


def import_text(
    text: str,
    headline: str | None = None,
    source_url: str | None = None,
    *,
    prefer: str = "frog",
    time_limit: int = 30,
) -> ImportResult:
    """Clean, analyse and store an article with a quiz; the same text twice gives the same article.

    Raises ArticleError with a message for the user when the text cannot become a quiz; in
    that case nothing is stored.
    """
    record = parse_text(text, headline=headline or None, source_url=source_url or None)
    return import_record(record, prefer=prefer, time_limit=time_limit)


def import_record(
    record: ArticleRecord,
    *,
    author: str | None = None,
    canonical_url: str | None = None,
    prefer: str = "frog",
    time_limit: int = 30,
) -> ImportResult:
    """Analyse and store an already-built article record with its quiz.

    The same text, or the same canonical URL, gives back the article stored before. Raises
    ArticleError with a message for the user when no good question comes out; then nothing is
    stored.
    """
    found = _existing(record, canonical_url)
    if found is not None:
        return _found(found)
    memory = entities.load()  # read here: the engine may run in a thread without the session
    # the engine sees the headline players will see (the first sentence when there is none),
    # so that it blanks or drops the keys that headline would give away
    shown = record
    if not record.headline.strip():
        shown = replace(record, headline=display_headline(record))
    generation = engine.generate(shown, prefer=prefer, memory=memory)
    generation.article = record  # stored (and recognised again) by its own text
    if not generation.questions:
        raise ArticleError(
            "Uit dit artikel konden geen goede vragen worden gemaakt: er staan te weinig "
            "feiten in (getallen, data, namen). Probeer een ander artikel."
        )
    article, quiz = store_generation(generation, time_limit=time_limit, author=author,
                                     canonical_url=canonical_url)
    entities.save(memory)
    try:
        db.session.commit()
    except IntegrityError:  # the same article was stored by a concurrent request
        db.session.rollback()
        return _found(_existing(record, canonical_url))
    log.info("article %s: %d questions (%s)", article.id, len(generation.questions),
             generation.analyzer)
    if generation.analyzer_note:
        log.warning("article %s analysed without Frog: %s", article.id, generation.analyzer_note)
    return ImportResult(article, quiz, True, generation.analyzer, generation.analyzer_note)
