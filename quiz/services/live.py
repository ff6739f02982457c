"""Live games: codes, joining, the question clock, points, reveals and standings.

Plain functions with no request objects: the socket layer (quiz/sockets.py) passes ``now`` in
and emits what these functions return. Every state change is a guarded UPDATE on the game row,
so two host tabs, a timer and the last answer can race without advancing a game twice.
"""

from __future__ import annotations

import random
import secrets
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import IntegrityError

from quiz.extensions import db
from quiz.models import (
    Choice,
    Game,
    GameAnswer,
    GamePlayer,
    Question,
    Quiz,
    QuizItem,
    SchoolClass,
    Teacher,
)
from quiz.models.base import utcnow
from quiz.services.players import NicknameError, check_nickname

STREAK_STEP, STREAK_MAX = 100, 500
MAX_POINTS = 1000
TOP = 5


class GameError(Exception):
    """Something a player or host cannot do now, with the reason in Dutch; nothing changed."""


@dataclass(frozen=True)
class Standing:
    """One row of a game's ranking."""

    rank: int
    player_id: int
    nickname: str
    score: int
    correct: int


@dataclass(frozen=True)
class AnswerOutcome:
    """What the answering pupil is told: accepted or not, and why (never whether it was right)."""

    accepted: bool
    duplicate: bool = False
    message: str = ""
    question_id: int | None = None


# --- Codes and creation ----------------------------------------------------------------------


def new_code(rng: random.Random | None = None) -> str:
    """A 6-digit code that no other game uses."""
    rng = rng or random.SystemRandom()
    for _ in range(50):
        code = str(rng.randrange(100_000, 1_000_000))
        if db.session.execute(select(Game.id).filter_by(code=code)).first() is None:
            return code
    raise GameError("Er kon geen vrije spelcode worden gevonden; probeer het opnieuw.")


def create_game(
    quiz: Quiz,
    host: Teacher,
    *,
    school_class: SchoolClass | None = None,
    time_limit: int = 20,
    accuracy_only: bool = False,
    shuffle: bool = False,
    mode: str = "live",
    deadline: datetime | None = None,
    rng: random.Random | None = None,
) -> Game:
    """A new live game (in its lobby) or homework assignment (open until its deadline)."""
    rng = rng or random.SystemRandom()
    game = Game(
        code=new_code(rng), mode=mode, quiz=quiz, host=host, school_class=school_class,
        status="lobby" if mode == "live" else "open", time_limit=time_limit,
        accuracy_only=accuracy_only, shuffle=shuffle, shuffle_seed=rng.randrange(1 << 30),
        deadline=deadline,
    )
    db.session.add(game)
    db.session.commit()
    return game


def game_by_code(code: str) -> Game | None:
    """The game with this code (spaces ignored), if any."""
    code = "".join((code or "").split())
    if not code.isdigit() or len(code) != 6:
        return None
    return db.session.execute(select(Game).filter_by(code=code)).scalar_one_or_none()


# --- Players ---------------------------------------------------------------------------------


def join_game(game: Game, raw_nickname: str, now: datetime | None = None) -> GamePlayer:
    """A new player in ``game``; NicknameError or GameError say why they cannot join."""
    now = now or utcnow()
    if game.finished:
        raise GameError("Dit spel is al afgelopen.")
    if game.deadline is not None and now > game.deadline:
        raise GameError("De deadline van dit huiswerk is verstreken.")
    nickname = check_nickname(raw_nickname)
    player = GamePlayer(game_id=game.id, nickname=nickname, nickname_key=nickname.casefold(),
                        token=secrets.token_urlsafe(32), joined_at=now)
    db.session.add(player)
    try:
        db.session.commit()
    except IntegrityError:
        db.session.rollback()
        raise NicknameError("Deze bijnaam is al in gebruik in dit spel. Kies een andere.") from None
    return player


def player_by_token(game: Game, token: str | None) -> GamePlayer | None:
    """The (not removed) player of ``game`` whose browser carries ``token``."""
    if not token:
        return None
    return db.session.execute(
        select(GamePlayer).filter_by(game_id=game.id, token=token, removed=False)
    ).scalar_one_or_none()


def active_players(game: Game) -> list[GamePlayer]:
    """The players still in the game, in joining order."""
    return list(db.session.execute(
        select(GamePlayer).filter_by(game_id=game.id, removed=False).order_by(GamePlayer.id)
    ).scalars())


def lobby(game: Game) -> dict:
    """Who is in the game, for the host's lobby."""
    players = active_players(game)
    return {"players": [{"id": p.id, "nickname": p.nickname} for p in players],
            "count": len(players)}


def remove_player(game: Game, player_id: int) -> GamePlayer | None:
    """Take a player out of the game (their nickname stays taken); None if not in this game."""
    player = db.session.get(GamePlayer, player_id)
    if player is None or player.game_id != game.id or player.removed:
        return None
    player.removed = True
    db.session.commit()
    return player


# --- Questions and the clock -----------------------------------------------------------------


def questions_of(game: Game) -> list[Question]:
    """The game's questions in play order."""
    return game.quiz.questions


def question_count(game: Game) -> int:
    """How many questions the game's quiz has (one COUNT, not the whole quiz)."""
    return db.session.execute(
        select(func.count()).select_from(QuizItem).where(QuizItem.quiz_id == game.quiz_id)
    ).scalar_one()


def current_question(game: Game) -> Question | None:
    """The question on screen (open or being revealed), if any.

    One query for just that question: this runs on every answer, so no loading the whole quiz.
    """
    if game.status not in ("question", "reveal") or game.current_position < 0:
        return None
    return db.session.execute(
        select(Question).join(QuizItem, QuizItem.question_id == Question.id)
        .where(QuizItem.quiz_id == game.quiz_id)
        .order_by(QuizItem.position).offset(game.current_position).limit(1)
    ).scalar_one_or_none()


def options_for(game: Game, question: Question) -> list[Choice]:
    """The question's options in this game's order: shuffled per game when asked, same for all."""
    choices = list(question.choices)
    if game.shuffle:
        random.Random(f"{game.shuffle_seed}:{question.id}").shuffle(choices)
    return choices


def elapsed(game: Game, now: datetime) -> float:
    """Seconds since the open question was pushed."""
    if game.question_started_at is None:
        return 0.0
    return max(0.0, (now - game.question_started_at).total_seconds())


def seconds_left(game: Game, now: datetime) -> float:
    """Seconds the open question has left (0 when none is open)."""
    if game.status != "question":
        return 0.0
    return max(0.0, game.time_limit - elapsed(game, now))


def question_payload(game: Game, now: datetime) -> dict:
    """What everyone sees of the open question: never which option is right."""
    question = current_question(game)
    return {
        "question_id": question.id,
        "number": game.current_position + 1,
        "total": question_count(game),
        "context": question.article.player_headline if question.article else "",
        "stem": question.stem,
        "options": [{"id": c.id, "text": c.text} for c in options_for(game, question)],
        "time_limit": game.time_limit,
        "seconds_left": round(seconds_left(game, now), 2),
        "pushed_at": game.question_started_at.timestamp(),
    }


def _advance(game: Game, values: dict) -> bool:
    """Apply ``values`` only if the game is still where this caller saw it; True if applied."""
    result = db.session.execute(
        update(Game)
        .where(Game.id == game.id, Game.status == game.status,
               Game.current_position == game.current_position)
        .values(**values)
    )
    db.session.commit()
    db.session.refresh(game)
    return result.rowcount == 1


def start_next_question(game: Game, now: datetime | None = None) -> Question | None:
    """Open the next question and start its clock now; None when the quiz is over (finished)."""
    now = now or utcnow()
    if game.status not in ("lobby", "reveal"):
        raise GameError("Sluit eerst de vraag die nu open staat.")
    position = game.current_position + 1
    if position >= question_count(game):
        finish_game(game, now)
        return None
    if not _advance(game, {"status": "question", "current_position": position,
                           "question_started_at": now}):
        raise GameError("Het spel is intussen al verder gegaan.")
    return current_question(game)


def close_question(game: Game, now: datetime | None = None, position: int | None = None) -> bool:
    """Close the open question (timer, host or last answer); True only for the caller who closed.

    Players who did not answer lose their streak.
    """
    if game.status != "question" or (position is not None and position != game.current_position):
        return False
    question = current_question(game)
    if not _advance(game, {"status": "reveal"}):
        return False
    answered = select(GameAnswer.game_player_id).where(
        GameAnswer.game_id == game.id, GameAnswer.question_id == question.id)
    db.session.execute(
        update(GamePlayer)
        .where(GamePlayer.game_id == game.id, GamePlayer.id.not_in(answered))
        .values(streak=0)
    )
    db.session.commit()
    return True


def finish_game(game: Game, now: datetime | None = None) -> bool:
    """End the game; True if this call ended it."""
    if game.finished:
        return False
    return _advance(game, {"status": "finished", "finished_at": now or utcnow()})


# --- Answers and points ----------------------------------------------------------------------


def points_for(correct: bool, elapsed_s: float, limit: float, streak: int,
               accuracy_only: bool = False) -> int:
    """Points for one answer, ``streak`` being the correct answers in a row before this one.

    Speed: round(1000 x (1 - (t/T)/2)) for a correct answer within T, plus a streak bonus of
    +100 for every correct answer in a row before this one, at most +500.
    Accuracy-only: 1000 for a correct answer, no speed and no streak bonus.
    """
    if not correct or limit <= 0 or elapsed_s > limit:
        return 0
    if accuracy_only:
        return MAX_POINTS
    base = round(MAX_POINTS * (1 - (max(elapsed_s, 0.0) / limit) / 2))
    return base + min(STREAK_STEP * streak, STREAK_MAX)


def insert_answer(values: dict) -> bool:
    """INSERT ... ON CONFLICT DO NOTHING on (game_player, question); True if a row was added."""
    dialect = db.session.get_bind().dialect.name
    module = postgresql if dialect == "postgresql" else sqlite
    statement = (
        module.insert(GameAnswer).values(**values)
        .on_conflict_do_nothing(index_elements=["game_player_id", "question_id"])
        .returning(GameAnswer.id)  # rowcount is not reliable for ORM inserts on every driver
    )
    return db.session.execute(statement).scalar_one_or_none() is not None


def store_answer(player: GamePlayer, question: Question, choice: Choice | None,
                 elapsed_s: float, limit: float, accuracy_only: bool, now: datetime) -> int | None:
    """Score and store one answer and update the player's totals; None if already answered."""
    correct = bool(choice and choice.is_correct)
    points = points_for(correct, elapsed_s, limit, player.streak, accuracy_only)
    elapsed_ms = int(elapsed_s * 1000)
    if not insert_answer({
        "game_id": player.game_id, "game_player_id": player.id, "question_id": question.id,
        "choice_id": choice.id if choice else None, "is_correct": correct, "points": points,
        "elapsed_ms": elapsed_ms, "answered_at": now,
    }):
        db.session.rollback()
        return None
    db.session.execute(
        update(GamePlayer).where(GamePlayer.id == player.id).values(
            score=GamePlayer.score + points,
            correct_count=GamePlayer.correct_count + (1 if correct else 0),
            streak=GamePlayer.streak + 1 if correct else 0,
            total_ms=GamePlayer.total_ms + elapsed_ms,
        )
    )
    db.session.commit()
    return points


def choice_of(question: Question, choice_id) -> Choice:
    """The option ``choice_id`` of ``question``; GameError for anything else."""
    try:
        choice_id = int(choice_id)
    except (TypeError, ValueError):
        raise GameError("Dit antwoord kon niet worden gelezen.") from None
    choice = db.session.get(Choice, choice_id)
    if choice is None or choice.question_id != question.id:
        raise GameError("Dit antwoord hoort niet bij deze vraag.")
    return choice


def submit_answer(game: Game, player: GamePlayer, question_id, choice_id,
                  now: datetime | None = None) -> AnswerOutcome:
    """Record a pupil's answer to the open question; counts only while it is open."""
    now = now or utcnow()
    if player.removed or player.game_id != game.id:
        return AnswerOutcome(False, message="Je doet niet (meer) mee aan dit spel.")
    question = current_question(game)
    if game.status != "question" or question is None or str(question.id) != str(question_id):
        return AnswerOutcome(False, message="Deze vraag is niet open; je antwoord telt niet.")
    seconds = elapsed(game, now)
    if seconds > game.time_limit:
        return AnswerOutcome(False, message="Te laat: de tijd was om. Je antwoord telt niet.")
    try:
        choice = choice_of(question, choice_id)
    except GameError as error:
        return AnswerOutcome(False, message=str(error))
    points = store_answer(player, question, choice, seconds, game.time_limit,
                          game.accuracy_only, now)
    if points is None:
        return AnswerOutcome(False, duplicate=True,
                             message="Je had deze vraag al beantwoord; je eerste antwoord telt.")
    return AnswerOutcome(True, message="Antwoord ontvangen!", question_id=question.id)


def answered_count(game: Game, question_id: int) -> int:
    """How many players (still in the game) answered this question."""
    return db.session.execute(
        select(func.count()).select_from(GameAnswer).join(GamePlayer)
        .where(GameAnswer.game_id == game.id, GameAnswer.question_id == question_id,
               GamePlayer.removed.is_(False))
    ).scalar_one()


def player_count(game: Game) -> int:
    """How many players are still in the game."""
    return db.session.execute(
        select(func.count()).select_from(GamePlayer)
        .where(GamePlayer.game_id == game.id, GamePlayer.removed.is_(False))
    ).scalar_one()


def progress(game: Game, question_id: int | None = None) -> dict:
    """How many of the players answered the open question, and whether that is everyone."""
    if question_id is None:
        question = current_question(game)
        question_id = question.id if question else 0
    players = select(func.count()).select_from(GamePlayer).where(
        GamePlayer.game_id == game.id, GamePlayer.removed.is_(False)).scalar_subquery()
    answered = (
        select(func.count()).select_from(GameAnswer).join(GamePlayer)
        .where(GameAnswer.game_id == game.id, GameAnswer.question_id == question_id,
               GamePlayer.removed.is_(False))
        .scalar_subquery()
    )
    players, count = db.session.execute(select(players, answered)).one()
    return {"answered": count, "players": players, "all": players > 0 and count >= players}


# --- Standings and reveals -------------------------------------------------------------------


def standings(game: Game, limit: int | None = None) -> list[Standing]:
    """Rank the game's players (removed players left out).

    Ranking rule, tie-break included: higher score first; on equal scores the player whose
    answers took less time in total ranks higher; then nicknames in case-insensitive
    alphabetical order. Ranks are 1, 2, 3, ... without shared places.
    """
    query = (
        select(GamePlayer)
        .filter_by(game_id=game.id, removed=False)
        .order_by(GamePlayer.score.desc(), GamePlayer.total_ms.asc(),
                  GamePlayer.nickname_key.asc())
    )
    if limit is not None:
        query = query.limit(limit)
    return [Standing(n, p.id, p.nickname, p.score, p.correct_count)
            for n, p in enumerate(db.session.execute(query).scalars(), start=1)]


def _rows(rows: list[Standing]) -> list[dict]:
    return [{"rank": s.rank, "nickname": s.nickname, "score": s.score} for s in rows]


def distribution(game: Game, question: Question) -> list[dict]:
    """How many players chose each option, in the game's option order."""
    counts = dict(db.session.execute(
        select(GameAnswer.choice_id, func.count())
        .join(GamePlayer)
        .where(GameAnswer.game_id == game.id, GameAnswer.question_id == question.id,
               GamePlayer.removed.is_(False))
        .group_by(GameAnswer.choice_id)
    ).all())
    return [{"id": c.id, "text": c.text, "count": counts.get(c.id, 0), "correct": c.is_correct}
            for c in options_for(game, question)]


def reveal_payload(game: Game) -> dict:
    """After a question closes: the right option, its source sentence, the chart and the top 5."""
    question = current_question(game)
    if game.status != "reveal" or question is None:
        raise GameError("Er is geen gesloten vraag om te tonen.")
    correct = question.correct_choice
    bars = distribution(game, question)
    return {
        "question_id": question.id,
        "number": game.current_position + 1,
        "total": question_count(game),
        "stem": question.stem,
        "correct_id": correct.id,
        "correct_text": correct.text,
        "evidence": question.evidence,
        "distribution": bars,
        "answered": sum(b["count"] for b in bars),
        "players": player_count(game),
        "top": _rows(standings(game, TOP)),
        "last": game.current_position + 1 >= question_count(game),
    }


def personal_results(game: Game) -> dict[int, dict]:
    """Per player id: their answer to the current question, score and rank (one query each)."""
    question = current_question(game)
    answers = {}
    if question is not None:
        answers = {a.game_player_id: a for a in db.session.execute(
            select(GameAnswer).filter_by(game_id=game.id, question_id=question.id)).scalars()}
    board = standings(game)
    total = len(board)
    results = {}
    for row in board:
        answer = answers.get(row.player_id)
        results[row.player_id] = {
            "answered": answer is not None,
            "correct": bool(answer and answer.is_correct),
            "points": answer.points if answer else 0,
            "score": row.score, "rank": row.rank, "players": total,
        }
    return results


def podium_payload(game: Game) -> dict:
    """At the end: the top three and the full ranking."""
    board = standings(game)
    return {"podium": _rows(board[:3]), "ranking": _rows(board), "players": len(board)}


# --- Restoring a screen after a reload -------------------------------------------------------


def host_state(game: Game, now: datetime | None = None) -> dict:
    """Everything the host screen needs to show the game where it is."""
    now = now or utcnow()
    state = {"status": game.status, "code": game.code, "lobby": lobby(game)}
    if game.status == "question":
        state["question"] = question_payload(game, now)
        state["progress"] = progress(game)
    elif game.status == "reveal":
        state["reveal"] = reveal_payload(game)
    elif game.status == "finished":
        state["podium"] = podium_payload(game)
    return state


def pupil_state(game: Game, player: GamePlayer, now: datetime | None = None) -> dict:
    """Everything a pupil's phone needs after a (re)connect: same nickname, same score."""
    now = now or utcnow()
    db.session.refresh(player)
    state = {"status": game.status, "nickname": player.nickname, "score": player.score}
    if game.status == "question":
        question = current_question(game)
        state["question"] = question_payload(game, now)
        points = db.session.execute(
            select(GameAnswer.points).filter_by(game_player_id=player.id, question_id=question.id)
        ).scalar_one_or_none()
        state["answered"] = points is not None
        # The score before this question: its points would tell whether the answer was right.
        state["score"] = player.score - (points or 0)
    elif game.status == "reveal":
        state["reveal"] = reveal_payload(game)
        state["result"] = personal_results(game).get(player.id)
    elif game.status == "finished":
        state["podium"] = podium_payload(game)
        state["result"] = personal_results(game).get(player.id)
    return state
