using Microsoft.AspNetCore.Mvc;

namespace Consultation.Web.Hosting;

/// <summary>
/// The one way a back-office action says what it did: the message rides the redirect in TempData (encrypted) and
/// <c>Shared/_StatusMessage</c>, placed once in <c>_AdminLayout</c>, shows it at the top of the next page with
/// role=status, so a screen reader announces it too.
/// </summary>
public static class StatusMessages
{
    public const string Key = "StatusMessage";

    public static void Confirm(this Controller controller, string message) => controller.TempData[Key] = message;
}
