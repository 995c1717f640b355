"""Shared fixtures: the bundled sample corpus, its gold annotations, one sample build."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from kg_builder.build import BuildResult, build_corpus
from kg_builder.readers import sample_corpus

TESTS = Path(__file__).resolve().parent
REPO = TESTS.parent


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true",
                     help="Rewrite golden files (and outputs/) from the current code instead of comparing.")


@pytest.fixture(scope="session")
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


@pytest.fixture(scope="session")
def sample_dir() -> Path:
    """The bundled sample corpus (five real documents)."""
    return sample_corpus()


@pytest.fixture(scope="session")
def gold_dir(sample_dir: Path) -> Path:
    """Hand annotations of the sample corpus."""
    return sample_dir.parent / "gold"


@pytest.fixture(scope="session")
def sample_build(tmp_path_factory: pytest.TempPathFactory) -> BuildResult:
    """One build of the sample corpus, shared by every test that only reads it."""
    out = tmp_path_factory.mktemp("sample-build")
    return build_corpus([], out)


@pytest.fixture()
def runner() -> CliRunner:
    return CliRunner()
