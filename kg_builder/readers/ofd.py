"""OFD files (GB/T 33190, China's fixed-layout format for official documents): the text of each page, line by line.

An OFD is a zip of XML parts. ``OFD.xml`` names each document's root
(``DocBody/DocRoot``); the root lists its pages (``Pages/Page/@BaseLoc``), and
each page's content holds ``TextObject`` elements: a ``Boundary`` box ("x y w
h", in millimetres) with ``TextCode`` runs placed inside it (``X``, ``Y``).
Writers differ: some put a line in one run, others a character per run or per
object. So the runs of a page are placed on the page, gathered into lines by
their baselines (within a third of the text size), each line read left to
right; the pages follow one another line to line, and lines the page broke are
joined again later (:mod:`.layout`). Templates (running heads), annotations and
signatures are not the document's text and are not read. Elements are matched
by local name, whatever the namespace the writer used.

The document's title and creation date, when ``DocInfo`` records them, land in
``Document.metadata``. A file that is not a zip, has no ``OFD.xml``, or whose
pages give no text (a scan) is reported; a zip that would inflate beyond four
times the input size limit is refused.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from pathlib import Path

from ..errors import InputError
from ..model import Document
from . import register
from .layout import without_page_furniture, without_run_gaps
from .package import check_package

__all__ = ["ofd_pages", "read_ofd"]

_NUMBER = re.compile(r"-?\d+(?:\.\d+)?(?:[eE]-?\d+)?")


def _local(tag) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _children(element, name: str):
    return [child for child in element.iter() if _local(child.tag) == name]


def _first_text(element, name: str) -> str | None:
    for child in element.iter():
        if _local(child.tag) == name and child.text and child.text.strip():
            return child.text.strip()
    return None


def _numbers(value: str | None) -> list[float]:
    return [float(number) for number in _NUMBER.findall(value or "")]


def _parse(archive: zipfile.ZipFile, name: str):
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, recover=True, huge_tree=False)
    return etree.fromstring(archive.read(name), parser)


def _part(base: str, location: str) -> str:
    """A part's name in the zip: ``location`` relative to the folder of ``base`` (or from the root)."""
    location = location.strip().replace("\\", "/")
    if location.startswith("/"):
        return posixpath.normpath(location.lstrip("/"))
    return posixpath.normpath(posixpath.join(posixpath.dirname(base), location))


def _page_lines(page) -> list[str]:
    """A page's text runs placed on the page and read as lines, top to bottom, left to right."""
    runs: list[tuple[float, float, float, str]] = []  # (baseline y, x, size, text)
    for text_object in _children(page, "TextObject"):
        box = _numbers(text_object.get("Boundary")) + [0.0, 0.0]
        size = (_numbers(text_object.get("Size") or text_object.get("size")) or [3.5])[0]
        x, y = 0.0, 0.0
        for code in _children(text_object, "TextCode"):
            # A run without X or Y goes on where the one before it ended.
            x = _numbers(code.get("X"))[0] if code.get("X") else x
            y = _numbers(code.get("Y"))[0] if code.get("Y") else y
            text = "".join(code.itertext())
            if text.strip():
                runs.append((box[1] + y, box[0] + x, size, text))
                x += size * len(text)
    runs.sort(key=lambda run: (run[0], run[1]))
    lines: list[list[tuple[float, float, float, str]]] = []
    for run in runs:
        if lines and abs(run[0] - lines[-1][0][0]) <= max(run[2], lines[-1][0][2]) / 3:
            lines[-1].append(run)
        else:
            lines.append([run])
    return ["".join(text for _, _, _, text in sorted(line, key=lambda run: run[1])).rstrip() for line in lines]


def ofd_pages(archive: zipfile.ZipFile) -> tuple[list[list[str]], dict[str, str]]:
    """The lines of each page of every document in an OFD package, and what ``DocInfo`` records."""
    root = _parse(archive, "OFD.xml")
    pages: list[list[str]] = []
    metadata: dict[str, str] = {}
    for body in _children(root, "DocBody"):
        title = _first_text(body, "Title")
        if title and "title" not in metadata:
            metadata["title"] = re.sub(r"\s+", " ", title)
        created = _first_text(body, "CreationDate")
        date = re.match(r"((?:19|20)\d{2})-(\d{2})-(\d{2})", created or "")
        if date and "date" not in metadata:
            metadata["date"] = "-".join(date.groups())
        doc_root = _first_text(body, "DocRoot")
        if not doc_root:
            continue
        doc_name = _part("", doc_root)
        document = _parse(archive, doc_name)
        for page in _children(document, "Page"):
            location = page.get("BaseLoc")
            if location:
                pages.append(_page_lines(_parse(archive, _part(doc_name, location))))
    return pages, metadata


@register(".ofd")
def read_ofd(path: Path) -> Document:
    """Read an OFD file's text; the document id is the file's stem."""
    check_package(path, "OFD", "an OFD", "OFD.xml")
    try:
        with zipfile.ZipFile(path) as archive:
            pages, metadata = ofd_pages(archive)
    except InputError:
        raise
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, IndexError) as error:
        raise InputError(str(path), f"damaged OFD: {type(error).__name__}: {error}".splitlines()[0][:200]) from None
    except Exception as error:  # lxml.etree.XMLSyntaxError and kin: a broken part
        if type(error).__module__.startswith("lxml"):
            raise InputError(str(path), f"damaged OFD (bad XML: {error})".splitlines()[0][:200]) from None
        raise
    text = without_run_gaps("\n".join(without_page_furniture(["\n".join(lines) for lines in pages if lines])).strip())
    if not text:
        raise InputError(str(path), f"no text in the OFD (a scan?): {len(pages)} page(s) without text; run OCR first")
    return Document(id=path.stem, text=text, path=str(path), metadata=tuple(sorted(metadata.items())))
