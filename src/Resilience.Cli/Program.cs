using System.CommandLine;
using Resilience.Cli;

return await Cli.Build().Parse(args).InvokeAsync();
