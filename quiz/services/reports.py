"""Results of a game or homework: per pupil, per question, as a table and as CSV."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select

from quiz.extensions import db
from quiz.models import Game, GameAnswer, GamePlayer, Question
from quiz.services import live


@dataclass(frozen=True)
class QuestionStats:
    """How one question went in one game."""

    number: int
    question: Question
    answered: int
    correct: int
    bars: list[dict]

    @property
    def percent_correct(self) -> int:
        """Share of answers that were right, in whole percent."""
        return round(100 * self.correct / self.answered) if self.answered else 0


@dataclass(frozen=True)
class PupilRow:
    """One pupil's line in the report."""

    rank: int
    nickname: str
    score: int
    correct: int
    finished: bool
    answers: dict[int, GameAnswer]  # question id -> answer


def question_stats(game: Game) -> list[QuestionStats]:
    """Per question: answers, right answers and the distribution over the options."""
    stats = []
    for number, question in enumerate(live.questions_of(game), start=1):
        bars = live.distribution(game, question)
        answered = sum(b["count"] for b in bars)
        correct = sum(b["count"] for b in bars if b["correct"])
        stats.append(QuestionStats(number, question, answered, correct, bars))
    return stats


def pupil_rows(game: Game) -> list[PupilRow]:
    """Per pupil, in ranking order: score, right answers and every answer given."""
    answers: dict[int, dict[int, GameAnswer]] = {}
    for answer in db.session.execute(select(GameAnswer).filter_by(game_id=game.id)).scalars():
        answers.setdefault(answer.game_player_id, {})[answer.question_id] = answer
    players = {p.id: p for p in live.active_players(game)}
    total = len(live.questions_of(game))
    return [
        PupilRow(s.rank, s.nickname, s.score, s.correct,
                 players[s.player_id].finished_at is not None
                 or len(answers.get(s.player_id, {})) >= total,
                 answers.get(s.player_id, {}))
        for s in live.standings(game)
    ]


def spreadsheet_cell(value) -> str:
    """Spreadsheet-safe text: a cell never starts a formula."""
    text = str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def report_csv(game: Game) -> str:
    """The report as CSV (semicolons, as Dutch spreadsheets expect): one line per pupil."""
    questions = live.questions_of(game)
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";")
    header = ["rang", "bijnaam", "score", "goed", "klaar"]
    for n in range(1, len(questions) + 1):
        header += [f"vraag {n} antwoord", f"vraag {n} goed", f"vraag {n} punten",
                   f"vraag {n} tijd (s)"]
    writer.writerow(header)
    for row in pupil_rows(game):
        line = [row.rank, row.nickname, row.score, row.correct, "ja" if row.finished else "nee"]
        for question in questions:
            answer = row.answers.get(question.id)
            if answer is None:
                line += ["", "", 0, ""]
            else:
                line += [answer.choice.text if answer.choice else "",
                         "ja" if answer.is_correct else "nee", answer.points,
                         f"{answer.elapsed_ms / 1000:.1f}"]
        writer.writerow([spreadsheet_cell(v) for v in line])
    return out.getvalue()


def class_standings(class_id: int, since: datetime | None = None, limit: int = 100) -> list[dict]:
    """A class's leaderboard: each nickname's total over the class's games since ``since``.

    Ranking rule: higher total first, then nickname in case-insensitive alphabetical order.
    """
    query = (
        select(GamePlayer.nickname_key, func.max(GamePlayer.nickname).label("nickname"),
               func.sum(GamePlayer.score).label("score"), func.count().label("games"))
        .join(Game, Game.id == GamePlayer.game_id)
        .where(Game.class_id == class_id, GamePlayer.removed.is_(False))
        .group_by(GamePlayer.nickname_key)
        .order_by(func.sum(GamePlayer.score).desc(), GamePlayer.nickname_key.asc())
        .limit(limit)
    )
    if since is not None:
        query = query.where(Game.created_at >= since)
    return [{"rank": n, "nickname": row.nickname, "score": int(row.score), "games": row.games}
            for n, row in enumerate(db.session.execute(query), start=1)]
