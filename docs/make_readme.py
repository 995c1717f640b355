"""Fill README.md's generated sections from what the code answers on the sample corpus.

The sections between ``<!-- NAME -->`` and ``<!-- /NAME -->`` (evaluate figures, the worked
propagation example, the SPARQL cookbook with its answers) are written by this script, so the
README cannot drift from the code: ``tests/test_readme.py`` fails when they are stale.

    python docs/make_readme.py            # rewrite README.md in place
    python docs/make_readme.py --check    # exit 1 if README.md is stale
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))  # run from a checkout without installing
README = REPO / "README.md"
MAX_ROWS = 8
MAX_CELL = 48


def _evaluate_table(paths: list[Path], gold: Path) -> str:
    from kg_builder.cli.evaluate import format_table
    from kg_builder.evaluation import evaluate

    report = evaluate(gold, paths)
    return "```\n" + format_table(report).rstrip() + "\n```"


def _explain(graph: Path) -> str:
    from kg_builder.propagation import explain

    text = explain(str(graph), "重大行政决策程序暂行条例")
    lines = [line for line in text.splitlines() if line.strip()]
    head = []
    for line in lines:
        head.append(line)
        if line.lstrip().startswith("longest chain"):
            break
    return "```\n" + "\n".join(head) + "\n```"


def _cell(value: str) -> str:
    value = value.replace("|", "\\|").replace("\n", " ")
    if value.startswith("https://w3id.org/kg-builder/"):
        value = value.rsplit("/", 1)[-1]
    return value if len(value) <= MAX_CELL else value[: MAX_CELL - 1] + "…"


def _cookbook(graph: Path) -> str:
    from kg_builder.sparql import cookbook, open_graph, run_query, term_text

    source = open_graph([graph])
    parts = []
    for entry in cookbook():
        result = run_query(source, entry.text)
        header = list(result.variables)
        rows = [[_cell(term_text(v) if v is not None else "") for v in row] for row in result.rows]
        parts.append(f"<details><summary><b>{entry.title}</b> — <code>{entry.name}</code></summary>\n")
        parts.append(entry.question.strip() + "\n")
        body = "\n".join(line for line in entry.text.splitlines() if not line.startswith("#")).strip()
        parts.append("```sparql\n" + body + "\n```\n")
        if not rows:
            parts.append("*No rows on the sample corpus.*\n")
        else:
            parts.append(f"{len(rows)} row{'s' if len(rows) != 1 else ''}"
                         + (f"; the first {MAX_ROWS}:" if len(rows) > MAX_ROWS else ":") + "\n")
            parts.append("| " + " | ".join(header) + " |")
            parts.append("|" + "---|" * len(header))
            for row in rows[:MAX_ROWS]:
                parts.append("| " + " | ".join(row) + " |")
            parts.append("")
        parts.append("</details>\n")
    return "\n".join(parts).rstrip()


def sections() -> dict[str, str]:
    """Every generated section's name -> its Markdown."""
    from kg_builder.build import build_corpus
    from kg_builder.readers import sample_corpus

    seeds = sample_corpus()
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        build_corpus([], out, outputs=("graph.nq",))
        graph = out / "graph.nq"
        return {
            "evaluate:sample": _evaluate_table([seeds], seeds.parent / "gold"),
            "evaluate:testset": _evaluate_table([REPO / "tests" / "data" / "extraction"],
                                                REPO / "tests" / "data" / "extraction"),
            "explain:example": _explain(graph),
            "cookbook": _cookbook(graph),
        }


def render(text: str, generated: dict[str, str]) -> str:
    """README text with each marked section replaced by its generated Markdown."""
    for name, body in generated.items():
        marker = re.compile(rf"<!-- {re.escape(name)} -->(\n<!-- /{re.escape(name)} -->)?")
        block = f"<!-- {name} -->\n{body}\n<!-- /{name} -->"
        if f"<!-- /{name} -->" in text:
            text = re.sub(rf"<!-- {re.escape(name)} -->.*?<!-- /{re.escape(name)} -->",
                          lambda _: block, text, flags=re.S)
        else:
            text = marker.sub(lambda _: block, text, count=1)
    return text


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if README.md is stale")
    args = parser.parse_args()
    current = README.read_text("utf-8")
    fresh = render(current, sections())
    if args.check:
        if fresh != current:
            print("README.md is stale: run python docs/make_readme.py", file=sys.stderr)
            return 1
        return 0
    README.write_text(fresh, "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
