"""Against the real Frog process: analysis, name spans, the seed article, restarts."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from questions import generate, parse_text
from questions.analysis import FallbackAnalyzer, FrogAnalyzer, get_analyzer
from questions.analysis.frog import repair_finite_verb
from questions.facts import extract
from questions.realise import Scene, ordinal_question
from questions.spans import full_names, mentions

ROOT = Path(__file__).resolve().parents[2]


def test_frog_tags_ordinal_and_names(frog):
    sentences = frog.analyze("Mark Rutte wordt de veertiende secretaris-generaal van de NAVO.")
    [s] = sentences
    tags = {t.word: t.pos for t in s.tokens}
    assert tags["veertiende"].startswith("TW(rang")
    assert s.text == "Mark Rutte wordt de veertiende secretaris-generaal van de NAVO."
    assert [m.text for m in mentions(s) if m.kind == "PER"] == ["Mark Rutte"]


def test_nationality_stays_out_of_the_name(frog):
    [s] = frog.analyze("De Noor Jens Stoltenberg leidde de organisatie tien jaar.")
    people = [m for m in mentions(s) if m.kind == "PER"]
    assert [(m.text, m.origin) for m in people] == [("Jens Stoltenberg", "Noorwegen")]


def test_paragraphs_and_offsets_survive(frog):
    text = (
        "Eerste alinea met een zin. En nog een zin hier.\n\n"
        'Tweede alinea, met "aanhalingstekens" erin.'
    )
    sentences = frog.analyze(text)
    assert [s.paragraph for s in sentences] == [0, 0, 1]
    for s in sentences:
        assert s.aligned
        assert all(s.text[t.start : t.end] == t.word for t in s.tokens if t.word in s.text)


def test_ordinal_question_form(frog):
    text = (
        "Oud-premier Mark Rutte begint dinsdag als secretaris-generaal van de NAVO.\n\n"
        "Rutte wordt de veertiende secretaris-generaal."
    )
    sentences = frog.analyze(text)
    found = [m for s in sentences for m in mentions(s)]
    scene = Scene("nl", sentences, found, full_names(found))
    [fact] = [f for f in extract(sentences[1], "nl", found) if f.type == "ordinal"]
    assert (
        ordinal_question(fact, scene)
        == "De hoeveelste secretaris-generaal van de NAVO wordt Mark Rutte?"
    )


def test_concurrent_requests_are_serialised(frog):
    results = {}

    def work(n):
        results[n] = frog.analyze(f"Er waren {n} bezoekers in de zaal.")

    threads = [threading.Thread(target=work, args=(n,)) for n in range(2, 6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert all(str(n) in results[n][0].text for n in range(2, 6))


def test_restart_after_the_child_dies(frog):
    frog._proc.kill()
    frog._proc.wait()
    [s] = frog.analyze("De trein vertrekt om acht uur uit Utrecht.")
    assert s.tokens[0].word == "De"
    assert frog.running


def test_get_analyzer_prefers_frog_for_dutch(monkeypatch):
    monkeypatch.delenv("QUIZ_ANALYZER", raising=False)
    assert get_analyzer("nl").name == "frog"
    assert get_analyzer("en").name == "simple"
    monkeypatch.setenv("QUIZ_ANALYZER", "simple")
    assert get_analyzer("nl").name == "simple"


def test_get_analyzer_without_fallback_is_frog_itself(monkeypatch):
    monkeypatch.delenv("QUIZ_ANALYZER", raising=False)
    assert isinstance(get_analyzer("nl"), FallbackAnalyzer)
    assert isinstance(get_analyzer("nl", fallback=False), FrogAnalyzer)


STORY = (
    "Wethouder Anna de Wit opent dinsdag in Zwolle een nieuwe fietsbrug.\n\n"
    "De brug kostte 12 miljoen euro en is 140 meter lang. Er fietsen elke dag ruim "
    "4.000 mensen overheen, zegt de gemeente, en dat worden er volgend jaar meer."
)


def test_a_frog_that_will_not_start_gives_way_to_the_simple_analyzer(caplog):
    broken = FrogAnalyzer(binary="/bin/false")  # starts, then exits at once: like a failed init
    generation = generate(parse_text(STORY), analyzer=FallbackAnalyzer(broken, "nl"))
    assert generation.analyzer == "simple"
    assert "Frog" in generation.analyzer_note
    assert broken.restarts == 1  # it was given its one restart first
    assert "analysing with the simple analyzer" in caplog.text


def test_the_fallback_names_frog_when_frog_works(frog):
    analyzer = FallbackAnalyzer(frog, "nl")
    generation = generate(parse_text(STORY), analyzer=analyzer)
    assert (generation.analyzer, generation.analyzer_note) == ("frog", "")
    assert any(t.pos.startswith("N(") for s in frog.analyze(STORY) for t in s.tokens)


def test_seed_article_with_frog(frog, corpus):
    article = parse_text((corpus / "nl" / "seed-rutte-navo.txt").read_text(encoding="utf-8"))
    generation = generate(article, analyzer=frog)
    assert generation.analyzer == "frog"
    # the engine drops what it cannot ask well (see questions/EVALUATION.md): few, but good
    assert len(generation.questions) >= 3
    [ordinal] = [q for q in generation.questions if q.key == "veertiende"]
    assert ordinal.stem == "De hoeveelste secretaris-generaal van de NAVO wordt Mark Rutte?"
    assert len({o for o in ordinal.options if o.endswith("de")}) == 4
    for q in generation.questions:
        blob = q.stem + " ".join(q.options)
        assert not any(bad in blob for bad in ("nieuwsbrief", "Privacyverklaring", "Talpa", "2:38"))


def test_cli_json_on_seed(corpus):
    seed = corpus / "nl" / "seed-rutte-navo.txt"
    run = subprocess.run(
        [sys.executable, "-m", "questions", str(seed), "--json"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=180,
    )
    assert run.returncode == 0, run.stderr
    payload = json.loads(run.stdout)
    assert payload["analyzer"] == "frog"
    assert len(payload["questions"]) >= 3
    assert any(q["key"] == "veertiende" for q in payload["questions"])
    headline = payload["article"]["headline"]  # the sample article has none
    assert all(q["context"] == headline for q in payload["questions"])
    assert "analyzer: frog" in run.stderr


def _long_dutch_article(target_chars: int = 90_000) -> str:
    """A long article from our own sentence templates, varied so Frog cannot shortcut it."""
    people = ["Anna de Wit", "Pieter Bakker", "Sanne Jansen", "Kees Visser", "Lotte Smit"]
    cities = ["Utrecht", "Zwolle", "Arnhem", "Leiden", "Breda", "Delft", "Assen"]
    days = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag"]
    nouns = ["fietsers", "bezoekers", "leerlingen", "bussen", "woningen", "bomen"]
    templates = [
        "In {city} telden de onderzoekers {day} precies {n} {noun}.",
        "Wethouder {person} opende {day} een nieuwe brug in {city}.",
        "Volgens {person} kwamen er dit jaar {n} {noun} bij in {city}.",
        "De gemeente {city} wil voor {year} nog {n} {noun} erbij hebben.",
        "{person} noemde het plan {day} in de raadszaal van {city} een goede stap.",
    ]
    paragraphs, size, k = [], 0, 0
    while size < target_chars:
        sentences = []
        for _ in range(4):
            sentences.append(
                templates[k % len(templates)].format(
                    city=cities[k % len(cities)],
                    person=people[k % len(people)],
                    day=days[k % len(days)],
                    noun=nouns[k % len(nouns)],
                    n=12 + (k * 7) % 480,
                    year=2000 + k % 30,
                )
            )
            k += 1
        paragraph = " ".join(sentences)
        paragraphs.append(paragraph)
        size += len(paragraph) + 2
    return "\n\n".join(paragraphs)


def test_long_article_does_not_deadlock(frog):
    text = _long_dutch_article()
    assert 88_000 <= len(text) <= 100_000
    started = time.monotonic()
    sentences = frog.analyze(text)
    assert time.monotonic() - started < frog._timeout_for(text)
    assert len(sentences) == text.count(".")
    assert sentences[-1].paragraph == text.count("\n\n")


@pytest.mark.parametrize(
    ("sentence", "finite"),
    [
        # Frog's tagger reads these finite verbs as a participle or an infinitive
        ("De rechtbank in Zwolle veroordeelde hem in maart tot drie jaar cel.", "veroordeelde"),
        ("De ministers overleggen donderdag met de premier over de begroting.", "overleggen"),
        # a prefix makes the past tense look like its participle
        ("De werkzaamheden aan de brug in Zwolle begonnen in maart.", "begonnen"),
        ("Het bedrijf verkocht vorig jaar driehonderd fietsen.", "verkocht"),
    ],
)
def test_a_sentence_without_a_finite_verb_gets_one(frog, sentence, finite):
    [s] = frog.analyze(sentence)
    assert [t.word for t in s.tokens if t.pos.startswith("WW(pv")] == [finite]


def _rows(*tagged: str) -> list[tuple]:
    """Frog rows (word, lemma, tag, entity, chunk) from 'word/TAG' strings."""
    return [(w, w.lower(), tag, "O", "O") for w, _, tag in (t.partition("/") for t in tagged)]


def test_the_finite_verb_repair_leaves_participles_before_nouns_and_fragments_alone():
    participle = _rows("De/LID(bep)", "veroordeelde/WW(vd,prenom,met-e)", "man/N(soort,ev)")
    assert repair_finite_verb(participle) == participle
    to_go = _rows("Nog/BW()", "te/VZ(init)", "spelen/WW(inf,vrij,zonder)")
    assert repair_finite_verb(to_go) == to_go
    finite = _rows("De/LID(bep)", "man/N(soort,ev)", "veroordeelde/WW(vd,prenom,met-e)")
    assert repair_finite_verb(finite)[2][2] == "WW(pv,verl,ev)"
    # a strong participle without its auxiliary is a slip in the source: still a fragment
    slip = _rows("De/LID(bep)", "politie/N(soort,ev)", "aangehouden/WW(vd,vrij,zonder)")
    assert repair_finite_verb(slip) == slip


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # a town after the name is where the person is from, not part of the name
        ("Dat zegt wethouder Karin de Wit van Zwolle tegen de krant.", ("PER", "Karin de Wit")),
        ("Trainer Jan van Gent is tevreden over zijn ploeg.", ("PER", "Jan van Gent")),
        # particles in a row belong to the name
        (
            "De schaatsster Carlien Dirkse van den Heuvel won.",
            ("PER", "Carlien Dirkse van den Heuvel"),
        ),
        # a first name ending in s is no genitive
        ("De Spaanse minister Carlos Ruiz sprak met de pers.", ("PER", "Carlos Ruiz")),
        # towns whose name opens with an article
        ("Het kabinet vergaderde maandag in Den Haag.", ("LOC", "Den Haag")),
        ("In De Bilt viel de meeste regen.", ("LOC", "De Bilt")),
        # a surname that is also a common word ('roest') left out of the person's span
        ("Teamgenoot Patrick Roest won zondag het zilver in Hamar.", ("PER", "Patrick Roest")),
    ],
)
def test_name_spans(frog, sentence, name):
    [s] = frog.analyze(sentence)
    assert name in [(m.kind, m.text) for m in mentions(s)]


def test_a_closing_quote_after_the_full_stop_stays_with_its_sentence(frog):
    text = (
        "De raad vroeg het college „de kosten van de brug te beperken.” Drie van de vijf "
        "partijen stemden voor."
    )
    sentences = [s.text for s in frog.analyze(text)]
    assert sentences == [
        "De raad vroeg het college „de kosten van de brug te beperken.”",
        "Drie van de vijf partijen stemden voor.",
    ]


def test_reattach_closing_quotes_moves_only_a_leading_closing_mark():
    from questions.analysis.base import reattach_closing_quotes

    raw = [[("a",), (".",)], [("”",), ("b",), (".",)], [("»",)], [("“",), ("c",)]]
    assert reattach_closing_quotes(raw) == [
        [("a",), (".",), ("”",)],
        [("b",), (".",)],
        [("»",)],  # a sentence of one mark is left alone
        [("“",), ("c",)],  # an opening mark opens its own sentence
    ]
