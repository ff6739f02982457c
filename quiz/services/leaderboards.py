"""Leaderboards: one ranking rule, used by the HTML pages and the JSON API alike."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import func, select

from quiz.extensions import db
from quiz.models import Attempt, Player
from quiz.models.base import UTCDateTime, utcnow


@dataclass(frozen=True)
class Standing:
    """One row of a leaderboard."""

    rank: int
    player_id: int
    nickname: str
    score: int
    quizzes: int  # how many quizzes the score is made of
    reached_at: datetime  # when the player reached this score


def week_start(now: datetime | None = None, timezone: str = "Europe/Amsterdam") -> datetime:
    """Monday 00:00 of the current week in ``timezone``, as an aware datetime."""
    local = (now or utcnow()).astimezone(ZoneInfo(timezone))
    monday = local - timedelta(days=local.weekday())
    return monday.replace(hour=0, minute=0, second=0, microsecond=0)


def standings(
    *, quiz_id: int | None = None, since: datetime | None = None, limit: int | None = 100
) -> list[Standing]:
    """Rank players by their best finished attempts.

    Per quiz (``quiz_id`` given) a player's score is their best finished attempt at that quiz;
    overall it is the sum of their best finished attempt at every quiz. With ``since``, only
    attempts finished at or after that moment count (the "this week" boards).

    Ranking rule, tie-break included: higher score first; on equal scores the player who
    reached that score first (the earliest finishing time of the attempts that make it up,
    taking the latest of those) ranks higher; if that is equal too, nicknames in
    case-insensitive alphabetical order. Ranks are therefore always 1, 2, 3, ... without gaps
    or shared places, and the same data always gives the same order.
    """
    best_first = func.row_number().over(
        partition_by=(Attempt.player_id, Attempt.quiz_id),
        order_by=(Attempt.score.desc(), Attempt.finished_at.asc(), Attempt.id.asc()),
    )
    attempts = select(
        Attempt.player_id, Attempt.quiz_id, Attempt.score, Attempt.finished_at,
        best_first.label("nth"),
    ).where(Attempt.finished_at.is_not(None))
    if quiz_id is not None:
        attempts = attempts.where(Attempt.quiz_id == quiz_id)
    if since is not None:
        attempts = attempts.where(Attempt.finished_at >= since)
    best = attempts.subquery()
    totals = (
        select(
            best.c.player_id,
            func.sum(best.c.score).label("score"),
            func.count().label("quizzes"),
            func.max(best.c.finished_at).label("reached_at"),
        )
        .where(best.c.nth == 1)
        .group_by(best.c.player_id)
        .subquery()
    )
    query = (
        select(Player.id, Player.nickname, totals.c.score, totals.c.quizzes, totals.c.reached_at)
        .join(totals, totals.c.player_id == Player.id)
        .order_by(totals.c.score.desc(), totals.c.reached_at.asc(), Player.nickname_key.asc())
    )
    if limit is not None:
        query = query.limit(limit)
    return [
        Standing(
            rank=n,
            player_id=row.id,
            nickname=row.nickname,
            score=int(row.score),
            quizzes=int(row.quizzes),
            reached_at=_aware(row.reached_at),
        )
        for n, row in enumerate(db.session.execute(query), start=1)
    ]


def _aware(value) -> datetime:
    """Aggregates bypass the column type on SQLite: they come back as naive UTC or text."""
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return UTCDateTime().process_result_value(value, None)


def rank_of(player_id: int, quiz_id: int) -> tuple[int | None, int]:
    """The player's rank on the quiz's all-time board, and how many players are on it."""
    board = standings(quiz_id=quiz_id, limit=None)
    rank = next((s.rank for s in board if s.player_id == player_id), None)
    return rank, len(board)
