"""manage.py fidelity DIR...: read the texts of DIR as the import does, compare with truth.json."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from documents.parsing.fidelity import FileResult, read_folder, summary_line


class Command(BaseCommand):
    help = (
        "Read every file DIR/truth.json names through the import's own reader and compare what "
        "it finds with the facts given there (symbol, distribution, issue_date, language, "
        "original_language, title, numbered_paragraphs, numbering_in_order, chapters, "
        "footnotes): a row per file with what differs, then a line "
        "'fidelity: X/Y fields right, R refused, C crashes'."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("folders", nargs="+", type=Path)

    def handle(self, *args, folders: list[Path], **options) -> None:
        results: list[FileResult] = []
        for folder in folders:
            if not (folder / "truth.json").is_file():
                raise CommandError(f"{folder} has no truth.json to compare with.")
            for result in read_folder(folder):
                results.append(result)
                self.stdout.write(_row(result))
        self.stdout.write(summary_line(results))


def _row(result: FileResult) -> str:
    head = f"{result.name}: {result.right}/{result.checked}"
    if result.refused:
        return f"{head} REFUSED: {result.refused}"
    if result.crashed:
        return f"{head} CRASHED: {result.crashed}"
    if not result.wrong:
        return f"{head} ok"
    differences = "; ".join(
        f"{key} read {_shown(found)}, truth {_shown(expected)}"
        for key, (found, expected) in result.wrong.items()
    )
    return f"{head} {differences}"


def _shown(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 120 else text[:117] + "...'"
