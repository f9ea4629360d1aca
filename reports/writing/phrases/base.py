"""What the wording of every language shares: the instrument its lists of States name, and the
meeting's days as the portal's one date code prints them (`meetings.dates`)."""

from datetime import date

from meetings.dates import un_date, un_dates_in_sentence

from .instruments import CONVENTION, INSTRUMENTS
from .placeholder import PLACEHOLDER


class Phrases:
    """The base of each language's phrase class; `language` is its UN language code."""

    language: str

    def __init__(self, body_prefix: str) -> None:
        # "《打击偷运移民议定书》", "the Protocol against …", the Russian genitive "Протокола …".
        self.instrument = INSTRUMENTS.get(body_prefix, CONVENTION)[self.language]

    def on(self, day: date | None) -> str:
        return un_date(day, self.language) if day else PLACEHOLDER

    def dates(self, start: date, end: date) -> str:
        """The days as a sentence says them: "on 8 and 9 September 2020", "du 11 au 13
        septembre 2017", "с 11 по 13 сентября 2017 года", "2012年5月30日至6月1日"."""
        return un_dates_in_sentence(start, end, self.language)
