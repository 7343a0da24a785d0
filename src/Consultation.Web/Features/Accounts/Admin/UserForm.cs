namespace Consultation.Web.Features.Accounts.Admin;

/// <summary>What the user forms post. Validation lives in <c>AccountRules</c>, so the rules have one home and one set of messages.</summary>
public sealed class UserForm
{
    public string? UserName { get; set; }

    public string? DisplayName { get; set; }

    public List<string> Roles { get; set; } = [];
}
