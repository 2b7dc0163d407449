using System.CommandLine;
using Resilience.Experiments;

namespace Resilience.Cli;

/// <summary>The cluster options every experiment command takes (README "Running on a Slurm cluster") and
/// <c>slurm-status</c>; <see cref="Slurm"/> writes, submits and follows the jobs.</summary>
public static class SlurmCommands
{
    public sealed class Options
    {
        public readonly Option<bool> Submit = new("--slurm") { Description = "Run on a Slurm cluster: write an sbatch job array (one task per shard) and a merge job that depends on it, under --out, and submit both." };
        public readonly Option<bool> DryRun = new("--slurm-dry-run") { Description = "Only write the sbatch scripts under --out (no submission; needs no Slurm)." };
        public readonly Option<bool> Wait = new("--wait") { Description = "With --slurm: wait until the merge has finished and exit with its status." };
        public readonly Option<bool> Resume = new("--resume") { Description = "With --slurm: submit only the shards of --out that have no result yet, and the merge." };
        public readonly Option<int?> Shards = new("--slurm-shards") { Description = $"Array tasks (default: from the work size, about {Slurm.DefaultClientMonthsPerShard:0.#e0} client-months per task, at most {Slurm.MaxDefaultShards})." };
        public readonly Option<string?> Partition = new("--partition") { Description = "Slurm partition (sbatch --partition)." };
        public readonly Option<string?> Account = new("--account") { Description = "Slurm account to charge (sbatch --account)." };
        public readonly Option<string?> Time = new("--time") { Description = "Time limit per task, e.g. 01:00:00 (sbatch --time)." };
        public readonly Option<string?> Memory = new("--mem") { Description = "Memory per task, e.g. 4G (sbatch --mem)." };
        public readonly Option<int> Cpus = new("--cpus-per-task") { Description = "Cores per array task; the shard runs that many threads.", DefaultValueFactory = _ => 1 };
        public readonly Option<string[]> Sbatch = new("--sbatch-option") { Description = "Any other sbatch option for both jobs, e.g. --sbatch-option=--qos=short (repeatable)." };
        public readonly Option<string?> Bin = new("--slurm-bin") { Description = "Program the tasks run (default: a self-contained build made, or reused, in .resilience-bin beside --out)." };
        public readonly Option<string?> BinCache = new("--slurm-bin-cache") { Description = "Folder on the shared file system for the self-contained builds (default: .resilience-bin beside --out)." };

        public void AddTo(Command cmd)
        {
            foreach (Option o in new Option[] { Submit, DryRun, Wait, Resume, Shards, Partition, Account, Time, Memory, Cpus, Sbatch, Bin, BinCache }) cmd.Options.Add(o);
        }

        public SlurmOptions Read(ParseResult parse) => new()
        {
            Submit = parse.GetValue(Submit), DryRun = parse.GetValue(DryRun), Wait = parse.GetValue(Wait), Resume = parse.GetValue(Resume),
            Shards = parse.GetValue(Shards), Partition = parse.GetValue(Partition), Account = parse.GetValue(Account), Time = parse.GetValue(Time),
            Memory = parse.GetValue(Memory), CpusPerTask = parse.GetValue(Cpus), SbatchOptions = parse.GetValue(Sbatch) ?? [],
            Bin = parse.GetValue(Bin), BinCache = parse.GetValue(BinCache),
        };
    }

    public static Command Status()
    {
        var dir = new Argument<string>("JOB") { Description = "The --out folder of a --slurm run." };
        var cmd = new Command("slurm-status", "Say which shards of a --slurm run are done, which failed (with their logs), and whether the merge wrote the result.") { dir };
        cmd.SetAction(parse => Cli.Guard(() => Slurm.Status(parse.GetValue(dir)!, ConsoleTerminal.Instance)));
        return cmd;
    }
}
