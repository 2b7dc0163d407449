using System.Diagnostics;
using System.Security.Cryptography;
using BenchmarkDotNet.Running;
using Resilience.Engine;
using Resilience.IO;
using Resilience.Model;

if (args.Length > 0 && args[0] == "quick")
{
    int clients = args.Length > 1 ? int.Parse(args[1]) : 1_000_000;
    int months = args.Length > 2 ? int.Parse(args[2]) : 24;
    int threads = args.Length > 3 ? int.Parse(args[3]) : Environment.ProcessorCount;
    var spec = new RunSpec(new Parameters(), clients, months, 20261122, []) { Threads = threads };
    using var sim = new Simulation(spec, 0);
    sim.Step();
    var sw = Stopwatch.StartNew();
    while (!sim.Finished) sim.Step();
    sw.Stop();
    double cm = (double)clients * (months - 1);
    Console.WriteLine($"{clients} clients x {months - 1} months, {threads} threads: {sw.Elapsed.TotalSeconds:F2} s, {cm / sw.Elapsed.TotalSeconds / 1e6:F2} M client-months/s");
    return;
}
if (args.Length > 0 && args[0] == "full")
{
    int clients = args.Length > 1 ? int.Parse(args[1]) : 1_000_000;
    int months = args.Length > 2 ? int.Parse(args[2]) : 120;
    int threads = args.Length > 3 ? int.Parse(args[3]) : Environment.ProcessorCount;
    var spec = new RunSpec(new Parameters(), clients, months, 20261122, []) { Threads = threads };
    var sw = Stopwatch.StartNew();
    using var sim = new Simulation(spec, 0);
    double start = sw.Elapsed.TotalSeconds;
    sim.RunToEnd();
    sw.Stop();
    Console.WriteLine($"{clients} clients x {months} months, {threads} threads: {sw.Elapsed.TotalSeconds:F2} s ({start:F2} s synthesis and burn-in), {(double)clients * months / sw.Elapsed.TotalSeconds / 1e6:F2} M client-months/s");
    return;
}
if (args.Length > 0 && args[0] == "fingerprint")
{
    var root = new DirectoryInfo(AppContext.BaseDirectory);
    while (root is not null && !File.Exists(Path.Combine(root.FullName, "Simulation.sln"))) root = root.Parent;
    foreach (var file in Directory.GetFiles(Path.Combine(root!.FullName, "scenarios"), "*.json").Order())
    {
        var scenario = ScenarioLoader.Load(file);
        using var sim = new Simulation(scenario.With(clients: 20000, months: 60).ToRunSpec(2), 3);
        sim.RunToEnd();
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var m in sim.MonthlyRaw) foreach (var v in m) sha.AppendData(BitConverter.GetBytes(v));
        foreach (var m in sim.MonthlyTransitions) foreach (var v in m) sha.AppendData(BitConverter.GetBytes(v));
        Console.WriteLine($"{Path.GetFileNameWithoutExtension(file),-28} {Convert.ToHexString(sha.GetHashAndReset())[..24]}");
    }
    return;
}
// A job named on the command line (e.g. --job Dry) replaces each class's own job instead of running beside it.
Resilience.Benchmarks.BenchJobAttribute.CommandLineJob = args.Any(a => a is "--job" or "-j" || a.StartsWith("--job=", StringComparison.Ordinal));
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
