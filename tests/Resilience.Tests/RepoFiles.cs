using System.Text.Json;

namespace Resilience.Tests;

/// <summary>Files of the repository for tests, shared by both test projects (linked into the workshop's): its root
/// folder, and the hand-made search folders of Analysis/SearchFixture/ (made by make-fixture.py, in the format
/// <c>search</c> writes).</summary>
public static class RepoFiles
{
    public static string Root
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Simulation.sln"))) dir = dir.Parent;
            return dir?.FullName ?? throw new InvalidOperationException("Simulation.sln not found above the test directory.");
        }
    }

    /// <summary>A copy of the search fixture <paramref name="name"/> (reachable, unreachable) in a new temporary folder,
    /// with the baseline path made absolute, since tests do not run in the repository folder.</summary>
    public static string CopySearchFixture(string name)
    {
        string dir = Path.Combine(Path.GetTempPath(), $"resilience-search-{name}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dir);
        foreach (var f in Directory.GetFiles(Path.Combine(Root, "tests", "Resilience.Tests", "Analysis", "SearchFixture", name)))
            File.Copy(f, Path.Combine(dir, Path.GetFileName(f)));
        string spec = Path.Combine(dir, "search.json");
        File.WriteAllText(spec, File.ReadAllText(spec).Replace("\"scenarios/baseline.json\"",
            JsonSerializer.Serialize(Path.Combine(Root, "scenarios", "baseline.json"))));
        return dir;
    }

    /// <summary>The packages of front 1 in a search folder's pareto.csv.</summary>
    public static List<string> FrontOne(string dir) =>
        File.ReadLines(Path.Combine(dir, "pareto.csv")).Skip(1).Select(l => l.Split(',')).Where(f => f[1] == "1").Select(f => f[0]).Distinct().Order().ToList();
}
