"""A step under a condition ("if ...") is still weighed, whatever verb its clause has, through
the whole extractor on sentences written here (published 2026-03-10)."""

import pytest
from predict import model_reads_otherwise, status_of


@pytest.mark.parametrize(
    ("text", "action", "status"),
    [
        # the condition opens the clause of the step: hypothetical, even with a verb of deciding
        (
            "If Washington imposes tariffs on Chinese graphite, Beijing has said it will "
            "retaliate.",
            "trade_measure",
            "proposed",
        ),
        (
            "If the European Union bans imports of Russian nickel, prices could rise.",
            "trade_measure",
            "proposed",
        ),
        # a measure named by its own participle or told in a relative clause of its own beside
        # a condition stands: the condition holds another step (status convention R5)
        (
            "Traders could face penalties if they help Moscow evade the sanctions imposed on "
            "Russian nickel last year.",
            "sanction",
            "in_force",
        ),
        (
            "If the talks succeed, the deal would be a setback for China, which has banned "
            "exports of graphite technology.",
            "export_control",
            "in_force",
        ),
        # the same step with no condition is decided
        (
            "Washington imposed tariffs on Chinese graphite, and Beijing has said it will "
            "retaliate.",
            "trade_measure",
            "agreed",
        ),
    ],
)
def test_a_step_under_a_condition_is_still_weighed(extractor, text, action, status):
    assert status_of(extractor, text, action) == status


@pytest.mark.parametrize(
    ("text", "action", "status"),
    [
        # stpy4: "raised" as "brought up in talks": another party's measure named with its
        # possessive, or raised with an official, is no step of the speaker; the measure keeps
        # its own reading (a possessed measure stands)
        (
            "The trade commissioner raised Beijing's export controls on gallium with the Chinese "
            "vice premier on Monday.",
            "export_control",
            "in_force",
        ),
        (
            "At the meeting the minister raised Jakarta's ban on nickel ore exports with her "
            "counterpart.",
            "export_control",
            "in_force",
        ),
        # the owner raising its own measure to a new level is its step, the news (R6)
        (
            "Mexico has raised import tariffs on steel from countries with which it has no trade "
            "deal.",
            "trade_measure",
            "agreed",
        ),
    ],
)
def test_a_measure_raised_in_talks(extractor, text, action, status):
    assert status_of(extractor, text, action) == status


@pytest.mark.parametrize(
    ("text", "action", "status"),
    [
        # stpy4: a restriction told by its own verb and dated "this month" / "last week" outside
        # the lead is the background of the news, standing (R5)
        (
            "Copper prices fell on Tuesday. Traders cited weak demand from builders. Beijing last "
            "week banned exports of gallium to buyers in the United States.",
            "export_control",
            "in_force",
        ),
        (
            "Copper prices fell on Tuesday. Traders cited weak demand from builders. Earlier this "
            "month China required licences for exports of graphite anodes.",
            "export_control",
            "in_force",
        ),
        # the same step in the lead is the news (R6)
        # session 22: the status model retrained with the t18 sets reads this otherwise
        model_reads_otherwise(
            "Beijing last week banned exports of gallium to buyers in the United States.",
            "export_control",
            "agreed",
        ),
        # a sanction, which no date alone ages into force, stands the same way
        (
            "Copper prices fell on Tuesday. Traders cited weak demand from builders. The Treasury "
            "last week imposed sanctions on a nickel producer and its owner.",
            "sanction",
            "in_force",
        ),
        # a new level set this month is a new decision (R1), not a measure standing
        # (the status model of sessions 22-28 read this otherwise; retrained in session 29 it
        # reads it as the rules do)
        (
            "Copper prices fell on Tuesday. Traders cited weak demand from builders. Washington "
            "this month raised tariffs on Chinese graphite anodes to 50%.",
            "trade_measure",
            "agreed",
        ),
    ],
)
def test_a_restriction_of_the_last_weeks_told_in_the_background(extractor, text, action, status):
    assert status_of(extractor, text, action) == status


@pytest.mark.parametrize(
    ("text", "action", "status"),
    [
        # stpy4: a weighing verb before a gerund of addition governs what is added, even into a
        # list named with its owner's possessive (R3)
        (
            "The commerce ministry proposed adding graphite to its list of restricted exports on "
            "Monday.",
            "export_control",
            "proposed",
        ),
        (
            "In May 2024 the ministry proposed adding cobalt refining technology to its catalogue "
            "of restricted exports.",
            "export_control",
            "proposed",
        ),
        # a long list of what is added before the measure
        (
            "The ministry has proposed adding equipment for mining, smelting, separating and "
            "recycling tungsten to its list of goods that are banned or restricted from export.",
            "export_control",
            "proposed",
        ),
    ],
)
def test_a_proposed_addition_to_a_list(extractor, text, action, status):
    assert status_of(extractor, text, action) == status


@pytest.mark.parametrize(
    ("text", "action", "status"),
    [
        # stpp: a stockpile told as held, kept or run now by its keeper applies now (R4)
        (
            "The trade ministry said South Korea's strategic stockpile of lithium and cobalt would "
            "be maintained.",
            "stockpile",
            "in_force",
        ),
        (
            "Japanese makers said the rare earth stockpile held by the state agency would cover "
            "any short disruption.",
            "stockpile",
            "in_force",
        ),
        (
            "South Korea said it will merge the agency that holds its strategic stockpiles of "
            "lithium and cobalt into a new body.",
            "stockpile",
            "in_force",
        ),
        # a permit a project still needs is not yet granted (R3)
        (
            "Chile's lithium project still requires an environmental permit from Santiago.",
            "permitting",
            "proposed",
        ),
        # sanctions told as having worked stand (R4, R5)
        (
            "Western sanctions have failed to cut Russia's nickel exports, officials in Moscow "
            "said.",
            "sanction",
            "in_force",
        ),
        (
            "Russia's aluminium producer, once under U.S. sanctions, ships most of its metal to "
            "China.",
            "sanction",
            "in_force",
        ),
        # a permit's cancellation named as a noun undoes it (R1)
        (
            "Peru's top court upheld the cancellation of the lithium mining concession held by a "
            "Chinese company.",
            "permitting",
            "revoked",
        ),
        # ... but a cancellation demanded is still weighed (R3 before R1)
        (
            "Thousands marched in Lima to demand the cancellation of the environmental licence "
            "for Peru's largest copper mine.",
            "permitting",
            "proposed",
        ),
    ],
)
def test_stockpiles_permits_and_sanctions_by_their_own_words(extractor, text, action, status):
    assert status_of(extractor, text, action) == status


@pytest.mark.parametrize(
    ("text", "action", "status"),
    [
        # stpp: a plant that started operating or restarted output is running (R4)
        (
            "Chile's copper mine benefited from a new desalination plant that started operating "
            "last year.",
            "project",
            "in_force",
        ),
        (
            "Zambia's state miner restarted copper output at its smelter in March after a "
            "two-year halt.",
            "project",
            "in_force",
        ),
        # a final investment decision still to be taken leaves the plant to come (R3)
        (
            "Ghana's lithium developer said it would be ready to take a final investment decision "
            "on the mine after ratification.",
            "project",
            "proposed",
        ),
    ],
)
def test_plants_running_or_still_to_be_decided(extractor, text, action, status):
    assert status_of(extractor, text, action) == status


@pytest.mark.parametrize(
    ("text", "action", "status"),
    [
        # stpp: mining told as barred now: the ban or the freeze applies (R4)
        (
            "The Philippine copper deposit is still blocked by a provincial ban on open-pit "
            "mining.",
            "permitting",
            "in_force",
        ),
        (
            "Peru's mining cadastre, through which new copper concessions are granted, has been "
            "closed to new applications since 2019.",
            "permitting",
            "in_force",
        ),
        # a stockpile whose management is told as a standing role is held now (R4)
        (
            "The agency took over the role of managing South Korea's public stockpile of lithium "
            "and cobalt.",
            "stockpile",
            "in_force",
        ),
    ],
)
def test_mining_barred_and_stockpiles_managed_now(extractor, text, action, status):
    assert status_of(extractor, text, action) == status


@pytest.mark.parametrize(
    ("text", "action", "status"),
    [
        # stpp: a permit a government threatened or said it could withdraw is weighed (R3)
        (
            "Zambia's government has threatened to revoke the mining licence of the copper "
            "producer.",
            "permitting",
            "proposed",
        ),
        (
            "Niger has taken a harder line with foreign miners, threatening to withdraw the "
            "uranium permit of a French company.",
            "permitting",
            "proposed",
        ),
        (
            "Zambia's government has said it could revoke the copper miner's licence.",
            "permitting",
            "proposed",
        ),
    ],
)
def test_a_permit_threatened_is_weighed(extractor, text, action, status):
    assert status_of(extractor, text, action) == status


@pytest.mark.parametrize(
    ("text", "action", "status"),
    [
        # stpp: a duty to keep stocks that binds now: the stockpile rule applies (R4)
        (
            "Japanese battery makers are now required to maintain stockpiles of lithium and "
            "cobalt under the law.",
            "stockpile",
            "in_force",
        ),
        # stocks a text provides to monitor are no stockpile told as held (the act, R6)
        (
            "South Korea's new law provides for monitoring of stocks held by companies of "
            "lithium and cobalt.",
            "stockpile",
            "agreed",
        ),
    ],
)
def test_a_duty_to_keep_stocks(extractor, text, action, status):
    assert status_of(extractor, text, action) == status


@pytest.mark.parametrize(
    ("text", "action", "status"),
    [
        # stpp: mines shut by closure orders named as a noun: the permits undone (R1)
        (
            "Philippine nickel miners hit by last week's closure orders on their mining permits "
            "filed appeals on Thursday.",
            "permitting",
            "revoked",
        ),
        (
            "The closure orders on nickel mining permits mostly affect miners on the islands of "
            "Dinagat and Surigao in the Philippines.",
            "permitting",
            "revoked",
        ),
    ],
)
def test_closure_orders_undo_permits(extractor, text, action, status):
    assert status_of(extractor, text, action) == status


@pytest.mark.parametrize(
    ("text", "action", "status"),
    [
        # stpy7: a bill passed by one chamber, a committee or a cabinet still goes to another
        # body: it and what it would do are not yet decided (R3)
        (
            "The Senate on Tuesday passed legislation to create a $5 billion fund for lithium "
            "mines.",
            "investment",
            "proposed",
        ),
        (
            "The cabinet on Friday approved a bill that lets the state take stakes in copper "
            "mines.",
            "investment",
            "proposed",
        ),
        (
            "A House committee on Wednesday approved a bipartisan bill to speed permits for new "
            "copper and lithium mines.",
            "permitting",
            "proposed",
        ),
        # the parliament passing it makes the law: decided (R6)
        (
            "Parliament on Tuesday passed legislation to create a $5 billion fund for lithium "
            "mines.",
            "investment",
            "agreed",
        ),
    ],
)
def test_a_bill_passed_by_one_chamber(extractor, status_rules_alone, text, action, status):
    # the rules alone are read here, whatever the learned status model adds
    assert status_of(extractor, text, action) == status


@pytest.mark.parametrize(
    ("text", "action", "status"),
    [
        # stinv: output bought or shipped under a standing long-term supply deal: the deal
        # applies now (R4)
        (
            "A Korean steelmaker buys nickel concentrate from the Canadian miner under a "
            "long-term supply agreement.",
            "offtake",
            "in_force",
        ),
        (
            "Most of the refinery's cobalt goes to German carmakers under long-term supply "
            "arrangements.",
            "offtake",
            "in_force",
        ),
        # stinv: money flowing for years, told in the perfect progressive (R4)
        (
            "The state fund has been investing in lithium mines in Argentina and Chile.",
            "investment",
            "in_force",
        ),
        # stinv: governments agreeing to work towards common standards: the cooperation is
        # decided (R6)
        (
            "The two governments agreed to work towards common standards for responsible "
            "mining of cobalt.",
            "standards",
            "agreed",
        ),
        # stinv: a step of the parties a price rule is for ("manufacturers that set up
        # plants") decides nothing of the rule itself, which applies now (R4)
        (
            "Under its contract, the producer must offer part of its lithium at a preferential "
            "price to companies that set up cathode plants locally.",
            "price_mechanism",
            "in_force",
        ),
    ],
)
def test_deals_and_money_standing_or_decided(extractor, status_rules_alone, text, action, status):
    # the rules alone are read here, whatever the learned status model adds
    assert status_of(extractor, text, action) == status


@pytest.mark.parametrize(
    ("text", "action", "status"),
    [
        # stinv: a fund being planned, interest signalled in a loan: not decided (R3)
        (
            "Chinese cobalt refiners are planning a fund of 10 billion yuan to buy mines in Congo.",
            "investment",
            "proposed",
        ),
        (
            "Japan's state lender has signalled interest in providing loans for the lithium mine "
            "in Chile.",
            "investment",
            "proposed",
        ),
        # stinv: a meeting the parties plan to hold again: a decision to hold talks (R2)
        (
            "The energy ministers plan to meet again in Lisbon in the spring to talk about "
            "lithium supply.",
            "negotiation",
            "agreed",
        ),
        # stinv: talks the parties agree to speed up are still going on (R2)
        (
            "The two presidents agreed to speed up negotiations on a trade pact covering nickel "
            "and cobalt.",
            "negotiation",
            "proposed",
        ),
    ],
)
def test_deals_and_money_planned_or_talks(extractor, status_rules_alone, text, action, status):
    # the rules alone are read here, whatever the learned status model adds
    assert status_of(extractor, text, action) == status


@pytest.mark.parametrize(
    ("text", "action", "status"),
    [
        # stinv: money flowing for a span of years applies now (R4)
        (
            "Seoul's state lender has financed the Australian nickel miner for more than a decade.",
            "investment",
            "in_force",
        ),
        (
            "The state agency has backed the cobalt refiner for several years with loans.",
            "investment",
            "in_force",
        ),
    ],
)
def test_money_flowing_for_years(extractor, status_rules_alone, text, action, status):
    # the rules alone are read here, whatever the learned status model adds
    assert status_of(extractor, text, action) == status


@pytest.mark.parametrize(
    ("text", "action", "status"),
    [
        # ststrat2: what a text issued says after its name is its content, not a step weighed:
        # the text itself is the news, agreed (R6)
        (
            "The cabinet on Tuesday released the country's first battery strategy, urging "
            "provinces to open more lithium mines.",
            "strategy",
            "agreed",
        ),
        (
            "The trade ministry on Monday published a review of cobalt supply chains, "
            "recommending new funding for refiners.",
            "strategy",
            "agreed",
        ),
        (
            "Ministers from the bloc on Thursday adopted a three-part plan to secure nickel "
            "supplies, pledging to pool forecasts.",
            "strategy",
            "agreed",
        ),
        (
            "The government on Friday presented an industrial plan to attract investment in "
            "graphite processing.",
            "strategy",
            "agreed",
        ),
        (
            "Canberra on Wednesday published a new rare earths strategy, setting out how it "
            "intends to build processing at home.",
            "strategy",
            "agreed",
        ),
        # a text still to be written stays proposed, whoever speaks of its content
        (
            "The ministry plans to release a lithium strategy next year, which officials said "
            "aims to double output.",
            "strategy",
            "proposed",
        ),
    ],
)
def test_a_text_issued_tells_its_content(extractor, status_rules_alone, text, action, status):
    # the rules alone are read here, whatever the learned status model adds
    assert status_of(extractor, text, action) == status


@pytest.mark.parametrize(
    ("text", "action", "status"),
    [
        # ststrat2: an old text named by a clause of the act that made it, then told working now
        # in the present, stands (R4)
        (
            "The deal is the heart of the cobalt strategy that the cabinet approved in March "
            "2023, which reserves refining for state firms.",
            "strategy",
            "in_force",
        ),
        (
            "Investors point to the lithium strategy that the government announced in April "
            "2023, which requires state control of new salt flats.",
            "strategy",
            "in_force",
        ),
        # a verb of deciding opening the mention, or a text called new, tells the act (R6)
        (
            "The cabinet approved a cobalt strategy in March 2023 that reserves refining for "
            "state firms.",
            "strategy",
            "agreed",
        ),
        (
            "A new cobalt strategy approved in March 2023 reserves refining for state firms.",
            "strategy",
            "agreed",
        ),
    ],
)
def test_an_old_text_told_by_its_act_and_working_now_stands(
    extractor, status_rules_alone, text, action, status
):
    # the rules alone are read here, whatever the learned status model adds
    assert status_of(extractor, text, action) == status
