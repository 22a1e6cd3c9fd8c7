using Loa.Domain.Geography;

namespace Loa.Portal;

/// <summary>
/// Turning a commune's portal on or off. A commune goes in service only with at least one active coordinator account:
/// somebody must receive the feedback its people send. Turning off is always allowed (what was published stays, the
/// forms close). Each change records who and when.
/// </summary>
public static class PortalServiceWorkflow
{
    /// <summary>Why the change cannot be made, in Vietnamese; null when it can.</summary>
    public static string? Problem(Commune commune, bool turnOn, int activeCoordinators)
    {
        if (turnOn && commune.InService)
        {
            return $"{commune.Name} đã sử dụng Loa rồi.";
        }

        if (!turnOn && !commune.InService)
        {
            return $"{commune.Name} chưa sử dụng Loa: không có gì để tắt.";
        }

        if (turnOn && activeCoordinators < 1)
        {
            return $"Chưa bật được {commune.Name}: xã chưa có tài khoản cán bộ đầu mối nào đang hoạt động. "
                + "Hãy tạo tài khoản cán bộ đầu mối (Phòng Văn hóa – Xã hội) trước, để có người nhận và trả lời phản ánh của người dân.";
        }

        return null;
    }

    /// <summary>Applies the change and notes who made it and when.</summary>
    public static void Apply(Commune commune, bool turnOn, string userName, DateTime nowUtc)
    {
        commune.InService = turnOn;
        commune.ServiceChangedAt = nowUtc;
        commune.ServiceChangedBy = userName;
    }
}
