"""PyInstaller hook for PySide6.QtGui: the stock one, minus plugins a desktop app never uses.

* The GTK 3 platform theme (``platformthemes/libqgtk3.so``) drags the whole GTK 3 stack
  into the bundle (about 10 MB: libgtk-3, libgdk-3, pango, cairo, atk…). Qt's own Fusion
  style and the XDG desktop portal theme remain.
* The embedded-device platforms (eglfs, linuxfb, vnc, vkkhrdisplay, minimalegl) and their
  ``egldeviceintegrations`` / ``generic`` (evdev input) plugins. xcb, wayland, offscreen
  and minimal remain.

Dropping them here, before the binary dependency analysis, keeps their libraries out too.
"""

import os

from PyInstaller.utils.hooks.qt import add_qt6_dependencies

EXCLUDED_PLUGINS = ("libqgtk3", "libqeglfs", "libqlinuxfb", "libqvnc", "libqvkkhrdisplay",
                    "libqminimalegl")
EXCLUDED_PLUGIN_TYPES = ("egldeviceintegrations", "generic")


def _wanted(src: str, dest: str) -> bool:
    if os.path.basename(src).startswith(EXCLUDED_PLUGINS):
        return False
    parts = dest.replace("\\", "/").split("/")
    return not ("plugins" in parts and parts[-1] in EXCLUDED_PLUGIN_TYPES)


hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
binaries = [(src, dest) for src, dest in binaries if _wanted(src, dest)]
