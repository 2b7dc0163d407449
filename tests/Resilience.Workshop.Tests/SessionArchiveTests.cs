using Microsoft.Extensions.DependencyInjection;
using Resilience.Engine;
using Resilience.IO;

namespace Resilience.Workshop.Tests;

/// <summary>Issue 11 point 20: the session is saved when the server stops, and the saved files reproduce it.</summary>
[Trait("Tier", "Fast")]
public class SessionArchiveTests
{
    [Fact]
    public async Task WhenTheServerStopsTheSessionIsSavedAndRunOfTheSavedFilesReproducesBothBranches()
    {
        var saveTo = Directory.CreateTempSubdirectory("workshop-saved-").FullName;
        var server = await LiveServer.StartAsync(clients: 800, configure: o => o with { SaveTo = saveTo });
        await server.Control("step");
        await server.Levers("{\"sanctions.strictness\": 0.9}");
        await server.Control("step");
        await server.Control("fork");
        await server.Levers("{\"buffer.budgetPerCoachMonth\": 2500, \"coach.duo\": true}");
        await server.Control("step");
        await server.Control("step");
        var baseline = await server.Http.GetByteArrayAsync("/api/export/scenario?branch=baseline");
        var whatIf = await server.Http.GetByteArrayAsync("/api/export/scenario?branch=whatif");
        var series = await server.Http.GetStringAsync("/api/export/series.csv");
        var archive = server.App.Services.GetRequiredService<SessionArchive>();
        Assert.Null(archive.SavedTo); // not before the server stops
        await server.DisposeAsync();

        Assert.Null(archive.Error);
        var folder = Assert.Single(Directory.GetDirectories(saveTo)); // nothing else, no temporary folder left
        Assert.Equal(folder, archive.SavedTo);
        Assert.Matches(@"^workshop-baseline-\d{8}-\d{6}$", Path.GetFileName(folder));
        // The session's files, and the marker of a folder this program wrote (README "Output folders").
        Assert.Equal([".resilience-output.json", "baseline-workshop-baseline.json", "baseline-workshop-series.csv", "baseline-workshop-whatif.json"],
            Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(baseline, File.ReadAllBytes(Path.Combine(folder, "baseline-workshop-baseline.json")));
        Assert.Equal(whatIf, File.ReadAllBytes(Path.Combine(folder, "baseline-workshop-whatif.json")));
        Assert.Equal(series, File.ReadAllText(Path.Combine(folder, "baseline-workshop-series.csv")));
        Assert.Equal(5 * Subgroups.Count, Reproduce.AssertSameFigures(Path.Combine(folder, "baseline-workshop-whatif.json"), series, "whatif"));
        Assert.Equal(5 * Subgroups.Count, Reproduce.AssertSameFigures(Path.Combine(folder, "baseline-workshop-baseline.json"), series, "baseline"));
    }

    [Fact]
    public async Task EverySessionGetsAFolderOfItsOwnAndNothingEarlierIsReplaced()
    {
        var saveTo = Directory.CreateTempSubdirectory("workshop-saved-").FullName;
        for (int i = 0; i < 3; i++) // within the same second or two: the folder names must still differ
        {
            await using var server = await LiveServer.StartAsync(clients: 300, configure: o => o with { SaveTo = saveTo });
            for (int m = 0; m <= i; m++) await server.Control("step");
        }
        var folders = Directory.GetDirectories(saveTo).Order().ToList();
        Assert.Equal(3, folders.Count);
        var months = folders.Select(f => ScenarioLoader.Load(Path.Combine(f, "baseline-workshop-baseline.json")).Description)
            .Select(d => d.Contains("exported at month 1") ? 1 : d.Contains("exported at month 2") ? 2 : d.Contains("exported at month 3") ? 3 : 0)
            .Order();
        Assert.Equal([1, 2, 3], months);
        Assert.All(folders, f => Assert.False(File.Exists(Path.Combine(f, "baseline-workshop-whatif.json")))); // no fork, no what-if file
    }

    [Fact]
    public void AFolderThatCannotBeWrittenIsRefusedAtStartNotWhenTheSessionEnds()
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("workshop-saved-").FullName, "a-file");
        File.WriteAllText(file, "");
        var scenario = ScenarioLoader.Load(Path.Combine(Repo.Root, "scenarios", "baseline.json"));
        var e = Assert.Throws<InputException>(() => WorkshopServer.Build(new WorkshopOptions(scenario, LiveServer.Token) { Port = 0, Clients = 100, SaveTo = file }));
        Assert.Contains($"--save-to {file}: cannot save the session there", e.Message);
        Assert.Equal(Cli.Cli.ExitInputError, Cli.Cli.Build().Parse(["serve", Path.Combine(Repo.Root, "scenarios", "baseline.json"),
            "--save-to", Path.Combine(file, "sub"), "--port", "0"]).Invoke());
    }

    /// <summary>End to end: the serve command, stopped as Ctrl+C or a service manager stops it (SIGTERM), says
    /// where it saved the session, and the folder is there.</summary>
    [Fact]
    public async Task TheServeCommandSaysWhereItSavedTheSession()
    {
        var saveTo = Directory.CreateTempSubdirectory("workshop-saved-").FullName;
        await using var server = await ServeProcess.StartAsync(Path.Combine(Repo.Root, "scenarios", "baseline.json"), "--clients", "300", "--save-to", saveTo);
        Assert.Contains($"the session is then saved in {saveTo}", server.Output);
        Assert.Equal(200, (await server.SendAsync("POST", "/api/control", "{\"action\": \"step\"}")).Status);
        Assert.Equal(0, await server.StopAsync());
        var folder = Assert.Single(Directory.GetDirectories(saveTo));
        Assert.Contains($"Session saved to {folder}{Path.DirectorySeparatorChar}", server.Output);
        Assert.Contains("exported at month 1", File.ReadAllText(Path.Combine(folder, "baseline-workshop-baseline.json")));
    }
}
