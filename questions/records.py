"""Typed records that flow through the question engine: article in, questions out."""

from __future__ import annotations

import functools
import hashlib
from dataclasses import dataclass, field


def content_hash(headline: str, paragraphs: tuple[str, ...]) -> str:
    """Hash of the normalised article text, used to recognise the same article twice."""
    norm = "\n".join([" ".join(headline.split())] + [" ".join(p.split()) for p in paragraphs])
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Article:
    """A cleaned news article: headline and paragraphs, boilerplate already removed."""

    headline: str
    paragraphs: tuple[str, ...]
    language: str = "nl"
    source_url: str | None = None
    published: str | None = None  # ISO date (YYYY-MM-DD) when known

    @functools.cached_property
    def content_hash(self) -> str:
        """Stable hash of headline and paragraphs."""
        return content_hash(self.headline, self.paragraphs)

    @property
    def text(self) -> str:
        """Paragraphs joined by blank lines."""
        return "\n\n".join(self.paragraphs)


@dataclass(frozen=True)
class Question:
    """One multiple-choice item tied to the sentence it came from."""

    stem: str
    options: tuple[str, ...]  # presentation order; the key is options[answer_index]
    answer_index: int
    evidence: str  # the article sentence the key comes from, verbatim
    fact_type: str  # ordinal, year, date, month, weekday, count, person, place, ...
    template: str  # name of the template that realised the stem
    difficulty: float = 0.5  # 0 easy .. 1 hard
    confidence: float = 1.0
    context: str = ""  # the headline players see above it, with the quiz's keys blanked

    @property
    def key(self) -> str:
        """The correct option's text."""
        return self.options[self.answer_index]


@dataclass(frozen=True)
class Dropped:
    """A candidate that did not become a question, with the reason why."""

    fact_type: str
    evidence: str
    reason: str
    detail: str = ""


@dataclass
class Generation:
    """What one run of the engine produced for one article."""

    article: Article
    questions: list[Question] = field(default_factory=list)
    dropped: list[Dropped] = field(default_factory=list)
    analyzer: str = ""  # "frog" or "simple"
    analyzer_note: str = ""  # why Frog was left for the simple analyzer ('' when it was not)
    shown_headline: str = ""  # the headline players see: every key it holds blanked ('…')
    timings: dict[str, float] = field(default_factory=dict)
