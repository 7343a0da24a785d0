using Consultation.Infrastructure.Secrets;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Options;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Consultation.Infrastructure.Database;

public static class DatabaseModule
{
    /// <summary>
    /// Registers the DbContext on SQLite (default, file under App_Data) or PostgreSQL, per <c>Database:Provider</c>,
    /// with every <see cref="IInterceptor"/> registered (tests count SQL commands that way), and keeps the Data Protection keys in it so every node reads the same antiforgery and sign-in cookies.
    /// </summary>
    // Said, not defaulted: every query that includes two collections loads one aggregate's few children (a draft's
    // interpretations and extensions, a meeting's invitees and their opinions), so one joined query is cheaper than
    // several; EF otherwise warns in the log on every such query's first use.
    private const QuerySplittingBehavior OneQuery = QuerySplittingBehavior.SingleQuery;

    public static IServiceCollection AddDatabase(this IServiceCollection services,
        IConfiguration configuration, string contentRoot)
    {
        var provider = configuration["Database:Provider"] ?? DatabaseOptions.Sqlite;
        if (string.Equals(provider, DatabaseOptions.Postgres, StringComparison.OrdinalIgnoreCase))
        {
            var cs = configuration.GetConnectionString("Postgres")
                     ?? throw new InvalidOperationException("ConnectionStrings:Postgres is required when Database:Provider is Postgres.");
            services.AddDbContext<ConsultationDbContext>((sp, o) =>
                o.UseNpgsql(cs, x => x.MigrationsAssembly("Consultation.Migrations.Postgres").UseQuerySplittingBehavior(OneQuery))
                    .AddInterceptors(sp.GetServices<IInterceptor>()));
        }
        else if (string.Equals(provider, DatabaseOptions.Sqlite, StringComparison.OrdinalIgnoreCase))
        {
            var cs = SqliteConnectionString(configuration.GetConnectionString("Sqlite"), contentRoot);
            services.AddDbContext<ConsultationDbContext>((sp, o) =>
                o.UseSqlite(cs, x => x.MigrationsAssembly("Consultation.Migrations.Sqlite").UseQuerySplittingBehavior(OneQuery))
                    .AddInterceptors(sp.GetServices<IInterceptor>()));
        }
        else
        {
            throw new InvalidOperationException($"Unknown Database:Provider '{provider}'. Use Sqlite or Postgres.");
        }
        services.AddScoped<DatabaseInitializer>();
        services.AddDataProtection().SetApplicationName("Consultation").PersistKeysToDbContext<ConsultationDbContext>();
        services.AddSingleton<SecretsKeyFile>();
        // With a key file, every key ring entry is encrypted before it is stored (see SecretsKeyFile).
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(sp => new ConfigureOptions<KeyManagementOptions>(o =>
        {
            var keyFile = sp.GetRequiredService<SecretsKeyFile>();
            if (keyFile.IsConfigured) o.XmlEncryptor = new KeyFileXmlEncryptor(keyFile);
        }));
        return services;
    }

    /// <summary>Resolves a relative SQLite file against the content root and makes sure its folder exists.</summary>
    public static string SqliteConnectionString(string? configured, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(configured ?? "Data Source=App_Data/consultation.db");
        if (builder.Mode != SqliteOpenMode.Memory && !builder.DataSource.StartsWith(':'))
        {
            var path = Path.IsPathRooted(builder.DataSource)
                ? builder.DataSource
                : Path.Combine(contentRoot, builder.DataSource);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            builder.DataSource = path;
        }
        builder.ForeignKeys = true;
        return builder.ToString();
    }
}
