# shellcheck shell=bash
# Shared functions of up.sh / down.sh: a private single-host Slurm cluster with fake GPUs and
# a real slurmrestd (JWT, TCP on 127.0.0.1), flavour "host" (the distribution's Slurm) or
# "trixie" (Slurm from a Debian 13 chroot). Sourced, never run. Needs root.

unset SLURM_JWT   # a JWT in the environment changes the CLI's identity ("Invalid user id")

SLURM_CI_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
STD_PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
NODES=(g1 g2 a1 a2 c1 c2)
DRAINED_NODE=a2
DRAIN_REASON="aifd-ci: fan failure"
CI_USER=slurmci          # owns the jobs
REST_USER=slurmrestd     # slurmrestd refuses root and SlurmUser
TOKEN_LIFESPAN=86400
FAKE_GPUS=8              # /dev/nvidia0..7 (h100 nodes use 0-3, a100 nodes 0-7)
# Everything the cluster needs from the distribution (same names on Debian 12 and 13).
SLURM_PKGS=(slurmctld slurmd slurmrestd slurm-client munge slurm-wlm-jwt-plugin)
APT=(apt-get -o DPkg::Lock::Timeout=300 -o Dpkg::Use-Pty=0)

log() { printf '[slurm-ci %s] %s\n' "${FLAVOUR:-?}" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }
now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }

# flavour_setup host|trixie: sets every per-flavour variable.
flavour_setup() {
  FLAVOUR=${1:-}
  STATE_ROOT=${SLURM_CI_STATE:-/tmp/aifd-slurm}
  case $FLAVOUR in
    host)
      CH=""
      REST_PORT=6820 CTLD_PORT=6817 SLURMD_PORT0=6901 CLUSTER=aifdhost
      # 22.05 would also load the slurmdbd plugins and die without slurmdbd
      OPENAPI_PLUGINS=openapi/v0.0.36,openapi/v0.0.37,openapi/v0.0.38 ;;
    trixie)
      CH=${SLURM_CI_CHROOT:-/var/cache/aifd-slurm/trixie}
      CH=${CH%/}
      REST_PORT=6830 CTLD_PORT=6827 SLURMD_PORT0=6911 CLUSTER=aifdtrixie
      OPENAPI_PLUGINS=openapi/slurmctld ;;
    *) echo "usage: $(basename "$0") host|trixie" >&2; exit 2 ;;
  esac
  S=$STATE_ROOT/$FLAVOUR
  CONF=$S/etc/slurm.conf
  PIDS=$S/run/pids
  MOUNTS=$S/mounts
  ENV_FILE=$S/cluster.env
  HOST_SHORT=$(hostname -s)
  root_prefix
}

# ---------------------------------------------------------------- running things in the root

# rootcmd CMD...: run a command with the cluster's SLURM_CONF, inside the chroot for trixie.
# ROOT is the same prefix as an array, for use behind `timeout`.
root_prefix() {
  if [[ -n $CH ]]; then
    ROOT=(chroot "$CH" /usr/bin/env -i PATH="$STD_PATH" HOME=/root LANG=C.UTF-8 SLURM_CONF="$CONF")
  else
    ROOT=(env -u SLURM_JWT PATH="$STD_PATH:$PATH" SLURM_CONF="$CONF")
  fi
}
rootcmd() { "${ROOT[@]}" "$@"; }

# as_ci CMD...: run a Slurm command as the job user (environment carries the cleanup marker).
as_ci() { rootcmd runuser -u "$CI_USER" -- env AIFD_SLURM_CI="$S" "$@"; }

# ---------------------------------------------------------------- packages, chroot, users

pkgs_missing() { # pkgs_missing [--root DIR] PKG...: print the packages not installed
  local root=()
  if [[ $1 == --root ]]; then root=(chroot "$2"); shift 2; fi
  local p
  for p in "$@"; do
    [[ $("${root[@]}" dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null) == installed ]] \
      || echo "$p"
  done
}

# apt_install [--root DIR] PKG...: install what is missing; `apt-get update` only if needed.
apt_install() {
  local root=()
  if [[ $1 == --root ]]; then root=(chroot "$2" /usr/bin/env -i PATH="$STD_PATH" LANG=C.UTF-8); shift 2; fi
  local missing
  mapfile -t missing < <(pkgs_missing ${root[1]:+--root "${root[1]}"} "$@")
  ((${#missing[@]})) || return 0
  local t0 p need_update=0
  t0=$(now)
  for p in "${missing[@]}"; do
    "${root[@]}" apt-cache show "$p" >/dev/null 2>&1 || need_update=1
  done
  if ((need_update)); then
    log "apt-get update${root[1]:+ (in ${root[1]})}"
    "${root[@]}" env DEBIAN_FRONTEND=noninteractive "${APT[@]}" update -qq
  fi
  log "installing ${missing[*]}${root[1]:+ (in ${root[1]})}"
  local aptlog=$STATE_ROOT/apt-$FLAVOUR.log
  apt_get_install() {
    "${root[@]}" env DEBIAN_FRONTEND=noninteractive "${APT[@]}" install -y -qq \
      --no-install-recommends "${missing[@]}" >"$aptlog" 2>&1
  }
  if ! apt_get_install; then
    if ((!need_update)); then   # stale package lists (404): refresh once and retry
      log "apt-get install failed; apt-get update and retry"
      "${root[@]}" env DEBIAN_FRONTEND=noninteractive "${APT[@]}" update -qq
    fi
    if ((need_update)) || ! apt_get_install; then
      tail -n 20 "$aptlog" >&2
      die "apt-get install failed (log: $aptlog)"
    fi
  fi
  log "packages installed in $(since "$t0") s"
}

# debian_mirror: the Debian mirror the host's apt already uses (SLURM_CI_MIRROR overrides).
debian_mirror() {
  if [[ -n ${SLURM_CI_MIRROR:-} ]]; then echo "$SLURM_CI_MIRROR"; return; fi
  local codename uri
  codename=$(. /etc/os-release && echo "${VERSION_CODENAME:-}")
  uri=$(apt-get indextargets --format '$(REPO_URI) $(RELEASE)' 2>/dev/null \
        | awk -v c="$codename" '$2 == c { print $1; exit }')
  if [[ -z $uri ]]; then   # fall back to the sources files (one-line and deb822 formats)
    uri=$(cat /etc/apt/sources.list /etc/apt/sources.list.d/*.list /etc/apt/sources.list.d/*.sources \
            2>/dev/null | grep -v '^\s*#' \
          | grep -oE '(https?|file)://[^ ]*/debian/?' | grep -v security | head -n1)
  fi
  [[ -n $uri ]] || die "cannot find a Debian mirror in the apt sources (set SLURM_CI_MIRROR)"
  echo "${uri%/}"
}

# ensure_chroot: a cached Debian 13 minbase chroot with Slurm 24.11 installed.
ensure_chroot() {
  if [[ ! -f $CH/.aifd-debootstrap-ok ]]; then
    apt_install debootstrap
    local mirror t0
    mirror=$(debian_mirror)
    t0=$(now)
    unmount_all "$CH.partial"
    rm -rf --one-file-system "$CH.partial"
    if [[ -e $CH ]]; then unmount_all "$CH"; rm -rf --one-file-system "$CH"; fi
    mkdir -p "$(dirname "$CH")"
    log "debootstrap --variant=minbase trixie from $mirror (takes about a minute)"
    proxy_setup
    if ! debootstrap --variant=minbase trixie "$CH.partial" "$mirror" >"$STATE_ROOT/debootstrap-$FLAVOUR.log" 2>&1; then
      tail -n 20 "$STATE_ROOT/debootstrap-$FLAVOUR.log" >&2
      unmount_all "$CH.partial"
      die "debootstrap failed (log: $STATE_ROOT/debootstrap-$FLAVOUR.log)"
    fi
    unmount_all "$CH.partial"
    # no init system: package scripts must not try to start services
    printf '#!/bin/sh\nexit 101\n' >"$CH.partial/usr/sbin/policy-rc.d"
    chmod 0755 "$CH.partial/usr/sbin/policy-rc.d"
    [[ -n ${CHROOT_APT_CONF:-} ]] && printf '%s\n' "$CHROOT_APT_CONF" >"$CH.partial/etc/apt/apt.conf.d/90aifd-host"
    touch "$CH.partial/.aifd-debootstrap-ok"
    mv "$CH.partial" "$CH"
    log "debootstrap done in $(since "$t0") s"
  fi
  # munged resolves the host name for its origin address: give the chroot the host's hosts file
  cmp -s /etc/hosts "$CH/etc/hosts" || cp /etc/hosts "$CH/etc/hosts"
  if [[ -n $(pkgs_missing --root "$CH" "${SLURM_PKGS[@]}") ]]; then
    cp -L /etc/resolv.conf "$CH/etc/resolv.conf" 2>/dev/null || true
    chroot_mount   # package scripts want /proc and /dev
    apt_install --root "$CH" "${SLURM_PKGS[@]}"
    chroot "$CH" apt-get clean
  fi
}

# proxy_setup: carry the host's apt proxy / validity settings over to debootstrap and the chroot.
proxy_setup() {
  local HP="" HSP="" CVU=""
  eval "$(apt-config shell HP Acquire::http::Proxy HSP Acquire::https::Proxy CVU Acquire::Check-Valid-Until)"
  CHROOT_APT_CONF=""
  if [[ -n $HP ]]; then export http_proxy=$HP; CHROOT_APT_CONF+="Acquire::http::Proxy \"$HP\";"$'\n'; fi
  if [[ -n $HSP ]]; then export https_proxy=$HSP; CHROOT_APT_CONF+="Acquire::https::Proxy \"$HSP\";"$'\n'; fi
  if [[ $CVU == false ]]; then CHROOT_APT_CONF+='Acquire::Check-Valid-Until "false";'$'\n'; fi
}

ensure_users() {
  if ! id -u "$REST_USER" >/dev/null 2>&1; then
    useradd --system --user-group --no-create-home --home-dir /nonexistent \
      --shell /usr/sbin/nologin "$REST_USER"
  fi
  if ! id -u "$CI_USER" >/dev/null 2>&1; then
    useradd --user-group --create-home --shell /bin/bash "$CI_USER"
  fi
  [[ -n $CH ]] || return 0
  local u uid gid args
  for u in "$REST_USER" "$CI_USER"; do   # same name (and uid if free) inside the chroot
    chroot "$CH" getent passwd "$u" >/dev/null && continue
    uid=$(id -u "$u") gid=$(id -g "$u") args=(-s /bin/bash)
    [[ $u == "$REST_USER" ]] && args=(-r -s /usr/sbin/nologin)
    if ! chroot "$CH" getent group "$u" >/dev/null; then
      chroot "$CH" getent group "$gid" >/dev/null && chroot "$CH" groupadd "$u" \
        || chroot "$CH" groupadd -g "$gid" "$u"
    fi
    chroot "$CH" getent passwd "$uid" >/dev/null || args+=(-u "$uid")
    chroot "$CH" useradd "${args[@]}" -g "$u" -N -M -d /nonexistent "$u"
  done
}

# ---------------------------------------------------------------- mounts (trixie only)

is_mounted() { awk -v p="$1" '$2 == p { f = 1 } END { exit !f }' /proc/self/mounts; }

chroot_mount() {
  [[ -n $CH ]] || return 0
  mkdir -p "$CH/proc" "$CH/dev" "$CH$S" "$S"
  local m
  for m in "$CH/proc" "$CH/dev" "$CH$S"; do
    is_mounted "$m" && continue
    case $m in
      "$CH/proc") mount -t proc proc "$m" ;;
      "$CH/dev") mount --bind /dev "$m" ;;
      *) mount --bind "$S" "$m" ;;
    esac
    echo "$m" >>"$MOUNTS"
  done
}

# unmount_all DIR: unmount everything below DIR (deepest first).
unmount_all() {
  local d=$1 m
  [[ -n $d && -d $d ]] || return 0
  while read -r m; do
    umount "$m" 2>/dev/null || umount -l "$m" || log "cannot unmount $m"
  done < <(awk -v d="$d/" 'index($2, d) == 1 { print $2 }' /proc/self/mounts | sort -r)
}

# chroot_unmount: undo what chroot_mount (of this flavour) mounted.
chroot_unmount() {
  [[ -n $CH ]] || return 0
  local m
  for m in "$CH$S" "$CH/dev" "$CH/proc"; do
    is_mounted "$m" || continue
    umount "$m" 2>/dev/null || umount -l "$m" || log "cannot unmount $m"
  done
  rm -f "$MOUNTS"
}

# ---------------------------------------------------------------- processes

# pid_state PID: the one-letter state from /proc/PID/stat, empty if gone.
pid_state() { [[ -r /proc/$1/stat ]] && sed 's/.*) //' "/proc/$1/stat" 2>/dev/null | cut -d' ' -f1; }

# pid_alive PID [COMM]: running (zombies count as dead) and, if given, named COMM.
pid_alive() {
  local st
  st=$(pid_state "$1") || return 1
  [[ -n $st && $st != Z && $st != X ]] || return 1
  [[ -z ${2:-} ]] || [[ $(cat "/proc/$1/comm" 2>/dev/null) == "$2" ]]
}

# start_daemon NAME COMM CMD...: start in its own session, record "NAME PID COMM".
start_daemon() {
  local name=$1 comm=$2; shift 2
  local out=$S/log/$name.stdout
  if [[ -n $CH ]]; then
    setsid chroot "$CH" /usr/bin/env -i PATH="$STD_PATH" LANG=C.UTF-8 SLURM_CONF="$CONF" \
      AIFD_SLURM_CI="$S" "$@" </dev/null >>"$out" 2>&1 9>&- &
  else
    setsid env -u SLURM_JWT SLURM_CONF="$CONF" AIFD_SLURM_CI="$S" "$@" \
      </dev/null >>"$out" 2>&1 9>&- &
  fi
  echo "$name $! $comm" >>"$PIDS"
}

# daemons_alive: every recorded daemon still runs (comm is checked once it has exec'd).
daemons_alive() {
  [[ -s $PIDS ]] || return 1
  local name pid comm
  while read -r name pid comm; do
    if ! pid_alive "$pid"; then DEAD_DAEMON=$name; return 1; fi
  done <"$PIDS"
}

daemons_named_right() {
  local name pid comm
  while read -r name pid comm; do pid_alive "$pid" "$comm" || return 1; done <"$PIDS"
}

# wait_for DESC TIMEOUT_S CMD...: poll CMD; fail fast when a recorded daemon dies.
wait_for() {
  local desc=$1 timeout=$2; shift 2
  local t0; t0=$(now)
  while true; do
    "$@" && return 0
    if ! daemons_alive; then die "$DEAD_DAEMON died while waiting for $desc"; fi
    if awk -v a="$t0" -v b="$(now)" -v t="$timeout" 'BEGIN { exit !(b - a > t) }'; then
      die "timed out after ${timeout}s waiting for $desc"
    fi
    sleep 0.2
  done
}

# stop_pid PID COMM [GRACE_S]: TERM, wait up to GRACE_S (10) s, KILL; only if it still is COMM.
stop_pid() {
  local pid=$1 comm=$2 grace=${3:-10} i
  pid_alive "$pid" "$comm" || return 0
  kill -TERM "$pid" 2>/dev/null || return 0
  for ((i = 0; i < grace * 10; i++)); do pid_alive "$pid" "$comm" || return 0; sleep 0.1; done
  log "$comm ($pid) ignored TERM, sending KILL"
  kill -KILL "$pid" 2>/dev/null || true
  for ((i = 0; i < 30; i++)); do pid_alive "$pid" "$comm" || return 0; sleep 0.1; done
  log "$comm ($pid) still alive after KILL"
}

# stop_recorded: stop exactly the recorded daemons, newest first.
stop_recorded() {
  [[ -f $PIDS ]] || return 0
  local name pid comm
  while read -r name pid comm; do
    [[ -n $pid ]] && stop_pid "$pid" "$comm"
  done < <(tac "$PIDS")
  rm -f "$PIDS"
}

# sweep_marked: processes our daemons spawned (slurmstepd, the scenario's job steps) carry
# AIFD_SLURM_CI=<state dir> in their environment; stop any that outlived their slurmd.
sweep_marked() {
  local f pid comm
  for f in /proc/[0-9]*/environ; do
    pid=${f#/proc/}; pid=${pid%/environ}
    [[ $pid == "$$" ]] && continue
    grep -qzx "AIFD_SLURM_CI=$S" "$f" 2>/dev/null || continue
    comm=$(cat "/proc/$pid/comm" 2>/dev/null) || continue
    pid_alive "$pid" "$comm" || continue
    log "stopping leftover $comm ($pid)"
    stop_pid "$pid" "$comm" 1   # slurmstepd ignores TERM
  done
}

ctld_up() { timeout 30 "${ROOT[@]}" scontrol ping 2>/dev/null | grep -q 'is UP'; }

# cancel_all_jobs: cancel every job and wait until none is pending/running/completing.
cancel_all_jobs() {
  local ids
  ids=$(timeout 20 "${ROOT[@]}" squeue -h -o %A 2>/dev/null | tr '\n' ' ') || return 0
  [[ -n ${ids// /} ]] || return 0
  log "cancelling jobs: $ids"
  # shellcheck disable=SC2086
  timeout 20 "${ROOT[@]}" scancel $ids 2>/dev/null || true
  local i
  for ((i = 0; i < 150; i++)); do
    [[ -z $(timeout 20 "${ROOT[@]}" squeue -h -o %A 2>/dev/null) ]] && return 0
    sleep 0.2
  done
  log "jobs still listed after 30 s: $(rootcmd squeue -h -o '%A %T' 2>/dev/null | tr '\n' ' ')"
}

# stop_cluster: cancel jobs (if slurmctld answers), stop recorded daemons, unmount.
stop_cluster() {
  if [[ -f $PIDS ]] && ctld_up; then cancel_all_jobs; fi
  stop_recorded
  sweep_marked
  chroot_unmount
  rm -f "$ENV_FILE"
}

# print_daemon_errors: the last fatal/error lines of every daemon log.
print_daemon_errors() {
  local f lines
  for f in "$S"/log/*; do
    [[ -s $f ]] || continue
    lines=$(grep -iE 'fatal|error' "$f" \
      | grep -viE 'pmix|Could not open .* state file|Trying backup state' | tail -n 8)
    [[ -n $lines ]] || lines=$(tail -n 3 "$f")
    printf '%s\n' "--- $f" "$lines" >&2
  done
}

# ---------------------------------------------------------------- configuration

# render_configs DIR: slurm.conf, gres.conf (and cgroup.conf for trixie) from the templates.
render_configs() {
  local dir=$1 t ports=() i
  mkdir -p "$dir"
  for ((i = 0; i < ${#NODES[@]}; i++)); do ports+=(-e "s|@PORT_${NODES[i]^^}@|$((SLURMD_PORT0 + i))|g"); done
  local files=(slurm.conf gres.conf)
  [[ $FLAVOUR == trixie ]] && files+=(cgroup.conf)
  for t in "${files[@]}"; do
    sed -e "s|@STATE@|$S|g" -e "s|@CLUSTER@|$CLUSTER|g" -e "s|@HOST@|$HOST_SHORT|g" \
        -e "s|@CTLD_PORT@|$CTLD_PORT|g" "${ports[@]}" "$SLURM_CI_DIR/templates/$t.in" >"$dir/$t"
    chmod 0644 "$dir/$t"
  done
}

configs_current() { # the running cluster was started from the current templates
  local tmp; tmp=$(mktemp -d)
  render_configs "$tmp"
  local f ok=0
  for f in "$tmp"/*; do cmp -s "$f" "$S/etc/$(basename "$f")" || ok=1; done
  rm -rf "$tmp"
  return $ok
}

# ports_free: nothing listens on our TCP ports yet (reads /proc/net/tcp*, no extra tools).
ports_free() {
  local p busy=() want=("$REST_PORT" "$CTLD_PORT")
  for ((p = 0; p < ${#NODES[@]}; p++)); do want+=($((SLURMD_PORT0 + p))); done
  local listening="" hex
  while read -r hex; do listening+="$((16#$hex))"$'\n'; done < <(
    awk 'NR > 1 && $4 == "0A" { n = split($2, a, ":"); print a[n] }' /proc/net/tcp /proc/net/tcp6 2>/dev/null)
  for p in "${want[@]}"; do grep -qx "$p" <<<"$listening" && busy+=("$p"); done
  ((${#busy[@]} == 0)) || { log "ports already in use: ${busy[*]}"; return 1; }
}

# ---------------------------------------------------------------- REST

# http_get PATH [TOKEN]: sets HTTP_STATUS and HTTP_BODY (bash /dev/tcp, no curl needed).
http_get() {
  local path=$1 token=${2:-} fd resp
  HTTP_STATUS=000 HTTP_BODY=""
  exec {fd}<>"/dev/tcp/127.0.0.1/$REST_PORT" || return 1
  {
    printf 'GET %s HTTP/1.1\r\nHost: 127.0.0.1:%s\r\nAccept: application/json\r\nConnection: close\r\n' \
      "$path" "$REST_PORT"
    [[ -z $token ]] || printf 'X-SLURM-USER-NAME: %s\r\nX-SLURM-USER-TOKEN: %s\r\n' "$CI_USER" "$token"
    printf '\r\n'
  } >&"$fd"
  resp=$(timeout 15 cat <&"$fd") || true
  exec {fd}>&-
  HTTP_STATUS=$(head -n1 <<<"$resp" | awk '{ print $2 }')
  HTTP_BODY=${resp#*$'\r\n\r\n'}
  [[ -n $HTTP_STATUS ]]
}

rest_answers() { http_get /openapi/v3 "$TOKEN" 2>/dev/null && [[ $HTTP_STATUS == 200 ]]; }

# served_versions: API versions listed by /openapi/v3 (needs a successful rest_answers).
served_versions() {
  grep -oE '/slurm(\\)?/v0\.0\.[0-9]+' <<<"$HTTP_BODY" | grep -oE 'v0\.0\.[0-9]+' | sort -uV \
    | tr '\n' ' ' | sed 's/ $//' || true
}

mint_token() { # via slurmctld (root only)
  local out
  out=$(rootcmd scontrol token username="$CI_USER" lifespan="$TOKEN_LIFESPAN") || return 1
  out=${out#SLURM_JWT=}
  [[ -n $out ]] && echo "$out"
}
