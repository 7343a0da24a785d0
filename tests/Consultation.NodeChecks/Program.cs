using System.Text.RegularExpressions;
using Consultation.Infrastructure.Database;
using Consultation.NodeChecks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

// dotnet run --project tests/Consultation.NodeChecks -- <node A url> <node B url> <PostgreSQL connection string> <node A's first-run output>
if (args.Length != 4)
{
    Console.Error.WriteLine("usage: Consultation.NodeChecks <node A url> <node B url> <postgres connection string> <file with node A's first-run output>");
    return 2;
}
var passwords = Regex.Matches(await File.ReadAllTextAsync(args[3]), @"user: (\S+)\s+password: (\S+)")
    .ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);
var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
{
    ["Database:Provider"] = "Postgres",
    ["ConnectionStrings:Postgres"] = args[2],
}).Build();
var services = new ServiceCollection().AddLogging();
services.AddDatabase(configuration, Path.GetTempPath());
await using var provider = services.BuildServiceProvider();

var results = await new TwoNodeChecks(new Uri(args[0]), new Uri(args[1]), provider, passwords).RunAsync();
Console.WriteLine();
Console.WriteLine($"| {"check",-60} | {"result",-6} | figure");
Console.WriteLine($"|{new string('-', 62)}|{new string('-', 8)}|--------");
foreach (var r in results) Console.WriteLine($"| {r.Name,-60} | {(r.Passed ? "ok" : "FAILED"),-6} | {r.Figure}");
Console.WriteLine($"{results.Count(r => r.Passed)} of {results.Count} checks held.");
return results.All(r => r.Passed) ? 0 : 1;
