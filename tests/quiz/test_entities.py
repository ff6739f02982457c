"""The engine's entity memory in the database: names from stored articles lend distractors to
later ones, and survive a restart (a new app on the same database). Real Frog, our own texts."""

from __future__ import annotations

from sqlalchemy import select

from quiz.extensions import db
from quiz.models import KnownName, Question
from quiz.services import entities
from quiz.services.articles import import_text

EARLIER = (
    "Ministers op bezoek\n\nMinister Karel Mol van Landbouw bezoekt dinsdag een boerderij in "
    "Ede. Minister Joost Vink van Onderwijs opent woensdag een school in Zwolle. Minister "
    "Bram de Graaf van Defensie spreekt donderdag met militairen in Assen."
)
LATER = (
    "Minister in Deventer\n\nMinister Daan Smit van Wonen opende vrijdag een nieuwe wijk in "
    "Deventer. De gemeente Deventer wil de komende jaren nog veel meer huizen bouwen voor "
    "starters en ouderen.\n\nMinister Piet Kok van Financiën was niet in Deventer."
)


def test_names_of_a_stored_article_are_remembered_with_their_title(app):
    import_text(EARLIER)
    rows = db.session.execute(select(KnownName.name).filter_by(role="minister")).scalars().all()
    assert {"Karel Mol", "Joost Vink", "Bram de Graaf"} <= set(rows)


def test_a_later_article_gets_people_with_the_same_title_as_options(app):
    import_text(EARLIER)
    import_text(LATER)
    [question] = (
        db.session.execute(
            select(Question).join(Question.choices).filter_by(text="Daan Smit", is_correct=True)
        )
        .unique()
        .scalars()
        .all()
    )
    options = {c.text for c in question.choices}
    # the story's other minister, then ministers of the earlier article
    assert "Piet Kok" in options
    assert options - {"Daan Smit", "Piet Kok"} <= {"Karel Mol", "Joost Vink", "Bram de Graaf"}


def test_the_same_name_twice_is_one_row_with_a_fresh_date(app):
    first = entities.load()
    first.remember("person", "Karel Mol", "minister")
    entities.save(first)
    db.session.commit()
    seen = db.session.execute(select(KnownName.seen_at)).scalar_one()
    second = entities.load()
    assert second.names("person", "minister") == ["Karel Mol"]
    second.remember("person", "Karel Mol", "minister")
    entities.save(second)
    db.session.commit()
    rows = db.session.execute(select(KnownName)).scalars().all()
    assert len(rows) == 1 and rows[0].seen_at >= seen
