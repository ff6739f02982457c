"""Command line: print the questions for one article.

    python -m questions FILE|URL|- [--json] [--limit N] [--analyzer frog|simple]
                                   [--language nl|en] [--allow-private] [--min-confidence P]

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
import re
import sys
from pathlib import Path

from questions.analysis import REGISTRY, get_analyzer
from questions.errors import ArticleError, QuestionsError
from questions.fetch import FetchError, fetch
from questions.html import parse_html
from questions.ingest import parse_text
from questions.pipeline import generate
from questions.records import Article, Question


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


HTML_START_RE = re.compile(rb"^\s*(?:<!doctype html|<html|<\?xml)", re.I)


def read_article(
    source: str, language: str | None = None, *, allow_private: bool = False
) -> Article:
    """The article behind a file name, a URL or '-' (stdin); HTML pages go through the same
    extraction as the app's imports, plain text through `parse_text`."""
    if source.startswith(("http://", "https://")):
        response = fetch(source, allow_private=allow_private)
        page = parse_html(
            response.body,
            url=response.url,
            content_type=response.content_type,
            charset=response.charset,
        )
        return page.article
    raw = sys.stdin.buffer.read() if source == "-" else Path(source).read_bytes()
    if source.lower().endswith((".html", ".htm")) or HTML_START_RE.match(raw[:200]):
        return parse_html(raw).article
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")  # older Windows files
    return parse_text(text, language=language)


def _fail(error: Exception, source: str) -> int:
    """Print the error for the user; exit status 2 for input that is not an article, else 1."""
    if isinstance(error, OSError):
        message = f"{error.strerror or error}: {source}"
    else:
        message = getattr(error, "message", None) or str(error)
    print(f"error: {message}", file=sys.stderr)
    not_an_article = isinstance(error, ArticleError | FetchError | OSError)
    return 2 if not_an_article else 1


def main(argv: list[str] | None = None) -> int:
    """Run the engine on a file (or stdin) and print its questions."""
    parser = argparse.ArgumentParser(
        prog="python -m questions", description="Quiz questions from a news article."
    )
    parser.add_argument("file", help="article text or HTML file, an http(s) URL, or - for stdin")
    parser.add_argument("--json", action="store_true", help="print a JSON object")
    parser.add_argument("--limit", type=int, default=None, help="at most N questions")
    parser.add_argument("--analyzer", choices=sorted(REGISTRY), default=None)
    parser.add_argument("--language", choices=["nl", "en"], default=None)
    parser.add_argument(
        "--min-confidence",
        type=float,
        default=None,
        metavar="P",
        help="drop Dutch questions whose estimated acceptance is below P (default: the "
        "learned threshold; 0 keeps all the rules let through)",
    )
    parser.add_argument(
        "--allow-private",
        action="store_true",
        help="also fetch from loopback and private addresses (a local test server)",
    )
    args = parser.parse_args(argv)
    try:
        article = read_article(args.file, args.language, allow_private=args.allow_private)
        analyzer = get_analyzer(article.language, prefer=args.analyzer or "frog")
        generation = generate(
            article, analyzer=analyzer, limit=args.limit, min_confidence=args.min_confidence
        )
    except (FetchError, ArticleError, OSError, QuestionsError) as error:
        return _fail(error, args.file)
    print(f"analyzer: {generation.analyzer}", file=sys.stderr)
    if generation.analyzer_note:
        print(f"  (Frog was not usable: {generation.analyzer_note})", file=sys.stderr)
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
        print(
            f"   [{q.fact_type}/{q.template}, difficulty {q.difficulty}, "
            f"confidence {q.confidence:.2f}]"
        )
    print(f"({len(generation.questions)} questions, {len(generation.dropped)} candidates dropped)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
