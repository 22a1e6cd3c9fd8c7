namespace Loa.Data;

/// <summary>An ASP.NET Core Data Protection key, kept in the database so that every app instance and restart shares it.</summary>
public sealed class DataProtectionKey
{
    public int Id { get; set; }

    public string? FriendlyName { get; set; }

    public string Xml { get; set; } = "";
}
