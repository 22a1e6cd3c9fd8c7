namespace Loa.Backups;

/// <summary>A backup or a restore that cannot go on; the message is Vietnamese, for the person who runs it, and names no secret.</summary>
public sealed class BackupException : Exception
{
    public BackupException()
    {
    }

    public BackupException(string message)
        : base(message)
    {
    }

    public BackupException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
