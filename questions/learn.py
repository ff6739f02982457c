"""Fit and check the confidence model (questions/confidence.py) on the reviewers' verdicts.

python -m questions.learn fit      # refit from data/judged.tsv, print the
                                   # leave-one-round-out check, write the weights
python -m questions.learn extract SHEET_DIR1 ...   # rebuild data/judged.tsv from judged
                                   # review sheets: DIRn1/review.csv and DIRn2/review.csv
                                   # (one round's two reviewers) and DIRn1/articles/
"""

from __future__ import annotations

import csv
import json
import math
import sys
from pathlib import Path

from questions.confidence import DATA, FEATURES, MODEL_PATH, estimate, features, model

JUDGED_PATH = DATA / "judged.tsv"


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
