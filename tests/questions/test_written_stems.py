"""Written questions from one clause: origin, membership, 'sinds' (own sentences, real Frog)."""

from __future__ import annotations

import pytest

from questions import generate, parse_text
from tests.questions.test_templates import stems


@pytest.mark.parametrize(
    ("sentence", "key", "stem", "template"),
    [
        (
            "De nieuwe voorzitter is Ingrid Hansen uit Denemarken, die de functie van een "
            "landgenoot overneemt.",
            "Denemarken",
            "Uit welk land komt Ingrid Hansen?",
            "origin_question",
        ),
        (
            "Op de top spraken de 27 EU-landen over de begroting van volgend jaar.",
            "27",
            "Hoeveel landen telt de EU?",
            "members_question",
        ),
        (
            "De bondskanselier bezocht Moldavië, dat sinds 2022 kandidaat-lid van de EU is, "
            "voor overleg over de grens.",
            "2022",
            "Sinds welk jaar is Moldavië kandidaat-lid van de EU?",
            "since_question",
        ),
    ],
)
def test_written_question_forms(frog, sentence, key, stem, template):
    assert stems(frog, sentence)[key] == (stem, template)


@pytest.mark.parametrize(
    ("sentence", "key"),
    [
        # a town, not a country; the home country is no question
        ("De dader is Jan Smit uit Zwolle, meldt de politie.", "Zwolle"),
        ("Kapitein Piet de Vries uit Nederland won de race.", "Nederland"),
        # one of the members, not how many there are
        ("Eén van de 32 NAVO-ministers was ziek.", "32"),
        ("Er kwamen 32 NAVO-ministers naar Brussel.", "32"),
        # 'sinds' in the past tense, or a clause that names more
        ("Hij sprak met Moldavië, dat sinds 2022 kandidaat-lid was, over de grens.", "2022"),
    ],
)
def test_no_written_question_where_the_clause_does_not_fit(frog, sentence, key):
    made = stems(frog, sentence).get(key)
    assert made is None or made[1] not in ("origin_question", "members_question", "since_question")


def test_origin_options_are_countries_one_of_them_from_the_story(frog):
    text = (
        "Schaaktoernooi\n\nDe winnaar van het toernooi in Wijk aan Zee is Lars Berg uit "
        "Noorwegen. Hij versloeg in de finale een jonge speler uit Polen, die het toernooi "
        "vorig jaar nog won."
    )
    [q] = [q for q in generate(parse_text(text), analyzer=frog).questions if q.key == "Noorwegen"]
    assert q.stem == "Uit welk land komt Lars Berg?"
    assert "Polen" in q.options  # named by the story: the key is not the only one to find
    assert len(set(q.options)) == 4 and "Nederland" not in q.options
