#!/usr/bin/env bash
# down.sh host|trixie [--purge-chroot] — cancel the jobs, stop exactly the daemons up.sh
# recorded, unmount what it mounted in the chroot. Safe to run twice. Needs root.
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

usage() { echo "usage: $0 host|trixie [--purge-chroot]" >&2; exit 2; }
[[ $# -ge 1 && $# -le 2 ]] || usage
PURGE=0
if [[ $# -eq 2 ]]; then [[ $2 == --purge-chroot ]] || usage; PURGE=1; fi
flavour_setup "$1"
[[ $(id -u) -eq 0 ]] || die "must run as root"
T0=$(now)

if [[ -d $S ]]; then
  exec 9>"$STATE_ROOT/.$FLAVOUR.lock"
  flock -w 900 9 || die "another up.sh/down.sh $FLAVOUR holds the lock"
  if [[ -s $PIDS ]]; then log "stopping the $FLAVOUR cluster"; fi
  stop_cluster
fi

if ((PURGE)) && [[ -n $CH ]]; then
  for c in "$CH" "$CH.partial"; do
    [[ -e $c ]] || continue
    # refuse while any process still has its root inside the chroot
    for r in /proc/[0-9]*/root; do
      t=$(readlink "$r" 2>/dev/null) || continue
      [[ $t == "$c" || $t == "$c"/* ]] && die "process ${r//[!0-9]/} still runs in $c; not purging"
    done
    unmount_all "$c"
    is_mounted "$c" && die "$c is a mount point; not purging"
    log "removing $c"
    rm -rf --one-file-system "$c"
  done
fi
log "down in $(since "$T0") s"
