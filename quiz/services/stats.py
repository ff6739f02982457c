"""Item statistics from all play data (solo attempts and live or homework games), and SVG charts.

Definitions, written once here:

- A *respondent* is one solo attempt or one game player of the quiz with at least one answer;
  their *total* is how many of their answers were correct.
- *Facility* of a question: the share of its answers that chose the key (late answers count as
  correct here; points are another matter).
- *Discrimination* (upper/lower 27%): among the respondents who answered the question, sorted
  by total (highest first; ties by respondent, so the split is stable), the share correct in
  the top ``round(0.27 N)`` (at least one) minus the share correct in the bottom as many.
- *Point-biserial*: ``(M1 - M0) / s * sqrt(p q)`` with M1 and M0 the mean totals of those
  who got the question right and wrong, ``s`` the population standard deviation of the totals
  and ``p`` the facility among these respondents; None when everyone or no one got it right.
- *Flags*, once a question has at least ``min_answers`` answers: facility above 0.9 (too easy),
  below 0.2 (too hard), negative discrimination (point-biserial, else upper/lower), and a
  distractor that nobody chose.
"""

from __future__ import annotations

import math
import statistics
from collections import Counter
from dataclasses import dataclass, field

from markupsafe import Markup, escape

from quiz.extensions import db
from quiz.models import Answer, Attempt, Game, GameAnswer, GamePlayer, Question, Quiz

UPPER_LOWER = 0.27
TOO_EASY, TOO_HARD = 0.9, 0.2
MIN_ANSWERS = 5


@dataclass(frozen=True)
class Response:
    """One answer, from whichever way of playing it came."""

    respondent: str  # "a12" (solo attempt) or "g7" (game player)
    question_id: int
    choice_id: int | None
    correct: bool
    elapsed_ms: int


@dataclass
class ItemStats:
    """What the answers say about one question."""

    question: Question
    answers: int = 0
    facility: float | None = None
    upper_lower: float | None = None
    point_biserial: float | None = None
    choice_counts: dict[int, int] = field(default_factory=dict)
    unanswered: int = 0
    median_ms: float | None = None
    flags: list[str] = field(default_factory=list)

    @property
    def discrimination(self) -> float | None:
        """The point-biserial when it exists, else the upper/lower 27% index."""
        return self.point_biserial if self.point_biserial is not None else self.upper_lower


@dataclass
class QuizStats:
    """The quiz as a whole: its respondents' totals and every item."""

    quiz: Quiz
    respondents: int
    distribution: list[int]  # distribution[k] = respondents with k correct answers
    mean: float | None
    spread: float | None  # population standard deviation of the totals
    mean_points: float | None
    items: list[ItemStats]
    # Versions since edited (or questions since removed) that people answered in this quiz.
    earlier: list[ItemStats] = field(default_factory=list)


def responses(quiz: Quiz) -> list[Response]:
    """Every answer given to this quiz, solo and in games."""
    solo = db.session.execute(
        db.select(Answer.attempt_id, Answer.question_id, Answer.choice_id, Answer.is_correct,
                  Answer.elapsed_ms)
        .join(Attempt, Attempt.id == Answer.attempt_id).where(Attempt.quiz_id == quiz.id)
    ).all()
    games = db.session.execute(
        db.select(GameAnswer.game_player_id, GameAnswer.question_id, GameAnswer.choice_id,
                  GameAnswer.is_correct, GameAnswer.elapsed_ms)
        .join(GamePlayer, GamePlayer.id == GameAnswer.game_player_id)
        .join(Game, Game.id == GameAnswer.game_id)
        .where(Game.quiz_id == quiz.id, GamePlayer.removed.is_(False))
    ).all()
    return ([Response(f"a{r[0]}", r[1], r[2], bool(r[3]), r[4] or 0) for r in solo]
            + [Response(f"g{r[0]}", r[1], r[2], bool(r[3]), r[4] or 0) for r in games])


def _points(quiz: Quiz, respondents: set[str]) -> list[int]:
    solo = db.session.execute(db.select(Attempt.id, Attempt.score).filter_by(quiz_id=quiz.id))
    games = db.session.execute(
        db.select(GamePlayer.id, GamePlayer.score).join(Game).where(Game.quiz_id == quiz.id))
    return ([score for key, score in solo if f"a{key}" in respondents]
            + [score for key, score in games if f"g{key}" in respondents])


def upper_lower_index(rows: list[tuple[float, str, bool]], share: float = UPPER_LOWER):
    """Top group's share correct minus bottom group's; rows are (total, respondent, correct)."""
    if len(rows) < 2:
        return None
    ranked = sorted(rows, key=lambda r: (-r[0], r[1]))
    size = max(1, round(share * len(ranked)))
    upper, lower = ranked[:size], ranked[-size:]
    return sum(r[2] for r in upper) / size - sum(r[2] for r in lower) / size


def point_biserial(totals: list[float], correct: list[bool]) -> float | None:
    """Correlation of one item's correctness with the totals (None when it cannot vary)."""
    n = len(totals)
    right = [t for t, c in zip(totals, correct, strict=True) if c]
    wrong = [t for t, c in zip(totals, correct, strict=True) if not c]
    if not right or not wrong:
        return None
    s = statistics.pstdev(totals)
    if s == 0:
        return None
    p = len(right) / n
    return (statistics.fmean(right) - statistics.fmean(wrong)) / s * math.sqrt(p * (1 - p))


def item_stats(question: Question, answers: list[Response], totals: dict[str, int],
               min_answers: int = MIN_ANSWERS) -> ItemStats:
    """Facility, discrimination, choice counts, median time and flags for one question."""
    stats = ItemStats(question=question, answers=len(answers))
    counts = Counter(a.choice_id for a in answers)
    stats.unanswered = counts.pop(None, 0)
    stats.choice_counts = {c.id: counts.get(c.id, 0) for c in question.choices}
    if not answers:
        return stats
    stats.facility = sum(a.correct for a in answers) / len(answers)
    rows = [(totals[a.respondent], a.respondent, a.correct) for a in answers]
    stats.upper_lower = upper_lower_index(rows)
    stats.point_biserial = point_biserial([r[0] for r in rows], [r[2] for r in rows])
    times = [a.elapsed_ms for a in answers if a.choice_id is not None]
    stats.median_ms = statistics.median(times) if times else None
    if len(answers) >= min_answers:
        if stats.facility > TOO_EASY:
            stats.flags.append("te makkelijk: bijna iedereen heeft hem goed")
        if stats.facility < TOO_HARD:
            stats.flags.append("te moeilijk: bijna niemand heeft hem goed")
        if stats.discrimination is not None and stats.discrimination < 0:
            stats.flags.append("negatieve discriminatie: sterke spelers kiezen vaker fout")
        for choice in question.choices:
            if not choice.is_correct and stats.choice_counts[choice.id] == 0:
                stats.flags.append(f"afleider nooit gekozen: \u201c{choice.text}\u201d")
    return stats


def quiz_stats(quiz: Quiz, min_answers: int = MIN_ANSWERS) -> QuizStats:
    """Statistics of every question in the quiz and of the quiz's totals."""
    rows = responses(quiz)
    totals: dict[str, int] = Counter()
    for r in rows:
        totals[r.respondent] += int(r.correct)
    by_question: dict[int, list[Response]] = {}
    for r in rows:
        by_question.setdefault(r.question_id, []).append(r)
    items = [item_stats(q, by_question.get(q.id, []), totals, min_answers)
             for q in quiz.questions]
    current = {q.id for q in quiz.questions}
    earlier = [item_stats(db.session.get(Question, qid), answers, totals, min_answers)
               for qid, answers in sorted(by_question.items()) if qid not in current]
    values = list(totals.values())
    distribution = [0] * (max([len(quiz.items), *values]) + 1)
    for value in values:
        distribution[value] += 1
    points = _points(quiz, set(totals))
    return QuizStats(
        quiz=quiz, respondents=len(values), distribution=distribution,
        mean=statistics.fmean(values) if values else None,
        spread=statistics.pstdev(values) if values else None,
        mean_points=statistics.fmean(points) if points else None, items=items,
        earlier=earlier,
    )


# --- charts ----------------------------------------------------------------------------------

def bar_chart(bars: list[tuple[str, float, bool]], *, title: str, unit: str = "",
              width: int = 520, scale_max: float | None = None,
              highlight_color: str = "#1f8a4c") -> Markup:
    """A horizontal bar chart as inline SVG: (label, value, highlighted) per bar."""
    bar_h, gap, label_w, top = 22, 8, 190, 8
    plot_w = width - label_w - 60
    top_value = scale_max or max([b[1] for b in bars] + [1])
    height = top + len(bars) * (bar_h + gap) + 4
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" '
             f'width="{width}" height="{height}" viewBox="0 0 {width} {height}">'
             f"<title>{escape(title)}</title>"]
    for n, (label, value, highlighted) in enumerate(bars):
        y = top + n * (bar_h + gap)
        w = 0 if top_value == 0 else round(plot_w * value / top_value, 1)
        short = label if len(label) <= 28 else label[:27] + "\u2026"
        shown = f"{value:g}{unit}"
        parts.append(
            f'<text x="{label_w - 6}" y="{y + 15}" text-anchor="end" font-size="12">'
            f"{escape(short)}</text>"
            f'<rect x="{label_w}" y="{y}" width="{w}" height="{bar_h}" '
            f'class="bar{" key" if highlighted else ""}" '
            f'fill="{highlight_color if highlighted else "#5b6b8c"}"><title>{escape(label)}: '
            f"{escape(shown)}</title></rect>"
            f'<text x="{label_w + w + 5}" y="{y + 15}" font-size="12">{escape(shown)}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))


def choice_chart(stats: ItemStats) -> Markup:
    """How often each option was chosen (the key in green)."""
    bars = [(c.text, stats.choice_counts.get(c.id, 0), c.is_correct)
            for c in stats.question.choices]
    if stats.unanswered:
        bars.append(("(geen antwoord)", stats.unanswered, False))
    return bar_chart(bars, title=f"Gekozen antwoorden: {stats.question.stem}")


def distribution_chart(stats: QuizStats) -> Markup:
    """How many respondents got 0, 1, 2 ... questions right."""
    bars = [(f"{k} goed", count, False) for k, count in enumerate(stats.distribution)]
    return bar_chart(bars, title="Verdeling van het aantal goede antwoorden")


def facility_chart(stats: QuizStats) -> Markup:
    """Percent correct per question."""
    bars = [(f"{n}. {s.question.stem}", round(100 * s.facility) if s.facility is not None
             else 0, bool(s.flags)) for n, s in enumerate(stats.items, 1)]
    return bar_chart(bars, title="Percentage goed per vraag (rood: gemarkeerd)", unit="%",
                     scale_max=100, highlight_color="#c0392b")
