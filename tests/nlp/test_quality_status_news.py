"""Event status on news phrasing seen in fresh development text, through the whole extractor,
on sentences written here (published 2026-03-10): one table per rule family."""

import pytest
from predict import status_of


@pytest.mark.parametrize(
    ("text", "action", "status"),
    [
        # the month in a dateline or a date is no modal "may"
        (
            "OTTAWA, May 4 - Canada on Friday imposed a 25% surtax on imports of Chinese "
            "graphite anodes.",
            "trade_measure",
            "agreed",
        ),
        (
            "Since May 2025 Jakarta has issued permits for two nickel smelters in Sulawesi.",
            "permitting",
            "agreed",
        ),
        # the modal still counts
        (
            "Canada may impose a surtax on imports of Chinese graphite anodes, officials said.",
            "trade_measure",
            "proposed",
        ),
    ],
)
def test_may_the_month_is_no_modal(extractor, text, action, status):
    assert status_of(extractor, text, action) == status


@pytest.mark.parametrize(
    ("text", "action", "status"),
    [
        # the noun of annulling undoes what it names, like "revocation" or "cancellation"
        (
            "Peru's top court ordered the annulment of the lithium mining concession held by "
            "a Chinese company.",
            "permitting",
            "revoked",
        ),
        # the award it names, told without the noun, stays decided
        (
            "Peru awarded the lithium mining concession to a Chinese company.",
            "permitting",
            "agreed",
        ),
    ],
)
def test_an_annulment_revokes(extractor, text, action, status):
    assert status_of(extractor, text, action) == status


@pytest.mark.parametrize(
    ("text", "action", "status"),
    [
        # a step named as an idea or option on the table is still weighed, though the talks
        # that weigh it are held
        (
            "G7 finance ministers met in Washington on Monday to discuss critical minerals, with "
            "ideas such as price floors for rare earths on the agenda.",
            "price_mechanism",
            "proposed",
        ),
        (
            "G7 finance ministers met in Washington on Monday to discuss critical minerals, with "
            "ideas such as price floors for rare earths on the agenda.",
            "negotiation",
            "agreed",
        ),
        # a list of options under discussion: every step in it is weighed
        (
            "The options under discussion include raising the tariff on Russian aluminium or "
            "sanctions on its only producer, the sources said.",
            "trade_measure",
            "proposed",
        ),
    ],
)
def test_options_on_the_agenda_are_weighed(extractor, text, action, status):
    assert status_of(extractor, text, action) == status


@pytest.mark.parametrize(
    ("text", "action", "status"),
    [
        # "explore" as prospecting for ore weighs nothing: the decree is decided
        (
            "Mexico has created a state company to explore, mine and manage lithium, according "
            "to a presidential decree published on Tuesday.",
            "strategy",
            "agreed",
        ),
        # "explore" as weighing a step still weighs it
        (
            "Chile is exploring export curbs on lithium concentrate, officials said.",
            "export_control",
            "proposed",
        ),
    ],
)
def test_explore_for_ore_is_no_weighing(extractor, text, action, status):
    assert status_of(extractor, text, action) == status


@pytest.mark.parametrize(
    ("text", "action", "status"),
    [
        # a plant or mine commissioned operates
        (
            "Zimbabwe's president on Wednesday commissioned a $300 million lithium processing "
            "plant built by a Chinese company near Harare.",
            "project",
            "in_force",
        ),
        # talks or a probe opened are held or launched
        (
            "The Commerce Department has opened a national security investigation into imports "
            "of polysilicon.",
            "trade_measure",
            "agreed",
        ),
        # a plant still to be opened is still to come
        (
            "The company plans to open a lithium refinery in Quebec in 2027.",
            "project",
            "proposed",
        ),
    ],
)
def test_a_plant_commissioned_operates(extractor, text, action, status):
    assert status_of(extractor, text, action) == status


@pytest.mark.parametrize(
    ("text", "action", "status"),
    [
        # governments agreeing to draw up a plan have made an agreement
        (
            "Australia and the United States have agreed to draw up a joint action plan on "
            "critical minerals, the prime minister said on Friday.",
            "agreement",
            "agreed",
        ),
        # the plant two companies agree to build is still to come
        (
            "MP Materials and Ma'aden agreed to build a rare earth refinery in Saudi Arabia.",
            "project",
            "proposed",
        ),
    ],
)
def test_agreeing_to_draw_up_is_an_agreement(extractor, text, action, status):
    assert status_of(extractor, text, action) == status


@pytest.mark.parametrize(
    ("text", "action", "status"),
    [
        # buying or funding over time, in the perfect progressive: a programme under way
        (
            "The Defense Logistics Agency has been buying antimony and cobalt for the National "
            "Defense Stockpile.",
            "stockpile",
            "in_force",
        ),
        # a single purchase told as news is decided
        (
            "The Defense Logistics Agency bought antimony and cobalt for the National Defense "
            "Stockpile on Monday.",
            "stockpile",
            "agreed",
        ),
    ],
)
def test_buying_over_time_is_under_way(extractor, text, action, status):
    assert status_of(extractor, text, action) == status


@pytest.mark.parametrize(
    ("text", "action", "status"),
    [
        # a scheme a government says it will work on is still to be made
        (
            "The investment board said it would work on a reference price for domestic sales of "
            "nickel ore.",
            "price_mechanism",
            "proposed",
        ),
        # one it has set is decided
        (
            "The investment board set a reference price for domestic sales of nickel ore.",
            "price_mechanism",
            "agreed",
        ),
    ],
)
def test_what_will_be_worked_on_is_proposed(extractor, text, action, status):
    assert status_of(extractor, text, action) == status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # talks requested are still to be held
        (
            "Jakarta made its request for talks on a critical minerals deal with Washington in "
            "September.",
            "proposed",
        ),
        ("Indonesia requested talks with the United States on nickel in September.", "proposed"),
        # talks held are agreed
        ("Indonesia held talks with the United States on nickel in September.", "agreed"),
    ],
)
def test_talks_requested_are_still_to_come(extractor, text, status):
    assert status_of(extractor, text, "negotiation") == status


@pytest.mark.parametrize(
    ("text", "action", "status"),
    [
        # a named law's own predicate right after it
        (
            "The new EU Batteries Regulation enters into force today, setting rules for the "
            "sourcing of cobalt and lithium.",
            "standards",
            "in_force",
        ),
        # a verb further on belongs to another clause: the law named in passing stands
        (
            "Miners said the Critical Raw Materials Act had done little for lithium projects, "
            "and officials could revise it next year.",
            "strategy",
            "in_force",
        ),
    ],
)
def test_a_named_law_takes_its_own_predicate(extractor, text, action, status):
    assert status_of(extractor, text, action) == status


@pytest.mark.parametrize(
    ("text", "action", "status"),
    [
        # rules that became applicable or effective are in force
        (
            "EU rules requiring importers of tin, tantalum and tungsten to check their supply "
            "chains became fully applicable on January 1.",
            "standards",
            "in_force",
        ),
        # rules that will become applicable are decided, still to apply
        (
            "EU rules requiring importers of tin, tantalum and tungsten to check their supply "
            "chains will become applicable in 2027.",
            "standards",
            "agreed",
        ),
    ],
)
def test_rules_that_became_applicable_are_in_force(extractor, text, action, status):
    assert status_of(extractor, text, action) == status


@pytest.mark.parametrize(
    ("text", "action", "status"),
    [
        # a revoking verb undoes the measure right after it, not the deal that does it
        (
            "The European Union and Indonesia concluded a comprehensive economic partnership "
            "agreement on Tuesday, removing most tariffs on nickel.",
            "agreement",
            "agreed",
        ),
        (
            "Congress passed a law on Tuesday declaring an indefinite moratorium on new lithium "
            "mining concessions.",
            "strategy",
            "agreed",
        ),
        # a revoking verb before the event's own measure still undoes it
        (
            "Washington lifted the tariffs on Canadian aluminium on Monday.",
            "trade_measure",
            "revoked",
        ),
    ],
)
def test_a_revoking_verb_undoes_the_measure_it_governs(extractor, text, action, status):
    assert status_of(extractor, text, action) == status


@pytest.mark.parametrize(
    ("text", "action", "status"),
    [
        # a revoking verb before the measure governs it; what follows tells the measure's past
        (
            "Trump last year lifted the 25% steel and 10% aluminium tariffs he had imposed on "
            "Canada and Mexico.",
            "trade_measure",
            "revoked",
        ),
        (
            "Congo lifted its ban on cobalt exports, which had been in force since February.",
            "export_control",
            "revoked",
        ),
        # with no revoking verb, the tariffs he had imposed stand
        (
            "Canadian producers still pay the 10% aluminium tariffs that Trump had imposed on "
            "Canada.",
            "trade_measure",
            "in_force",
        ),
    ],
)
def test_a_revoking_verb_before_beats_the_measures_past(extractor, text, action, status):
    assert status_of(extractor, text, action) == status


@pytest.mark.parametrize(
    ("text", "action", "status"),
    [
        # a deal struck on a named law: the text is agreed, not yet in force
        (
            "EU lawmakers and member states reached a provisional agreement on the Critical Raw "
            "Materials Act, which sets targets for lithium recycling.",
            "strategy",
            "agreed",
        ),
        # the same law named in passing stands
        (
            "Miners said the Critical Raw Materials Act had done little for lithium projects.",
            "strategy",
            "in_force",
        ),
    ],
)
def test_a_deal_on_a_named_law_is_agreed(extractor, text, action, status):
    assert status_of(extractor, text, action) == status


@pytest.mark.parametrize(
    ("text", "action", "status"),
    [
        # an old deal named as the frame of what is done now stands
        # (session 22's status model read this otherwise; session 26's reads it right)
        (
            "Ottawa is working with Washington under a joint action plan on critical minerals "
            "agreed in 2020.",
            "agreement",
            "in_force",
        ),
        # a deal signed now, or an old one recalled as history, is that signature
        (
            "Canada and the United States signed a joint action plan on critical minerals on "
            "Monday.",
            "agreement",
            "agreed",
        ),
        (
            "Canada and the United States signed a joint action plan on critical minerals in 2020.",
            "agreement",
            "agreed",
        ),
    ],
)
def test_an_old_deal_framing_todays_work_stands(extractor, text, action, status):
    assert status_of(extractor, text, action) == status


@pytest.mark.parametrize(
    ("text", "action", "status"),
    [
        # a verb before "under" governs what is done in the frame, not the framing law
        (
            "Copper concentrate exports would have stopped this month under the 2020 mining "
            "law, officials said.",
            "strategy",
            "in_force",
        ),
    ],
)
def test_a_verb_before_under_does_not_govern_the_frame(extractor, text, action, status):
    assert status_of(extractor, text, action) == status


@pytest.mark.parametrize(
    ("text", "action", "status"),
    [
        # a named law that "would" do something is still a bill
        (
            "Negotiators are trying to finish work on the Critical Raw Materials Act, which would "
            "set targets for lithium refining.",
            "strategy",
            "proposed",
        ),
        # after another measure "which would" tells its effect
        (
            "Canberra is setting up a A$1.2 billion critical minerals reserve, which would buy "
            "and hold stocks of lithium.",
            "stockpile",
            "agreed",
        ),
    ],
)
def test_a_named_law_that_would_act_is_a_bill(extractor, text, action, status):
    assert status_of(extractor, text, action) == status


# stwant: a trade case or a remedy rate set is a one-off act, never aged into force (R4, R6);
# the rules alone are read, as in test_quality_status_aspect's newest tables
@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "In 2023 Australia challenged China's tariffs on imports of Australian lithium at "
            "the WTO.",
            "agreed",
        ),
        (
            "In June 2024 the Commerce Department set preliminary duties of 93.5% on imports of "
            "Chinese graphite anodes.",
            "agreed",
        ),
        # an old tariff told by its own verb still stands
        ("In 2019 the United States imposed tariffs on imports of Chinese graphite.", "in_force"),
    ],
)
def test_a_trade_case_is_never_in_force(extractor, status_rules_alone, text, status):
    assert status_of(extractor, text, "trade_measure") == status


# stwant: an undoing asked of another party decides nothing (R3 before R1)
@pytest.mark.parametrize(
    ("text", "action", "status"),
    [
        (
            "Washington called on Jakarta to lift its ban on nickel ore exports.",
            "export_control",
            "proposed",
        ),
        (
            "The miners' group demanded that Kinshasa suspend its ban on cobalt exports.",
            "export_control",
            "proposed",
        ),
        # the actor's own undoing, and "on" that asks nothing
        ("Jakarta lifted its ban on nickel ore exports on Monday.", "export_control", "revoked"),
        ("Lawmakers voted on Tuesday to repeal the mining law.", "strategy", "revoked"),
    ],
)
def test_an_undoing_asked_of_another_is_proposed(
    extractor, status_rules_alone, text, action, status
):
    assert status_of(extractor, text, action) == status


# stwant: a tabled text's "would" governs a verb of deciding inside the cue after it (R3)
@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "The bill would direct the Department of Energy to establish a reserve of cobalt "
            "and lithium.",
            "proposed",
        ),
        # the actor's own "said it would" is decided (R6)
        ("The ministry said it would establish a reserve of cobalt and lithium.", "agreed"),
    ],
)
def test_a_bill_would_governs_the_verb_in_the_cue(extractor, status_rules_alone, text, status):
    assert status_of(extractor, text, "stockpile") == status


@pytest.mark.parametrize(
    ("text", "action", "status"),
    [
        # an owned ban whose start is still to come: decided, not standing (R6); the ban's own
        # noun outscored "takes effect on", so the owner's possessive read it in force
        (
            "Indonesia's ban on exports of bauxite will take effect on October 1.",
            "export_control",
            "agreed",
        ),
        (
            "Canada's ban on imports of Russian aluminium takes effect on October 1.",
            "trade_measure",
            "agreed",
        ),
        # told in the past, it stands (R4)
        (
            "Indonesia's ban on exports of bauxite took effect in June 2023.",
            "export_control",
            "in_force",
        ),
    ],
)
def test_an_owned_ban_starting_later_is_agreed(extractor, status_rules_alone, text, action, status):
    assert status_of(extractor, text, action) == status
