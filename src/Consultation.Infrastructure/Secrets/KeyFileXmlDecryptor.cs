using System.Text;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;
using Microsoft.Extensions.DependencyInjection;

namespace Consultation.Infrastructure.Secrets;

/// <summary>Opens what <see cref="KeyFileXmlEncryptor"/> sealed; Data Protection creates it by type with the services.</summary>
public sealed class KeyFileXmlDecryptor(IServiceProvider services) : IXmlDecryptor
{
    public XElement Decrypt(XElement encryptedElement)
    {
        var keyFile = services.GetRequiredService<SecretsKeyFile>();
        return XElement.Parse(Encoding.UTF8.GetString(keyFile.Open(Convert.FromBase64String(encryptedElement.Value))));
    }
}
