"""Name pools for distractors: sovereign states by region (CLDR), Dutch places (Frog's lists)."""

from __future__ import annotations

from collections import Counter
from functools import cache
from pathlib import Path

from babel import Locale
from babel.core import get_global
from wordfreq import zipf_frequency

from questions.analysis.simple import FROG_DATA, gazetteer

# CLDR lists every ISO territory; these codes are dependencies, disputed or special areas,
# not sovereign states, so they never serve as "a country like the key".
NOT_SOVEREIGN = frozenset(
    [
        "AC",
        "AI",
        "AQ",
        "AS",
        "AW",
        "AX",
        "BL",
        "BM",
        "BQ",
        "BV",
        "CC",
        "CK",
        "CP",
        "CQ",
        "CW",
        "CX",
        "DG",
        "EA",
        "EH",
        "EU",
        "EZ",
        "FK",
        "FO",
        "GF",
        "GG",
        "GI",
        "GL",
        "GP",
        "GS",
        "GU",
        "HK",
        "HM",
        "IC",
        "IM",
        "IO",
        "JE",
        "KY",
        "MF",
        "MO",
        "MP",
        "MQ",
        "MS",
        "NC",
        "NF",
        "NU",
        "PF",
        "PM",
        "PN",
        "PR",
        "PS",
        "QO",
        "RE",
        "SH",
        "SJ",
        "SX",
        "TA",
        "TC",
        "TF",
        "TK",
        "TW",
        "UM",
        "UN",
        "VG",
        "VI",
        "WF",
        "XA",
        "XB",
        "XK",
        "YT",
        "ZZ",
    ]
)
# Countries a Dutch news reader would not take seriously as an answer about the news.
MICROSTATES = frozenset(["AD", "LI", "MC", "SM", "VA"])


def _region(code: str) -> str:
    """Continent of a territory from its CLDR time zones ('Europe', 'Asia', 'America', ...)."""
    zones = get_global("territory_zones").get(code, [])
    parts = [z.split("/", 1)[0] for z in zones]
    if "Europe" in parts:
        return "Europe"
    parts = ["Oceania" if p in ("Australia", "Pacific") else p for p in parts]
    return Counter(parts).most_common(1)[0][0] if parts else ""


@cache
def sovereign_states(language: str = "nl") -> dict[str, str]:
    """Sovereign state name (CLDR, in the given language) -> region."""
    states = {}
    for code, name in Locale(language).territories.items():
        if len(code) == 2 and code.isalpha() and code not in NOT_SOVEREIGN:
            states[name] = _region(code)
    return states


@cache
def familiar_states(language: str, region: str) -> tuple[str, ...]:
    """Sovereign states of one region, most familiar first (wordfreq), microstates left out."""
    codes = {name: code for code, name in Locale(language).territories.items()}
    names = [
        n
        for n, r in sovereign_states(language).items()
        if r == region and codes.get(n) not in MICROSTATES
    ]
    return tuple(sorted(names, key=lambda n: (-zipf_frequency(n, language), n)))


def _without_prefix(name: str, prefix: str) -> str:
    """'Gemeente Arnhem' -> 'Arnhem'."""
    return name[len(prefix) :] if name.startswith(prefix) else name


@cache
def dutch_municipalities() -> frozenset[str]:
    """Dutch municipality names from Frog's list, without the 'Gemeente' prefix."""
    return frozenset(_without_prefix(n, "Gemeente ") for n in gazetteer("gemeenten-nld"))


@cache
def dutch_places() -> frozenset[str]:
    """Dutch towns and villages from Frog's list ('Luttelgeest', 'Burgum')."""
    return frozenset(gazetteer("plaatsen-nld"))


@cache
def dutch_provinces() -> frozenset[str]:
    """The twelve Dutch provinces from Frog's list (Fryslân and Friesland both kept)."""
    return frozenset(_without_prefix(n, "Provincie ") for n in gazetteer("provincies-nld"))


@cache
def common_words(min_count: int = 20) -> frozenset[str]:
    """Lower-case words Frog's tagger lexicon has seen often: 'best', 'leek', 'huizen'."""
    words = set()
    try:
        with open(FROG_DATA / "Frog.mbt.1.0.lex", encoding="utf-8") as handle:
            for line in handle:
                count, _, rest = line.partition(" ")
                word = rest.split(" ", 1)[0]
                if word.islower() and count.isdigit() and int(count) >= min_count:
                    words.add(word)
    except OSError:
        return frozenset()
    return frozenset(words)


@cache
def familiar_cities(language: str = "nl") -> tuple[str, ...]:
    """Dutch municipalities most readers know, most familiar first (one-word names only)."""
    common = common_words()
    names = [
        n
        for n in dutch_municipalities()
        if " " not in n and "-" not in n and n not in dutch_provinces() and n.lower() not in common
    ]
    ranked = sorted(names, key=lambda n: (-zipf_frequency(n, language), n))
    return tuple(ranked[:60])


def place_kind(name: str, language: str = "nl") -> str:
    """'country', 'province', 'city' or '' for a place name."""
    if name in sovereign_states(language):
        return "country"
    if name in dutch_provinces():
        # 'Groningen' and 'Utrecht' are a city and a province: no fair set of options
        return "" if name in dutch_municipalities() else "province"
    if name in dutch_municipalities():
        return "city"  # villages and airports ('Schiphol') are left out: no fair distractors
    return ""


def region_of(name: str, language: str = "nl") -> str:
    """Region of a sovereign state, '' for anything else."""
    return sovereign_states(language).get(name, "")


# Organisations come in classes whose members are interchangeable as answers. CLDR and Frog
# have no such lists, so they are kept here, short and current; a key outside every class
# gets no question (Frog's ORG spans are too noisy to trust otherwise).
ORGANISATION_CLASSES: dict[str, tuple[str, ...]] = {
    "party": (
        "VVD",
        "PVV",
        "CDA",
        "D66",
        "GroenLinks",
        "PvdA",
        "SP",
        "ChristenUnie",
        "SGP",
        "Partij voor de Dieren",
        "Forum voor Democratie",
        "JA21",
        "BBB",
        "NSC",
        "DENK",
        "Volt",
        "50PLUS",
    ),
    "club": (
        "Ajax",
        "PSV",
        "Feyenoord",
        "AZ",
        "FC Twente",
        "FC Utrecht",
        "Vitesse",
        "SC Heerenveen",
        "NEC",
        "Sparta",
        "Willem II",
        "FC Groningen",
        "Go Ahead Eagles",
        "Heracles Almelo",
        "Excelsior",
        "PEC Zwolle",
        "RKC Waalwijk",
        "Fortuna Sittard",
        "NAC Breda",
    ),
    "agency": (
        "KNMI",
        "CPB",
        "CBS",
        "RIVM",
        "UWV",
        "DNB",
        "AFM",
        "ACM",
        "NVWA",
        "CBR",
        "KNVB",
    ),
    "international": ("NAVO", "EU", "VN", "WHO", "IMF", "OESO", "Wereldbank", "OPEC"),
    "airline": ("KLM", "Transavia", "Lufthansa", "Air France", "easyJet", "Ryanair", "TUI"),
    "space": ("NASA", "ESA", "ESO", "SpaceX", "JAXA"),
}


def organisation_class(name: str) -> str:
    """The class of a known organisation ('party', 'club', ...), '' when unknown."""
    for kind, members in ORGANISATION_CLASSES.items():
        if name in members:
            return kind
    return ""


PEOPLE_FILE = Path(__file__).parent / "data" / "people.tsv"


@cache
def known_people() -> dict[str, tuple[tuple[str, str], ...]]:
    """Well-known people by slot ('field:schaatsen', 'trainer') as (name, gender) pairs.

    A fallback pool of person distractors for a single article (the CLI, a fresh app), read
    from `data/people.tsv`; an entity memory of earlier stories comes first.
    """
    slots: dict[str, list[tuple[str, str]]] = {}
    for line in PEOPLE_FILE.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        slot, gender, name = line.split("\t")
        slots.setdefault(slot, []).append((name, gender))
    return {slot: tuple(people) for slot, people in slots.items()}
