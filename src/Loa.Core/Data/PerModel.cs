using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Loa.Data;

/// <summary>
/// A compiled query (<c>EF.CompileAsyncQuery</c>) for each model it runs with: EF Core binds a compiled query to the first
/// model that executes it, and one process may hold several (the tests run SQLite and PostgreSQL side by side). Hold it in
/// a static field and call <see cref="For"/> with the context: <c>Query.For(db)(db, id)</c>.
/// </summary>
public sealed class PerModel<TQuery>(Func<TQuery> compile)
    where TQuery : Delegate
{
    private readonly ConditionalWeakTable<IModel, TQuery> byModel = [];
    private readonly ConditionalWeakTable<IModel, TQuery>.CreateValueCallback create = _ => compile();

    public TQuery For(DbContext db) => byModel.GetValue(db.Model, create);
}
