"""A quiz always has a title, even when the article came without a headline."""

import pytest

from questions.records import Article
from quiz.services.articles import display_headline


@pytest.mark.parametrize(
    ("headline", "text", "title"),
    [
        ("  Rutte naar de NAVO ", "Iets.", "Rutte naar de NAVO"),
        ("", "De NAVO heeft een nieuwe baas. Hij begint dinsdag.", "De NAVO heeft een nieuwe baas"),
        (
            "",
            "Een heel lange eerste zin die maar doorgaat, over van alles en nog wat, met "
            "komma's, bijzinnen en nog veel meer woorden erachter.",
            "Een heel lange eerste zin die maar doorgaat, over van alles en nog wat …",
        ),
    ],
)
def test_display_headline(headline, text, title):
    assert display_headline(Article(headline=headline, paragraphs=(text,))) == title
