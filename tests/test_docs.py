"""The CLI reference in docs/cli.md is generated from --help and must match it.

Regenerate after changing a command:  TIMELINEKG_UPDATE_DOCS=1 pytest tests/test_docs.py
"""

from __future__ import annotations

import os

import click
from click.testing import CliRunner

from tests.conftest import REPO
from tests.test_cli import all_commands
from timelinekg.cli import cli

CLI_DOC = REPO / "docs" / "cli.md"


def render_cli_reference() -> str:
    runner = CliRunner()
    parts = [
        "# CLI reference\n\n",
        "Generated from `timelinekg --help`; `tests/test_docs.py` checks that it matches.\n",
    ]
    for name, _command in all_commands():
        args = [*name.split(), "--help"] if name else ["--help"]
        result = runner.invoke(cli, args, prog_name="timelinekg", terminal_width=100)
        assert result.exit_code == 0, result.output
        parts.append(
            f"\n## timelinekg {name}\n\n```\n{result.output.rstrip()}\n```\n".replace(
                "## timelinekg \n", "## timelinekg\n"
            )
        )
    return "".join(parts)


def test_cli_reference_matches_help() -> None:
    expected = render_cli_reference()
    if os.environ.get("TIMELINEKG_UPDATE_DOCS") == "1":
        CLI_DOC.write_text(expected, encoding="utf-8")
    assert CLI_DOC.exists(), "run: TIMELINEKG_UPDATE_DOCS=1 pytest tests/test_docs.py"
    assert CLI_DOC.read_text(encoding="utf-8") == expected, (
        "docs/cli.md is stale: TIMELINEKG_UPDATE_DOCS=1 pytest tests/test_docs.py"
    )


def test_readme_names_every_top_level_command() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    top_level = [name for name, command in all_commands() if name and " " not in name]
    missing = [name for name in top_level if f"`{name}" not in readme]
    assert not missing, f"README's CLI reference lacks: {missing}"
    assert isinstance(cli, click.Group)
