namespace Loa.Web.Pages.Shared;

/// <summary>The one message for a save that lost the race to someone else's (the record's version changed meanwhile).</summary>
public static class Conflicts
{
    /// <summary>"Kế hoạch vừa được người khác sửa và lưu …" for the given record ("Kế hoạch", "Nhiệm vụ này" …).</summary>
    public static string Message(string what) =>
        $"{what} vừa được người khác sửa và lưu. Thay đổi của bạn chưa được lưu: hãy mở lại trang để xem bản mới nhất rồi làm lại.";
}
