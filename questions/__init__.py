"""Question engine: news article text in, typed multiple-choice question records out.

    from questions import parse_text, generate
    generation = generate(parse_text(text))
    for q in generation.questions: print(q.stem, q.options, q.key)

Pass `memory=InMemoryEntities()` (or any `EntityMemory`) to `generate` across articles so
people seen earlier serve as distractors later.

No Flask and no database here; `quiz` imports this package, never the other way round.
"""

from questions.errors import AnalyzerError, ArticleError, QuestionsError
from questions.ingest import parse_text
from questions.memory import EntityMemory, InMemoryEntities
from questions.pipeline import generate
from questions.records import Article, Dropped, Generation, Question

__all__ = [
    "Article",
    "Dropped",
    "Generation",
    "Question",
    "ArticleError",
    "AnalyzerError",
    "QuestionsError",
    "parse_text",
    "generate",
    "EntityMemory",
    "InMemoryEntities",
]
