using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Consultation.Web.Hosting.Localization;

/// <summary>
/// Model-binding messages (a page number that is not a number, a value that fits no choice) in the visitor's language,
/// instead of ASP.NET Core's English "The value 'x' is not valid." on a Chinese page. Read at binding time, so each
/// request gets its own culture.
/// </summary>
public sealed class BindingMessages(StringCatalog strings) : IConfigureOptions<MvcOptions>
{
    public void Configure(MvcOptions options)
    {
        var messages = options.ModelBindingMessageProvider;
        messages.SetAttemptedValueIsInvalidAccessor((value, _) => Text("binding.value_invalid", value));
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => Text("binding.value_invalid", value));
        messages.SetValueIsInvalidAccessor(value => Text("binding.value_invalid", value));
        messages.SetUnknownValueIsInvalidAccessor(_ => Text("binding.unknown_invalid"));
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => Text("binding.unknown_invalid"));
        messages.SetValueMustBeANumberAccessor(_ => Text("binding.number"));
        messages.SetNonPropertyValueMustBeANumberAccessor(() => Text("binding.number"));
        messages.SetValueMustNotBeNullAccessor(_ => Text("binding.required"));
        messages.SetMissingBindRequiredValueAccessor(_ => Text("binding.required"));
        messages.SetMissingKeyOrValueAccessor(() => Text("binding.required"));
        messages.SetMissingRequestBodyRequiredValueAccessor(() => Text("binding.body_required"));
    }

    private string Text(string key, params object[] arguments) =>
        string.Format(CultureInfo.CurrentUICulture, strings.Find(key, CultureInfo.CurrentUICulture) ?? key, arguments);
}
