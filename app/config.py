"""Application identity and the one place that decides where files live.

Everything the desk writes goes below ``data_dir()``; ``--data-dir`` or the
``AIFD_DATA_DIR`` environment variable redirect all of it (tests use a tmp dir). The
"Data directory" preference is kept outside it, in ``location_file()``.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from pathlib import Path

from app import __version__

APP_ID = "eu.aifactories.Desk"
APP_NAME = "AI Factories Desk"
APP_ORG = "AI Factories Desk"
APP_ORG_DOMAIN = "aifactories.eu"
APP_VERSION = __version__
DATA_DIR_ENV = "AIFD_DATA_DIR"

_override: Path | None = None
_location: Path | None = None


def location_file() -> Path:
    """The small settings file that says where the data directory is (a preference)."""
    if _location is not None:
        return _location
    from platformdirs import user_config_dir

    return Path(user_config_dir(APP_ID, appauthor=False)) / "location.ini"


def set_location_file(path: Path | None) -> None:
    """Use another location file (tests); ``None`` restores the default."""
    global _location
    _location = path


def chosen_data_dir() -> str:
    """The data directory chosen in Preferences, or "" (read without Qt)."""
    import configparser

    parser = configparser.ConfigParser(interpolation=None)
    try:
        parser.read(location_file(), encoding="utf-8")
    except (OSError, configparser.Error) as exc:
        # the default folder is used; say why, so a person can fix the file
        logging.getLogger(__name__).warning(
            "the chosen data folder could not be read from %s (%s); using the default",
            location_file(), exc)
        return ""
    return parser.get("preferences", "data_dir", fallback="").strip().strip('"')


def set_data_dir(path: str | os.PathLike[str] | None) -> None:
    """Redirect every file of the desk below ``path`` (``None`` restores the default)."""
    global _override
    _override = Path(path).expanduser().resolve() if path else None


def data_dir() -> Path:
    """Root for the desk's own files: an override, the env variable, or platformdirs."""
    if _override is not None:
        root = _override
    elif os.environ.get(DATA_DIR_ENV):
        root = Path(os.environ[DATA_DIR_ENV]).expanduser().resolve()
    elif chosen_data_dir():
        root = Path(chosen_data_dir()).expanduser().resolve()
    else:
        from platformdirs import user_data_dir

        root = Path(user_data_dir(APP_ID, appauthor=False))
    root.mkdir(parents=True, exist_ok=True)
    return root


@dataclass(frozen=True)
class Paths:
    """The files and folders the desk uses, all derived from ``data_dir()``."""

    root: Path

    @property
    def database(self) -> Path:
        return self.root / "desk.sqlite3"

    @property
    def settings(self) -> Path:
        return self.root / "settings.ini"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    @property
    def cache(self) -> Path:
        return self.root / "cache"

    @property
    def connected_sites(self) -> Path:
        return self.root / "connected-sites.json"

    @property
    def registry_cache(self) -> Path:
        return self.cache / "registry.json"


def paths() -> Paths:
    return Paths(data_dir())


def resources_dir() -> Path:
    """The bundled resources (registry, basemap, themes): beside the package or inside it."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "resources", here.parent / "resources"):
        if (candidate / "federation").is_dir():
            return candidate
    raise FileNotFoundError("bundled resources not found next to the app package")
