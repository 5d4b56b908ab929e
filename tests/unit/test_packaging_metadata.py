"""The packaging metadata agrees with the app: one id, one name, one version, every folder.

Checks the Linux desktop entry, the AppStream metainfo, the icons, the config module and
the package list of pyproject.toml against each other, without building anything. The
freedesktop validators (``desktop-file-validate``, ``appstreamcli``) run when installed;
in CI they must be (``.ci/run`` installs them), elsewhere the test is skipped without them.
"""

from __future__ import annotations

import os
import re
import shutil
import struct
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from app import __version__, config

REPO = Path(__file__).resolve().parents[2]
LINUX = REPO / "packaging" / "linux"
DESKTOP = LINUX / f"{config.APP_ID}.desktop"
METAINFO = LINUX / f"{config.APP_ID}.metainfo.xml"
ICONS = REPO / "resources" / "icons"
ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
PYPROJECT = tomllib.loads((REPO / "pyproject.toml").read_text("utf-8"))


def console_script() -> str:
    scripts = PYPROJECT["project"]["scripts"]
    names = [name for name, target in scripts.items() if target == "app.__main__:main"]
    assert len(names) == 1, scripts
    return names[0]


def parse_desktop_entry(text: str) -> dict[str, dict[str, str]]:
    """A strict reader of the Desktop Entry format (groups, ``Key=Value``, no duplicates)."""
    groups: dict[str, dict[str, str]] = {}
    current: dict[str, str] | None = None
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            name = line[1:-1]
            assert name not in groups, f"line {number}: group [{name}] twice"
            current = groups.setdefault(name, {})
            continue
        assert current is not None, f"line {number}: entry before the first group"
        key, sep, value = raw.partition("=")
        key = key.strip()
        assert sep and re.fullmatch(r"[A-Za-z0-9-]+(\[[A-Za-z_@.]+\])?", key), \
            f"line {number}: not a Key=Value entry: {raw!r}"
        assert key not in current, f"line {number}: key {key} twice"
        current[key] = value.strip()
    return groups


# -- one application id everywhere -------------------------------------------------------
def test_app_id_is_reverse_dns_of_the_organisation_domain() -> None:
    assert re.fullmatch(r"[a-z][a-z0-9]*(\.[a-z][a-z0-9]*)+\.[A-Za-z][A-Za-z0-9]*",
                        config.APP_ID)
    reversed_domain = ".".join(reversed(config.APP_ORG_DOMAIN.split(".")))
    assert config.APP_ID.startswith(reversed_domain + ".")


def test_desktop_entry_parses_and_uses_the_app_id() -> None:
    groups = parse_desktop_entry(DESKTOP.read_text("utf-8"))
    entry = groups["Desktop Entry"]
    assert entry["Type"] == "Application"
    assert entry["Name"] == config.APP_NAME
    assert entry["Icon"] == config.APP_ID
    assert entry["Exec"].split()[0] == console_script()
    assert entry["TryExec"] == console_script()
    assert entry["Terminal"] == "false"
    # Qt's X11 WM_CLASS class is the application name, which the desk sets to the app id.
    assert entry["StartupWMClass"] == config.APP_ID
    for key in ("Categories", "Keywords"):
        assert entry[key].endswith(";"), f"{key} is a list and must end with ';'"


def test_metainfo_uses_the_app_id_name_and_version() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.tag == "component"
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == config.APP_ID
    assert root.findtext("name") == config.APP_NAME
    launchable = root.find("launchable")
    assert launchable is not None and launchable.get("type") == "desktop-id"
    assert launchable.text == DESKTOP.name
    assert root.findtext("provides/binary") == console_script()
    assert root.findtext("project_license") == PYPROJECT["project"]["license"]
    releases = root.findall("releases/release")
    assert releases, "the metainfo lists no release"
    assert releases[0].get("version") == __version__, (
        "the newest <release> in the metainfo must be the app's version: add one when "
        "bumping app.__version__")


def test_keyring_service_and_data_folder_use_the_app_id(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import inspect

    from app.services.secrets import SecretStore

    default = inspect.signature(SecretStore).parameters["service"].default
    assert default == config.APP_ID
    monkeypatch.delenv(config.DATA_DIR_ENV, raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    config.set_data_dir(None)
    if os.name == "posix" and not hasattr(os, "startfile"):
        assert config.data_dir() == tmp_path / config.APP_ID


def test_console_script_and_version_are_single_sourced() -> None:
    assert PYPROJECT["project"]["dynamic"] == ["version"]
    assert PYPROJECT["tool"]["setuptools"]["dynamic"]["version"] == {"attr": "app.__version__"}
    assert __version__ == config.APP_VERSION
    spec = (REPO / "packaging" / "aifactories-desk.spec").read_text("utf-8")
    assert __version__ not in spec and config.APP_ID not in spec


# -- icons -------------------------------------------------------------------------------
def test_svg_icon_is_one_colour_svg() -> None:
    svg = ICONS / f"{config.APP_ID}.svg"
    root = ET.parse(svg).getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert root.get("viewBox") == "0 0 512 512"
    colours = set(re.findall(r"#[0-9a-fA-F]{3,6}\b", svg.read_text("utf-8")))
    assert len(colours) == 1, f"monochrome-friendly means one colour, found {colours}"


@pytest.mark.parametrize("size", ICON_SIZES)
def test_png_icon_sizes_exist(size: int) -> None:
    png = ICONS / "hicolor" / f"{size}x{size}" / "apps" / f"{config.APP_ID}.png"
    assert png.exists(), "run: python packaging/build_icons.py"
    header = png.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n"
    assert struct.unpack(">II", header[16:24]) == (size, size)


# -- package data ------------------------------------------------------------------------
def _package_dirs(base: Path, prefix: str) -> set[str]:
    """Dotted names of ``base`` and its sub-folders that Python could import as packages."""
    names = {prefix}
    for path in base.rglob("*"):
        if not path.is_dir() or path.name == "__pycache__" or path.name.startswith("."):
            continue
        parts = path.relative_to(base).parts
        if all(part.isidentifier() for part in parts) and any(path.iterdir()):
            names.add(".".join((prefix, *parts)))
    return names


def test_every_package_and_resource_folder_is_listed_in_pyproject() -> None:
    setuptools = PYPROJECT["tool"]["setuptools"]
    assert setuptools["package-dir"] == {"app.resources": "resources"}
    listed = set(setuptools["packages"])
    on_disk = _package_dirs(REPO / "app", "app") | _package_dirs(REPO / "resources",
                                                                   "app.resources")
    missing, stale = sorted(on_disk - listed), sorted(listed - on_disk)
    assert not missing and not stale, (
        f"[tool.setuptools] packages in pyproject.toml: add {missing}, remove {stale} "
        "(otherwise `pip install .` leaves them out or fails)")
    assert setuptools["package-data"]["app.resources"] == ["**/*"]


def test_resources_are_found_in_the_checkout() -> None:
    assert config.resources_dir() == REPO / "resources"


# -- the freedesktop validators ----------------------------------------------------------
def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        if os.environ.get("CI"):
            pytest.fail(f"{name} is missing; .ci/run installs it")
        pytest.skip(f"{name} is not installed (Debian: desktop-file-utils / appstream)")
    return path


def test_desktop_file_validate() -> None:
    result = subprocess.run([_tool("desktop-file-validate"), str(DESKTOP)],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "error" not in result.stdout.lower(), result.stdout


def test_appstreamcli_validate() -> None:
    result = subprocess.run([_tool("appstreamcli"), "validate", "--no-net", str(METAINFO)],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr
