using System.Net;
using Consultation.Core.Disclosure;
using Consultation.Infrastructure.Database;
using Consultation.Infrastructure.Disclosure;
using Consultation.IntegrationTests.Infrastructure;
using Consultation.Tests;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Consultation.IntegrationTests.Disclosure;

/// <summary>A citizen filing a disclosure request through the form, and the office moving it through the back office.</summary>
internal static class DisclosureSteps
{
    public static Dictionary<string, string> Fields(string description, string name = "李申请", string phone = "13912345678",
        string email = "shenqing@example.cn") => new()
    {
        ["ApplicantKind"] = "NaturalPerson", ["ApplicantName"] = name, ["Phone"] = phone, ["Email"] = email,
        ["Description"] = description, ["DeliveryForm"] = "Electronic",
    };

    /// <summary>Fills and submits the form on /disclosure with a solved proof-of-work; returns the response.</summary>
    public static async Task<HttpResponseMessage> FileAsync(Browser citizen, Dictionary<string, string> fields)
    {
        fields["captcha"] = await ProofOfWorkSolver.SolveFromAsync(citizen.Client);
        return await citizen.SubmitAsync("/disclosure", "/disclosure", fields);
    }

    /// <summary>Files a request and returns the address of its status page.</summary>
    public static async Task<string> FiledAsync(Browser citizen, string description)
    {
        var response = await FileAsync(citizen, Fields(description));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.Headers.Location!.OriginalString.Split('?')[0];
    }

    /// <summary>
    /// A request received through the same intake as the form, without the form's anti-automation and rate limit:
    /// for tests about what happens after filing. Returns its status page address.
    /// </summary>
    public static async Task<string> ReceivedAsync(IServiceProvider services, string description)
    {
        using var scope = services.CreateScope();
        var code = await scope.ServiceProvider.GetRequiredService<DisclosureIntake>().ReceiveAsync(new DisclosureRequestDraft(
            ApplicantKind.NaturalPerson, "王申请", null, "13900001111", null, null, description, null, DeliveryForm.Electronic,
            Guid.NewGuid().ToString("N")));
        return $"/disclosure/status/{code}";
    }

    /// <summary>The id of the request with this description, as the office's list shows it.</summary>
    public static async Task<int> IdOfAsync(IServiceProvider services, string description)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ConsultationDbContext>();
        return await db.DisclosureRequests.Where(r => r.Description == description).Select(r => r.Id).SingleAsync();
    }

    public static Task<HttpResponseMessage> ReplyAsync(Browser editor, int id, ReplyType type, ReplyGround? ground,
        string text = "现将所申请信息提供给您。") =>
        editor.PostWithTokenAsync($"/admin/disclosure/{id}", $"/admin/disclosure/{id}/reply", new Dictionary<string, string>
        {
            ["Type"] = type.ToString(), ["Ground"] = ground?.ToString() ?? "", ["Text"] = text, ["FeeMethod"] = "None",
            ["Pages"] = "0",
        });
}
