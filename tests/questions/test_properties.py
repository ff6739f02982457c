"""Property tests: whatever the article, every question is well-formed as a multiple-choice item."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from questions import generate, parse_text
from questions.analysis import SimpleAnalyzer

SENTENCES = [
    "Mark Rutte wordt dinsdag de veertiende secretaris-generaal van de NAVO.",
    "Het bondgenootschap telt sinds dit voorjaar 32 lidstaten.",
    "Zijn voorganger Jens Stoltenberg uit Noorwegen bleef tien jaar aan.",
    "Oekraïne is sinds 2018 kandidaat-lid van de organisatie.",
    "De ministers van Defensie vergaderen op 17 oktober in Brussel.",
    "KLM schrapt zaterdag 34 vluchten vanaf Schiphol door de drukte.",
    "De luchthaven laat tot eind oktober dagelijks 9250 reizigers minder vertrekken.",
    "De koopkracht steeg vorig jaar met 0,5 procent volgens het planbureau.",
    "Het museum betaalt 165 miljoen euro voor het schilderij van Rembrandt.",
    "Feyenoord won zondagmiddag met 3-0 van Ajax in De Kuip.",
    "Hij zei dat de ploeg de derde plaats wil halen in de competitie.",
    "Femke Kok won de 500 meter en Joy Beune pakte drie keer goud.",
    "Annemiek van Vleuten won de zevende etappe in de Vogezen.",
    "In januari gingen 120 mensen naar de huisarts met griep.",
    "De brandweer rukte in de nacht van vrijdag op zaterdag uit naar Purmerend.",
]


def key_in(text: str, key: str) -> bool:
    """Whole-word, case-insensitive occurrence."""
    return re.search(rf"(?<!\w){re.escape(key.lower())}(?!\w)", text.lower()) is not None


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(st.sampled_from(SENTENCES), min_size=4, max_size=10, unique=True), st.integers(1, 3)
)
def test_questions_are_sound(picked, per_paragraph):
    paragraphs = [
        " ".join(picked[i : i + per_paragraph]) for i in range(0, len(picked), per_paragraph)
    ]
    article = parse_text("Nieuws van de dag\n\n" + "\n\n".join(paragraphs))
    generation = generate(article, analyzer=SimpleAnalyzer("nl"))
    keys = [q.key.lower() for q in generation.questions]
    assert len(keys) == len(set(keys))
    for q in generation.questions:
        assert len(q.options) == 4
        assert len({o.lower() for o in q.options}) == 4
        assert 0 <= q.answer_index < 4
        assert not key_in(q.stem, q.key)
        assert key_in(q.evidence, q.key)
        assert q.evidence in article.text
        assert "___" in q.stem or q.stem.endswith("?")
        assert 0 <= q.difficulty <= 1


WH_SENTENCES = [
    "In 2019 opende de gemeente Zwolle een nieuw zwembad voor de hele regio.",
    "De brug is sinds 2012 gesloten voor vrachtwagens en bussen.",
    "Zaterdag rijden er geen treinen tussen Utrecht en Arnhem.",
    "De prijs van brood is vorig jaar met 7 procent gestegen.",
    "Marieke Vos won de wedstrijd op de schaats in Heerenveen.",
    "Feyenoord verloor zondag met 1-3 van PSV in Rotterdam.",
    "De nieuwe brug gaat pas in het najaar open. Dat meldt de gemeente Deventer dinsdag.",
    "Ook de provincie Drenthe trekt de nieuwe regels in, na Limburg en Zeeland.",
]


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(SENTENCES + WH_SENTENCES), min_size=4, max_size=9, unique=True))
def test_questions_are_sound_with_frog(frog, picked):
    from questions.memory import InMemoryEntities

    article = parse_text("Nieuws van de dag\n\n" + "\n\n".join(picked))
    generation = generate(article, analyzer=frog, memory=InMemoryEntities())
    keys = [q.key.lower() for q in generation.questions]
    assert len(keys) == len(set(keys))
    for q in generation.questions:
        assert len(q.options) == 4
        assert len({o.lower() for o in q.options}) == 4
        assert not key_in(q.stem, q.key)
        assert key_in(q.evidence, q.key)
        assert "___" in q.stem or q.stem.endswith("?")
