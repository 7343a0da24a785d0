using System.Net;
using System.Security.Cryptography;
using System.Text;
using Consultation.Core.Subscriptions;
using Consultation.Infrastructure.Mail;
using Microsoft.Extensions.Options;

namespace Consultation.Infrastructure.Subscriptions;

/// <summary>
/// The subscribers' mail, in Chinese (the site's public language for notices), as plain text and simple HTML with
/// every inserted value encoded. Every mail ends with the one-click unsubscribe link that also goes into its headers.
/// </summary>
public sealed class SubscriptionMails(IOptions<MailOptions> mail, IOptions<SubscriptionOptions> options,
    SubscriptionTokens tokens)
{
    private string Site => mail.Value.SiteAddress.TrimEnd('/');

    public string ConsultationUrl(string slug) => $"{Site}/consultations/{Uri.EscapeDataString(slug)}";
    public string ReportUrl(string slug) => $"{ConsultationUrl(slug)}/report";
    public string CatalogUrl => $"{Site}/catalog";
    public string ReceiptUrl(string code) => $"{Site}/receipt/{Uri.EscapeDataString(code)}";
    public string UnsubscribeUrl(int subscriptionId) => $"{Site}/unsubscribe/{tokens.UnsubscribeFor(subscriptionId)}";

    /// <summary>What the subscriber follows, in words: 「…」的进展, 新发布的征求意见 …</summary>
    public static string TopicText(SubscriptionTopic topic, string? consultationTitle) => topic switch
    {
        SubscriptionTopic.Consultation => $"「{consultationTitle}」的进展",
        SubscriptionTopic.NewConsultations => "新发布的征求意见",
        SubscriptionTopic.Catalog => "重大行政决策事项目录的更新",
        _ => $"您对「{consultationTitle}」所提意见的反馈",
    };

    public MailDraft Confirmation(Subscription subscription, string token, string? consultationTitle)
    {
        var what = TopicText(subscription.Topic, consultationTitle);
        var url = $"{Site}/subscribe/confirm/{token}";
        return Draft($"subscription:{subscription.Id}:confirm:{SubscriptionTokens.HashOf(token)[..16]}", subscription,
            $"请确认订阅：{what}",
            $"有人（可能是您本人）在本站用这个邮箱订阅了{what}。",
            $"请在 {options.Value.ConfirmationValidDays} 日内打开下面的链接确认；确认之前不会给您发送任何通知。如果不是您本人申请，请忽略本邮件。",
            url, "确认订阅");
    }

    public MailDraft NoticeTo(Subscription subscription, Notice notice) =>
        Draft($"{notice.Key}:to:{AddressKey(subscription.Email)}", subscription, notice.Subject, notice.Sentence,
            $"您收到这封邮件，是因为您订阅了本站的更新。", notice.Link, "查看详情");

    /// <summary>The commenter's own notice: the report is out, and their receipt shows what became of their comment.</summary>
    public MailDraft ReportForComment(Subscription subscription, string reportKey, string consultationTitle,
        string receiptCode, string reportUrl) =>
        Draft($"{reportKey}:comment:{subscription.CommentId}", subscription,
            $"您的意见有了反馈：「{consultationTitle}」意见采纳情况已公布",
            $"您对「{consultationTitle}」提出的意见，其采纳情况已随反馈报告公布：{reportUrl}",
            "打开下面的回执链接，可以看到您的意见被归入哪条集中意见以及处理结果。回执编号请妥善保管，勿转给他人。",
            ReceiptUrl(receiptCode), "查看我的回执");

    private MailDraft Draft(string key, Subscription subscription, string subject, string first, string second,
        string link, string linkText)
    {
        var unsubscribe = UnsubscribeUrl(subscription.Id);
        var site = mail.Value.FromName;
        var text = new StringBuilder()
            .AppendLine(first).AppendLine()
            .AppendLine(second).AppendLine()
            .AppendLine($"{linkText}：{link}").AppendLine()
            .AppendLine("——").AppendLine(site)
            .AppendLine($"退订（一键取消，无需登录）：{unsubscribe}").ToString();
        var html = new StringBuilder()
            .Append("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>").Append(E(subject))
            .Append("</title></head><body style=\"font-family:sans-serif;font-size:16px;line-height:1.6\">")
            .Append("<p>").Append(E(first)).Append("</p><p>").Append(E(second)).Append("</p>")
            .Append("<p><a href=\"").Append(E(link)).Append("\">").Append(E(linkText)).Append("</a></p>")
            .Append("<hr><p style=\"font-size:14px\">").Append(E(site)).Append("<br><a href=\"").Append(E(unsubscribe))
            .Append("\">退订</a>（一键取消，无需登录）</p></body></html>").ToString();
        return new MailDraft(key, subscription.Email, subject, text, html, unsubscribe);
    }

    /// <summary>A short stable name for an address in mail keys, so one address gets one mail per notice.</summary>
    private static string AddressKey(string email) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(email)))[..16];

    private static string E(string value) => WebUtility.HtmlEncode(value);
}
