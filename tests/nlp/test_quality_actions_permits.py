"""Permitting: a named holder's licence or permit revoked or suspended, mining blocks or rights
auctioned, and a moratorium on new mining titles are `permitting`; export and import licences
stay export controls and trade measures. Sentences written here, read through the whole
extractor."""

import pytest
from predict import action_types

from nlp.extract import Extractor

PERMITTING = [
    "Serbia's government revoked Rio Tinto's licences for the Jadar lithium project in 2022.",
    "Niger's junta withdrew Orano's operating licence for the Imouraren uranium mine.",
    "Mali suspended Barrick's permits at the Loulo gold and copper complex on Monday.",
    "India has auctioned 24 blocks of critical minerals including lithium and graphite.",
    "Chile will tender lithium mining rights in the Atacama to private bidders next year.",
    "Panama's Congress declared a moratorium on new metal mining concessions for copper.",
    "Ecuador imposed a freeze on new mining permits for copper in the Andes.",
]


@pytest.mark.parametrize("text", PERMITTING)
def test_licences_revoked_and_blocks_auctioned_are_permitting(
    extractor: Extractor, text: str
) -> None:
    assert "permitting" in action_types(extractor, text)


NOT_PERMITTING = [
    (
        "China revoked the export licences of three gallium traders on Friday.",
        "export_control",
    ),
    (
        "Indonesia suspended import licences for Chinese steel and nickel pig iron.",
        "trade_measure",
    ),
]


@pytest.mark.parametrize(("text", "action"), NOT_PERMITTING)
def test_export_and_import_licences_are_no_permits(
    extractor: Extractor, text: str, action: str
) -> None:
    found = action_types(extractor, text)
    assert action in found
    assert "permitting" not in found
