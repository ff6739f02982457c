"""Written questions from one clause: origin, membership, 'sinds' (own sentences, real Frog)."""

from __future__ import annotations

import pytest

from questions import generate, parse_text
from questions import wordlists as W
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


OFFICE_STORY = (
    "{headline}\n\n{sentence} Volgens {surname} is het plan klaar voor de zomer. "
    "De gemeenteraad praat er in mei over, en daarna volgt een besluit over de kosten van "
    "het plan en de planning van de bouw."
)


@pytest.mark.parametrize(
    ("sentence", "name", "key"),
    [
        ("Wethouder Anna Bos wil een nieuw zwembad bouwen.", "Anna Bos", "wethouder"),
        ("Dat zei burgemeester Piet de Graaf dinsdag.", "Piet de Graaf", "burgemeester"),
        (
            "Minister van Financiën Karel Smit wil meer geld uitgeven.",
            "Karel Smit",
            "minister van Financiën",
        ),
        (
            "De Spaanse minister van Buitenlandse Zaken Carlos Ruiz sprak in Den Haag met "
            "het kabinet.",
            "Carlos Ruiz",
            "minister van Buitenlandse Zaken",
        ),
        (
            "De Drentse gedeputeerde Henk Mulder sprak in Assen met de boeren.",
            "Henk Mulder",
            "gedeputeerde",
        ),
        (
            "Onderwijsminister Fleur Kok trekt geld uit voor scholen.",
            "Fleur Kok",
            "onderwijsminister",
        ),
        (
            "De Spaanse minister van Justitie Pablo Ruiz sprak in Den Haag met het kabinet.",
            "Pablo Ruiz",
            "minister van Justitie",
        ),
    ],
)
def test_office_question(frog, sentence, name, key):
    surname = name.split()[-1]
    text = OFFICE_STORY.format(headline="Nieuw plan", sentence=sentence, surname=surname)
    [q] = [q for q in generate(parse_text(text), analyzer=frog).questions if q.key == key]
    assert q.stem == f"Welke functie heeft {name}?"
    assert q.template == "office_question"
    assert len(set(q.options)) == 4 and q.key in q.options
    others = [o for o in q.options if o != key]
    if "Spaanse" in sentence:
        # a foreign minister: departments every government has, not the Dutch names
        assert {o.split(" van ", 1)[1] for o in others} <= set(W.DEPARTMENTS_EVERYWHERE)
    if key.startswith("minister van"):
        # other departments, none sharing a word with the key's own
        department = set(key.split(" ", 2)[2].split()) - {"Zaken"}
        assert all(o.startswith("minister van ") for o in others)
        assert not any(department & set(o.split()) for o in others)
    elif key.endswith("minister"):
        assert all(o.endswith("minister") for o in others)
    elif key in ("wethouder", "burgemeester", "gedeputeerde"):
        assert not any(o.startswith("minister") for o in others)


def _office_dropped(frog, text: str, key: str) -> str:
    """Why the office question with this key was dropped ('' if it was asked)."""
    generation = generate(parse_text(text), analyzer=frog)
    if any(q.key == key and q.template == "office_question" for q in generation.questions):
        return ""
    return " ".join(d.reason for d in generation.dropped if d.fact_type == "office")


@pytest.mark.parametrize(
    "sentence",
    [
        "Oud-wethouder Anna Bos wil een nieuw zwembad bouwen.",
        "De voormalige wethouder Anna Bos wil een nieuw zwembad bouwen.",
        "De beoogde wethouder Anna Bos wil een nieuw zwembad bouwen.",
    ],
)
def test_no_office_question_for_an_office_held_before_or_to_come(frog, sentence):
    text = OFFICE_STORY.format(headline="Nieuw plan", sentence=sentence, surname="Bos")
    generation = generate(parse_text(text), analyzer=frog)
    assert not [f for f in generation.questions if f.template == "office_question"]
    assert not [d for d in generation.dropped if d.fact_type == "office"]  # no fact at all


def test_no_office_question_for_a_passer_by_or_a_headline_office(frog):
    # named once, after the lead, not in the headline: a side figure
    text = (
        "Nieuw zwembad\n\nHet zwembad gaat in mei open. Het bad is groot en heeft een "
        "glijbaan en een duikplank. Er is ook een apart bad voor kleine kinderen, zei "
        "wethouder Anna Bos."
    )
    assert "no template fits" in _office_dropped(frog, text, "wethouder")
    # the same person named once in the lead speaks for the story
    text = (
        "Nieuw zwembad\n\nHet zwembad gaat in mei open, zei wethouder Anna Bos. Het bad is "
        "groot en heeft een glijbaan, een duikplank en een apart bad voor kleine kinderen."
    )
    assert _office_dropped(frog, text, "wethouder") == ""
    # the headline, shown above the question, names the office
    text = OFFICE_STORY.format(
        headline="Wethouder wil zwembad",
        sentence="Wethouder Anna Bos wil een zwembad.",
        surname="Bos",
    )
    assert "headline" in _office_dropped(frog, text, "wethouder")


@pytest.mark.parametrize(
    ("headline", "sentence", "surname", "key"),
    [
        (
            "Scholieren horen uitslag",
            "Onderwijsminister Fleur Kok trekt geld uit voor scholen.",
            "Kok",
            "onderwijsminister",
        ),
        (
            "Meer agenten op straat",
            "Minister van Justitie Pablo Ruiz sprak met de politie.",
            "Ruiz",
            "minister van Justitie",
        ),
        (
            "Boeren krijgen steun",
            "Landbouwminister Piet de Vries sprak met de boeren.",
            "Vries",
            "landbouwminister",
        ),
    ],
)
def test_no_office_question_under_a_headline_about_its_department(
    frog, headline, sentence, surname, key
):
    # the player sees the headline: exams point at the education minister
    text = OFFICE_STORY.format(headline=headline, sentence=sentence, surname=surname)
    assert "department" in _office_dropped(frog, text, key)
    text = OFFICE_STORY.format(headline="Nieuw plan", sentence=sentence, surname=surname)
    assert _office_dropped(frog, text, key) == ""


def test_an_office_the_story_also_gives_the_person_is_no_option(frog):
    text = (
        "Bos wil zwembad\n\nBurgemeester Anna Bos wil een nieuw zwembad. Eerder was Bos "
        "al gedeputeerde Anna Bos van de provincie. Het bad is groot en heeft een glijbaan, "
        "een duikplank en een apart bad voor kleine kinderen."
    )
    [q] = [
        q for q in generate(parse_text(text), analyzer=frog).questions if q.key == "burgemeester"
    ]
    assert "gedeputeerde" not in q.options
