#!/usr/bin/env bash
# up.sh host|trixie — bring up (or reuse) a private Slurm cluster with fake GPUs and a real
# slurmrestd (JWT) on 127.0.0.1, create the test scenario, write <state>/cluster.env.
# Idempotent. Needs root. See README.md next to this file.
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

[[ $# -eq 1 ]] || { echo "usage: $0 host|trixie" >&2; exit 2; }
flavour_setup "$1"
[[ $(id -u) -eq 0 ]] || die "must run as root (slurmd launches jobs as another user)"
T0=$(now)
STARTED=0

on_exit() {
  local rc=$?
  ((rc == 0)) && return 0
  set +e
  log "up.sh failed (exit $rc); last fatal/error lines of the daemon logs:"
  print_daemon_errors
  if ((STARTED)) && [[ ${SLURM_CI_KEEP_ON_FAIL:-0} != 1 ]]; then
    log "stopping what this run started (SLURM_CI_KEEP_ON_FAIL=1 keeps it)"
    stop_cluster
  fi
}
trap on_exit EXIT

mkdir -p "$S"
chmod 0755 "$STATE_ROOT" "$S"
exec 9>"$STATE_ROOT/.$FLAVOUR.lock"
flock -w 900 9 || die "another up.sh/down.sh $FLAVOUR holds the lock"

# ---------------------------------------------------------------- software and users
if [[ $FLAVOUR == host ]]; then
  apt_install "${SLURM_PKGS[@]}"
else
  ensure_chroot
  chroot_mount
fi
ensure_users

# ---------------------------------------------------------------- reuse or start
healthy() {
  [[ -s $PIDS ]] && daemons_named_right || return 1
  [[ $(wc -l <"$PIDS") -eq $((3 + ${#NODES[@]})) ]] || return 1
  configs_current || { log "configuration changed since start"; return 1; }
  ctld_up || return 1
  TOKEN=$(mint_token 2>/dev/null) || return 1
  rest_answers
}

fresh_start() {
  if [[ -s $PIDS ]]; then log "recorded daemons are not healthy; restarting"; fi
  stop_cluster
  chroot_mount
  ports_free || die "a port of the $FLAVOUR cluster is taken (another cluster or a stale daemon)"
  STARTED=1
  rm -rf "$S/spool" "$S/log" "$S/run" "$S/work" "$S/dev"
  mkdir -p "$S"/{etc,spool/ctld,log,run,munge,dev}
  local n
  for n in "${NODES[@]}"; do mkdir -p "$S/spool/slurmd-$n"; done
  mkdir -p "$S/work" && chmod 1777 "$S/work"
  chmod 0755 "$S/munge"   # munged wants x for all on the socket dir
  # keys survive restarts (tokens minted earlier stay valid)
  [[ -s $S/etc/munge.key ]] || head -c 1024 /dev/urandom >"$S/etc/munge.key"
  [[ -s $S/etc/jwt_hs256.key ]] || head -c 32 /dev/urandom >"$S/etc/jwt_hs256.key"
  chmod 0600 "$S/etc/munge.key" "$S/etc/jwt_hs256.key"
  render_configs "$S/etc"
  local i
  for ((i = 0; i < FAKE_GPUS; i++)); do mknod -m 0666 "$S/dev/nvidia$i" c 195 "$i"; done

  log "starting munged, slurmctld, ${#NODES[@]} slurmd, slurmrestd"
  start_daemon munged munged munged -F --socket="$S/munge/munge.socket" \
    --pid-file="$S/run/munged.pid" --log-file="$S/log/munged.log" \
    --seed-file="$S/munge/munged.seed" --key-file="$S/etc/munge.key"
  wait_for "munged socket" 15 test -S "$S/munge/munge.socket"
  start_daemon slurmctld slurmctld slurmctld -D -f "$CONF"
  wait_for "slurmctld to answer" 60 ctld_up
  for n in "${NODES[@]}"; do start_daemon "slurmd-$n" slurmd slurmd -D -N "$n" -f "$CONF"; done
  wait_for "all slurmd to register" 60 nodes_registered
  TOKEN=$(mint_token) || die "scontrol token failed"
  start_daemon slurmrestd slurmrestd env SLURM_JWT=daemon slurmrestd -f "$CONF" \
    -a rest_auth/jwt -s "$OPENAPI_PLUGINS" -u "$REST_USER" "127.0.0.1:$REST_PORT"
  wait_for "slurmrestd to answer on 127.0.0.1:$REST_PORT" 60 rest_answers
  daemons_named_right || die "a recorded PID does not run the expected program"
}

nodes_registered() { # every node registered: none unknown / down / not responding
  local states
  states=$(rootcmd sinfo -h -N -o '%N %T' 2>/dev/null) || return 1
  [[ -n $states ]] && ! grep -qE 'unk|down|fail|\*|not_resp|boot' <<<"$states"
}

if healthy; then
  log "reusing the running $FLAVOUR cluster"
else
  fresh_start
fi
VERSIONS=$(served_versions)
[[ -n $VERSIONS ]] || die "/openapi/v3 lists no /slurm/ API version"
NEWEST=${VERSIONS##* }
http_get "/slurm/$NEWEST/ping" "$TOKEN" && [[ $HTTP_STATUS == 200 ]] \
  || die "GET /slurm/$NEWEST/ping -> HTTP $HTTP_STATUS"

# ---------------------------------------------------------------- scenario
scenario() {
  cancel_all_jobs
  local n st
  # every node back in service except the one drained on purpose
  while read -r n st; do
    [[ $n == "$DRAINED_NODE" ]] && continue
    if [[ $st =~ drain|down|fail ]]; then
      log "resuming $n ($st)"
      rootcmd scontrol update nodename="$n" state=resume
    fi
  done < <(rootcmd sinfo -h -N -o '%N %T' | sort -u)
  rootcmd scontrol update nodename="$DRAINED_NODE" state=drain reason="$DRAIN_REASON"

  sb() {
    local id
    id=$(as_ci sbatch --parsable -D "$S/work" -o "$S/work/%x-%j.out" "$@") || return 1
    echo "${id%%;*}"
  }
  JOB_GPU=$(sb -J aifd-gpu-train -p gpu --gres=gpu:h100:2 -c 2 -t 30 --wrap 'sleep 3600')
  JOB_HELD=$(sb -J aifd-held-a100 -p gpu-short --gres=gpu:a100:1 -t 60 --hold --wrap 'sleep 600')
  JOB_CPU=$(sb -J aifd-cpu-prep -p cpu -n 2 -t 30 --wrap 'sleep 3600')
  jobs_as_expected() {
    local s
    s=$(rootcmd squeue -h -j "$JOB_GPU,$JOB_HELD,$JOB_CPU" -o '%i %T' | sort | tr '\n' ' ')
    [[ $s == *"$JOB_GPU RUNNING"* && $s == *"$JOB_CPU RUNNING"* && $s == *"$JOB_HELD PENDING"* ]]
  }
  wait_for "scenario jobs $JOB_GPU/$JOB_CPU RUNNING, $JOB_HELD PENDING" 60 jobs_as_expected
}
scenario

# ---------------------------------------------------------------- env file
TOKEN=$(mint_token) || die "scontrol token failed"
SLURM_VERSION=$(rootcmd sinfo --version | awk '{ print $2 }')
{
  echo "# written by up.sh $FLAVOUR; shell-sourceable (set -a; . this-file)"
  printf "%s='%s'\n" \
    SLURM_CI_FLAVOUR "$FLAVOUR" \
    SLURM_CI_URL "http://127.0.0.1:$REST_PORT" \
    SLURM_CI_VERSIONS "$VERSIONS" \
    SLURM_CI_USER "$CI_USER" \
    SLURM_CI_TOKEN "$TOKEN" \
    SLURM_CI_JWT_KEY "$S/etc/jwt_hs256.key" \
    SLURM_CI_CONF "$CONF" \
    SLURM_CI_CHROOT "$CH" \
    SLURM_CI_STATE_DIR "$S" \
    SLURM_CI_CLUSTER "$CLUSTER" \
    SLURM_CI_SLURM_VERSION "$SLURM_VERSION" \
    SLURM_CI_DRAINED_NODE "$DRAINED_NODE" \
    SLURM_CI_JOB_GPU_RUNNING "$JOB_GPU" \
    SLURM_CI_JOB_HELD "$JOB_HELD" \
    SLURM_CI_JOB_CPU_RUNNING "$JOB_CPU"
} >"$ENV_FILE.tmp"
chmod 0644 "$ENV_FILE.tmp"
mv "$ENV_FILE.tmp" "$ENV_FILE"
log "ready in $(since "$T0") s: Slurm $SLURM_VERSION, REST http://127.0.0.1:$REST_PORT ($VERSIONS)"
echo "$ENV_FILE"
