using System.ComponentModel.DataAnnotations;

namespace Consultation.Web.Features.Accounts.Admin;

/// <summary>The authenticator's six digits (or, at sign-in, a recovery code) and where to go afterwards.</summary>
public sealed class CodeForm
{
    [Required(ErrorMessage = "login.code_required"), StringLength(40)]
    public string Code { get; set; } = "";

    public string? ReturnUrl { get; set; }
}
