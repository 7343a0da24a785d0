namespace Consultation.Core.Content;

/// <summary>栏目: a node in the site's column tree.</summary>
public sealed class Column
{
    public const int MaxNameLength = 60;
    public const int MaxDescriptionLength = 500;

    private Column() { }

    public int Id { get; private set; }
    public int? ParentId { get; private set; }
    public string Slug { get; private set; } = "";
    public string Name { get; private set; } = "";
    public string NameEn { get; private set; } = "";
    public string Description { get; private set; } = "";
    public int SortOrder { get; private set; }
    /// <summary>How often the column must be updated; checked by the inspection self-check.</summary>
    public ColumnUpdateCycle UpdateCycle { get; private set; }

    public static Column Create(string slug, string name, string nameEn, int? parentId, int sortOrder,
        string description = "")
    {
        var column = new Column { Slug = NormaliseSlug(slug), ParentId = parentId, SortOrder = sortOrder };
        column.Rename(name, nameEn, description);
        return column;
    }

    public void Rename(string name, string nameEn, string description)
    {
        name = (name ?? "").Trim();
        if (name.Length == 0) throw new DomainException("column.name_required");
        if (name.Length > MaxNameLength || (nameEn ?? "").Trim().Length > MaxNameLength)
            throw new DomainException("column.name_too_long", MaxNameLength);
        if ((description ?? "").Trim().Length > MaxDescriptionLength)
            throw new DomainException("column.description_too_long", MaxDescriptionLength);
        Name = name;
        NameEn = (nameEn ?? "").Trim();
        Description = (description ?? "").Trim();
    }

    public void ChangeUpdateCycle(ColumnUpdateCycle cycle)
    {
        if (!Enum.IsDefined(cycle)) throw new DomainException("column.update_cycle_invalid");
        UpdateCycle = cycle;
    }

    /// <summary>Moves the column under another; refuses a move that would put it beneath itself.</summary>
    public void MoveUnder(Column? parent, IReadOnlyCollection<Column> allColumns, int sortOrder)
    {
        for (var ancestor = parent; ancestor is not null;
             ancestor = allColumns.FirstOrDefault(c => c.Id == ancestor.ParentId))
        {
            if (ancestor.Id == Id) throw new DomainException("column.cycle");
        }
        ParentId = parent?.Id;
        SortOrder = sortOrder;
    }

    public string DisplayName(bool english) => english && NameEn.Length > 0 ? NameEn : Name;

    private static string NormaliseSlug(string slug)
    {
        var s = (slug ?? "").Trim().ToLowerInvariant();
        if (s.Length is 0 or > 60 || !s.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-'))
            throw new DomainException("column.slug_invalid");
        return s;
    }
}
