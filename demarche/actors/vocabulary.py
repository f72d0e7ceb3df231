"""Small closed word lists that actor resolution relies on (titles, pronouns, prepositions).

They are closed-class or near-closed-class English vocabulary, not knowledge about particular
actors, so they live in code; open-ended knowledge (names, places, agent nouns) lives in the
data files of the knowledge base.
"""

from __future__ import annotations

TITLE_HEADS = frozenset(
    """president minister secretary leader chancellor premier king queen emir prince princess
    sheikh spokesman spokeswoman spokesperson ambassador envoy senator governor mayor commander
    chief director chairman chairwoman chair judge general gen. admiral adm. colonel col.
    lieutenant lt. major maj. captain capt. pope ayatollah cardinal archbishop bishop rabbi imam
    speaker adviser advisor representative negotiator official officer head ruler monarch
    emperor dictator coordinator commissioner attorney prosecutor lawmaker congressman
    congresswoman diplomat mp secretary-general director-general""".split()
)
"""Words that end a title standing before a name ("Unification Minister", "Lt. Gen.")."""

TITLE_WORDS = TITLE_HEADS | frozenset(
    """vice prime foreign defence defense interior unification home finance state supreme crown
    deputy former acting senior top rebel opposition party army military affairs external
    security national special general high first lady of for and the justice trade economy
    economic planning investment energy health education culture labour labor agriculture
    transport industry environment international cooperation commerce treasury homeland
    intelligence staff joint chiefs armed forces navy air force marine naval executive managing
    mr mr. mrs mrs. ms ms. dr dr. sir dame junior new then interim caretaker outgoing incoming
    ousted late exiled elected designate""".split()
)
"""Words that may appear inside a title ("Secretary of State", "Minister for Foreign Affairs")."""

MALE_HONORIFICS = frozenset("mr mr. sir king prince emir sheikh lord".split())
FEMALE_HONORIFICS = frozenset("mrs mrs. ms ms. miss queen princess lady dame madam".split())

LEADER_TITLES = frozenset(
    [
        *"president leader chancellor premier king queen emir ruler monarch emperor".split(),
        "prime minister",
        "supreme leader",
    ]
)
"""Nominal heads that may refer to a head of state or government whatever their exact title."""

PERSON_NOMINAL_HEADS = frozenset(
    """president leader minister chancellor premier king queen emir prince secretary spokesman
    spokeswoman ambassador envoy general commander chief dictator monarch ruler pope""".split()
)
"""Singular heads of definite descriptions that usually re-mention a person ("the president")."""

GROUP_NOMINAL_HEADS: dict[str, frozenset[str]] = {
    "group": frozenset({"armed group", "organisation", "party"}),
    "movement": frozenset({"armed group", "organisation", "party"}),
    "organisation": frozenset({"organisation", "igo"}),
    "organization": frozenset({"organisation", "igo"}),
    "party": frozenset({"party"}),
    **{
        head: frozenset({"armed group"})
        for head in "rebel militant insurgent guerrilla militia fighter faction".split()
    },
}
"""Heads of definite descriptions that re-mention a group ("the group", "the rebels"), with the
kinds of knowledge-base actor each can stand for."""
GROUP_WINDOW = 3
"""Sentences back that a group description looks for the group it re-mentions."""

LOCATIVE_PREPS = frozenset(
    "in at near outside around across inside to from toward towards into through within via".split()
)
"""A capital after these prepositions is a place ("talks in Seoul"), not its government."""

SPEECH_VERBS = frozenset(
    """say tell state add note mention ask insist claim declare announce explain warn write
    reply respond urge suggest stress argue comment confirm deny vow promise acknowledge
    indicate report describe call""".split()
)

MALE = frozenset({"he", "him", "his", "himself"})
FEMALE = frozenset({"she", "her", "hers", "herself"})
NEUTER = frozenset({"it", "its", "itself"})
PLURAL = frozenset({"they", "them", "their", "theirs", "themselves"})
FIRST_SINGULAR = frozenset({"i", "me", "my", "mine", "myself"})
REFLEXIVE = frozenset({"himself", "herself", "itself", "themselves"})
THIRD_PERSON = MALE | FEMALE | NEUTER | PLURAL

SECTOR_NAMES: dict[str, str] = {
    "GOV": "government",
    "MIL": "military",
    "REB": "rebels",
    "OPP": "opposition",
    "COP": "police",
    "LEG": "legislature",
    "JUD": "judiciary",
    "MED": "media",
    "JRN": "journalists",
    "REF": "refugees",
    "CVL": "civilians",
    "EDU": "education sector",
    "BUS": "business",
    "SPY": "intelligence services",
    "PTY": "political party",
    "LAB": "labour",
    "CRM": "criminals",
    "REL": "religious groups",
    "AGR": "agriculture",
    "ELI": "elites",
    "IGO": "international organisation",
    "NGO": "non-governmental organisations",
    "IMG": "transnational militarized groups",
    "UAF": "unidentified armed forces",
    "UNK": "unidentified actors",
    "HLH": "health sector",
    "SOC": "social groups",
}
SECTOR_KINDS: dict[str, str] = {
    "GOV": "government",
    "MIL": "military",
    "REB": "armed group",
    "LEG": "legislature",
    "PTY": "party",
    "IGO": "igo",
}

MAX_CONTEXT_ENTS = 200
"""How many entities of a sentence, then of the article, are read to settle an ambiguous place."""
AMBIGUOUS_PLACES: dict[str, tuple[str, ...]] = {
    "tripoli": ("LBY", "LBN"),
    "alexandria": ("EGY", "USA"),
    "hyderabad": ("IND", "PAK"),
    "valencia": ("ESP", "VEN"),
    "cordoba": ("ARG", "ESP"),
    "córdoba": ("ARG", "ESP"),
    "santiago": ("CHL", "DOM", "CUB"),
    "san jose": ("CRI", "USA"),
    "birmingham": ("GBR", "USA"),
    "georgia": ("GEO", "USA"),
    "punjab": ("PAK", "IND"),
    "luxembourg": ("LUX", "BEL"),
    "limburg": ("NLD", "BEL"),
    "macedonia": ("MKD", "GRC"),
    "perth": ("AUS", "GBR"),
    "victoria": ("CAN", "AUS", "SYC"),
    "san fernando": ("TTO", "PHL", "ESP"),
}
"""Place names of more than one country (keys as ``kb.normalise`` writes them): the one the
knowledge base ties them to is only the likeliest, so another of their countries named in the
same sentence or article wins ("rival militias in Tripoli ... the north Lebanese port")."""
