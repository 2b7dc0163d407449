using System.Text.RegularExpressions;

namespace Resilience.Tests;

/// <summary>docs/ARCHITECTURE.md names files and folders of the repository in backticks; each must exist, so the page
/// cannot drift from the code unnoticed (issue 25: "checked against the code").</summary>
[Trait("Tier", "Fast")]
public sealed class ArchitectureDocTests
{
    [Fact]
    public void EveryRepositoryPathTheArchitecturePageNamesExists()
    {
        string text = File.ReadAllText(Path.Combine(TestSupport.RepoRoot, "docs", "ARCHITECTURE.md"));
        // A backticked path: it starts with a top-level folder of the repository (src/, tests/, docs/, scenarios/, scripts/).
        var paths = Regex.Matches(text, @"`((?:src|tests|docs|scenarios|scripts)/[^`\s*]+)`").Select(m => m.Groups[1].Value.TrimEnd('/')).Distinct().ToList();
        Assert.True(paths.Count >= 30, $"only {paths.Count} paths found; is the pattern still right?");
        var missing = paths.Where(p => !File.Exists(Path.Combine(TestSupport.RepoRoot, p)) && !Directory.Exists(Path.Combine(TestSupport.RepoRoot, p))).ToList();
        Assert.True(missing.Count == 0, "docs/ARCHITECTURE.md names paths that do not exist: " + string.Join(", ", missing));
    }

    [Fact]
    public void TheReadmeLinksTheArchitecturePage() =>
        Assert.Contains("docs/ARCHITECTURE.md", File.ReadAllText(Path.Combine(TestSupport.RepoRoot, "README.md")));
}
