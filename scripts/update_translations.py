"""Update the translation sources and build the translations the desk loads.

``python scripts/update_translations.py`` runs pyside6-lupdate over the desk's code
(everything under app/ but the server side) into ``resources/i18n/desk_<lang>.ts`` — new
strings arrive marked unfinished, strings no longer used are dropped — and then
pyside6-lrelease into ``desk_<lang>.qm``. Translate the unfinished strings (Qt Linguist:
``pyside6-linguist resources/i18n/desk_de.ts``) and run it again.
``--check`` only reports what is unfinished and fails when anything is.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
I18N = REPO / "resources" / "i18n"
LANGUAGES = ("de", "fr")
#: Server-side packages: no user-facing Qt strings there.
SKIP = ("app/hub/", "app/demo/")


def tool(name: str) -> str:
    """The path of pyside6-<name> (beside this Python, on PATH, or inside PySide6)."""
    beside = Path(sys.executable).with_name(f"pyside6-{name}")
    if beside.exists():
        return str(beside)
    found = shutil.which(f"pyside6-{name}")
    if found:
        return found
    import PySide6

    inside = Path(PySide6.__file__).parent / name
    if inside.exists():
        return str(inside)
    raise FileNotFoundError(f"pyside6-{name} not found; install PySide6 in this environment")


def sources() -> list[str]:
    files = sorted(p.relative_to(REPO).as_posix() for p in (REPO / "app").rglob("*.py"))
    return [f for f in files if not f.startswith(SKIP)]


def ts_file(language: str) -> Path:
    return I18N / f"desk_{language}.ts"


def lupdate(target: Path) -> None:
    """Bring ``target`` (.ts) up to date with the code (drops obsolete entries)."""
    subprocess.run([tool("lupdate"), "-no-obsolete", "-locations", "none", *sources(),
                    "-ts", str(target)], cwd=REPO, check=True, capture_output=True)


def lrelease(source: Path, target: Path) -> None:
    subprocess.run([tool("lrelease"), str(source), "-qm", str(target)], cwd=REPO, check=True,
                   capture_output=True)


def unfinished(ts: Path) -> list[str]:
    """``context: source`` of every message without a finished translation."""
    out = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            texts = [translation.text or ""] if translation is not None else [""]
            if translation is not None and translation.findall("numerusform"):
                texts = [n.text or "" for n in translation.findall("numerusform")]
            kind = translation.get("type", "") if translation is not None else "unfinished"
            if kind in ("unfinished", "vanished", "obsolete") or not all(t.strip()
                                                                          for t in texts):
                source = message.findtext("source", "")
                if not name:  # ``tr = QCoreApplication.translate; tr("Ctx", "text")``
                    source = f"{message.findtext('comment', '')} (context {source!r} lost)"
                out.append(f"{name}: {source}")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="only list unfinished strings; exit 1 if there are any")
    args = parser.parse_args(argv)
    I18N.mkdir(parents=True, exist_ok=True)
    missing = 0
    for language in LANGUAGES:
        ts = ts_file(language)
        if not args.check:
            lupdate(ts)
            lrelease(ts, ts.with_suffix(".qm"))
        todo = unfinished(ts)
        missing += len(todo)
        print(f"{ts.relative_to(REPO)}: {len(todo)} unfinished")
        for line in todo:
            print(f"  {line}")
    return 1 if args.check and missing else 0


if __name__ == "__main__":
    sys.exit(main())
