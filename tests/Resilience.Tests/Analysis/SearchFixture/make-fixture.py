#!/usr/bin/env python3
"""Writes the hand-made search folders the search report and the workshop's "suggest" are tested on (reachable/ and
unreachable/), in exactly the format `search` writes (search.json, pareto.csv, robustness.csv, discovery.csv). The
numbers are made up but of realistic size (5,000 clients x 60 months, caseload 12,000, baseline crisis share about 4%)."""
import csv, json, os, random

def write(folder, reachable):
    os.makedirs(folder, exist_ok=True)
    rnd = random.Random(7 if reachable else 8)
    goals = [{"text": "crisis_share<=-20%", "outcome": "share_crisis@final", "op": "<=", "value": -0.2, "relative": True},
             {"text": "lasting_exits>=0", "outcome": "exits_lasting_18", "op": ">=", "value": 0, "relative": False}]
    if not reachable:
        goals[0] = {"text": "crisis_share<=-0.03", "outcome": "share_crisis@final", "op": "<=", "value": -0.03, "relative": False}
    levers = [{"name": "buffer.budgetPerCoachMonth", "kind": "range", "low": 0, "high": 2000, "choices": None},
              {"name": "coach.contactsPerYear", "kind": "range", "low": 2, "high": 8, "choices": None},
              {"name": "sanctions.strictness", "kind": "range", "low": 0, "high": 1, "choices": None},
              {"name": "obligations.exemption", "kind": "choice", "low": None, "high": None, "choices": ["None", "Fragile", "All"]},
              {"name": "earnings.premiumShare", "kind": "range", "low": 0, "high": 0.5, "choices": None},
              {"name": "coach.turnoverPerYear", "kind": "range", "low": 0.05, "high": 0.5, "choices": None}]
    spec = {"baseline": "scenarios/baseline.json", "clients": 5000, "months": 60, "replications": 10, "seed": 42,
            "caseload": 12000, "budget": 2500000, "minimise": "cost_total", "goals": goals, "levers": levers,
            "evaluations": 40, "draws": 200, "reachable": reachable,
            "command": "search scenarios/baseline.json --goal crisis_share<=-20% --goal lasting_exits>=0 --minimise cost --caseload 12000 --budget 2500000 "
                       "--levers buffer.budgetPerCoachMonth=0:2000 --levers coach.contactsPerYear=2:8 --levers sanctions.strictness=0:1 "
                       "--levers obligations.exemption=None|Fragile|All --levers earnings.premiumShare=0:0.5 --levers coach.turnoverPerYear=0.05:0.5"}
    with open(os.path.join(folder, "search.json"), "w") as f:
        json.dump(spec, f, indent=2)
        f.write("\n")
    packages = []
    for k in range(40):
        buf = rnd.choice([0, 250, 500, 750, 1000, 1250, 1500, 2000])
        contacts = rnd.choice([2, 3, 4, 5, 6, 8])
        strict = round(rnd.random(), 2)
        exemption = rnd.choice(["None", "Fragile", "All"])
        premium = rnd.choice([0, 0.1, 0.2, 0.3, 0.5])
        turnover = rnd.choice([0.05, 0.1, 0.2, 0.3, 0.5])
        crisis = -0.005 * buf / 1000 - 0.0008 * (contacts - 3) + 0.004 * (strict - 0.5) - 0.002 * (turnover < 0.15) + {"None": 0.002, "Fragile": 0, "All": -0.001}[exemption] + rnd.gauss(0, 0.0008)
        lasting = 4 * premium * 10 + 1.5 * (contacts - 3) - 6 * (strict - 0.5) ** 2 + {"None": 1, "Fragile": 0, "All": -4}[exemption] + 2 * (turnover < 0.15) + rnd.gauss(0, 1.5)
        debt = -0.003 * buf / 1000 + 0.002 * (strict - 0.5) + rnd.gauss(0, 0.0007)
        cost = 0.4 * buf + 100 * (contacts - 3) + 900 * premium + 500 * (0.2 - turnover) * (turnover < 0.2) + rnd.gauss(0, 40)
        packages.append(dict(levers=f"buffer.budgetPerCoachMonth={buf};coach.contactsPerYear={contacts};sanctions.strictness={strict};obligations.exemption={exemption};earnings.premiumShare={premium};coach.turnoverPerYear={turnover}",
                             effects={"exits_lasting_18": (lasting, 2.2), "share_crisis@final": (crisis, 0.0011), "share_problematic_debt@final": (debt, 0.0012), "cost_total": (cost, 55)}))
    budget_per_client = 2500000 * 5 / 12000
    def meets(p):
        c, l, cost = p["effects"]["share_crisis@final"][0], p["effects"]["exits_lasting_18"][0], p["effects"]["cost_total"][0]
        crisis_goal = -0.007 if reachable else -0.03
        return c <= crisis_goal and l >= 0 and cost <= budget_per_client
    def objectives(p):
        e = p["effects"]
        return (e["cost_total"][0], -e["exits_lasting_18"][0], e["share_crisis@final"][0])
    remaining = list(range(len(packages)))
    front = 1
    while remaining:
        nd = [i for i in remaining if not any(all(a <= b for a, b in zip(objectives(packages[j]), objectives(packages[i]))) and objectives(packages[j]) != objectives(packages[i]) for j in remaining)]
        for i in nd: packages[i]["front"] = front
        remaining = [i for i in remaining if i not in nd]
        front += 1
    with open(os.path.join(folder, "pareto.csv"), "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["package", "front", "meets_goals", "evaluation", "levers", "outcome", "unit", "effect", "ci_low", "ci_high"])
        units = {"exits_lasting_18": "per 1,000 clients", "share_crisis@final": "share", "share_problematic_debt@final": "share", "cost_total": "€ per client"}
        for k, p in enumerate(packages):
            for o, (e, half) in p["effects"].items():
                w.writerow([f"p{k + 1:02d}", p["front"], "true" if meets(p) else "false", "full" if p["front"] <= 2 else "cheap", p["levers"], o, units[o],
                            f"{e:.6g}", f"{e - half:.6g}", f"{e + half:.6g}"])
    front1 = [k for k, p in enumerate(packages) if p["front"] == 1]
    with open(os.path.join(folder, "robustness.csv"), "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["package", "levers", "worlds", "share_meeting_goals", "mean_regret", "max_regret"])
        for k in front1:
            share = max(0.0, min(1.0, (0.85 if meets(packages[k]) else 0.25) + rnd.gauss(0, 0.08))) if reachable else max(0.0, rnd.gauss(0.03, 0.02))
            w.writerow([f"p{k + 1:02d}", packages[k]["levers"], 200, f"{share:.3f}", f"{abs(rnd.gauss(120, 60)):.1f}", f"{abs(rnd.gauss(600, 150)):.1f}"])
    best = sorted(front1, key=lambda k: -meets(packages[k]))[:2]
    with open(os.path.join(folder, "discovery.csv"), "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["package", "box", "parameter", "low", "high", "coverage", "density", "description"])
        for k in best:
            name = f"p{k + 1:02d}"
            d1 = "Fails when the labour market's offer rate is below 0.31 and the monthly load of a sanction is above 0.17."
            w.writerow([name, 1, "work.offerRate", "", "0.31", "0.72", "0.81", d1])
            w.writerow([name, 1, "psych.load.sanction", "0.17", "", "0.72", "0.81", d1])
            d2 = "Fails when the yearly penalty of a long spell on benefit is between 0.24 and 0.5."
            w.writerow([name, 2, "work.spellPenaltyPerYear", "0.24", "0.5", "0.18", "0.64", d2])

here = os.path.dirname(os.path.abspath(__file__))
write(os.path.join(here, "reachable"), True)
write(os.path.join(here, "unreachable"), False)
