"""The status of export controls and sanctions through the whole extractor, rules alone, on
sentences written here (published 2026-03-10): exports let through and sanctions named as a
regime (docs/status-convention.md R1, R4, R5; helper stexport2, session 20)."""

import pytest
from predict import status_of


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # a state letting a party export lifts its ban in part: an exemption (R1)
        (
            "Vietnam will allow tungsten miners to export concentrate once more for six months, "
            "the trade minister said on Tuesday.",
            "revoked",
        ),
        (
            "The Philippine mines minister said two nickel producers would be allowed to export "
            "ore until June 2027 because their plants were nearly finished.",
            "revoked",
        ),
        (
            "In January the Zambian government allowed a copper miner to export concentrate "
            "stored at its port.",
            "revoked",
        ),
        # guards: a rule letting only some export is a licensing regime decided (R6)
        (
            "Vietnam will allow only licensed companies to export tungsten from July 1, the "
            "trade ministry said on Monday.",
            "agreed",
        ),
        # a refusal to let ore out is a ban (R6)
        (
            "Vietnam said on Monday it would not allow raw tungsten ore to be exported from July.",
            "agreed",
        ),
    ],
)
def test_exports_let_through_are_an_exemption(extractor, status_rules_alone, text, status):
    assert status_of(extractor, text, "export_control") == status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # sanctions named as a group's regime stand, whatever participle names them (R4, R5)
        (
            "Aluminium prices jumped on Monday as traders feared that Western sanctions imposed on "
            "Russia would cut supplies of the metal.",
            "in_force",
        ),
        # guard: the day's own sanctions stay the news (R6)
        ("Britain imposed sanctions on two Russian aluminium producers on Monday.", "agreed"),
    ],
)
def test_a_regime_named_by_its_participle_stands(extractor, status_rules_alone, text, status):
    assert status_of(extractor, text, "sanction") == status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # a requirement told after "would", too far from "announced" for it to govern, is what
        # was announced as still to come, not aged into force by its date (R6)
        (
            "Vietnam announced in August that shipments of tungsten ore, metal, oxides and related "
            "smelting technology would need export licences.",
            "agreed",
        ),
        # guard: a requirement told as standing since then is in force (R4)
        (
            "Exporters of tungsten ore from Vietnam have needed export licences since August.",
            "in_force",
        ),
    ],
)
def test_a_requirement_announced_ahead_is_not_aged(extractor, status_rules_alone, text, status):
    assert status_of(extractor, text, "export_control") == status
