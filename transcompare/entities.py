"""Small gazetteers: words that name organisations and places rather than people.

Used to tell a person from an institution (speaker attribution, pronoun checks).
"""

from __future__ import annotations

PLACES = frozenset(
    """washington moscow beijing london paris berlin madrid rome kyiv kiev brussels tokyo delhi
    ottawa canberra tehran ankara cairo jerusalem damascus baghdad kabul islamabad caracas havana
    bogota bogotá lima santiago quito mexico brasilia brasília warsaw prague vienna budapest
    athens lisbon dublin geneva minsk seoul pyongyang taipei manila jakarta hanoi riyadh doha
    russia ukraine china america france germany spain italy britain england scotland wales
    ireland japan india pakistan iran iraq syria israel turkey egypt canada australia brazil
    argentina venezuela colombia cuba chile peru poland romania belarus georgia moldova
    hungary greece portugal europe africa asia crimea donbas donbass taiwan korea vietnam
    mexico nigeria kenya ethiopia sudan libya yemen afghanistan lebanon jordan sweden norway
    finland denmark netherlands belgium switzerland austria serbia kosovo bosnia albania
    rusia ucrania españa francia alemania italia méxico brasil canadá europa estados unidos
    catalonia cataluña california texas florida york
    uruguay paraguay bolivia ecuador nicaragua honduras guatemala panama haiti jamaica salvador
    belize guyana suriname bahamas barbados trinidad grenada dominica antigua caribbean andalusia
    galicia montevideo asunción asuncion managua tegucigalpa panamá sucre guayaquil medellín
    medellin cali maracaibo valparaíso valparaiso rosario córdoba cordoba monterrey guadalajara
    tijuana acapulco cancún cancun ciudad beirut gaza tripoli khartoum nairobi pretoria luanda
    algeria morocco tunisia angola mozambique namibia zimbabwe ghana senegal mali niger congo
    indonesia malaysia philippines thailand myanmar cambodia laos bangladesh nepal qatar kuwait
    bahrain oman emirates palestine saudi arabia kazakhstan uzbekistan azerbaijan armenia""".split()
)

ORGANISATIONS = frozenset(
    """nato otan eu ue un onu who oms imf fmi opec opep kremlin pentagon congress senate parliament
    government administration ministry commission council court alliance organization
    organisation union army police party committee agency company bank federation
    white house downing street elysee elysée moncloa bundestag duma cabinet
    gobierno ministerio comisión consejo tribunal alianza organización ejército policía partido
    comité agencia empresa banco""".split()
)

# Multi-word names whose last word alone would look like something else.
MULTIWORD = ("united states", "united kingdom", "european union", "united nations", "white house",
             "north atlantic treaty organization", "soviet union", "estados unidos", "reino unido",
             "unión europea", "naciones unidas", "casa blanca")

TITLES = frozenset(
    """president prime minister chancellor secretary senator governor mayor mr mrs ms dr
    king queen prince pope spokesman spokeswoman spokesperson chief leader ambassador
    presidente ministro ministra canciller secretario secretaria senador gobernador alcalde
    portavoz rey reina papa líder embajador sr sra""".split()
)
# Words that may stand before a name as part of a title: "Sen. Ted Cruz", "Senate
# Majority Whip …", "el vicepresidente …" (a superset of TITLES, for attribution).
NAME_TITLES = TITLES | frozenset(
    """sen rep gov gen lt col sgt capt cmdr adm rev hon prof pres gral lic ing dña don doña
    vice deputy general attorney justice judge speaker whip majority minority commissioner director
    sheriff chairman chairwoman chair congressman congresswoman representative rabbi father sister professor
    detective officer coach cardinal archbishop bishop imam sheikh ayatollah emir sultan premier
    senadora gobernadora alcaldesa presidenta vicepresidente vicepresidenta diputado diputada
    consejero consejera juez jueza fiscal comisario comisaria director directora general""".split()
)

# Nouns for a person (or a group of people) that can be the subject of a speech verb:
# "the spokeswoman said", "officials said", "la ministra aseguró".
ROLE_NOUNS = frozenset(
    """spokesman spokeswoman spokesperson spokespeople official officials minister president senator governor
    mayor secretary chancellor candidate nominee leader chairman chairwoman chair adviser advisor advisers
    advisors aide aides strategist analyst analysts expert experts economist economists lawyer lawyers attorney
    attorneys judge justice prosecutor prosecutors investigator investigators officer officers police
    spokesmen representative congressman congresswoman lawmaker lawmakers legislator legislators
    politician politicians activist activists director executive executives founder ceo manager managers
    businessman businesswoman billionaire developer mogul candidate candidates rival rivals opponent opponents
    critic critics supporter supporters voter voters resident residents witness witnesses member members
    professor researcher researchers scientist scientists doctor doctors nurse teacher student students
    worker workers employee employees friend friends neighbor neighbour mother father wife husband son
    daughter sister brother widow family pollster pollsters consultant consultants operative operatives
    diplomat diplomats ambassador envoy general commander soldier soldiers veteran veterans organizer
    organizers host anchor reporter reporters journalist journalists editor columnist author writer
    commentator blogger historian governor-elect president-elect senator-elect chief head speaker whip
    owner founder cofounder co-founder partner colleague colleagues source sources insider insiders
    democrat democrats republican republicans independent conservative conservatives liberal liberals
    man woman men women people person boy girl protester protesters protestor protestors demonstrator
    demonstrators fans fan manifestantes manifestante star actor actress singer rapper musician artist comedian player
    coach manager captain striker goalkeeper pitcher athlete chef designer stylist model producer director
    writer novelist poet pastor priest bishop rabbi imam doctor surgeon farmer owner resident mayor
    estrella actriz cantante rapero rapera músico artista humorista jugador jugadora entrenador entrenadora
    capitán delantero portero estilista diseñador diseñadora productor productora escritor escritora sacerdote
    obispo agricultor ganadero ganadera propietario propietaria
    portavoz ministro ministra presidente presidenta secretario secretaria senador senadora gobernador
    gobernadora alcalde alcaldesa diputado diputada candidato candidata dirigente líder jefe jefa director
    directora responsable experto experta expertos analista analistas fiscal juez jueza abogado abogada
    consejero consejera vicepresidente vicepresidenta canciller portavoces fuentes fuente vecino vecina
    testigo testigos activista activistas funcionario funcionaria funcionarios economista economistas
    médico médica profesor profesora investigador investigadora periodista periodistas autor autora
    comisario comisaria embajador embajadora general coordinador coordinadora delegado delegada
    mujer hombre madre padre hijo hija hermano hermana esposa esposo
    dignitary mandatary premier monarch mandatario mandataria instructor instructora trainer""".split()
)
# Descriptions of whoever leads a state or government ("the head of state", "the Dignitary", a calque of
# "el mandatario"): they fit a president, a prime minister, a king, whichever the article named.
LEADER_NOUNS = frozenset("head leader dignitary mandatary chief executive premier monarch mandatario mandataria jefe jefa "
                         "líder".split())
LEADER_TITLES = frozenset("""president prime premier chancellor king queen emir sultan monarch presidente presidenta
    canciller rey reina president-elect""".split())


def is_institution(name: str) -> bool:
    """True for a name of a country, city or organisation (not a person)."""
    lower = name.lower().removeprefix("the ").strip()
    if not lower:
        return False
    if any(lower.endswith(m) for m in MULTIWORD):
        return True
    head = lower.split()[-1].strip(".,;:").removesuffix("’s").removesuffix("'s").strip("’'")
    return head in PLACES or head in ORGANISATIONS


# Words that make a first name part of a place name: "West Virginia", "San Francisco", "Virginia Beach".
PLACE_NAME_BEFORE = frozenset("west east north south new fort port lake mount mt saint st san santa sao são".split())
PLACE_NAME_AFTER = frozenset("""beach city county island islands springs falls heights park valley hills bay harbor
    harbour river creek parish tech""".split())


def in_place_name(before: str, after: str) -> bool:
    """True when a first name between the words ``before`` and ``after`` (either may be "") names a place:
    "West Virginia", "San Antonio", "Virginia Beach", "Charlotte County"."""
    return before.lower().rstrip(".") in PLACE_NAME_BEFORE or after.lower().strip(".,;:’'") in PLACE_NAME_AFTER
