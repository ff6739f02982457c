"""Predecessor and successor: who came before or after whom in an office (real Frog)."""

from __future__ import annotations

import pytest

from questions import generate, parse_text
from questions.facts import Succession, extract
from questions.gazetteers import known_people
from questions.spans import mentions
from tests.questions.test_templates import stems


def successions(frog, text: str) -> set[tuple[str, str, Succession]]:
    """(type, key, value) of every predecessor or successor fact in text."""
    sentences = frog.analyze(text)
    found = [m for s in sentences for m in mentions(s)]
    return {
        (f.type, f.key, f.value)
        for s in sentences
        for f in extract(s, "nl", found)
        if f.type in ("predecessor", "successor")
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Robin van Persie volgt Brian Priske op als trainer van Feyenoord.",
            {
                (
                    "successor",
                    "Robin van Persie",
                    Succession("Brian Priske", "volgt", "als trainer van Feyenoord"),
                ),
                (
                    "predecessor",
                    "Brian Priske",
                    Succession("Robin van Persie", "is", "als trainer van Feyenoord"),
                ),
            },
        ),
        (
            "Eva Bos volgde in juni Tom de Wit op.",
            {
                ("successor", "Eva Bos", Succession("Tom de Wit", "volgde")),
                ("predecessor", "Tom de Wit", Succession("Eva Bos", "was")),
            },
        ),
        (
            "Anna de Vries wordt de opvolger van Sanne Dekker als burgemeester van Zwolle.",
            {
                (
                    "successor",
                    "Anna de Vries",
                    Succession("Sanne Dekker", "wordt", "als burgemeester van Zwolle"),
                ),
                (
                    "predecessor",
                    "Sanne Dekker",
                    Succession("Anna de Vries", "is", "als burgemeester van Zwolle"),
                ),
            },
        ),
        (
            "Kees Bos, de voorganger van Pieter Smit, vertrok in mei naar Brussel.",
            {
                ("predecessor", "Kees Bos", Succession("Pieter Smit", "is")),
                ("successor", "Pieter Smit", Succession("Kees Bos", "is")),
            },
        ),
        (
            # a genitive names the other side: 'Smits voorganger' is Pieter Smit's
            "Pieter Smit is sinds maart directeur. Smits voorganger Kees Bos vertrok naar Gent.",
            {("predecessor", "Kees Bos", Succession("Pieter Smit", "is"))},
        ),
    ],
)
def test_succession_facts(frog, text, expected):
    assert successions(frog, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Eva Bos is de mogelijke opvolger van Tom de Wit.",  # speculation
        "Eva Bos zal Tom de Wit in juni opvolgen.",  # a modal verb: not yet a fact
        "Eva Bos volgt Tom de Wit niet op.",  # a negation
        "Haar voorganger Tom de Wit vertrok naar Gent.",  # a pronoun, not a name
        "Eva Bos volgt Bos op.",  # no full name on the other side
    ],
)
def test_no_succession_fact_from_speculation_modals_negations_or_pronouns(frog, text):
    assert successions(frog, text) == set()


@pytest.mark.parametrize(
    ("text", "key", "stem"),
    [
        (
            "Robin van Persie volgt Brian Priske op als trainer van Feyenoord.",
            "Robin van Persie",
            "Wie volgt Brian Priske op als trainer van Feyenoord?",
        ),
        (
            "Eva Bos volgde in juni Tom de Wit op.",
            "Tom de Wit",
            "Wie was de voorganger van Eva Bos?",
        ),
        (
            "Anna de Vries wordt de opvolger van Sanne Dekker als burgemeester van Zwolle.",
            "Anna de Vries",
            "Wie wordt de opvolger van Sanne Dekker als burgemeester van Zwolle?",
        ),
        (
            # the other side's surname in the sentence, the full name from the article
            "Pieter Smit is sinds maart directeur. Smits voorganger Kees Bos vertrok naar Gent.",
            "Kees Bos",
            "Wie is de voorganger van Pieter Smit?",
        ),
    ],
)
def test_succession_questions(frog, text, key, stem):
    assert stems(frog, text)[key] == (stem, "succession_question")


def test_a_successor_gets_people_of_the_named_office_never_the_predecessor(frog):
    text = (
        "Nieuwe trainer bij Feyenoord\n\n"
        "Robin van Persie volgt Brian Priske op als trainer van Feyenoord. De club maakte "
        "dat maandag bekend. Priske moest vorige week vertrekken na slechte resultaten. "
        "Bondscoach Ronald Koeman noemde de keuze logisch."
    )
    generation = generate(parse_text(text), analyzer=frog)
    asked = [q for q in generation.questions if q.fact_type in ("successor", "predecessor")]
    assert [(q.stem, q.key) for q in asked] == [
        ("Wie volgt Brian Priske op als trainer van Feyenoord?", "Robin van Persie")
    ]
    # trainers, one of them named in the story (a key alone in the article would stand out)
    trainers = {name for name, _ in known_people()["trainer"]} | {"Robin van Persie"}
    options = set(asked[0].options)
    assert len(options) == 4 and options <= trainers
    assert "Brian Priske" not in options and "Ronald Koeman" in options
    # the question about the predecessor would give this one away: one of the two only
    assert all(q.key != "Brian Priske" for q in generation.questions)


def test_without_people_of_the_office_the_story_people_stand_in(frog):
    # no premier but the key in the story: the options are its other politicians
    text = (
        "Nieuwe premier\n\nKees Bos volgde Piet Mol op als premier van Nederland. De Kamer "
        "debatteerde dinsdag met Bos. Kamerleden Jan Smit, Tom Bakker en Henk Vos waren "
        "kritisch over de plannen van het nieuwe kabinet."
    )
    generation = generate(parse_text(text), analyzer=frog)
    [q] = [q for q in generation.questions if q.fact_type == "successor"]
    assert q.stem == "Wie volgde Piet Mol op als premier van Nederland?"
    assert set(q.options) == {"Kees Bos", "Jan Smit", "Tom Bakker", "Henk Vos"}
