"""What every page's template knows: the reading language and the languages to read in."""

from wgportal.languages import Language, reading_language


def languages(request) -> dict:
    return {"reading_language": reading_language(request), "content_languages": Language.choices}
