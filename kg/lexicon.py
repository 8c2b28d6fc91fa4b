"""Cue words: the closed word lists that extraction rules consult.

Kept in one place so that a rule reads as a pattern ("a firm suffix ends the name") and the
vocabulary can grow without touching the rules. All entries are lower case unless noted.
"""

from __future__ import annotations

# ---- organisations ------------------------------------------------------------------------
# The word that heads an organisation's name ("Ministry" of Commerce, China Media "Group").
GOVERNMENT_HEADS = frozenset({
    "agence", "agencia", "agência", "ministère", "ministerio", "ministério", "secretaría",
    "ministry", "department", "administration", "agency", "committee", "commission",
    "authority", "bureau", "customs", "government", "cabinet", "parliament", "senate",
    "secretariat", "directorate", "inspectorate", "treasury", "presidency", "embassy",
    "consulate", "municipality", "mayoralty", "regulator", "service", "office",
    "board",
})
# Nouns that stand for a country named before ("the country", "the kingdom").
COUNTRY_NOUNS = frozenset({"country", "nation", "kingdom", "republic", "emirate", "sultanate"})
# Capitalised common nouns that press releases use for a body named before ("the Bank",
# "the Authority", "the Commission's trade chief"): no name of their own.
GENERIC_BODY_WORDS = frozenset({"bank", "fund", "board", "group", "company", "ministry",
                                "government", "agency", "commission", "council", "authority",
                                "corporation", "institute", "university", "department",
                                "committee"})
# Legal forms of companies, as written after the name (lower case, dots stripped).
LEGAL_FORMS = frozenset({
    "co", "corp", "corporation", "company", "ltd", "limited", "inc", "llc", "llp", "jsc", "pjsc",
    "ojsc", "plc", "sa", "sac", "saa", "sas", "sarl", "srl", "ltda", "ag", "gmbh", "kft", "zrt",
    "nyrt", "nv", "bv", "spa", "se", "pte", "tbk", "bhd", "sgps", "asa", "ab", "aps", "oyj", "kk",
    "pvt", "private", "ooo", "pao", "oao", "zao", "doo", "sdn",
    # the Gulf's and Egypt's forms, and Australia's proprietary company
    "fze", "fzco", "fzc", "wll", "psc", "qpsc", "qsc", "bsc", "saog", "saoc", "sae", "pty",
})
# Legal forms written before the name (Indonesia's PT, Russia's PJSC).
LEGAL_PREFIXES = frozenset({"PT", "CV", "PJSC", "JSC", "OJSC", "CJSC", "OAO", "ZAO", "AO", "PAO",
                            "OOO"})
# Legal forms used in one or a few countries only: where a firm that uses one comes from.
LEGAL_FORM_COUNTRIES: dict[str, tuple[str, ...]] = {
    "gmbh": ("DE", "AT", "CH"), "ag": ("DE", "AT", "CH"), "ab": ("SE",), "oyj": ("FI",),
    "asa": ("NO",), "a/s": ("DK", "NO"), "bv": ("NL", "BE"), "nv": ("NL", "BE"),
    "n.v": ("NL", "BE"), "kk": ("JP",), "pvt": ("IN",), "tbk": ("ID",), "bhd": ("MY",),
    "pte": ("SG",), "kft": ("HU",), "zrt": ("HU",), "ltda": ("BR", "PT", "CO", "CL"),
    "s.p.a": ("IT",), "srl": ("IT", "RO"), "sarl": ("FR", "LU", "MA"), "sas": ("FR", "CO"),
}
FIRM_HEADS = LEGAL_FORMS | frozenset({
    "co.", "corp.", "ltd.", "inc.", "s.a.", "n.v.", "s.a.c.", "s.a.a.", "s.a.s.", "s.a.r.l.",
    "s.r.l.", "s.p.a.", "d.o.o.", "group", "holding",
    "holdings", "bank", "energy", "motors", "motor", "industries", "industry", "technologies",
    "technology", "airlines", "airways", "petroleum", "oil", "gas", "power", "electric",
    "electrical", "steel", "mining", "metals", "resources", "capital", "partners",
    "investments", "investment", "fund", "solutions", "systems", "chemical", "chemicals",
    "materials", "petrochemicals", "petrochemical", "energi", "lifesciences", "pharma",
    "healthcare", "biotech", "laboratories", "labs", "therapeutics", "biosciences",
    "pharmaceuticals", "telecom", "telecommunications", "logistics", "shipping", "railways",
    "construction", "engineering", "renewables", "hydrogen", "solar", "wind", "automotive",
    "manufacturing", "electronics", "semiconductor", "exchange", "insurance", "securities",
    "finance", "financial", "venture", "ventures", "enterprises", "trading", "products", "foods",
    "airport",
    "gold", "copper", "lithium", "minerals", "coal", "cement", "aluminium", "aluminum",
    "mobility", "shipyard", "telecoms", "networks", "advisory", "consulting",
    "consultancy",
    # firm words of other languages met in English news
    "bâtiment", "batiment", "engenharia", "ingeniería", "ingenieria", "constructora",
    "construções", "construcoes", "construcciones", "costruzioni", "infraestructuras",
    "construtora", "ferroviaria", "ferroviária", "industrias", "indústrias",
    "energia", "energía", "renovables", "renováveis", "renovaveis", "eólica", "solaire",
    "minera", "mineração", "gruppe", "werke", "bau", "insaat", "inşaat",
    "i\u0307nşaat",  # (the lower case of a capital "İnşaat")
    "sanayi", "ticaret",
    "enerji", "yatirim", "yatırım",
})
ORGANIZATION_HEADS = frozenset({
    "institut", "instituto", "fondation", "fundación", "fundação", "université", "universidad",
    "universidade",
    "institute", "institutes", "academy", "university", "college", "school", "center", "centre",
    "foundation", "association", "union", "organization", "organisation", "council",
    "confederation",
    "federation", "society", "chamber", "forum", "news", "times", "daily", "post", "journal",
    "media", "television", "tv", "radio", "broadcasting", "press", "herald", "gazette",
    "tribune", "observer", "review", "magazine", "network", "think-tank", "alliance",
    "community", "league", "bloc", "observatory", "club", "fgv",
})
# Heads that make a capitalised name a project ("Belt and Road Initiative", "Lobito Corridor"),
# an agreement ("Just Energy Transition Partnership") or a place ("Angra Point").
PROJECT_NAME_HEADS = frozenset({
    "initiative", "programme", "program", "corridor", "pipeline", "plant", "project",
    "gateway", "package", "rail", "highway", "expressway", "motorway", "dam", "bridge",
    "refinery", "terminal", "mine", "farm", "complex", "hub", "scheme", "facility",
    "station", "tunnel", "canal", "railway", "mission", "strategy", "link", "road", "airport",
    "line", "metro", "subway", "railroad", "array",
    "interconnector", "port", "route", "stadium", "arena", "tower", "hospital",
})
AGREEMENT_NAME_HEADS = frozenset({
    "partnership", "agreement", "accord", "treaty", "pact", "memorandum", "declaration",
    "charter", "protocol", "convention",
})
PLACE_NAME_HEADS = frozenset({
    "point", "bay", "island", "islands", "peninsula", "valley", "province", "region",
    "district", "county", "park", "cape", "coast", "basin", "delta", "desert", "strait",
    "lake", "river", "mountains", "oblast", "governorate", "prefecture", "city", "harbour",
    "harbor", "reserve", "plateau", "salt", "flat", "flats", "crossing", "voivodeship",
    "canton", "territory", "emirate", "zone", "regency", "municipality",
})
# Common nouns for places: "the Russian city of Kazan", "the regions of Guelmim-Oued Noun".
PLACE_NOUNS = frozenset({
    "region", "province", "city", "town", "state", "port", "district", "county", "village",
    "prefecture", "governorate", "municipality", "capital", "oblast", "island", "regions",
    "provinces", "states", "cities", "hub",
})
# Capitalised tokens the model reads as names but that are units, codes or common acronyms.
NOT_NAMES = frozenset({
    "MW", "GW", "KW", "MWh", "GWh", "TWh", "km", "EV", "EVs", "MOU", "MoU", "MOUs", "GDP",
    "FDI", "CEO", "CFO", "LNG", "LPG", "PV", "UHV", "HVDC", "BEV", "IPO", "VAT", "R&D", "ESG",
    "COVID-19", "COVID", "AI", "IT", "SEZ", "PPP", "SOE", "SOEs", "TEU", "bpd", "Q1", "Q2",
    "Q3", "Q4", "H1", "H2", "YoY", "CO2", "EPC", "FLNG", "FPSO", "FSRU", "LoC", "LoCs",
    "Line of Credit",
    "Lines of Credit",
})
# Titles that stand before a person's name ("Prime Minister Mostafa Madbouly"); honorifics
# are part of the name ("Sheikh Tamim").
PERSON_TITLES = frozenset({
    "minister", "president", "premier", "ambassador", "governor", "chairman", "chairwoman",
    "chairperson", "ceo", "cfo", "coo", "cto", "director", "secretary", "commissioner", "mayor",
    "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "deputy", "vice", "chief", "executive",
    "spokesman", "spokeswoman", "spokesperson", "chancellor", "envoy", "senator", "professor",
    "prof.",
    "economist", "analyst", "officer", "founder", "chair", "head", "lawmaker", "counsellor",
    "emir", "king", "queen", "sultan", "prince", "crown", "general", "representative",
    "adviser", "advisor", "counsel", "consul", "delegate",  # "Minister Delegate for Trade"
    "undersecretary", "under-secretary", "counselor", "dean", "rector",
})
HONORIFICS = frozenset({"sheikh"})
HONORIFIC_ABBREVIATIONS = frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.",
                                     "prof", "prof.", "h.e.", "h.e",
                                     "eng", "eng.",  # "Eng. Faisal": an engineer, in the Gulf
                                     # "Hon. Asante-Mensah", "Amb. Ruto"
                                     "hon", "hon.", "amb", "amb.",
                                     "shri", "smt", "smt."})  # Indian official style
# Nouns that say a name is a firm's ("toy maker Lego", "a Kazakh port operator").
# the units a firm or a body owns ("its Brazilian subsidiary", "Endesa's unit")
OWNED_UNITS = frozenset({"subsidiary", "unit", "arm", "division", "affiliate", "branch",
                         "offshoot"})
FIRM_KIND_NOUNS = frozenset({
    "maker", "company", "firm", "group", "carmaker", "automaker", "operator", "developer",
    "producer", "giant", "lender", "insurer", "miner", "utility", "conglomerate", "retailer",
    "manufacturer", "supplier", "exporter", "importer", "shipper", "refiner", "startup",
    "contractor", "builder", "investor", "fund", "bank", "division", "subsidiary", "arm",
    "concern", "carrier", "trader", "distributor", "partner", "major", "consultancy",
    "brokerage",
})
# Words of a minister's portfolio ("Vice Minister of Trade, Industry and Energy Yoon
# Sang-woo"): where the title ends and the name begins.
PORTFOLIO_WORDS = frozenset({
    "trade", "industry", "industries", "energy", "foreign", "affairs", "finance", "economy",
    "economic", "development", "investment", "investments", "commerce", "agriculture",
    "transport", "transportation", "infrastructure", "mining", "mines", "geology", "natural",
    "resources", "environment", "planning", "labour", "labor", "health", "education",
    "defence", "defense", "interior", "justice", "communications", "digital", "technology",
    "science", "tourism", "culture", "water", "oil", "petroleum", "gas", "power",
    "electricity", "housing", "fisheries", "livestock", "land", "lands", "public", "works",
    "national", "international", "cooperation", "relations", "external", "state", "home",
    "treasury", "budget", "construction", "logistics", "railways", "ports", "maritime",
    "aviation", "climate", "ecology", "emergency", "sport", "youth", "social", "welfare",
    "employment", "innovation", "enterprise", "enterprises", "small", "medium", "business",
    "minerals", "mineral", "renewable", "rural", "urban", "regional", "integration", "the",
    "partnership", "partnerships",
    "economics", "information", "policy", "security", "promotion", "food", "industrial",
})
NAME_PARTICLES = frozenset({
    "bin", "bint", "al", "al-", "el", "de", "da", "do", "dos", "das", "del", "della", "di",
    "van", "von", "der", "den", "la", "le", "ibn", "abu", "y", "du", "des",
})
# "News Agency" is media, not a government agency.
MEDIA_AGENCY_MODIFIERS = frozenset({"news", "press", "information", "telegraph"})
# A name may run on across coordinated proper adjectives ("Institute of Russian, Eastern
# European and Central Asian Studies"); these words are allowed inside such a run.
NAME_CONNECTORS = frozenset({",", "and", "&"})

# Words of direction ("North-South", "east China's Fujian Province")
COMPASS_WORDS = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern",
                           "western", "central"})

# ---- events ---------------------------------------------------------------------------------
EVENT_HEADS = frozenset({
    "summit", "forum", "conference", "expo", "exhibition", "fair", "congress", "dialogue",
    "meeting", "week", "games", "festival", "convention", "symposium", "roundtable", "cop",
    "mission", "cup", "olympics", "championship", "championships", "ceremony",
})
ORDINAL_WORDS = frozenset({
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
    "tenth", "eleventh", "twelfth", "inaugural", "annual",
})

# ---- projects and agreements ------------------------------------------------------------------
PROJECT_HEADS = frozenset({
    "project", "plant", "farm", "farms", "railway", "railroad", "corridor", "pipeline",
    "refinery", "port", "terminal", "mine", "park", "zone", "factory", "facility",
    "facilities", "complex", "line", "highway", "motorway", "road", "bridge", "tunnel",
    "dam", "station", "hub", "initiative", "programme", "program", "turbines", "grid",
    "network", "cable", "airport", "smelter", "plantation", "reactor", "unit", "units",
    "reactors", "electrolyser", "electrolyzer", "fleet", "scheme", "expansion", "extension",
    "field", "fields", "oilfield", "oilfields", "gasfield", "deposit", "deposits", "gigafactory",
    "jetty", "berth", "wharf", "quay", "seaport", "megaport", "concentrator",
    "upgrade", "rehabilitation", "modernisation", "modernization", "subway", "metro",
    "mill", "shipyard", "cluster", "warehouse", "depot", "fab", "structure", "array",
    "interconnector",
})
# Heads that make a works project with any qualifying word ("Camacari plant", "hydrogen hub"),
# and before which a capitalised name names the works, not a firm or a person.
# Works that run from place to place ("the Darbaza-Maktaaral line").
LINEAR_WORKS = frozenset({"line", "railway", "railroad", "road", "highway", "motorway",
                          "pipeline", "corridor", "cable", "link", "route", "expressway"})
WORKS_HEADS = frozenset({
    "project", "plant", "farm", "refinery", "pipeline", "railway", "corridor", "mine",
    "factory", "smelter", "dam", "reactor", "terminal", "hub", "complex", "initiative",
    "programme", "program", "electrolyser", "electrolyzer", "line", "park", "port", "seaport",
    "megaport", "motorway", "concentrator",
    "highway", "expressway", "road", "bridge", "airport", "tunnel", "subway", "metro",
    "mill", "shipyard", "fab", "gigafactory", "jetty", "berth", "wharf", "quay",
    "interconnector", "field", "oilfield", "gasfield",
})
# what is done to works ("the expansion of the port at Nador"): the change is the project
WORKS_CHANGES = frozenset({
    "expansion", "extension", "upgrade", "upgrading", "rehabilitation", "modernisation",
    "modernization", "renovation", "reconstruction", "revitalisation", "revitalization",
    "construction", "refurbishment", "electrification", "doubling", "widening",
    # and a part of works: "a 7.1-km underground section of Line 7 of the Riyadh Metro"
    "section", "stretch", "segment",
})
# Modifiers that make one of the heads above a works project (a "power plant", not "plant").
PROJECT_MODIFIERS = frozenset({
    "energy", "power", "wind", "solar", "hydro", "hydropower", "nuclear", "gas", "oil",
    "coal", "green", "renewable", "clean", "hydrogen", "ammonia", "rail", "railway",
    "high-speed", "speed", "infrastructure", "industrial", "transmission", "storage",
    "battery", "water", "desalination", "logistics", "transport", "economic", "free",
    "special", "mining", "copper", "lithium", "nickel", "cobalt", "steel", "cement",
    "fertilizer", "petrochemical", "photovoltaic", "pv", "offshore", "onshore", "deep-water",
    "seaport", "dry", "container", "ev", "electric", "vehicle", "assembly", "manufacturing",
    "data", "5g", "digital", "smart", "agricultural", "irrigation", "housing", "construction",
    "freight", "cargo", "passenger", "commuter", "metro", "grain", "geothermal", "thermal",
    "generating",
})
AGREEMENT_HEADS = frozenset({
    "agreement", "agreements", "memorandum", "memoranda", "mou", "mous", "deal", "deals",
    "contract", "contracts", "treaty", "treaties", "accord", "accords", "pact", "pacts",
    "protocol", "protocols", "declaration", "charter", "partnership", "partnerships",
    "arrangement", "arrangements", "concession", "concessions", "framework", "documents",
    "roadmap", "roadmaps",
})
SIGNED_VERBS = frozenset({
    "sign", "conclude", "ink", "seal", "clinch", "finalize", "finalise", "ratify", "strike",
    "reach", "approve", "adopt", "complete",
})
NEGOTIATION_CUES = frozenset({"negotiation", "negotiations", "talks", "negotiate", "discuss"})
PLANNED_CUES = frozenset({"plan", "planned", "expect", "propose", "proposed", "will", "aim"})

# ---- relations --------------------------------------------------------------------------------
INVEST_CUES = frozenset({"invest", "investment", "investments", "investor", "fdi"})
TRADE_CUES = frozenset({"trade", "trading", "export", "exports", "import", "imports"})
COOPERATION_CUES = frozenset({
    "cooperation", "co-operation", "cooperate", "co-operate", "collaborate", "collaboration",
    "partner", "partnership", "partners", "ties", "relations",
})
SUPPLY_CUES = frozenset({
    "supply", "provide", "deliver", "ship", "sell", "export", "furnish", "equip",
})
FUND_CUES = frozenset({"fund", "finance", "bankroll", "lend", "loan", "loans", "financing"})
# What a lender provides ("a loan from X", "a credit line").
LENDING_NOUNS = frozenset({"loan", "loans", "credit", "grant", "financing", "facility"})
# The money of works ("a loan for the railway", "its debt"): whoever provides it funds them.
MONEY_NOUNS = LENDING_NOUNS | frozenset({"debt", "funding", "finance", "capital", "money",
                                         "investment", "funds"})
PARTICIPATION_CUES = frozenset({
    "build", "construct", "develop", "operate", "implement", "involvement", "participate",
    "participation", "involve", "install", "carry", "attend", "join", "upgrade",
    "modernize", "modernise", "rehabilitate", "expand", "rebuild", "revamp", "extend",
    "refurbish", "electrify", "design", "engineer", "complete", "run", "manage", "lead",
    "handle", "execute", "lay", "pave", "finish",
})
POSITION_NOUNS = frozenset({
    "minister", "president", "prime", "chairman", "chairwoman", "chairperson", "chair", "chief",
    "ceo", "cfo", "coo", "cto", "treasurer", "administrator",
    "director", "head", "governor", "ambassador", "secretary", "fellow", "researcher",
    "professor", "analyst", "economist", "spokesperson", "spokesman", "spokeswoman",
    "specialist", "representative",
    "deputy", "vice", "manager", "founder", "commissioner", "envoy", "mayor", "adviser",
    "advisor", "officer", "official", "executive", "partner", "scholar", "lecturer",
    "premier", "chancellor", "king", "emir", "crown", "sheikh", "general", "consul",
    "undersecretary", "under-secretary", "counselor", "dean", "rector", "strategist",
    "coordinator", "attache", "attaché",
})
# Heads of state or government: a bare title names the leader of the article's country.
LEADER_TITLES = frozenset({
    "president", "prime minister", "premier", "emir", "king", "queen", "sultan",
    "crown prince", "chancellor", "vice president",
})

# ---- attribution ------------------------------------------------------------------------------
SAY_VERBS = frozenset({
    "say", "tell", "report", "announce", "state", "note", "add", "estimate", "show",
    "reveal", "disclose", "confirm", "publish", "release", "write", "predict", "forecast",
    "expect", "project", "claim", "explain", "stress", "emphasize", "emphasise",
})

# ---- numbers and units ------------------------------------------------------------------------
NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12, "dozens": 24,
}
SCALE_WORDS = {
    "thousand": 10**3, "k": 10**3, "million": 10**6, "mln": 10**6, "mn": 10**6, "m": 10**6,
    "billion": 10**9, "bln": 10**9, "bn": 10**9, "b": 10**9, "trillion": 10**12,
    "tln": 10**12, "trn": 10**12, "tn": 10**12, "lakh": 10**5, "crore": 10**7,
}
# Currency words that can stand between an amount and the noun it qualifies.
CURRENCY_WORDS = frozenset({
    "euro", "euros", "dollar", "dollars", "yuan", "yen", "pound", "pounds", "rupee", "rupees",
    "won", "real", "reais", "rouble", "roubles", "ruble", "rubles", "dirham", "dirhams",
    "riyal", "riyals", "peso", "pesos", "baht", "ringgit", "rupiah", "dong", "naira", "rand",
    "franc", "francs", "lira", "tenge", "som", "renminbi",
})
MULTIPLIER_WORDS = {"twice": 2, "double": 2, "triple": 3, "threefold": 3, "twofold": 2,
                    "fourfold": 4, "fivefold": 5, "tenfold": 10, "thrice": 3}
MULTIPLIER_NOUNS = frozenset({"times", "fold", "-fold"})
MULTIPLIER_VERBS = {"doubled": 2, "doubling": 2, "tripled": 3, "tripling": 3, "trebled": 3,
                    "quadrupled": 4}
# Physical units, written form -> canonical unit symbol. Cubic and square meters keep their
# American name, the form annotators of American-spelt copy write; "metres" are m3 and m2.
QUANTITY_UNITS = {
    "mw": "MW", "megawatt": "MW", "megawatts": "MW", "gw": "GW", "gigawatt": "GW",
    "gigawatts": "GW", "kw": "kW", "kilowatt": "kW", "kilowatts": "kW", "mwh": "MWh",
    "gwh": "GWh", "twh": "TWh", "kwh": "kWh", "km": "km", "kilometers": "km",
    "kilometres": "km", "kilometer": "km", "kilometre": "km", "miles": "miles", "mile": "miles",
    "tonnes": "tonnes", "tonne": "tonnes", "tons": "tonnes", "ton": "tonnes", "t": "tonnes",
    "kg": "kg", "barrels": "barrels", "barrel": "barrels", "bpd": "barrels per day",
    "b/d": "barrels per day", "barrels per day": "barrels per day",
    "barrels a day": "barrels per day", "cubic meters": "cubic meters",
    "cubic metres": "m3",
    "bcm": "bcm", "hectares": "hectares", "hectare": "hectares", "ha": "hectares",
    "square meters": "square meters", "square metres": "m2",
    "square kilometers": "km2", "square kilometres": "km2", "sq km": "km2", "km2": "km2",
    "meters": "m", "metres": "m", "meter": "m", "metre": "m", "acres": "acres", "acre": "acres",
    "gallons": "gallons", "gallon": "gallons", "square feet": "square feet",
    "teu": "TEU", "teus": "TEU", "kv": "kV", "kilovolt": "kV", "kilovolts": "kV",
    "litres": "litres", "liters": "litres", "mtpa": "tonnes/year", "km/h": "km/h",
    "kph": "km/h", "tonnes per year": "tonnes", "tonnes a year": "tonnes", "t / y": "tonnes",
    "t/y": "tonnes", "t / yr": "tonnes",
    # hyphened and spelled-out forms, matched on the written text
    "megawatt-hour": "MWh", "megawatt-hours": "MWh", "megawatt hours": "MWh",
    "gigawatt-hour": "GWh", "gigawatt-hours": "GWh", "gigawatt hours": "GWh",
    "kilowatt-hour": "kWh", "kilowatt-hours": "kWh", "kilowatt hours": "kWh",
    "terawatt-hours": "TWh", "terawatt hours": "TWh",
    "twenty-foot equivalent units": "TEU", "twenty-foot equivalent unit": "TEU",
    "barrel-per-day": "barrels per day", "barrels-per-day": "barrels per day",
    "square-meter": "square meters", "square-metre": "m2", "square-kilometer": "km2",
    "square-kilometre": "km2", "cubic-meter": "cubic meters", "cubic-metre": "m3",
}
QUALIFIER_PHRASES = {
    "more than": "moreThan", "over": "moreThan", "above": "moreThan", "exceeding": "moreThan",
    "in excess of": "moreThan", "upwards of": "moreThan", "at least": "atLeast",
    "no less than": "atLeast", "nearly": "approximately", "almost": "approximately",
    "about": "approximately", "around": "approximately", "approximately": "approximately",
    "roughly": "approximately", "some": "approximately", "an estimated": "approximately",
    "close to": "approximately", "less than": "lessThan", "under": "lessThan",
    "below": "lessThan", "fewer than": "lessThan", "up to": "upTo", "as much as": "upTo",
    "as many as": "upTo",
}
QUALIFIER_VERBS = {"exceed": "moreThan", "surpass": "moreThan", "top": "moreThan"}
GROWTH_VERBS = frozenset({
    "grow", "rise", "increase", "jump", "climb", "surge", "soar", "expand", "gain", "up",
    "advance", "fall", "drop", "decline", "decrease", "shrink", "slip", "plunge", "contract",
    "down", "dip", "slide", "tumble",
})

# Dashes that join the parts of a name when no space stands beside them ("China-Kyrgyzstan",
# "Indonesia\u2013Korea\u2013Japan")
NAME_HYPHENS = frozenset({"-", "\u2013"})
