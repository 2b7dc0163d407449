namespace Resilience.IO;

/// <summary>
/// An output folder written atomically: everything goes to a hidden temporary sibling that is moved into place
/// only when complete, so an interrupted or failed run never leaves a result that looks complete. An existing
/// folder is replaced only with <c>force</c>.
/// </summary>
public sealed class OutputFolder : IDisposable
{
    private bool _committed;

    public string Target { get; }
    public string Temp { get; }

    private OutputFolder(string target, string temp) { Target = target; Temp = temp; }

    public static OutputFolder Create(string target, bool force)
    {
        string full = Path.GetFullPath(target);
        if (File.Exists(full)) throw new InputException($"{target}: exists and is a file; choose another --out");
        if (Directory.Exists(full) && !force)
            throw new InputException($"{target}: output folder exists; pass --force to replace it, or choose another --out");
        string parent = Path.GetDirectoryName(full.TrimEnd(Path.DirectorySeparatorChar))!;
        Directory.CreateDirectory(parent);
        string temp = Path.Combine(parent, $".{Path.GetFileName(full.TrimEnd(Path.DirectorySeparatorChar))}.partial-{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(temp);
        return new OutputFolder(full, temp);
    }

    public string PathOf(string file) => Path.Combine(Temp, file);

    public void Commit()
    {
        if (Directory.Exists(Target)) Directory.Delete(Target, recursive: true);
        Directory.Move(Temp, Target);
        _committed = true;
    }

    /// <summary>Removes the temporary folder unless committed (failure or Ctrl+C).</summary>
    public void Dispose()
    {
        if (_committed) return;
        try { if (Directory.Exists(Temp)) Directory.Delete(Temp, recursive: true); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}
