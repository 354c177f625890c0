"""Places of an event: where the text puts it, resolved against the gazetteer."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import replace
from functools import cache, cached_property, partial
from typing import Any

from timelinekg.nlp.extract.actors import (
    LOCATION_LABELS,
    Mention,
)
from timelinekg.nlp.extract.candidate import (
    FORCE_TYPES,
    ISSUED_TEXTS,
    LOCATIVE_PREPOSITIONS,
    VESSEL_NOUNS,
    Candidate,
    FinderBase,
    _children,
    a_contents_line,
    names_a_vessel,
)
from timelinekg.nlp.extract.lexicon import currency_nouns
from timelinekg.nlp.extract.nlp import (
    DATELINE,
    DATELINE_MONTH,
    NAME_PARTICLES,
    PARTICLE_ARTICLES,
    RIVER_PARTICLES,
    children_of,
    token_indexes,
    tokens_in,
)
from timelinekg.nlp.extract.places import (
    LEADING_UNIT_WORDS,
    REGION_WORDS,
    US_STATE_ABBREVIATIONS,
    PlaceRef,
    unit_words,
)
from timelinekg.nlp.extract.triggers import FIRE_COMPLEMENTS, VOTER_NOUNS
from timelinekg.nlp.timex.lexicon import DAY_PARTS, MONTHS, SEASONS, WEEKDAYS
from timelinekg.schema.identity import name_key
from timelinekg.schema.merge import (
    DATELINE_PLACE,
    LEAD_PLACE,
    SENTENCE_BEFORE_PLACE,
    SPEECH_TYPES,
    STORY_COUNTRY_PLACE,
    STORY_TOWN_PLACE,
)
from timelinekg.schema.names import folded_to_ascii

# gatherings an event happens at: "at a ceremony in Lima", "at a news conference in Kyiv"
VENUE_NOUNS = {
    "event",
    "ceremony",
    "conference",
    "meeting",
    "summit",
    "session",
    "gathering",
    "rally",
    "forum",
    "launch",
    "briefing",
    "hearing",
    "convention",
    "fair",
    "show",
    "exhibition",
    "expo",
}
# what happens at a scene, never where a body sits: disasters, attacks, fighting (an arrest is often made at home)
SCENE_TYPES = frozenset({"disaster", "attack", "mass-violence", "military"})
# the kinds of sea a demonym names: "the Indian Ocean", "the South China Sea"
SEA_WORDS = frozenset({"ocean", "sea", "gulf", "bay", "strait", "channel"})
# a road's number: "A1", "M25", "I-95", "E75", "N7"
ROAD_CODE = re.compile(r"^[A-Z]{1,3}-?\d{1,4}$")
ROAD_WORDS = frozenset(
    {"road", "motorway", "highway", "expressway", "freeway", "autoroute", "autobahn", "autostrada", "bypass"}
)
# what a road is the object of when the event happened on it: "overturned on the A1", "queues along the M25"
ROAD_PREPOSITIONS = frozenset({"on", "along", "onto", "off"})
# institutions that sit where their names say: "the X General Hospital", "the Court of Appeal of X"
INSTITUTION_NOUNS = frozenset(
    {
        "hospital",
        "clinic",
        "infirmary",
        "court",
        "tribunal",
        "university",
        "museum",
        "opera",
        "theatre",
        "theater",
        "stadium",
        "prison",
        "airport",
        "cathedral",
        "zoo",
        # the same institutions in names news keeps in French, Italian, Spanish, Portuguese or German ("the Centre
        # hospitalier universitaire de X", "the Ospedale Civile di X", "the Universidad de X")
        "hôpital",
        "hopital",
        "hospitalier",
        "clinique",
        "clínica",
        "clinica",
        "ospedale",
        "policlinico",
        "klinikum",
        "krankenhaus",
        "université",
        "universidad",
        "universidade",
        "università",
        "tribunale",
    }
)
# the building an institution's word names in its name: "the X Opera House", "the X Concert Hall"
INSTITUTION_BUILDINGS = frozenset({"house", "hall"})
# the words that join an institution to its place in its name, in English and in the languages news keeps names in
NAME_JOINTS = frozenset({"of", "de", "do", "da", "di", "del", "della", "des", "du", "in"})
# the kinds of land, water and works a place's name may end with after a word that is also a title or a
# nationality ("King George Island", "Queen Maud Land", "British Columbia" aside, "Prince William Sound", "King
# Sejong Station"): such a name is kept whole
NAMED_KIND_WORDS = frozenset(
    {"island", "islands", "isle", "land", "peninsula", "sound", "strait", "passage", "channel", "sea", "ocean"}
    | {"gulf", "bay", "river", "lake", "mountain", "mountains", "range", "valley", "glacier", "coast", "station"}
    | {"base", "bridge", "airport", "aerodrome", "airfield"}
)
# works an event happens at, on or to, named by their own name ("the Kessock Bridge", "the Rothera base", "the
# Villa Las Estrellas aerodrome"): the work is the event's place, whatever the recogniser called its name
FACILITY_WORDS = frozenset(
    {"bridge", "tunnel", "dam", "airport", "aerodrome", "airfield", "airstrip", "base", "station", "harbour"}
    | {"harbor", "port", "hospital", "viaduct", "causeway", "runway", "pier", "jetty", "wharf"}
)
# the strips of ground and decks an act is done "on": "landed on the runway", "fell on the deck"
SURFACE_NOUNS = frozenset({"runway", "strip", "airstrip", "tarmac", "apron", "deck", "platform", "quay", "helipad"})
# what is done to a work as a place ("closed the X Bridge", "bombed the Y airfield", "reached the Z base"), unlike
# what is said of it ("praised the X Bridge") or done to its owner ("sold the Y port")
FACILITY_ACT_VERBS = frozenset(
    {"close", "shut", "reopen", "open", "search", "raid", "inspect", "reach", "enter", "leave", "evacuate"}
    | {"attack", "bomb", "shell", "strike", "hit", "damage", "destroy", "block", "blockade", "occupy", "storm"}
    | {"seize", "capture", "cross", "inaugurate"}
)
# a possessive ending a name: "Kenya's", "the Philippines'"
_POSSESSIVE_END = re.compile(r"\s*['’]s?$")
# the particles a town's name may hold that the parser reads as a word of the sentence ("São José do Rio Preto",
# "Newcastle upon Tyne")
TOWN_NAME_PARTICLES = frozenset({*NAME_PARTICLES, *RIVER_PARTICLES, "on"})
# nouns that a place's name follows with "of" ("the town of Monchique", "the province of Arauca")
PLACE_NOUNS = {
    "town",
    "village",
    "city",
    "settlement",
    "region",
    "district",
    "province",
    "county",
    "state",
    "municipality",
    "island",
    "port",
    "capital",
    "department",
    "prefecture",
    "governorate",
    "oblast",
    "commune",
    # settlements the news names the same way ("the Swiss resort of X"); not a city's suburb, which news tells
    # as part of the city ("Moscow's suburb of X") and merges by the city
    "resort",
    "hamlet",
    "township",
    # a village's or a town's unit in Portugal, the Philippines, Louisiana or England ("the parish of X")
    "parish",
}
# place nouns that name a settlement, a town for the places no gazetteer knows
TOWN_NOUNS = {"village", "settlement", "resort", "hamlet", "township"}
# verbs of a journey, whose "from" and "to" say where those on it were: "as they drove back from a clinic near X"
JOURNEY_VERBS = {"drive", "travel", "return", "head", "walk", "ride", "go", "come", "leave", "journey", "commute"}
# what joins an accident or attack to the deaths it caused ("drowned when the boat capsized", "died after")
CAUSE_MARKS = {"when", "after", "as"}
# probe15 class 4: a town's supply or utility, cut off or restored where the town is ("shut off Kimberley's water
# supply", "restored Aleppo's power")
SUPPLY_NOUNS = frozenset({"supply", "supplies", "water", "power", "electricity", "grid", "mains", "gas"})
# kinds of a place the text names as a town or water ("the village of X", "Lake X"): one no gazetteer knows
# lies in a wider place of the same event or the article's country; so does a name the text only puts after
# "in" or "near" ("other": no gazetteer and no place noun says what it is)
UNKNOWN_PLACE_KINDS = {"town", "city", "lake", "river", "other"}
# the parts of a town around it: what they are "of" is a place ("on the outskirts of X")
OUTSKIRT_WORDS = frozenset({"outskirts", "suburbs", "vicinity", "fringes"})
# the last words of street names: a street is a spot in a town, not a place of the gazetteer's kinds
STREET_WORDS = frozenset({"street", "avenue", "boulevard", "lane"})
# the words news gives a country's first-level units by ("Peru's northern Cajamarca region")
FIRST_LEVEL_WORDS = ("department", "province", "region", "state")
# "Lake Kivu", "the Tana River": water named with its kind
WATER_WORDS = {"lake": "lake", "river": "river"}
# a body's own premises, which a place name before them places: "the company's Leeds offices"
PREMISES_NOUNS = {"office", "offices", "headquarters", "plant", "factory", "warehouse", "campus", "branch"}
# kinds of water the Nordic languages glue onto a name: "the Oslofjord", "the Oresund"
GLUED_WATER_WORDS = ("fjord", "fjorden", "sund", "sundet")
# a country's institutions that act at home ("Zambia's health ministry declared"), unlike its officials or forces
HOME_BODIES = {"government", "ministry", "authorities", "leadership"}
# what a titled leader does in office, at home: appoint and dismiss, decree, call a vote
OFFICE_ACTS = {"personnel", "legal", "election"}
# offices of a town or province, named with it ("the mayor of Salerno"): their holder acts there
LOCAL_OFFICES = {"mayor", "governor", "prefect", "councillor", "councilor", "deputy mayor"}
# a court and its judges, whose "of" phrase may name the city the court sits in ("a judge of Lyon")
COURTS_OF_A_CITY = {"court", "tribunal", "judge"}
# verbs that move people or goods to a place, and the things sent that only say something
# "the convoy reached the town of Kadugli", "troops entered Goma": the object of an arrival is where it happened;
# "summoned the envoy in Cairo": an envoy is summoned where posted
ARRIVAL_VERBS = {"reach", "enter", "summon"}
# arrivals, whose "from" is where the travellers set out, not where the act was: "arrived from Gdansk", "landed at
# Juba from Nairobi" (unlike a journey's "drove back from a clinic near X", said of those on the road)
ARRIVING_VERBS = frozenset({"arrive", "land"})
# verbs whose object is the premises they were done at: "searched her office in X", "raided a warehouse in X"
PREMISES_VERBS = {"search", "raid", "inspect"}
# verbs whose object lies where they were done: "closed roads in Lombardy", "shut schools in the region"
CLOSED_IN_PLACE_VERBS = {"close", "shut", "reopen"}
DISPATCH_VERBS = {"send", "dispatch", "deploy", "evacuate", "relocate", "airlift", "fly", "ship", "deliver"}
MESSAGE_NOUNS = {"letter", "letters", "message", "messages", "note", "request", "invitation", "signal", "email"}
# what a state addresses to another ("a note of protest to X", "lodged a complaint with X"): the addressee is whom it
# went to, not where it was made
ADDRESSED_NOUNS = frozenset({*MESSAGE_NOUNS, "protest", "complaint", "demarche", "ultimatum"})
# the parties a story's goods are sold to or taxed by ("a Canadian retail chain", "German buyers", "a US tariff"):
# the country they are named for is where the goods go, not the country the story is about
TRADE_PARTNER_NOUNS = frozenset(
    {
        "buyer",
        "customer",
        "client",
        "importer",
        "retailer",
        "supermarket",
        "chain",
        "brand",
        "market",
        "consumer",
        "tariff",
    }
)
# a place told by its bearing from, or its part of, a named place: "south of Tarragona", "on the outskirts of
# Dhaka", "on the edge of X", "on the streets of X": the named place is where it happened (a town nearby is
# where the news places it)
COMPASS_WORDS = frozenset(
    {
        "north",
        "south",
        "east",
        "west",
        "northeast",
        "northwest",
        "southeast",
        "southwest",
        "north-east",
        "north-west",
        "south-east",
        "south-west",
    }
)
# what a distance is hedged with: "about 30 km", "some 12 nautical miles"
DISTANCE_HEDGES = frozenset({"about", "some", "roughly", "approximately", "around", "nearly", "almost", "just"})
BEARING_WORDS = {
    *COMPASS_WORDS,
    "outskirts",
    "edge",
    "suburbs",
    "vicinity",
    "fringes",
    "coast",
    "shores",
    # "on the streets of Harare": the town the streets are in (leftover class 4)
    "streets",
}
# a length or a share of a place ("closed a stretch of the X River", "blocked a section of the Y motorway",
# "captured part of Z"): what is done to it is done in the place it is part of
STRETCH_NOUNS = frozenset({"stretch", "section", "segment", "portion", "length", "part", "parts", "sections"})
# sites a business or an authority acts on (shuts, opens, raids, sells): where the site lies is where the act was
SITE_NOUNS = {
    "factory",
    "plant",
    "mine",
    "refinery",
    "mill",
    "foundry",
    "smelter",
    "warehouse",
    "depot",
    "facility",
    "works",
    "office",
    "branch",
    "store",
    "shop",
    "outlet",
    "laboratory",
    "lab",
    "centre",
    "center",
    "terminal",
    "hotel",
    "clinic",
    "workshop",
}
# the site nouns that end a closed compound naming a kind of site: "steelworks", "ironworks", "sawmill"
CLOSED_SITE_ENDINGS = ("works", "mill")
# acts done to people's bodies or lives (rescues, evacuations, releases, aid, hiring and firing), as against words
# said of them ("praised the firefighters in X") or a court's ruling on them, which may be elsewhere
PEOPLE_ACT_TYPES = FORCE_TYPES | {"other", "aid", "yield", "personnel", "business", "disaster"}
# prepositions of a path through a place: "marched through central X", "swept through villages across X"
PATH_PREPOSITIONS = {"through", "throughout", "along"}
# occasions an act is done at or during, events themselves that lend it their place: "conceded in a speech at
# the palace in Lima", "said during a visit to Mombasa", "signed it at talks in Geneva" (unlike a cause: "in
# retaliation for an airstrike in Syria", "after the bombing of a market in Kherson")
FRAME_NOUNS = VENUE_NOUNS | {
    "speech",
    "address",
    "visit",
    "trip",
    "tour",
    "talks",
    "interview",
    "funeral",
    "service",
    "parade",
    "celebration",
    "vigil",
    "debate",
    "stop",
}
# the prepositions that put an act inside its occasion
FRAME_PREPOSITIONS = {"in", "at", "during"}
# probe15 class 7: operations an arrest or seizure is made in, which lend it their place as an occasion does
# ("detained the men in a raid on a house on the outskirts of X")
RAID_NOUNS = {"raid", "raids", "swoop", "sweep", "operation", "crackdown"}
# travel nouns whose "to" names where the traveller went: "during a visit to Mombasa"
TRAVEL_NOUNS = {"visit", "trip", "tour", "journey"}
# events whose place the walk finds anywhere in their phrases ("killed people in X", "protesters in X"), unlike
# talk ("discussed the war in Ukraine"), which happened wherever the talk was
FREE_WALK_TYPES = FORCE_TYPES | {"disaster", "protest"}
# a country's bodies whose powers stop at its borders: what they do by force is done at home ("Hungary's
# central bank seized control of a lender", "Kenya's supreme court ordered the seizure")
DOMESTIC_BODIES = {
    "bank",
    "parliament",
    "court",
    "police",
    "regulator",
    "senate",
    "congress",
    "assembly",
    "legislature",
    "prosecutor",
    "prosecutors",
    "judiciary",
    "tribunal",
    "watchdog",
}
# the words that make a state body a country's ministry or government
MINISTRY_WORDS = {"ministry", "government", "cabinet"}
# "Central Bank of Nigeria", "Supreme Court of Kenya": a body named as a country's own; only "the" and "of" may be
# in any case, as the country's capital letter is what tells it from a body's own words ("the ministry of defence")
# a paragraph that opens as running prose: a capitalised word (not a stamp, a mark, a speaker's name in capitals)
PROSE_OPENING = re.compile(r"[A-Z][a-z'’]")
HEADING_WORDS = 5  # "Elections: ...", "Business in brief: ...": a colon this early ends a heading or a speaker
BODY_OF_COUNTRY = re.compile(r"^(?i:the\s+)?(?P<body>.+?)\s+(?i:of)\s+(?i:the\s+)?(?P<country>[A-Z][\w .'-]+)$")
# what a country named as the doer does at home: vote, strike, mourn, bury, legislate, appoint; not attacks,
# diplomacy or trade, which reach abroad ("Ghana held a state funeral", "Peru held an election")
HOME_ACT_TYPES = {"election", "protest", "disaster", "personnel", "legal", "other"}
# a debtor's failure to pay ("defaulted", "failed to pay"): a country that fails so does it at home
DEBT_FAILURES = {"default", "fail"}
# what a country declares for itself ("Chile declared a state of emergency", "Kenya declared a day of mourning")
# what declaring one is: a statement, or the restriction it puts in force ("declared a curfew": coercion)
DECLARING_TYPES = {"statement", "coercion"}
DOMESTIC_DECLARATIONS = {"emergency", "mourning", "curfew", "lockdown", "holiday", "disaster", "martial", "calamity"}
# verbs that make an outcome official ("declared X the winner", "announced a recall", "the result was announced"):
# the act itself, done where the story is, not words that may be said anywhere (as "announced that ..." are)
PROCLAIMING_VERBS = frozenset({"announce", "declare", "proclaim"})
# the bodies a case is brought to ("appealed to the court in X"), and the prepositions that bring it there
COURT_NOUNS = {"court", "tribunal"}
COURT_PREPOSITIONS = {"to", "with", "before", "at"}
# bodies that sit where their name says: "the Lyon Commercial Court", "the Nakuru County Assembly", "Porto City
# Council", "the Madrid police" (a company named after a city, "Tokyo Electric Power", trades anywhere)
SEAT_NOUNS = {
    "court",
    "tribunal",
    "assembly",
    "council",
    "legislature",
    "parliament",
    "police",
    "prosecutor",
    "prosecutors",
    "municipality",
}
# the words that make a body named after a place that place's own administration ("Mumbai Municipal Corporation",
# "the Lagos State House of Assembly", "the Tokyo Metropolitan Government")
ADMINISTRATIVE_WORDS = {"city", "county", "state", "municipal", "metropolitan", "provincial", "prefectural", "district"}
# nouns a text names a place by: "the mine" again is the mine the article placed, but "the area" or "the border"
# is no one thing
VAGUE_PLACE_NOUNS = PLACE_NOUNS | {"area", "country", "nation", "world", "border", "scene", "place", "site", "spot"}
# the words a text refers back to a city with: "in the city's X ward", "across the town"
CITY_WORDS = {"city", "town"}
# the words for a firm that news puts its town before: "Melbourne firm X", "the Lyon bank Y", "Milan law firm Z"
FIRM_WORDS = {"firm", "company", "bank", "broker", "brokerage", "lender", "insurer", "fund", "group", "consultancy"}
AIRPORT_WORDS = {"airport", "airfield"}
# the lines a speaker is reached by, whose "from" phrase says where the speaker was: "by telephone from X"
LINE_NOUNS = {"telephone", "phone", "videophone", "link", "videolink", "satphone", "radio"}
# the words a text refers back to a region it named with: "in the county", "across the province" (the gazetteer's
# words for a region; not "the district", as often a part of a city)
REGION_ANAPHORS = frozenset(REGION_WORDS) - {"district"}
# the parts only a river has ("the mouth of the X", "the banks of the X"): the GeoNames data of the repo holds no
# rivers, so the words around a name are what tells a river
RIVER_PARTS = frozenset({"mouth", "banks", "estuary", "delta", "source", "headwaters", "tributary"})
# a country's seats of power, in its capital: "outside the parliament building", "marched on the presidential
# palace", "rallied outside the National Assembly" (each with the word that makes it national, when it needs one)
NATIONAL_SEATS = {
    "parliament": None,
    "congress": None,
    "senate": None,
    "legislature": None,
    "palace": "presidential",
    "assembly": "national",
}
# the members of a legislature a hearing's words are addressed to: "told MPs", "told deputies"
LEGISLATORS = frozenset({"mp", "mps", "deputy", "deputies", "lawmaker", "legislator", "senator", "parliamentarian"})
# the words that make a committee a legislature's: "the parliamentary committee", "a congressional committee"
LEGISLATIVE_WORDS = frozenset({"parliamentary", "congressional", "senate", "legislative", "parliament", "select"})
# what an assembly of the whole country is named after: "the Assembly of the Republic", "of the Nation"
NATIONAL_OWNERS = frozenset({"republic", "nation", "people", "union", "federation"})
# what makes a legislature a region's ("the provincial assembly"), or says it is the country's ("the National Assembly")
REGIONAL_WORDS = {"provincial", "state", "regional", "county", "city", "municipal", "local", "district", "town"}
NATIONAL_WORDS = {"national", "federal", "legislative", "constituent", "grand", "supreme", "people", "house"}
# what vessels do at sea, off a shore: "capsized off X", "sank off X"
SEA_VERBS = {"sink", "capsize", "founder", "overturn", "collide", "drown", "break", "wreck", "run", "go", "rescue"}
# what a ship does where it lies: "arrived off X", "anchored off X", "docked at X", "was held off X"
BERTHING_VERBS = frozenset({"arrive", "anchor", "dock", "moor", "berth", "hold", "keep", "strand", "call", "lie"})
# the verbs of those that say by themselves that a ship lies at the place ("docked at", "moored in"; not "arrived in")
HARBOUR_VERBS = frozenset({"anchor", "dock", "moor", "berth"})
# where the people of a ship are, or go from it: "died on board", "stuck aboard", "not allowed to go ashore"
ABOARD_WORDS = frozenset({"aboard", "ashore"})
# the links from a word to the verb it belongs to that stay in that verb's clause ("refused to let them go ashore")
SAME_ACT_DEPS = frozenset({"xcomp", "ccomp", "prep", "pobj", "advmod", "prt", "dobj", "nsubj", "nsubjpass", "npadvmod"})
# the shore a place at sea is off: "off the Senegalese coast", "in Libyan waters"
# places named by a kind and a demonym ("a Georgian mountain resort", "the northern Malian town of X")
SETTLEMENT_NOUNS = {
    "town",
    "towns",
    "village",
    "villages",
    "city",
    "resort",
    "port",
    "district",
    "province",
    "region",
    "island",
    "hamlet",
    "suburb",
}
SHORE_NOUNS = {"coast", "coasts", "coastline", "shore", "shores", "waters", "seas", "beach", "beaches"}
# what takes people towards a place they had not reached: "the route to X", "a boat bound for X", "heading to X"
DESTINATION_WORDS = {
    "route",
    "routes",
    "way",
    "crossing",
    "passage",
    "voyage",
    "bound",
    "heading",
    "headed",
    "sailing",
    "travelling",
    "traveling",
    "destined",
}
# what a seat of power is entered, guarded or rallied at: "the parliament building", "the palace gates"
SEAT_PARTS = {"building", "buildings", "house", "headquarters", "gate", "gates", "compound", "grounds", "offices"}
# acts done to people or goods whose "from X" says where they came from, not where the act was: "detained three
# tourists from Chile", "seized medicine from India", "charged a businessman from X"
ORIGIN_OBJECT_VERBS = frozenset(
    {"arrest", "detain", "seize", "confiscate", "question", "interrogate", "charge", "indict", "fine", "intercept"}
)
# how captives came to be held: "hostages held in X were freed", "miners trapped in X were rescued"
CAPTIVITY_VERBS = {"hold", "keep", "detain", "kidnap", "abduct", "imprison", "jail", "capture", "trap", "strand"}
# what ends a captivity: a release, a rescue
RELEASE_TYPES = {"yield", "aid", "other"}
# a country's governing bodies, named bare in a story of that country: "the government approved", "the cabinet
# passed"
NATIONAL_BODIES = {"government", "cabinet", "parliament", "legislature", "senate", "congress"}
# elections asked for rather than held
WANTED_ELECTIONS = {"early", "new", "fresh", "next", "future", "snap"}
# what makes a vote a town's, not the country's: "the mayoral runoff", "the municipal election", "a by-election", "the
# vote for the city council" (not "local elections", held in every town at once)
LOCAL_ELECTION_WORDS = frozenset({"mayoral", "mayor", "municipal", "council", "by-election", "byelection", "partial"})
# the kinds of vote that tell one apart from a town's: "the general election", "the regular local elections"
VOTE_KINDS = frozenset(
    {
        "general",
        "presidential",
        "parliamentary",
        "legislative",
        "national",
        "federal",
        "regional",
        "provincial",
        "state",
        "local",
        "european",
        "regular",
        "primary",
        "early",
        "snap",
    }
)
# titles of those who act for a whole country: "President X declared a national day of mourning"
NATIONAL_TITLES = {"president", "prime", "premier", "king", "queen", "chancellor"}
# the words that make a doer the country's: "the minister", "the National Assembly", "the ministry"
NATIONAL_WORDS = {"minister", "ministry", "national"}
# the kinds of place a sentence's event lends the next sentence's: a settlement or an area, not a building
# the past of verbs of a state, which describe a place someone holds to rather than set a scene (the parser gives
# no lemmas, and the tag already asks for a past)
PAST_STATES = frozenset({"was", "were", "had", "lived", "stayed", "remained", "owned", "worked", "grew"})
CARRIED_KINDS = frozenset({"city", "town", "region", "country", "lake", "river"})
# what is done to the people a disaster struck, where it struck (typed as aid, or as no kind of its own)
RESCUE_VERBS = {"rescue", "evacuate", "save", "airlift"}
# people named by where they live: "residents of X", "the people of X"
RESIDENT_NOUNS = {"resident", "inhabitant", "people", "villager", "citizen", "household", "family", "dweller"}
# the part of a whole an act is done on: "all of its work", "half of its branches"
PART_WORDS = {"all", "most", "some", "half", "part", "much", "many", "rest", "parts", "several", "each"}
# the kinds of unit a place's name starts with ("Barangay Malapit", "County Kerry")
UNIT_PREFIXES = {"barangay", "county"}
# unit words that also name a part of a building: "a hospital's Nightingale ward"
AMBIGUOUS_UNITS = {"ward"}
# kinds of unit below a town, or a town's own ("X ward", "X township", "Barangay X"), and those of a region
TOWN_UNITS = {"ward", "township", "village", "barangay", "commune", "parish", "borough"}
# what a state does to a foreign mission's envoys (summons them, hands them a note, expels or recalls them): done at
# its foreign ministry
DIPLOMATIC_ACT_TYPES = frozenset({"disapproval", "communication", "reduce-relations", "coercion"})
# words the lexicon's envoy rows take that name other things as often: a criminal charge (a chargé d'affaires is
# known by his "affaires"), a rescue mission, a company's representative
SHARED_ENVOY_WORDS = frozenset({"charge", "mission", "representative"})
# the words that make a doer a state's government or ministry, acting for it ("the foreign ministry", "a deputy
# foreign minister")
GOVERNMENT_WORDS = MINISTRY_WORDS | {"minister", "ministry", "ministries"}
# people a country sends abroad: their nationality does not say where they acted
ABROAD_NOUNS = {"forces", "troops", "soldiers", "army", "navy", "diplomats", "envoys", "ambassador", "tourists"}

# what links an act to the event it followed: "resigned three days after the collapse", "since the fire"
SEQUEL_LINKS = {"after", "following", "since"}
# acts done where an office, a court or a company sits, not at the scene of the event they answer
REMOTE_ACT_TYPES = {"personnel", "yield", "legal", "reduce-relations", "business"}
# an event dated this long before its report is background, not the story's (unless "the same X" points back)
BACKGROUND_DAYS = 365
# "a similar blast", "another tanker": an occasion like the story's, elsewhere
OTHER_OCCASION_WORDS = {"similar", "another"}
# "sent troops to the border": what these verbs move goes elsewhere than the story's place; not those of an
# evacuation, which moves people away from where the story is and so happens there
SENDING_VERBS = DISPATCH_VERBS - {"evacuate", "relocate", "airlift"}
# "in the region": an area wider than the story's place, told without its name
WIDER_AREAS = {"region", "regions"}
# an opening that names where the story is, with a colon: "Lagos:", "Brackenfield, Derbyshire:"
OPENING_PLACE = re.compile(
    r"[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,2}(?:, [A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,2})?: +(?=[A-Z])"
)


# how far south a story's place must lie for its seasons to be the southern ones: outside the inner tropics, where
# news rarely names local seasons by the temperate words
SOUTHERN_SEASONS_LATITUDE = -10.0


# where a dateline's place names end: at its agency or colon, its dash, or its day ("KYIV, March 3 (Wire) -")
DATELINE_HEAD_END = re.compile(rf"[(:]| -| —| –|,? {DATELINE_MONTH} \d")


def _phrase_words(noun: Any) -> list[Any]:
    """The words of ``noun``'s own phrase ("Russia's chargé d'affaires"), without the clauses and phrases that
    tell more of it ("the journalist who met the ambassador")."""
    words, stack = [], [noun]
    while stack:
        word = stack.pop()
        words.append(word)
        stack.extend(
            c for c in children_of(word) if c.dep_ not in ("relcl", "acl", "prep", "conj", "cc", "punct", "appos")
        )
    return words


def _dateline_head(dateline: str) -> str:
    """The place names a dateline opens with, before its day, agency or dash ("KYIV, Ukraine" of "KYIV, Ukraine,
    March 3 (Wire) -")."""
    return DATELINE_HEAD_END.split(dateline)[0]


class EventPlaces(FinderBase):
    """Finds the places of a candidate event."""

    def _places(self, candidate: Candidate) -> list[PlaceRef]:
        out: list[PlaceRef] = []
        # the first anchor is walked first: an event noun under its verb ("killed in a crush at ...") keeps its
        # whole locative chain within the depth limit
        stack = [(a, 0) for a in reversed(candidate.anchors)]
        visited: set[int] = set()
        # tokens on a chain of locative phrases from the event ("at a hotel in the capital city Lisbon"): a place
        # inside the place where it happened is where it happened
        where: set[int] = set()
        sent: set[int] = set()  # what a verb of sending moved, and its "of" phrase
        closed_objects: set[int] = set()  # what a closure closed or a text put out, with a place phrase of its own
        while stack:
            token, depth = stack.pop()
            if token.i in visited or depth > 8:
                continue
            visited.add(token.i)
            for child in children_of(token):
                dep = child.dep_
                if dep == "amod" and child.ent_type_ in ("GPE", "LOC") and child.text[:1].isupper():
                    # "in the central X region": a place name the parser took for an adjective (or a verb)
                    dep = "compound"
                if dep == "prt" and child.lower_ == "off" and any(c.dep_ == "pobj" for c in children_of(child)):
                    dep = "prep"  # "capsized off the coast", its "off" taken for a particle with an object of its own
                if (
                    dep == "prt"
                    and child.lower_ in FIRE_COMPLEMENTS
                    and any(c.dep_ == "pobj" for c in children_of(child))
                ):
                    dep = "prep"  # "set ablaze the police station in X": what was set on fire, its "ablaze" a particle
                if dep == "conj" and token.dep_ == "pobj" and token.i in where and child.tag_ == "NN":
                    dep = "pobj"  # "searched her office at the ministry and her home in X": two places of the act
                if dep == "conj" and token.dep_ == "dobj" and (child.tag_.startswith("NN") or child.tag_ == "VBG"):
                    # "stabbed two guards and a nurse at a clinic in X", "banned swimming and rafting on a stretch
                    # of the X River": the parser hangs the place phrase on the last of the joined objects (a
                    # gerund among them); they are one object of the act
                    dep = "dobj"
                if dep == "conj" and token in candidate.anchors and _gerund_read_as_a_verb(token, child):
                    dep = "dobj"  # "banned bathing and kayaking on a section of X": one object, its place at the end
                # "drowned when their boat capsized off X": the deaths happened where the wreck did
                wreck = candidate.type == "disaster" and token in candidate.anchors and _when_clause(child)
                if wreck:
                    where.add(child.i)
                    stack.append((child, depth + 1))
                    continue
                # "was thrown about by turbulence over the X", "hit by a storm off Y": a force of nature that did it
                # was where it happened (a person or a body "by" which it was done acts from where it sits)
                if (
                    dep == "agent"
                    and token in candidate.anchors
                    and candidate.type in FREE_WALK_TYPES
                    and any(
                        p.tag_ in ("NN", "NNS") and not p.ent_type_ and not self._names_people(p)
                        for p in _children(child, "pobj")
                    )
                ):
                    where.add(child.i)
                    stack.append((child, depth + 1))
                    continue
                if dep == "dobj" and token in candidate.anchors and _a_places_supply(child):
                    stack.append((child, depth + 1))  # "shut off Kimberley's water supply": its owner is the place
                if dep in (
                    "ccomp",
                    "advcl",
                    "relcl",
                    "parataxis",
                    "csubj",
                    "nsubj",
                    "nsubjpass",
                    "agent",
                    "conj",
                    "mark",
                    "punct",
                ) and not self._joined_preposition(child, where, candidate):
                    continue
                if (
                    child.i != candidate.trigger.i
                    and child.i != token.i
                    and self._is_other_event(child, candidate)
                    and not self._frames(child, candidate)
                    and self._named_by_place_noun(child) is None
                ):
                    continue
                if _clock_zone(child):
                    continue  # "at 11:40 p.m. Tokyo time": the clock's zone, not the act's place
                if self._envoys_title(token, child, candidate) or self._origin_named(token, child, candidate):
                    continue  # "summoned the ambassador of X to Y", "detained tourists from X": not where it was
                if self._addressee(token, child, candidate):
                    continue  # "sent a note of protest to X": whom it went to, not where it was made
                if (
                    dep == "pobj"
                    and token.lower_ == "of"
                    and token.head.i in where
                    and token.head.lower_ in RIVER_PARTS
                    and (river := self._river_by_its_part(child)) is not None
                ):
                    out.append(river)  # "at the mouth of the Kafue": the river, not a town of its name
                    where.add(child.i)
                    stack.append((child, depth + 1))  # "on the banks of the X in Y": where on the river
                    continue
                # a place first; else whatever the tagger found there (a person named like a city is checked below)
                mention = self._place_mention(child) or self.actors.mention_at(child)
                if (
                    mention is not None
                    and mention.label in LOCATION_LABELS | {"PERSON"}
                    and child.i == _name_root(self.doc[mention.start : mention.end]).i
                ):
                    # "Iran's attack", "Russia's strike": whose attack it was, not where it happened
                    # "summoned Israel's envoy": whose envoy, not where (an attack on "Ukraine's grid" is there)
                    located = (self._located(child, dep, token) or _road_name(child) is not None) and not (
                        dep == "poss"
                        # "a takeover by China's X": whose the agent of a "by" phrase is, not where it acted
                        and (
                            candidate.type in FORCE_TYPES
                            or token.dep_ == "dobj"
                            or _agent_of_by(token)
                            or (token.dep_ == "pobj" and token in self._objects_read_apart(token.head.head))
                        )
                        and not _a_places_supply(token)
                        and not self._city_owns_spot(mention, token)
                    )
                    # "in the city's Kita ward": a district's own name is often a town's elsewhere; the city
                    # named before is where it is (found below, when nothing else places the event)
                    located = located and not (dep == "compound" and _of_the_city(token) is not None)
                    if located:
                        # "died at the Mercy hospital" after "the Mercy hospital in Kisumu": where the article put it
                        placed_before = self._placed_again(child) if child.lower_ in FACILITY_WORDS else None
                        place = placed_before or self._place(mention, child)
                        if place is not None:
                            out.append(place)
                # "at a camp on the edge of the city", "north of the city": the city the article named last;
                # "closed roads in the county", "schools across the province": the region the paragraph named
                for anaphors, named_before in (
                    (CITY_WORDS, self._city_named_before),
                    (REGION_ANAPHORS, self._region_named_before),
                    (WATER_WORDS, self._water_named_before),
                ):
                    if (
                        dep == "pobj"
                        and child.lower_ in anaphors
                        and (_bare_definite(child) or _demonstrative(child))
                        and self._located(child, dep, token)
                        and (named := named_before(child)) is not None
                    ):
                        out.append(named)
                # "The two men were arrested there": the town the sentence before named
                if dep == "advmod" and child.lower_ == "there" and token in candidate.anchors:
                    there = self._city_named_before(child, since=self._sentence_before_start(child))
                    if there is not None:
                        out.append(there)
                if dep in ("pobj", "dobj") and self._located(child, dep, token):
                    facility = self._facility_named_before(child) or self._site_placed_elsewhere(child)
                    if facility is not None:
                        out.append(facility)
                if (
                    dep in ("pobj", "dobj")
                    and child.lower_ in SHORE_NOUNS
                    and (self._located(child, dep, token) if dep == "pobj" else self._offshore(child))
                ):
                    shore = self._demonym_shore(child)
                    if shore is not None:
                        out.append(shore)
                if dep == "pobj" and child.lower_ in SETTLEMENT_NOUNS and self._located(child, dep, token):
                    # "at a Georgian ski resort", "in the eastern Romanian town of X": the country its demonym names
                    country = self._demonym_shore(child)
                    if country is not None:
                        out.append(country)
                # "in the capital's central square": the capital owns the spot the act was done at
                if child.lower_ == "capital" and (
                    (dep == "pobj" and self._located(child, dep, token)) or (dep == "poss" and self._a_spot(token))
                ):
                    capital = self._capital_named(child)
                    if capital is not None:
                        out.append(capital)
                locative = (
                    dep == "prep"
                    and (child.lower_ in LOCATIVE_PREPOSITIONS | PATH_PREPOSITIONS or self._bearing_on(child))
                    and (token in candidate.anchors or token.i in where)
                ) or (dep in ("pobj", "appos", "compound") and token.i in where)
                # "during a visit to X", "at a rally in X": the occasion the act was done at lends it its place
                locative = locative or (
                    dep == "prep"
                    and child.lower_ in FRAME_PREPOSITIONS
                    and token in candidate.anchors
                    and any(self._frames(p, candidate) for p in _children(child, "pobj"))
                )
                locative = locative or (
                    dep == "prep" and child.lower_ == "to" and token.i in where and token.lower_ in TRAVEL_NOUNS
                )
                # "on the banks of the X": a river's part lies in the river
                locative = locative or (
                    dep == "prep" and child.lower_ == "of" and token.i in where and token.lower_ in RIVER_PARTS
                )
                # "told reporters by telephone from Lisbon", "said by video link from Kyiv": where the speaker was
                locative = locative or (
                    dep == "prep"
                    and child.lower_ == "by"
                    and token in candidate.anchors
                    and any(p.lower_ in LINE_NOUNS for p in _children(child, "pobj"))
                )
                # "touched down on the runway of the X aerodrome", "a crash on the Y Bridge": "on" a work or a strip of
                # ground is where the act was (not "on Monday", "on the issue")
                locative = locative or (
                    dep == "prep"
                    and child.lower_ == "on"
                    and token in candidate.anchors
                    and any(p.lower_ in FACILITY_WORDS | SURFACE_NOUNS for p in _children(child, "pobj"))
                )
                # "returned with the patient to X": where a journey went, its "to" hung on what travelled "with" it
                locative = locative or (
                    dep == "prep"
                    and child.lower_ in ("to", "from")
                    and token.dep_ == "pobj"
                    and token.head.lower_ == "with"
                    and token.head.head in candidate.anchors
                    and self.lexicon.lemma(token.head.head) in JOURNEY_VERBS | DISPATCH_VERBS | {"sail"}
                )
                # "in and around Palu": a preposition joined to a locative one is locative too
                locative = locative or self._joined_preposition(child, where, candidate)
                # "a plant south of Tarragona", "ten kilometres north of X": the place the bearing is taken from
                locative = locative or (
                    dep in ("advmod", "npadvmod", "amod")
                    and child.lower_ in BEARING_WORDS
                    and (token in candidate.anchors or token.i in where or candidate.type in FREE_WALK_TYPES)
                )
                # "in the province of Arauca", "near the port town of Sines": the place a place noun names
                # "sent a team of doctors to Goma", "evacuated villagers to schools in Legazpi": where people or
                # goods were sent is where the event took place (not a message sent to a capital)
                locative = locative or (
                    dep in ("prep", "dative") and child.lower_ in ("to", "from") and self._dispatched(token, candidate)
                )
                locative = locative or (
                    dep == "dobj"
                    and token in candidate.anchors
                    and self.lexicon.lemma(token) in ARRIVAL_VERBS | PREMISES_VERBS
                )
                # "searched her office and her home in X": premises joined to premises searched
                locative = locative or (
                    dep == "dobj"
                    and child.dep_ == "conj"
                    and token.i in where
                    and any(self.lexicon.lemma(a) in PREMISES_VERBS for a in candidate.anchors)
                )
                # "closed roads in Lombardy": where what was closed lies
                locative = locative or (
                    dep == "prep" and child.lower_ in LOCATIVE_PREPOSITIONS and token.i in closed_objects
                )
                # "at the gates of a stadium in Yaounde": a part of a place is where its whole is
                locative = locative or (dep == "prep" and child.lower_ == "of" and token.i in where)
                # "closed a 12-kilometre stretch of the X River": the stretch acted on lies in the river
                locative = locative or (
                    dep == "dobj"
                    and child.lower_ in STRETCH_NOUNS
                    and token in candidate.anchors
                    and self.lexicon.lemma(token) in FACILITY_ACT_VERBS
                    and any(
                        self._place_mention(whole) is not None
                        or (whole.lower_ in WATER_WORDS and _bare_definite(whole))
                        for of in _children(child, "prep")
                        if of.lower_ == "of"
                        for whole in _children(of, "pobj")
                    )
                )
                # "appealed to the Court of Human Rights in Strasbourg", "lodged an appeal with the court in Nairobi":
                # a case is brought where the court it is brought to sits
                locative = locative or (
                    dep == "prep" and child.lower_ in LOCATIVE_PREPOSITIONS and self._court_brought_to(token, candidate)
                )
                # "asked the X Court of Appeal to ...": the court asked, with the place its name carries
                locative = locative or (dep == "dobj" and self._court_brought_to(child, candidate))
                # "ordered residents of X to stay indoors", "evacuated the people of X": where they live
                locative = locative or (
                    dep == "prep"
                    and child.lower_ == "of"
                    and token.dep_ == "dobj"
                    and token.head in candidate.anchors
                    and _names_residents(token)
                )
                if locative:
                    where.add(child.i)
                # "sent a team of doctors to X": what was sent, on the way to where it went
                carried = (dep == "dobj" and token in candidate.anchors and self._dispatches(token)) or (
                    dep in ("prep", "pobj") and token.i in sent
                )
                if carried:
                    sent.add(child.i)
                closed = self._placed_object(token, child, candidate)
                if closed:
                    closed_objects.add(child.i)
                if candidate.type not in FREE_WALK_TYPES and not (
                    carried
                    or (dep == "prep" and token in candidate.anchors)
                    or (dep == "dobj" and token in candidate.anchors and _names_residents(child))
                    or closed
                    or (dep in ("pobj", "appos") and depth <= 1)
                    or locative
                    or (dep in ("pobj", "dobj") and self._court_brought_to(child, candidate))
                    or self._leads_to_court(child, dep, candidate)
                ):
                    continue  # "discussed the war in Ukraine" happened wherever the talk was, not in Ukraine
                if locative or dep in (
                    "prep",
                    "pobj",
                    "dobj",
                    "appos",
                    "acl",
                    "compound",
                    "npadvmod",
                    "poss",
                    "attr",
                    "oprd",
                ):
                    stack.append((child, depth + 1))
        if not out:
            out.extend(self._bearing_aside(candidate))
        if not out:
            out.extend(self._joined_act_places(candidate))
        if not out:
            out.extend(self._aboard_place(candidate))
        if not out and candidate.type in FORCE_TYPES | {"disaster"}:
            out.extend(self._cause_places(candidate))
        if not out:
            out.extend(self._declared_for_places(candidate))
        if not out:
            out.extend(self._money_for_a_country(candidate))
        if not out and candidate.type not in FORCE_TYPES:
            out.extend(self._venue_places(candidate))
        if not out:
            out.extend(self._patient_places(candidate))
        if not out:
            out.extend(self._site_places(candidate))
        if not out and candidate.type in FREE_WALK_TYPES:
            out.extend(self._antecedent_places(candidate))
        if not out:
            out.extend(self._scene_places(candidate))
        if not out and candidate.type in FREE_WALK_TYPES:
            out.extend(self._subject_event_places(candidate))
        if not out:
            out.extend(self._actor_place(candidate))
            if out:
                self.placed_at_seat.add(candidate.trigger.i)
        if not out:
            out.extend(self._own_operations_place(candidate))
        if not out:
            out.extend(self._named_before(candidate))
        if not out:
            out.extend(self._scene_before(candidate))
        if not out and (candidate.type == "aid" or self.lexicon.lemma(candidate.trigger) in RESCUE_VERBS):
            out.extend(self._disaster_scene())
        if not out:
            out.extend(self._captivity_place(candidate))
        if not out:
            out.extend(self._national_seat(candidate))
        if not out:
            out.extend(self._hearing_place(candidate))
        if not out:
            out.extend(self._own_territory(candidate))
        if not out:
            out.extend(self._envoy_dealt_with_at_home(candidate))
        if not out:
            out.extend(self._country_at_home(candidate))
        if not out:
            body_home = self._domestic_body_home(candidate)
            # "NAIROBI (Wire) - Kenyan police arrested ...": the lead of a wire filed from a city of the body's
            # country happened in that city, the narrower place
            out.extend((self._dateline_place(candidate, body_home[0]) if body_home else []) or body_home)
        if not out:
            out.extend(self._seat_of_a_court_acting(candidate))
        if not out:
            out.extend(self._story_government(candidate))
        if not out:
            out.extend(self._story_forces(candidate))
        home = self._demonym_place(candidate) if not out else None
        if not out and home is None:
            home = self._patients_country(candidate)
        # a vote is held across the country; a wire's dateline only says where the reporter was
        if not out and not (candidate.type == "election" and home is not None):
            out.extend(self._dateline_place(candidate, home))
        if not out and home is not None:
            out.append(home)
        if not out:
            out.extend(self._national_act(candidate))
        if out and candidate.type == "disaster":
            self.struck.append(out)
        return self._with_parents(out)

    def _city_owns_spot(self, owner: Mention, noun: Any) -> bool:
        """ "seized at Palermo's port", "arrested at Nairobi's main airport", "detained in Tbilisi's central
        square": a city owning the spot an act is done at (the object of "at", "in", "near") is where it was done,
        unlike a country's ("at Tunisia's embassy", "Russia's base": a country's spots may lie abroad), a person's
        ("at Smith's house") or an event's ("at Lisbon's request")."""
        if not self._a_spot(noun):
            return False
        name = self._place_name(owner)
        if owner.label not in LOCATION_LABELS and (owner.label != "PERSON" or self._named_a_person_elsewhere(owner)):
            return False  # "shots at Osorio's pickup truck" after "candidate Rafael Osorio": a person's
        place = self.gazetteer.resolve(name, self.context_countries)
        return place is not None and place.kind == "city"

    def _a_spot(self, noun: Any) -> bool:
        """Whether ``noun`` is a spot an act is done at, in or near ("at the port", "in the central square"), not
        people ("at the minister's") nor an event ("at Lisbon's request")."""
        if noun.dep_ != "pobj" or noun.head.lower_ not in LOCATIVE_PREPOSITIONS - {"from"}:
            return False
        return self.lexicon.actor_noun_kind(noun.lower_) is None and self.lexicon.lemma(noun) not in self.lexicon.nouns

    def _premises_name(self, token: Any, mention: Mention | None) -> Mention | None:
        """ "searched Kobalt's Vesterbro offices", "closed the company's Leeds plant": a proper name before a body's own
        premises names the place they are in, though neither the gazetteer nor the recogniser knows it."""
        premises = token.head
        if (
            token.tag_ != "NNP"
            or token.dep_ != "compound"
            or not token.is_alpha
            or (mention is not None and mention.label not in LOCATION_LABELS)
            or premises.lower_ not in PREMISES_NOUNS
            or not any(c.dep_ == "poss" for c in children_of(premises))
            or any(c.dep_ == "compound" and c.i > token.i for c in children_of(premises))
            or self.lexicon.known_actor(token.text) is not None
        ):
            return None
        start = min([token.i, *(c.i for c in children_of(token) if c.dep_ == "compound" and _proper_word(c))])
        return Mention(start, token.i + 1, "GPE", self.doc[start : token.i + 1].text)

    def _bearing_aside(self, candidate: Candidate) -> list[PlaceRef]:
        """ "A bus overturned on Tuesday, 60 km south of Mopti, the governor said", "sank at dawn, some 12 nautical
        miles east of X": a compass bearing from a named place, set off by a comma after the act with no other verb
        between, tells where the act was, though the parser hangs it on the speaker's verb, the subject or the
        distance. Not words said, and not "in the north of the country" (a part of a place, found by the walk)."""
        if candidate.type in SPEECH_TYPES - {"other"} or candidate.lexeme.reporting:
            return []
        last = max(a.i for a in candidate.anchors)
        sentence = self.sentence(candidate.trigger)
        out: list[PlaceRef] = []
        for bearing in tokens_in(sentence):
            if (
                bearing.i <= last
                or bearing.lower_ not in COMPASS_WORDS
                or any(c.dep_ in ("det", "poss") for c in children_of(bearing))
            ):
                continue
            start = _distance_start(bearing)
            between = self.doc[last + 1 : start]
            if (
                start <= last
                or self.doc[start - 1].text != ","
                or any(w.tag_.startswith("VB") and w.dep_ not in ("aux", "auxpass") for w in between)
            ):
                continue
            for of in _children(bearing, "prep"):
                if of.lower_ == "of":
                    for where in _children(of, "pobj"):
                        self._add_place(where, out)
            if out:
                break
        return out

    def _joined_act_places(self, candidate: Candidate) -> list[PlaceRef]:
        """ "police boarded the ship in the Oslofjord and arrested two men": an act joined by "and" to the act before
        it, by the same doers and with no place of its own, was done where that act was ("in", "at", "off" it)."""
        trigger = candidate.trigger
        first = trigger.head
        if trigger.dep_ != "conj" or not first.tag_.startswith("VB") or _children(trigger, "nsubj"):
            return []
        out: list[PlaceRef] = []
        for preposition in _children(first, "prep"):
            if preposition.lower_ in ("in", "at", "off", "near", "outside"):
                for where in _children(preposition, "pobj"):
                    self._add_place(where, out)
        return out

    def _aboard_place(self, candidate: Candidate) -> list[PlaceRef]:
        """ "The liner arrived off Port X on Monday ... On Thursday a passenger died on board": what is done on board
        a ship, or from it ashore, with no place of its own, is done where the text last put the ship: off, at or in
        a port, in that sentence or one before it."""
        if not self._done_on_board(candidate):
            return []
        number = self._sentence_of[candidate.trigger.i]
        for sentence in reversed(self.sentences[: number + 1]):
            if sentence.end_char <= self.body_start:
                break
            berth = self._berth(sentence)
            if berth:
                return berth
        return []

    def _done_on_board(self, candidate: Candidate) -> bool:
        """Whether the act is told as done on board ("died on board", "arrested aboard the vessel") or ashore from a
        ship ("refused to let the passengers go ashore"): the word in the act's own clause."""
        sentence = self.sentence(candidate.trigger)
        anchors = {anchor.i for anchor in candidate.anchors} | {candidate.trigger.i}
        for token in tokens_in(sentence):
            on_board = token.lower_ == "board" and token.head.lower_ == "on" and token.dep_ == "pobj"
            if not (on_board or token.lower_ in ABOARD_WORDS):
                continue
            word = token
            while word.i not in anchors and word.dep_ in SAME_ACT_DEPS and word.head.i != word.i:
                word = word.head
            if word.i in anchors:
                return True
        return False

    def _berth(self, sentence: Any) -> list[PlaceRef]:
        """Where a sentence puts a ship: the place it arrived, anchored or was held off ("anchored off Valletta",
        "stuck aboard the liner off Port X"), or the port it docked, moored or anchored at or in."""
        told_of_a_ship = any(
            t.lower_ in ABOARD_WORDS or self.lexicon.lemma(t) in VESSEL_NOUNS for t in tokens_in(sentence)
        )
        out: list[PlaceRef] = []
        for token in tokens_in(sentence):
            if token.dep_ not in ("prep", "prt") or token.lower_ not in ("off", "at", "in"):
                continue
            verb = self.lexicon.lemma(token.head)
            # "off" a port is where a ship lies; "at" or "in" one only for a ship docked or moored there
            offshore = token.lower_ == "off" and (verb in BERTHING_VERBS or told_of_a_ship)
            if not offshore and verb not in HARBOUR_VERBS:
                continue
            objects = _children(token, "pobj") or (_children(token.head, "dobj") if token.dep_ == "prt" else [])
            for where in objects:
                self._add_place(where, out)
        return out

    def _scene_before(self, candidate: Candidate) -> list[PlaceRef]:
        """ "Hou appeared at a venue in New Taipei's Banqiao District. He congratulated Lai ...": what a person
        does next, told as "he" or "she" in the same paragraph with no time of its own, is done in the scene the
        sentence before set for that person (its main verb's "at"/"in" place)."""
        anchor = candidate.anchors[-1]
        pronouns = [c for c in children_of(anchor) if c.dep_ == "nsubj" and c.lower_ in ("he", "she")]
        sentence = self.sentence(anchor)
        number = self._sentence_of[anchor.i]
        if not pronouns or number == 0 or any(t.ent_type_ in ("DATE", "TIME") for t in tokens_in(sentence)):
            return []
        before = self.sentences[number - 1]
        if "\n\n" in self.text[before.end_char : sentence.start_char] or before.start_char < self.body_start:
            return []
        agents = {
            w for actor, role in candidate.participants if role == "agent" for w in re.split(r"[\s-]+", actor.name)
        }
        root = before.root
        subjects = [c for c in children_of(root) if c.dep_ == "nsubj"]
        named = [self.actors.mention_at(s) for s in subjects]
        if not any(m is not None and m.label == "PERSON" and set(m.text.split()) & agents for m in named):
            return []
        return self._root_scene(before)

    def _root_scene(self, sentence: Any) -> list[PlaceRef]:
        """The places a sentence's main verb is done "at" or "in" ("It ended at a long table in Pune")."""
        root = sentence.root
        out: list[PlaceRef] = []
        for prep in _children(root, "prep"):
            if prep.lower_ not in ("at", "in"):
                continue
            for pobj in _children(prep, "pobj"):
                where = pobj if self._place_mention(pobj) is not None else self._located_in(pobj)
                if where is None:
                    continue
                # "in New Taipei's Banqiao District": the city that owns the district too
                for word in [where, *(c for c in children_of(where) if c.dep_ == "poss")]:
                    self._add_place(word, out)
        return out

    def _disaster_scene(self) -> list[PlaceRef]:
        """ "Floods swept through the capital ... Soldiers pulled 300 residents out of flooded homes": a rescue the
        text does not place happened where the story's disaster struck, when the story has placed its disasters
        so far in one place only (not in a story of floods in two countries)."""
        scenes = {tuple(sorted(p.name for p in places)) for places in self.struck}
        return list(self.struck[0]) if len(scenes) == 1 else []

    def _with_parents(self, places: list[PlaceRef]) -> list[PlaceRef]:
        """ "attacked the village of Bwindiro in North Kivu": a place no gazetteer knows lies in the region or
        country the same event names, else in the country the article is about."""
        wider = [p for p in places if p.kind == "country" or (p.kind == "region" and p.parent is not None)]
        out: list[PlaceRef] = []
        for place in places:
            # a region only the text names ("X district") lies in a country as well
            unknown_region = place.kind == "region" and place.iso is None and place.geonames is None
            if place.parent is None and (place.kind in UNKNOWN_PLACE_KINDS or unknown_region):
                parent = (
                    next((p.name for p in wider if p.name != place.name), None)
                    or self._article_country()
                    or self._dateline_country()
                )
                if parent is not None:
                    place = self._remember(replace(place, parent=parent))
            out.append(place)
        return out

    def _dateline_country(self) -> str | None:
        """The country of the city the article is datelined from ("JOHANNESBURG (Wire) -"), if any."""
        dateline = self._opening_dateline
        return self._country_name(dateline) if dateline is not None else None

    def _article_country(self) -> str | None:
        """The country the article names most, if any."""
        country = self.gazetteer.by_code.get(self.context_countries[0]) if self.context_countries else None
        return country.name if country is not None else None

    def _suffered(self, candidate: Candidate) -> bool:
        """ "Five soldiers were killed when ...": told of those it befell (not "Israel retaliated after an attack
        in X", which happened elsewhere than its cause)."""
        return any(c.dep_ == "nsubjpass" for a in candidate.anchors for c in children_of(a))

    def _cause_places(self, candidate: Candidate) -> list[PlaceRef]:
        """ "Six people drowned when their boat capsized on Lake Malawi near Mangochi", "died after a bus crashed
        in the town of X": the casualties of an accident or attack fall where it happened."""
        # "when"/"as": what happened at the same moment, in the same place ("opened fire on him as he left a rally
        # in X"); "after" only for what befell someone ("drowned after", "were killed after"), not a reprisal
        marks = CAUSE_MARKS if candidate.type == "disaster" or self._suffered(candidate) else {"when", "as", "while"}
        causes = [
            c
            for a in candidate.anchors
            for c in children_of(a)
            if c.dep_ == "advcl" and any(m.dep_ in ("mark", "advmod") and m.lower_ in marks for m in children_of(c))
        ]
        # "when their canoe overturned", read as a noun clause: the verb hangs on the noun
        causes += [v for c in causes for v in children_of(c) if v.dep_ == "acl" and v.tag_.startswith("VB")]
        # "after a boat capsized": the parser hangs the cause verb on the noun of an "after" phrase
        causes += [
            v
            for a in candidate.anchors
            for prep in _children(a, "prep")
            if prep.lower_ in marks
            for pobj in _children(prep, "pobj")
            for v in children_of(pobj)
            if v.dep_ in ("acl", "relcl") and v.tag_.startswith("VB")
        ]
        out: list[PlaceRef] = []
        for cause in causes:
            if self._is_accident_or_attack(cause):
                continue  # "killed when a train derailed near X": the derailment is an event of its own, placed there
            # "as they drove back from a clinic near X", "while it was travelling to X": the way of a journey
            journey = self.lexicon.lemma(cause) in JOURNEY_VERBS
            ways = LOCATIVE_PREPOSITIONS | {"on"} | ({"from", "to"} if journey else set())
            particles = (
                [a for a in _children(cause, "advmod") if a.lower_ in ("back", "home", "away")] if journey else []
            )
            for prep in (p for holder in [cause, *particles] for p in _children(holder, "prep")):
                if prep.lower_ not in ways:
                    continue
                for pobj in _children(prep, "pobj"):
                    self._add_place(pobj if self._place_mention(pobj) is not None else self._located_in(pobj), out)
            # "as he left a rally in X": the place of what the clause's verb acted on
            for thing in _children(cause, "dobj"):
                self._add_place(self._located_in(thing), out)
        return out

    def _is_accident_or_attack(self, verb: Any) -> bool:
        """A verb the lexicon makes an accident or attack event (which carries its own place, and is joined by the
        casualties it caused; placing them too would split them from it)."""
        trigger = self.lexicon.verb_trigger(verb)
        return trigger is not None and trigger.type in FORCE_TYPES | {"disaster"}

    def _add_place(self, where: Any, out: list[PlaceRef]) -> None:
        """Add the place ``where`` names to ``out``, once."""
        mention = self._place_mention(where) if where is not None else None
        place = self._place(mention, where) if mention is not None else None
        if place is not None and place.name not in {p.name for p in out}:
            out.append(place)

    def _dateline_place(self, candidate: Candidate, home: PlaceRef | None) -> list[PlaceRef]:
        """ "MEXICO CITY, May 28 (Wire) - Mexico raised duties ...": the lead sentence of a wire story happened
        where it was filed when it names no place and the dateline city lies in its actor's own country."""
        sentence = self.sentence(candidate.trigger)
        city = self._dateline_city(sentence)
        if city is None:
            return []
        countries = {
            actor.name for actor, role in candidate.participants if role == "agent" and actor.kind == "country"
        }
        if home is not None:
            countries.add(home.name)
        if city.parent is None or (
            city.parent not in countries and not self._organisation_at_dateline(candidate, city)
        ):
            return []
        if self._national_body_acts(candidate):
            # "MILAN - The Italian government vetoed ...": a government acts from its capital, not where the
            # wire was filed, unless the wire was filed from its capital
            capital = self._capital_of(city.parent)
            if capital is None or capital.name != city.name:
                return []
        if self._placed_elsewhere_in_country(sentence, city):
            # the sentence says the country, not the city: the country is where it happened
            return self._country_of(city)
        return [self._remember(city)]

    def _national_body_acts(self, candidate: Candidate) -> bool:
        """Whether the event's subject is a country's government, cabinet or parliament."""
        return any(
            subject.lower_ in NATIONAL_BODIES for anchor in candidate.anchors for subject in self._actors_of(anchor)
        )

    def _lead_country_elsewhere(self, dateline: PlaceRef) -> list[PlaceRef]:
        """The dateline's country, when the lead (its first two sentences, the dateline being one) places the
        story elsewhere in it ("BOGOTA - The bodies of hikers missing in northern Colombia were found")."""
        if dateline.parent is None:
            return []
        opening = [s for s in self.sentences if s.start_char >= self.body_start and s.text.strip()][:2]
        if not any(self._placed_elsewhere_in_country(sentence, dateline) for sentence in opening):
            return []
        return self._country_of(dateline)

    def _country_of(self, city: PlaceRef) -> list[PlaceRef]:
        """The country a dateline city lies in, made a place of the article ([] when its parent is no country)."""
        country = self.gazetteer.resolve(city.parent or "", self.context_countries)
        if country is None or country.kind != "country":
            return []
        self.place_refs[country.name] = country
        return [country]

    def _placed_elsewhere_in_country(self, sentence: Any, city: PlaceRef) -> bool:
        """ "KATHMANDU - The bodies of climbers missing on a peak in western Nepal were found", "ATHENS - Men held
        near the Greek town of X are on hunger strike": a lead that names a part of the country ("western Nepal")
        or a town of it other than the dateline's is not placed at the dateline city (selfnews5 class 7)."""
        if not any(
            (self.gazetteer.country(t.text) or self._demonym_country(t.text) or PlaceRef("", "other")).name
            == city.parent
            for t in tokens_in(sentence)
            if t.tag_.startswith("NNP") or t.tag_ == "JJ"
        ):
            return False  # the sentence does not say it is in the dateline's country
        for token in tokens_in(sentence):
            if token.lower_ in REGION_PART_WORDS and token.dep_ == "amod" and token.head.tag_.startswith("NNP"):
                return True  # "in western Nepal", "across northern Mali"
            if token.lower_ in SETTLEMENT_OF_NOUNS:
                named = [
                    pobj
                    for prep in children_of(token)
                    if prep.dep_ == "prep" and prep.lower_ == "of"
                    for pobj in children_of(prep)
                    if pobj.dep_ == "pobj" and pobj.tag_.startswith("NNP")
                ]
                if any(name.text.lower() != city.name.lower() for name in named):
                    return True  # "near the Greek town of X", "the village of X"
        return False

    def _organisation_at_dateline(self, candidate: Candidate, city: PlaceRef) -> bool:
        """ "GENEVA - The World Health Organization approved a vaccine": a body of no country acting, in the
        lead of a wire filed where it sits, not by force nor in words, and not on the dateline's own country
        ("MOSCOW - The EU imposed sanctions on Russia" was decided elsewhere)."""
        if candidate.type in FORCE_TYPES or candidate.type in SPEECH_TYPES or candidate.lexeme.reporting:
            return False
        agents = [actor for actor, role in candidate.participants if role == "agent"]
        if not agents or any(actor.kind != "organisation" for actor in agents):
            return False
        sentence = self.sentence(candidate.trigger)
        named = {m.text for m in self.actors.mentions.values() if sentence.start <= m.start < sentence.end}
        named |= {actor.name for actor, _ in candidate.participants}
        for name in named:
            known = self.gazetteer.country(name) or self._demonym_country(name)
            if known is not None and known.name == city.parent:
                return False
        return not any(
            (self.gazetteer.country(t.text) or self._demonym_country(t.text) or PlaceRef("", "other")).name
            == city.parent
            for t in tokens_in(sentence)
            if t.tag_.startswith("NNP") or t.tag_ == "JJ"
        )

    def _dateline_city(self, sentence: Any) -> PlaceRef | None:
        """The city of the wire dateline right before ``sentence``, if it is a story's lead."""
        start = sentence.start
        while start > 0 and self.doc[start - 1].is_space:
            start -= 1
        if start == 0:
            return None
        before = self.sentence(self.doc[start - 1])  # Token.sent walks the document to find its sentence
        if before.start_char < self.body_start or not self._is_dateline(before):
            return None
        head = _dateline_head(before.text)
        place = self._dateline_resolve([p.strip().title() for p in head.split(",") if p.strip()])
        return place if place is not None and place.kind == "city" else None

    def _dateline_resolve(self, names: list[str]) -> PlaceRef | None:
        """The dateline's city ``names[0]`` in the country or region the dateline names after it ("SAN JOSE, Costa
        Rica": the capital of Costa Rica, not a bigger San Jose elsewhere), else in the countries the text names."""
        if not names:
            return None
        context = list(self.context_countries)
        wider = self.gazetteer.resolve(names[1], context) if len(names) > 1 else None
        if wider is not None and wider.kind in ("country", "region") and wider.country_code:
            context = [wider.country_code, *context]
        return self.gazetteer.resolve(names[0], context)

    # -- the article's place: what a follow-up takes when its own sentence gives none --------------------------
    def _place_from_article(self, candidates: list[Candidate]) -> None:
        """ "KUALA LUMPUR - The master of the tanker was detained ...", "The regional government declared three
        days of mourning" after a lead that placed the floods: a reader gives an event the text places nowhere the
        place of the story it belongs to.  Only events of that story take it (see ``_takes_article_place``); each
        keeps a note of where its place came from (``place_basis``, shown by ``show``)."""
        context = self._article_place(candidates)
        # after the story's place is found: a carried place neither leads the story nor makes it one of two scenes
        self._place_from_sentence_before(candidates, context[0] if context is not None else [])
        if context is None:
            return
        places, basis = context
        places = self._registered(places)
        lead = self._lead_event(candidates)
        # a city a body sits in ("the cabinet in Madrid"), not a country ("a court in Tunisia" is in it all)
        seated = (
            lead is not None
            and (lead.trigger.i in self.placed_at_seat or self._brought_to_court(lead))
            and all(p.kind in ("city", "town") for p in places)
        )
        # a scene the lead sets with a verb that is no event: the lead's own events were placed (or not) by it
        scene = self._opening_sentence() if basis == LEAD_PLACE and lead is None else None
        # the country of the first place that lies in one ("Port Klang" and "the Strait of Malacca": Malaysia)
        country = next((name for name in map(self._country_name, places) if name is not None), None)
        # "killed when a train derailed near X": casualties are left unplaced beside their placed cause, so that
        # they join it (_cause_places)
        struck = {c.sentence_index for c in candidates if c.places and c.type in FORCE_TYPES | {"disaster"}}
        for candidate in candidates:
            if candidate.places or (
                candidate.sentence_index in struck and candidate.type in FORCE_TYPES | {"disaster"}
            ):
                continue
            if not self._takes_article_place(candidate, country):
                continue
            if scene is not None and scene.start <= candidate.trigger.i < scene.end:
                continue
            # "Russian forces shelled the port": force reaches abroad, and a country named only as a whole (often
            # by its forces' nationality) does not say where
            if basis == STORY_COUNTRY_PLACE and candidate.type in FORCE_TYPES and self._national_agent(candidate):
                continue
            # "France sent troops to the border": what is sent goes elsewhere
            if any(self.lexicon.lemma(anchor) in SENDING_VERBS for anchor in candidate.anchors):
                continue
            # "The cabinet in Madrid approved aid for the flooded towns": a lead placed where its doer sits says
            # nothing of where a disaster struck or an attack was made
            if basis == LEAD_PLACE and seated and candidate.type in SCENE_TYPES:
                continue
            # "The cabinet in Lisbon approved aid ... A woman died in hospital", "filed an appeal with the court in
            # Rome ... its chief executive stepped down": a seat's city is where that body's business is done, not
            # where the story's other people act
            if basis == LEAD_PLACE and seated and lead is not None and not self._seats_business(candidate, lead):
                continue
            # "the president ordered an inquiry", "declared three days of mourning": the nation's acts, in a story of
            # one of its towns, are the country's
            if basis == STORY_TOWN_PLACE and (
                self._acts_for_the_nation(candidate) or self._domestic_declaration(candidate)
            ):
                candidate.places, candidate.place_basis = self._story_country_place(), STORY_COUNTRY_PLACE
                continue
            candidate.places = list(places)
            candidate.place_basis = basis

    def _place_from_sentence_before(self, candidates: list[Candidate], story: list[PlaceRef]) -> None:
        """ "The source set off the alarm at a foundry in Trinec on Tuesday. Firefighters spent Wednesday unloading
        the lorry": an event of the story whose sentence names no place happened where the sentence before it, in
        the same paragraph, placed its own events (by its own words, in one town or region), nearer than the
        story's place; not when the paragraph placed events in two scenes so far ("Floods hit Maputo. A cyclone
        struck Beira. Soldiers rescued 40 people"), and words said take no place this way (see
        ``_takes_article_place``).  A paragraph of plain prose goes on from the paragraph before (see
        ``_narrative_start``, ``_scene_goes_on``), and a sentence that only sets a scene ("It ended at a long table
        in Pune") hands on its place as an event's would (``_setting_before``): both only with a place nearer than
        the ``story``'s own."""
        placed = [
            c
            for c in candidates
            if c.places
            and c.place_basis is None
            and c.type not in SPEECH_TYPES - {"other"}
            and not self._told_as_background(c)
        ]
        by_sentence: dict[int, list[Candidate]] = {}
        for candidate in candidates:
            by_sentence.setdefault(candidate.sentence_index, []).append(candidate)
        for candidate in candidates:
            if candidate.places:
                continue
            setting = [] if candidate.sentence_index - 1 in by_sentence else self._setting_before(candidate)
            if not setting and not any(c.sentence_index == candidate.sentence_index - 1 for c in placed):
                continue
            # casualties are left unplaced beside their placed cause, so that they join it (_cause_places)
            if candidate.type in FORCE_TYPES | {"disaster"} and any(
                c.places and c.type in FORCE_TYPES | {"disaster"} for c in by_sentence[candidate.sentence_index]
            ):
                continue
            paragraph = self._narrative_start(candidate)
            earlier = [c for c in placed if paragraph < c.trigger.idx < candidate.trigger.idx]
            scenes = {tuple(p.name for p in c.places): c.places for c in earlier}
            if setting:
                scenes[tuple(p.name for p in setting)] = setting
            elif not any(c.sentence_index == candidate.sentence_index - 1 for c in earlier):
                continue
            if len(scenes) != 1:
                continue
            places = next(iter(scenes.values()))
            # "Officers raided a house in Bannu.\n\nThe bomber struck on Monday, killing 14": a new paragraph telling
            # again a kind of event the story placed elsewhere goes back to it
            retold = any(
                c.type == candidate.type and c.places != places and c.trigger.idx < candidate.trigger.idx
                for c in placed
            )
            # across a paragraph or from a scene's setting, only a place nearer than the story's is worth handing on
            # (the story's own is handed on as the story's, with that basis)
            nearer = not {p.name for p in places} <= {p.name for p in story}
            if (setting or paragraph < self.text.rfind("\n\n", 0, candidate.trigger.idx)) and not nearer:
                continue
            # "Dockers blocked the port of Gdansk.\n\nPolice cleared a picket in Szczecin.\n\nOfficers detained nine
            # strikers": a new paragraph of a story set in another town may as well go back to it
            elsewhere = any(p.kind in ("city", "town") and p.name not in {q.name for q in places} for p in story)
            if paragraph < self.text.rfind("\n\n", 0, candidate.trigger.idx) and (
                retold
                or elsewhere
                or not self._scene_goes_on(
                    candidate, [c for c in earlier if c.sentence_index == candidate.sentence_index - 1]
                )
            ):
                continue
            # the story's country says no more than the story does; a building or a gate is the sentence's own spot
            if all(p.kind == "country" for p in places) or any(p.kind not in CARRIED_KINDS for p in places):
                continue
            sentence = self.sentence(candidate.trigger)
            if earlier and self._is_dateline(self.sentence(earlier[-1].trigger)):
                continue
            # "Firefighters in Ostrava then unloaded it": a sentence that names a place of its own has moved on;
            # "The airport reopened": a work the story placed is where it is, not where the sentence before was
            if any(
                t.ent_type_ in ("GPE", "LOC", "FAC") or (_site_kind(t) is not None and _bare_definite(t))
                for t in tokens_in(sentence)
            ):
                continue
            # "declared three days of mourning": what a country declares, it declares for all of it
            if self._acts_for_the_nation(candidate) or self._domestic_declaration(candidate):
                continue
            # a place the text never writes by its name is a misread word's ("the forest" read as a town abroad)
            if not all(self._written_as_a_name(p.name) for p in places):
                continue
            country = next((name for name in map(self._country_name, places) if name is not None), None)
            if not self._takes_article_place(candidate, country):
                continue
            candidate.places = self._registered(list(places))
            candidate.place_basis = SENTENCE_BEFORE_PLACE

    def _narrative_start(self, candidate: Candidate) -> int:
        """Where the narrative ``candidate`` continues begins: its paragraph, or the paragraph before when its
        sentence opens a paragraph of plain prose ("Police raided a camp in Iten on Monday.\n\nThey detained two
        coaches": news breaks a paragraph after a sentence or two without leaving the scene); not after an entry's
        stamp, a heading, a question or a quote ("**14:20** ...", "Elections: ...", "Q: ..."), which start
        something new."""
        sentence = self.sentence(candidate.trigger)
        paragraph = self.text.rfind("\n\n", 0, sentence.start_char)
        opening = self.text[paragraph + 2 : sentence.end_char].lstrip() if paragraph >= 0 else ""
        if paragraph < self.body_start or not opening.startswith(sentence.text[:20]):
            return paragraph
        if not PROSE_OPENING.match(opening) or ":" in " ".join(opening.split()[:HEADING_WORDS]):
            return paragraph
        if self._told_as_background(candidate):
            return paragraph
        return self.text.rfind("\n\n", 0, paragraph)

    def _setting_before(self, candidate: Candidate) -> list[PlaceRef]:
        """The town the sentence before ``candidate`` sets the scene in, telling no event of its own ("The strike
        lasted three weeks. It ended at a long table in Pune. Late on Thursday the two sides signed a deal"), in
        the narrative ``candidate`` continues (see ``_narrative_start``)."""
        number = candidate.sentence_index
        if number == 0:
            return []
        before = self.sentences[number - 1]
        if before.start_char < max(self.body_start, self._narrative_start(candidate)) or self._is_dateline(before):
            return []
        # a scene is set by a verb that narrates, not by a state ("The firm is based in Accra", "He lived in Accra")
        if before.root.tag_ != "VBD" or before.root.lower_ in PAST_STATES:
            return []
        # a scene's place is the article's only once an event takes it (``_place_from_sentence_before``)
        known = dict(self.place_refs)
        places = self._root_scene(before)
        for name in set(self.place_refs) - set(known):
            del self.place_refs[name]
        self.place_refs.update(known)
        return places if places and all(p.kind in CARRIED_KINDS - {"country"} for p in places) else []

    def _scene_goes_on(self, candidate: Candidate, scene: list[Candidate]) -> bool:
        """Whether ``candidate``, opening a paragraph, goes on from the ``scene`` the paragraph before ended on:
        not told as having happened before it ("contracts she had signed", "The bomber struck on Monday" after
        Wednesday's raid elsewhere: a new paragraph going back in time returns to the story's own scene, which may
        lie elsewhere), and not naming a place of its own by any name the gazetteer knows ("the long run from
        Atar to Nouakchott", whatever the recogniser called the names)."""
        if any(c.dep_ == "aux" and c.lower_ in ("had", "'d", "’d") for a in candidate.anchors for c in children_of(a)):
            return False
        if candidate.latest is not None and any(
            c.earliest is not None and candidate.latest < c.earliest for c in scene
        ):
            return False
        return not any(
            m.text[:1].isupper() and self.gazetteer.resolve(m.text, list(self.context_countries)) is not None
            for m in self._sentence_mentions(candidate.trigger)
            if m.label not in ("PERSON", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY")
        )

    def _written_as_a_name(self, name: str) -> bool:
        """Whether the text writes ``name`` as a whole name, accents aside ("Trinec" for Třinec; not "Forests" for
        Forest)."""
        return re.search(rf"\b{re.escape(folded_to_ascii(name))}\b", self._ascii_text) is not None

    @cached_property
    def _ascii_text(self) -> str:
        return folded_to_ascii(self.text)

    def _acts_for_the_nation(self, candidate: Candidate) -> bool:
        """ "The president ordered an inquiry", "the minister signed the decree", "questioned by lawmakers of the
        National Assembly": a country's leaders, ministers and bodies act from its seat, not at the scene."""
        doers = [d for anchor in candidate.anchors for d in self._actors_of(anchor)]
        return any(w.lower_ in NATIONAL_TITLES | NATIONAL_BODIES | NATIONAL_WORDS for d in doers for w in d.subtree)

    def _article_place(self, candidates: list[Candidate]) -> tuple[list[PlaceRef], str] | None:
        """Where the story happens: its lead event's places (the wire's dateline only says where the reporter
        was: "NAIROBI - Troops attacked X in Somalia"), a dateline city in the lead's country when the lead
        names only the country, else the dateline city, else the one country the article is about."""
        if self._several_scenes(candidates):
            return None
        lead = self._lead_places(candidates)
        dateline = self._opening_dateline
        national = bool(lead) and all(p.kind == "country" for p in lead)
        if national and dateline is not None and self._country_name(dateline) in {p.name for p in lead}:
            return [dateline, *lead], DATELINE_PLACE
        # "the June 7 election" placed in Mexico, in a story of one Mexican town: the town says more
        town = self._story_town_in(lead) if national else []
        if town:
            return town, STORY_TOWN_PLACE
        if lead:
            return lead, LEAD_PLACE
        scene = self._lead_scene()
        if scene and (dateline is None or {self._country_name(p) for p in scene} == {self._country_name(dateline)}):
            return scene, LEAD_PLACE
        if dateline is not None:
            return self._lead_country_elsewhere(dateline) or [dateline], DATELINE_PLACE
        if not self._dominant_country():
            return None
        country = self._story_country_place()
        town = self._story_town_in(country)
        if town:
            return town, STORY_TOWN_PLACE
        return (country, STORY_COUNTRY_PLACE) if country else None

    def _several_scenes(self, candidates: list[Candidate]) -> bool:
        """ "Floods hit Maputo on Monday. A cyclone struck Beira on Tuesday.": a story whose attacks or disasters
        (not background ones) struck in places that share nothing has no one place to give the rest."""
        # "Police in X arrested two butchers": placed where its doer sits, an arrest sets no scene of the story
        scenes = [
            ({p.name for p in c.places}, {p.name for p in c.places} | {p.parent for p in c.places if p.parent})
            for c in candidates
            if c.places
            and c.type in FORCE_TYPES | {"disaster"}
            and not self._told_as_background(c)
            and c.trigger.i not in self.placed_at_seat
        ]
        # one scene holds the other ("North Waziristan" in "Khyber Pakhtunkhwa"), not two towns of one country
        return any(
            not (names_a & wide_b or names_b & wide_a)
            for i, (names_a, wide_a) in enumerate(scenes)
            for names_b, wide_b in scenes[i + 1 :]
        )

    def _dominant_country(self) -> bool:
        """Whether one country leads the story: named at least twice as often as any other ("Bolivia's
        president ... the Bolivian state", beside a company's statement "from Madrid" by "the Spanish group")."""
        ranked = self._countries_named
        return bool(ranked) and (len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1])

    def _lead_places(self, candidates: list[Candidate]) -> list[PlaceRef]:
        """The places of the first event of the article's first paragraph that has one (not words said)."""
        lead = self._lead_event(candidates)
        if lead is None:
            return []
        # "Floods hit Ghana and Togo": a lead in two countries gives the rest no one place
        countries = {self._country_name(p) for p in lead.places} - {None}
        return list(lead.places) if len(countries) <= 1 else []

    def _lead_event(self, candidates: list[Candidate]) -> Candidate | None:
        """The first event of the article's first paragraph that has a place (not words said)."""
        first = next(self._told_sentences(), None)
        if first is None:
            return None
        end = self.text.find("\n\n", first.start_char)
        end = len(self.text) if end < 0 else end
        for candidate in sorted(candidates, key=lambda c: c.trigger.i):
            if candidate.trigger.idx >= end:
                break
            if self._earlier_occasion_of(candidate, candidates) or self._doer_at_home_before(candidate):
                continue
            # "ordered a dairy to stop production at its factory in X, a day after a baby died in a Y hospital": the
            # site an order is about is the order's place, not the scene of the story that led to it
            if any(self._ordered_sites(anchor) for anchor in candidate.anchors if anchor.tag_.startswith("VB")):
                continue
            if candidate.places and candidate.type not in SPEECH_TYPES - {"other"}:
                return candidate
        return None

    def _told_sentences(self) -> Iterator[Any]:
        """The body's sentences that tell something (no blank line, no question heading, no newsletter's line of
        its contents above its lead), in order."""
        return (
            s
            for s in self.sentences
            if s.start_char >= self.body_start and _tells(s.text) and not a_contents_line(s[-1])
        )

    def _opening_sentence(self) -> Any:
        """The article's first sentence after its dateline."""
        return next((s for s in self._told_sentences() if not self._is_dateline(s)), None)

    def _lead_scene(self) -> list[PlaceRef]:
        """ "ZARAGOZA - Inspectors sealed two towers at a plant in Calatayud, in the province of Zaragoza": where the
        lead's main clause sets its scene, though its verb is no event the lexicon knows; the dateline only says
        where the reporter was.  Not words said ("said in Beijing" is where the speaker was), and only one town
        or city of one country."""
        first = self._opening_sentence()
        if first is None:
            return []
        root = first.root
        if not root.tag_.startswith("VB") or self.lexicon.reporting_verb(root):
            return []
        trigger = self.lexicon.verb_trigger(root)
        if trigger is not None and trigger.type in SPEECH_TYPES - {"other"} | {"communication"}:
            return []
        scene: list[PlaceRef] = []
        # "praised the firefighters in X": people somewhere, not where the act was done
        objects = [o for o in _children(root, "dobj") if not self._names_people(o)]
        # "padlocked the gates of a plant in X": the thing whose part was acted on
        holders = [
            root,
            *objects,
            *(p for o in objects for of in _children(o, "prep") if of.lower_ == "of" for p in _children(of, "pobj")),
        ]
        for holder in holders:
            for prep in _children(holder, "prep"):
                if prep.lower_ not in ("in", "at", "near"):
                    continue
                for pobj in _children(prep, "pobj"):
                    if pobj.lower_ in PLACE_NOUNS - TOWN_NOUNS - CITY_WORDS:
                        continue  # "X, in the province of Y": the wider unit the town lies in
                    self._add_place(pobj if self._place_mention(pobj) is not None else self._located_in(pobj), scene)
        settled = [p for p in scene if p.kind in ("city", "town")]
        countries = {self._country_name(p) for p in settled}
        return settled if len(settled) == 1 and None not in countries else []

    def _leads_to_court(self, token: Any, dep: str, candidate: Candidate) -> bool:
        """Whether the walk from a legal act reaches the court it was brought to through ``token``: the court, its
        preposition, or the appeal or suit that names them ("filed an appeal with the court")."""
        if candidate.type != "legal":
            return False
        if dep == "pobj":
            # "filed a suit against X at the Y court": the parser hangs the court's phrase on the one sued
            return self._court_brought_to(token, candidate) or (
                token.head.lower_ == "against"
                and any(self._leads_to_court(p, "prep", candidate) for p in _children(token, "prep"))
            )
        if dep == "prep":
            return any(self._leads_to_court(p, "pobj", candidate) for p in _children(token, "pobj"))
        return dep == "dobj" and any(self._leads_to_court(p, "prep", candidate) for p in _children(token, "prep"))

    def _brought_to_court(self, candidate: Candidate) -> bool:
        """Whether the event is a case brought to a court ("filed an appeal with the court in Rome")."""
        return any(self._court_brought_to(t, candidate) for anchor in candidate.anchors for t in anchor.subtree)

    def _seats_business(self, candidate: Candidate, lead: Candidate) -> bool:
        """Whether an event is of the business of the body whose seat placed the lead: a legal step after a legal lead
        or in a case brought to a court ("the appeal asks the court to annul the veto", "was found guilty", not the
        appellant's other acts), or an act of the lead's own doer ("the cabinet also approved a loan").  A lead of
        force placed by its doer was done at the scene, and lends it to all."""
        if lead.type in FORCE_TYPES | {"disaster", "protest"}:
            return True  # "a protest broken up by police in X": force is used at the scene, not at a seat
        if candidate.type == lead.type == "legal" or self._brought_to_court(lead):
            return candidate.type == "legal"
        doers = {actor.name for actor, role in lead.participants if role == "agent"}
        return any(actor.name in doers for actor, role in candidate.participants if role == "agent")

    def _court_brought_to(self, token: Any, candidate: Candidate) -> bool:
        """Whether ``token`` is the court or tribunal a legal act is brought to, with or before ("appealed to the
        court", "filed a suit with the tribunal")."""
        if candidate.type != "legal" or self.lexicon.lemma(token).lower() not in COURT_NOUNS:
            return False
        # "asked the X Court of Appeal to annul", "petitioned the tribunal": the court is the object of the step
        return (token.dep_ == "pobj" and token.head.lower_ in COURT_PREPOSITIONS) or (
            token.dep_ == "dobj" and token.head in candidate.anchors
        )

    def _doer_at_home_before(self, candidate: Candidate) -> bool:
        """ "A second case was confirmed on a farm, two days after China shut its doors to Irish beef": an act of a
        country told in an "after"/"since" clause of the lead, placed only in that country, its doer, is what the
        news followed; where the country is says nothing of where the story is."""
        trigger = candidate.trigger
        sequel = trigger.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in SEQUEL_LINKS for c in children_of(trigger)
        )
        sequel = sequel or (trigger.dep_ in ("pcomp", "pobj") and trigger.head.lower_ in SEQUEL_LINKS)
        if not sequel or not candidate.places:
            return False
        doers = {actor.name for actor, role in candidate.participants if role == "agent" and actor.kind == "country"}
        return all(place.kind == "country" and place.name in doers for place in candidate.places)

    def _earlier_occasion_of(self, candidate: Candidate, candidates: list[Candidate]) -> bool:
        """ "The works minister resigned on Friday, three days after the collapse of a bridge in X": an event named
        in an "after"/"since" phrase of an act done away from its scene (a resignation, a ruling, a suspension)
        is what the act followed, not where the story's other acts were done."""
        trigger = candidate.trigger
        if not trigger.tag_.startswith("NN") or trigger.dep_ != "pobj" or trigger.head.lower_ not in SEQUEL_LINKS:
            return False
        governor = trigger.head.head.i
        return any(
            other.type in REMOTE_ACT_TYPES and any(anchor.i == governor for anchor in other.anchors)
            for other in candidates
            if other.trigger.i != trigger.i
        )

    @cached_property
    def _opening_dateline(self) -> PlaceRef | None:
        """The city (or town) the article opens with: "KYIV, March 3 (Wire) -", "NAIROBI -", "Lagos:",
        "Brackenfield, Derbyshire:" (a town the gazetteer does not know, in the county named after it)."""
        start = len(self.text) - len(self.text[self.body_start :].lstrip())
        opening = self.text[start : start + 120]
        match = DATELINE.match(opening) or OPENING_PLACE.match(opening)
        if match is None:
            return None
        head = _dateline_head(match.group())
        names = [p.strip().title() if p.strip().isupper() else p.strip() for p in head.split(",") if p.strip()]
        if not names:
            return None
        place = self._dateline_resolve(names)
        if place is not None:
            return place if place.kind == "city" else None
        # a town no gazetteer knows: only in a local paper's "Town, County:" (the tagger often calls it a person)
        first = self.doc.char_span(start, start + len(names[0]), alignment_mode="expand")
        if len(names) != 2 or first is None or first[0].ent_type_ not in ("GPE", "LOC", "PERSON", ""):
            return None
        wider = self.gazetteer.resolve(names[1], self.context_countries) if len(names) > 1 else None
        parent = wider.name if wider is not None and wider.kind in ("region", "country") else None
        return PlaceRef(names[0], "town", parent=parent)

    def set_south_of_the_tropics(self) -> bool:
        """Whether the story is set where the seasons are the southern hemisphere's: its dateline's city, else the
        capital of the country it names most, lies south of the inner tropics (Lima, Santiago, Johannesburg,
        Sydney; not Jakarta or Nairobi, where a "summer" is the writer's northern one)."""
        place = self._opening_dateline
        if place is None and self.context_countries:
            country = self.gazetteer.by_code.get(self.context_countries[0])
            capital = self.gazetteer.capital_city(country.name) if country is not None else None
            place = self.gazetteer.resolve(capital, self.context_countries[:1]) if capital else None
        latitude = place.latitude if place is not None else None
        return latitude is not None and latitude <= SOUTHERN_SEASONS_LATITUDE

    def _registered(self, places: list[PlaceRef]) -> list[PlaceRef]:
        """``places``, made places of the article (with their parents)."""
        for place in places:
            # a lead event's places are the article's already, with what it knew of their parents
            if place.name not in self.place_refs:
                self._remember(place)
        return places

    def _takes_article_place(self, candidate: Candidate, country: str | None) -> bool:
        """An event of the story the article tells: not words (said anywhere), not background elsewhere or years
        before ("In 2019 a similar blast in Chile"; "at the same mine in 2017" refers back, so it is), not done by
        another country's body ("the Singapore transport ministry suspended ..."), and not in a paragraph that
        has moved to another country ("From San José in Costa Rica, where he lives in exile, X condemned ...")."""
        # "declared Grancharov the winner", "announces a recall", "the result was announced", not "announced that
        # ...", which only tells what someone said
        proclaimed = (
            self.lexicon.lemma(candidate.trigger) in PROCLAIMING_VERBS
            and not any(c.dep_ == "ccomp" for c in children_of(candidate.trigger))
            and not _announces_a_product(candidate.trigger)
        )
        if candidate.caption or candidate.planned or candidate.indefinite:
            return False
        if candidate.lexeme.reporting and not proclaimed:
            return False
        # "chanting for early elections": a vote wanted is held nowhere yet
        if candidate.type == "election" and self._election_wanted(candidate):
            return False
        # words, and calls or messages, reach across borders; an outcome made official is the story's act
        speech = candidate.type in SPEECH_TYPES - {"other"} | {"communication"}
        if (speech and not proclaimed) or self._inside_quotes(candidate):
            return False
        return not (
            self._names_a_destination(candidate)
            or self._wider_area(candidate)
            or self._background_elsewhere(candidate)
            or self._foreign_agent(candidate, country)
            or self._paragraph_abroad(candidate, country)
        )

    def _names_a_destination(self, candidate: Candidate) -> bool:
        """ "capsized on Friday, the latest tragedy on the route to Italy", "a bus heading to Nairobi crashed": the
        sentence names where people were going, not where it happened, nor the story's place."""
        sentence = self.sentence(candidate.trigger)
        return any(
            t.head.lower_ in ("to", "for", "towards", "toward") and t.ent_type_ in ("GPE", "LOC")
            for t in tokens_in(sentence)
        )

    def _wider_area(self, candidate: Candidate) -> bool:
        """ "U.S. forces in the region shot down drones": the text places the act in an area wider than the
        story's place, without naming it."""
        sentence = self.sentence(candidate.trigger)
        return any(
            t.lower_ in WIDER_AREAS
            and t.dep_ == "pobj"
            and any(c.lower_ == "the" for c in children_of(t))
            and not any(c.dep_ in ("compound", "amod", "poss") for c in children_of(t))
            for t in tokens_in(sentence)
        )

    def _inside_quotes(self, candidate: Candidate) -> bool:
        """ "We have lost whole families in one morning": words quoted, whoever said them and wherever."""
        sentence = self.sentence(candidate.trigger)
        before = self.text[sentence.start_char : candidate.trigger.idx]
        return sum(before.count(q) for q in '"“”') % 2 == 1 or before.count("“") > before.count("”")

    def _background_elsewhere(self, candidate: Candidate) -> bool:
        """Told as background: dated over a year before the report, or "a similar"/"another" occasion; unless the
        sentence points back at the story's place ("at the same prison", "there")."""
        sentence = self.sentence(candidate.trigger)
        back = any(t.lower_ == "same" or (t.lower_ == "there" and t.dep_ != "expl") for t in tokens_in(sentence))
        return not back and self._told_as_background(candidate)

    def _told_as_background(self, candidate: Candidate) -> bool:
        """Dated over a year before the report, or told as "a similar" or "another" occasion."""
        old = candidate.latest is not None and (self.published - candidate.latest).days > BACKGROUND_DAYS
        return old or any(t.lower_ in OTHER_OCCASION_WORDS for t in self.sentence(candidate.trigger))

    def _national_agent(self, candidate: Candidate) -> bool:
        """An agent that is a country or named by one ("Russian forces", "Russia")."""
        return next(self._agents_countries(candidate), None) is not None

    def _agents_countries(self, candidate: Candidate) -> Iterator[PlaceRef]:
        """The countries the event's agents are or are named for, by their whole names or any word of them."""
        for actor, role in candidate.participants:
            if role != "agent":
                continue
            for word in [actor.name, *actor.name.split()]:
                known = self.gazetteer.country(word) or self._demonym_country(word)
                if known is not None:
                    yield known

    def _foreign_agent(self, candidate: Candidate, country: str | None) -> bool:
        """An agent that is, or is named for, a country other than the story's: it may well act at home (force
        is the exception: "Russian drones struck an apartment block" strike where the story is)."""
        if candidate.type in FORCE_TYPES:
            return False
        return any(known.name != country for known in self._agents_countries(candidate))

    def _paragraph_abroad(self, candidate: Candidate, country: str | None) -> bool:
        """Whether the event's paragraph, up to the end of its sentence, names a place of another country."""
        sentence = self.sentence(candidate.trigger)
        start = self.text.rfind("\n\n", 0, sentence.start_char)
        start = max(start, self.body_start)
        index = self._sentence_of[candidate.trigger.i]
        while index > 0 and self.sentences[index - 1].start_char >= start:
            index -= 1
        for number in range(index, self._sentence_of[candidate.trigger.i] + 1):
            for mention in self._sentence_mentions(self.sentences[number][0]):
                # a capitalised place name (the tagger calls "metro" a facility, and a town abroad is named so)
                if mention.label not in ("GPE", "LOC") or not mention.text[:1].isupper():
                    continue
                # "Rivera signed a decree": a person named like a town abroad is no place
                if any(mention.text in actor.name.split() for actor, _ in candidate.participants):
                    continue
                if self._describes_a_doer(mention):
                    continue
                name, _ = self.actors.clean(mention.text)
                place = self.gazetteer.resolve(name, self.context_countries) if name else None
                if place is not None and self._country_name(place) not in (None, country):
                    return True
        return False

    def _describes_a_doer(self, mention: Mention) -> bool:
        """ "New York short seller Greyfin", "China's Huaxin Group", "an Abu Dhabi-based contractor": a place named
        only to say who a person or a body is, not where the paragraph's acts are (unlike "a Moscow court" or "the
        Lagos police", which sit and act where they are named)."""
        root = self.doc[mention.start : mention.end].root
        head = root.head
        if root.dep_ not in ("compound", "nmod", "poss", "npadvmod") or head.i == root.i:
            return False
        if head.lower_ == "based":
            return True
        lemma = self.lexicon.lemma(head)
        if lemma in SEAT_NOUNS | INSTITUTION_NOUNS | FACILITY_WORDS | SITE_NOUNS | VAGUE_PLACE_NOUNS:
            return False
        people = self.lexicon.actor_noun_kind(lemma)
        return head.ent_type_ in ("ORG", "PERSON") or people is not None or lemma in FIRM_WORDS

    def _country_name(self, place: PlaceRef) -> str | None:
        """The country a place lies in (itself, for a country)."""
        seen: set[str] = set()
        while place.kind != "country":
            if place.country_code and place.country_code in self.gazetteer.by_code:
                return self.gazetteer.by_code[place.country_code].name
            if place.parent is None or place.parent in seen:
                return None
            seen.add(place.parent)
            parent = self.place_refs.get(place.parent) or self.gazetteer.resolve(place.parent, self.context_countries)
            if parent is None:
                return None
            place = parent
        return place.name

    def _placed_object(self, verb: Any, noun: Any, candidate: Candidate) -> bool:
        """openlist3 class h: "closed roads in Lombardy", "shut schools in the region": the object of a closure,
        when a place phrase of its own says where it lies (not "closed two metro stations near the site", where
        the place is the verb's and "metro" no place).  So is a text put out, where the parser hangs the place on
        it rather than on the verb ("published its preliminary report in Antananarivo")."""
        return (
            noun.dep_ == "dobj"
            and verb in candidate.anchors
            and (
                self.lexicon.lemma(verb) in CLOSED_IN_PLACE_VERBS
                or (candidate.type == "statement" and self.lexicon.lemma(noun) in ISSUED_TEXTS)
            )
            and any(c.dep_ == "prep" and c.lower_ in LOCATIVE_PREPOSITIONS for c in children_of(noun))
        )

    def _dispatched(self, token: Any, candidate: Candidate) -> bool:
        """ "sent a team to Goma", "sent a team of doctors to Goma", "evacuated villagers from villages in X":
        the event's verb moves people or goods, and ``token`` is it or what it moved."""
        verb = token
        if token not in candidate.anchors:
            if token.dep_ == "pobj" and token.head.lower_ == "of":
                token = token.head.head
            if token.dep_ != "dobj":
                return False
            verb = token.head
        return verb in candidate.anchors and self._dispatches(verb)

    def _joined_preposition(self, token: Any, where: set[int], candidate: Candidate) -> bool:
        if token.dep_ != "conj" or token.tag_ != "IN" or token.head.dep_ != "prep":
            return False
        return token.head.i in where or candidate.type in FREE_WALK_TYPES

    def _bearing_on(self, preposition: Any) -> bool:
        """ "on the outskirts of Dhaka", "on the edge of X": "on" a part of a place is in that place."""
        return preposition.lower_ == "on" and any(
            p.lower_ in BEARING_WORDS | RIVER_PARTS for p in _children(preposition, "pobj")
        )

    def _frames(self, token: Any, candidate: Candidate) -> bool:
        """ "in a speech at the palace", "during a visit to X", "at a rally in X": an occasion the event was done
        at, a gathering or a journey (not a cause or a reprisal)."""
        return (
            token.dep_ == "pobj"
            and token.head.lower_ in FRAME_PREPOSITIONS
            and token.head.head in candidate.anchors
            and (self.lexicon.lemma(token) in FRAME_NOUNS or token.lower_ in RAID_NOUNS)
        )

    def _dispatches(self, verb: Any) -> bool:
        """A verb that moves people or goods somewhere ("sent a team", "deployed troops", "evacuated villagers")."""
        if not verb.tag_.startswith("VB") or self.lexicon.lemma(verb) not in DISPATCH_VERBS:
            return False
        return not any(c.dep_ == "dobj" and c.lower_ in MESSAGE_NOUNS for c in children_of(verb))

    def _actor_place(self, candidate: Candidate) -> list[PlaceRef]:
        """ "Police in Nairobi arrested", "a district court in Lyon charged": an actor the text places acts there,
        when nothing places the event itself.  What is said is located by its speaker only where the sentence
        places the speaker ("the ministry in Lisbon demanded", "the Embassy of X in Manila said"), not by where a
        body is based or named after ("other" is no speech here: "a judge in X opened proceedings" is an act).  A
        capital named for its government ("Lima protested", "Canberra apologised") acts in that capital, not by
        force (what "Moscow struck" was struck elsewhere)."""
        # "the Porto Court of Appeal confirmed the sentence": a word of saying its subject makes a ruling is the
        # court's act, done where the court sits
        retyped = candidate.type != candidate.lexeme.type and candidate.type not in SPEECH_TYPES
        speech = candidate.type in SPEECH_TYPES - {"other"} or (candidate.lexeme.reporting and not retyped)
        found: list[PlaceRef] = []
        for anchor in candidate.anchors:
            for subject in self._actors_of(anchor):
                capital = self._capital_for_its_government(subject) if candidate.type not in FORCE_TYPES else None
                if capital is not None:
                    found.append(capital)
                    continue
                where = self._located_in(subject)
                mention = self._place_mention(where) if where is not None else None
                if speech and mention is None:
                    continue
                if mention is None:
                    # "the Police of X province carried out a search": a body of a place acts in the place it serves
                    where = self._place_served(subject)
                    mention = self._place_mention(where) if where is not None else None
                if mention is None:
                    where = _base_of(subject)
                    mention = self._known_place_at(where) if where is not None else None
                if mention is None:
                    # "the Nakuru County Assembly voted", "members of the Porto City Council approved"
                    where = self._seat_named(subject)
                    mention = self._seat_in_name(where) if where is not None else None
                if mention is not None:
                    place = self._place(mention, where)
                    if place is not None:
                        found.append(place)
        return found

    def _place_served(self, body: Any) -> Any:
        """The place an "of" phrase of a police force, a court or an authority names ("the Police of X province",
        "the prosecutors of Y state")."""
        if self.lexicon.lemma(body) not in DOMESTIC_BODIES | HOME_BODIES and body.lower_ not in DOMESTIC_BODIES:
            return None
        for place in (p for prep in _children(body, "prep") if prep.lower_ == "of" for p in _children(prep, "pobj")):
            if _children(place, "conj"):
                return None  # "the military governments of X, Y and Z": bodies of several places act in none
            if self._place_mention(place) is not None:
                return place
            # "of Cusco region": the unit word's name
            named = [c for c in children_of(place) if c.dep_ == "compound" and c.i < place.i]
            if place.lower_ in REGION_WORDS and named and self._place_mention(named[-1]) is not None:
                return named[-1]
        return None

    def _capital_for_its_government(self, subject: Any) -> PlaceRef | None:
        """The capital ``subject`` names when it is the whole subject ("Lima protested"), not a word of a longer name
        ("Lima airport", "Paris Saint-Germain"); the recogniser often takes a capital that speaks for a company or a
        person, though not for a person the text names in full ("Ana Lima ... Lima said")."""
        mention = self._place_mention(subject) or self._known_place_at(subject)
        if mention is None or mention.end - mention.start != len(_name_words(subject)) + 1:
            return None
        # "Bogotá" for the gazetteer's "Bogota": a capital written with its marks
        capital_of = self.gazetteer.capital_of(mention.text) or self.gazetteer.capital_of(folded_to_ascii(mention.text))
        if capital_of is None or self._persons_name(mention.text):
            return None
        mention = Mention(mention.start, mention.end, "GPE", mention.text)
        place = self._place(mention, subject)
        return place if place is not None and place.kind == "city" else None

    def _own_operations_place(self, candidate: Candidate) -> list[PlaceRef]:
        """ "suspended all of its work in Jonglei", "shut half of its branches in Lebanon", "closed its clinics in
        X": a body acting on its own work or property somewhere acts there (not on an event it names, "discussed
        the war in X", nor in words)."""
        # "other" is no speech here: "shut its branches in X" is an act
        if candidate.type in SPEECH_TYPES - {"other"} or candidate.lexeme.reporting:
            return []
        out: list[PlaceRef] = []
        for obj in (o for a in candidate.anchors for o in _children(a, "dobj")):
            if obj.lower_ in PART_WORDS:
                # "all of its work": the work is the object
                obj = next(
                    (p for prep in _children(obj, "prep") if prep.lower_ == "of" for p in _children(prep, "pobj")), obj
                )
            owned = any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in children_of(obj))
            if not owned or self.lexicon.lemma(obj) in self.lexicon.nouns:
                continue
            for prep in _children(obj, "prep"):
                if prep.lower_ in ("in", "across", "throughout"):
                    for pobj in _children(prep, "pobj"):
                        self._add_place(pobj, out)
        return out

    def _named_before(self, candidate: Candidate) -> list[PlaceRef]:
        """ "in the city's Kita ward", "from the city's northern suburbs": the city the article named last;
        "pulled them out of the mine", "from the factory": where the article put that mine or factory."""
        # "other" is no speech here: "pulled them out of the mine" is an act
        if candidate.type in SPEECH_TYPES - {"other"} or candidate.lexeme.reporting:
            return []
        for noun in self._definite_locatives(candidate):
            city_word = _of_the_city(noun) or (noun if noun.lower_ in CITY_WORDS else None)
            place = self._city_named_before(city_word) if city_word is not None else self._placed_again(noun)
            if place is not None:
                return [place]
        return []

    def _definite_locatives(self, candidate: Candidate) -> list[Any]:
        """The definite nouns the event's own place phrases name, or those of its object ("searched his flat in
        the city's X ward"): "at the plant", "out of the mine"."""
        holders = [*candidate.anchors, *(o for a in candidate.anchors for o in _children(a, "dobj"))]
        out: list[Any] = []
        for holder in holders:
            for prep in _children(holder, "prep"):
                # "out of the mine": the "of" phrase of "out"
                preps = _children(prep, "prep") if prep.lower_ == "out" else [prep]
                for inner in preps:
                    if inner.lower_ not in LOCATIVE_PREPOSITIONS | {"of"} or (inner.lower_ == "of") == (inner is prep):
                        continue
                    out += [
                        n
                        for n in _children(inner, "pobj")
                        if n.tag_ in ("NN", "NNS") and any(d.dep_ in ("det", "poss") for d in children_of(n))
                    ]
        # "closed the mine's two shafts", "seized records from the refinery's control room": the thing whose part it is
        objects = [o for a in candidate.anchors if a.tag_.startswith("VB") for o in _children(a, "dobj")]
        out += [p for noun in [*objects, *out] for p in _children(noun, "poss") if p.tag_ in ("NN", "NNS")]
        return out

    def _sentence_before_start(self, word: Any) -> int:
        """Where the sentence before ``word``'s begins (its own start when it opens the text)."""
        start: int = self.sentence(word).start
        return int(self.sentence(self.doc[start - 1]).start) if start > 0 else start

    def _city_named_before(self, word: Any, since: int = 0) -> PlaceRef | None:
        """The city or town the article named last before ``word`` ("the city", "outside the town"), from its
        body, not its dateline (nor before the token ``since``): one the gazetteer knows as a city, or a town it
        does not know ("the town of X")."""
        for token in reversed(self.doc[since : word.i]):
            if token.idx < self.body_start:
                break
            if self._is_dateline(self.sentence(token)):  # Token.sent walks the document to find its sentence
                continue
            # "Guinea-Bissau's capital", "the Malian capital": a city named by what it is
            capital = self._capital_named(token) if token.lower_ == "capital" else None
            if capital is not None:
                return capital
            mention = self._place_mention(token)
            if mention is None or self.doc[mention.start : mention.end].root.i != token.i:
                continue
            name, _ = self.actors.clean(mention.text)
            known = self.gazetteer.resolve(name, self.context_countries) if name else None
            if (known is not None and known.kind == "city") or (known is None and mention.label == "GPE"):
                return self._place(mention, token)
        return None

    def _region_named_before(self, word: Any) -> PlaceRef | None:
        """The first-level region the paragraph of ``word`` ("the county", "the province") named last before it: "Floods
        hit Alberta. On Monday the authority closed schools across the province"; none named there, none."""
        for _, _, _, known in self._places_named_before(word, paragraph_only=True):
            if known is not None and known.kind == "region":
                return self._remember(known)
        return None

    def _places_named_before(
        self, word: Any, paragraph_only: bool = False
    ) -> Iterator[tuple[Any, Any, str, PlaceRef | None]]:
        """The place names of the body before ``word``, nearest first (within its paragraph if ``paragraph_only``):
        each mention, its head word, its cleaned name and what the gazetteer makes of it."""
        for token in reversed(self.doc[: word.i]):
            if token.idx < self.body_start:
                break
            if paragraph_only and ("\n\n" in token.whitespace_ or (token.is_space and "\n" in token.text)):
                break
            mention = self._place_mention(token) if token.text[:1].isupper() else None
            if mention is None or self.doc[mention.start : mention.end].root.i != token.i:
                continue
            name, _ = self.actors.clean(mention.text)
            yield mention, token, name, self.gazetteer.resolve(name, self.context_countries) if name else None

    def _water_named_before(self, word: Any) -> PlaceRef | None:
        """The river or lake ("the river", "the lake") the article named last before ``word``: "a fish kill on the
        X River ... along a 30-kilometre stretch of the river"."""
        kind = WATER_WORDS[word.lower_]
        preposition = word.head
        measures = [preposition.head, *(c for c in children_of(preposition) if c.dep_ in ("npadvmod", "advmod"))]
        if preposition.lower_ in ("of", "from") and any(
            m.lower_ in COMPASS_WORDS or m.ent_type_ == "QUANTITY" or any(c.like_num for c in children_of(m))
            for m in measures
        ):
            # "two kilometres south of the river", "about two kilometres from the river": the river is what the
            # spot is told from, not the spot
            return None
        for mention, token, name, known in self._places_named_before(word):
            words = name.lower().split()
            written = next((WATER_WORDS[w] for w in (words[0], words[-1]) if w in WATER_WORDS), None) if words else None
            # only the water itself is made a place: a town passed on the way back is not the article's place
            if (known.kind if known is not None else written) == kind:
                return self._place(mention, token)
        return None

    def _river_by_its_part(self, name: Any) -> PlaceRef | None:
        """ "at the mouth of the Sarstoon", "on the banks of the Tana": a name told by a part only a river has, with
        "the" before it, is a river's (the gazetteer holds none), named as the text writes it."""
        words = [*_name_words(name), name] if name.tag_ == "NNP" else []
        if (
            not words
            or not all(w.text[:1].isupper() for w in words)
            or not any(c.lower_ == "the" for c in children_of(name))
        ):
            return None
        written = " ".join(w.text for w in sorted(words, key=lambda w: w.i))
        # "the Congo", "the Kafue": a name that takes "the" is no town's, whatever else the gazetteer calls so
        known = self.gazetteer.resolve(written, self.context_countries)
        if known is not None and known.kind in ("river", "lake"):
            return self._remember(known)
        return self._remember(PlaceRef(written, "river"))

    def _is_dateline(self, sentence: Any) -> bool:
        text = self.text[sentence.start_char : sentence.end_char].strip()  # Span.text joins its tokens anew each time
        match = DATELINE.match(text + " A")  # the pattern looks ahead to the story's first capital
        return match is not None and match.end() >= len(text)

    def _placed_again(self, noun: Any) -> PlaceRef | None:
        """ "out of the mine", when the article says elsewhere "a small mine in X province": the one place the
        article gives another mention of the same thing."""
        lemma = self.lexicon.lemma(noun)
        if lemma in VAGUE_PLACE_NOUNS or not any(d.lower_ == "the" for d in children_of(noun)):
            return None
        if lemma in self.lexicon.nouns or lemma in self.lexicon.learned_nouns:
            return None  # "in the local elections last year": an event noun names another occasion, not one thing
        found: dict[str, tuple[Mention, Any]] = {}
        # "died at the Mercy hospital" after "the Mercy hospital in X" and "the Jubilee hospital in Y": the one of
        # its own name
        own_name = _proper_compounds(noun)
        for i in token_indexes(self.doc, "TAG", [noun.tag_]):
            other = self.doc[i]
            if other.i == noun.i or self.lexicon.lemma(other) != lemma:
                continue
            if own_name and _proper_compounds(other) != own_name:
                continue
            where = self._place_phrase(other)
            if where is not None:
                mention, token = where
                found[name_key(mention.text)] = where
        # "stormed the hotel" after "the Hotel Sahel in Mopti", "reopened the bridge" after "the Owabi Bridge in X":
        # the thing named by its own name, the kind word part of the name; not "the referral hospital", one of its
        # kind told apart by a word of its own
        proper_kind = [noun.lower_] if _bare_definite(noun) else []
        for i in token_indexes(self.doc, "LOWER", proper_kind) if proper_kind else ():
            name = self.doc[i]
            if not name.tag_.startswith("NNP"):
                continue
            while name.dep_ == "compound" and name.head.tag_.startswith("NNP") and name.head.i > name.i:
                name = name.head
            # "attacked the Hotel Sahel in Mopti": the parser hangs the place on the verb whose object the name is
            where = self._place_phrase(name) or (
                self._place_phrase(name.head) if name.dep_ == "dobj" and name.head.tag_.startswith("VB") else None
            )
            if where is not None:
                found[name_key(where[0].text)] = where
        if len(found) != 1:
            return None
        mention, token = next(iter(found.values()))
        return self._place(mention, token)

    def _site_placed_elsewhere(self, noun: Any) -> PlaceRef | None:
        """ "at the gate of the Beskyd Foundry" in a story of "a foundry in Trinec": a site named by its own name
        (which the recogniser takes for a body or a building) is in the one town the article placed a site of its
        kind in (unnamed, or by the same name); not when it placed sites of that kind in two towns or under another
        name."""
        kind = _site_kind(noun)
        own_name = _proper_compounds(noun)
        if kind is None or not own_name or not any(d.lower_ == "the" for d in children_of(noun)):
            return None
        mention = self.actors.mention_at(noun)
        if mention is not None and mention.label in ("GPE", "LOC"):
            return None  # a town's own name, not a site's
        found: dict[str, tuple[Mention, Any]] = {}
        for other in self.doc:
            if _site_kind(other) != kind:
                continue
            other_name = _proper_compounds(other)
            if other_name and other_name != own_name:
                continue
            where = self._place_phrase(other)
            if where is not None and (other.i == noun.i or other_name):
                return None  # the site by its own name is placed where the text says: "the X hospital in Y"
            if where is not None:
                found[name_key(where[0].text)] = where
        if len(found) != 1:
            return None
        place_mention, token = next(iter(found.values()))
        return self._place(place_mention, token)

    def _place_phrase(self, noun: Any) -> tuple[Mention, Any] | None:
        """The place an "in"/"at"/"near" phrase of ``noun`` names, the name a compound of the phrase's noun or the
        noun itself ("a mine in Caraveli province", "a factory in Gazipur")."""
        for prep in _children(noun, "prep"):
            if prep.lower_ not in ("in", "at", "near"):
                continue
            for pobj in _children(prep, "pobj"):
                # "a tin mine near the town of Llallagua": the place a place noun names
                named = [n for of in _children(pobj, "prep") if of.lower_ == "of" for n in _children(of, "pobj")]
                named = named if pobj.lower_ in PLACE_NOUNS | TOWN_NOUNS else []
                for word in [pobj, *(c for c in children_of(pobj) if c.dep_ == "compound"), *named]:
                    mention = self._place_mention(word)
                    if mention is not None and self.doc[mention.start : mention.end].root.i == word.i:
                        return mention, word
        return None

    def _captivity_place(self, candidate: Candidate) -> list[PlaceRef]:
        """ "Two aid workers held hostage in Mali were freed", "fishermen who had been detained in Eritrea were
        released": captives are freed or rescued where they were held."""
        if candidate.type not in RELEASE_TYPES or candidate.lexeme.reporting:
            return []
        captives = [c for a in candidate.anchors for c in children_of(a) if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
        holds = [v for c in captives for v in children_of(c) if v.dep_ in ("acl", "relcl")]
        # "workers held hostage in X were freed", which the parser may read as "held ... and were freed"
        holds += [a.head for a in candidate.anchors if a.dep_ == "conj"]
        out: list[PlaceRef] = []
        for hold in holds:
            if not hold.tag_.startswith("VB") or self.lexicon.lemma(hold) not in CAPTIVITY_VERBS:
                continue
            # "held ... in X and were freed": not the release's own words
            released = {t.i for a in candidate.anchors if a.head is hold and a is not hold for t in a.subtree}
            for token in hold.subtree:
                # "held in the northeastern province of X": the place a place noun of the phrase names
                named = token.head.lower_ == "of" and token.head.head.lower_ in PLACE_NOUNS
                if (
                    token.i in released
                    or token.dep_ != "pobj"
                    or (token.head.lower_ not in ("in", "near", "at") and not named)
                ):
                    continue
                self._add_place(token, out)
        return out

    def _national_act(self, candidate: Candidate) -> list[PlaceRef]:
        """What only happens to a country as a whole, told without a place in a story of one country: its
        election ("cast his vote in the election"), a declaration by its head ("President X declared a national
        day of mourning")."""
        # "the November 5 election" in a story of Ukraine may be another country's: only in a story that names
        # no other country twice
        if not self._of_a_whole_country(candidate) or (candidate.type == "election" and self._story_rival()):
            return []
        return self._story_country_place()

    def _story_country_place(self) -> list[PlaceRef]:
        """The country the story is about, as the one place of an act that happens to it as a whole; in a story of
        one of its provinces or states, that province (``_story_region``)."""
        home = self._story_country()
        place = self.gazetteer.resolve(home, self.context_countries) if home is not None else None
        if place is None or place.kind != "country":
            return []
        self.place_refs[place.name] = place
        region = self._story_region
        if region is not None and region.parent == place.name:
            return [self._remember(region)]
        return [place]

    @cached_property
    def _story_region(self) -> PlaceRef | None:
        """ "New Brunswick's government has fallen ... the legislature voted": a story that names one province or
        state of a country more often than the country itself (by its name or a nationality) is that province's:
        its government, its votes and its legislature's acts are the province's, not the country's."""
        regions: dict[str, list[PlaceRef]] = {}
        countries: dict[str, int] = {}
        for ent in self.actors.entities:
            if ent.label_ not in ("GPE", "NORP", "ORG") or common_noun_named(ent):
                continue
            name = self.actors.clean(ent.text)[0]
            country = self.actors.country(ent.text) or self.gazetteer.demonym_country(name)
            if country is not None and country.kind == "country":
                countries[country.name] = countries.get(country.name, 0) + 1
                continue
            # "Tasmania's parliament": the recogniser often calls a region that owns a body an organisation
            # a unit the gazetteer reads as a city is the city ("Ulaanbaatar", a capital that is a unit of its own)
            region = self.gazetteer.resolve(name, self.context_countries) if ent.label_ != "NORP" else None
            if region is not None and region.kind == "region" and region.parent and region.iso:
                regions.setdefault(region.name, []).append(region)
        if not regions:
            return None
        ranked = sorted(regions.values(), key=len, reverse=True)
        leading = ranked[0]
        if len(ranked) > 1 and len(ranked[1]) >= len(leading):
            return None
        parent = leading[0].parent or ""
        return leading[0] if len(leading) >= 2 and len(leading) > countries.get(parent, 0) else None

    def _of_a_whole_country(self, candidate: Candidate) -> bool:
        if candidate.type == "election":
            return not self._election_wanted(candidate) and not self._local_election(candidate)
        # "declared Sunday a national day of mourning", which the parser hangs on the verb as an adverb
        objects = [
            c for a in candidate.anchors for c in children_of(a) if c.dep_ in ("dobj", "oprd", "attr", "npadvmod")
        ]
        declared = any(
            w.lower_ in DOMESTIC_DECLARATIONS or self.lexicon.lemma(w) in DOMESTIC_DECLARATIONS
            for o in objects
            for w in o.subtree
        )
        if candidate.type not in DECLARING_TYPES or not declared:
            return False
        # "Prime Minister X declared": the head's title is on the name's compounds
        subjects = [c for a in candidate.anchors for c in children_of(a) if c.dep_ == "nsubj"]
        titles = [w for s in subjects for w in [s, *_name_words(s), *children_of(s)] if w.i <= s.i]
        return any(w.lower_ in NATIONAL_TITLES for w in titles)

    @staticmethod
    def _election_wanted(candidate: Candidate) -> bool:
        """ "chanting for early elections", "calls for a new vote": one wanted, not one held."""
        return any(
            a.tag_.startswith("NN")
            and (
                a.head.lower_ == "for" or any(m.lower_ in WANTED_ELECTIONS for m in children_of(a) if m.dep_ == "amod")
            )
            for a in candidate.anchors
        )

    def _local_election(self, candidate: Candidate) -> bool:
        """ "last Sunday's mayoral runoff", "the by-election", "Sunday's vote for the city council", "was declared
        elected as mayor": a town's vote, held where the story is, not across the country; so is "Turnout in the
        runoff was 41 percent", "the ballots were recounted" in a story of a town's vote."""
        if any(self._local_vote(anchor) for anchor in candidate.anchors):
            return True
        # "the valid votes", "the ballots", "voters who voted": a vote not told apart by its kind is the one the
        # article is about (not "the council voted", a body's decision)
        trigger = candidate.trigger
        voters = trigger.tag_.startswith("VB") and any(self.lexicon.lemma(s) in VOTER_NOUNS for s in _voters(trigger))
        if not (trigger.tag_.startswith("NN") or voters) or not self._names_a_local_vote:
            return False
        # "cities that held elections in October 2023": a vote of an earlier year is another
        years = [w for a in candidate.anchors for w in a.subtree if w.ent_type_ == "DATE" and w.text.isdigit()]
        if any(len(w.text) == 4 and int(w.text) < self.published.year for w in years):
            return False
        return not any(_kind_of_vote_named(a) for a in candidate.anchors)

    def _local_vote(self, word: Any) -> bool:
        """Whether a vote's word, its modifiers or what it is for make it a town's ("mayoral", "for the city
        council", "elected as mayor", "the election of the members of the municipal council")."""
        phrases = [o for p in _children(word, "prep") if p.lower_ in ("for", "as", "of") for o in _children(p, "pobj")]
        # "of the members of the municipal council": the body the members sit on
        phrases += [o for n in phrases for p in _children(n, "prep") if p.lower_ == "of" for o in _children(p, "pobj")]
        offices = (
            [o for o in children_of(word) if o.dep_ in ("dobj", "oprd", "attr")] if word.tag_.startswith("VB") else []
        )
        words = [word, *phrases, *offices]
        modifiers = [m for w in words for m in children_of(w) if m.dep_ in ("amod", "compound", "nmod")]
        modifiers += [m for w in modifiers for m in children_of(w) if m.dep_ in ("amod", "compound", "nmod")]
        # "regional council elections" are held in every region at once
        if any(m.lower_ in VOTE_KINDS for m in modifiers):
            return False
        # written lower-case: "the Security Council", "the National Council" are bodies named, not a town's
        return any(w.text.islower() and self.lexicon.lemma(w) in LOCAL_ELECTION_WORDS for w in [*words, *modifiers])

    @cached_property
    def _names_a_local_vote(self) -> bool:
        """Whether the article's body names a town's vote by an election noun."""
        return any(
            word.idx >= self.body_start
            and word.tag_.startswith("NN")
            and (entry := self.lexicon.nouns.get(self.lexicon.lemma(word))) is not None
            and entry.type == "election"
            and self._local_vote(word)
            for word in self.doc
        )

    def _story_government(self, candidate: Candidate) -> list[PlaceRef]:
        """ "Late on Monday the government approved a bailout", in a story of one country: that country's
        government, acting at home (not speaking, fighting or sending, which reach abroad)."""
        # taxes, bailouts and curfews a government sets are its country's
        if (
            not (self._home_act(candidate) or candidate.type in ("business", "coercion"))
            or candidate.type == "statement"
        ):
            return []
        if any(self._dispatches(a) for a in candidate.anchors):
            return []
        subjects = [c for a in candidate.anchors for c in children_of(a) if c.dep_ in ("nsubj", "nsubjpass", "agent")]
        # "were arrested by police": the agent of a passive
        agents = [p for s in subjects if s.dep_ == "agent" for p in _children(s, "pobj")]
        policed = candidate.type == "coercion" and any(_bare_police(s) for s in [*subjects, *agents])
        if not any(s.lower_ in NATIONAL_BODIES and _bare_definite(s) for s in subjects) and not policed:
            return []
        country = self._story_country_place()
        # "Police detained 14 people", in a story of one town: its police, not the nation's
        town = self._story_town_in(country) if policed else []
        return self._at_dateline_city(candidate, country) or town or country

    def _story_forces(self, candidate: Candidate) -> list[PlaceRef]:
        """ "The army halted all training", "the navy intercepted a boat", in a story that names one country and
        no other: that country's forces, named bare, acting in it (not speaking: words reach anywhere)."""
        if candidate.type in SPEECH_TYPES - {"other"} or candidate.lexeme.reporting or len(self._countries_named) != 1:
            return []
        subjects = [c for a in candidate.anchors for c in children_of(a) if c.dep_ in ("nsubj", "nsubjpass", "agent")]
        subjects += [p for s in subjects if s.dep_ == "agent" for p in _children(s, "pobj")]
        if not any(_bare_forces(s) for s in subjects):
            return []
        country = self._story_country_place()
        return self._at_dateline_city(candidate, country) or country

    def _at_dateline_city(self, candidate: Candidate, country: list[PlaceRef]) -> list[PlaceRef]:
        """ "MANAGUA - Police arrested 14 activists": a lead whose bare forces or government act in the story's
        country acts at the wire's dateline city when that city lies in the country (the city, more precise, with
        its parent), as ``_dateline_place`` places any lead that names no place."""
        city = self._dateline_city(self.sentence(candidate.trigger))
        if city is None or city.parent is None or city.parent not in {p.name for p in country}:
            return []
        return [self._remember(city)]

    def _national_seat(self, candidate: Candidate) -> list[PlaceRef]:
        """ "protested outside the parliament building", "arrested students who tried to reach the presidential
        palace": a country's seat of power, named without a place, is in the capital of the country the story
        is about (when one country clearly leads it)."""
        # "won the Senate", "won the presidency": in a vote a seat of power is the office, not the building
        if candidate.type in SPEECH_TYPES - {"other"} or candidate.lexeme.reporting or candidate.type == "election":
            return []
        # without a leading country there is no capital to place a seat in: the clause is not searched for one
        home = self._story_country()
        if home is None:
            return []
        sentence = self.sentence(candidate.trigger)
        # one seat is enough: the words after it are not read
        names_a_seat = any(
            sentence.start <= t.i < sentence.end and t.dep_ in ("pobj", "dobj") and self._names_national_seat(t)
            for anchor in candidate.anchors
            for t in anchor.subtree
        )
        if not names_a_seat and not self._dissolved_legislature(candidate):
            return []
        region = self._story_region
        if region is not None and region.parent == home:
            # "outside the legislature" in a story of one province: the province's own seat, not the country's
            return [self._remember(region)]
        capital = self._capital_of(home)
        return [capital] if capital is not None else []

    def _hearing_place(self, candidate: Candidate) -> list[PlaceRef]:
        """ "was questioned by the finance committee of parliament", "told MPs", "the chairman of the committee
        said": a hearing of a national legislature, and what is said at it, happens in the legislature's seat, the
        capital of the country the story is about (not a regional assembly's: "the county assembly's committee")."""
        if not self._legislature_committee_named:
            return []
        home = self._story_country()
        if home is None:
            return []
        trigger = candidate.trigger
        heard = [
            noun
            for anchor in candidate.anchors
            for child in children_of(anchor)
            for noun in (
                [child]
                if child.dep_ in ("dobj", "dative", "nsubj", "nsubjpass")
                else _children(child, "pobj")
                if child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ in ("to", "before"))
                else []
            )
        ]
        # "the chairman of the committee said": a member speaks at the committee's hearing
        heard += [
            p
            for noun in list(heard)
            for prep in _children(noun, "prep")
            if prep.lower_ == "of"
            for p in _children(prep, "pobj")
        ]
        if not any(self._names_legislature(noun) for noun in heard if noun.i != trigger.i):
            return []
        capital = self._capital_of(home)
        return [capital] if capital is not None else []

    def _names_legislature(self, noun: Any) -> bool:
        """ "the committee" (in a story of a legislature's committee), "MPs", "deputies", "lawmakers", "the
        parliament"."""
        word = self.lexicon.lemma(noun).lower()
        if word == "committee":
            return not any(c.lower_ in REGIONAL_WORDS for c in children_of(noun) if c.dep_ in ("amod", "compound"))
        return word in LEGISLATORS or self._names_national_seat(noun)

    @cached_property
    def _legislature_committee_named(self) -> bool:
        """Whether the text names a committee of a national legislature: "the parliamentary finance committee",
        "the economy committee of the National Assembly", "the Senate's foreign relations committee"."""
        for token in self.doc:
            if self.lexicon.lemma(token).lower() != "committee":
                continue
            modifiers = [c for c in children_of(token) if c.dep_ in ("amod", "compound", "poss")]
            if any(c.lower_ in REGIONAL_WORDS for c in modifiers):
                continue
            owners = [p for prep in _children(token, "prep") if prep.lower_ == "of" for p in _children(prep, "pobj")]
            if any(c.lower_ in LEGISLATIVE_WORDS for c in modifiers) or any(
                self._national_legislature(owner) for owner in [*owners, *(c for c in modifiers if c.dep_ == "poss")]
            ):
                return True
        return False

    def _national_legislature(self, noun: Any) -> bool:
        """ "parliament", "the Senate", "the National Assembly", "the Assembly of the Republic": a legislature no
        word makes a region's (a republic's or a nation's assembly is the country's)."""
        if self._names_national_seat(noun):
            return True
        if self.lexicon.lemma(noun).lower() not in NATIONAL_SEATS or not noun.text[:1].isupper():
            return False
        owners = [p.lower_ for prep in _children(noun, "prep") if prep.lower_ == "of" for p in _children(prep, "pobj")]
        return any(owner in NATIONAL_OWNERS for owner in owners)

    def _dissolved_legislature(self, candidate: Candidate) -> bool:
        """ "dissolved the House of Representatives", "parliament was dissolved": a legislature dissolved is the
        country's, dissolved in its capital, unless a word makes it a region's ("the provincial assembly", "the
        Punjab assembly")."""
        trigger = candidate.trigger
        if self.lexicon.lemma(trigger) != "dissolve":
            return False
        body = next((c for c in children_of(trigger) if c.dep_ in ("dobj", "nsubjpass")), None)
        if body is None:
            return False
        modifiers = [c for c in children_of(body) if c.dep_ in ("amod", "compound", "nmod")]
        return not any(
            c.lower_ in REGIONAL_WORDS or (c.text[:1].isupper() and c.lower_ not in NATIONAL_WORDS) for c in modifiers
        )

    def _names_national_seat(self, noun: Any) -> bool:
        """ "the parliament", "the parliament building", "the presidential palace", "the National Assembly"."""
        # asked of every object in a clause: a word that is neither a seat nor a part of one is turned away before
        # its dependents are read (the loop below would turn it away too)
        if noun.lower_ not in SEAT_PARTS and self.lexicon.lemma(noun).lower() not in NATIONAL_SEATS:
            return False
        # "outside Parliament", "towards Parliament Buildings": the seat by its proper name, with no article
        if not (_bare_definite(noun, allow=("amod", "compound")) or _bare_proper_name(noun)):
            return False
        words = [noun, *(c for c in children_of(noun) if c.dep_ == "compound")] if noun.lower_ in SEAT_PARTS else [noun]
        for word in words:
            seat = self.lexicon.lemma(word).lower()
            if seat not in NATIONAL_SEATS:
                continue
            modifiers = {c.lower_ for c in [*children_of(noun), *children_of(word)] if c.dep_ in ("amod", "compound")}
            # "the Catalan parliament", "the Kisii County Assembly": a region's, not the country's
            proper = [
                c
                for c in [*children_of(noun), *children_of(word)]
                if c.dep_ in ("amod", "compound") and c.text[:1].isupper() and c.i != word.i
            ]
            need = NATIONAL_SEATS[seat]
            if (need is None or need in modifiers) and all(c.lower_ == need for c in proper):
                return True
        return False

    @cached_property
    def _story_town(self) -> PlaceRef | None:
        """ "Live: police clear blockade in Juchitan" over "Our correspondent in Juchitan reports ... the town hall
        is still occupied": a story whose headline names the town its body names as a scene more often than any
        other (not its country's capital, the seat of the nation's bodies) is that town's: its events that name no
        place of their own ("the highway", "the building", "17 people were detained") are there, not merely
        somewhere in its country."""
        towns: dict[str, list[tuple[str, PlaceRef]]] = {}
        for ent in self.actors.entities:
            if ent.label_ not in ("GPE", "PERSON") or common_noun_named(ent) or ent.start_char < self.body_start:
                continue
            if not self._names_a_scene(ent):
                continue
            written = self.actors.clean(ent.text)[0]
            # "Juchitan has been here before", which the recogniser takes for a person: a town's name, unless a
            # person of the text bears it ("Ana Sintra")
            if ent.label_ == "PERSON" and self._persons_name(written):
                continue
            town = self.gazetteer.resolve(written, self.context_countries)
            # a capital is named as the seat of the nation's bodies ("the ministry in Lilongwe"), not as the scene
            if town is not None and town.kind == "city" and self.gazetteer.capital_of(town.name) is None:
                towns.setdefault(town.name, []).append((written, town))
        ranked = sorted(towns.values(), key=len, reverse=True)
        if not ranked or (len(ranked) > 1 and len(ranked[1]) >= len(ranked[0])):
            return None
        # "Juchitan", as the text writes it, for the record's "Heroica Ciudad de Juchitan de Zaragoza"
        writings = Counter(written for written, _ in ranked[0])
        written = min(writings, key=lambda w: (-writings[w], len(w)))  # the shorter of two as common
        town = ranked[0][0][1]
        # the headline says which town the story is about; the body may name another as often, in passing
        headline = folded_to_ascii(self.title)
        if not any(re.search(rf"\b{re.escape(folded_to_ascii(w))}\b", headline) for w in writings):
            return None
        words = name_key(town.name).split()
        return replace(town, name=written) if set(name_key(written).split()) < set(words) else town

    def _names_a_scene(self, ent: Any) -> bool:
        """Whether a town's name is told as where things are ("in X", "X's town hall", "the X mayoral vote"), not
        as where someone went or came from ("returned to X", "the highway to X", "reports from X"), a region named
        after it ("X region") or a person's home ("a resident of X")."""
        after = self.doc[ent.end] if ent.end < len(self.doc) else None
        if after is not None and after.lower_ in REGION_WORDS:
            return False
        head = ent.root.head
        if ent.root.dep_ != "pobj":
            return True
        if head.lower_ in ("to", "from", "toward", "towards", "via", "for"):
            return False
        return not (head.lower_ == "of" and self.lexicon.actor_noun_kind(head.head.lower_) is not None)

    def _persons_name(self, name: str) -> bool:
        """Whether a person the text names in full bears ``name`` ("Ana Sintra" for "Sintra"), not a town the
        recogniser took for a person, whole or in part ("Juchitan de Zaragoza")."""
        last = name.split()[-1:]
        return any(
            ent.label_ == "PERSON"
            and len(ent) > 1
            and ent.text.split()[-1:] == last
            and self.gazetteer.resolve(ent.text, self.context_countries) is None
            for ent in self.actors.entities
        )

    def _story_town_in(self, country: list[PlaceRef]) -> list[PlaceRef]:
        """The story's town (``_story_town``), when it lies in the story's ``country``."""
        town = self._story_town
        if not country or town is None or town.parent != country[0].name:
            return []
        return [self._remember(town)]

    def _story_country(self) -> str | None:
        """The country a story is about: the one it names, or names more than any other."""
        ranked = self._countries_named
        lead = ranked[0] if ranked and (len(ranked) == 1 or ranked[1][1] < ranked[0][1]) else None
        return lead[0] if lead is not None else None

    def _story_rival(self) -> bool:
        """Whether a second country is named in the story at least twice."""
        ranked = self._countries_named
        return len(ranked) > 1 and ranked[1][1] >= 2

    @cached_property
    def _countries_named(self) -> list[tuple[str, int]]:
        """The countries the story names, by name, counted and the most named first."""
        counts: dict[str, int] = {}
        for ent in self.actors.entities:
            # "Ugandan officials", which the recogniser may take for a company, "Malawi's", for a person
            if ent.label_ == "PERSON" and self.gazetteer.country(ent.text) is None:
                continue
            if common_noun_named(ent):
                continue
            if self.gazetteer.country(ent.text) is None and (
                _nationality_of_a_named_person(ent) or (len(ent) == 1 and self._nationality_of_a_private_person(ent[0]))
            ):
                continue
            if self._names_a_trade_partner(ent):
                continue
            if ent.label_ in ("GPE", "NORP", "ORG", "PERSON"):
                country = self._country_of_name(ent)
                if country is None and ent.label_ == "GPE":
                    # "Freetown": a city of the story tells its country, when the recogniser missed the country
                    city = self.gazetteer.resolve(ent.text, self.context_countries)
                    country = (
                        self.gazetteer.country(city.parent)
                        if city is not None and city.kind == "city" and city.parent
                        else None
                    )
                if country is not None and country.kind == "country":
                    counts[country.name] = counts.get(country.name, 0) + 1
        # "MANAGUA - Police arrested ...": the dateline city's country is the story's, often never named again
        home = self._dateline_country()
        if home is not None:
            counts[home] = counts.get(home, 0) + 1
        return sorted(counts.items(), key=lambda item: -item[1])

    def _names_a_trade_partner(self, ent: Any) -> bool:
        """ "sews shirts for a Canadian retail chain", "a US tariff on steel": a country named only for the buyer,
        market or tariff of the story's goods, down the chain of words the name modifies."""
        head = ent.root
        while head.dep_ in ("amod", "compound", "nmod") and head.head.i > head.i:
            head = head.head
        lemma = self.lexicon.lemma(head)
        return head is not ent.root and (lemma in TRADE_PARTNER_NOUNS or lemma.removesuffix("s") in TRADE_PARTNER_NOUNS)

    def _context_countries(self) -> list[str]:
        """The codes of the countries the story names or names a nationality, a region or a state of, the most
        named first: what decides which of two places of one name the text means."""
        counts: dict[str, int] = {}
        for ent in self.actors.entities:
            if ent.label_ in ("GPE", "NORP") and not common_noun_named(ent):
                country = self._country_of_name(ent)
                if country is not None and country.country_code:
                    counts[country.country_code] = counts.get(country.country_code, 0) + 1
        if not counts:
            return self._towns_country()
        return sorted(counts, key=lambda code: -counts[code])

    def _towns_country(self) -> list[str]:
        """A local story names its towns, not its country ("police in Kumasi", "the Eastern Region"): the country
        most of its towns lie in (each a town of one country only) tells which of two regions or towns of one name
        it means; none when two countries have as many."""
        counts: Counter[str] = Counter()
        for ent in self.actors.entities:
            code = self.gazetteer.town_country(ent.text) if ent.label_ == "GPE" else None
            if code is not None and not common_noun_named(ent):
                counts[code] += 1
        ranked = counts.most_common(2)
        if not ranked or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
            return []
        return [ranked[0][0]]

    def _country_of_name(self, ent: Any) -> PlaceRef | None:
        """The country a name of the text names: a country ("U.S.", a "Congo" read by the article's other places),
        a nationality ("Kenyan", the lexicon's "Malagasy"), or a first-level region no other country has a region
        or a city of that name ("Sicily", "Bavaria", "Texas")."""
        country = (
            self.actors.country(ent.text)
            or self.gazetteer.country(self.lexicon.demonyms.get(name_key(ent.text), "") or "-")
            or self.gazetteer.demonym_country(ent.text)
        )
        if country is None and ent.label_ == "GPE" and (code := self.gazetteer.region_country(ent.text)):
            country = self.gazetteer.by_code.get(code)
        return country if country is not None and country.kind == "country" else None

    def _capital_of(self, country: str) -> PlaceRef | None:
        """The capital city of the country ``country`` names in this article, as a place of the article."""
        city = self.gazetteer.capital_city(country)
        code = self.actors.country(country)
        known = self.gazetteer.resolve(city, [code.country_code or ""] if code else []) if city else None
        if known is None:
            return None
        return self._remember(known)

    def _seat_named(self, subject: Any) -> Any:
        """The first word of the name of the body ``subject`` is, or is members of ("members of the X County
        Assembly")."""
        bodies = [
            subject,
            *(p for prep in _children(subject, "prep") if prep.lower_ == "of" for p in _children(prep, "pobj")),
        ]
        for body in bodies:
            words = _name_words(body)
            if words:
                return words[0]
        return None

    def _known_place_at(self, token: Any) -> Mention | None:
        """A name at ``token`` the gazetteer knows, whatever the recogniser called it ("Mombasa-based"); not a
        common word that is also a town's name ("the border of the forest" is no Forest in Belgium)."""
        if not token.text[:1].isupper():
            return None
        mention = self.actors.mention_at(token) or Mention(token.i, token.i + 1, "GPE", token.text)
        return self._if_gazetteer_place(mention)

    def _actors_of(self, anchor: Any) -> list[Any]:
        """The nouns naming who did or underwent the event: its subjects, and the agent of a passive ("was
        detained by police in Goma": the police acting in Goma act there)."""
        out = [c for c in children_of(anchor) if c.dep_ in ("nsubj", "nsubjpass")]
        out += [p for agent in _children(anchor, "agent") for p in _children(agent, "pobj")]
        return out

    def _place_mention(self, token: Any) -> Mention | None:
        if _clock_zone(token):
            return None
        mention = self.actors.mention_at(token)
        inside = (
            self._place_in_institution_name(token, mention)
            or self._place_in_institution_name(token, self._institution_name_ending_at(token))
            or _road_name(token)
        )
        if inside is not None:
            return inside
        if mention is not None:
            mention = self._part_around(token, mention)
        if mention is not None and mention.label == "FAC" and mention.end - mention.start > 1:
            # "at the Seoul Central District Court", which the recogniser calls a building: a court sits in the
            # place it is named after
            seat = self._seat_in_name(self.doc[mention.start])
            if seat is not None:
                return seat
        unit = self._unit_name(token)
        if unit is not None and (
            mention is None or not self._is_location(mention) or self._if_gazetteer_place(mention) is None
        ):
            return unit
        if mention is None or not self._is_location(mention):
            # "the city of Tartu", whatever the tagger called it; "a judge in Lyon", tagged as a company
            mention = (
                self._named_by_place_noun(token)
                or self._marked_as_a_place(token, mention)
                or _downtown_name(token)
                or self._gazetteer_place_after_in(token, mention)
                or self._seat_in_name(token)
                or self._named_after_its_place(token)
                or self._offshore_name(token)
                or _water_name(token)
                or self._premises_name(token, mention)
                or self._town_before_region(token, mention)
                or self._unit_named_again(token, mention)
                or self._facility_name(token)
            )
        return self._with_title_of_the_name(mention) if mention is not None else None

    def _part_around(self, token: Any, mention: Mention) -> Mention:
        """ "on the A1 near X", which the recogniser takes for one name: the part of the name ``token`` is in, up to a
        locative preposition ("of" and "de" join words of one name)."""
        cuts = [
            w.i
            for w in self.doc[mention.start : mention.end]
            if w.lower_ in LOCATIVE_PREPOSITIONS - NAME_JOINTS and not _joins_a_town_name(w)
        ]
        if not cuts or token.i in cuts:
            return mention
        start = max([mention.start, *(i + 1 for i in cuts if i < token.i)])
        end = min([mention.end, *(i for i in cuts if i > token.i)])
        return Mention(start, end, mention.label, self.doc[start:end].text)

    def _place_in_institution_name(self, token: Any, mention: Mention | None) -> Mention | None:
        """ "died at the Hospital Universitario de X", "asked the X Court of Appeal", "outside the X Opera House":
        a hospital, court, university or museum whose name carries a town, region or country is in it. The place
        opens the name (``token`` its first word) or closes it after "of"/"de" (``token`` its last); a town must be
        a big one or one of a country the text names ("the Mayo Clinic" is no clinic in County Mayo, and "Oxford
        University Press" no university: a press)."""
        if mention is None or mention.label not in ("ORG", "FAC") or mention.end - mention.start < 2:
            return None
        words = [w for w in self.doc[mention.start : mention.end] if not (w.i == mention.start and w.lower_ == "the")]
        institution = next((i for i, w in enumerate(words) if _names_an_institution(words, i)), None)
        if institution is None or not words or token.i not in (words[0].i, words[-1].i):
            return None
        if token.i == words[0].i:
            spans = [words[:end] for end in range(institution, 0, -1)]
        else:
            joints = [i for i, w in enumerate(words) if w.lower_ in NAME_JOINTS and i > institution]
            spans = [words[joints[-1] + 1 :]] if joints else []
        for span in spans:
            # "de Trois-Rivières": a hyphen inside the town's name
            if not span or not all(_proper_word(w) or w.text == "-" for w in span):
                continue
            name = self.doc[span[0].i : span[-1].i + 1].text
            place = self.gazetteer.resolve(name, self.context_countries)
            if place is not None and (
                place.kind in ("country", "region")
                or self.gazetteer.is_prominent(name)
                or place.country_code in self.context_countries
                # "the Public Health Agency of Canada ... at the Centre hospitalier de X": a story whose country is
                # named only inside its bodies' names
                or (place.parent is not None and place.parent == self._story_country())
            ):
                return Mention(span[0].i, span[-1].i + 1, "GPE", name)
        return None

    def _institution_name_ending_at(self, token: Any) -> Mention | None:
        """ "at the Centre hospitalier universitaire de X", which the recogniser cuts into a town and a person: the
        name that runs from after its article up to ``token``, a proper word after a joining "de"/"di"/"of", read
        from the words themselves."""
        place_start = token.i
        while place_start > 0 and (_proper_word(self.doc[place_start - 1]) or self.doc[place_start - 1].text == "-"):
            place_start -= 1
        if not _proper_word(token) or place_start == 0 or self.doc[place_start - 1].lower_ not in NAME_JOINTS:
            return None
        start = place_start - 1
        while start > 0 and not _ends_a_name_on_the_left(self.doc[start - 1]):
            start -= 1
        # a proper name's words ("the Centre hospitalier"), not a description ("a football stadium in X")
        if start == place_start - 1 or not _proper_word(self.doc[start]):
            return None
        return Mention(start, token.i + 1, "FAC", self.doc[start : token.i + 1].text)

    def _unit_named_again(self, token: Any, mention: Mention | None) -> Mention | None:
        """ "the Cavan case" after "County Cavan": a county's bare name, whatever the recogniser called it, once the
        article has named the county with its unit word."""
        if not self._units_named or not token.text[:1].isupper():
            return None
        if mention is not None and mention.start <= token.i < mention.end:
            start, end = mention.start, mention.end
        else:
            start, end = token.i, token.i + 1
        name = self.actors.clean(self.doc[start:end].text)[0]
        if not name[:1].isupper() or name_key(name) not in self._units_named:
            return None
        return Mention(start, end, "GPE", name)

    def _town_before_region(self, token: Any, mention: Mention | None) -> Mention | None:
        """ "in Elm Falls, Oklahoma", "near Sainte-X, Quebec": a name the recogniser took for a company or
        a person, after "in" or "near" and put by a comma in a state or province, is a town of it."""
        if token.dep_ != "pobj" or token.head.lower_ not in ("in", "near", "outside", "at"):
            return None
        start, end = (mention.start, mention.end) if mention is not None else (token.i, token.i + 1)
        if mention is None:
            start = min([token.i, *(c.i for c in children_of(token) if c.dep_ == "compound" and _proper_word(c))])
        words = self.doc[start:end]  # "Sainte-X": a hyphen inside the name
        if not all(_proper_word(w) or w.text == "-" for w in words) or self._region_after_comma(end) is None:
            return None
        return Mention(start, end, "GPE", self.doc[start:end].text)

    def _offshore(self, token: Any) -> bool:
        """ "off X": the object of "off", which the parser reads after a vessel's verb as its particle ("capsized
        off X", X the verb's object)."""
        if token.dep_ == "pobj" and token.head.lower_ == "off":
            return True
        return bool(
            token.dep_ == "dobj"
            and self.lexicon.lemma(token.head) in SEA_VERBS
            and any(c.dep_ == "prt" and c.lower_ == "off" for c in children_of(token.head))
        )

    def _offshore_name(self, token: Any) -> Mention | None:
        """ "sank 40 km off Crete", "capsized off Lampedusa": a proper name a vessel came to grief off is a place
        (an island, a cape, a port), even one the gazetteer does not know or the recogniser took for a person."""
        if token.tag_ != "NNP" or not self._offshore(token):
            return None
        start = min([token.i, *(c.i for c in children_of(token) if c.dep_ == "compound" and c.tag_ == "NNP")])
        return Mention(start, token.i + 1, "LOC", self.doc[start : token.i + 1].text)

    def _named_after_its_place(self, token: Any) -> Mention | None:
        """ "guards at the Kano prison", "nurses at the Mombasa hospital": a thing named after the town it is in,
        the name's first words (``token`` the last of them) a place the gazetteer knows in a country the story
        names (not "the Mayo Clinic", a capitalised name of its own, nor "the Victoria hospital" in a story of
        another country than Victoria's)."""
        thing = token.head
        if (
            token.dep_ not in ("compound", "nmod")
            or token.tag_ != "NNP"
            or not thing.tag_.startswith("NN")
            or thing.tag_.startswith("NNP")
            or thing.text[:1].isupper()
        ):
            return None
        words = _name_words(thing) or [token]
        if words[-1].i != token.i:
            return None
        name = self.doc[words[0].i : token.i + 1]
        place = self.gazetteer.resolve(name.text, self.context_countries)
        if place is None or place.country_code not in self.context_countries:
            return None
        return Mention(name.start, name.end, "GPE", name.text)

    def _unit_name(self, token: Any) -> Mention | None:
        """ "in Kibera ward", "in Harlow Creek township", "in Barangay Talisay": a name written with the kind of
        administrative unit it is, whatever the recogniser made of it (a company, a person, two places).  Not a
        unit word inside a body's name ("the Orange County sheriff"), nor a capitalised "State" or "Region"
        ("Islamic State"), which the gazetteer knows when they are places."""
        if token.tag_ != "NNP":
            return None
        if token.dep_ == "compound":
            unit = token.head
            while unit.dep_ == "compound" and unit.tag_ == "NNP" and unit.head.i != unit.i:
                unit = unit.head  # "Mwembe" on "Tayari" on "ward"
            capitalised = unit.text[:1].isupper()
            if (
                unit.lower_ not in unit_words()
                or unit.lower_ in UNIT_PREFIXES
                or unit.dep_ == "compound"
                or (capitalised and unit.lower_ in ("state", "region"))
            ):
                return None
            words = _name_words(unit)
        else:
            words = [*_name_words(token), token]
            if len(words) < 2 or words[0].lower_ not in UNIT_PREFIXES:
                return None
        if token not in words or any(self._demonym_country(w.text) is not None for w in words):
            return None
        name = self.doc[words[0].i : words[-1].i + 1]
        if not all(w.is_alpha or w.text == "-" for w in name):
            return None  # "the Covid-19 ward", "Block 4 district": a label, not a name
        if token.dep_ == "compound" and token.head.lower_ in AMBIGUOUS_UNITS and not self._tagged_as_place(words):
            return None  # "the Nightingale ward" of a hospital, unless the recogniser took the name for a place
        known = self.lexicon.known_actor(name.text)
        if known is not None and known.kind != "country":
            return None  # an armed group or a company named after a place
        return Mention(name.start, name.end, "GPE", name.text)

    def _tagged_as_place(self, words: list[Any]) -> bool:
        mentions = [self.actors.mention_at(w) for w in words]
        return any(m is not None and m.label in LOCATION_LABELS for m in mentions)

    def _seat_in_name(self, token: Any) -> Mention | None:
        """ "the Lyon Commercial Court", "the Nakuru County Assembly": the place a body sitting where its name
        says is named after, at the first word of the name (``token``), when the gazetteer knows it."""
        body = token.head
        while body.dep_ == "compound" and body.head.i != body.i:
            body = body.head  # "Nakuru" on "County" on "Assembly"
        if not _name_modifier(token) or not self._sits_where_named(body):
            return None
        words = _name_words(body)
        if not words or words[0].i != token.i:
            return None
        # "Kisii County" is a county the gazetteer knows, "Porto City" is Porto: the longest name it knows
        for end in range(len(words), 0, -1):
            mention = Mention(token.i, words[end - 1].i + 1, "GPE", self.doc[token.i : words[end - 1].i + 1].text)
            if self._if_gazetteer_place(mention) is not None:
                return mention
        return None

    def _sits_where_named(self, body: Any) -> bool:
        """A court, council or police force, or a body whose name makes it a place's own administration
        ("Municipal Corporation", "State House of Assembly")."""
        names = [body, *(p for prep in _children(body, "prep") if prep.lower_ == "of" for p in _children(prep, "pobj"))]
        if any(self.lexicon.lemma(n) in SEAT_NOUNS or n.lower_ in SEAT_NOUNS for n in names):
            return True
        return any(c.lower_ in ADMINISTRATIVE_WORDS for c in _name_words(body))

    def _gazetteer_place_after_in(self, token: Any, mention: Mention | None) -> Mention | None:
        """ "a court in Lyon", "police in Karditsa": a proper name right after "in"/"near" that the gazetteer
        knows as a place is one, even when the recogniser took it for a company or a person."""
        # "on the outskirts of Dhaka", "south of Tarragona": a place's bearing names a place too
        after_bearing = token.head.lower_ == "of" and token.head.head.lower_ in BEARING_WORDS
        # "the inhabitants of Mariupol": where people live
        after_bearing = after_bearing or (token.head.lower_ == "of" and _names_residents(token.head.head))
        # "in X Local Government Area of Y State", "X district of Y province": the wider unit a unit lies in
        after_bearing = after_bearing or (token.head.lower_ == "of" and _names_a_unit(token.head.head))
        # "the Governor of Tasmania", "the prefect of Corsica": the territory an official governs, which the
        # recogniser often takes with the title for a body (not "the Governor of the Bank of X": a body's own name)
        after_bearing = after_bearing or (
            token.head.lower_ == "of"
            and token.head.head.lower_ in LOCAL_OFFICES
            and not any(c.dep_ == "prep" for c in children_of(token))
        )
        if (
            token.dep_ != "pobj"
            or (token.head.lower_ not in ("in", "near", "outside", "around", "through", "to") and not after_bearing)
            or token.tag_ != "NNP"
            # "in the canton of X", "in the county": a lower-case word the tagger took for a name is a common
            # noun, though a town abroad bears it (Canton, Ohio)
            or not token.text[:1].isupper()
            # "signed in Dushanbe in March": a month is no town, though the gazetteer knows one of its name (a town
            # the recogniser took for a date, "police in Mbarara", is one)
            or (token.ent_type_ in ("DATE", "TIME") and _names_a_time(token))
            # "near Innsbruck" taken for a product, "near Grenoble" for a work of art
            or (mention is not None and mention.label not in ("ORG", "PERSON", "NORP", "PRODUCT", "WORK_OF_ART", "FAC"))
        ):
            return None
        # "X Local Government Area of Anambra State", which the recogniser may take whole for one body: the
        # name after "of" is the place
        if mention is None or mention.start < token.head.i:
            start = _name_start(token)
            mention = Mention(start, token.i + 1, "GPE", self.doc[start : token.i + 1].text)
        return self._if_gazetteer_place(mention)

    def _if_gazetteer_place(self, mention: Mention) -> Mention | None:
        """``mention`` as a place when the gazetteer knows its name, whatever label the recogniser gave it."""
        name, _ = self.actors.clean(mention.text)
        # "to Ghana's Minister of X": an office is no place, though a region's name may sound like it
        if not name or name.lower() in self.lexicon.titles:
            return None
        if self.gazetteer.resolve(name, self.context_countries) is None:
            return None
        return Mention(mention.start, mention.end, "GPE", mention.text)

    def _own_territory(self, candidate: Candidate) -> list[PlaceRef]:
        """ "Jordan closed its airspace", "Poland shut its border crossings": a country acting on what is its own
        acts at home."""
        countries = [
            actor.name for actor, role in candidate.participants if role == "agent" and actor.kind == "country"
        ]
        if len(countries) != 1:
            return []
        owned = any(
            child.dep_ == "dobj" and any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in children_of(child))
            for anchor in candidate.anchors
            for child in children_of(anchor)
        )
        place = self.gazetteer.resolve(countries[0], self.context_countries) if owned else None
        if place is None or place.kind != "country":
            return []
        self.place_refs[place.name] = place
        return [place]

    def _subject_event_places(self, candidate: Candidate) -> list[PlaceRef]:
        """ "Fighting between rebels and the army in the Cauca department killed seven soldiers", "clashes with
        police in X left three dead": the fighting, and the deaths an event noun as subject caused, are where
        the noun's phrase puts it, wherever the parser hung its "in" phrase inside it (not in a clause of it)."""
        # the event named by a noun or a gerund ("fighting"), itself or as the subject of the verb of its toll
        nouns = [a for a in candidate.anchors if a.tag_.startswith("NN") or a.tag_ == "VBG"]
        nouns += [
            s
            for a in candidate.anchors
            for s in _children(a, "nsubj")
            if s not in candidate.anchors
            and (
                self.lexicon.lemma(s) in self.lexicon.nouns
                or (s.tag_ == "VBG" and self.lexicon.lemma(s) in self.lexicon.verbs)
            )
        ]
        out: list[PlaceRef] = []
        for noun in nouns:
            for token in noun.subtree:
                # "in X", "near X", "in the region of X"
                if (
                    token.dep_ != "pobj"
                    or not (
                        token.head.lower_ in ("in", "near", "outside", "around")
                        or (token.head.lower_ == "of" and token.head.head.lower_ in PLACE_NOUNS)
                    )
                    or not _in_phrase_of(token, noun)
                ):
                    continue
                # "in the Cauca department": the name is a compound of the noun the preposition governs
                for word in [token, *(c for c in children_of(token) if c.dep_ == "compound")]:
                    mention = self._place_mention(word)
                    place = self._place(mention, word) if mention is not None else None
                    if place is not None:
                        out.append(place)
                        break
        return out

    def _scene_places(self, candidate: Candidate) -> list[PlaceRef]:
        """ "Markets stood empty across Lagos as workers walked off the job", "Shops stayed shut in X when the
        strike began": a clause of the same moment happened where its main clause is (not what was said then,
        which is placed by neither)."""
        anchor = candidate.anchors[-1]
        if (
            candidate.type in SPEECH_TYPES - {"other"}  # "other" is no speech: "as X held a state funeral"
            or anchor.dep_ != "advcl"
            or not any(
                m.dep_ in ("mark", "advmod") and m.lower_ in ("as", "when", "while") for m in children_of(anchor)
            )
        ):
            return []
        scene = anchor.head
        if not scene.tag_.startswith("VB"):
            return []
        # "streets were empty across X": the place hangs on what the scene was
        states = [scene, *(c for c in children_of(scene) if c.dep_ in ("acomp", "oprd", "attr"))]
        out: list[PlaceRef] = []
        # "mourners lined the streets of X as ...", "traffic vanished from the roads of X as ...": the place of
        # what the scene filled or left
        parts = [o for o in _children(scene, "dobj")]
        parts += [
            o for p in _children(scene, "prep") if p.lower_ in LOCATIVE_PREPOSITIONS for o in _children(p, "pobj")
        ]
        for part in parts:
            for pobj in (o for p in _children(part, "prep") if p.lower_ == "of" for o in _children(p, "pobj")):
                # "the squares of Maputo", which the recogniser may run into the next words as a company
                mention = (
                    self._place_mention(pobj)
                    or self._known_place_at(pobj)
                    or (
                        self._if_gazetteer_place(Mention(pobj.i, pobj.i + 1, "GPE", pobj.text))
                        if pobj.tag_ == "NNP"
                        else None
                    )
                )
                place = self._place(mention, pobj) if mention is not None else None
                if place is not None:
                    out.append(place)
        for preposition in (p for state in states for p in _children(state, "prep")):
            if preposition.lower_ not in LOCATIVE_PREPOSITIONS | PATH_PREPOSITIONS:
                continue
            for pobj in _children(preposition, "pobj"):
                mention = self._place_mention(pobj)
                place = self._place(mention, pobj) if mention is not None else None
                if place is not None:
                    out.append(place)
        return out

    def _envoy_dealt_with_at_home(self, candidate: Candidate) -> list[PlaceRef]:
        """ "Kenya's foreign ministry summoned the Ugandan ambassador", "Peru expelled two Mexican diplomats", "the
        foreign ministry handed the envoy a protest note": what a state does to a foreign mission's envoys it does at
        its foreign ministry, in its capital (with the country), or where the text seats the ministry ("the ministry
        in Ankara"). The state is the doer when it is a country or its government, named with it or, named bare,
        the country of the wire's dateline or the story's, and not the envoy's own; an envoy's own acts and words
        said are not these."""
        envoys = self._envoys_acted_on(candidate)
        if not envoys:
            return []
        for anchor in candidate.anchors:
            # "summoned the ambassador to a meeting in Mombasa": the meeting's place is where it was done
            for venue in (p for prep in _children(anchor, "prep") for p in _children(prep, "pobj")):
                place = self._place_at(self._located_in(venue)) if self._names_venue(venue) else None
                if place is not None:
                    return [place]
            for doer in self._actors_of(anchor):
                seat = self._place_at(self._located_in(doer)) if doer.lower_ in GOVERNMENT_WORDS else None
                if seat is not None and seat.kind == "city":
                    return [seat]
        envoys_countries = {c.name for envoy in envoys for c in self._countries_named_on(envoy)}
        own_envoy = any(w.dep_ == "poss" and w.lower_ in ("its", "their") for e in envoys for w in children_of(e))
        states: set[str] = set()
        for actor, role in candidate.participants:
            if role != "agent":
                continue
            if actor.kind == "country":
                states.add(actor.name)
            elif GOVERNMENT_WORDS & set(actor.name.lower().split()):
                named = {c.name for word in actor.name.split() if (c := self._named_country(word)) is not None}
                # "the foreign ministry summoned Russia's envoy": the dateline's country, else the story's, whose
                # ministry the text means; not one that "recalled its ambassador", whose own country it may not be
                home = None if own_envoy else self._dateline_country() or self._story_country()
                states |= named or ({home} if home is not None else set())
        if states and states <= envoys_countries and not own_envoy:
            # "the ministry summoned the ambassador of X", its doer taken for X's own ministry: a state does not
            # summon its own envoy, so the ministry is the dateline's or the story's country's
            home = self._dateline_country() or self._story_country()
            states = {home} if home is not None else set()
        country = self.gazetteer.country(next(iter(states))) if len(states) == 1 else None
        if country is None or country.name in envoys_countries:
            return []
        capital = self._capital_of(country.name)
        if capital is None:
            return []
        self.place_refs[country.name] = country
        return [capital, country]

    def _place_at(self, token: Any) -> PlaceRef | None:
        """The place the name at ``token`` (if any) names."""
        mention = self._place_mention(token) if token is not None else None
        return self._place(mention, token) if mention is not None else None

    def _named_country(self, word: str) -> PlaceRef | None:
        """The country a word names, by its name or its nationality ("Kenya", "Norwegian")."""
        return self.gazetteer.country(word) or self._demonym_country(word)

    def _countries_named_on(self, noun: Any) -> list[PlaceRef]:
        """The countries the words before ``noun`` name ("Russia's chargé d'affaires", "the Chilean ambassador"),
        or its "of" phrase ("the ambassador of Russia")."""
        words = [w for w in noun.subtree if w.i < noun.i and w.dep_ in ("poss", "amod", "compound", "nmod")]
        words += [p for prep in _children(noun, "prep") if prep.lower_ == "of" for p in _children(prep, "pobj")]
        return [c for w in words if (c := self._named_country(w.text.removesuffix("'s"))) is not None]

    def _origin_named(self, token: Any, child: Any, candidate: Candidate) -> bool:
        """Whether ``child`` is a "from" phrase that names where the people or goods an arrest, a seizure or a charge
        was done to came from ("detained three tourists from Chile", "seized crates of medicine from India"), which
        the parser hangs on the verb as often as on the noun: not where the act was. Not where people were taken from
        ("evacuated villagers from X", "abducted girls from X": other verbs), nor a facility ("seized drugs from a
        warehouse in X")."""
        if child.dep_ != "prep" or child.lower_ != "from":
            return False
        verbs = [a for a in candidate.anchors if self.lexicon.lemma(a) in ORIGIN_OBJECT_VERBS]
        thing = token
        while thing.dep_ == "pobj" and thing.head.lower_ == "of":
            thing = thing.head.head  # "detained the driver of a bus from X": the bus is the driver's
        on_object = token.tag_ in ("NN", "NNS") and thing.head in verbs and thing.dep_ in ("dobj", "nsubjpass")
        if not on_object and not (token in verbs and any(c.dep_ == "dobj" for c in children_of(token))):
            return False
        origins = _children(child, "pobj")
        return bool(origins) and all(
            p.tag_ == "NNP" and (p.ent_type_ in ("GPE", "LOC") or self._known_place_at(p) is not None) for p in origins
        )

    def _envoys_title(self, token: Any, child: Any, candidate: Candidate) -> bool:
        """Whether ``child`` is a phrase of an envoy's or a mission's title that names countries only: whose envoy or
        embassy it is ("the ambassador of Russia", "outside the embassy of France in X") or where he is posted
        ("summoned Mexico's ambassador to Peru", its "to" hung on the verb), which is not where the act was ("to a
        meeting in X" is)."""
        if child.dep_ != "prep" or child.lower_ not in ("of", "to"):
            return False
        countries = _children(child, "pobj")
        if not countries or any(self._named_country(p.text) is None for p in countries):
            return False
        if token not in candidate.anchors:
            # "told the ambassador of China", "outside the embassy of X": an envoy or a mission, whatever was done
            return self.lexicon.lemma(token) in self._envoy_nouns
        return child.lower_ == "to" and bool(self._envoys_acted_on(candidate))

    def _addressee(self, token: Any, child: Any, candidate: Candidate) -> bool:
        """Whether ``child`` is a "to"/"with" phrase naming only the countries a protest, a note or a complaint was
        addressed to ("a note of protest to X", "delivered a protest note to X", "lodged a complaint with X"): the
        sender acts from home."""
        if child.dep_ != "prep" or child.lower_ not in ("to", "with"):
            return False
        countries = _children(child, "pobj")
        if not countries or any(self.gazetteer.country(p.text) is None for p in countries):
            return False
        if self.lexicon.lemma(token) in ADDRESSED_NOUNS:
            return True
        return token in candidate.anchors and any(
            c.dep_ == "dobj" and self.lexicon.lemma(c) in ADDRESSED_NOUNS for c in children_of(token)
        )

    def _acts_on_envoys(self, candidate: Candidate) -> bool:
        """Whether the event is a state's act on a foreign mission's envoys: summoning, handing a note to,
        expelling or recalling them."""
        return bool(self._envoys_acted_on(candidate))

    def _envoys_acted_on(self, candidate: Candidate) -> list[Any]:
        """The envoys a diplomatic act (``DIPLOMATIC_ACT_TYPES``) is done to: its objects or its passive subjects
        that the lexicon lets a state summon as envoys."""
        if candidate.type not in DIPLOMATIC_ACT_TYPES:
            return []
        return [
            child
            for anchor in candidate.anchors
            for child in (*children_of(anchor), *self._objects_read_apart(anchor))
            if child.dep_ in ("dobj", "dative", "nsubjpass", "pobj")
            and any(self.lexicon.lemma(word) in self._envoy_nouns for word in _phrase_words(child))
        ]

    def _objects_read_apart(self, verb: Any) -> list[Any]:
        """ "called in the ambassador" with "in" read as a preposition: the objects a support row of the verb with
        that particle takes ("in ambassador")."""
        lemma = self.lexicon.lemma(verb)
        return [
            pobj
            for prep in _children(verb, "prep")
            for pobj in _children(prep, "pobj")
            if (lemma, f"{prep.lower_} {self.lexicon.lemma(pobj)}") in self.lexicon.support
        ]

    @cached_property
    def _envoy_nouns(self) -> frozenset[str]:
        """The words for a foreign mission and its members: what the lexicon's rows let a state summon or recall
        as its envoy ("ambassador", "chargé d'affaires", "consul", "embassy")."""
        return frozenset(
            noun
            for verb, noun in self.lexicon.support
            if verb in ("summon", "recall") and " " not in noun and noun not in SHARED_ENVOY_WORDS
        )

    def _country_at_home(self, candidate: Candidate) -> list[PlaceRef]:
        """ "Ghana held a state funeral", "Chile declared a state of emergency", "Peru held an election": a country
        named as the subject of a domestic act did it at home (not an attack or a visit, which reach abroad)."""
        countries = {
            actor.name for actor, role in candidate.participants if role == "agent" and actor.kind == "country"
        }
        # "France sent troops to the border": what a country sends goes abroad
        if len(countries) != 1 or not self._home_act(candidate) or any(self._dispatches(a) for a in candidate.anchors):
            return []
        place = self.gazetteer.resolve(next(iter(countries)), self.context_countries)
        if place is None or place.kind != "country":
            return []
        # the country must be the subject itself ("Ghana held"), not whose official it was ("Ghana's envoy")
        subjects = [c for a in candidate.anchors for c in children_of(a) if c.dep_ in ("nsubj", "nsubjpass")]
        if not any(self._names_country(s, place) for s in subjects):
            return []
        self.place_refs[place.name] = place
        return [place]

    def _domestic_body_home(self, candidate: Candidate) -> list[PlaceRef]:
        """ "The Central Bank of Nigeria revoked the licence", "the Supreme Court of Kenya ordered": a body named as
        the country's own bank, court or parliament acts at home (its powers stop at the border), also when the
        text then calls it "it"."""
        for actor, role in candidate.participants:
            if role != "agent" or actor.kind == "person":
                continue
            named = BODY_OF_COUNTRY.match(actor.name)
            words = actor.name.lower().split()
            # "the Ministry of Health said": what a country's ministry or government says it says at home (what it
            # does takes the story's country, when the sentence names no place, as before)
            home_bodies = DOMESTIC_BODIES | (MINISTRY_WORDS if self._said(candidate) else set())
            if actor.country is not None and (words[-1] in home_bodies or MINISTRY_WORDS & home_bodies & set(words)):
                country = actor.country  # "Nigeria central bank", a state body linked to its country
            elif named is not None and named.group("body").lower().split()[-1] in home_bodies:
                country = named.group("country")  # "the Central Bank of Nigeria", "the Government of Peru"
            else:
                continue
            place = self.gazetteer.country(country)
            if place is not None:
                self.place_refs[place.name] = place
                return [place]
        return []

    @staticmethod
    def _said(candidate: Candidate) -> bool:
        return candidate.type in (SPEECH_TYPES | {"communication"}) - {"other"} or candidate.lexeme.reporting

    def _seat_of_a_court_acting(self, candidate: Candidate) -> list[PlaceRef]:
        """ "A Bristol judge ordered the men held, ruling that they might flee": a court or judge named with its city
        acts where it sits, also in a clause whose own words name no one (not in words: what is said is not placed
        by its speaker's seat)."""
        if candidate.type in SPEECH_TYPES - {"other"} or candidate.lexeme.reporting:
            return []
        for actor, role in candidate.participants:
            words = actor.name.split()
            if role != "agent" or len(words) < 2 or words[-1].lower() not in COURTS_OF_A_CITY:
                continue
            for end in range(len(words) - 1, 0, -1):
                seat = " ".join(words[:end])
                place = self.gazetteer.resolve(seat, self.context_countries) if seat[:1].isupper() else None
                if place is not None:
                    return [self._remember(place)]
        return []

    def _names_country(self, token: Any, country: PlaceRef) -> bool:
        """Whether ``token`` is the country's own name ("South Korea", "the U.S."), not a body of it."""
        if not token.tag_.startswith("NNP"):
            return False
        mention = self.actors.mention_at(token)
        name, _ = self.actors.clean(mention.text if mention is not None else token.text)
        alias = self.lexicon.known_actor(name) if name else None
        if alias is not None and alias.kind == "country":
            name = alias.name
        return bool(name) and self.gazetteer.country(name) == country

    def _home_act(self, candidate: Candidate) -> bool:
        if candidate.type in HOME_ACT_TYPES:
            return True
        if candidate.type == "business" and self.lexicon.lemma(candidate.trigger) in DEBT_FAILURES:
            return True  # "Argentina defaulted", "Ghana failed to repay a bond": a state's treasury fails at home
        return candidate.type in DECLARING_TYPES and bool(self._domestic_declaration(candidate))

    def _domestic_declaration(self, candidate: Candidate) -> list[Any]:
        """The objects of a declaring event when they declare something a country declares for itself ("declared a
        state of emergency", "a day of mourning"), else none."""
        objects = [c for a in candidate.anchors for c in children_of(a) if c.dep_ in ("dobj", "oprd", "attr")]
        if any(self.lexicon.lemma(w) in DOMESTIC_DECLARATIONS for o in objects for w in o.subtree):
            return objects
        return []

    def _declared_for_places(self, candidate: Candidate) -> list[PlaceRef]:
        """ "declared a state of calamity for the municipalities of X and Y", "a state of emergency for X": the
        places a declared emergency covers are where it holds."""
        # a health or disaster emergency declared is typed `other`, no restriction put in force
        if candidate.type not in DECLARING_TYPES | {"other"}:
            return []
        objects = self._domestic_declaration(candidate)
        if not objects:
            return []
        out: list[PlaceRef] = []
        # "a state of calamity for X": the phrase hangs on any word of the object
        for holder in [*candidate.anchors, *(w for o in objects for w in o.subtree)]:
            for prep in _children(holder, "prep"):
                if prep.lower_ != "for":
                    continue
                for pobj in _children(prep, "pobj"):
                    # "the municipalities of X and Y": the places the noun names
                    named = [n for of in _children(pobj, "prep") if of.lower_ == "of" for n in _children(of, "pobj")]
                    named = named if _place_noun_singular(pobj.lower_) in PLACE_NOUNS else [pobj]
                    for word in [*named, *(c for n in named for c in children_of(n) if c.dep_ == "conj")]:
                        mention = self._place_mention(word) or self._unnamed_place(word)
                        place = self._place(mention, word) if mention is not None else None
                        if place is not None and place.name not in {p.name for p in out}:
                            out.append(place)
        return out

    def _money_for_a_country(self, candidate: Candidate) -> list[PlaceRef]:
        """ "released $3 million from its emergency fund for Madagascar", "5 million euros from its reserve for
        Haiti": money given out for a country is spent there, wherever the parser hangs the "for" phrase in the
        verb's own clause (not in a clause of its own, nor for a place that is no country)."""
        if candidate.type in SPEECH_TYPES - {"other"} or candidate.lexeme.reporting:
            return []
        anchors = [a for a in candidate.anchors if a.tag_.startswith("VB")]
        objects = [o for a in anchors for o in _children(a, "dobj")]
        # the money itself given out, not a plan or a budget it is the size of ("approved a $30 million aid plan for
        # Haiti" in Rome is done in Rome)
        if not any(self.lexicon.lemma(o) in currency_nouns() or o.ent_type_ == "MONEY" for o in objects):
            return []
        for anchor in anchors:
            stack = [c for c in children_of(anchor) if c.dep_ in ("prep", "dobj")]
            while stack:
                word = stack.pop()
                if word.dep_ == "pobj" and word.head.lower_ == "for":
                    country = self.gazetteer.country(word.text) if word.tag_ == "NNP" else None
                    if country is not None and country.kind == "country":
                        self.place_refs[country.name] = country
                        return [country]
                stack.extend(c for c in children_of(word) if c.dep_ in ("prep", "pobj"))
        return []

    def _unnamed_place(self, word: Any) -> Mention | None:
        """A proper name the recogniser missed, set in a list of places ("of X and Y")."""
        return Mention(word.i, word.i + 1, "GPE", word.text) if _proper_word(word) and word.tag_ == "NNP" else None

    def _venue_places(self, candidate: Candidate) -> list[PlaceRef]:
        """ "launched the phone at an event in Helsinki", "swore him in at a ceremony in Lima", "announced it
        at a news conference in Brussels": the place of the gathering the event took place at, wherever the
        parser hung the "at" phrase inside the event's own clause."""
        out: list[PlaceRef] = []
        for anchor in candidate.anchors:
            for token in anchor.subtree:
                if (
                    token.dep_ != "pobj"
                    or token.head.lower_ not in ("at", "during")
                    or not self._names_venue(token)
                    or not _in_clause_of(token, anchor)
                ):
                    continue
                place_token = self._located_in(token)
                if place_token is None:
                    continue
                mention = self._place_mention(place_token)
                place = self._place(mention, place_token) if mention is not None else None
                if place is not None and place.name not in {p.name for p in out}:
                    out.append(place)
        return out

    def _patient_places(self, candidate: Candidate) -> list[PlaceRef]:
        """ "Vilnius airport was closed", "the Kherson bridge was hit": the place that names the thing the
        event happened to is where it happened."""
        out: list[PlaceRef] = []
        for anchor in candidate.anchors:
            for subject in _children(anchor, "nsubjpass"):
                if subject.lower_ in ("which", "that") and anchor.dep_ == "relcl":
                    subject = anchor.head  # "the X Bridge, which has been closed since Monday": the bridge
                facility = self._facility_name(subject) if self.lexicon.lemma(anchor) in FACILITY_ACT_VERBS else None
                place = self._place(facility, subject) if facility is not None else None
                if place is not None:
                    out.append(place)  # "the Kessock Bridge has been closed": the bridge is where it was done
                    continue
                city = self._airports_named.get(name_key(subject.text)) if subject.tag_ == "NNP" else None
                if city is not None:
                    out.append(self._remember(city))  # "Arlanda was closed" after "Stockholm Airport Arlanda"
                    continue
                shut = self.lexicon.lemma(anchor) in CLOSED_IN_PLACE_VERBS
                mention = self.actors.mention_at(subject) if shut else None
                if mention is not None and mention.label in LOCATION_LABELS and mention.end == subject.i + 1:
                    # "Kastrup was closed again", "Gardermoen was shut": the place closed is where it was
                    place = self._place(mention, subject)
                    if place is not None and place.kind != "country":
                        out.append(place)
                    continue
                for modifier in children_of(subject):
                    if modifier.dep_ != "compound" or modifier.i > subject.i:
                        continue
                    mention = self.actors.mention_at(modifier)
                    if mention is None or not (
                        mention.label in LOCATION_LABELS
                        # "Vilnius airport", which the recogniser may take for a company
                        or (mention.label == "ORG" and self.gazetteer.is_prominent(mention.text))
                    ):
                        continue
                    place = self._place(mention, modifier)
                    if place is not None and place.kind != "country":
                        out.append(place)
        return out

    def _site_places(self, candidate: Candidate) -> list[PlaceRef]:
        """ "shut its brake-disc factory on the outskirts of X", "closed its plant near Y", "the mine in Z was
        flooded": a site the event's verb acts on is where it happened, wherever the parser hung the phrase that
        says where the site lies (on the site rather than on the verb)."""
        # "rescued 14 miners near X", "climbers near X were rescued": people an act was done to, placed by their own
        # phrase, were where it was done (not words said about people somewhere: "praised the firefighters in X")
        people = candidate.type in PEOPLE_ACT_TYPES and not candidate.lexeme.reporting
        out: list[PlaceRef] = []
        for anchor in candidate.anchors:
            if not anchor.tag_.startswith("VB"):
                continue
            objects = [*_children(anchor, "dobj"), *_children(anchor, "nsubjpass")]
            # "decided to suspend the operations of X": what the act decided on is done to
            objects = objects or [o for act in _children(anchor, "xcomp") for o in _children(act, "dobj")]
            # "suspended all operations of the mine": the site whose work the act stops
            owned = [
                p
                for o in objects
                for prep in _children(o, "prep")
                if prep.lower_ == "of"
                for p in _children(prep, "pobj")
            ]
            for site in [*objects, *owned, *self._ordered_sites(anchor)]:
                if self.lexicon.lemma(site) not in SITE_NOUNS and not (people and self._names_people(site)):
                    continue
                place_token = self._located_in(site) or _bearing_place(site) or self._owner_located_in(site)
                mention = self._place_mention(place_token) if place_token is not None else None
                place = self._place(mention, place_token) if mention is not None else None
                if place is None and place_token is None and _bare_definite(site):
                    # "stormed the hotel": the one place the article gives the hotel elsewhere
                    place = self._placed_again(site)
                if place is not None and place.name not in {p.name for p in out}:
                    out.append(place)
        return out

    def _owner_located_in(self, site: Any) -> Any:
        """ "the mine of the company located in X": the site of a body said to lie somewhere lies there."""
        owners = [p for prep in _children(site, "prep") if prep.lower_ == "of" for p in _children(prep, "pobj")]
        return next((where for owner in owners if (where := self._located_in(owner)) is not None), None)

    def _ordered_sites(self, verb: Any) -> list[Any]:
        """ "ordered a firm to halt output at its plant in X", "told the company to shut its workshop in Y": the site
        an order to someone (an object and the act asked of it) is about, what that act is done at or to."""
        objects = _children(verb, "dobj")
        # the parser hangs the act asked on the verb, or on its object ("ordered a bottler to suspend work")
        acts = [*_children(verb, "xcomp"), *(a for o in objects for a in _children(o, "acl") if _children(a, "aux"))]
        if not objects:
            return []
        return [
            site
            for act in acts
            if act.tag_ == "VB"
            for site in [
                *_children(act, "dobj"),
                *(p for prep in _children(act, "prep") if prep.lower_ in ("at", "in") for p in _children(prep, "pobj")),
            ]
            if self.lexicon.lemma(site) in SITE_NOUNS
        ]

    def _names_people(self, noun: Any) -> bool:
        """ "miners", "hikers", "villagers": people the lexicon knows as an unnamed group, or named by their home."""
        return self.lexicon.unnamed_actors.get(self.lexicon.lemma(noun)) == "group" or _names_residents(noun)

    def _antecedent_places(self, candidate: Candidate) -> list[PlaceRef]:
        """ "rebuild a stadium in Manila that caught fire", "a school in Lagos that burned down": an event told in a
        relative clause whose subject is the noun it describes happened where that noun's phrase puts the noun (the
        walk of the event's own clause stops at the clause, so the antecedent's "in" phrase is not in it)."""
        out: list[PlaceRef] = []
        for anchor in candidate.anchors:
            clause = anchor if anchor.dep_ == "relcl" else anchor.head if anchor.head.dep_ == "relcl" else None
            if clause is None or not any(
                c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("WDT", "WP") for c in children_of(clause)
            ):
                continue
            place_token = self._located_in(clause.head)
            mention = self._place_mention(place_token) if place_token is not None else None
            place = self._place(mention, place_token) if mention is not None else None
            if place is not None and place.name not in {p.name for p in out}:
                out.append(place)
        return out

    def _located_in(self, noun: Any, depth: int = 0) -> Any:
        """The place an "in"/"at" phrase of ``noun`` names, looking through a building on the way ("at a
        ceremony in the presidential palace in Lima")."""
        for preposition in _children(noun, "prep"):
            if _spans_water(noun, preposition):
                # "a footbridge over the X River at Y in Z": what a bridge spans is not where it stands; the river's
                # own place phrase is
                for spanned in _children(preposition, "pobj"):
                    inner = self._located_in(spanned, depth + 1) if depth < 2 else None
                    if inner is not None:
                        return inner
                continue
            # "at the port of Gdynia": "of" after a place noun names the place itself
            # "doctors at hospitals across Portugal", "teachers throughout Chile": people spread over a place
            # "a clinic near the town of X": what is near a place is where the news places it
            # "a criminal court of Porto", "a judge of Lyon": a court's "of" names the city it sits in
            if preposition.lower_ not in ("in", "at", "across", "throughout", "near") and not (
                preposition.lower_ == "of" and noun.lower_ in PLACE_NOUNS | LOCAL_OFFICES | COURTS_OF_A_CITY
            ):
                continue
            for pobj in _children(preposition, "pobj"):
                if self._place_mention(pobj) is not None:
                    return pobj
                # "warders at the Kano prison": the town a thing is named after
                named = [c for c in children_of(pobj) if c.dep_ in ("compound", "nmod") and c.i < pobj.i]
                if named and self._named_after_its_place(named[-1]) is not None:
                    return named[-1]
                inner = self._located_in(pobj, depth + 1) if depth < 2 else None
                if inner is not None:
                    return inner
        # "the company located in X", "a plant situated near Y": the place its participle's phrase names
        for participle in _children(noun, "acl"):
            if depth < 2 and participle.lower_ in ("located", "situated", "based"):
                inner = self._located_in(participle, depth + 1)
                if inner is not None:
                    return inner
        return None

    def _names_venue(self, noun: Any) -> bool:
        # "at a trade fair", which the parser may read as a "trade" that is "fair"
        words = [noun, *(c for c in children_of(noun) if c.dep_ in ("compound", "amod"))]
        return any(self.lexicon.lemma(word) in VENUE_NOUNS for word in words)

    def _demonym_place(self, candidate: Candidate) -> PlaceRef | None:
        """ "Korean lawmakers voted", "Chilean police arrested", "Peru's minister resigned": a country's own
        people or bodies acting at home put the event in that country, when the text names no place.  Not its
        forces, troops or diplomats, who act abroad, and not for attacks (arrests, by police, yes)."""
        # the subjects of the event's clause, and of a clause saying whom it was for ("its order for Israelis to stay")
        # and, for an event named in a phrase of a verb, that verb's ("Kenyan voters cast ballots in the election")
        clauses = [
            *candidate.anchors,
            # not a finite clause with a subject of its own ("resigned hours after the Chinese group walked away"):
            # another actor's act
            *(
                c
                for a in candidate.anchors
                for c in children_of(a)
                if c.dep_ == "xcomp" or (c.dep_ == "advcl" and not _another_actors_act(c))
            ),
            *_speaker_clauses(candidate.anchors),
            *(
                _clause_with_subject(a.head.head)
                for a in candidate.anchors
                if a.dep_ == "pobj"
                and a.head.dep_ == "prep"
                and a.head.lower_ in FRAME_PREPOSITIONS
                and a.head.head.tag_.startswith("VB")
            ),
        ]
        # force used by a country is often used abroad; by its courts, banks and police, at home
        forceful = candidate.type in FORCE_TYPES - {"coercion"}
        for anchor in clauses:
            # walking the clause's whole subtree is dear: asked only when a subject's kind leaves it open, and once
            nationwide = cache(partial(_nationwide, anchor))
            for subject in children_of(anchor):
                if subject.dep_ not in ("nsubj", "nsubjpass"):
                    continue
                # a group acting at home: "Swiss voters rejected", "police across the country"
                if subject.lower_ in self.lexicon.group_nouns and not (
                    subject.lower_ in HOME_BODIES
                    or (candidate.type == "election" and subject.lower_ == "voters")
                    or nationwide()
                ):
                    continue
                # "the army halted all training across the country": its forces, but at home
                abroad = subject.lower_ in ABROAD_NOUNS and not nationwide()
                if abroad or (forceful and subject.lower_ not in DOMESTIC_BODIES):
                    continue
                for owner in children_of(subject):
                    if owner.dep_ == "poss" and owner.i < subject.i:
                        # "Peru's interior minister resigned": the country's own office holder, at home
                        home = self.actors.country(owner.text) or self.actors.country(_possessor_name(owner))
                        if home is not None:
                            self.place_refs[home.name] = home
                            return home
                        # "Cordoba's education secretary", "Ohio's governor": a region's own office holder
                        region = self._region_owner(owner)
                        if region is not None:
                            return region
                words = [m for m in children_of(subject) if m.dep_ in ("amod", "compound") and m.i < subject.i]
                if candidate.type in OFFICE_ACTS:
                    # "Turkish President Tayyip Erdogan dismissed": the demonym modifies the title before the name;
                    # a leader travels, so only an act of office (appointing, decreeing) is placed at home
                    # a name of several words chains its compounds ("Tunisian President Hichem Ben Salah")
                    words += _name_modifiers(words)
                elif subject.lower_ in DOMESTIC_BODIES:
                    # "Mongolian riot police", "the Peruvian high court": the demonym on the body's compound
                    words += _name_modifiers(words)
                if subject.tag_ == "NNPS" or (anchor not in candidate.anchors and subject.tag_.startswith("NNP")):
                    words.append(subject)  # "Israelis", "Ukrainians": the people of a country
                elif subject.tag_ == "NNS" and subject.text[:1].isupper() and subject.ent_type_ == "NORP":
                    words.append(subject)  # "Chileans", which the tagger may take for a common noun
                words += _employer_modifiers(subject)
                for modifier in words:
                    # "Norwegian skier Lars Holm was disqualified": who the person is, not where it was done
                    if self._nationality_of_a_private_person(modifier):
                        continue
                    place = self._demonym_country(modifier.text)
                    if place is not None and not self._names_place_abroad(anchor.sent, place):
                        self.place_refs[place.name] = place
                        return place
        return None

    def _nationality_of_a_private_person(self, word: Any) -> bool:
        """ "Czech cross-country skier X", "Brazilian tennis player Y": a demonym before a person's name whose words
        between hold no title of office ("Turkish President X" acts of office at home)."""
        doc = word.doc
        after = word.i + 1
        between: list[Any] = []
        while after < min(len(doc), word.i + 7) and not self._starts_a_persons_name(doc, after):
            if doc[after].tag_ not in ("NN", "JJ", "HYPH"):
                return False
            between.append(doc[after])
            after += 1
        if after >= len(doc) or not self._starts_a_persons_name(doc, after):
            return False
        titles = self.lexicon.titles | self.lexicon.ranks
        return not any(w.lower_ in titles for w in [*between, doc[after]])

    def _starts_a_persons_name(self, doc: Any, index: int) -> bool:
        """Whether a person's name begins at ``index``: one the recogniser tagged so, or a proper name after a common
        noun that describes a person ("tennis player Ana Costa", which the recogniser may take for a company), not a
        body ("mining company Acme")."""
        word = doc[index]
        if word.ent_type_ == "PERSON":
            return True
        before = doc[index - 1]
        # the noun must name a person ("skier", "coach"): "coast guard", "telecom operator Safaricell" and "hospital
        # chain Medicor" are bodies, which act in their country
        return (
            word.tag_ == "NNP"
            and word.ent_type_ not in ("GPE", "LOC", "NORP", "FAC")
            and before.tag_ == "NN"
            and self.lexicon.lemma(before) not in FIRM_WORDS
            and (
                self.lexicon.actor_noun_kind(before.lower_) in ("person", "group")
                # a first and a last name ("tennis player Ana Costa") after a noun the tables do not know
                or (self.lexicon.actor_noun_kind(before.lower_) is None and _two_part_name_at(doc, index))
            )
        )

    def _region_owner(self, owner: Any) -> PlaceRef | None:
        """The first-level unit a possessive names ("Kerala's", "Cordoba's"), as a place of the article."""
        mention = self._place_mention(owner)
        if mention is None or mention.label not in LOCATION_LABELS:
            return None
        name, _ = self.actors.clean(mention.text)
        known = self.gazetteer.resolve(name, self.context_countries) if name else None
        return self._remember(known) if known is not None and known.kind == "region" else None

    def _names_place_abroad(self, sentence: Any, home: PlaceRef) -> bool:
        """ "two Slovak climbers missing on a peak in western Nepal were found": a sentence that names a place in
        another country tells where its people were, though the place is not the event's own phrase."""
        for ent in sentence.ents:
            if ent.label_ in ("GPE", "LOC"):
                named = self.gazetteer.resolve(ent.text, self.context_countries)
                if named is not None and named.country_code and named.country_code != home.country_code:
                    return True
        return False

    def _patients_country(self, candidate: Candidate) -> PlaceRef | None:
        """ "downgraded Egypt's credit rating", "drones struck Sudan's main refinery": what the act was done to,
        owned by a country, puts the act in that country when nothing else places it; not for words said about
        it ("criticised Venezuela's election"), which are placed where they were said."""
        if candidate.type in SPEECH_TYPES or candidate.lexeme.reporting:
            return None
        for anchor in candidate.anchors:
            if not anchor.tag_.startswith("VB"):
                continue
            for patient in [*_children(anchor, "dobj"), *_children(anchor, "nsubjpass")]:
                if self.lexicon.lemma(patient) in self.lexicon.nouns:
                    continue  # "thwarted Iran's aerial attack": who owns an event did it, wherever it reached
                for owner in _children(patient, "poss"):
                    home = self.actors.country(_possessor_name(owner))
                    if home is not None:
                        self.place_refs[home.name] = home
                        return home
        return None

    def _demonym_shore(self, noun: Any) -> PlaceRef | None:
        """ "off the Senegalese coast", "in Libyan waters": the country whose shore the sea is off."""
        for modifier in children_of(noun):
            if modifier.dep_ in ("amod", "compound") and modifier.text[:1].isupper():
                place = self._demonym_country(modifier.text)
                if place is not None:
                    self.place_refs[place.name] = place
                    return place
        return None

    def _demonym_country(self, word: str) -> PlaceRef | None:
        for form in (word, word[:-1] if word.endswith("s") else word):
            country = self.lexicon.demonyms.get(name_key(form))
            place = (
                self.gazetteer.resolve(country, self.context_countries)
                if country is not None
                else self.gazetteer.demonym_country(form)
            )
            if place is not None and place.kind == "country":
                return place
        return None

    def _is_other_event(self, token: Any, candidate: Candidate) -> bool:
        if token in candidate.anchors:
            return False
        if token.dep_ == "acl" and token.tag_ == "VBG" and token.head.tag_ == "NNS":
            # "struck labourers cutting rice in a field outside X": what the people were doing where it hit them
            return False
        if token.tag_.startswith("VB"):
            return self.lexicon.lemma(token) in self.lexicon.verbs
        if token.tag_.startswith("NN") and token.dep_ == "pobj":
            # "in retaliation for an airstrike in Syria", "after the bombing of a market in Kherson": a second
            # event named in a clause has its own place, not the place of the event the sentence reports
            return self.lexicon.lemma(token) in self.lexicon.nouns
        return False

    def _named_by_place_noun(self, token: Any) -> Mention | None:
        """ "the province of Arauca": a proper noun a place noun introduces is a place, even when the
        tagger did not take it for one."""
        if not (
            token.dep_ == "pobj"
            and _proper_word(token)
            and token.head.lower_ == "of"
            and token.head.head.lower_ in PLACE_NOUNS
        ):
            return None
        start = _name_start(token)
        end = token.i + 1
        if token.head.head.text[:1].isupper() and not self.gazetteer.is_known(self.doc[start:end].text):
            return None  # "the Department of Agriculture": a body's name, whose last words name no place
        # "the southern Iraqi town of Tell Ghazala", which the parser may read as a verb and its object, the
        # recogniser as a person: the name runs to the end of the recogniser's span that starts with it
        tagged = self.actors.mention_at(token)
        if tagged is not None and start <= tagged.start <= token.i < tagged.end:
            # not past the name's own words ("the village of X on Monday" taken for a title "X on")
            while end < tagged.end and _proper_word(self.doc[end]):
                end += 1
        return Mention(start, end, "GPE", self.doc[start:end].text)

    def _introduced_as_place(self, token: Any) -> bool:
        """ "the island of X", "X, the largest island of Y": a name the text itself says is a place of some kind."""
        described = any(c.dep_ == "appos" and c.lower_ in PLACE_NOUNS for c in children_of(token))
        return described or self._named_by_place_noun(token) is not None

    def _marked_as_a_place(self, token: Any, mention: Mention | None) -> Mention | None:
        """A proper name the text itself calls a place, though the recogniser took it for a person, a title or
        nothing: "X, a village in Y"; "around X and three neighbouring villages"; "X's water supply"; or a name
        the article calls a town, village or district elsewhere ("the village of X ... sent tankers to X")."""
        if not (token.tag_ == "NNP" and _proper_word(token)):
            return None
        start = min([token.i, *(c.i for c in children_of(token) if c.dep_ == "compound" and _proper_word(c))])
        if mention is not None and mention.start <= token.i < mention.end:
            start = min(start, mention.start)
        name = self.doc[start : token.i + 1]
        described = _described_as_settlement(token)
        supplied = token.dep_ == "poss" and _a_places_supply(token.head)
        # "on the outskirts of X": only a place has outskirts
        outskirts = token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lower_ in OUTSKIRT_WORDS
        if described or supplied or outskirts or name.text in self._places_introduced:
            return Mention(name.start, name.end, "GPE", name.text)
        return None

    @cached_property
    def _places_introduced(self) -> frozenset[str]:
        """The names the article introduces as places by a place noun ("the village of X", "the Y district of
        X"), whatever the recogniser made of them elsewhere."""
        found = (self._named_by_place_noun(self.doc[i]) for i in token_indexes(self.doc, "DEP", ["pobj"]))
        # "X, a farming town of 30,000 people": named again as "the mayor of X", X is that town
        described = (
            self._marked_as_a_place(token, self.actors.mention_at(token))
            for token in (self.doc[i] for i in token_indexes(self.doc, "TAG", ["NNP"]))
            if _described_as_settlement(token)
        )
        return frozenset(m.text for m in [*found, *described] if m is not None) | self._districts_named.keys()

    @cached_property
    def _airports_named(self) -> dict[str, PlaceRef]:
        """ "Stockholm Airport Arlanda", "Oslo Airport, Gardermoen": an airport the article names by its city and its
        own name, by that own name; news then calls it by the own name alone ("Arlanda was closed"), and what
        happens there happens at the city."""
        found: dict[str, PlaceRef] = {}
        for ent in self.actors.entities:
            words = [w for w in ent if not w.is_punct and w.lower_ != "the"]
            at = next((i for i, w in enumerate(words) if w.lower_ in AIRPORT_WORDS), None)
            if at is None or at == 0 or at == len(words) - 1 or not all(_proper_word(w) for w in words):
                continue
            city = self.gazetteer.resolve(" ".join(w.text for w in words[:at]), self.context_countries)
            if city is not None and city.kind == "city":
                found.setdefault(name_key(" ".join(w.text for w in words[at + 1 :])), city)
        return found

    @cached_property
    def _districts_named(self) -> dict[str, PlaceRef]:
        """ "at its headquarters in Vesterbro, Copenhagen", "in Altstadt, Bremen": a name the gazetteer does not know,
        put by a comma in a city it knows, is a district of that city; the article's later "Vesterbro offices" lie
        there.  Not a list of places ("in Oslo, Bergen and Tromso")."""
        found: dict[str, PlaceRef] = {}
        for index in token_indexes(self.doc, "DEP", ["pobj"]):
            token = self.doc[index]
            if token.head.lower_ not in ("in", "at", "near") or token.tag_ != "NNP" or not _proper_word(token):
                continue
            mention = self.actors.mention_at(token)
            if mention is not None and mention.label not in ("PERSON", "ORG", "GPE", "LOC"):
                continue
            city = self._city_after_comma(token.i + 1)
            start = min([token.i, *(c.i for c in children_of(token) if c.dep_ == "compound" and _proper_word(c))])
            name = self.doc[start : token.i + 1].text
            if city is not None and self.gazetteer.resolve(name, self.context_countries) is None:
                found.setdefault(name, PlaceRef(name, "town", parent=city.name, country_code=city.country_code))
        return found

    def _city_after_comma(self, end: int) -> PlaceRef | None:
        """The city the gazetteer knows that a comma at ``end`` puts the name before it in, when it ends that list
        of names (one name, then no other name after it)."""
        doc = self.doc
        if end + 1 >= len(doc) or doc[end].text != ",":
            return None
        start = index = end + 1
        while index < len(doc) and index - start < 3 and _proper_word(doc[index]) and doc[index].is_alpha:
            index += 1
        if index == start or _listed_on(doc, index):
            return None
        city = self.gazetteer.resolve(doc[start:index].text, self.context_countries)
        if city is None or city.kind != "city":
            return None
        if self.context_countries and city.country_code not in self.context_countries:
            return None  # a namesake abroad of a place of the story's country
        return city

    def _located(self, token: Any, dep: str, head: Any) -> bool:
        if dep == "pobj" and (_destination(head) or self._set_out_from(head)):
            return False
        if dep == "pobj":
            return head.lower_ in LOCATIVE_PREPOSITIONS | PATH_PREPOSITIONS or head.lower_ in (
                "of",
                "on",
                "to",
                "toward",
                "towards",
            )
        return dep in ("appos", "dobj", "compound", "poss")

    def _set_out_from(self, preposition: Any) -> bool:
        """ "arrived from Gdansk", "landed at Juba airport from Nairobi": where an arrival set out, not where it was."""
        if preposition.lower_ != "from":
            return False
        verb = preposition.head
        if verb.dep_ == "pobj" and verb.head.dep_ == "prep":
            verb = verb.head.head  # "landed at Juba airport from Nairobi", its "from" hung on the airport reached
        return self.lexicon.lemma(verb) in ARRIVING_VERBS

    def _capital_named(self, noun: Any) -> PlaceRef | None:
        """ "in Kenya's capital", "in the capital of Kenya", "in the Malian capital": the capital city of the
        country named with the noun, which the gazetteer knows."""
        countries = [
            "".join(t.text_with_ws for t in c.subtree if t.dep_ != "case").strip()  # "Timor-Leste's"
            for c in children_of(noun)
            if c.dep_ == "poss"
        ]
        countries += [
            p.text for prep in _children(noun, "prep") if prep.lower_ == "of" for p in _children(prep, "pobj")
        ]
        countries += [
            country.name
            for c in children_of(noun)
            if c.dep_ == "amod" and (country := self.gazetteer.demonym_country(c.text)) is not None
        ]
        if not countries and _bare_definite(noun):
            # "in the east of the capital" in a story of one country: its capital
            countries = [home] if (home := self._story_country()) is not None else []
        return next((capital for name in countries if (capital := self._capital_of(name)) is not None), None)

    def _place(self, mention: Mention, token: Any) -> PlaceRef | None:
        name = self._place_name(mention)
        if name.lower() in SEA_WORDS:
            # "the Indian Ocean", "the Irish Sea": the demonym is the sea's name, not a title to strip
            name = self.doc[mention.start : mention.end].text.removeprefix("the ").removeprefix("The ")
        if not name or names_a_vessel(self.doc[mention.start : mention.end].root):
            return None
        alias = self.lexicon.known_actor(name)
        if alias is not None and alias.kind == "country" and self.gazetteer.country(alias.name) is not None:
            name = alias.name  # "U.S." is the United States
        if mention.label == "PERSON" and not self.gazetteer.is_known(name):
            return None
        town_in_unit = self._town_in_unit(name)
        if town_in_unit is not None:
            return self._remember(town_in_unit)
        # "in the Ugandan village of X", "Ukrainian" tagged as a place: a demonym names its country
        known = self.gazetteer.resolve(name, self.context_countries) or self._demonym_country(name)
        after_town = self._region_after_comma(mention.start - 1, before=True)
        if after_town is not None and (known is None or known.kind != "country" or name != after_town.name):
            known, name = after_town, after_town.name  # "Sainte-X, Quebec": the province; "Va.": Virginia
        named_unit = self._country_unit_place(name, mention)
        if named_unit is not None:
            known = named_unit
        elif known is None or known.kind != "country":
            # "X, in Paraguay's central Y department": a town in that unit, whatever town of the name another
            # country's gazetteer has
            holder = (
                self._country_unit_after(mention.end)
                or self._region_after_comma(mention.end)
                or self._wider_place_after_in(mention.end, known.country_code if known is not None else None)
            )
            if (
                holder is not None
                and holder.kind == "region"
                and known is not None
                and known.kind == "city"
                and known.country_code == holder.country_code
            ):
                # "Paris, Texas" in a story of the United States: the city of that country, in the state named
                self._parent_ref(holder.parent)
                self.place_refs[holder.name] = holder
                known = replace(known, parent=holder.name)
            elif holder is not None and (known is None or known.country_code != holder.country_code):
                # the region or country the text sets right after the name decides which namesake it is, over the
                # countries the article names elsewhere ("near Augusta in Sicily" in a story of a US buyer)
                namesake = self.gazetteer.resolve(name, [holder.country_code or ""])
                self._parent_ref(holder.parent)
                self.place_refs[holder.name] = holder
                if namesake is not None and namesake.kind == "city" and namesake.country_code == holder.country_code:
                    parent = holder.name if holder.kind == "region" else namesake.parent
                    known = replace(namesake, name=name, parent=parent)
                else:
                    known = PlaceRef(name, "town", parent=holder.name, country_code=holder.country_code)
        if known is not None and known.kind in ("city", "town") and self._introduced_as_place(token):
            # "the northwestern Pakistani town of X": a namesake the gazetteer knows in another country is not it
            stated = self._parent_from_text(token)
            country = self.gazetteer.resolve(stated, self.context_countries) if stated else None
            if country is not None and country.country_code not in (None, known.country_code):
                known = PlaceRef(name, self._kind_from_text(token), parent=stated)
            elif country is None and self.context_countries and known.country_code not in self.context_countries:
                # "the island of X in the Y", "X, the largest island of Y": a namesake in a country the article
                # never names is not it either, though the gazetteer knows no country for Y
                known = PlaceRef(name, self._kind_from_text(token), parent=stated)
        if known is None and (city := self._airports_named.get(name_key(name))) is not None:
            return self._remember(city)  # "soldiers were deployed at Arlanda": the city of "X Airport Arlanda"
        if known is None and (district := self._districts_named.get(name)) is not None:
            return self._remember(district)  # "the Vesterbro offices" after "in Vesterbro, Copenhagen": there
        if known is None and (unit := self._units_named.get(name_key(name))) is not None:
            return self._remember(unit)  # "the Cavan case" after "a farm in County Cavan": that county
        if known is None and name in self.place_refs and self.place_refs[name].geonames is None:
            # "the village of X" before, "sent tankers to X" now: the article's own place of that name
            return self.place_refs[name]
        if known is None and name.split()[-1].lower() in STREET_WORDS:
            return None  # "marched along Independence Avenue": a street is where in a town, no place of its own
        if known is None:
            # "the town of X" says it is a place, though the recogniser took X for a person and named them again
            if mention.label not in LOCATION_LABELS or (
                self._person_named(name)
                and self._named_by_place_noun(token) is None
                and self._marked_as_a_place(token, None) is None
                and self._offshore_name(token) is None
                and _water_name(token) is None
                and _downtown_name(token) is None
                # "in Dhanusha district": written with its unit, a place whatever the recogniser called the name
                and self._unit_name(token) is None
            ):
                return None
            known = PlaceRef(name, self._kind_from_text(token), parent=self._parent_from_text(token))
        else:
            # "Donetsk region": the region named after its city
            if known.kind == "city" and self._next_word(token) in ("region", "oblast", "province", "state"):
                known = PlaceRef(name, "region", parent=known.parent, country_code=known.country_code)
        return self._remember(known)

    def _place_name(self, mention: Mention) -> str:
        """The name of the place ``mention`` names, without "the", a possessive, or a title or nationality before it,
        unless that word is part of the name: the gazetteer knows the whole ("British Columbia", "General Santos"),
        or the name ends with a kind of land, water or work ("King George Island", "Prince William Sound")."""
        name, stripped = self.actors.clean(mention.text)
        if stripped is None or not name:
            return name
        whole = _POSSESSIVE_END.sub("", re.sub(r"^(?:the|The)\s+", "", mention.text.strip()))
        if whole == name or not whole.endswith(" " + name):
            return name
        if whole.split()[-1].lower() in NAMED_KIND_WORDS or self._gazetteer_name(whole):
            return whole
        return name

    def _gazetteer_name(self, name: str) -> bool:
        """Whether the gazetteer knows a place by this very name, not by a part or another spelling of it."""
        known = self.gazetteer.resolve(name, self.context_countries)
        return known is not None and name_key(known.name) == name_key(name)

    def _with_title_of_the_name(self, mention: Mention) -> Mention:
        """ "General Santos", which the recogniser reads as a general named Santos: the title word before a place is
        part of its name when the gazetteer knows the place by the whole."""
        before = mention.start - 1
        if before < 0 or not self.doc[before].text[:1].isupper() or self.doc[before].lower_ not in self.lexicon.titles:
            return mention
        whole = self.doc[before : mention.end].text
        return Mention(before, mention.end, "GPE", whole) if self._gazetteer_name(whole) else mention

    def _facility_named_before(self, noun: Any) -> PlaceRef | None:
        """ "the department closed the bridge", "landed at the base": a work told by its kind word alone is the one
        work of that kind the article named by its own name before ("the Kessock Bridge"), when it named one only."""
        if noun.lower_ not in FACILITY_WORDS or not _bare_definite(noun):
            return None
        if noun.dep_ == "dobj" and self.lexicon.lemma(noun.head) not in FACILITY_ACT_VERBS:
            return None
        named: dict[str, tuple[Mention, Any]] = {}
        for i in token_indexes(self.doc, "LOWER", [noun.lower_]):
            word = self.doc[i]
            if i >= noun.i:
                break
            mention = self._facility_name(word, anywhere=True)
            if mention is not None:
                named.setdefault(name_key(mention.text), (mention, word))
        if len(named) != 1:
            return None
        mention, word = next(iter(named.values()))
        return self._place(mention, word)

    def _facility_name(self, token: Any, anywhere: bool = False) -> Mention | None:
        """ "landed at the Mount Pleasant air base", "closed the Kessock Bridge", "on the runway of the X aerodrome",
        "in the Uruguayan base X", "closed the aerodrome Y": an airfield, a base, a station, a bridge or a port named
        by a proper name of its own, which the recogniser took for a body or a person or left its kind word out of.
        Not a work only spoken of ("praised the X Bridge"), nor one without a name ("the police station", "the
        Russian base")."""
        if token.tag_ not in ("NN", "NNP"):
            return None
        if not anywhere and token.dep_ == "dobj" and self.lexicon.lemma(token.head) not in FACILITY_ACT_VERBS:
            return None
        kinds_before = [c.i for c in children_of(token) if c.dep_ == "compound" and c.lower_ in FACILITY_WORDS]
        if kinds_before and max(kinds_before) < token.i and token.tag_ == "NNP" and _proper_word(token):
            # "in the Uruguayan base X": the kind word first, then the work's own name
            return Mention(
                max(kinds_before) + 1, token.i + 1, "FAC", self.doc[max(kinds_before) + 1 : token.i + 1].text
            )
        if token.lower_ not in FACILITY_WORDS:
            return None
        # "the Baltic port of Gdynia": the place its "of" names is where it is (``_named_by_place_noun``)
        if any(
            prep.lower_ == "of" and any(_proper_word(p) for p in _children(prep, "pobj")) for prep in children_of(token)
        ):
            return None
        beside = [c for c in children_of(token) if c.dep_ == "appos" and c.tag_ == "NNP" and _proper_word(c)]
        if beside and token.text.islower() and not any(_name_word_of(c) for c in children_of(token)):
            # "closed the aerodrome Y Z": the name set beside the kind word
            name = beside[0]
            start = min([name.i, *(c.i for c in children_of(name) if c.dep_ == "compound" and _proper_word(c))])
            return Mention(start, name.i + 1, "FAC", self.doc[start : name.i + 1].text)
        words: list[Any] = []
        # "the Mount Pleasant air base": the parser may hang the name's words as modifiers
        stack = [c for c in children_of(token) if _name_word_of(c)]
        while stack:
            word = stack.pop()
            words.append(word)
            stack.extend(c for c in children_of(word) if _name_word_of(c))
        # a nationality is no name: "the Russian base"
        if not any(w.tag_ == "NNP" and _proper_word(w) and self._demonym_country(w.text) is None for w in words):
            return None
        start = min(w.i for w in words)
        # the name's words run on to the kind word: no word between them belongs elsewhere
        between = set(range(start, token.i))
        if {w.i for w in words} | {i for i in between if self.doc[i].text == "-"} != between:
            return None
        # "the Mombasa hospital", "the Kursk power station": a work named after its town is placed by the town, a
        # big one or one of a country the text names (as an institution's name is, ``_place_in_institution_name``)
        proper = " ".join(w.text for w in sorted(words, key=lambda w: w.i) if _proper_word(w))
        town = self.gazetteer.resolve(proper, self.context_countries)
        if town is not None and (
            town.kind in ("country", "region")
            # "Frankfurt airport": a big city the gazetteer knows by a longer name ("Frankfurt am Main")
            or self.gazetteer.is_prominent(town.name)
            or (self._gazetteer_name(proper) and town.country_code in self.context_countries)
        ):
            return None
        return Mention(start, token.i + 1, "FAC", self.doc[start : token.i + 1].text)

    @cached_property
    def _units_named(self) -> dict[str, PlaceRef]:
        """The second-level units the article names with their unit word ("County Cavan", "Co Monaghan"), by their
        bare names: the article's "Cavan" is then that county."""
        units: dict[str, PlaceRef] = {}
        for ent in self.actors.entities:
            written = self.actors.clean(ent.text)[0]
            words = written.split()
            if len(words) < 2 or words[0].lower() not in LEADING_UNIT_WORDS:
                continue
            unit = self.gazetteer.unit(written, self.context_countries)
            if unit is not None:
                units.setdefault(name_key(" ".join(words[1:])), unit)
        return units

    def _town_in_unit(self, name: str) -> PlaceRef | None:
        """ "Kilbrack, County Wexford", "Aldeia, Teruel province": one name the recogniser made of a town and the unit
        after its comma is the town, in that unit (the gazetteer's town of the name when it lies in that country)."""
        town, comma, unit_name = name.partition(", ")
        if not comma or not town[:1].isupper() or "," in unit_name:
            return None
        unit = self.gazetteer.unit(unit_name, self.context_countries)
        if unit is None:
            return None
        self._remember(unit)
        namesake = self.gazetteer.resolve(town, [unit.country_code or ""])
        if namesake is not None and namesake.kind == "city" and namesake.country_code == unit.country_code:
            return replace(namesake, name=town, parent=unit.name)
        return PlaceRef(town, "town", parent=unit.name, country_code=unit.country_code)

    def _person_named(self, name: str) -> bool:
        """ "opened fire on presidential hopeful Rafael Osorio", tagged as a place: a name no gazetteer knows that
        the article elsewhere gives a person (whole, or its last word as a surname) is that person."""
        surnames = {m.text.split()[-1] for m in self.actors.mentions.values() if m.label == "PERSON" and m.text.split()}
        return bool(name.split()) and name.split()[-1] in surnames

    def _named_a_person_elsewhere(self, mention: Mention) -> bool:
        """Whether the article names a person by ``mention``'s name elsewhere too ("Ana Sintra ... Sintra's flat",
        "Osorio's truck ... Osorio, 52, was flown"), unlike a town the recogniser took for a person once ("Rotterdam's
        port")."""
        surname = mention.text.split()[-1].removesuffix("'s").removesuffix("’s") if mention.text.split() else ""
        return any(
            m.label == "PERSON" and m.start != mention.start and m.text.split()[-1:] == [surname]
            for m in self.actors.mentions.values()
        )

    def _remember(self, place: PlaceRef) -> PlaceRef:
        """``place`` made a place of the article, with the chain of its parents."""
        if place.parent:
            self._parent_ref(place.parent)
        self.place_refs[place.name] = place
        return place

    def _parent_ref(self, name: str | None) -> None:
        """Records the place named ``name`` and its parents; no name (a unit's missing parent) records nothing,
        so that no place with an empty name is made."""
        if name and name not in self.place_refs:
            parent = self.gazetteer.resolve(name, self.context_countries) or PlaceRef(name, "other")
            self.place_refs[name] = parent
            if parent.parent:
                self._parent_ref(parent.parent)

    def _next_word(self, token: Any) -> str:
        following = token.nbor(1) if token.i + 1 < len(self.doc) else None
        return following.lower_ if following is not None else ""

    def _kind_from_text(self, token: Any) -> str:
        # "Lake Tanganyika", "the Congo River"
        words = [w.lower_ for w in sorted([*_children(token, "compound"), token], key=lambda w: w.i)]
        for word in (words[0], words[-1]) if words else ():
            if word in WATER_WORDS:
                return WATER_WORDS[word]
        # "X, a town in Y": the noun set beside it
        described = next((c.lower_ for c in children_of(token) if c.dep_ == "appos" and c.lower_ in PLACE_NOUNS), None)
        if described in TOWN_NOUNS or described in CITY_WORDS:
            return "town"
        # "the town of Voltchenka": the noun it names
        if token.dep_ == "pobj" and token.head.lower_ == "of":
            noun: str = token.head.head.lower_
            if noun in TOWN_NOUNS:
                return "town"
            if noun in ("town", "city", "region", "district", "province"):
                return {"district": "region", "province": "region"}.get(noun, noun)
        if self._next_word(token) in ("region", "oblast", "province"):
            return "region"
        # "Kibera ward", "Barangay Talisay", "Baringo county": a unit of a town, or of a region
        units = [w for w in (words[0], self._next_word(token)) if w in unit_words()] if words else []
        if units:
            return "town" if units[0] in TOWN_UNITS else "region"
        return "other"

    def _country_unit_place(self, name: str, mention: Mention) -> PlaceRef | None:
        """ "Paraguay's central X department", "the X department of Paraguay": X is that country's first-level
        unit when ISO 3166-2 lists one of the name (not the city of the name, nor another country's unit)."""
        doc = self.doc
        if mention.end >= len(doc) or doc[mention.end].lower_ not in FIRST_LEVEL_WORDS:
            return None
        country = self._owner_before(mention.start) or self._country_after_of(mention.end + 1)
        if country is None or country.country_code is None:
            return None
        region = self.gazetteer.region(name, [country.country_code])
        if region is None or region.country_code != country.country_code:
            return None
        return replace(region, name=name)  # the name the text gives it ("Donetsk", not "Donetsk region")

    def _owner_before(self, start: int) -> PlaceRef | None:
        """The country whose possessive opens the phrase ending at ``start``, past its adjectives ("Peru's
        northern")."""
        doc = self.doc
        index = start - 1
        while index >= 0 and doc[index].is_lower and doc[index].is_alpha:
            index -= 1
        if index < 1 or doc[index].text not in ("'s", "'", "’s"):
            return None
        return self._country_at(doc[index - 1])

    def _country_after_of(self, index: int) -> PlaceRef | None:
        """ "... department of Bolivia": the country the "of" names."""
        doc = self.doc
        if index + 1 >= len(doc) or doc[index].lower_ != "of":
            return None
        return self._country_at(doc[index + 1])

    def _country_at(self, token: Any) -> PlaceRef | None:
        """The country the name mentioned at ``token`` is, or None."""
        owner = self.actors.mention_at(token)
        if owner is None:
            return None
        country = self.gazetteer.country(self.actors.clean(owner.text)[0])
        return country if country is not None and country.kind == "country" else None

    def _country_unit_after(self, end: int) -> PlaceRef | None:
        """ "X, in Peru's northern Y region", "X in the Y department of Bolivia": the first-level unit of the
        named country that the words right after a place name put it in."""
        doc = self.doc
        index = end + 1 if end < len(doc) and doc[end].text == "," else end
        if index >= len(doc) or doc[index].lower_ != "in":
            return None
        index += 1
        if index < len(doc) and doc[index].lower_ == "the":
            index += 1
        owner = self.actors.mention_at(doc[index]) if index < len(doc) else None
        if owner is not None and owner.end < len(doc) and doc[owner.end].text in ("'s", "'", "\u2019s"):
            index = owner.end + 1
            while index < len(doc) and doc[index].is_lower and doc[index].is_alpha:
                index += 1
        start = index
        while index < len(doc) and doc[index].text[:1].isupper():
            index += 1
        if index == start or index >= len(doc) or doc[index].lower_ not in FIRST_LEVEL_WORDS:
            return None
        return self._country_unit_place(doc[start:index].text, Mention(start, index, "GPE", doc[start:index].text))

    def _region_after_comma(self, end: int, before: bool = False) -> PlaceRef | None:
        """ "Elm Falls, Iowa", "Dale City, Va.", "Tarnowo, Lesser Poland": the first-level unit (a state, a
        province, a region) a comma after a place name puts it in, as news names a town the reader may not know;
        ``before``: the unit is the name right after the comma at ``end`` only if a capitalised word precedes the
        comma.  Not in a list of places ("in Kyiv, Kharkiv and Odesa")."""
        doc = self.doc
        if end < 1 or end + 1 >= len(doc) or doc[end].text != ",":
            return None
        if before and not doc[end - 1].text[:1].isupper():
            return None
        start = index = end + 1
        while index < len(doc) and index - start < 3 and doc[index].text[:1].isupper() and doc[index].text != "and":
            index += 1
        if index == start or _listed_on(doc, index):
            return None
        written = doc[start:index].text
        if written not in US_STATE_ABBREVIATIONS and self.gazetteer.country(written) is not None:
            return None  # "Tbilisi, Georgia": the country, not the US state of the name
        region = self.gazetteer.region(US_STATE_ABBREVIATIONS.get(written, written), self.context_countries)
        if region is None or region.country_code is None:
            return None
        if written.split()[0].lower() in LEADING_UNIT_WORDS:
            return region  # "Co Kerry" is County Kerry
        return replace(region, name=US_STATE_ABBREVIATIONS.get(written, written))

    def _wider_place_after_in(self, end: int, home: str | None) -> PlaceRef | None:
        """ "near Augusta in Sicily", "a village in Kenya": the region or country an "in" right after a place name
        (ending before ``end``) puts it in; a name shared by a region of ``home``, the country of the gazetteer's
        namesake, and another place is that region ("Augusta in Georgia", "Tbilisi in Georgia")."""
        doc = self.doc
        if end + 1 >= len(doc) or doc[end].lower_ != "in":
            return None
        index = end + 2 if doc[end + 1].lower_ == "the" and end + 2 < len(doc) else end + 1
        mention = self.actors.mention_at(doc[index])
        if mention is None or mention.label not in LOCATION_LABELS or mention.start != index:
            return None
        name = self.actors.clean(mention.text)[0]
        region = self.gazetteer.region(name, [home]) if home else None
        if region is not None and region.country_code == home:
            return region
        wider = self.gazetteer.resolve(name, self.context_countries)
        return wider if wider is not None and wider.kind in ("country", "region") else None

    def _parent_from_text(self, token: Any) -> str | None:
        """ "Voltchenka in Ukraine's eastern Donetsk region": the place the text puts it in."""
        holder = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "of" else token
        # "in Lumbo district of Mozambique": the unit word holds the phrase, and its "of" names the wider place
        unit = token.dep_ == "compound" and token.head.lower_ in unit_words()
        holder = token.head if unit else holder
        # "X, a village in Y": the noun the name is set beside says where it is
        described = next((c for c in children_of(token) if c.dep_ == "appos" and c.lower_ in PLACE_NOUNS), None)
        holder = described if described is not None and holder is token else holder
        for named in children_of(token):
            # "in X, Kenya": the country or region set beside the name
            wider = self._wider_place(named) if named.dep_ == "appos" and named.tag_ == "NNP" else None
            if wider is not None:
                return wider
        for prep in children_of(holder):
            if prep.dep_ == "prep" and (prep.lower_ in ("in", "near") or (unit and prep.lower_ == "of")):
                for pobj in _children(prep, "pobj"):
                    for candidate in [
                        *[c for c in children_of(pobj) if c.dep_ == "compound"],
                        pobj,
                        *[c for c in children_of(pobj) if c.dep_ == "poss"],
                    ]:
                        mention = self.actors.mention_at(candidate)
                        if mention is not None and mention.label in LOCATION_LABELS:
                            place = self._place(mention, candidate)
                            if place is not None:
                                return place.name
        # "the southern Iraqi town of X", "Nigeria's village of X": the country of the place noun's demonym or owner
        if holder is not token and holder.lower_ in PLACE_NOUNS:
            for word in children_of(holder):
                country = (
                    self._demonym_country(word.text)
                    if word.dep_ in ("amod", "compound")
                    else self.actors.country(word.text)
                    if word.dep_ == "poss"
                    else None
                )
                if country is not None and country.kind == "country":
                    self._parent_ref(country.name)
                    return country.name
            # "the Sindh village of X": the region the place noun is named with
            for word in children_of(holder):
                wider = self._wider_place(word) if word.dep_ in ("compound", "poss") else None
                if wider is not None:
                    return wider
        return None

    def _wider_place(self, token: Any) -> str | None:
        """The country or region a name beside a place names ("Kenya", "Sindh"), made a place of the article."""
        mention = self.actors.mention_at(token)
        if mention is None or mention.label not in LOCATION_LABELS:
            return None
        wider = self.gazetteer.resolve(self.actors.clean(mention.text)[0], self.context_countries)
        if wider is None or wider.kind not in ("country", "region"):
            return None
        self._remember(wider)
        return wider.name

    # -- dates ---------------------------------------------------------------------------------------------


def _road_name(token: Any) -> Mention | None:
    """ "on the A1", "the M6 motorway", "the national road N7": a road by its number is a place, the road the event
    happened on (a code without a road's word or preposition may be a flight, a weapon or a summit)."""
    if not ROAD_CODE.match(token.text):
        return None
    head = token.head
    on_road = (
        token.dep_ == "pobj"
        and head.lower_ in ROAD_PREPOSITIONS
        and any(c.dep_ == "det" and c.lower_ == "the" for c in children_of(token))
    )
    # "the M6 motorway", "the national road N7" (its number read as the road's modifier or apposition)
    named_with_road = (token.dep_ in ("compound", "appos", "acl", "nmod") and head.lower_ in ROAD_WORDS) or any(
        c.dep_ in ("compound", "amod") and c.lower_ in ROAD_WORDS for c in children_of(token)
    )
    if not (on_road or named_with_road):
        return None
    return Mention(token.i, token.i + 1, "FAC", token.text)


def _names_an_institution(words: list[Any], index: int) -> bool:
    """Whether the ``index``-th word of a name makes it an institution that sits where its name says: the name's
    head ("the X General Hospital", "the Hospital de X") or the word the head completes ("the X Opera House")."""
    if words[index].lower_ not in INSTITUTION_NOUNS:
        return False
    after = [w.lower_ for w in words[index + 1 :]]
    # the head, or a head the name goes on to place or qualify ("the Hospital Universitario de X", "Court of Appeal");
    # not a word of a name with another head ("X University Press" is a publisher)
    return not after or bool(NAME_JOINTS & set(after)) or (len(after) == 1 and after[0] in INSTITUTION_BUILDINGS)


def _ends_a_name_on_the_left(word: Any) -> bool:
    """Whether ``word`` stands before a name rather than in it: an article, a preposition that joins no name, a
    verb, a punctuation mark."""
    if word.is_punct and word.text != "-":
        return True
    if word.lower_ in NAME_JOINTS:
        return False
    return word.tag_ in ("DT", "IN", "PRP$", "POS", "CD", "MD") or word.tag_.startswith("VB")


def _in_clock_aside(token: Any) -> bool:
    """Whether ``token`` lies in a short parenthesis that gives a clock time ("(00:47 on Sunday in Lisbon)")."""
    words = tokens_in(token.doc)
    for index in range(token.i - 1, max(-1, token.i - 12), -1):
        word = words[index]
        if word.text == ")" or word.is_sent_start:
            return False
        if word.text == "(":
            aside = words[index + 1 : token.i]
            return any(re.fullmatch(r"\d{1,2}[:.]\d{2}", t.text) or t.lower_ in CLOCK_WORDS for t in aside)
    return False


# what marks a clock time in a parenthesis that converts it ("(14:10 GMT)", "(6 a.m. in Kyiv)")
CLOCK_WORDS = frozenset({"a.m.", "p.m.", "gmt", "utc"})


def _tells(sentence: str) -> bool:
    """A sentence that tells something: not empty, nor a question ("What happened?", an explainer's heading)."""
    return bool(sentence.strip()) and not sentence.strip().endswith("?")


def _place_noun_singular(word: str) -> str:
    """ "municipalities" -> "municipality", "provinces" -> "province": a place noun in the plural, as one."""
    if word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") and word[:-1] in PLACE_NOUNS else word


def _proper_compounds(noun: Any) -> tuple[str, ...]:
    """The proper name a common noun is named with ("Mercy" of "the Mercy hospital")."""
    return tuple(c.lower_ for c in children_of(noun) if c.dep_ == "compound" and c.tag_ == "NNP")


def _another_actors_act(clause: Any) -> bool:
    """ "after the Chinese group walked away": a finite clause with a subject of its own (not "its order for
    Israelis to stay", whom the order was for)."""
    finite = clause.tag_ in ("VBD", "VBZ", "VBP") or any(
        c.dep_ == "aux" and c.tag_ != "TO" for c in children_of(clause)
    )
    return finite and bool(_children(clause, "nsubj") + _children(clause, "nsubjpass"))


def _agent_of_by(noun: Any) -> bool:
    """ "the purchase by Turkey's X": the noun is who does what a "by" phrase names."""
    return bool(noun.dep_ == "pobj" and noun.head.lower_ == "by")


def _listed_on(doc: Any, index: int) -> bool:
    """Whether the name ending before ``index`` is followed by another of a list ("Kharkiv and Odesa", "Kharkiv,
    Odesa")."""
    if index >= len(doc):
        return False
    if doc[index].lower_ in ("and", "or"):
        return True
    return doc[index].text == "," and index + 1 < len(doc) and doc[index + 1].text[:1].isupper()


# what a local unit is called where its kind is not one of ISO 3166-2's ("X Local Government Area", "X LGA")
UNIT_NAME_WORDS = frozenset({"area", "lga", "division", "subdivision", "constituency"})


def _names_a_unit(noun: Any) -> bool:
    return noun.text[:1].isupper() and (noun.lower_ in unit_words() or noun.lower_ in UNIT_NAME_WORDS)


# structures built across water or a road, whose "over"/"across" phrase names what they span
SPANNING_NOUNS = frozenset({"bridge", "footbridge", "flyover", "overpass", "viaduct", "causeway", "dam", "weir"})
SPANNING_PLURALS = frozenset(f"{noun}es" if noun.endswith("s") else f"{noun}s" for noun in SPANNING_NOUNS)


def _spans_water(noun: Any, preposition: Any) -> bool:
    spanning = noun.lower_ in SPANNING_NOUNS | SPANNING_PLURALS  # "bridges", "overpasses" (the parse has no lemmas)
    return preposition.lower_ in ("over", "across") and spanning


def _water_name(token: Any) -> Mention | None:
    """ "in the Oslofjord", "across the Oresund": a proper name of water written with its kind glued on, as the
    Nordic languages write a fjord's or a strait's, is a place, whatever the recogniser made of it."""
    if token.tag_ != "NNP" or token.dep_ != "pobj" or token.head.lower_ not in ("in", "off", "across", "into", "on"):
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in children_of(token)):
        return None
    if not token.lower_.endswith(GLUED_WATER_WORDS) or token.lower_ in GLUED_WATER_WORDS:
        return None
    return Mention(token.i, token.i + 1, "LOC", token.text)


def _downtown_name(token: Any) -> Mention | None:
    """ "in downtown Harlan Falls": the name "downtown" comes before is a town's, whatever the recogniser made
    of it (often a person)."""
    words = [c for c in children_of(token) if c.dep_ == "compound" and c.i < token.i]
    if token.dep_ != "pobj" or not _proper_word(token) or not words or words[0].lower_ != "downtown":
        return None
    if any(not _proper_word(w) for w in words[1:]):
        return None
    start = words[1].i if len(words) > 1 else token.i
    return Mention(start, token.i + 1, "GPE", token.doc[start : token.i + 1].text)


def _bearing_place(noun: Any) -> Any:
    """ "a factory on the outskirts of X", "a plant on the edge of Y": the place a site's part-of phrase names."""
    for preposition in _children(noun, "prep"):
        if preposition.lower_ not in ("on", "at", "in"):
            continue
        for part in _children(preposition, "pobj"):
            if part.lower_ not in BEARING_WORDS:
                continue
            for of in _children(part, "prep"):
                if of.lower_ == "of":
                    return next(iter(_children(of, "pobj")), None)
    return None


def _distance_start(bearing: Any) -> int:
    """Where the phrase of a compass bearing begins, with the distance before it: "some 12 nautical miles east",
    "about 30 km north-" in "north-east", "60 km south" (the parser's tree of such phrases varies too much)."""
    start: int = bearing.i
    while start > 0:
        word = bearing.doc[start - 1]
        if not (
            word.ent_type_ == "QUANTITY"
            or word.like_num
            or word.lower_ in COMPASS_WORDS | DISTANCE_HEDGES
            or (word.text == "-" and start == bearing.i)
        ):
            break
        start -= 1
    return start


def _site_kind(word: Any) -> str | None:
    """The kind of site a noun names, itself or as the last part of a closed compound: "plant", "mill" of
    "Paper Mill", "works" of "Steelworks"."""
    if not word.tag_.startswith("NN"):
        return None
    lower: str = word.lower_
    if lower in SITE_NOUNS or lower in FACILITY_WORDS:
        return lower
    return next((kind for kind in CLOSED_SITE_ENDINGS if lower.endswith(kind) and len(lower) > len(kind) + 2), None)


def _described_as_settlement(token: Any) -> bool:
    """ "X, a farming town of 30,000", "X, a village in Y": a name the text describes as a town or village."""
    return any(
        c.dep_ in ("appos", "conj") and c.lower_ in SETTLEMENT_NOUNS and c.lower_ not in ("port", "island")
        for c in children_of(token)
    )


def _bare_definite(noun: Any, allow: tuple[str, ...] = ()) -> bool:
    """ "the capital", "the parliament": named with "the" only, no owner, no "of" phrase, no other modifier
    than those ``allow`` lets through."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in children_of(noun)):
        return False
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in children_of(noun)):
        return False
    return not any(c.dep_ in ("poss", "amod", "compound", "nmod") and c.dep_ not in allow for c in children_of(noun))


def _announces_a_product(verb: Any) -> bool:
    """ "announced a new iCloud service", "Apple announces Mac OS X Lion": a thing named for sale, shown wherever its
    maker chooses, not an act of the story (as "announced a recall of all X packs" is, or "declared Grace Atieno the
    winner", "announced the Alianza list as the winner": an outcome)."""
    if any(c.dep_ == "oprd" or (c.dep_ == "prep" and c.lower_ == "as") for c in children_of(verb)):
        return False
    return any(
        w.tag_ in ("NNP", "NNPS") and w.ent_type_ not in ("PERSON", "GPE", "NORP")
        for o in _children(verb, "dobj")
        for w in [o, *(c for c in children_of(o) if c.dep_ == "compound")]
    )


def _voters(verb: Any) -> list[Any]:
    """Who cast a vote: the verb's subject, or the noun a relative clause's "who" stands for ("voters who voted")."""
    subjects = _children(verb, "nsubj")
    if verb.dep_ == "relcl" and any(s.tag_ in ("WP", "WDT") for s in subjects):
        return [verb.head]
    return subjects


def _kind_of_vote_named(noun: Any) -> bool:
    """ "the general election", "the regular local elections of October 2023", "last year's vote": a vote told
    apart from others by its kind, its date or its owner."""
    return any(
        (c.dep_ in ("amod", "compound", "nmod") and c.lower_ in VOTE_KINDS) or c.dep_ == "poss" or c.lower_ == "of"
        for c in children_of(noun)
    )


def _name_root(span: Any) -> Any:
    """The word a name hangs on the sentence by: the span's root, or, where the parser cut the name at its particle
    ("Newcastle upon Tyne", "São José do Rio Preto", the particle read as a preposition or a verb of the
    sentence), the first of its nouns whose head lies outside it."""
    outside = [w for w in span if not span.start <= w.head.i < span.end or w.head.i == w.i]
    nouns = [w for w in outside if w.tag_.startswith("NN")]
    # only a particle may hang apart ("the Republic the same day" is two things the recogniser ran together)
    if len(outside) > 1 and nouns and all(w.lower_ in TOWN_NAME_PARTICLES for w in outside if w is not nouns[0]):
        return nouns[0]
    return span.root


def _joins_a_town_name(word: Any) -> bool:
    """ "Stoke-on-Trent", "Newcastle upon Tyne": a preposition inside a town's name, hyphened to its words or one
    of the words English towns are joined to their rivers with."""
    doc = word.doc
    hyphened = 0 < word.i < len(doc) - 1 and doc[word.i - 1].text == "-" and doc[word.i + 1].text == "-"
    return bool(hyphened or word.lower_ == "upon")


def _name_word_of(word: Any) -> bool:
    """Whether ``word`` is a word of the name of the noun it hangs on: a compound, or a proper noun the parser hung
    as a modifier ("Mount" and "Pleasant" of "the Mount Pleasant air base")."""
    return word.dep_ == "compound" or (word.dep_ in ("nmod", "amod") and word.tag_ == "NNP" and _proper_word(word))


def _demonstrative(noun: Any) -> bool:
    """ "in that town", "in this city": a noun pointed back with "that" or "this" and no other modifier."""
    return any(c.dep_ == "det" and c.lower_ in ("that", "this") for c in children_of(noun)) and not any(
        c.dep_ in ("poss", "amod", "compound", "nmod", "prep") for c in children_of(noun)
    )


def _bare_proper_name(noun: Any) -> bool:
    """ "Parliament", "Parliament House": a proper name with no article, owner, "of" phrase or adjective."""
    if not noun.tag_.startswith("NNP"):
        return False
    return not any(
        c.dep_ in ("det", "poss", "amod", "nmod") or (c.dep_ == "prep" and c.lower_ == "of") for c in children_of(noun)
    )


def _names_residents(noun: Any) -> bool:
    """ "residents", "villagers", "families", "people": people named by where they live."""
    word = noun.lower_
    singular = word[:-3] + "y" if word.endswith("ies") else word[:-1] if word.endswith("s") else word
    return word in RESIDENT_NOUNS or singular in RESIDENT_NOUNS


def _bare_police(noun: Any) -> bool:
    """ "police arrested", "the police detained", "arrested by riot police": a country's police, named without
    whose they are or where they serve (not "Kenyan police", "the Lagos police", "police in Accra")."""
    if noun.lower_ != "police":
        return False
    if any(c.dep_ == "det" and c.lower_ != "the" for c in children_of(noun)):
        return False
    if any(c.dep_ == "prep" for c in children_of(noun)):
        return False
    return not any(
        c.dep_ in ("poss", "amod", "compound", "nmod") and (c.text[:1].isupper() or c.dep_ == "poss")
        for c in children_of(noun)
    )


def _name_start(token: Any) -> int:
    """The first word of the proper name ``token`` ends: its proper compounds and modifiers, and the words a name
    particle joins before them ("Villafranca de los Barros", "Castellón de la Plana"), which the parser hangs on the
    last word as modifiers or leaves apart."""
    doc = token.doc
    start: int = min(
        [token.i, *(c.i for c in children_of(token) if c.dep_ in ("compound", "nmod") and c.tag_ == "NNP")]
    )
    while True:
        particle = start - 1
        if particle >= 0 and doc[particle].lower_ in PARTICLE_ARTICLES:
            particle -= 1
        if particle < 1 or doc[particle].text not in NAME_PARTICLES or not _proper_word(doc[particle - 1]):
            return start
        start = particle - 1
        while start > 0 and particle - start < 3 and _proper_word(doc[start - 1]) and doc[start - 1].is_alpha:
            start -= 1


def _proper_word(token: Any) -> bool:
    """A capitalised word of a name, whatever the tagger made of it ("Tell" in "the town of Tell Ghazala")."""
    return token.text[:1].isupper() and token.ent_type_ not in ("DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY")


def _of_the_city(noun: Any) -> Any:
    """The "city" of "the city's X ward", "the town's main square": a city the text named before."""
    for owner in children_of(noun):
        if owner.dep_ == "poss" and owner.lower_ in CITY_WORDS and any(d.lower_ == "the" for d in children_of(owner)):
            return owner
    return None


def _name_words(noun: Any) -> list[Any]:
    """The proper nouns before ``noun`` in its name, in order, down the chain of compounds ("Nakuru" on "County"
    on "Assembly")."""
    words: list[Any] = []
    stack = [c for c in children_of(noun) if _name_modifier(c)]
    while stack:
        word = stack.pop()
        words.append(word)
        stack.extend(c for c in children_of(word) if _name_modifier(c))
    return sorted(words, key=lambda w: w.i)


def _name_modifier(word: Any) -> bool:
    """A proper noun before a name's head that is part of the name; the parser also hangs a town before a lower-case
    body as a modifier of another kind ("a Lyon criminal court", "a Bucharest appeals court")."""
    return word.tag_ == "NNP" and word.i < word.head.i and word.dep_ in ("compound", "nmod", "amod")


def _in_clause_of(token: Any, anchor: Any) -> bool:
    """Whether ``token`` hangs from ``anchor`` without crossing into another clause."""
    current = token
    for _ in range(8):
        if current.i == anchor.i:
            return True
        if (
            current.dep_ in ("ccomp", "advcl", "relcl", "parataxis", "conj", "csubj", "xcomp")
            or current.head.i == current.i
        ):
            return False
        current = current.head
    return False


def _base_of(noun: Any) -> Any:
    """ "a Mombasa-based union", "the Durban-based dockworkers' union": the place a body is based in; "its auditor,
    Melbourne firm X", "Lyon bank Y": the town a firm is told as being of, before the word for a firm."""
    named = [noun, *(c for c in children_of(noun) if c.dep_ == "appos")]
    owners = [*named, *(c for n in named for c in children_of(n) if c.dep_ in ("poss", "compound"))]
    for based in (c for owner in owners for c in children_of(owner)):
        if based.dep_ == "amod" and based.lower_ == "based":
            for place in children_of(based):
                if place.dep_ in ("npadvmod", "compound", "nmod") and place.tag_ == "NNP":
                    return place
    for firm in owners:
        if firm.dep_ == "compound" and firm.lower_ in FIRM_WORDS and firm.head in named:
            town = [c for c in children_of(firm) if c.dep_ == "compound" and c.tag_ == "NNP"]
            if town:
                return town[-1]
    return None


def _in_phrase_of(token: Any, noun: Any) -> bool:
    """Whether ``token`` lies in ``noun``'s own phrase, its joined nouns included ("between rebels and the army
    in X"), not in a clause hung on it."""
    current = token
    while current.i != noun.i:
        if current.dep_ in ("relcl", "acl", "advcl", "ccomp") or current.head.i == current.i:
            return False
        current = current.head
    return True


def _possessor_name(owner: Any) -> str:
    """The whole name a possessive ends ("Sri Lanka" of "Sri Lanka's police"): the parser makes only its last
    word the owner and hangs the words before it on that one as compounds."""
    words = [c for c in children_of(owner) if c.dep_ == "compound" and c.i < owner.i and c.tag_.startswith("NNP")]
    return " ".join(w.text for w in [*words, owner])


def _clause_with_subject(verb: Any) -> Any:
    """The verb whose subject ``verb`` shares: "voters rejected a proposal to rewrite it in the referendum"
    climbs from "rewrite" to "rejected"."""
    for _ in range(3):
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in children_of(verb)) or verb.dep_ not in ("acl", "xcomp"):
            return verb
        verb = verb.head.head if verb.dep_ == "acl" and verb.head.dep_ in ("dobj", "pobj") else verb.head
    return verb


def _nationwide(verb: Any) -> bool:
    """ "halted all training across the country", "nationwide": the act covers the whole of its country."""
    for word in verb.subtree:
        if word.lower_ == "nationwide" and word.head.i in (verb.i, *(c.i for c in children_of(verb))):
            return True
        if (
            word.dep_ == "pobj"
            and word.lower_ in ("country", "nation")
            and word.head.lower_ in ("across", "throughout")
            and any(d.lower_ == "the" for d in children_of(word))
        ):
            return True
    return False


def _employer_modifiers(subject: Any) -> list[Any]:
    """ "Pilots at Brazilian airline X walked out", "workers of a Kenyan mining company": the staff of a body the
    text calls by its country's demonym act where the body works, at home.  Only plural common nouns (staff,
    members), whose place of work is the body; the words before the body's head noun, down its name chain."""
    if subject.tag_ != "NNS":
        return []
    out: list[Any] = []
    for prep in children_of(subject):
        if prep.dep_ != "prep" or prep.lower_ not in ("at", "of"):
            continue
        for body in children_of(prep):
            if body.dep_ == "pobj":
                out += [w for w in body.subtree if w.i < body.i and w.dep_ in ("amod", "compound")]
    return out


def _name_modifiers(words: list[Any]) -> list[Any]:
    """The modifiers hanging on a subject's compounds, down the whole chain of a many-word name and title
    ("Tunisian" on "President" on "Hichem" on "Salah")."""
    out: list[Any] = []
    stack = [m for m in words if m.dep_ == "compound"]
    while stack:
        word = stack.pop()
        for child in children_of(word):
            if child.dep_ in ("amod", "compound") and child.i < word.i:
                out.append(child)
                if child.dep_ == "compound":
                    stack.append(child)
    return out


def _destination(preposition: Any) -> bool:
    """ "the route to the Canary Islands", "a ferry bound for Zanzibar", "a bus heading to Nairobi": the place a
    journey was going to, not where what happened on it happened."""
    return preposition.lower_ in ("to", "for", "toward", "towards") and preposition.head.lower_ in DESTINATION_WORDS


def _when_clause(clause: Any) -> bool:
    """ "..., when their boat broke apart off X": a clause of the time the main event happened in."""
    return clause.dep_ == "advcl" and any(
        c.dep_ in ("advmod", "mark") and c.lower_ == "when" for c in children_of(clause)
    )


# a country's armed services named bare ("the army", "the air force", "the coast guard"); arguments.py's
# ARMED_FORCES, the forces that make a country an attack's agent, holds a ruling "junta" too, which is no service
FORCE_BODIES = {"army", "navy", "military", "marines", "coastguard"}
FORCE_COMPOUNDS = {"force": "air", "guard": "coast"}


def _bare_forces(noun: Any) -> bool:
    """ "the army", "the navy", "the air force", "the coast guard": a country's forces, with no name or owner."""
    word = noun.lower_
    if word in FORCE_COMPOUNDS:
        if not any(c.dep_ == "compound" and c.lower_ == FORCE_COMPOUNDS[word] for c in children_of(noun)):
            return False
    elif word not in FORCE_BODIES:
        return False
    return _bare_definite(noun, allow=("compound",))


def _speaker_clauses(anchors: list[Any]) -> list[Any]:
    """ "Nigerian police said they had arrested 12 suspects", "Kenya's ministry said it had deported two men": an
    act its speaker tells of itself ("it", "they", "we") has the speaker's subject, so the reporting clause is
    searched for whose own people or bodies acted (selfnews5 class 5)."""
    return [
        anchor.head
        for anchor in anchors
        if anchor.dep_ == "ccomp"
        and anchor.head.tag_.startswith("VB")
        and any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in SELF_PRONOUNS for c in children_of(anchor))
    ]


# the pronouns by which a speaker tells of its own act
SELF_PRONOUNS = frozenset({"it", "they", "we"})


# words for a part of a country ("in western Nepal") and for a settlement named with "of" ("the town of X"): a lead
# placed so is elsewhere than the dateline city (selfnews5 class 7)
REGION_PART_WORDS = frozenset(
    {"northern", "southern", "eastern", "western", "central", "northeastern", "northwestern", "southeastern",
     "southwestern", "north-eastern", "north-western", "south-eastern", "south-western", "rural", "remote"}
)  # fmt: skip
SETTLEMENT_OF_NOUNS = frozenset({"town", "village", "city", "hamlet", "district", "province", "region", "island"})


def common_noun_named(ent: Any) -> bool:
    """ "the canton's civil protection office", "the county said": a lower-case word the recogniser took for a
    place name names no place ("canton" is also a city in Ohio); it tells no country of the story (selfnews7
    class 5)."""
    return bool(ent.text.islower())


def _gerund_read_as_a_verb(verb: Any, joined: Any) -> bool:
    """ "banned bathing and kayaking on a stretch of X": a gerund right after the verb's gerund object and "and",
    with no subject or object of its own, which the parser joined to the verb as a second verb; it is a second
    object."""
    doc = verb.doc
    if joined.tag_ != "VBG" or joined.i < 2 or doc[joined.i - 1].lower_ not in ("and", "or"):
        return False
    before = doc[joined.i - 2]
    return (
        before.dep_ == "dobj"
        and before.head.i == verb.i
        and before.lower_.endswith("ing")
        and not any(c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in children_of(joined))
    )


# the tagger's names of months, weekdays, seasons and parts of the day ("in March", "on Sunday", "in spring")
TIME_NAMES = frozenset(MONTHS.keys() | WEEKDAYS.keys() | SEASONS.keys() | DAY_PARTS.keys())


def _names_a_time(token: Any) -> bool:
    """A month, a weekday, a season or a part of the day ("in March", "on Sunday", "in spring")."""
    return token.lower_.rstrip(".") in TIME_NAMES


def _clock_zone(token: Any) -> bool:
    """ "at 11:40 p.m. Tokyo time", "at 6 a.m. Moscow time": a place named as a clock's zone tells the time, not
    where the act happened (selfnews7 class 6); so does one in a parenthesis giving the time there ("at 23:47 local
    time (00:47 on Sunday in Lisbon)")."""
    words = tokens_in(token.doc)
    if _in_clock_aside(token):
        return True
    start, end = token.i, token.i + 1
    while start > 0 and words[start - 1].text[:1].isupper():
        start -= 1
    while end < len(words) and words[end].text[:1].isupper() and words[end].lower_ != "time":
        end += 1
    if end >= len(words) or words[end].lower_ != "time" or start == 0:
        return False
    before = words[start - 1]
    return before.lower_ in ("a.m.", "p.m.") or bool(re.fullmatch(r"\d{1,2}[:.]\d{2}", before.text))


def _a_places_supply(noun: Any) -> bool:
    """ "Shut off Kimberley's water supply", "cut Gaza's power": the possessor of a supply or utility is where it
    was cut, not only whose it was (as "Israel's envoy" is)."""
    return noun.lower_ in SUPPLY_NOUNS


def _nationality_of_a_named_person(ent: Any) -> bool:
    """ "led by Slovak diplomat Jana Hrubova", "the former Mozambican foreign minister Alcinda Mabote": a person's
    nationality says who they are, not which country the story is about (the recogniser tags the adjective NORP
    or GPE)."""
    if ent.label_ not in ("NORP", "GPE") or len(ent) != 1:
        return False
    doc = ent.doc
    after = ent.end
    while (
        after < min(len(doc), ent.end + 4) and doc[after].ent_type_ != "PERSON" and doc[after].tag_[:2] in ("NN", "JJ")
    ):
        after += 1
    return ent.end < after < len(doc) and bool(doc[after].ent_type_ == "PERSON")


def _two_part_name_at(doc: Any, index: int) -> bool:
    """Two capitalised words and no third, as a first and a last name are written."""
    end = index
    while end < len(doc) and doc[end].tag_ == "NNP":
        end += 1
    return end - index == 2
