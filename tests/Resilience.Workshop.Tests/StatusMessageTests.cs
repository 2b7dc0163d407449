using System.Text.Json;
using Resilience.IO;
using Resilience.Model;

namespace Resilience.Workshop.Tests;

/// <summary>The session's status line is rendered in each viewer's language, levers by their labels (a Dutch page
/// showed "Reached the horizon of 60 months." in English).</summary>
[Trait("Tier", "Fast")]
public class StatusMessageTests
{
    private static string Message(Snapshot s, Labels labels) =>
        JsonDocument.Parse(s.StateJson(0, false, labels)).RootElement.GetProperty("message").GetString()!;

    [Fact]
    public void StatusMessagesFollowTheViewersLanguage()
    {
        var scenario = ScenarioLoader.Load(Path.Combine(Repo.Root, "scenarios", "baseline.json")).With(200, 2, null, 1);
        using var session = new SessionCore(scenario, 200);
        Assert.Equal("Session started: baseline, 200 clients, 2 months.", Message(session.Current, Labels.English));
        Assert.Equal("Sessie gestart: baseline, 200 cliënten, 2 maanden.", Message(session.Current, Labels.Dutch));

        var changed = session.SetLevers(new Dictionary<string, double> { ["sanctions.strictness"] = 0.9 });
        var def = ParameterRegistry.Get("sanctions.strictness");
        string nl = Message(changed, Labels.Dutch), en = Message(changed, Labels.English);
        Assert.StartsWith("Vanaf maand 1: ", nl);
        Assert.Contains(Labels.Dutch.Lever(def).Label, nl);
        Assert.StartsWith("From month 1: ", en);
        Assert.Contains(Labels.English.Lever(def).Label, en);
        Assert.NotEqual(Labels.English.Lever(def).Label, Labels.Dutch.Lever(def).Label);

        session.Play();
        session.Step();
        var last = session.Step();
        Assert.Equal("Het einde van de looptijd van 2 maanden is bereikt.", Message(last, Labels.Dutch));
        Assert.Equal("Reached the horizon of 2 months.", Message(last, Labels.English));
    }
}
