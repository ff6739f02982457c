"""Cleaning pasted text into an Article, and refusing text that is no article."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

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
        "Boeren op het Malieveld. Foto: Jan de Vries.",
        "Marchers in front of the monument. Image: Jane Miller (flickr).",
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


# One invented sentence, pasted over and over (junk that once kept the engine busy for 24 s).
REPEATED_SENTENCE = (
    "Op 3 mei opende wethouder Lieke Vermeer in Apeldoorn een fietsbrug van 85 meter. "
)

# An invented article of 24 sentences with a few repeated short lines: two identical photo
# credits (boilerplate, dropped) and a short line the reporter repeats (kept).
ARTICLE_WITH_SHORT_REPEATS = """Apeldoorn krijgt een nieuwe fietsbrug over het kanaal

Foto: Gemeente Apeldoorn / Jan Klaassen

Wethouder Lieke Vermeer opende zaterdag de nieuwe fietsbrug over het Apeldoorns Kanaal. \
De brug is 85 meter lang en kostte 4,2 miljoen euro. Er fietsen elke dag ongeveer 3000 mensen \
over. De bouw duurde veertien maanden. Het is de derde brug over het kanaal in tien jaar.

Het was druk. Buurtbewoners kwamen met koffie en taart. De harmonie speelde drie nummers. \
Kinderen van basisschool De Regenboog knipten het lint door. Het was druk.

Foto: Gemeente Apeldoorn / Jan Klaassen

De provincie Gelderland betaalde 1,5 miljoen euro mee. Ook het Rijk droeg bij. De rest komt \
uit de gemeentekas. Vermeer noemde de brug een belangrijke schakel in de fietsroute naar \
Deventer. Die route is 16 kilometer lang.

De oude pontverbinding stopt op 1 juni. De veerman gaat met pensioen. Hij voer 31 jaar heen \
en weer. Hij kreeg van de gemeente een lintje. Volgend jaar komt er een tweede fietsbrug bij \
de wijk Zuidbroek. Die wordt 60 meter lang.
"""


def test_text_repeating_one_sentence_is_refused():
    with pytest.raises(ArticleError) as info:
        parse_text("Nieuwe fietsbrug\n\n" + REPEATED_SENTENCE * 1100)
    assert "herhaalt steeds dezelfde zinnen" in info.value.message


def test_article_pasted_in_many_small_paragraphs_of_the_same_sentences_is_refused():
    blocks = "\n\n".join(["De brug is open. Er fietsen veel mensen over."] * 15)
    with pytest.raises(ArticleError, match="herhaalt"):
        parse_text(blocks)


def test_article_with_a_few_repeated_short_lines_is_accepted():
    article = parse_text(ARTICLE_WITH_SHORT_REPEATS)
    assert article.headline == "Apeldoorn krijgt een nieuwe fietsbrug over het kanaal"
    assert sum(p.count("Het was druk.") for p in article.paragraphs) == 2
    assert not any("Foto:" in p for p in article.paragraphs)


def test_cli_refuses_repetitive_text_before_any_analysis(tmp_path, monkeypatch, capsys):
    from questions import __main__ as cli

    def never(*args, **kwargs):
        raise AssertionError("the engine must not run on refused text")

    monkeypatch.setattr(cli, "get_analyzer", never)
    monkeypatch.setattr(cli, "generate", never)
    path = tmp_path / "herhaling.txt"
    path.write_text(REPEATED_SENTENCE * 1100, encoding="utf-8")
    assert cli.main([str(path)]) == 2
    assert "herhaalt steeds dezelfde zinnen" in capsys.readouterr().err


def test_cli_process_exits_non_zero_with_the_message(tmp_path):
    path = tmp_path / "herhaling.txt"
    path.write_text(REPEATED_SENTENCE * 1100, encoding="utf-8")
    run = subprocess.run(
        [sys.executable, "-m", "questions", str(path)],
        cwd=Path(__file__).resolve().parents[2],
        capture_output=True,
        text=True,
        timeout=600,  # a guard against a hang, not a speed limit
    )
    assert run.returncode == 2
    assert "herhaalt steeds dezelfde zinnen" in run.stderr
    assert run.stdout == ""


@pytest.mark.parametrize(
    ("marker", "kept"),
    [
        (" (pdf)", ""),
        (" (PDF, 2,3 MB)", ""),
        (" (docx)", ""),
        (" (ANP)", " (ANP)"),  # an agency tag is not a link marker
    ],
)
def test_a_link_marker_left_by_the_page_leaves_the_sentence(marker, kept):
    text = (
        "Gemeente bezuinigt op bibliotheek\n\n"
        f"In het nieuwe collegeplan{marker} schrijft de gemeente Apeldoorn dat zij vanaf 2027 "
        "jaarlijks 300.000 euro minder aan de bibliotheek van de stad wil uitgeven dan nu."
    )
    paragraph = parse_text(text).paragraphs[0]
    assert paragraph.startswith(f"In het nieuwe collegeplan{kept} schrijft")


def test_a_section_label_in_capitals_leaves_the_paragraph_and_a_bare_dateline_stays():
    article = parse_text(
        "Korfballers kampioen\n\nKORFBAL De tribunes zaten zaterdag vol voor de laatste "
        "wedstrijd van het seizoen.\n\nWOUDENBERG In de nieuwe wijk komen dit jaar tweehonderd "
        "huizen bij, zegt de gemeente in een brief aan de raad."
    )
    assert article.text.startswith("De tribunes zaten zaterdag vol")
    assert "WOUDENBERG In de nieuwe wijk" in article.text
