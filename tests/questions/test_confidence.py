"""The learned confidence: features on our own sentences, the shipped weights, the filter."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from questions import confidence as C
from questions import generate, learn, parse_text

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("key", "kind"),
    [
        ("5,7 procent", "percent"),
        ("2019", "year"),
        ("maart", "month"),
        ("3 maart", "date"),
        ("zaterdagavond", "weekday"),
        ("16,5 miljoen euro", "money"),
        ("vier jaar", "duration"),
        ("1.300", "count"),
        ("twaalf", "count"),
        ("veertiende", "ordinal"),
        ("Mark Rutte", "name"),
        ("wethouder", "other"),
    ],
)
def test_the_kind_of_key_is_read_from_its_form(key, kind):
    assert C.key_kind(key) == kind


SENTENCES = [
    "Apeldoorn opent zaterdag een fietsbrug van 85 meter over het kanaal.",
    "De brug kostte 3,2 miljoen euro.",
    "Volgens de gemeente fietsen er straks 4.000 mensen per dag over.",
    "Ook de Fietsersbond (een landelijke club) was er bij, net als wethouder Lieke Vermeer.",
]
HEADLINE = "Apeldoorn opent fietsbrug over het kanaal"


def test_features_say_where_the_fact_stands_and_how_it_ties_to_the_headline():
    first = C.features(HEADLINE, SENTENCES, 0, "Apeldoorn opent ___ een fietsbrug.", "zaterdag")
    assert first["first_sentence"] == 1 and first["second_or_third"] == 0
    assert first["kind_weekday"] == 1 and sum(first[f"kind_{k}"] for k in C.KINDS) == 1
    assert first["headline_overlap"] == 1.0  # apeldoorn, opent, fietsbrug, kanaal
    stem = "Er fietsen straks ___ mensen per dag over."
    third = C.features(HEADLINE, SENTENCES, 2, stem, "4.000")
    assert third["second_or_third"] == 1 and third["attributed"] == 1
    assert third["gap_noun_in_lead"] == 0  # 'mensen' is in neither headline nor lead
    fourth = C.features(HEADLINE, SENTENCES, 3, "Wie was er ook bij?", "Lieke Vermeer")
    assert fourth["brackets"] == 1 and fourth["side_marker"] == 1 and fourth["written_question"]
    assert fourth["log_index"] > third["log_index"] > first["log_index"] == 0


def test_the_same_question_deeper_in_the_story_is_less_likely_accepted():
    stem, key = "De brug kostte ___.", "3,2 miljoen euro"
    early = C.estimate(C.features(HEADLINE, SENTENCES, 1, stem, key))
    late = C.estimate(C.features(HEADLINE, [*SENTENCES[2:], *SENTENCES, *SENTENCES], 7, stem, key))
    assert 0 < late < early < 1


def test_the_shipped_weights_are_what_fitting_the_stored_verdicts_gives():
    rows = learn.read_judged()
    assert len(rows) == C.model()["trained_on"]["questions"]
    assert {r["round"] for r in rows} == set(C.model()["trained_on"]["rounds"])
    fitted = learn.fit([([float(r[n]) for n in C.FEATURES], float(r["label"])) for r in rows])
    assert fitted["bias"] == pytest.approx(C.model()["bias"], abs=1e-6)
    for name in C.FEATURES:
        assert fitted["weights"][name] == pytest.approx(C.model()["weights"][name], abs=1e-6)


def test_fitting_learns_which_feature_predicts_the_verdict():
    names = C.FEATURES
    lead = [1.0 if n == "first_sentence" else 0.0 for n in names]
    deep = [1.0 if n == "log_index" else 0.0 for n in names]
    m = learn.fit([(lead, 1.0)] * 20 + [(deep, 0.0)] * 20 + [(lead, 0.0)] * 2)
    assert m["weights"]["first_sentence"] > 0 > m["weights"]["log_index"]
    checked = [(0.9, 1.0, "A"), (0.8, 1.0, "A"), (0.2, 0.0, "B"), (0.6, 0.5, "B")]
    assert learn.report(checked, 0.5) == {
        "questions": 4,
        "accepted": 0.625,
        "kept": 3,
        "kept_accepted": 0.833,
    }


RIDERS = (
    "Wielrennen in Drenthe\n\nAnna Visser verdedigt in de Ronde van Drenthe een ruime "
    "voorsprong op haar landgenote Eva Bos. Marieke de Wit werd derde in de rit naar "
    "Emmen, Sophie Kramer vierde en Lotte Bakker vijfde."
)


def test_a_question_below_the_floor_is_dropped_with_that_reason(frog):
    every = generate(parse_text(RIDERS), analyzer=frog, min_confidence=0)
    [q] = [q for q in every.questions if q.key == "Anna Visser"]
    floor = round(q.confidence + 0.01, 2)
    higher = generate(parse_text(RIDERS), analyzer=frog, min_confidence=floor)
    assert "Anna Visser" not in {q.key for q in higher.questions}
    [why] = [d.reason for d in higher.dropped if d.detail == "Anna Visser"]
    assert why == f"reviewers would likely reject it: estimated acceptance below {floor:.2f}"
    default = generate(parse_text(RIDERS), analyzer=frog)
    assert all(q.confidence >= C.model()["threshold"] for q in default.questions)


def test_english_questions_keep_their_template_confidence():
    from questions.analysis import get_analyzer
    from questions.pipeline import CONFIDENCE

    text = (
        "Bridge opens in Leeds\n\nLeeds opened a new cycle bridge of 85 metres on Saturday, "
        "the council said. The bridge cost 3.2 million pounds and will carry 4,000 cyclists "
        "a day, according to the city."
    )
    generation = generate(parse_text(text), analyzer=get_analyzer("en"))
    assert generation.questions
    assert {q.confidence for q in generation.questions} <= set(CONFIDENCE.values())


def test_the_cli_takes_a_confidence_floor(tmp_path):
    path = tmp_path / "riders.txt"
    path.write_text(RIDERS, encoding="utf-8")

    def keys(*extra: str) -> set[str]:
        run = subprocess.run(
            [sys.executable, "-m", "questions", str(path), "--json", *extra],
            capture_output=True,
            cwd=ROOT,
            timeout=120,
        )
        assert run.returncode == 0, run.stderr.decode()
        return {q["key"] for q in json.loads(run.stdout)["questions"]}

    assert "Anna Visser" in keys("--min-confidence", "0")
    assert not keys("--min-confidence", "0.99")
