"""Event status from tense, aspect and the kind of step, through the whole extractor, on
sentences written here (published 2026-03-10): the rule families added for unseen news."""

import pytest
from predict import dated_statuses, model_reads_otherwise, status_of


def status_on(extractor, text: str, action: str, published: str) -> str | None:
    """The status of the first event of `action` in `text` published on `published`."""
    doc = {"id": "q", "text": text, "published": published, "title": ""}
    events = extractor.extract(doc)["events"]
    return next((e["status"] for e in events if e["action"] == action), None)


@pytest.mark.parametrize(
    ("text", "action", "status"),
    [
        # a pact is a one-off act: signed months or years ago it is still that signature
        (
            "In November Chile signed a memorandum of understanding with the European Union "
            "on a partnership covering lithium and copper.",
            "agreement",
            "agreed",
        ),
        (
            "The accord builds on a 2023 agreement in which Australia and India pledged to "
            "cooperate on lithium and cobalt supply chains.",
            "agreement",
            "agreed",
        ),
        (
            "Kazakhstan and South Korea reached a framework agreement on tungsten supply in "
            "June 2024.",
            "agreement",
            "agreed",
        ),
        # a standing measure of the same age still reads as in force
        (
            "Zimbabwe banned exports of raw lithium ore in December 2022.",
            "export_control",
            "in_force",
        ),
    ],
)
def test_an_old_pact_stays_agreed_while_an_old_ban_stands(extractor, text, action, status):
    assert status_of(extractor, text, action) == status


@pytest.mark.parametrize(
    ("text", "action", "status"),
    [
        # a standing measure recalled with the verb that made it, dated well before the report
        (
            "Beijing first clamped controls on exports of gallium in July 2023 and has widened "
            "them since.",
            "export_control",
            "in_force",
        ),
        (
            "In May 2025 the government extended the policy by halting exports of bauxite ore.",
            "export_control",
            "in_force",
        ),
        model_reads_otherwise(
            "Ottawa unveiled its critical minerals strategy in December 2022.",
            "strategy",
            "in_force",
        ),
        (
            # a verb of announcing reports that act, however old (status convention R6)
            "Kinshasa announced licensing requirements for cobalt exports in October 2024.",
            "export_control",
            "agreed",
        ),
        # the same verbs dated this week report the decision
        (
            "Kinshasa on Monday announced licensing requirements for cobalt exports.",
            "export_control",
            "agreed",
        ),
        (
            "Ottawa unveiled its critical minerals strategy on Friday.",
            "strategy",
            "agreed",
        ),
    ],
)
def test_an_old_standing_measure_told_with_its_verb_is_in_force(extractor, text, action, status):
    assert status_of(extractor, text, action) == status


@pytest.mark.parametrize(
    ("text", "action"),
    [
        # a month named without a year may resolve to last year's: "will" still looks ahead
        (
            "Beijing said it will require licences for antimony exports in January.",
            "export_control",
        ),
        ("The graphite export curbs will come into force in January.", "export_control"),
        ("Jakarta will halt exports of bauxite ore in January.", "export_control"),
    ],
)
def test_a_measure_that_will_start_is_agreed_whatever_its_date(extractor, text, action):
    assert status_of(extractor, text, action) == "agreed"


@pytest.mark.parametrize(
    ("text", "action"),
    [
        # an evaluation under way in the progressive: nothing decided yet
        (
            "The Export-Import Bank is assessing a $300 million loan for the Kenyan graphite mine.",
            "investment",
        ),
        ("Ottawa is studying export licences for cobalt concentrate.", "export_control"),
        (
            "Japan is evaluating an investment of $200 million in a Brazilian nickel refinery.",
            "investment",
        ),
        (
            "Korea is looking at a stockpile of rare earths to cover 100 days of imports.",
            "stockpile",
        ),
        (
            "Officials said the Commission was examining duties on Chinese graphite anodes.",
            "trade_measure",
        ),
    ],
)
def test_a_step_being_evaluated_is_proposed(extractor, text, action):
    assert status_of(extractor, text, action) == "proposed"


@pytest.mark.parametrize(
    ("text", "action", "status"),
    [
        # May the month is no modal
        (
            "Lynas began production of heavy rare earths at its Malaysian plant in May.",
            "project",
            "in_force",
        ),
        ("Vietnam banned exports of rare earth ore in May 2025.", "export_control", "in_force"),
        (
            "Washington and Kyiv signed a minerals agreement on May 1, 2025.",
            "agreement",
            "agreed",
        ),
        ("The EU adopted tariffs on Russian nickel in early May.", "trade_measure", "agreed"),
        (
            "In May, Jakarta approved a smelter permit for the Sulawesi nickel project.",
            "permitting",
            "agreed",
        ),
        # the modal still weighs a step
        ("Chile may ban exports of raw lithium concentrate.", "export_control", "proposed"),
    ],
)
def test_may_the_month_is_not_the_modal(extractor, text, action, status):
    assert status_of(extractor, text, action) == status


@pytest.mark.parametrize(
    ("text", "action", "status"),
    [
        # a start or entry into force right after a cue that looks ahead is still to come
        ("The Australian lithium mine will start operations in 2027.", "project", "agreed"),
        ("The Tanzanian graphite mine will start operations next year.", "project", "agreed"),
        model_reads_otherwise(
            "The cobalt tariff could take effect as early as July.", "trade_measure", "proposed"
        ),
        (
            "The nickel smelter in Sulawesi should start operations by December.",
            "project",
            "proposed",
        ),
        # one that has happened is in force
        ("The Tanzanian graphite mine started operations last week.", "project", "in_force"),
    ],
)
def test_a_start_looked_ahead_to_has_not_happened(extractor, text, action, status):
    assert status_of(extractor, text, action) == status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # a plant or mine that has started to produce is in operation
        (
            "The Canadian miner began producing lithium concentrate at its Quebec mine in January.",
            "in_force",
        ),
        ("The Kazakh tungsten mine entered commercial production last month.", "in_force"),
        (
            "The Moroccan cobalt plant commenced production in the first quarter.",
            "in_force",
        ),
        # the same start still ahead
        ("The Finnish cobalt refinery will start processing ore next year.", "agreed"),
    ],
)
def test_a_plant_that_has_started_producing_is_in_force(extractor, text, status):
    assert status_of(extractor, text, "project") == status


@pytest.mark.parametrize(
    ("text", "action", "status"),
    [
        # putting a measure in place sets it up: the step, agreed
        (
            "Ghana put in place a licensing regime for lithium exports on Monday.",
            "export_control",
            "agreed",
        ),
        (
            "The EU and Chile agreed to put in place common traceability standards for copper.",
            "standards",
            "agreed",
        ),
        # a measure that is in place stands
        (
            "Licensing for graphite exports has been in place since 2023.",
            "export_control",
            "in_force",
        ),
    ],
)
def test_putting_a_measure_in_place_is_the_step_not_its_standing(extractor, text, action, status):
    assert status_of(extractor, text, action) == status


@pytest.mark.parametrize(
    ("text", "action", "status"),
    [
        # early in a year, a standing measure of last year has most likely stood for months
        ("Indonesia banned exports of bauxite ore last year.", "export_control", "in_force"),
        ("China tightened its rules on graphite exports in 2025.", "export_control", "in_force"),
        # a verb of launching reports that act, however old (status convention R6)
        ("Canada launched a critical minerals strategy last year.", "strategy", "agreed"),
        # dated by the bare current year it is told before the news of the last days, its
        # background (status convention R5: "earlier this year ... invoked emergency powers");
        # a one-off act of last year is still that act
        ("Beijing imposed export licensing on tungsten in 2026.", "export_control", "in_force"),
        ("Australia and Japan signed a lithium supply pact last year.", "agreement", "agreed"),
    ],
)
def test_a_standing_measure_of_last_year_stands_early_in_the_year(extractor, text, action, status):
    assert status_on(extractor, text, action, "2026-02-03") == status


@pytest.mark.parametrize(
    ("text", "action", "status"),
    [
        # the plan that is the event is what was adopted or presented
        ("The EU adopted an action plan to secure supplies of rare earths.", "strategy", "agreed"),
        (
            "Brussels on Wednesday presented RESourceEU, a plan to secure supplies of critical "
            "raw materials.",
            "strategy",
            "agreed",
        ),
        # what a plan holds is proposed, and so is a plan as a verb
        ("Seoul announced a plan to stockpile 100 days of rare earths.", "stockpile", "proposed"),
        ("Alcoa plans to build a gallium refinery in Western Australia.", "project", "proposed"),
    ],
)
def test_a_plan_that_is_the_event_is_not_its_modality(extractor, text, action, status):
    assert status_of(extractor, text, action) == status


@pytest.mark.parametrize(
    ("text", "action"),
    [
        # a measure applied over time, even past an adverb, stands
        (
            "China has long restricted exports of rare earth processing technology.",
            "export_control",
        ),
        ("Jakarta has also been enforcing a ban on exports of nickel ore.", "export_control"),
        (
            "Australia and India have been signing lithium supply deals with African producers.",
            "offtake",
        ),
        (
            "Brussels has also been signing raw materials partnerships with resource-rich "
            "countries.",
            "agreement",
        ),
        (
            "Indonesia's long-standing ban on raw nickel ore exports has drawn a WTO challenge.",
            "export_control",
        ),
    ],
)
def test_a_measure_applied_over_time_is_in_force(extractor, text, action):
    assert status_of(extractor, text, action) == "in_force"


@pytest.mark.parametrize(
    ("text", "action"),
    [
        # a measure said to go on stands
        ("U.S. duties on Chinese graphite continue to apply.", "trade_measure"),
        ("China continues to restrict exports of gallium.", "export_control"),
        (
            "Beijing still restricts exports of rare earth magnets to U.S. defence firms.",
            "export_control",
        ),
        ("Jakarta continued to ban shipments of raw bauxite ore this year.", "export_control"),
    ],
)
def test_a_measure_said_to_go_on_is_in_force(extractor, text, action):
    assert status_of(extractor, text, action) == "in_force"


@pytest.mark.parametrize(
    ("text", "action", "status"),
    [
        # a contract or a measure that has started is applied from then on
        (
            "Deliveries of lithium under the offtake deal with Japan began in January.",
            "offtake",
            "in_force",
        ),
        (
            "Shipments of cobalt under the supply contract with Glencore started in March.",
            "offtake",
            "in_force",
        ),
        (
            "The first shipment of spodumene under the Tesla offtake agreement left Australia "
            "on Monday.",
            "offtake",
            "in_force",
        ),
        (
            "Indonesia began banning exports of raw nickel ore in January 2020.",
            "export_control",
            "in_force",
        ),
        # talks or a construction that start are the step itself
        (
            "Talks between Japan and Chile on lithium supply began on Monday.",
            "negotiation",
            "agreed",
        ),
        ("Construction of the Nevada lithium plant began in March.", "project", "agreed"),
    ],
)
def test_a_start_is_in_force_for_a_measure_and_the_step_for_talks(extractor, text, action, status):
    assert status_of(extractor, text, action) == status


@pytest.mark.parametrize(
    ("text", "action"),
    [
        # an attempt in the progressive is the clause's verb: not decided yet
        ("The Pentagon is seeking to buy cobalt for its stockpile.", "stockpile"),
        ("Tokyo is looking to buy antimony for its strategic stockpile.", "stockpile"),
        ("The two governments are trying to buy lithium for a joint stockpile.", "stockpile"),
    ],
)
def test_an_attempt_in_the_progressive_is_proposed(extractor, text, action):
    assert status_of(extractor, text, action) == "proposed"


@pytest.mark.parametrize(
    ("text", "action"),
    [
        # what a text not yet adopted would do, a deal only in principle, a step floated
        ("The bill would ban exports of raw lithium ore from Zimbabwe.", "export_control"),
        ("The EU proposal would impose anti-dumping duties on Chinese graphite.", "trade_measure"),
        # session 20: the status model retrained at l2 30, margin 0.75 reads this otherwise
        model_reads_otherwise(
            "The two countries agreed in principle to sign a critical minerals agreement.",
            "agreement",
        ),
        model_reads_otherwise(
            "Seoul and Canberra reached a tentative deal on lithium supply.", "agreement"
        ),
        ("Brussels mooted a joint stockpile of rare earths.", "stockpile"),
    ],
)
def test_a_text_not_yet_adopted_or_a_deal_in_principle_is_proposed(extractor, text, action):
    assert status_of(extractor, text, action) == "proposed"


@pytest.mark.parametrize(
    ("text", "action"),
    [
        # talks that failed, a party that walked away
        (
            "Talks between the EU and Indonesia on a trade deal covering nickel broke down.",
            "negotiation",
        ),
        ("Negotiations between Chile and Bolivia on lithium broke off in June.", "negotiation"),
        ("Washington walked away from talks with Kyiv on a minerals deal.", "negotiation"),
    ],
)
def test_talks_that_broke_down_are_revoked(extractor, text, action):
    assert status_of(extractor, text, action) == "revoked"


@pytest.mark.parametrize(
    ("text", "action"),
    [
        # a text still being made: not finished, not decided (a plant being built is decided
        # and under way, agreed: see below)
        ("Canberra is developing a critical minerals strategy.", "strategy"),
        ("The government is drawing up a critical minerals strategy.", "strategy"),
        ("The ministry is working on a national strategy for lithium.", "strategy"),
    ],
)
def test_a_text_still_being_made_is_proposed(extractor, text, action):
    assert status_of(extractor, text, action) == "proposed"


@pytest.mark.parametrize(
    "text",
    [
        # a plant being built is decided and under way (R6; the labels' majority, session 14)
        "Huayou has said it is building a lithium processing plant in Zimbabwe.",
        "The miner is constructing a nickel smelter in Sulawesi.",
    ],
)
def test_a_plant_under_construction_is_agreed(extractor, text):
    assert status_of(extractor, text, "project") == "agreed"


@pytest.mark.parametrize(
    ("text", "action"),
    [
        # talks at a stage short of a deal, suggestions and promises
        (
            "The bank is in advanced talks to lend $300 million to the Tanzanian graphite mine.",
            "investment",
        ),
        ("Officials have suggested tariffs on Chinese graphite.", "trade_measure"),
        ("Canberra promised to fast-track approvals for lithium projects.", "permitting"),
    ],
)
def test_talks_short_of_a_deal_and_promises_are_proposed(extractor, text, action):
    assert status_of(extractor, text, action) == "proposed"


@pytest.mark.parametrize(
    ("text", "action", "status"),
    [
        # the plant a deal or a loan is for is still to be built; the deal is agreed
        (
            "A U.S.-backed company signed a $1.1 billion agreement on Thursday to develop "
            "tungsten deposits in Kazakhstan.",
            "project",
            "proposed",
        ),
        (
            "A U.S.-backed company signed a $1.1 billion agreement on Thursday to develop "
            "tungsten deposits in Kazakhstan.",
            "agreement",
            "agreed",
        ),
        # since session 18 (actps) a plant named only as what a loan is to build is the money's
        # aim, no project event of its own (the labels: 7 such projects false, none true)
        (
            "The DFC approved a $150 million loan to build a graphite plant in Mozambique.",
            "project",
            None,
        ),
        (
            "The DFC approved a $150 million loan to build a graphite plant in Mozambique.",
            "investment",
            "agreed",
        ),
        ("Jakarta granted a permit to build a nickel smelter in Sulawesi.", "permitting", "agreed"),
    ],
)
def test_a_plant_a_deal_is_for_is_still_to_come(extractor, text, action, status):
    assert status_of(extractor, text, action) == status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # talks that go on are under way, not concluded
        (
            "Indonesia said it would continue talks with the EU on a nickel trade deal.",
            "proposed",
        ),
        ("Japan and India continued negotiations on rare earths supply in Tokyo.", "proposed"),
        # talks held are agreed
        ("Japan and India held talks on rare earths supply in Tokyo.", "agreed"),
    ],
)
def test_talks_that_go_on_are_under_way(extractor, text, status):
    assert status_of(extractor, text, "negotiation") == status


@pytest.mark.parametrize(
    ("text", "action", "status"),
    [
        # "will" before a verb that weighs a step: the step is still weighed
        (
            "Indonesian negotiators will continue talks with the EU on nickel next week.",
            "negotiation",
            "proposed",
        ),
        (
            "Chilean ministers will consider export curbs on lithium concentrate.",
            "export_control",
            "proposed",
        ),
        # "will" before a decided measure: agreed
        (
            "Beijing will require licences for exports of antimony from September.",
            "export_control",
            "agreed",
        ),
    ],
)
def test_will_before_a_weighing_verb_is_still_weighing(extractor, text, action, status):
    assert status_of(extractor, text, action) == status


# stdate: an import ban stands once imposed, like an export ban (status convention R5)
@pytest.mark.parametrize(
    "text",
    [
        "In 2024 Washington banned imports of enriched uranium from Russia.",
        "Britain banned imports of Russian copper and nickel last year.",
        "China halted imports of rare earth ore from Myanmar in May 2025.",
    ],
)
def test_an_old_import_ban_stands(extractor, text):
    assert status_of(extractor, text, "trade_measure") == "in_force"


# stdate: a step dated in its own clause takes that date, not a nearer one of another clause
@pytest.mark.parametrize(
    ("text", "action", "dated"),
    [
        (
            "Washington raised tariffs on Chinese steel in 2019, and Beijing banned exports of "
            "gallium to the United States in a step announced on March 6.",
            "export_control",
            ("agreed", "2026-03-06"),
        ),
        (
            "Seoul set up a stockpile of rare earths in 2020, and Tokyo signed a pact with "
            "Canberra on lithium supply chains at a meeting held on Thursday.",
            "agreement",
            ("agreed", "2026-03-05"),
        ),
    ],
)
def test_a_step_takes_the_date_of_its_own_clause(extractor, text, action, dated):
    assert dated_statuses(extractor, text, action)[0] == dated


# stdate: an old text told with the participle of its making and its maker is that act (R6)
@pytest.mark.parametrize(
    "text",
    [
        "The accord builds on the national battery strategy adopted by the cabinet in 2023.",
        "The scheme forms part of the critical minerals mission approved by the cabinet in "
        "January 2025.",
        "The auction follows an amendment to the mining act passed by parliament in August 2024.",
    ],
)
def test_an_old_text_told_with_its_maker_is_that_act(extractor, status_rules_alone, text):
    # the learned status model already reads these as the act; the rules alone are read here
    assert status_of(extractor, text, "strategy") == "agreed"


# stdate: an old text named as proposed is still a proposal, not aged into force (R3)
@pytest.mark.parametrize(
    "text",
    [
        "The deal comes as the bloc works on a battery regulation, proposed by the Commission "
        "in 2023, on recycled lithium content.",
        "The fund draws on a national minerals strategy, proposed by the ministry in 2024, for "
        "lithium and cobalt.",
    ],
)
def test_an_old_text_proposed_is_still_a_proposal(extractor, status_rules_alone, text):
    # the rules alone are read here, as in the table above
    assert status_of(extractor, text, "strategy") == "proposed"


# stdate2: the end of a range ("from June 1 to November 30") is no date of the step: read back
# against publication it made a step of the day's news an old measure in force
@pytest.mark.parametrize(
    "text",
    [
        "Kazakhstan imposed a ban on exports of tungsten ore from June 1 to November 30, the "
        "ministry said.",
        "The government imposed export quotas on graphite from April 15 to October 31, the "
        "ministry said on Monday.",
    ],
)
def test_the_end_of_a_range_does_not_age_a_step(extractor, text):
    assert status_of(extractor, text, "export_control") == "agreed"


# stwant2: an old text told by the act that made it stays that act (R6): a possessive before
# the verb's subject ("Canada's cabinet adopted") does not make the text a standing one, and a
# status word in a later clause ("which raised ...") does not block the verb of deciding
@pytest.mark.parametrize(
    "text",
    [
        "Norway's cabinet adopted a critical minerals strategy in 2022, officials said.",
        "Zambia declared cobalt a strategic mineral in 2019, which raised royalties for miners.",
    ],
)
def test_an_old_text_told_by_the_act_that_made_it_is_that_act(extractor, status_rules_alone, text):
    # the rules alone are read here, as in the tables above
    assert status_of(extractor, text, "strategy") == "agreed"


# stwant2: "a plan to" inside a longer cue right after a verb of issuing is the text issued, not
# a proposal of it (R6); a plan only worked on ("working on a plan to") stays proposed (R3)
@pytest.mark.parametrize(
    "text",
    ["The ministry released a plan to develop critical minerals processing in 2021."],
)
def test_a_plan_issued_is_no_proposal(extractor, status_rules_alone, text):
    assert status_of(extractor, text, "strategy") == "agreed"


# stwant2: a measure told working now in the present, with no date and no cue ("the
# constitution reserves ..."), stands (R4), not a default agreed
@pytest.mark.parametrize(
    "text",
    ["The mining code reserves lithium deposits for state companies."],
)
def test_a_text_told_working_now_is_in_force(extractor, status_rules_alone, text):
    assert status_of(extractor, text, "strategy") == "in_force"


# stwant2: a named law whose relative clause holds a proposed cue of its own ("which lawmakers
# are expected to approve") is still to come (R3), not a standing law of the background
@pytest.mark.parametrize(
    "text",
    [
        "The Mining Law, which lawmakers are expected to approve next month, would reserve "
        "lithium for the state.",
        "The Minerals Law, which senators are close to finalising, would tighten rules on "
        "lithium mining.",
    ],
)
def test_a_law_still_to_be_approved_in_its_clause_is_proposed(extractor, status_rules_alone, text):
    assert status_of(extractor, text, "strategy") == "proposed"


# stpp2: a named law told by the act that made it ("the Mining Code, which parliament passed in
# March 2024") is that act (R6), read before the name ages it into force; what the text sets
# out ("sets a target", "aims to") is its content, not the law working now
@pytest.mark.parametrize(
    "text",
    [
        "Prices rose on Monday. The Mining Code, which parliament passed in March 2024, sets a "
        "target for refining cobalt at home.",
        "Prices rose on Monday. The Minerals Law, adopted by lawmakers in May 2024, aims to "
        "double lithium output.",
    ],
)
def test_a_named_law_told_by_its_making_is_that_act(extractor, text):
    assert status_of(extractor, text, "strategy") == "agreed"


# stpp2: such a law told working on parties now in the present ("forbids", "lets") stands (R4)
@pytest.mark.parametrize(
    "text",
    [
        "Prices rose on Monday. The Mining Code, which parliament passed in March 2024, forbids "
        "foreign companies from holding lithium concessions.",
        "Prices rose on Monday. The Minerals Law, adopted by lawmakers in May 2024, lets the "
        "state take a stake in every lithium mine.",
    ],
)
def test_a_named_law_told_working_now_stays_in_force(extractor, status_rules_alone, text):
    assert status_of(extractor, text, "strategy") == "in_force"


# stpp2: the year in a law's title ("the Foreign Trade Act of 1985") is no date of the step told
# under it: where the sentence dates the step otherwise ("said on Monday", "enacted in
# February"), that date reads its status, not the law's year; a law whose own clause tells the
# step ("the Fiscal Year 2019 Defense Act, which prohibited ...") still dates it
@pytest.mark.parametrize(
    ("text", "action", "status"),
    [
        (
            "The executive order directs the trade secretary to study nickel supply under "
            "Section 5 of the Foreign Trade Act of 1985, the ministry said on Monday.",
            "strategy",
            "agreed",
        ),
        (
            "The list follows the Critical Minerals Act of 2019, enacted in February, which "
            "covers lithium and cobalt.",
            "strategy",
            "agreed",
        ),
        (
            "Lawmakers on Monday cited the Fiscal Year 2019 Defense Act, which prohibited the "
            "army from buying Chinese tungsten.",
            "trade_measure",
            "in_force",
        ),
    ],
)
def test_a_year_in_a_law_title_dates_no_step(extractor, status_rules_alone, text, action, status):
    assert status_of(extractor, text, action) == status


# stpp2: a restriction told by its own verb in the present perfect after the lead, with no date
# ("has also placed ... on its list", "have recently tightened"), is a background restriction,
# standing (R5), not the day's news
@pytest.mark.parametrize(
    "text",
    [
        "Officials met in Geneva on Monday. Exporters were worried. Beijing has also placed four "
        "American drone makers on its export control list over rare earths.",
        "Officials met in Geneva on Monday. Exporters were worried. Several governments have "
        "recently tightened screening of foreign takeovers of cobalt miners.",
        "Officials met in Geneva on Monday. Exporters were worried. Ottawa has recently "
        "tightened its screening of foreign takeovers of lithium miners.",
    ],
)
def test_a_restriction_told_in_the_perfect_after_the_lead_stands(
    extractor, status_rules_alone, text
):
    assert status_of(extractor, text, "sanction") == "in_force"
