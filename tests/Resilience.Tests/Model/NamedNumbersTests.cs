using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using Resilience.IO;
using Resilience.Model;

namespace Resilience.Tests;

/// <summary>
/// Every number in the model has a name (issue 13): a parameter with default, range, unit, evidence and source, or a
/// named constant. These tests read the source and the parameter metadata, so that a new bare number, a random-draw
/// index that collides with another, or documentation that drifts from the code fails the build's tests.
/// </summary>
[Trait("Tier", "Fast")]
public partial class NamedNumbersTests
{
    private static string ModelDir => Path.Combine(TestSupport.RepoRoot, "src", "Resilience.Model");

    /// <summary>Numeric literals allowed anywhere: 0 and 1 (empty, whole, one more, a flag).</summary>
    private static readonly HashSet<double> Allowed = [0, 1];

    [Fact]
    public void TheModelHasNoUnnamedNumbers()
    {
        var found = UnnamedLiterals().ToList();
        Assert.True(found.Count == 0,
            $"{found.Count} numeric literal(s) in src/Resilience.Model outside a [Param] attribute or a named constant "
            + "(make each a parameter in Parameters/<domain>.cs, or a const whose name says what it is):\n" + string.Join("\n", found));
    }

    /// <summary>Issue 13's measure: numeric literals other than 0–4 and 12 anywhere in src/Resilience.Model outside
    /// Parameters/, named constants included (draw indices and event bits number themselves, ages and units are
    /// named once).</summary>
    [Fact]
    public void AtMostFortyNumbersAreWrittenOutsideTheParametersAndEachIsANamedConstant()
    {
        int count = 0;
        var found = new List<string>();
        foreach (var file in Directory.EnumerateFiles(ModelDir, "*.cs", SearchOption.TopDirectoryOnly))
        {
            if (Path.GetFileName(Path.GetDirectoryName(file)) == "Parameters") continue;
            var lines = StripCommentsAndStrings(File.ReadAllText(file)).Split('\n');
            foreach (var line in lines)
                foreach (Match m in NumericLiteral().Matches(line))
                {
                    string t = m.Value.TrimEnd('f', 'F', 'd', 'D', 'm', 'M', 'u', 'U', 'l', 'L').Replace("_", "");
                    double v = t.StartsWith("0x", StringComparison.OrdinalIgnoreCase) ? Convert.ToUInt64(t[2..], 16) : double.Parse(t, System.Globalization.CultureInfo.InvariantCulture);
                    if (v is 0 or 1 or 2 or 3 or 4 or 12) continue;
                    count++;
                    found.Add($"{Path.GetFileName(file)}: {m.Value}");
                }
        }
        Assert.True(count <= 40, $"{count} numeric literals:\n{string.Join("\n", found)}");
        Assert.Empty(UnnamedLiterals()); // and each of them is a named constant
    }

    [Fact]
    public void TheLiteralScanSeesABareNumber()
    {
        // The scan itself must be able to fail: a bare number in code is found, the same number in a comment, a
        // string or a named constant is not.
        const string code = "x = 0.3 * y; // 0.4\nvar s = \"0.5\";\nprivate const double Named = 0.6;\nif (a > 1) b = 0;\n";
        Assert.Equal(["0.3"], Literals(code).Select(l => l.Text));
    }

    public static IEnumerable<string> UnnamedLiterals()
    {
        foreach (var file in Directory.EnumerateFiles(ModelDir, "*.cs", SearchOption.AllDirectories))
        {
            string rel = Path.GetRelativePath(ModelDir, file);
            if (rel.StartsWith("obj", StringComparison.Ordinal) || rel.StartsWith("bin", StringComparison.Ordinal)) continue;
            foreach (var (line, text) in Literals(File.ReadAllText(file)))
                yield return $"{rel}:{line}: {text}";
        }
    }

    /// <summary>Numeric literals of C# source other than 0 and 1, outside comments, strings, <c>[Param(…)]</c>
    /// attributes, <c>const</c> declarations and enum members.</summary>
    public static IEnumerable<(int Line, string Text)> Literals(string source)
    {
        var lines = StripCommentsAndStrings(source).Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i];
            if (ConstDeclaration().IsMatch(line) || EnumMember().IsMatch(line) || line.TrimStart().StartsWith("[Param(", StringComparison.Ordinal)) continue;
            foreach (Match m in NumericLiteral().Matches(line))
            {
                string t = m.Value.TrimEnd('f', 'F', 'd', 'D', 'm', 'M', 'u', 'U', 'l', 'L').Replace("_", "");
                bool hex = t.StartsWith("0x", StringComparison.OrdinalIgnoreCase);
                double v = hex ? Convert.ToUInt64(t[2..], 16) : double.Parse(t, System.Globalization.CultureInfo.InvariantCulture);
                if (!Allowed.Contains(v)) yield return (i + 1, m.Value);
            }
        }
    }

    private static string StripCommentsAndStrings(string s)
    {
        var sb = new StringBuilder(s.Length);
        for (int i = 0; i < s.Length;)
        {
            if (s[i] == '/' && i + 1 < s.Length && s[i + 1] == '/')
            {
                while (i < s.Length && s[i] != '\n') i++;
            }
            else if (s[i] == '/' && i + 1 < s.Length && s[i + 1] == '*')
            {
                int end = s.IndexOf("*/", i + 2, StringComparison.Ordinal);
                for (int j = i; j < (end < 0 ? s.Length : end + 2); j++) if (s[j] == '\n') sb.Append('\n');
                i = end < 0 ? s.Length : end + 2;
            }
            else if (s[i] == '"')
            {
                bool verbatim = i > 0 && s[i - 1] == '@';
                i++;
                while (i < s.Length && s[i] != '"')
                {
                    if (s[i] == '\\' && !verbatim) i++;
                    i++;
                }
                i++;
                sb.Append("\"\"");
            }
            else if (s[i] == '\'' && i + 2 < s.Length && (s[i + 2] == '\'' || s[i + 1] == '\\'))
            {
                i = s.IndexOf('\'', i + 2) + 1;
                sb.Append("' '");
            }
            else sb.Append(s[i++]);
        }
        return sb.ToString();
    }

    [GeneratedRegex(@"(?<![\w.])(0[xX][0-9A-Fa-f_]+[uUlL]*|\d[\d_]*(\.\d+)?([eE][+-]?\d+)?[fFdDmMuUlL]*)")]
    private static partial Regex NumericLiteral();

    [GeneratedRegex(@"\bconst\s")]
    private static partial Regex ConstDeclaration();

    /// <summary>An enum member with a value (<c>Name = 1 &lt;&lt; 3,</c>): a named constant.</summary>
    [GeneratedRegex(@"^\s*[A-Z]\w*\s*=\s*[^;=]*,?\s*$")]
    private static partial Regex EnumMember();

    // ───────────────────────────── Random-draw indices ─────────────────────────────

    /// <summary>The source file that uses each stream's draw indices.</summary>
    private static readonly Dictionary<string, string> DrawUser = new()
    {
        ["Synthesis"] = "Synthesis.cs", ["Household"] = "HouseholdDynamics.cs", ["LifeEvents"] = "LifeEvents.cs",
        ["Money"] = "Money.cs", ["Coaching"] = "Coaching.cs", ["Work"] = "Work.cs", ["Activities"] = "Activities.cs",
        ["Psychology"] = "Psychology.cs", ["Coaches"] = "Coaches.cs", ["CoachTurnover"] = "Coaches.cs",
    };

    public static TheoryData<string> DrawStreams() => [.. typeof(Draw).GetNestedTypes().Select(t => t.Name)];

    [Theory]
    [MemberData(nameof(DrawStreams))]
    public void DrawIndicesOfAStreamNumberThemselvesAndFollowTheCode(string stream)
    {
        Assert.True(Enum.TryParse<Model.Stream>(stream, out _), $"Draw.{stream} is not a random stream");
        var type = typeof(Draw).GetNestedType(stream)!;
        Assert.True(type.IsEnum, $"Draw.{stream} must be an enum, so that its indices number themselves");
        var fields = type.GetFields(BindingFlags.Public | BindingFlags.Static).OrderBy(f => f.MetadataToken).ToList();
        // Indices 0, 1, 2, … in declaration order, none written by hand; a normal draw is followed by its reserved second.
        for (int k = 0; k < fields.Count; k++)
        {
            Assert.Equal(k, Convert.ToInt32(fields[k].GetValue(null), System.Globalization.CultureInfo.InvariantCulture));
            bool two = fields[k].GetCustomAttribute<TwoDrawsAttribute>() is not null;
            bool second = k + 1 < fields.Count && fields[k + 1].GetCustomAttribute<SecondDrawAttribute>() is not null;
            Assert.True(two == second, $"Draw.{stream}.{fields[k].Name}: a two-draw index must be followed by exactly one reserved second");
        }
        // Declared in the order the code first uses them; the reserved seconds are never used by name.
        string code = StripCommentsAndStrings(File.ReadAllText(Path.Combine(ModelDir, DrawUser[stream])));
        string prefix = stream == "Synthesis" ? "D." : $"Draw.{stream}.";
        var named = fields.Where(f => f.GetCustomAttribute<SecondDrawAttribute>() is null).ToList();
        var firstUse = named.Select(f => (f.Name, At: Regex.Match(code, Regex.Escape(prefix + f.Name) + @"\b").Index)).ToList();
        Assert.All(firstUse, u => Assert.True(u.At > 0, $"Draw.{stream}.{u.Name} is never used"));
        Assert.Equal(firstUse.OrderBy(u => u.At).Select(u => u.Name), firstUse.Select(u => u.Name));
        Assert.All(fields.Except(named), f => Assert.DoesNotMatch(Regex.Escape(prefix + f.Name) + @"\b", code));
    }

    // ───────────────────────────── Sources say what they support ─────────────────────────────

    [Fact]
    public void EvidenceAgreesWithTheSourceText()
    {
        foreach (var d in ParameterRegistry.All)
        {
            string source = d.Meta.Source;
            bool saysAssumption = source.Contains("assumption", StringComparison.OrdinalIgnoreCase);
            switch (d.Meta.Evidence)
            {
                case Evidence.Assumption:
                    Assert.True(saysAssumption, $"{d.Name}: evidence Assumption, but the source '{source}' does not say so");
                    break;
                case Evidence.Statute:
                    Assert.Matches(@"\bart\.|[Ww]et\b", source); // names the law and its article
                    Assert.False(d.IsLever, $"{d.Name}: a lever's default is a policy setting");
                    break;
                case Evidence.Measured:
                    Assert.False(saysAssumption, $"{d.Name}: evidence Measured, but the source '{source}' says assumption");
                    Assert.Contains('[', source);
                    Assert.False(d.IsLever, $"{d.Name}: a lever's default is a policy setting");
                    break;
                case Evidence.Calibrated:
                    Assert.Contains("calibrated", source, StringComparison.OrdinalIgnoreCase);
                    Assert.False(d.IsLever, $"{d.Name}: levers are not calibrated");
                    break;
                case Evidence.PolicySetting:
                    Assert.True(d.IsLever, $"{d.Name}: only a lever's default is a policy setting");
                    break;
                default:
                    Assert.True(source.Contains('['), $"{d.Name}: evidence Direction needs a cited source, got '{source}'");
                    break;
            }
            if (d.IsLever) Assert.Equal(Evidence.PolicySetting, d.Meta.Evidence);
            if (source.Contains("calibrated to", StringComparison.OrdinalIgnoreCase)) Assert.Equal(Evidence.Calibrated, d.Meta.Evidence);
            Assert.False(string.IsNullOrWhiteSpace(d.Meta.Unit), $"{d.Name} has no unit");
            Assert.False(string.IsNullOrWhiteSpace(d.Meta.Description), $"{d.Name} has no description");
            Assert.Null(d.Validate(d.Meta.Default));
        }
    }

    // ───────────────────────────── One source of truth for the documentation ─────────────────────────────

    [Fact]
    public void OddParameterTablesAreThoseTheCodeGenerates()
    {
        string path = Path.Combine(TestSupport.RepoRoot, "docs", "ODD.md");
        string doc = File.ReadAllText(path);
        Assert.True(ParameterTable.UpdateDocument(doc) == doc,
            "docs/ODD.md §11 differs from `params --markdown`; run: dotnet run --project src/Resilience.Cli -c Release -- params --update docs/ODD.md");
    }

    [Fact]
    public void EveryParameterIsInTheGeneratedTable()
    {
        string table = ParameterTable.Markdown();
        Assert.All(ParameterRegistry.All, d => Assert.Contains($"| `{d.Name}` |", table));
    }
}
