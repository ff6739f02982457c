"""Run the engine over a folder of articles; write a report and a review sheet for RUBRIC.md.

    python -m questions.evaluate /work/shared/corpus/nl [--out DIR] [--analyzer frog|simple]

Writes DIR/report.md (questions per article, fact types, drop reasons, timings),
DIR/report.json (the same numbers) and DIR/review.csv (article, evidence, context (the
headline players see), stem, options, key, plus empty columns for the seven rubric
criteria). Progress goes to stderr.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections import Counter
from pathlib import Path

from questions.analysis import REGISTRY, get_analyzer
from questions.errors import ArticleError
from questions.ingest import parse_text
from questions.memory import InMemoryEntities
from questions.pipeline import generate
from questions.resources import WORD_RE

RUBRIC_COLUMNS = [
    "well_formed",
    "answerable",
    "key_correct",
    "one_answer",
    "distractors",
    "not_given_away",
    "worth_asking",
]


def evaluate_folder(
    folder: Path, analyzer_name: str | None = None
) -> tuple[list[dict], list[dict]]:
    """Per-article result rows and review-sheet rows for every .txt file in folder."""
    files = sorted(folder.glob("*.txt"))
    results, review = [], []
    memory = InMemoryEntities()  # earlier articles of the folder feed later ones' distractors
    for n, path in enumerate(files, 1):
        print(f"[{n}/{len(files)}] {path.name}", file=sys.stderr, flush=True)
        text = path.read_text(encoding="utf-8")
        try:
            article = parse_text(text)
        except ArticleError as error:
            results.append({"article": path.name, "error": error.message})
            continue
        analyzer = get_analyzer(article.language, prefer=analyzer_name or "frog")
        generation = generate(article, analyzer=analyzer, memory=memory)
        results.append(
            {
                "article": path.name,
                "words": len(WORD_RE.findall(article.text)),
                "analyzer": generation.analyzer,
                "questions": len(generation.questions),
                "fact_types": dict(Counter(q.fact_type for q in generation.questions)),
                "templates": dict(Counter(q.template for q in generation.questions)),
                "drop_reasons": dict(Counter(d.reason for d in generation.dropped)),
                "analysis_s": round(generation.timings.get("analysis", 0.0), 4),
                "generation_s": round(generation.timings.get("generation", 0.0), 4),
            }
        )
        for q in generation.questions:
            review.append(
                {
                    "article": path.name,
                    "evidence": q.evidence,
                    "context": q.context,
                    "stem": q.stem,
                    "options": " | ".join(q.options),
                    "key": q.key,
                    "fact_type": q.fact_type,
                    "template": q.template,
                    **{c: "" for c in RUBRIC_COLUMNS},
                }
            )
    return results, review


def render_report(results: list[dict]) -> str:
    """Markdown summary of an evaluation run."""
    ok = [r for r in results if "error" not in r]
    lines = [
        "# Question engine evaluation",
        "",
        "| article | words | questions | types | analysis s | generation s |",
        "|---|---|---|---|---|---|",
    ]
    for r in results:
        if "error" in r:
            lines.append(f"| {r['article']} | - | error: {r['error']} | | | |")
            continue
        types = ", ".join(f"{k} {v}" for k, v in sorted(r["fact_types"].items()))
        lines.append(
            f"| {r['article']} | {r['words']} | {r['questions']} | {types} "
            f"| {r['analysis_s']} | {r['generation_s']} |"
        )
    types, reasons = Counter(), Counter()
    for r in ok:
        types.update(r["fact_types"])
        reasons.update(r["drop_reasons"])
    total = sum(r["questions"] for r in ok)
    lines += [
        "",
        f"Articles: {len(results)}, questions: {total}, "
        f"mean {total / max(1, len(ok)):.1f} per article.",
    ]
    for limit, target in ((250, 8), (120, 3)):
        group = [r for r in ok if r["words"] >= limit]
        hit = sum(1 for r in group if r["questions"] >= target)
        lines.append(f"Articles of {limit}+ words with >= {target} questions: {hit}/{len(group)}.")
    lines += ["", "## Fact types", ""] + [f"- {k}: {v}" for k, v in types.most_common()]
    lines += ["", "## Drop reasons", ""] + [f"- {k}: {v}" for k, v in reasons.most_common()]
    analysis = sum(r["analysis_s"] for r in ok)
    generation = sum(r["generation_s"] for r in ok)
    lines += ["", f"Time: analysis {analysis:.2f} s, generation {generation:.2f} s in total."]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    """Evaluate a folder and write report.md, report.json and review.csv."""
    parser = argparse.ArgumentParser(prog="python -m questions.evaluate")
    parser.add_argument("folder", type=Path)
    parser.add_argument("--out", type=Path, default=Path("reports/questions"))
    parser.add_argument("--analyzer", choices=sorted(REGISTRY), default=None)
    args = parser.parse_args(argv)
    results, review = evaluate_folder(args.folder, args.analyzer)
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "report.md").write_text(render_report(results), encoding="utf-8")
    (args.out / "report.json").write_text(
        json.dumps(results, ensure_ascii=False, indent=2), encoding="utf-8"
    )
    with open(args.out / "review.csv", "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(review[0]) if review else ["article"])
        writer.writeheader()
        writer.writerows(review)
    print(f"wrote {args.out}/report.md, report.json, review.csv", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
