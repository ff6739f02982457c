"""Approved questions in the Open Trivia DB format, so existing trivia clients can play them.

Only questions that a teacher approved and that stand in a published quiz are ever served.
Response codes are Open Trivia DB's: 0 success, 1 no results (fewer matching questions than
asked), 2 invalid parameter, 3 token not found, 4 token empty (this token has had every
matching question: reset it), 5 rate limit (answered by the view). A session token remembers
which questions it has been given, so it never gets one twice until it is reset; a token not
used for ``TOKEN_IDLE`` is forgotten, as on Open Trivia DB.

Difficulty comes from the engine's estimate (0 easy .. 1 hard): below 0.4 easy, below 0.7
medium, else hard. Categories group the fact types; their numbers are fixed.
"""

from __future__ import annotations

import base64
import html
import random
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from urllib.parse import quote

from sqlalchemy import case, delete

from quiz.extensions import db
from quiz.models import ApiToken, ApiTokenQuestion, Question, Quiz, QuizItem
from quiz.models.base import utcnow

SUCCESS, NO_RESULTS, INVALID_PARAMETER, TOKEN_NOT_FOUND, TOKEN_EMPTY, RATE_LIMIT = range(6)
MAX_AMOUNT = 50
TOKEN_IDLE = timedelta(hours=6)
DIFFICULTIES = ("easy", "medium", "hard")
ENCODINGS = ("default", "url3986", "base64")

# id -> (name, fact types); "other" catches every fact type not listed elsewhere.
CATEGORIES: dict[int, tuple[str, frozenset[str]]] = {
    9: ("Nieuws: personen", frozenset({"person", "role", "predecessor", "successor"})),
    10: ("Nieuws: plaatsen en organisaties",
         frozenset({"place", "origin", "organisation", "country"})),
    11: ("Nieuws: getallen", frozenset({"count", "amount", "percentage", "ordinal",
                                        "duration"})),
    12: ("Nieuws: data en tijd", frozenset({"year", "date", "month", "weekday"})),
    13: ("Nieuws: overig", frozenset()),
}
_LISTED = frozenset().union(*(types for _, types in CATEGORIES.values()))


class ApiError(Exception):
    """A request answered with a non-zero response code."""

    def __init__(self, code: int, message: str):
        super().__init__(message)
        self.code = code


@dataclass(frozen=True)
class Query:
    """A validated /api.php request."""

    amount: int
    category: int | None = None
    difficulty: str | None = None
    encode: str = "default"
    token: str | None = None


def parse_query(args) -> Query:
    """Check the request's parameters; ApiError(2) for anything Open Trivia DB would refuse."""
    try:
        amount = int(args.get("amount", ""))
    except ValueError:
        raise ApiError(INVALID_PARAMETER, "amount must be a whole number") from None
    if not 1 <= amount <= MAX_AMOUNT:
        raise ApiError(INVALID_PARAMETER, f"amount must be 1 to {MAX_AMOUNT}")
    category = args.get("category") or None
    if category is not None:
        if not category.isdigit() or int(category) not in CATEGORIES:
            raise ApiError(INVALID_PARAMETER, "unknown category")
        category = int(category)
    difficulty = args.get("difficulty") or None
    if difficulty not in (None, *DIFFICULTIES):
        raise ApiError(INVALID_PARAMETER, "difficulty must be easy, medium or hard")
    kind = args.get("type") or None
    if kind not in (None, "multiple", "boolean"):
        raise ApiError(INVALID_PARAMETER, "type must be multiple or boolean")
    if kind == "boolean":
        raise ApiError(NO_RESULTS, "this server has multiple-choice questions only")
    encode = args.get("encode") or "default"
    if encode not in ENCODINGS:
        raise ApiError(INVALID_PARAMETER, "encode must be url3986 or base64")
    return Query(amount, category, difficulty, encode, args.get("token") or None)


def difficulty_of(value: float) -> str:
    """The engine's 0..1 estimate as easy, medium or hard."""
    return "easy" if value < 0.4 else "medium" if value < 0.7 else "hard"


def category_of(fact_type: str) -> int:
    """The category number of a fact type."""
    for number, (_, types) in CATEGORIES.items():
        if fact_type in types:
            return number
    return 13


def _difficulty_condition(name: str):
    bucket = case((Question.difficulty < 0.4, "easy"), (Question.difficulty < 0.7, "medium"),
                  else_="hard")
    return bucket == name


def servable():
    """A select() of question ids that may be served: approved, in a published quiz."""
    published = db.select(QuizItem.question_id).join(Quiz).where(Quiz.is_draft.is_(False))
    return db.select(Question.id).where(Question.status == "approved",
                                        Question.id.in_(published))


def _matching(query: Query):
    select = servable()
    if query.category is not None:
        types = CATEGORIES[query.category][1]
        select = select.where(Question.fact_type.not_in(_LISTED) if query.category == 13
                              else Question.fact_type.in_(types))
    if query.difficulty:
        select = select.where(_difficulty_condition(query.difficulty))
    return select


def find_token(value: str | None, now: datetime | None = None) -> ApiToken:
    """The live token with this value; ApiError(3) when unknown or idle too long."""
    now = now or utcnow()
    token = db.session.execute(
        db.select(ApiToken).filter_by(token=value or "")).scalar_one_or_none()
    if token is None or now - token.used_at > TOKEN_IDLE:
        raise ApiError(TOKEN_NOT_FOUND, "Token does not exist.")
    return token


def request_token(now: datetime | None = None) -> str:
    """A new session token (tokens idle for longer than TOKEN_IDLE are cleared out first)."""
    now = now or utcnow()
    idle = db.select(ApiToken.id).where(ApiToken.used_at < now - TOKEN_IDLE)
    db.session.execute(delete(ApiTokenQuestion).where(ApiTokenQuestion.token_id.in_(idle)))
    db.session.execute(delete(ApiToken).where(ApiToken.used_at < now - TOKEN_IDLE))
    token = ApiToken(token=secrets.token_hex(32), created_at=now, used_at=now)
    db.session.add(token)
    db.session.commit()
    return token.token


def reset_token(value: str | None, now: datetime | None = None) -> str:
    """Forget which questions the token has had."""
    token = find_token(value, now)
    db.session.execute(delete(ApiTokenQuestion).where(ApiTokenQuestion.token_id == token.id))
    token.used_at = now or utcnow()
    db.session.commit()
    return token.token


def fetch(query: Query, *, rng: random.Random | None = None,
          now: datetime | None = None) -> list[Question]:
    """``query.amount`` random matching questions (never one the token already had)."""
    rng = rng or random.SystemRandom()
    token = find_token(query.token, now) if query.token else None
    ids = set(db.session.execute(_matching(query)).scalars())
    unseen = ids
    if token is not None:
        seen = set(db.session.execute(db.select(ApiTokenQuestion.question_id)
                                      .filter_by(token_id=token.id)).scalars())
        unseen = ids - seen
        token.used_at = now or utcnow()
    if len(unseen) < query.amount:
        db.session.commit()
        if token is not None and len(ids) >= query.amount:
            raise ApiError(TOKEN_EMPTY, "Token has returned all questions for this query.")
        raise ApiError(NO_RESULTS, "Not enough questions for this query.")
    chosen = rng.sample(sorted(unseen), query.amount)
    if token is not None:
        db.session.add_all(ApiTokenQuestion(token_id=token.id, question_id=q) for q in chosen)
    db.session.commit()
    rows = {q.id: q for q in db.session.execute(
        db.select(Question).where(Question.id.in_(chosen))).scalars()}
    return [rows[q] for q in chosen]


def _encoder(name: str):
    if name == "base64":
        return lambda s: base64.b64encode(s.encode("utf-8")).decode("ascii")
    if name == "url3986":
        return lambda s: quote(s, safe="")
    return lambda s: html.escape(s, quote=True).replace("&#x27;", "&#039;")


def as_result(question: Question, encode: str = "default") -> dict:
    """One question in Open Trivia DB's result shape."""
    enc = _encoder(encode)
    key = question.correct_choice
    return {
        "type": enc("multiple"),
        "difficulty": enc(difficulty_of(question.difficulty)),
        "category": enc(CATEGORIES[category_of(question.fact_type)][0]),
        "question": enc(question.stem),
        "correct_answer": enc(key.text),
        "incorrect_answers": [enc(c.text) for c in question.choices if c.id != key.id],
    }


def categories() -> list[dict]:
    """The category list, as /api_category.php gives it."""
    return [{"id": number, "name": name} for number, (name, _) in CATEGORIES.items()]


def counts(category: int) -> dict:
    """How many servable questions a category has, in total and per difficulty."""
    result = {"total_question_count": 0}
    for level in DIFFICULTIES:
        n = len(db.session.execute(_matching(Query(1, category, level))).all())
        result[f"total_{level}_question_count"] = n
        result["total_question_count"] += n
    return result
