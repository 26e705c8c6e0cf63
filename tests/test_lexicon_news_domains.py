"""Calques and false friends of Spanish news: courts, economy, legislatures, politics,
and mt.doubled (a phrase written twice, one word joined to itself by "and"). Every sentence here was
written for these tests: each entry family is checked on a sentence it must flag and on ordinary
English it must leave alone."""

import pytest

from transcompare.detectors import run_detectors
from transcompare.document import build_document

# Sentences that make the origin evident in auto mode (two strong calques), for the rules that wait for it.
SPANISH_SIGNS = "The minister denounced that the budget was cut. The mayor ratified his support for the plan. "


def findings(text, detector, source="auto"):
    doc = build_document(text, language="en")
    return [(f.span.of(doc.text), f) for f in run_detectors(doc, source, [detector])]


def spans(text, detector, source="auto"):
    return [span for span, _ in findings(text, detector, source)]


@pytest.mark.parametrize("text, expected", [
    ("The still president of the party refused to resign.", "The still president"),
    ("The implicated were taken to the prosecutor's office.", "The implicated were"),
    ("Public expense rose by four percent in the first quarter.", "Public expense rose"),
    ("The central bank raised the interest type to nine percent.", "interest type"),
    ("Young people launched entrepreneurships in the province.", "entrepreneurships"),
    ("She is the candidate to the presidency for the ruling coalition.", "candidate to the presidency"),
    ("The union dirigents met the minister on Monday.", "dirigents"),
    ("The bill was approved by majority in the Senate.", "approved by majority"),
    ("The prime minister will present a question of confidence next week.", "present a question of confidence"),
    ("He was sentenced to six years of effective prison.", "years of effective prison"),
    ("The consultories of the neighbourhood received vaccines.", "consultories"),
    ("Girls, boys and adolescents will receive the vaccine.", "Girls, boys and adolescents"),
    ("The end of the sexennium is near.", "sexennium"),
    ("The company will make effective the payment next month.", "make effective the payment"),
    ("Once that the law is published, it will take effect.", "Once that the"),
    ("The reform will viabilize new investment.", "viabilize"),
    ("The Gallic country will host the summit.", "The Gallic country"),
    ("The Asian giant bought more soybeans.", "The Asian giant"),
    ("The officers opened an investigation folder against the mayor.", "investigation folder"),
    ("The deputy solicited the resignation of the minister.", "solicited the resignation"),
    ("The solicitude was rejected by the court.", "The solicitude was"),
    ("The court condemned him to 12 years in prison.", "condemned him to 12 years"),
    ("He was condemned to twelve years in prison.", "was condemned to twelve years"),
    ("The condemnation of eight years was confirmed.", "condemnation of eight years"),
    ("The court absolved the former governor.", "absolved the former"),
    ("The author material of the crime was arrested.", "author material"),
    ("The quotation of the dollar reached a new record.", "The quotation of the dollar"),
    ("The concert was a resounding exit.", "a resounding exit"),
    ("The hospital counts with modern equipment.", "counts with modern"),
    ("The Pope Francis called for peace.", "The Pope Francis"),
    ("Before this situation, the mayor declared an emergency.", "Before this situation,"),
    ("In his account of X, the president wrote a message.", "In his account of X"),
    ("The British medium published the report.", "The British medium published"),
    ("The public force dispersed the protesters.", "The public force dispersed"),
    ("Agents of the police arrested two men.", "Agents of the police"),
    ("The history will judge us.", "The history will judge"),
    ("The Magna Carta guarantees the right to protest.", "The Magna Carta guarantees"),
    ("The police broke the media fence around the town.", "media fence"),
    ("Doctors set up an epidemiological fence around the outbreak.", "epidemiological fence"),
    ("The protesters put up guarimbas on the avenue.", "guarimbas"),
    ("The parliament approved a legislation on water.", "a legislation"),
    ("The ministry offered an information about the case.", "an information"),
    ("The doctors received a modern equipment for the ward.", "a modern equipment"),
    ("The platform agglutinates twenty parties.", "agglutinates"),
    ("Citizens must take conscience of the risks.", "take conscience"),
    ("The campaign seeks to create conscience about recycling.", "create conscience about"),
    ("We are all protagonists of this process.", "protagonists of this process"),
    ("The two countries signed an agreement of cooperation in health.", "agreement of cooperation"),
    ("The parties signed a letter of intention.", "letter of intention"),
    ("The ministry drew up new sanitary politics.", "sanitary politics"),
    ("The judge disposed that the suspect be released.", "disposed that"),
    ("Inflation situated itself at 5 percent in March.", "situated itself at"),
    ("The economy registered a growth of 3 percent.", "registered a growth"),
    ("Argentina closed the year with an inflation of 200 percent.", "an inflation of 200"),
    ("The country accumulated an inflation of 40 percent.", "accumulated an inflation of"),
    ("The investigations are in course.", "are in course"),
    ("The new road benefited to thousands of families.", "benefited to thousands"),
    ("The region lives a wave of violence.", "lives a wave of"),
    ("The storm left without electricity thousands of homes.", "left without electricity thousands"),
    ("The accident left as a result three dead.", "left as a result"),
    ("The president took advantage of the occasion to thank the doctors.", "advantage of the occasion"),
    ("The parties agreed to a concertation on wages.", "concertation"),
    ("The students held a pacific march in the capital.", "pacific march"),
    ("The government issued a decree of emergency.", "decree of emergency"),
    ("The government declared a state of exception in three provinces.", "state of exception"),
    ("Workers will receive the aguinaldo in December.", "aguinaldo"),
    ("The government raised the retentions on soybeans.", "retentions on soybeans"),
    ("The protest will be held next Sunday 15 outside the palace.", "next Sunday 15"),
    ("The people will defend the Homeland against aggression.", "the Homeland"),
    ("The socialist leader has censured the attitude of the PP.", "censured the attitude"),
    ("The deputies of Morena voted in favor.", "The deputies of Morena"),
    ("The police introduced the suspect in the patrol car.", "introduced the suspect in the patrol car"),
    ("The minister resumed it in three points.", "resumed it in three points"),
    ("The store offers facilities of payment.", "facilities of payment"),
    ("The retribution of the workers will rise 3 percent.", "The retribution of the workers"),
    ("The rent per capita grew 2 percent.", "rent per capita"),
    ("The deadline for the declaration of the rent ends in June.", "declaration of the rent"),
    ("The competence between the companies is fierce.", "The competence between the companies"),
    ("Farmers complain of unfair competence from imports.", "unfair competence"),
    ("The editorial published the book in 2019.", "The editorial published the book"),
    ("The ministry remembered to the citizens the deadline.", "remembered to the citizens"),
    ("The workers quit the barricades from the square.", "quit the barricades"),
    ("The city will recollect the garbage twice a week.", "recollect the garbage"),
    ("The motive of the trip was economic.", "The motive of the trip"),
    ("Feijóo ironized about the coalition.", "ironized"),
    ("The government decreed a total confinement for two weeks.", "total confinement"),
    ("Everyone must wear the nasobuco in public.", "nasobuco"),
    ("People must wear mouth covers on buses.", "mouth covers"),
    ("The president has incided in that the economy is growing.", "incided in"),
    ("The leader has shown himself in favor of a referendum.", "shown himself in favor"),
    ("The leader showed himself convinced of victory.", "showed himself convinced"),
    ("The minister has shown in favor of the deal.", "has shown in favor of"),
    ("The PP rejected frontally the proposal.", "rejected frontally"),
    ("The unions announced a frontal rejection of the plan.", "frontal rejection"),
    ("The day was marked by a crossing of accusations between the parties.", "crossing of accusations"),
    ("The blockade of the CGPJ lasts five years.", "The blockade of the CGPJ"),
    ("The Law of Amnesty was approved in Congress.", "The Law of Amnesty"),
    ("The sovereigntism lost votes.", "The sovereigntism"),
    ("Neighbours held a cacerolazo against the cuts.", "cacerolazo"),
])
def test_news_domain_entries_flag_spanish_news_wording(text, expected):
    assert expected in spans(text, "calque.lexicon")


@pytest.mark.parametrize("text", [
    "A strong showing could propel either candidate to the presidency.",
    "The bill was approved by majority vote in the Senate.",
    "The judge sentenced him to 12 years in prison.",
    "The critics condemned the decision as reckless.",
    "Voters were condemned to four more years of gridlock, he joked.",
    "Most miscarriages happen in the first trimester of pregnancy.",
    "She failed two classes in her first semester of college.",
    "The candidate made a graceful exit from the race.",
    "Ballots were counted with great care.",
    "Before the crisis, the bank was profitable.",
    "He gave his account of the meeting to reporters.",
    "Radio remains a powerful medium for campaigns.",
    "Police officers arrested two men.",
    "The history of the party is long.",
    "Magna Carta was sealed in 1215.",
    "The farmer mended the fence after the storm.",
    "Still, the president refused to resign.",
    "The league minimum salary rose this year.",
    "They signed an information-sharing deal.",
    "The bill funds a public information campaign.",
    "He runs an equipment rental firm.",
    "She works at a business information and consulting company.",
    "The storm left thousands of homes without electricity.",
    "Prices rose as a result of the drought.",
    "The company disposed of its stake in the bank.",
    "The firm located itself in Austin.",
    "Identity politics shaped the election.",
    "The storm hit the Pacific coast.",
    "The bills of emergency funding passed.",
    "The retired general spoke.",
    "He met them last Sunday 15 minutes before the vote.",
    "The Department of Homeland Security said it would act.",
    "The Senate voted to censure the senator.",
    "The talks resumed in two weeks.",
    "We remember the citizens that died in the war.",
    "He quit the team in May.",
    "She could not recollect the name of the street.",
    "Army officials said the base was safe.",
    "The motive of the killer remains unclear.",
    "Prices peaked in March of 2023.",
    "The army lifted the blockade of the port.",
    "Congress passed the Law of the Sea treaty.",
    "She has shown herself to be a strong leader.",
    "The data has shown that prices rose.",
    "The tank attacked frontally.",
    "The crossing of the river took hours.",
    "The prisoner was held in solitary confinement.",
    "He spent a year in home confinement.",
    "Next Sunday 15 percent of the staff will strike.",
    # Ordinary English uses of the words the entries match.
    "Investors benefited to the tune of five million dollars.",
    "Travel at public expense has long drawn criticism.",
    "The report absolves the minister of blame for the collapse.",
    "The company accumulated a loss of three million dollars.",
    "Services for the retired and the disabled will be cut.",
    "The nurses showed strong competence in emergency care.",
    "The prisoner was kept in strict confinement for a week.",
    "He commented to her that the weather was fine.",
    "The ambassador was summoned to the minister on Friday.",
    "Scholars of environmental politics met in Boston.",
    "Security politics dominated the campaign.",
    "The Asian giant hornet reached the coast.",
    "After said agreement expired, prices rose.",
])
def test_news_domain_entries_leave_english_alone(text):
    assert spans(text, "calque.lexicon", source="es") == [], text


@pytest.mark.parametrize("text, expected", [
    ("The president traveled to Lima, where met with his counterpart.", "where met"),
    ("The summit took place in Quito, where presided the session.", "where presided"),
    ("He was in Caracas when arrived the news.", "when arrived"),
    ("The senator resigned because considers that the party betrayed him.", "because considers that"),
    ("The economy has grown since took office in 2019.", "since took"),
    ("The minister left after met with the unions.", "after met"),
    ("After took office, the president changed course.", "After took"),
    ("The president spoke to the press before travelled to Brazil.", "before travelled"),
])
def test_a_subordinator_with_no_subject_reads_as_spanish(text, expected):
    (span, finding), = findings(text, "calque.lexicon")
    assert span == expected and "drops the subject" in finding.message


@pytest.mark.parametrize("text, expected", [
    ("Both the government as the opposition rejected the plan.", "Both the government as the"),
    ("The reform affects both in Spain as in Portugal.", "both in Spain as in"),
    ("In addition of the cost, the plan has flaws.", "In addition of the"),
    ("Until the moment, no group has claimed the attack.", "Until the moment,"),
    ("They were born in a same village.", "in a same village"),
    ("The minister said him that the plan was ready.", "said him that"),
    ("The president explained them that the law would change.", "explained them that"),
    ("The president invited to the citizens to vote.", "invited to the citizens to"),
    ("The governor informed to the population that the roads were closed.", "informed to the population that"),
])
def test_grammar_entries_flag_spanish_function_words(text, expected):
    assert expected in spans(text, "calque.lexicon")


@pytest.mark.parametrize("text", [
    "It was not so much the money as the principle.", "They are both the same as before.",
    "She works both as a nurse and as a teacher.", "Until the moment he died, he worked.",
    "Up until the moment, nobody knew.", "The minister told reporters that the plan was ready.",
    "He was told that the plan was ready.", "Voters told that story for years.", "They invited the citizens to vote.",
])
def test_grammar_entries_leave_english_alone(text):
    assert spans(text, "calque.lexicon", source="es") == [], text


def test_told_that_waits_for_signs_of_spanish():
    text = "The minister told that the plan was ready."
    assert spans(text, "calque.lexicon") == []
    assert spans(SPANISH_SIGNS + text, "calque.lexicon")[-1] == "told that"


@pytest.mark.parametrize("text", [
    "Where possible, the rules apply.", "The fund pays where needed.", "It is legal where said practices are allowed.", "Where lives are at stake, act fast.",
    "Bags go where lost luggage is kept.", "When asked about the plan, she declined.", "When elected, he promised reforms.",
    "When stressed, people sleep badly.", "After taking office, he changed course.", "After hours of talks, they agreed.",
    "Since taking office, she has travelled widely.", "Before leaving, he thanked the staff.",
])
def test_a_subordinator_before_a_participle_or_noun_is_english(text):
    assert spans(text, "calque.lexicon", source="es") == [], text


def test_messages_name_the_spanish_and_the_fix_from_the_words_matched():
    (_, finding), = findings("The court condemned him to 12 years in prison.", "calque.lexicon")
    assert "condenó a 12 años" in finding.message and finding.likely_source == "condenó a 12 años"
    assert finding.suggestion == "sentenced to 12 years"
    (_, finding), = findings("The mayor was processed for fraud.", "calque.lexicon")
    assert "procesó por …" in finding.message and "corrupción" not in finding.message  # not a crime the text lacks
    (_, finding), = findings("The deputy solicited the dismissal of the judge.", "calque.lexicon")
    assert finding.likely_source == "solicitó la …" and finding.suggestion == "requested the … / called for the …"


@pytest.mark.parametrize("text, expected", [
    ("In these moments the rescuers are searching the area.", "In these moments"),
    ("Three feminicides were reported in the state last month.", "feminicides"),
    ("The programme will grant credits to small farmers.", "grant credits to"),
    ("The minister held a reunion with the transport unions.", "held a reunion with"),
    ("The plan consists in three stages.", "consists in"),
    ("On his side, the governor called for calm.", "On his side,"),
    ("The bill was approved in first debate by the committee.", "in first debate"),
    ("The government will act in a forceful way against crime.", "in a forceful way"),
    ("During his management, the deficit doubled.", "During his management"),
    ("The news spread in social networks.", "in social networks"),
    ("The educational centers will reopen in March.", "educational centers will"),
    ("Security forces unleashed a brutal repression against the students.", "a brutal repression"),
    ("The brigades will develop activities in ten towns.", "develop activities"),
    ("The hospital disposes of modern equipment.", "disposes of modern equipment"),
    ("The minister made a tour through the affected areas.", "made a tour through"),
    ("The internationalist collaborators returned from Africa.", "internationalist collaborators"),
    ("The Ministry of Popular Power for Health announced vaccines.", "Ministry of Popular Power"),
    ("The officials of the army were arrested.", "officials of the army"),
    ("The particular schools will close.", "particular schools"),
    ("The retired will receive a bonus in December.", "The retired will"),
    ("Labor informality affects half of the workers.", "Labor informality"),
    ("The minister remembered the citizens that the deadline ends on Friday.", "remembered the citizens that the"),
    ("The meeting was held on the 3rd of March of 2023.", "of March of 2023"),
])
def test_weak_entries_wait_for_signs_of_spanish(text, expected):
    assert expected not in spans(text, "calque.lexicon")
    assert expected in spans(text, "calque.lexicon", source="es")
    assert expected in spans(SPANISH_SIGNS + text, "calque.lexicon")


# ---------------------------------------------------------------- mt.doubled

def test_a_phrase_written_twice_is_reported_once_texts_from_spanish():
    text = SPANISH_SIGNS + "The vote opened a rift between the parties between the parties and the unions."
    (span, finding), = findings(text, "mt.doubled")
    assert span == "between the parties between the parties"
    assert "“between the parties” is written twice" in finding.message
    assert finding.suggestion.startswith("keep one “between the parties”")


def test_a_shorter_phrase_written_twice_before_a_longer_one_is_reported_too():
    text = ("The vote opened a rift between the parties between the parties and the unions. Later "
            "the old city council building the old city council building burned.")
    assert sorted(spans(text, "mt.doubled", source="es")) == [
        "between the parties between the parties", "the old city council building the old city council building"]


def test_one_word_joined_to_itself_reads_as_two_spanish_synonyms():
    text = SPANISH_SIGNS + "The clash left one dead and injuries and injuries of several kinds."
    (span, finding), = findings(text, "mt.doubled")
    assert span == "injuries and injuries"
    assert finding.likely_source and "near-synonyms" in finding.message


@pytest.mark.parametrize("text", [
    "Prices rose more and more during the year.",
    "She called again and again.",
    "They waited hours and hours for the bus.",
    "He talked and talked until midnight.",
    "Prices rose and rose all year.",
    "Shares fell and fell after the report.",
    "The crowd cheered and cheered for the team.",
    "Things got worse and worse for the club.",
    "Dozens and dozens of people came.",
    "The talks went on and on.",
    "It grew bigger and bigger.",
    "She said “we will win, we will win” twice.",
    "The crowd chanted “we want change we want change” outside.",
    "They are talking and talking and nothing changes.",
    "Very very few people knew.",
    "The group defends human rights Human Rights Watch said.",
])
def test_deliberate_doubling_is_english(text):
    assert spans(SPANISH_SIGNS + text, "mt.doubled") == [], text


def test_a_loop_of_three_or_more_is_left_to_mt_repetition():
    for text in ("The council council council council approved the plan.",
                 "It went on and on and on and on for hours.", "We met at the park at the park at the park."):
        assert spans(SPANISH_SIGNS + text, "mt.doubled") == [], text


def test_doubling_waits_for_signs_of_spanish():
    text = "The vote opened a rift between the parties between the parties and the unions."
    assert spans(text, "mt.doubled") == []
    assert spans(text, "mt.doubled", source="es") == ["between the parties between the parties"]


# ---------------------------------------------------------------- quote.speaker-missing, quote.punct-order

@pytest.mark.parametrize("text, word", [
    ("The mayor spoke at noon. “We will rebuild the whole town”, added.", "added"),
    ("The mayor spoke at noon. \"Nobody listens to the neighbours\" , complaint.", "complaint"),
    ("She was firm. “The decision is already taken”, insisted; the talks ended.", "insisted"),
])
def test_a_quotation_closed_with_one_word_has_no_speaker(text, word):
    (span, finding), = findings(text, "quote.speaker-missing")
    assert span == word and "no speaker" in finding.message and finding.likely_source


@pytest.mark.parametrize("text", [
    "He listed “roads, bridges and ports”, etc.",
    "She called the plan “a very bad idea”, too.",
    "“We will rebuild the whole town,” she added.",
    "“We will rebuild the whole town”, the mayor said.",
    "He called it “reckless”, again.",
    # British English sets the comma outside the mark before any word: only a word of saying stands for a speaker.
    "They sang “happy birthday to you”, twice.",
    "The label read “handle with great care”, period.",
    "The list said “bread and fresh milk”, eggs.",
])
def test_a_quotation_with_its_speaker_or_an_adverb_is_english(text):
    assert spans(text, "quote.speaker-missing") == [], text


def test_a_space_before_the_comma_after_the_closing_mark_is_still_the_spanish_order():
    assert spans("“The bridge will be rebuilt by May” , the engineer said.", "quote.punct-order") == ["” ,"]
    assert spans("He called it “a very bad idea” , and left the room.", "quote.punct-order") == []


def test_a_speakerless_quotation_is_a_sign_of_spanish_for_the_weak_rules():
    text = ("The mayor spoke at noon. “We will rebuild the whole town”, added. “The money is already here”, "
            "insisted. In these moments the rescuers are searching the area.")
    assert "In these moments" in spans(text, "calque.lexicon")
    assert "In these moments" not in spans("In these moments the rescuers are searching the area.", "calque.lexicon")


def test_a_weekday_and_a_day_before_a_comma_or_a_stop():
    # The entry's comma and stop were options among words, so they needed a space before them and never matched.
    assert spans("The strike began on Monday 5.", "calque.lexicon") == ["on Monday 5."]
    assert spans("The strike began on Monday 5, the union said.", "calque.lexicon") == ["on Monday 5,"]
    assert spans("On Monday 5 people died.", "calque.lexicon", source="es") == []
    assert spans("The vote is on Monday 5,000 ballots arrived.", "calque.lexicon", source="es") == []


@pytest.mark.parametrize("text, wrong_spanish", [
    ("She explained the plan in a clear way.", "contundente"),
    ("The ministry drew up new agrarian politics.", "migratoria"),
])
def test_a_family_entry_names_no_spanish_word_the_text_did_not_match(text, wrong_spanish):
    (_, finding), = findings(text, "calque.lexicon", source="es")
    assert wrong_spanish not in finding.message, finding.message
