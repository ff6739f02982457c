"""Configuration read from the environment; tests pass their own mapping to ``create_app``."""

import os
import secrets
from pathlib import Path


def _secret_key(instance_path: Path) -> str:
    """SECRET_KEY from the environment, else one generated once and kept in the instance folder."""
    if os.environ.get("SECRET_KEY"):
        return os.environ["SECRET_KEY"]
    key_file = instance_path / "secret_key"
    if not key_file.exists():
        instance_path.mkdir(parents=True, exist_ok=True)
        key_file.write_text(secrets.token_hex(32))
        key_file.chmod(0o600)
    return key_file.read_text().strip()


def _database_url(instance_path: Path) -> str:
    """DATABASE_URL from the environment, else a SQLite file in the instance folder."""
    url = os.environ.get("DATABASE_URL")
    if url:
        # psycopg 3 is the driver we ship; accept the common postgres:// spelling too.
        for prefix in ("postgres://", "postgresql://"):
            if url.startswith(prefix):
                return "postgresql+psycopg://" + url[len(prefix):]
        return url
    return f"sqlite:///{instance_path / 'quiz.db'}"


def from_environment(instance_path: str) -> dict:
    """The settings for a real run of the app."""
    path = Path(instance_path)
    return {
        "SECRET_KEY": _secret_key(path),
        "SQLALCHEMY_DATABASE_URI": _database_url(path),
        "QUIZ_ANALYZER": os.environ.get("QUIZ_ANALYZER", "frog"),
        "QUIZ_TIMEZONE": os.environ.get("QUIZ_TIMEZONE", "Europe/Amsterdam"),
        "RATELIMIT_STORAGE_URI": os.environ.get("RATELIMIT_STORAGE_URI", "memory://"),
    }


DEFAULTS = {
    # Overridden by the environment (from_environment) or a test's config.
    "QUIZ_ANALYZER": "frog",
    "QUIZ_TIMEZONE": "Europe/Amsterdam",
    "RATELIMIT_STORAGE_URI": "memory://",
    # Articles are pasted text: 1 MB is far above any news article and keeps junk out.
    "MAX_CONTENT_LENGTH": 1024 * 1024,
    "SQLALCHEMY_ENGINE_OPTIONS": {"pool_pre_ping": True},
    "QUESTION_TIME_LIMIT": 30,
    "PLAYER_COOKIE": "quiz_player",
    "PLAYER_COOKIE_MAX_AGE": 365 * 24 * 3600,
    "RATELIMIT_HEADERS_ENABLED": True,
    "ANSWER_RATE_LIMIT": "120 per minute",
    "SUBMIT_RATE_LIMIT": "20 per minute",
}
