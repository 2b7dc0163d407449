namespace Resilience.IO;

/// <summary>A single output file (not a folder, see <see cref="OutputFolder"/>) replaced whole: written beside its
/// target under a hidden temporary name and moved into place, so that Ctrl+C or a failure never leaves it half-written
/// and the input may be the output itself.</summary>
public static class OutputFile
{
    public static void Replace(string path, Action<string> write)
    {
        string full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        string temp = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.partial-{Environment.ProcessId}-{Guid.NewGuid():N}");
        try
        {
            write(temp);
            File.Move(temp, full, overwrite: true);
        }
        finally { if (File.Exists(temp)) File.Delete(temp); }
    }

    /// <summary>Rewrite the generated blocks of a Markdown file in place (<c>params</c>, <c>columns</c>, <c>tables</c>
    /// with <c>--update</c>): a missing file, a folder or a file without the block is refused with its name.</summary>
    public static void UpdateMarkdown(string path, Func<string, string> rewrite)
    {
        if (Directory.Exists(path)) throw new InputException($"--update {path}: is a folder; expected a Markdown file with a generated block");
        string doc;
        try { doc = rewrite(InputFiles.ReadText(Path.GetFullPath(path), $"--update {path}", "Markdown file", 4 << 20)); }
        catch (InputException e) when (!e.Message.StartsWith("--update", StringComparison.Ordinal)) { throw new InputException($"--update {path}: {e.Message}"); }
        Replace(path, temp => File.WriteAllText(temp, doc, new System.Text.UTF8Encoding(false)));
    }
}
