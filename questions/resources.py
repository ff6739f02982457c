"""Compiled regular expressions shared by the whole engine; word lists live in wordlists.py."""

from __future__ import annotations

import re


def has_word(text: str, word: str, ignore_case: bool = False) -> bool:
    """Whether `word` stands in `text` as a whole word (hyphens join: 'Bos' is not in
    'Bos-Ypma')."""
    flags = re.I if ignore_case else 0
    return re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text, flags) is not None


# --- ingest -----------------------------------------------------------------------------

HTML_TAG_RE = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?/?>")
HTML_STRONG_RE = re.compile(r"<\s*(?:html|body|head|div|script|style|!doctype)\b", re.I)
CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
LETTER_RE = re.compile(r"[^\W\d_]")
WORD_RE = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")
SPACES_RE = re.compile(r"[ \t\u00a0\u2009\u202f]+")
BLANK_LINES_RE = re.compile(r"\n\s*\n")
ANP_GLUE_RE = re.compile(r"^(?:ANP|AFP|Reuters)(?=[A-Z][a-z]|[A-Z]{2,}\b)")
AGENCY_LINE_RE = re.compile(
    r"^[(©\s]*(?:ANP|AFP|AP|RTR|Reuters|Belga|dpa|ANP/RTR|ANP/AFP|Bron:\s*\w+)[)\s.]*$", re.I
)
VIDEO_CAPTION_RE = re.compile(r"^\d{1,2}:\d{2}(?::\d{2})?\s+\S")
CREDIT_LINE_RE = re.compile(
    r"^(?:\(?(?:foto|beeld|photo|image|video|credit|bron|source)\s*[:|©]|©|\(c\)\s)", re.I
)
# A photo caption that ends with its credit: 'Protesters at the march. Image: Jan de Vries.'
CAPTION_CREDIT_RE = re.compile(
    r"(?:^|[.!?]\s+)(?:foto|beeld|photo|image|credit)\s*:\s*[^.!?]{1,60}[.!?]?$", re.I
)
INLINE_CREDIT_RE = re.compile(r"\s*\((?:foto|beeld|photo|image)\s*:[^)]*\)", re.I)
# what a link was to, left behind when the page became text: 'het collegeprogramma (pdf)'
LINK_MARKER_RE = re.compile(
    r"\s*\((?:pdf|doc|docx|xls|xlsx|ppt|pptx)(?:,\s*[\d.,]+\s*[kKmM]?B)?\)", re.I
)
BYLINE_RE = re.compile(
    r"^(?:door|by|tekst|redactie)\s*:?\s+[A-Z][\w.'-]*(?:\s+(?:van|de|der|den|ter|ten|[A-Z][\w.'-]*)){0,4}"
    r"(?:\s*[,|-]\s*.{0,40})?$",
    re.I,
)
TIMESTAMP_LINE_RE = re.compile(
    r"^(?:(?:vandaag|gisteren|today|yesterday|bijgewerkt|updated|gepubliceerd|published)\b.{0,40}"
    r"|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}(?:,?\s*\d{1,2}[:.]\d{2})?)$",
    re.I,
)
CALL_TO_ACTION_RE = re.compile(
    r"^(?:lees|bekijk|kijk|luister|zie|read|watch|see|listen)\b(?:\s+\S+){0,6}\s*(?:ook|meer|hier|"
    r"terug|more|also|here|[:>»])",
    re.I,
)
CALL_TO_ACTION_SENTENCE_RE = re.compile(
    r"(?:^|(?<=[.!?])\s+)(?:Bekijk|Kijk|Lees|Luister|Zie|Watch|Read|Listen)\b[^.!?:]{0,60}:\s*$"
)
BOILERPLATE_WORD_RE = re.compile(
    r"nieuwsbrief|newsletter|privacyverklaring|privacybeleid|privacy ?policy|cookie|"
    r"meld je (?:nu )?aan|schrijf je (?:nu )?in|aanmelden|uitschrijven|persoonsgegevens|"
    r"sign up|subscribe|unsubscribe|deel dit artikel|deel artikel|share this|aanbevolen artikelen|"
    r"alle rechten voorbehouden|all rights reserved|download de app|volg ons",
    re.I,
)
# A section label in capitals before a paragraph's first word ('KORFBAL De tribunes ...');
# a dateline has its dash ('AMSTERDAM - De ...') and keeps its place
KICKER_RE = re.compile(r"^[A-ZÀ-Ý]{4,}(?:\s+[A-ZÀ-Ý]{4,})?\s+(?=([A-Z][a-z]*)\s)")
DATELINE_RE = re.compile(
    r"^(?:[A-ZÀ-Ý][A-ZÀ-Ý'./\- ]{1,40}(?:,\s*\d{1,2}\s+[A-Za-z]{3,9}\.?)?(?:\s*\([A-Z/]{2,12}\))?"
    r"\s*[-–—]\s+|[A-ZÀ-Ý][A-ZÀ-Ý'.\- ]{1,40},\s*\d{1,2}\s+[A-Z]{3,9}\.\s+"
    # a news service's tag opening the story: '(ABM FN-Dow Jones) De prijzen ...'
    r"|\([A-Z][A-Za-z]*(?:[ /-][A-Z][A-Za-z]*){0,3}\)\s+(?=[A-Z]))"
)
TERMINAL_RE = re.compile(r"[.!?…]['\"”’»)]*$")

# --- tokens -----------------------------------------------------------------------------

TOKEN_RE = re.compile(
    r"\d+(?:[.,]\d+)*(?:e|ste|de|st|nd|rd|th)?(?![^\W\d_])"
    r"|[€$£]"
    r"|[^\W\d_][^\W_]*(?:[-'’.&][^\W_]+)*(?:['’]s)?"
    r"|\d+[^\W\d_][^\W_]*(?:-[^\W_]+)*"
    r"|[^\w\s]"
)
INT_RE = re.compile(r"^\d{1,3}(?:\.\d{3})+$|^\d+$")
DECIMAL_RE = re.compile(r"^\d+,\d+$")
EN_DECIMAL_RE = re.compile(r"^\d{1,3}(?:,\d{3})+$|^\d+\.\d+$")
ORDINAL_DIGIT_RE = re.compile(r"^(\d{1,3})(e|ste|de|st|nd|rd|th)$")
YEAR_RE = re.compile(r"^(?:19[5-9]\d|20[0-4]\d)$")
SCORE_RE = re.compile(r"\b\d+\s*-\s*\d+\b")
QUOTE_CHARS = "\"“”„«»‘’'‚"

NL_ABBREVIATIONS = frozenset(
    [
        "mr",
        "dr",
        "drs",
        "ir",
        "ing",
        "prof",
        "mevr",
        "dhr",
        "st",
        "bijv",
        "ca",
        "o.a",
        "d.w.z",
        "m.a.w",
        "e.d",
        "enz",
        "etc",
        "nr",
        "vs",
        "jl",
        "blz",
        "resp",
    ]
)
EN_ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "st",
        "jr",
        "sr",
        "inc",
        "ltd",
        "co",
        "corp",
        "no",
        "vs",
        "etc",
        "gen",
        "gov",
        "sen",
        "rep",
    ]
)
