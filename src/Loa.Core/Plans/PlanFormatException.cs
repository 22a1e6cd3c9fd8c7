namespace Loa.Plans;

/// <summary>The input is not a plan (or not readable); the message is Vietnamese and meant for the user.</summary>
public sealed class PlanFormatException : Exception
{
    public PlanFormatException()
    {
    }

    public PlanFormatException(string message)
        : base(message)
    {
    }

    public PlanFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
