using Consultation.Infrastructure.Captcha;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Consultation.Web.Features.Captcha;

[AllowAnonymous]
public sealed class CaptchaController(ProofOfWorkCaptcha challenges, IOptions<CaptchaOptions> options) : Controller
{
    /// <summary>
    /// A fresh proof-of-work challenge for <c>wwwroot/js/pow.js</c> (or the Altcha widget). Never stored by browsers or
    /// proxies: each challenge is good for one submission. Absent when the site uses reCAPTCHA instead.
    /// </summary>
    [HttpGet("/captcha/challenge")]
    [ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
    public IActionResult Issue() =>
        options.Value.UsesRecaptcha ? NotFound() : Json(challenges.CreateChallenge());
}
