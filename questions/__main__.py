"""Command line: print the questions for one article.

    python -m questions FILE|- [--json] [--limit N] [--analyzer frog|simple] [--language nl|en]

Without --json: a readable list, the key marked with '*'. With --json: one JSON object
    {"analyzer": "frog", "article": {"headline": ..., "language": ...},
     "questions": [{"context", "stem", "options", "answer_index", "key", "evidence", "fact_type",
                    "template", "difficulty", "confidence"}, ...],
     "dropped": N}
The analyzer used is also written to stderr. Exit status 2 when the text is not an article.
"""

from __future__ import annotations

import argparse
import json
import sys

from questions.analysis import REGISTRY, get_analyzer
from questions.errors import ArticleError, QuestionsError
from questions.ingest import parse_text
from questions.pipeline import generate
from questions.records import Question


def question_dict(q: Question) -> dict:
    """A question as a plain JSON-ready dict."""
    return {
        "context": q.context,
        "stem": q.stem,
        "options": list(q.options),
        "answer_index": q.answer_index,
        "key": q.key,
        "evidence": q.evidence,
        "fact_type": q.fact_type,
        "template": q.template,
        "difficulty": q.difficulty,
        "confidence": q.confidence,
    }


def main(argv: list[str] | None = None) -> int:
    """Run the engine on a file (or stdin) and print its questions."""
    parser = argparse.ArgumentParser(
        prog="python -m questions", description="Quiz questions from a news article."
    )
    parser.add_argument("file", help="article text file, or - for stdin")
    parser.add_argument("--json", action="store_true", help="print a JSON object")
    parser.add_argument("--limit", type=int, default=None, help="at most N questions")
    parser.add_argument("--analyzer", choices=sorted(REGISTRY), default=None)
    parser.add_argument("--language", choices=["nl", "en"], default=None)
    args = parser.parse_args(argv)
    if args.file == "-":
        text = sys.stdin.read()
    else:
        with open(args.file, encoding="utf-8") as handle:
            text = handle.read()
    try:
        article = parse_text(text, language=args.language)
        analyzer = get_analyzer(article.language, prefer=args.analyzer or "frog")
        generation = generate(article, analyzer=analyzer, limit=args.limit)
    except ArticleError as error:
        print(f"error: {error.message}", file=sys.stderr)
        return 2
    except QuestionsError as error:
        print(f"error: {error.message}", file=sys.stderr)
        return 1
    print(f"analyzer: {generation.analyzer}", file=sys.stderr)
    if args.json:
        payload = {
            "analyzer": generation.analyzer,
            "article": {"headline": article.headline, "language": article.language},
            "questions": [question_dict(q) for q in generation.questions],
            "dropped": len(generation.dropped),
        }
        print(json.dumps(payload, ensure_ascii=False, indent=2))
        return 0
    print(f"Over: {article.headline}" if article.headline else "(geen kop)")
    for n, q in enumerate(generation.questions, 1):
        print(f"{n}. {q.stem}")
        for k, option in enumerate(q.options):
            print(f"   {'*' if k == q.answer_index else ' '} {option}")
        print(f"   [{q.fact_type}/{q.template}, difficulty {q.difficulty}]")
    print(f"({len(generation.questions)} questions, {len(generation.dropped)} candidates dropped)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
