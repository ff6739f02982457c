"""Word lists: function words, titles, nationalities, units, number and calendar words (CLDR)."""

from __future__ import annotations

from functools import cache

from babel.dates import get_day_names, get_month_names
from num2words import num2words


def _words(text: str) -> frozenset[str]:
    """A frozen set of the whitespace-separated words of a text block."""
    return frozenset(text.split())


NL_STOPWORDS = _words(
    """
    de het een en van in op te is dat die niet met voor zijn aan er ook als bij om dan of
    maar naar door over wordt worden werd heeft hebben had nog wel al uit tot deze dit zij
    hij ze we wij kan zal moet was waren geen meer veel dus toch omdat na haar hun
    """
)
EN_STOPWORDS = _words(
    """
    the a an and of in on to is that this it with for are was were be been has have had not
    by from at as but or which who will would their its his her they he she said also than
    after into more about
    """
)
NL_PRONOUNS = _words(
    """
    hij zij ze zijn haar hun hen hem dat dit die deze daar daarom daardoor daarmee hiermee
    wij we ik je jij u jullie men zo toen het
    """
)
EN_PRONOUNS = _words(
    """
    he she they it this that these those his her their we i you there
    """
)
RESOLVABLE_PRONOUNS = frozenset({"hij", "zij", "he", "she"})

NL_PREPOSITIONS = _words(
    """
    aan achter bij binnen boven buiten door in langs met na naar naast om onder op over per
    rond sinds te tegen tot tussen uit van vanaf vanuit via volgens voor zonder
    """
)
NL_DETERMINERS = frozenset(["de", "het", "een", "der", "den", "des"])

NL_TITLES = _words(
    """
    premier oud-premier ex-premier minister-president minister staatssecretaris president
    oud-president ex-president koning koningin prins prinses burgemeester wethouder
    gedeputeerde voorzitter topman topvrouw directeur bestuurder trainer coach bondscoach
    doelman spits aanvoerder keeper verdediger middenvelder aanvaller renner wielrenner
    wielrenster schaatser schaatsster zanger zangeres popster actrice acteur schrijver
    schrijfster woordvoerder woordvoerster kamerlid fractievoorzitter partijleider leider
    secretaris-generaal commissaris officier rechter advocaat hoogleraar onderzoeker
    promovendus kanselier generaal paus zangduo collega voorganger opvolger ceo oprichter
    eigenaar chef mr dr drs ir prof ploeggenoot teamgenoot ploegleider sportdirecteur
    ploegbaas scheidsrechter invaller lijsttrekker fractieleider fractieleidster
    """
)

# Titles of one kind: someone the story names with another title of the same kind is a
# plausible but wrong option when the stem keeps the key's own title before the gap
# ('minister van Financiën ___': the story's premier is not that minister).
ROLE_GROUPS = (
    _words(
        "premier oud-premier minister-president vicepremier minister staatssecretaris kamerlid"
        " fractievoorzitter partijleider burgemeester wethouder gedeputeerde"
    ),
    _words("spits middenvelder verdediger aanvaller aanvoerder"),
    _words("trainer coach bondscoach"),
    _words("topman topvrouw directeur bestuurder voorzitter ceo"),
)

# Titles whose holders the well-known list keeps under another title.
LIST_SLOTS = {
    "bondscoach": "trainer",
    "coach": "trainer",
    "hoofdtrainer": "trainer",
    "oefenmeester": "trainer",
    "bewindsman": "minister",
    "bewindsvrouw": "minister",
}
MINISTERS_TOO = _words("premier minister-president vicepremier")
# Titles that say only which sport someone plays: in a story of that sport every untitled
# person of it stands in ('Atlete ___' among the runners of the story).
ATHLETE_TITLES = _words(
    """
    renner renster wielrenner wielrenster schaatser schaatsster tennisser tennisster
    coureur atleet atlete zwemmer zwemster darter golfer sprinter sprintster veldrijder
    veldrijdster
    """
)
# Ordinal nouns of a short, fixed series: no 'vijfde kwartaal' among the options.
# 'dit jaar', 'deze week': deixis relative to the article's date, not to an earlier sentence
TIME_NOUNS = _words(
    """
    jaar week maand seizoen eeuw weekend zomer winter lente herfst voorjaar najaar ochtend
    middag avond nacht dag periode kwartaal
    """
)
BOUNDED_SERIES = _words("kwartaal kwart helft set periode seizoenshelft jaarhelft categorie")

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

# Units of a measured quantity: '53 lichtjaren', '1210 kilometer', '23 graden'.
NL_MEASURE_UNITS = _words(
    "kilometer km meter graden lichtjaar lichtjaren kilo kilogram ton liter hectare centimeter"
)

# Nouns after a number that are no counted things; 'meters' counts races ('beide 5.000
# meters'), not metres.
NL_COUNT_STOP_NOUNS = _words(
    """
    procent euro dollar pond cent miljoen miljard jaar jaren maand maanden week weken dag
    dagen uur minuut minuten seconde seconden eeuw eeuwen decennium decennia keer maal meter
    kilometer centimeter km kilo kilogram gram graden graad lichtjaar lichtjaren uur
    meters kilometers
    procentpunt punt januari februari maart april mei juni juli augustus september oktober
    november december
    """
)
EN_COUNT_STOP_NOUNS = _words(
    """
    percent per cent dollars dollar euros euro pounds pound million billion year years month
    months week weeks day days hour hours minute minutes second seconds times km miles
    metres meters kilometres kilometers degrees
    """
)
NL_DURATION_UNITS = _words(
    """
    jaar jaren maand maanden week weken dag dagen eeuw eeuwen decennia
    """
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
VAGUE_NUMBER_WORDS = _words(
    """
    honderden duizenden tientallen miljoenen tienduizenden honderdduizenden dozens hundreds
    thousands millions één een one
    """
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


# Nouns for a person, group or role: a sentence that names its subject only as
# 'de zanger' or 'het duo' does not say whom it is about.
PERSON_ROLE_NOUNS = _words(
    """
    zanger zangeres popster rockster filmster ster renner renster wielrenner wielrenster
    coureur schaatser schaatsster speler speelster voetballer tennisser tennisster atleet
    atlete trainer coach bondscoach doelman keeper aanvoerder rapper artiest muzikant acteur
    actrice schrijver schrijfster kunstenaar duo trio stel band groep ploeg club team elftal
    formatie premier minister president burgemeester wethouder woordvoerder woordvoerster
    partij fractie kabinet regering winnaar winnares kampioen kampioene titelverdediger
    debutant verdachte slachtoffer rijder rijdster sprinter sprintster middenvelder verdediger
    spits aanvaller familie echtpaar democraten liberalen socialisten
    """
)
# Role nouns for a group or body, not one person: 'de club' is no one's name.
GROUP_NOUNS = _words(
    "duo trio stel band groep ploeg club team elftal formatie partij fractie kabinet regering"
)


# Words that tell a story's field, so people from earlier stories of the same field can be
# options ('schaatsen': skaters for a skater). Matched as word prefixes, lower case.
FIELD_WORDS = {
    "schaatsen": _words(
        "schaats ijsbaan thialf ploegachtervolging achtervolging rijdster wk-afstanden afstanden"
        " massastart allround natuurijs kunstijs elfsteden"
    ),
    "wielrennen": _words("renner renster wielren peloton etappe tour giro vuelta ritzege"),
    "voetbal": _words("voetbal eredivisie elftal doelman middenvelder spits trainer play-offs"),
    "politiek": _words(
        "minister premier kamerlid kabinet fractie coalitie oppositie partij gemeenteraad"
        " wethouder raadsleden raadslid statenleden gedeputeerde staten provinciebestuur"
        " gemeentebestuur begroting"
    ),
    "muziek": _words("zanger zangeres popster album concert tournee band rapper single"),
    "autosport": _words("formule coureur prix pole-position f1 circuit"),
    "tennis": _words("tennis wimbledon roland-garros wta atp grandslam tiebreak"),
    "rechtspraak": _words(
        "rechtbank rechter verdachte advocaat celstraf gevangenisstraf werkstraf vonnis"
        " officier hoger-beroep strafeis"
    ),
    "beurs": _words("beurs damrak aex beursgang beurskoers aandeel aandelen midkap smallcap"),
    "atletiek": _words(
        "atleet atlete atletiek estafette horden hordeloop zevenkamp tienkamp verspringen"
        " hoogspringen polsstok speerwerpen kogelstoten"
    ),
    "darts": _words("darts darter dartsen pdc"),
}
# Fields whose events happen on working days (sessions, hearings): no weekend options.
WORKING_DAY_FIELDS = frozenset({"politiek", "rechtspraak", "beurs"})
# Disciplines of a field whose people do not stand in for each other, told by words of
# the story (regular expressions, lower case). A story whose words point at two
# disciplines about as often (a championship with sprint and distance races) has none, and
# so no well-known people for its options.
DISCIPLINE_WORDS = {
    "schaatsen": {
        # not a bare 'sprint': marathons end in one; the 1500 meter is sprinters' and
        # allrounders' both
        "sprint": r"\b(?:500|1000|1\.000|1500|1\.500) meter\b"
        r"|\bsprint(?:toernooi|kampioen\w*|vierkamp)\b|\bwk sprint\b",
        "allround": r"\b(?:1500|1\.500|3000|3\.000|5000|5\.000|10\.000) meter\b|\ballround\w*|"
        r"\bploegen?achtervolging\b",
        "marathon": r"\bmarathon\w*|\bnatuurijs\b|\bmassastart\b",
        "shorttrack": r"\bshort ?track\w*",
    },
    "wielrennen": {
        "sprint": r"\b(?:massa)?sprint\b|\bsprinter\w*|\bspurter\w*",
        "klassement": r"\bberg(?:rit|etappe|klassement)\w*|\bklimmer\w*|\bslotklim\w*|"
        r"\balgemeen klassement\b|\bklassementsrenner\w*",
        "veldrijden": r"\bveldrit\w*|\bveldrijd\w*|\bcyclocross\w*|\bcrosser\w*|\bsuperprestige\b",
    },
}
# Fields whose people can stand in for each other in any story of the field. Skating
# (sprint, distance, marathon, short track), cycling (sprinters, climbers, track) and
# football (keepers, strikers, the retired) are not: a long-track sprinter among marathon
# skaters is an absurd option, so their stories take people of the story itself.
INTERCHANGEABLE_FIELDS = frozenset({"tennis", "autosport", "muziek", "politiek"})
# Slots of well-known people who are options only for someone as well known: a local
# councillor among national party leaders is no plausible question.
PEERS_ONLY_SLOTS = frozenset({"field:politiek"})


# Public offices a question may ask for ('Welke functie heeft Eelco Heinen?'). Each key
# office lists offices one person does not hold at the same time: the wrong options.
OFFICE_OPTIONS = {
    # since 2002 a council's members are not its executives
    "burgemeester": ("wethouder", "gedeputeerde", "gemeenteraadslid", "Statenlid"),
    "wethouder": ("burgemeester", "gedeputeerde", "gemeenteraadslid", "Statenlid"),
    "gedeputeerde": ("burgemeester", "wethouder", "gemeenteraadslid", "Statenlid"),
    "premier": (
        "president",
        "minister van Buitenlandse Zaken",
        "minister van Financiën",
        "minister van Defensie",
    ),
    "president": (
        "premier",
        "vicepresident",
        "minister van Buitenlandse Zaken",
        "minister van Defensie",
    ),
}
# 'minister van Financiën', 'staatssecretaris van Defensie': other departments are wrong.
DEPARTMENTS = (
    "Buitenlandse Zaken",
    "Financiën",
    "Defensie",
    "Justitie en Veiligheid",
    "Binnenlandse Zaken",
    "Economische Zaken",
    "Volksgezondheid",
    "Onderwijs",
    "Sociale Zaken",
    "Infrastructuur en Waterstaat",
    "Landbouw",
    "Klimaat en Energie",
)
# Departments nearly every government has, under these names: the only options for a
# foreign minister ('de Belgische minister van Justitie'); 'Infrastructuur en Waterstaat'
# or 'Justitie en Veiligheid' are Dutch names.
DEPARTMENTS_EVERYWHERE = (
    "Buitenlandse Zaken",
    "Financiën",
    "Defensie",
    "Justitie",
    "Binnenlandse Zaken",
)
# Adjectives of foreign countries before an office ('de Belgische minister van Justitie');
# a province's or a town's ('de Drentse gedeputeerde') is Dutch.
FOREIGN_ADJECTIVES = _words(
    """
    Afghaanse Amerikaanse Argentijnse Australische Belgische Braziliaanse Britse Bulgaarse
    Canadese Chileense Chinese Colombiaanse Cubaanse Deense Duitse Egyptische Engelse Estse
    Ethiopische Finse Franse Georgische Griekse Hongaarse Ierse Indiase Iraakse Iraanse
    Israëlische Italiaanse Japanse Keniaanse Kroatische Letse Libanese Litouwse Luxemburgse
    Marokkaanse Mexicaanse Nigeriaanse Noord-Koreaanse Noorse Oekraïense Oostenrijkse
    Pakistaanse Palestijnse Poolse Portugese Roemeense Russische Saoedische Schotse Servische
    Slowaakse Spaanse Syrische Tsjechische Turkse Venezolaanse Wit-Russische Zuid-Afrikaanse
    Zuid-Koreaanse Zweedse Zwitserse
    """
)
# First words of mountain passes, climbs and waters ('Alto de Vivero', 'Col du Tourmalet',
# 'Monte Grappa'): a place, though the first word may also be a first name.
PLACE_NAME_HEADS = _words(
    "Alto Col Côte Cote Mont Monte Puerto Passo Cima Pico Piz Pic Mount Lago Cabo Isla Sierra"
    " Cerro Colle"
)
# Local offices that exist under these names in the Netherlands only.
DUTCH_LOCAL_OFFICES = _words("wethouder gedeputeerde gemeenteraadslid statenlid")
DEPARTMENT_OFFICES = _words("minister staatssecretaris")
# 'onderwijsminister Robbert Dijkgraaf': the others are wrong.
COMPOUND_MINISTERS = _words(
    """
    onderwijsminister zorgminister defensieminister justitieminister landbouwminister
    klimaatminister migratieminister woonminister milieuminister financiënminister
    """
)
# What each department is about, as the beginnings of words a headline would use: under
# 'Eindexamenuitslagen bekend' the question 'Welke functie heeft ...?' answers itself with
# 'onderwijsminister'. Keys are the department's (or compound minister's) first word.
DEPARTMENT_TOPICS = {
    "onderwijs": "onderwijs school scholen scholier leerling examen eindexamen leraar leraren "
    "docent student universiteit hogeschool havo vwo vmbo mbo",
    "volksgezondheid": "zorg ziekenhuis patiënt vaccin huisarts gezondheid verpleeg corona",
    "zorg": "zorg ziekenhuis patiënt vaccin huisarts gezondheid verpleeg corona",
    "defensie": "defensie leger militair krijgsmacht soldaat soldaten marine navo",
    "justitie": "justitie agent rechter rechtbank gevangen gevangenis politie misdaad crimin "
    "celstraf",
    "landbouw": "landbouw boer boeren vee veehouder varken koeien mest stikstof vogelgriep "
    "ophokplicht visser",
    "klimaat": "klimaat energie uitstoot windpark windmolen zonnepark gasveld co2",
    "woon": "woning huurwoning huur huizen hypothe bouwen woningbouw",
    "migratie": "asiel migrant vluchteling azc",
    "financiën": "belasting begroting btw schatkist",
    "infrastructuur": "snelweg spoor trein verkeer dijk luchthaven schiphol",
    "sociale": "uitkering werkloos pensioen aow minimumloon",
}
# Offices everyone knows the holder of ('Welke functie heeft Mark Rutte?'), and which the
# present tense gets wrong as soon as they change hands.
HEAD_OFFICES = _words("premier president minister-president")
# An office someone held before or will hold: the question's present tense would be wrong.
OFFICE_NOT_NOW = _words(
    """
    voormalig voormalige oud ex toenmalig toenmalige beoogd beoogde kandidaat aftredend
    aftredende vertrekkend vertrekkende waarnemend waarnemende interim
    """
)

# Units after a number in a headline: '91 jaar' is no count of the story's boats.
HEADLINE_UNITS = _words(
    """
    jaar jaren maand maanden week weken dag dagen uur minuten seconden procent euro
    miljoen miljard kilometer km meter graden
    """
)
