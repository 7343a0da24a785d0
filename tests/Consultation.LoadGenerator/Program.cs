using Consultation.LoadGenerator;

// Posts comments to a running site as a crowd of browsers would; see LoadOptions for the arguments.
var options = LoadOptions.Parse(args);
var run = new LoadRun(options);
await run.RunAsync();
LoadReport.Print(run, options.Duration, Console.Out);
if (options.ReceiptsFile is { } file) await LoadReport.WriteReceiptsAsync(run.Results, file);
