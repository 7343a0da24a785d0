namespace Consultation.Web.Hosting;

/// <summary>
/// Reads a choice a form posts as text (a select or radio value). A name outside the enum, or a number, becomes an
/// undefined value, which the entity refuses with its own localised message instead of a model-binding error.
/// </summary>
public static class FormChoice
{
    public static T Of<T>(string? text) where T : struct, Enum =>
        Enum.TryParse<T>(text, ignoreCase: false, out var value) && Enum.IsDefined(value) && !int.TryParse(text, out _)
            ? value
            : (T)(object)(-1);
}
