"""Tasks of a plan and their units: the 牵头 (lead) and 负责 (responsible) bodies.

Work plans number their tasks ("1.积极推进政府职能转变。...") and close each
with the units in charge, "(区编办牵头,各镇人民政府、区发改局...按职责分工分别负责)",
or label them on lines of their own ("牵头单位:区司法局 责任单位:区法院"), or set them
out in a table (序号, 工作任务, 牵头单位, 责任单位: a row per task, cells parted by tabs,
as the Word and Excel readers write tables).
Each task with a lead becomes a Task mention (name = the task's title, attr
``number``) with facts ``hasTask``, ``lead`` and ``responsible``; generic units
(各镇人民政府, 区政府各有关部门) are left out.
"""

from __future__ import annotations

import re
from typing import Iterator

from ..context import DocumentContext, context_of
from ..model import Document, Fact, Mention, Provenance
from . import register
from .agencies import AgencyMatch, agency_mention, find_agencies, written_names

__all__ = ["tasks", "find_tasks"]

NAME = "tasks"

_TASK_HEAD = re.compile(r"^[ \t]*(\d{1,3})\s*[.、]\s*([^。:;\n]{2,50}?)\s*[。:;\n]", re.M)
_ROLE_GROUP = re.compile(r"\(([^()\n]{2,300}?(?:牵头|负责|配合)[^()\n]{0,200}?)\)")
_LEAD_LABEL = re.compile(r"(?:牵头单位|牵头部门|责任领导单位)\s*:\s*([^\n;。]+)")
_RESP_LABEL = re.compile(r"(?:责任单位|配合单位|参与单位|协办单位|责任部门)\s*:\s*([^\n;。]+)")
_GENERIC_AFTER = re.compile(r"(各|有关|相关|所属|直属|等部门|等单位)")


def _units(ctx: DocumentContext, start: int, end: int) -> list[AgencyMatch]:
    found = []
    for match in find_agencies(ctx, start, end):
        if _GENERIC_AFTER.match(ctx.text, match.end):
            continue
        found.append(match)
    return found


def find_tasks(ctx: DocumentContext) -> list[tuple[int, int, str, str, list[AgencyMatch], list[AgencyMatch]]]:
    """(start, end, number, title, leads, responsible) for every task with a lead."""
    text = ctx.text
    heads = [m for m in _TASK_HEAD.finditer(text, 0, ctx.body_end)]
    found = []
    for index, head in enumerate(heads):
        stop = heads[index + 1].start() if index + 1 < len(heads) else ctx.body_end
        # A numbered list of a higher level ("二、主要任务") also ends the task.
        section = re.search(r"\n\s*([一二三四五六七八九十]+、|\([一二三四五六七八九十]+\))", text[head.end() : stop])
        if section:
            stop = head.end() + section.start()
        leads: list[AgencyMatch] = []
        responsible: list[AgencyMatch] = []
        for group in _ROLE_GROUP.finditer(text, head.start(), stop):
            inner_start, inner_end = group.span(1)
            inner = group.group(1)
            at = inner.find("牵头")
            if at >= 0:
                leads += _units(ctx, inner_start, inner_start + at)
                rest_start = inner_start + at + 2
            else:
                rest_start = inner_start
            rest = text[rest_start:inner_end]
            cut = re.search(r"(按职责分工|按照职责|分别负责|负责|配合)", rest)
            responsible += _units(ctx, rest_start, rest_start + (cut.start() if cut else len(rest)))
        for label in _LEAD_LABEL.finditer(text, head.start(), stop):
            leads += _units(ctx, *label.span(1))
        for label in _RESP_LABEL.finditer(text, head.start(), stop):
            responsible += _units(ctx, *label.span(1))
        if leads:
            found.append((head.start(1), head.end(2), head.group(1), head.group(2).strip(), leads, responsible))
    return found + _table_tasks(ctx)


# The header row of a task table (cells parted by tabs) and what each column holds.
_TABLE_COLUMNS = (
    ("number", re.compile(r"^(序号|编号)$")),
    ("task", re.compile(r"^(工作任务|重点任务|主要任务|具体任务|任务内容|工作内容|工作事项|任务|事项|具体措施|工作措施|改革举措)$")),
    ("lead", re.compile(r"^(牵头单位|牵头部门|牵头领导单位|责任领导单位)$")),
    ("responsible", re.compile(r"^(责任单位|责任部门|配合单位|配合部门|参与单位|协办单位)$")),
)


def _table_tasks(ctx: DocumentContext) -> list[tuple[int, int, str, str, list[AgencyMatch], list[AgencyMatch]]]:
    """Tasks of a table (序号, 工作任务, 牵头单位, 责任单位 ...), a row each, as the Word and Excel readers write
    them: one line per row, cells parted by tabs. A table with no lead column names no leads; its rows are no tasks."""
    text = ctx.text
    if "\t" not in text:
        return []
    found = []
    columns: dict[str, int] | None = None
    offset = 0
    for line in text[: ctx.body_end].split("\n"):
        line_start, offset = offset, offset + len(line) + 1
        if "\t" not in line:
            columns = None  # the table ended
            continue
        cells, starts, at = line.split("\t"), [], line_start
        for cell in cells:
            starts.append(at)
            at += len(cell) + 1
        header = {kind: index for index, cell in enumerate(cells) for kind, pattern in _TABLE_COLUMNS
                  if pattern.match(cell.strip())}
        if "lead" in header and "task" in header:
            columns = header
            continue
        if columns is None or len(cells) <= max(columns.values()):
            continue
        title_cell = cells[columns["task"]].strip()
        if not title_cell:
            continue

        def span(kind: str) -> tuple[int, int]:
            index = columns[kind]
            return starts[index], starts[index] + len(cells[index])

        leads = _units(ctx, *span("lead"))
        responsible = _units(ctx, *span("responsible")) if "responsible" in columns else []
        if not leads:
            continue
        number = cells[columns["number"]].strip() if "number" in columns else ""
        title = re.split(r"[。;:]", title_cell)[0][:50]
        task_start = starts[columns["task"]] + cells[columns["task"]].index(title_cell[:1])
        found.append((task_start, task_start + len(title), number if number.isdigit() else str(len(found) + 1),
                      title, leads, responsible))
    return found


@register(NAME)
def tasks(doc: Document) -> Iterator[Fact]:
    """hasTask, lead and responsible facts for the numbered tasks of a plan."""
    ctx = context_of(doc)
    found = find_tasks(ctx)
    if not found:
        return  # most documents are reports, without tasks
    me = doc.mention()
    names = written_names(ctx)
    for start, end, number, title, leads, responsible in found:
        task = Mention(
            text=doc.text[start:end],
            label="Task",
            source=Provenance(doc.id, start, end, NAME),
            name=title,
            attrs=(("number", number),),
        )
        yield Fact(me, "hasTask", task, task.source)
        lead_names = set()
        for match in leads:
            if match.name in lead_names:
                continue
            lead_names.add(match.name)
            mention = agency_mention(doc, match, NAME, names)
            yield Fact(task, "lead", mention, mention.source)
        seen = set(lead_names)
        for match in responsible:
            if match.name in seen:
                continue
            seen.add(match.name)
            mention = agency_mention(doc, match, NAME, names)
            yield Fact(task, "responsible", mention, mention.source)
