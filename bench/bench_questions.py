"""Benchmark of the question engine with Frog warm: articles/second, time per article, and the
engine's own time as a ratio to Frog's analysis time on the same articles. Prints; never fails.

    python bench/bench_questions.py [/work/shared/corpus/nl] [--rounds 2]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from questions import generate, parse_text  # noqa: E402
from questions.analysis import get_analyzer  # noqa: E402


def main() -> int:
    """Run every article through the engine `rounds` times after one warm-up."""
    parser = argparse.ArgumentParser()
    parser.add_argument("folder", nargs="?", default="/work/shared/corpus/nl", type=Path)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    paths = sorted(args.folder.glob("*.txt"))
    articles = [parse_text(p.read_text(encoding="utf-8")) for p in paths]
    analyzer = get_analyzer("nl", fallback=False)  # measure Frog or fail, never the fallback
    started = time.perf_counter()
    generate(articles[0], analyzer=analyzer)  # start and warm Frog
    print(f"analyzer {analyzer.name}: start + first article {time.perf_counter() - started:.1f} s")
    analysis, engine, wall = [], [], []
    for _ in range(args.rounds):
        for article in articles:
            t = time.perf_counter()
            generation = generate(article, analyzer=analyzer)
            wall.append(time.perf_counter() - t)
            analysis.append(generation.timings["analysis"])
            engine.append(generation.timings["generation"])
    n = len(wall)
    print(f"articles: {n} ({len(articles)} x {args.rounds})")
    print(f"articles/second: {n / sum(wall):.1f}")
    print(
        f"time per article: mean {statistics.mean(wall) * 1000:.0f} ms, "
        f"median {statistics.median(wall) * 1000:.0f} ms, max {max(wall) * 1000:.0f} ms"
    )
    print(f"analysis per article: mean {statistics.mean(analysis) * 1000:.0f} ms")
    print(f"engine per article:   mean {statistics.mean(engine) * 1000:.1f} ms")
    print(f"engine / analysis time ratio: {sum(engine) / max(sum(analysis), 1e-9):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
