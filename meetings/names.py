"""Finds the State or organization that a name met in a document stands for."""

from collections.abc import Iterable

from wgportal.languages import LANGUAGE_CODES

from .collation import match_key, split_short_form
from .models import Entity


class EntityNames:
    """An in-memory index of every entity's names, acronyms and aliases in the six languages.

    A key two entities share (an acronym used by two bodies, say) is ambiguous and resolves to
    nothing rather than to a guess; the importer reports such names as warnings.
    """

    def __init__(self, entities: Iterable[Entity]) -> None:
        self._index: dict[str, Entity | None] = {}
        for entity in entities:
            forms = [
                getattr(entity, f"{field}_{code}")
                for field in ("name", "acronym")
                for code in LANGUAGE_CODES
            ]
            forms += [alias.name for alias in entity.aliases.all()]
            for form in filter(None, forms):
                key = match_key(form)
                known = self._index.get(key, entity)
                self._index[key] = entity if known is not None and known.pk == entity.pk else None

    @classmethod
    def load(cls) -> "EntityNames":
        return cls(Entity.objects.prefetch_related("aliases"))

    def resolve(self, name: str) -> Entity | None:
        """The entity named `name`, trying the full name when a short form follows in brackets."""
        found = self._index.get(match_key(name))
        if found is None and (parts := split_short_form(name)):
            full, short = parts
            found = self._index.get(match_key(full)) or self._index.get(match_key(short))
        return found

    def __contains__(self, name: str) -> bool:
        return self.resolve(name) is not None
