using Consultation.Core;
using Consultation.Core.Accounts;

namespace Consultation.UnitTests.Accounts;

public sealed class AccountRulesTests
{
    private static readonly IReadOnlySet<string> EditorOnly = new HashSet<string> { BackOfficeRoles.Editor };
    private static readonly IReadOnlySet<string> AdminAndEditor =
        new HashSet<string> { BackOfficeRoles.Administrator, BackOfficeRoles.Editor };

    [Theory]
    [InlineData("clerk", "clerk")]
    [InlineData("  zhang.san-2 ", "zhang.san-2")]
    [InlineData("li_si", "li_si")]
    public void Good_user_names_are_accepted_trimmed(string typed, string stored) =>
        Assert.Equal(stored, AccountRules.NormaliseUserName(typed));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("ab")]
    [InlineData("Clerk")]
    [InlineData("2clerk")]
    [InlineData("zhang san")]
    [InlineData("张三")]
    [InlineData("clerk@example.org")]
    [InlineData("a23456789012345678901234567890123")]
    public void Bad_user_names_are_refused(string? typed)
    {
        var refused = Assert.Throws<DomainException>(() => AccountRules.NormaliseUserName(typed));
        Assert.Equal("users.name_invalid", refused.MessageKey);
    }

    [Fact]
    public void A_user_needs_at_least_one_known_role()
    {
        Assert.Equal("users.role_required", Assert.Throws<DomainException>(() => AccountRules.CheckRoles([])).MessageKey);
        Assert.Equal("users.role_unknown",
            Assert.Throws<DomainException>(() => AccountRules.CheckRoles(["Editor", "Superuser"])).MessageKey);
        Assert.Equal(EditorOnly, AccountRules.CheckRoles(["Editor", "Editor", ""]));
    }

    [Fact]
    public void An_administrator_cannot_remove_their_own_administrator_role_even_with_other_administrators()
    {
        var refused = Assert.Throws<DomainException>(() =>
            AccountRules.CheckRoleChange("me", "me", targetIsAdministrator: true, EditorOnly, otherActiveAdministrators: 3));
        Assert.Equal("users.self_demotion", refused.MessageKey);
    }

    [Fact]
    public void The_last_active_administrator_cannot_be_demoted()
    {
        var refused = Assert.Throws<DomainException>(() =>
            AccountRules.CheckRoleChange("me", "other", targetIsAdministrator: true, EditorOnly, otherActiveAdministrators: 0));
        Assert.Equal("users.last_administrator", refused.MessageKey);
    }

    [Fact]
    public void Another_administrator_can_be_demoted_while_one_remains_and_one_can_change_ones_other_roles()
    {
        AccountRules.CheckRoleChange("me", "other", targetIsAdministrator: true, EditorOnly, otherActiveAdministrators: 1);
        AccountRules.CheckRoleChange("me", "me", targetIsAdministrator: true, AdminAndEditor, otherActiveAdministrators: 0);
        AccountRules.CheckRoleChange("me", "other", targetIsAdministrator: false, EditorOnly, otherActiveAdministrators: 0);
    }

    [Fact]
    public void Nobody_can_lock_themself_and_the_last_active_administrator_cannot_be_locked()
    {
        Assert.Equal("users.self_lock",
            Assert.Throws<DomainException>(() => AccountRules.CheckLock("me", "me", false, 5)).MessageKey);
        Assert.Equal("users.last_administrator",
            Assert.Throws<DomainException>(() => AccountRules.CheckLock("me", "other", true, 0)).MessageKey);
        AccountRules.CheckLock("me", "other", true, 1);
        AccountRules.CheckLock("me", "other", false, 0);
    }

    [Theory]
    [InlineData(BackOfficeRoles.Administrator, true)]
    [InlineData(BackOfficeRoles.FirstReviewer, true)]
    [InlineData(BackOfficeRoles.SecondReviewer, true)]
    [InlineData(BackOfficeRoles.FinalReviewer, true)]
    [InlineData(BackOfficeRoles.Editor, false)]
    [InlineData(BackOfficeRoles.Auditor, false)]
    public void Reviewers_and_administrators_need_a_second_factor_editors_and_auditors_do_not(string role, bool needed) =>
        Assert.Equal(needed, AccountRules.RequiresSecondFactor([role]));

    [Fact]
    public void One_reviewing_role_among_others_is_enough_to_need_a_second_factor() =>
        Assert.True(AccountRules.RequiresSecondFactor([BackOfficeRoles.Editor, BackOfficeRoles.Auditor, BackOfficeRoles.FinalReviewer]));
}
