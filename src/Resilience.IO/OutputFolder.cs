using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Resilience.IO;

/// <summary>
/// An output folder written atomically and safely (README "Output folders"):
/// <list type="bullet">
/// <item>everything goes to a hidden temporary sibling that is moved into place only when complete, so an interrupted
/// or failed run never leaves a result that looks complete;</item>
/// <item>an existing folder is replaced only if this program wrote it (its hidden <see cref="MarkerFile"/> lists every
/// file with its size and time, and nothing was added or changed since), and only with <c>force</c> — or without it
/// for the default folder of a command, which re-running is expected to refresh; never the working folder, a folder
/// above it, or a folder holding an input of the run;</item>
/// <item>replacing moves the old folder aside, moves the new one in, and only then deletes the old one: on any
/// failure one complete folder remains;</item>
/// <item>a lock file (in the temporary folder) refuses a second run to the same folder while the first is writing;</item>
/// <item>hidden temporary folders of processes of this machine that no longer run (killed with SIGKILL) are
/// removed.</item>
/// </list>
/// </summary>
public sealed partial class OutputFolder : IDisposable
{
    /// <summary>The hidden file that marks a folder as written by this program and lists what it wrote.</summary>
    public const string MarkerFile = ".resilience-output.json";

    /// <summary>Longest folder name accepted (bytes of UTF-8): file systems allow 255, and the hidden temporary sibling
    /// adds about 50.</summary>
    public const int MaxNameBytes = 200;

    private const string Tool = "Resilience";

    /// <summary>Test seam: called with the step name ("move-aside", "move-in", "delete-old") before each step of a
    /// replacement; a test throws from it to simulate a failure at that step.</summary>
    internal static Action<string>? BeforeReplaceStep;

    private readonly FileStream _lock;
    private readonly bool _force, _isDefault;
    private readonly string[] _inputs;
    private bool _committed, _disposed;

    /// <summary>Where the result is (or will be); after <see cref="Commit"/> possibly a fallback name.</summary>
    public string Target { get; private set; }

    public string Temp { get; }

    private OutputFolder(string target, string temp, FileStream lockStream, bool force, bool isDefault, string[] inputs)
    {
        Target = target; Temp = temp; _lock = lockStream; _force = force; _isDefault = isDefault; _inputs = inputs;
    }

    /// <summary>Prepare to write <paramref name="target"/>. <paramref name="inputs"/> are the files and folders the
    /// run reads (the target may not hold any of them); <paramref name="isDefault"/> says the user did not choose
    /// the folder (no <c>--out</c>), so a folder this program wrote there before is replaced without <c>--force</c>.
    /// Throws <see cref="InputException"/> naming the folder and the reason when the folder may not be written.</summary>
    public static OutputFolder Create(string target, bool force, IEnumerable<string>? inputs = null, bool isDefault = false, string option = "--out")
    {
        string full = CheckPath(target, option);
        string[] inputList = [.. (inputs ?? []).Where(i => !string.IsNullOrEmpty(i)).Select(Path.GetFullPath)];
        CheckNotProtected(target, full, inputList);
        CheckReplaceable(target, full, force, isDefault);

        string parent = Path.GetDirectoryName(full)!, name = Path.GetFileName(full);
        try { Directory.CreateDirectory(parent); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException($"{option} {target}: cannot create the folder {parent}: {e.Message}");
        }

        string lockPath = LockPath(full);
        var lockStream = AcquireLock(target, full, lockPath, option);
        try
        {
            CleanStale(parent);
            // Checked again under the lock: another run may have finished writing it meanwhile.
            CheckReplaceable(target, full, force, isDefault);
            string temp = Path.Combine(parent, $".{name}.partial-{ProcessTag}-{Guid.NewGuid():N}");
            try { Directory.CreateDirectory(temp); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new InputException($"{option} {target}: cannot write in {parent}: {e.Message}");
            }
            return new OutputFolder(full, temp, lockStream, force, isDefault, inputList);
        }
        catch
        {
            ReleaseLock(lockStream);
            throw;
        }
    }

    public string PathOf(string file) => Path.Combine(Temp, file);

    /// <summary>Move the complete result into place. An existing folder is replaced as described above; if it has
    /// become unsafe to replace during the run (something added to it), the result goes to a dated sibling instead
    /// and a warning names it, so nothing computed is lost.</summary>
    public void Commit()
    {
        WriteMarker(Temp);
        string name = Path.GetFileName(Target), parent = Path.GetDirectoryName(Target)!;
        if (Directory.Exists(Target) || File.Exists(Target))
        {
            string? problem = File.Exists(Target) ? "it is now a file" : ReplaceProblem(Target, _force, _isDefault);
            if (problem is null) problem = ProtectionProblem(Target, _inputs);
            if (problem is not null)
            {
                string fallback = FreeSibling(Target);
                Directory.Move(Temp, fallback);
                _committed = true;
                Console.Error.WriteLine($"warning: {Target} was not replaced ({problem}); the result was written to {fallback}");
                Target = fallback;
                return;
            }
            string old = Path.Combine(parent, $".{name}.old-{ProcessTag}-{Guid.NewGuid():N}");
            BeforeReplaceStep?.Invoke("move-aside");
            Directory.Move(Target, old);
            try
            {
                BeforeReplaceStep?.Invoke("move-in");
                Directory.Move(Temp, Target);
            }
            catch
            {
                Directory.Move(old, Target); // put the previous result back; the new one stays in Temp until Dispose
                throw;
            }
            _committed = true;
            try
            {
                BeforeReplaceStep?.Invoke("delete-old");
                Directory.Delete(old, recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException)
            {
                // The new result is in place; the previous one is a hidden sibling a later run removes.
                Console.Error.WriteLine($"warning: the previous result was moved to {old} but could not be removed ({e.Message}); a later run removes it");
            }
            return;
        }
        Directory.Move(Temp, Target);
        _committed = true;
    }

    /// <summary>Removes the temporary folder unless committed (failure or Ctrl+C) and releases the lock.</summary>
    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        if (!_committed)
        {
            try { if (Directory.Exists(Temp)) Directory.Delete(Temp, recursive: true); }
            catch (IOException) { }
            catch (UnauthorizedAccessException) { }
        }
        ReleaseLock(_lock);
    }

    // ───────────────────────────── Checks ─────────────────────────────

    private static string CheckPath(string target, string option)
    {
        if (string.IsNullOrWhiteSpace(target)) throw new InputException($"{option}: expected a folder path, got an empty string");
        string full;
        try { full = Path.GetFullPath(target); }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            throw new InputException($"{option} {target}: not a usable path ({e.Message})");
        }
        full = Path.TrimEndingDirectorySeparator(full);
        string name = Path.GetFileName(full);
        if (name.Length == 0) throw new InputException($"{option} {target}: the root of the file system cannot be an output folder");
        int bytes = Encoding.UTF8.GetByteCount(name);
        if (bytes > MaxNameBytes)
            throw new InputException($"{option}: the folder name is {bytes} bytes long; expected at most {MaxNameBytes} (choose a shorter name)");
        if (Encoding.UTF8.GetByteCount(full) > 4000)
            throw new InputException($"{option}: the path is longer than 4000 bytes; choose a shorter one");
        return full;
    }

    private static void CheckNotProtected(string target, string full, string[] inputs)
    {
        if (ProtectionProblem(full, inputs) is { } problem)
            throw new InputException($"--out {target}: refused: {problem}. Choose another --out (a new or empty folder, or one this program wrote)");
    }

    /// <summary>Why <paramref name="full"/> may never be replaced, or null.</summary>
    private static string? ProtectionProblem(string full, string[] inputs)
    {
        string cwd = Path.TrimEndingDirectorySeparator(Path.GetFullPath(Directory.GetCurrentDirectory()));
        if (IsSameOrInside(cwd, full))
            return full == cwd ? "it is the working folder" : $"it contains the working folder {cwd}";
        string home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        if (home.Length > 0 && Path.TrimEndingDirectorySeparator(home) == full) return "it is your home folder";
        foreach (var input in inputs)
            if (IsSameOrInside(input, full)) return $"it holds {input}, an input of this run";
        return null;
    }

    private static void CheckReplaceable(string target, string full, bool force, bool isDefault)
    {
        if (File.Exists(full)) throw new InputException($"--out {target}: exists and is a file; choose another --out");
        if (!Directory.Exists(full)) return;
        if (!force && !isDefault && Directory.EnumerateFileSystemEntries(full).Any())
            throw new InputException($"{target}: output folder exists; pass --force to replace it (only a folder this program wrote, unchanged, is replaced), or choose another --out");
        if (ReplaceProblem(full, force, isDefault) is { } problem)
            throw new InputException($"{target}: will not replace this folder: {problem}. Choose another --out, or move what you want to keep");
    }

    /// <summary>Why an existing folder may not be replaced, or null. An empty folder may be filled; any other folder
    /// must carry the marker of this program and hold exactly the files it lists, unchanged.</summary>
    internal static string? ReplaceProblem(string full, bool force, bool isDefault)
    {
        var info = new DirectoryInfo(full);
        if (info.LinkTarget is not null) return "it is a symbolic link (give the folder it points to, if this program wrote it)";
        if (!info.EnumerateFileSystemInfos().Any()) return null;
        string marker = Path.Combine(full, MarkerFile);
        if (!File.Exists(marker)) return LegacyProblem(full);
        Dictionary<string, (long Size, long Ticks)> listed;
        try { listed = ReadMarker(marker); }
        catch (Exception e) when (e is JsonException or InvalidOperationException or KeyNotFoundException or FormatException or IOException)
        {
            return $"its {MarkerFile} is unreadable ({e.Message})";
        }
        foreach (var file in Directory.EnumerateFiles(full, "*", SearchOption.AllDirectories))
        {
            string rel = Path.GetRelativePath(full, file).Replace('\\', '/');
            if (rel == MarkerFile) continue;
            if (!listed.TryGetValue(rel, out var meta)) return $"it holds {rel}, which this program did not write";
            var fi = new FileInfo(file);
            if (fi.LinkTarget is not null) return $"{rel} is a symbolic link this program did not write";
            if (fi.Length != meta.Size || fi.LastWriteTimeUtc.Ticks != meta.Ticks) return $"{rel} was changed after the run";
        }
        foreach (var dir in Directory.EnumerateDirectories(full, "*", SearchOption.AllDirectories))
            if (new DirectoryInfo(dir).LinkTarget is not null)
                return $"{Path.GetRelativePath(full, dir)} is a symbolic link this program did not write";
        return null;
    }

    /// <summary>Folders written before the marker existed: a manifest.json of this program, and nothing but the kinds of
    /// files its commands write.</summary>
    private static string? LegacyProblem(string full)
    {
        string manifest = Path.Combine(full, "manifest.json");
        if (!File.Exists(manifest)) return "it was not written by this program (no manifest.json)";
        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(manifest));
            if (doc.RootElement.ValueKind != JsonValueKind.Object || !doc.RootElement.TryGetProperty("tool", out var tool) || tool.ValueKind != JsonValueKind.String || tool.GetString() != Tool)
                return "its manifest.json was not written by this program";
        }
        catch (JsonException) { return "its manifest.json was not written by this program"; }
        string[] ownKinds = [".csv", ".json", ".html", ".svg"];
        foreach (var file in Directory.EnumerateFiles(full, "*", SearchOption.AllDirectories))
            if (!ownKinds.Contains(Path.GetExtension(file), StringComparer.Ordinal))
                return $"it holds {Path.GetRelativePath(full, file)}, which this program did not write";
        return null;
    }

    private static bool IsSameOrInside(string path, string folder)
    {
        path = Path.TrimEndingDirectorySeparator(path);
        return path == folder || path.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);
    }

    // ───────────────────────────── Marker ─────────────────────────────

    private static void WriteMarker(string folder)
    {
        using var stream = File.Create(Path.Combine(folder, MarkerFile));
        using var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        w.WriteStartObject();
        w.WriteString("tool", Tool);
        w.WriteString("note", "Written by Resilience; it replaces this folder only while these files are unchanged and nothing was added.");
        w.WriteStartArray("files");
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            string rel = Path.GetRelativePath(folder, file).Replace('\\', '/');
            if (rel == MarkerFile) continue;
            var fi = new FileInfo(file);
            w.WriteStartObject();
            w.WriteString("path", rel);
            w.WriteNumber("bytes", fi.Length);
            w.WriteNumber("modifiedTicks", fi.LastWriteTimeUtc.Ticks);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static Dictionary<string, (long, long)> ReadMarker(string marker)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(marker));
        var root = doc.RootElement;
        if (root.GetProperty("tool").GetString() != Tool) throw new FormatException("not written by this program");
        var map = new Dictionary<string, (long, long)>(StringComparer.Ordinal);
        foreach (var f in root.GetProperty("files").EnumerateArray())
            map[f.GetProperty("path").GetString()!] = (f.GetProperty("bytes").GetInt64(), f.GetProperty("modifiedTicks").GetInt64());
        return map;
    }

    private static string FreeSibling(string full)
    {
        string stamp = DateTime.Now.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
        string candidate = $"{full}-{stamp}";
        for (int k = 2; Directory.Exists(candidate) || File.Exists(candidate); k++) candidate = $"{full}-{stamp}-{k}";
        return candidate;
    }

    // ───────────────────────────── Lock and stale folders ─────────────────────────────

    /// <summary>The lock file of an output folder: in the system's temporary folder (per user), named by a hash of the
    /// folder's full path, so that nothing is added beside the user's folders.</summary>
    internal static string LockPath(string full)
    {
        string dir = Path.Combine(Path.GetTempPath(), $"resilience-locks-{Environment.UserName}");
        Directory.CreateDirectory(dir);
        string hash = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(full)))[..32].ToLowerInvariant();
        return Path.Combine(dir, hash + ".lock");
    }

    /// <summary>An exclusive lock (flock through FileShare.None) on the folder's lock file, held for the whole run; the
    /// operating system releases it when the process ends, however it ends. The file itself stays (a few bytes):
    /// removing it would let a run that opened it just before lock a file nobody else sees.</summary>
    private static FileStream AcquireLock(string target, string full, string lockPath, string option)
    {
        try
        {
            var stream = new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            stream.SetLength(0);
            stream.Write(Encoding.UTF8.GetBytes($"{Environment.ProcessId} {full}\n"));
            stream.Flush();
            return stream;
        }
        catch (UnauthorizedAccessException e) { throw new InputException($"{option} {target}: cannot create its lock file {lockPath}: {e.Message}"); }
        catch (IOException e) when (IsLockConflict(e))
        {
            throw new InputException($"{target}: another Resilience run is writing this output folder; wait for it to finish, or choose another --out");
        }
        catch (IOException e) { throw new InputException($"{option} {target}: cannot create its lock file {lockPath}: {e.Message}"); }
    }

    private static bool IsLockConflict(IOException e) => e.HResult is 11 or 35 || e.Message.Contains("being used by another process", StringComparison.Ordinal);

    private static void ReleaseLock(FileStream stream) => stream.Dispose();

    /// <summary>Names this process in the names of its hidden folders: the host and the process id, so that on a
    /// shared cluster file system a run never removes the folder of a process running on another node.</summary>
    public static string ProcessTag => $"{Host}-{Environment.ProcessId}";

    private static readonly string Host = HostName();

    private static string HostName()
    {
        string h = new([.. Environment.MachineName.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '_')]);
        return h.Length == 0 ? "host" : h.Length > 40 ? h[..40] : h;
    }

    [GeneratedRegex(@"^\.(.+)\.(partial|old)-(?:([A-Za-z0-9_]+)-)?(\d+)-[0-9a-f]{32}$")]
    private static partial Regex StaleName();

    /// <summary>A path as the user would type it: relative to the working directory when inside it, else absolute.</summary>
    public static string Shown(string path)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, path);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? Path.GetFullPath(path) : relative;
    }

    /// <summary>Quote an argument for a POSIX shell when it holds anything but safe characters.</summary>
    public static string ShellQuote(string arg) =>
        arg.Length > 0 && arg.All(c => char.IsAsciiLetterOrDigit(c) || "-_./=,:+@%".Contains(c)) ? arg : "'" + arg.Replace("'", "'\\''") + "'";

    /// <summary>The folder a path will have once its output is committed: a temporary folder's target (its sibling
    /// without the hidden prefix and suffix), else the path itself. A report written before the move names where
    /// its files will be.</summary>
    public static string Final(string path)
    {
        string trimmed = Path.TrimEndingDirectorySeparator(path);
        var m = StaleName().Match(Path.GetFileName(trimmed));
        return m.Success && m.Groups[2].Value == "partial" ? Path.Combine(Path.GetDirectoryName(trimmed) ?? "", m.Groups[1].Value) : trimmed;
    }

    /// <summary>Remove hidden temporary and set-aside folders of this program in <paramref name="parent"/> whose
    /// process no longer runs (a run killed with SIGKILL, or a failed delete).</summary>
    internal static void CleanStale(string parent)
    {
        IEnumerable<string> entries;
        try { entries = Directory.EnumerateDirectories(parent, ".*").ToList(); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return; }
        foreach (var dir in entries)
        {
            var m = StaleName().Match(Path.GetFileName(dir));
            if (!m.Success || !int.TryParse(m.Groups[4].Value, CultureInfo.InvariantCulture, out int pid)) continue;
            if (m.Groups[3].Success && m.Groups[3].Value != Host) continue; // another machine's process: cannot tell
            if (pid == Environment.ProcessId || IsRunning(pid)) continue;
            try { Directory.Delete(dir, recursive: true); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
        }
    }

    private static bool IsRunning(int pid)
    {
        if (OperatingSystem.IsLinux()) return Directory.Exists($"/proc/{pid}");
        try
        {
            using var p = Process.GetProcessById(pid);
            return !p.HasExited;
        }
        catch (ArgumentException) { return false; }
        catch (InvalidOperationException) { return false; }
    }
}
