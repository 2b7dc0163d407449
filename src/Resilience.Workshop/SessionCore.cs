using System.Text.Json;
using Resilience.Engine;
using Resilience.IO;
using Resilience.Model;

namespace Resilience.Workshop;

/// <summary>A request that cannot be carried out in the session's present state (e.g. a lever change after the
/// horizon); the API answers 409 with the message.</summary>
public sealed class SessionConflictException(string message) : Exception(message);

/// <summary>One live lever change as the room saw it: effective from <see cref="Month"/> in <see cref="Branch"/>
/// ("session" before a fork, "what-if" after).</summary>
public sealed record LiveChange(int Month, string Branch, IReadOnlyDictionary<string, double> Values);

/// <summary>
/// The state of one workshop session, single-threaded: a baseline simulation and, after a fork, a what-if branch
/// that shares its history and random streams (common random numbers). Every operation returns the new immutable
/// <see cref="Snapshot"/> that viewers are sent. Not thread-safe: <see cref="SessionHost"/> owns it on one loop.
/// </summary>
public sealed class SessionCore : IDisposable
{
    /// <summary>Largest live population: a month for two branches must stay well under the animation interval.</summary>
    public const int MaxClients = 200_000;
    public const double MinSpeed = 0.25, MaxSpeed = 30;
    /// <summary>Live lever changes sent with every state: the latest this many, and the count of all. Every change
    /// is kept where it matters, in the branch's schedule (the export); the page only lists the recent ones.</summary>
    public const int ChangesShown = 20;

    private readonly Scenario _scenario;
    private readonly int _threads;
    private readonly List<LiveChange> _changes = []; // the latest ChangesShown, oldest first
    private int _sessionChanges, _whatIfChanges; // all of them, before the fork and in the what-if branch
    private Simulation _baseline;
    private Simulation? _whatIf;
    private double[][] _baselineRaw;
    private double[][]? _whatIfRaw;
    private long _seq;

    public SessionCore(Scenario scenario, int? clients = null, int threads = 1, double monthsPerSecond = 2)
    {
        _scenario = scenario;
        _threads = Math.Max(1, threads);
        Clients = CheckClients(clients ?? scenario.Clients, clients is null ? $"{scenario.Path}: clients" : "--clients");
        MonthsPerSecond = CheckSpeed(monthsPerSecond);
        (_baseline, _baselineRaw) = Start();
        Current = Publish("reset", new StatusMessage("status.started", [scenario.Name, Clients, scenario.Months]));
    }

    public Scenario Scenario => _scenario;
    public int Clients { get; private set; }
    public int Month => _baseline.Month;
    public int Months => _scenario.Months;
    public bool Finished => _baseline.Finished;
    public bool Forked => _whatIf is not null;
    public int? ForkMonth { get; private set; }
    public bool Playing { get; private set; }
    public double MonthsPerSecond { get; private set; }
    public Snapshot Current { get; private set; }

    /// <summary>The branch that lever changes go to: the what-if branch after a fork, else the one run.</summary>
    private Simulation Target => _whatIf ?? _baseline;

    public static int CheckClients(int clients, string where)
    {
        if (clients < 1) throw new InputException($"{where}: expected an integer from 1 to {MaxClients:N0}, got {clients}");
        if (clients > MaxClients)
            throw new InputException($"{where}: the live workshop runs at most {MaxClients:N0} clients so that every month stays " +
                $"quick on the big screen; got {clients:N0}. Use the `run` command for larger populations.");
        return clients;
    }

    private static double CheckSpeed(double monthsPerSecond)
    {
        if (!double.IsFinite(monthsPerSecond) || monthsPerSecond < MinSpeed || monthsPerSecond > MaxSpeed)
            throw new InputException($"monthsPerSecond: expected a number from {MinSpeed} to {MaxSpeed}, got {monthsPerSecond}");
        return monthsPerSecond;
    }

    private (Simulation, double[][]) Start()
    {
        var spec = new RunSpec(_scenario.ToParameters(), Clients, _scenario.Months, _scenario.Seed, _scenario.Schedule) { Threads = _threads };
        var sim = new Simulation(spec, replication: 0);
        var raw = new double[_scenario.Months + 1][];
        raw[0] = (double[])sim.MonthlyRaw[0].Clone();
        return (sim, raw);
    }

    /// <summary>Advance one month (both branches after a fork). Pauses at the horizon.</summary>
    public Snapshot Step()
    {
        if (Finished) throw new SessionConflictException($"The run has reached its horizon of {Months} months: reset to start again.");
        _baseline.Step();
        _baselineRaw[_baseline.Month] = (double[])_baseline.MonthlyRaw[_baseline.Month].Clone();
        if (_whatIf is not null)
        {
            _whatIf.Step();
            _whatIfRaw![_whatIf.Month] = (double[])_whatIf.MonthlyRaw[_whatIf.Month].Clone();
        }
        StatusMessage? message = null;
        if (Finished && Playing)
        {
            Playing = false;
            message = new StatusMessage("status.horizon", [Months]);
        }
        return Publish("month", message);
    }

    /// <summary>Change levers from the next month on, in the what-if branch after a fork. Values must already be
    /// validated (<see cref="LeverInput"/>); unchanged values are ignored.</summary>
    public Snapshot SetLevers(IReadOnlyDictionary<string, double> values)
    {
        if (Finished) throw new SessionConflictException($"The run has reached its horizon of {Months} months: reset to start again.");
        var changed = new Dictionary<string, double>();
        foreach (var (name, value) in values)
            if (ParameterRegistry.Get(name).Get(Target.Parameters) != value) changed[name] = value;
        if (changed.Count == 0) return Publish("levers", new StatusMessage("status.noChange", []));
        Target.SetValues(changed);
        string branch = Forked ? "what-if" : "session";
        _changes.Add(new LiveChange(Month + 1, branch, changed));
        if (_changes.Count > ChangesShown) _changes.RemoveAt(0);
        if (Forked) _whatIfChanges++; else _sessionChanges++;
        return Publish("levers", new StatusMessage(Forked ? "status.leversWhatIf" : "status.levers", [Month + 1],
            [.. changed.Select(kv => (ParameterRegistry.Get(kv.Key), kv.Value))]));
    }

    public Snapshot Play()
    {
        if (Finished) throw new SessionConflictException($"The run has reached its horizon of {Months} months: reset to start again.");
        Playing = true;
        return Publish("play", null);
    }

    public Snapshot Pause()
    {
        Playing = false;
        return Publish("pause", null);
    }

    public Snapshot SetSpeed(double monthsPerSecond)
    {
        MonthsPerSecond = CheckSpeed(monthsPerSecond);
        return Publish("speed", null);
    }

    /// <summary>Split at the current month into baseline and what-if. A second fork replaces the what-if branch with
    /// a new one from the baseline at the current month.</summary>
    public Snapshot Fork()
    {
        if (Finished) throw new SessionConflictException($"The run has reached its horizon of {Months} months: nothing is left to compare; reset to start again.");
        bool again = _whatIf is not null;
        _whatIf?.Dispose();
        _changes.RemoveAll(c => c.Branch == "what-if");
        _whatIfChanges = 0;
        _whatIf = _baseline.Fork();
        _whatIfRaw = new double[Months + 1][];
        Array.Copy(_baselineRaw, _whatIfRaw, Month + 1); // shared history: the same immutable month arrays
        ForkMonth = Month;
        return Publish("fork", new StatusMessage(again ? "status.forkedAgain" : "status.forked", [Month]));
    }

    /// <summary>Back to month 0 of the served scenario, without a fork, paused; optionally with a new population size.</summary>
    public Snapshot Reset(int? clients = null)
    {
        if (clients is not null) CheckClients(clients.Value, "clients");
        _whatIf?.Dispose();
        _whatIf = null;
        _whatIfRaw = null;
        ForkMonth = null;
        _baseline.Dispose();
        if (clients is not null) Clients = clients.Value;
        (_baseline, _baselineRaw) = Start();
        _changes.Clear();
        _sessionChanges = _whatIfChanges = 0;
        Playing = false;
        return Publish("reset", new StatusMessage("status.reset", [_scenario.Name, Clients]));
    }

    private Snapshot Publish(string reason, StatusMessage? message)
    {
        Current = new Snapshot(
            Seq: ++_seq, Reason: reason, Message: message, Time: (DateTime.UtcNow - DateTime.UnixEpoch).TotalMilliseconds,
            ScenarioName: _scenario.Name, Seed: _scenario.Seed, Clients: Clients, Month: Month, Months: Months,
            Playing: Playing, MonthsPerSecond: MonthsPerSecond, ForkMonth: ForkMonth,
            Levers: LeverValues(Target.Parameters), BaselineLevers: Forked ? LeverValues(_baseline.Parameters) : null,
            BaselineRaw: _baselineRaw, WhatIfRaw: _whatIfRaw, Changes: [.. _changes], ChangesTotal: _sessionChanges + _whatIfChanges);
        return Current;
    }

    private static Dictionary<string, double> LeverValues(Parameters p)
    {
        var d = new Dictionary<string, double>();
        foreach (var def in LeverInput.Levers) d[def.Name] = def.Get(p);
        return d;
    }

    /// <summary>The session of one branch as a self-contained scenario file: the served scenario's levers and
    /// parameters at month 0, and a schedule with every change that took effect (scheduled or live) plus the served
    /// scenario's changes still to come. <c>run</c> on it (replication 0) gives the session's figures exactly.</summary>
    public byte[] ExportScenario(string branch, Labels? labels = null)
    {
        var L = labels ?? Labels.English;
        var sim = branch switch
        {
            "baseline" => _baseline,
            "whatif" or "what-if" => _whatIf ?? throw new SessionConflictException("There is no what-if branch: fork first, or export branch=baseline."),
            _ => throw new InputException($"branch: expected \"baseline\" or \"whatif\", got \"{branch}\""),
        };
        bool whatIf = sim == _whatIf;
        var schedule = sim.AppliedChanges.Concat(_scenario.Schedule.Where(c => c.Month > sim.Month)).ToList();
        string name = $"{_scenario.Name}-workshop-{(whatIf ? "whatif" : "baseline")}";
        // In the session's language: a facilitator who ran the session in Dutch hands the file on in Dutch, with the
        // served scenario's description in that language where the scenario has one.
        string description = L.T("export.description", sim.Month, _scenario.Path,
            whatIf ? L.T("export.whatIf", ForkMonth ?? sim.Month) : L.T("export.baseline"), Clients, _scenario.Seed,
            _scenario.DescriptionIn(L.Language));
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            ScenarioWriter.Write(w, name, description, _scenario.Seed, _scenario.Months, Clients, 1,
                _scenario.Levers, _scenario.ParameterValues, schedule);
        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    public void Dispose()
    {
        _whatIf?.Dispose();
        _baseline.Dispose();
    }
}
