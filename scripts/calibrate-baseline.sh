#!/usr/bin/env bash
# The shipped calibration (issues 14 and 23): the stages of docs/calibration/protocol.json (free parameters and their
# bounds, starting rule, scale, budget, bootstrap refits, seed), run by `calibrate --protocol`:
#   1. joint: the baseline's 18 free parameters fitted to the seed targets of MODEL.md §8 and the national statistics
#      (scenarios/targets/calibration-targets.csv) at 4,000 clients × 2 replications, with a parametric bootstrap
#      (12 refits with the fit's budget, each starting at the estimate); parameter-set.csv holds the refits
#      re-centred on the estimates (each parameter's refits shifted to mean = estimate, spread kept, within the bounds);
#   2. refinement: from stage 1's fit, the nine parameters behind the ratios and shares that differ between the fit's
#      scale and the README's, refitted at 10,000 clients × 60 months × 10 replications without bootstrap; the set
#      carried from stage 1, the refined parameters re-centred on the refined estimates (within the refinement's bounds);
#   3. refinement-2 (issue 23): from stage 2's fit, the seven parameters behind the entrants' debt inflow, exits to work
#      of the stock, the inflow, returns after a lost job and job loss, at the README's scale; the set carried again.
#
#   bash scripts/calibrate-baseline.sh [OUT] [PROTOCOL]
#
# Starts from the shipped defaults. Writes OUT/<stage>/ for each stage (default OUT output/calibration-baseline):
# fitted-parameters.csv with the identification verdicts and the estimates at a bound, fit.csv, bootstrap.csv (stage
# 1's raw refits), parameter-set.csv, fit-report.html, calibrated-scenario.json; and OUT/calibration-bootstrap.csv,
# the set to ship: stage 1's raw refits re-centred in one step on every stage's estimates (as calibrate-recentre). To try a cheaper run, edit a copy of the protocol (budget,
# bootstrap) and pass it as PROTOCOL. To ship a new calibration: set each parameter's default in
# src/Resilience.Model/Parameters/<domain>.cs to the estimate of the last stage that fitted it, rounded to 4
# significant digits (source "calibrated to seed and national targets (date)"; CalibratedDefaultsTests checks them),
# copy each stage's fitted-parameters.csv and fit.csv to its "shipped" folder of the protocol (and stage 1's
# bootstrap.csv to docs/calibration/), copy OUT/calibration-bootstrap.csv to scenarios/targets/, and run
# scripts/readme-tables.sh. To re-centre the shipped set on the shipped estimates without a new fit:
#   dotnet run --project src/Resilience.Cli -c Release -- calibrate-recentre docs/calibration/bootstrap.csv \
#     --out scenarios/targets/calibration-bootstrap.csv --force
# On 2 cores with little else running (2026-12-04): stage 1 19 minutes, the refinements 6 and 4 (stage 3, seven
# parameters with budget 200 since 2026-12-05: 6.5).
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-output/calibration-baseline}"
protocol="${2:-docs/calibration/protocol.json}"
mkdir -p "$out"
dotnet run --project src/Resilience.Cli -c Release -- calibrate --protocol "$protocol" --out "$out" --force
