"""Quizzes out to other systems, and question files in: a registry of exporters, two parsers.

Contract of an exporter: ``exporter(title, items) -> bytes`` where ``items`` are ``Item``
records in quiz order; registered by name in ``EXPORTERS`` with a label, file extension and
MIME type. Importers (GIFT, CSV) turn a file into ``Item`` records or raise ``FileFormatError``
naming the line that is wrong; nothing is stored until the whole file is good.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape as xml_escape

from lxml import etree

from quiz.models import Question, Quiz

MAX_LINES = 5000
MIN_OPTIONS, MAX_OPTIONS = 4, 6


@dataclass(frozen=True)
class Item:
    """A question as it travels: stem, options in order, the key's index, source sentence."""

    stem: str
    options: tuple[str, ...]
    key_index: int
    evidence: str = ""
    fact_type: str = "eigen"
    ident: str = ""

    @property
    def key(self) -> str:
        """The correct option."""
        return self.options[self.key_index]


class FileFormatError(ValueError):
    """A question file that cannot be read; ``line`` is the 1-based line that is wrong."""

    def __init__(self, line: int, message: str):
        super().__init__(f"Regel {line}: {message}")
        self.line = line


def items_of(quiz: Quiz) -> list[Item]:
    """The quiz's questions as export items, in play order."""
    return [item_of(q) for q in quiz.questions]


def item_of(question: Question) -> Item:
    """One question as an export item."""
    options = tuple(c.text for c in question.choices)
    key = next(n for n, c in enumerate(question.choices) if c.is_correct)
    return Item(question.stem, options, key, question.evidence, question.fact_type,
                f"q{question.id}")


# --- GIFT ------------------------------------------------------------------------------------

_GIFT_SPECIAL = re.compile(r"([~=#{}:\\])")
_GIFT_WEIGHT = re.compile(r"%-?\d+(\.\d+)?%")


def gift_escape(text: str) -> str:
    """Escape GIFT's special characters (~ = # { } : and the backslash)."""
    return _GIFT_SPECIAL.sub(r"\\\1", " ".join(text.split()))


def to_gift(title: str, items: Sequence[Item]) -> bytes:
    """Moodle GIFT: one question per block, ``=`` marks the key, ``~`` the distractors."""
    out = [f"// {' '.join(title.split())}", ""]
    for n, item in enumerate(items, 1):
        out.append(f"::{gift_escape(item.ident or f'q{n}')}::{gift_escape(item.stem)} {{")
        for i, option in enumerate(item.options):
            # An answer that itself starts like a weight ("%50%...") gets an explicit one.
            weight = ("%100%" if i == item.key_index else "%0%") if _GIFT_WEIGHT.match(option) \
                else ""
            out.append(f"\t{'=' if i == item.key_index else '~'}{weight}{gift_escape(option)}")
        out.append("}")
        out.append("")
    return "\n".join(out).encode("utf-8")


def _gift_unescape(text: str) -> str:
    return re.sub(r"\\(.)", r"\1", text).strip()


def _split_unescaped(text: str, marks: str) -> list[tuple[str, str]]:
    """Split at unescaped ``marks``, keeping each mark with the text that follows it."""
    parts, mark, buf, i = [], None, [], 0
    while i < len(text):
        ch = text[i]
        if ch == "\\" and i + 1 < len(text):
            buf.append(text[i:i + 2])
            i += 2
            continue
        if ch in marks:
            if mark is not None or "".join(buf).strip():
                parts.append((mark or "", "".join(buf)))
            mark, buf = ch, []
        else:
            buf.append(ch)
        i += 1
    if mark is not None or "".join(buf).strip():
        parts.append((mark or "", "".join(buf)))
    return parts


def _unescaped_index(text: str, char: str) -> int:
    i = 0
    while i < len(text):
        if text[i] == "\\":
            i += 2
            continue
        if text[i] == char:
            return i
        i += 1
    return -1


def parse_gift(text: str) -> list[Item]:
    """Multiple-choice questions from GIFT; FileFormatError names the wrong line."""
    lines = text.splitlines()
    if len(lines) > MAX_LINES:
        raise FileFormatError(MAX_LINES + 1, f"meer dan {MAX_LINES} regels.")
    items: list[Item] = []
    block: list[tuple[int, str]] = []

    def flush():
        if block:
            items.append(_gift_block(block))
            block.clear()

    for number, line in enumerate(lines, 1):
        stripped = line.strip()
        if stripped.startswith("//") or stripped.startswith("$CATEGORY"):
            continue
        if not stripped:
            flush()
            continue
        block.append((number, line))
    flush()
    if not items:
        raise FileFormatError(1, "geen vragen gevonden.")
    return items


def _gift_block(block: list[tuple[int, str]]) -> Item:
    first = block[0][0]
    joined = "\n".join(line for _, line in block)
    start = _unescaped_index(joined, "{")
    if start < 0:
        raise FileFormatError(first, "geen antwoorden tussen { en } gevonden.")
    open_line = first + joined[:start].count("\n")
    end = _unescaped_index(joined[start + 1:], "}")
    if end < 0:
        raise FileFormatError(open_line, "het blok met antwoorden dat hier begint, wordt niet "
                                         "gesloten met }.")
    end += start + 1
    head, body, tail = joined[:start], joined[start + 1:end], joined[end + 1:]
    title = ""
    match = re.match(r"\s*::(.*?)(?<!\\)::", head, flags=re.S)
    if match:
        title, head = _gift_unescape(match.group(1)), head[match.end():]
    stem = _gift_unescape(" ".join(head.split()) + " " + " ".join(tail.split()))
    if not stem:
        raise FileFormatError(first, "de vraag is leeg.")
    options, key = [], []
    for mark, raw in _split_unescaped(body, "=~"):
        at = body.find(raw) + len(raw) - len(raw.lstrip()) if raw.strip() else body.find(raw)
        line = open_line + body[:max(at, 0)].count("\n")
        if mark not in "=~" or not mark:
            raise FileFormatError(line, "elk antwoord begint met = (juist) of ~ (fout).")
        feedback_at = _unescaped_index(raw, "#")  # "answer#feedback": feedback is dropped
        answer = raw[:feedback_at] if feedback_at >= 0 else raw
        answer = _gift_unescape(_GIFT_WEIGHT.sub("", answer.strip(), count=1)
                                if _GIFT_WEIGHT.match(answer.strip()) else answer)
        if not answer:
            raise FileFormatError(line, "een antwoord is leeg.")
        if mark == "=":
            key.append(len(options))
        options.append(answer)
    return _checked(Item(stem, tuple(options), key[0] if len(key) == 1 else -1, "", "eigen",
                         title), first, len(key))


def _checked(item: Item, line: int, keys: int) -> Item:
    if keys != 1:
        raise FileFormatError(line, f"precies één juist antwoord nodig, er zijn er {keys}.")
    if not MIN_OPTIONS <= len(item.options) <= MAX_OPTIONS:
        raise FileFormatError(line, f"{MIN_OPTIONS} tot {MAX_OPTIONS} antwoorden nodig, "
                                    f"er zijn er {len(item.options)}.")
    folded = [o.casefold() for o in item.options]
    if len(set(folded)) != len(folded):
        raise FileFormatError(line, "twee antwoorden zijn hetzelfde.")
    return item


# --- CSV -------------------------------------------------------------------------------------

CSV_FIELDS = ["stem", *(f"option_{n}" for n in range(1, MAX_OPTIONS + 1)), "key", "evidence",
              "fact_type"]


def to_csv(title: str, items: Sequence[Item]) -> bytes:
    """CSV with a header row: stem, option_1..option_6, key (1-based), evidence, fact_type."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_FIELDS)
    for item in items:
        options = list(item.options) + [""] * (MAX_OPTIONS - len(item.options))
        writer.writerow([item.stem, *options, item.key_index + 1, item.evidence, item.fact_type])
    return buffer.getvalue().encode("utf-8")


def parse_csv(text: str) -> list[Item]:
    """Questions from our CSV layout; FileFormatError names the wrong line."""
    text = text.lstrip("\ufeff")
    if text.count("\n") > MAX_LINES:
        raise FileFormatError(MAX_LINES + 1, f"meer dan {MAX_LINES} regels.")
    reader = csv.reader(io.StringIO(text), strict=True)
    try:
        header = next(reader)
    except StopIteration:
        raise FileFormatError(1, "het bestand is leeg.") from None
    except csv.Error as error:
        raise FileFormatError(1, f"geen geldige CSV ({error}).") from None
    if [h.strip().lower() for h in header[:len(CSV_FIELDS)]] != CSV_FIELDS:
        raise FileFormatError(1, "de kopregel moet zijn: " + ",".join(CSV_FIELDS))
    items = []
    try:
        for row in reader:
            line = reader.line_num
            if not any(cell.strip() for cell in row):
                continue
            if len(row) < CSV_FIELDS.index("key") + 1:
                raise FileFormatError(line, "te weinig kolommen.")
            cells = dict(zip(CSV_FIELDS, row, strict=False))
            options = [cells[f"option_{n}"].strip() for n in range(1, MAX_OPTIONS + 1)
                       if cells.get(f"option_{n}", "").strip()]
            if not cells["stem"].strip():
                raise FileFormatError(line, "de vraag is leeg.")
            try:
                key = int(cells["key"]) - 1
            except ValueError:
                raise FileFormatError(line, "key moet het nummer van het juiste antwoord "
                                            "zijn.") from None
            if not 0 <= key < len(options):
                raise FileFormatError(line, "key wijst niet naar een ingevuld antwoord.")
            item = Item(" ".join(cells["stem"].split()), tuple(options), key,
                        (cells.get("evidence") or "").strip(),
                        (cells.get("fact_type") or "eigen").strip() or "eigen")
            items.append(_checked(item, line, 1))
    except csv.Error as error:
        raise FileFormatError(reader.line_num, f"geen geldige CSV ({error}).") from None
    if not items:
        raise FileFormatError(2, "geen vragen gevonden.")
    return items


# --- Moodle XML ------------------------------------------------------------------------------

def to_moodle_xml(title: str, items: Sequence[Item]) -> bytes:
    """Moodle XML: multichoice questions, single answer, the key at 100%."""
    root = etree.Element("quiz")
    category = etree.SubElement(root, "question", type="category")
    etree.SubElement(etree.SubElement(category, "category"), "text").text = \
        f"$course$/{' '.join(title.split())}"
    for n, item in enumerate(items, 1):
        question = etree.SubElement(root, "question", type="multichoice")
        etree.SubElement(etree.SubElement(question, "name"), "text").text = item.ident or f"q{n}"
        text = etree.SubElement(question, "questiontext", format="html")
        etree.SubElement(text, "text").text = etree.CDATA(f"<p>{xml_escape(item.stem)}</p>")
        if item.evidence:
            feedback = etree.SubElement(question, "generalfeedback", format="html")
            etree.SubElement(feedback, "text").text = etree.CDATA(
                f"<p>{xml_escape(item.evidence)}</p>")
        etree.SubElement(question, "defaultgrade").text = "1"
        etree.SubElement(question, "single").text = "true"
        etree.SubElement(question, "shuffleanswers").text = "false"
        etree.SubElement(question, "answernumbering").text = "abc"
        for i, option in enumerate(item.options):
            answer = etree.SubElement(question, "answer", fraction="100" if i == item.key_index
                                      else "0", format="plain_text")
            etree.SubElement(answer, "text").text = option
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


# --- QTI 2.1 ---------------------------------------------------------------------------------

QTI_NS = "http://www.imsglobal.org/xsd/imsqti_v2p1"
XSI_NS = "http://www.w3.org/2001/XMLSchema-instance"
QTI_SCHEMA_LOCATION = f"{QTI_NS} http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1.xsd"
CP_NS = "http://www.imsglobal.org/xsd/imscp_v1p1"


def qti_item(item: Item, identifier: str) -> bytes:
    """One QTI 2.1 assessmentItem: a single-choice interaction with the key as response."""
    q = f"{{{QTI_NS}}}"
    root = etree.Element(q + "assessmentItem", nsmap={None: QTI_NS, "xsi": XSI_NS})
    root.set(f"{{{XSI_NS}}}schemaLocation", QTI_SCHEMA_LOCATION)
    root.attrib.update({"identifier": identifier, "title": item.stem[:200],
                        "adaptive": "false", "timeDependent": "false"})
    declaration = etree.SubElement(root, q + "responseDeclaration", identifier="RESPONSE",
                                   cardinality="single", baseType="identifier")
    correct = etree.SubElement(declaration, q + "correctResponse")
    etree.SubElement(correct, q + "value").text = f"choice_{item.key_index + 1}"
    outcome = etree.SubElement(root, q + "outcomeDeclaration", identifier="SCORE",
                               cardinality="single", baseType="float")
    etree.SubElement(etree.SubElement(outcome, q + "defaultValue"), q + "value").text = "0"
    body = etree.SubElement(root, q + "itemBody")
    interaction = etree.SubElement(body, q + "choiceInteraction", responseIdentifier="RESPONSE",
                                   shuffle="false", maxChoices="1")
    etree.SubElement(interaction, q + "prompt").text = item.stem
    for n, option in enumerate(item.options, 1):
        etree.SubElement(interaction, q + "simpleChoice", identifier=f"choice_{n}").text = option
    etree.SubElement(root, q + "responseProcessing",
                     template="http://www.imsglobal.org/question/qti_v2p1/rptemplates/"
                              "match_correct")
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def to_qti(title: str, items: Sequence[Item]) -> bytes:
    """A QTI 2.1 content package (zip): one assessmentItem file per question and a manifest."""
    buffer = io.BytesIO()
    files = []
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as package:
        for n, item in enumerate(items, 1):
            identifier = f"item_{n}"
            name = f"items/{identifier}.xml"
            package.writestr(name, qti_item(item, identifier))
            files.append((identifier, name))
        package.writestr("imsmanifest.xml", _manifest(title, files))
    return buffer.getvalue()


def _manifest(title: str, files: list[tuple[str, str]]) -> bytes:
    c = f"{{{CP_NS}}}"
    root = etree.Element(c + "manifest", nsmap={None: CP_NS}, identifier="MANIFEST-1")
    metadata = etree.SubElement(root, c + "metadata")
    etree.SubElement(metadata, c + "schema").text = "QTIv2.1 Package"
    etree.SubElement(metadata, c + "schemaversion").text = "1.0.0"
    etree.SubElement(root, c + "organizations")
    resources = etree.SubElement(root, c + "resources")
    for identifier, href in files:
        resource = etree.SubElement(resources, c + "resource", identifier=identifier,
                                    type="imsqti_item_xmlv2p1", href=href)
        etree.SubElement(resource, c + "file", href=href)
    root.insert(0, etree.Comment(f" {' '.join(title.split())} "))
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def safe_xml(data: bytes) -> etree._Element:
    """Parse XML without DTDs, entities or network access (for files from elsewhere)."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                             huge_tree=False, remove_comments=True)
    if b"<!DOCTYPE" in data[:2048].upper() or b"<!ENTITY" in data.upper():
        raise ValueError("XML met DOCTYPE of entiteiten wordt niet gelezen.")
    return etree.fromstring(data, parser)


# --- the registry ----------------------------------------------------------------------------

@dataclass(frozen=True)
class Exporter:
    """A registered export format."""

    label: str
    extension: str
    mimetype: str
    write: Callable[[str, Sequence[Item]], bytes]


EXPORTERS: dict[str, Exporter] = {
    "gift": Exporter("GIFT (Moodle)", "gift", "text/plain; charset=utf-8", to_gift),
    "moodle": Exporter("Moodle XML", "xml", "application/xml", to_moodle_xml),
    "qti": Exporter("QTI 2.1", "zip", "application/zip", to_qti),
    "csv": Exporter("CSV", "csv", "text/csv; charset=utf-8", to_csv),
}

IMPORTERS: dict[str, Callable[[str], list[Item]]] = {"gift": parse_gift, "txt": parse_gift,
                                                     "csv": parse_csv}


def export(quiz: Quiz, name: str) -> bytes:
    """The quiz in the registered format ``name`` (KeyError for an unknown one)."""
    return EXPORTERS[name].write(quiz.title, items_of(quiz))


def parse_file(filename: str, data: bytes) -> list[Item]:
    """Items from an uploaded file, chosen by its extension; FileFormatError when malformed."""
    extension = filename.rsplit(".", 1)[-1].lower() if "." in filename else ""
    if extension not in IMPORTERS:
        raise FileFormatError(1, "alleen .gift, .txt of .csv.")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data[:error.start].count(b"\n") + 1
        raise FileFormatError(line, "het bestand is geen UTF-8-tekst.") from None
    if "\x00" in text:
        raise FileFormatError(text[:text.index("\x00")].count("\n") + 1, "binaire inhoud.")
    return IMPORTERS[extension](text)
