"""How likely a reviewer is to accept a question: a model learned from the blind rounds.

Every blind round (questions/EVALUATION.md) left two reviewers' verdicts on questions from
articles the engine had not seen. Their mean verdict (0, 0.5 or 1) is the label of a small
logistic regression over surface features of the question and where its fact stands in
the story. The estimate is the question's `confidence`: the review page shows it, quizzes
put the strongest questions first, and a Dutch question below `threshold` is dropped with
its estimate as the reason.

The labelled features live in `data/judged.tsv` (numbers only: the judged sentences belong
to their publishers and stay outside the repository); the weights in `data/confidence.json`.

    python -m questions.confidence fit      # refit from data/judged.tsv, print the
                                            # leave-one-round-out check, write the weights
    python -m questions.confidence extract SHEET_DIR ...   # rebuild data/judged.tsv from
                                            # judged review sheets (review.csv + articles/)
"""

from __future__ import annotations

import csv
import json
import math
import re
import sys
from functools import cache
from pathlib import Path

from questions import wordlists as W

DATA = Path(__file__).parent / "data"
MODEL_PATH = DATA / "confidence.json"
JUDGED_PATH = DATA / "judged.tsv"

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
    months = month_names()
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


@cache
def month_names() -> tuple[str, ...]:
    return W.month_names("nl")


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


def fit(rows: list[tuple[list[float], float]], l2: float = 1.0, steps: int = 800) -> dict:
    """Logistic regression by plain gradient descent (a few hundred rows: no library needed)."""
    w = [0.0] * (len(FEATURES) + 1)
    n = max(len(rows), 1)
    for _ in range(steps):
        grad = [0.0] * len(w)
        for x, y in rows:
            z = w[0] + sum(a * b for a, b in zip(w[1:], x, strict=True))
            err = 1 / (1 + math.exp(-z)) - y
            grad[0] += err
            for j, v in enumerate(x):
                grad[j + 1] += err * v
        for j in range(len(w)):
            w[j] -= 0.3 * (grad[j] + (l2 * w[j] if j else 0.0)) / n
    return {"bias": w[0], "weights": dict(zip(FEATURES, w[1:], strict=True))}


def read_judged(path: Path = JUDGED_PATH) -> list[dict]:
    """The labelled feature rows: round, label and one column per feature."""
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


def _vector(row: dict) -> list[float]:
    return [float(row[name]) for name in FEATURES]


def held_out(rows: list[dict], l2: float = 1.0) -> list[tuple[float, float, str]]:
    """(estimate, label, round) for every row, each from a model fitted without its round."""
    out = []
    for r in sorted({row["round"] for row in rows}):
        train = [(_vector(x), float(x["label"])) for x in rows if x["round"] != r]
        m = fit(train, l2)
        for x in rows:
            if x["round"] == r:
                f = dict(zip(FEATURES, _vector(x), strict=True))
                out.append((estimate(f, m), float(x["label"]), r))
    return out


def report(checked: list[tuple[float, float, str]], threshold: float) -> dict:
    """Acceptance of all held-out questions, and of those at or above the threshold."""
    kept = [y for p, y, _ in checked if p >= threshold]
    return {
        "questions": len(checked),
        "accepted": round(sum(y for _, y, _ in checked) / max(len(checked), 1), 3),
        "kept": len(kept),
        "kept_accepted": round(sum(kept) / max(len(kept), 1), 3),
    }


def extract(sheet_dirs: list[Path], out: Path = JUDGED_PATH) -> int:
    """Feature rows from judged review sheets (DIR1 and DIR2 hold one round's two reviews)."""
    from questions.analysis import get_analyzer
    from questions.ingest import parse_text

    analyzer = get_analyzer("nl")
    rows = []
    for first in sheet_dirs:
        second = Path(str(first)[:-1] + "2")
        round_name = first.name[-2]
        with (
            (first / "review.csv").open(encoding="utf-8") as a,
            (second / "review.csv").open(encoding="utf-8") as b,
        ):
            pairs = list(zip(csv.DictReader(a), csv.DictReader(b), strict=True))
        for one, two in pairs:
            article = parse_text((first / "articles" / one["article"]).read_text("utf-8"))
            texts = [s.text for s in analyzer.analyze(article.text)]
            index = _find(texts, one["evidence"])
            label = (_verdict(one["acceptable"]) + _verdict(two["acceptable"])) / 2
            f = features(article.headline, texts, index, one["stem"], one["key"])
            rows.append({"round": round_name, "label": label, **f})
    with out.open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, ["round", "label", *FEATURES], delimiter="\t")
        w.writeheader()
        for row in rows:
            w.writerow({k: (round(v, 4) if isinstance(v, float) else v) for k, v in row.items()})
    return len(rows)


def _find(texts: list[str], evidence: str) -> int:
    for i, t in enumerate(texts):
        if t == evidence or evidence[:60] in t or t[:60] in evidence:
            return i
    return len(texts)


def _verdict(value: str) -> int:
    try:
        return int(float(value or 0))
    except ValueError:
        return 0


def main(argv: list[str]) -> int:
    if argv[:1] == ["extract"] and len(argv) > 1:
        print(extract([Path(d) for d in argv[1:]]), "rows written to", JUDGED_PATH)
        return 0
    if argv[:1] != ["fit"]:
        print(__doc__)
        return 2
    rows = read_judged()
    threshold = model()["threshold"] if MODEL_PATH.exists() else 0.5
    checked = held_out(rows)
    m = fit([(_vector(x), float(x["label"])) for x in rows])
    m["threshold"] = threshold
    rounds = "".join(sorted({x["round"] for x in rows}))
    m["trained_on"] = {"questions": len(rows), "rounds": rounds}
    m["held_out"] = report(checked, threshold)
    MODEL_PATH.write_text(json.dumps(m, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(m["held_out"]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
