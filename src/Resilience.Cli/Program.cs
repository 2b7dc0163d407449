using Spectre.Console;
using Resilience.Cli;

// Plain text when redirected (CI logs, files): no ANSI colour codes.
if (Console.IsOutputRedirected) AnsiConsole.Profile.Capabilities.Ansi = false;
return Cli.Execute(args);
