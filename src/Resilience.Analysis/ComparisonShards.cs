using System.Globalization;
using System.Text;
using System.Text.Json;
using Resilience.Engine;
using Resilience.IO;
using Resilience.Model;

namespace Resilience.Analysis;

/// <summary>
/// A comparison split by replication for a cluster job array: shard i of n runs the replications r with
/// r mod n = i − 1 of every scenario (and of the independent-seed baseline) and stores the raw runs exactly
/// (runs.bin); the merge puts them back in replication order, so the report equals one machine's.
/// </summary>
public static class ComparisonShards
{
    private const string Magic = "RESILIENCE-RUNS-1";

    public static bool InShard(int replication, int index, int count) => replication % count == index - 1;

    /// <summary>Identifies the comparison (scenario files' parameters and schedules, sizes, seed) so shards of different
    /// comparisons are never merged.</summary>
    public static string Hash(IReadOnlyList<Scenario> aligned)
    {
        var sb = new StringBuilder();
        foreach (var s in aligned)
        {
            sb.Append(s.Name).Append('|').Append(ParameterRegistry.Hash(s.ToParameters())).Append('|').Append(s.Clients).Append('|').Append(s.Months)
              .Append('|').Append(s.Seed).Append('|').Append(s.Replications).Append('|');
            foreach (var c in s.Schedule)
            {
                sb.Append(c.Month).Append(':');
                foreach (var (k, v) in c.Values.OrderBy(x => x.Key, StringComparer.Ordinal)) sb.Append(k).Append('=').Append(v.ToString("R", CultureInfo.InvariantCulture)).Append(',');
            }
            sb.Append(';');
        }
        return Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(sb.ToString())))[..16].ToLowerInvariant();
    }

    public static void Write(OutputFolder folder, ComparisonResult c, IReadOnlyList<string> scenarioFiles, IReadOnlyList<string> commandLine, int index, int count)
    {
        using (var stream = File.Create(folder.PathOf("runs.bin")))
        using (var w = new BinaryWriter(stream, Encoding.UTF8))
        {
            w.Write(Magic);
            var groups = c.Runs.Append(c.IndependentBaseline).ToList();
            w.Write(groups.Count);
            for (int g = 0; g < groups.Count; g++)
            {
                w.Write(groups[g].Count);
                foreach (var run in groups[g])
                {
                    w.Write(run.Replication);
                    WriteJagged(w, run.Raw, (bw, v) => bw.Write(v));
                    WriteJagged(w, run.Transitions, (bw, v) => bw.Write(v));
                }
            }
        }
        var m = new Manifest("compare-shard")
            .Add("files", scenarioFiles)
            .Add("commandLine", commandLine)
            .Add("clients", c.Baseline.Clients)
            .Add("months", c.Baseline.Months)
            .Add("seed", c.Baseline.Seed)
            .Add("replications", c.Replications)
            .Add("threads", c.Threads)
            .Add("designHash", Hash(c.Scenarios));
        if (c.Draws is not null) m.Add("parameterSetHash", c.Draws.Hash);
        m.Shard(index, count).StartTime(c.Start).EndTime(c.End).CodeVersion().Write(folder);
    }

    /// <summary>Read one shard's runs: per group (scenarios in order, then the independent baseline), the runs it holds.</summary>
    public static List<List<RunResult>> Read(string path, int groups, int months)
    {
        try
        {
            using var stream = File.OpenRead(path);
            using var r = new BinaryReader(stream, Encoding.UTF8);
            if (r.ReadString() != Magic) throw new InputException($"{path}: not a runs file of this program");
            int n = r.ReadInt32();
            if (n != groups) throw new InputException($"{path}: holds {n} scenario groups; expected {groups}");
            var result = new List<List<RunResult>>();
            for (int g = 0; g < n; g++)
            {
                int count = r.ReadInt32();
                var list = new List<RunResult>();
                for (int k = 0; k < count; k++)
                {
                    int replication = r.ReadInt32();
                    var raw = ReadJagged(r, br => br.ReadDouble(), path);
                    var transitions = ReadJagged(r, br => br.ReadInt64(), path);
                    if (raw.Length != months + 1) throw new InputException($"{path}: a run has {raw.Length - 1} months; expected {months}");
                    list.Add(new RunResult(replication, raw, transitions));
                }
                result.Add(list);
            }
            if (stream.Position != stream.Length) throw new InputException($"{path}: unexpected data after the runs");
            return result;
        }
        catch (EndOfStreamException) { throw new InputException($"{path}: cut short (an incomplete shard?)"); }
    }

    private static void WriteJagged<T>(BinaryWriter w, T[][] rows, Action<BinaryWriter, T> write)
    {
        w.Write(rows.Length);
        foreach (var row in rows)
        {
            w.Write(row.Length);
            foreach (var v in row) write(w, v);
        }
    }

    private static T[][] ReadJagged<T>(BinaryReader r, Func<BinaryReader, T> read, string path)
    {
        int n = r.ReadInt32();
        if (n is < 0 or > 100_000) throw new InputException($"{path}: damaged (a run of {n} months)");
        var rows = new T[n][];
        for (int i = 0; i < n; i++)
        {
            int m = r.ReadInt32();
            if (m is < 0 or > 10_000_000) throw new InputException($"{path}: damaged (a row of {m} values)");
            rows[i] = new T[m];
            for (int k = 0; k < m; k++) rows[i][k] = read(r);
        }
        return rows;
    }
}
