"""manage.py fidelity: the import's reader against the facts each text prints (truth.json).

Every checked fact of every seed and corpus text is pinned here, file by file, so a change to
the reader that loses one names the file and the field.
"""

import json
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command

from documents.parsing.fidelity import read_folder

SHARED = Path(__file__).resolve().parents[3] / "shared"
FOLDERS = (SHARED / "seeds", SHARED / "corpus")


def truth_files() -> list[tuple[Path, str]]:
    return [
        (folder, name)
        for folder in FOLDERS
        if (folder / "truth.json").is_file()
        for name in json.loads((folder / "truth.json").read_text(encoding="utf-8"))
        if not name.startswith("_")
    ]


@pytest.fixture(scope="module")
def results() -> dict[str, object]:
    if not all((folder / "truth.json").is_file() for folder in FOLDERS):
        pytest.skip(f"the seeds and corpus are not in {SHARED} (../shared is absent)")
    return {result.name: result for folder in FOLDERS for result in read_folder(folder)}


@pytest.mark.parametrize(("folder", "name"), truth_files(), ids=lambda value: str(value)[-40:])
def test_the_reader_gets_every_fact_the_text_prints(results, folder: Path, name: str) -> None:
    result = results[name]

    assert result.refused is None
    assert result.crashed is None
    assert result.wrong == {}
    assert result.checked > 0


def test_the_command_prints_a_row_per_file_and_the_summary_line(tmp_path: Path) -> None:
    # Three texts written for this test: a masthead read right, one whose truth.json is wrong
    # on purpose (the date), and an empty file, which the reader refuses.
    (tmp_path / "right.txt").write_text(
        "A/75/1\n\nGeneral Assembly Distr.: General 2 July 2020\n\nOriginal: English\n\n"
        "Annotated list of items\n\n1. The Assembly met.\n",
        encoding="utf-8",
    )
    (tmp_path / "wrong.txt").write_text(
        "A/75/2\n\nDistr.: Limited\n\n3 July 2020\n\n1. A draft.\n", encoding="utf-8"
    )
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    truth = {
        "_about": "made for the test",
        "right.txt": {
            "symbol": "A/75/1",
            "distribution": "general",
            "issue_date": "2020-07-02",
            "original_language": "en",
            "title": "Annotated list of items",
            "numbered_paragraphs": 1,
            "footnotes": None,
        },
        "wrong.txt": {"symbol": "A/75/2", "distribution": "limited", "issue_date": "2020-07-04"},
        "empty.txt": {"symbol": "absent", "language": "en"},
    }
    (tmp_path / "truth.json").write_text(json.dumps(truth), encoding="utf-8")
    output = StringIO()

    call_command("fidelity", str(tmp_path), stdout=output)

    lines = output.getvalue().splitlines()
    assert lines[0] == "right.txt: 6/6 ok"
    assert lines[1] == "wrong.txt: 2/3 issue_date read '2020-07-03', truth '2020-07-04'"
    assert lines[2].startswith("empty.txt: 0/2 REFUSED: empty.txt is empty")
    assert lines[-1] == "fidelity: 8/11 fields right, 1 refused, 0 crashes"
