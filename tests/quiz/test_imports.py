"""Importing news pages by URL (CLI and service) and folders of files, from a loopback server."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from questions.fetch import Fetcher
from quiz.extensions import db
from quiz.models import Article, Question, Quiz
from quiz.services import imports
from quiz.services.articles import ArticleError
from tests.pageserver import DATA, PageServer, data_file, page, redirect

CORPUS_NL = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "nl"


def _routes() -> dict:
    routes = {
        f"/pages/{p.name}": page(p.read_bytes(), "text/html")
        for p in (DATA / "pages").glob("*.html")
    }
    routes["/pages/persbericht.pdf"] = page(data_file("pages/persbericht.pdf"), "application/pdf")
    routes["/cp1252-header"] = page(
        data_file("pages/horeca-groningen-cp1252.html"), "text/html; charset=windows-1252"
    )
    routes["/omweg/fietsenstalling"] = redirect("/pages/fietsenstalling-utrecht.html", 301)
    routes["/loop"] = redirect("/loop2")
    routes["/loop2"] = redirect("/loop")
    routes["/groot"] = page(b"<p>" + b"lang verhaal " * 600_000 + b"</p>")
    return routes


@pytest.fixture
def server():
    """Saved pages on a loopback web server."""
    with PageServer(_routes()) as srv:
        yield srv


def counts():
    return tuple(db.session.query(m).count() for m in (Article, Question, Quiz))


def import_url(runner, *urls, private=True):
    args = ["articles", "import-url", *urls] + (["--allow-private"] if private else [])
    return runner.invoke(args=args)


def test_import_url_keeps_headline_author_date_canonical_and_language(app, runner, server):
    result = import_url(runner, server.url("/pages/fietsenstalling-utrecht.html"))
    assert result.exit_code == 0, result.output
    assert "created" in result.output and "1 created" in result.output
    article = db.session.execute(db.select(Article)).scalar_one()
    assert article.headline == "Utrecht bouwt nieuwe fietsenstalling onder Vredenburg"
    assert article.author == "Sanne de Wit"
    assert article.published == date(2024, 10, 1)
    assert article.language == "nl"
    assert article.canonical_url == "https://stadsnieuws.example/utrecht/fietsenstalling-vredenburg"
    assert article.source_url == server.url("/pages/fietsenstalling-utrecht.html")
    assert "4500 fietsen" in article.body and "cookies" not in article.body
    assert article.questions and article.quizzes[0].items
    for question in article.questions:
        assert question.evidence in article.body  # the sentence it came from, verbatim


def test_user_agent_names_the_project(app, runner, server):
    import_url(runner, server.url("/pages/schaatsbaan-jsonld.html"))
    assert "Nieuwsquiz" in server.requests[0][1]["User-Agent"]


def test_same_url_twice_and_same_canonical_url_give_no_duplicate(app, runner, server):
    first = import_url(runner, server.url("/pages/fietsenstalling-utrecht.html"))
    assert first.exit_code == 0, first.output
    before, requests = counts(), len(server.requests)
    again = import_url(runner, server.url("/pages/fietsenstalling-utrecht.html"))
    assert "already there" in again.output
    assert len(server.requests) == requests  # known URL: not fetched again
    via_redirect = import_url(runner, server.url("/omweg/fietsenstalling"))
    assert "already there" in via_redirect.output, via_redirect.output
    assert counts() == before


def test_same_text_from_a_file_and_a_url_is_one_article(app, server, tmp_path):
    saved = tmp_path / "stalling.html"
    saved.write_bytes(data_file("pages/fietsenstalling-utrecht.html"))
    from_file = imports.import_file(saved, prefer="simple")
    from_web = imports.import_url(
        server.url("/pages/fietsenstalling-utrecht.html"),
        fetcher=Fetcher(allow_private=True),
        prefer="simple",
    )
    assert from_file.created and not from_web.created
    assert from_web.article.id == from_file.article.id


@pytest.mark.parametrize("path", ["/pages/horeca-groningen-cp1252.html", "/cp1252-header"])
def test_windows_1252_page_imports_correctly(app, runner, server, path):
    result = import_url(runner, server.url(path))
    assert result.exit_code == 0, result.output
    article = db.session.execute(db.select(Article)).scalar_one()
    assert article.headline == "Café’s in Groningen mogen langer open tijdens de Noorderzon"
    assert "€ 18" in article.body and "\ufffd" not in article.body
    assert article.published == date(2024, 8, 12)


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("/pages/index-voorpagina.html", "overzichtspagina"),
        ("/pages/paywall-stub.html", "betaalmuur"),
        ("/pages/cookiewall.html", "cookiemelding"),
        ("/pages/persbericht.pdf", "PDF"),
        ("/pages/kort.html", "te weinig tekst"),
        ("/loop", "kringetje"),
        ("/groot", "te groot"),
        ("/bestaat-niet", "bestaat niet"),
    ],
)
def test_non_articles_and_bad_fetches_get_a_clear_message(app, runner, server, path, message):
    result = import_url(runner, server.url(path))
    assert result.exit_code == 1
    assert message in result.output
    assert counts() == (0, 0, 0)


def test_loopback_is_refused_without_allow_private(app, runner, server):
    result = import_url(runner, server.url("/pages/fietsenstalling-utrecht.html"), private=False)
    assert result.exit_code == 1
    assert "intern" in result.output and "--allow-private" in result.output
    assert server.requests == []
    assert counts() == (0, 0, 0)


def test_service_refuses_private_addresses_by_default(app):
    def resolver(host, port):
        return ["192.168.2.10"]

    with pytest.raises(ArticleError, match="intern"):
        imports.import_url(
            "http://printer.example/status", fetcher=Fetcher(resolver=resolver), prefer="simple"
        )


# --- folders ---------------------------------------------------------------------------------

OWN_TEXT = """Leiden opent grootste zonnedak van de stad

Op het dak van de sporthal De Vliet in Leiden liggen sinds maandag 2400 zonnepanelen. Het is \
daarmee het grootste zonnedak van de gemeente, meldt wethouder Fleur Spijker.

De panelen leveren per jaar genoeg stroom voor ongeveer 350 huishoudens. De aanleg kostte \
1,2 miljoen euro en duurde vier maanden. Een coöperatie van 180 inwoners betaalde mee.

De gemeente wil voor 2030 op alle eigen gebouwen zonnepanelen leggen. Volgend jaar volgen de \
daken van drie scholen en het zwembad in de wijk Stevenshof.
"""


def test_import_dir_reports_per_file(app, runner, tmp_path):
    tmp_path = tmp_path / "artikelen"
    tmp_path.mkdir()
    (tmp_path / "a-zonnedak.txt").write_text(OWN_TEXT, encoding="utf-8")
    (tmp_path / "b-zonnedak-kopie.txt").write_text(OWN_TEXT, encoding="utf-8")
    (tmp_path / "c-stalling.html").write_bytes(data_file("pages/fietsenstalling-utrecht.html"))
    (tmp_path / "d-horeca.htm").write_bytes(data_file("pages/horeca-groningen-cp1252.html"))
    (tmp_path / "e-index.html").write_bytes(data_file("pages/index-voorpagina.html"))
    (tmp_path / "f-leeg.txt").write_text("   \n", encoding="utf-8")
    (tmp_path / "g-persbericht.pdf").write_bytes(data_file("pages/persbericht.pdf"))
    (tmp_path / "h-foto.jpg").write_bytes(b"\xff\xd8\xff\xe0")
    (tmp_path / ".verborgen.txt").write_text(OWN_TEXT, encoding="utf-8")
    (tmp_path / "submap").mkdir()

    result = runner.invoke(args=["articles", "import-dir", str(tmp_path)])
    out = result.output
    assert result.exit_code == 1  # some files failed
    lines = {line.split(":", 1)[0]: line for line in out.splitlines() if ": " in line}
    assert "created" in lines["a-zonnedak.txt"]
    assert "already there" in lines["b-zonnedak-kopie.txt"]
    assert "created" in lines["c-stalling.html"]
    assert "created" in lines["d-horeca.htm"]
    assert "overzichtspagina" in lines["e-index.html"]
    assert "leeg" in lines["f-leeg.txt"]
    assert "PDF" in lines["g-persbericht.pdf"]
    assert "skipped" in lines["h-foto.jpg"] and ".jpg" in lines["h-foto.jpg"]
    assert ".verborgen.txt" not in out
    assert "8 in total: 3 created" in out
    assert "1 already there, 1 skipped, 3 failed" in out
    assert db.session.query(Article).count() == 3


def test_articles_import_reads_saved_html_pages_too(app, runner, tmp_path):
    saved = tmp_path / "ijsbaan.html"
    saved.write_bytes(data_file("pages/schaatsbaan-jsonld.html"))
    result = runner.invoke(args=["articles", "import", str(saved)])
    assert result.exit_code == 0, result.output
    assert 'created: article 1 "Heerenveen krijgt tweede overdekte ijsbaan"' in result.output
    assert db.session.get(Article, 1).author == "Jelle Hoekstra"


def test_import_dir_missing_folder(app, runner, tmp_path):
    result = runner.invoke(args=["articles", "import-dir", str(tmp_path / "nergens")])
    assert result.exit_code != 0 and "does not exist" in result.output


@pytest.mark.skipif(not CORPUS_NL.is_dir(), reason="shared corpus not present")
def test_import_dir_on_the_dutch_corpus_reports_every_file(make_app):
    # The fallback analyzer keeps this about reporting, not about Frog's speed on 60 articles.
    app = make_app(QUIZ_ANALYZER="simple")
    runner = app.test_cli_runner()
    files = sorted(p.name for p in CORPUS_NL.iterdir() if p.is_file())
    result = runner.invoke(args=["articles", "import-dir", str(CORPUS_NL)])
    for name in files:
        assert f"{name}: " in result.output
    assert f"{len(files)} in total" in result.output
    with app.app_context():
        created = db.session.query(Article).count()
        # the engine makes no quiz where it finds nothing it can ask well (EVALUATION.md),
        # and the summary counts exactly the quizzes that were stored
        assert created >= 10
        assert f"{created} created" in result.output
        again = runner.invoke(args=["articles", "import-dir", str(CORPUS_NL)])
        assert db.session.query(Article).count() == created
    assert "0 created" in again.output and f"{created} already there" in again.output
