"""Cleaning pasted text into an Article, and refusing text that is no article."""

from __future__ import annotations

import pytest

from questions import ArticleError, parse_text

BODY = (
    "Mark Rutte wordt dinsdag de veertiende secretaris-generaal van de NAVO. "
    "Hij volgt de Noor Jens Stoltenberg op, die het bondgenootschap tien jaar leidde. "
    "De overdracht vindt plaats op het hoofdkwartier in Brussel."
)


def test_headline_is_first_short_line():
    article = parse_text("Rutte begint bij de NAVO\n\n" + BODY)
    assert article.headline == "Rutte begint bij de NAVO"
    assert article.paragraphs == (BODY,)
    assert article.language == "nl"


def test_no_headline_when_first_line_is_a_sentence():
    article = parse_text(BODY + "\n\nDe ministers komen later in Brussel bijeen om te praten.")
    assert article.headline == ""
    assert article.paragraphs[0] == BODY


def test_glued_agency_prefix_is_removed():
    article = parse_text("ANPKLM schrapt tientallen vluchten\n\n" + BODY)
    assert article.headline == "KLM schrapt tientallen vluchten"


@pytest.mark.parametrize(
    "junk",
    [
        "2:38 Feestelijk afscheid voor de premier: 'Dat klinkt goed'",
        "Ontvang onze nieuwsbrief Wil je het laatste nieuws? Meld je aan voor de nieuwsbrief. "
        "Persoonsgegevens worden verwerkt volgens de Privacyverklaring.",
        "Lees ook: Nieuwe chef voor het bondgenootschap",
        "Bekijk ook: de beelden van de overdracht",
        "Door Pieter de Vries",
        "Foto: ANP / Remko de Waal",
        "ANP",
        "Wij gebruiken cookies om de site te verbeteren.",
    ],
)
def test_boilerplate_blocks_are_dropped(junk):
    article = parse_text(
        "Kop van het stuk\n\n" + BODY + "\n\n" + junk + "\n\n" + BODY.replace("dinsdag", "woensdag")
    )
    assert all(junk[:15] not in p for p in article.paragraphs)
    assert len(article.paragraphs) == 2


def test_call_to_action_sentence_is_cut_from_paragraph():
    article = parse_text(
        BODY
        + " Er was een feest voor hem. Bekijk de beelden terug:"
        + "\n\nNog een alinea met genoeg woorden erin."
    )
    assert article.paragraphs[0].endswith("Er was een feest voor hem.")


def test_dateline_keeps_its_place():
    article = parse_text("Kop\n\nDEN HAAG (ANP) - " + BODY)
    assert article.paragraphs[0].startswith("DEN HAAG (ANP) - Mark Rutte")


def test_english_is_detected():
    text = (
        "The council voted on Tuesday to approve the new budget of the city. It was the third vote "
        "this year and the mayor said that the plan would be carried out in 2025 by the new team."
    )
    assert parse_text(text).language == "en"


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("", "leeg"),
        ("   \n\t  ", "leeg"),
        ("Te kort om iets te vragen.", "te kort"),
        ("woord " * 20001, "te lang"),
        ("abc\x00def " * 40, "binaire"),
        ("12345 67890 !!!! #### " * 30, "geen letters"),
        ("<html><body><div><p>" + BODY + "</p><p>x</p></div></body></html>", "HTML"),
    ],
)
def test_unusable_text_raises_article_error(text, fragment):
    with pytest.raises(ArticleError) as info:
        parse_text(text)
    assert fragment.lower() in info.value.message.lower()


def test_hash_is_stable():
    assert parse_text(BODY).content_hash == parse_text(BODY + "\n").content_hash


def test_a_body_that_starts_with_the_headline_word_keeps_its_first_word():
    text = (
        "Feyenoord\n\nFeyenoord wint zondag in De Kuip met 3-0 van Vitesse en stijgt naar de "
        "derde plaats van de Eredivisie, na een sterke tweede helft van de hele ploeg."
    )
    article = parse_text(text)
    assert article.headline == "Feyenoord"
    assert article.paragraphs[0].startswith("Feyenoord wint zondag")
