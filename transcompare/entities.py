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
    catalonia cataluña california texas florida york""".split()
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


def is_institution(name: str) -> bool:
    """True for a name of a country, city or organisation (not a person)."""
    lower = name.lower().removeprefix("the ").strip()
    if not lower:
        return False
    if any(lower.endswith(m) for m in MULTIWORD):
        return True
    head = lower.split()[-1].strip(".,;:’'s")
    return head in PLACES or head in ORGANISATIONS
