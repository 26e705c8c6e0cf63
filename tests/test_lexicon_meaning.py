"""Mistranslations of meaning in English translated from Spanish (lexicon Round 8): a Spanish word given
its English look-alike's sense ("cerco" as fence, "escenario" as scenario, "protagonista", "pesquisa",
"intento", "firma", "oriental"), Spanish idioms word for word, and non-words left from Spanish. Every
sentence here was written for these tests: each family is checked on sentences it must flag and on
ordinary English it must leave alone (with the source language given, so low entries are on too)."""

import pytest

from transcompare.detectors import run_detectors
from transcompare.document import build_document


def findings(text, source="es"):
    doc = build_document(text, language="en")
    return [(f.span.of(doc.text), f) for f in run_detectors(doc, source, ["calque.lexicon"])]


def spans(text, source="es"):
    return [span for span, _ in findings(text, source)]


@pytest.mark.parametrize("text, expected", [
    # "cerco": siege, blockade
    ("The island resists in the face of the fence imposed from abroad.", "in the face of the fence"),
    ("Washington wants to tighten the fence against Havana.", "tighten the fence against"),
    ("He condemned the genocidal fence that has lasted six decades.", "genocidal fence"),
    ("The fence against Venezuela has cost billions.", "The fence against Venezuela"),
    # "pesquisa": health screening
    ("Students carried out a house-to-house investigation of the sick.", "house-to-house investigation"),
    ("The active investigation of symptoms continues in every district.", "active investigation of symptoms"),
    ("Medical students investigated homes in the old town.", "Medical students investigated homes"),
    ("Nurses went out to investigate the population.", "investigate the population"),
    # "protagonista": key participant
    ("In this battle we are all protagonists.", "are all protagonists"),
    ("Young people will be the protagonists of the new stage.", "Young people will be the protagonists"),
    ("Workers must be protagonists of the change.", "Workers must be protagonists"),
    ("The party wants more protagonism for women.", "protagonism"),
    # "escenario": setting, venue, platform
    ("The square was the scenario of violent clashes.", "was the scenario of violent"),
    ("The capital will be the scenario for the summit.", "be the scenario for the summit"),
    ("The fair is a scenario to share experiences.", "a scenario to share"),
    ("The forum is the natural scenario for dialogue.", "the natural scenario for dialogue"),
    # "intento", "firma", "militar", "oriental", "embarazada", "coyuntura", "aprobación"
    ("The army foiled an intent of coup in the capital.", "an intent of coup"),
    ("The firm of the agreement took place in Bogotá.", "The firm of the agreement"),
    ("She militated in the Communist Party for years.", "militated in the Communist Party"),
    ("Rain fell in the oriental province of Holguín.", "the oriental province"),
    ("The clinic cares for embarrassed women and newborns.", "embarrassed women"),
    ("The current conjuncture demands unity.", "The current conjuncture"),
    ("The approbation of the budget was delayed.", "The approbation of the budget"),
    # idioms word for word
    ("The senator put the finger in the wound.", "put the finger in the wound"),
    ("We will not stay with crossed arms.", "with crossed arms"),
    ("The minister refused to give his arm to twist.", "give his arm to twist"),
    ("The reform passed to history as a failure.", "passed to history as"),
    ("The union will not lower the arms.", "lower the arms"),
    # crime news
    ("Police seized arms of fire and drugs.", "arms of fire"),
    ("He was wounded with a white arm.", "white arm"),
    ("The assault to a bank left two dead.", "The assault to a bank"),
    ("The law attempts against the sovereignty of the nation.", "attempts against the sovereignty"),
    ("He survived the attempt against the president.", "the attempt against the president"),
    # words and phrases left from Spanish
    ("Shortages hit the vital liquid in the dry season.", "the vital liquid"),
    ("A conversatory on culture was held at the library.", "conversatory"),
    ("The meeting was held the day of today.", "the day of today"),
    ("Cuban cooperants arrived in Angola.", "cooperants"),
    ("His gestion was praised by the board.", "gestion"),
    ("Many commerces stayed closed.", "commerces"),
    ("The city has two million habitants.", "habitants"),
    ("Paperwork and tramits take months.", "tramits"),
    ("Their revindications were heard.", "revindications"),
    ("They met with the object of strengthening ties.", "with the object of strengthening"),
    ("The decision is of binding character.", "of binding character"),
    ("The project costs five thousand million dollars.", "thousand million dollars"),
    # courts, legislatures, crime, economy, health and stock phrases (second batch)
    ("Lima was chosen as the headquarters of the summit.", "the headquarters of the summit"),
    ("The deal was signed in the mark of the visit.", "in the mark of the"),
    ("The party won twelve curules.", "curules"),
    ("The Table of the Congress rejected the motion.", "The Table of the Congress"),
    ("The Provincial Deputation approved the budget.", "The Provincial Deputation approved"),
    ("Two concejales resigned on Friday.", "concejales"),
    ("The court stripped the senator of his fuero.", "his fuero"),
    ("The mayor filed a querella against the newspaper.", "querella"),
    ("The case is before the judged of first instance.", "the judged of"),
    ("Prosecutors ordered new diligences in the case.", "diligences"),
    ("Police ordered the flattening of the home of the suspect.", "the flattening of the home"),
    ("A balacera left three dead.", "balacera"),
    ("The network was dismantled for the treat of persons.", "the treat of persons"),
    ("Remesas from abroad fell.", "Remesas"),
    ("Two galenos were honoured.", "galenos"),
    ("Twelve patients were ingressed on Monday.", "ingressed"),
    ("The hospital reported forty medical highs.", "medical highs"),
    ("Doctors gave high to 30 patients.", "gave high to 30 patients"),
    ("The vocero of the party spoke to reporters.", "vocero"),
    ("The ministry issued a press note on Sunday.", "a press note"),
    ("The minister called a press wheel.", "press wheel"),
    ("She spoke to the television chain Telesur.", "the television chain Telesur"),
    ("Protests spread along and wide of the country.", "along and wide of the country"),
    ("The gang ran a white treat network.", "white treat"),
    ("She gave to light twins in the ambulance.", "gave to light twins"),
    ("The city made front to the floods.", "made front to the"),
    ("It is, without place to doubts, a victory.", "without place to doubts"),
    ("They met with the end of strengthening ties.", "with the end of strengthening"),
    # Spanish title abbreviations; "estimar" before an adjective
    ("The Lic. Pérez chaired the session.", "Lic. Pérez"),
    ("The Gral. Ramos led the parade.", "Gral. Ramos"),
    ("The minister estimated necessary to raise wages.", "estimated necessary"),
    ("The court estimates it urgent to act.", "estimates it urgent"),
    ("The ministry informed that two people died.", "informed that"),
])
def test_meaning_entries_flag_spanish_senses(text, expected):
    assert expected in spans(text), spans(text)


@pytest.mark.parametrize("text", [
    "The farmer mended the fence after the storm.",
    "Cows broke the fence near the road.",
    "The border fence was built in 2006.",
    "Police investigate the death of a man in the old town.",
    "The FBI opened an active investigation into the leak.",
    "Detectives carried out a door-to-door canvass of the street.",
    "The protagonist of the novel is a young doctor.",
    "The protagonists of the film are two brothers.",
    "The worst-case scenario for the party is a split.",
    "In that scenario, prices would rise.",
    "The ideal scenario for Republicans is a short campaign.",
    "Analysts ran a scenario to test the bank's capital.",
    "He acted with intent to kill.",
    "The law firm of the former senator closed.",
    "Several factors militate against a deal.",
    "The cafe serves oriental food.",
    "She was embarrassed by the question.",
    "Congress passed the bill with the approbation of the public.",
    "He went down in history as a reformer.",
    "They lowered the arms of the crane.",
    "She stood with her arms crossed.",
    "He pointed his finger at the wound on his leg.",
    "The arms race worried the allies.",
    "White smoke rose from the chimney.",
    "The assault on the bank lasted an hour.",
    "He made an attempt on the record.",
    "Water is scarce in the dry season.",
    "They met with the aim of strengthening ties.",
    "The object of the game is to score.",
    "It was a decision of great character.",
    "The project costs five billion dollars.",
    "Commerce between the states grew.",
    "The city has two million inhabitants.",
    "The company moved its headquarters to Austin.",
    "He left his mark on the party.",
    "The table of results was published.",
    "The judged performance of the team was poor.",
    "She worked with great diligence.",
    "The flattening of the curve took weeks.",
    "White trade unions backed the strike.",
    "The high was 30 degrees.",
    "The press release was issued on Sunday.",
    "The supermarket chain closed stores.",
    "The report brought to light new facts.",
    "They stood in front of the court.",
    "There is no place for doubt in this plan.",
    "At the end of the meeting, they voted.",
    "Gen. Smith led the parade.",
    "ING. The bank's shares fell.",
    "The estimated necessary funding is large.",
    "An estimated 50 people died.",
    "Economists estimated that growth would slow.",
    "The utility was fined for not informing that the plant had leaked.",
])
def test_meaning_entries_leave_english_alone(text):
    assert spans(text) == [], text


def test_meaning_finding_names_the_spanish_and_the_fix():
    (_, finding), = findings("The square was the scenario of violent clashes.")
    assert finding.likely_source == "fue escenario de" and "fue escenario de" in finding.message
    assert finding.suggestion.startswith("was the scene of")
