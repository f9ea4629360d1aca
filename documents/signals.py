"""Signals of the documents app."""

from django.dispatch import Signal


class TextRefused(Exception):
    """A text a receiver of the import refuses: the job fails with this message, nothing stored."""


# Sent by the import inside its transaction before it stores anything of a draft report's text,
# with `symbol` (as printed, or "") and `meeting` (the Meeting its facts name, or None). The
# reports app refuses a revised draft of a report the meeting adopted by raising a TextRefused
# (reports.services.drafts.ReportIsFinal): the job fails with its message and stores nothing,
# not even the file.
draft_report_arriving = Signal()

# Sent by the import inside its transaction, once a language version and its structure are
# stored, with `version`, `read` (the parsing.reading.ReadText: everything the file says, its
# report or thematic summary already read, so no receiver parses), `job` (the ImportJob, or None
# for a text stored without one), `warnings` and `counts` (a list and a dict the receiver may add
# to). Apps that documents must not import (imports run recommendations -> reports -> documents
# -> meetings) store their part of a text here: a draft report's sections, themes,
# recommendations. A receiver that raises makes the whole import fail and roll back.
text_imported = Signal()

# Sent by `reports.services.workflow.move_report` inside its transaction when a report is
# adopted, with `report` (the DraftReport) and `recommendations` ({language: the
# Recommendation tuples read from its chapter II}). The recommendations app turns them into
# adopted Recommendation rows; a receiver that raises refuses the adoption.
report_adopted = Signal()

# Sent by `reports.services.reissue.reissue_report` inside the workflow's transaction when an
# adopted report is published, with `report` (the DraftReport, whose `document` is the draft)
# and `document` (the General document it is reissued as). The recommendations app points the
# report's recommendations at the General document; a receiver that raises refuses publication.
report_published = Signal()

# Sent by the report generator (`reports.services.generation`) with `meeting`, to learn the
# recommendations the portal holds for it, which live in the recommendations app. A receiver
# returns a list of dicts: {"number": 3, "agenda_item": 2 (its number, or None), "text": {"zh":
# "…", "en": "…"}}, in the order they are numbered.
report_recommendations = Signal()
