using Consultation.Web.Features.Operations;
using Consultation.Web.Features.Search;
using Consultation.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.UseSiteRoot();
builder.Services.AddConsultationSite(builder.Configuration, builder.Environment);

var app = builder.Build();
if (await BackupCommandLine.RunBeforeMigrationAsync(app, args) is { } restored) return restored;
app.StartWarmUpInBackground();
await app.PrepareDatabaseAsync();
if (await SiteCommands.RunAsync(app, args) is { } exitCode) return exitCode;
app.UseConsultationPipeline();
app.MapConsultationEndpoints();
app.Run();
return 0;

/// <summary>Entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
