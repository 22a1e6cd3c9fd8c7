using System.Data.Common;

namespace Loa.Data;

/// <summary>Parameters of a plain command (sent outside EF Core's queries), the same way on SQLite and PostgreSQL.</summary>
public static class DbCommandParameters
{
    public static void AddParameter(this DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
