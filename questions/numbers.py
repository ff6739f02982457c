"""Reading and writing numbers, ordinals and dates in the article's own style."""

from __future__ import annotations

from dataclasses import dataclass

from num2words import num2words

from questions import resources as R
from questions import wordlists as W


@dataclass(frozen=True)
class Number:
    """A number as written: value, form ("digits"/"words"/"suffix"), decimals, separators."""

    value: float
    form: str
    decimals: int = 0
    suffix: str = ""
    thousands: bool = False
    capital: bool = False


def parse_cardinal(word: str, language: str) -> Number | None:
    """'32' / '1.500' / '0,5' / 'tien' / 'tweeëndertig' -> Number; None for anything else."""
    if language == "nl":
        if R.INT_RE.match(word):
            return Number(int(word.replace(".", "")), "digits", thousands="." in word)
        if R.DECIMAL_RE.match(word):
            return Number(float(word.replace(",", ".")), "digits", decimals=len(word.split(",")[1]))
    else:
        if R.INT_RE.match(word) and "." not in word:
            return Number(int(word), "digits")
        if R.EN_DECIMAL_RE.match(word):
            if "." in word:
                return Number(float(word), "digits", decimals=len(word.split(".")[1]))
            return Number(int(word.replace(",", "")), "digits", thousands=True)
    low = word.lower()
    if low in W.VAGUE_NUMBER_WORDS:
        return None
    words = W.nl_number_words() if language == "nl" else W.EN_NUMBER_WORDS
    if low in words:
        return Number(words[low], "words", capital=word[0].isupper())
    return None


def parse_ordinal(word: str, language: str) -> Number | None:
    """'veertiende' / '14e' / '21ste' / 'fourteenth' / '14th' -> Number."""
    match = R.ORDINAL_DIGIT_RE.match(word)
    if match:
        return Number(int(match.group(1)), "suffix", suffix=match.group(2))
    table = W.nl_ordinal_words() if language == "nl" else W.EN_ORDINAL_WORDS
    low = word.lower()
    if low in table:
        return Number(table[low], "words", capital=word[0].isupper())
    return None


def _cap(text: str, capital: bool) -> str:
    """Upper-case the first letter when the original was capitalised."""
    return text[:1].upper() + text[1:] if capital else text


def format_cardinal(value: float, like: Number, language: str) -> str | None:
    """Write value in the same form as `like` (words stay words, decimals keep their places)."""
    if like.form == "words":
        if value != int(value) or not 0 <= value <= 100:
            return None
        text = num2words(int(value), lang=language)
        if language == "nl" and text == "één":
            text = "een"
        return _cap(text, like.capital)
    if like.decimals:
        text = f"{value:.{like.decimals}f}"
        return text.replace(".", ",") if language == "nl" else text
    value = int(round(value))
    if like.thousands:
        sep = "." if language == "nl" else ","
        return f"{value:,}".replace(",", sep)
    return str(value)


def format_ordinal(value: int, like: Number, language: str) -> str | None:
    """Write an ordinal like `like`: 'vijftiende' for words, '15e' for digits with suffix."""
    if value < 1:
        return None
    if like.form == "words":
        return _cap(num2words(value, lang=language, to="ordinal"), like.capital)
    if language == "en":
        suffix = (
            "th" if 10 <= value % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(value % 10, "th")
        )
        return f"{value}{suffix}"
    if like.suffix in ("ste", "de"):
        return f"{value}{'ste' if value in (1, 8) or value >= 20 else 'de'}"
    return f"{value}{like.suffix}"


def is_number_token(word: str, language: str) -> bool:
    """True when the token reads as a cardinal number."""
    return parse_cardinal(word, language) is not None


def first_number(text: str) -> float | None:
    """Numeric reading of an option ('14e', 'veertiende', '0,5 procent', '3 december')."""
    for word in text.split():
        for parse in (parse_ordinal, parse_cardinal):
            for language in ("nl", "en"):
                number = parse(word.strip(",."), language)
                if number is not None:
                    return number.value
    return None
