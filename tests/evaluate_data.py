"""A small test set written for these tests: Spanish sources, English references, and
systems that differ from the references in known ways."""

from __future__ import annotations

import json
from pathlib import Path

PLACES = ["the river", "the old market", "the north station", "the main square", "the harbour"]
SOURCES_PLACES = ["el río", "el viejo mercado", "la estación norte", "la plaza mayor", "el puerto"]


def references() -> list[str]:
    refs = []
    for i in range(40):
        place = PLACES[i % 5]
        refs.append(f"The council met on day {i} and agreed to repair the bridge near {place} before winter.")
    refs[3] = "“We will not close the school,” said Mayor Ana Ruiz on Tuesday."
    refs[11] = "“The bridge is safe,” the engineer told reporters after the inspection."
    refs[19] = "Residents said the works would start in March, according to the city."
    refs[23] = "“Nobody will lose their job,” the minister said."
    refs[7] = ""  # an empty segment is kept, not dropped
    return refs


def sources() -> list[str]:
    srcs = []
    for i in range(40):
        place = SOURCES_PLACES[i % 5]
        srcs.append(f"El consejo se reunió el día {i} y acordó reparar el puente cerca de {place} antes del invierno.")
    srcs[3] = "«No cerraremos la escuela», dijo la alcaldesa Ana Ruiz el martes."
    srcs[11] = "«El puente es seguro», dijo el ingeniero a los periodistas tras la inspección."
    srcs[19] = "Los vecinos dijeron que las obras empezarán en marzo, según la ciudad."
    srcs[23] = "«Nadie perderá su empleo», dijo el ministro."
    srcs[7] = ""
    return srcs


def good() -> list[str]:
    """Close to the references: one word changed per sentence."""
    return [r.replace("repair", "fix") for r in references()]


def bad() -> list[str]:
    """Far from them: words dropped and the quotation marks lost."""
    return [r.replace(" near ", " at ").replace("the bridge", "a road").replace("before winter", "")
            .replace("“", "").replace("”", "").replace("agreed to", "wanted") for r in references()]


def middling() -> list[str]:
    return [r.replace("before winter", "before the winter").replace("repair", "mend") for r in references()]


def write_lines(path: Path, lines: list[str]) -> str:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return str(path)


def files(folder: Path) -> dict[str, str]:
    refs, srcs = references(), sources()
    return {
        "src": write_lines(folder / "src.es", srcs), "ref": write_lines(folder / "ref.en", refs),
        "good": write_lines(folder / "good.en", good()), "bad": write_lines(folder / "bad.en", bad()),
        "middling": write_lines(folder / "middling.en", middling()),
        "tsv": write_lines(folder / "set.tsv", [f"{s}\t{r}" for s, r in zip(srcs, refs)]),
        "jsonl": write_lines(folder / "set.jsonl", [json.dumps({"src": s, "ref": r, "id": f"s{i}"})
                                                    for i, (s, r) in enumerate(zip(srcs, refs))]),
        "docs": write_lines(folder / "docs.txt", [f"d{i // 4}" for i in range(40)]),
    }
