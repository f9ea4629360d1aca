"""The house kept by a check: modules and functions within their sizes, no model named across apps.

DEVELOPERS.md: no module over about 400 lines (a package with one module per topic instead), no
function over 60 lines unless the comment line directly above it starts with `# Long:` and says
why, and no `apps.get_model` of another app's model (a lower app learns of higher ones by signals
or a registry they fill in). Migrations and tests are exempt: migrations name models of other
apps by design, and tests read as their cases need. No database.
"""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = (
    "meetings",
    "documents",
    "reports",
    "recommendations",
    "search",
    "subscriptions",
    "wgportal",
)
MODULE_LINES = 400
# Django's settings are one flat list read top to bottom (each app of the layers adds its line);
# split by topic they would be searched for in several files, so they may run to 420.
LONGER_MODULES = {"wgportal/settings.py": 420}
FUNCTION_LINES = 60
LONG_REASON = "# Long:"


def modules() -> list[Path]:
    """Every module of the apps and of the project package, but migrations."""
    found = []
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            if "migrations" not in path.relative_to(ROOT).parts:
                found.append(path)
    return found


def named(path: Path) -> str:
    return str(path.relative_to(ROOT))


def long_functions(path: Path) -> list[str]:
    """The functions of a module over FUNCTION_LINES lines without a `# Long:` reason above."""
    lines = path.read_text().splitlines()
    offenders = []
    for node in ast.walk(ast.parse("\n".join(lines))):
        if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        length = node.end_lineno - node.lineno + 1
        if length <= FUNCTION_LINES:
            continue
        first = min([node.lineno, *(decorator.lineno for decorator in node.decorator_list)])
        above = lines[first - 2].strip() if first >= 2 else ""
        if not above.startswith(LONG_REASON):
            offenders.append(f"{named(path)}:{node.lineno} {node.name} ({length} lines)")
    return offenders


def models_of_other_apps(path: Path) -> list[str]:
    """`apps.get_model("<label>", …)` calls whose app label is not the module's own app."""
    own = path.relative_to(ROOT).parts[0]
    offenders = []
    for node in ast.walk(ast.parse(path.read_text())):
        if not isinstance(node, ast.Call) or not node.args:
            continue
        function = node.func
        name = function.attr if isinstance(function, ast.Attribute) else getattr(function, "id", "")
        first = node.args[0]
        if name != "get_model" or not isinstance(first, ast.Constant):
            continue
        # apps.get_model("documents", "Document") or apps.get_model("documents.Document").
        label = str(first.value).split(".")[0]
        if label != own:
            offenders.append(f"{named(path)}:{node.lineno} get_model({first.value!r})")
    return offenders


def test_no_module_is_over_about_400_lines():
    offenders = [
        f"{named(path)} ({count} lines)"
        for path in modules()
        if (count := len(path.read_text().splitlines()))
        > LONGER_MODULES.get(named(path), MODULE_LINES)
    ]
    assert offenders == [], "Make these packages with one module per topic: " + ", ".join(offenders)


def test_no_function_is_over_60_lines_without_a_reason():
    offenders = [offender for path in modules() for offender in long_functions(path)]
    assert offenders == [], (
        "Split these by meaning, or give the reason in a `# Long:` comment above: "
        + ", ".join(offenders)
    )


def test_no_app_reaches_another_apps_model_by_name():
    offenders = [offender for path in modules() for offender in models_of_other_apps(path)]
    assert offenders == [], (
        "Import the model (a higher app), or let the higher app register it: "
        + ", ".join(offenders)
    )


def test_the_check_finds_a_long_function_and_accepts_a_reason(tmp_path, monkeypatch):
    body = "\n".join(f"    x = {n}" for n in range(FUNCTION_LINES))
    module = tmp_path / "documents" / "long.py"
    module.parent.mkdir()
    module.write_text(f"def plain():\n{body}\n\n\n# Long: a table\n@cached\ndef kept():\n{body}\n")
    monkeypatch.setitem(globals(), "ROOT", tmp_path)

    assert long_functions(module) == [f"documents/long.py:1 plain ({FUNCTION_LINES + 1} lines)"]


def test_the_check_finds_a_model_named_across_apps(tmp_path, monkeypatch):
    module = tmp_path / "meetings" / "sources.py"
    module.parent.mkdir()
    module.write_text(
        'apps.get_model("documents", "Document")\n'
        'apps.get_model("meetings.Meeting")\n'
        'apps.get_model("documents.Document")\n'
    )
    monkeypatch.setitem(globals(), "ROOT", tmp_path)

    assert models_of_other_apps(module) == [
        "meetings/sources.py:1 get_model('documents')",
        "meetings/sources.py:3 get_model('documents.Document')",
    ]
