using Consultation.Core.Search;
using Consultation.Infrastructure.Search;

namespace Consultation.Web.Features.Search.Admin;

/// <summary>What /admin/search shows: the index status, the synonym list and the form for a new line (kept on errors).</summary>
public sealed record SearchAdminPage(SearchIndexStatus Status, IReadOnlyList<SearchSynonym> Synonyms, SynonymForm Form);
