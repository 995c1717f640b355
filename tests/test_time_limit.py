"""A document whose extraction never ends fails alone, named in the report; the build goes on."""

import signal

import pytest

from kg_builder import extractors
from kg_builder.build import build_corpus
from kg_builder.pipeline import ExtractionTimeout, time_limit

LOOPS = "test-loops-on-循环"


@pytest.fixture(scope="module")
def looping_extractor():
    """An extractor with the kind of bug a time limit is for: it never returns on some texts."""

    @extractors.register(LOOPS)
    def loops(doc):
        while "循环" in doc.text:
            pass
        return iter(())

    yield ("document", "citations", LOOPS)
    extractors._registry.pop(LOOPS, None)


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "a.txt").write_text("某县2020年法治政府建设工作报告\n贯彻落实《法治政府建设实施纲要(2015-2020年)》。", encoding="utf-8")
    (folder / "b.txt").write_text("某县2021年工作报告\n推进循环经济，落实《中华人民共和国行政许可法》。", encoding="utf-8")
    (folder / "c.txt").write_text("某市2021年工作要点\n全面落实《重大行政决策程序暂行条例》。", encoding="utf-8")
    return folder


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_looping_document_fails_alone_and_the_build_finishes(looping_extractor, corpus, tmp_path, jobs):
    result = build_corpus([corpus], tmp_path / "out", looping_extractor, jobs=jobs, time_limit=0.5,
                          outputs=["graph.nq", "build-report.json"])
    status = {r.path: r.status for r in result.inputs}
    assert status == {"a.txt": "ok", "b.txt": "failed", "c.txt": "ok"}
    (failed,) = result.failed
    assert failed.error.startswith("b.txt: extraction took longer than 0.5 s")
    nq = (tmp_path / "out" / "graph.nq").read_text(encoding="utf-8")
    assert "重大行政决策程序暂行条例" in nq and "行政许可法" not in nq  # the others are built, b is not half-written
    assert result.documents == 2


def test_the_limit_leaves_no_timer_behind():
    with time_limit(5, "x"):
        pass
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
    assert signal.getsignal(signal.SIGALRM) in (signal.SIG_DFL, signal.SIG_IGN, None) or callable(
        signal.getsignal(signal.SIGALRM))
    with pytest.raises(ExtractionTimeout, match="x: extraction took longer than 0.2 s"):
        with time_limit(0.2, "x"):
            while True:
                pass


def test_no_limit_means_none(looping_extractor, corpus, tmp_path):
    """Without a limit nothing is armed (a build of documents that end is unchanged)."""
    (corpus / "b.txt").unlink()
    result = build_corpus([corpus], None, looping_extractor, time_limit=None)
    assert [r.status for r in result.inputs] == ["ok", "ok"]


def test_kgb_build_time_limit_names_the_document_and_exits_3(looping_extractor, corpus, tmp_path, runner):
    from kg_builder.cli import cli

    names = [arg for name in looping_extractor for arg in ("-e", name)]
    result = runner.invoke(cli, ["build", str(corpus), "-o", str(tmp_path / "out"), *names, "-j", "1",
                                 "--time-limit", "0.5", "--outputs", "report", "--silent"])
    assert result.exit_code == 3, result.output
    assert "b.txt: extraction took longer than 0.5 s" in result.stderr
