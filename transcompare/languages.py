"""The one table of languages: codes, names, function words, abbreviations, model codes.

Every module that needs to know about a language reads it here (segmentation,
language identification, version labels, model language codes, probes). A language
*with rules* (function words and abbreviations) gets the full analysis; any other
ISO 639-1 code is still accepted and analysed with the generic rules, and detectors
declare the languages they apply to (``Detector.languages``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache


@dataclass(frozen=True)
class Language:
    code: str  # ISO 639-1
    iso3: str  # ISO 639-2/T: Apertium modes, Marian >>xxx<< tokens
    name: str  # English name
    labels: tuple[str, ...] = ()  # other words that name it in file or version names ("spanish", "español")
    stopwords: frozenset[str] = field(default=frozenset())  # frequent function words
    # Titles before a name: never end a sentence ("Sr. López", "Det. Smith"). A document quotes the titles
    # of other languages too, recognised there as written with their capital.
    abbreviations: frozenset[str] = field(default=frozenset())
    # Abbreviations a name or a time zone often follows ("U.S. Senate", "Apple Inc. Chief", "7 p.m. ET"):
    # they end a sentence only before one of ``sentence_openers``.
    may_end: frozenset[str] = field(default=frozenset())
    sentence_openers: frozenset[str] = field(default=frozenset())  # function words that start sentences
    # Words that are abbreviations before a number ("No. 5", "art. 3") and ordinary words elsewhere.
    before_number: frozenset[str] = field(default=frozenset())
    nllb: str | None = None  # NLLB-200 code
    mbart: str | None = None  # mBART-50 code
    probe: str = ""  # a news sentence to try a model with
    # Among the languages documents and passages are identified as: each one more slows every
    # identification down, so only the languages news comes to this tool in most.
    detect: bool = False
    # Abbreviations that may end a sentence, only as written with their capital (AP state names:
    # "Calif.", "Wash."): lower case, "wash." is a word that ends a sentence.
    capitalised_abbreviations: frozenset[str] = field(default=frozenset())
    # Function words of other languages that are ordinary words or frequent names here ("a", "no",
    # "do" in English; "Los Angeles", "de Blasio"): no sign of a foreign passage in this language.
    foreign_lookalikes: frozenset[str] = field(default=frozenset())
    # Abbreviations that end a sentence before any word but a number: months ("Oct. 5" / "until Oct.
    # Then"), "etc.", and those that never come before the noun they name ("EE. UU. Rosa dejará").
    final_unless_number: frozenset[str] = field(default=frozenset())

    @property
    def has_rules(self) -> bool:
        return bool(self.stopwords)


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


TABLE: tuple[Language, ...] = (
    Language(
        "en", "eng", "English", ("english", "inglés", "ingles"),
        _words("the of and to in is that for it with was on as be by at from this have are were has not but an or which"),
        _words("mr mrs ms messrs mmes dr prof gen gens col lt maj brig sgt cpl pfc pvt spc capt cmdr adm gov sen sens "
               "rep reps rev msgr hon st mt vs det insp supt atty amb pres"),
        _words("u.s u.k u.n e.u a.m p.m inc ltd co corp jr sr e.g i.e approx d.c u.s.a"),
        _words("the a an he she it they we i you this that these those there but and in on at for his her its their "
               "our however meanwhile after before when while if as so yet also some many most then now still instead "
               "what who why how where one no not all both each every since although though because until unless"),
        _words("no nos fig p pp vol art arts"),
        nllb="eng_Latn", mbart="en_XX", detect=True,
        capitalised_abbreviations=_words("Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Kans Ky La Md Mass Mich "
                                         "Minn Miss Mo Mont Neb Nev Okla Ore Pa Tenn Tex Vt Va Wash Wis Wyo"),
        foreign_lookalikes=_words("a no do an die plus par pour con et mit von den dem des im er son lo su la le el de "
                                  "al da e o em um ya sur ce il ne qui ha os as se es en un los las del san"),
        probe="The minister said on Tuesday that “the talks will continue” next week.",
        final_unless_number=_words("jan feb mar apr jun jul aug sep sept oct nov dec etc"),
    ),
    Language(
        "es", "spa", "Spanish", ("spanish", "español", "espanol", "castellano"),
        _words("el la los las de del que y en un una por con para es se no al lo su como más pero sus le ya o fue este ha"),
        _words("sr sra srta sres srs dr dra dres lic lcdo lcda ing gral cnel tte sgto arq dña dn ee excmo excma ilmo "
               "mons pdte sto sta prof profa avda"),
        _words("cía"),
        _words("el la los las un una él ella ellos ellas este esta esto estos estas ese esa eso esos esas pero y en "
               "por para sin con su sus además también según le les lo se no es al a como cuando si aunque mientras "
               "hay así ahora entonces luego después antes asimismo tras ya hoy ayer nos mi mis qué cómo quién dónde"),
        _words("núm nº art arts pág"),
        nllb="spa_Latn", mbart="es_XX", detect=True,
        foreign_lookalikes=_words("a o e no se en un la le el de da dos os do as son me mi"),
        probe="El ministro dijo el martes que “las conversaciones continuarán” la próxima semana.",
        final_unless_number=_words("ee.uu uu etc ene abr ago sept oct nov dic"),
    ),
    Language(
        "fr", "fra", "French", ("french", "français", "francais", "francés"),
        _words("le la les de des du et en un une est que qui dans pour pas sur au avec ce il elle ne se plus par"),
        _words("mme mlle mm"),
        frozenset(),
        _words("il elle ils elles nous mais et dans pour le la les un une"),
        nllb="fra_Latn", mbart="fr_XX", detect=True,
        final_unless_number=_words("etc"),
        foreign_lookalikes=_words("a o e en un la le de des du se"),
        probe="Le ministre a déclaré mardi que « les discussions continueront » la semaine prochaine.",
    ),
    Language(
        "de", "deu", "German", ("german", "deutsch", "alemán"),
        _words("der die das und ist nicht ein eine zu den von mit sich des auf für im dem auch es an werden aus er"),
        _words("hr fr frau bzw ca dt"),
        _words("z.b"),
        _words("der die das er sie es wir aber und"),
        _words("nr abs"),
        nllb="deu_Latn", mbart="de_DE", detect=True,
        final_unless_number=_words("usw"),
        foreign_lookalikes=_words("a o e in an am so die den"),
        probe="Der Minister sagte am Dienstag, „die Gespräche werden fortgesetzt“.",
    ),
    Language(
        "pt", "por", "Portuguese", ("portuguese", "português", "portugues", "portugués"),
        _words("o a os as de do da dos das e em um uma que não para com por é se mais ao na no seu sua"),
        _words("sr sra dr dra"),
        frozenset(),
        _words("o os as ele ela eles mas"),
        nllb="por_Latn", mbart="pt_XX", detect=True,
        final_unless_number=_words("etc"),
        foreign_lookalikes=_words("a o e as os no se em um de da do dos das mais para por com que"),
        probe="O ministro disse na terça-feira que “as conversas vão continuar” na próxima semana.",
    ),
    Language(
        "it", "ita", "Italian", ("italian", "italiano"),
        _words("il lo la i gli le di del della che e è un una per con non si in al da sono come più ma anche ha"),
        _words("sig sigg dott prof"),
        frozenset(),
        _words("il lo la i gli le un una ma e lui lei"),
        nllb="ita_Latn", mbart="it_IT",
        final_unless_number=_words("ecc"),
        probe="Il ministro ha detto martedì che “i colloqui continueranno” la prossima settimana.",
    ),
    Language(
        "ca", "cat", "Catalan", ("catalan", "català", "catalán"),
        _words("el la els les de del que i en un una per amb no es va és als al seu més però ha"),
        _words("sr sra dr dra"),
        frozenset(),
        _words("el la els les un una però i"),
        nllb="cat_Latn",
        final_unless_number=_words("etc"),
        probe="El ministre va dir dimarts que “les converses continuaran” la setmana vinent.",
    ),
    Language("gl", "glg", "Galician", ("galician", "galego", "gallego"), nllb="glg_Latn", mbart="gl_ES"),
    Language(
        "nl", "nld", "Dutch", ("dutch", "nederlands", "neerlandés"),
        _words("de het een en van in is dat op te voor met niet zijn er aan ook als bij door maar"),
        _words("dhr mevr dr"),
        frozenset(),
        _words("de het een hij zij maar en"),
        nllb="nld_Latn", mbart="nl_XX",
        final_unless_number=_words("enz"),
        probe="De minister zei dinsdag dat “de gesprekken volgende week doorgaan”.",
    ),
    Language(
        "ro", "ron", "Romanian", ("romanian", "română", "rumano"),
        _words("și în de la cu pe nu un o este că din pentru care mai sunt a fost se au"),
        nllb="ron_Latn", mbart="ro_RO",
        final_unless_number=_words("etc"),
        probe="Ministrul a declarat marți că „discuțiile vor continua” săptămâna viitoare.",
    ),
    Language("ru", "rus", "Russian", ("russian", "русский", "ruso"), nllb="rus_Cyrl", mbart="ru_RU",
             probe="Министр заявил во вторник, что «переговоры продолжатся» на следующей неделе."),
    Language("uk", "ukr", "Ukrainian", ("ukrainian", "українська", "ucraniano"), nllb="ukr_Cyrl", mbart="uk_UA"),
    Language("zh", "zho", "Chinese", ("chinese", "中文", "chino"), nllb="zho_Hans", mbart="zh_CN"),
    Language("ar", "ara", "Arabic", ("arabic", "العربية", "árabe"), nllb="arb_Arab", mbart="ar_AR"),
    Language("ja", "jpn", "Japanese", ("japanese", "日本語", "japonés"), nllb="jpn_Jpan", mbart="ja_XX"),
)

BY_CODE: dict[str, Language] = {lang.code: lang for lang in TABLE}
_BY_ISO3: dict[str, Language] = {lang.iso3: lang for lang in TABLE}
# ISO 639-2/B and other three-letter spellings tools use.
_BY_ISO3.update({"fre": BY_CODE["fr"], "ger": BY_CODE["de"], "dut": BY_CODE["nl"], "rum": BY_CODE["ro"],
                 "chi": BY_CODE["zh"], "arb": BY_CODE["ar"]})


def get(code: str) -> Language | None:
    """The table's row for an ISO 639-1 or 639-2/3 code, or None."""
    return BY_CODE.get(code) or _BY_ISO3.get(code)


def with_rules() -> tuple[str, ...]:
    """Codes of the languages with their own function words and abbreviations."""
    return tuple(lang.code for lang in TABLE if lang.has_rules)


def detectable() -> tuple[str, ...]:
    """Codes a whole document may be identified as."""
    return tuple(lang.code for lang in TABLE if lang.detect)


def iso1(code: str) -> str:
    """'spa' → 'es'; codes the table does not know are returned as given."""
    lang = get(code)
    return lang.code if lang else code


def name(code: str) -> str:
    lang = get(code)
    return lang.name if lang else code


def probe_sentence(code: str) -> str:
    """A news sentence in ``code`` to try a model with (English when the table has none)."""
    lang = get(code)
    return lang.probe if lang and lang.probe else BY_CODE["en"].probe


# Every ISO 639-1 code: a language outside the table is still accepted and analysed with generic rules.
ISO_639_1 = frozenset(
    """aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz ee
    el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik io is it
    iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my
    na nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn
    so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh
    zu""".split()
)


def is_code(code: str) -> bool:
    """An ISO 639-1 code (the table's or any other)."""
    return code in ISO_639_1


@lru_cache(maxsize=1)
def label_words() -> dict[str, str]:
    """Names that announce a language in a file or version name → its code ("spanish", "español")."""
    return {label: lang.code for lang in TABLE for label in lang.labels}


@dataclass(frozen=True)
class AbbreviationRules:
    """What the sentence splitter knows about the periods of one language (see the table's columns)."""

    titles: frozenset[str]  # never end a sentence
    foreign_titles: frozenset[str]  # other languages' titles: never end one when written with a capital
    may_end: frozenset[str]  # end one only before a sentence opener
    final_unless_number: frozenset[str]  # end one before any word but a number
    before_number: frozenset[str]  # ordinary words, but abbreviations before a number
    sentence_openers: frozenset[str]
    capitalised: frozenset[str]  # may_end, only as written with their capital ("Calif.")

    def is_abbreviation(self, token: str) -> bool:
        """``token`` (the word before a period, without it) is an abbreviation, not a word."""
        lower = token.lower()
        return (lower in self.titles or lower in self.may_end or lower in self.final_unless_number
                or token in self.capitalised or (lower in self.foreign_titles and token[:1].isupper()))


_RULE_COLUMNS = ("abbreviations", "may_end", "final_unless_number", "before_number", "sentence_openers",
                 "capitalised_abbreviations")


@lru_cache(maxsize=64)
def abbreviation_rules(code: str | None) -> AbbreviationRules:
    """The rules for text in ``code``. A language without rules of its own (or None) gets every
    language's words: a document in one language quotes titles and abbreviations of others."""
    lang = get(code) if code else None
    if lang is None or not lang.has_rules:
        every = {column: frozenset().union(*(getattr(row, column) for row in TABLE)) for column in _RULE_COLUMNS}
        return AbbreviationRules(every["abbreviations"], frozenset(), every["may_end"], every["final_unless_number"],
                                 every["before_number"], every["sentence_openers"], every["capitalised_abbreviations"])
    own = lang.abbreviations | lang.may_end | lang.final_unless_number
    foreign = frozenset().union(*(row.abbreviations for row in TABLE if row is not lang)) - own
    return AbbreviationRules(lang.abbreviations, foreign, lang.may_end, lang.final_unless_number, lang.before_number,
                             lang.sentence_openers, lang.capitalised_abbreviations)
