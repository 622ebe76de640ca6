"""Session 42's status readings of headline events (docs/status-convention.md): a stop to
permits that is itself a restriction, a text suspended, an aside's verb under a main clause that
undoes the text, and steps denied. Each row is read as shipped (both learned models on) and with
the rules alone, since the status model re-chooses after the rules."""

import pytest
from predict import action_statuses

from nlp import action_model, status
from nlp.extract import Extractor


@pytest.fixture(params=["shipped", "rules"])
def mode(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Both learned models as shipped, or both off."""
    if request.param == "rules":
        monkeypatch.setattr(status, "USE_MODEL", False)
        monkeypatch.setattr(action_model, "USE_MODEL", False)
    return request.param


def _statuses(extractor: Extractor, text: str, action: str) -> list[str]:
    return [s for a, s in action_statuses(extractor, text) if a == action]


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        # a stop to issuing export permits restricts exports: the news, agreed (R6)
        (
            "Ghana said on Monday it would stop issuing new export permits for manganese ore "
            "for three months.",
            "agreed",
        ),
        ("Gabon will cease granting export licences for manganese from April.", "agreed"),
        ("Guinea on Friday suspended the issuing of bauxite export permits.", "agreed"),
        ("The ministry has halted the issuance of export licences for raw lithium.", "agreed"),
        (
            "Jakarta on Tuesday froze the ore export permits of six nickel miners.",
            "agreed",
        ),
        # the same restriction told by its own verb reads the same
        ("Guinea on Friday halted bauxite exports.", "agreed"),
        # permits for exports after the noun count as export permits
        ("Jakarta on Monday stopped issuing permits for exports of bauxite.", "agreed"),
        # a requirement of permits lifted is a lifting (R1)
        ("Guinea on Friday suspended its export permit requirement for bauxite.", "revoked"),
        ("Beijing on Tuesday lifted its export licence requirement for gallium.", "revoked"),
    ],
)
def test_a_stop_to_export_permits_is_the_restriction(
    extractor: Extractor, mode: str, text: str, wanted: str
) -> None:
    assert _statuses(extractor, text, "export_control") == [wanted]


def test_a_licence_that_lets_no_trade_out_keeps_the_undoing(
    extractor: Extractor, mode: str
) -> None:
    text = (
        "Brussels also banned exports of drone engines to Russia, and suspended the "
        "broadcasting licences of three Russian channels."
    )
    assert "revoked" in _statuses(extractor, text, "export_control")


@pytest.mark.parametrize(
    "text",
    [
        # a stop to mining permits stays a permit revoked, as the labels read it (R1)
        "Zambia on Monday suspended the issuing of new mining licences.",
        "The province has stopped granting new mining claims near the lakes.",
    ],
)
def test_a_stop_to_mining_permits_stays_revoked(extractor: Extractor, mode: str, text: str) -> None:
    assert _statuses(extractor, text, "permitting") == ["revoked"]


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        # the main clause's passive undoes the text the aside's verb names (R1)
        (
            "The decree, which banned exports of germanium to Japan, is suspended until "
            "March 1, 2027.",
            "revoked",
        ),
        (
            "The order, which barred shipments of antimony to the United States, has been lifted.",
            "revoked",
        ),
        # a text suspended by name is undone (R1); its restriction's own verb is not
        ("Beijing suspended Announcement 61 on antimony exports until next year.", "revoked"),
        ("Beijing suspended the rules on antimony exports on Friday.", "revoked"),
        ("Beijing suspended antimony exports on Friday.", "agreed"),
    ],
)
def test_a_text_undone_by_the_main_clause(
    extractor: Extractor, mode: str, text: str, wanted: str
) -> None:
    assert _statuses(extractor, text, "export_control") == [wanted]


@pytest.mark.parametrize(
    "text",
    [
        "Vietnam's trade ministry on Thursday denied reports that it planned to ban exports of "
        "rare earth ore.",
        "The government denied that it would restrict exports of tin concentrate.",
        "Malaysia rejected calls to ban exports of raw bauxite.",
        "The president dismissed speculation that Chile would nationalise its copper mines.",
        "The treasurer ruled out a price floor for nickel.",
    ],
)
def test_a_denied_step_is_no_event(extractor: Extractor, mode: str, text: str) -> None:
    assert action_statuses(extractor, text) == []


@pytest.mark.parametrize(
    ("text", "action", "wanted"),
    [
        # a bare verb of refusing is the step itself (a permit refused, R1)
        ("Ottawa on Thursday rejected the permit for the nickel mine.", "permitting", "revoked"),
        # a lifting ruled out leaves the measure standing: the event stays
        (
            "Harare ruled out delaying its ban on exports of lithium concentrate.",
            "export_control",
            None,
        ),
    ],
)
def test_a_refusal_that_is_no_denial_keeps_its_event(
    extractor: Extractor, mode: str, text: str, action: str, wanted: str | None
) -> None:
    found = _statuses(extractor, text, action)
    assert len(found) == 1
    if wanted is not None:
        assert found == [wanted]


@pytest.mark.parametrize(
    ("text", "blocs"),
    [
        # a figure of speech in a quotation forms no grouping
        (
            "Kenya shipped its first cargo of titanium ore to Japan on Friday.\n\n"
            '"This is the start of a long partnership," Kenyan President William Ruto said.',
            0,
        ),
        # a partnership launched is one
        ("Five countries on Monday launched a new partnership on critical minerals.", 1),
    ],
)
def test_the_start_of_a_partnership_as_a_figure_of_speech(
    extractor: Extractor, mode: str, text: str, blocs: int
) -> None:
    assert len(_statuses(extractor, text, "bloc_formation")) == blocs
