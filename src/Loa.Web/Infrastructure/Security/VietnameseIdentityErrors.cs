using Microsoft.AspNetCore.Identity;

namespace Loa.Web.Infrastructure.Security;

/// <summary>Identity's messages in Vietnamese, for the ones an administrator can meet when creating accounts.</summary>
public sealed class VietnameseIdentityErrors : IdentityErrorDescriber
{
    public override IdentityError DuplicateUserName(string userName) => new() { Code = nameof(DuplicateUserName), Description = $"Tên đăng nhập \"{userName}\" đã có người dùng." };

    public override IdentityError InvalidUserName(string? userName) => new() { Code = nameof(InvalidUserName), Description = "Tên đăng nhập chỉ gồm chữ không dấu, số và các dấu . _ - @." };

    public override IdentityError PasswordTooShort(int length) => new() { Code = nameof(PasswordTooShort), Description = $"Mật khẩu phải có ít nhất {length} ký tự." };

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => new() { Code = nameof(PasswordRequiresUniqueChars), Description = $"Mật khẩu cần ít nhất {uniqueChars} ký tự khác nhau." };

    public override IdentityError InvalidToken() =>
        new() { Code = nameof(InvalidToken), Description = "Liên kết đặt lại mật khẩu không còn hiệu lực (đã dùng hoặc quá hạn). Hãy yêu cầu liên kết mới." };

    public override IdentityError PasswordMismatch() => new() { Code = nameof(PasswordMismatch), Description = "Mật khẩu hiện tại không đúng." };

    public override IdentityError RecoveryCodeRedemptionFailed() =>
        new() { Code = nameof(RecoveryCodeRedemptionFailed), Description = "Mã khôi phục không đúng hoặc đã dùng." };

    public override IdentityError DefaultError() => new() { Code = nameof(DefaultError), Description = "Không lưu được tài khoản. Hãy thử lại." };

    public override IdentityError ConcurrencyFailure() => new() { Code = nameof(ConcurrencyFailure), Description = "Tài khoản vừa được người khác sửa. Hãy mở lại trang." };
}
