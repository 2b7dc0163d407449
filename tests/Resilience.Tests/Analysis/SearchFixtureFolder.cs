using System.Text.Json;

namespace Resilience.Tests;

/// <summary>The hand-made search folders of SearchFixture/ (made by make-fixture.py, in the format <c>search</c>
/// writes), copied to a temporary folder with the baseline path made absolute, since tests do not run in the
/// repository folder. Shared by the report's tests and the workshop's browser tests (linked into that project).</summary>
public static class SearchFixtureFolder
{
    public static string RepoRoot
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Simulation.sln"))) dir = dir.Parent;
            return dir?.FullName ?? throw new InvalidOperationException("Simulation.sln not found above the test directory.");
        }
    }

    /// <summary>A copy of the fixture <paramref name="name"/> (reachable, unreachable) in a new temporary folder.</summary>
    public static string Copy(string name)
    {
        string dir = Path.Combine(Path.GetTempPath(), $"resilience-search-{name}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dir);
        foreach (var f in Directory.GetFiles(Path.Combine(RepoRoot, "tests", "Resilience.Tests", "Analysis", "SearchFixture", name)))
            File.Copy(f, Path.Combine(dir, Path.GetFileName(f)));
        string spec = Path.Combine(dir, "search.json");
        File.WriteAllText(spec, File.ReadAllText(spec).Replace("\"scenarios/baseline.json\"",
            JsonSerializer.Serialize(Path.Combine(RepoRoot, "scenarios", "baseline.json"))));
        return dir;
    }

    /// <summary>The packages of front 1 in a search folder's pareto.csv.</summary>
    public static List<string> FrontOne(string dir) =>
        File.ReadLines(Path.Combine(dir, "pareto.csv")).Skip(1).Select(l => l.Split(',')).Where(f => f[1] == "1").Select(f => f[0]).Distinct().Order().ToList();
}
