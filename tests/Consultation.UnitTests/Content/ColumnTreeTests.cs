using Consultation.Core;
using Consultation.Core.Content;

namespace Consultation.UnitTests.Content;

public sealed class ColumnTreeTests
{
    [Fact]
    public void Children_follow_their_parent_and_siblings_go_by_sort_order()
    {
        var columns = new[]
        {
            Make(1, null, 20, "b"), Make(2, null, 10, "a"), Make(3, 1, 20, "b2"), Make(4, 1, 10, "b1"),
            Make(5, 4, 10, "b1x"),
        };

        var tree = ColumnTree.Flatten(columns);

        Assert.Equal(["a", "b", "b1", "b1x", "b2"], tree.Select(n => n.Column.Slug));
        Assert.Equal([0, 0, 1, 2, 1], tree.Select(n => n.Depth));
    }

    [Fact]
    public void A_column_whose_parent_is_missing_is_shown_at_the_top_rather_than_lost()
    {
        var tree = ColumnTree.Flatten([Make(1, 99, 10, "orphan")]);

        Assert.Equal(0, Assert.Single(tree).Depth);
    }

    [Fact]
    public void Moving_a_column_beneath_its_own_descendant_is_refused()
    {
        var parent = Make(1, null, 10, "parent");
        var child = Make(2, 1, 10, "child");

        var refused = Assert.Throws<DomainException>(() => parent.MoveUnder(child, [parent, child], 10));

        Assert.Equal("column.cycle", refused.MessageKey);
        Assert.Null(parent.ParentId);
    }

    [Fact]
    public void An_over_long_description_is_refused()
    {
        var refused = Assert.Throws<DomainException>(() =>
            Column.Create("x", "名称", "", null, 10, new string('字', Column.MaxDescriptionLength + 1)));

        Assert.Equal("column.description_too_long", refused.MessageKey);
    }

    /// <summary>Columns get their id from the database; tests set it the way EF does.</summary>
    private static Column Make(int id, int? parentId, int sortOrder, string slug)
    {
        var column = Column.Create(slug, slug, "", parentId, sortOrder);
        typeof(Column).GetProperty(nameof(Column.Id))!.SetValue(column, id);
        return column;
    }
}
