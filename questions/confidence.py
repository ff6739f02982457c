"""How likely a reviewer is to accept a question: a model learned from the blind rounds.

Every blind round (questions/EVALUATION.md) left two reviewers' verdicts on questions from
articles the engine had not seen. Their mean verdict (0, 0.5 or 1) is the label of a small
logistic regression over surface features of the question and where its fact stands in
the story. The estimate is the question's `confidence`: the review page shows it, quizzes
put the strongest questions first, and a Dutch question below `threshold` is dropped with
that reason.

The labelled features live in `data/judged.tsv` (numbers only: the judged sentences belong
to their publishers and stay outside the repository); the weights in `data/confidence.json`.

Fitting and checking the weights: `python -m questions.learn` (questions/learn.py).
"""

from __future__ import annotations

import json
import math
import re
from functools import cache
from pathlib import Path

from questions import wordlists as W

DATA = Path(__file__).parent / "data"
MODEL_PATH = DATA / "confidence.json"

KINDS = (
    "date",
    "weekday",
    "year",
    "month",
    "percent",
    "money",
    "duration",
    "count",
    "ordinal",
    "name",
    "other",
)
DURATION_RE = re.compile(r"\b(?:jaar|jaren|maanden|maand|weken|week|dagen|dag|uur|minuten)\b")
COUNT_WORD_RE = re.compile(r"^(?:een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf)\b")
# words that add a further detail to the story rather than tell it
SIDE_MARKER_RE = re.compile(r"\b(?:ook|daarnaast|bovendien|verder|eveneens)\b")
NUMBER_RE = re.compile(r"\d+(?:[.,]\d+)*")


def key_kind(key: str) -> str:
    """What sort of answer the key is, read from its own form ('5,7 procent' -> percent)."""
    low = key.lower()
    months = W.month_names("nl")
    if any(d in low for d in W.day_names("nl")):
        return "weekday"
    if re.search(r"\d", low) and any(m in low for m in months):
        return "date"
    if re.fullmatch(r"(?:1[89]|20)\d\d", low):
        return "year"
    if any(m in low for m in months):
        return "month"
    if "procent" in low or "%" in low:
        return "percent"
    if re.search(r"euro|dollar|pond|€|\$", low):
        return "money"
    if DURATION_RE.search(low):
        return "duration"
    if re.search(r"\d", low) or COUNT_WORD_RE.search(low):
        return "count"
    if re.search(r"(?:de|ste)$", low):
        return "ordinal"
    if key[:1].isupper():
        return "name"
    return "other"


def _words(text: str) -> list[str]:
    return [w.lower() for w in re.findall(r"\w+", text)]


def _content(text: str) -> set[str]:
    return {w for w in _words(text) if len(w) > 3 and w not in W.NL_STOPWORDS and not w.isdigit()}


def features(
    headline: str, sentences: list[str], index: int, stem: str, key: str
) -> dict[str, float]:
    """Surface features of one question whose evidence is `sentences[index]`."""
    evidence = sentences[index] if 0 <= index < len(sentences) else ""
    lead = sentences[0] if sentences else ""
    near = set(_words(headline)) | set(_words(lead))
    near_stems = {w[:5] for w in near}
    title = _content(headline)
    words = len(stem.split())
    kind = key_kind(key)
    gap_noun = re.search(r"___\s+(\w+)", stem)
    noun = gap_noun.group(1).lower() if gap_noun else ""
    opening = [w for w in _words(evidence)[:4] if len(w) > 3 and w not in W.NL_STOPWORDS]
    key_words = [w for w in _words(key) if w not in W.NL_STOPWORDS]
    f = {
        "first_sentence": float(index == 0),
        "second_or_third": float(index in (1, 2)),
        "log_index": math.log1p(max(index, 0)),
        "relative_index": max(index, 0) / max(len(sentences), 1),
        "stem_words": words / 10,
        "long_stem": float(words > 25),
        "written_question": float(stem.rstrip().endswith("?")),
        "headline_overlap": len(title & _content(evidence)) / max(len(title), 1),
        "key_in_headline": float(bool(key_words) and all(w in _words(headline) for w in key_words)),
        "gap_noun_in_lead": float(len(noun) > 3 and (noun in near or noun[:5] in near_stems)),
        "subject_in_lead": float(any(w in near for w in opening)),
        "numbers": min(len(NUMBER_RE.findall(evidence)), 5) / 5,
        "brackets": float("(" in evidence),
        "commas": min(evidence.count(","), 5) / 5,
        "side_marker": float(bool(SIDE_MARKER_RE.search(evidence.lower()))),
        "attributed": float("volgens" in evidence.lower()),
        "article_words": min(sum(len(s.split()) for s in sentences) / 500, 2.0),
    }
    for k in KINDS:
        f[f"kind_{k}"] = float(kind == k)
    return f


FEATURES = tuple(features("a", ["a"], 0, "a", "a"))


@cache
def model() -> dict:
    """The fitted weights, their threshold and how they were checked."""
    return json.loads(MODEL_PATH.read_text(encoding="utf-8"))


def estimate(f: dict[str, float], weights: dict | None = None) -> float:
    """Estimated chance (0..1) that a reviewer accepts the question with features `f`."""
    m = weights or model()
    z = m["bias"] + sum(m["weights"].get(name, 0.0) * value for name, value in f.items())
    return 1 / (1 + math.exp(-z))
