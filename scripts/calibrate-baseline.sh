#!/usr/bin/env bash
# The shipped calibration (issue 14): fit the baseline's free parameters jointly to the seed targets of MODEL.md §8
# and the national statistics (scenarios/targets/calibration-targets.csv), with a parametric bootstrap.
#
#   bash scripts/calibrate-baseline.sh [OUT] [extra calibrate options, e.g. --budget 200 --bootstrap 4]
#
# Starts from the shipped defaults. Writes OUT (default output/calibration-baseline): fitted-parameters.csv with the
# identification verdicts, fit.csv, bootstrap.csv, fit-report.html. To ship a new calibration: set the fitted values as
# the defaults in src/Resilience.Model/Parameters.cs (source "calibrated to seed and national targets (date)"), copy
# OUT/bootstrap.csv to scenarios/targets/calibration-bootstrap.csv, and run scripts/readme-tables.sh.
# About 40 minutes on 2 cores with the settings below (12 refits with the fit's budget: the t-based intervals hold their level with few refits).
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-output/calibration-baseline}"
shift || true
free=(
  work.offerRate=0.05:0.5 work.spellPenaltyPerYear=0:0.5 life.exitOtherRate=0.001:0.015 life.exitOtherSpellDecline=0:1
  inflow.monthlyShare=0.006:0.03 life.reentryOtherRate=0.002:0.06 work.jobLossRate=0.002:0.03 work.jobLossOtherIncomeShare=0:0.95
  coach.exemptionGrantRate=0.001:0.8 population.exemption.fragileShare=0:1 work.partTimeOfferShare=0.1:0.9
  work.youngOfferFactor=0.2:3 work.olderOfferFactor=0.02:1.2 work.ageOfferDecline=0:0.1 work.womenOfferFactor=0.2:1.2
  population.household.women=0.3:0.6 population.age.shareUnder27=0.02:0.2 population.age.share27to49=0.2:0.6
)
args=()
for f in "${free[@]}"; do args+=(--free "$f"); done
dotnet run --project src/Resilience.Cli -c Release -- calibrate scenarios/baseline.json \
  --targets scenarios/targets/calibration-targets.csv "${args[@]}" \
  --clients 4000 --replications 2 --budget 500 --bootstrap 12 --seed 20261130 \
  --out "$out" --force "$@"
