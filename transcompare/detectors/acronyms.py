"""Spanish acronyms left in English text (OEA for OAS, EE.UU. for US, PIB for GDP)."""

from __future__ import annotations

import re

from ..datamodel import Severity, Span
from . import AuditContext, Hit, detector
from .evidence import signal

# Spanish acronym -> (what it stands for, the English acronym). Only forms English never uses:
# ones English shares (FARC, ALBA, CELAC, MERCOSUR, PSOE) are left alone, and so are those
# that mean something else in English (CPI, TLC, BM).
SPANISH_ACRONYMS = {
    "OEA": ("Organización de los Estados Americanos", "OAS"),
    "ONU": ("Organización de las Naciones Unidas", "UN"),
    "OTAN": ("Organización del Tratado del Atlántico Norte", "NATO"),
    "EE.UU.": ("Estados Unidos", "US"),
    "EE. UU.": ("Estados Unidos", "US"),
    "EEUU": ("Estados Unidos", "US"),
    "UE": ("Unión Europea", "EU"),
    "PIB": ("producto interior bruto", "GDP"),
    "FMI": ("Fondo Monetario Internacional", "IMF"),
    "OMS": ("Organización Mundial de la Salud", "WHO"),
    "OPS": ("Organización Panamericana de la Salud", "PAHO"),
    "BID": ("Banco Interamericano de Desarrollo", "IDB"),
    "CEPAL": ("Comisión Económica para América Latina y el Caribe", "ECLAC"),
    "OIT": ("Organización Internacional del Trabajo", "ILO"),
    "PNUD": ("Programa de las Naciones Unidas para el Desarrollo", "UNDP"),
    "ACNUR": ("Alto Comisionado de las Naciones Unidas para los Refugiados", "UNHCR"),
    "OCDE": ("Organización para la Cooperación y el Desarrollo Económicos", "OECD"),
    "OMC": ("Organización Mundial del Comercio", "WTO"),
    "CIDH": ("Comisión Interamericana de Derechos Humanos", "IACHR"),
    "CorteIDH": ("Corte Interamericana de Derechos Humanos", "IACtHR"),
    "DD.HH.": ("derechos humanos", "human rights"),
    "FF.AA.": ("Fuerzas Armadas", "the armed forces"),
    "ONG": ("organización no gubernamental", "NGO"),
    "ONGs": ("organizaciones no gubernamentales", "NGOs"),
    "IVA": ("impuesto sobre el valor añadido", "VAT"),
    "SIDA": ("síndrome de inmunodeficiencia adquirida", "AIDS"),
    "VIH": ("virus de la inmunodeficiencia humana", "HIV"),
    "ADN": ("ácido desoxirribonucleico", "DNA"),
    "OVNI": ("objeto volador no identificado", "UFO"),
    "TLCAN": ("Tratado de Libre Comercio de América del Norte", "NAFTA"),
    "URSS": ("Unión de Repúblicas Socialistas Soviéticas", "USSR"),
    "DNU": ("decreto de necesidad y urgencia", "emergency decree"),
    "CGPJ": ("Consejo General del Poder Judicial", "General Council of the Judiciary"),
    "CCAA": ("comunidades autónomas", "the regions"),
    "EE.UU": ("Estados Unidos", "US"),
    "OIEA": ("Organismo Internacional de Energía Atómica", "IAEA"),
    "OPEP": ("Organización de Países Exportadores de Petróleo", "OPEC"),
    "CIJ": ("Corte Internacional de Justicia", "ICJ"),
    "OIM": ("Organización Internacional para las Migraciones", "IOM"),
    "ACNUDH": ("Oficina del Alto Comisionado de las Naciones Unidas para los Derechos Humanos", "OHCHR"),
    "CICR": ("Comité Internacional de la Cruz Roja", "ICRC"),
    "EAU": ("Emiratos Árabes Unidos", "UAE"),
    "RPDC": ("República Popular Democrática de Corea", "DPRK"),
    "ONUDD": ("Oficina de las Naciones Unidas contra la Droga y el Delito", "UNODC"),
    "BCE": ("Banco Central Europeo", "ECB"),
    "OLP": ("Organización para la Liberación de Palestina", "PLO"),
    "TJUE": ("Tribunal de Justicia de la Unión Europea", "CJEU"),
    "TEDH": ("Tribunal Europeo de Derechos Humanos", "ECtHR"),
    "BERD": ("Banco Europeo de Reconstrucción y Desarrollo", "EBRD"),
    "PYMES": ("pequeñas y medianas empresas", "SMEs"),
    "Pymes": ("pequeñas y medianas empresas", "SMEs"),
    "PYME": ("pequeña y mediana empresa", "SME"),
    "EUA": ("Estados Unidos de América", "US"),
    "PBI": ("producto bruto interno", "GDP"),
    "FFAA": ("Fuerzas Armadas", "the armed forces"),
    "DDHH": ("derechos humanos", "human rights"),
    "OMPI": ("Organización Mundial de la Propiedad Intelectual", "WIPO"),
    "OMT": ("Organización Mundial del Turismo", "UN Tourism (UNWTO)"),
    "UIT": ("Unión Internacional de Telecomunicaciones", "ITU"),
    "FIDA": ("Fondo Internacional de Desarrollo Agrícola", "IFAD"),
    "OMM": ("Organización Meteorológica Mundial", "WMO"),
    "TPI": ("Tribunal Penal Internacional", "ICC"),
    "BCIE": ("Banco Centroamericano de Integración Económica", "CABEI"),
    "ONUSIDA": ("Programa Conjunto de las Naciones Unidas sobre el VIH/Sida", "UNAIDS"),
    "OCS": ("Organización de Cooperación de Shanghái", "SCO"),
    "RDC": ("República Democrática del Congo", "DRC"),
    "RPC": ("República Popular China", "PRC"),
    "T-MEC": ("Tratado entre México, Estados Unidos y Canadá", "USMCA"),
    "IA": ("inteligencia artificial", "AI"),
    "I+D": ("investigación y desarrollo", "R&D"),
    "I+D+i": ("investigación, desarrollo e innovación", "R&D and innovation"),
    "TIC": ("tecnologías de la información y la comunicación", "ICT"),
    "LGTB": ("lesbianas, gais, transexuales y bisexuales", "LGBT"),
    "LGTBI": ("lesbianas, gais, transexuales, bisexuales e intersexuales", "LGBTI"),
    "LGTBIQ": ("lesbianas, gais, transexuales, bisexuales, intersexuales y queer", "LGBTIQ"),
    "IRPF": ("impuesto sobre la renta de las personas físicas", "income tax"),
    "EE UU": ("Estados Unidos", "US"),
}
_ACRONYM = re.compile(
    "(?:" + "|".join(re.escape(a) for a in sorted(SPANISH_ACRONYMS, key=len, reverse=True)) + r")(?![\w@/-])")


def _in_capitals(text: str, at: int) -> tuple[bool, int]:
    """Whether the line at ``at`` is written in capitals (a shouting headline: acronyms there may be
    English words), and where the line ends."""
    start = text.rfind("\n", 0, at) + 1
    stop = text.find("\n", at)
    end = stop if stop >= 0 else len(text)
    letters = [c for c in text[start:end] if c.isalpha()]
    return len(letters) > 20 and sum(c.isupper() for c in letters) > 0.7 * len(letters), end


def spanish_acronyms(ctx: AuditContext):
    text, body = ctx.text, ctx.document.body
    shouting, line_end = False, -1  # the line last read: each is read once, however many acronyms it holds
    for match in _ACRONYM.finditer(text, body.start, body.end):
        before = text[match.start() - 1] if match.start() else " "
        if before.isalnum() or before in ".@#/-":
            continue
        if match.start() >= line_end:
            shouting, line_end = _in_capitals(text, match.start())
        if not shouting:
            yield match


@signal
def acronym_signal(ctx: AuditContext, source: str) -> int:
    if source != "es" or ctx.document.language != "en":
        return 0
    return len({m.group(0) for m in spanish_acronyms(ctx)})


@detector("acronym.spanish", "accuracy/untranslated", Severity.MINOR,
          "A Spanish acronym left in English text (OEA for OAS, EE.UU. for US, PIB for GDP).", languages=("en",))
def spanish_acronym(ctx: AuditContext):
    if not ctx.source_may_be("es"):
        return
    for match in spanish_acronyms(ctx):
        spanish, english = SPANISH_ACRONYMS[match.group(0)]
        yield Hit(Span(match.start(), match.end()), f"“{match.group(0)}” is the Spanish acronym ({spanish})",
                  f"“{english}”", likely_source=f"{match.group(0)} ({spanish})")
