#!/usr/bin/env bash
# The README's test command. On a fresh machine it first installs what the tests need and the machine lacks —
# the .NET SDK, Debian's chromium (for the browser tests of the report and the workshop), and a one-node Slurm
# cluster (for the tests of --slurm) — then runs every test.
# Extra arguments go to `dotnet test` (e.g. --filter).
# This is the full tier. The fast tier — model rules, engine determinism, IO; no root, no browser, no Slurm, under two
# minutes — is the tests marked [Trait("Tier", "Fast")], run after every change without this script:
#   dotnet build Simulation.sln -c Release && dotnet test Simulation.sln -c Release --no-build --filter Tier=Fast
set -euo pipefail
cd "$(dirname "$0")/.."

install() {
  if [ "$(id -u)" -eq 0 ]; then apt-get update -qq && apt-get install -y -qq "$@" >/dev/null
  elif command -v sudo >/dev/null 2>&1; then sudo apt-get update -qq && sudo apt-get install -y -qq "$@" >/dev/null
  else echo "error: $* missing and this user cannot install packages; install them with apt-get as root" >&2; exit 1
  fi
}

if ! command -v dotnet >/dev/null 2>&1; then
  echo "test.sh: installing the .NET SDK (Debian package dotnet-sdk-10.0)"
  install dotnet-sdk-10.0
fi
if [ ! -x /usr/bin/chromium ]; then
  echo "test.sh: installing chromium (Debian package) for the browser tests"
  install chromium
fi

# The tests of --slurm submit to a one-node Slurm cluster on this machine: start it for the run (installing
# slurm-wlm and munge when missing) unless one already answers, and stop it again afterwards.
started_slurm=0
if ! sinfo -h >/dev/null 2>&1; then
  if [ "$(id -u)" -eq 0 ]; then
    bash scripts/local-slurm.sh start && started_slurm=1
  else
    echo "test.sh: no Slurm cluster answers and this user cannot start one (needs root): the Slurm tests will fail" >&2
  fi
fi
stop_slurm() { if [ "$started_slurm" -eq 1 ]; then bash scripts/local-slurm.sh stop >/dev/null || true; fi; }
trap stop_slurm EXIT

dotnet build Simulation.sln -c Release
# The test projects run one after the other (-m:1): the workshop's load test checks that the facilitator is answered
# within a second under attack, which the other test project, simulating on every core at the same time, would distort.
dotnet test Simulation.sln -c Release --no-build -m:1 "$@"
