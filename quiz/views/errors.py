"""Error pages with a clear message; a failed request never leaves a half-written transaction."""

from flask import Blueprint, jsonify, render_template, request
from flask_wtf.csrf import CSRFError

from quiz.extensions import db

bp = Blueprint("errors", __name__)

MESSAGES = {
    400: "Dit verzoek klopt niet.",
    403: "Dit is niet van jou.",
    404: "Deze pagina bestaat niet.",
    405: "Dat kan hier niet.",
    413: "Wat je stuurde is te groot (maximaal 1 MB). Er is niets opgeslagen.",
    429: "Te veel verzoeken achter elkaar. Wacht even en probeer het opnieuw.",
    500: "Er ging iets mis aan onze kant. Er is niets half opgeslagen.",
}


def _render(status: int, message: str | None = None):
    db.session.rollback()
    message = message or MESSAGES.get(status, "Er ging iets mis.")
    if request.accept_mimetypes.best == "application/json" or request.path.startswith("/api/"):
        return jsonify(error=message, status=status), status
    return render_template("errors/error.html", status=status, message=message), status


@bp.app_errorhandler(CSRFError)
def csrf_error(error):
    """A form without a valid CSRF token is refused and nothing is done."""
    return _render(400, "Dit formulier is verlopen of niet van deze site. Laad de pagina "
                        "opnieuw en probeer het nog eens. Er is niets opgeslagen.")


@bp.app_errorhandler(400)
@bp.app_errorhandler(403)
@bp.app_errorhandler(404)
@bp.app_errorhandler(405)
@bp.app_errorhandler(413)
@bp.app_errorhandler(429)
@bp.app_errorhandler(500)
def http_error(error):
    """Every HTTP error gets the same page with its own message."""
    return _render(getattr(error, "code", 500) or 500)
