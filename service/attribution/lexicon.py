"""Word lists the engine reasons with, as one extendable value.

The engine is rule-based, so its reach is exactly the reach of these lists. They live in one
`Lexicon` value (not module globals the rules reach into) so a newsroom can add its own outlets,
cue verbs or titles from configuration without touching code: `Lexicon.from_dict(user_json)`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any


def wordset(text: str) -> frozenset[str]:
    """Whitespace-separated words, for word lists kept readable in the source."""
    return frozenset(text.split())

# --- cue verbs ------------------------------------------------------------------------------------
# lemma -> irregular forms (past, present-3rd, -ing, past participle); regular ones are generated.
_IRREGULAR: dict[str, tuple[str, ...]] = {
    "say": ("said", "says", "saying"),
    "tell": ("told", "tells", "telling"),
    "write": ("wrote", "writes", "writing", "written"),
    "speak": ("spoke", "speaks", "speaking"),
    "put it": ("put it", "puts it", "putting it"),
    "quip": ("quipped", "quips", "quipping"),
    "plead": ("pleaded", "pleads", "pleading", "pled"),
    "swear": ("swore", "swears", "swearing"),
    "admit": ("admitted", "admits", "admitting"),
    "slam": ("slammed", "slams", "slamming"),
    "regret": ("regretted", "regrets", "regretting"),
    "rebut": ("rebutted", "rebuts", "rebutting"),
    "commit": ("committed", "commits", "committing"),
    "hit out": ("hit out", "hits out", "hitting out"),
}

_REGULAR = """
state declare stress assure pledge praise describe call accuse dismiss laud congratulate indicate
advise note add warn insist claim argue explain tweet post announce confirm deny reply respond
answer ask urge suggest emphasize emphasise acknowledge vow promise predict recall remark comment
observe conclude continue agree complain criticize criticise condemn blast hail welcome reiterate
repeat maintain contend assert affirm reaffirm joke shout whisper exclaim mutter boast concede
lament caution counter retort testify tout characterize characterise label brand term question
wonder demand propose recommend charge allege mention report reveal disclose write recount insist
stress underline underscore highlight thank greet threaten declare proclaim signal hint estimate
cheer mock decry denounce lambast vow warn pledge yell scream sigh explain elaborate clarify
acknowledge recommend reassure inform announce pledge opine muse reflect cite quote order instruct express
seethe purr reckon rue vent beam rave gloat bemoan enthuse bellow sneer taunt
"""

# Verbs that introduce a relay, not a speaker, when a speaker is also present in the sentence.
RELAY_VERBS = frozenset({"report", "quote", "cite", "carry", "publish", "broadcast", "air"})


def _regular_forms(lemma: str) -> tuple[str, ...]:
    if lemma.endswith("e"):
        return (lemma + "d", lemma + "s", lemma[:-1] + "ing")
    if lemma.endswith("y") and lemma[-2] not in "aeiou":
        return (lemma[:-1] + "ied", lemma[:-1] + "ies", lemma + "ing")
    if lemma.endswith(("s", "sh", "ch", "x", "z")):
        return (lemma + "ed", lemma + "es", lemma + "ing")
    return (lemma + "ed", lemma + "s", lemma + "ing")


def _cue_forms(extra: Iterable[str] = ()) -> dict[str, str]:
    forms: dict[str, str] = {}
    for lemma in {*_REGULAR.split(), *extra}:
        forms[lemma] = lemma
        for f in _regular_forms(lemma):
            forms[f] = lemma
    for lemma, irregular in _IRREGULAR.items():
        forms[lemma] = lemma
        for f in irregular:
            forms[f] = lemma
    forms["carried"] = "carry"
    forms["read"] = forms["reads"] = "read"  # "the statement read" (frames.Sentence.cue_lemma)
    for form, lemma in (("snapped", "snap"), ("snaps", "snap"), ("scoffed", "scoff"), ("scoffs", "scoff"),
                        ("fumed", "fume"), ("fumes", "fume"), ("raged", "rage"), ("rages", "rage"),
                        ("gushed", "gush"), ("gushes", "gush"), ("ruled", "rule"), ("began", "begin"),
                        ("begins", "begin"), ("interrupted", "interrupt"), ("interrupts", "interrupt")):
        # "ruled" alone: "the rule(s)" and "the ruling" are what was decided, not who said it;
        # `"... we've --" Coldiron began.`: the words she began with
        forms[form] = lemma
    # `"...," Whitcomb shot back`: a speech verb only with "back" after it (see Sentence.cue_lemma)
    for form, lemma in (("shot", "shoot back"), ("shoots", "shoot back"), ("fired", "fire back"),
                        ("fires", "fire back"), ("hit", "hit back"), ("hits", "hit back")):
        forms[form] = lemma
    return forms


# --- people: titles and roles ------------------------------------------------------------------------
_TITLES = """
President Vice-President Premier Chancellor King Queen Prince Princess Emperor Empress Pope Minister
Secretary Senator Sen. Rep. Representative Congressman Congresswoman Governor Gov. Mayor Judge
Justice Ambassador Envoy Spokesman Spokeswoman Spokesperson General Gen. Lt. Col. Colonel Lieutenant
Admiral Marshal Commander Captain Capt. Sgt. Sergeant Dr. Dr Mr. Mr Mrs. Mrs Ms. Ms Mx. Prof.
Professor Dean Chairman Chairwoman Chairperson Chair Director Commissioner Chief CEO Leader Whip Lord Lady
Alhaji Alhaja Mallam Shri Sri Smt Smt. Shrimati Barr Barr. Adv Adv. Engr Engr. Hon Hon. Member Manager
Comrade Comr. Otunba Hajiya Arc. Pharm.
Adviser Advisor Ombudsman Comptroller Rev Revd Rt Councilmember Alderman Alderwoman Assemblymember
Sir Dame Sheikh Emir Sultan Cardinal Bishop Archbishop Rabbi Imam Reverend Rev. Coach Detective
Inspector Superintendent Officer Councillor Cllr Cr Councilman Councilwoman Assemblyman Assemblywoman Speaker
Attorney Counsel President-elect Chancellor-elect Crown Pastor Father Sister Brother Officer Analyst
Economist Professor Historian Founder Mufti Ayatollah Defense Defence Secretary-General
Director-General Under-Secretary Vice-Chancellor Co-founder Co-author Co-star Deputy Administrator
Undersecretary Trustee Treasurer Registrar Provost Principal Sheriff Marshal Magistrate Prosecutor Executive
MP MEP MLA MSP TD Supt Supt. DSP ASP OCPD Datuk Datin Dato Dato' Tun Tunku Menteri Mentri Besar CS PS DCP ACP
Taoiseach Tánaiste Det Det. Insp Insp. DCI DSI Sgt Cpl Cpl. Const. Constable Cst. Lt Maj Maj. Brig Brig.
Commodore Cmdr Cmdr. Brigadier Corporal Ensign Prof Seri Maître Me
"""
_ROLE_NOUNS = """
quarterback pitcher bowler wicketkeeper fullback centre-back center-back playmaker
leader president spokesman spokeswoman spokesperson minister secretary official officials chief
executive director analyst analysts expert experts professor lecturer researcher economist lawyer
attorney senator governor mayor ambassador envoy general commander chairman chairwoman founder
head ceo adviser advisor aide dean coach manager owner resident student teacher doctor nurse
officer sister brother wife husband daughter son mother father colleague counterpart correspondent
reporter editor host premier chancellor king queen prince princess diplomat diplomats ministry
spokesperson negotiator strongman dictator administration government agency company firm
observer observers critics critic researchers scientists scientist officials authorities regime
military army police prosecutor prosecutors judge court party foreign-ministry historian fellow
candidate lawmaker lawmakers office spokespeople presidency cabinet embassy taoiseach tánaiste
residents witnesses sources source insiders legislator mp activist activists campaigner chair representative
board captain striker midfielder defender goalkeeper winger skipper player manager trainer boss
physician surgeon engineer architect geologist physiologist scientist economist strategist
shareholder investor founder partner trustee regulator auditor lender broker trader banker
association federation union institute foundation society league alliance coalition council
committee commission department bureau authority group club team organisation organization
airline carrier retailer manufacturer maker insurer operator utility lender startup start-up charity
developer automaker carmaker brand chain supermarket studio conglomerate miner supplier
parent commuter shopper farmer voter patient passenger tenant homeowner landlord pensioner retiree
customer visitor tourist fan supporter protester protestor demonstrator survivor volunteer
shopkeeper fisherman businessman businesswoman entrepreneur grower rancher pharmacist
distributor publisher broadcaster producer
regular driver forecaster meteorologist moderator presenter columnist commentator pundit organiser organizer
curator coordinator vicar priest ruler junta star veteran champion legend actor actress singer
widow widower grandmother grandfather
musician rapper comedian novelist chef member members delegate delegates judiciary prosecution
coroner magistrate inspector detective sheriff constable superintendent solicitor barrister counsel
firefighter paramedic midwife pilot mentor worker workers employee employees staffer staffers
user netizen commenter follower listener viewer caller subscriber motorist trader vendor hawker rider forum
defendant witness juror neighbour neighbor bystander dispatcher hiker rescuer trooper
"""

# --- organisations and places -----------------------------------------------------------------------
_ORG_WORDS = """
Ministry Department Agency University College School Party Council Committee Commission Office
Army Navy Forces Force Police Bank Company Corporation Corp Corp. Co Co. Inc Inc. Ltd Ltd. LLC LLP Plc PLC
Group Institute
Association Union Organization Organisation Federation Foundation Court Parliament Congress Senate
Assembly Government Administration Embassy Service Board Authority Bureau Center Centre Centers Centres League
Club Society Network Times Post News Daily Journal Herald Tribune Gazette Telegraph Guardian
Press Media Television Radio Broadcasting Fund Program Programme Institution Alliance Coalition
Front Movement Secretariat Cabinet Presidency Command Guard Ministry Trust Lab Labs Laboratory
Hospital Museum Library Airlines Airways Motors Industries Holdings Partners Capital Reserve
Cooperative Co-operative Collective Guild Chamber Consortium Syndicate Securities Bancorp Rovers
United Athletic Wanderers Albion Rangers Hotspur Stars Air Telecom Systems Technologies Pharma
Pharmaceuticals Foods Logistics Municipality Directorate Constabulary Household Palace Chancellery House
Petroleum Solutions Software Semiconductor Semiconductors Electric Electronics Studios Entertainment
Railways Utilities Chemicals Properties Realty Hotels Resorts Brands Stores Ferries Lines
Interactive Games Therapeutics Biosciences Biotech Aerospace Robotics Ventures Wireless Communications
Automotive Therapeutics Ventures Robotics Aerospace Biotech Biosciences Brewing Brewery Textiles
Apparel Networks Clinic LLC LLP PLC AG GmbH Solicitors Chambers
Shipping Aggregates Minerals Metals Insurance Investments Developments Estates Supplies Haulage Freight
Farms Dairies Bakeries Engineering Consulting Enterprises Manufacturing Materials Plastics Packaging
Pictures Publishing Analytics Instruments Devices Components Outfitters Supermarkets
Sabha Bundestag Bundesrat Knesset Duma Majlis Storting Riksdag Sejm Dail Seanad Folketing
Eduskunta Althing Oireachtas Legislature
Forum Summit Conference Convention Festival Expo Olympics Championships
"""
# (the last line: gatherings, which a sentence is set at, never a person: "Speaking at the St
# Petersburg International Economic Forum, the Uzbek president declared")
# (portfolio words such as Finance, Transport, Energy or Health are left out: "Finance Minister
# Joseph Otieno" is a person with a title, and an organisation word anywhere makes a run a body)

# people in the plural that no role list holds ("Villagers in Ashby said")
GROUP_NOUNS = wordset("""
locals villagers neighbours neighbors workers voters citizens people staff members families relatives
mourners onlookers
""")


def group_plural(low: str, roles: frozenset[str]) -> bool:
    """A plural noun for people ("residents", "parents", "villagers"), from the role list or the
    group nouns: what a clause-opening capitalised plural is when it is no one's name."""
    if len(low) < 5 or low[-1] != "s" or low.endswith(("ss", "us", "is")):
        return False
    return low in GROUP_NOUNS or low in roles or low[:-1] in roles or (low[-2:] == "es" and low[:-2] in roles)


# Lower-case nouns for a business ("the airline said"): with no description tying them to a name,
# they mean the organisation the article named last, the way a reader takes them.
COMPANY_NOUNS = wordset("""
company firm airline carrier retailer manufacturer maker insurer operator utility bank lender
startup start-up group club team charity developer automaker carmaker brand business chain
supermarket publisher studio conglomerate miner producer supplier chipmaker drugmaker steelmaker
shipbuilder brewer distiller exporter importer refiner
promoter mill factory contractor wholesaler distributor provider foundry refinery caterer
""")
_METONYMS = """
Kremlin|White House|Pentagon|Downing Street|Elysee|Élysée|Blue House|Zhongnanhai|
Whitehall|Quai d'Orsay|Foggy Bottom|Capitol Hill|Vatican|Beltway|Moscow|Beijing|Washington|The Hague|Hague|
Pyongyang|Seoul|Tokyo|Kyiv|Kiev|London|Paris|Berlin|Brussels|Tehran|Jerusalem|Ankara|New Delhi|
Taipei|Islamabad|Canberra|Ottawa|Riyadh|Cairo|Damascus|Baghdad|Kabul|Minsk|Warsaw|Rome|Madrid|
Hanoi|Manila|Jakarta|Bangkok|Caracas|Havana|Brasilia|Brasília|Pretoria|Abuja|Nairobi|Doha|
Abu Dhabi|Tel Aviv|Beirut|Amman|Baku|Yerevan|Tbilisi|Bern|Vienna|Athens|Lisbon|Dublin|Stockholm|
Oslo|Copenhagen|Helsinki|Budapest|Prague|Bucharest|Belgrade|Mexico City|Buenos Aires|Santiago|
Lima|Bogota|Bogotá|Wellington|Singapore|Kuala Lumpur|Naypyidaw|Dhaka|Colombo|Kathmandu|
Rabat|Algiers|Tunis|Tripoli|Khartoum|Addis Ababa|Kampala|Kigali|Dakar|Accra|Luanda|Harare|Lusaka|
Maputo|Windhoek|Gaborone|Muscat|Sanaa|Kuwait City|Manama|Tashkent|Astana|Bishkek|Dushanbe|Ashgabat|
Ulaanbaatar|Phnom Penh|Vientiane|Quito|La Paz|Asuncion|Asunción|Montevideo|Panama City|Managua|
Tegucigalpa|Guatemala City|San Salvador|Port-au-Prince|Santo Domingo|Reykjavik|Riga|Tallinn|Vilnius|
Chisinau|Sofia|Zagreb|Ljubljana|Sarajevo|Skopje|Tirana|Podgorica|Pristina|Bratislava|Nicosia|
Valletta|Amsterdam|The Hague|Canberra|Brasília|Mogadishu|Juba|Niamey|Bamako|Ouagadougou|Yaounde|Kinshasa
"""
_COUNTRIES = """
Russia|China|North Korea|South Korea|Korea|Japan|Ukraine|United States|United States of America|
U.S.|US|USA|America|Britain|Great Britain|United Kingdom|UK|U.K.|France|Germany|Italy|Spain|Iran|
Iraq|Syria|Israel|India|Pakistan|Afghanistan|Turkey|Türkiye|Canada|Mexico|Brazil|Argentina|
Australia|New Zealand|Taiwan|Vietnam|Philippines|Indonesia|Malaysia|Thailand|Myanmar|Belarus|
Poland|Hungary|Egypt|Saudi Arabia|Qatar|Israel|Palestine|Gaza|Lebanon|Jordan|Venezuela|Cuba|
Nigeria|Kenya|South Africa|Ethiopia|European Union|EU|NATO|Asia|Europe|Africa|Kursk|Crimea|
Alaska|Tiananmen Square|Great Hall of the People|Korean Peninsula|Northeast Asia|East Asia|
World War II|World War Two|Cold War|Korean War|Victory Day|Ukraine War|Middle East|
Albania|Algeria|Andorra|Angola|Armenia|Austria|Azerbaijan|Bahamas|Bahrain|Bangladesh|Barbados|
Belgium|Belize|Benin|Bhutan|Bolivia|Bosnia|Bosnia and Herzegovina|Botswana|Brunei|Bulgaria|
Burkina Faso|Burundi|Cambodia|Cameroon|Cape Verde|Chad|Chile|Colombia|Comoros|Congo|Costa Rica|
Croatia|Cyprus|Czech Republic|Czechia|Denmark|Djibouti|Dominica|Dominican Republic|Ecuador|
El Salvador|Eritrea|Estonia|Eswatini|Fiji|Finland|Gabon|Gambia|Georgia|Ghana|Greece|Grenada|
Guatemala|Guinea|Guyana|Haiti|Honduras|Iceland|Ireland|Ivory Coast|Jamaica|Kazakhstan|Kosovo|
Kuwait|Kyrgyzstan|Laos|Latvia|Lesotho|Liberia|Libya|Liechtenstein|Lithuania|Luxembourg|Madagascar|
Malawi|Maldives|Mali|Malta|Mauritania|Mauritius|Moldova|Monaco|Mongolia|Montenegro|Morocco|
Mozambique|Namibia|Nepal|Netherlands|Nicaragua|Niger|North Macedonia|Norway|Oman|Panama|
Papua New Guinea|Paraguay|Peru|Portugal|Romania|Rwanda|Samoa|San Marino|Senegal|Serbia|Seychelles|
Sierra Leone|Slovakia|Slovenia|Somalia|South Sudan|Sri Lanka|Sudan|Suriname|Sweden|Switzerland|
Tajikistan|Tanzania|Togo|Tonga|Trinidad and Tobago|Tunisia|Turkmenistan|Uganda|United Arab Emirates|
UAE|Uruguay|Uzbekistan|Vanuatu|Yemen|Zambia|Zimbabwe|Scotland|Wales|England|Northern Ireland|
Alabama|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Hawaii|Idaho|Illinois|
Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|
Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|
North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|
Texas|Utah|Vermont|Virginia|West Virginia|Wisconsin|Wyoming|Bavaria|Catalonia|Quebec|Ontario|
Siberia|Tibet|Xinjiang|Hong Kong|Kashmir|Punjab|Donbas|West Bank|Golan Heights|Balkans|Baltics|
Caribbean|Latin America|South America|North America|Central Asia|Southeast Asia|Gulf|Sahel|Arctic|
Antarctica|Pacific|Atlantic|Mediterranean|Scandinavia|Silicon Valley|Wall Street
"""

# Adjectives of places: capitalised, but never a person ("The Philippine coast guard", "South Korean
# troops"); kept out of the people an article names.
# Nationalities as nouns for a person ("The Briton, who ...", "the Spaniard said").
DEMONYM_NOUNS = wordset("""
Briton Britons Spaniard Frenchman Frenchwoman Englishman Englishwoman Scot Scotsman Welshman Welshwoman
Irishman Irishwoman Dutchman Dutchwoman Dane Swede Finn Pole Croat Serb Czech Slovak Turk Kiwi Aussie
Swiss Argentine Filipino Filipina Thai Iraqi Israeli Afghan
Londoner Dubliner Berliner Aucklander Queenslander Glaswegian Liverpudlian Mancunian Geordie Scouser
Yorkshireman Cornishman Muscovite Parisian Floridian Bostonian Chicagoan Torontonian Melburnian Sydneysider
Ohioan Jamaican Uruguayan
""")
DEMONYMS = frozenset(w.casefold() for w in """
Chinese|Japanese|Russian|American|British|French|German|Italian|Spanish|Philippine|Filipino|Korean|
North Korean|South Korean|Ukrainian|Indian|Pakistani|Iranian|Iraqi|Syrian|Israeli|Palestinian|Turkish|
Egyptian|Saudi|Mexican|Brazilian|Canadian|Australian|European|African|Asian|Arab|Polish|Dutch|Belgian|
Swiss|Swedish|Norwegian|Danish|Finnish|Greek|Portuguese|Irish|Scottish|Welsh|English|Vietnamese|Thai|
Indonesian|Malaysian|Burmese|Nigerian|Kenyan|Ethiopian|South African|Venezuelan|Cuban|Argentine|
Argentinian|Chilean|Colombian|Peruvian|Taiwanese|Belarusian|Hungarian|Czech|Slovak|Romanian|Bulgarian|
Serbian|Croatian|Afghan|Lebanese|Jordanian|Qatari|Emirati|Moroccan|Algerian|Tunisian|Libyan|Sudanese|
Western|Eastern|Soviet|Kurdish|Yemeni|Georgian|Armenian|Azerbaijani|Kazakh|Uzbek|Mongolian|Nepali|
Bangladeshi|Sri Lankan|Maltese|Cypriot|Icelandic|Estonian|Latvian|Lithuanian|Moldovan|Albanian|
Bosnian|Slovenian|Macedonian|Montenegrin|Austrian|Ghanaian|Senegalese|Somali|Rwandan|Ugandan|
Tanzanian|Zimbabwean|Congolese|Angolan|Nepalese|Singaporean|Cambodian|Laotian|Tibetan|Uighur|Uyghur|
Latin American|Middle Eastern|Gulf|Nordic|Baltic|Balkan|Caribbean|Pacific|Atlantic|Mediterranean|
New Zealand|Scandinavian|Bavarian|Catalan|Basque|Flemish|Texan|Californian|Chechen|Crimean|
North American|South American|Central American|East African|West African|South Asian|Southeast Asian|
East Asian|Sub-Saharan
""".replace("\n", "").split("|") if w)

# Lower-case words that start a comma-bounded aside ("Putin, however, said"), never a name.
ASIDE_STARTERS = wordset("""
a an the who which whose whom however meanwhile though also too in for at on as then later still
moreover furthermore instead likewise nonetheless nevertheless notably speaking herself himself
itself themselves now once earlier separately previously reportedly according
""")

# Words that may sit between a subject and its verb without breaking the clause.
ADVERBS = wordset("""
also further later then again once publicly privately repeatedly reportedly recently previously
earlier simply sharply firmly flatly bluntly openly quickly immediately briefly has had have will
would could would've may might had already even still too just warmly strongly angrily separately
directly personally herself himself itself themselves once later subsequently first originally
exclusively initially
""")

# Capitalised words that begin sentences but never names.
STOP_CAPS = wordset("""
Tens Hundreds Dozens Millions Scores
The A An In On At For But And Or Both State This That These Those It He She They We I You His Her
Their Our Its My As According When While After Before During Despite Since If Still Yet So Then Now
Meanwhile However Over Under With Without From To By Of Experts Analysts Officials Observers Critics
Leaders Senior Thousands Many Some Most Several Few All Each Every No Not Western Eastern Northern
Southern Independent Further Much There Here What Who Why How Where Which Whether Although Though
Even Also Instead Moreover Furthermore Last Next Earlier Later Today Yesterday Tomorrow Monday
Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August
September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Mr Mrs Ms Dr
Sources Source Photo FILE PHOTO Read More Related Published Updated Write Speaking Asked Asked: Q A:
Q: Top Breaking Live Watch Video Image Getty AFP/Getty Reuters/ Images
Until Unless Upon Once Because Among Amid Between Within Throughout About Around Roughly Nearly Almost
Across Along Behind Beyond Toward Towards Inside Outside
Immediately Initially Ultimately Eventually Finally Clearly Obviously Understandably Unsurprisingly
Interestingly Notably Crucially Importantly Fortunately Unfortunately Sadly Tellingly Predictably
Curiously Ironically Separately Similarly Likewise Additionally Previously Recently Currently
Subsequently Reportedly Apparently Elsewhere Afterwards Afterward Overall Already Originally
Historically Typically Traditionally Privately Publicly Hours Minutes Moments Days Weeks
Having Being Replying Responding Addressing Noting Citing Describing Referring Pointing Echoing
Acknowledging Insisting Defending Turning Lead Senior Junior Mon Tue Tues Wed Thu Thur Thurs Fri Sat
Nobody Everybody Everyone Anyone Anybody Someone Somebody
""")

HOLIDAYS = frozenset({
    "new year", "new year's eve", "new year's day", "lunar new year", "chinese new year", "christmas",
    "christmas eve", "christmas day", "easter", "easter sunday", "easter monday", "good friday",
    "boxing day", "thanksgiving", "halloween", "ramadan", "eid", "eid al-fitr", "eid al-adha", "diwali",
    "hanukkah", "passover", "yom kippur", "rosh hashanah", "independence day", "labor day", "labour day",
    "memorial day", "black friday", "cyber monday", "valentine's day", "mother's day", "father's day",
    "st patrick's day", "bastille day", "australia day", "canada day", "anzac day", "remembrance day",
    "veterans day", "martin luther king day", "presidents day", "juneteenth", "holi", "vesak", "nowruz"})
"""Days of the year, which a capitalised run may be but no one is ("after New Year's Eve")."""
HOLIDAY_LAST = frozenset(w.split()[-1].title() for w in HOLIDAYS) | {"Al-Fitr", "Al-Adha", "Day", "Eve"}

# Words that open a sentence capitalised but never start a name: prepositions and adverbs of
# place, time and manner ("Back at the branch, Dana Whitcombe ...", "Among those there was ...",
# "Late on Sunday, the army said"). Kept apart from STOP_CAPS because they are stripped only at a
# sentence's start, where capitals prove nothing.
SENTENCE_OPENERS = wordset("""
Back Among Amid Amidst Across Along Alongside Around Behind Beyond Beneath Between Inside Outside
Near Nearby Through Throughout Toward Towards Upon Within Late Early Once Twice Again Already Almost
Only Just Perhaps Maybe Indeed Nevertheless Nonetheless Otherwise Overall Shortly Soon Elsewhere
Separately Similarly Finally Eventually Initially Originally Recently Currently Previously Formerly
Former Outgoing Incoming Interim
Ultimately Fortunately Unfortunately Sadly Ironically Notably Privately Publicly Officially Like
Unlike Besides Beside Following Including Regarding Concerning Given Considering Hours Minutes Days
Weeks Months Years Moments Decades Away Down Up Out Off Above Below Against Except Past Via Nor
Neither Either Yes Please Thanks Sure Born Elected Appointed Reached Contacted Citing Quoting
Pressed Interviewed Approached Told Known Based Founded Describing Addressing Writing Referring
Responding Reacting Commenting Explaining Echoing Visiting Returning Standing Sitting Walking
Another Other Such
""")

# Words that mark the quoted span as a title or a name, not speech.
NAMING_WORDS = wordset("""
film movie book novel song album show series play poem opera documentary titled entitled called
dubbed nicknamed named known so-called term word phrase slogan motto hashtag headline painting
exhibition podcast programme program single track memoir essay article column brand label operation
codenamed code-named drama sitcom thriller musical tour EP mixtape trilogy miniseries docuseries sequel
prequel biopic
""")

PRONOUNS_PERSON = frozenset({"he", "she"})
PRONOUNS_GROUP = frozenset({"they", "it", "we", "i"})

# Generic descriptions a text uses for an outlet it named ("state media KCNA").
MEDIA_DESCRIPTORS = (
    "state media", "state-run media", "state news agency", "official news agency", "state broadcaster",
    "state television", "state tv", "state-run news agency", "the news agency", "the agency",
    "state newspaper", "official media", "state outlet", "state-controlled media", "the broadcaster",
    "the newspaper", "the paper", "the station", "the channel", "the magazine", "the daily",
    "the tabloid", "the network",
)

# Nouns that, written in lower case right before a capitalised name, say the name is an outlet
# ("the business weekly Marktblatt", "the regional broadcaster Nordwelle"): an unknown outlet is
# still a relay when the article tells us what it is.
MEDIA_HEADS = wordset("""
agency daily weekly newspaper paper tabloid broadcaster radio television channel magazine website
site outlet station network monthly journal podcast
""")

# Last words that make an unknown capitalised run an outlet's own name ("Lowmarsh Ledger", "Baltica
# Wire", "Valdoria One"): papers and broadcasters name themselves this way, people and places never
# do, so an article's unfamiliar outlets still become relays.
OUTLET_NAME_HEADS = wordset("""
Agency Wire Post Times Herald Ledger Tribune Gazette Journal Courier Chronicle Radio TV Television
One News Mirror Globe Observer Guardian Express Telegraph Mail Standard Record Review Bulletin
Monitor Dispatch Inquirer Examiner Sentinel Register Press Daily Weekly Broadcasting Insider Digest
Echo Clarion Beacon Monthly Quarterly Sport Sports FM Star
""")

def titled_outlet(name: str) -> bool:
    """Whether a name written after a capital "The" is shaped like a paper's ("The Herald", "The
    Daily Star"): the way it ends, or a daily's first word."""
    words = name.split()
    return bool(words) and (words[-1] in OUTLET_NAME_HEADS or words[0] in ("Daily", "Weekly", "Sunday"))


# First words that make an unknown capitalised run a broadcaster's name ("Radio Vesta", "TV Nord").
OUTLET_NAME_FIRSTS = wordset("""
Radio TV Television Channel
""")

# Role nouns that name a body, not a person: typed "organization" when the article never ties
# them to a name ("the airport's board said").
ORG_ROLES = wordset("""
board ministry agency company firm government administration office cabinet embassy presidency
council committee court party regime military army police authorities commission
association federation union institute foundation society league alliance coalition department
bureau authority group club team organisation organization
airline carrier retailer manufacturer maker insurer operator utility lender startup start-up charity
developer automaker carmaker brand chain supermarket studio conglomerate miner supplier
""")

# Lower-case occupations that end this way are roles even when no list names them.
ROLE_SUFFIXES = ("ologist", "ist")


def is_role(low: str, roles: frozenset[str]) -> bool:
    """A lower-case occupational noun: listed, or built like one ("physiologist", "lobbyist").

    Verbs ending the same way (insist, resist) and lists (playlist) are kept out by their endings.
    """
    if low in roles:
        return True
    return len(low) > 6 and low.endswith(ROLE_SUFFIXES) and not low.endswith("sist") and \
        not (low.endswith("list") and not low.endswith("alist"))

_OUTLETS: list[dict[str, Any]] = [
    {"name": "Reuters", "aliases": ["Thomson Reuters"], "type": "agency"},
    # broadcast programmes a speaker is heard on ("on Morning Ireland, he ..."): an outlet, never a person
    {"name": "Morning Ireland", "aliases": [], "type": "media"},
    {"name": "Newsnight", "aliases": [], "type": "media"},
    {"name": "Face the Nation", "aliases": [], "type": "media"},
    {"name": "Meet the Press", "aliases": [], "type": "media"},
    {"name": "Question Time", "aliases": [], "type": "media"},
    {"name": "Good Morning Britain", "aliases": [], "type": "media"},
    {"name": "Good Morning America", "aliases": [], "type": "media"},
    {"name": "Hardtalk", "aliases": [], "type": "media"},
    {"name": "Newshour", "aliases": [], "type": "media"},
    {"name": "PBS NewsHour", "aliases": [], "type": "media"},
    {"name": "60 Minutes", "aliases": [], "type": "media"},
    {"name": "Fox & Friends", "aliases": [], "type": "media"},
    {"name": "Morning Joe", "aliases": [], "type": "media"},
    {"name": "Squawk Box", "aliases": [], "type": "media"},
    {"name": "Morning Edition", "aliases": [], "type": "media"},
    {"name": "All Things Considered", "aliases": [], "type": "media"},
    {"name": "BBC Breakfast", "aliases": [], "type": "media"},
    {"name": "Woman's Hour", "aliases": [], "type": "media"},
    {"name": "World at One", "aliases": [], "type": "media"},
    {"name": "Lateline", "aliases": [], "type": "media"},
    {"name": "Four Corners", "aliases": [], "type": "media"},
    {"name": "CBS Mornings", "aliases": [], "type": "media"},
    {"name": "Sunday Morning Futures", "aliases": [], "type": "media"},
    {"name": "The Late Late Show", "aliases": [], "type": "media"},
    {"name": "RN Breakfast", "aliases": [], "type": "media"},
    {"name": "Nine to Noon", "aliases": [], "type": "media"},
    {"name": "AP", "aliases": ["Associated Press", "The Associated Press", "A.P."], "type": "agency"},
    {"name": "AFP", "aliases": ["Agence France-Presse", "Agence France Presse"], "type": "agency"},
    {"name": "KCNA", "aliases": ["Korean Central News Agency"], "type": "agency"},
    {"name": "Xinhua", "aliases": ["Xinhua News Agency"], "type": "agency"},
    {"name": "TASS", "aliases": ["Tass"], "type": "agency"},
    {"name": "RIA Novosti", "aliases": ["RIA"], "type": "agency"},
    {"name": "Interfax", "aliases": [], "type": "agency"},
    {"name": "Yonhap", "aliases": ["Yonhap News Agency"], "type": "agency"},
    {"name": "Kyodo", "aliases": ["Kyodo News"], "type": "agency"},
    {"name": "dpa", "aliases": ["Deutsche Presse-Agentur", "DPA"], "type": "agency"},
    {"name": "ANSA", "aliases": [], "type": "agency"},
    {"name": "EFE", "aliases": [], "type": "agency"},
    {"name": "Anadolu", "aliases": ["Anadolu Agency"], "type": "agency"},
    {"name": "IRNA", "aliases": ["Islamic Republic News Agency"], "type": "agency"},
    {"name": "Press Trust of India", "aliases": ["PTI"], "type": "agency"},
    {"name": "Bloomberg", "aliases": ["Bloomberg News"], "type": "media"},
    {"name": "CNN", "aliases": [], "type": "media"},
    {"name": "BBC", "aliases": ["BBC News", "British Broadcasting Corporation"], "type": "media"},
    {"name": "NBC", "aliases": ["NBC News"], "type": "media"},
    {"name": "CBS", "aliases": ["CBS News"], "type": "media"},
    {"name": "ABC News", "aliases": [], "type": "media"},
    {"name": "Fox News", "aliases": [], "type": "media"},
    {"name": "MSNBC", "aliases": [], "type": "media"},
    {"name": "CNBC", "aliases": [], "type": "media"},
    {"name": "NPR", "aliases": ["National Public Radio"], "type": "media"},
    {"name": "Sky News", "aliases": [], "type": "media"},
    # parliaments' own records and channels, relays of what was said in the chamber (session 20)
    {"name": "Hansard", "aliases": [], "type": "media"},
    {"name": "Congressional Record", "aliases": [], "type": "media"},
    {"name": "Sansad TV", "aliases": ["Lok Sabha TV", "Rajya Sabha TV"], "type": "media"},
    {"name": "CPAC", "aliases": [], "type": "media"},
    {"name": "Euractiv", "aliases": ["EURACTIV"], "type": "media"},
    # sports broadcasters and papers a match report credits (session 20)
    {"name": "Sky Sports News", "aliases": [], "type": "media"},
    {"name": "Sky Sports F1", "aliases": [], "type": "media"},
    {"name": "Sky Sport Italia", "aliases": ["Sky Sport Italy"], "type": "media"},
    {"name": "BBC Radio 5 Live", "aliases": ["Radio 5 Live", "5 Live", "BBC 5 Live"], "type": "media"},
    {"name": "Match of the Day", "aliases": ["BBC Match of the Day"], "type": "media"},
    {"name": "TNT Sports", "aliases": [], "type": "media"},
    {"name": "BT Sport", "aliases": [], "type": "media"},
    {"name": "Star Sports", "aliases": [], "type": "media"},
    {"name": "Channel 9", "aliases": ["Channel Nine", "Nine Network", "Wide World of Sports"],
     "type": "media"},
    {"name": "Fox Cricket", "aliases": [], "type": "media"},
    {"name": "Fox Sports", "aliases": [], "type": "media"},
    {"name": "ESPNcricinfo", "aliases": ["Cricinfo"], "type": "media"},
    {"name": "F1 TV", "aliases": [], "type": "media"},
    {"name": "DAZN", "aliases": [], "type": "media"},
    {"name": "beIN Sports", "aliases": ["beIN SPORTS"], "type": "media"},
    {"name": "Eurosport", "aliases": [], "type": "media"},
    {"name": "NBC Sports", "aliases": [], "type": "media"},
    {"name": "SuperSport", "aliases": [], "type": "media"},
    {"name": "RMC Sport", "aliases": [], "type": "media"},
    {"name": "Optus Sport", "aliases": [], "type": "media"},
    {"name": "Stan Sport", "aliases": [], "type": "media"},
    {"name": "Mundo Deportivo", "aliases": [], "type": "media"},
    {"name": "Canal+", "aliases": ["Canal Plus"], "type": "media"},
    {"name": "Al Jazeera", "aliases": [], "type": "media"},
    {"name": "Deutsche Welle", "aliases": ["DW"], "type": "media"},
    {"name": "France 24", "aliases": [], "type": "media"},
    {"name": "Euronews", "aliases": [], "type": "media"},
    {"name": "The New York Times", "aliases": ["New York Times", "NYT"], "type": "media"},
    {"name": "The Washington Post", "aliases": ["Washington Post"], "type": "media"},
    {"name": "The Wall Street Journal", "aliases": ["Wall Street Journal", "WSJ"], "type": "media"},
    {"name": "The Guardian", "aliases": ["Guardian"], "type": "media"},
    {"name": "Financial Times", "aliases": ["The Financial Times", "FT"], "type": "media"},
    {"name": "The Economist", "aliases": ["Economist"], "type": "media"},
    {"name": "The Telegraph", "aliases": ["Daily Telegraph"], "type": "media"},
    {"name": "USA Today", "aliases": [], "type": "media"},
    {"name": "Los Angeles Times", "aliases": ["LA Times"], "type": "media"},
    {"name": "Politico", "aliases": [], "type": "media"},
    {"name": "Axios", "aliases": [], "type": "media"},
    {"name": "Newsweek", "aliases": [], "type": "media"},
    {"name": "China Daily", "aliases": [], "type": "media"},
    {"name": "Global Times", "aliases": [], "type": "media"},
    {"name": "People's Daily", "aliases": ["People’s Daily"], "type": "media"},
    {"name": "CCTV", "aliases": ["China Central Television"], "type": "media"},
    {"name": "CGTN", "aliases": [], "type": "media"},
    {"name": "South China Morning Post", "aliases": ["SCMP"], "type": "media"},
    {"name": "Nikkei", "aliases": ["Nikkei Asia"], "type": "media"},
    {"name": "NHK", "aliases": [], "type": "media"},
    {"name": "Asahi Shimbun", "aliases": ["Asahi"], "type": "media"},
    {"name": "Korea Herald", "aliases": ["The Korea Herald"], "type": "media"},
    {"name": "Korea JoongAng Daily", "aliases": ["JoongAng Daily"], "type": "media"},
    {"name": "Chosun Ilbo", "aliases": [], "type": "media"},
    {"name": "Rodong Sinmun", "aliases": [], "type": "media"},
    {"name": "NK News", "aliases": [], "type": "media"},
    {"name": "RT", "aliases": ["Russia Today"], "type": "media"},
    {"name": "Sputnik", "aliases": [], "type": "media"},
    {"name": "Der Spiegel", "aliases": ["Spiegel"], "type": "media"},
    {"name": "Le Monde", "aliases": [], "type": "media"},
    {"name": "Haaretz", "aliases": [], "type": "media"},
    {"name": "Times of Israel", "aliases": ["The Times of Israel"], "type": "media"},
    {"name": "Jerusalem Post", "aliases": ["The Jerusalem Post"], "type": "media"},
    {"name": "Times of India", "aliases": ["The Times of India"], "type": "media"},
    {"name": "Hindustan Times", "aliases": [], "type": "media"},
    {"name": "Straits Times", "aliases": ["The Straits Times"], "type": "media"},
    {"name": "Channel NewsAsia", "aliases": ["CNA"], "type": "media"},
    {"name": "Kyiv Independent", "aliases": ["The Kyiv Independent"], "type": "media"},
    {"name": "Ukrinform", "aliases": [], "type": "agency"},
    {"name": "Truth Social", "aliases": [], "type": "platform"},
    {"name": "Twitter", "aliases": [], "type": "platform"},
    {"name": "X", "aliases": ["X, formerly Twitter", "X (formerly Twitter)"], "type": "platform"},
    {"name": "Facebook", "aliases": ["Facebook Live"], "type": "platform"},
    {"name": "Instagram", "aliases": ["Instagram Live"], "type": "platform"},
    {"name": "Telegram", "aliases": [], "type": "platform"},
    {"name": "Weibo", "aliases": [], "type": "platform"},
    {"name": "YouTube", "aliases": ["YouTube Live"], "type": "platform"},
    {"name": "TikTok", "aliases": [], "type": "platform"},
    # widely cited outlets a wire or broadsheet story names as relays (session 3)
    {"name": "Sky Sports", "aliases": [], "type": "media"},
    {"name": "Sky News", "aliases": [], "type": "media"},
    {"name": "BBC Sport", "aliases": [], "type": "media"},
    {"name": "BBC Radio 4", "aliases": ["Radio 4"], "type": "media"},
    {"name": "ESPN", "aliases": [], "type": "media"},
    {"name": "The Athletic", "aliases": ["Athletic"], "type": "media"},
    {"name": "Bloomberg Television", "aliases": ["Bloomberg TV"], "type": "media"},
    {"name": "Tasnim", "aliases": ["Tasnim News Agency"], "type": "agency"},
    {"name": "Fars News Agency", "aliases": [], "type": "agency"},
    {"name": "ISNA", "aliases": [], "type": "agency"},
    {"name": "Mehr News Agency", "aliases": [], "type": "agency"},
    {"name": "Al Arabiya", "aliases": [], "type": "media"},
    {"name": "Asharq Al-Awsat", "aliases": [], "type": "media"},
    {"name": "Al-Ahram", "aliases": ["Al Ahram"], "type": "media"},
    {"name": "Arab News", "aliases": [], "type": "media"},
    {"name": "Gulf News", "aliases": [], "type": "media"},
    {"name": "WAFA", "aliases": [], "type": "agency"},
    {"name": "Ynet", "aliases": [], "type": "media"},
    {"name": "Semafor", "aliases": [], "type": "media"},
    {"name": "El País", "aliases": ["El Pais"], "type": "media"},
    {"name": "Bild", "aliases": [], "type": "media"},
    {"name": "ARD", "aliases": [], "type": "media"},
    {"name": "ZDF", "aliases": [], "type": "media"},
    {"name": "RFI", "aliases": ["Radio France Internationale"], "type": "media"},
    {"name": "Yomiuri Shimbun", "aliases": ["Yomiuri"], "type": "media"},
    {"name": "NDTV", "aliases": [], "type": "media"},
    {"name": "ANI", "aliases": ["Asian News International"], "type": "agency"},
    {"name": "Geo News", "aliases": [], "type": "media"},
    {"name": "Daily Nation", "aliases": [], "type": "media"},
    {"name": "News24", "aliases": [], "type": "media"},
    {"name": "Rappler", "aliases": [], "type": "media"},
    {"name": "ABS-CBN", "aliases": [], "type": "media"},
    {"name": "GMA News", "aliases": [], "type": "media"},
    {"name": "Kompas", "aliases": [], "type": "media"},
    {"name": "Antara", "aliases": ["Antara news agency"], "type": "agency"},
    {"name": "Bernama", "aliases": [], "type": "agency"},
    {"name": "Vietnam News Agency", "aliases": ["VNA"], "type": "agency"},
    {"name": "Folha de S.Paulo", "aliases": ["Folha"], "type": "media"},
    {"name": "Clarín", "aliases": ["Clarin"], "type": "media"},
    {"name": "El Universal", "aliases": [], "type": "media"},
    {"name": "Milenio", "aliases": [], "type": "media"},
    {"name": "CBC News", "aliases": ["CBC"], "type": "media"},
    {"name": "CTV News", "aliases": ["CTV"], "type": "media"},
    {"name": "Globe and Mail", "aliases": ["The Globe and Mail"], "type": "media"},
    {"name": "Sydney Morning Herald", "aliases": ["The Sydney Morning Herald"], "type": "media"},
    {"name": "RNZ", "aliases": ["Radio New Zealand"], "type": "media"},
    {"name": "The Australian", "aliases": [], "type": "media"},
    {"name": "ABC", "aliases": ["Australian Broadcasting Corporation"], "type": "media"},
    {"name": "The Age", "aliases": [], "type": "media"},
    {"name": "Australian Financial Review", "aliases": ["AFR", "The Australian Financial Review"],
     "type": "media"},
    {"name": "New Zealand Herald", "aliases": ["NZ Herald", "The New Zealand Herald"], "type": "media"},
    {"name": "Stuff", "aliases": [], "type": "media"},
    {"name": "Newshub", "aliases": [], "type": "media"},
    {"name": "Daily Mirror", "aliases": ["The Mirror", "Mirror", "The Daily Mirror"], "type": "media"},
    {"name": "PBS", "aliases": [], "type": "media"},
    {"name": "Daily Mail", "aliases": ["The Daily Mail"], "type": "media"},
    {"name": "The Independent", "aliases": [], "type": "media"},
    {"name": "Channel 4 News", "aliases": [], "type": "media"},
    {"name": "ITV News", "aliases": [], "type": "media"},
    {"name": "LBC", "aliases": [], "type": "media"},
    {"name": "Times Radio", "aliases": [], "type": "media"},
    {"name": "GB News", "aliases": [], "type": "media"},
    {"name": "Ukrainska Pravda", "aliases": [], "type": "media"},
    {"name": "Meduza", "aliases": [], "type": "media"},
    {"name": "Novaya Gazeta", "aliases": [], "type": "media"},
    {"name": "Kommersant", "aliases": [], "type": "media"},
    {"name": "Izvestia", "aliases": [], "type": "media"},
    {"name": "JoongAng Ilbo", "aliases": ["Korea JoongAng Daily"], "type": "media"},
    {"name": "Korea Times", "aliases": ["The Korea Times"], "type": "media"},
    {"name": "KBS", "aliases": [], "type": "media"},
    {"name": "MBC", "aliases": [], "type": "media"},
    # session 4: entertainment, technology, national broadcasters, agencies and papers of record
    # that stories cite as relays ("told Variety", "according to Lusa"). Left out or only in a
    # long form: titles that are common words or names (People, Time, Fortune, Dawn, Stern,
    # Forbes), and "The X" whose bare X is (Hill, Atlantic, Hindu, Information, Irrawaddy), because
    # a lookup strips "the"; the "<Name> newspaper/magazine" rule still finds them in context
    {"name": "Variety", "aliases": [], "type": "media"},
    {"name": "Deadline", "aliases": ["Deadline Hollywood"], "type": "media"},
    {"name": "The Hollywood Reporter", "aliases": ["Hollywood Reporter"], "type": "media"},
    {"name": "Billboard", "aliases": [], "type": "media"},
    {"name": "Rolling Stone", "aliases": [], "type": "media"},
    {"name": "Entertainment Tonight", "aliases": [], "type": "media"},
    {"name": "Vanity Fair", "aliases": [], "type": "media"},
    {"name": "Vogue", "aliases": [], "type": "media"},
    {"name": "GQ", "aliases": [], "type": "media"},
    {"name": "Esquire", "aliases": [], "type": "media"},
    {"name": "Harper's Bazaar", "aliases": [], "type": "media"},
    {"name": "Entertainment Weekly", "aliases": [], "type": "media"},
    {"name": "TMZ", "aliases": [], "type": "media"},
    {"name": "Page Six", "aliases": [], "type": "media"},
    {"name": "Us Weekly", "aliases": [], "type": "media"},
    {"name": "Pitchfork", "aliases": [], "type": "media"},
    {"name": "NME", "aliases": [], "type": "media"},
    {"name": "People magazine", "aliases": [], "type": "media"},
    {"name": "The Verge", "aliases": ["Verge"], "type": "media"},
    {"name": "TechCrunch", "aliases": [], "type": "media"},
    {"name": "Ars Technica", "aliases": [], "type": "media"},
    {"name": "Engadget", "aliases": [], "type": "media"},
    {"name": "CNET", "aliases": [], "type": "media"},
    {"name": "ZDNet", "aliases": [], "type": "media"},
    {"name": "Gizmodo", "aliases": [], "type": "media"},
    {"name": "Mashable", "aliases": [], "type": "media"},
    {"name": "Wired", "aliases": ["Wired magazine"], "type": "media"},
    {"name": "Barron's", "aliases": [], "type": "media"},
    {"name": "MarketWatch", "aliases": [], "type": "media"},
    {"name": "Business Insider", "aliases": [], "type": "media"},
    {"name": "Fortune magazine", "aliases": [], "type": "media"},
    {"name": "Caixin", "aliases": [], "type": "media"},
    {"name": "Handelsblatt", "aliases": [], "type": "media"},
    {"name": "Les Echos", "aliases": [], "type": "media"},
    {"name": "The New Yorker", "aliases": ["New Yorker"], "type": "media"},
    {"name": "The Atlantic", "aliases": [], "type": "media"},
    {"name": "The Paris Review", "aliases": ["Paris Review"], "type": "media"},
    {"name": "New York Times Book Review", "aliases": ["The New York Times Book Review"], "type": "media"},
    {"name": "Nature", "aliases": ["the journal Nature"], "type": "media"},
    {"name": "Foreign Policy", "aliases": [], "type": "media"},
    {"name": "Foreign Affairs", "aliases": [], "type": "media"},
    {"name": "The New Republic", "aliases": ["New Republic"], "type": "media"},
    {"name": "National Review", "aliases": [], "type": "media"},
    {"name": "Slate", "aliases": [], "type": "media"},
    {"name": "HRT", "aliases": ["Croatian Radiotelevision"], "type": "media"},
    {"name": "New England Journal of Medicine", "aliases": ["The New England Journal of Medicine", "NEJM"],
     "type": "media"},
    {"name": "HuffPost", "aliases": ["Huffington Post"], "type": "media"},
    {"name": "BuzzFeed News", "aliases": [], "type": "media"},
    {"name": "ProPublica", "aliases": [], "type": "media"},
    {"name": "C-SPAN", "aliases": [], "type": "media"},
    {"name": "Time magazine", "aliases": [], "type": "media"},
    {"name": "Chicago Tribune", "aliases": [], "type": "media"},
    {"name": "Boston Globe", "aliases": ["The Boston Globe"], "type": "media"},
    {"name": "Houston Chronicle", "aliases": [], "type": "media"},
    {"name": "Miami Herald", "aliases": [], "type": "media"},
    {"name": "Seattle Times", "aliases": ["The Seattle Times"], "type": "media"},
    {"name": "Denver Post", "aliases": ["The Denver Post"], "type": "media"},
    {"name": "Star Tribune", "aliases": [], "type": "media"},
    {"name": "Philadelphia Inquirer", "aliases": ["The Philadelphia Inquirer"], "type": "media"},
    {"name": "Texas Tribune", "aliases": ["The Texas Tribune"], "type": "media"},
    {"name": "The Intercept", "aliases": [], "type": "media"},
    {"name": "Mother Jones", "aliases": [], "type": "media"},
    {"name": "Fox Business", "aliases": [], "type": "media"},
    {"name": "Law360", "aliases": [], "type": "media"},
    {"name": "Courthouse News", "aliases": ["Courthouse News Service"], "type": "media"},
    {"name": "RTP", "aliases": [], "type": "media"},
    {"name": "Lusa", "aliases": ["Lusa news agency"], "type": "agency"},
    {"name": "SIC", "aliases": ["SIC Notícias"], "type": "media"},
    {"name": "Expresso", "aliases": [], "type": "media"},
    {"name": "Público", "aliases": [], "type": "media"},
    {"name": "Observador", "aliases": [], "type": "media"},
    {"name": "Diário de Notícias", "aliases": [], "type": "media"},
    {"name": "RTVE", "aliases": ["TVE"], "type": "media"},
    {"name": "Cadena SER", "aliases": [], "type": "media"},
    {"name": "El Mundo", "aliases": [], "type": "media"},
    {"name": "La Vanguardia", "aliases": [], "type": "media"},
    {"name": "Europa Press", "aliases": [], "type": "agency"},
    {"name": "RAI", "aliases": ["Rai"], "type": "media"},
    {"name": "Corriere della Sera", "aliases": [], "type": "media"},
    {"name": "La Repubblica", "aliases": [], "type": "media"},
    {"name": "La Stampa", "aliases": [], "type": "media"},
    {"name": "Il Sole 24 Ore", "aliases": [], "type": "media"},
    {"name": "Gazzetta dello Sport", "aliases": ["La Gazzetta dello Sport"], "type": "media"},
    {"name": "Sky TG24", "aliases": [], "type": "media"},
    {"name": "ORF", "aliases": [], "type": "media"},
    {"name": "APA", "aliases": ["Austria Presse Agentur"], "type": "agency"},
    {"name": "Der Standard", "aliases": [], "type": "media"},
    {"name": "Kronen Zeitung", "aliases": [], "type": "media"},
    {"name": "SRF", "aliases": [], "type": "media"},
    {"name": "Keystone-SDA", "aliases": [], "type": "agency"},
    {"name": "NZZ", "aliases": ["Neue Zürcher Zeitung"], "type": "media"},
    {"name": "RTBF", "aliases": [], "type": "media"},
    {"name": "VRT", "aliases": [], "type": "media"},
    {"name": "Belga", "aliases": [], "type": "agency"},
    {"name": "Le Soir", "aliases": [], "type": "media"},
    {"name": "ANP", "aliases": [], "type": "agency"},
    {"name": "De Telegraaf", "aliases": [], "type": "media"},
    {"name": "NOS", "aliases": [], "type": "media"},
    {"name": "Ritzau", "aliases": [], "type": "agency"},
    {"name": "NRK", "aliases": [], "type": "media"},
    {"name": "NTB", "aliases": [], "type": "agency"},
    {"name": "Aftenposten", "aliases": [], "type": "media"},
    {"name": "SVT", "aliases": [], "type": "media"},
    {"name": "Dagens Nyheter", "aliases": [], "type": "media"},
    {"name": "Aftonbladet", "aliases": [], "type": "media"},
    {"name": "YLE", "aliases": ["Yle"], "type": "media"},
    {"name": "Helsingin Sanomat", "aliases": [], "type": "media"},
    {"name": "TVP", "aliases": [], "type": "media"},
    {"name": "PAP", "aliases": ["Polish Press Agency"], "type": "agency"},
    {"name": "Gazeta Wyborcza", "aliases": [], "type": "media"},
    {"name": "TVN24", "aliases": [], "type": "media"},
    {"name": "CTK", "aliases": ["ČTK"], "type": "agency"},
    {"name": "MTI", "aliases": [], "type": "agency"},
    {"name": "BTA", "aliases": [], "type": "agency"},
    {"name": "Agerpres", "aliases": [], "type": "agency"},
    {"name": "Digi24", "aliases": [], "type": "media"},
    {"name": "Tanjug", "aliases": [], "type": "agency"},
    {"name": "HINA", "aliases": [], "type": "agency"},
    {"name": "Kathimerini", "aliases": [], "type": "media"},
    {"name": "ERT", "aliases": [], "type": "media"},
    {"name": "Hürriyet", "aliases": ["Hurriyet"], "type": "media"},
    {"name": "TRT", "aliases": ["TRT World"], "type": "media"},
    {"name": "Irish Times", "aliases": ["The Irish Times"], "type": "media"},
    {"name": "Irish Independent", "aliases": [], "type": "media"},
    {"name": "RTÉ", "aliases": ["RTE"], "type": "media"},
    {"name": "Die Zeit", "aliases": ["Zeit"], "type": "media"},
    {"name": "Frankfurter Allgemeine Zeitung", "aliases": ["FAZ"], "type": "media"},
    {"name": "Süddeutsche Zeitung", "aliases": ["Sueddeutsche Zeitung"], "type": "media"},
    {"name": "Tagesspiegel", "aliases": ["Der Tagesspiegel"], "type": "media"},
    {"name": "Die Welt", "aliases": ["Welt"], "type": "media"},
    {"name": "n-tv", "aliases": [], "type": "media"},
    {"name": "Freie Presse", "aliases": [], "type": "media"},
    {"name": "Kicker", "aliases": [], "type": "media"},
    {"name": "France Inter", "aliases": [], "type": "media"},
    {"name": "franceinfo", "aliases": ["France Info"], "type": "media"},
    {"name": "BFMTV", "aliases": ["BFM TV"], "type": "media"},
    {"name": "TF1", "aliases": [], "type": "media"},
    {"name": "France 2", "aliases": [], "type": "media"},
    {"name": "Le Figaro", "aliases": [], "type": "media"},
    {"name": "Libération", "aliases": ["Liberation"], "type": "media"},
    {"name": "Le Parisien", "aliases": [], "type": "media"},
    {"name": "Ouest-France", "aliases": [], "type": "media"},
    {"name": "Le Télégramme", "aliases": [], "type": "media"},
    {"name": "L'Équipe", "aliases": ["L'Equipe"], "type": "media"},
    {"name": "Mediapart", "aliases": [], "type": "media"},
    {"name": "New Scientist", "aliases": [], "type": "media"},
    {"name": "The Lancet", "aliases": ["Lancet"], "type": "media"},
    {"name": "STAT", "aliases": ["STAT News"], "type": "media"},
    {"name": "Live Science", "aliases": ["LiveScience"], "type": "media"},
    {"name": "Science Media Centre", "aliases": ["Science Media Center", "SMC"], "type": "agency"},
    {"name": "Phys.org", "aliases": [], "type": "media"},
    {"name": "ScienceDaily", "aliases": ["Science Daily"], "type": "media"},
    {"name": "EurekAlert!", "aliases": ["EurekAlert"], "type": "media"},
    {"name": "Medical Xpress", "aliases": ["MedicalXpress"], "type": "media"},
    {"name": "The Conversation", "aliases": [], "type": "media"},
    {"name": "Science News", "aliases": [], "type": "media"},
    {"name": "Popular Science", "aliases": [], "type": "media"},
    {"name": "MIT Technology Review", "aliases": ["Technology Review"], "type": "media"},
    {"name": "Quanta Magazine", "aliases": ["Quanta"], "type": "media"},
    {"name": "Space.com", "aliases": [], "type": "media"},
    {"name": "Undark", "aliases": [], "type": "media"},
    {"name": "MedPage Today", "aliases": [], "type": "media"},
    {"name": "Famitsu", "aliases": ["Weekly Famitsu"], "type": "media"},
    {"name": "IGN", "aliases": [], "type": "media"},
    {"name": "Polygon", "aliases": [], "type": "media"},
    {"name": "Kotaku", "aliases": [], "type": "media"},
    {"name": "Eurogamer", "aliases": [], "type": "media"},
    {"name": "PC Gamer", "aliases": [], "type": "media"},
    {"name": "GamesIndustry.biz", "aliases": [], "type": "media"},
    {"name": "9to5Mac", "aliases": [], "type": "media"},
    {"name": "9to5Google", "aliases": [], "type": "media"},
    {"name": "MacRumors", "aliases": [], "type": "media"},
    {"name": "Tom's Hardware", "aliases": [], "type": "media"},
    {"name": "The Information", "aliases": [], "type": "media"},
    {"name": "Hello! magazine", "aliases": ["Hello!"], "type": "media"},
    {"name": "9News", "aliases": ["Nine News"], "type": "media"},
    {"name": "7News", "aliases": ["Seven News"], "type": "media"},
    {"name": "AAP", "aliases": ["Australian Associated Press"], "type": "agency"},
    {"name": "Sky News Australia", "aliases": [], "type": "media"},
    {"name": "Citizen TV", "aliases": [], "type": "media"},
    {"name": "NTV Kenya", "aliases": [], "type": "media"},
    {"name": "Marca", "aliases": [], "type": "media"},
    {"name": "Radio-Canada", "aliases": [], "type": "media"},
    {"name": "Global News", "aliases": [], "type": "media"},
    {"name": "Toronto Star", "aliases": [], "type": "media"},
    {"name": "National Post", "aliases": [], "type": "media"},
    {"name": "La Presse", "aliases": [], "type": "media"},
    {"name": "Le Devoir", "aliases": [], "type": "media"},
    {"name": "The Canadian Press", "aliases": ["Canadian Press"], "type": "agency"},
    {"name": "Channel 12", "aliases": [], "type": "media"},
    {"name": "Channel 13", "aliases": [], "type": "media"},
    {"name": "i24NEWS", "aliases": [], "type": "media"},
    {"name": "MENA", "aliases": ["Middle East News Agency"], "type": "agency"},
    {"name": "Saudi Press Agency", "aliases": ["SPA"], "type": "agency"},
    {"name": "WAM", "aliases": [], "type": "agency"},
    {"name": "QNA", "aliases": ["Qatar News Agency"], "type": "agency"},
    {"name": "KUNA", "aliases": ["Kuwait News Agency"], "type": "agency"},
    {"name": "SANA", "aliases": [], "type": "agency"},
    {"name": "Maghreb Arabe Presse", "aliases": ["MAP"], "type": "agency"},
    {"name": "Al-Monitor", "aliases": [], "type": "media"},
    {"name": "Middle East Eye", "aliases": [], "type": "media"},
    {"name": "Press TV", "aliases": [], "type": "media"},
    {"name": "RTNC", "aliases": [], "type": "media"},
    {"name": "Premium Times", "aliases": [], "type": "media"},
    {"name": "Channels Television", "aliases": ["Channels TV"], "type": "media"},
    {"name": "News Agency of Nigeria", "aliases": ["NAN"], "type": "agency"},
    {"name": "SABC", "aliases": [], "type": "media"},
    # session 13: national broadcasters of Pakistan, Kenya, Ghana, the Netherlands and Ireland, and
    # a US public station, that regional stories cite as relays
    {"name": "PTV", "aliases": ["Pakistan Television"], "type": "media"},
    {"name": "ARY News", "aliases": [], "type": "media"},
    {"name": "KBC", "aliases": ["Kenya Broadcasting Corporation"], "type": "media"},
    {"name": "JoyNews", "aliases": ["Joy News", "Joy FM"], "type": "media"},
    {"name": "Citi News", "aliases": ["Citi FM"], "type": "media"},
    {"name": "RTL Nieuws", "aliases": [], "type": "media"},
    {"name": "Newstalk", "aliases": [], "type": "media"},
    {"name": "talkSPORT", "aliases": ["TalkSport", "talkSport"], "type": "media"},
    {"name": "KQED", "aliases": [], "type": "media"},
    {"name": "eNCA", "aliases": [], "type": "media"},
    {"name": "Daily Maverick", "aliases": [], "type": "media"},
    {"name": "Mail & Guardian", "aliases": [], "type": "media"},
    # session 14: wire services and broadcasters that regional, state-media and local stories cite
    {"name": "Local Democracy Reporting Service", "aliases": ["LDRS"], "type": "agency"},
    {"name": "PA Media", "aliases": ["PA news agency", "Press Association"], "type": "agency"},
    {"name": "NTV", "aliases": [], "type": "media"},
    {"name": "Radio Free Asia", "aliases": ["RFA"], "type": "media"},
    {"name": "Philippine News Agency", "aliases": ["PNA"], "type": "agency"},
    {"name": "RNZ", "aliases": ["Radio New Zealand"], "type": "media"},
    {"name": "1News", "aliases": ["1 News"], "type": "media"},
    {"name": "Caracol", "aliases": ["Caracol Radio", "Caracol TV"], "type": "media"},
    {"name": "Scientific American", "aliases": [], "type": "media"},
    {"name": "National Geographic", "aliases": [], "type": "media"},
    {"name": "Dawn", "aliases": [], "type": "media"},
    {"name": "Daily Monitor", "aliases": [], "type": "media"},
    {"name": "New Vision", "aliases": [], "type": "media"},
    {"name": "Jiji Press", "aliases": ["Jiji"], "type": "agency"},
    {"name": "Mainichi Shimbun", "aliases": ["Mainichi"], "type": "media"},
    {"name": "Japan Times", "aliases": ["The Japan Times"], "type": "media"},
    {"name": "YTN", "aliases": [], "type": "media"},
    {"name": "Hankyoreh", "aliases": [], "type": "media"},
    {"name": "RTHK", "aliases": [], "type": "media"},
    {"name": "Focus Taiwan", "aliases": [], "type": "media"},
    {"name": "Taipei Times", "aliases": [], "type": "media"},
    {"name": "Malaysiakini", "aliases": [], "type": "media"},
    {"name": "Jakarta Post", "aliases": ["The Jakarta Post"], "type": "media"},
    {"name": "Philippine Daily Inquirer", "aliases": ["Inquirer"], "type": "media"},
    {"name": "Bombo Radyo", "aliases": [], "type": "media"},
    {"name": "VnExpress", "aliases": [], "type": "media"},
    {"name": "Tuoi Tre", "aliases": [], "type": "media"},
    {"name": "Bangkok Post", "aliases": [], "type": "media"},
    {"name": "Thai PBS", "aliases": [], "type": "media"},
    {"name": "Express Tribune", "aliases": ["The Express Tribune"], "type": "media"},
    {"name": "Associated Press of Pakistan", "aliases": ["APP"], "type": "agency"},
    {"name": "Indian Express", "aliases": ["The Indian Express"], "type": "media"},
    {"name": "IANS", "aliases": [], "type": "agency"},
    {"name": "BSS", "aliases": [], "type": "agency"},
    {"name": "Prothom Alo", "aliases": [], "type": "media"},
    {"name": "Kathmandu Post", "aliases": ["The Kathmandu Post"], "type": "media"},
    {"name": "Kazinform", "aliases": [], "type": "agency"},
    {"name": "Armenpress", "aliases": [], "type": "agency"},
    {"name": "Suspilne", "aliases": [], "type": "media"},
    {"name": "Hromadske", "aliases": [], "type": "media"},
    {"name": "Interfax-Ukraine", "aliases": [], "type": "agency"},
    {"name": "Vedomosti", "aliases": [], "type": "media"},
    {"name": "Rossiya 1", "aliases": ["Rossiya-1"], "type": "media"},
    {"name": "Rossiya 24", "aliases": ["Rossiya-24"], "type": "media"},
    {"name": "BelTA", "aliases": [], "type": "agency"},
    {"name": "SBS", "aliases": [], "type": "media"},
    {"name": "TVNZ", "aliases": [], "type": "media"},
    {"name": "Globo", "aliases": ["O Globo", "TV Globo"], "type": "media"},
    {"name": "G1", "aliases": [], "type": "media"},
    {"name": "Estadão", "aliases": ["O Estado de S. Paulo"], "type": "media"},
    {"name": "Agência Brasil", "aliases": [], "type": "agency"},
    {"name": "La Nación", "aliases": ["La Nacion"], "type": "media"},
    {"name": "Infobae", "aliases": [], "type": "media"},
    {"name": "Página/12", "aliases": [], "type": "media"},
    {"name": "Télam", "aliases": ["Telam"], "type": "agency"},
    {"name": "El Tiempo", "aliases": [], "type": "media"},
    {"name": "El Espectador", "aliases": [], "type": "media"},
    {"name": "El Comercio", "aliases": [], "type": "media"},
    {"name": "Andina", "aliases": [], "type": "agency"},
    {"name": "La Tercera", "aliases": [], "type": "media"},
    {"name": "El Mercurio", "aliases": [], "type": "media"},
    {"name": "Reforma", "aliases": [], "type": "media"},
    {"name": "Proceso", "aliases": [], "type": "media"},
    {"name": "Prensa Latina", "aliases": [], "type": "agency"},
    {"name": "Granma", "aliases": [], "type": "media"},
    # session 15: Middle Eastern, Southeast Asian and Latin American outlets that English-language
    # and translated wire copy cite
    {"name": "LBCI", "aliases": [], "type": "media"},
    {"name": "Al Mayadeen", "aliases": [], "type": "media"},
    {"name": "An-Nahar", "aliases": ["Annahar"], "type": "media"},
    {"name": "L'Orient-Le Jour", "aliases": ["L'Orient Today"], "type": "media"},
    {"name": "National News Agency", "aliases": ["NNA"], "type": "agency"},
    {"name": "Iraqi News Agency", "aliases": ["INA"], "type": "agency"},
    {"name": "Bahrain News Agency", "aliases": ["BNA"], "type": "agency"},
    {"name": "Oman News Agency", "aliases": ["ONA"], "type": "agency"},
    {"name": "Khaleej Times", "aliases": [], "type": "media"},
    {"name": "Asharq Al-Awsat", "aliases": [], "type": "media"},
    {"name": "Daily Sabah", "aliases": [], "type": "media"},
    {"name": "Tehran Times", "aliases": [], "type": "media"},
    {"name": "Ahram Online", "aliases": [], "type": "media"},
    {"name": "Mada Masr", "aliases": [], "type": "media"},
    {"name": "Jordan Times", "aliases": ["The Jordan Times"], "type": "media"},
    {"name": "Sinar Harian", "aliases": [], "type": "media"},
    {"name": "New Straits Times", "aliases": ["NST"], "type": "media"},
    {"name": "Malay Mail", "aliases": [], "type": "media"},
    {"name": "BFM 89.9", "aliases": ["BFM"], "type": "media"},
    {"name": "GMA News", "aliases": ["GMA"], "type": "media"},
    {"name": "Detik", "aliases": ["Detik.com", "detikcom"], "type": "media"},
    {"name": "Khaosod", "aliases": ["Khaosod English"], "type": "media"},
    {"name": "The Irrawaddy", "aliases": ["Irrawaddy"], "type": "media"},
    {"name": "JoongAng Ilbo", "aliases": ["Korea JoongAng Daily"], "type": "media"},
    {"name": "Chosun Ilbo", "aliases": [], "type": "media"},
    {"name": "Noticias Argentinas", "aliases": [], "type": "agency"},
    {"name": "Radio Mitre", "aliases": [], "type": "media"},
    {"name": "C5N", "aliases": [], "type": "media"},
    {"name": "Perfil", "aliases": [], "type": "media"},
    {"name": "RPP", "aliases": ["RPP Noticias"], "type": "media"},
    {"name": "La República", "aliases": [], "type": "media"},
    {"name": "Semana", "aliases": [], "type": "media"},
    {"name": "Blu Radio", "aliases": [], "type": "media"},
    {"name": "El Financiero", "aliases": [], "type": "media"},
    {"name": "Excélsior", "aliases": ["Excelsior"], "type": "media"},
    {"name": "La Jornada", "aliases": [], "type": "media"},
    {"name": "Animal Político", "aliases": [], "type": "media"},
    {"name": "Notimex", "aliases": [], "type": "agency"},
    {"name": "Telesur", "aliases": ["teleSUR"], "type": "media"},
]



@lru_cache(maxsize=8192)
def norm_key(name: str) -> str:
    """The lookup key of a surface name: case-folded, curly apostrophes straightened, one space."""
    # cached, and str.split/join rather than a regex sub: it runs for every capitalised run seen,
    # and an article names the same few people and outlets over and over. A single word of
    # letters holds no space and no curly apostrophe: only its case changes.
    if name.isalpha():
        return name.casefold()
    return " ".join(name.replace("\u2019", "'").split()).casefold()


@dataclass(frozen=True, slots=True)
class Outlet:
    name: str
    aliases: tuple[str, ...] = ()
    type: str = "media"


@dataclass(frozen=True)
class Lexicon:
    """Everything the rules look words up in. Immutable; `extend` returns a new one."""

    outlets: tuple[Outlet, ...]
    cue_forms: Mapping[str, str]
    titles: frozenset[str]
    role_nouns: frozenset[str]
    org_words: frozenset[str]
    metonyms: frozenset[str]
    places: frozenset[str]
    outlet_index: Mapping[str, Outlet] = field(init=False)

    def __post_init__(self) -> None:
        index: dict[str, Outlet] = {}
        for o in self.outlets:
            for n in (o.name, *o.aliases):
                index[norm_key(n)] = o
                if norm_key(n).startswith("the ") and norm_key(n)[4:] not in DEMONYMS:
                    # ("The Australian" only with its article: "the Australian stock exchange")
                    index[norm_key(n)[4:]] = o
        object.__setattr__(self, "outlet_index", index)

    def outlet(self, name: str) -> Outlet | None:
        key = name.casefold() if name.isalpha() else norm_key(name)  # norm_key's own shortcut, inline
        hit = self.outlet_index.get(key)
        if hit is None and key[:4] == "the ":  # a slice test: str.startswith parses arguments per call
            hit = self.outlet_index.get(key[4:])
        return hit

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], base: Lexicon | None = None) -> Lexicon:
        """Build from plain JSON-like data, on top of `base` (the default lexicon when omitted).

        Keys: outlets [{name, aliases, type}], cues [lemma], titles [word], roles [word],
        org_words [word], metonyms [name], places [name]. Everything is additive.
        """
        base = base if base is not None else default_lexicon()
        outlets = [Outlet(name=str(o["name"]), aliases=tuple(str(a) for a in o.get("aliases", ())),
                          type=str(o.get("type", "media"))) for o in data.get("outlets", ())]
        cue_forms = dict(base.cue_forms)
        cue_forms.update(_cue_forms(str(c) for c in data.get("cues", ())))
        return cls(
            outlets=(*base.outlets, *outlets),
            cue_forms=cue_forms,
            titles=base.titles | {str(t) for t in data.get("titles", ())},
            role_nouns=base.role_nouns | {str(t).casefold() for t in data.get("roles", ())},
            org_words=base.org_words | {str(t) for t in data.get("org_words", ())},
            metonyms=base.metonyms | {norm_key(str(t)) for t in data.get("metonyms", ())},
            places=base.places | {norm_key(str(t)) for t in data.get("places", ())},
        )

    def extend(self, data: Mapping[str, Any]) -> Lexicon:
        return Lexicon.from_dict(data, base=self)


_DEFAULT: Lexicon | None = None


def default_lexicon() -> Lexicon:
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Lexicon(
            outlets=tuple(Outlet(name=o["name"], aliases=tuple(o["aliases"]), type=o["type"])
                          for o in _OUTLETS),
            cue_forms=_cue_forms(),
            titles=frozenset(_TITLES.split()),
            role_nouns=frozenset(_ROLE_NOUNS.split()),
            org_words=frozenset(_ORG_WORDS.split()),
            metonyms=frozenset(norm_key(m) for m in _METONYMS.replace("\n", "").split("|") if m),
            places=frozenset(norm_key(m) for m in _COUNTRIES.replace("\n", "").split("|") if m),
        )
    return _DEFAULT


def media_aliases(lexicon: Lexicon | None = None) -> dict[str, str]:
    """Every known outlet surface form (case-folded) -> its canonical name, for provenance reuse."""
    lex = lexicon or default_lexicon()
    return {key: str(o.name) for key, o in lex.outlet_index.items()}
