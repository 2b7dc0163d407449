namespace Resilience.Experiments;

/// <summary>Command lines as a person pastes them into a POSIX shell (a report's rerun command, the sbatch scripts).</summary>
public static class Shell
{
    /// <summary>The command that reruns an experiment, as a user pastes it in a shell from the repository folder.</summary>
    public static IReadOnlyList<string> Rerun(IReadOnlyList<string> args) =>
        ["dotnet", "run", "--project", "src/Resilience.Cli", "-c", "Release", "--", .. args.Select(Quote)];

    /// <summary>Quote an argument for a POSIX shell when it holds anything but safe characters.</summary>
    public static string Quote(string arg) =>
        arg.Length > 0 && arg.All(c => char.IsAsciiLetterOrDigit(c) || "-_./=,:+@%".Contains(c)) ? arg : "'" + arg.Replace("'", "'\\''") + "'";
}
