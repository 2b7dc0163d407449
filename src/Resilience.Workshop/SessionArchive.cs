using System.Globalization;
using System.Text;
using Resilience.IO;

namespace Resilience.Workshop;

/// <summary>
/// Saves a workshop session when the server stops (otherwise a session's state would be lost with the server).
/// The session goes to a new folder <c>workshop-SCENARIO-yyyyMMdd-HHmmss</c> inside <see cref="Folder"/>: the
/// baseline as a scenario file, the what-if branch too after a fork (the same files as <c>/api/export/scenario</c>;
/// <c>run</c> on one reproduces that branch's figures), and the series as CSV (<c>/api/export/series.csv</c>). It is
/// written to a temporary folder and moved into place, so a folder that is there is complete; a new folder every
/// time, so no earlier session is ever replaced.
/// </summary>
public sealed class SessionArchive
{
    /// <summary>Where sessions are saved, or null: not saved (the library's default; <c>serve</c> saves to output/).</summary>
    public string? Folder { get; }
    /// <summary>The folder the session was saved to, once saved.</summary>
    public string? SavedTo { get; private set; }
    /// <summary>Why saving failed, if it did (the server still stops).</summary>
    public string? Error { get; private set; }

    public SessionArchive(string? folder)
    {
        Folder = folder;
        if (folder is null) return;
        // Found out now, not when the session ends: a folder that cannot be written would lose the session then.
        try
        {
            Directory.CreateDirectory(folder);
            var probe = Path.Combine(folder, $".workshop-write-test-{Environment.ProcessId}");
            File.WriteAllText(probe, "");
            File.Delete(probe);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new InputException($"--save-to {folder}: cannot save the session there ({e.Message}); choose a folder you can write to");
        }
    }

    /// <summary>Save the session (called on the session loop's thread once it has stopped). Failures are kept in
    /// <see cref="Error"/>, not thrown: the server must still stop.</summary>
    public void Save(SessionCore core)
    {
        if (Folder is null) return;
        string target = "";
        try
        {
            target = UniqueFolder(core.Scenario.Name);
            using var folder = OutputFolder.Create(target, force: false);
            string name = core.Scenario.Name;
            File.WriteAllBytes(folder.PathOf($"{name}-workshop-baseline.json"), core.ExportScenario("baseline"));
            if (core.Forked) File.WriteAllBytes(folder.PathOf($"{name}-workshop-whatif.json"), core.ExportScenario("whatif"));
            File.WriteAllBytes(folder.PathOf($"{name}-workshop-series.csv"), core.Current.SeriesCsv());
            folder.Commit();
            SavedTo = target;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InputException)
        {
            Error = $"could not save the session to {(target.Length > 0 ? target : Folder)}: {e.Message}";
        }
    }

    /// <summary>A folder name not yet taken: the scenario and the local time, with -2, -3, ... if need be.</summary>
    private string UniqueFolder(string scenario)
    {
        var safe = new StringBuilder();
        foreach (char c in scenario.Length > 60 ? scenario[..60] : scenario)
            safe.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_');
        string stem = Path.Combine(Folder!, $"workshop-{safe}-{DateTime.Now.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture)}");
        string path = stem;
        for (int n = 2; Directory.Exists(path) || File.Exists(path); n++) path = $"{stem}-{n}";
        return path;
    }
}
