"""README.md tells the truth: every command is documented, generated sections are current."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from kg_builder.cli import COMMANDS

REPO = Path(__file__).resolve().parent.parent
README = REPO / "README.md"


def test_every_command_is_in_the_readme():
    text = README.read_text("utf-8")
    for command in COMMANDS:
        assert f"`kgb {command}" in text, f"README.md does not document kgb {command}"


def test_generated_sections_are_current():
    """Evaluate figures, the worked example and the cookbook answers match the code."""
    script = REPO / "docs" / "make_readme.py"
    if not script.is_file():
        pytest.skip("not running from a source checkout")
    spec = importlib.util.spec_from_file_location("make_readme", script)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    text = README.read_text("utf-8")
    assert module.render(text, module.sections()) == text, (
        "README.md is stale: run `python docs/make_readme.py` and commit it")
