using System.Globalization;
using Consultation.Core.Accounts;
using Consultation.Core.Comments;
using Consultation.Core.Consultations;
using Consultation.Infrastructure.Database;
using Consultation.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Consultation.IntegrationTests.Consultations;

/// <summary>
/// The shared moves of the consultation back-office tests: signing in, filling the form, and — for tests about what
/// happens after publication — publishing and commenting straight through the domain, as the public form lives elsewhere.
/// </summary>
internal sealed class ConsultationSteps(SiteFixture site)
{
    public const string Draft = "第一条　为了规范中小学校管理，制定本办法。\n\n第二条　本办法适用于全省中小学校。";

    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    /// <summary>An hour ago, so a window starting here is open now.</summary>
    public static DateTimeOffset Opens { get; } = DateTimeOffset.UtcNow.AddHours(-1);

    public async Task<Browser> As(string user) =>
        await new Browser(site.Factory.CreatePlainClient(), site.Factory.Services).SignInAsync(user, site.Factory.Credentials.PasswordOf(user));

    public static string NewSlug() => "t-" + Guid.NewGuid().ToString("N")[..12];

    /// <summary>What an editor types into a datetime-local box: Beijing time, to the minute.</summary>
    public static string Local(DateTimeOffset t) => t.ToOffset(Beijing).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture);

    public static Dictionary<string, string> Form(string slug, int days, string? reason = null) => new()
    {
        ["DecisionId"] = "0",
        ["DecisionTitle"] = "中小学校管理办法制定",
        ["DecisionDepartment"] = "政策法规处",
        ["DecisionYear"] = "2026",
        ["Slug"] = slug,
        ["Title"] = "山东省中小学校管理办法（征求意见稿）",
        ["Draft"] = Draft,
        ["Explanation"] = "起草说明正文",
        ["OpensAt"] = Local(Opens),
        ["ClosesAt"] = Local(Opens.AddDays(days)),
        ["ShortWindowReason"] = reason ?? "",
        ["Moderation"] = nameof(ModerationMode.PreModeration),
    };

    public static Task<HttpResponseMessage> CreateAsync(Browser editor, Dictionary<string, string> fields) =>
        editor.SubmitAsync("/admin/consultations/new", "/admin/consultations/new", fields);

    public static int IdFrom(HttpResponseMessage created) =>
        int.Parse(created.Headers.Location!.OriginalString.Split('/').Last(), CultureInfo.InvariantCulture);

    public static Task<HttpResponseMessage> Act(Browser who, int id, string action, Dictionary<string, string>? fields = null) =>
        who.PostWithTokenAsync($"/admin/consultations/{id}", $"/admin/consultations/{id}/{action}", fields ?? []);

    /// <summary>Presses a 三审 button (submit, approve, send-back) on the consultation's page.</summary>
    public static Task<HttpResponseMessage> Review(Browser who, int id, string move) =>
        who.PostWithTokenAsync($"/admin/consultations/{id}", ReviewUrl.For($"/admin/consultations/{id}", move), new Dictionary<string, string>());

    public async Task<T> Read<T>(Func<ConsultationDbContext, Task<T>> query)
    {
        using var scope = site.Factory.Services.CreateScope();
        return await query(scope.ServiceProvider.GetRequiredService<ConsultationDbContext>());
    }

    /// <summary>A consultation open now and already through 三审, made through the domain.</summary>
    public async Task<PublicConsultation> PublishedAsync()
    {
        using var scope = site.Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ConsultationDbContext>();
        var rules = scope.ServiceProvider.GetRequiredService<IOptions<ConsultationRules>>().Value;
        var decision = Decision.Create("测试决策", "政策法规处", 2026, true, "", Person("t-editor", BackOfficeRoles.Editor));
        db.Decisions.Add(decision);
        await db.SaveChangesAsync();
        var editor = Person("t-editor", BackOfficeRoles.Editor);
        var consultation = PublicConsultation.Create(decision.Id, NewSlug(), "测试征求意见稿", Draft, "起草说明。",
            ConsultationWindow.Create(Opens, Opens.AddDays(30), null, rules), ModerationMode.PreModeration, editor);
        var approvedAt = Opens.AddMinutes(-1);
        consultation.AddInterpretation(InterpretationForm.Text, "解读", "解读正文。", editor, approvedAt);
        consultation.Submit(editor, approvedAt, rules);
        consultation.Approve(Person("t-first", BackOfficeRoles.FirstReviewer), approvedAt, rules);
        consultation.Approve(Person("t-second", BackOfficeRoles.SecondReviewer), approvedAt, rules);
        consultation.Approve(Person("t-final", BackOfficeRoles.FinalReviewer), approvedAt, rules);
        db.Consultations.Add(consultation);
        await db.SaveChangesAsync();
        return consultation;
    }

    /// <summary>A citizen's web comment, taken by the aggregate exactly as the public form will.</summary>
    public async Task<long> ReceiveAsync(int consultationId, string body, string? name = null, string? contact = null,
        bool publishName = false, string? organisation = null) =>
        (await ReceiveCoreAsync(consultationId, new CommentDraft(null, body, name, organisation, contact, publishName,
            Guid.NewGuid().ToString("N")))).Id;

    /// <summary>As <see cref="ReceiveAsync"/>, returning the receipt code the citizen was given.</summary>
    public async Task<string> ReceiveWithReceiptAsync(int consultationId, string body) =>
        (await ReceiveCoreAsync(consultationId, new CommentDraft(null, body, null, null, null, false,
            Guid.NewGuid().ToString("N")))).Code;

    private async Task<(long Id, string Code)> ReceiveCoreAsync(int consultationId, CommentDraft draft)
    {
        using var scope = site.Factory.Services.CreateScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<ConsultationDbContext>();
        var consultation = db.Consultations.Single(c => c.Id == consultationId);
        var code = ReceiptCode.New();
        var comment = consultation.Receive(draft, code, services.GetRequiredService<IReceiptHasher>(),
            SensitiveWordList.Empty, DateTimeOffset.UtcNow, services.GetRequiredService<IOptions<ConsultationRules>>().Value);
        db.Comments.Add(comment);
        await db.SaveChangesAsync();
        return (comment.Id, code);
    }

    private static Actor Person(string id, string role) => new(id, id, new HashSet<string> { role });
}
