"""Articles, the questions generated from them, and quizzes made of those questions."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, Float, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy import false as sa_false
from sqlalchemy.orm import Mapped, mapped_column, relationship

from quiz.extensions import db
from quiz.models.base import UTCDateTime, utcnow

# Fact types whose truth can change after the article (a count, an amount, who holds an
# office, a duration so far); dates, years, weekdays, ordinals and places stay true.
CHANGEABLE_FACTS = frozenset({"count", "amount", "percentage", "duration", "person",
                              "organisation", "role"})


class Article(db.Model):
    """A cleaned news article; the content hash makes the same text the same article."""

    id: Mapped[int] = mapped_column(primary_key=True)
    headline: Mapped[str] = mapped_column(String(300))
    body: Mapped[str] = mapped_column(Text)  # paragraphs separated by blank lines
    language: Mapped[str] = mapped_column(String(8), default="nl")
    source_url: Mapped[str | None] = mapped_column(String(2000))
    # The page's own canonical address: the same story under two URLs is one article.
    canonical_url: Mapped[str | None] = mapped_column(String(2000), unique=True)
    author: Mapped[str | None] = mapped_column(String(200))
    published: Mapped[date | None] = mapped_column(Date)
    content_hash: Mapped[str] = mapped_column(String(64), unique=True)
    analyzer: Mapped[str] = mapped_column(String(20), default="")
    # The headline players see: the engine blanks ('…') every key of the quiz it holds, so
    # 'Groenewegen wint rit' can sit above 'Wie won de eerste etappe?'. '' when unchanged.
    shown_headline: Mapped[str] = mapped_column(String(300), default="", server_default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    # The teacher who imported it for review; None for articles pasted by anonymous readers.
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("teacher.id"), index=True)

    questions: Mapped[list[Question]] = relationship(
        back_populates="article", order_by="Question.position", cascade="all, delete-orphan"
    )
    quizzes: Mapped[list[Quiz]] = relationship(back_populates="article")

    @property
    def player_headline(self) -> str:
        """The headline shown to players (with the quiz's keys blanked where it held them)."""
        return self.shown_headline or self.headline

    @property
    def paragraphs(self) -> list[str]:
        """The body split back into paragraphs."""
        return [p for p in self.body.split("\n\n") if p.strip()]


class Question(db.Model):
    """One multiple-choice item with the sentence it came from."""

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int | None] = mapped_column(ForeignKey("article.id"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    stem: Mapped[str] = mapped_column(Text)
    evidence: Mapped[str] = mapped_column(Text)
    fact_type: Mapped[str] = mapped_column(String(30))
    template: Mapped[str] = mapped_column(String(60), default="")
    difficulty: Mapped[float] = mapped_column(Float, default=0.5)
    confidence: Mapped[float] = mapped_column(Float, default=1.0)
    status: Mapped[str] = mapped_column(String(20), default="generated")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    # Review: who may edit it, where it came from, and the newer version that replaced it
    # (an edit makes a new row, so past answers keep pointing at the version they saw).
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("teacher.id"), index=True)
    source: Mapped[str] = mapped_column(String(20), default="engine", server_default="engine")
    replaced_by_id: Mapped[int | None] = mapped_column(ForeignKey("question.id"))

    article: Mapped[Article | None] = relationship(back_populates="questions")
    choices: Mapped[list[Choice]] = relationship(
        back_populates="question", order_by="Choice.position", cascade="all, delete-orphan",
        lazy="selectin",
    )

    @property
    def may_change(self) -> bool:
        """Whether the fact can change over time, so the article's date belongs with it."""
        return self.fact_type in CHANGEABLE_FACTS

    @property
    def correct_choice(self) -> Choice:
        """The choice marked correct (exactly one per question)."""
        return next(c for c in self.choices if c.is_correct)


class Choice(db.Model):
    """One option of a question, in presentation order."""

    __table_args__ = (UniqueConstraint("question_id", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    question_id: Mapped[int] = mapped_column(ForeignKey("question.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(String(300))
    is_correct: Mapped[bool] = mapped_column(Boolean, default=False)

    question: Mapped[Question] = relationship(back_populates="choices")


class Quiz(db.Model):
    """An ordered set of questions that people play."""

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(300))
    article_id: Mapped[int | None] = mapped_column(ForeignKey("article.id"), index=True)
    time_limit: Mapped[int] = mapped_column(Integer, default=30)  # seconds per question
    # "article": one article's quiz; "weekly": the quiz of the week over period_start..end.
    kind: Mapped[str] = mapped_column(String(20), default="article", server_default="article")
    period_start: Mapped[date | None] = mapped_column(Date)
    period_end: Mapped[date | None] = mapped_column(Date)
    is_draft: Mapped[bool] = mapped_column(Boolean, default=False, server_default=sa_false())
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    # A teacher's own quiz ("teacher" kind or an article they imported for review).
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("teacher.id"), index=True)
    description: Mapped[str] = mapped_column(Text, default="", server_default="")
    scoring: Mapped[str] = mapped_column(String(20), default="speed", server_default="speed")

    article: Mapped[Article | None] = relationship(back_populates="quizzes")
    # Play pages walk every item's question and choices: load them in two queries, not N.
    items: Mapped[list[QuizItem]] = relationship(
        back_populates="quiz", order_by="QuizItem.position", cascade="all, delete-orphan",
        lazy="selectin",
    )

    @property
    def timed(self) -> bool:
        """Speed scoring with a countdown; False for accuracy-only quizzes."""
        return self.scoring != "accuracy"

    @property
    def questions(self) -> list[Question]:
        """The quiz's questions in play order."""
        return [item.question for item in self.items]


class QuizItem(db.Model):
    """A question's place in a quiz."""

    __table_args__ = (UniqueConstraint("quiz_id", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    quiz_id: Mapped[int] = mapped_column(ForeignKey("quiz.id"), index=True)
    question_id: Mapped[int] = mapped_column(ForeignKey("question.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)

    quiz: Mapped[Quiz] = relationship(back_populates="items")
    question: Mapped[Question] = relationship(lazy="selectin")
