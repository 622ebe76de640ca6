"""Event status on news phrasings written here, through the whole extractor: each family of
rules in nlp/status.py and nlp/data/status.yaml that a status error on unseen text led to."""

import pytest
from predict import action_statuses, status_of


@pytest.mark.parametrize(
    ("text", "action"),
    [
        (
            "A 25% tariff on shipments of copper sheet, foil, cable, wire and castings from Canada "
            "and Mexico came into effect on Tuesday.",
            "trade_measure",
        ),
        (
            "Indonesia's ban on exports of unprocessed bauxite and other mineral ores mined by "
            "small local producers came into force on Saturday.",
            "export_control",
        ),
        (
            "The licence requirement for shipments of gallium, germanium and several of their "
            "compounds to foreign buyers remains in force.",
            "export_control",
        ),
    ],
)
def test_a_measure_put_in_force_after_a_long_subject_is_in_force(extractor, text, action):
    assert status_of(extractor, text, action) == "in_force"


@pytest.mark.parametrize(
    ("text", "action", "status"),
    [
        # the earlier step keeps its own status: it was not decided by this "decision"
        (
            "Ghana's decision follows a similar step by Mali, which banned exports of raw "
            "lithium ore in 2022.",
            "export_control",
            "in_force",
        ),
        (
            "The decision builds on a critical minerals agreement that Japan and the United "
            "States reached in 2019.",
            "agreement",
            "agreed",  # a pact is a one-off act: signed years ago, it stays agreed
        ),
        (
            "The new licensing regime replaces export quotas on rare earths that Beijing "
            "first imposed in 2008.",
            "export_control",
            "in_force",
        ),
    ],
)
def test_an_earlier_step_a_new_one_follows_keeps_its_own_status(extractor, text, action, status):
    assert status_of(extractor, text, action) == status


@pytest.mark.parametrize(
    "text",
    [
        "Canada will draw up a critical minerals strategy for lithium and nickel by the end of "
        "the year.",
        "The ministry said it would consult industry and prepare a national strategy for "
        "rare earths next year.",
        "A working group will meet in Tokyo and prepare an action plan on gallium supply.",
        "A roadmap for critical minerals such as cobalt is to be drawn up by the task force.",
    ],
)
def test_a_plan_still_to_be_written_is_proposed(extractor, text):
    assert status_of(extractor, text, "strategy") == "proposed"


@pytest.mark.parametrize(
    ("text", "action", "status"),
    [
        # "existing" puts in force the noun it qualifies ...
        (
            "Beijing added the technology to an existing ban on exports of rare earth "
            "processing equipment.",
            "export_control",
            "in_force",
        ),
        # ... not an event further on in the sentence
        (
            "The package includes $300 million for a nickel smelter, added to the existing "
            "regional development fund.",
            "investment",
            "agreed",
        ),
        # "lift" as "raise" lifts no measure
        (
            "Japan approved a $300 million loan for the nickel project, lifting its total "
            "support to $800 million.",
            "investment",
            "agreed",
        ),
        (
            "Korea will invest an extra $200 million in the lithium refinery, lifting it to "
            "$1 billion.",
            "investment",
            "agreed",
        ),
    ],
)
def test_a_word_that_qualifies_another_noun_does_not_set_the_status(
    extractor, text, action, status
):
    assert status_of(extractor, text, action) == status


@pytest.mark.parametrize(
    ("text", "action", "status"),
    [
        (
            "Japan and India held their first critical minerals talks since 2019 in Tokyo on "
            "Monday.",
            "negotiation",
            "agreed",
        ),
        (
            "China and Japan held talks on rare earths on Monday, their first meeting since "
            "the dispute began.",
            "negotiation",
            "agreed",
        ),
        (
            "Korea approved a $400 million loan for the lithium project, the largest since "
            "the fund was created.",
            "investment",
            "agreed",
        ),
        # "since" dating a measure still puts it in force
        (
            "Licences have been required for gallium exports since August 2023.",
            "export_control",
            "in_force",
        ),
    ],
)
def test_since_dating_a_first_or_a_record_is_no_measure_in_force(extractor, text, action, status):
    assert status_of(extractor, text, action) == status


@pytest.mark.parametrize(
    ("text", "action"),
    [
        ("Indonesia scrapped its plan to ban bauxite exports.", "export_control"),
        ("Zimbabwe has dropped plans to restrict lithium ore exports.", "export_control"),
        ("The EU abandoned its plan to impose tariffs on Chinese graphite.", "trade_measure"),
    ],
)
def test_a_plan_given_up_is_revoked(extractor, text, action):
    assert status_of(extractor, text, action) == "revoked"


@pytest.mark.parametrize(
    "text",
    [
        "The government launched a public consultation on a critical minerals strategy for "
        "lithium.",
        "Canada opened consultations on a national strategy for nickel and cobalt on Monday.",
    ],
)
def test_a_measure_put_out_for_consultation_is_proposed(extractor, text):
    assert status_of(extractor, text, "strategy") == "proposed"


# The phrasings a ministry or a wire reporter uses for each status, one family a row.
@pytest.mark.parametrize(
    ("text", "action", "status"),
    [
        # standing: in place since, remains in effect, now in effect
        (
            "China's export ban on rare earth processing technology has been in place since 2023.",
            "export_control",
            "in_force",
        ),
        ("Indonesia's nickel ore export ban remains in effect.", "export_control", "in_force"),
        ("The gallium export controls are now in effect.", "export_control", "in_force"),
        (
            "Exports of gallium have required a licence since August 2023.",
            "export_control",
            "in_force",
        ),
        # scheduled: decided, not yet in force
        (
            "The licensing rules for gallium exports will come into force on August 1.",
            "export_control",
            "agreed",
        ),
        (
            "Beijing will require licences for antimony exports from September 15.",
            "export_control",
            "agreed",
        ),
        # passed, signed, pledged: decided
        (
            "The critical minerals law for lithium was approved by parliament on Tuesday.",
            "strategy",
            "agreed",
        ),
        (
            "Japan pledged $500 million for lithium projects in Argentina on Monday.",
            "investment",
            "agreed",
        ),
        # considered, threatened, intended: proposed
        (
            "China is considering a ban on exports of rare earth magnet technology.",
            "export_control",
            "proposed",
        ),
        (
            "Malaysia intends to ban exports of unprocessed rare earths.",
            "export_control",
            "proposed",
        ),
        ("Trump said he may impose tariffs on copper imports.", "trade_measure", "proposed"),
        # suspended, paused, rolled back, exempted, put on hold: revoked
        (
            "The United States suspended the tariffs on Chinese graphite for 90 days.",
            "trade_measure",
            "revoked",
        ),
        ("Congo paused its cobalt export ban on Monday.", "export_control", "revoked"),
        ("Washington rolled back tariffs on Chinese graphite.", "trade_measure", "revoked"),
        ("Cobalt was exempted from the new tariffs.", "trade_measure", "revoked"),
        (
            "China has put its rare earth export controls on hold for a year.",
            "export_control",
            "revoked",
        ),
    ],
)
def test_each_status_in_common_news_phrasing(extractor, text, action, status):
    assert status_of(extractor, text, action) == status


@pytest.mark.parametrize(
    ("text", "action", "status"),
    [
        # a revoking verb before a named measure acts on it ...
        ("China halted its export ban on gallium for a year.", "export_control", "revoked"),
        ("Beijing has stopped enforcing the ban on gallium exports.", "export_control", "revoked"),
        ("Indonesia eased its ban on nickel ore exports.", "export_control", "revoked"),
        (
            "The EU delisted the Russian nickel producer from its sanctions list.",
            "sanction",
            "revoked",
        ),
        # ... while a revoking verb with no measure named after it is the measure itself
        ("Congo halted cobalt exports on Monday for four months.", "export_control", "agreed"),
    ],
)
def test_a_revoking_verb_acts_on_the_measure_it_names(extractor, text, action, status):
    assert status_of(extractor, text, action) == status


@pytest.mark.parametrize(
    "text",
    [
        "Exports of nickel ore are currently banned.",
        "Nickel ore exports remain banned.",
        "Shipments of gallium to the United States are still prohibited.",
        "Cobalt exports remain subject to licensing.",
    ],
)
def test_a_prohibition_stated_as_a_standing_fact_is_in_force(extractor, text):
    assert status_of(extractor, text, "export_control") == "in_force"


@pytest.mark.parametrize(
    ("text", "action", "status"),
    [
        (
            "On Monday the ministers focused on implementing the critical minerals agreement "
            "for lithium that Japan and India signed.",
            "agreement",
            "agreed",
        ),
        (
            "Beijing is drafting rules to implement the export ban on gallium.",
            "export_control",
            "proposed",
        ),
    ],
)
def test_implementing_as_a_topic_or_purpose_is_not_in_force(extractor, text, action, status):
    assert status_of(extractor, text, action) == status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # a decision long before the article names a measure standing since
        (
            "Prices jumped after Beijing's decision in April 2025 to make rare earth exporters "
            "apply for licences.",
            "in_force",
        ),
        # a decision of the day is the news step
        (
            "China's decision on Monday to require export licences for rare earths alarmed "
            "carmakers.",
            "agreed",
        ),
    ],
)
def test_a_decision_named_by_a_noun_ages_like_the_measure(extractor, text, status):
    assert status_of(extractor, text, "export_control") == status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "Japan has strategic partnerships on lithium with Chile and Argentina.",
            "in_force",
        ),
        (
            "Tokyo has been signing lithium supply partnerships with producer countries in "
            "South America.",
            "in_force",
        ),
        (
            "Japan already has a critical minerals agreement with the United States covering "
            "lithium.",
            "in_force",
        ),
        (
            "Japan signed a critical minerals agreement for lithium with the United States on "
            "Monday.",
            "agreed",
        ),
    ],
)
def test_an_agreement_a_party_has_and_works_under_is_in_force(extractor, text, status):
    assert status_of(extractor, text, "agreement") == status


@pytest.mark.parametrize(
    ("text", "action", "status"),
    [
        (
            "The national stockpile holds lithium and graphite, which Ottawa considers strategic.",
            "stockpile",
            "agreed",
        ),
        (
            "The $200 million loan is for nickel, which Tokyo considers critical for batteries.",
            "investment",
            "agreed",
        ),
        # "consider" as "weigh" still proposes
        (
            "The government considered a ban on lithium ore exports.",
            "export_control",
            "proposed",
        ),
    ],
)
def test_consider_as_deem_weighs_no_measure(extractor, text, action, status):
    assert status_of(extractor, text, action) == status


@pytest.mark.parametrize(
    ("text", "action", "status"),
    [
        (
            "Kazakhstan has applied to join the Minerals Security Partnership.",
            "bloc_formation",
            "proposed",
        ),
        (
            "Ukraine applied for membership of the Minerals Security Partnership on Monday.",
            "bloc_formation",
            "proposed",
        ),
        (
            "India joined the Minerals Security Partnership in June 2023.",
            "bloc_formation",
            "agreed",
        ),
        ("The G7 is discussing a price floor for rare earths.", "price_mechanism", "proposed"),
    ],
)
def test_membership_asked_for_or_a_measure_under_discussion_is_proposed(
    extractor, text, action, status
):
    assert status_of(extractor, text, action) == status


@pytest.mark.parametrize(
    ("text", "action", "status"),
    [
        # a step threatened or planned on a measure already owned is proposed ...
        (
            "China threatened on Monday to widen its export controls to more rare earths.",
            "export_control",
            "proposed",
        ),
        (
            "Indonesia is considering extending its export ban to bauxite.",
            "export_control",
            "proposed",
        ),
        # ... while the measure named alone stands
        (
            "Chipmakers say its export controls on gallium have cut supply to Europe.",
            "export_control",
            "in_force",
        ),
        # dropped in the passive
        (
            "The tariffs on Chinese graphite were dropped in the final text.",
            "trade_measure",
            "revoked",
        ),
    ],
)
def test_a_step_proposed_on_an_owned_measure_is_proposed(extractor, text, action, status):
    assert status_of(extractor, text, action) == status


@pytest.mark.parametrize(
    "text",
    [
        "Gabon will end its manganese export suspension next month.",
        "Beijing said it would end the licensing requirement for graphite exports next month.",
        "Beijing suspended its gallium export ban for twelve months.",
        "China paused the export controls on rare earths it announced in October.",
    ],
)
def test_ending_or_pausing_a_measure_revokes_it(extractor, text):
    assert status_of(extractor, text, "export_control") == "revoked"


@pytest.mark.parametrize(
    ("text", "action", "status"),
    [
        # an old tariff imposed stands, as a ban does (status convention R5) ...
        (
            "Graphite anodes from Indonesia were hit with anti-dumping duties in April 2025.",
            "trade_measure",
            "in_force",
        ),
        (
            "Washington imposed a 25% tariff on Chinese graphite in May 2024.",
            "trade_measure",
            "in_force",
        ),
        (
            "The 25% tariff on Chinese graphite took effect in May 2024.",
            "trade_measure",
            "in_force",
        ),
        ("China banned exports of gallium technology in 2023.", "export_control", "in_force"),
        # ... but an old trade case is a one-off act, and a tariff cut to a new level is a new
        # decision (R1)
        (
            "The European Union filed a WTO case against Chinese graphite export curbs in 2019.",
            "trade_measure",
            "agreed",
        ),
        (
            "In July 2024 Washington cut its tariff on Japanese aluminium to 15%.",
            "trade_measure",
            "agreed",
        ),
    ],
)
def test_an_old_tariff_stands_and_an_old_trade_case_is_history(extractor, text, action, status):
    assert status_of(extractor, text, action) == status


def test_an_old_tariff_step_stays_an_event_of_its_own(extractor):
    text = (
        "WASHINGTON - The United States on Monday raised tariffs on Chinese graphite to 50%. "
        "The Commerce Department said the move would protect battery makers. "
        "Graphite anodes from China were also hit in April 2025 with anti-dumping duties."
    )
    tariffs = [s for a, s in action_statuses(extractor, text) if a == "trade_measure"]
    # the older duties stand (R5), an event apart from the news
    assert tariffs == ["agreed", "in_force"]


@pytest.mark.parametrize(
    ("text", "action", "status"),
    [
        (
            "Lawmakers approved a five-year moratorium on new copper mining concessions.",
            "permitting",
            "revoked",
        ),
        (
            "The government imposed a moratorium on new lithium mining permits.",
            "permitting",
            "revoked",
        ),
        (
            "Ecuador declared a freeze on new mining concessions for copper on Tuesday.",
            "permitting",
            "revoked",
        ),
        # a ban called a moratorium is still the ban decided
        (
            "Zimbabwe banned exports of raw lithium ore on Monday, a moratorium the mining "
            "ministry said would last a year.",
            "export_control",
            "agreed",
        ),
    ],
)
def test_a_moratorium_on_new_permits_revokes_the_permitting(extractor, text, action, status):
    assert status_of(extractor, text, action) == status


def test_a_measure_under_a_named_law_stands(extractor):
    """A law named by its title ("the Mining Law") that a measure is 'under' is standing law,
    like a named Act, even when called new."""
    text = "Under the new Mining Law, lithium deposits are reserved for the state."
    assert status_of(extractor, text, "strategy") == "in_force"


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # stw5: an old law or decree told by the verb that made it (signed, passed) and a mineral
        # declared strategic are that act, agreed (R6, session 16), not the text standing
        (
            "President Ruto signed a decree in July 2019 setting up a national council on lithium.",
            "agreed",
        ),
        ("The national assembly passed the mining act in January 2023.", "agreed"),
        ("In 2017 the mines ministry declared germanium a strategic resource.", "agreed"),
    ],
)
def test_an_old_text_told_by_the_verb_that_made_it(extractor, text, status):
    assert status_of(extractor, text, "strategy") == status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # stw5: a mineral declared strategic beforehand is that act (R6); the rules read it so,
        # and since session 18's retraining the status model too
        (
            "The province already declared graphite a strategic resource in 2016 and requires "
            "approval of each project.",
            "agreed",
        ),
    ],
)
def test_a_mineral_already_declared_strategic(extractor, text, status):
    assert status_of(extractor, text, "strategy") == status
