using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace Consultation.Web.Hosting.Localization;

/// <summary>
/// Gives every validation attribute written without a message (<c>[StringLength(200)]</c>) a catalogue key, so the
/// data-annotations localiser shows it in the reader's language: the hostile-input sweep found "The field Topic must
/// be a string with a maximum length of 200." on Chinese pages when a script posted a long value.
/// </summary>
public sealed class ValidationMessageKeys : IValidationMetadataProvider
{
    public void CreateValidationMetadata(ValidationMetadataProviderContext context)
    {
        foreach (var attribute in context.ValidationMetadata.ValidatorMetadata.OfType<ValidationAttribute>())
        {
            if (!string.IsNullOrEmpty(attribute.ErrorMessage) || attribute.ErrorMessageResourceType is not null) continue;
            var key = attribute switch
            {
                StringLengthAttribute { MinimumLength: > 0 } => "validation.length_between",
                StringLengthAttribute or MaxLengthAttribute => "validation.max_length",
                RequiredAttribute => "validation.required",
                RangeAttribute => "validation.range",
                EmailAddressAttribute => "validation.email",
                _ => null,
            };
            if (key is not null) attribute.ErrorMessage = key;
        }
    }
}
