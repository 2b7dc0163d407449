#!/usr/bin/env bash
# The shipped calibration (issues 14 and 23), in three stages:
#   1. the joint fit: the baseline's 18 free parameters fitted to the seed targets of MODEL.md §8 and the national
#      statistics (scenarios/targets/calibration-targets.csv) at 4,000 clients × 2 replications, with a parametric
#      bootstrap (12 refits with the fit's budget: the t-based intervals hold their level with few refits);
#   2. the refinement: starting from stage 1's fit, the nine parameters behind the ratios and shares that differ
#      between the fit's scale and the README's (the age and sex ratios of exits to work, returns after a lost job,
#      part-time first offers, the inflow net of withdrawn applications) refitted at the README's scale, 10,000
#      clients × 10 replications, without bootstrap.
#      Their bootstrap draws keep stage 1's spread, moved by what the refinement moved each estimate (clamped to the
#      refinement's bounds), so that `compare --parameter-draws` varies the parameters around the shipped values.
#   3. the second refinement (issue 23, after the incentive margins): from stage 2's fit, the six parameters behind
#      the entrants' debt inflow (the share of fixed costs that a wait leaves unpaid), exits to work of the stock, the
#      inflow, returns after a lost job and job loss, at the README's scale; bootstrap draws moved again as in stage 2.
#
#   bash scripts/calibrate-baseline.sh [OUT] [extra calibrate options for stage 1, e.g. --budget 200 --bootstrap 4]
#
# Starts from the shipped defaults. Writes, under OUT (default output/calibration-baseline), joint/ (stage 1:
# fitted-parameters.csv with the identification verdicts, fit.csv, bootstrap.csv, fit-report.html), refinement/ (the
# same for stage 2) and calibration-bootstrap.csv, the set to ship. To ship a new calibration: set stage 1's
# estimates, then stage 2's, as the defaults in src/Resilience.Model/Parameters/<domain>.cs (source "calibrated to seed and
# national targets (date)"),
# copy OUT/calibration-bootstrap.csv to scenarios/targets/, copy the fits' fitted-parameters.csv and fit.csv to
# docs/calibration/ (stage 2's to docs/calibration/refinement/, stage 3's to docs/calibration/refinement-2/), and run
# scripts/readme-tables.sh.
# About 15 minutes for stage 1 and 5 for stage 2 on 2 cores, when nothing else runs.
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-output/calibration-baseline}"
shift || true
mkdir -p "$out"
free=(
  work.offerRate=0.05:0.5 work.spellPenaltyPerYear=0:0.5 life.exitOtherRate=0.001:0.015 life.exitOtherSpellDecline=0:1
  inflow.monthlyShare=0.006:0.03 life.reentryOtherRate=0.002:0.06 work.jobLossRate=0.002:0.03 takeUp.reportRate=0.005:0.5
  coach.exemptionGrantRate=0.001:0.8 population.exemption.fragileShare=0:1 work.partTimeOfferShare=0.1:0.9
  work.youngOfferFactor=0.2:3 work.olderOfferFactor=0.02:1.2 work.ageOfferDecline=0:0.1 work.womenOfferFactor=0.2:1.2
  population.household.women=0.3:0.6 population.age.shareUnder27=0.02:0.2 population.age.share27to49=0.2:0.6
)
args=()
for f in "${free[@]}"; do args+=(--free "$f"); done
# Stage 1's settings; an option given on the command line replaces the one here (calibrate takes each option once).
for d in "--clients 4000" "--replications 2" "--budget 500" "--bootstrap 12" "--seed 20261130"; do
  case " $* " in *" ${d%% *} "*) ;; *) args+=($d) ;; esac
done
dotnet run --project src/Resilience.Cli -c Release -- calibrate scenarios/baseline.json \
  --targets scenarios/targets/calibration-targets.csv "${args[@]}" \
  --out "$out/joint" --force "$@"

refine=(
  work.youngOfferFactor=0.3:0.55 takeUp.reportRate=0.01:0.3 work.jobLossRate=0.008:0.013 inflow.monthlyShare=0.009:0.0115
  work.offerRate=0.44:0.5 population.age.shareUnder27=0.1:0.145 work.womenOfferFactor=0.35:0.5
  population.household.women=0.33:0.43 work.partTimeOfferShare=0.12:0.3
)
args=()
for f in "${refine[@]}"; do args+=(--free "$f"); done
dotnet run --project src/Resilience.Cli -c Release -- calibrate "$out/joint/calibrated-scenario.json" \
  --targets scenarios/targets/calibration-targets.csv "${args[@]}" \
  --clients 10000 --months 60 --replications 10 --budget 180 --bootstrap 0 --seed 20261130 \
  --out "$out/refinement" --force

# A bootstrap set with each refined parameter moved by (refined − starting value), within the refinement's bounds:
#   move_bootstrap FITTED-PARAMETERS.csv BOOTSTRAP-IN.csv > BOOTSTRAP-OUT.csv
# fitted-parameters.csv: parameter,start,estimate,…,bound_low,bound_high in columns 1–3 and 7–8.
move_bootstrap() {
  awk -F, -v OFS=, '
    NR == FNR { if (FNR > 1) { shift[$1] = $3 - $2; low[$1] = $7; high[$1] = $8 } next }
    FNR == 1 { for (i = 1; i <= NF; i++) name[i] = $i; print; next }
    { for (i = 1; i <= NF; i++) if (name[i] in shift) {
        v = $i + shift[name[i]]; if (v < low[name[i]]) v = low[name[i]]; if (v > high[name[i]]) v = high[name[i]]
        $i = sprintf("%.10g", v) }
      print }' "$1" "$2"
}
move_bootstrap "$out/refinement/fitted-parameters.csv" "$out/joint/bootstrap.csv" > "$out/calibration-bootstrap.csv"
echo "wrote $out/calibration-bootstrap.csv (stage 1's bootstrap, refined parameters moved to stage 2's estimates)"

# Stage 3: the second refinement (issue 23).
refine2=(
  money.waitFixedCostShare=0.1:0.6 work.spellPenaltyPerYear=0:0.5 work.offerRate=0.4:0.5 inflow.monthlyShare=0.009:0.0115
  takeUp.reportRate=0.01:0.3 work.jobLossRate=0.008:0.013
)
args=()
for f in "${refine2[@]}"; do args+=(--free "$f"); done
dotnet run --project src/Resilience.Cli -c Release -- calibrate "$out/refinement/calibrated-scenario.json" \
  --targets scenarios/targets/calibration-targets.csv "${args[@]}" \
  --clients 10000 --months 60 --replications 10 --budget 120 --bootstrap 0 --seed 20261130 \
  --out "$out/refinement-2" --force
move_bootstrap "$out/refinement-2/fitted-parameters.csv" "$out/calibration-bootstrap.csv" > "$out/calibration-bootstrap.tmp"
mv "$out/calibration-bootstrap.tmp" "$out/calibration-bootstrap.csv"
echo "wrote $out/calibration-bootstrap.csv (moved again to stage 3's estimates)"
