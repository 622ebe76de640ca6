"""Status readings of session 34's export-control helper (candidate, `se34_`), read through the
whole extractor with both learned models off, as the rows test the rules. Rows where the
reading must fire and rows where it must not."""

import pytest
from predict import status_of

from nlp.extract import Extractor


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # licences or applications handled under the controls: the regime working (R4)
        (
            "The commerce ministry said on Tuesday it was processing export licence "
            "applications for graphite in accordance with the law.",
            "in_force",
        ),
        (
            "Exports of germanium rose for a second month, a sign that more licences are being "
            "granted under the export control regime Beijing introduced last year.",
            "in_force",
        ),
        (
            "Magnet shipments recovered in July as licences approved under China's export "
            "controls on rare earths reached more buyers.",
            "in_force",
        ),
        # not: general or one-off licences (exemptions), nor a requirement still to start
        (
            "China will issue general licences for exports of gallium and germanium to U.S. "
            "buyers, the White House said.",
            "agreed",
        ),
        (
            "Shipments to U.S. buyers will be allowed only under one-off licences issued by the "
            "export control agency, Moscow said.",
            "agreed",
        ),
        (
            "China said on Friday it would require licences for exports of antimony from "
            "September 15.",
            "agreed",
        ),
        # not: handling only watched for
        (
            "Seoul said it would watch whether licences were granted smoothly under China's new "
            "graphite export controls.",
            "agreed",
        ),
    ],
)
def test_licences_handled_under_the_controls_stand(
    extractor: Extractor,
    status_rules_alone: None,
    action_rules_alone: None,
    text: str,
    status: str,
) -> None:
    assert status_of(extractor, text, "export_control") == status
