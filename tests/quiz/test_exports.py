"""Exports (GIFT, Moodle XML, QTI 2.1, CSV, print) and imports (GIFT, CSV) with round trips."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from quiz.extensions import db
from quiz.models import Question
from quiz.services import exports
from quiz.services.exports import FileFormatError, Item
from tests.factories import (
    csrf_token,
    forget_user_per_request,
    log_in,
    make_owned_quiz,
    make_teacher,
)

QTI_SUBSET = Path(__file__).resolve().parent.parent / "data" / "qti21_item_subset.xsd"

ITEMS = [
    Item(
        "De hoeveelste secretaris-generaal wordt Rutte?",
        ("twaalfde", "dertiende", "veertiende", "vijftiende"),
        2,
        "Rutte wordt de veertiende.",
        "ordinal",
    ),
    Item(
        "Wat kost {het}: 5 = 3 + 2 # of ~ meer?",
        ("€ 5", "a:b", "x\\y", "{z}", "=q"),
        0,
        "",
        "eigen",
    ),
    Item(
        'Waar komt "Stoltenberg" vandaan, <echt>?',
        ("Noorwegen", "Zweden", "Denemarken", "Finland", "IJsland", "Estland"),
        0,
    ),
]


def same(a: list[Item], b: list[Item]) -> bool:
    """Equal as questions: stem, options in order, key (ids and titles may differ)."""
    return [(i.stem, i.options, i.key_index) for i in a] == [
        (i.stem, i.options, i.key_index) for i in b
    ]


@pytest.fixture(autouse=True)
def _own_user_per_request(app):
    forget_user_per_request(app)


def test_gift_round_trip_keeps_special_characters():
    text = exports.to_gift("Toets: {1}", ITEMS).decode()
    assert "\\{het\\}" in text and "\\=" in text and "\\#" in text and "\\~" in text
    assert same(exports.parse_gift(text), ITEMS)


def test_csv_round_trip_keeps_evidence_and_type():
    back = exports.parse_csv(exports.to_csv("x", ITEMS).decode())
    assert same(back, ITEMS)
    assert [(i.evidence, i.fact_type) for i in back] == [(i.evidence, i.fact_type) for i in ITEMS]


_word = st.text(st.sampled_from('abcXYZ éß~=#{}:\\"<>&%1/$,\n'), min_size=1, max_size=12)
_clean = _word.map(lambda s: " ".join(s.split())).filter(bool)


@st.composite
def items(draw):
    stem = draw(_clean)
    options = draw(st.lists(_clean, min_size=4, max_size=6, unique_by=lambda s: s.casefold()))
    return Item(stem, tuple(options), draw(st.integers(0, len(options) - 1)))


@settings(max_examples=150, deadline=None)
@given(st.lists(items(), min_size=1, max_size=4))
def test_any_question_survives_gift_and_csv(drawn):
    assert same(exports.parse_gift(exports.to_gift("t", drawn).decode()), drawn)
    assert same(exports.parse_csv(exports.to_csv("t", drawn).decode()), drawn)


def test_moodle_xml_marks_the_key_at_full_marks():
    root = exports.safe_xml(exports.to_moodle_xml("NAVO", ITEMS))
    questions = root.findall("question[@type='multichoice']")
    assert len(questions) == 3
    for question, item in zip(questions, ITEMS, strict=True):
        answers = question.findall("answer")
        assert [a.findtext("text") for a in answers] == list(item.options)
        assert [a.get("fraction") for a in answers].index("100") == item.key_index
        assert question.findtext("single") == "true"
        assert item.stem.replace("<", "&lt;").replace(">", "&gt;").replace(
            '"', '"'
        ) in question.find("questiontext").findtext("text")


def test_qti_package_validates_against_the_qti21_item_schema():
    schema = etree.XMLSchema(etree.parse(str(QTI_SUBSET)))
    package = zipfile.ZipFile(io.BytesIO(exports.to_qti("NAVO", ITEMS)))
    names = sorted(n for n in package.namelist() if n.startswith("items/"))
    assert names == ["items/item_1.xml", "items/item_2.xml", "items/item_3.xml"]
    for name, item in zip(names, ITEMS, strict=True):
        document = exports.safe_xml(package.read(name))
        schema.assertValid(document)
        ns = {"q": exports.QTI_NS}
        assert (
            document.findtext("q:responseDeclaration/q:correctResponse/q:value", namespaces=ns)
            == f"choice_{item.key_index + 1}"
        )
        assert [c.text for c in document.iterfind(".//q:simpleChoice", ns)] == list(item.options)
    manifest = exports.safe_xml(package.read("imsmanifest.xml"))
    hrefs = [r.get("href") for r in manifest.iter(f"{{{exports.CP_NS}}}resource")]
    assert hrefs == names


def test_the_subset_schema_rejects_a_broken_item():
    schema = etree.XMLSchema(etree.parse(str(QTI_SUBSET)))
    document = exports.safe_xml(exports.qti_item(ITEMS[0], "item_1"))
    document.find(f"{{{exports.QTI_NS}}}itemBody").addprevious(
        etree.Element(f"{{{exports.QTI_NS}}}responseProcessing")
    )
    assert not schema.validate(document)  # elements out of order


def test_safe_xml_refuses_entities():
    bomb = b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><x>&a;</x>'
    with pytest.raises(ValueError):
        exports.safe_xml(bomb)
    external = b'<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>'
    with pytest.raises(ValueError):
        exports.safe_xml(external)


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        ("Vraag zonder antwoorden", 1, "geen antwoorden"),
        ("// kop\n\n::a::Vraag {\n=ja\n~nee\n", 3, "niet gesloten"),
        ("Vraag {=a ~b ~c}", 1, "4 tot 6 antwoorden"),
        ("Goed {=a ~b ~c ~d}\n\nFout {~a ~b ~c ~d}", 3, "precies één juist"),
        ("Twee {=a =b ~c ~d}", 1, "precies één juist"),
        ("Dubbel {=a ~A ~c ~d}", 1, "hetzelfde"),
        ("Open {\nb\n=a\n~c\n~d\n~e\n}", 2, "begint met ="),
        ("Open {\n=a\n~c\n~d\n\n~e\n}", 1, "niet gesloten"),
        ("{=a ~b ~c ~d}", 1, "de vraag is leeg"),
        ("Leeg {=a ~ ~c ~d}", 1, "een antwoord is leeg"),
        ("", 1, "geen vragen"),
    ],
)
def test_malformed_gift_names_the_line(text, line, message):
    with pytest.raises(FileFormatError) as error:
        exports.parse_gift(text)
    assert error.value.line == line and message in str(error.value)


HEADER = ",".join(exports.CSV_FIELDS)


@pytest.mark.parametrize(
    ("rows", "line", "message"),
    [
        (["stem,a,b"], 1, "kopregel"),
        ([HEADER, "Vraag,a,b,c,d,,,1,,", "Vraag,a,b,c,,,,1,,"], 3, "4 tot 6"),
        ([HEADER, "Vraag,a,b,c,d,,,x,,"], 2, "nummer van het juiste"),
        ([HEADER, "Vraag,a,b,c,d,,,6,,"], 2, "ingevuld antwoord"),
        ([HEADER, ",a,b,c,d,,,1,,"], 2, "de vraag is leeg"),
        ([HEADER, "Vraag,a,b"], 2, "te weinig kolommen"),
        ([HEADER, "Vraag,a,A,c,d,,,1,,"], 2, "hetzelfde"),
        ([HEADER], 2, "geen vragen"),
        ([HEADER, "", "", 'Vraag,"a,b,c,d,,,1,,'], 4, "geen geldige CSV"),
    ],
)
def test_malformed_csv_names_the_line(rows, line, message):
    with pytest.raises(FileFormatError) as error:
        exports.parse_csv("\n".join(rows) + "\n")
    assert error.value.line == line and message in str(error.value)


def test_not_utf8_or_binary_files_are_refused_with_their_line():
    with pytest.raises(FileFormatError, match="Regel 2"):
        exports.parse_file("v.gift", b"Vraag {=a ~b ~c ~d}\n\xff\xfe")
    with pytest.raises(FileFormatError, match="binaire"):
        exports.parse_file("v.csv", b"stem\x00")
    with pytest.raises(FileFormatError, match="alleen"):
        exports.parse_file("v.exe", b"x")


@pytest.fixture
def owner(app, client):
    teacher = make_teacher()
    log_in(client)
    return teacher


@pytest.mark.parametrize("fmt", sorted(exports.EXPORTERS))
def test_every_format_downloads_as_an_attachment(owner, client, fmt):
    quiz = make_owned_quiz(owner, title="NAVO & co")
    response = client.get(f"/review/quizzes/{quiz.id}/export/{fmt}")
    assert response.status_code == 200
    exporter = exports.EXPORTERS[fmt]
    assert response.mimetype == exporter.mimetype.split(";")[0]
    assert f'filename="navo-co.{exporter.extension}"' in response.headers["Content-Disposition"]
    assert client.get(f"/review/quizzes/{quiz.id}/export/pdf").status_code == 404


def test_exported_gift_imports_back_as_the_same_questions_in_the_queue(owner, client):
    quiz = make_owned_quiz(owner)
    original = exports.items_of(quiz)
    gift = client.get(f"/review/quizzes/{quiz.id}/export/gift").data
    token = csrf_token(client, "/review/")
    response = client.post(
        "/review/upload",
        data={"csrf_token": token, "file": (io.BytesIO(gift), "quiz.gift")},
        content_type="multipart/form-data",
        follow_redirects=True,
    )
    assert "3 vragen geïmporteerd als concept" in response.get_data(as_text=True)
    imported = (
        db.session.execute(db.select(Question).filter_by(source="import").order_by(Question.id))
        .scalars()
        .all()
    )
    assert [q.status for q in imported] == ["generated"] * 3
    assert all(q.owner_id == owner.id and q.article_id is None for q in imported)
    assert same([exports.item_of(q) for q in imported], original)


def test_exported_csv_imports_back(owner, client):
    quiz = make_owned_quiz(owner)
    data = client.get(f"/review/quizzes/{quiz.id}/export/csv").data
    token = csrf_token(client, "/review/")
    client.post(
        "/review/upload",
        data={"csrf_token": token, "file": (io.BytesIO(data), "quiz.csv")},
        content_type="multipart/form-data",
    )
    imported = (
        db.session.execute(db.select(Question).filter_by(source="import").order_by(Question.id))
        .scalars()
        .all()
    )
    assert same([exports.item_of(q) for q in imported], exports.items_of(quiz))
    assert [q.evidence for q in imported] == [q.evidence for q in quiz.questions]


@pytest.mark.parametrize(
    ("payload", "name", "message"),
    [
        (b"Vraag {=a ~b ~c}", "fout.gift", "Regel 1"),
        (b"x" * (300 * 1024), "groot.csv", "groter dan 256 kB"),
        (b"Vraag {=a ~b ~c ~d}", "virus.exe", "Alleen .gift"),
    ],
)
def test_bad_uploads_are_refused_and_nothing_is_stored(owner, client, payload, name, message):
    token = csrf_token(client, "/review/")
    response = client.post(
        "/review/upload",
        data={"csrf_token": token, "file": (io.BytesIO(payload), name)},
        content_type="multipart/form-data",
        follow_redirects=True,
    )
    assert message in response.get_data(as_text=True)
    assert db.session.query(Question).count() == 0


def test_upload_without_csrf_is_refused(owner, client):
    response = client.post(
        "/review/upload",
        data={"file": (io.BytesIO(b"Vraag {=a ~b ~c ~d}"), "q.gift")},
        content_type="multipart/form-data",
    )
    assert response.status_code == 400
    assert db.session.query(Question).count() == 0


def test_print_page_puts_the_answer_key_on_its_own_page(owner, client):
    quiz = make_owned_quiz(owner)
    page = client.get(f"/review/quizzes/{quiz.id}/print").get_data(as_text=True)
    assert "css/print.css" in page
    questions_at, key_at = page.index("print-questions"), page.index('id="answer-key"')
    assert questions_at < key_at
    assert "C: 3e" in page[key_at:] and "C: 3e" not in page[:key_at]
    css = (Path(__file__).resolve().parents[2] / "static/css/print.css").read_text()
    assert "@media print" in css and "page-break-before: always" in css
