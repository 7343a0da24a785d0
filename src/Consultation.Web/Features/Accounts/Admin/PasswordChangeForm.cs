using System.ComponentModel.DataAnnotations;

namespace Consultation.Web.Features.Accounts.Admin;

/// <summary>One's own password change: the current password, and the new one twice so a typing slip is caught here.</summary>
public sealed class PasswordChangeForm
{
    [Required(ErrorMessage = "password.current_required"), StringLength(200)]
    public string CurrentPassword { get; set; } = "";

    [Required(ErrorMessage = "password.new_required"), StringLength(200)]
    public string NewPassword { get; set; } = "";

    [Required(ErrorMessage = "password.confirm_required"), Compare(nameof(NewPassword), ErrorMessage = "password.confirm_differs")]
    public string ConfirmPassword { get; set; } = "";
}
