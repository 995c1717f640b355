"""Zip packages (.docx, .xlsx, .ofd): the checks every zip-based format needs before it is opened.

A file named like a package may be something else (a text, an old OLE file, a
package of another kind), may be cut short, or may inflate far beyond what it
weighs (a zip bomb). :func:`check_package` reports each with one line naming
the file and the problem, in the format's own words.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from ..errors import InputError
from . import max_input_bytes
from .encoding import binary_kind

__all__ = ["check_package"]


def check_package(path: Path, label: str, noun: str, member: str, *, ole: str | None = None,
                  others: dict[str, str] | None = None) -> set[str]:
    """The names in the zip package at ``path``, once it is known to be a ``label`` package holding ``member``.

    Args:
        label: how the format is named in messages (".docx", "OFD"); ``noun`` with its article ("an OFD").
        member: the part every package of the format holds ("word/document.xml").
        ole: the message for an old OLE file given this suffix ("an old Word .doc (OLE) named .docx; ...").
        others: a part of another format and what to call the file when it holds it
            ({"word/document.xml": "a Word file"}).

    Raises:
        InputError: not a zip, a damaged zip, a zip without ``member``, or one that would
            inflate beyond four times the input size limit.
    """
    if not zipfile.is_zipfile(path):
        with path.open("rb") as handle:
            head = handle.read(1024)
        kind = binary_kind(head)
        if ole and kind and "OLE" in kind:
            raise InputError(str(path), ole)
        if head.startswith(b"PK"):  # it starts like a zip, as the format does, but its directory is gone
            raise InputError(str(path), f"damaged {label} (truncated or corrupt zip archive)")
        what = kind or ("text" if head.strip() and b"\x00" not in head else "something else")
        raise InputError(str(path), f"not {noun} (not a zip archive; the file is {what})")
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            inflated = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError, ValueError) as error:
        raise InputError(str(path), f"damaged {label} (bad zip: {error})") from None
    if member not in names:
        what = next((name for part, name in (others or {}).items() if part in names), f"a zip without {member}")
        raise InputError(str(path), f"not {noun} ({what})")
    limit = max_input_bytes()
    if inflated > 4 * limit:
        raise InputError(str(path), f"the {label} inflates to {inflated / 1e6:.0f} MB, over 4x the "
                                    f"{limit / 1e6:.0f} MB input limit (zip bomb?)")
    return names

