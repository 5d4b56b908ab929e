"""Entry point of the frozen (PyInstaller) build: the desk, or a bundled helper module.

A frozen build has no Python interpreter to run ``python -m app.demo``: ``sys.executable``
is the bundle's own executable. So this executable understands the same two leading
arguments as Python does, for the few modules the desk starts as child processes::

    aifactories-desk -m app.demo --port 0 --seed 42    # the demo federation
    aifactories-desk --demo                            # anything else: the desk

``app.services.demo_process`` therefore starts ``[sys.executable, "-m", "app.demo", ...]``
the same way from source and from the bundle. The ``-m`` form is not in the desk's
``--help``; any other module name is refused, so the bundle cannot be used to run
arbitrary code.

Nothing is imported at module level beyond the standard library: the demo child must not
pay for Qt.
"""

from __future__ import annotations

import os
import runpy
import sys
from collections.abc import MutableMapping, Sequence

#: Modules the frozen executable runs like ``python -m MODULE``.
RUNNABLE_MODULES = frozenset({"app.demo"})


def main(argv: Sequence[str] | None = None) -> int:
    """Run the desk, or the module named after a leading ``-m``; return the exit code."""
    args = list(sys.argv[1:] if argv is None else argv)
    restore_library_path(os.environ)
    if args[:1] == ["-m"]:
        if len(args) < 2 or args[1] not in RUNNABLE_MODULES:
            known = ", ".join(sorted(RUNNABLE_MODULES))
            print(f"{sys.argv[0]}: -m runs only: {known}", file=sys.stderr)
            return 2
        return run_module(args[1], args[2:])
    from app.__main__ import main as desk_main

    return desk_main(args)


def restore_library_path(environ: MutableMapping[str, str]) -> None:
    """Give child processes the library path the user had, not the bundle's.

    The bootloader points ``LD_LIBRARY_PATH`` at the bundle's own libraries and keeps the
    original in ``LD_LIBRARY_PATH_ORIG``. Programs the desk starts (``xdg-open`` and the
    browser behind it, a PDF viewer) would otherwise load the bundle's GLib or libstdc++
    and may crash. This process is not affected: the dynamic loader read the variable when
    the process started. The demo child is the bundle again and gets its path anew.
    """
    if not getattr(sys, "frozen", False):
        return
    original = environ.pop("LD_LIBRARY_PATH_ORIG", None)
    if original:
        environ["LD_LIBRARY_PATH"] = original
    else:
        environ.pop("LD_LIBRARY_PATH", None)


def run_module(module: str, args: list[str]) -> int:
    """Run ``module`` as ``__main__`` with ``args``, as ``python -m module args`` would."""
    sys.argv = [sys.argv[0], *args]
    try:
        runpy.run_module(module, run_name="__main__", alter_sys=True)
    except SystemExit as exc:
        code = exc.code
        if code is None or isinstance(code, int):
            return code or 0
        print(code, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    # The desk reads sites in "spawn" worker processes; in the bundle they are this
    # executable again (``--multiprocessing-fork ...``, ``-c ...resource_tracker...``).
    # freeze_support() (patched by PyInstaller for every platform) runs them and exits,
    # so it must come before anything else.
    import multiprocessing

    multiprocessing.freeze_support()
    sys.exit(main())
