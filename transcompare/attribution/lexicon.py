"""Word lists that several parts of attribution read: complements, auxiliaries, roles, kinds of texts."""

from __future__ import annotations

from .. import entities

_COMPLEMENT = frozenset("of for de del at".split())
_SPEECH_PUNCT = frozenset(",—–-")
_FIRST_PERSON = frozenset("i we yo nosotros".split())

# Lower-case words that stand before a name as part of a description: "Republican presidential
# candidate Donald Trump", "White House press secretary Josh Earnest".
_PREMODIFIERS = frozenset(
    """former presidential vice deputy acting senior junior chief top fellow longtime then late current outgoing
    incoming press campaign state federal local national democratic republican conservative liberal prominent
    leading veteran retired famed famous independent executive general assistant associate principal interim
    embattled billionaire real estate communications foreign defense defence finance health interior house
    senate party gop majority minority whip presumptive likely rival exiled ousted jailed opposition""".split()
)

_AS_PUT = frozenset({"put", "puts"})  # "As Ana Ruiz put it: “…”": speech only in that frame (_as_put_it)

# What "read" says: "the email read: “…”", "a banner read “…”".
_READ_BY = frozenset("""statement release letter memo email emails message note tweet post sign signs banner banners
    placard placards headline caption text ad card poster posters shirt t-shirt inscription document documents
    cable report filing order notice""".split())

_APPROXIMATORS = frozenset("about around nearly almost roughly some over unos unas cerca".split())
_BE = frozenset("was were is are be been being fue fueron es son sido era eran está están estaba".split())
_QUANTIFIERS = frozenset(
    "several many some others both most few all another muchos varios algunos otros ambos otro otra".split())

_PLURAL_ROLES = frozenset(r for r in entities.ROLE_NOUNS if r.endswith("s") and r[:-1] in entities.ROLE_NOUNS) | {
    "people", "police", "men", "women", "spokespeople", "spokesmen", "fuentes", "portavoces"}

_ORGANISATION_WORDS = frozenset(
    """news times post journal network campaign department office agency ministry newspaper magazine paper
    outlet report study poll survey statement website group institute foundation center centre association
    coalition university school hospital firm corporation company commission service station channel
    tribune herald gazette press review daily ad ads advert letter memo email emails tweet tweets release
    editorial article video book filing complaint lawsuit document documents message note transcript
    announcement platform bill resolution order ruling decision verdict sign signs banner airport airline airlines
    palace stadium museum church summit conference festival square
    periódico diario informe comunicado estudio encuesta nota carta documento agencia ministerio gobierno""".split()
)

_DOCUMENTS = frozenset(
    """statement release ad ads advert advertisement video website site letter memo email tweet post message note
    article report comunicado nota carta mensaje vídeo video anuncio""".split())
# Words that are names too, though a function word or a month: "PM May", "Ai Jun".
_NAMEABLE = frozenset("may will june jun april august grace bill mark rose hope joy".split())
# Words that name a source rather than a speech act: "according to X", "según X", "in the words of X".
_SOURCE_CUES = frozenset("according según segun words palabras".split())
