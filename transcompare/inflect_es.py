"""Spanish verb inflection, enough to match a lexicon entry in any tense and to echo that tense in a fix.

Same contract as the English side of :mod:`transcompare.inflect`: ``inflections(verb)`` gives every
form, ``forms(verb)`` the forms by slot, ``slot_of(word, verb)`` which slot a form fills and
``inflect_like(verb, slot)`` a verb put in that slot (so "aplicó para" gets the fix "solicitó").

Covered: the three regular conjugations with their spelling changes (aplicar → apliqué, llegar →
llegué, realizar → realicé, elegir → elijo, seguir → sigo, conocer → conozco, conducir → conduje,
construir → construyó), stem changes (pensar → piensa, contar → cuenta, pedir → pide, jugar → juega),
the common irregular verbs and their prefixed compounds (mantener, proponer, prevenir, deshacer).
Slots: inf, ger, part (+ part.f, part.pl, part.fpl), and {pres, pret, impf, fut, cond, subj, subj.impf,
subj.impf2}.{1s,2s,3s,1p,2p,3p}, imp.2s, imp.2p. Compound tenses are haber + the participle.
"""

from __future__ import annotations

from functools import cache

PERSONS = ("1s", "2s", "3s", "1p", "2p", "3p")
_ACUTE = str.maketrans("aeiou", "áéíóú")
_STRIP_ACUTE = str.maketrans("áéíóú", "aeiou")

_ENDINGS = {
    "ar": {"pres": ("o", "as", "a", "amos", "áis", "an"), "pret": ("é", "aste", "ó", "amos", "asteis", "aron"),
           "impf": ("aba", "abas", "aba", "ábamos", "abais", "aban"), "subj": ("e", "es", "e", "emos", "éis", "en")},
    "er": {"pres": ("o", "es", "e", "emos", "éis", "en"), "pret": ("í", "iste", "ió", "imos", "isteis", "ieron"),
           "impf": ("ía", "ías", "ía", "íamos", "íais", "ían"), "subj": ("a", "as", "a", "amos", "áis", "an")},
    "ir": {"pres": ("o", "es", "e", "imos", "ís", "en"), "pret": ("í", "iste", "ió", "imos", "isteis", "ieron"),
           "impf": ("ía", "ías", "ía", "íamos", "íais", "ían"), "subj": ("a", "as", "a", "amos", "áis", "an")},
}
_FUTURE = ("é", "ás", "á", "emos", "éis", "án")
_CONDITIONAL = ("ía", "ías", "ía", "íamos", "íais", "ían")
_STRONG_PRETERITE = ("e", "iste", "o", "imos", "isteis", "ieron")

# Stem-changing verbs: the vowel change in stressed stems (ie, ue, i; jugar: u → ue). -ir verbs with
# ie/ue also change e → i, o → u where the ending is unstressed (sintió, durmió, sintiendo).
_STEM_CHANGE = {
    **dict.fromkeys("""pensar empezar comenzar cerrar entender perder atender defender encender negar recomendar
        despertar gobernar manifestar sentar calentar confesar apretar tender extender ascender descender
        querer sentir preferir advertir convertir mentir requerir invertir divertir sugerir herir referir
        transferir discernir""".split(), "ie"),
    **dict.fromkeys("""contar volver mover probar encontrar mostrar recordar costar sonar soñar dormir morir
        remover resolver devolver aprobar comprobar demostrar colgar rogar almorzar forzar soler llover
        promover conmover absolver envolver desenvolver acordar acostar renovar esforzar poder""".split(), "ue"),
    **dict.fromkeys("""pedir seguir servir repetir medir elegir conseguir perseguir impedir competir despedir
        vestir corregir reelegir proseguir gemir rendir""".split(), "i"),
    "jugar": "ue",
}

# Irregular verbs: only what differs from the regular pattern.
_IRREGULAR: dict[str, dict] = {
    "ser": {"pres": ("soy", "eres", "es", "somos", "sois", "son"), "pret": ("fui", "fuiste", "fue", "fuimos", "fuisteis", "fueron"),
            "impf": ("era", "eras", "era", "éramos", "erais", "eran"), "subj": ("sea", "seas", "sea", "seamos", "seáis", "sean"),
            "imp.2s": "sé"},
    "estar": {"pres": ("estoy", "estás", "está", "estamos", "estáis", "están"), "pret_stem": "estuv",
              "subj": ("esté", "estés", "esté", "estemos", "estéis", "estén"), "imp.2s": "está"},
    "ir": {"pres": ("voy", "vas", "va", "vamos", "vais", "van"), "pret": ("fui", "fuiste", "fue", "fuimos", "fuisteis", "fueron"),
           "impf": ("iba", "ibas", "iba", "íbamos", "ibais", "iban"), "subj_stem": "vay", "ger": "yendo", "imp.2s": "ve",
           "part": "ido"},
    "haber": {"pres": ("he", "has", "ha", "hemos", "habéis", "han"), "pret_stem": "hub", "fut_stem": "habr", "subj_stem": "hay",
              "imp.2s": "he"},
    "tener": {"pres": ("tengo", "tienes", "tiene", "tenemos", "tenéis", "tienen"), "pret_stem": "tuv", "fut_stem": "tendr",
              "subj_stem": "teng", "imp.2s": "ten"},
    "hacer": {"pres": ("hago", "haces", "hace", "hacemos", "hacéis", "hacen"), "pret_stem": "hic", "fut_stem": "har",
              "subj_stem": "hag", "imp.2s": "haz", "part": "hecho"},
    "decir": {"pres": ("digo", "dices", "dice", "decimos", "decís", "dicen"), "pret_stem": "dij", "fut_stem": "dir",
              "subj_stem": "dig", "imp.2s": "di", "part": "dicho", "ger": "diciendo"},
    "poner": {"pres": ("pongo", "pones", "pone", "ponemos", "ponéis", "ponen"), "pret_stem": "pus", "fut_stem": "pondr",
              "subj_stem": "pong", "imp.2s": "pon", "part": "puesto"},
    "venir": {"pres": ("vengo", "vienes", "viene", "venimos", "venís", "vienen"), "pret_stem": "vin", "fut_stem": "vendr",
              "subj_stem": "veng", "imp.2s": "ven", "ger": "viniendo"},
    "dar": {"pres": ("doy", "das", "da", "damos", "dais", "dan"), "pret": ("di", "diste", "dio", "dimos", "disteis", "dieron"),
            "subj": ("dé", "des", "dé", "demos", "deis", "den")},
    "ver": {"pres": ("veo", "ves", "ve", "vemos", "veis", "ven"), "pret": ("vi", "viste", "vio", "vimos", "visteis", "vieron"),
            "impf": ("veía", "veías", "veía", "veíamos", "veíais", "veían"), "subj_stem": "ve", "part": "visto"},
    "saber": {"pres": ("sé", "sabes", "sabe", "sabemos", "sabéis", "saben"), "pret_stem": "sup", "fut_stem": "sabr", "subj_stem": "sep"},
    "querer": {"pret_stem": "quis", "fut_stem": "querr"},
    "poder": {"pret_stem": "pud", "fut_stem": "podr", "ger": "pudiendo"},
    "salir": {"pres": ("salgo", "sales", "sale", "salimos", "salís", "salen"), "fut_stem": "saldr", "subj_stem": "salg", "imp.2s": "sal"},
    "caer": {"pres": ("caigo", "caes", "cae", "caemos", "caéis", "caen"), "subj_stem": "caig"},
    "traer": {"pres": ("traigo", "traes", "trae", "traemos", "traéis", "traen"), "pret_stem": "traj", "subj_stem": "traig"},
    "oír": {"pres": ("oigo", "oyes", "oye", "oímos", "oís", "oyen"), "subj_stem": "oig", "imp.2s": "oye"},
    "valer": {"pres": ("valgo", "vales", "vale", "valemos", "valéis", "valen"), "fut_stem": "valdr", "subj_stem": "valg"},
    "caber": {"pres": ("quepo", "cabes", "cabe", "cabemos", "cabéis", "caben"), "pret_stem": "cup", "fut_stem": "cabr", "subj_stem": "quep"},
    "andar": {"pret_stem": "anduv"},
}
# Participles that are irregular in regular verbs (and in compounds: devolver → devuelto).
_PARTICIPLES = {"volver": "vuelto", "escribir": "escrito", "abrir": "abierto", "morir": "muerto", "romper": "roto",
                "resolver": "resuelto", "cubrir": "cubierto", "imprimir": "impreso", "satisfacer": "satisfecho",
                "absolver": "absuelto", "envolver": "envuelto"}


def _silent_u(stem: str, i: int) -> bool:
    """The u of gu/qu before e or i is only spelling (seguir, conseguir)."""
    return stem[i] == "u" and i > 0 and stem[i - 1] in "gq"


def _stem_changed(stem: str, change: str) -> str:
    """The stem with its last e/o/u (the stressed vowel) changed."""
    for i in range(len(stem) - 1, -1, -1):
        if stem[i] in "eou" and not _silent_u(stem, i):
            vowel = stem[i]
            if change == "ie" and vowel == "e":
                return stem[:i] + "ie" + stem[i + 1 :]
            if change == "ue" and vowel in "ou":
                replacement = "hue" if i == 0 and vowel == "o" else "ue"
                return stem[:i] + replacement + stem[i + 1 :]
            if change == "i" and vowel == "e":
                return stem[:i] + "i" + stem[i + 1 :]
            return stem
    return stem


def _weak(stem: str) -> str:
    """-ir stem change where the ending is unstressed: sentir → sint-, dormir → durm-."""
    for i in range(len(stem) - 1, -1, -1):
        if stem[i] in "eo":
            return stem[:i] + ("i" if stem[i] == "e" else "u") + stem[i + 1 :]
    return stem


def _spell(stem: str, ending: str, cls: str) -> str:
    """Spelling changes that keep the consonant's sound before the ending's vowel."""
    first = ending[:1].translate(_STRIP_ACUTE)
    if cls == "ar" and first == "e":
        if stem.endswith("c"):
            return stem[:-1] + "qu" + ending
        if stem.endswith("g"):
            return stem + "u" + ending
        if stem.endswith("z"):
            return stem[:-1] + "c" + ending
    if cls in ("er", "ir") and first in ("a", "o"):
        if stem.endswith("gu") and cls == "ir":
            return stem[:-1] + ending  # sigo, siga
        if stem.endswith("g"):
            return stem[:-1] + "j" + ending  # elijo, proteja
        if stem.endswith("c") and stem[-2:-1] in "aeiouáéíóú":
            return stem[:-1] + "zc" + ending  # conozco, conduzca
        if stem.endswith("c"):
            return stem[:-1] + "z" + ending  # venzo
    return stem + ending


def _accent_last_vowel(stem: str) -> str:
    for i in range(len(stem) - 1, -1, -1):
        if stem[i] in "aeiou":
            return stem[:i] + stem[i].translate(_ACUTE) + stem[i + 1 :]
    return stem


@cache
def _regular(verb: str) -> dict[str, str]:
    cls = verb[-2:].translate(_STRIP_ACUTE)
    if cls not in _ENDINGS:
        raise ValueError(f"not a Spanish infinitive: {verb!r}")
    stem = verb[:-2]
    endings = _ENDINGS[cls]
    change = _STEM_CHANGE.get(verb)
    # leer, caer, oír: -ió → -yó (not the spelling u of seguir)
    vowel_stem = bool(stem) and stem[-1] in "aeiou" and cls != "ar" and not _silent_u(stem, len(stem) - 1)
    uir = verb.endswith("uir") and not verb.endswith(("guir", "quir"))
    ducir = verb.endswith("ducir")
    strong = stem[:-1] + "j" if ducir else None  # conducir → conduj-
    out: dict[str, str] = {"inf": verb}

    def stressed(person: str) -> bool:
        return person in ("1s", "2s", "3s", "3p")

    for tense in ("pres", "subj"):
        for person, ending in zip(PERSONS, endings[tense]):
            base = stem
            if change and (stressed(person) or (tense == "subj" and cls == "ir" and change in ("ie", "ue"))):
                base = _stem_changed(stem, change) if stressed(person) else _weak(stem)
            if change == "i" and tense == "subj":
                base = _stem_changed(stem, "i")
            if uir and (stressed(person) or tense == "subj"):
                base = stem + "y"
            out[f"{tense}.{person}"] = _spell(base, ending, cls)
    for person, ending in zip(PERSONS, endings["pret"]):
        if strong:
            ending = _STRONG_PRETERITE[PERSONS.index(person)]
            form = strong + ("eron" if person == "3p" else ending)
        else:
            base = stem
            if cls == "ir" and change and person in ("3s", "3p"):
                base = _weak(stem) if change in ("ie", "ue") else _stem_changed(stem, "i")
            if (vowel_stem or uir) and person in ("3s", "3p"):
                ending = ending.replace("ió", "yó").replace("ieron", "yeron")
            if vowel_stem and not uir and person in ("2s", "1p", "2p"):
                ending = ending.replace("i", "í", 1)
            form = _spell(base, ending, cls)
        out[f"pret.{person}"] = form
    for person, ending in zip(PERSONS, endings["impf"]):
        out[f"impf.{person}"] = stem + ending
    for person, fut, cond in zip(PERSONS, _FUTURE, _CONDITIONAL):
        out[f"fut.{person}"] = verb + fut
        out[f"cond.{person}"] = verb + cond
    if cls == "ar":
        ger = stem + "ando"
    elif vowel_stem or uir:
        ger = stem + "yendo"
    else:
        ger = (_weak(stem) if change and cls == "ir" else stem) + "iendo"
    out["ger"] = ger
    participle = _irregular_participle(verb) or stem + ("ado" if cls == "ar" else ("ído" if vowel_stem and not uir else "ido"))
    out["part"] = participle
    out["imp.2s"] = out["pres.3s"]
    out["imp.2p"] = verb[:-1] + "d"
    return out


def _irregular_participle(verb: str) -> str | None:
    for base in sorted(_PARTICIPLES, key=len, reverse=True):
        if verb.endswith(base):
            return verb[: -len(base)] + _PARTICIPLES[base]
    return None


def _imperfect_subjunctive(out: dict[str, str]) -> None:
    """From the preterite's third person plural: hablaron → hablara, tuvieron → tuviera, tuviéramos."""
    root = out["pret.3p"][: -len("ron")]
    for person, ending in zip(PERSONS, ("ra", "ras", "ra", "ramos", "rais", "ran")):
        base = _accent_last_vowel(root) if person == "1p" else root
        out[f"subj.impf.{person}"] = base + ending
        out[f"subj.impf2.{person}"] = base + ending.replace("ra", "se", 1)


def _apply_irregular(verb: str, spec: dict, out: dict[str, str]) -> None:
    for tense in ("pres", "pret", "impf", "subj"):
        if tense in spec:
            out.update({f"{tense}.{p}": f for p, f in zip(PERSONS, spec[tense])})
    if "pret_stem" in spec:
        stem = spec["pret_stem"]
        for person, ending in zip(PERSONS, _STRONG_PRETERITE):
            form = stem + ending
            if person == "3s" and stem.endswith("c"):
                form = stem[:-1] + "zo"  # hizo
            if person == "3p" and stem.endswith("j"):
                form = stem + "eron"  # dijeron, trajeron
            out[f"pret.{person}"] = form
    if "fut_stem" in spec:
        for person, fut, cond in zip(PERSONS, _FUTURE, _CONDITIONAL):
            out[f"fut.{person}"] = spec["fut_stem"] + fut
            out[f"cond.{person}"] = spec["fut_stem"] + cond
    if "subj_stem" in spec:
        for person, ending in zip(PERSONS, ("a", "as", "a", "amos", "áis", "an")):
            out[f"subj.{person}"] = spec["subj_stem"] + ending
    for slot in ("imp.2s", "part", "ger"):
        if slot in spec:
            out[slot] = spec[slot]


def _base_irregular(verb: str) -> tuple[str, str] | None:
    """(prefix, irregular verb) for a compound such as mantener (man + tener)."""
    for base in sorted(_IRREGULAR, key=len, reverse=True):
        if verb.endswith(base) and verb != base and len(base) >= 4:
            return verb[: -len(base)], base
    return None


@cache
def forms(verb: str) -> dict[str, str]:
    """Every form of a Spanish verb (an infinitive, with or without a final -se) by slot."""
    verb = verb.lower().strip()
    if verb.endswith("se") and verb[-4:-2] in ("ar", "er", "ir", "ír"):
        verb = verb[:-2]
    compound = _base_irregular(verb) if verb not in _IRREGULAR else None
    if compound:
        prefix, base = compound
        out = {slot: prefix + form for slot, form in forms(base).items()}
        out["inf"] = verb
        if len(forms(base)["imp.2s"]) <= 3 and forms(base)["imp.2s"].endswith("n"):  # ten → mantén, pon → propón
            out["imp.2s"] = prefix + _accent_last_vowel(forms(base)["imp.2s"])
        _add_participle_forms(out)
        return out
    out = dict(_regular(verb if verb != "oír" else "oir"))
    out["inf"] = verb
    if verb in _IRREGULAR:
        _apply_irregular(verb, _IRREGULAR[verb], out)
    _imperfect_subjunctive(out)
    _add_participle_forms(out)
    return out


def _add_participle_forms(out: dict[str, str]) -> None:
    participle = out["part"]
    if participle.endswith("o"):
        out["part.f"] = participle[:-1] + "a"
        out["part.pl"] = participle + "s"
        out["part.fpl"] = participle[:-1] + "as"


def inflections(verb: str) -> tuple[str, ...]:
    """Every form of ``verb``, sorted."""
    return tuple(sorted(set(forms(verb).values())))


def slot_of(word: str, verb: str) -> str | None:
    """Which slot of ``verb`` the form ``word`` fills (the first one, for forms shared by two)."""
    word = word.lower()
    return next((slot for slot, form in forms(verb).items() if form == word), None)


def inflect_like(verb: str, slot: str | None) -> str:
    """``verb`` in ``slot`` ("solicitar", "pret.3s" → "solicitó"); the infinitive when the slot is unknown."""
    return forms(verb).get(slot, verb) if slot else verb
