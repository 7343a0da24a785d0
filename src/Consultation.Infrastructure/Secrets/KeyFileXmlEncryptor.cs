using System.Text;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;

namespace Consultation.Infrastructure.Secrets;

/// <summary>Encrypts each Data Protection key's XML with the <see cref="SecretsKeyFile"/> before it reaches the database.</summary>
public sealed class KeyFileXmlEncryptor(SecretsKeyFile keyFile) : IXmlEncryptor
{
    public const string ElementName = "encryptedKeyFileSecret";

    public EncryptedXmlInfo Encrypt(XElement plaintextElement)
    {
        var sealedXml = keyFile.Seal(Encoding.UTF8.GetBytes(plaintextElement.ToString(SaveOptions.DisableFormatting)));
        return new EncryptedXmlInfo(new XElement(ElementName, Convert.ToBase64String(sealedXml)),
            typeof(KeyFileXmlDecryptor));
    }
}
