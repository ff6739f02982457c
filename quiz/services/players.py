"""Players: nickname rules and the cookie token that identifies a player's browser."""

from __future__ import annotations

import re
import secrets
import unicodedata

from quiz.extensions import db
from quiz.models import Player

NICKNAME_MIN, NICKNAME_MAX = 2, 24
_ALLOWED = re.compile(r"^[\w][\w .\-']*$")
# A short list is a speed bump, not a moderation system; hosts can still remove players.
_BLOCKED = frozenset({
    "kut", "lul", "hoer", "kanker", "kankerlijer", "tering", "tyfus", "fuck", "fucker", "shit",
    "bitch", "nazi", "neuk", "neuker", "slet", "admin", "moderator",
})


class NicknameError(ValueError):
    """A nickname that cannot be used, with the reason in Dutch for the player."""


def normalise_nickname(raw: str) -> str:
    """Trim, fold runs of spaces and normalise Unicode (NFKC) so look-alikes compare equal."""
    return " ".join(unicodedata.normalize("NFKC", raw or "").split())


def check_nickname(raw: str) -> str:
    """The cleaned nickname, or NicknameError saying what is wrong with it."""
    nickname = normalise_nickname(raw)
    if not NICKNAME_MIN <= len(nickname) <= NICKNAME_MAX:
        raise NicknameError(f"Kies een bijnaam van {NICKNAME_MIN} tot {NICKNAME_MAX} tekens.")
    if not _ALLOWED.match(nickname) or any(unicodedata.category(c)[0] == "C" for c in nickname):
        raise NicknameError("Gebruik alleen letters, cijfers, spaties en . - ' _")
    # Whole words only, so "Catering" or "Kutlu" are not caught by a substring.
    folded = nickname.casefold()
    words = set(re.split(r"[\W_\d]+", folded)) | {re.sub(r"[\W_\d]+", "", folded)}
    if words & _BLOCKED:
        raise NicknameError("Kies een andere bijnaam.")
    return nickname


def player_for_token(token: str | None) -> Player | None:
    """The player whose browser carries this cookie token."""
    if not token:
        return None
    return db.session.execute(db.select(Player).filter_by(token=token)).scalar_one_or_none()


def claim_nickname(raw: str, current: Player | None = None) -> Player:
    """The player for this nickname: the current browser's own, or a new one if it is free."""
    nickname = check_nickname(raw)
    key = nickname.casefold()
    if current is not None and current.nickname_key == key:
        return current
    taken = db.session.execute(db.select(Player).filter_by(nickname_key=key)).scalar_one_or_none()
    if taken is not None:
        raise NicknameError("Deze bijnaam is al in gebruik. Kies een andere.")
    player = Player(nickname=nickname, nickname_key=key, token=secrets.token_urlsafe(32))
    db.session.add(player)
    db.session.commit()
    return player
