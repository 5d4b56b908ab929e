#!/bin/sh
# Install the AI Factories Desk bundle this script sits in, with its menu entry and icons.
#
#   ./install.sh                      for the current user, below ~/.local
#   sudo ./install.sh --prefix /usr/local   for everyone
#   ./install.sh --uninstall [--prefix DIR]
#
# The bundle is copied to PREFIX/lib/aifactories-desk, the command linked as
# PREFIX/bin/aifactories-desk, and the .desktop file, AppStream metainfo and icons go below
# PREFIX/share as the freedesktop specifications expect.
set -eu

APP_ID=eu.aifactories.Desk
EXE=aifactories-desk
prefix="${HOME}/.local"
action=install

while [ $# -gt 0 ]; do
    case "$1" in
        --prefix) prefix="$2"; shift 2 ;;
        --prefix=*) prefix="${1#--prefix=}"; shift ;;
        --uninstall) action=uninstall; shift ;;
        -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
        *) echo "install.sh: unknown argument: $1" >&2; exit 2 ;;
    esac
done

here="$(cd "$(dirname "$0")" && pwd)"
target="${prefix}/lib/${EXE}"
share="${prefix}/share"
sizes="16 22 24 32 48 64 128 256 512"

refresh_caches() {
    command -v update-desktop-database >/dev/null 2>&1 \
        && update-desktop-database -q "${share}/applications" || true
    command -v gtk-update-icon-cache >/dev/null 2>&1 \
        && gtk-update-icon-cache -q -t "${share}/icons/hicolor" || true
}

if [ "$action" = uninstall ]; then
    rm -rf "${target}"
    rm -f "${prefix}/bin/${EXE}" "${share}/applications/${APP_ID}.desktop" \
          "${share}/metainfo/${APP_ID}.metainfo.xml" \
          "${share}/icons/hicolor/scalable/apps/${APP_ID}.svg"
    for s in $sizes; do rm -f "${share}/icons/hicolor/${s}x${s}/apps/${APP_ID}.png"; done
    refresh_caches
    echo "removed ${EXE} from ${prefix}"
    exit 0
fi

[ -x "${here}/${EXE}" ] || { echo "install.sh: run it from the unpacked bundle" >&2; exit 1; }
mkdir -p "${prefix}/bin" "${share}/applications" "${share}/metainfo"
if [ "${here}" != "${target}" ]; then
    rm -rf "${target}"
    mkdir -p "${target}"
    cp -a "${here}/." "${target}/"
fi
ln -sf "${target}/${EXE}" "${prefix}/bin/${EXE}"
# Menus do not always have PREFIX/bin on their PATH: point Exec/TryExec at the executable.
sed -e "s|^Exec=${EXE}|Exec=${target}/${EXE}|" -e "s|^TryExec=${EXE}|TryExec=${target}/${EXE}|" \
    "${here}/share/applications/${APP_ID}.desktop" > "${share}/applications/${APP_ID}.desktop"
cp "${here}/share/metainfo/${APP_ID}.metainfo.xml" "${share}/metainfo/"
for dir in "${here}"/share/icons/hicolor/*/apps; do
    size="$(basename "$(dirname "$dir")")"
    mkdir -p "${share}/icons/hicolor/${size}/apps"
    cp "$dir"/* "${share}/icons/hicolor/${size}/apps/"
done
refresh_caches
echo "installed ${EXE} in ${target}; command: ${prefix}/bin/${EXE}"
