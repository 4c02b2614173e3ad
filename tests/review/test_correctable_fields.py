"""The correctable fields are written once: the fields of ``review.fields.Correction``."""

from __future__ import annotations

from harmledger.link.incidents import COLUMNS
from harmledger.review.fields import CORRECTABLE, Correction
from harmledger.web.forms import FORM_FIELDS


def test_correctable_is_the_correction_model() -> None:
    assert set(CORRECTABLE) == set(Correction.model_fields) - {"reason"}
    assert CORRECTABLE[:3] == ("killed_low", "killed_best", "killed_high")  # the page lists the figures first


def test_every_correctable_field_is_a_column_overrides_apply_to() -> None:
    assert set(CORRECTABLE) <= set(COLUMNS)


def test_the_correction_form_only_offers_correctable_fields() -> None:
    assert set(FORM_FIELDS) <= set(CORRECTABLE)


def test_the_form_offers_every_correctable_field_but_country_and_grade() -> None:
    # The grade has its own buttons; the country follows the place. Anything else correctable is in the form.
    assert set(CORRECTABLE) - set(FORM_FIELDS) == {"country", "grade"}
    assert list(FORM_FIELDS) == [f for f in CORRECTABLE if f in FORM_FIELDS]  # the page's order
