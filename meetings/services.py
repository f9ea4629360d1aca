"""Writes to meetings data that touch several rows."""

from django.db import transaction

from .models import Body, Entity, EntityAlias, RegionalGroup
from .reference.loading import LoadResult, load_mandates
from .reference.loading import load_reference_data as load_rows


@transaction.atomic
def load_reference_data() -> LoadResult:
    """Load or refresh the shipped bodies (with their mandates), regional groups, States and
    organizations."""
    result = load_rows(
        body_model=Body,
        regional_group_model=RegionalGroup,
        entity_model=Entity,
        alias_model=EntityAlias,
    )
    load_mandates(body_model=Body)
    return result
