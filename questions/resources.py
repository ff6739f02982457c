"""Compiled regular expressions and word lists shared by the whole engine (built once)."""

from __future__ import annotations

import re
from functools import cache

from babel.dates import get_day_names, get_month_names
from num2words import num2words

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
INLINE_CREDIT_RE = re.compile(r"\s*\((?:foto|beeld|photo|image)\s*:[^)]*\)", re.I)
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
DATELINE_RE = re.compile(
    r"^(?:[A-ZÀ-Ý][A-ZÀ-Ý'.\- ]{1,40}(?:,\s*\d{1,2}\s+[A-Za-z]{3,9}\.?)?(?:\s*\([A-Z/]{2,12}\))?"
    r"\s*[-–—]\s+|[A-ZÀ-Ý][A-ZÀ-Ý'.\- ]{1,40},\s*\d{1,2}\s+[A-Z]{3,9}\.\s+)"
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

# --- words ------------------------------------------------------------------------------

NL_STOPWORDS = frozenset(
    [
        "de",
        "het",
        "een",
        "en",
        "van",
        "in",
        "op",
        "te",
        "is",
        "dat",
        "die",
        "niet",
        "met",
        "voor",
        "zijn",
        "aan",
        "er",
        "ook",
        "als",
        "bij",
        "om",
        "dan",
        "of",
        "maar",
        "naar",
        "door",
        "over",
        "wordt",
        "worden",
        "werd",
        "heeft",
        "hebben",
        "had",
        "nog",
        "wel",
        "al",
        "uit",
        "tot",
        "deze",
        "dit",
        "zij",
        "hij",
        "ze",
        "we",
        "wij",
        "kan",
        "zal",
        "moet",
        "was",
        "waren",
        "geen",
        "meer",
        "veel",
        "dus",
        "toch",
        "omdat",
        "na",
        "haar",
        "hun",
    ]
)
EN_STOPWORDS = frozenset(
    [
        "the",
        "a",
        "an",
        "and",
        "of",
        "in",
        "on",
        "to",
        "is",
        "that",
        "this",
        "it",
        "with",
        "for",
        "are",
        "was",
        "were",
        "be",
        "been",
        "has",
        "have",
        "had",
        "not",
        "by",
        "from",
        "at",
        "as",
        "but",
        "or",
        "which",
        "who",
        "will",
        "would",
        "their",
        "its",
        "his",
        "her",
        "they",
        "he",
        "she",
        "said",
        "also",
        "than",
        "after",
        "into",
        "more",
        "about",
    ]
)
NL_PRONOUNS = frozenset(
    [
        "hij",
        "zij",
        "ze",
        "zijn",
        "haar",
        "hun",
        "hen",
        "hem",
        "dat",
        "dit",
        "die",
        "deze",
        "daar",
        "daarom",
        "daardoor",
        "daarmee",
        "hiermee",
        "wij",
        "we",
        "ik",
        "je",
        "jij",
        "u",
        "jullie",
        "men",
        "zo",
        "toen",
        "het",
    ]
)
EN_PRONOUNS = frozenset(
    [
        "he",
        "she",
        "they",
        "it",
        "this",
        "that",
        "these",
        "those",
        "his",
        "her",
        "their",
        "we",
        "i",
        "you",
        "there",
    ]
)
RESOLVABLE_PRONOUNS = frozenset({"hij", "zij", "he", "she"})

NL_PREPOSITIONS = frozenset(
    [
        "aan",
        "achter",
        "bij",
        "binnen",
        "boven",
        "buiten",
        "door",
        "in",
        "langs",
        "met",
        "na",
        "naar",
        "naast",
        "om",
        "onder",
        "op",
        "over",
        "per",
        "rond",
        "sinds",
        "te",
        "tegen",
        "tot",
        "tussen",
        "uit",
        "van",
        "vanaf",
        "vanuit",
        "via",
        "volgens",
        "voor",
        "zonder",
    ]
)
NL_DETERMINERS = frozenset(["de", "het", "een", "der", "den", "des"])

NL_TITLES = frozenset(
    [
        "premier",
        "oud-premier",
        "ex-premier",
        "minister-president",
        "minister",
        "staatssecretaris",
        "president",
        "oud-president",
        "ex-president",
        "koning",
        "koningin",
        "prins",
        "prinses",
        "burgemeester",
        "wethouder",
        "gedeputeerde",
        "voorzitter",
        "topman",
        "topvrouw",
        "directeur",
        "bestuurder",
        "trainer",
        "coach",
        "bondscoach",
        "doelman",
        "spits",
        "aanvoerder",
        "keeper",
        "verdediger",
        "middenvelder",
        "aanvaller",
        "renner",
        "wielrenner",
        "wielrenster",
        "schaatser",
        "schaatsster",
        "zanger",
        "zangeres",
        "popster",
        "actrice",
        "acteur",
        "schrijver",
        "schrijfster",
        "woordvoerder",
        "woordvoerster",
        "kamerlid",
        "fractievoorzitter",
        "partijleider",
        "leider",
        "secretaris-generaal",
        "commissaris",
        "officier",
        "rechter",
        "advocaat",
        "hoogleraar",
        "onderzoeker",
        "promovendus",
        "kanselier",
        "generaal",
        "paus",
        "zangduo",
        "collega",
        "voorganger",
        "opvolger",
        "ceo",
        "oprichter",
        "eigenaar",
        "chef",
        "mr",
        "dr",
        "drs",
        "ir",
        "prof",
    ]
)

NATIONALITIES = {
    "Noor": "Noorwegen",
    "Zweed": "Zweden",
    "Deen": "Denemarken",
    "Fin": "Finland",
    "Duitser": "Duitsland",
    "Fransman": "Frankrijk",
    "Française": "Frankrijk",
    "Brit": "Verenigd Koninkrijk",
    "Engelsman": "Engeland",
    "Belg": "België",
    "Spanjaard": "Spanje",
    "Italiaan": "Italië",
    "Portugees": "Portugal",
    "Pool": "Polen",
    "Rus": "Rusland",
    "Oekraïner": "Oekraïne",
    "Amerikaan": "Verenigde Staten",
    "Canadees": "Canada",
    "Australiër": "Australië",
    "Nederlander": "Nederland",
    "Oostenrijker": "Oostenrijk",
    "Zwitser": "Zwitserland",
    "Hongaar": "Hongarije",
    "Tsjech": "Tsjechië",
    "Griek": "Griekenland",
    "Turk": "Turkije",
    "Chinees": "China",
    "Japanner": "Japan",
    "Braziliaan": "Brazilië",
    "Argentijn": "Argentinië",
    "Ier": "Ierland",
    "Schot": "Schotland",
    "Sloveen": "Slovenië",
    "Kroaat": "Kroatië",
    "Serviër": "Servië",
    "Roemeen": "Roemenië",
    "Bulgaar": "Bulgarije",
    "Marokkaan": "Marokko",
    "Colombiaan": "Colombia",
    "Mexicaan": "Mexico",
    "Keniaan": "Kenia",
    "Ethiopiër": "Ethiopië",
}

NL_COUNT_STOP_NOUNS = frozenset(
    [
        "procent",
        "euro",
        "dollar",
        "pond",
        "cent",
        "miljoen",
        "miljard",
        "jaar",
        "jaren",
        "maand",
        "maanden",
        "week",
        "weken",
        "dag",
        "dagen",
        "uur",
        "minuut",
        "minuten",
        "seconde",
        "seconden",
        "eeuw",
        "eeuwen",
        "decennium",
        "decennia",
        "keer",
        "maal",
        "meter",
        "kilometer",
        "centimeter",
        "km",
        "kilo",
        "kilogram",
        "gram",
        "graden",
        "graad",
        "lichtjaar",
        "lichtjaren",
        "uur",
        "procentpunt",
        "punt",
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ]
)
EN_COUNT_STOP_NOUNS = frozenset(
    [
        "percent",
        "per",
        "cent",
        "dollars",
        "dollar",
        "euros",
        "euro",
        "pounds",
        "pound",
        "million",
        "billion",
        "year",
        "years",
        "month",
        "months",
        "week",
        "weeks",
        "day",
        "days",
        "hour",
        "hours",
        "minute",
        "minutes",
        "second",
        "seconds",
        "times",
        "km",
        "miles",
        "metres",
        "meters",
        "kilometres",
        "kilometers",
        "degrees",
    ]
)
NL_DURATION_UNITS = frozenset(
    [
        "jaar",
        "jaren",
        "maand",
        "maanden",
        "week",
        "weken",
        "dag",
        "dagen",
        "eeuw",
        "eeuwen",
        "decennia",
    ]
)
EN_DURATION_UNITS = frozenset(
    ["year", "years", "month", "months", "week", "weeks", "day", "days", "decades", "centuries"]
)
NL_PERCENT_WORDS = frozenset({"procent", "%", "procentpunt"})
EN_PERCENT_WORDS = frozenset({"percent", "%"})
NL_MONEY_WORDS = frozenset({"euro", "dollar", "pond", "€", "$", "£"})
EN_MONEY_WORDS = frozenset({"dollars", "dollar", "euros", "euro", "pounds", "pound", "$", "€", "£"})
SCALE_WORDS = {
    "miljoen": 10**6,
    "miljard": 10**9,
    "million": 10**6,
    "billion": 10**9,
    "duizend": 1000,
}
VAGUE_NUMBER_WORDS = frozenset(
    [
        "honderden",
        "duizenden",
        "tientallen",
        "miljoenen",
        "tienduizenden",
        "honderdduizenden",
        "dozens",
        "hundreds",
        "thousands",
        "millions",
        "één",
        "een",
        "one",
    ]
)

EN_ORDINAL_WORDS = {num2words(i, lang="en", to="ordinal"): i for i in range(1, 101)}
EN_NUMBER_WORDS = {num2words(i, lang="en"): i for i in range(0, 101)}


@cache
def nl_ordinal_words() -> dict[str, int]:
    """Dutch ordinal words one to hundred ("veertiende" -> 14)."""
    return {num2words(i, lang="nl", to="ordinal"): i for i in range(1, 101)}


@cache
def nl_number_words() -> dict[str, int]:
    """Dutch cardinal words zero to hundred plus round thousands, with and without diaeresis."""
    words = {num2words(i, lang="nl"): i for i in range(0, 101)}
    words.update({"een": 1, "eén": 1, "duizend": 1000})
    for w, i in list(words.items()):
        words.setdefault(w.replace("ë", "e"), i)
    return words


@cache
def month_names(language: str = "nl") -> tuple[str, ...]:
    """Month names (wide, lower case) from CLDR, January first."""
    names = get_month_names("wide", locale=language)
    return tuple(names[i].lower() for i in range(1, 13))


@cache
def day_names(language: str = "nl") -> tuple[str, ...]:
    """Weekday names (wide, lower case) from CLDR, Monday first."""
    names = get_day_names("wide", locale=language)
    return tuple(names[i].lower() for i in range(7))


DAYPART_SUFFIXES = ("morgen", "ochtend", "middag", "avond", "nacht")
EN_DAYPARTS = ("morning", "afternoon", "evening", "night")
