#!/usr/bin/env bash
# A one-node Slurm cluster on this machine, for the tests of `--slurm` (README "Running on a Slurm cluster").
#   scripts/local-slurm.sh start   install Debian's slurm-wlm and munge if missing, write a single-node configuration
#                                  for this machine, start munged, slurmctld and slurmd (no systemd), wait until the
#                                  node is idle
#   scripts/local-slurm.sh stop    stop the daemons again
#   scripts/local-slurm.sh status  print whether the cluster answers
# Needs root (as on the project machines and CI). State lives under /var/lib/resilience-slurm.
set -euo pipefail

state=/var/lib/resilience-slurm
conf=/etc/slurm/slurm.conf

install_if_missing() {
  if ! command -v slurmctld >/dev/null 2>&1 || ! command -v munged >/dev/null 2>&1; then
    echo "local-slurm: installing slurm-wlm and munge (Debian packages)"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq slurm-wlm munge >/dev/null
  fi
}

write_config() {
  local host cpus mem
  host=$(hostname -s)
  cpus=$(nproc)
  mem=$(awk '/MemTotal/ {print int($2 / 1024 * 0.9)}' /proc/meminfo)
  mkdir -p /etc/slurm "$state/ctld" "$state/d" "$state/log" /run/munge /var/lib/munge /var/log/munge
  cat > "$conf" <<CONF
# Written by scripts/local-slurm.sh: one node, this machine, for tests.
ClusterName=resilience-local
SlurmctldHost=$host
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
StateSaveLocation=$state/ctld
SlurmdSpoolDir=$state/d
SlurmctldPidFile=$state/slurmctld.pid
SlurmdPidFile=$state/slurmd.pid
SlurmctldLogFile=$state/log/slurmctld.log
SlurmdLogFile=$state/log/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SchedulerType=sched/backfill
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
ReturnToService=2
MinJobAge=3600
MaxArraySize=100001
MpiDefault=none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
NodeName=$host CPUs=$cpus RealMemory=$mem State=UNKNOWN
PartitionName=local Nodes=$host Default=YES MaxTime=INFINITE State=UP
CONF
  echo "# written by scripts/local-slurm.sh" > /etc/slurm/cgroup.conf
}

start() {
  install_if_missing
  write_config
  if [ ! -s /etc/munge/munge.key ]; then
    dd if=/dev/urandom bs=1 count=1024 of=/etc/munge/munge.key status=none
  fi
  chown -R munge:munge /etc/munge /var/lib/munge /var/log/munge /run/munge 2>/dev/null || true
  chmod 0700 /etc/munge; chmod 0400 /etc/munge/munge.key
  pgrep -x munged >/dev/null || runuser -u munge -- /usr/sbin/munged
  pgrep -x slurmctld >/dev/null || /usr/sbin/slurmctld
  pgrep -x slurmd >/dev/null || /usr/sbin/slurmd
  local host; host=$(hostname -s)
  for _ in $(seq 1 60); do
    if sinfo -h -n "$host" -o '%t' 2>/dev/null | grep -qE '^idle'; then echo "local-slurm: node $host idle"; return 0; fi
    scontrol update nodename="$host" state=resume >/dev/null 2>&1 || true
    sleep 1
  done
  echo "local-slurm: the node did not become idle within 60 s; logs in $state/log" >&2
  sinfo >&2 || true
  return 1
}

stop() {
  for daemon in slurmd slurmctld munged; do pkill -x "$daemon" 2>/dev/null || true; done
  for _ in $(seq 1 20); do
    pgrep -x slurmd >/dev/null || pgrep -x slurmctld >/dev/null || pgrep -x munged >/dev/null || { echo "local-slurm: stopped"; return 0; }
    sleep 0.5
  done
  echo "local-slurm: daemons still running after 10 s" >&2
  return 1
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) sinfo && squeue ;;
  *) echo "usage: $0 start|stop|status" >&2; exit 2 ;;
esac
