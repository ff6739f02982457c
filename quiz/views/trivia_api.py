"""The Open Trivia DB-style JSON API: /api.php, /api_token.php, /api_category.php, /api_count.php.

GET only and without cookies, so trivia clients can use it as they use Open Trivia DB; the
rules (what is served, the response codes) live in ``quiz.services.trivia_api``.
"""

from __future__ import annotations

from flask import Blueprint, current_app, jsonify, request

from quiz.extensions import limiter
from quiz.services import trivia_api as trivia

bp = Blueprint("trivia_api", __name__)

MESSAGES = {trivia.SUCCESS: "Token Generated Successfully!",
            trivia.RATE_LIMIT: "Too many requests; wait a few seconds."}


def _rate_limited(_limit):
    """Open Trivia DB answers a too-fast client with response code 5 (HTTP 429)."""
    response = jsonify(response_code=trivia.RATE_LIMIT, results=[],
                       response_message=MESSAGES[trivia.RATE_LIMIT])
    response.status_code = 429
    return response


@bp.errorhandler(429)
def too_many_requests(error):
    """Keep the JSON answer for trivia clients (the site's error page is HTML)."""
    return _rate_limited(None)


def _limit() -> str:
    return current_app.config.get("TRIVIA_RATE_LIMIT", "30 per minute")


@bp.get("/api.php")
@limiter.limit(_limit)
def questions():
    """``amount`` approved questions, optionally by category and difficulty, never repeated
    for a session token."""
    try:
        query = trivia.parse_query(request.args)
        found = trivia.fetch(query)
    except trivia.ApiError as error:
        return jsonify(response_code=error.code, results=[])
    return jsonify(response_code=trivia.SUCCESS,
                   results=[trivia.as_result(q, query.encode) for q in found])


@bp.get("/api_token.php")
@limiter.limit(_limit)
def token():
    """``command=request`` makes a session token; ``command=reset&token=...`` empties it."""
    command = request.args.get("command")
    try:
        if command == "request":
            return jsonify(response_code=trivia.SUCCESS, token=trivia.request_token(),
                           response_message=MESSAGES[trivia.SUCCESS])
        if command == "reset":
            return jsonify(response_code=trivia.SUCCESS,
                           token=trivia.reset_token(request.args.get("token")))
    except trivia.ApiError as error:
        return jsonify(response_code=error.code, response_message=str(error))
    return jsonify(response_code=trivia.INVALID_PARAMETER,
                   response_message="command must be request or reset")


@bp.get("/api_category.php")
def categories():
    """The categories and their numbers."""
    return jsonify(trivia_categories=trivia.categories())


@bp.get("/api_count.php")
def count():
    """How many questions a category has, per difficulty."""
    category = request.args.get("category", "")
    if not category.isdigit() or int(category) not in trivia.CATEGORIES:
        return jsonify(response_code=trivia.INVALID_PARAMETER), 400
    return jsonify(category_id=int(category),
                   category_question_count=trivia.counts(int(category)))
