<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name></name>
    <message>
        <source>{count} chi hội</source>
        <translation>{count} branches</translation>
    </message>
    <message>
        <source>{count} hội viên</source>
        <translation>{count} members</translation>
    </message>
    <message>
        <source>{count} xã</source>
        <translation>{count} communes</translation>
    </message>
    <message>
        <source>tỷ lệ tập hợp {rate} (trên {counted}/{total} chi hội có số phụ nữ năm {year})</source>
        <translation>gathering rate {rate} (over {counted}/{total} branches with a count of women for {year})</translation>
    </message>
    <message>
        <source>chưa có số</source>
        <translation>no figure yet</translation>
    </message>
    <message>
        <source>{count} buổi sinh hoạt từ {first} đến {last}</source>
        <translation>{count} meetings from {first} to {last}</translation>
    </message>
    <message>
        <source>tỷ lệ tham dự chung {rate}</source>
        <translation>overall attendance {rate}</translation>
    </message>
    <message>
        <source>{count} cán bộ · {meeting} đạt chuẩn · {untrained} chưa được bồi dưỡng năm {year}</source>
        <translation>{count} officers · {meeting} meet the standard · {untrained} not trained in {year}</translation>
    </message>
    <message>
        <source>Chức danh này chưa có tiêu chuẩn</source>
        <translation>This title has no standard yet</translation>
    </message>
    <message>
        <source>Đạt</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>Chưa đạt</source>
        <translation>Not met</translation>
    </message>
    <message>
        <source>Còn thiếu: {missing}</source>
        <translation>Still missing: {missing}</translation>
    </message>
    <message>
        <source>Có</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Chưa</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Đang điền mẫu báo cáo…</source>
        <translation>Filling in the report form…</translation>
    </message>
    <message>
        <source>Lưu báo cáo đã điền</source>
        <translation>Save the filled-in report</translation>
    </message>
    <message>
        <source>Bảng tính Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Mẫu Excel (*.xlsx)</source>
        <translation>Excel form (*.xlsx)</translation>
    </message>
    <message>
        <source>Mẫu báo cáo</source>
        <translation>Report forms</translation>
    </message>
    <message>
        <source>Các mẫu cấp trên gửi xuống (theo gói đồng bộ). Chọn một mẫu rồi bấm «Điền», hoặc chọn một tệp mẫu khác.</source>
        <translation>The forms the upper level sent down (in a sync package). Choose a form and click «Fill in», or choose another form file.</translation>
    </message>
    <message>
        <source>Các mẫu đơn vị đã gửi cho các xã; các xã nhận ở gói gửi xuống tiếp theo. Chọn một mẫu để điền số liệu tổng hợp, hoặc gửi mẫu mới.</source>
        <translation>The forms this unit has sent to the communes; they receive them in the next package sent down. Choose a form to fill in the combined figures, or send a new form.</translation>
    </message>
    <message>
        <source>đơn vị này gửi</source>
        <translation>sent by this unit</translation>
    </message>
    <message>
        <source>của cấp trên</source>
        <translation>from the upper level</translation>
    </message>
    <message>
        <source>{name} — lần {edition}, {day} · {origin}</source>
        <translation>{name} — edition {edition}, {day} · {origin}</translation>
    </message>
    <message>
        <source>Sổ chưa có mẫu nào.</source>
        <translation>The register has no forms yet.</translation>
    </message>
    <message>
        <source>Điền mẫu đã chọn…</source>
        <translation>Fill in the chosen form…</translation>
    </message>
    <message>
        <source>Chọn tệp mẫu khác…</source>
        <translation>Choose another form file…</translation>
    </message>
    <message>
        <source>Gửi mẫu mới cho các xã…</source>
        <translation>Send a new form to the communes…</translation>
    </message>
    <message>
        <source>Thôi gửi mẫu này</source>
        <translation>Stop sending this form</translation>
    </message>
    <message>
        <source>Chọn mẫu báo cáo</source>
        <translation>Choose a report form</translation>
    </message>
    <message>
        <source>Chọn mẫu báo cáo của cấp trên</source>
        <translation>Choose the upper level&apos;s report form</translation>
    </message>
    <message>
        <source>Chọn mẫu báo cáo sẽ gửi cho các xã</source>
        <translation>Choose the report form to send to the communes</translation>
    </message>
    <message>
        <source>Đã gửi mẫu «{name}» (lần {edition}). Các xã nhận mẫu ở gói gửi xuống tiếp theo.</source>
        <translation>Form «{name}» sent (edition {edition}). The communes receive it in the next package sent down.</translation>
    </message>
    <message>
        <source>Đang kiểm tra mẫu…</source>
        <translation>Checking the form…</translation>
    </message>
    <message>
        <source>Thôi gửi mẫu này? Các xã sẽ không còn mẫu ở gói gửi xuống tiếp theo.</source>
        <translation>Stop sending this form? The communes will no longer have it after the next package sent down.</translation>
    </message>
    <message>
        <source>Thôi gửi</source>
        <translation>Stop sending</translation>
    </message>
    <message>
        <source>Không đọc được thư mục {folder} ({reason}). Hãy kiểm tra USB rồi thử lại.</source>
        <translation>Could not read the folder {folder} ({reason}). Check the USB stick and try again.</translation>
    </message>
    <message>
        <source>Đã xảy ra lỗi không mong muốn; dữ liệu không thay đổi.</source>
        <translation>An unexpected error occurred; the data was not changed.</translation>
    </message>
    <message>
        <source>Dừng</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Thư mục {folder} không có gói dữ liệu (.sohoi) nào.</source>
        <translation>The folder {folder} holds no data package (.sohoi).</translation>
    </message>
    <message>
        <source>Kiểm tra các gói</source>
        <translation>Checking the packages</translation>
    </message>
    <message>
        <source>Đang kiểm tra gói {n}/{total}…
{name}</source>
        <translation>Checking package {n}/{total}…
{name}</translation>
    </message>
    <message>
        <source>Nhập các gói</source>
        <translation>Importing the packages</translation>
    </message>
    <message>
        <source>Đang sao lưu dữ liệu trước khi nhập…</source>
        <translation>Backing up the data before importing…</translation>
    </message>
    <message>
        <source>Không sao lưu được dữ liệu trước khi nhập, nên chưa nhập gói nào.&lt;br&gt;{reason}</source>
        <translation>The data could not be backed up before importing, so no package was imported.&lt;br&gt;{reason}</translation>
    </message>
    <message>
        <source>Nhập cả thư mục</source>
        <translation>Import a whole folder</translation>
    </message>
    <message>
        <source>Đang nhập gói {n}/{total} — {commune}</source>
        <translation>Importing package {n}/{total} — {commune}</translation>
    </message>
    <message>
        <source>Tệp đã thay đổi sau khi kiểm tra; hãy nhập lại cả thư mục. Dữ liệu không thay đổi.</source>
        <translation>A file changed after it was checked; import the whole folder again. The data was not changed.</translation>
    </message>
    <message>
        <source>Đã nhập &lt;b&gt;{ok}/{total}&lt;/b&gt; gói từ thư mục {folder}.</source>
        <translation>&lt;b&gt;{ok}/{total}&lt;/b&gt; packages imported from the folder {folder}.</translation>
    </message>
    <message>
        <source>Bản sao an toàn trước khi nhập: {path}</source>
        <translation>Safety copy before importing: {path}</translation>
    </message>
    <message>
        <source>✘ {commune}: {reason}</source>
        <translation>✘ {commune}: {reason}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Đã dừng theo yêu cầu: {n} gói chưa được nhập.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Stopped as asked: {n} packages not imported.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>– {commune}: chưa nhập (đã dừng).</source>
        <translation>– {commune}: not imported (stopped).</translation>
    </message>
    <message>
        <source>bỏ chọn, chưa nhập.</source>
        <translation>unticked, not imported.</translation>
    </message>
    <message>
        <source>– {commune}: {note}</source>
        <translation>– {commune}: {note}</translation>
    </message>
    <message>
        <source>✔ {commune}: gói lần {n}, {changes}.</source>
        <translation>✔ {commune}: package no. {n}, {changes}.</translation>
    </message>
    <message>
        <source>Gửi xuống tất cả các xã</source>
        <translation>Send down to all communes</translation>
    </message>
    <message>
        <source>Đã ghi gói dữ liệu</source>
        <translation>Data package written</translation>
    </message>
    <message>
        <source>Đang ghi gói {n}/{total} — {name}</source>
        <translation>Writing package {n}/{total} — {name}</translation>
    </message>
    <message>
        <source>Đã ghi {ok}/{total} gói vào {folder}:</source>
        <translation>{ok}/{total} packages written to {folder}:</translation>
    </message>
    <message>
        <source>✘ {name} (mã {code}): {reason}</source>
        <translation>✘ {name} (code {code}): {reason}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Đã dừng theo yêu cầu: {n} xã chưa được ghi gói.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Stopped as asked: no package written for {n} communes.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>– {name}: chưa ghi (đã dừng).</source>
        <translation>– {name}: not written (stopped).</translation>
    </message>
    <message>
        <source>– {name}: {reason}</source>
        <translation>– {name}: {reason}</translation>
    </message>
    <message>
        <source>✔ {name}: gói lần {n}, {file} ({size})</source>
        <translation>✔ {name}: package no. {n}, {file} ({size})</translation>
    </message>
    <message>
        <source>Các tệp đã được đọc lại và kiểm tra, không lỗi.</source>
        <translation>The files were read back and checked, without errors.</translation>
    </message>
    <message>
        <source>Có thể rút USB.</source>
        <translation>You can remove the USB stick.</translation>
    </message>
    <message>
        <source>lần {n}</source>
        <translation>no. {n}</translation>
    </message>
    <message>
        <source>lần {n} · {moment}</source>
        <translation>no. {n} · {moment}</translation>
    </message>
    <message>
        <source>Đang đọc và kiểm tra {name}…</source>
        <translation>Reading and checking {name}…</translation>
    </message>
    <message>
        <source>Đang nhập {name}…</source>
        <translation>Importing {name}…</translation>
    </message>
    <message>
        <source>Đã nhập gói</source>
        <translation>Package imported</translation>
    </message>
    <message>
        <source>Nhập gói dữ liệu</source>
        <translation>Import a data package</translation>
    </message>
    <message>
        <source>{new} bản ghi mới, {changed} thay đổi, {removed} bị xóa</source>
        <translation>{new} new records, {changed} changed, {removed} deleted</translation>
    </message>
    <message>
        <source>Đã nhập gói lần &lt;b&gt;{n}&lt;/b&gt; của &lt;b&gt;{sender}&lt;/b&gt;: {changes}.</source>
        <translation>Package no. &lt;b&gt;{n}&lt;/b&gt; from &lt;b&gt;{sender}&lt;/b&gt; imported: {changes}.</translation>
    </message>
    <message>
        <source>Đã nhập {ok}/{total} tệp.</source>
        <translation>{ok}/{total} files imported.</translation>
    </message>
    <message>
        <source>✔ {sender}, gói lần {n}: {changes}.</source>
        <translation>✔ {sender}, package no. {n}: {changes}.</translation>
    </message>
    <message>
        <source>✘ {name}: {reason}</source>
        <translation>✘ {name}: {reason}</translation>
    </message>
    <message>
        <source>– {name}: bỏ qua, chưa nhập.</source>
        <translation>– {name}: skipped, not imported.</translation>
    </message>
    <message>
        <source>Đồng bộ</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Sổ Hội</source>
        <translation>Sổ Hội</translation>
    </message>
    <message>
        <source>Đang dừng…</source>
        <translation>Stopping…</translation>
    </message>
    <message>
        <source>Không</source>
        <translation>No</translation>
    </message>
    <message>
        <source>{title} — còn trống {free}</source>
        <translation>{title} — {free} free</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <source>Bật tài khoản đăng nhập</source>
        <translation>Turn on login accounts</translation>
    </message>
    <message>
        <source>Thêm tài khoản</source>
        <translation>Add account</translation>
    </message>
    <message>
        <source>Sửa tài khoản</source>
        <translation>Edit account</translation>
    </message>
    <message>
        <source>Khi bật, mỗi lần mở Sổ Hội sẽ hỏi tên đăng nhập và mật khẩu, và mỗi người chỉ làm được việc theo vai trò của mình. Hãy tạo tài khoản quản trị đầu tiên (thường là Chủ tịch Hội): người này thêm tài khoản cho những người khác và đặt lại mật khẩu khi có người quên.</source>
        <translation>When turned on, Sổ Hội asks for a user name and password at every start, and each person can only do what their role allows. Create the first administrator account (usually the Union&apos;s chair): this person adds accounts for the others and resets passwords when someone forgets theirs.</translation>
    </message>
    <message>
        <source>chữ không dấu, ví dụ: lan.nguyen</source>
        <translation>letters without accents, e.g. lan.nguyen</translation>
    </message>
    <message>
        <source>ví dụ: Nguyễn Thị Lan</source>
        <translation>e.g. Nguyễn Thị Lan</translation>
    </message>
    <message>
        <source>Được đăng nhập (đang hoạt động)</source>
        <translation>May log in (active)</translation>
    </message>
    <message>
        <source>Được xem dân tộc, tôn giáo của hội viên chi hội</source>
        <translation>May see the ethnicity and religion of the branch&apos;s members</translation>
    </message>
    <message>
        <source>ít nhất {n} ký tự</source>
        <translation>at least {n} characters</translation>
    </message>
    <message>
        <source>Tên đăng nhập:</source>
        <translation>User name:</translation>
    </message>
    <message>
        <source>Họ và tên:</source>
        <translation>Full name:</translation>
    </message>
    <message>
        <source>Vai trò:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <source>Chi hội:</source>
        <translation>Branch:</translation>
    </message>
    <message>
        <source>Mật khẩu:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>Nhập lại mật khẩu:</source>
        <translation>Repeat password:</translation>
    </message>
    <message>
        <source>Bật tài khoản</source>
        <translation>Turn on accounts</translation>
    </message>
    <message>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Vai trò</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Được đăng nhập</source>
        <translation>May log in</translation>
    </message>
    <message>
        <source>Chi hội</source>
        <translation>Branch</translation>
    </message>
    <message>
        <source>Được xem dân tộc, tôn giáo</source>
        <translation>May see ethnicity and religion</translation>
    </message>
    <message>
        <source>tài khoản {username}</source>
        <translation>the account {username}</translation>
    </message>
</context>
<context>
    <name>AccountTableModel</name>
    <message>
        <source>Tên đăng nhập</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Vai trò</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Ngừng hoạt động</source>
        <translation>Deactivated</translation>
    </message>
    <message>
        <source>Tạm khóa đến {time}</source>
        <translation>Locked until {time}</translation>
    </message>
    <message>
        <source>Đang hoạt động</source>
        <translation>Active</translation>
    </message>
</context>
<context>
    <name>AccountsView</name>
    <message>
        <source>Tài khoản đăng nhập</source>
        <translation>Login accounts</translation>
    </message>
    <message>
        <source>Bật tài khoản đăng nhập…</source>
        <translation>Turn on login accounts…</translation>
    </message>
    <message>
        <source>Thêm tài khoản…</source>
        <translation>Add account…</translation>
    </message>
    <message>
        <source>Sửa…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Đổi họ tên, vai trò, hoặc cho ngừng đăng nhập</source>
        <translation>Change the name or role, or stop the account from logging in</translation>
    </message>
    <message>
        <source>Đặt lại mật khẩu…</source>
        <translation>Reset password…</translation>
    </message>
    <message>
        <source>Cho người quên mật khẩu một mật khẩu mới</source>
        <translation>Give a person who forgot their password a new one</translation>
    </message>
    <message>
        <source>Tắt tài khoản đăng nhập…</source>
        <translation>Turn off login accounts…</translation>
    </message>
    <message>
        <source>Đổi mật khẩu của tôi…</source>
        <translation>Change my password…</translation>
    </message>
    <message>
        <source>Đang tắt: Sổ Hội mở ngay, không hỏi tên và mật khẩu; ai dùng máy cũng làm được mọi việc. Nên bật khi nhiều người dùng chung máy, để mỗi người có tài khoản riêng với quyền quản trị, nhập liệu hoặc chỉ xem.</source>
        <translation>Off: Sổ Hội opens straight away without asking for a name and password; anyone using the computer can do everything. Turn it on when several people share the computer, so that each has their own account with administrator, data-entry or view-only rights.</translation>
    </message>
    <message>
        <source>Đang bật: mỗi lần mở Sổ Hội phải đăng nhập. Bạn đang đăng nhập là {who}.</source>
        <translation>On: Sổ Hội asks for a login at every start. You are logged in as {who}.</translation>
    </message>
    <message>
        <source>Đang bật. Bạn đang đăng nhập là {who}. Chỉ người quản trị mới thêm, sửa tài khoản và đặt lại mật khẩu; bạn có thể đổi mật khẩu của mình.</source>
        <translation>On. You are logged in as {who}. Only an administrator adds or edits accounts and resets passwords; you can change your own password.</translation>
    </message>
    <message>
        <source>người dùng chung của máy</source>
        <translation>the computer&apos;s shared user</translation>
    </message>
    <message>
        <source>Đã bật tài khoản đăng nhập. Từ lần mở Sổ Hội sau, mọi người cần đăng nhập; bạn dùng tài khoản {username}. Hãy thêm tài khoản cho những người khác.</source>
        <translation>Login accounts are on. From the next start of Sổ Hội everyone must log in; you use the account {username}. Now add accounts for the others.</translation>
    </message>
    <message>
        <source>Đã thêm tài khoản {username} ({role}).</source>
        <translation>Account {username} ({role}) added.</translation>
    </message>
    <message>
        <source>Đã lưu tài khoản {username}.</source>
        <translation>Account {username} saved.</translation>
    </message>
    <message>
        <source>Thay đổi về quyền của bạn có hiệu lực từ lần đăng nhập sau.</source>
        <translation>Changes to your rights take effect at your next login.</translation>
    </message>
    <message>
        <source>Đã đặt mật khẩu mới cho {username}; hãy báo cho người đó.</source>
        <translation>New password set for {username}; please tell that person.</translation>
    </message>
    <message>
        <source>Đã đổi mật khẩu của bạn.</source>
        <translation>Your password has been changed.</translation>
    </message>
    <message>
        <source>Tắt tài khoản đăng nhập?

• Sổ Hội sẽ mở ngay, không hỏi tên và mật khẩu.
• Ai dùng máy này cũng làm được mọi việc, kể cả khôi phục sao lưu.
• Các tài khoản vẫn được giữ, nhưng ngừng hoạt động; khi bật lại, người quản trị cho từng tài khoản hoạt động trở lại.</source>
        <translation>Turn off login accounts?

• Sổ Hội will open straight away without asking for a name and password.
• Anyone using this computer can do everything, including restoring a backup.
• The accounts are kept but deactivated; when turned on again, an administrator reactivates each account.</translation>
    </message>
    <message>
        <source>Tắt tài khoản đăng nhập</source>
        <translation>Turn off login accounts</translation>
    </message>
    <message>
        <source>Tắt</source>
        <translation>Turn off</translation>
    </message>
    <message>
        <source>Đã tắt tài khoản đăng nhập. Từ lần mở sau, Sổ Hội không hỏi đăng nhập nữa.</source>
        <translation>Login accounts are off. From the next start, Sổ Hội no longer asks for a login.</translation>
    </message>
    <message>
        <source>Có lỗi không mong đợi ({kind}); không có gì bị thay đổi.</source>
        <translation>Unexpected error ({kind}); nothing was changed.</translation>
    </message>
</context>
<context>
    <name>ArrivalsDialog</name>
    <message>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Ngày sinh</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Số CCCD</source>
        <translation>ID card number</translation>
    </message>
    <message>
        <source>Địa chỉ</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Ngày vào Hội</source>
        <translation>Date joined</translation>
    </message>
    <message>
        <source>Số thẻ hội viên</source>
        <translation>Membership card number</translation>
    </message>
    <message>
        <source>Chuyển từ</source>
        <translation>Transferred from</translation>
    </message>
    <message>
        <source>Ngày chuyển</source>
        <translation>Transfer date</translation>
    </message>
    <message>
        <source>Có thể đã có trong sổ của xã</source>
        <translation>May already be in the commune&apos;s register</translation>
    </message>
    <message>
        <source>Quá trình sinh hoạt</source>
        <translation>Membership history</translation>
    </message>
    <message>
        <source>Chức danh đã giữ</source>
        <translation>Titles held</translation>
    </message>
    <message>
        <source>Trình độ</source>
        <translation>Qualifications</translation>
    </message>
    <message>
        <source>Bồi dưỡng, giấy chứng nhận</source>
        <translation>Training, certificates</translation>
    </message>
    <message>
        <source>Hội viên chuyển đến</source>
        <translation>Members transferring in</translation>
    </message>
    <message>
        <source>bắt buộc khi không tiếp nhận</source>
        <translation>required when not accepting</translation>
    </message>
    <message>
        <source>Tiếp nhận vào chi hội</source>
        <translation>Accept into branch</translation>
    </message>
    <message>
        <source>Không tiếp nhận</source>
        <translation>Do not accept</translation>
    </message>
    <message>
        <source>Không có hội viên nào chờ tiếp nhận.</source>
        <translation>No members are waiting to be accepted.</translation>
    </message>
    <message>
        <source>Chi hội nhận:</source>
        <translation>Receiving branch:</translation>
    </message>
    <message>
        <source>Ngày:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>Lý do không tiếp nhận:</source>
        <translation>Reason for not accepting:</translation>
    </message>
    <message>
        <source>Đã tiếp nhận vào {branch}.</source>
        <translation>Accepted into {branch}.</translation>
    </message>
    <message>
        <source>Hãy ghi lý do không tiếp nhận.</source>
        <translation>Please give the reason for not accepting.</translation>
    </message>
    <message>
        <source>Đã ghi không tiếp nhận.</source>
        <translation>Recorded as not accepted.</translation>
    </message>
    <message>
        <source>Câu trả lời sẽ theo gói dữ liệu gửi cấp trên lần tới.</source>
        <translation>The answer goes with the next data package sent to the upper level.</translation>
    </message>
</context>
<context>
    <name>AttendanceTableModel</name>
    <message>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Năm sinh</source>
        <translation>Year of birth</translation>
    </message>
    <message>
        <source>Chi hội</source>
        <translation>Branch</translation>
    </message>
    <message>
        <source>Chức danh</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Điểm danh</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Ghi lý do</source>
        <translation>Give a reason</translation>
    </message>
    <message>
        <source>{name}: {status}</source>
        <translation>{name}: {status}</translation>
    </message>
    <message>
        <source>Tất cả {status}</source>
        <translation>All {status}</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>Lịch sử thay đổi</source>
        <translation>Change history</translation>
    </message>
    <message>
        <source>Tất cả</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Tìm theo tên, người sửa, giá trị…</source>
        <translation>Search by name, editor, value…</translation>
    </message>
    <message>
        <source>Xem</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Từ ngày</source>
        <translation>From</translation>
    </message>
    <message>
        <source>đến</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Thông tin</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Trước khi sửa</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>Sau khi sửa</source>
        <translation>After</translation>
    </message>
    <message>
        <source>Xem thêm</source>
        <translation>More</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Chưa có thay đổi nào được ghi lại.</source>
        <translation>No changes have been recorded yet.</translation>
    </message>
    <message>
        <source>{count} thay đổi</source>
        <translation>{count} changes</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>Thời điểm</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Người sửa</source>
        <translation>Changed by</translation>
    </message>
    <message>
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Bản ghi</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Thao tác</source>
        <translation>Action</translation>
    </message>
</context>
<context>
    <name>BackupTableModel</name>
    <message>
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Thời điểm</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Dung lượng</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Hằng ngày</source>
        <translation>Daily</translation>
    </message>
    <message>
        <source>Khi đóng chương trình</source>
        <translation>On closing the program</translation>
    </message>
    <message>
        <source>Trước khi nhập dữ liệu</source>
        <translation>Before an import</translation>
    </message>
    <message>
        <source>Trước khi khôi phục</source>
        <translation>Before a restore</translation>
    </message>
    <message>
        <source>Sao lưu thủ công</source>
        <translation>Manual backup</translation>
    </message>
    <message>
        <source>Trước khi nâng cấp</source>
        <translation>Before an upgrade</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>Chưa có số liệu</source>
        <translation>No figures yet</translation>
    </message>
    <message>
        <source>{label}: {value} ({share} tổng số)</source>
        <translation>{label}: {value} ({share} of the total)</translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <source>Gói đầu tiên của xã: cần so mã nhận diện — nhập riêng bằng “Nhập gói của xã…”</source>
        <translation>The commune&apos;s first package: its identity code must be compared — import it alone with “Import a commune package…”</translation>
    </message>
    <message>
        <source>Có gói mới hơn trong thư mục ({name})</source>
        <translation>There is a newer package in the folder ({name})</translation>
    </message>
    <message>
        <source>Trùng với tệp {name} trong thư mục</source>
        <translation>Same as file {name} in the folder</translation>
    </message>
    <message>
        <source>Xã</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Lần</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Mới</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Thay đổi</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Xóa</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Nhập cả thư mục — {name}</source>
        <translation>Import a whole folder — {name}</translation>
    </message>
    <message>
        <source>Thư mục &lt;b&gt;{folder}&lt;/b&gt;: {n} tệp gói. Mỗi gói được nhập riêng, trọn vẹn hoặc không gì cả: một gói hỏng không ảnh hưởng các gói khác. Trước khi nhập, Sổ Hội sao lưu dữ liệu hiện có một lần.</source>
        <translation>Folder &lt;b&gt;{folder}&lt;/b&gt;: {n} package files. Each package is imported on its own, completely or not at all: a damaged package does not affect the others. Before importing, Sổ Hội backs up the existing data once.</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>{n} (trước: {m})</source>
        <translation>{n} (before: {m})</translation>
    </message>
    <message>
        <source>{n} (đầu tiên)</source>
        <translation>{n} (first)</translation>
    </message>
    <message>
        <source>&lt;b&gt;{n} gói sẽ được nhập&lt;/b&gt;</source>
        <translation>&lt;b&gt;{n} packages will be imported&lt;/b&gt;</translation>
    </message>
    <message>
        <source>{m} bị từ chối</source>
        <translation>{m} refused</translation>
    </message>
    <message>
        <source>{k} cần so mã</source>
        <translation>{k} need a code check</translation>
    </message>
    <message>
        <source>{s} bỏ qua vì có gói mới hơn</source>
        <translation>{s} skipped because a newer package exists</translation>
    </message>
    <message>
        <source>{u} bỏ chọn</source>
        <translation>{u} unticked</translation>
    </message>
    <message>
        <source>Nhập {n} gói</source>
        <translation>Import {n} packages</translation>
    </message>
</context>
<context>
    <name>BlankFormDialog</name>
    <message>
        <source>In lên phôi giấy chứng nhận in sẵn</source>
        <translation>Print on pre-printed certificate blanks</translation>
    </message>
    <message>
        <source>Mục</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Cách mép trái</source>
        <translation>From left edge</translation>
    </message>
    <message>
        <source>Cách mép trên</source>
        <translation>From top edge</translation>
    </message>
    <message>
        <source>Dịch cả tờ (sang phải, xuống dưới)</source>
        <translation>Shift the whole sheet (right, down)</translation>
    </message>
    <message>
        <source>Đo bằng thước từ góc trên bên trái của phôi đến chỗ bắt đầu mỗi dòng chữ (chân chữ). In trang thử lên giấy trắng, áp lên phôi soi đèn rồi chỉnh; nếu mọi mục cùng lệch, chỉ cần chỉnh “Dịch cả tờ”.</source>
        <translation>Measure with a ruler from the top-left corner of the blank to where each line of text starts (its baseline). Print a test page on plain paper, hold it over the blank against a light and adjust; if every item is off by the same amount, just adjust “Shift the whole sheet”.</translation>
    </message>
    <message>
        <source>In trang thử</source>
        <translation>Print a test page</translation>
    </message>
    <message>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Lưu và in lên phôi</source>
        <translation>Save and print on blanks</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Trang thử in lên phôi</source>
        <translation>Test page for printing on blanks</translation>
    </message>
</context>
<context>
    <name>BranchDuesModel</name>
    <message>
        <source>Chi hội</source>
        <translation>Branch</translation>
    </message>
    <message>
        <source>Hội viên</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Miễn</source>
        <translation>Exempt</translation>
    </message>
    <message>
        <source>Đã nộp</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Phải thu</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Đã thu</source>
        <translation>Collected</translation>
    </message>
    <message>
        <source>Chi hội giữ</source>
        <translation>Kept by branch</translation>
    </message>
    <message>
        <source>Nộp về xã</source>
        <translation>Handed to commune</translation>
    </message>
    <message>
        <source>Nộp cấp trên</source>
        <translation>Sent up</translation>
    </message>
</context>
<context>
    <name>BranchPage</name>
    <message>
        <source>Máy riêng của chi hội</source>
        <translation>A branch&apos;s own computer</translation>
    </message>
    <message>
        <source>Chọn tệp đăng ký (.sohoi) do Hội LHPN xã ghi cho chi hội, rồi gọi điện cho xã để so mã nhận diện.</source>
        <translation>Choose the registration file (.sohoi) the commune Women&apos;s Union wrote for the branch, then phone the commune to compare the identity code.</translation>
    </message>
    <message>
        <source>Chọn tệp đăng ký…</source>
        <translation>Choose registration file…</translation>
    </message>
    <message>
        <source>Tôi đã so mã nhận diện trên với mã trên màn hình của xã: trùng khớp.</source>
        <translation>I have compared the identity code above with the code on the commune&apos;s screen: they match.</translation>
    </message>
    <message>
        <source>Chọn tệp đăng ký (.sohoi)</source>
        <translation>Choose the registration file (.sohoi)</translation>
    </message>
    <message>
        <source>Tệp Sổ Hội (*.sohoi)</source>
        <translation>Sổ Hội files (*.sohoi)</translation>
    </message>
    <message>
        <source>Tệp đăng ký của {sender} cho {branch}, tạo lúc {created} UTC.

Mã nhận diện của xã: {fingerprint}</source>
        <translation>Registration file from {sender} for {branch}, created at {created} UTC.

The commune&apos;s identity code: {fingerprint}</translation>
    </message>
</context>
<context>
    <name>BranchTableModel</name>
    <message>
        <source>Chi hội</source>
        <extracomment>The largest women count accepted; more than any ward has, fewer than a typo with an extra digit or two would give. (branch id, new count, the count she changed; None for &quot;unknown&quot;) after a person edited the cell.</extracomment>
        <translation>Branch</translation>
    </message>
    <message>
        <source>Hội viên</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Đang sinh hoạt</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Phụ nữ từ 18 tuổi (năm {year})</source>
        <translation>Women aged 18+ ({year})</translation>
    </message>
    <message>
        <source>Tỷ lệ tập hợp</source>
        <translation>Gathering rate</translation>
    </message>
    <message>
        <source>Tên chi hội. Bấm đúp để đổi tên.</source>
        <translation>The branch&apos;s name. Double-click to rename.</translation>
    </message>
    <message>
        <source>Hội viên đang có tên trong chi hội, kể cả hội viên danh dự; không tính người đã chuyển sinh hoạt, ra khỏi Hội hoặc từ trần.</source>
        <translation>Members currently listed in the branch, including honorary members; not counting people who transferred out, left the Union or died.</translation>
    </message>
    <message>
        <source>Hội viên thường và đương nhiên đang sinh hoạt: con số dùng để tính tỷ lệ tập hợp (hội viên danh dự tính riêng).</source>
        <translation>Ordinary and ex-officio members currently active: the figure used for the gathering rate (honorary members are counted apart).</translation>
    </message>
    <message>
        <source>Số phụ nữ từ 18 tuổi trở lên sống trên địa bàn chi hội năm {year}. Bấm đúp hoặc nhấn F2 để nhập; để trống nếu chưa biết.</source>
        <translation>Number of women aged 18 and over living in the branch&apos;s area in {year}. Double-click or press F2 to enter; leave empty if unknown.</translation>
    </message>
    <message>
        <source>Hội viên đang sinh hoạt chia cho số phụ nữ từ 18 tuổi. Để trống khi chưa nhập số phụ nữ.</source>
        <translation>Active members divided by the number of women aged 18 and over. Empty until the number of women is entered.</translation>
    </message>
    <message>
        <source>Chưa nhập số phụ nữ từ 18 tuổi năm {year}: bấm đúp để nhập.</source>
        <translation>The number of women aged 18+ for {year} is not entered: double-click to enter it.</translation>
    </message>
    <message>
        <source>Bấm đúp hoặc nhấn F2 để sửa.</source>
        <translation>Double-click or press F2 to edit.</translation>
    </message>
    <message>
        <source>Cần số phụ nữ từ 18 tuổi năm {year} để tính tỷ lệ.</source>
        <translation>The number of women aged 18+ for {year} is needed to compute the rate.</translation>
    </message>
    <message>
        <source>trong đó {count} hội viên danh dự</source>
        <translation>of whom {count} honorary members</translation>
    </message>
</context>
<context>
    <name>BranchesPage</name>
    <message>
        <source>Năm của số phụ nữ từ 18 tuổi và tỷ lệ tập hợp</source>
        <translation>Year of the count of women aged 18+ and of the gathering rate</translation>
    </message>
    <message>
        <source>Nă&amp;m:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>&amp;Thêm chi hội</source>
        <translation>&amp;Add branch</translation>
    </message>
    <message>
        <source>Đổi tê&amp;n</source>
        <translation>Re&amp;name</translation>
    </message>
    <message>
        <source>&amp;Sáp nhập…</source>
        <translation>&amp;Merge…</translation>
    </message>
    <message>
        <source>Tạo một chi hội mới trong {place}</source>
        <translation>Create a new branch in {place}</translation>
    </message>
    <message>
        <source>Nhập số phụ nữ từ 18 tuổi: chọn ô trong cột «Phụ nữ từ 18 tuổi» rồi gõ số (hoặc bấm đúp, F2), nhấn Enter để lưu. Để trống nếu chưa biết.</source>
        <translation>Entering the number of women aged 18+: select a cell in the column «Women aged 18+» and type the number (or double-click, F2), press Enter to save. Leave empty if unknown.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Chi hội&lt;/b&gt;</source>
        <translation>&lt;b&gt;Branches&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Thêm chi hội</source>
        <translation>Add branch</translation>
    </message>
    <message>
        <source>Tên chi hội mới (ví dụ: Thôn Đông, Tổ dân phố 3):</source>
        <translation>Name of the new branch (e.g. Thôn Đông, Tổ dân phố 3):</translation>
    </message>
    <message>
        <source>Thêm</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Đã thêm {name}.</source>
        <translation>{name} added.</translation>
    </message>
    <message>
        <source>Đổi tên chi hội</source>
        <translation>Rename branch</translation>
    </message>
    <message>
        <source>Tên mới của {name}:</source>
        <translation>New name for {name}:</translation>
    </message>
    <message>
        <source>Đổi tên</source>
        <translation>Rename</translation>
    </message>
    <message>
        <source>Đã đổi tên {old} thành {new}.</source>
        <translation>{old} renamed to {new}.</translation>
    </message>
    <message>
        <source>Tên chi hội</source>
        <translation>Branch name</translation>
    </message>
    <message>
        <source>{place} chỉ có một chi hội; không có chi hội nào để sáp nhập vào.</source>
        <translation>{place} has only one branch; there is no branch to merge into.</translation>
    </message>
    <message>
        <source>Sáp nhập {source} vào {target} từ ngày {day}?

{count} hội viên sẽ chuyển sang {target}; {source} sẽ không còn trong danh sách chi hội.</source>
        <translation>Merge {source} into {target} from {day}?

{count} members will move to {target}; {source} will no longer be in the list of branches.</translation>
    </message>
    <message>
        <source>Xác nhận sáp nhập</source>
        <translation>Confirm merge</translation>
    </message>
    <message>
        <source>Sáp nhập</source>
        <translation>Merge</translation>
    </message>
    <message>
        <source>Đã sáp nhập {source} vào {target}: {count} hội viên đã chuyển sang {target}.</source>
        <translation>{source} merged into {target}: {count} members moved to {target}.</translation>
    </message>
    <message>
        <source>Hồ sơ của {count} người đã chuyển đi, ra khỏi Hội hoặc từ trần cũng được chuyển theo.</source>
        <translation>The records of {count} people who transferred out, left the Union or died moved too.</translation>
    </message>
    <message>
        <source>chưa biết</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Phụ nữ từ 18 tuổi năm {year}</source>
        <translation>Women aged 18+ in {year}</translation>
    </message>
    <message>
        <source>Chọn một chi hội trong bảng trước.</source>
        <translation>Select a branch in the table first.</translation>
    </message>
    <message>
        <source>Đổi tên chi hội đang chọn</source>
        <translation>Rename the selected branch</translation>
    </message>
    <message>
        <source>Gộp chi hội đang chọn vào một chi hội khác (hội viên chuyển sang)</source>
        <translation>Merge the selected branch into another branch (its members move over)</translation>
    </message>
    <message>
        <source>chi hội</source>
        <translation>branch</translation>
    </message>
    <message>
        <source>{place} chưa có chi hội nào. Bấm «Thêm chi hội» để tạo chi hội đầu tiên.</source>
        <translation>{place} has no branches yet. Click «Add branch» to create the first one.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{count}&lt;/b&gt; chi hội</source>
        <translation>&lt;b&gt;{count}&lt;/b&gt; branches</translation>
    </message>
    <message>
        <source>&lt;b&gt;{count}&lt;/b&gt; hội viên</source>
        <translation>&lt;b&gt;{count}&lt;/b&gt; members</translation>
    </message>
    <message>
        <source>&lt;b&gt;{count}&lt;/b&gt; đang sinh hoạt (thường, đương nhiên)</source>
        <translation>&lt;b&gt;{count}&lt;/b&gt; active (ordinary, ex-officio)</translation>
    </message>
    <message>
        <source>&lt;b&gt;{count}&lt;/b&gt; hội viên chưa có chi hội (xem bộ lọc «Chưa có chi hội» ở trang Hội viên)</source>
        <translation>&lt;b&gt;{count}&lt;/b&gt; members without a branch (see the filter «No branch» on the Members page)</translation>
    </message>
    <message>
        <source>chưa nhập số phụ nữ từ 18 tuổi năm {year} nên chưa tính được tỷ lệ tập hợp</source>
        <translation>the number of women aged 18+ for {year} is not entered, so the gathering rate cannot be computed</translation>
    </message>
    <message>
        <source>tỷ lệ tập hợp toàn {place} &lt;b&gt;{rate}&lt;/b&gt;</source>
        <translation>gathering rate for all of {place} &lt;b&gt;{rate}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>tỷ lệ tập hợp &lt;b&gt;{rate}&lt;/b&gt; (tính trên {counted}/{total} chi hội đã có số phụ nữ từ 18 tuổi năm {year})</source>
        <translation>gathering rate &lt;b&gt;{rate}&lt;/b&gt; (over {counted}/{total} branches with a count of women aged 18+ for {year})</translation>
    </message>
    <message>
        <source>Các chi hội</source>
        <translation>Branches</translation>
    </message>
    <message>
        <source>Gõ tên các chi hội, mỗi dòng một chi hội (ví dụ: Thôn Đông). Có thể để trống và thêm sau ở trang Chi hội.</source>
        <translation>Type the names of the branches, one per line (e.g. Thôn Đông). You may leave this empty and add them later on the Branches page.</translation>
    </message>
</context>
<context>
    <name>BulkChangeDialog</name>
    <message>
        <source>Áp dụng cho {count} hội viên đã chọn.</source>
        <translation>Applies to the {count} selected members.</translation>
    </message>
    <message>
        <source>Từ ngày</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Tiếp tục</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>CertificateTableModel</name>
    <message>
        <source>Số</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Năm sinh</source>
        <translation>Born</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Lớp</source>
        <translation>Course</translation>
    </message>
    <message>
        <source>Ngày cấp</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <source>Tình trạng</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Đã thu hồi {day}</source>
        <translation>Revoked {day}</translation>
    </message>
    <message>
        <source>Còn hiệu lực</source>
        <translation>Valid</translation>
    </message>
</context>
<context>
    <name>CertificatesPage</name>
    <message>
        <source>Tìm theo họ tên…</source>
        <translation>Search by full name…</translation>
    </message>
    <message>
        <source>Hiện cả giấy đã thu hồi</source>
        <translation>Show revoked certificates too</translation>
    </message>
    <message>
        <source>Cấp chứng nhận cho lớp…</source>
        <translation>Issue certificates for a course…</translation>
    </message>
    <message>
        <source>In…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Bản dịch tiếng Anh…</source>
        <translation>English translation…</translation>
    </message>
    <message>
        <source>In bản dịch tiếng Anh để tham khảo; giấy chứng nhận hợp lệ vẫn là bản tiếng Việt.</source>
        <translation>Print an English translation for information; the valid certificate is still the Vietnamese one.</translation>
    </message>
    <message>
        <source>Thu hồi…</source>
        <translation>Revoke…</translation>
    </message>
    <message>
        <source>Mẫu số…</source>
        <translation>Numbering…</translation>
    </message>
    <message>
        <source>In lên phôi…</source>
        <translation>Print on blanks…</translation>
    </message>
    <message>
        <source>In chỉ phần nội dung lên phôi giấy chứng nhận đã in sẵn; chỉnh vị trí một lần.</source>
        <translation>Print only the content onto pre-printed certificate blanks; set the positions once.</translation>
    </message>
    <message>
        <source>Năm</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Lớp</source>
        <translation>Course</translation>
    </message>
    <message>
        <source>Tất cả</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Tất cả các lớp</source>
        <translation>All courses</translation>
    </message>
    <message>
        <source>{n} giấy chứng nhận</source>
        <translation>{n} certificates</translation>
    </message>
    <message>
        <source> (thu hồi {r})</source>
        <translation> ({r} revoked)</translation>
    </message>
    <message>
        <source>Đã cấp {n} giấy chứng nhận.</source>
        <translation>{n} certificates issued.</translation>
    </message>
    <message>
        <source>Bản dịch tiếng Anh</source>
        <translation>English translation</translation>
    </message>
    <message>
        <source>In giấy chứng nhận</source>
        <translation>Print certificates</translation>
    </message>
    <message>
        <source>{x} mm; {y} mm</source>
        <translation>{x} mm; {y} mm</translation>
    </message>
    <message>
        <source>Dịch cả tờ</source>
        <translation>Shift of the whole sheet</translation>
    </message>
    <message>
        <source>vị trí in lên phôi</source>
        <translation>the positions for printing on forms</translation>
    </message>
    <message>
        <source>mẫu số giấy chứng nhận</source>
        <translation>the certificate number pattern</translation>
    </message>
    <message>
        <source>Mẫu số</source>
        <translation>Pattern</translation>
    </message>
    <message>
        <source>Hãy chọn giấy chứng nhận trong danh sách, hoặc chọn một lớp để in cả lớp.</source>
        <translation>Select certificates in the list, or choose a course to print the whole course.</translation>
    </message>
    <message>
        <source>Giấy chứng nhận</source>
        <translation>Certificates</translation>
    </message>
    <message>
        <source>In lên phôi</source>
        <translation>Print on blanks</translation>
    </message>
    <message>
        <source>Giấy chứng nhận (in lên phôi)</source>
        <translation>Certificates (printed on blanks)</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Sổ Hội: sổ quản lý Hội LHPN.</source>
        <translation>Sổ Hội: the Women&apos;s Union register.</translation>
    </message>
    <message>
        <source>mở thử cửa sổ chính với dữ liệu tạm rồi thoát</source>
        <translation>open the main window on temporary data, then quit</translation>
    </message>
    <message>
        <source>LỆNH</source>
        <translation>COMMAND</translation>
    </message>
    <message>
        <source>Lỗi: {message}</source>
        <translation>Error: {message}</translation>
    </message>
    <message>
        <source>Lỗi: {message} {advice}</source>
        <translation>Error: {message} {advice}</translation>
    </message>
    <message>
        <source>Đã dừng.</source>
        <translation>Stopped.</translation>
    </message>
</context>
<context>
    <name>CliAccounts</name>
    <message>
        <source>tài khoản đăng nhập</source>
        <translation>login accounts</translation>
    </message>
    <message>
        <source>LỆNH</source>
        <translation>COMMAND</translation>
    </message>
    <message>
        <source>liệt kê tài khoản</source>
        <translation>list the accounts</translation>
    </message>
    <message>
        <source>thêm tài khoản</source>
        <translation>add an account</translation>
    </message>
    <message>
        <source>tên đăng nhập (chữ không dấu, ví dụ lan.nguyen)</source>
        <translation>user name (letters without accents, e.g. lan.nguyen)</translation>
    </message>
    <message>
        <source>admin: quản trị, entry: nhập liệu, branch: chi hội, viewer: chỉ xem</source>
        <translation>admin: administrator, entry: data entry, branch: branch, viewer: view only</translation>
    </message>
    <message>
        <source>họ và tên người dùng</source>
        <translation>the user&apos;s full name</translation>
    </message>
    <message>
        <source>CHI_HỘI</source>
        <translation>BRANCH</translation>
    </message>
    <message>
        <source>chi hội của tài khoản chi hội (nhắc lại cho nhiều chi hội), ví dụ --branch &quot;Chi hội Thôn 1&quot;</source>
        <translation>branch of a branch account (repeat for several branches), e.g. --branch &quot;Branch 1&quot;</translation>
    </message>
    <message>
        <source>cho tài khoản chi hội xem dân tộc, tôn giáo</source>
        <translation>let the branch account see ethnicity and religion</translation>
    </message>
    <message>
        <source>text: bảng để đọc; json: cho chương trình khác đọc</source>
        <translation>text: a table to read; json: for another program to read</translation>
    </message>
    <message>
        <source>đặt mật khẩu mới (khi quên mật khẩu, kể cả người quản trị duy nhất)</source>
        <translation>set a new password (when it is forgotten, even for the only administrator)</translation>
    </message>
    <message>
        <source>tên đăng nhập</source>
        <translation>user name</translation>
    </message>
    <message>
        <source>đọc mật khẩu từ đầu vào chuẩn (một dòng) thay vì hỏi</source>
        <translation>read the password from standard input (one line) instead of asking</translation>
    </message>
    <message>
        <source>tệp dữ liệu (mặc định: trong thư mục dữ liệu)</source>
        <translation>register file (default: in the data folder)</translation>
    </message>
    <message>
        <source>Chỉ tài khoản chi hội (--role branch) mới gắn với chi hội.</source>
        <translation>Only a branch account (--role branch) is tied to branches.</translation>
    </message>
    <message>
        <source>Đã thêm tài khoản {username} ({display_name}, {role_label}).</source>
        <translation>Account {username} added ({display_name}, {role_label}).</translation>
    </message>
    <message>
        <source>Chi hội: </source>
        <translation>Branches: </translation>
    </message>
    <message>
        <source>Lưu ý: tài khoản đăng nhập đang tắt; người quản trị bật trong Cài đặt.</source>
        <translation>Note: login accounts are turned off; an administrator turns them on in Settings.</translation>
    </message>
    <message>
        <source>Không có tài khoản tên “{username}”. Xem danh sách: sohoi accounts list</source>
        <translation>There is no account named “{username}”. See the list: sohoi accounts list</translation>
    </message>
    <message>
        <source>Đã đặt mật khẩu mới cho {username} ({display_name}); tài khoản không còn bị tạm khóa.</source>
        <translation>New password set for {username} ({display_name}); the account is no longer locked.</translation>
    </message>
    <message>
        <source>Lưu ý: tài khoản này đang ngừng hoạt động; người quản trị bật lại trong Cài đặt.</source>
        <translation>Note: this account is inactive; an administrator turns it back on in Settings.</translation>
    </message>
    <message>
        <source>Lỗi: {message}</source>
        <translation>Error: {message}</translation>
    </message>
    <message>
        <source>Lỗi: không có lệnh &apos;{verb}&apos;. Dùng: {items}.</source>
        <translation>Error: there is no command &apos;{verb}&apos;. Use: {items}.</translation>
    </message>
    <message>
        <source>Tài khoản đăng nhập: </source>
        <translation>Login accounts: </translation>
    </message>
    <message>
        <source>đang bật</source>
        <translation>on</translation>
    </message>
    <message>
        <source>đang tắt (không hỏi đăng nhập khi mở Sổ Hội)</source>
        <translation>off (Sổ Hội does not ask for a login at start)</translation>
    </message>
    <message>
        <source>Chưa có tài khoản nào.</source>
        <translation>There are no accounts yet.</translation>
    </message>
    <message>
        <source>{header:&lt;20} {header2:&lt;10} {header3:&lt;28} Họ và tên</source>
        <translation>{header:&lt;20} {header2:&lt;10} {header3:&lt;28} Full name</translation>
    </message>
    <message>
        <source>Tên đăng nhập</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Vai trò</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation>State</translation>
    </message>
    <message>
        <source>{header:&lt;20} chi hội: {items}</source>
        <translation>{header:&lt;20} branches: {items}</translation>
    </message>
    <message>
        <source>ngừng hoạt động</source>
        <translation>inactive</translation>
    </message>
    <message>
        <source>tạm khóa đến {locked_until:%H:%M %d/%m/%Y}</source>
        <translation>locked until {locked_until:%H:%M %d/%m/%Y}</translation>
    </message>
    <message>
        <source>đang hoạt động</source>
        <translation>active</translation>
    </message>
    <message>
        <source>Mật khẩu mới (ít nhất 8 ký tự): </source>
        <translation>New password (at least 8 characters): </translation>
    </message>
    <message>
        <source>Nhập lại mật khẩu mới: </source>
        <translation>New password again: </translation>
    </message>
</context>
<context>
    <name>CliBackup</name>
    <message>
        <source>Đã sao lưu (mã hóa) vào {path} ({size_bytes}). Chỉ mở được bằng cụm mật khẩu sao lưu.</source>
        <translation>Backed up (encrypted) to {path} ({size_bytes}). Only the backup passphrase opens it.</translation>
    </message>
    <message>
        <source>Đã sao lưu vào {path} ({size_bytes}). {message}</source>
        <translation>Backed up to {path} ({size_bytes}). {message}</translation>
    </message>
    <message>
        <source>Chưa có bản sao lưu nào trong {folder}.</source>
        <translation>There are no backups in {folder} yet.</translation>
    </message>
    <message>
        <source>{header:&lt;24} {header2:&lt;16}  {header3:&gt;9}  Tệp</source>
        <translation>{header:&lt;24} {header2:&lt;16}  {header3:&gt;9}  File</translation>
    </message>
    <message>
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Thời điểm</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Dung lượng</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Lỗi: {message}</source>
        <translation>Error: {message}</translation>
    </message>
    <message>
        <source>Lỗi: không có lệnh sao lưu &apos;{verb}&apos;. Dùng: {items}.</source>
        <translation>Error: there is no backup command &apos;{verb}&apos;. Use: {items}.</translation>
    </message>
    <message>
        <source>Không đọc được tệp cụm mật khẩu {file_name}.</source>
        <translation>Could not read the passphrase file {file_name}.</translation>
    </message>
    <message>
        <source>Cần cụm mật khẩu sao lưu: chạy lệnh trong cửa sổ dòng lệnh để nhập, hoặc thêm --passphrase-file TỆP.</source>
        <translation>The backup passphrase is needed: run the command in a terminal window to type it, or add --passphrase-file FILE.</translation>
    </message>
    <message>
        <source>Cụm mật khẩu sao lưu: </source>
        <translation>Backup passphrase: </translation>
    </message>
    <message>
        <source>Nhập lại cụm mật khẩu: </source>
        <translation>Passphrase again: </translation>
    </message>
    <message>
        <source>Đã đặt cụm mật khẩu sao lưu.</source>
        <translation>Backup passphrase set.</translation>
    </message>
    <message>
        <source>Đã ghi phiếu ghi nhớ {sheet}; hãy in và cất ở nơi an toàn.</source>
        <translation>Reminder sheet written to {sheet}; print it and keep it somewhere safe.</translation>
    </message>
    <message>
        <source>Hãy cho biết tệp sao lưu (đường dẫn đến tệp .sqlite).</source>
        <translation>Name the backup file (the path of a .sqlite file).</translation>
    </message>
    <message>
        <source>Lỗi: {message} Dữ liệu hiện tại không bị thay đổi.</source>
        <translation>Error: {message} The current data was not changed.</translation>
    </message>
    <message>
        <source>Lỗi: khôi phục sẽ thay toàn bộ dữ liệu hiện tại; hãy chạy lệnh trong cửa sổ dòng lệnh để xác nhận, hoặc thêm --yes.</source>
        <translation>Error: restoring replaces all the current data; run the command in a terminal window to confirm, or add --yes.</translation>
    </message>
    <message>
        <source>Sẽ khôi phục từ {name} ({message})</source>
        <translation>Will restore from {name} ({message})</translation>
    </message>
    <message>
        <source>Dữ liệu hiện tại trong {database_path} được lưu trước thành một bản &quot;trước khi khôi phục&quot;. Hãy đóng cửa sổ Sổ Hội trước khi tiếp tục.</source>
        <translation>The current data in {database_path} is first saved as a &quot;before restoring&quot; copy. Close the Sổ Hội window before going on.</translation>
    </message>
    <message>
        <source>Khôi phục? Gõ c rồi Enter để đồng ý, Enter để thôi: </source>
        <translation>Restore? Type y and Enter to agree, Enter to stop: </translation>
    </message>
    <message>
        <source>Đã thôi; không có gì thay đổi.</source>
        <translation>Stopped; nothing changed.</translation>
    </message>
    <message>
        <source>Đã khôi phục dữ liệu từ {name}.</source>
        <translation>Data restored from {name}.</translation>
    </message>
    <message>
        <source>Dữ liệu trước khi khôi phục được lưu ở {path}.</source>
        <translation>The data from before the restore is kept in {path}.</translation>
    </message>
    <message>
        <source>Đã sao lưu máy chủ vào {path} ({size}, {tables} bảng; đã kiểm tra bằng pg_restore --list).</source>
        <translation>Server backed up to {path} ({size}, {tables} tables; checked with pg_restore --list).</translation>
    </message>
    <message>
        <source>Chưa có bản sao lưu máy chủ nào trong {folder}.</source>
        <translation>No server backups in {folder} yet.</translation>
    </message>
    <message>
        <source>Bản sao lưu máy chủ đọc được: {tables} bảng ({size}).</source>
        <translation>The server backup can be read: {tables} tables ({size}).</translation>
    </message>
    <message>
        <source>sao lưu và khôi phục</source>
        <translation>back up and restore</translation>
    </message>
    <message>
        <source>LỆNH</source>
        <translation>COMMAND</translation>
    </message>
    <message>
        <source>sao lưu ngay</source>
        <translation>back up now</translation>
    </message>
    <message>
        <source>thư mục đích (ví dụ ổ USB; bản sao được mã hóa); mặc định: thư mục sao lưu</source>
        <translation>target folder (e.g. a USB stick; the copy is encrypted); default: the backup folder</translation>
    </message>
    <message>
        <source>tệp chứa cụm mật khẩu sao lưu (mặc định: hỏi khi cần)</source>
        <translation>file holding the backup passphrase (default: ask when needed)</translation>
    </message>
    <message>
        <source>các bản sao lưu</source>
        <translation>the backups</translation>
    </message>
    <message>
        <source>kiểm tra một bản sao lưu</source>
        <translation>check a backup</translation>
    </message>
    <message>
        <source>tệp chứa cụm mật khẩu (bản sao lưu mã hóa)</source>
        <translation>file holding the passphrase (encrypted backup)</translation>
    </message>
    <message>
        <source>khôi phục từ một bản sao lưu</source>
        <translation>restore from a backup</translation>
    </message>
    <message>
        <source>không hỏi lại</source>
        <translation>do not ask again</translation>
    </message>
    <message>
        <source>tệp chứa cụm mật khẩu (bản sao lưu mã hóa); mặc định: hỏi</source>
        <translation>file holding the passphrase (encrypted backup); default: ask</translation>
    </message>
    <message>
        <source>đặt cụm mật khẩu sao lưu (một lần) và in phiếu ghi nhớ</source>
        <translation>set the backup passphrase (once) and print the reminder sheet</translation>
    </message>
    <message>
        <source>tệp chứa cụm mật khẩu (mặc định: hỏi hai lần)</source>
        <translation>file holding the passphrase (default: ask twice)</translation>
    </message>
    <message>
        <source>tệp PDF phiếu ghi nhớ sẽ ghi</source>
        <translation>PDF file for the reminder sheet</translation>
    </message>
</context>
<context>
    <name>CliBench</name>
    <message>
        <source>đo hiệu năng (JSON mỗi dòng)</source>
        <translation>measure performance (one JSON line each)</translation>
    </message>
    <message>
        <source>bộ đo nhanh, dữ liệu nhỏ hơn</source>
        <translation>quick measures on smaller data</translation>
    </message>
    <message>
        <source>chỉ chạy các phép đo này (phân cách bằng dấu phẩy)</source>
        <translation>run only these measures (separated by commas)</translation>
    </message>
    <message>
        <source>cũng đo trên máy chủ PostgreSQL này (người dùng được tạo cơ sở dữ liệu), đặt cạnh số đo trên tệp SQLite; hoặc biến SOHOI_BENCH_DATABASE_URL</source>
        <translation>also measure on this PostgreSQL server (a user allowed to create databases), beside the figures on the SQLite file; or the SOHOI_BENCH_DATABASE_URL variable</translation>
    </message>
</context>
<context>
    <name>CliCatalog</name>
    <message>
        <source>danh mục tỉnh, xã chính thức (sau 2025)</source>
        <translation>the official list of provinces and communes (after 2025)</translation>
    </message>
    <message>
        <source>tìm theo tên</source>
        <translation>search by name</translation>
    </message>
    <message>
        <source>mã tỉnh: liệt kê các xã, phường của tỉnh</source>
        <translation>province code: list the province&apos;s communes and wards</translation>
    </message>
</context>
<context>
    <name>CliCertificates</name>
    <message>
        <source>GIẢ MẠO: chữ ký trên mã QR không khớp với nội dung — giấy này đã bị sửa hoặc không do đơn vị ghi trên giấy cấp.</source>
        <translation>FORGED: the signature in the QR code does not match the content — this certificate was altered or not issued by the unit named on it.</translation>
    </message>
    <message>
        <source>KHÔNG XÁC MINH ĐƯỢC: sổ này chưa biết khóa của đơn vị cấp (mã {code}). Hãy nhận gói dữ liệu mới của cấp trên, hoặc hỏi đơn vị đã cấp.</source>
        <translation>CANNOT BE VERIFIED: this register does not know the issuing unit&apos;s key yet (code {code}). Import a new data package from the upper level, or ask the issuing unit.</translation>
    </message>
    <message>
        <source>Không tìm thấy giấy chứng nhận có mã {strip}.</source>
        <translation>No certificate has the code {strip}.</translation>
    </message>
    <message>
        <source>ĐÃ THU HỒI ngày {revoked_on}</source>
        <translation>REVOKED on {revoked_on}</translation>
    </message>
    <message>
        <source>CÒN HIỆU LỰC</source>
        <translation>VALID</translation>
    </message>
    <message>
        <source>giấy chứng nhận</source>
        <translation>certificates</translation>
    </message>
    <message>
        <source>LỆNH</source>
        <translation>COMMAND</translation>
    </message>
    <message>
        <source>tra mã xác minh hoặc nội dung mã QR (mã thoát 0: còn hiệu lực, 1: đã thu hồi, 2: không có, 3: chưa biết đơn vị cấp, 4: giả mạo)</source>
        <translation>look up a verification code or the content of a QR code (exit code 0: valid, 1: revoked, 2: not found, 3: issuing unit unknown, 4: forged)</translation>
    </message>
    <message>
        <source>mã xác minh in trên giấy chứng nhận, hoặc toàn bộ nội dung mã QR (“-”: đọc từ đầu vào chuẩn)</source>
        <translation>the verification code printed on the certificate, or the whole content of the QR code (“-”: read from standard input)</translation>
    </message>
</context>
<context>
    <name>CliCommon</name>
    <message>
        <source>Tên đăng nhập: </source>
        <translation>User name: </translation>
    </message>
    <message>
        <source>Không đọc được tệp mật khẩu {path}.</source>
        <translation>Could not read the password file {path}.</translation>
    </message>
    <message>
        <source>Mật khẩu: </source>
        <translation>Password: </translation>
    </message>
    <message>
        <source>Tài khoản {username} ({role}) không được thay đổi dữ liệu bằng dòng lệnh. Không có gì bị thay đổi.</source>
        <translation>The account {username} ({role}) may not change data from the command line. Nothing was changed.</translation>
    </message>
    <message>
        <source>tệp dữ liệu hoặc địa chỉ máy chủ postgresql://… (mặc định: tệp trong thư mục dữ liệu người dùng)</source>
        <translation>data file or server address postgresql://… (default: the file in the user&apos;s data folder)</translation>
    </message>
</context>
<context>
    <name>CliCommunes</name>
    <message>
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Xã/phường</source>
        <translation>Commune/ward</translation>
    </message>
    <message>
        <source>Gói gần nhất</source>
        <translation>Latest package</translation>
    </message>
    <message>
        <source>Hội viên</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Đang SH</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Tỷ lệ TH</source>
        <translation>Gathered</translation>
    </message>
    <message>
        <source>SH quý</source>
        <translation>Meet. qtr</translation>
    </message>
    <message>
        <source>Cán bộ TH</source>
        <translation>Trained</translation>
    </message>
    <message>
        <source>Tình trạng</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>ngày {text!r} không đúng dạng NĂM-THÁNG-NGÀY, ví dụ 2026-10-01</source>
        <translation>the date {text!r} is not YEAR-MONTH-DAY, e.g. 2026-10-01</translation>
    </message>
    <message>
        <source>{last_received_on}, lần {last_generation}</source>
        <translation>{last_received_on}, no. {last_generation}</translation>
    </message>
    <message>
        <source>chưa có gói nào</source>
        <translation>no package yet</translation>
    </message>
    <message>
        <source>đã gửi</source>
        <translation>sent</translation>
    </message>
    <message>
        <source>CHƯA GỬI</source>
        <translation>NOT SENT</translation>
    </message>
    <message>
        <source>{union_name}: {late}/{rows} xã chưa gửi gói từ ngày {since} (số liệu đến ngày {today}).</source>
        <translation>{union_name}: {late}/{rows} communes have sent no package since {since} (figures up to {today}).</translation>
    </message>
    <message>
        <source>Chưa có xã nào đăng ký. Tạo tệp đăng ký cho xã: sohoi sync enroll --commune MÃ --out THƯ_MỤC</source>
        <translation>No commune is registered yet. Write a registration file for a commune: sohoi sync enroll --commune CODE --out FOLDER</translation>
    </message>
    <message>
        <source>cấp trên: tình hình gửi gói và số liệu các xã</source>
        <translation>upper level: the communes&apos; packages and figures</translation>
    </message>
    <message>
        <source>LỆNH</source>
        <translation>COMMAND</translation>
    </message>
    <message>
        <source>mỗi xã: gói gần nhất, hội viên, tỷ lệ tập hợp, sinh hoạt, cán bộ tập huấn</source>
        <translation>each commune: latest package, members, gathering rate, meetings, trained officers</translation>
    </message>
    <message>
        <source>NĂM-THÁNG-NGÀY</source>
        <translation>YEAR-MONTH-DAY</translation>
    </message>
    <message>
        <source>xã không gửi gói nào từ ngày này là «chưa gửi» (mặc định: ngày đầu quý)</source>
        <translation>a commune that sent no package since this day is «not sent» (default: first day of the quarter)</translation>
    </message>
</context>
<context>
    <name>CliCourses</name>
    <message>
        <source>lớp tập huấn</source>
        <translation>training courses</translation>
    </message>
    <message>
        <source>LỆNH</source>
        <translation>COMMAND</translation>
    </message>
    <message>
        <source>liệt kê lớp</source>
        <translation>list the courses</translation>
    </message>
</context>
<context>
    <name>CliDatabase</name>
    <message>
        <source>Không có tệp {path}; hãy kiểm tra lại đường dẫn. Chưa tạo tệp nào.</source>
        <translation>There is no file {path}; check the path. No file was created.</translation>
    </message>
    <message>
        <source>Tệp: {path}</source>
        <translation>File: {path}</translation>
    </message>
    <message>
        <source>Kiểm tra toàn vẹn: {items}</source>
        <translation>Integrity check: {items}</translation>
    </message>
    <message>
        <source>Lỗi khóa ngoại: {foreign_key_problems}</source>
        <translation>Foreign key problems: {foreign_key_problems}</translation>
    </message>
    <message>
        <source>Phiên bản lược đồ: {schema_revision} (ứng dụng: {application_revision})</source>
        <translation>Schema version: {schema_revision} (program: {application_revision})</translation>
    </message>
    <message>
        <source>Kết quả: tốt</source>
        <translation>Result: good</translation>
    </message>
    <message>
        <source>Kết quả: CÓ VẤN ĐỀ</source>
        <translation>Result: PROBLEMS FOUND</translation>
    </message>
    <message>
        <source>Không tìm thấy bản sao lưu tốt nào trong thư mục sao lưu.</source>
        <translation>No good backup was found in the backup folder.</translation>
    </message>
    <message>
        <source>Bản sao lưu tốt mới nhất: {path} ({taken_at}). Khôi phục: sohoi backup restore &quot;{path}&quot;</source>
        <translation>Newest good backup: {path} ({taken_at}). To restore: sohoi backup restore &quot;{path}&quot;</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu: {path}</source>
        <translation>Database: {path}</translation>
    </message>
    <message>
        <source>tệp dữ liệu</source>
        <translation>register file</translation>
    </message>
    <message>
        <source>LỆNH</source>
        <translation>COMMAND</translation>
    </message>
    <message>
        <source>kiểm tra toàn vẹn</source>
        <translation>check integrity</translation>
    </message>
</context>
<context>
    <name>CliDues</name>
    <message>
        <source>ngày không hợp lệ: {text} (viết YYYY-MM-DD)</source>
        <translation>invalid date: {text} (write YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>{year}: tồn đầu kỳ {opening}, thu {receipts}, chi {spending}, tồn cuối kỳ {closing}</source>
        <translation>{year}: opening balance {opening}, receipts {receipts}, payments {spending}, closing balance {closing}</translation>
    </message>
    <message>
        <source>Đã lưu {voucher}</source>
        <translation>Saved {voucher}</translation>
    </message>
    <message>
        <source>Đã lập bút toán đảo {voucher}</source>
        <translation>Reversing entry {voucher} made</translation>
    </message>
    <message>
        <source>Đã khóa sổ {lower}</source>
        <translation>Books closed for {lower}</translation>
    </message>
    <message>
        <source>hội phí và quỹ hội</source>
        <translation>dues and the union fund</translation>
    </message>
    <message>
        <source>LỆNH</source>
        <translation>COMMAND</translation>
    </message>
    <message>
        <source>liệt kê chứng từ quỹ hội</source>
        <translation>list the fund vouchers</translation>
    </message>
    <message>
        <source>tồn quỹ một quý</source>
        <translation>a quarter&apos;s fund balance</translation>
    </message>
    <message>
        <source>lập phiếu thu hoặc phiếu chi</source>
        <translation>write a receipt or payment voucher</translation>
    </message>
    <message>
        <source>số đồng</source>
        <translation>amount in VND</translation>
    </message>
    <message>
        <source>người nộp hoặc người nhận</source>
        <translation>payer or payee</translation>
    </message>
    <message>
        <source>đảo một chứng từ (ví dụ PC 1/2026)</source>
        <translation>reverse a voucher (e.g. PC 1/2026)</translation>
    </message>
    <message>
        <source>khóa sổ một quý</source>
        <translation>close the books of a quarter</translation>
    </message>
</context>
<context>
    <name>CliEvaluation</name>
    <message>
        <source>Chưa xã nào gửi bản tự đánh giá năm {year}.</source>
        <translation>No commune has sent its self-evaluation for {year} yet.</translation>
    </message>
    <message>
        <source>Không có chi hội «{unit}» trong xã này.</source>
        <translation>This commune has no branch «{unit}».</translation>
    </message>
    <message>
        <source> (bộ tiêu chí ví dụ)</source>
        <translation> (example criteria)</translation>
    </message>
    <message>
        <source>{unit_name}: đánh giá năm {year} theo «{set_name}»{example}</source>
        <translation>{unit_name}: evaluation for {year} by «{set_name}»{example}</translation>
    </message>
    <message>
        <source> [từ sổ: {figure}]</source>
        <translation> [from the register: {figure}]</translation>
    </message>
    <message>
        <source>Tổng: {total}/{max_total} điểm, {class_label}</source>
        <translation>Total: {total}/{max_total} points, {class_label}</translation>
    </message>
    <message>
        <source>(chưa lưu)</source>
        <translation>(not saved)</translation>
    </message>
    <message>
        <source>Không đọc được bộ tiêu chí {name}: cần tệp JSON UTF-8.</source>
        <translation>Could not read the criteria {name}: a UTF-8 JSON file is needed.</translation>
    </message>
    <message>
        <source>Đã gửi «{name}» năm {year}, lần {edition}; các xã nhận ở gói dữ liệu tới.</source>
        <translation>«{name}» for {year} sent, edition {edition}; the communes receive it in the next data package.</translation>
    </message>
    <message>
        <source>đánh giá, xếp loại hằng năm</source>
        <translation>yearly evaluation and grading</translation>
    </message>
    <message>
        <source>LỆNH</source>
        <translation>COMMAND</translation>
    </message>
    <message>
        <source>xem bản đánh giá của xã hoặc một chi hội</source>
        <translation>show the evaluation of the commune or a branch</translation>
    </message>
    <message>
        <source>mã hoặc tên chi hội (mặc định: cả xã)</source>
        <translation>branch code or name (default: the whole commune)</translation>
    </message>
    <message>
        <source>cấp trên gửi bộ tiêu chí (tệp JSON) cho các xã</source>
        <translation>upper level sends criteria (a JSON file) to the communes</translation>
    </message>
</context>
<context>
    <name>CliMeetings</name>
    <message>
        <source>buổi sinh hoạt</source>
        <translation>meetings</translation>
    </message>
    <message>
        <source>LỆNH</source>
        <translation>COMMAND</translation>
    </message>
    <message>
        <source>liệt kê buổi sinh hoạt</source>
        <translation>list the meetings</translation>
    </message>
</context>
<context>
    <name>CliMembers</name>
    <message>
        <source>hội viên</source>
        <translation>members</translation>
    </message>
    <message>
        <source>LỆNH</source>
        <translation>COMMAND</translation>
    </message>
    <message>
        <source>tìm hội viên</source>
        <translation>search members</translation>
    </message>
    <message>
        <source>một phần họ tên, không cần dấu</source>
        <translation>part of the name, accents optional</translation>
    </message>
    <message>
        <source>nhập danh sách hội viên từ Excel (.xlsx, .xls, .ods)</source>
        <translation>import a member list from Excel (.xlsx, .xls, .ods)</translation>
    </message>
    <message>
        <source>tệp bảng tính</source>
        <translation>spreadsheet file</translation>
    </message>
    <message>
        <source>chỉ xem trước, không ghi</source>
        <translation>preview only, write nothing</translation>
    </message>
    <message>
        <source>xuất danh sách ra Excel</source>
        <translation>export the list to Excel</translation>
    </message>
    <message>
        <source>tệp .xlsx sẽ ghi</source>
        <translation>.xlsx file to write</translation>
    </message>
    <message>
        <source>các cột, phân cách bằng dấu phẩy (mặc định: mọi cột trừ dân tộc, tôn giáo, số CCCD)</source>
        <translation>the columns, separated by commas (default: every column but ethnicity, religion, ID card number)</translation>
    </message>
</context>
<context>
    <name>CliMembersExport</name>
    <message>
        <source>Đã ghi {count} hội viên vào {out}</source>
        <translation>{count} members written to {out}</translation>
    </message>
</context>
<context>
    <name>CliMembersImport</name>
    <message>
        <source>Sẽ nhập</source>
        <translation>Would import</translation>
    </message>
    <message>
        <source>Đã nhập</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>Đã đọc {total} dòng từ {name}.</source>
        <translation>Read {total} rows from {name}.</translation>
    </message>
    <message>
        <source>{verb} {imported} hội viên; bỏ qua {skipped} dòng trùng; từ chối {rejected} dòng.</source>
        <translation>{verb} {imported} members; {skipped} duplicate rows skipped; {rejected} rows refused.</translation>
    </message>
    <message>
        <source>Ô chữ: {converted} đã chuyển từ TCVN3/VNI, {doubtful} chưa chắc bảng mã (giữ nguyên), {unchanged} giữ nguyên.</source>
        <translation>Text cells: {converted} converted from TCVN3/VNI, {doubtful} of uncertain encoding (kept as they were), {unchanged} unchanged.</translation>
    </message>
    <message>
        <source>Sẽ tạo</source>
        <translation>Would create</translation>
    </message>
    <message>
        <source>Đã tạo</source>
        <translation>Created</translation>
    </message>
    <message>
        <source> chi hội: </source>
        <translation> branches: </translation>
    </message>
    <message>
        <source>  - {count} dòng: {reason}</source>
        <translation>  - {count} rows: {reason}</translation>
    </message>
    <message>
        <source>Các dòng bị từ chối đã ghi vào {rejected_file}.</source>
        <translation>The refused rows were written to {rejected_file}.</translation>
    </message>
</context>
<context>
    <name>CliMembersTransfer</name>
    <message>
        <source>ngày {text!r} không đúng dạng NĂM-THÁNG-NGÀY, ví dụ 2026-10-01</source>
        <translation>the date {text!r} is not YEAR-MONTH-DAY, e.g. 2026-10-01</translation>
    </message>
    <message>
        <source>Lỗi: {message}</source>
        <translation>Error: {message}</translation>
    </message>
    <message>
        <source>Đã ghi chuyển sinh hoạt đến {to}. Hồ sơ sẽ đi theo gói dữ liệu gửi cấp trên lần tới.</source>
        <translation>Transfer to {to} recorded. The record goes with the next data package to the upper level.</translation>
    </message>
    <message>
        <source>Không có hội viên nào chờ tiếp nhận.</source>
        <translation>No members are waiting to be accepted.</translation>
    </message>
    <message>
        <source>Xã không có chi hội tên «{branch}».</source>
        <translation>The commune has no branch named «{branch}».</translation>
    </message>
    <message>
        <source>Đã tiếp nhận vào chi hội {branch}; mã hội viên mới: {member_id}.</source>
        <translation>Received into the branch {branch}; new member code: {member_id}.</translation>
    </message>
    <message>
        <source>Đã ghi không tiếp nhận; lý do sẽ theo gói gửi cấp trên lần tới về xã chuyển đi.</source>
        <translation>Refusal recorded; the reason goes back to the sending commune with the next package to the upper level.</translation>
    </message>
    <message>
        <source>chuyển sinh hoạt hội viên sang xã khác</source>
        <translation>transfer a member to another commune</translation>
    </message>
    <message>
        <source>mã hội viên (xem members search --format json)</source>
        <translation>member code (see members search --format json)</translation>
    </message>
    <message>
        <source>mã xã nhận (5 chữ số, theo danh mục)</source>
        <translation>code of the receiving commune (5 digits, from the official list)</translation>
    </message>
    <message>
        <source>ngày chuyển (mặc định: hôm nay)</source>
        <translation>date of the transfer (default: today)</translation>
    </message>
    <message>
        <source>hội viên chuyển đến chờ tiếp nhận</source>
        <translation>members transferred in, waiting to be received</translation>
    </message>
    <message>
        <source>LỆNH</source>
        <translation>COMMAND</translation>
    </message>
    <message>
        <source>tiếp nhận vào một chi hội</source>
        <translation>receive into a branch</translation>
    </message>
    <message>
        <source>mã hội viên chuyển đến (xem members arrivals)</source>
        <translation>code of the member transferred in (see members arrivals)</translation>
    </message>
    <message>
        <source>tên chi hội nhận</source>
        <translation>name of the receiving branch</translation>
    </message>
    <message>
        <source>ngày tiếp nhận (mặc định: hôm nay)</source>
        <translation>date received (default: today)</translation>
    </message>
    <message>
        <source>không tiếp nhận</source>
        <translation>refuse</translation>
    </message>
    <message>
        <source>lý do, gửi về xã chuyển đi</source>
        <translation>the reason, sent back to the sending commune</translation>
    </message>
    <message>
        <source>ngày trả lời (mặc định: hôm nay)</source>
        <translation>date of the answer (default: today)</translation>
    </message>
</context>
<context>
    <name>CliPrinting</name>
    <message>
        <source>Đã ghi {out}</source>
        <translation>Wrote {out}</translation>
    </message>
    <message>
        <source>Lớp này chưa có giấy chứng nhận nào để in.</source>
        <translation>This course has no certificates to print yet.</translation>
    </message>
    <message>
        <source>Đã ghi bản dịch tiếng Anh của {rows} giấy chứng nhận vào {out}</source>
        <translation>English translation of {rows} certificates written to {out}</translation>
    </message>
    <message>
        <source>Đã ghi {rows} giấy chứng nhận vào {out}</source>
        <translation>{rows} certificates written to {out}</translation>
    </message>
    <message>
        <source>in tài liệu ra PDF</source>
        <translation>print documents to PDF</translation>
    </message>
    <message>
        <source>LỆNH</source>
        <translation>COMMAND</translation>
    </message>
    <message>
        <source>danh sách điểm danh / ký nhận của một buổi</source>
        <translation>a meeting&apos;s attendance / signature list</translation>
    </message>
    <message>
        <source>mã (id) buổi sinh hoạt</source>
        <translation>meeting id</translation>
    </message>
    <message>
        <source>tệp PDF sẽ ghi</source>
        <translation>PDF file to write</translation>
    </message>
    <message>
        <source>bản trống để ký (mặc định: bản đã điểm danh)</source>
        <translation>a blank sheet to sign (default: the sheet with attendance taken)</translation>
    </message>
    <message>
        <source>giấy chứng nhận của một lớp</source>
        <translation>a course&apos;s certificates</translation>
    </message>
    <message>
        <source>mã (id) lớp tập huấn</source>
        <translation>training course id</translation>
    </message>
    <message>
        <source>bản dịch tiếng Anh để tham khảo (giấy chứng nhận vẫn là bản tiếng Việt)</source>
        <translation>an English translation for information (the certificate remains the Vietnamese one)</translation>
    </message>
</context>
<context>
    <name>CliReport</name>
    <message>
        <source>Đã ghi {out}</source>
        <translation>Wrote {out}</translation>
    </message>
    <message>
        <source>Cấp trên chưa có xã mã {strip}.</source>
        <translation>The upper level has no commune with the code {strip}.</translation>
    </message>
    <message>
        <source>Đã ghi {out} ({count} trang tính).</source>
        <translation>Wrote {out} ({count} sheets).</translation>
    </message>
    <message>
        <source>Sổ chưa có mẫu báo cáo tên «{wanted}» (xem: sohoi report published).</source>
        <translation>The register has no report form named «{wanted}» (see: sohoi report published).</translation>
    </message>
    <message>
        <source>Đã gửi mẫu «{name}» (lần {edition}); các xã nhận ở gói gửi xuống tiếp theo.</source>
        <translation>Form «{name}» sent (edition {edition}); the communes receive it in the next package sent down.</translation>
    </message>
    <message>
        <source>Sổ chưa có mẫu báo cáo nào của cấp trên.</source>
        <translation>The register has no report forms from the upper level yet.</translation>
    </message>
    <message>
        <source>đơn vị này gửi</source>
        <translation>sent by this unit</translation>
    </message>
    <message>
        <source>của cấp trên</source>
        <translation>from the upper level</translation>
    </message>
    <message>
        <source>{name} — lần {edition}, {published_on:%d/%m/%Y}, {origin}</source>
        <translation>{name} — edition {edition}, {published_on:%d/%m/%Y}, {origin}</translation>
    </message>
    <message>
        <source>Đã ghi {path}</source>
        <translation>Wrote {path}</translation>
    </message>
    <message>
        <source>báo cáo</source>
        <translation>reports</translation>
    </message>
    <message>
        <source>LỆNH</source>
        <translation>COMMAND</translation>
    </message>
    <message>
        <source>chỉ tiêu Đề án 1893 ra tệp Excel</source>
        <translation>the targets of Scheme 1893 to an Excel file</translation>
    </message>
    <message>
        <source>tệp .xlsx sẽ ghi</source>
        <translation>.xlsx file to write</translation>
    </message>
    <message>
        <source>điền mẫu báo cáo .xlsx của cấp trên bằng số liệu của sổ</source>
        <translation>fill in the upper level&apos;s .xlsx report form with the register&apos;s figures</translation>
    </message>
    <message>
        <source>Điền các chỗ {{…}} của một mẫu Excel bằng số liệu của sổ. Ở cấp trên: trang đầu là số tổng hợp, sau đó mỗi xã một trang (hoặc chỉ một xã với --commune).</source>
        <translation>Fill the {{…}} places of an Excel form with the register&apos;s figures. At an upper level: the first sheet holds the combined figures, then one sheet per commune (or one commune only with --commune).</translation>
    </message>
    <message>
        <source>tệp mẫu .xlsx</source>
        <translation>.xlsx form file</translation>
    </message>
    <message>
        <source>TÊN</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>mẫu cấp trên đã gửi xuống (tên như «sohoi report published»)</source>
        <translation>a form the upper level sent down (named as in «sohoi report published»)</translation>
    </message>
    <message>
        <source>kỳ báo cáo: năm, ví dụ 2026</source>
        <translation>reporting period: a year, e.g. 2026</translation>
    </message>
    <message>
        <source>ở cấp trên: chỉ điền cho xã có mã này</source>
        <translation>at an upper level: fill in for the commune with this code only</translation>
    </message>
    <message>
        <source>ghi hai mẫu báo cáo ví dụ (.xlsx) để sửa theo biểu mẫu của tỉnh</source>
        <translation>write two example report forms (.xlsx) to adapt to the province&apos;s forms</translation>
    </message>
    <message>
        <source>thư mục sẽ ghi</source>
        <translation>folder to write to</translation>
    </message>
    <message>
        <source>ở cấp trên: gửi một mẫu báo cáo xuống các xã (đi theo gói gửi xuống)</source>
        <translation>at an upper level: send a report form down to the communes (with the packages sent down)</translation>
    </message>
    <message>
        <source>tên mẫu (mặc định: tên tệp)</source>
        <translation>the form&apos;s name (default: the file name)</translation>
    </message>
    <message>
        <source>các mẫu báo cáo sổ đang giữ</source>
        <translation>the report forms the register holds</translation>
    </message>
</context>
<context>
    <name>CliScreenshot</name>
    <message>
        <source>Đã lưu ảnh {out}</source>
        <translation>Picture saved to {out}</translation>
    </message>
    <message>
        <source>chụp một trang ra PNG</source>
        <translation>take a picture of a page as PNG</translation>
    </message>
    <message>
        <source>ngôn ngữ giao diện (mặc định: SOHOI_LANG hoặc cài đặt)</source>
        <translation>interface language (default: SOHOI_LANG or the setting)</translation>
    </message>
</context>
<context>
    <name>CliServer</name>
    <message>
        <source>Tài khoản trên máy chủ không có quyền tạo bảng trong cơ sở dữ liệu này. Hãy tạo cơ sở dữ liệu với chủ sở hữu là tài khoản của Sổ Hội (createdb -O sohoi sohoi) hoặc nhờ người quản trị máy chủ cấp quyền. Không có gì bị thay đổi.</source>
        <translation>The server account may not create tables in this database. Create the database owned by Sổ Hội&apos;s account (createdb -O sohoi sohoi) or ask the server&apos;s administrator for the right. Nothing was changed.</translation>
    </message>
    <message>
        <source>Cần địa chỉ máy chủ: --db postgresql://người_dùng@máy_chủ/tên_csdl</source>
        <translation>A server address is needed: --db postgresql://user@server/database</translation>
    </message>
    <message>
        <source>Tên đăng nhập của người quản trị: </source>
        <translation>The administrator&apos;s user name: </translation>
    </message>
    <message>
        <source>Họ và tên người quản trị: </source>
        <translation>The administrator&apos;s full name: </translation>
    </message>
    <message>
        <source>Sổ này đã có tài khoản đăng nhập; người quản trị thêm tài khoản bằng sohoi accounts add hoặc trong Cài đặt.</source>
        <translation>This register already has login accounts; an administrator adds accounts with sohoi accounts add or in Settings.</translation>
    </message>
    <message>
        <source>Lỗi: {message}</source>
        <translation>Error: {message}</translation>
    </message>
    <message>
        <source>Đã bật tài khoản đăng nhập; người quản trị: {username} ({name}).</source>
        <translation>Login accounts turned on; administrator: {username} ({name}).</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu {place} đã là sổ của {union}; không thiết lập lại. Dùng một cơ sở dữ liệu trống. Không có gì bị thay đổi.</source>
        <translation>The database {place} is already the register of {union}; it is not set up again. Use an empty database. Nothing was changed.</translation>
    </message>
    <message>
        <source>Đã thiết lập {union} (mã {code}) trên máy chủ {place}.</source>
        <translation>{union} (code {code}) set up on the server {place}.</translation>
    </message>
    <message>
        <source>Người quản trị: {username} ({name}). Mỗi người dùng cần một tài khoản riêng: sohoi accounts add … --db &lt;địa chỉ&gt;.</source>
        <translation>Administrator: {username} ({name}). Each user needs an account of their own: sohoi accounts add … --db &lt;address&gt;.</translation>
    </message>
    <message>
        <source>  {table}: {rows} dòng</source>
        <translation>  {table}: {rows} rows</translation>
    </message>
    <message>
        <source>Đang chuyển {source} lên {place}…</source>
        <translation>Moving {source} to {place}…</translation>
    </message>
    <message>
        <source>Đã chuyển và kiểm tra {rows} dòng của {tables} bảng (số dòng và mã băm từng bảng khớp, {seconds} giây). Từ nay mở sổ bằng --db {url}; tệp cũ không bị thay đổi, hãy cất làm bản lưu.</source>
        <translation>Moved and checked {rows} rows of {tables} tables (row counts and each table&apos;s hash match, {seconds} s). From now on open the register with --db {url}; the old file is unchanged: keep it as a backup.</translation>
    </message>
    <message>
        <source>Sổ chưa có tài khoản đăng nhập; trên máy chủ mỗi người phải đăng nhập. Hãy tạo người quản trị đầu tiên: sohoi server admin --db {url}</source>
        <translation>The register has no login accounts yet; on a server everyone must log in. Create the first administrator: sohoi server admin --db {url}</translation>
    </message>
    <message>
        <source>sổ trên máy chủ PostgreSQL (văn phòng tỉnh)</source>
        <translation>a register on a PostgreSQL server (province office)</translation>
    </message>
    <message>
        <source>LỆNH</source>
        <translation>COMMAND</translation>
    </message>
    <message>
        <source>tạo sổ mới trên cơ sở dữ liệu trống: lược đồ, người quản trị đầu tiên, khóa</source>
        <translation>create a new register in an empty database: schema, first administrator, keys</translation>
    </message>
    <message>
        <source>mã tỉnh, thành phố</source>
        <translation>code of the province or city</translation>
    </message>
    <message>
        <source>bật tài khoản đăng nhập với người quản trị đầu tiên (sổ chuyển từ tệp chưa có)</source>
        <translation>turn on login accounts with a first administrator (a register moved from a file without them)</translation>
    </message>
    <message>
        <source>tên đăng nhập của người quản trị (hỏi nếu không có)</source>
        <translation>the administrator&apos;s user name (asked if not given)</translation>
    </message>
    <message>
        <source>họ và tên người quản trị (hỏi nếu không có)</source>
        <translation>the administrator&apos;s full name (asked if not given)</translation>
    </message>
    <message>
        <source>đọc mật khẩu từ đầu vào chuẩn (một dòng) thay vì hỏi</source>
        <translation>read the password from standard input (one line) instead of asking</translation>
    </message>
    <message>
        <source>chuyển sổ từ tệp SQLite lên cơ sở dữ liệu trống trên máy chủ</source>
        <translation>move the register from its SQLite file to an empty database on the server</translation>
    </message>
    <message>
        <source>TỆP</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>tệp dữ liệu của văn phòng (chỉ đọc, không bị thay đổi)</source>
        <translation>the office&apos;s register file (only read, never changed)</translation>
    </message>
</context>
<context>
    <name>CliSetup</name>
    <message>
        <source>cấp trên</source>
        <translation>upper level</translation>
    </message>
    <message>
        <source>cơ sở</source>
        <translation>commune</translation>
    </message>
    <message>
        <source>Đã thiết lập {union_name} (mã {unit_code}, chế độ {mode}).</source>
        <translation>{union_name} set up (code {unit_code}, {mode} mode).</translation>
    </message>
    <message>
        <source>Dữ liệu: {place}</source>
        <translation>Data: {place}</translation>
    </message>
    <message>
        <source>Đã tạo dữ liệu mẫu cho {unit_name}: {communes} xã, {members} hội viên, {branches} chi hội, {meetings} buổi sinh hoạt, {courses} lớp tập huấn, {certificates} giấy chứng nhận ({seconds:.1f} giây).</source>
        <translation>Sample data made for {unit_name}: {communes} communes, {members} members, {branches} branches, {meetings} meetings, {courses} training courses, {certificates} certificates ({seconds:.1f} seconds).</translation>
    </message>
    <message>
        <source>thiết lập đơn vị cho tệp dữ liệu</source>
        <translation>set up the unit of a register file</translation>
    </message>
    <message>
        <source>mã xã/phường (5 chữ số) hoặc mã tỉnh</source>
        <translation>commune/ward code (5 digits) or province code</translation>
    </message>
    <message>
        <source>chế độ cấp trên (tỉnh, thành phố)</source>
        <translation>upper level mode (province, city)</translation>
    </message>
    <message>
        <source>tạo dữ liệu mẫu (mặc định vào tệp xã mẫu riêng, không bao giờ vào sổ thật)</source>
        <translation>make sample data (by default into a separate sample commune file, never into the real register)</translation>
    </message>
    <message>
        <source>mã xã (hoặc mã tỉnh khi có --communes)</source>
        <translation>commune code (or province code with --communes)</translation>
    </message>
    <message>
        <source>số hội viên (tổng)</source>
        <translation>number of members (in all)</translation>
    </message>
    <message>
        <source>số xã (chế độ cấp trên)</source>
        <translation>number of communes (upper level mode)</translation>
    </message>
    <message>
        <source>hạt giống ngẫu nhiên</source>
        <translation>random seed</translation>
    </message>
</context>
<context>
    <name>CliSync</name>
    <message>
        <source>{question} Gõ c rồi Enter để đồng ý, Enter để thôi: </source>
        <translation>{question} Type y and Enter to agree, Enter to stop: </translation>
    </message>
    <message>
        <source>{unit_name} (mã {unit_code})</source>
        <translation>{unit_name} (code {unit_code})</translation>
    </message>
    <message>
        <source>Mã nhận diện của máy này: {fingerprint}</source>
        <translation>This computer&apos;s identity code: {fingerprint}</translation>
    </message>
    <message>
        <source>  {unit_name} (mã {unit_code}): {fingerprint}</source>
        <translation>  {unit_name} (code {unit_code}): {fingerprint}</translation>
    </message>
    <message>
        <source>Chỉ chọn một: --commune (ở cấp trên) hoặc --branch (ở xã).</source>
        <translation>Choose only one: --commune (at an upper level) or --branch (at a commune).</translation>
    </message>
    <message>
        <source>Hãy cho biết nơi ghi tệp đăng ký: --out TỆP hoặc THƯ MỤC.</source>
        <translation>Say where to write the registration file: --out FILE or FOLDER.</translation>
    </message>
    <message>
        <source>Đã ghi tệp đăng ký cho {commune_name} (mã {commune_code}): {path}</source>
        <translation>Registration file for {commune_name} (code {commune_code}) written: {path}</translation>
    </message>
    <message>
        <source>Mã nhận diện của {upper_name}: {fingerprint}</source>
        <translation>Identity code of {upper_name}: {fingerprint}</translation>
    </message>
    <message>
        <source>Hãy đọc mã này cho chi hội để so với màn hình của máy chi hội khi nhập tệp.</source>
        <translation>Read this code out to the branch so that it can compare it with the branch computer&apos;s screen when importing the file.</translation>
    </message>
    <message>
        <source>Đã ghi tệp đăng ký cho {commune_name}: {path}</source>
        <translation>Registration file for {commune_name} written: {path}</translation>
    </message>
    <message>
        <source>Hãy đọc mã này cho xã để xã so với màn hình của mình khi nhập tệp.</source>
        <translation>Read this code out to the commune so that it can compare it with its own screen when importing the file.</translation>
    </message>
    <message>
        <source>Hãy cho biết tệp đăng ký cần nhập, hoặc --commune MÃ để tạo tệp.</source>
        <translation>Name the registration file to import, or --commune CODE to write one.</translation>
    </message>
    <message>
        <source>Tệp đăng ký của {upper_name} (mã {upper_code}) cho {commune_name}, tạo lúc {created_at} UTC.</source>
        <translation>Registration file from {upper_name} (code {upper_code}) for {commune_name}, made at {created_at} UTC.</translation>
    </message>
    <message>
        <source>Mã nhận diện của cấp trên: {fingerprint}</source>
        <translation>The upper level&apos;s identity code: {fingerprint}</translation>
    </message>
    <message>
        <source>Đã đăng ký {commune_name} với {upper_name}.</source>
        <translation>{commune_name} registered with {upper_name}.</translation>
    </message>
    <message>
        <source>Mã nhận diện đã gõ không trùng với mã của tệp đăng ký ({shown}). Dữ liệu không thay đổi.</source>
        <translation>The identity code typed does not match the registration file&apos;s code ({shown}). The data was not changed.</translation>
    </message>
    <message>
        <source>Mã {shown} có trùng với mã trên màn hình của {upper_name}?</source>
        <translation>Does the code {shown} match the code on {upper_name}&apos;s screen?</translation>
    </message>
    <message>
        <source>Chưa có xã nào gửi gói lên, nên chưa gửi xuống được xã nào.</source>
        <translation>No commune has sent a package up yet, so none can be sent anything.</translation>
    </message>
    <message>
        <source>Hãy chọn xã nhận: --commune MÃ, hoặc --all cho mọi xã.</source>
        <translation>Choose the receiving commune: --commune CODE, or --all for every commune.</translation>
    </message>
    <message>
        <source>Đã ghi gói lần {generation} cho {recipient_name}: {path} ({values} bản ghi, {size} MB, đã kiểm tra lại).</source>
        <translation>Package no. {generation} for {recipient_name} written: {path} ({values} records, {size} MB, checked again).</translation>
    </message>
    <message>
        <source>Gói lần {generation} của {sender_name} (mã {sender_code}), tạo lúc {created_at} UTC; lần nhập trước: {previous_generation}.</source>
        <translation>Package no. {generation} from {sender_name} (code {sender_code}), made at {created_at} UTC; previous import: {previous_generation}.</translation>
    </message>
    <message>
        <source>  Chú ý: {warning}</source>
        <translation>  Note: {warning}</translation>
    </message>
    <message>
        <source>  Gói đầu tiên: mã nhận diện của đơn vị gửi là {fingerprint}</source>
        <translation>  First package: the sending unit&apos;s identity code is {fingerprint}</translation>
    </message>
    <message>
        <source>  (chạy thử: chưa nhập gì)</source>
        <translation>  (dry run: nothing imported)</translation>
    </message>
    <message>
        <source>  Đã bỏ qua tệp này; dữ liệu không thay đổi.</source>
        <translation>  This file was skipped; the data was not changed.</translation>
    </message>
    <message>
        <source>  Đã nhập: {changes} bản ghi mới, thay đổi hoặc xóa.</source>
        <translation>  Imported: {changes} records new, changed or deleted.</translation>
    </message>
    <message>
        <source>Lỗi: {name}: {message}</source>
        <translation>Error: {name}: {message}</translation>
    </message>
    <message>
        <source>xem trước</source>
        <translation>previewed</translation>
    </message>
    <message>
        <source>nhập</source>
        <translation>imported</translation>
    </message>
    <message>
        <source>Tổng cộng: {verb} {done_count}/{files} gói</source>
        <translation>In all: {verb} {done_count}/{files} packages</translation>
    </message>
    <message>
        <source>; bị từ chối: {items}.</source>
        <translation>; refused: {items}.</translation>
    </message>
    <message>
        <source>Thư mục {path} không có gói dữ liệu (.sohoi) nào.</source>
        <translation>The folder {path} holds no data package (.sohoi).</translation>
    </message>
    <message>
        <source>Mã nhận diện đã gõ không trùng với mã của gói ({fingerprint}). Dữ liệu không thay đổi.</source>
        <translation>The identity code typed does not match the package&apos;s code ({fingerprint}). The data was not changed.</translation>
    </message>
    <message>
        <source>Mã {fingerprint} có trùng với mã trên màn hình của {sender_name}?</source>
        <translation>Does the code {fingerprint} match the code on {sender_name}&apos;s screen?</translation>
    </message>
    <message>
        <source>Gói đầu tiên của {sender_name}: hãy so mã nhận diện {fingerprint} với màn hình của đơn vị gửi, rồi chạy lại với --accept-key &quot;MÃ&quot;. Dữ liệu không thay đổi.</source>
        <translation>First package from {sender_name}: compare the identity code {fingerprint} with the sending unit&apos;s screen, then run again with --accept-key &quot;CODE&quot;. The data was not changed.</translation>
    </message>
    <message>
        <source>Nhập gói sẽ thay phần dữ liệu của đơn vị gửi; hãy chạy trong cửa sổ dòng lệnh để xác nhận, hoặc thêm --yes. Dữ liệu không thay đổi.</source>
        <translation>Importing the package replaces the sending unit&apos;s part of the data; run in a terminal window to confirm, or add --yes. The data was not changed.</translation>
    </message>
    <message>
        <source>Nhập gói này?</source>
        <translation>Import this package?</translation>
    </message>
    <message>
        <source>{unit_name} (mã {unit_code}); mã nhận diện {fingerprint}</source>
        <translation>{unit_name} (code {unit_code}); identity code {fingerprint}</translation>
    </message>
    <message>
        <source>Gói gần nhất của máy này: lần {last_generation}</source>
        <translation>This computer&apos;s latest package: no. {last_generation}</translation>
    </message>
    <message>
        <source>Chưa đăng ký với đơn vị nào.</source>
        <translation>Not registered with any unit yet.</translation>
    </message>
    <message>
        <source>Chưa đăng ký xã nào.</source>
        <translation>No commune registered yet.</translation>
    </message>
    <message>
        <source>- {unit_name} (mã {unit_code})</source>
        <translation>- {unit_name} (code {unit_code})</translation>
    </message>
    <message>
        <source>    nhận: lần {last_generation_received}, {last_received_at}; gửi: lần {last_generation_sent}, {last_sent_at}; bên kia đã nhận đến lần {acknowledged_generation}</source>
        <translation>    received: no. {last_generation_received}, {last_received_at}; sent: no. {last_generation_sent}, {last_sent_at}; the other side has received up to no. {acknowledged_generation}</translation>
    </message>
    <message>
        <source>    mã nhận diện: {fingerprint}</source>
        <translation>    identity code: {fingerprint}</translation>
    </message>
    <message>
        <source>Chi hội có máy riêng:</source>
        <translation>Branches with their own computer:</translation>
    </message>
    <message>
        <source>- {unit_name} (mã {unit_code}): nhận lần {last_generation_received}, gửi lần {last_generation_sent}; mã nhận diện {fingerprint}</source>
        <translation>- {unit_name} (code {unit_code}): received no. {last_generation_received}, sent no. {last_generation_sent}; identity code {fingerprint}</translation>
    </message>
    <message>
        <source>Bỏ khóa đã ghi nhận của xã {commune}? Gói tới của xã sẽ phải so mã lại.</source>
        <translation>Forget the recorded key of commune {commune}? The commune&apos;s next package will have its code compared again.</translation>
    </message>
    <message>
        <source>Đã thôi; khóa của xã không đổi. Thêm --yes để xác nhận.</source>
        <translation>Stopped; the commune&apos;s key is unchanged. Add --yes to confirm.</translation>
    </message>
    <message>
        <source>Đã bỏ khóa của xã {commune}; gói tới của xã sẽ được hỏi so mã nhận diện.</source>
        <translation>The key of commune {commune} was forgotten; the commune&apos;s next package will ask for the identity code to be compared.</translation>
    </message>
    <message>
        <source>đồng bộ với cấp trên qua tệp (USB)</source>
        <translation>sync with the upper level through files (USB)</translation>
    </message>
    <message>
        <source>LỆNH</source>
        <translation>COMMAND</translation>
    </message>
    <message>
        <source>mã nhận diện của máy này</source>
        <translation>this computer&apos;s identity code</translation>
    </message>
    <message>
        <source>cấp trên: tạo tệp đăng ký cho xã (--commune, --out); xã: nhập tệp đăng ký</source>
        <translation>upper level: write a registration file for a commune (--commune, --out); commune: import a registration file</translation>
    </message>
    <message>
        <source>tệp đăng ký cần nhập (ở xã)</source>
        <translation>registration file to import (at a commune)</translation>
    </message>
    <message>
        <source>mã xã cần đăng ký (ở cấp trên)</source>
        <translation>code of the commune to register (at an upper level)</translation>
    </message>
    <message>
        <source>CHI_HỘI</source>
        <translation>BRANCH</translation>
    </message>
    <message>
        <source>tên chi hội cần đăng ký máy riêng (ở xã)</source>
        <translation>name of the branch whose own computer is registered (at a commune)</translation>
    </message>
    <message>
        <source>tệp hoặc thư mục ghi tệp đăng ký (ở cấp trên, ở xã)</source>
        <translation>file or folder for the registration file (at an upper level, at a commune)</translation>
    </message>
    <message>
        <source>nhận khóa mới của cấp trên (sau khi đã gọi điện xác nhận)</source>
        <translation>accept the upper level&apos;s new key (after confirming by phone)</translation>
    </message>
    <message>
        <source>MÃ</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>xã: mã nhận diện của cấp trên, đã so qua điện thoại</source>
        <translation>commune: the upper level&apos;s identity code, compared by phone</translation>
    </message>
    <message>
        <source>xuất gói dữ liệu</source>
        <translation>export a data package</translation>
    </message>
    <message>
        <source>thư mục đích, ví dụ ổ USB</source>
        <translation>target folder, e.g. a USB stick</translation>
    </message>
    <message>
        <source>cấp trên: mã xã nhận gói</source>
        <translation>upper level: code of the receiving commune</translation>
    </message>
    <message>
        <source>cấp trên: gửi cho mọi xã</source>
        <translation>upper level: send to every commune</translation>
    </message>
    <message>
        <source>xã: tên chi hội nhận gói (máy của chi hội)</source>
        <translation>commune: name of the receiving branch (the branch&apos;s computer)</translation>
    </message>
    <message>
        <source>nhập gói dữ liệu</source>
        <translation>import a data package</translation>
    </message>
    <message>
        <source>TỆP</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>tệp .sohoi, hoặc thư mục chứa các gói</source>
        <translation>a .sohoi file, or a folder of packages</translation>
    </message>
    <message>
        <source>chỉ xem trước, không nhập</source>
        <translation>preview only, import nothing</translation>
    </message>
    <message>
        <source>không hỏi lại</source>
        <translation>do not ask again</translation>
    </message>
    <message>
        <source>gói đầu tiên của xã: mã nhận diện đã so trên màn hình của xã</source>
        <translation>a commune&apos;s first package: the identity code compared on the commune&apos;s screen</translation>
    </message>
    <message>
        <source>tình trạng gửi, nhận</source>
        <translation>what was sent and received</translation>
    </message>
    <message>
        <source>cấp trên: bỏ khóa của xã đã cài lại máy</source>
        <translation>upper level: forget the key of a commune that reinstalled its computer</translation>
    </message>
</context>
<context>
    <name>CliSyncTransfers</name>
    <message>
        <source>Đã ghi {path}: {arrivals} hội viên chuyển đi, {answers} câu trả lời, cho {other_name}.</source>
        <translation>Wrote {path}: {arrivals} members transferred out, {answers} answers, for {other_name}.</translation>
    </message>
    <message>
        <source>Mã nhận diện của máy này (để bên nhận so qua điện thoại): {fingerprint}</source>
        <translation>This computer&apos;s identity code (for the receiver to compare by phone): {fingerprint}</translation>
    </message>
    <message>
        <source>Đã nhập tệp của {other_name}: {arrivals} hội viên chuyển đến, {answers} câu trả lời. Gửi gói xuống các xã liên quan để họ nhận được.</source>
        <translation>File from {other_name} imported: {arrivals} members transferred in, {answers} answers. Send packages down to the communes concerned so that they receive them.</translation>
    </message>
    <message>
        <source>cấp tỉnh: tệp chuyển sinh hoạt với tỉnh, thành phố khác</source>
        <translation>province level: transfer files with another province or city</translation>
    </message>
    <message>
        <source>LỆNH</source>
        <translation>COMMAND</translation>
    </message>
    <message>
        <source>ghi tệp cho cấp tỉnh khác (hội viên chuyển đi, câu trả lời)</source>
        <translation>write a file for another province (members transferred out, answers)</translation>
    </message>
    <message>
        <source>mã tỉnh, thành phố nhận (2 chữ số)</source>
        <translation>code of the receiving province or city (2 digits)</translation>
    </message>
    <message>
        <source>thư mục đích, ví dụ ổ USB</source>
        <translation>target folder, e.g. a USB stick</translation>
    </message>
    <message>
        <source>nhập tệp của cấp tỉnh khác</source>
        <translation>import another province&apos;s file</translation>
    </message>
    <message>
        <source>TỆP</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>MÃ</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>tệp đầu tiên của tỉnh đó: mã nhận diện đã so qua điện thoại</source>
        <translation>that province&apos;s first file: the identity code compared by phone</translation>
    </message>
</context>
<context>
    <name>CliUnits</name>
    <message>
        <source>ngày {text!r} không đúng dạng NĂM-THÁNG-NGÀY, ví dụ 2025-07-01</source>
        <translation>the date {text!r} is not YEAR-MONTH-DAY, e.g. 2025-07-01</translation>
    </message>
    <message>
        <source>Cặp {value!r} phải viết dạng MÃ_HỘI_VIÊN:MÃ_HỘI_VIÊN.</source>
        <translation>The pair {value!r} must be written MEMBER_CODE:MEMBER_CODE.</translation>
    </message>
    <message>
        <source>Hợp nhất</source>
        <translation>Merge</translation>
    </message>
    <message>
        <source>Chia tách</source>
        <translation>Split</translation>
    </message>
    <message>
        <source>{verb} vào {into_name} (mã {into_code}) ngày {on}:</source>
        <translation>{verb} into {into_name} (code {into_code}) on {on}:</translation>
    </message>
    <message>
        <source>  {name} (mã {code}): {counts}</source>
        <translation>  {name} (code {code}): {counts}</translation>
    </message>
    <message>
        <source>Chi hội của xã mới ({branches}), ghép theo tên:</source>
        <translation>The new commune&apos;s branches ({branches}), matched by name:</translation>
    </message>
    <message>
        <source>  {name} ← {items} ({members} hội viên)</source>
        <translation>  {name} ← {items} ({members} members)</translation>
    </message>
    <message>
        <source>Cùng một người (trùng CCCD và họ tên): {certain}</source>
        <translation>The same person (same ID card and name): {certain}</translation>
    </message>
    <message>
        <source>Cặp cần xem lại: {doubtful}</source>
        <translation>Pairs to review: {doubtful}</translation>
    </message>
    <message>
        <source>trùng CCCD, khác họ tên</source>
        <translation>same ID card, different name</translation>
    </message>
    <message>
        <source>trùng họ tên, ngày sinh</source>
        <translation>same name and date of birth</translation>
    </message>
    <message>
        <source>cùng một người</source>
        <translation>same person</translation>
    </message>
    <message>
        <source>khác người</source>
        <translation>different people</translation>
    </message>
    <message>
        <source>CHƯA QUYẾT ĐỊNH</source>
        <translation>UNDECIDED</translation>
    </message>
    <message>
        <source>Hội viên: {members_total} trong các sổ cũ, {decisions} trong sổ mới.</source>
        <translation>Members: {members_total} in the old registers, {decisions} in the new one.</translation>
    </message>
    <message>
        <source>Lỗi: còn {undecided} cặp cần xem lại; thêm --same MÃ:MÃ hoặc --different MÃ:MÃ cho từng cặp. Dữ liệu không thay đổi.</source>
        <translation>Error: {undecided} pairs still to review; add --same CODE:CODE or --different CODE:CODE for each pair. The data was not changed.</translation>
    </message>
    <message>
        <source>Thực hiện? Gõ c rồi Enter để đồng ý, Enter để thôi: </source>
        <translation>Go ahead? Type y and Enter to agree, Enter to stop: </translation>
    </message>
    <message>
        <source>Đã thôi; dữ liệu không thay đổi.</source>
        <translation>Stopped; the data was not changed.</translation>
    </message>
    <message>
        <source>; đã đóng {items}</source>
        <translation>; closed {items}</translation>
    </message>
    <message>
        <source>Xong: {members} hội viên vào xã {into_code} ({duplicates} bản trùng gộp lại, {branches} chi hội){closed}. Giao sổ cho xã: sohoi units handover --commune {into_code} --out THƯ_MỤC</source>
        <translation>Done: {members} members into commune {into_code} ({duplicates} duplicates merged, {branches} branches){closed}. Hand the register over to the commune: sohoi units handover --commune {into_code} --out FOLDER</translation>
    </message>
    <message>
        <source>{branch_name} → {new_name}: {members} hội viên ở thôn “{village}”.</source>
        <translation>{branch_name} → {new_name}: {members} members in the village “{village}”.</translation>
    </message>
    <message>
        <source>Xong: {moved} hội viên sang chi hội mới.</source>
        <translation>Done: {moved} members moved to the new branch.</translation>
    </message>
    <message>
        <source>Đã ghi gói giao sổ cho {recipient_name}: {path} ({value} hội viên).</source>
        <translation>Handover package for {recipient_name} written: {path} ({value} members).</translation>
    </message>
    <message>
        <source>Đã nhận sổ từ {sender_name}: {value} hội viên, {value2} giấy chứng nhận.</source>
        <translation>Register received from {sender_name}: {value} members, {value2} certificates.</translation>
    </message>
    <message>
        <source>NĂM-THÁNG-NGÀY</source>
        <translation>YEAR-MONTH-DAY</translation>
    </message>
    <message>
        <source>ngày hợp nhất (mặc định: hôm nay)</source>
        <translation>date of the merger (default: today)</translation>
    </message>
    <message>
        <source>chỉ xem trước, không thay đổi dữ liệu</source>
        <translation>preview only, change no data</translation>
    </message>
    <message>
        <source>thực hiện không hỏi lại</source>
        <translation>go ahead without asking</translation>
    </message>
    <message>
        <source>MÃ:MÃ</source>
        <translation>CODE:CODE</translation>
    </message>
    <message>
        <source>cặp cần xem lại là cùng một người (lặp lại cho nhiều cặp)</source>
        <translation>a pair to review is one person (repeat for several pairs)</translation>
    </message>
    <message>
        <source>cặp cần xem lại là hai người khác nhau</source>
        <translation>a pair to review is two different people</translation>
    </message>
    <message>
        <source>cấp trên: hợp nhất, chia tách xã; giao sổ cho xã mới</source>
        <translation>upper level: merge and split communes; hand the register over to a new commune</translation>
    </message>
    <message>
        <source>LỆNH</source>
        <translation>COMMAND</translation>
    </message>
    <message>
        <source>hợp nhất 2–4 xã vào một mã xã mới</source>
        <translation>merge 2–4 communes into a new commune code</translation>
    </message>
    <message>
        <source>MÃ_XÃ</source>
        <translation>COMMUNE_CODE</translation>
    </message>
    <message>
        <source>MÃ_XÃ_MỚI</source>
        <translation>NEW_COMMUNE_CODE</translation>
    </message>
    <message>
        <source>tách chi hội (hoặc một thôn) của xã sang xã mới</source>
        <translation>move a commune&apos;s branch (or one village) to a new commune</translation>
    </message>
    <message>
        <source>TÊN_CHI_HỘI</source>
        <translation>BRANCH_NAME</translation>
    </message>
    <message>
        <source>THÔN</source>
        <translation>VILLAGE</translation>
    </message>
    <message>
        <source>xã: hợp nhất sổ cũ của một xã khác (tệp .sqlite) vào sổ của xã mình</source>
        <translation>commune: merge another commune&apos;s old register (a .sqlite file) into this commune&apos;s</translation>
    </message>
    <message>
        <source>TỆP_SỔ</source>
        <translation>REGISTER_FILE</translation>
    </message>
    <message>
        <source>xã: tách hội viên một thôn của chi hội sang chi hội mới</source>
        <translation>commune: move one village&apos;s members of a branch to a new branch</translation>
    </message>
    <message>
        <source>TÊN_CHI_HỘI_MỚI</source>
        <translation>NEW_BRANCH_NAME</translation>
    </message>
    <message>
        <source>ghi gói giao sổ cho xã mới sau khi hợp nhất</source>
        <translation>write the handover package for a new commune after a merger</translation>
    </message>
    <message>
        <source>THƯ_MỤC</source>
        <translation>FOLDER</translation>
    </message>
    <message>
        <source>xã mới: nhập gói giao sổ của cấp trên</source>
        <translation>new commune: import the upper level&apos;s handover package</translation>
    </message>
    <message>
        <source>TỆP</source>
        <translation>FILE</translation>
    </message>
</context>
<context>
    <name>CommuneFilter</name>
    <message>
        <source>Chọn xã để xem; gõ vài chữ của tên xã, không cần dấu</source>
        <translation>Choose a commune to view; type a few letters of its name, accents not needed</translation>
    </message>
    <message>
        <source>Gõ tên xã…</source>
        <translation>Type a commune name…</translation>
    </message>
    <message>
        <source>Tất cả các xã</source>
        <translation>All communes</translation>
    </message>
    <message>
        <source>Mã {code}</source>
        <translation>Code {code}</translation>
    </message>
</context>
<context>
    <name>CommuneTableModel</name>
    <message>
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Xã/phường</source>
        <translation>Commune/ward</translation>
    </message>
    <message>
        <source>Gói gần nhất</source>
        <translation>Latest package</translation>
    </message>
    <message>
        <source>Hội viên</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Đang sinh hoạt</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Tỷ lệ tập hợp</source>
        <translation>Gathering rate</translation>
    </message>
    <message>
        <source>Sinh hoạt quý này</source>
        <translation>Meetings this quarter</translation>
    </message>
    <message>
        <source>Cán bộ đã tập huấn
/ cần tập huấn</source>
        <translation>Officers trained
/ to be trained</translation>
    </message>
    <message>
        <source>chưa có gói nào</source>
        <translation>no package yet</translation>
    </message>
    <message>
        <source>{day}, lần {n}</source>
        <translation>{day}, no. {n}</translation>
    </message>
    <message>
        <source>Chưa gửi — {package}</source>
        <translation>Not sent — {package}</translation>
    </message>
    <message>
        <source>chưa có số</source>
        <translation>no figure yet</translation>
    </message>
    <message>
        <source>Xã chưa gửi gói nào từ ngày đã chọn.</source>
        <translation>The commune has sent no package since the chosen date.</translation>
    </message>
    <message>
        <source>Xã chưa nhập số phụ nữ từ 18 tuổi của các chi hội.</source>
        <translation>The commune has not entered the number of women aged 18+ for its branches.</translation>
    </message>
    <message>
        <source>{gathered} hội viên thường và đương nhiên đang sinh hoạt / {women} phụ nữ từ 18 tuổi (năm {year})</source>
        <translation>{gathered} ordinary and ex-officio active members / {women} women aged 18+ ({year})</translation>
    </message>
    <message>
        <source>{done} trong {total} cán bộ thuộc diện chỉ tiêu bồi dưỡng hằng năm của Đề án 1893 đã được tập huấn trong năm</source>
        <translation>{done} of the {total} officers covered by Scheme 1893&apos;s yearly training target were trained this year</translation>
    </message>
</context>
<context>
    <name>CommuneTargetsModel</name>
    <message>
        <source>{done}/{people} người; chỉ tiêu {target}</source>
        <translation>{done}/{people} people; target {target}</translation>
    </message>
</context>
<context>
    <name>CommunesPage</name>
    <message>
        <source>Xã không gửi gói nào từ ngày này được đánh dấu «Chưa gửi». Mặc định: ngày đầu quý.</source>
        <extracomment>Widths of the columns after the stretching name: room for their headers and values.</extracomment>
        <translation>Communes that sent no package since this date are marked «Not sent». Default: the first day of the quarter.</translation>
    </message>
    <message>
        <source>Chưa gửi &amp;từ ngày:</source>
        <translation>Not sen&amp;t since:</translation>
    </message>
    <message>
        <source>Tìm xã theo tên hoặc mã, không cần gõ dấu</source>
        <translation>Find a commune by name or code, accents not needed</translation>
    </message>
    <message>
        <source>Chỉ xã &amp;chưa gửi</source>
        <translation>Only communes &amp;not sent</translation>
    </message>
    <message>
        <source>&amp;Xuất Excel…</source>
        <translation>&amp;Export to Excel…</translation>
    </message>
    <message>
        <source>Ghi bảng đang xem ra tệp Excel</source>
        <translation>Write the table shown to an Excel file</translation>
    </message>
    <message>
        <source>&amp;Hợp nhất xã…</source>
        <translation>&amp;Merge communes…</translation>
    </message>
    <message>
        <source>Gộp sổ của 2–4 xã vào một mã xã mới: xem trước, xem lại các cặp người trùng, rồi hợp nhất</source>
        <translation>Merge the registers of 2–4 communes under a new commune code: preview, review the pairs of duplicates, then merge</translation>
    </message>
    <message>
        <source>Chia &amp;tách xã…</source>
        <translation>&amp;Split commune…</translation>
    </message>
    <message>
        <source>Chuyển các chi hội (hoặc một thôn) của một xã sang một mã xã mới</source>
        <translation>Move the branches (or a village) of a commune to a new commune code</translation>
    </message>
    <message>
        <source>&lt;b&gt;Các xã&lt;/b&gt;</source>
        <translation>&lt;b&gt;Communes&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Chưa có xã nào đăng ký. Vào trang «Đồng bộ» để tạo tệp đăng ký cho từng xã; xã sẽ hiện ở đây ngay khi được đăng ký.</source>
        <translation>No commune is registered yet. Go to the «Sync» page to create a registration file for each commune; a commune shows here as soon as it is registered.</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;font-size:12pt&apos;&gt;&lt;b style=&apos;color:#9b1c13&apos;&gt;{late}/{total} xã&lt;/b&gt; chưa gửi gói từ {since}&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;font-size:12pt&apos;&gt;&lt;b style=&apos;color:#9b1c13&apos;&gt;{late}/{total} communes&lt;/b&gt; have sent no package since {since}&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;font-size:12pt&apos;&gt;Cả &lt;b&gt;{total}&lt;/b&gt; xã đã gửi gói từ {since}&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;font-size:12pt&apos;&gt;All &lt;b&gt;{total}&lt;/b&gt; communes have sent a package since {since}&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Đang hiện {shown}/{total} xã.</source>
        <translation>Showing {shown}/{total} communes.</translation>
    </message>
    <message>
        <source>Số liệu đến ngày {today}, theo gói gần nhất của từng xã.</source>
        <translation>Figures as of {today}, from each commune&apos;s latest package.</translation>
    </message>
    <message>
        <source>Xuất bảng các xã ra Excel</source>
        <translation>Export the communes table to Excel</translation>
    </message>
    <message>
        <source>Bảng tính Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Xuất Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <source>Không ghi được tệp {name}: {reason}. Tệp có thể đang mở trong Excel; hãy đóng nó hoặc chọn tên khác.</source>
        <translation>Could not write the file {name}: {reason}. The file may be open in Excel; close it or choose another name.</translation>
    </message>
    <message>
        <source>Đã lưu {path}</source>
        <translation>Saved {path}</translation>
    </message>
    <message>
        <source>Sổ Hội</source>
        <translation>Sổ Hội</translation>
    </message>
    <message>
        <source>Không đọc được số liệu các xã. Dữ liệu đã lưu không bị ảnh hưởng.</source>
        <translation>Could not read the communes&apos; figures. The saved data is not affected.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Người khác đã sửa hồ sơ này</source>
        <translation>Someone else changed this record</translation>
    </message>
    <message>
        <source>Trong lúc bạn sửa {what}, một người khác đã lưu thay đổi. Chưa có gì của bạn được lưu, và những gì bạn gõ vẫn còn. {count} mục khác nhau được tô màu.</source>
        <translation>While you were editing {what}, someone else saved a change. Nothing of yours has been saved, and what you typed is still there. The {count} fields that differ are highlighted.</translation>
    </message>
    <message>
        <source>Mục</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Bạn vừa gõ</source>
        <translation>What you typed</translation>
    </message>
    <message>
        <source>Đang lưu (người khác sửa)</source>
        <translation>Stored now (changed by someone else)</translation>
    </message>
    <message>
        <source>Lưu bản của tôi</source>
        <translation>Save my version</translation>
    </message>
    <message>
        <source>Ghi những gì bạn gõ đè lên bản người khác vừa lưu</source>
        <translation>Write what you typed over the version someone else just saved</translation>
    </message>
    <message>
        <source>Lấy bản đang lưu</source>
        <translation>Take the stored version</translation>
    </message>
    <message>
        <source>Bỏ những gì bạn gõ, hiện bản người khác vừa lưu</source>
        <translation>Drop what you typed and show the version someone else just saved</translation>
    </message>
    <message>
        <source>Quay lại sửa</source>
        <translation>Back to editing</translation>
    </message>
    <message>
        <source>Tiếp tục sửa trên màn hình; lần lưu sau sẽ ghi đè bản đang lưu</source>
        <translation>Go on editing on screen; the next save writes over the stored version</translation>
    </message>
    <message>
        <source>Có</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Không</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>CourseDialog</name>
    <message>
        <source>Sửa lớp tập huấn</source>
        <translation>Edit training course</translation>
    </message>
    <message>
        <source>Lớp tập huấn mới</source>
        <translation>New training course</translation>
    </message>
    <message>
        <source>Ví dụ: Tập huấn nghiệp vụ công tác Hội cho chi hội trưởng năm 2026</source>
        <translation>E.g. Training in Union work for branch heads, 2026</translation>
    </message>
    <message>
        <source> buổi</source>
        <translation> sessions</translation>
    </message>
    <message>
        <source>Ví dụ: Chi hội trưởng, chi hội phó</source>
        <translation>E.g. Branch heads and deputy heads</translation>
    </message>
    <message>
        <source>Nguồn kinh phí</source>
        <translation>Funding source</translation>
    </message>
    <message>
        <source>Số tiền (đồng)</source>
        <translation>Amount (VND)</translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Thêm nguồn</source>
        <translation>Add source</translation>
    </message>
    <message>
        <source>Bỏ dòng đã chọn</source>
        <translation>Remove selected row</translation>
    </message>
    <message>
        <source>đến</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Số buổi</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Tên lớp *</source>
        <translation>Course name *</translation>
    </message>
    <message>
        <source>Thời gian *</source>
        <translation>Dates *</translation>
    </message>
    <message>
        <source>Hình thức</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Tình trạng</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Địa điểm</source>
        <translation>Venue</translation>
    </message>
    <message>
        <source>Đối tượng</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Giảng viên, báo cáo viên</source>
        <translation>Trainers, speakers</translation>
    </message>
    <message>
        <source>Chuyên đề *</source>
        <translation>Topics *</translation>
    </message>
    <message>
        <source>Kinh phí</source>
        <translation>Funding</translation>
    </message>
    <message>
        <source>Lớp sẽ có sẵn {n} học viên đã chọn (thêm, bớt ở thẻ Học viên sau khi lưu).</source>
        <translation>The course will start with the {n} selected trainees (add or remove them on the Trainees tab after saving).</translation>
    </message>
    <message>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Tổng: &lt;b&gt;{total} đ&lt;/b&gt;</source>
        <translation>Total: &lt;b&gt;{total} VND&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Không lưu được lớp tập huấn.</source>
        <translation>Could not save the training course.</translation>
    </message>
    <message>
        <source>Tên lớp</source>
        <translation>Course title</translation>
    </message>
    <message>
        <source>Bắt đầu</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Kết thúc</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Chuyên đề</source>
        <translation>Topics</translation>
    </message>
    <message>
        <source>lớp «{title}»</source>
        <translation>the course «{title}»</translation>
    </message>
</context>
<context>
    <name>CourseTableModel</name>
    <message>
        <source>Lớp</source>
        <translation>Course</translation>
    </message>
    <message>
        <source>Cấp tổ chức</source>
        <translation>Organising level</translation>
    </message>
    <message>
        <source>Từ ngày</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Đến ngày</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Học viên</source>
        <translation>Trainees</translation>
    </message>
    <message>
        <source>Hoàn thành</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Kinh phí</source>
        <translation>Funding</translation>
    </message>
    <message>
        <source> (đã hủy)</source>
        <translation> (cancelled)</translation>
    </message>
</context>
<context>
    <name>DbErrors</name>
    <message>
        <source>Tên đăng nhập hoặc mật khẩu không đúng.</source>
        <translation>The user name or the password is wrong.</translation>
    </message>
    <message>
        <source>Tài khoản {username} vừa được sửa ở nơi khác; những gì bạn nhập chưa được lưu.</source>
        <translation>The account {username} was just changed elsewhere; what you entered has not been saved.</translation>
    </message>
    <message>
        <source>Đã đăng nhập sai {failures} lần liên tiếp nên tài khoản tạm khóa đến {time} ngày {date}. Hãy thử lại sau thời điểm đó, hoặc nhờ người quản trị đặt lại mật khẩu.</source>
        <translation>There were {failures} wrong logins in a row, so the account is locked until {time} on {date}. Try again after that time, or ask an administrator to reset the password.</translation>
    </message>
    <message>
        <source>Tài khoản này đã ngừng hoạt động. Hãy nhờ người quản trị bật lại tài khoản.</source>
        <translation>This account has been switched off. Ask an administrator to switch it on again.</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu chưa được thiết lập: hãy chọn xã (phường) hoặc cấp trên trước.</source>
        <translation>The database is not set up yet: choose the commune (ward) or the upper level first.</translation>
    </message>
    <message>
        <source>Tên đăng nhập không được để trống.</source>
        <translation>The user name cannot be empty.</translation>
    </message>
    <message>
        <source>Tên đăng nhập cần từ 2 đến {limit} ký tự.</source>
        <translation>The user name needs 2 to {limit} characters.</translation>
    </message>
    <message>
        <source>Tên đăng nhập chỉ gồm chữ không dấu, chữ số và các dấu . _ - (ví dụ: lan.nguyen).</source>
        <translation>The user name may only hold letters without accents, digits and the signs . _ - (for example: lan.nguyen).</translation>
    </message>
    <message>
        <source>Đã có tài khoản tên “{name}”; hãy chọn tên khác.</source>
        <translation>There is already an account named “{name}”; choose another name.</translation>
    </message>
    <message>
        <source>Họ và tên không được để trống.</source>
        <translation>The full name cannot be empty.</translation>
    </message>
    <message>
        <source>Họ và tên dài quá {limit} ký tự.</source>
        <translation>The full name is longer than {limit} characters.</translation>
    </message>
    <message>
        <source>Hãy chọn vai trò: quản trị, nhập liệu, chi hội hoặc chỉ xem.</source>
        <translation>Choose a role: administrator, data entry, branch or view only.</translation>
    </message>
    <message>
        <source>Tài khoản chi hội cần ít nhất một chi hội.</source>
        <translation>A branch account needs at least one branch.</translation>
    </message>
    <message>
        <source>Có chi hội đã chọn không còn trong sổ; hãy chọn lại.</source>
        <translation>A chosen branch is no longer in the register; choose again.</translation>
    </message>
    <message>
        <source>Không tìm thấy chi hội “{typed}”.</source>
        <translation>No branch “{typed}” was found.</translation>
    </message>
    <message>
        <source>Có nhiều chi hội tên “{typed}”; hãy gõ đúng tên đầy đủ.</source>
        <translation>Several branches are named “{typed}”; type the exact full name.</translation>
    </message>
    <message>
        <source>Mật khẩu cần ít nhất {limit} ký tự.</source>
        <translation>The password needs at least {limit} characters.</translation>
    </message>
    <message>
        <source>Mật khẩu dài quá {limit} ký tự.</source>
        <translation>The password is longer than {limit} characters.</translation>
    </message>
    <message>
        <source>Mật khẩu không được chỉ gồm dấu cách.</source>
        <translation>The password cannot be spaces only.</translation>
    </message>
    <message>
        <source>Mật khẩu không được trùng tên đăng nhập.</source>
        <translation>The password cannot be the same as the user name.</translation>
    </message>
    <message>
        <source>Hai lần nhập mật khẩu không giống nhau.</source>
        <translation>The two passwords typed are not the same.</translation>
    </message>
    <message>
        <source>Không tìm thấy tài khoản này.</source>
        <translation>This account was not found.</translation>
    </message>
    <message>
        <source>Chỉ người quản trị mới làm được việc này. Nếu vừa đổi vai trò, hãy đăng nhập lại.</source>
        <translation>Only an administrator can do this. If your role was just changed, log in again.</translation>
    </message>
    <message>
        <source>Tài khoản đăng nhập đã được bật.</source>
        <translation>Logins are already switched on.</translation>
    </message>
    <message>
        <source>Sổ trên máy chủ dùng chung cho nhiều người nên luôn cần tài khoản đăng nhập riêng cho từng người; không tắt được.</source>
        <translation>A register on a server is shared by several people, so it always needs a login for each person; this cannot be turned off.</translation>
    </message>
    <message>
        <source>{display_name} là người quản trị duy nhất đang hoạt động; không thể đổi vai trò hay ngừng tài khoản này. Hãy cho một người khác làm quản trị trước.</source>
        <translation>{display_name} is the only active administrator; this account&apos;s role cannot be changed nor the account switched off. Make someone else an administrator first.</translation>
    </message>
    <message>
        <source>Mật khẩu hiện tại không đúng.</source>
        <translation>The current password is not right.</translation>
    </message>
    <message>
        <source>Mật khẩu mới cần khác mật khẩu hiện tại.</source>
        <translation>The new password must differ from the current one.</translation>
    </message>
    <message>
        <source>{problem} Dữ liệu hiện tại không bị thay đổi.</source>
        <extracomment>What each kind is called on screen and in the terminal. Kinds a person asked for, or that precede a risky step: the newest of each is kept for this many days whatever the day/week/month rule says. The extension of a copy encrypted with the office&apos;s passphrase (see db.backup_crypto). Called with (pages copied, pages in all) after each step of a copy. Copies that hold the register as it was when they were taken, and so can stand in for a before-import copy of the same hour (a before-restore copy holds the data that a restore replaced, not the register that is being imported into).</extracomment>
        <translation>{problem} The current data was not changed.</translation>
    </message>
    <message>
        <source>Tệp {name} bị hỏng (không qua kiểm tra toàn vẹn); không dùng được để khôi phục.</source>
        <translation>The file {name} is damaged (it fails the integrity check); it cannot be used to restore.</translation>
    </message>
    <message>
        <source>Tệp {name} không phải dữ liệu của Sổ Hội.</source>
        <translation>The file {name} is not Sổ Hội data.</translation>
    </message>
    <message>
        <source>Tệp {name} không ghi phiên bản dữ liệu; không dùng được.</source>
        <translation>The file {name} records no data version; it cannot be used.</translation>
    </message>
    <message>
        <source>Tệp {name} được ghi bởi phiên bản Sổ Hội mới hơn phiên bản đang dùng. Hãy cập nhật Sổ Hội trước khi khôi phục từ tệp này.</source>
        <translation>The file {name} was written by a newer version of Sổ Hội than this one. Update Sổ Hội before restoring from this file.</translation>
    </message>
    <message>
        <source>Bản sao lưu tốt: {members} hội viên, phiên bản dữ liệu {revision}.</source>
        <translation>The backup is good: {members} members, data version {revision}.</translation>
    </message>
    <message>
        <source>Bản sao lưu không vượt qua kiểm tra toàn vẹn; chưa ghi gì.</source>
        <translation>The backup did not pass the integrity check; nothing was written.</translation>
    </message>
    <message>
        <source>Đã có quá nhiều bản sao lưu trong cùng một giây; hãy thử lại sau.</source>
        <translation>Too many backups were made within the same second; try again shortly.</translation>
    </message>
    <message>
        <source>Không tìm thấy tệp dữ liệu {db_path}; chưa sao lưu được.</source>
        <translation>The data file {db_path} was not found; no backup was made.</translation>
    </message>
    <message>
        <source>Bản sao lưu vừa tạo không dùng được: {message_text}</source>
        <translation>The backup just made cannot be used: {message_text}</translation>
    </message>
    <message>
        <source>Không đọc được bản sao lưu {name}.</source>
        <translation>The backup {name} could not be read.</translation>
    </message>
    <message>
        <source>Tệp được chọn chính là tệp dữ liệu đang dùng; hãy chọn một bản sao lưu.</source>
        <translation>The chosen file is the data file in use; choose a backup.</translation>
    </message>
    <message>
        <source>Không thay được tệp dữ liệu (tệp đang được mở hoặc ổ đĩa đầy). Dữ liệu cũ vẫn còn nguyên và đã được lưu ở {name}.</source>
        <translation>The data file could not be replaced (the file is open or the disk is full). The old data is intact and was saved at {name}.</translation>
    </message>
    <message>
        <source>Không thay được tệp dữ liệu (tệp đang được mở hoặc ổ đĩa đầy). Dữ liệu cũ vẫn còn nguyên.</source>
        <translation>The data file could not be replaced (the file is open or the disk is full). The old data is intact.</translation>
    </message>
    <message>
        <source>Chưa đặt cụm mật khẩu sao lưu. Bản sao lưu ra USB luôn được mã hóa để bảo vệ thông tin cá nhân của hội viên: hãy đặt cụm mật khẩu (Cài đặt › Sao lưu) rồi thử lại.</source>
        <translation>No backup passphrase is set. Backups to a USB stick are always encrypted to protect members&apos; personal data: set a passphrase (Settings › Backup) and try again.</translation>
    </message>
    <message>
        <source>Cụm mật khẩu sao lưu không đúng; chưa ghi gì.</source>
        <translation>The backup passphrase is wrong; nothing was written.</translation>
    </message>
    <message>
        <source>Tệp {name} là bản sao lưu đã mã hóa; cần cụm mật khẩu sao lưu để kiểm tra hoặc khôi phục.</source>
        <translation>The file {name} is an encrypted backup; the backup passphrase is needed to check or restore it.</translation>
    </message>
    <message>
        <source>Không thấy thư mục {target_folder}. USB đã được cắm chưa, hay đã bị rút ra? Hãy cắm lại rồi chọn thư mục lần nữa.</source>
        <translation>The folder {target_folder} cannot be found. Is the USB stick plugged in, or was it pulled out? Plug it in again and choose the folder once more.</translation>
    </message>
    <message>
        <source>Bản sao lưu vừa ghi không đọc lại được: {message_text}</source>
        <translation>The backup just written cannot be read back: {message_text}</translation>
    </message>
    <message>
        <source>Không ghi được bản sao lưu vào {target_folder}: ổ đĩa có thể đã đầy, đã bị rút ra hoặc không cho phép ghi. Hãy kiểm tra USB (còn chỗ trống, không bị khóa ghi) rồi thử lại. Dữ liệu trong máy không bị ảnh hưởng.</source>
        <translation>The backup could not be written to {target_folder}: the disk may be full, removed or write-protected. Check the USB stick (free space, not write-locked) and try again. The data on this computer is not affected.</translation>
    </message>
    <message>
        <source>Không xóa được tệp dữ liệu (tệp đang được mở?). Chưa có gì thay đổi; bản sao đã lưu ở {name}.</source>
        <translation>The data file could not be deleted (is it open?). Nothing was changed; the copy was saved at {name}.</translation>
    </message>
    <message>
        <source>Cụm mật khẩu cần ít nhất {MIN_PASSPHRASE} ký tự; nên dùng vài từ dễ nhớ, ví dụ «hoa sen nở tháng sáu».</source>
        <extracomment>scrypt cost: about 0.1 s and 32 MB on an office PC, per copy and per check.</extracomment>
        <translation>The passphrase needs at least {MIN_PASSPHRASE} characters; a few easy-to-remember words work well, for example «lotus flowers bloom in June».</translation>
    </message>
    <message>
        <source>Hai lần nhập cụm mật khẩu không giống nhau.</source>
        <translation>The two passphrases typed are not the same.</translation>
    </message>
    <message>
        <source>Tệp {name} không phải bản sao lưu mã hóa của Sổ Hội hoặc đã bị hỏng.</source>
        <translation>The file {name} is not an encrypted Sổ Hội backup, or it is damaged.</translation>
    </message>
    <message>
        <source>Cụm mật khẩu không đúng (hoặc tệp sao lưu đã bị sửa). Không có gì bị thay đổi.</source>
        <translation>The passphrase is wrong (or the backup file was altered). Nothing was changed.</translation>
    </message>
    <message>
        <source>Hãy thiết lập đơn vị trước khi đặt cụm mật khẩu sao lưu.</source>
        <translation>Set up the unit before setting a backup passphrase.</translation>
    </message>
    <message>
        <source>Cụm mật khẩu sao lưu đã được đặt; không đổi được (các bản sao lưu cũ vẫn cần cụm mật khẩu đó).</source>
        <translation>The backup passphrase is already set and cannot be changed (older backups still need that passphrase).</translation>
    </message>
    <message>
        <source>Không có tỉnh, thành phố nào mang mã {code}.</source>
        <extracomment>What a branch&apos;s name starts with; like an administrative prefix, it is not sorted on.</extracomment>
        <translation>No province or city has the code {code}.</translation>
    </message>
    <message>
        <source>Không có xã, phường, đặc khu nào mang mã {code}.</source>
        <translation>No commune, ward or special zone has the code {code}.</translation>
    </message>
    <message>
        <source>Mã đơn vị phải là số (nhận được: {code!r}).</source>
        <translation>A unit code must be a number (received: {code!r}).</translation>
    </message>
    <message>
        <source>Thiếu vị trí của một số mục trên phôi.</source>
        <translation>Some items on the certificate form have no position.</translation>
    </message>
    <message>
        <source>Vị trí “{key}” nằm ngoài tờ A4 ngang (ngang 0–{PAGE_WIDTH_MM:g} mm, dọc 0–{PAGE_HEIGHT_MM:g} mm).</source>
        <translation>Position “{key}” lies outside a landscape A4 sheet (across 0–{PAGE_WIDTH_MM:g} mm, down 0–{PAGE_HEIGHT_MM:g} mm).</translation>
    </message>
    <message>
        <source>Độ lệch cả tờ chỉ được trong khoảng ±{MAX_OFFSET_MM:g} mm.</source>
        <translation>The whole-sheet offset must be within ±{MAX_OFFSET_MM:g} mm.</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu chưa được thiết lập.</source>
        <translation>The database is not set up yet.</translation>
    </message>
    <message>
        <source>Mẫu số không hợp lệ: chỉ dùng {seq} (số thứ tự, ví dụ {seq:03d}) và {year} (năm).</source>
        <translation>Invalid number pattern: use only {seq} (sequence number, for example {seq:03d}) and {year} (year).</translation>
    </message>
    <message>
        <source>Mẫu số không được để trống.</source>
        <translation>The number pattern must not be empty.</translation>
    </message>
    <message>
        <source>Mẫu số phải có {seq} (số thứ tự), ví dụ {seq:03d}/GCN-HLHPN.</source>
        <translation>The number pattern must contain {seq} (sequence number), for example {seq:03d}/GCN-HLHPN.</translation>
    </message>
    <message>
        <source>Số chứng nhận dài quá {MAX_NUMBER} ký tự.</source>
        <translation>The certificate number is longer than {MAX_NUMBER} characters.</translation>
    </message>
    <message>
        <source>Hãy nhập chức vụ người ký (ví dụ CHỦ TỊCH).</source>
        <translation>Type the signer&apos;s position (for example CHỦ TỊCH, chair).</translation>
    </message>
    <message>
        <source>Chức vụ người ký dài quá {limit} ký tự.</source>
        <translation>The signer&apos;s position is longer than {limit} characters.</translation>
    </message>
    <message>
        <source>Hãy nhập họ và tên người ký.</source>
        <translation>Type the signer&apos;s full name.</translation>
    </message>
    <message>
        <source>Họ tên người ký dài quá {limit} ký tự.</source>
        <translation>The signer&apos;s name is longer than {limit} characters.</translation>
    </message>
    <message>
        <source>Không tìm thấy lớp tập huấn này.</source>
        <translation>This training course was not found.</translation>
    </message>
    <message>
        <source>Không tìm thấy đơn vị cấp chứng nhận.</source>
        <translation>The unit issuing certificates was not found.</translation>
    </message>
    <message>
        <source>Có học viên không thuộc lớp này.</source>
        <translation>Some participants are not in this course.</translation>
    </message>
    <message>
        <source>Chỉ cấp chứng nhận cho học viên đã hoàn thành lớp; chưa hoàn thành: {names}.</source>
        <translation>Certificates are issued only to participants who completed the course; not completed: {names}.</translation>
    </message>
    <message>
        <source>Không cấp được số chứng nhận; hãy thử lại.</source>
        <translation>A certificate number could not be assigned; try again.</translation>
    </message>
    <message>
        <source>Hãy ghi lý do thu hồi.</source>
        <translation>Write the reason for revoking.</translation>
    </message>
    <message>
        <source>Lý do thu hồi dài quá {MAX_REASON} ký tự.</source>
        <translation>The reason for revoking is longer than {MAX_REASON} characters.</translation>
    </message>
    <message>
        <source>Không tìm thấy giấy chứng nhận này.</source>
        <translation>This certificate was not found.</translation>
    </message>
    <message>
        <source>Giấy chứng nhận số {number} đã bị thu hồi ngày {revoked_on}.</source>
        <translation>Certificate number {number} was revoked on {revoked_on}.</translation>
    </message>
    <message>
        <source>Ngày thu hồi không thể trước ngày cấp.</source>
        <translation>The revocation date cannot be before the date of issue.</translation>
    </message>
    <message>
        <source>Trang «Các xã» chỉ dùng ở cấp trên: cơ sở dữ liệu này là của {union_name}.</source>
        <translation>The «Communes» page is used only at the upper level: this database belongs to {union_name}.</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu này đã có hội viên; dữ liệu mẫu chỉ tạo được trong một tệp mới.</source>
        <extracomment>``site.settings`` key set in a register the demo generator made (never a real one).</extracomment>
        <translation>This database already has members; demonstration data can only be created in a new file.</translation>
    </message>
    <message>
        <source>Tệp dữ liệu này là sổ thật của đơn vị; dữ liệu mẫu chỉ tạo được trong một tệp riêng (ví dụ: sohoi demo --db xa-mau.sqlite).</source>
        <translation>This data file is a unit&apos;s real register; demonstration data can only be created in a separate file (for example: sohoi demo --db xa-mau.sqlite).</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu đã được thiết lập cho đơn vị khác; hãy dùng một tệp mới.</source>
        <translation>The database is already set up for another unit; use a new file.</translation>
    </message>
    <message>
        <source>{name} chỉ có {count} đơn vị cấp xã; hãy chọn số xã nhỏ hơn hoặc một tỉnh khác (--unit).</source>
        <translation>{name} has only {count} commune-level units; choose fewer communes or another province (--unit).</translation>
    </message>
    <message>
        <source>Hội phí của {full_name} vừa được đánh dấu ở nơi khác; đánh dấu của bạn chưa được lưu.</source>
        <translation>{full_name}&apos;s dues were just marked elsewhere; your mark has not been saved.</translation>
    </message>
    <message>
        <source>Mức hội phí năm {year} vừa được sửa ở nơi khác; những gì bạn nhập chưa được lưu.</source>
        <translation>The dues rates for {year} were just changed elsewhere; what you entered has not been saved.</translation>
    </message>
    <message>
        <source>quý {numeral} năm {year}</source>
        <translation>quarter {numeral} of {year}</translation>
    </message>
    <message>
        <source>Quý {numeral} năm {year}</source>
        <translation>Quarter {numeral} of {year}</translation>
    </message>
    <message>
        <source>Kỳ không hợp lệ: quý {quarter} năm {year}.</source>
        <translation>Invalid period: quarter {quarter} of {year}.</translation>
    </message>
    <message>
        <source>{quarter} đã khóa sổ: không thể thêm hay sửa hội phí, phiếu thu, phiếu chi của kỳ này. Muốn sửa sai, hãy lập bút toán đảo ở kỳ đang mở.</source>
        <translation>{quarter} is closed: dues, receipts and payments of this period can no longer be added or changed. To correct a mistake, make a reversing entry in an open period.</translation>
    </message>
    <message>
        <source>Hãy khóa {earlier_open} trước: các kỳ khóa lần lượt theo thứ tự.</source>
        <translation>Close {earlier_open} first: periods are closed one after another, in order.</translation>
    </message>
    <message>
        <source>Năm phải từ {first} đến {last}.</source>
        <translation>The year must be from {first} to {last}.</translation>
    </message>
    <message>
        <source>Mức hội phí phải từ 0 đến {amount} một quý.</source>
        <translation>The dues rate must be from 0 to {amount} a quarter.</translation>
    </message>
    <message>
        <source>Tỷ lệ chi hội giữ lại phải từ 0 đến 100 %.</source>
        <translation>The share the branch keeps must be from 0 to 100 %.</translation>
    </message>
    <message>
        <source>Tỷ lệ nộp cấp trên phải từ 0 đến 100 %.</source>
        <translation>The share paid to the upper level must be from 0 to 100 %.</translation>
    </message>
    <message>
        <source>Phần chi hội giữ lại cộng phần nộp cấp trên không được quá 100 %.</source>
        <translation>The branch&apos;s share plus the upper level&apos;s share cannot be over 100 %.</translation>
    </message>
    <message>
        <source>Tuổi được miễn phải từ 50 đến 120 (hoặc để trống).</source>
        <translation>The exemption age must be from 50 to 120 (or left empty).</translation>
    </message>
    <message>
        <source>Năm {year} đã có quý khóa sổ: không thể đổi mức hội phí của năm này.</source>
        <translation>The year {year} already has a closed quarter: the dues rate of this year cannot be changed.</translation>
    </message>
    <message>
        <source>Không tìm thấy hội viên này.</source>
        <translation>This member was not found.</translation>
    </message>
    <message>
        <source>{full_name} không thuộc danh sách đóng hội phí {period}.</source>
        <translation>{full_name} is not on the dues list for {period}.</translation>
    </message>
    <message>
        <source>{full_name} được miễn hội phí theo quy định; không cần đánh dấu.</source>
        <translation>{full_name} is exempt from dues by the rules; there is nothing to mark.</translation>
    </message>
    <message>
        <source>Hãy ghi lý do miễn hội phí.</source>
        <translation>Write the reason for the dues exemption.</translation>
    </message>
    <message>
        <source>Lý do quá dài (tối đa {MAX_REASON} ký tự).</source>
        <translation>The reason is too long (at most {MAX_REASON} characters).</translation>
    </message>
    <message>
        <source>Trạng thái hội phí không hợp lệ: {status}.</source>
        <translation>Invalid dues status: {status}.</translation>
    </message>
    <message>
        <source>Hãy chọn phiếu thu hay phiếu chi.</source>
        <translation>Choose a receipt or a payment voucher.</translation>
    </message>
    <message>
        <source>Hãy nhập ngày của chứng từ.</source>
        <translation>Type the date of the voucher.</translation>
    </message>
    <message>
        <source>Năm của chứng từ phải từ {first} đến {last}.</source>
        <translation>The voucher&apos;s year must be from {first} to {last}.</translation>
    </message>
    <message>
        <source>Hãy ghi nội dung thu, chi.</source>
        <translation>Write what the money was received or paid for.</translation>
    </message>
    <message>
        <source>Nội dung quá dài (tối đa {limit} ký tự).</source>
        <translation>The description is too long (at most {limit} characters).</translation>
    </message>
    <message>
        <source>Số tiền phải là số đồng lớn hơn 0.</source>
        <translation>The amount must be a whole number of dong greater than 0.</translation>
    </message>
    <message>
        <source>Số tiền quá lớn (tối đa {amount}).</source>
        <translation>The amount is too large (at most {amount}).</translation>
    </message>
    <message>
        <source>Hãy ghi người nộp hoặc người nhận tiền.</source>
        <translation>Write who paid or received the money.</translation>
    </message>
    <message>
        <source>Tên quá dài (tối đa {limit} ký tự).</source>
        <translation>The name is too long (at most {limit} characters).</translation>
    </message>
    <message>
        <source>Không tìm thấy chứng từ này.</source>
        <translation>This voucher was not found.</translation>
    </message>
    <message>
        <source>{voucher} là bút toán đảo; không đảo một bút toán đảo. Hãy lập chứng từ đúng thay vào.</source>
        <translation>{voucher} is a reversing entry; a reversing entry is not reversed. Make the correct voucher instead.</translation>
    </message>
    <message>
        <source>{voucher} đã được đảo rồi.</source>
        <translation>{voucher} has already been reversed.</translation>
    </message>
    <message>
        <source>Ngày của bút toán đảo không được trước ngày của chứng từ bị đảo.</source>
        <translation>The date of the reversing entry must not be before the date of the voucher it reverses.</translation>
    </message>
    <message>
        <source>Không hiểu số chứng từ &quot;{voucher}&quot;: hãy viết như PT 3/2026 hoặc PC 1/2026.</source>
        <translation>The voucher number &quot;{voucher}&quot; is not understood: write it like PT 3/2026 or PC 1/2026.</translation>
    </message>
    <message>
        <source>Không có chứng từ {prefix} {number}/{year}.</source>
        <translation>There is no voucher {prefix} {number}/{year}.</translation>
    </message>
    <message>
        <source>Không tìm thấy xã này.</source>
        <translation>This commune was not found.</translation>
    </message>
    <message>
        <source>Không tìm thấy chi hội này.</source>
        <translation>This branch was not found.</translation>
    </message>
    <message>
        <source>Tệp dữ liệu {path} nằm trên ổ mạng hoặc thư mục dùng chung. Sổ Hội không mở sổ ở đó, vì nhiều máy cùng ghi một tệp qua mạng có thể làm hỏng dữ liệu. Hãy chép tệp về ổ đĩa của máy này (ví dụ thư mục Tài liệu) rồi mở từ đó. Văn phòng cần nhiều máy cùng nhập một sổ thì phải dùng máy chủ cơ sở dữ liệu, không dùng thư mục chia sẻ. Tệp không bị thay đổi.</source>
        <extracomment>``Session.info`` flag: after this transaction commits, empty the WAL (an erasure).</extracomment>
        <translation>The data file {path} is on a network drive or a shared folder. Sổ Hội does not open a register there, because several computers writing one file over a network can damage the data. Copy the file to this computer&apos;s own disk (for example the Documents folder) and open it from there. An office that needs several computers entering one register must use a database server, not a shared folder. The file was not changed.</translation>
    </message>
    <message>
        <source>Tệp {name} không phải cơ sở dữ liệu của Sổ Hội.</source>
        <translation>The file {name} is not a Sổ Hội database.</translation>
    </message>
    <message>
        <source>Tệp {name} không đọc được như một cơ sở dữ liệu (tệp hỏng hoặc không phải dữ liệu Sổ Hội).</source>
        <translation>The file {name} cannot be read as a database (the file is damaged or is not Sổ Hội data).</translation>
    </message>
    <message>
        <source>Người khác vừa lưu thay đổi cho chính hồ sơ này trong lúc bạn đang sửa, nên lần lưu này chưa ghi gì. Hãy mở lại hồ sơ để xem bản mới nhất rồi nhập lại phần thay đổi của bạn.</source>
        <translation>Someone else saved a change to this very record while you were editing it, so this save wrote nothing. Open the record again to see the newest version, then enter your change again.</translation>
    </message>
    <message>
        <source>Tệp dữ liệu {name} chỉ cho phép đọc, nên Sổ Hội không lưu được gì vào đó. Hãy bỏ thuộc tính « chỉ đọc » của tệp (chuột phải › Properties), hoặc chép tệp vào ổ đĩa của máy nếu nó đang ở đĩa CD hay USB bị khóa ghi. Tệp không hỏng.</source>
        <translation>The data file {name} is read-only, so Sổ Hội cannot save anything in it. Remove the file&apos;s « read-only » attribute (right click › Properties), or copy the file to this computer&apos;s disk if it is on a CD or a write-locked USB stick. The file is not damaged.</translation>
    </message>
    <message>
        <source>Thư mục {folder} không cho phép ghi, nên Sổ Hội không lưu được dữ liệu. Hãy cấp quyền ghi cho thư mục này hoặc nhờ người quản trị máy. Tệp không hỏng.</source>
        <translation>The folder {folder} does not allow writing, so Sổ Hội cannot save data. Give this folder write permission or ask the computer&apos;s administrator. The file is not damaged.</translation>
    </message>
    <message>
        <source>Tệp dữ liệu {name} được ghi bởi phiên bản Sổ Hội mới hơn phiên bản đang dùng. Hãy cập nhật Sổ Hội rồi mở lại; tệp không bị thay đổi.</source>
        <translation>The data file {name} was written by a newer version of Sổ Hội than the one in use. Update Sổ Hội and open it again; the file was not changed.</translation>
    </message>
    <message>
        <source>Bộ tiêu chí thiếu {what}.</source>
        <translation>The set of criteria lacks {what}.</translation>
    </message>
    <message>
        <source>Bộ tiêu chí có {what} trống, dài quá {limit} ký tự hoặc có ký tự lạ.</source>
        <translation>The set of criteria has {what} that is empty, longer than {limit} characters or holds odd characters.</translation>
    </message>
    <message>
        <source>Bộ tiêu chí có {what} không phải số nguyên từ {low} đến {MAX_POINTS}.</source>
        <translation>The set of criteria has {what} that is not a whole number from {low} to {MAX_POINTS}.</translation>
    </message>
    <message>
        <source>Bộ tiêu chí có một tiêu chí không đúng dạng.</source>
        <translation>The set of criteria has a criterion in the wrong form.</translation>
    </message>
    <message>
        <source>Tiêu chí {code} lấy số liệu «{figure}» mà sổ không có.</source>
        <translation>Criterion {code} uses the figure «{figure}», which the register does not have.</translation>
    </message>
    <message>
        <source>Tiêu chí {code} thiếu mức số liệu đạt đủ điểm (full_at &gt; 0).</source>
        <translation>Criterion {code} lacks the figure at which it earns full points (full_at &gt; 0).</translation>
    </message>
    <message>
        <source>Bộ tiêu chí không đúng dạng (cần một đối tượng JSON).</source>
        <translation>The set of criteria is in the wrong form (a JSON object is needed).</translation>
    </message>
    <message>
        <source>Bộ tiêu chí cần từ 1 đến {MAX_CRITERIA} tiêu chí.</source>
        <translation>The set of criteria needs from 1 to {MAX_CRITERIA} criteria.</translation>
    </message>
    <message>
        <source>Bộ tiêu chí có hai tiêu chí trùng mã.</source>
        <translation>The set of criteria has two criteria with the same code.</translation>
    </message>
    <message>
        <source>Tổng điểm của bộ tiêu chí vượt {MAX_POINTS}.</source>
        <translation>The total points of the set of criteria exceed {MAX_POINTS}.</translation>
    </message>
    <message>
        <source>Bộ tiêu chí thiếu ngưỡng xếp loại.</source>
        <translation>The set of criteria lacks the grading thresholds.</translation>
    </message>
    <message>
        <source>Bộ tiêu chí có ngưỡng xếp loại không đúng dạng.</source>
        <translation>The set of criteria has grading thresholds in the wrong form.</translation>
    </message>
    <message>
        <source>Bộ tiêu chí cần đủ ba ngưỡng: xuất sắc, tốt, hoàn thành.</source>
        <translation>The set of criteria needs all three thresholds: excellent, good, completed.</translation>
    </message>
    <message>
        <source>Ngưỡng xếp loại phải giảm dần và không vượt tổng điểm.</source>
        <translation>The grading thresholds must decrease and must not exceed the total points.</translation>
    </message>
    <message>
        <source>Chỉ cấp trên gửi bộ tiêu chí xếp loại cho các xã.</source>
        <translation>Only the upper level sends grading criteria to the communes.</translation>
    </message>
    <message>
        <source>Năm của bộ tiêu chí không hợp lệ.</source>
        <translation>The year of the set of criteria is not valid.</translation>
    </message>
    <message>
        <source>Chỉ đánh giá được hội xã này hoặc một chi hội của xã.</source>
        <translation>Only this commune&apos;s union or one of its branches can be evaluated.</translation>
    </message>
    <message>
        <source>Không có tiêu chí mã {unknown} trong bộ tiêu chí.</source>
        <translation>There is no criterion with code {unknown} in the set of criteria.</translation>
    </message>
    <message>
        <source>Điểm tiêu chí {code} phải từ 0 đến {max_points}.</source>
        <translation>The points of criterion {code} must be from 0 to {max_points}.</translation>
    </message>
    <message>
        <source>Bản đánh giá năm {year} của {name} vừa được lưu ở nơi khác; điểm bạn nhập chưa được lưu.</source>
        <translation>The {year} evaluation of {name} was just saved elsewhere; the points you entered have not been saved.</translation>
    </message>
    <message>
        <source>Cấp trên xem bản tự đánh giá của các xã, không chấm thay xã.</source>
        <translation>The upper level reads the communes&apos; self-evaluations; it does not grade in a commune&apos;s place.</translation>
    </message>
    <message>
        <source>Năm đánh giá không hợp lệ.</source>
        <translation>The evaluation year is not valid.</translation>
    </message>
    <message>
        <source>Điểm danh của {count} người vừa được sửa ở nơi khác sau khi bạn mở danh sách; những gì bạn đánh dấu chưa được lưu.</source>
        <translation>The attendance of {count} people was changed elsewhere after you opened the list; your marks have not been saved.</translation>
    </message>
    <message>
        <source>Không tìm thấy cuộc họp này (có thể đã bị xóa).</source>
        <translation>This meeting was not found (it may have been deleted).</translation>
    </message>
    <message>
        <source>Cuộc họp này do máy riêng của {name} ghi và gửi lên; chỉ sửa được ở máy của chi hội (gói sau của chi hội sẽ thay bản ở đây).</source>
        <translation>This meeting was recorded and sent up by the own computer of {name}; it can only be edited on the branch&apos;s computer (the branch&apos;s next package will replace the copy here).</translation>
    </message>
    <message>
        <source>Ngày họp không được để trống.</source>
        <translation>The meeting date cannot be empty.</translation>
    </message>
    <message>
        <source>Ngày họp không được quá {days} ngày sau hôm nay (muộn nhất {latest}).</source>
        <translation>The meeting date cannot be more than {days} days after today (at the latest {latest}).</translation>
    </message>
    <message>
        <source>Ngày họp trước năm 1930 là không thể; hãy kiểm tra lại năm.</source>
        <translation>A meeting date before 1930 is impossible; check the year.</translation>
    </message>
    <message>
        <source>Hãy chọn chi hội (hoặc Hội LHPN xã) tổ chức cuộc họp.</source>
        <translation>Choose the branch (or the commune Women&apos;s Union) holding the meeting.</translation>
    </message>
    <message>
        <source>Đơn vị này không phải là chi hội của xã; hãy chọn lại.</source>
        <translation>This unit is not a branch of the commune; choose again.</translation>
    </message>
    <message>
        <source>{unit} đã được sáp nhập từ ngày {day}; hãy chọn chi hội đang hoạt động.</source>
        <translation>{unit} was merged on {day}; choose a branch that is active.</translation>
    </message>
    <message>
        <source>{unit} đã được sáp nhập; hãy chọn chi hội đang hoạt động.</source>
        <translation>{unit} was merged; choose a branch that is active.</translation>
    </message>
    <message>
        <source>Loại cuộc họp phải là định kỳ, chuyên đề, hội nghị hoặc khác.</source>
        <translation>The kind of meeting must be regular, thematic, conference or other.</translation>
    </message>
    <message>
        <source>Nội dung cuộc họp không được để trống.</source>
        <translation>The meeting&apos;s topic cannot be empty.</translation>
    </message>
    <message>
        <source>Nội dung cuộc họp quá dài (tối đa {limit} ký tự).</source>
        <translation>The meeting&apos;s topic is too long (at most {limit} characters).</translation>
    </message>
    <message>
        <source>Địa điểm quá dài (tối đa {limit} ký tự).</source>
        <translation>The venue is too long (at most {limit} characters).</translation>
    </message>
    <message>
        <source>Máy riêng của chi hội chỉ ghi cuộc họp của chính chi hội này.</source>
        <translation>A branch&apos;s own computer records only that branch&apos;s meetings.</translation>
    </message>
    <message>
        <source>Cuộc họp này vừa được sửa ở nơi khác sau khi bạn mở. Hãy đóng rồi mở lại để xem bản mới nhất; những gì bạn gõ chưa được lưu.</source>
        <translation>This meeting was just edited elsewhere after you opened it. Close it and open it again to see the latest version; what you typed has not been saved.</translation>
    </message>
    <message>
        <source>Người này không có trong danh sách cuộc họp; hãy thêm vào danh sách trước.</source>
        <translation>This person is not on the meeting&apos;s list; add her to the list first.</translation>
    </message>
    <message>
        <source>Trạng thái điểm danh phải là có mặt, vắng có lý do hoặc vắng.</source>
        <translation>The attendance must be present, absent with reason or absent.</translation>
    </message>
    <message>
        <source>Ghi chú quá dài (tối đa {limit} ký tự).</source>
        <translation>The note is too long (at most {limit} characters).</translation>
    </message>
    <message>
        <source>Không tìm thấy hội viên này (có thể đã bị xóa).</source>
        <translation>This member was not found (it may have been deleted).</translation>
    </message>
    <message>
        <source>{full_name} không phải hội viên của xã tổ chức cuộc họp.</source>
        <translation>{full_name} is not a member of the commune holding the meeting.</translation>
    </message>
    <message>
        <source>{full_name} đã từ trần; không thể ghi tên vào cuộc họp.</source>
        <translation>{full_name} has died and cannot be added to the meeting.</translation>
    </message>
    <message>
        <source>{full_name} đã có trong danh sách cuộc họp.</source>
        <translation>{full_name} is already on the meeting&apos;s list.</translation>
    </message>
    <message>
        <source>Ghi chú quá dài (tối đa {MAX_NOTE} ký tự).</source>
        <translation>The note is too long (at most {MAX_NOTE} characters).</translation>
    </message>
    <message>
        <source>Người này không có trong danh sách cuộc họp.</source>
        <translation>This person is not on the meeting&apos;s list.</translation>
    </message>
    <message>
        <source>Số cuộc họp gần nhất phải từ 1 trở lên.</source>
        <translation>The number of recent meetings must be 1 or more.</translation>
    </message>
    <message>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Họ và đệm</source>
        <translation>Family and middle names</translation>
    </message>
    <message>
        <source>Tên</source>
        <translation>Given name</translation>
    </message>
    <message>
        <source>Ngày sinh / năm sinh</source>
        <translation>Date / year of birth</translation>
    </message>
    <message>
        <source>Giới tính</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Số CCCD</source>
        <translation>ID card number</translation>
    </message>
    <message>
        <source>Dân tộc</source>
        <translation>Ethnicity</translation>
    </message>
    <message>
        <source>Tôn giáo</source>
        <translation>Religion</translation>
    </message>
    <message>
        <source>Chi hội</source>
        <translation>Branch</translation>
    </message>
    <message>
        <source>Thôn/Xóm</source>
        <translation>Village/hamlet</translation>
    </message>
    <message>
        <source>Địa chỉ</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Số điện thoại</source>
        <translation>Phone number</translation>
    </message>
    <message>
        <source>Nghề nghiệp</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <source>Trình độ học vấn</source>
        <translation>Education</translation>
    </message>
    <message>
        <source>Số thẻ</source>
        <translation>Card number</translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>STT</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Không tìm thấy dòng tiêu đề cột (ví dụ “Họ và tên”, “Năm sinh”) trong 30 dòng đầu của trang tính. Hãy chọn dòng tiêu đề và các cột bằng tay.</source>
        <translation>No row of column headings (for example the full-name and birth-year headings) was found in the first 30 rows of the sheet. Choose the heading row and the columns by hand.</translation>
    </message>
    <message>
        <source>Số {old} dùng đầu số cũ (trước năm 2018); đã đổi thành {new}.</source>
        <translation>The number {old} uses an old prefix (before 2018); changed to {new}.</translation>
    </message>
    <message>
        <source>Số điện thoại «{text}» không phải số di động; đã ghi vào phần ghi chú.</source>
        <translation>The phone number «{text}» is not a mobile number; it was put in the note.</translation>
    </message>
    <message>
        <source>Chưa chắc bảng mã ở cột {column}: giữ nguyên «{kept}»; nếu là mã {encoding} thì là «{alternative}».</source>
        <translation>Encoding uncertain in the column {column}: «{kept}» kept as it was; if it is {encoding}, it reads «{alternative}».</translation>
    </message>
    <message>
        <source>Đã chuyển chữ từ bảng mã {encoding} sang Unicode.</source>
        <translation>Text converted from the {encoding} encoding to Unicode.</translation>
    </message>
    <message>
        <source>Hãy chọn cột “Họ và tên” (hoặc hai cột “Họ và đệm” và “Tên”).</source>
        <translation>Choose the full-name column (or the two columns of family-and-middle name and given name).</translation>
    </message>
    <message>
        <source>Trùng số CCCD với dòng {row} trong tệp.</source>
        <translation>Same ID card number as row {row} of the file.</translation>
    </message>
    <message>
        <source>Trùng họ tên và năm sinh với dòng {row} trong tệp.</source>
        <translation>Same full name and year of birth as row {row} of the file.</translation>
    </message>
    <message>
        <source>Có thể đã có trong sổ: {name} (cùng số CCCD).</source>
        <translation>May already be in the register: {name} (same ID card number).</translation>
    </message>
    <message>
        <source>Có thể đã có trong sổ: {name} (cùng họ tên và năm sinh).</source>
        <translation>May already be in the register: {name} (same full name and year of birth).</translation>
    </message>
    <message>
        <source>Bản xem trước này được lập cho xã khác; hãy mở lại tệp.</source>
        <translation>This preview was made for another commune; open the file again.</translation>
    </message>
    <message>
        <source>Không có cột: {unknown}. Các cột có thể chọn: {columns}.</source>
        <translation>No such column: {unknown}. Columns that can be chosen: {columns}.</translation>
    </message>
    <message>
        <source>Hãy chọn ít nhất một cột để xuất.</source>
        <translation>Choose at least one column to export.</translation>
    </message>
    <message>
        <source>Không tìm thấy đơn vị này.</source>
        <translation>This unit was not found.</translation>
    </message>
    <message>
        <source>Giới tính phải là Nữ hoặc Nam.</source>
        <translation>The gender must be female or male.</translation>
    </message>
    <message>
        <source>Loại hội viên phải là thường, đương nhiên hoặc danh dự.</source>
        <translation>The kind of member must be ordinary, ex officio or honorary.</translation>
    </message>
    <message>
        <source>Nam giới chỉ có thể là hội viên danh dự.</source>
        <translation>A man can only be an honorary member.</translation>
    </message>
    <message>
        <source>{label} không được sau ngày hôm nay.</source>
        <translation>{label} cannot be after today.</translation>
    </message>
    <message>
        <source>{label} ({day}) quá sớm so với năm sinh {birth_year}.</source>
        <translation>{label} ({day}) is too early for the year of birth {birth_year}.</translation>
    </message>
    <message>
        <source>Ngày cấp thẻ không được trước ngày vào Hội.</source>
        <translation>The card&apos;s issue date cannot be before the date of joining.</translation>
    </message>
    <message>
        <source>Máy riêng của chi hội không thêm được hội viên mới: hãy báo văn phòng Hội LHPN xã thêm; hội viên sẽ có ở đây sau gói dữ liệu tới của xã.</source>
        <translation>A branch&apos;s own computer cannot add new members: ask the commune&apos;s Women&apos;s Union office to add them; the members will appear here with the commune&apos;s next data package.</translation>
    </message>
    <message>
        <source>Hội viên này vừa được sửa ở nơi khác sau khi bạn mở. Hãy đóng rồi mở lại để xem bản mới nhất; những gì bạn gõ chưa được lưu.</source>
        <translation>This member was just edited elsewhere after you opened it. Close it and open it again to see the latest version; what you typed has not been saved.</translation>
    </message>
    <message>
        <source>Tình trạng không hợp lệ.</source>
        <translation>Invalid status.</translation>
    </message>
    <message>
        <source>Hội viên đang ở tình trạng “{new_status}”.</source>
        <translation>The member&apos;s status is already “{new_status}”.</translation>
    </message>
    <message>
        <source>Ngày thay đổi tình trạng không được sau ngày hôm nay.</source>
        <translation>The date of the status change must not be after today.</translation>
    </message>
    <message>
        <source>Chuyển sinh hoạt cần ghi rõ nơi chuyển đến.</source>
        <translation>A transfer needs the place the member moves to.</translation>
    </message>
    <message>
        <source>Ngày thay đổi phải từ {status_since} trở về sau (ngày của lần thay đổi trước).</source>
        <translation>The date of the change must be {status_since} or later (the date of the previous change).</translation>
    </message>
    <message>
        <source>Tài khoản của bạn chỉ được xem, không được sửa hội viên.</source>
        <translation>Your account may only view members, not edit them.</translation>
    </message>
    <message>
        <source>{count} hội viên đã chọn không còn trong sổ (có thể vừa bị xóa). Không có gì được đổi; hãy chọn lại.</source>
        <translation>{count} of the chosen members are no longer in the register (they may have just been deleted). Nothing was changed; choose again.</translation>
    </message>
    <message>
        <source>Không tìm thấy chi hội này (có thể đã bị xóa).</source>
        <translation>This branch was not found (it may have been deleted).</translation>
    </message>
    <message>
        <source>{full_name}: {message_text}</source>
        <translation>{full_name}: {message_text}</translation>
    </message>
    <message>
        <source>Tiêu chuẩn này vừa được sửa ở nơi khác; những gì bạn nhập chưa được lưu.</source>
        <translation>This standard was just changed elsewhere; what you entered has not been saved.</translation>
    </message>
    <message>
        <source>Không tìm thấy chức danh này (có thể đã bị xóa).</source>
        <translation>This position was not found (it may have been deleted).</translation>
    </message>
    <message>
        <source>Hãy chọn chức danh.</source>
        <translation>Choose a title.</translation>
    </message>
    <message>
        <source>Hãy chọn loại trình độ.</source>
        <translation>Choose the kind of qualification.</translation>
    </message>
    <message>
        <source>Trình độ tối thiểu phải từ bậc 1 trở lên.</source>
        <translation>The minimum level must be level 1 or above.</translation>
    </message>
    <message>
        <source>Mô tả không được dài quá {limit} ký tự.</source>
        <translation>The description cannot be longer than {limit} characters.</translation>
    </message>
    <message>
        <source>Chức danh {title} đã có tiêu chuẩn về {kind}; hãy sửa dòng đó.</source>
        <translation>The title {title} already has a standard for {kind}; edit that line.</translation>
    </message>
    <message>
        <source>Không tìm thấy tiêu chuẩn này (có thể đã bị xóa).</source>
        <translation>This qualification was not found (it may have been deleted).</translation>
    </message>
    <message>
        <source>Hãy chọn hội viên được giao chức danh.</source>
        <translation>Choose the member who takes the title.</translation>
    </message>
    <message>
        <source>Không tìm thấy hội viên này trong xã.</source>
        <translation>This member was not found in the commune.</translation>
    </message>
    <message>
        <source>Chỉ giao chức danh cho hội viên đang sinh hoạt.</source>
        <translation>Titles are only given to active members.</translation>
    </message>
    <message>
        <source>Hãy chọn Hội LHPN xã hoặc một chi hội của xã.</source>
        <translation>Choose the commune Women&apos;s Union or one of the commune&apos;s branches.</translation>
    </message>
    <message>
        <source>{label} là chức danh ở chi hội; hãy chọn chi hội.</source>
        <translation>{label} is a branch title; choose a branch.</translation>
    </message>
    <message>
        <source>{label} là chức danh của Hội LHPN xã; hãy chọn Hội LHPN xã.</source>
        <translation>{label} is a title of the commune Women&apos;s Union; choose the commune Women&apos;s Union.</translation>
    </message>
    <message>
        <source>Hãy chọn chuyên trách hoặc không chuyên trách.</source>
        <translation>Choose full-time or part-time.</translation>
    </message>
    <message>
        <source>Ngày thôi giữ chức không được trước ngày bắt đầu.</source>
        <translation>The end date of the post cannot be before its start date.</translation>
    </message>
    <message>
        <source>Số quyết định không được dài quá {limit} ký tự.</source>
        <translation>The decision number cannot be longer than {limit} characters.</translation>
    </message>
    <message>
        <source>Xã đang có Chủ tịch Hội là {other} trong cùng thời gian. Hãy ghi ngày thôi giữ chức cho người đó trước, hoặc xác nhận vẫn giao.</source>
        <translation>The commune already has {other} as Union Chair for the same period. First write the date that person left the post, or confirm the appointment anyway.</translation>
    </message>
    <message>
        <source>Chức danh này vừa được sửa ở nơi khác. Hãy đóng rồi mở lại.</source>
        <translation>This position was just edited elsewhere. Close it and open it again.</translation>
    </message>
    <message>
        <source>Chức danh này đã kết thúc ngày {end_on}.</source>
        <translation>This position ended on {end_on}.</translation>
    </message>
    <message>
        <source>Ngày thôi giữ chức không được trước ngày bắt đầu ({start_on}).</source>
        <translation>The day the post ended cannot be before the day it began ({start_on}).</translation>
    </message>
    <message>
        <source>Trình độ không được để trống.</source>
        <translation>The qualification cannot be empty.</translation>
    </message>
    <message>
        <source>Trình độ không được dài quá {limit} ký tự.</source>
        <translation>The qualification cannot be longer than {limit} characters.</translation>
    </message>
    <message>
        <source>Trình độ này không có trong danh sách; hãy chọn một mức trong danh sách hoặc cho biết mức tương đương.</source>
        <translation>This qualification is not in the list; choose a level from the list or give the equivalent level.</translation>
    </message>
    <message>
        <source>Mức tương đương không được âm.</source>
        <translation>The equivalent level cannot be negative.</translation>
    </message>
    <message>
        <source>Ngày cấp không được sau ngày hôm nay.</source>
        <translation>The date of issue cannot be after today.</translation>
    </message>
    <message>
        <source>Nơi cấp không được dài quá {limit} ký tự.</source>
        <translation>The issuer cannot be longer than {limit} characters.</translation>
    </message>
    <message>
        <source>Số văn bằng không được dài quá {limit} ký tự.</source>
        <translation>The diploma number cannot be longer than {limit} characters.</translation>
    </message>
    <message>
        <source>Không tìm thấy trình độ này (có thể đã bị xóa).</source>
        <translation>This level of education was not found (it may have been deleted).</translation>
    </message>
    <message>
        <source>Không tìm thấy chuyên đề này trong danh mục.</source>
        <translation>This topic was not found in the list of topics.</translation>
    </message>
    <message>
        <source>Đã ghi nhu cầu bồi dưỡng chuyên đề “{name}” cho người này và chưa được đáp ứng.</source>
        <translation>A training need on the topic “{name}” is already recorded for this person and has not been met yet.</translation>
    </message>
    <message>
        <source>Không tìm thấy nhu cầu bồi dưỡng này (có thể đã bị xóa).</source>
        <translation>This training need was not found (it may have been deleted).</translation>
    </message>
    <message>
        <source>Hãy ghi cách hội viên đồng ý.</source>
        <translation>Write how the member gave consent.</translation>
    </message>
    <message>
        <source>Cách đồng ý dài quá {MAX_METHOD} ký tự; hãy ghi ngắn gọn.</source>
        <translation>The way of consent is longer than {MAX_METHOD} characters; keep it short.</translation>
    </message>
    <message>
        <source>Ngày đồng ý không được sau ngày hôm nay.</source>
        <translation>The date of consent must not be after today.</translation>
    </message>
    <message>
        <source>Hãy ghi lý do xóa dữ liệu (ví dụ: theo đơn đề nghị).</source>
        <translation>Write the reason for erasing the data (for example: at the member&apos;s written request).</translation>
    </message>
    <message>
        <source>Lý do dài quá {MAX_REASON} ký tự.</source>
        <translation>The reason is longer than {MAX_REASON} characters.</translation>
    </message>
    <message>
        <source>Hội viên này đang giữ chức danh ({titles}). Hãy kết thúc các chức danh ở trang Cán bộ trước, rồi mới xóa dữ liệu.</source>
        <translation>This member holds a position ({titles}). End those positions on the Officers page first, then erase the data.</translation>
    </message>
    <message>
        <source>Mẫu báo cáo có {count} chỗ điền Sổ Hội không biết: {shown} và {more} chỗ khác. Hãy sửa các chỗ này theo danh sách tên trong hướng dẫn mẫu báo cáo; chưa có tệp nào được ghi.</source>
        <translation>The report form has {count} fields Sổ Hội does not know: {shown} and {more} more. Correct them from the list of names in the report form guide; no file was written.</translation>
    </message>
    <message>
        <source>Mẫu báo cáo có {count} chỗ điền Sổ Hội không biết: {shown}. Hãy sửa các chỗ này theo danh sách tên trong hướng dẫn mẫu báo cáo; chưa có tệp nào được ghi.</source>
        <translation>The report form has {count} fields Sổ Hội does not know: {shown}. Correct them from the list of names in the report form guide; no file was written.</translation>
    </message>
    <message>
        <source>Kỳ báo cáo «{cleaned}» không đúng: hãy ghi năm, ví dụ 2026.</source>
        <translation>The reporting period «{cleaned}» is not valid: write a year, for example 2026.</translation>
    </message>
    <message>
        <source>Năm {year} nằm ngoài các năm sổ có thể báo cáo (1930–{year2}).</source>
        <translation>The year {year} is outside the years the register can report on (1930–{year2}).</translation>
    </message>
    <message>
        <source>Cấp trên chưa có số liệu của xã nào: hãy nhập gói của các xã trước.</source>
        <translation>The upper level has no figures from any commune yet: import the communes&apos; packages first.</translation>
    </message>
    <message>
        <source>Tài khoản của bạn chỉ được xem và ghi số liệu của chi hội mình; {what} thuộc chi hội khác (hoặc chưa có chi hội) nên không mở hay sửa được.</source>
        <translation>Your account may only view and record the figures of your own branch; {what} belongs to another branch (or to no branch yet), so it cannot be opened or edited.</translation>
    </message>
    <message>
        <source>Tài khoản của bạn không được xem dân tộc, tôn giáo (dữ liệu cá nhân nhạy cảm).</source>
        <translation>Your account may not see ethnicity and religion (sensitive personal data).</translation>
    </message>
    <message>
        <source>Cài đặt này vừa được sửa ở nơi khác; những gì bạn nhập chưa được lưu.</source>
        <translation>This setting was just changed elsewhere; what you entered has not been saved.</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu này đã được thiết lập cho một đơn vị; không thể đổi.</source>
        <translation>This database is already set up for a unit; that cannot be changed.</translation>
    </message>
    <message>
        <source>Chế độ cấp trên cần mã tỉnh, thành phố; {name} là đơn vị cấp xã.</source>
        <translation>Upper-level mode needs the code of a province or city; {name} is a commune-level unit.</translation>
    </message>
    <message>
        <source>Cần mã xã, phường hoặc đặc khu; {name} là cấp tỉnh. Dùng chế độ cấp trên (--upper) cho tỉnh, thành phố.</source>
        <translation>The code of a commune, ward or special zone is needed; {name} is a province. Use upper-level mode (--upper) for a province or city.</translation>
    </message>
    <message>
        <source>Tệp gói dữ liệu bị hỏng hoặc chưa chép hết (có thể do rút USB khi đang ghi). Hãy chép lại tệp từ máy gửi, hoặc nhờ bên gửi xuất gói mới. Dữ liệu không thay đổi.</source>
        <translation>The data package file is damaged or was not copied completely (the USB stick may have been pulled out while writing). Copy the file again from the sending computer, or ask the sender to export a new package. The data was not changed.</translation>
    </message>
    <message>
        <source>Tệp này không phải gói dữ liệu Sổ Hội. Hãy chọn tệp có đuôi .sohoi do Sổ Hội xuất ra. Dữ liệu không thay đổi.</source>
        <translation>This file is not a Sổ Hội data package. Choose a file ending in .sohoi exported by Sổ Hội. The data was not changed.</translation>
    </message>
    <message>
        <source>Gói này do phiên bản Sổ Hội mới hơn tạo ra. Hãy cập nhật Sổ Hội trên máy này rồi nhập lại. Dữ liệu không thay đổi.</source>
        <translation>This package was made by a newer version of Sổ Hội. Update Sổ Hội on this computer and import it again. The data was not changed.</translation>
    </message>
    <message>
        <source>Gói này được mã hóa cho một khóa khác của đơn vị này (có thể máy đã được cài lại). Hãy gửi gói mới nhất của đơn vị mình lên để bên gửi nhận khóa mới, rồi nhờ họ xuất lại. Dữ liệu không thay đổi.</source>
        <translation>This package is encrypted for another key of this unit (the computer may have been reinstalled). Send your unit&apos;s latest package so that the sender receives the new key, then ask them to export again. The data was not changed.</translation>
    </message>
    <message>
        <source>Gói dữ liệu lớn bất thường khi giải nén (vượt giới hạn của một gói Sổ Hội), có thể là tệp được tạo ra để làm treo máy. Gói bị từ chối; dữ liệu không thay đổi. Hãy hỏi lại đơn vị gửi.</source>
        <translation>The data package is unusually large when unpacked (beyond the limit of a Sổ Hội package); it may be a file made to hang the computer. The package was refused; the data was not changed. Check with the sending unit.</translation>
    </message>
    <message>
        <source>Chỉ cấp trên mới tạo được tệp đăng ký cho xã.</source>
        <translation>Only the upper level can make a registration file for a commune.</translation>
    </message>
    <message>
        <source>{name} (mã {code}) không thuộc {union_name}; chỉ đăng ký được các xã, phường của đơn vị mình.</source>
        <translation>{name} (code {code}) does not belong to {union_name}; only the communes and wards of your own unit can be registered.</translation>
    </message>
    <message>
        <source>Chỉ văn phòng xã mới tạo được tệp đăng ký cho chi hội.</source>
        <translation>Only the commune office can make a registration file for a branch.</translation>
    </message>
    <message>
        <source>{name} không phải chi hội trực thuộc {union_name}.</source>
        <translation>{name} is not a branch of {union_name}.</translation>
    </message>
    <message>
        <source>Đây là gói dữ liệu, không phải tệp đăng ký: hãy dùng nút “Nhập gói dữ liệu”.</source>
        <translation>This is a data package, not a registration file: use the “Import a data package” button.</translation>
    </message>
    <message>
        <source>Tệp đăng ký này không dành cho một xã.</source>
        <translation>This registration file is not meant for a commune.</translation>
    </message>
    <message>
        <source>Máy cấp trên không nhập tệp đăng ký; tệp này dành cho xã.</source>
        <translation>An upper level&apos;s computer does not import registration files; this file is meant for a commune.</translation>
    </message>
    <message>
        <source>Máy của chi hội chỉ nhập tệp đăng ký do xã gửi.</source>
        <translation>A branch&apos;s computer only imports registration files sent by its commune.</translation>
    </message>
    <message>
        <source>Tệp đăng ký do {name} tạo, không phải cấp trên của {union_name} ({parent_name}). Dữ liệu không thay đổi.</source>
        <translation>The registration file was made by {name}, which is not the upper level of {union_name} ({parent_name}). The data was not changed.</translation>
    </message>
    <message>
        <source>Khóa của {name} khác với khóa đã đăng ký trước đây (mã nhận diện mới: {fingerprint}). Hãy gọi điện cho cấp trên để xác nhận, rồi chọn “Thay khóa của cấp trên” khi nhập. Dữ liệu không thay đổi.</source>
        <translation>The key of {name} differs from the key registered before (new fingerprint: {fingerprint}). Call the upper level to confirm, then choose “Replace the upper level&apos;s key” when importing. The data was not changed.</translation>
    </message>
    <message>
        <source>Hãy so mã nhận diện {fingerprint} với mã trên màn hình của {name} (gọi điện cho cấp trên), rồi xác nhận. Dữ liệu chưa thay đổi.</source>
        <translation>Compare the fingerprint {fingerprint} with the one on the screen of {name} (call the upper level), then confirm. The data has not been changed yet.</translation>
    </message>
    <message>
        <source>Tệp đăng ký không hợp lệ. Dữ liệu không thay đổi.</source>
        <translation>The registration file is not valid. The data was not changed.</translation>
    </message>
    <message>
        <source>Khóa của {name} khác với khóa đã đăng ký trước đây (mã nhận diện mới: {shown}). Hãy gọi điện để xác nhận, rồi chọn thay khóa khi nhập. Dữ liệu không thay đổi.</source>
        <translation>The key of {name} differs from the key registered before (new fingerprint: {shown}). Call to confirm, then choose to replace the key when importing. The data was not changed.</translation>
    </message>
    <message>
        <source>Hãy so mã nhận diện {shown} với mã trên màn hình của {name} (gọi điện), rồi xác nhận. Dữ liệu chưa thay đổi.</source>
        <translation>Compare the fingerprint {shown} with the one on the screen of {name} (by phone), then confirm. The data has not been changed yet.</translation>
    </message>
    <message>
        <source>Tệp đăng ký chi hội phải do một xã tạo. Dữ liệu không thay đổi.</source>
        <translation>A branch registration file must be made by a commune. The data was not changed.</translation>
    </message>
    <message>
        <source>Tệp đăng ký không khớp với danh mục xã. Dữ liệu không thay đổi.</source>
        <translation>The registration file does not match the list of communes. The data was not changed.</translation>
    </message>
    <message>
        <source>Tệp này đăng ký máy của một chi hội; chỉ nhập được vào máy mới (chưa thiết lập) hoặc máy của chính chi hội đó. Dữ liệu không thay đổi.</source>
        <translation>This file registers a branch&apos;s computer; it can only be imported on a new computer (not yet set up) or on that branch&apos;s own computer. The data was not changed.</translation>
    </message>
    <message>
        <source>Tệp đăng ký do {name} tạo, không phải xã của chi hội này. Dữ liệu không thay đổi.</source>
        <translation>The registration file was made by {name}, which is not this branch&apos;s commune. The data was not changed.</translation>
    </message>
    <message>
        <source>Tệp đăng ký chi hội không mang đơn vị của chi hội. Dữ liệu không thay đổi.</source>
        <translation>The branch registration file does not carry the branch&apos;s unit. The data was not changed.</translation>
    </message>
    <message>
        <source>Hãy chọn xã cần gửi gói dữ liệu.</source>
        <translation>Choose the commune to send the data package to.</translation>
    </message>
    <message>
        <source>Chưa nhận gói nào từ {name} nên chưa có khóa để mã hóa gói gửi xuống. Hãy nhập gói của xã trước.</source>
        <translation>No package has been received from {name} yet, so there is no key to encrypt the package sent down. Import the commune&apos;s package first.</translation>
    </message>
    <message>
        <source>Không tạo được thư mục {folder} ({error}). Hãy chọn thư mục khác hoặc cắm lại USB.</source>
        <translation>The folder {folder} could not be created ({error}). Choose another folder or plug the USB stick in again.</translation>
    </message>
    <message>
        <source>Không đọc được tệp {name} ({error}). Hãy kiểm tra USB rồi thử lại.</source>
        <translation>The file {name} could not be read ({error}). Check the USB stick and try again.</translation>
    </message>
    <message>
        <source>Không ghi được tệp vào {parent} ({error}). Hãy kiểm tra USB hoặc thư mục (còn chỗ trống, không bị khóa ghi) rồi thử lại.</source>
        <translation>The file could not be written to {parent} ({error}). Check the USB stick or the folder (free space, not write-locked) and try again.</translation>
    </message>
    <message>
        <source>Tệp ghi ra {parent} đọc lại không khớp: USB có thể bị lỗi. Hãy dùng USB khác rồi xuất lại.</source>
        <translation>The file written to {parent} does not read back the same: the USB stick may be faulty. Use another USB stick and export again.</translation>
    </message>
    <message>
        <source>Chỉ cấp trên mới giao sổ cho xã mới.</source>
        <translation>Only the upper level hands a register over to a new commune.</translation>
    </message>
    <message>
        <source>Chưa nhận gói đầu tiên của {name} nên chưa có khóa để mã hóa sổ gửi xuống. Hãy cho xã nhập tệp đăng ký, gửi gói đầu tiên lên, rồi giao sổ.</source>
        <translation>The first package of {name} has not been received yet, so there is no key to encrypt the register sent down. Have the commune import its registration file and send its first package, then hand the register over.</translation>
    </message>
    <message>
        <source>Cấp trên không giữ sổ hội viên nào chờ giao cho {name}.</source>
        <translation>The upper level holds no member register waiting to be handed over to {name}.</translation>
    </message>
    <message>
        <source>Gói giao sổ chỉ nhập được ở máy của xã mới.</source>
        <translation>A handover package can only be imported on the new commune&apos;s computer.</translation>
    </message>
    <message>
        <source>Gói đến từ {name}, không phải cấp trên đã đăng ký của {union_name}. Dữ liệu không thay đổi.</source>
        <translation>The package comes from {name}, not from the registered upper level of {union_name}. The data was not changed.</translation>
    </message>
    <message>
        <source>Khóa của {name} khác với khóa đã đăng ký. Hãy gọi điện cho cấp trên. Dữ liệu không thay đổi.</source>
        <translation>The key of {name} differs from the registered key. Call the upper level. The data was not changed.</translation>
    </message>
    <message>
        <source>Gói lần {generation} của {name} đã cũ hoặc đã được nhập trước đây; không có gì thay đổi.</source>
        <translation>Package number {generation} of {name} is old or was imported before; nothing was changed.</translation>
    </message>
    <message>
        <source>Gói của {name} mang số lần không hợp lệ. Dữ liệu không thay đổi.</source>
        <translation>The package of {name} carries an invalid number. The data was not changed.</translation>
    </message>
    <message>
        <source>Đây là gói dữ liệu thường, không phải gói giao sổ: hãy dùng nút “Nhập gói dữ liệu”. Dữ liệu không thay đổi.</source>
        <translation>This is an ordinary data package, not a handover package: use the “Import a data package” button. The data was not changed.</translation>
    </message>
    <message>
        <source>{union_name} đã có hội viên trong sổ; gói giao sổ chỉ nhập vào sổ còn trống. Dữ liệu không thay đổi.</source>
        <translation>{union_name} already has members in its register; a handover package is only imported into an empty register. The data was not changed.</translation>
    </message>
    <message>
        <source>Gói giao sổ của {sender_label} không khớp với dữ liệu ở đây ({detail}). Dữ liệu không thay đổi.</source>
        <translation>The handover package of {sender_label} does not match the data here ({detail}). The data was not changed.</translation>
    </message>
    <message>
        <source>Tệp này dành cho {name} (mã {code}), không phải cho {union_name}. Hãy đưa tệp cho đúng đơn vị nhận. Dữ liệu không thay đổi.</source>
        <translation>This file is meant for {name} (code {code}), not for {union_name}. Give the file to the right receiving unit. The data was not changed.</translation>
    </message>
    <message>
        <source>Đây là tệp chuyển sinh hoạt giữa hai tỉnh, không phải gói dữ liệu: hãy nhập bằng lệnh “sohoi sync transfers import”. Dữ liệu không thay đổi.</source>
        <translation>This is a file of transfers between two provinces, not a data package: import it with the command “sohoi sync transfers import”. The data was not changed.</translation>
    </message>
    <message>
        <source>Đây là tệp đăng ký, không phải gói dữ liệu: hãy dùng nút “Nhập tệp đăng ký”.</source>
        <translation>This is a registration file, not a data package: use the “Import registration file” button.</translation>
    </message>
    <message>
        <source>Gói đến từ {name} (mã {code}), đơn vị chưa được đăng ký ở {union_name}. Hãy tạo tệp đăng ký cho xã trước. Dữ liệu không thay đổi.</source>
        <translation>The package comes from {name} (code {code}), a unit not registered at {union_name}. Make a registration file for the commune first. The data was not changed.</translation>
    </message>
    <message>
        <source>Gói đến từ {name} (mã {code}), đơn vị chưa được đăng ký ở {union_name}. Chỉ nhận gói từ cấp trên đã đăng ký. Dữ liệu không thay đổi.</source>
        <translation>The package comes from {name} (code {code}), a unit not registered at {union_name}. Packages are only accepted from the registered upper level. The data was not changed.</translation>
    </message>
    <message>
        <source>{name} đã được hợp nhất vào {name2} (mã {code}); sổ của xã nay do xã mới giữ. Gói bị từ chối; dữ liệu không thay đổi.</source>
        <translation>{name} was merged into {name2} (code {code}); the commune&apos;s register is now kept by the new commune. The package was refused; the data was not changed.</translation>
    </message>
    <message>
        <source>Khóa của {name} đã thay đổi so với lần trước (mã nhận diện mới: {fingerprint}). Có thể máy của đơn vị gửi đã được cài lại — hoặc tệp không do họ tạo. Hãy gọi điện xác nhận; nếu đúng, chọn “Đổi khóa” cho xã này trong trang Đồng bộ rồi nhập lại. Dữ liệu không thay đổi.</source>
        <translation>The key of {name} has changed since last time (new fingerprint: {fingerprint}). The sending unit&apos;s computer may have been reinstalled — or the file was not made by them. Call to confirm; if it is right, choose “Change a commune&apos;s key” for this commune on the Sync page and import again. The data was not changed.</translation>
    </message>
    <message>
        <source>Khóa của {name} đã thay đổi so với lần trước (mã nhận diện mới: {fingerprint}). Có thể máy của đơn vị gửi đã được cài lại — hoặc tệp không do họ tạo. Hãy gọi điện xác nhận; nếu đúng, hãy nhập tệp đăng ký mới của cấp trên. Dữ liệu không thay đổi.</source>
        <translation>The key of {name} has changed since last time (new fingerprint: {fingerprint}). The sending unit&apos;s computer may have been reinstalled — or the file was not made by them. Call to confirm; if it is right, import the upper level&apos;s new registration file. The data was not changed.</translation>
    </message>
    <message>
        <source>Gói lần {generation} của {name} đã được nhập trước đây; không có gì thay đổi.</source>
        <translation>Package number {generation} of {name} was imported before; nothing was changed.</translation>
    </message>
    <message>
        <source>Gói này (lần {generation}) cũ hơn gói đã nhập của {name} (lần {last}). Hãy dùng tệp mới nhất. Dữ liệu không thay đổi.</source>
        <translation>This package (number {generation}) is older than the imported package of {name} (number {last}). Use the newest file. The data was not changed.</translation>
    </message>
    <message>
        <source>Gói của {name} mang số lần {generation}, vượt xa lần nhập trước ({last}): Sổ Hội không tạo ra số như vậy. Gói bị từ chối; dữ liệu không thay đổi. Hãy gọi điện cho đơn vị gửi.</source>
        <translation>The package of {name} carries number {generation}, far beyond the previous import ({last}): Sổ Hội does not make such numbers. The package was refused; the data was not changed. Call the sending unit.</translation>
    </message>
    <message>
        <source>Đây là gói giao sổ cho xã mới sau hợp nhất: nhập bằng “Nhập gói dữ liệu” ở máy của xã mới (hoặc lệnh sohoi units receive). Dữ liệu không thay đổi.</source>
        <translation>This is a handover package for a new commune after a merger: import it with “Import a data package” on the new commune&apos;s computer (or the command sohoi units receive). The data was not changed.</translation>
    </message>
    <message>
        <source>Gói dữ liệu không đúng chiều gửi (xã gửi lên, cấp trên gửi xuống). Dữ liệu không thay đổi.</source>
        <translation>The data package goes the wrong way (communes send up, the upper level sends down). The data was not changed.</translation>
    </message>
    <message>
        <source>Gói của {name} báo đã nhận đến lần {acknowledges} trong khi máy này mới gửi đến lần {sent}. Gói bị từ chối; dữ liệu không thay đổi. Hãy gọi điện cho đơn vị gửi.</source>
        <translation>The package of {name} says it received up to number {acknowledges} while this computer has only sent up to number {sent}. The package was refused; the data was not changed. Call the sending unit.</translation>
    </message>
    <message>
        <source>Sau khi nhập, số {kind} không khớp với bảng kê của gói. Việc nhập đã được hủy; dữ liệu không thay đổi.</source>
        <translation>After the import, the number of {kind} does not match the package&apos;s list. The import was undone; the data was not changed.</translation>
    </message>
    <message>
        <source>Đây là gói đầu tiên của {name}. Hãy so mã nhận diện {keys} với mã trên màn hình của đơn vị gửi, rồi xác nhận. Dữ liệu chưa thay đổi.</source>
        <translation>This is the first package of {name}. Compare the fingerprint {keys} with the one on the sending unit&apos;s screen, then confirm. The data has not been changed yet.</translation>
    </message>
    <message>
        <source>Gói của {name} không khớp với dữ liệu ở đây ({detail}). Có thể cần nhập một gói khác trước (ví dụ tệp đăng ký hoặc gói của cấp trên). Gói bị từ chối; dữ liệu không thay đổi.</source>
        <translation>The package of {name} does not match the data here ({detail}). Another package may need to be imported first (for example the registration file or the upper level&apos;s package). The package was refused; the data was not changed.</translation>
    </message>
    <message>
        <source>Đơn vị này không có cấp trên để gửi dữ liệu.</source>
        <translation>This unit has no upper level to send data to.</translation>
    </message>
    <message>
        <source>Xã chưa đăng ký với {name}. Hãy nhập tệp đăng ký (.sohoi) do cấp trên gửi, trong trang Đồng bộ.</source>
        <translation>The commune is not registered with {name} yet. Import the registration file (.sohoi) sent by the upper level, on the Sync page.</translation>
    </message>
    <message>
        <source>Xã có mã {code} chưa được đăng ký ở {union_name}. Hãy tạo tệp đăng ký cho xã trong trang Đồng bộ trước.</source>
        <translation>The commune with code {code} is not registered at {union_name} yet. Make a registration file for the commune on the Sync page first.</translation>
    </message>
    <message>
        <source>Chi hội có mã {code} chưa được đăng ký ở {union_name}. Hãy tạo tệp đăng ký cho chi hội trong trang Đồng bộ trước.</source>
        <translation>The branch with code {code} is not registered at {union_name} yet. Make a registration file for the branch on the Sync page first.</translation>
    </message>
    <message>
        <source>Tệp chuyển sinh hoạt giữa hai tỉnh do cấp tỉnh, thành phố xuất và nhập.</source>
        <translation>Files of transfers between two provinces are exported and imported by the province or city level.</translation>
    </message>
    <message>
        <source>Chuyển sinh hoạt trong tỉnh đi theo gói gửi xuống xã, không cần tệp.</source>
        <translation>Transfers within the province travel with the packages sent down to the communes; no file is needed.</translation>
    </message>
    <message>
        <source>Không có hội viên chuyển sang {name} hay câu trả lời nào cần gửi.</source>
        <translation>There are no members moving to {name} and no answers to send.</translation>
    </message>
    <message>
        <source>Đây không phải tệp chuyển sinh hoạt giữa hai tỉnh. Dữ liệu không thay đổi.</source>
        <translation>This is not a file of transfers between two provinces. The data was not changed.</translation>
    </message>
    <message>
        <source>Tệp này dành cho {name} (mã {code}). Hãy đưa tệp cho đúng đơn vị nhận. Dữ liệu không thay đổi.</source>
        <translation>This file is meant for {name} (code {code}). Give the file to the right receiving unit. The data was not changed.</translation>
    </message>
    <message>
        <source>Tệp đến từ {name} (mã {code}), không phải cấp tỉnh khác. Dữ liệu không thay đổi.</source>
        <translation>The file comes from {name} (code {code}), not from another province level. The data was not changed.</translation>
    </message>
    <message>
        <source>Khóa của {name} đã thay đổi (mã nhận diện mới: {seen}). Hãy gọi điện xác nhận trước khi nhập. Dữ liệu không thay đổi.</source>
        <translation>The key of {name} has changed (new fingerprint: {seen}). Call to confirm before importing. The data was not changed.</translation>
    </message>
    <message>
        <source>Đây là tệp đầu tiên của {name}. Hãy so mã nhận diện {seen} với mã trên màn hình của họ (qua điện thoại), rồi xác nhận. Dữ liệu chưa thay đổi.</source>
        <translation>This is the first file from {name}. Compare the fingerprint {seen} with the one on their screen (by phone), then confirm. The data has not been changed yet.</translation>
    </message>
    <message>
        <source>Nội dung tệp chuyển sinh hoạt không đọc được. Dữ liệu không thay đổi.</source>
        <translation>The content of the transfer file cannot be read. The data was not changed.</translation>
    </message>
    <message>
        <source>Nội dung tệp chuyển sinh hoạt không hợp lệ. Dữ liệu không thay đổi.</source>
        <translation>The content of the transfer file is not valid. The data was not changed.</translation>
    </message>
    <message>
        <source>Chi tiết hội viên chuyển đến không hợp lệ ({error}). Hãy báo cho cấp trên.</source>
        <translation>The details of an incoming member are not valid ({error}). Tell the upper level.</translation>
    </message>
    <message>
        <source>{count} chỉ tiêu vừa được sửa ở nơi khác sau khi bạn mở; những gì bạn nhập chưa được lưu.</source>
        <translation>{count} targets were just changed elsewhere after you opened them; what you entered has not been saved.</translation>
    </message>
    <message>
        <source>Đối tượng không có trong danh mục của Đề án 1893.</source>
        <translation>The group is not in the list of Scheme 1893.</translation>
    </message>
    <message>
        <source>Loại chỉ tiêu không hợp lệ.</source>
        <translation>The kind of target is not valid.</translation>
    </message>
    <message>
        <source>Chỉ tiêu phải là một số phần trăm từ 0 đến 100.</source>
        <translation>The target must be a percentage from 0 to 100.</translation>
    </message>
    <message>
        <source>Chỉ tiêu phải từ 0 đến 100 % (đang là {value}).</source>
        <translation>The target must be from 0 to 100 % (it is {value}).</translation>
    </message>
    <message>
        <source>Mô tả dài quá 300 ký tự; hãy viết ngắn lại.</source>
        <translation>The description is longer than 300 characters; write it shorter.</translation>
    </message>
    <message>
        <source>Không tìm thấy xã (phường) này.</source>
        <translation>This commune (ward) was not found.</translation>
    </message>
    <message>
        <source>Mẫu báo cáo này không còn (cấp trên có thể đã thôi gửi).</source>
        <translation>This report template no longer exists (the upper level may have withdrawn it).</translation>
    </message>
    <message>
        <source>Mẫu báo cáo «{name}» bị hỏng; hãy nhờ cấp trên gửi lại.</source>
        <translation>The report template «{name}» is damaged; ask the upper level to send it again.</translation>
    </message>
    <message>
        <source>Hãy đặt tên cho mẫu báo cáo.</source>
        <translation>Give the report template a name.</translation>
    </message>
    <message>
        <source>Tên mẫu báo cáo dài quá {NAME_LIMIT} ký tự hoặc có ký tự lạ.</source>
        <translation>The report template&apos;s name is longer than {NAME_LIMIT} characters or holds odd characters.</translation>
    </message>
    <message>
        <source>Tệp mẫu lớn quá 10 MB, quá mức một mẫu báo cáo.</source>
        <translation>The template file is larger than 10 MB, too large for a report template.</translation>
    </message>
    <message>
        <source>Tệp mẫu không phải tệp Excel .xlsx.</source>
        <translation>The template file is not an Excel .xlsx file.</translation>
    </message>
    <message>
        <source>Chỉ cấp trên gửi mẫu báo cáo cho các xã.</source>
        <translation>Only the upper level sends report templates to the communes.</translation>
    </message>
    <message>
        <source>Không tìm thấy mẫu báo cáo này trong các mẫu đơn vị đã gửi.</source>
        <translation>This report template was not found among the templates your unit has sent.</translation>
    </message>
    <message>
        <source>Lớp này do {owner} tổ chức; ở đây chỉ xem được, không sửa được.</source>
        <translation>This course is organised by {owner}; here it can only be viewed, not edited.</translation>
    </message>
    <message>
        <source>Không tìm thấy lớp tập huấn này (có thể đã bị xóa).</source>
        <translation>This training course was not found (it may have been deleted).</translation>
    </message>
    <message>
        <source>Không tìm thấy học viên này trong lớp (có thể đã bị xóa).</source>
        <translation>This participant was not found in the course (they may have been removed).</translation>
    </message>
    <message>
        <source>Không tìm thấy chuyên đề này.</source>
        <translation>This topic was not found.</translation>
    </message>
    <message>
        <source>Danh mục chuyên đề do cấp trên ban hành; ở đây chỉ xem được.</source>
        <translation>The list of topics is issued by the upper level; here it can only be viewed.</translation>
    </message>
    <message>
        <source>Chỉ cấp trên mới thêm được chuyên đề vào danh mục.</source>
        <translation>Only the upper level can add topics to the list.</translation>
    </message>
    <message>
        <source>Mã chuyên đề không được để trống.</source>
        <translation>The topic code cannot be empty.</translation>
    </message>
    <message>
        <source>Mã chuyên đề quá dài (tối đa 20 ký tự).</source>
        <translation>The topic code is too long (at most 20 characters).</translation>
    </message>
    <message>
        <source>Mã {code} đã có trong danh mục.</source>
        <translation>The code {code} is already in the list.</translation>
    </message>
    <message>
        <source>Tên chuyên đề không được để trống.</source>
        <translation>The topic name cannot be empty.</translation>
    </message>
    <message>
        <source>Tên chuyên đề quá dài (tối đa {limit} ký tự).</source>
        <translation>The topic name is too long (at most {limit} characters).</translation>
    </message>
    <message>
        <source>Nhóm chuyên đề không được để trống.</source>
        <translation>The topic group cannot be empty.</translation>
    </message>
    <message>
        <source>Tên nhóm quá dài (tối đa 120 ký tự).</source>
        <translation>The group name is too long (at most 120 characters).</translation>
    </message>
    <message>
        <source>Tên lớp không được để trống.</source>
        <translation>The course title cannot be empty.</translation>
    </message>
    <message>
        <source>Tên lớp quá dài (tối đa {limit} ký tự).</source>
        <translation>The course title is too long (at most {limit} characters).</translation>
    </message>
    <message>
        <source>Ngày bắt đầu không được để trống.</source>
        <translation>The start date cannot be empty.</translation>
    </message>
    <message>
        <source>Ngày bắt đầu trước năm 1930 là không thể; hãy kiểm tra lại năm.</source>
        <translation>A start date before 1930 is impossible; check the year.</translation>
    </message>
    <message>
        <source>Ngày kết thúc không được để trống.</source>
        <translation>The end date cannot be empty.</translation>
    </message>
    <message>
        <source>Ngày kết thúc ({end}) phải từ ngày bắt đầu ({start}) trở về sau.</source>
        <translation>The end date ({end}) must be on or after the start date ({start}).</translation>
    </message>
    <message>
        <source>Số buổi học phải từ 1 đến {limit}.</source>
        <translation>The number of sessions must be from 1 to {limit}.</translation>
    </message>
    <message>
        <source>Hình thức học phải là trực tiếp, trực tuyến hoặc kết hợp.</source>
        <translation>The mode must be in person, online or blended.</translation>
    </message>
    <message>
        <source>Tình trạng lớp không hợp lệ.</source>
        <translation>The course status is not valid.</translation>
    </message>
    <message>
        <source>Địa điểm</source>
        <translation>The venue</translation>
    </message>
    <message>
        <source>Đối tượng</source>
        <translation>The target group</translation>
    </message>
    <message>
        <source>Giảng viên, báo cáo viên</source>
        <translation>The trainers and speakers</translation>
    </message>
    <message>
        <source>{label} quá dài (tối đa {limit} ký tự).</source>
        <translation>{label} is too long (at most {limit} characters).</translation>
    </message>
    <message>
        <source>Hãy chọn ít nhất một chuyên đề của lớp.</source>
        <translation>Choose at least one topic for the course.</translation>
    </message>
    <message>
        <source>Có chuyên đề không còn trong danh mục; hãy chọn lại.</source>
        <translation>A topic is no longer in the list; choose again.</translation>
    </message>
    <message>
        <source>Dòng kinh phí {number}: nguồn không hợp lệ.</source>
        <translation>Funding line {number}: the source is not valid.</translation>
    </message>
    <message>
        <source>Dòng kinh phí {number}: số tiền phải là số đồng, từ 0 trở lên.</source>
        <translation>Funding line {number}: the amount must be a whole number of dong, 0 or more.</translation>
    </message>
    <message>
        <source>Dòng kinh phí {number}: số tiền quá lớn, hãy kiểm tra lại.</source>
        <translation>Funding line {number}: the amount is too large; check it.</translation>
    </message>
    <message>
        <source>Dòng kinh phí {number}: ghi chú quá dài (tối đa {limit} ký tự).</source>
        <translation>Funding line {number}: the note is too long (at most {limit} characters).</translation>
    </message>
    <message>
        <source>Lớp này vừa được sửa ở nơi khác sau khi bạn mở. Hãy đóng rồi mở lại để xem bản mới nhất; những gì bạn gõ chưa được lưu.</source>
        <translation>This course was just edited elsewhere after you opened it. Close it and open it again to see the latest version; what you typed has not been saved.</translation>
    </message>
    <message>
        <source>Lớp đã cấp giấy chứng nhận cho học viên nên không thể hủy.</source>
        <translation>The course has issued certificates to participants, so it cannot be cancelled.</translation>
    </message>
    <message>
        <source>Lớp đã cấp giấy chứng nhận nên không xóa được; có thể chuyển sang &quot;Đã hủy&quot; hoặc giữ nguyên.</source>
        <translation>The course has issued certificates, so it cannot be deleted; it can be set to &quot;Cancelled&quot; or kept as it is.</translation>
    </message>
    <message>
        <source>Họ và tên quá dài (tối đa {limit} ký tự).</source>
        <translation>The full name is too long (at most {limit} characters).</translation>
    </message>
    <message>
        <source>Đơn vị quá dài (tối đa {limit} ký tự).</source>
        <translation>The unit is too long (at most {limit} characters).</translation>
    </message>
    <message>
        <source>Chức danh quá dài (tối đa {limit} ký tự).</source>
        <translation>The title is too long (at most {limit} characters).</translation>
    </message>
    <message>
        <source>{person_name} đã được cấp giấy chứng nhận của lớp này nên không thể bỏ khỏi danh sách.</source>
        <translation>{person_name} has received this course&apos;s certificate, so they cannot be removed from the list.</translation>
    </message>
    <message>
        <source>Lớp chỉ có {sessions} buổi (từ buổi 1 đến buổi {sessions}).</source>
        <translation>The course has only {sessions} sessions (from session 1 to session {sessions}).</translation>
    </message>
    <message>
        <source>{person_name} đã có giấy chứng nhận hoàn thành lớp này; hãy thu hồi giấy chứng nhận trước khi bỏ kết quả.</source>
        <translation>{person_name} already has a certificate of completion for this course; revoke the certificate before removing the result.</translation>
    </message>
    <message>
        <source>Chỉ xã gửi hội viên chuyển sinh hoạt đi xã khác.</source>
        <translation>Only a commune sends members on transfer to another commune.</translation>
    </message>
    <message>
        <source>Hội viên này không thuộc sổ của xã.</source>
        <translation>This member is not in the commune&apos;s register.</translation>
    </message>
    <message>
        <source>Xã nhận phải khác xã đang quản lý. Chuyển giữa các chi hội trong xã là đổi chi hội.</source>
        <translation>The receiving commune must differ from the managing one. A move between branches of the commune is a change of branch.</translation>
    </message>
    <message>
        <source>Không tìm thấy hội viên chuyển đến này (có thể đã được trả lời).</source>
        <translation>This incoming member was not found (they may have been answered already).</translation>
    </message>
    <message>
        <source>Ngày tiếp nhận phải từ ngày chuyển đi đến hôm nay ({transferred_on} trở về sau).</source>
        <translation>The date of admission must be between the date of leaving and today ({transferred_on} or later).</translation>
    </message>
    <message>
        <source>Không tìm thấy chi hội này trong xã.</source>
        <translation>This branch was not found in the commune.</translation>
    </message>
    <message>
        <source>Hãy ghi lý do không tiếp nhận.</source>
        <translation>Write the reason for not admitting.</translation>
    </message>
    <message>
        <source>Lý do dài quá {REASON_LIMIT} ký tự.</source>
        <translation>The reason is longer than {REASON_LIMIT} characters.</translation>
    </message>
    <message>
        <source>Hợp nhất hoặc chia tách xã làm ở cấp trên, nơi có sổ của các xã; cơ sở dữ liệu này là của {union_name}.</source>
        <translation>Communes are merged or split at the upper level, which holds the communes&apos; registers; this database belongs to {union_name}.</translation>
    </message>
    <message>
        <source>{name} (mã {code}) không phải xã của đơn vị này.</source>
        <translation>{name} (code {code}) is not a commune of this unit.</translation>
    </message>
    <message>
        <source>{name} (mã {code}) đã được hợp nhất trước đây.</source>
        <translation>{name} (code {code}) was already merged before.</translation>
    </message>
    <message>
        <source>Chưa nhận được sổ của {name} (mã {code}): hãy nhập gói dữ liệu của xã trước khi hợp nhất.</source>
        <translation>The register of {name} (code {code}) has not been received yet: import the commune&apos;s data package before merging.</translation>
    </message>
    <message>
        <source>{name} (mã {code}) không phải xã của đơn vị này; hãy chọn mã xã mới trong danh mục.</source>
        <translation>{name} (code {code}) is not a commune of this unit; choose the new commune&apos;s code from the list.</translation>
    </message>
    <message>
        <source>Xã mới phải có mã khác với các xã cũ.</source>
        <translation>The new commune must have a code different from the old communes.</translation>
    </message>
    <message>
        <source>{name} (mã {code}) đã được hợp nhất vào xã khác.</source>
        <translation>{name} (code {code}) has already been merged into another commune.</translation>
    </message>
    <message>
        <source>{name} (mã {code}) đã có sổ hội viên; hãy chọn một mã xã mới.</source>
        <translation>{name} (code {code}) already has a member register; choose a new commune code.</translation>
    </message>
    <message>
        <source>Hãy nhập ngày hợp nhất.</source>
        <translation>Enter the date of the merger.</translation>
    </message>
    <message>
        <source>Mỗi xã chỉ được chọn một lần.</source>
        <translation>Each commune may be chosen only once.</translation>
    </message>
    <message>
        <source>Hãy chọn từ 2 đến 4 xã để hợp nhất.</source>
        <translation>Choose from 2 to 4 communes to merge.</translation>
    </message>
    <message>
        <source>Không có hội viên nào được chọn để chuyển sang xã mới.</source>
        <translation>No member was chosen to move to the new commune.</translation>
    </message>
    <message>
        <source>Hãy chọn chi hội hoặc thôn (ấp, tổ dân phố) được tách ra.</source>
        <translation>Choose the branch or the village (hamlet, residential group) that is split off.</translation>
    </message>
    <message>
        <source>{name} không có chi hội “{name2}”.</source>
        <translation>{name} has no branch “{name2}”.</translation>
    </message>
    <message>
        <source>Còn {count} cặp người cần xem lại (ví dụ {full_name}, {commune_name} và {full_name2}, {commune_name2}): hãy chọn “cùng một người” hoặc “khác người” cho từng cặp.</source>
        <translation>{count} pairs of people still need a look (for example {full_name}, {commune_name} and {full_name2}, {commune_name2}): choose “same person” or “different people” for each pair.</translation>
    </message>
    <message>
        <source>Chỉ tách được một chi hội đang hoạt động.</source>
        <translation>Only an active branch can be split.</translation>
    </message>
    <message>
        <source>Hãy nhập tên thôn (ấp, tổ dân phố) được tách ra.</source>
        <translation>Enter the name of the village (hamlet, residential group) that is split off.</translation>
    </message>
    <message>
        <source>{union_name} không có chi hội “{name}” đang hoạt động.</source>
        <translation>{union_name} has no active branch “{name}”.</translation>
    </message>
    <message>
        <source>Không có hội viên nào của chi hội ở thôn này.</source>
        <translation>The branch has no members in this village.</translation>
    </message>
    <message>
        <source>Không tìm thấy tệp {name}.</source>
        <translation>The file {name} was not found.</translation>
    </message>
    <message>
        <source>Tệp {name} không phải sổ của Sổ Hội.</source>
        <translation>The file {name} is not a Sổ Hội register.</translation>
    </message>
    <message>
        <source>Sổ {name} được tạo bằng phiên bản Sổ Hội khác; hãy mở nó một lần bằng phiên bản này (để nâng cấp) rồi hợp nhất.</source>
        <translation>The register {name} was made with another version of Sổ Hội; open it once with this version (to upgrade it), then merge.</translation>
    </message>
    <message>
        <source>Tệp {name} không phải sổ của một xã.</source>
        <translation>The file {name} is not a commune&apos;s register.</translation>
    </message>
    <message>
        <source>Tệp {name} là sổ của chính {union_name}.</source>
        <translation>The file {name} is the register of {union_name} itself.</translation>
    </message>
    <message>
        <source>Tệp {name} không phải sổ của một xã trong danh mục.</source>
        <translation>The file {name} is not the register of a commune in the list.</translation>
    </message>
    <message>
        <source>Sổ {name} không khớp với dữ liệu ở đây ({error}). Dữ liệu không thay đổi.</source>
        <translation>The register {name} does not match the data here ({error}). The data was not changed.</translation>
    </message>
    <message>
        <source>Ở cấp trên, hãy hợp nhất các xã từ sổ đã nhận (Hợp nhất xã).</source>
        <translation>At the upper level, merge the communes from the registers received (Merge communes).</translation>
    </message>
    <message>
        <source>Tên chi hội không được để trống.</source>
        <translation>The branch name must not be empty.</translation>
    </message>
    <message>
        <source>Tên chi hội quá dài (tối đa {MAX_NAME_LENGTH} ký tự).</source>
        <translation>The branch name is too long (at most {MAX_NAME_LENGTH} characters).</translation>
    </message>
    <message>
        <source>Xã đã có {sibling_name}; hãy chọn tên khác.</source>
        <translation>The commune already has {sibling_name}; choose another name.</translation>
    </message>
    <message>
        <source>Chi hội {was} vừa được đổi tên thành {name} ở nơi khác; tên bạn gõ chưa được lưu.</source>
        <translation>The branch {was} was just renamed {name} elsewhere; the name you typed has not been saved.</translation>
    </message>
    <message>
        <source>Số phụ nữ từ 18 tuổi không thể âm.</source>
        <translation>The number of women aged 18 and over cannot be negative.</translation>
    </message>
    <message>
        <source>Số phụ nữ từ 18 tuổi của {name} năm {year} vừa được sửa ở nơi khác; số bạn gõ chưa được lưu.</source>
        <translation>The number of women aged 18+ of {name} for {year} was just changed elsewhere; the number you typed has not been saved.</translation>
    </message>
    <message>
        <source>Không thể sáp nhập một chi hội vào chính nó.</source>
        <translation>A branch cannot be merged into itself.</translation>
    </message>
    <message>
        <source>{name} không phải là chi hội; chỉ sáp nhập được chi hội.</source>
        <translation>{name} is not a branch; only branches can be merged.</translation>
    </message>
    <message>
        <source>Chỉ sáp nhập được các chi hội trong cùng một xã.</source>
        <translation>Only branches of the same commune can be merged.</translation>
    </message>
    <message>
        <source>{name} đã được sáp nhập hoặc giải thể trước đây; hãy tải lại danh sách chi hội rồi chọn lại.</source>
        <translation>{name} was merged or dissolved before; reload the list of branches and choose again.</translation>
    </message>
    <message>
        <source>{label} không được để trống.</source>
        <translation>{label} must not be empty.</translation>
    </message>
    <message>
        <source>Ngày sinh</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Ngày vào Hội</source>
        <translation>Date of joining the Union</translation>
    </message>
    <message>
        <source>Ngày cấp thẻ</source>
        <translation>Date the card was issued</translation>
    </message>
    <message>
        <source>Ngày đồng ý</source>
        <translation>Date of consent</translation>
    </message>
    <message>
        <source>Ngày thay đổi</source>
        <translation>Date of the change</translation>
    </message>
    <message>
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Năm sinh</source>
        <translation>Year of birth</translation>
    </message>
    <message>
        <source>{label}: năm</source>
        <translation>{label}: year</translation>
    </message>
    <message>
        <source>{label} không đúng dạng. Hãy nhập ngày/tháng/năm, ví dụ 15/08/{example}.</source>
        <translation>{label} is not in the right form. Enter day/month/year, for example 15/08/{example}.</translation>
    </message>
    <message>
        <source>{label} không đúng dạng. Hãy nhập ngày/tháng/năm (ví dụ 12/03/{example}), tháng/năm (03/{example}) hoặc chỉ năm ({example}).</source>
        <translation>{label} is not in the right form. Enter day/month/year (for example 12/03/{example}), month/year (03/{example}) or only the year ({example}).</translation>
    </message>
    <message>
        <source>{year_subject} phải có 4 chữ số, ví dụ {example}.</source>
        <translation>{year_subject} must have 4 digits, for example {example}.</translation>
    </message>
    <message>
        <source>{year_subject} phải từ {min_year} trở về sau (đang nhập {year}).</source>
        <translation>{year_subject} must be {min_year} or later (entered: {year}).</translation>
    </message>
    <message>
        <source>{label} không hợp lệ: không có tháng {month}.</source>
        <translation>{label} is not valid: there is no month {month}.</translation>
    </message>
    <message>
        <source>{label} không hợp lệ: {day:02d}/{month:02d}/{year} không có trong lịch.</source>
        <translation>{label} is not valid: {day:02d}/{month:02d}/{year} is not in the calendar.</translation>
    </message>
    <message>
        <source>{label} {value} ở trong tương lai (hôm nay là {today}).</source>
        <translation>{label} {value} is in the future (today is {today}).</translation>
    </message>
    <message>
        <source>{label} cần có đủ ngày, tháng và năm, ví dụ 15/08/{example}.</source>
        <translation>{label} needs the day, the month and the year, for example 15/08/{example}.</translation>
    </message>
    <message>
        <source>Số điện thoại di động phải có 10 chữ số và bắt đầu bằng đầu số hợp lệ (ví dụ 0912 345 678).</source>
        <translation>A mobile phone number must have 10 digits and start with a valid prefix (for example 0912 345 678).</translation>
    </message>
    <message>
        <source>Số điện thoại không được để trống.</source>
        <translation>The phone number must not be empty.</translation>
    </message>
    <message>
        <source>Số điện thoại chỉ được gồm chữ số, dấu cách, dấu chấm, dấu gạch ngang, dấu ngoặc và dấu + ở đầu.</source>
        <translation>A phone number may only hold digits, spaces, dots, hyphens, brackets and a leading +.</translation>
    </message>
    <message>
        <source>Chỉ nhận số điện thoại Việt Nam (mã quốc gia +84).</source>
        <translation>Only Vietnamese phone numbers are accepted (country code +84).</translation>
    </message>
    <message>
        <source>Đầu số {digits} (11 chữ số) đã đổi từ năm 2018; số mới là {new}.</source>
        <translation>The prefix {digits} (11 digits) changed in 2018; the new number is {new}.</translation>
    </message>
    <message>
        <source>Đây là số máy bàn; ô này chỉ nhận số di động 10 chữ số (ví dụ 0912 345 678).</source>
        <translation>This is a landline number; this field only accepts 10-digit mobile numbers (for example 0912 345 678).</translation>
    </message>
    <message>
        <source>Số CCCD không được để trống.</source>
        <translation>The CCCD number must not be empty.</translation>
    </message>
    <message>
        <source>Số CCCD chỉ được gồm chữ số (có thể cách nhau bằng dấu cách hoặc dấu chấm).</source>
        <translation>The CCCD number may only hold digits (possibly separated by spaces or dots).</translation>
    </message>
    <message>
        <source>Đây là số CMND cũ (9 chữ số); hãy nhập số CCCD gồm 12 chữ số.</source>
        <translation>This is an old CMND number (9 digits); enter the 12-digit CCCD number.</translation>
    </message>
    <message>
        <source>Số CCCD phải có đúng 12 chữ số (đang có {count}).</source>
        <translation>The CCCD number must have exactly 12 digits (it has {count}).</translation>
    </message>
    <message>
        <source>Mã tỉnh {province} ở đầu số CCCD không tồn tại.</source>
        <translation>The province code {province} at the start of the CCCD number does not exist.</translation>
    </message>
    <message>
        <source>Số CCCD cho biết năm sinh {encoded_year}, là năm chưa tới; hãy kiểm tra chữ số thứ 4.</source>
        <translation>The CCCD number gives the birth year {encoded_year}, which has not come yet; check the 4th digit.</translation>
    </message>
    <message>
        <source>Số CCCD cho biết năm sinh {encoded_year}, khác với năm sinh đã nhập ({birth_year}).</source>
        <translation>The CCCD number gives the birth year {encoded_year}, different from the birth year entered ({birth_year}).</translation>
    </message>
    <message>
        <source>Số CCCD là của {encoded_gender} nhưng hội viên được ghi là {gender}.</source>
        <translation>The CCCD number belongs to a {encoded_gender} but the member is recorded as {gender}.</translation>
    </message>
    <message>
        <source>Sổ Hội đang mở tệp dữ liệu này ở cửa sổ khác ({who}). Hãy dùng cửa sổ đó, hoặc đóng nó rồi thử lại; chưa có gì bị thay đổi.</source>
        <extracomment>Windows locks a byte range; this one lies far past the small text the file holds, so the holder&apos;s description stays readable by the program that is refused.</extracomment>
        <translation>Sổ Hội already has this data file open in another window ({who}). Use that window, or close it and try again; nothing has been changed.</translation>
    </message>
    <message>
        <source>Sổ Hội đang mở tệp dữ liệu này ở cửa sổ khác. Hãy dùng cửa sổ đó, hoặc đóng nó rồi thử lại; chưa có gì bị thay đổi.</source>
        <translation>Sổ Hội already has this data file open in another window. Use that window, or close it and try again; nothing has been changed.</translation>
    </message>
    <message>
        <source>Không có tệp {path}; hãy kiểm tra lại đường dẫn. Không có gì bị thay đổi.</source>
        <extracomment>Rows sent to the server per batch of one table (one executemany).</extracomment>
        <translation>There is no file {path}; check the path. Nothing was changed.</translation>
    </message>
    <message>
        <source>Tệp {name} ở phiên bản lược đồ {revision}, còn phiên bản Sổ Hội này dùng {head}. Hãy mở tệp một lần bằng phiên bản này (tệp sẽ được nâng cấp, có bản sao an toàn) rồi chuyển lại. Không có gì bị thay đổi.</source>
        <translation>The file {name} is at schema version {revision}, and this version of Sổ Hội uses {head}. Open the file once with this version (it will be upgraded, with a safety copy), then move it again. Nothing was changed.</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu {shown} đã có dữ liệu (bảng {table}). Chỉ chuyển sổ vào một cơ sở dữ liệu trống: hãy tạo cơ sở dữ liệu mới (createdb) rồi chuyển lại. Không có gì bị thay đổi.</source>
        <translation>The database {shown} already holds data (table {table}). A register is only moved into an empty database: create a new database (createdb), then move it again. Nothing was changed.</translation>
    </message>
    <message>
        <source>Đích chuyển sổ phải là một cơ sở dữ liệu trên máy chủ (địa chỉ postgresql://…).</source>
        <translation>A register can only be moved to a database on a server (an address postgresql://…).</translation>
    </message>
    <message>
        <source>Máy chủ không nhận một dòng của bảng {table} ({said}). Đã hủy toàn bộ việc chuyển; máy chủ vẫn trống, tệp không bị thay đổi.</source>
        <translation>The server did not accept a row of the table {table} ({said}). The whole move was undone; the server is still empty and the file was not changed.</translation>
    </message>
    <message>
        <source>Bảng {table} trên máy chủ khác với tệp ({there} dòng trên máy chủ, {here} dòng trong tệp, hoặc nội dung khác). Đã hủy toàn bộ việc chuyển; máy chủ vẫn trống, tệp không bị thay đổi.</source>
        <translation>The table {table} on the server differs from the file ({there} rows on the server, {here} rows in the file, or different contents). The whole move was undone; the server is still empty and the file was not changed.</translation>
    </message>
</context>
<context>
    <name>DemoPage</name>
    <message>
        <source>Xem thử với một xã mẫu</source>
        <translation>Try it with a demo commune</translation>
    </message>
    <message>
        <source>Xã mẫu là dữ liệu không có thật (8.000 hội viên, các chi hội, buổi sinh hoạt, lớp tập huấn) để xem thử mọi chức năng. Xã mẫu nằm trong một tệp riêng, cửa sổ ghi rõ « XÃ MẪU »; sổ thật của đơn vị không bị ảnh hưởng.

Khi muốn dùng thật, mở lại Sổ Hội và chọn đơn vị của mình.</source>
        <translation>The demo commune is invented data (8,000 members, branches, meetings, training courses) for trying every function. It lives in a separate file and the window says « DEMO COMMUNE »; your unit&apos;s real register is not affected.

When you want to use it for real, start Sổ Hội again and choose your own unit.</translation>
    </message>
</context>
<context>
    <name>DestinationDialog</name>
    <message>
        <source>{what}&lt;br&gt;Cắm USB vào máy rồi chọn USB trong danh sách, hoặc chọn một thư mục khác. Tệp được ghi xong và đọc lại để kiểm tra trước khi báo rút USB.</source>
        <translation>{what}&lt;br&gt;Plug the USB stick into the computer and choose it in the list, or choose another folder. The file is written and read back to check it before you are told to remove the stick.</translation>
    </message>
    <message>
        <source>Tìm lại USB</source>
        <translation>Look for USB again</translation>
    </message>
    <message>
        <source>Chọn thư mục khác…</source>
        <translation>Choose another folder…</translation>
    </message>
    <message>
        <source>Ghi vào đây</source>
        <translation>Write here</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Đang tìm USB…</source>
        <translation>Looking for USB sticks…</translation>
    </message>
    <message>
        <source>Thư mục đã dùng lần trước: {path}</source>
        <translation>Folder used last time: {path}</translation>
    </message>
    <message>
        <source>Tìm thấy {n} USB.</source>
        <translation>Found {n} USB sticks.</translation>
    </message>
    <message>
        <source>Không thấy USB nào. Cắm USB rồi bấm «Tìm lại USB», hoặc chọn thư mục khác.</source>
        <translation>No USB stick found. Plug one in and click «Look for USB again», or choose another folder.</translation>
    </message>
    <message>
        <source>Không tìm được USB; hãy chọn thư mục khác.</source>
        <translation>Could not look for USB sticks; please choose another folder.</translation>
    </message>
    <message>
        <source>Chọn thư mục để ghi tệp</source>
        <translation>Choose the folder to write the file to</translation>
    </message>
</context>
<context>
    <name>DuesPage</name>
    <message>
        <source>Quý {q}</source>
        <translation>Quarter {q}</translation>
    </message>
    <message>
        <source>Mức hội phí…</source>
        <translation>Dues rates…</translation>
    </message>
    <message>
        <source>Khóa kỳ…</source>
        <translation>Close period…</translation>
    </message>
    <message>
        <source>Miễn…</source>
        <translation>Exempt…</translation>
    </message>
    <message>
        <source>Bỏ miễn</source>
        <translation>Remove exemption</translation>
    </message>
    <message>
        <source>In sổ hội phí…</source>
        <translation>Print dues book…</translation>
    </message>
    <message>
        <source>Phiếu thu, chi mới…</source>
        <translation>New receipt or payment…</translation>
    </message>
    <message>
        <source>Bút toán đảo…</source>
        <translation>Reversing entry…</translation>
    </message>
    <message>
        <source>In sổ quỹ…</source>
        <translation>Print cash book…</translation>
    </message>
    <message>
        <source>Hội phí</source>
        <translation>Dues</translation>
    </message>
    <message>
        <source>Quỹ hội</source>
        <translation>Union fund</translation>
    </message>
    <message>
        <source>Năm</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Kỳ</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>— đã khóa sổ</source>
        <translation>— closed</translation>
    </message>
    <message>
        <source>— đang mở</source>
        <translation>— open</translation>
    </message>
    <message>
        <source> (số ví dụ, chưa đặt mức)</source>
        <translation> (example figures, no rate set)</translation>
    </message>
    <message>
        <source>Mức {rate}/hội viên/quý{example} · Phải thu {expected} · Đã thu {collected} · Chi hội giữ {kept} ({bs} %) · Nộp về xã {handed} · Nộp cấp trên {up} ({us} %)</source>
        <translation>Rate {rate}/member/quarter{example} · Due {expected} · Collected {collected} · Kept by branches {kept} ({bs} %) · Handed to the commune {handed} · Sent to the upper level {up} ({us} %)</translation>
    </message>
    <message>
        <source>Tồn đầu kỳ {opening} · Thu {receipts} · Chi {spending} · Tồn cuối kỳ {closing}</source>
        <translation>Opening balance {opening} · Receipts {receipts} · Payments {spending} · Closing balance {closing}</translation>
    </message>
    <message>
        <source>{name}: {paid}/{owing} hội viên đã nộp</source>
        <translation>{name}: {paid}/{owing} members have paid</translation>
    </message>
    <message>
        <source>Hội phí {period}</source>
        <translation>Dues {period}</translation>
    </message>
    <message>
        <source>Miễn hội phí</source>
        <translation>Exempt from dues</translation>
    </message>
    <message>
        <source>Lý do miễn hội phí cho {name}:</source>
        <translation>Reason for exempting {name} from dues:</translation>
    </message>
    <message>
        <source>Bút toán đảo</source>
        <translation>Reversing entry</translation>
    </message>
    <message>
        <source>Đảo {voucher} ({amount}) bằng một bút toán ngày {day}.
Lý do:</source>
        <translation>Reverse {voucher} ({amount}) with an entry dated {day}.
Reason:</translation>
    </message>
    <message>
        <source>Khóa kỳ</source>
        <translation>Close period</translation>
    </message>
    <message>
        <source>Khóa sổ {period}? Sau khi khóa, hội phí và phiếu thu, chi của kỳ này không thể thêm hay sửa; sai sót chỉ sửa bằng bút toán đảo ở kỳ sau.</source>
        <translation>Close the books for {period}? Once closed, dues, receipts and payments of this period cannot be added or changed; mistakes are corrected only by a reversing entry in a later period.</translation>
    </message>
    <message>
        <source>Đang tạo sổ…</source>
        <translation>Building the book…</translation>
    </message>
    <message>
        <source>Sổ theo dõi hội phí</source>
        <translation>Dues book</translation>
    </message>
    <message>
        <source>Sổ quỹ hội</source>
        <translation>Union cash book</translation>
    </message>
</context>
<context>
    <name>DuesSettingsDialog</name>
    <message>
        <source>Mức hội phí năm {y}</source>
        <translation>Dues rates for {y}</translation>
    </message>
    <message>
        <source> đồng/quý</source>
        <translation> VND/quarter</translation>
    </message>
    <message>
        <source>không áp dụng</source>
        <translation>not applied</translation>
    </message>
    <message>
        <source>Hội phí mỗi hội viên</source>
        <translation>Dues per member</translation>
    </message>
    <message>
        <source>Chi hội giữ lại</source>
        <translation>Kept by the branch</translation>
    </message>
    <message>
        <source>Cơ sở nộp cấp trên</source>
        <translation>Sent up by the commune</translation>
    </message>
    <message>
        <source>Miễn cho hội viên từ tuổi</source>
        <translation>Exempt members from age</translation>
    </message>
    <message>
        <source>Hội viên danh dự luôn được miễn. Các tỷ lệ tính trên số hội phí chi hội đã thu.</source>
        <translation>Honorary members are always exempt. The shares are of the dues the branches collected.</translation>
    </message>
    <message>
        <source>Chưa đặt mức cho năm này: đang hiện các số ví dụ.</source>
        <translation>No rate set for this year: example figures are shown.</translation>
    </message>
    <message>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>EndPostDialog</name>
    <message>
        <source>Thôi giữ chức</source>
        <translation>Leave the post</translation>
    </message>
    <message>
        <source>Ngày thôi giữ chức</source>
        <translation>Date of leaving the post</translation>
    </message>
</context>
<context>
    <name>EnrollDialog</name>
    <message>
        <source>Đăng ký xã</source>
        <translation>Register a commune</translation>
    </message>
    <message>
        <source>Chọn xã, phường cần đăng ký. Sổ Hội ghi cho xã một &lt;b&gt;tệp đăng ký&lt;/b&gt; (.sohoi) ra USB hoặc thư mục; mang tệp đến xã, xã mở trang &lt;b&gt;Đồng bộ&lt;/b&gt; và bấm «Nhập tệp đăng ký…». Sau đó xã gửi được dữ liệu lên.</source>
        <translation>Choose the commune or ward to register. Sổ Hội writes a &lt;b&gt;registration file&lt;/b&gt; (.sohoi) for it to a USB stick or a folder; take the file to the commune, which opens its &lt;b&gt;Sync&lt;/b&gt; page and clicks «Import registration file…». After that the commune can send its data up.</translation>
    </message>
    <message>
        <source>Gõ tên xã, phường hoặc mã để tìm…</source>
        <translation>Type a commune or ward name or code to search…</translation>
    </message>
    <message>
        <source>Tiếp tục…</source>
        <translation>Continue…</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Đang đọc danh mục xã…</source>
        <translation>Reading the list of communes…</translation>
    </message>
    <message>
        <source>{name} (mã {code})</source>
        <translation>{name} (code {code})</translation>
    </message>
    <message>
        <source> — đã đăng ký</source>
        <translation> — registered</translation>
    </message>
    <message>
        <source>Không đọc được danh mục xã, phường.</source>
        <translation>Could not read the list of communes and wards.</translation>
    </message>
    <message>
        <source>{shown}/{total} xã, phường</source>
        <translation>{shown}/{total} communes and wards</translation>
    </message>
</context>
<context>
    <name>EnrollmentConfirmDialog</name>
    <message>
        <source>Nhập tệp đăng ký</source>
        <translation>Import registration file</translation>
    </message>
    <message>
        <source>Tệp đăng ký của {upper} (mã {upper_code}) cho {commune}, tạo lúc {moment}.</source>
        <translation>Registration file from {upper} (code {upper_code}) for {commune}, created at {moment}.</translation>
    </message>
    <message>
        <source>Hãy gọi điện cho {upper} và nhờ đọc mã nhận diện ở mục «Máy này» trên trang Đồng bộ của họ; so từng nhóm với mã dưới đây. Chỉ nhập khi hai mã trùng khớp: từ nay xã chỉ nhận gói do khóa này ký.</source>
        <translation>Phone {upper} and ask them to read out the identity code under «This computer» on their Sync page; compare each group with the code below. Import only if the two codes match: from now on the commune accepts only packages signed with this key.</translation>
    </message>
    <message>
        <source>Tôi đã so mã này với màn hình của cấp trên, trùng khớp</source>
        <translation>I have compared this code with the upper level&apos;s screen and they match</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Hãy so mã nhận diện và đánh dấu ô xác nhận.</source>
        <translation>Please compare the identity code and tick the confirmation box.</translation>
    </message>
</context>
<context>
    <name>EvaluationPage</name>
    <message>
        <source>từ sổ</source>
        <translation>from the register</translation>
    </message>
    <message>
        <source>nhập</source>
        <translation>entered</translation>
    </message>
    <message>
        <source>sổ chưa có số</source>
        <translation>no figure in the register</translation>
    </message>
    <message>
        <source>Mã</source>
        <extracomment>The saved row&apos;s version when the saved points were read (not while typing).</extracomment>
        <translation>Code</translation>
    </message>
    <message>
        <source>Tiêu chí</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <source>Số liệu</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>Nguồn</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Tối đa</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <source>Điểm</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>&lt;b&gt;Đánh giá, xếp loại cơ sở Hội&lt;/b&gt;</source>
        <translation>&lt;b&gt;Evaluation and grading of the grassroots Union&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Đánh giá cả xã hoặc một chi hội</source>
        <translation>Evaluate the whole commune or one branch</translation>
    </message>
    <message>
        <source>&amp;Lưu đánh giá</source>
        <translation>&amp;Save evaluation</translation>
    </message>
    <message>
        <source>Làm mới</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Gửi bộ tiêu chí…</source>
        <translation>Send criteria…</translation>
    </message>
    <message>
        <source>Gửi bộ tiêu chí (tệp JSON, xem hướng dẫn) cho các xã trong gói dữ liệu tới</source>
        <translation>Send a set of criteria (a JSON file, see the guide) to the communes in the next data package</translation>
    </message>
    <message>
        <source>Đơn &amp;vị:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <source>&amp;Năm:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>Năm</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Xếp loại</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>Bộ tiêu chí</source>
        <translation>Criteria</translation>
    </message>
    <message>
        <source>Ngày lưu</source>
        <translation>Saved on</translation>
    </message>
    <message>
        <source>Xã</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Chi hội đã chấm</source>
        <translation>Branches graded</translation>
    </message>
    <message>
        <source>Bản tự đánh giá các xã gửi lên trong gói dữ liệu; ở đây chỉ xem. Bộ tiêu chí gửi xuống các xã bằng nút «Gửi bộ tiêu chí…».</source>
        <translation>The self-evaluations the communes sent up in their data packages; view only here. Criteria are sent down to the communes with the button «Send criteria…».</translation>
    </message>
    <message>
        <source>Các năm đã lưu:</source>
        <translation>Years saved:</translation>
    </message>
    <message>
        <source>Cả xã — {name}</source>
        <translation>Whole commune — {name}</translation>
    </message>
    <message>
        <source> — bộ tiêu chí ví dụ kèm chương trình; cấp trên chưa gửi bộ tiêu chí cho năm này</source>
        <translation> — example criteria shipped with the program; the upper level has sent no criteria for this year</translation>
    </message>
    <message>
        <source>Bộ tiêu chí: {name} (lần {edition}){example}</source>
        <translation>Criteria: {name} (edition {edition}){example}</translation>
    </message>
    <message>
        <source>Điểm tiêu chí {code}</source>
        <translation>Score of criterion {code}</translation>
    </message>
    <message>
        <source>Tổng: {total}/{most} điểm — {label}</source>
        <translation>Total: {total}/{most} points — {label}</translation>
    </message>
    <message>
        <source>Không tiêu chí nào bị trừ điểm.</source>
        <translation>No criterion lost points.</translation>
    </message>
    <message>
        <source>Đã lưu ngày {day}.</source>
        <translation>Saved on {day}.</translation>
    </message>
    <message>
        <source>Chưa lưu đánh giá năm này.</source>
        <translation>No evaluation saved for this year.</translation>
    </message>
    <message>
        <source> (ví dụ)</source>
        <translation> (example)</translation>
    </message>
    <message>
        <source>{count} xã đã gửi bản tự đánh giá năm {year}.</source>
        <translation>{count} communes have sent their self-evaluation for {year}.</translation>
    </message>
    <message>
        <source>Chưa xã nào gửi bản tự đánh giá năm {year}.</source>
        <translation>No commune has sent its self-evaluation for {year} yet.</translation>
    </message>
    <message>
        <source>Đã lưu: {label}.</source>
        <translation>Saved: {label}.</translation>
    </message>
    <message>
        <source>bản đánh giá năm {year} của {name}</source>
        <translation>the {year} evaluation of {name}</translation>
    </message>
    <message>
        <source>Chọn tệp bộ tiêu chí</source>
        <translation>Choose the criteria file</translation>
    </message>
    <message>
        <source>Bộ tiêu chí (*.json)</source>
        <translation>Criteria (*.json)</translation>
    </message>
    <message>
        <source>Không đọc được {name}: cần tệp JSON UTF-8.</source>
        <translation>Could not read {name}: a UTF-8 JSON file is needed.</translation>
    </message>
    <message>
        <source>Đã gửi «{name}» năm {year} (lần {edition}); các xã nhận ở gói tới.</source>
        <translation>«{name}» for {year} sent (edition {edition}); the communes receive it in the next package.</translation>
    </message>
</context>
<context>
    <name>EvaluationText</name>
    <message>
        <source>Tiêu chí {code} ({text}): {points}/{most} điểm, mất {lost}.</source>
        <translation>Criterion {code} ({text}): {points}/{most} points, {lost} lost.</translation>
    </message>
    <message>
        <source>từ {least} điểm trở lên</source>
        <translation>{least} points or more</translation>
    </message>
    <message>
        <source>dưới {least} điểm</source>
        <translation>below {least} points</translation>
    </message>
    <message>
        <source>Tổng {total}/{most} điểm, {rule}: {label}.</source>
        <translation>Total {total}/{most} points, {rule}: {label}.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Xuất Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <source>Danh sách hội viên (theo bộ lọc đang xem)</source>
        <translation>List of members (as currently filtered)</translation>
    </message>
    <message>
        <source>Thống kê</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <source>Bộ lọc: {text}</source>
        <translation>Filter: {text}</translation>
    </message>
    <message>
        <source>Hãy chọn một xã để thống kê.</source>
        <translation>Please choose a commune for the statistics.</translation>
    </message>
    <message>
        <source>Thống kê cả xã do văn phòng Hội xã lập.</source>
        <translation>Commune-wide statistics are prepared by the commune Union office.</translation>
    </message>
    <message>
        <source>{heading} (dữ liệu nhạy cảm)</source>
        <translation>{heading} (sensitive data)</translation>
    </message>
    <message>
        <source>Các cột</source>
        <translation>Columns</translation>
    </message>
    <message>
        <source>Dân tộc, tôn giáo là dữ liệu cá nhân nhạy cảm (Luật 91/2025/QH15): chỉ chọn khi thật cần.</source>
        <translation>Ethnicity and religion are sensitive personal data (Law 91/2025/QH15): choose them only when truly needed.</translation>
    </message>
    <message>
        <source>Xuất ra tệp…</source>
        <translation>Export to file…</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>một chi hội</source>
        <translation>one branch</translation>
    </message>
    <message>
        <source>hội viên {kind}</source>
        <translation>{kind} members</translation>
    </message>
    <message>
        <source>tuổi {group}</source>
        <translation>age {group}</translation>
    </message>
    <message>
        <source>là cán bộ Hội</source>
        <translation>Union officers</translation>
    </message>
    <message>
        <source>không là cán bộ Hội</source>
        <translation>not Union officers</translation>
    </message>
    <message>
        <source>tên có “{text}”</source>
        <translation>name contains “{text}”</translation>
    </message>
    <message>
        <source>tất cả hội viên</source>
        <translation>all members</translation>
    </message>
    <message>
        <source>Ngày {date}</source>
        <translation>Date {date}</translation>
    </message>
    <message>
        <source>THỐNG KÊ HỘI VIÊN ĐANG SINH HOẠT</source>
        <translation>STATISTICS OF ACTIVE MEMBERS</translation>
    </message>
    <message>
        <source>DANH SÁCH HỘI VIÊN</source>
        <translation>LIST OF MEMBERS</translation>
    </message>
    <message>
        <source>Lưu tệp Excel</source>
        <translation>Save Excel file</translation>
    </message>
    <message>
        <source>Tệp Excel (*.xlsx)</source>
        <translation>Excel file (*.xlsx)</translation>
    </message>
    <message>
        <source>Đang ghi tệp…</source>
        <translation>Writing the file…</translation>
    </message>
    <message>
        <source>Đã ghi thống kê {count} hội viên đang sinh hoạt vào {path}</source>
        <translation>Statistics of {count} active members written to {path}</translation>
    </message>
    <message>
        <source>Đã ghi {count} hội viên vào {path}</source>
        <translation>{count} members written to {path}</translation>
    </message>
    <message>
        <source>Chưa ghi được tệp; hãy đóng tệp nếu nó đang mở, hoặc chọn nơi khác rồi thử lại.</source>
        <translation>The file was not written; close it if it is open, or choose another place and try again.</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Vẫn giao chức danh Chủ tịch?</source>
        <translation>Give the title of Chair anyway?</translation>
    </message>
    <message>
        <source>Vẫn giao</source>
        <translation>Give it anyway</translation>
    </message>
    <message>
        <source>Chưa lưu được. Những gì bạn nhập vẫn còn trên màn hình; hãy thử lại.</source>
        <translation>Not saved yet. What you typed is still on the screen; please try again.</translation>
    </message>
</context>
<context>
    <name>FundEntryDialog</name>
    <message>
        <source>Phiếu thu, chi mới</source>
        <translation>New receipt or payment</translation>
    </message>
    <message>
        <source>số đồng, ví dụ 250.000</source>
        <translation>amount in VND, e.g. 250.000</translation>
    </message>
    <message>
        <source>Loại phiếu</source>
        <translation>Voucher type</translation>
    </message>
    <message>
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Nội dung</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Số tiền (đồng)</source>
        <translation>Amount (VND)</translation>
    </message>
    <message>
        <source>Người nộp / nhận</source>
        <translation>Paid by / received by</translation>
    </message>
    <message>
        <source>Lưu phiếu</source>
        <translation>Save voucher</translation>
    </message>
</context>
<context>
    <name>FundEntryModel</name>
    <message>
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Số phiếu</source>
        <translation>Voucher no.</translation>
    </message>
    <message>
        <source>Nội dung</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Người nộp, nhận</source>
        <translation>Paid by, received by</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Receipts</translation>
    </message>
    <message>
        <source>Chi</source>
        <translation>Payments</translation>
    </message>
    <message>
        <source>Tồn</source>
        <translation>Balance</translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Đã đảo bởi {v}</source>
        <translation>Reversed by {v}</translation>
    </message>
    <message>
        <source>Đảo {v}</source>
        <translation>Reverses {v}</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>Hướng dẫn sử dụng Sổ Hội</source>
        <translation>Sổ Hội user guide</translation>
    </message>
    <message>
        <source>Mục lục</source>
        <translation>Contents</translation>
    </message>
    <message>
        <source>Quay lại</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Nhập danh sách hội viên — {name}</source>
        <translation>Import a list of members — {name}</translation>
    </message>
    <message>
        <source>&lt; Cột</source>
        <translation>&lt; Columns</translation>
    </message>
    <message>
        <source>Xem trước &gt;</source>
        <translation>Preview &gt;</translation>
    </message>
    <message>
        <source>Nhập</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Lưu các dòng bị từ chối…</source>
        <translation>Save the refused rows…</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Đang đọc tệp…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <source>Dòng tiêu đề cột là dòng số</source>
        <translation>The column header row is row number</translation>
    </message>
    <message>
        <source>Mỗi cột trong tệp được ghép với một thông tin của hội viên. Sửa nếu ghép sai; chọn «(bỏ qua)» cho cột không cần nhập.</source>
        <translation>Each column of the file is matched with a member detail. Correct any wrong match; choose «(skip)» for columns not to import.</translation>
    </message>
    <message>
        <source>Tệp không có dữ liệu.</source>
        <translation>The file has no data.</translation>
    </message>
    <message>
        <source>Trang tính «{sheet}»: {rows} dòng. Kiểm tra cách ghép cột rồi bấm «Xem trước».</source>
        <translation>Sheet «{sheet}»: {rows} rows. Check how the columns are matched, then click «Preview».</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cột trong tệp&lt;/b&gt;</source>
        <translation>&lt;b&gt;Column in the file&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ví dụ&lt;/b&gt;</source>
        <translation>&lt;b&gt;Example&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nhập vào&lt;/b&gt;</source>
        <translation>&lt;b&gt;Import as&lt;/b&gt;</translation>
    </message>
    <message>
        <source>(bỏ qua)</source>
        <translation>(skip)</translation>
    </message>
    <message>
        <source>{text}  ⟲ (trong tệp: {original})</source>
        <translation>{text}  ⟲ (in the file: {original})</translation>
    </message>
    <message>
        <source>Đã chuyển từ bảng mã cũ (TCVN3/VNI) sang Unicode.</source>
        <translation>Converted from an old encoding (TCVN3/VNI) to Unicode.</translation>
    </message>
    <message>
        <source>{text}  ? (hoặc: {other})</source>
        <translation>{text}  ? (or: {other})</translation>
    </message>
    <message>
        <source>Chưa chắc bảng mã: có thể đọc theo hai cách.</source>
        <translation>Encoding uncertain: it can be read two ways.</translation>
    </message>
    <message>
        <source>Tạo các chi hội chưa có</source>
        <translation>Create the branches not yet listed</translation>
    </message>
    <message>
        <source>Bỏ qua các dòng trùng với hội viên đã có</source>
        <translation>Skip rows that match existing members</translation>
    </message>
    <message>
        <source>Dòng</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Kết quả</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Chi tiết</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Đang kiểm tra từng dòng…</source>
        <translation>Checking each row…</translation>
    </message>
    <message>
        <source>{total} dòng: {valid} nhập được, {rejected} bị từ chối, {duplicates} có thể trùng.</source>
        <translation>{total} rows: {valid} can be imported, {rejected} refused, {duplicates} possible duplicates.</translation>
    </message>
    <message>
        <source>Ô chữ: {converted} đã chuyển từ mã TCVN3/VNI, {doubtful} chưa chắc bảng mã (giữ nguyên, xem cột Chi tiết), {unchanged} giữ nguyên.</source>
        <translation>Text cells: {converted} converted from TCVN3/VNI, {doubtful} encoding uncertain (kept as is, see the Details column), {unchanged} unchanged.</translation>
    </message>
    <message>
        <source>Chi hội chưa có trong sổ: {names}.</source>
        <translation>Branches not yet in the register: {names}.</translation>
    </message>
    <message>
        <source>Bị từ chối</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Có thể trùng</source>
        <translation>Possible duplicate</translation>
    </message>
    <message>
        <source>Lưu ý</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Được</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Trong tệp:</source>
        <translation>In the file:</translation>
    </message>
    <message>
        <source>Kiểm tra xong. Bấm «Nhập» để ghi vào sổ (một lần, hoặc không ghi gì nếu có lỗi).</source>
        <translation>Check finished. Click «Import» to write to the register (all at once, or nothing if there is an error).</translation>
    </message>
    <message>
        <source>Đang nhập hội viên…</source>
        <translation>Importing members…</translation>
    </message>
    <message>
        <source>Đang sao lưu trước khi nhập…</source>
        <translation>Backing up before the import…</translation>
    </message>
    <message>
        <source>Đã nhập {imported} hội viên; bỏ qua {skipped} dòng trùng; {rejected} dòng bị từ chối.</source>
        <translation>{imported} members imported; {skipped} duplicate rows skipped; {rejected} rows refused.</translation>
    </message>
    <message>
        <source>Lưu các dòng bị từ chối</source>
        <translation>Save the refused rows</translation>
    </message>
    <message>
        <source>Bảng tính Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Không đọc được tệp hoặc chưa nhập được; sổ không thay đổi.</source>
        <translation>Could not read the file or import it; the register is unchanged.</translation>
    </message>
</context>
<context>
    <name>IssueDialog</name>
    <message>
        <source>Cấp giấy chứng nhận cho lớp</source>
        <translation>Issue certificates for a course</translation>
    </message>
    <message>
        <source>Một hoặc hai dòng, ví dụ &quot;KT. CHỦ TỊCH&quot; rồi xuống dòng &quot;PHÓ CHỦ TỊCH&quot;.</source>
        <translation>One or two lines, e.g. &quot;KT. CHỦ TỊCH&quot; then a new line &quot;PHÓ CHỦ TỊCH&quot;.</translation>
    </message>
    <message>
        <source>Lớp</source>
        <translation>Course</translation>
    </message>
    <message>
        <source>Ngày cấp</source>
        <translation>Date of issue</translation>
    </message>
    <message>
        <source>Chức vụ người ký</source>
        <translation>Signatory&apos;s title</translation>
    </message>
    <message>
        <source>Họ tên người ký</source>
        <translation>Signatory&apos;s full name</translation>
    </message>
    <message>
        <source>Cấp chứng nhận</source>
        <translation>Issue certificates</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Chưa có lớp nào đã kết thúc.</source>
        <translation>No course has finished yet.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{pending}&lt;/b&gt; học viên đã hoàn thành chưa có giấy chứng nhận (đã cấp {issued}/{completed}).</source>
        <translation>&lt;b&gt;{pending}&lt;/b&gt; trainees who completed have no certificate yet ({issued}/{completed} issued).</translation>
    </message>
    <message>
        <source>Hãy nhập chức vụ và họ tên người ký.</source>
        <translation>Please enter the signatory&apos;s title and full name.</translation>
    </message>
</context>
<context>
    <name>LastSaveBar</name>
    <message>
        <source>Hoàn tác lần lưu này</source>
        <translation>Undo this save</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Đăng nhập — Sổ Hội</source>
        <translation>Log in — Sổ Hội</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;font-size:15pt&apos;&gt;Sổ Hội&lt;/b&gt;</source>
        <translation>&lt;b style=&apos;font-size:15pt&apos;&gt;Sổ Hội&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Hãy đăng nhập bằng tài khoản người quản trị đã cấp cho bạn.</source>
        <translation>Log in with the account your administrator gave you.</translation>
    </message>
    <message>
        <source>ví dụ: lan.nguyen</source>
        <translation>e.g. lan.nguyen</translation>
    </message>
    <message>
        <source>Hiện mật khẩu</source>
        <translation>Show password</translation>
    </message>
    <message>
        <source>Tên đăng nhập:</source>
        <translation>User name:</translation>
    </message>
    <message>
        <source>Mật khẩu:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>Quên mật khẩu? Hãy nhờ người quản trị đặt lại mật khẩu mới.</source>
        <translation>Forgot your password? Ask the administrator to set a new one.</translation>
    </message>
    <message>
        <source>Đăng nhập</source>
        <translation>Log in</translation>
    </message>
    <message>
        <source>Thoát</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Hãy nhập tên đăng nhập.</source>
        <translation>Please enter your user name.</translation>
    </message>
    <message>
        <source>Hãy nhập mật khẩu.</source>
        <translation>Please enter your password.</translation>
    </message>
    <message>
        <source>Không kiểm tra được tài khoản do lỗi không mong muốn; hãy thử lại.</source>
        <translation>The account could not be checked because of an unexpected error; please try again.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Tổng quan</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Các xã</source>
        <translation>Communes</translation>
    </message>
    <message>
        <source>Hội viên</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Chi hội</source>
        <translation>Branches</translation>
    </message>
    <message>
        <source>Cán bộ</source>
        <translation>Officers</translation>
    </message>
    <message>
        <source>Sinh hoạt</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>Tập huấn</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Chứng nhận</source>
        <translation>Certificates</translation>
    </message>
    <message>
        <source>Hội phí &amp; quỹ</source>
        <translation>Dues &amp; fund</translation>
    </message>
    <message>
        <source>Báo cáo</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Xếp loại</source>
        <translation>Grading</translation>
    </message>
    <message>
        <source>Đồng bộ</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Cài đặt</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Sổ Hội — {unit}</source>
        <translation>Sổ Hội — {unit}</translation>
    </message>
    <message>
        <source>cấp trên</source>
        <translation>upper level</translation>
    </message>
    <message>
        <source>đăng nhập</source>
        <translation>logged in</translation>
    </message>
</context>
<context>
    <name>MarkConflict</name>
    <message>
        <source>danh sách điểm danh</source>
        <translation>the attendance list</translation>
    </message>
</context>
<context>
    <name>MarkingWindow</name>
    <message>
        <source>Đang lưu điểm danh…</source>
        <translation>Saving the attendance…</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>Sửa buổi sinh hoạt</source>
        <translation>Edit meeting</translation>
    </message>
    <message>
        <source>Buổi sinh hoạt mới</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <source>Ví dụ: Phổ biến Nghị quyết Đại hội Phụ nữ</source>
        <translation>E.g. Presenting the resolution of the Women&apos;s Congress</translation>
    </message>
    <message>
        <source>Nội dung chính, kết luận (không bắt buộc)</source>
        <translation>Main content, conclusions (optional)</translation>
    </message>
    <message>
        <source>Đánh dấu tất cả có mặt (sửa người vắng sau)</source>
        <translation>Mark everyone present (correct the absent ones afterwards)</translation>
    </message>
    <message>
        <source>Chi hội / đơn vị</source>
        <translation>Branch / unit</translation>
    </message>
    <message>
        <source>Ngày họp</source>
        <translation>Meeting date</translation>
    </message>
    <message>
        <source>Loại buổi</source>
        <translation>Kind of meeting</translation>
    </message>
    <message>
        <source>Chủ đề *</source>
        <translation>Topic *</translation>
    </message>
    <message>
        <source>Địa điểm</source>
        <translation>Venue</translation>
    </message>
    <message>
        <source>Biên bản</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>buổi sinh hoạt «{topic}»</source>
        <translation>the meeting «{topic}»</translation>
    </message>
    <message>
        <source>Không lưu được buổi sinh hoạt.</source>
        <translation>Could not save the meeting.</translation>
    </message>
</context>
<context>
    <name>MeetingTableModel</name>
    <message>
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Chi hội / đơn vị</source>
        <translation>Branch / unit</translation>
    </message>
    <message>
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Chủ đề</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Có mặt</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Tỷ lệ</source>
        <translation>Rate</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <source>Mọi loại</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>Buổi sinh hoạt mới</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <source>Sửa</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Xóa</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Tất cả có mặt</source>
        <translation>All present</translation>
    </message>
    <message>
        <source>Hoàn tác</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>In danh sách ký nhận…</source>
        <translation>Print sign-in sheet…</translation>
    </message>
    <message>
        <source>In danh sách điểm danh…</source>
        <translation>Print attendance list…</translation>
    </message>
    <message>
        <source>Điểm danh tại buổi họp…</source>
        <translation>Roll call at the meeting…</translation>
    </message>
    <message>
        <source>Nhập từ danh sách đã ký…</source>
        <translation>Enter from a signed list…</translation>
    </message>
    <message>
        <source>Phím tắt: C có mặt · V vắng · P vắng có lý do · Dấu cách đổi qua lại · F2 hoặc Enter ghi lý do · Ctrl+Z hoàn tác · Ctrl+Y làm lại</source>
        <translation>Shortcuts: C present · V absent · P excused · Space toggles · F2 or Enter records a reason · Ctrl+Z undo · Ctrl+Y redo</translation>
    </message>
    <message>
        <source>Chi hội</source>
        <translation>Branch</translation>
    </message>
    <message>
        <source>Năm</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Buổi sinh hoạt</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>Thống kê theo chi hội</source>
        <translation>Statistics by branch</translation>
    </message>
    <message>
        <source>Tất cả</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Các chi hội của tôi</source>
        <translation>My branches</translation>
    </message>
    <message>
        <source>Toàn xã (hội nghị)</source>
        <translation>Whole commune (assembly)</translation>
    </message>
    <message>
        <source>Đang tải…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Tất cả chi hội đã sinh hoạt trong quý {q}/{y}.</source>
        <translation>Every branch met in quarter {q}/{y}.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{n} chi hội chưa sinh hoạt trong quý {q}/{y}&lt;/b&gt; (Điều lệ: ít nhất mỗi quý một lần): {names}</source>
        <translation>&lt;b&gt;{n} branches did not meet in quarter {q}/{y}&lt;/b&gt; (Charter: at least once a quarter): {names}</translation>
    </message>
    <message>
        <source>Quý</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <source>Tỷ lệ có mặt bình quân</source>
        <translation>Average attendance</translation>
    </message>
    <message>
        <source>Hội viên vắng 3 buổi sinh hoạt gần nhất của chi hội</source>
        <translation>Members absent from the branch&apos;s last 3 meetings</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Năm {year}&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Year {year}&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>Chưa có buổi sinh hoạt nào trong năm đã chọn.</source>
        <translation>No meetings in the chosen year.</translation>
    </message>
    <message>
        <source>Có mặt &lt;b&gt;{p}/{t}&lt;/b&gt; ({r}) · có lý do {e} · vắng {a}</source>
        <translation>Present &lt;b&gt;{p}/{t}&lt;/b&gt; ({r}) · excused {e} · absent {a}</translation>
    </message>
    <message>
        <source>Lý do chưa lưu</source>
        <translation>Reason not saved</translation>
    </message>
    <message>
        <source>Lý do đang gõ trong danh sách chưa được lưu. Lưu lý do đó rồi mở?</source>
        <translation>The reason being typed in the list is not saved yet. Save it and open?</translation>
    </message>
    <message>
        <source>Lưu và mở</source>
        <translation>Save and open</translation>
    </message>
    <message>
        <source>Hoàn tác: {what} (Ctrl+Z)</source>
        <translation>Undo: {what} (Ctrl+Z)</translation>
    </message>
    <message>
        <source>{n} người đang được ghi vắng sẽ thành có mặt.</source>
        <translation>{n} people recorded as absent will become present.</translation>
    </message>
    <message>
        <source>{r} lý do vắng đã ghi sẽ bị xóa.</source>
        <translation>{r} recorded reasons for absence will be deleted.</translation>
    </message>
    <message>
        <source>Có thể hoàn tác bằng Ctrl+Z.</source>
        <translation>This can be undone with Ctrl+Z.</translation>
    </message>
    <message>
        <source>Ghi tất cả có mặt</source>
        <translation>Mark everyone present</translation>
    </message>
    <message>
        <source>Đã thêm buổi sinh hoạt ngày {day}.</source>
        <translation>Meeting of {day} added.</translation>
    </message>
    <message>
        <source>Đã lưu buổi sinh hoạt ngày {day}.</source>
        <translation>Meeting of {day} saved.</translation>
    </message>
    <message>
        <source>Xóa buổi sinh hoạt</source>
        <translation>Delete meeting</translation>
    </message>
    <message>
        <source>Xóa buổi sinh hoạt ngày {day} của {unit} và điểm danh của nó?</source>
        <translation>Delete the meeting of {day} of {unit} and its attendance?</translation>
    </message>
    <message>
        <source>Danh sách ký nhận</source>
        <translation>Sign-in sheet</translation>
    </message>
    <message>
        <source>Danh sách điểm danh</source>
        <translation>Attendance list</translation>
    </message>
</context>
<context>
    <name>MemberDuesModel</name>
    <message>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Năm sinh</source>
        <translation>Year of birth</translation>
    </message>
    <message>
        <source>Đã nộp</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Số tiền</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Miễn — lý do</source>
        <translation>Exempt — reason</translation>
    </message>
    <message>
        <source>Chưa nộp</source>
        <translation>Not paid</translation>
    </message>
    <message>
        <source>Miễn</source>
        <translation>Exempt</translation>
    </message>
</context>
<context>
    <name>MemberFormDialog</name>
    <message>
        <source>Thêm hội viên</source>
        <translation>Add member</translation>
    </message>
    <message>
        <source>Sửa thông tin hội viên</source>
        <translation>Edit member details</translation>
    </message>
    <message>
        <source>ví dụ: Nguyễn Thị Hoa</source>
        <translation>e.g. Nguyễn Thị Hoa</translation>
    </message>
    <message>
        <source>12 chữ số</source>
        <translation>12 digits</translation>
    </message>
    <message>
        <source>ví dụ: 0912 345 678</source>
        <translation>e.g. 0912 345 678</translation>
    </message>
    <message>
        <source>thôn, tổ dân phố</source>
        <translation>village, residential group</translation>
    </message>
    <message>
        <source>Là đảng viên</source>
        <translation>Is a Party member</translation>
    </message>
    <message>
        <source>ví dụ: 12/12</source>
        <translation>e.g. 12/12</translation>
    </message>
    <message>
        <source> &lt;span style=&apos;color:#666&apos;&gt;(không bắt buộc)&lt;/span&gt;</source>
        <translation> &lt;span style=&apos;color:#666&apos;&gt;(optional)&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Thông tin chung</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Giới tính</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Ngày sinh</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Dân tộc</source>
        <translation>Ethnicity</translation>
    </message>
    <message>
        <source>Tôn giáo</source>
        <translation>Religion</translation>
    </message>
    <message>
        <source>Số CCCD</source>
        <translation>ID card number</translation>
    </message>
    <message>
        <source>Điện thoại</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Địa chỉ (thôn/tổ)</source>
        <translation>Address (village/group)</translation>
    </message>
    <message>
        <source>Đồng ý xử lý dữ liệu cá nhân</source>
        <translation>Consents to processing of personal data</translation>
    </message>
    <message>
        <source>Ngày đồng ý</source>
        <translation>Date of consent</translation>
    </message>
    <message>
        <source>Hình thức</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Sinh hoạt Hội</source>
        <translation>Union membership</translation>
    </message>
    <message>
        <source>Chi hội</source>
        <translation>Branch</translation>
    </message>
    <message>
        <source>Loại hội viên</source>
        <translation>Kind of member</translation>
    </message>
    <message>
        <source>Ngày vào Hội</source>
        <translation>Date joined</translation>
    </message>
    <message>
        <source>Số thẻ</source>
        <translation>Card number</translation>
    </message>
    <message>
        <source>Ngày cấp thẻ</source>
        <translation>Card issued on</translation>
    </message>
    <message>
        <source>Đảng viên</source>
        <translation>Party member</translation>
    </message>
    <message>
        <source>Trình độ</source>
        <translation>Qualifications</translation>
    </message>
    <message>
        <source>Học vấn</source>
        <translation>Education</translation>
    </message>
    <message>
        <source>Chuyên môn</source>
        <translation>Professional qualification</translation>
    </message>
    <message>
        <source>Lý luận chính trị</source>
        <translation>Political theory</translation>
    </message>
    <message>
        <source>Nghề nghiệp</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Lưu (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Mục có dấu &lt;span style=&apos;color:#b3261e&apos;&gt;*&lt;/span&gt; là bắt buộc.</source>
        <translation>Items marked &lt;span style=&apos;color:#b3261e&apos;&gt;*&lt;/span&gt; are required.</translation>
    </message>
    <message>
        <source>Tình trạng sinh hoạt</source>
        <translation>Membership status</translation>
    </message>
    <message>
        <source>Đổi tình trạng…</source>
        <translation>Change status…</translation>
    </message>
    <message>
        <source>Dữ liệu cá nhân…</source>
        <translation>Personal data…</translation>
    </message>
    <message>
        <source>Ghi nhận đồng ý, in toàn bộ thông tin đang lưu về người này, hoặc xóa theo yêu cầu</source>
        <translation>Record consent, print everything held about this person, or erase on request</translation>
    </message>
    <message>
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Tình trạng</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Nơi chuyển đến</source>
        <translation>Transferred to</translation>
    </message>
    <message>
        <source>Lịch sử thay đổi…</source>
        <translation>Change history…</translation>
    </message>
    <message>
        <source>Ai đã sửa hồ sơ này, lúc nào, sửa gì</source>
        <translation>Who changed this record, when, and what</translation>
    </message>
    <message>
        <source>Xem thông tin hội viên</source>
        <translation>View member details</translation>
    </message>
    <message>
        <source>Tài khoản chỉ xem không sửa được thông tin.</source>
        <translation>A view-only account cannot change the details.</translation>
    </message>
    <message>
        <source>Tài khoản chỉ xem: không sửa được thông tin.</source>
        <translation>View-only account: the details cannot be changed.</translation>
    </message>
    <message>
        <source>Không tìm thấy hội viên này; có thể đã bị xóa.</source>
        <translation>This member was not found; they may have been deleted.</translation>
    </message>
    <message>
        <source>(chưa chọn chi hội)</source>
        <translation>(no branch chosen)</translation>
    </message>
    <message>
        <source>(chi hội cũ)</source>
        <translation>(former branch)</translation>
    </message>
    <message>
        <source>Hiện nay: &lt;b&gt;{status}&lt;/b&gt;</source>
        <translation>Now: &lt;b&gt;{status}&lt;/b&gt;</translation>
    </message>
    <message>
        <source> từ ngày {date}</source>
        <translation> since {date}</translation>
    </message>
    <message>
        <source>hồ sơ của {name}</source>
        <translation>the record of {name}</translation>
    </message>
    <message>
        <source>Có</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Có thể trùng hội viên</source>
        <translation>Possible duplicate member</translation>
    </message>
    <message>
        <source>Có thể trùng với:
{people}

Vẫn thêm?</source>
        <translation>May be the same as:
{people}

Add anyway?</translation>
    </message>
    <message>
        <source>Có, vẫn thêm</source>
        <translation>Yes, add anyway</translation>
    </message>
    <message>
        <source>Không</source>
        <translation>No</translation>
    </message>
    <message>
        <source>• {name}, sinh {born} ({reason})</source>
        <translation>• {name}, born {born} ({reason})</translation>
    </message>
    <message>
        <source>• {name} ({reason})</source>
        <translation>• {name} ({reason})</translation>
    </message>
    <message>
        <source>Hội viên chưa có chi hội</source>
        <translation>Member without a branch</translation>
    </message>
    <message>
        <source>Đã lưu {name}, nhưng hội viên này chưa thuộc chi hội nào. Hãy chọn chi hội khi có thể; trong danh sách, chọn bộ lọc «Chưa có chi hội» để xem những hội viên như vậy.</source>
        <translation>{name} saved, but this member belongs to no branch. Choose a branch when you can; in the list, the filter «No branch» shows such members.</translation>
    </message>
</context>
<context>
    <name>MemberListModel</name>
    <message>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Ngày sinh</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Chi hội</source>
        <translation>Branch</translation>
    </message>
    <message>
        <source>Tình trạng</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Loại hội viên</source>
        <translation>Kind of member</translation>
    </message>
    <message>
        <source>Số CCCD</source>
        <translation>ID card number</translation>
    </message>
    <message>
        <source>Điện thoại</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Địa chỉ</source>
        <translation>Address</translation>
    </message>
</context>
<context>
    <name>MemberPickerDialog</name>
    <message>
        <source>Thêm học viên</source>
        <translation>Add trainees</translation>
    </message>
    <message>
        <source>Gõ tên hội viên để tìm…</source>
        <translation>Type a member&apos;s name to search…</translation>
    </message>
    <message>
        <source>Chỉ cán bộ</source>
        <translation>Officers only</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>   (đã có trong lớp)</source>
        <translation>   (already in the course)</translation>
    </message>
    <message>
        <source> (gõ thêm để thu hẹp)</source>
        <translation> (type more to narrow down)</translation>
    </message>
    <message>
        <source>Đang hiện {shown} người{more} · Đã chọn {n}</source>
        <translation>Showing {shown} people{more} · {n} selected</translation>
    </message>
    <message>
        <source>Thêm {n} người</source>
        <translation>Add {n} people</translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <source>Tìm theo họ tên, số CCCD, điện thoại, số thẻ hoặc năm sinh (Ctrl+F)</source>
        <translation>Search by full name, ID card number, phone, card number or year of birth (Ctrl+F)</translation>
    </message>
    <message>
        <source>Thêm hội viên</source>
        <translation>Add member</translation>
    </message>
    <message>
        <source>Nhập từ Excel…</source>
        <translation>Import from Excel…</translation>
    </message>
    <message>
        <source>Nhập danh sách hội viên từ tệp .xlsx, .xls, .ods</source>
        <translation>Import a list of members from a .xlsx, .xls or .ods file</translation>
    </message>
    <message>
        <source>Xuất Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <source>Ghi danh sách đang xem hoặc thống kê ra tệp Excel</source>
        <translation>Write the list shown, or statistics, to an Excel file</translation>
    </message>
    <message>
        <source>Thêm hội viên mới (Ctrl+N)</source>
        <translation>Add a new member (Ctrl+N)</translation>
    </message>
    <message>
        <source>Hội viên xã khác chuyển sinh hoạt đến, qua gói dữ liệu của cấp trên</source>
        <translation>Members from other communes transferring in, via the upper level&apos;s data package</translation>
    </message>
    <message>
        <source>Đổi chi hội…</source>
        <translation>Change branch…</translation>
    </message>
    <message>
        <source>Chuyển các hội viên đã chọn sang một chi hội</source>
        <translation>Move the selected members to a branch</translation>
    </message>
    <message>
        <source>Đổi tình trạng…</source>
        <translation>Change status…</translation>
    </message>
    <message>
        <source>Ghi cùng một thay đổi tình trạng cho các hội viên đã chọn</source>
        <translation>Record the same status change for the selected members</translation>
    </message>
    <message>
        <source>&amp;Xã</source>
        <translation>&amp;Commune</translation>
    </message>
    <message>
        <source>Chi hội</source>
        <translation>Branch</translation>
    </message>
    <message>
        <source>Tình trạng</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Độ tuổi</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>Cán bộ</source>
        <translation>Officers</translation>
    </message>
    <message>
        <source>Các chi hội của tôi</source>
        <translation>My branches</translation>
    </message>
    <message>
        <source>Tất cả chi hội</source>
        <translation>All branches</translation>
    </message>
    <message>
        <source>Chưa có chi hội</source>
        <translation>No branch</translation>
    </message>
    <message>
        <source>Mọi tình trạng</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Mọi loại</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>Mọi độ tuổi</source>
        <translation>All ages</translation>
    </message>
    <message>
        <source>Tất cả</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Là cán bộ</source>
        <translation>Officers</translation>
    </message>
    <message>
        <source>Không là cán bộ</source>
        <translation>Not officers</translation>
    </message>
    <message>
        <source>Hội viên chuyển đến ({count})</source>
        <translation>Members transferring in ({count})</translation>
    </message>
    <message>
        <source>Đang đếm…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <source>Không tìm thấy hội viên nào với “{text}”. Thử gõ không dấu, một phần tên, số CCCD, số điện thoại hoặc năm sinh.</source>
        <translation>No member found for “{text}”. Try typing without accents, part of the name, the ID card number, phone number or year of birth.</translation>
    </message>
    <message>
        <source>{count} hội viên trong sổ</source>
        <translation>{count} members in the register</translation>
    </message>
    <message>
        <source>{count} hội viên của chi hội</source>
        <translation>{count} members of the branch</translation>
    </message>
    <message>
        <source>{count} hội viên phù hợp</source>
        <translation>{count} matching members</translation>
    </message>
    <message>
        <source>Đã chọn {count} hội viên; mỗi lần chỉ đổi được tối đa {limit}. Hãy lọc danh sách (theo chi hội, tình trạng…) rồi chọn lại.</source>
        <translation>{count} members selected; at most {limit} can be changed at a time. Filter the list (by branch, status…) and select again.</translation>
    </message>
    <message>
        <source>Đổi chi hội</source>
        <translation>Change branch</translation>
    </message>
    <message>
        <source>Chuyển sang</source>
        <translation>Move to</translation>
    </message>
    <message>
        <source>Chuyển {count} hội viên sang “{branch}”?</source>
        <translation>Move {count} members to “{branch}”?</translation>
    </message>
    <message>
        <source>Chuyển</source>
        <translation>Move</translation>
    </message>
    <message>
        <source>Đang đổi chi hội…</source>
        <translation>Changing branch…</translation>
    </message>
    <message>
        <source>Đổi tình trạng</source>
        <translation>Change status</translation>
    </message>
    <message>
        <source>Tình trạng mới</source>
        <translation>New status</translation>
    </message>
    <message>
        <source>Ghi tình trạng “{status}” cho {count} hội viên?</source>
        <translation>Record the status “{status}” for {count} members?</translation>
    </message>
    <message>
        <source>Ghi</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Đang đổi tình trạng…</source>
        <translation>Changing status…</translation>
    </message>
    <message>
        <source>Chọn tệp danh sách hội viên</source>
        <translation>Choose the file with the list of members</translation>
    </message>
    <message>
        <source>Bảng tính (*.xlsx *.xls *.ods)</source>
        <translation>Spreadsheets (*.xlsx *.xls *.ods)</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Sáp nhập chi hội</source>
        <translation>Merge branches</translation>
    </message>
    <message>
        <source>{name} ({count} hội viên)</source>
        <translation>{name} ({count} members)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sáp nhập {name}&lt;/b&gt; vào chi hội khác</source>
        <translation>&lt;b&gt;Merge {name}&lt;/b&gt; into another branch</translation>
    </message>
    <message>
        <source>Sáp nhập &amp;vào:</source>
        <translation>Merge &amp;into:</translation>
    </message>
    <message>
        <source>&amp;Ngày sáp nhập:</source>
        <translation>&amp;Date of merger:</translation>
    </message>
    <message>
        <source>Sáp nhập…</source>
        <translation>Merge…</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Khi sáp nhập:&lt;ul&gt;&lt;li&gt;{count} hội viên của {source} chuyển sang &lt;b&gt;{target}&lt;/b&gt;;&lt;/li&gt;&lt;li&gt;các buổi sinh hoạt đã có vẫn giữ là lịch sử của {source};&lt;/li&gt;&lt;li&gt;các chức danh ở {source} (chi hội trưởng, chi hội phó…) kết thúc vào ngày sáp nhập;&lt;/li&gt;&lt;li&gt;{source} không còn trong danh sách chi hội.&lt;/li&gt;&lt;/ul&gt;Việc này không hoàn tác được trên màn hình.</source>
        <translation>On merging:&lt;ul&gt;&lt;li&gt;{count} members of {source} move to &lt;b&gt;{target}&lt;/b&gt;;&lt;/li&gt;&lt;li&gt;the meetings held remain the history of {source};&lt;/li&gt;&lt;li&gt;the titles in {source} (branch head, deputy head…) end on the date of the merger;&lt;/li&gt;&lt;li&gt;{source} is no longer in the list of branches.&lt;/li&gt;&lt;/ul&gt;This cannot be undone on screen.</translation>
    </message>
    <message>
        <source>Hợp nhất xã</source>
        <translation>Merge communes</translation>
    </message>
    <message>
        <source>&amp;Xem trước</source>
        <translation>&amp;Preview</translation>
    </message>
    <message>
        <source>Chọn 2–4 xã, mã xã mới và ngày hợp nhất rồi bấm «Xem trước». Chưa có gì thay đổi cho đến khi bấm «Hợp nhất».</source>
        <translation>Choose 2–4 communes, the new commune code and the date of the merger, then click «Preview». Nothing changes until you click «Merge».</translation>
    </message>
    <message>
        <source>Trong sổ thứ nhất</source>
        <translation>In the first register</translation>
    </message>
    <message>
        <source>Trong sổ thứ hai</source>
        <translation>In the second register</translation>
    </message>
    <message>
        <source>Vì sao</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Quyết định</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>&amp;Hợp nhất</source>
        <translation>&amp;Merge</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Ngày hợp nhất:</source>
        <translation>Date of merger:</translation>
    </message>
    <message>
        <source>Xã mới:</source>
        <translation>New commune:</translation>
    </message>
    <message>
        <source>Cặp người cần xem lại:</source>
        <translation>Pairs of people to review:</translation>
    </message>
    <message>
        <source>Các xã cũ:</source>
        <translation>Former communes:</translation>
    </message>
    <message>
        <source>Đang so các sổ…</source>
        <translation>Comparing the registers…</translation>
    </message>
    <message>
        <source>Hợp nhất vào {name} (mã {code}) ngày {day}:</source>
        <translation>Merge into {name} (code {code}) on {day}:</translation>
    </message>
    <message>
        <source>Tách sang {name} (mã {code}) ngày {day}:</source>
        <translation>Split off to {name} (code {code}) on {day}:</translation>
    </message>
    <message>
        <source>Chi hội của xã mới, ghép theo tên ({count}):</source>
        <translation>Branches of the new commune, matched by name ({count}):</translation>
    </message>
    <message>
        <source>Cùng một người (trùng CCCD và họ tên): {certain}. Cặp cần xem lại: {doubtful}.</source>
        <translation>Same person (same ID card number and full name): {certain}. Pairs to review: {doubtful}.</translation>
    </message>
    <message>
        <source>không rõ ngày sinh</source>
        <translation>date of birth unknown</translation>
    </message>
    <message>
        <source>CCCD {number}</source>
        <translation>ID card {number}</translation>
    </message>
    <message>
        <source>không có CCCD</source>
        <translation>no ID card</translation>
    </message>
    <message>
        <source>Trùng CCCD, khác họ tên</source>
        <translation>Same ID card number, different names</translation>
    </message>
    <message>
        <source>Trùng họ tên và ngày sinh</source>
        <translation>Same full name and date of birth</translation>
    </message>
    <message>
        <source>Chưa chọn</source>
        <translation>Not chosen</translation>
    </message>
    <message>
        <source>Cùng một người</source>
        <translation>Same person</translation>
    </message>
    <message>
        <source>Khác người</source>
        <translation>Different people</translation>
    </message>
    <message>
        <source>Sổ mới: {after} hội viên (các sổ cũ: {total}).</source>
        <translation>New register: {after} members (the former registers: {total}).</translation>
    </message>
    <message>
        <source>Còn {left} cặp chưa chọn.</source>
        <translation>{left} pairs not yet decided.</translation>
    </message>
    <message>
        <source>Đang hợp nhất…</source>
        <translation>Merging…</translation>
    </message>
    <message>
        <source>Đã hợp nhất: {members} hội viên vào xã {code}.</source>
        <translation>Merged: {members} members into commune {code}.</translation>
    </message>
    <message>
        <source>Đã chia tách: {members} hội viên sang xã {code}.</source>
        <translation>Split: {members} members moved to commune {code}.</translation>
    </message>
    <message>
        <source>Ở trang Đồng bộ: đăng ký xã mới, nhập gói đầu tiên của xã, rồi «Gửi xuống xã đã chọn» — gói đó mang sổ hội viên.</source>
        <translation>On the Sync page: register the new commune, import the commune&apos;s first package, then «Send down to the chosen commune» — that package carries the register of members.</translation>
    </message>
</context>
<context>
    <name>ModePage</name>
    <message>
        <source>Chào mừng đến với Sổ Hội</source>
        <translation>Welcome to Sổ Hội</translation>
    </message>
    <message>
        <source>Máy tính này dùng cho đơn vị nào?</source>
        <translation>Which unit is this computer for?</translation>
    </message>
    <message>
        <source>Hội LHPN xã, phường, đặc khu (cơ sở)</source>
        <translation>Women&apos;s Union of a commune, ward or special zone (grassroots)</translation>
    </message>
    <message>
        <source>Hội LHPN cấp trên (tỉnh, thành phố)</source>
        <translation>Women&apos;s Union of an upper level (province, city)</translation>
    </message>
    <message>
        <source>Xem thử với một xã mẫu (dữ liệu không có thật)</source>
        <translation>Try a demo commune (invented data)</translation>
    </message>
    <message>
        <source>Máy riêng của một chi hội (nhập tệp đăng ký do Hội LHPN xã gửi)</source>
        <translation>A branch&apos;s own computer (import the registration file sent by the commune Women&apos;s Union)</translation>
    </message>
    <message>
        <source>Kết nối máy chủ: sổ dùng chung của văn phòng tỉnh trên máy chủ</source>
        <translation>Connect to a server: the province office&apos;s shared register on a server</translation>
    </message>
    <message>
        <source>Có thể xem xã mẫu trước; sổ thật của đơn vị không bị ảnh hưởng.</source>
        <translation>You can look at the demo commune first; your unit&apos;s real register is not affected.</translation>
    </message>
</context>
<context>
    <name>NeedDialog</name>
    <message>
        <source>Nhu cầu bồi dưỡng — {name}</source>
        <translation>Training needs — {name}</translation>
    </message>
    <message>
        <source>Chuyên đề</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Ngày đăng ký</source>
        <translation>Date registered</translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>NotYetPage</name>
    <message>
        <source>{purpose}

Phần này chưa có trong phiên bản Sổ Hội đang dùng; dữ liệu của bạn không bị ảnh hưởng.</source>
        <translation>{purpose}

This part is not yet in the version of Sổ Hội you are using; your data is not affected.</translation>
    </message>
</context>
<context>
    <name>OfficersPage</name>
    <message>
        <source>Tất cả chức danh</source>
        <translation>All titles</translation>
    </message>
    <message>
        <source>Tìm theo họ tên…</source>
        <translation>Search by full name…</translation>
    </message>
    <message>
        <source>&amp;Giao chức danh…</source>
        <translation>&amp;Assign title…</translation>
    </message>
    <message>
        <source>Tiêu chuẩn chức &amp;danh…</source>
        <translation>Title &amp;standards…</translation>
    </message>
    <message>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Chức danh</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Chuyên trách</source>
        <translation>Full-time</translation>
    </message>
    <message>
        <source>Đạt chuẩn</source>
        <translation>Meets standard</translation>
    </message>
    <message>
        <source>Bồi dưỡng {year}</source>
        <translation>Trained {year}</translation>
    </message>
    <message>
        <source>Đã được bồi dưỡng ít nhất một nội dung trong năm</source>
        <translation>Trained in at least one subject during the year</translation>
    </message>
    <message>
        <source>Chọn một cán bộ trong danh sách để xem chi tiết.</source>
        <translation>Select an officer in the list to see the details.</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Chế độ</source>
        <translation>Terms</translation>
    </message>
    <message>
        <source>Từ ngày</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Đến ngày</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Quyết định</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Thêm chức danh…</source>
        <translation>Add title…</translation>
    </message>
    <message>
        <source>Thôi giữ chức…</source>
        <translation>Leave the post…</translation>
    </message>
    <message>
        <source>Xóa (nhập nhầm)</source>
        <translation>Delete (entered by mistake)</translation>
    </message>
    <message>
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Trình độ</source>
        <translation>Qualifications</translation>
    </message>
    <message>
        <source>Ngày cấp</source>
        <translation>Date of issue</translation>
    </message>
    <message>
        <source>Nơi cấp</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <source>Số văn bằng</source>
        <translation>Diploma number</translation>
    </message>
    <message>
        <source>Thêm trình độ…</source>
        <translation>Add qualification…</translation>
    </message>
    <message>
        <source>Xóa</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Yêu cầu</source>
        <translation>Requirement</translation>
    </message>
    <message>
        <source>Hiện có</source>
        <translation>Held</translation>
    </message>
    <message>
        <source>Kết quả</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Chuyên đề</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Ngày đăng ký</source>
        <translation>Date registered</translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Tình trạng</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Thêm nhu cầu…</source>
        <translation>Add need…</translation>
    </message>
    <message>
        <source>Bỏ</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Nhu cầu bồi dưỡng</source>
        <translation>Training needs</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cán bộ Hội&lt;/b&gt;</source>
        <translation>&lt;b&gt;Union officers&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Chức danh:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>Có</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Chức danh này chưa có tiêu chuẩn</source>
        <translation>This title has no standard yet</translation>
    </message>
    <message>
        <source>Đạt</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>Chưa đạt</source>
        <translation>Not met</translation>
    </message>
    <message>
        <source>Còn thiếu: {missing}</source>
        <translation>Still missing: {missing}</translation>
    </message>
    <message>
        <source>Chưa</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Không có cán bộ nào khớp với điều kiện lọc.</source>
        <translation>No officer matches the filter.</translation>
    </message>
    <message>
        <source>Chưa có cán bộ nào. Bấm «Giao chức danh…» để ghi chức danh cho hội viên.</source>
        <translation>No officers yet. Click «Assign title…» to record a title for a member.</translation>
    </message>
    <message>
        <source>{count} cán bộ · {meeting} đạt chuẩn · {untrained} chưa được bồi dưỡng năm {year}</source>
        <translation>{count} officers · {meeting} meet the standard · {untrained} not trained in {year}</translation>
    </message>
    <message>
        <source>sinh {born}</source>
        <translation>born {born}</translation>
    </message>
    <message>
        <source>đang giữ</source>
        <translation>current</translation>
    </message>
    <message>
        <source>Các chức danh đang giữ chưa có tiêu chuẩn về trình độ.</source>
        <translation>The titles held have no qualification standard yet.</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#1b5e20&apos;&gt;Đạt chuẩn&lt;/b&gt; chức danh đang giữ.</source>
        <translation>&lt;b style=&apos;color:#1b5e20&apos;&gt;Meets the standard&lt;/b&gt; of the titles held.</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#b3261e&apos;&gt;Chưa đạt chuẩn.&lt;/b&gt; Còn thiếu: {missing}.</source>
        <translation>&lt;b style=&apos;color:#b3261e&apos;&gt;Does not meet the standard.&lt;/b&gt; Still missing: {missing}.</translation>
    </message>
    <message>
        <source>chưa có</source>
        <translation>none yet</translation>
    </message>
    <message>
        <source>Đã được bồi dưỡng</source>
        <translation>Trained</translation>
    </message>
    <message>
        <source>Chưa đáp ứng</source>
        <translation>Not met</translation>
    </message>
    <message>
        <source>{name} thôi giữ chức {title} ({unit}) từ ngày:</source>
        <translation>{name} leaves the post of {title} ({unit}) from:</translation>
    </message>
    <message>
        <source>Xóa chức danh</source>
        <translation>Delete title</translation>
    </message>
    <message>
        <source>Xóa chức danh {title} ({unit})? Chỉ xóa khi nhập nhầm; người thôi giữ chức thì dùng «Thôi giữ chức…» để giữ lại lịch sử.</source>
        <translation>Delete the title {title} ({unit})? Delete only when entered by mistake; for a person leaving the post use «Leave the post…» to keep the history.</translation>
    </message>
    <message>
        <source>Xóa trình độ</source>
        <translation>Delete qualification</translation>
    </message>
    <message>
        <source>Xóa trình độ {kind}: {level}?</source>
        <translation>Delete the qualification {kind}: {level}?</translation>
    </message>
    <message>
        <source>Bỏ nhu cầu bồi dưỡng</source>
        <translation>Remove training need</translation>
    </message>
    <message>
        <source>Bỏ nhu cầu bồi dưỡng chuyên đề “{topic}”?</source>
        <translation>Remove the training need on the topic “{topic}”?</translation>
    </message>
    <message>
        <source>Đã xảy ra lỗi không mong muốn. Dữ liệu đã lưu không bị ảnh hưởng.</source>
        <translation>An unexpected error occurred. The saved data is not affected.</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>Đánh dấu để nhập ngày; bỏ dấu nếu chưa có ngày.</source>
        <translation>Tick to enter a date; untick if there is no date yet.</translation>
    </message>
    <message>
        <source>chưa có</source>
        <translation>none yet</translation>
    </message>
</context>
<context>
    <name>OutsidePersonDialog</name>
    <message>
        <source>Thêm người ngoài danh sách hội viên</source>
        <translation>Add a person who is not a listed member</translation>
    </message>
    <message>
        <source>Năm, tháng/năm hoặc ngày/tháng/năm</source>
        <translation>Year, month/year or day/month/year</translation>
    </message>
    <message>
        <source>Ví dụ: Hội LHPN xã Tân Lễ</source>
        <translation>E.g. Hội LHPN xã Tân Lễ</translation>
    </message>
    <message>
        <source>Họ và tên *</source>
        <translation>Full name *</translation>
    </message>
    <message>
        <source>Ngày sinh</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Chức danh</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Thêm</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Không thêm được người này.</source>
        <translation>Could not add this person.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>&lt;b&gt;Tổng quan&lt;/b&gt; — {unit}</source>
        <translation>&lt;b&gt;Overview&lt;/b&gt; — {unit}</translation>
    </message>
    <message>
        <source>các xã trong dữ liệu</source>
        <translation>the communes in the data</translation>
    </message>
    <message>
        <source>Chọn năm cần xem số liệu</source>
        <translation>Choose the year to view</translation>
    </message>
    <message>
        <source>Làm mới</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Đọc lại số liệu</source>
        <translation>Read the figures again</translation>
    </message>
    <message>
        <source>Năm:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <source>Đang tính số liệu…</source>
        <translation>Computing the figures…</translation>
    </message>
    <message>
        <source>Hội viên đang sinh hoạt</source>
        <translation>Active members</translation>
    </message>
    <message>
        <source>Kết nạp</source>
        <translation>Admitted</translation>
    </message>
    <message>
        <source>Ra khỏi Hội / chuyển đi</source>
        <translation>Left the Union / transferred out</translation>
    </message>
    <message>
        <source>Tỷ lệ tập hợp</source>
        <translation>Gathering rate</translation>
    </message>
    <message>
        <source>Tỷ lệ tập hợp = hội viên thường và đương nhiên đang sinh hoạt chia cho số phụ nữ từ 18 tuổi của các chi hội trong năm (nhập ở trang Chi hội). Hội viên danh dự được tính riêng. Năm đã qua: số hội viên đang sinh hoạt tính đến ngày 31/12.</source>
        <translation>Gathering rate = ordinary and ex-officio active members divided by the number of women aged 18+ of the branches for the year (entered on the Branches page). Honorary members are counted apart. Past years: active members as of 31/12.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{n} chi hội chưa sinh hoạt trong quý {q}/{y}&lt;/b&gt; (Điều lệ: ít nhất mỗi quý một lần): {names}. Xem trang Sinh hoạt.</source>
        <translation>&lt;b&gt;{n} branches did not meet in quarter {q}/{y}&lt;/b&gt; (Charter: at least once a quarter): {names}. See the Meetings page.</translation>
    </message>
    <message>
        <source>Không đọc được số liệu. Hãy bấm «Làm mới» để thử lại.</source>
        <translation>Could not read the figures. Click «Refresh» to try again.</translation>
    </message>
    <message>
        <source>tại ngày {day} · {branches} chi hội</source>
        <translation>as of {day} · {branches} branches</translation>
    </message>
    <message>
        <source>Kết nạp năm {year}</source>
        <translation>Admitted in {year}</translation>
    </message>
    <message>
        <source>hội viên mới vào Hội trong năm</source>
        <translation>new members who joined during the year</translation>
    </message>
    <message>
        <source>chuyển sinh hoạt</source>
        <translation>transferred out</translation>
    </message>
    <message>
        <source>ra khỏi Hội</source>
        <translation>left the Union</translation>
    </message>
    <message>
        <source>từ trần</source>
        <translation>died</translation>
    </message>
    <message>
        <source>Ra khỏi Hội / chuyển đi năm {year}</source>
        <translation>Left the Union / transferred out in {year}</translation>
    </message>
    <message>
        <source>không có ai trong năm</source>
        <translation>nobody this year</translation>
    </message>
    <message>
        <source>Hội viên đang sinh hoạt theo loại</source>
        <translation>Active members by kind</translation>
    </message>
    <message>
        <source>Hội viên đang sinh hoạt theo độ tuổi</source>
        <translation>Active members by age</translation>
    </message>
    <message>
        <source>Hội viên thường và đương nhiên đang sinh hoạt chia cho số phụ nữ từ 18 tuổi của các chi hội; {honorary} hội viên danh dự được tính riêng.</source>
        <translation>Ordinary and ex-officio active members divided by the number of women aged 18+ of the branches; {honorary} honorary members are counted apart.</translation>
    </message>
    <message>
        <source>chưa có số phụ nữ từ 18 tuổi năm {year}</source>
        <translation>no count of women aged 18+ for {year}</translation>
    </message>
    <message>
        <source>{members} hội viên / {women} phụ nữ từ 18&#xa0;tuổi</source>
        <translation>{members} members / {women} women aged 18+</translation>
    </message>
    <message>
        <source> (mới có số của {known}/{all} chi hội)</source>
        <translation> (figures from {known}/{all} branches only)</translation>
    </message>
</context>
<context>
    <name>PaperEntryWindow</name>
    <message>
        <source>Nhập từ danh sách đã ký</source>
        <translation>Enter from a signed list</translation>
    </message>
    <message>
        <source>Lý do vắng (Enter để ghi, Esc để thôi):</source>
        <translation>Reason for absence (Enter to record, Esc to cancel):</translation>
    </message>
    <message>
        <source>Ví dụ: Bận việc gia đình</source>
        <translation>E.g. Family matters</translation>
    </message>
    <message>
        <source>Có mặt  (1)</source>
        <translation>Present  (1)</translation>
    </message>
    <message>
        <source>Vắng  (0)</source>
        <translation>Absent  (0)</translation>
    </message>
    <message>
        <source>Có lý do  (P)</source>
        <translation>Excused  (P)</translation>
    </message>
    <message>
        <source>Lý do…  (F2)</source>
        <translation>Reason…  (F2)</translation>
    </message>
    <message>
        <source>1 hoặc C: có mặt · 0 hoặc V: vắng · P: vắng có lý do · F2: ghi lý do · Backspace: lùi lại một dòng</source>
        <translation>1 or C: present · 0 or V: absent · P: excused · F2: record a reason · Backspace: back one row</translation>
    </message>
    <message>
        <source>Lùi lại (Backspace)</source>
        <translation>Back (Backspace)</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Dòng {n}</source>
        <translation>Row {n}</translation>
    </message>
    <message>
        <source>Đã nhập hết {n} dòng</source>
        <translation>All {n} rows entered</translation>
    </message>
    <message>
        <source>Đối chiếu với tờ giấy rồi bấm Lưu (Enter). Backspace để sửa dòng cuối.</source>
        <translation>Check against the paper, then click Save (Enter). Backspace corrects the last row.</translation>
    </message>
    <message>
        <source>{p} có mặt, {a} vắng, {e} có lý do</source>
        <translation>{p} present, {a} absent, {e} excused</translation>
    </message>
    <message>
        <source>STT {n} / {t}</source>
        <translation>No. {n} / {t}</translation>
    </message>
    <message>
        <source>Trong sổ đang ghi: {mark}</source>
        <translation>In the register now: {mark}</translation>
    </message>
    <message>
        <source>Đã nhập {d}/{t} dòng · {p} có mặt, {a} vắng, {e} có lý do</source>
        <translation>{d}/{t} rows entered · {p} present, {a} absent, {e} excused</translation>
    </message>
</context>
<context>
    <name>PartialDateEdit</name>
    <message>
        <source>ngày/tháng/năm hoặc năm</source>
        <translation>day/month/year or year</translation>
    </message>
    <message>
        <source>Ví dụ: 12/03/1985, 3/1985 hoặc chỉ năm 1985 nếu không rõ ngày tháng.</source>
        <translation>E.g. 12/03/1985, 3/1985 or just the year 1985 if the day and month are unknown.</translation>
    </message>
</context>
<context>
    <name>ParticipantTableModel</name>
    <message>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Năm sinh</source>
        <translation>Year of birth</translation>
    </message>
    <message>
        <source>Chi hội / đơn vị</source>
        <translation>Branch / unit</translation>
    </message>
    <message>
        <source>Chức danh</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Buổi {n}</source>
        <translation>Session {n}</translation>
    </message>
    <message>
        <source>Hoàn thành</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Số GCN</source>
        <translation>Certificate no.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Đặt cụm mật khẩu sao lưu</source>
        <translation>Set the backup passphrase</translation>
    </message>
    <message>
        <source>Bản sao lưu ra USB được mã hóa bằng cụm mật khẩu này, để ai nhặt được USB cũng không đọc được thông tin của hội viên. Cụm mật khẩu chỉ đặt một lần; nên dùng vài từ dễ nhớ, ví dụ « hoa sen nở tháng sáu ».</source>
        <translation>Backups to USB are encrypted with this passphrase, so that whoever finds the stick cannot read the members&apos; details. The passphrase is set only once; use a few words that are easy to remember, e.g. « lotus flowers bloom in June ».</translation>
    </message>
    <message>
        <source>Cụm mật khẩu:</source>
        <translation>Passphrase:</translation>
    </message>
    <message>
        <source>Nhập lại:</source>
        <translation>Repeat:</translation>
    </message>
    <message>
        <source>Đặt cụm mật khẩu</source>
        <translation>Set passphrase</translation>
    </message>
    <message>
        <source>Thôi</source>
        <translation>Not now</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Đổi mật khẩu của tôi</source>
        <translation>Change my password</translation>
    </message>
    <message>
        <source>Nhập mật khẩu đang dùng, rồi mật khẩu mới hai lần.</source>
        <translation>Enter your current password, then the new password twice.</translation>
    </message>
    <message>
        <source>Đặt lại mật khẩu</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <source>Mật khẩu mới cho {name} ({username}). Hãy báo cho người đó; từ lần đăng nhập sau, chỉ mật khẩu mới dùng được.</source>
        <translation>New password for {name} ({username}). Tell that person; from their next login, only the new password works.</translation>
    </message>
    <message>
        <source>ít nhất {n} ký tự</source>
        <translation>at least {n} characters</translation>
    </message>
    <message>
        <source>Mật khẩu hiện tại:</source>
        <translation>Current password:</translation>
    </message>
    <message>
        <source>Mật khẩu mới:</source>
        <translation>New password:</translation>
    </message>
    <message>
        <source>Nhập lại mật khẩu mới:</source>
        <translation>Repeat new password:</translation>
    </message>
</context>
<context>
    <name>PatternDialog</name>
    <message>
        <source>Mẫu số giấy chứng nhận</source>
        <translation>Certificate numbering</translation>
    </message>
    <message>
        <source>{seq} là số thứ tự trong năm ({seq:02d} viết đủ 2 chữ số: 01), {year} là năm. Số thứ tự bắt đầu lại từ 01 mỗi năm. Các giấy đã cấp giữ nguyên số cũ; số đã dùng trong năm không bao giờ được cấp lại, kể cả khi đổi mẫu.</source>
        <translation>{seq} is the sequence number within the year ({seq:02d} writes 2 digits: 01), {year} is the year. Numbering starts again at 01 each year. Certificates already issued keep their numbers; a number used in a year is never issued again, even if the pattern changes.</translation>
    </message>
    <message>
        <source>Mẫu số</source>
        <translation>Pattern</translation>
    </message>
    <message>
        <source>Số tiếp theo</source>
        <translation>Next number</translation>
    </message>
    <message>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>{pages} trang</source>
        <extracomment>Who signs a document: (post, name). The post&apos;s lines are separated by &quot;/&quot; in the one-line field (&quot;TM. BAN THƯỜNG VỤ / CHỦ TỊCH&quot;), as the documents read it.</extracomment>
        <translation>{pages} pages</translation>
    </message>
    <message>
        <source>In…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Lưu PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Không mở được tệp PDF.</source>
        <translation>Could not open the PDF file.</translation>
    </message>
    <message>
        <source>Chức vụ người ký; &quot;/&quot; để xuống dòng, ví dụ &quot;KT. CHỦ TỊCH / PHÓ CHỦ TỊCH&quot;.</source>
        <translation>Signatory&apos;s title; &quot;/&quot; starts a new line, e.g. &quot;KT. CHỦ TỊCH / PHÓ CHỦ TỊCH&quot;.</translation>
    </message>
    <message>
        <source>Họ tên người ký</source>
        <translation>Signatory&apos;s full name</translation>
    </message>
    <message>
        <source>Cập nhật người ký</source>
        <translation>Update the signatory</translation>
    </message>
    <message>
        <source>Người ký:</source>
        <translation>Signatory:</translation>
    </message>
    <message>
        <source>Hãy nhập chức vụ người ký.</source>
        <translation>Please enter the signatory&apos;s title.</translation>
    </message>
    <message>
        <source>In tài liệu</source>
        <translation>Print document</translation>
    </message>
    <message>
        <source>Đang gửi tới máy in…</source>
        <translation>Sending to the printer…</translation>
    </message>
    <message>
        <source>Đã gửi {pages} trang tới máy in {printer}.</source>
        <translation>{pages} pages sent to the printer {printer}.</translation>
    </message>
    <message>
        <source>Đã hủy in.</source>
        <translation>Printing cancelled.</translation>
    </message>
    <message>
        <source>Chưa in được.</source>
        <translation>Not printed.</translation>
    </message>
    <message>
        <source>Đang gửi tài liệu tới máy in…</source>
        <translation>Sending the document to the printer…</translation>
    </message>
    <message>
        <source>Lưu tệp PDF</source>
        <translation>Save PDF file</translation>
    </message>
    <message>
        <source>Tệp PDF (*.pdf)</source>
        <translation>PDF file (*.pdf)</translation>
    </message>
    <message>
        <source>Không lưu được tệp: {reason}</source>
        <translation>Could not save the file: {reason}</translation>
    </message>
</context>
<context>
    <name>PeerTableModel</name>
    <message>
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Tên</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Mã nhận diện</source>
        <translation>Identity code</translation>
    </message>
    <message>
        <source>Gói nhận gần nhất</source>
        <translation>Last package received</translation>
    </message>
    <message>
        <source>Gói gửi gần nhất</source>
        <translation>Last package sent</translation>
    </message>
    <message>
        <source>Xã đã nhận đến</source>
        <translation>Received by commune up to</translation>
    </message>
    <message>
        <source>Xã chưa gửi gói nào từ đầu quý này.</source>
        <translation>The commune has sent no package since the start of this quarter.</translation>
    </message>
    <message>
        <source>chưa nhận gói</source>
        <translation>no package received</translation>
    </message>
    <message>
        <source>chưa nhận</source>
        <translation>not received</translation>
    </message>
    <message>
        <source>chưa gửi</source>
        <translation>not sent</translation>
    </message>
    <message>
        <source>lần {n}</source>
        <translation>no. {n}</translation>
    </message>
</context>
<context>
    <name>PostDialog</name>
    <message>
        <source>Giao chức danh</source>
        <translation>Assign title</translation>
    </message>
    <message>
        <source>Gõ họ tên để tìm, ví dụ: nguyen thi hoa</source>
        <translation>Type a full name to search, e.g. nguyen thi hoa</translation>
    </message>
    <message>
        <source>ví dụ: Quyết định số 15/QĐ-HLHPN</source>
        <translation>e.g. Decision no. 15/QĐ-HLHPN</translation>
    </message>
    <message>
        <source>Hội viên *</source>
        <translation>Member *</translation>
    </message>
    <message>
        <source>Hội viên</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Chức danh *</source>
        <translation>Title *</translation>
    </message>
    <message>
        <source>Đơn vị *</source>
        <translation>Unit *</translation>
    </message>
    <message>
        <source>Chế độ</source>
        <translation>Terms</translation>
    </message>
    <message>
        <source>Từ ngày</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Đến ngày</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Quyết định</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>{name} — sinh {born}, {branch}</source>
        <translation>{name} — born {born}, {branch}</translation>
    </message>
    <message>
        <source>chưa có chi hội</source>
        <translation>no branch</translation>
    </message>
    <message>
        <source>Không tìm thấy hội viên đang sinh hoạt nào.</source>
        <translation>No active member found.</translation>
    </message>
    <message>
        <source>Đã chọn: {name}</source>
        <translation>Chosen: {name}</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>Mới</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Thay đổi</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Xóa</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Không đổi</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>Nhập gói dữ liệu — {name}</source>
        <translation>Import a data package — {name}</translation>
    </message>
    <message>
        <source> (tệp {n}/{total})</source>
        <translation> (file {n}/{total})</translation>
    </message>
    <message>
        <source>Cần chú ý:</source>
        <translation>Needs attention:</translation>
    </message>
    <message>
        <source>Nhập</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Bỏ qua tệp này</source>
        <translation>Skip this file</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Trước khi nhập, Sổ Hội tự sao lưu dữ liệu hiện có. Gói được nhập trọn vẹn hoặc không nhập gì.</source>
        <translation>Before importing, Sổ Hội backs up the existing data. A package is imported completely or not at all.</translation>
    </message>
    <message>
        <source>Gói lần &lt;b&gt;{n}&lt;/b&gt; (lần trước đã nhập: lần {m})</source>
        <translation>Package no. &lt;b&gt;{n}&lt;/b&gt; (last imported: no. {m})</translation>
    </message>
    <message>
        <source>Gói lần &lt;b&gt;{n}&lt;/b&gt; (gói đầu tiên nhận từ đơn vị này)</source>
        <translation>Package no. &lt;b&gt;{n}&lt;/b&gt; (the first package received from this unit)</translation>
    </message>
    <message>
        <source>Gửi từ: &lt;b&gt;{name}&lt;/b&gt; (mã {code})</source>
        <translation>Sent from: &lt;b&gt;{name}&lt;/b&gt; (code {code})</translation>
    </message>
    <message>
        <source>Tạo lúc: {moment}</source>
        <translation>Created at: {moment}</translation>
    </message>
    <message>
        <source>Tệp: {name}</source>
        <translation>File: {name}</translation>
    </message>
    <message>
        <source>Cấp trên xác nhận đã nhận đến gói lần {n} của xã.</source>
        <translation>The upper level confirms it has received the commune&apos;s packages up to no. {n}.</translation>
    </message>
    <message>
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Gói không có gì mới so với dữ liệu đang có; nhập để ghi nhận lần gửi này.</source>
        <translation>The package has nothing new compared with the data held; import it to record this sending.</translation>
    </message>
    <message>
        <source>Tổng cộng: {new} bản ghi mới, {changed} thay đổi, {removed} bị xóa.</source>
        <translation>In total: {new} new records, {changed} changed, {removed} deleted.</translation>
    </message>
    <message>
        <source>Xác nhận mã nhận diện</source>
        <translation>Confirm the identity code</translation>
    </message>
    <message>
        <source>Đây là gói đầu tiên Sổ Hội nhận từ {unit}. Hãy gọi điện cho {unit} và nhờ đọc mã nhận diện ở mục «Máy này» trên trang Đồng bộ của họ; so từng nhóm với mã dưới đây. Chỉ nhập khi hai mã trùng khớp.</source>
        <translation>This is the first package Sổ Hội has received from {unit}. Phone {unit} and ask them to read out the identity code under «This computer» on their Sync page; compare each group with the code below. Import only if the two codes match.</translation>
    </message>
    <message>
        <source>Tôi đã so mã này với màn hình của {unit}, trùng khớp</source>
        <translation>I have compared this code with the screen of {unit} and they match</translation>
    </message>
    <message>
        <source>Hãy so mã nhận diện và đánh dấu ô xác nhận.</source>
        <translation>Please compare the identity code and tick the confirmation box.</translation>
    </message>
</context>
<context>
    <name>PrivacyDialog</name>
    <message>
        <source>Dữ liệu cá nhân</source>
        <translation>Personal data</translation>
    </message>
    <message>
        <source>{name} — dữ liệu cá nhân</source>
        <translation>{name} — personal data</translation>
    </message>
    <message>
        <source>Theo Luật Bảo vệ dữ liệu cá nhân (số 91/2025/QH15), hội viên có quyền biết Hội lưu gì về mình, đồng ý hoặc rút lại sự đồng ý, và yêu cầu xóa dữ liệu.</source>
        <translation>Under the Personal Data Protection Law (no. 91/2025/QH15), members have the right to know what the Union holds about them, to consent or withdraw consent, and to ask for their data to be erased.</translation>
    </message>
    <message>
        <source>Ghi nhận sự đồng ý</source>
        <translation>Record consent</translation>
    </message>
    <message>
        <source>Ngày đồng ý:</source>
        <translation>Date of consent:</translation>
    </message>
    <message>
        <source>Cách đồng ý:</source>
        <translation>How consent was given:</translation>
    </message>
    <message>
        <source>Sự đồng ý cho xử lý dữ liệu</source>
        <translation>Consent to data processing</translation>
    </message>
    <message>
        <source>In toàn bộ thông tin của người này…</source>
        <translation>Print everything held about this person…</translation>
    </message>
    <message>
        <source>Xóa dữ liệu của người này…</source>
        <translation>Erase this person&apos;s data…</translation>
    </message>
    <message>
        <source>Xóa dữ liệu theo yêu cầu của hội viên</source>
        <translation>Erase data at the member&apos;s request</translation>
    </message>
    <message>
        <source>Khi xóa:
• Họ tên, ngày sinh, số CCCD, điện thoại, nơi ở, dân tộc, tôn giáo, nghề nghiệp, số thẻ, ghi chú và mọi thông tin cá nhân khác của {name} bị xóa trắng.
• Sổ giữ lại một dấu “đã xóa” (không có thông tin cá nhân), để lần gửi dữ liệu lên cấp trên tới, cấp trên cũng xóa theo.
• Các giấy chứng nhận đã cấp bị thu hồi; số hiệu vẫn giữ để tra cứu.
• Số lượt dự sinh hoạt, dự lớp vẫn được đếm, nhưng không còn tên.
Việc này KHÔNG THỂ hoàn tác.</source>
        <translation>On erasing:
• The full name, date of birth, ID card number, phone, residence, ethnicity, religion, occupation, card number, notes and all other personal details of {name} are blanked.
• The register keeps an “erased” mark (with no personal details), so that at the next sending to the upper level, the upper level erases them too.
• Certificates issued are revoked; their numbers are kept for reference.
• Attendance at meetings and courses is still counted, but without a name.
This CANNOT be undone.</translation>
    </message>
    <message>
        <source>ví dụ: theo đơn đề nghị ngày 20/11/2026</source>
        <translation>e.g. at the request dated 20/11/2026</translation>
    </message>
    <message>
        <source>Xóa vĩnh viễn</source>
        <translation>Erase permanently</translation>
    </message>
    <message>
        <source>Lý do xóa:</source>
        <translation>Reason for erasing:</translation>
    </message>
    <message>
        <source>Gõ chữ {word} để xác nhận:</source>
        <translation>Type the word {word} to confirm:</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Tài khoản chỉ xem không ghi nhận được.</source>
        <translation>A view-only account cannot record this.</translation>
    </message>
    <message>
        <source>Chưa ghi nhận sự đồng ý.</source>
        <translation>No consent recorded.</translation>
    </message>
    <message>
        <source>Đã đồng ý ngày {date}: {method}.</source>
        <translation>Consented on {date}: {method}.</translation>
    </message>
    <message>
        <source>Phiếu cung cấp thông tin cá nhân</source>
        <translation>Statement of personal information held</translation>
    </message>
    <message>
        <source>Hãy gõ chữ {word} để xác nhận.</source>
        <translation>Please type the word {word} to confirm.</translation>
    </message>
</context>
<context>
    <name>QInputDialog</name>
    <message>
        <source>Hủy</source>
        <extracomment>What the women cell accepts while typing: up to six digits, dots between thousands. Widths of the number columns: room for &quot;12.345&quot; and the headers, not more, so the eye does not travel across empty space from a branch to its numbers.</extracomment>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>QualificationDialog</name>
    <message>
        <source>Thêm trình độ — {name}</source>
        <translation>Add qualification — {name}</translation>
    </message>
    <message>
        <source>Tương đương bậc</source>
        <translation>Equivalent level</translation>
    </message>
    <message>
        <source>Trình độ ngoài danh sách: tương đương mức nào trong danh sách (0 = không có)</source>
        <translation>A qualification not in the list: which level of the list it is equivalent to (0 = none)</translation>
    </message>
    <message>
        <source>Loại trình độ</source>
        <translation>Kind of qualification</translation>
    </message>
    <message>
        <source>Trình độ *</source>
        <translation>Qualification *</translation>
    </message>
    <message>
        <source>Ngày cấp</source>
        <translation>Date of issue</translation>
    </message>
    <message>
        <source>Nơi cấp</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <source>Số văn bằng</source>
        <translation>Diploma number</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Sổ Hội — tệp dữ liệu bị hỏng</source>
        <translation>Sổ Hội — damaged data file</translation>
    </message>
    <message>
        <source>Không mở được tệp dữ liệu {name}: tệp bị hỏng (có thể do mất điện hoặc ổ đĩa lỗi). Có thể khôi phục từ một bản sao lưu; tệp hỏng vẫn được giữ lại.</source>
        <translation>Could not open the data file {name}: the file is damaged (perhaps after a power cut or a disk fault). You can restore from a backup; the damaged file is kept.</translation>
    </message>
    <message>
        <source>Khôi phục bản này</source>
        <translation>Restore this copy</translation>
    </message>
    <message>
        <source>Chọn bản sao lưu khác…</source>
        <translation>Choose another backup…</translation>
    </message>
    <message>
        <source>Thoát</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Không tìm thấy bản sao lưu tốt nào trong {folder}. Hãy chọn một bản sao lưu (ví dụ trên USB), hoặc nhờ cán bộ kỹ thuật.</source>
        <translation>No good backup found in {folder}. Choose a backup (for example on a USB stick), or ask a technician for help.</translation>
    </message>
    <message>
        <source>Bản sao lưu tốt mới nhất: {kind}, lúc {when} ({file}).</source>
        <translation>Latest good backup: {kind}, at {when} ({file}).</translation>
    </message>
    <message>
        <source>Chọn bản sao lưu</source>
        <translation>Choose a backup</translation>
    </message>
    <message>
        <source>Bản sao lưu Sổ Hội (*.sqlite *.sohoi)</source>
        <translation>Sổ Hội backups (*.sqlite *.sohoi)</translation>
    </message>
    <message>
        <source>Cụm mật khẩu sao lưu</source>
        <translation>Backup passphrase</translation>
    </message>
    <message>
        <source>Bản sao lưu này được mã hóa. Nhập cụm mật khẩu sao lưu:</source>
        <translation>This backup is encrypted. Enter the backup passphrase:</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>&lt;b&gt;Chỉ tiêu Đề án 1893&lt;/b&gt; — {unit}</source>
        <translation>&lt;b&gt;Scheme 1893 targets&lt;/b&gt; — {unit}</translation>
    </message>
    <message>
        <source>các xã trong dữ liệu</source>
        <translation>the communes in the data</translation>
    </message>
    <message>
        <source>Chọn năm cần báo cáo</source>
        <translation>Choose the year of the report</translation>
    </message>
    <message>
        <source>Sửa chỉ tiêu…</source>
        <translation>Edit targets…</translation>
    </message>
    <message>
        <source>Xuất Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <source>Điền mẫu báo cáo…</source>
        <translation>Fill in a report form…</translation>
    </message>
    <message>
        <source>Điền số liệu của sổ vào biểu mẫu Excel của cấp trên (các chỗ {{…}})</source>
        <translation>Fill the register&apos;s figures into the upper level&apos;s Excel form (the {{…}} places)</translation>
    </message>
    <message>
        <source>Làm mới</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>&amp;Năm:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>Đối tượng</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Số người</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Đã bồi dưỡng (người)</source>
        <translation>Trained (people)</translation>
    </message>
    <message>
        <source>Lượt</source>
        <translation>Attendances</translation>
    </message>
    <message>
        <source>Tỷ lệ</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>Chỉ tiêu</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Đạt?</source>
        <translation>Met?</translation>
    </message>
    <message>
        <source>Bồi dưỡng cán bộ Hội trong năm</source>
        <translation>Training of Union officers during the year</translation>
    </message>
    <message>
        <source>Tỷ lệ đã bồi dưỡng</source>
        <translation>Share trained</translation>
    </message>
    <message>
        <source>Có chứng chỉ</source>
        <translation>With certificate</translation>
    </message>
    <message>
        <source>Mục tiêu 2030</source>
        <translation>2030 goal</translation>
    </message>
    <message>
        <source>Có tiêu chuẩn</source>
        <translation>With standard</translation>
    </message>
    <message>
        <source>Đạt chuẩn</source>
        <translation>Meets standard</translation>
    </message>
    <message>
        <source>Nguồn kinh phí</source>
        <translation>Funding source</translation>
    </message>
    <message>
        <source>Số tiền</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Chứng chỉ nghiệp vụ công tác Hội (mục tiêu 2030)</source>
        <translation>Certificate in Union work (2030 goal)</translation>
    </message>
    <message>
        <source>Đạt chuẩn chức danh</source>
        <translation>Meeting the title standards</translation>
    </message>
    <message>
        <source>Kinh phí các lớp xã tổ chức</source>
        <translation>Funding of the courses run by the commune</translation>
    </message>
    <message>
        <source>In danh sách…</source>
        <translation>Print list…</translation>
    </message>
    <message>
        <source>Mở lớp tập huấn cho những người này…</source>
        <translation>Open a training course for these people…</translation>
    </message>
    <message>
        <source>Mở trang Bồi dưỡng với một lớp mới có sẵn những người trong danh sách (hoặc những người đang chọn)</source>
        <translation>Open the Training page with a new course already holding the people in the list (or those selected)</translation>
    </message>
    <message>
        <source>Xã</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Người</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Tỷ lệ cán bộ được bồi dưỡng trong năm theo chỉ tiêu của từng đối tượng; bấm vào tiêu đề cột để sắp xếp. Dữ liệu do xã quản lý; ở đây chỉ xem.</source>
        <translation>Share of officers trained during the year against each group&apos;s target; click a column header to sort. The data is managed by the communes; view only here.</translation>
    </message>
    <message>
        <source>Theo từng xã</source>
        <translation>By commune</translation>
    </message>
    <message>
        <source>Đang tính số liệu…</source>
        <translation>Computing the figures…</translation>
    </message>
    <message>
        <source>Không tính được số liệu báo cáo.</source>
        <translation>Could not compute the report&apos;s figures.</translation>
    </message>
    <message>
        <source>Cán bộ tính theo chức danh đang giữ ngày {day}{note}.</source>
        <translation>Officers counted by the titles held on {day}{note}.</translation>
    </message>
    <message>
        <source> (cuối năm)</source>
        <translation> (end of year)</translation>
    </message>
    <message>
        <source>Đạt</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>Chưa đạt</source>
        <translation>Not met</translation>
    </message>
    <message>
        <source>Cả năm {year}: {people} người, {count} lượt hội viên của xã hoàn thành lớp bồi dưỡng. Chỉ tiêu theo chuyên đề chỉ tính các lớp có chuyên đề.</source>
        <translation>Whole of {year}: {people} people, {count} attendances by the commune&apos;s members completing training courses. The targets by topic count only courses with a topic.</translation>
    </message>
    <message>
        <source>% đã bồi dưỡng năm {year}</source>
        <translation>% trained in {year}</translation>
    </message>
    <message>
        <source>Tổng cộng</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cán bộ Hội chưa được bồi dưỡng năm {year}&lt;/b&gt; ({n} người)</source>
        <translation>&lt;b&gt;Union officers not trained in {year}&lt;/b&gt; ({n} people)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Tất cả cán bộ Hội đã được bồi dưỡng năm {year}.&lt;/b&gt;</source>
        <translation>&lt;b&gt;All Union officers were trained in {year}.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Cán bộ chưa được bồi dưỡng</source>
        <translation>Officers not trained</translation>
    </message>
    <message>
        <source>Xuất báo cáo ra Excel</source>
        <translation>Export the report to Excel</translation>
    </message>
    <message>
        <source>Bảng tính Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Đã lưu {path}</source>
        <translation>Saved {path}</translation>
    </message>
    <message>
        <source>Xuất Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <source>Không ghi được tệp {name}: {reason}. Tệp có thể đang mở trong Excel; hãy đóng nó hoặc chọn tên khác.</source>
        <translation>Could not write the file {name}: {reason}. The file may be open in Excel; close it or choose another name.</translation>
    </message>
</context>
<context>
    <name>RevokeDialog</name>
    <message>
        <source>Thu hồi giấy chứng nhận</source>
        <translation>Revoke certificate</translation>
    </message>
    <message>
        <source>Thu hồi giấy chứng nhận số &lt;b&gt;{number}&lt;/b&gt; của &lt;b&gt;{name}&lt;/b&gt;. Giấy vẫn được giữ trong sổ; khi kiểm tra mã sẽ báo “đã thu hồi”.</source>
        <translation>Revoke certificate no. &lt;b&gt;{number}&lt;/b&gt; of &lt;b&gt;{name}&lt;/b&gt;. The certificate stays in the register; checking its code will say “revoked”.</translation>
    </message>
    <message>
        <source>Ví dụ: cấp nhầm người, sai họ tên…</source>
        <translation>E.g. issued to the wrong person, wrong name…</translation>
    </message>
    <message>
        <source>Ngày thu hồi</source>
        <translation>Date revoked</translation>
    </message>
    <message>
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Thu hồi</source>
        <translation>Revoke</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Hãy ghi lý do thu hồi.</source>
        <translation>Please give the reason for revoking.</translation>
    </message>
</context>
<context>
    <name>RollCallWindow</name>
    <message>
        <source>Điểm danh tại buổi sinh hoạt</source>
        <translation>Roll call at the meeting</translation>
    </message>
    <message>
        <source>Tìm tên… (gõ không dấu cũng được)</source>
        <translation>Find a name… (accents not needed)</translation>
    </message>
    <message>
        <source>Không có tên nào như vậy trong danh sách.</source>
        <translation>No such name in the list.</translation>
    </message>
    <message>
        <source>Chạm hoặc bấm vào một người để đổi: Vắng → Có mặt → Vắng có lý do. Phím: ↑↓ di chuyển · Dấu cách/Enter đổi · C có mặt · V vắng · P có lý do · gõ chữ đầu của tên để nhảy tới · Ctrl+Z hoàn tác</source>
        <translation>Tap or click a person to change: Absent → Present → Excused. Keys: ↑↓ move · Space/Enter change · C present · V absent · P excused · type a name&apos;s first letter to jump to it · Ctrl+Z undo</translation>
    </message>
    <message>
        <source>Hoàn tác</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Xong</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Có mặt {p}/{t}</source>
        <translation>Present {p}/{t}</translation>
    </message>
    <message>
        <source>Vắng có lý do {e} · Vắng {a}</source>
        <translation>Excused {e} · Absent {a}</translation>
    </message>
</context>
<context>
    <name>ServerConnectionDialog</name>
    <message>
        <source>Kết nối máy chủ</source>
        <translation>Connect to a server</translation>
    </message>
    <message>
        <source>Văn phòng có nhiều máy cùng dùng một sổ trên máy chủ PostgreSQL: nhập địa chỉ người quản trị máy chủ đưa, dạng postgresql://người_dùng@máy_chủ/tên_csdl. Mật khẩu không được lưu; Sổ Hội hỏi lại mỗi lần mở. Để trống địa chỉ để dùng tệp dữ liệu trên máy này.</source>
        <translation>An office where several PCs share one register on a PostgreSQL server: enter the address the server&apos;s administrator gave you, as postgresql://user@server/database. The password is not saved; Sổ Hội asks for it at each start. Leave the address empty to use the data file on this PC.</translation>
    </message>
    <message>
        <source>Địa chỉ:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <source>Mật khẩu:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>Địa chỉ máy chủ bắt đầu bằng postgresql:// (ví dụ postgresql://sohoi@may-chu/sohoi).</source>
        <translation>A server address starts with postgresql:// (for example postgresql://sohoi@server/sohoi).</translation>
    </message>
    <message>
        <source>Địa chỉ máy chủ không đúng dạng.</source>
        <translation>The server address is not well formed.</translation>
    </message>
</context>
<context>
    <name>ServerPage</name>
    <message>
        <source>Kết nối máy chủ</source>
        <translation>Connect to a server</translation>
    </message>
    <message>
        <source>Sổ đã được người quản trị tạo trên máy chủ (sohoi server init). Mỗi lần mở, Sổ Hội hỏi mật khẩu máy chủ rồi tài khoản đăng nhập của bạn.</source>
        <translation>The administrator has created the register on the server (sohoi server init). At each start, Sổ Hội asks for the server&apos;s password, then for your own login.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>&lt;h2&gt;Cài đặt&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Settings&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Sao lưu</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Sổ Hội tự sao lưu mỗi ngày và khi đóng chương trình nếu có thay đổi; mỗi bản đều được kiểm tra sau khi chép. Sổ giữ bản của 7 ngày, 4 tuần và 12 tháng gần nhất. Nên chép thêm một bản ra USB mỗi tháng và cất nơi khác máy tính.</source>
        <translation>Sổ Hội backs up every day, and on closing when something changed; each copy is checked after it is written. It keeps copies of the last 7 days, 4 weeks and 12 months. Also copy one to a USB stick every month and keep it away from the computer.</translation>
    </message>
    <message>
        <source>Sao lưu ngay</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <source>Chép và kiểm tra một bản vào thư mục sao lưu</source>
        <translation>Write and check a copy in the backup folder</translation>
    </message>
    <message>
        <source>Sao lưu ra USB…</source>
        <translation>Back up to USB…</translation>
    </message>
    <message>
        <source>Kiểm tra</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Đọc lại bản được chọn xem có dùng được không</source>
        <translation>Read the chosen copy back to see whether it can be used</translation>
    </message>
    <message>
        <source>Khôi phục…</source>
        <translation>Restore…</translation>
    </message>
    <message>
        <source>Khôi phục từ USB…</source>
        <translation>Restore from USB…</translation>
    </message>
    <message>
        <source>Khôi phục từ một bản sao lưu trên USB (tệp .sohoi cần cụm mật khẩu sao lưu)</source>
        <translation>Restore from a backup on a USB stick (.sohoi files need the backup passphrase)</translation>
    </message>
    <message>
        <source>Cụm mật khẩu sao lưu…</source>
        <translation>Backup passphrase…</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Đơn vị:</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <source>Mã đơn vị:</source>
        <translation>Unit code:</translation>
    </message>
    <message>
        <source>Chế độ:</source>
        <translation>Mode:</translation>
    </message>
    <message>
        <source>Cấp trên (nhận dữ liệu của các xã)</source>
        <translation>Upper level (receives the communes&apos; data)</translation>
    </message>
    <message>
        <source>Cơ sở (xã, phường, đặc khu)</source>
        <translation>Grassroots (commune, ward, special zone)</translation>
    </message>
    <message>
        <source>Cấp trên:</source>
        <translation>Upper level:</translation>
    </message>
    <message>
        <source>(không có)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Thiết lập lại đơn vị…</source>
        <translation>Set up the unit again…</translation>
    </message>
    <message>
        <source>Chỉ khi sổ còn trống (chưa có hội viên, chưa gửi nhận gói): chọn lại đơn vị</source>
        <translation>Only while the register is empty (no members, no packages sent or received): choose the unit again</translation>
    </message>
    <message>
        <source>Kết nối máy chủ…</source>
        <translation>Connect to a server…</translation>
    </message>
    <message>
        <source>Máy này mở sổ dùng chung trên máy chủ của văn phòng (áp dụng từ lần mở sau)</source>
        <translation>This PC opens the office&apos;s shared register on its server (from the next start)</translation>
    </message>
    <message>
        <source>Ngôn ngữ có hiệu lực từ lần mở Sổ Hội sau.</source>
        <translation>The language takes effect the next time Sổ Hội starts.</translation>
    </message>
    <message>
        <source>Ngôn ngữ:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <source>Nhật ký thay đổi</source>
        <translation>Change log</translation>
    </message>
    <message>
        <source>Sổ ghi lại mọi thay đổi: ai sửa, lúc nào, bản ghi nào, trước và sau khi sửa.</source>
        <translation>The register records every change: who changed what record, when, and before and after.</translation>
    </message>
    <message>
        <source>Lịch sử thay đổi…</source>
        <translation>Change history…</translation>
    </message>
    <message>
        <source>Ngôn ngữ</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Đã lưu. Hãy đóng và mở lại Sổ Hội để dùng ngôn ngữ mới.</source>
        <translation>Saved. Close and start Sổ Hội again to use the new language.</translation>
    </message>
    <message>
        <source>Sổ nằm trên máy chủ cơ sở dữ liệu: người quản trị máy chủ sao lưu bằng pg_dump và khôi phục bằng pg_restore. Nút « Sao lưu ngay » chạy pg_dump vào thư mục {folder}.</source>
        <translation>The register is on a database server: the server&apos;s administrator backs it up with pg_dump and restores it with pg_restore. « Back up now » runs pg_dump into the folder {folder}.</translation>
    </message>
    <message>
        <source>Máy chủ: {url}</source>
        <translation>Server: {url}</translation>
    </message>
    <message>
        <source>Bản gần nhất: {when}. Thư mục sao lưu: {folder}</source>
        <translation>Latest copy: {when}. Backup folder: {folder}</translation>
    </message>
    <message>
        <source>Chưa có bản sao lưu nào. Thư mục sao lưu: {folder}</source>
        <translation>No backup yet. Backup folder: {folder}</translation>
    </message>
    <message>
        <source>Tệp dữ liệu: {path} ({size})</source>
        <translation>Data file: {path} ({size})</translation>
    </message>
    <message>
        <source>Đang sao lưu…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <source>Đang sao lưu máy chủ bằng pg_dump…</source>
        <translation>Backing up the server with pg_dump…</translation>
    </message>
    <message>
        <source>Đã sao lưu máy chủ và kiểm tra: {path} ({size}).</source>
        <translation>Server backed up and checked: {path} ({size}).</translation>
    </message>
    <message>
        <source>Đã sao lưu và kiểm tra: {name} ({size}).</source>
        <translation>Backed up and checked: {name} ({size}).</translation>
    </message>
    <message>
        <source>Chọn thư mục trên USB để chép bản sao lưu</source>
        <translation>Choose the folder on the USB stick for the backup</translation>
    </message>
    <message>
        <source>Cụm mật khẩu sao lưu đã được đặt và không đổi được (các bản sao lưu cũ vẫn cần nó). {warning}</source>
        <translation>The backup passphrase is set and cannot be changed (the old backups still need it). {warning}</translation>
    </message>
    <message>
        <source>Đang lưu cụm mật khẩu sao lưu…</source>
        <translation>Saving the backup passphrase…</translation>
    </message>
    <message>
        <source>Đã đặt cụm mật khẩu sao lưu.</source>
        <translation>Backup passphrase set.</translation>
    </message>
    <message>
        <source>Đã ghi phiếu ghi nhớ {path}. Hãy in ra, viết tay cụm mật khẩu vào ô trống và cất ở nơi an toàn.</source>
        <translation>Reminder sheet written: {path}. Print it, write the passphrase by hand in the empty box and keep it somewhere safe.</translation>
    </message>
    <message>
        <source>Bản sao lưu ra USB luôn được mã hóa để bảo vệ thông tin của hội viên. Trước hết hãy đặt cụm mật khẩu sao lưu; sau đó bấm « Sao lưu ra USB… » lần nữa.</source>
        <translation>Backups to USB are always encrypted to protect the members&apos; details. First set the backup passphrase; then click « Back up to USB… » again.</translation>
    </message>
    <message>
        <source>Nhập cụm mật khẩu sao lưu để mã hóa bản sao lưu ra USB:</source>
        <translation>Enter the backup passphrase to encrypt the backup to USB:</translation>
    </message>
    <message>
        <source>Đang chép ra {folder}…</source>
        <translation>Copying to {folder}…</translation>
    </message>
    <message>
        <source>Từ lần mở sau, Sổ Hội mở sổ trên máy chủ {url} (hỏi mật khẩu khi mở).</source>
        <translation>From the next start, Sổ Hội opens the register on the server {url} (asking for the password).</translation>
    </message>
    <message>
        <source>Từ lần mở sau, Sổ Hội mở tệp dữ liệu trên máy này.</source>
        <translation>From the next start, Sổ Hội opens the data file on this PC.</translation>
    </message>
    <message>
        <source>Sổ đang thiết lập cho {unit} và còn trống. Thiết lập lại?

• Tệp hiện tại được giữ lại thành một bản sao lưu.
• Sổ Hội sẽ đóng lại; lần mở sau sẽ hỏi lại đơn vị.</source>
        <translation>The register is set up for {unit} and still empty. Set it up again?

• The current file is kept as a backup.
• Sổ Hội will close; the next start asks for the unit again.</translation>
    </message>
    <message>
        <source>Thiết lập lại đơn vị</source>
        <translation>Set up the unit again</translation>
    </message>
    <message>
        <source>Thiết lập lại</source>
        <translation>Set up again</translation>
    </message>
    <message>
        <source>Đang thiết lập lại…</source>
        <translation>Setting up again…</translation>
    </message>
    <message>
        <source>Sổ Hội sẽ đóng lại; hãy mở lại để chọn đơn vị.</source>
        <translation>Sổ Hội will close; start it again to choose the unit.</translation>
    </message>
    <message>
        <source>Bản sao lưu này được mã hóa. Nhập cụm mật khẩu sao lưu:</source>
        <translation>This backup is encrypted. Enter the backup passphrase:</translation>
    </message>
    <message>
        <source>Đã chép bản sao lưu ra {path} ({size}) và đã kiểm tra. Có thể rút USB.</source>
        <translation>Backup copied to {path} ({size}) and checked. You can remove the USB stick.</translation>
    </message>
    <message>
        <source>Đang kiểm tra {name}…</source>
        <translation>Checking {name}…</translation>
    </message>
    <message>
        <source>Khôi phục dữ liệu về bản sao lưu lúc {when} ({kind}, {members} hội viên)?

• Trước khi khôi phục, dữ liệu hiện tại được lưu thành một bản &quot;Trước khi khôi phục&quot;, nên vẫn quay lại được.
• Mọi thay đổi sau thời điểm {when} sẽ không còn trong sổ.
• Sổ Hội sẽ đóng tệp dữ liệu, khôi phục, rồi cần được mở lại.</source>
        <translation>Restore the data to the backup of {when} ({kind}, {members} members)?

• Before restoring, the current data is saved as a &quot;Before a restore&quot; copy, so you can still go back.
• Every change after {when} will no longer be in the register.
• Sổ Hội will close the data file, restore, and then need to be started again.</translation>
    </message>
    <message>
        <source>Khôi phục dữ liệu</source>
        <translation>Restore data</translation>
    </message>
    <message>
        <source>Khôi phục</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Đang khôi phục…</source>
        <translation>Restoring…</translation>
    </message>
    <message>
        <source>Đã khôi phục từ {name}.</source>
        <translation>Restored from {name}.</translation>
    </message>
    <message>
        <source>Đã khôi phục dữ liệu từ {name}. Sổ Hội sẽ đóng lại; hãy mở lại để làm việc tiếp với dữ liệu đã khôi phục.</source>
        <translation>Data restored from {name}. Sổ Hội will close; start it again to continue working with the restored data.</translation>
    </message>
    <message>
        <source>Có lỗi không mong đợi ({kind}); dữ liệu không bị thay đổi.</source>
        <translation>Unexpected error ({kind}); the data was not changed.</translation>
    </message>
    <message>
        <source>Cụm mật khẩu sao lưu</source>
        <translation>Backup passphrase</translation>
    </message>
    <message>
        <source>Lưu phiếu ghi nhớ cụm mật khẩu</source>
        <translation>Save the passphrase reminder sheet</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Chọn bản sao lưu</source>
        <translation>Choose a backup</translation>
    </message>
    <message>
        <source>Bản sao lưu Sổ Hội (*.sohoi *.sqlite)</source>
        <translation>Sổ Hội backups (*.sohoi *.sqlite)</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Thiết lập Sổ Hội</source>
        <translation>Set up Sổ Hội</translation>
    </message>
    <message>
        <source>Tiếp &gt;</source>
        <translation>Next &gt;</translation>
    </message>
    <message>
        <source>&lt; Quay lại</source>
        <translation>&lt; Back</translation>
    </message>
    <message>
        <source>Hoàn tất</source>
        <translation>Finish</translation>
    </message>
    <message>
        <source>Để sau</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu trên máy chủ chưa có sổ. Người quản trị máy chủ hãy tạo sổ bằng lệnh sohoi server init (hoặc chuyển sổ đang có bằng sohoi server migrate).</source>
        <translation>The database on the server holds no register yet. The server&apos;s administrator creates it with sohoi server init (or moves the existing one with sohoi server migrate).</translation>
    </message>
</context>
<context>
    <name>SplitDialog</name>
    <message>
        <source>Chia tách xã</source>
        <translation>Split commune</translation>
    </message>
    <message>
        <source>&amp;Chia tách</source>
        <translation>&amp;Split</translation>
    </message>
    <message>
        <source>Chọn xã, các chi hội (hoặc gõ tên thôn) được tách, mã xã mới và ngày rồi bấm «Xem trước». Chưa có gì thay đổi cho đến khi bấm «Chia tách».</source>
        <translation>Choose the commune, the branches (or type a village name) to split off, the new commune code and the date, then click «Preview». Nothing changes until you click «Split».</translation>
    </message>
    <message>
        <source>Tách từ xã:</source>
        <translation>Split from commune:</translation>
    </message>
    <message>
        <source>hoặc tên thôn (ấp, tổ dân phố), không cần dấu</source>
        <translation>or a village (hamlet, residential group) name, accents not needed</translation>
    </message>
</context>
<context>
    <name>StandardRuleDialog</name>
    <message>
        <source>Sửa tiêu chuẩn</source>
        <translation>Edit standard</translation>
    </message>
    <message>
        <source>Thêm tiêu chuẩn</source>
        <translation>Add standard</translation>
    </message>
    <message>
        <source>để trống: tự ghi theo trình độ đã chọn</source>
        <translation>leave empty: written from the chosen qualification</translation>
    </message>
    <message>
        <source>Chức danh</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Loại trình độ</source>
        <translation>Kind of qualification</translation>
    </message>
    <message>
        <source>Tối thiểu</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <source>Mô tả</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>{level} trở lên</source>
        <translation>{level} or higher</translation>
    </message>
    <message>
        <source>bậc {rank} trở lên</source>
        <translation>level {rank} or higher</translation>
    </message>
    <message>
        <source>tiêu chuẩn của {title}</source>
        <translation>the standard for {title}</translation>
    </message>
</context>
<context>
    <name>StandardsDialog</name>
    <message>
        <source>Tiêu chuẩn chức danh</source>
        <translation>Title standards</translation>
    </message>
    <message>
        <source>Mỗi dòng là một yêu cầu về trình độ của một chức danh. Cán bộ đạt chuẩn khi có đủ mọi yêu cầu của các chức danh đang giữ. Tiêu chuẩn do cấp trên ban hành; sửa ở đây khi có hướng dẫn mới.</source>
        <translation>Each row is one qualification requirement of a title. An officer meets the standard when she has every requirement of the titles she holds. The standards are issued by the upper level; edit them here when new guidance comes.</translation>
    </message>
    <message>
        <source>Chức danh</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Loại trình độ</source>
        <translation>Kind of qualification</translation>
    </message>
    <message>
        <source>Tối thiểu</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <source>Mô tả</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>&amp;Thêm…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>&amp;Sửa…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Xóa</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Xóa tiêu chuẩn</source>
        <translation>Delete standard</translation>
    </message>
    <message>
        <source>Xóa yêu cầu “{description}” của chức danh {title}?</source>
        <translation>Delete the requirement “{description}” of the title {title}?</translation>
    </message>
    <message>
        <source>Xóa</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Chưa xóa được tiêu chuẩn.</source>
        <translation>The standard was not deleted.</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <source>Đổi tình trạng sinh hoạt</source>
        <translation>Change membership status</translation>
    </message>
    <message>
        <source>Không tìm thấy hội viên này; có thể đã bị xóa.</source>
        <translation>This member was not found; they may have been deleted.</translation>
    </message>
    <message>
        <source>{name} — hiện nay: {status} (từ {date})</source>
        <translation>{name} — now: {status} (since {date})</translation>
    </message>
    <message>
        <source>{name} — hiện nay: {status}</source>
        <translation>{name} — now: {status}</translation>
    </message>
    <message>
        <source>ví dụ: Xã Tiên Hưng, tỉnh Hưng Yên</source>
        <translation>e.g. Xã Tiên Hưng, tỉnh Hưng Yên</translation>
    </message>
    <message>
        <source>mã 5 số</source>
        <translation>5-digit code</translation>
    </message>
    <message>
        <source>Nếu chuyển đến một xã, phường khác: gõ mã của xã (xem mục Danh mục). Hồ sơ, quá trình bồi dưỡng và giấy chứng nhận của hội viên sẽ theo gói dữ liệu gửi cấp trên để xã nhận tiếp nhận.</source>
        <translation>When moving to another commune or ward: type the commune&apos;s code (see the Catalogue section). The member&apos;s record, training history and certificates go with the data package sent to the upper level, for the receiving commune to accept.</translation>
    </message>
    <message>
        <source>Tình trạng mới:</source>
        <translation>New status:</translation>
    </message>
    <message>
        <source>Ngày thay đổi:</source>
        <translation>Date of change:</translation>
    </message>
    <message>
        <source>Lý do:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>Nơi chuyển đến &lt;b style=&apos;color:#b3261e&apos;&gt;*&lt;/b&gt;:</source>
        <translation>Moving to &lt;b style=&apos;color:#b3261e&apos;&gt;*&lt;/b&gt;:</translation>
    </message>
    <message>
        <source>Mã xã nhận (gửi hồ sơ qua cấp trên):</source>
        <translation>Receiving commune&apos;s code (records sent via the upper level):</translation>
    </message>
    <message>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Hội viên đang ở tình trạng này; hãy chọn tình trạng khác.</source>
        <translation>The member already has this status; choose another one.</translation>
    </message>
    <message>
        <source>ví dụ: chuyển về sinh hoạt lại tại xã</source>
        <translation>e.g. moved back to take part in the commune again</translation>
    </message>
    <message>
        <source>ví dụ: chuyển nơi cư trú</source>
        <translation>e.g. change of residence</translation>
    </message>
    <message>
        <source>ví dụ: xin ra khỏi Hội</source>
        <translation>e.g. asked to leave the Union</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Kiểm tra lại trước khi thiết lập</source>
        <translation>Check before setting up</translation>
    </message>
    <message>
        <source>Máy tính này sẽ được thiết lập cho đơn vị dưới đây. Nếu chưa đúng, bấm « Quay lại » để sửa.</source>
        <translation>This computer will be set up for the unit below. If this is not right, click « Back » to correct it.</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Gói Sổ Hội (*.sohoi)</source>
        <translation>Sổ Hội packages (*.sohoi)</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Đồng bộ&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Sync&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Máy này</source>
        <translation>This computer</translation>
    </message>
    <message>
        <source>Xã gửi dữ liệu lên cấp trên bằng một tệp (.sohoi) mang trên USB, và nhận từ cấp trên danh mục chuyên đề, chỉ tiêu, tiêu chuẩn và kết quả các lớp tập huấn. Mỗi tệp được ký và mã hóa: chỉ cấp trên của xã đọc được.</source>
        <translation>The commune sends its data to the upper level in a file (.sohoi) carried on a USB stick, and receives from the upper level the list of topics, the targets, the standards and the results of training courses. Each file is signed and encrypted: only the commune&apos;s upper level can read it.</translation>
    </message>
    <message>
        <source>Khi cấp trên nhập gói đầu tiên của xã, họ sẽ gọi điện để so mã nhận diện: hãy đọc cho họ mã trên, từng nhóm bốn ký tự.</source>
        <translation>When the upper level imports the commune&apos;s first package, they will phone to compare the identity code: read them the code above, four characters at a time.</translation>
    </message>
    <message>
        <source>Gói đã gửi gần nhất:</source>
        <translation>Last package sent:</translation>
    </message>
    <message>
        <source>Gói đã nhận gần nhất:</source>
        <translation>Last package received:</translation>
    </message>
    <message>
        <source>Cấp trên</source>
        <translation>Upper level</translation>
    </message>
    <message>
        <source>Gửi dữ liệu lên cấp trên…</source>
        <translation>Send data to the upper level…</translation>
    </message>
    <message>
        <source>Nhập gói từ cấp trên…</source>
        <translation>Import a package from the upper level…</translation>
    </message>
    <message>
        <source>Nhập tệp đăng ký…</source>
        <translation>Import registration file…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cách gửi:&lt;/b&gt; cắm USB → bấm «Gửi dữ liệu lên cấp trên…» → chọn USB → chờ báo «Có thể rút USB» → mang USB lên cấp trên. Mỗi lần gửi là toàn bộ dữ liệu của xã: lỡ một lần thì lần sau vẫn đủ.</source>
        <translation>&lt;b&gt;How to send:&lt;/b&gt; plug in the USB stick → click «Send data to the upper level…» → choose the stick → wait for «You can remove the USB stick» → take the stick to the upper level. Each sending holds all the commune&apos;s data: if one is missed, the next one is still complete.</translation>
    </message>
    <message>
        <source>Máy riêng của chi hội</source>
        <translation>A branch&apos;s own computer</translation>
    </message>
    <message>
        <source>Chi hội có máy tính riêng đồng bộ với xã bằng tệp, như xã với cấp trên: xã ghi tệp đăng ký cho chi hội, chi hội nhập tệp vào máy mới rồi gửi gói đầu tiên lên xã; sau đó xã gửi xuống danh sách hội viên của chi hội. Gói của chi hội (lấy theo tên tệp) được nhập bằng nút «Nhập gói…» ở trên.</source>
        <translation>A branch with its own computer syncs with the commune by file, as the commune does with the upper level: the commune writes a registration file for the branch, the branch imports it on its new computer and sends its first package up to the commune; the commune then sends down the branch&apos;s list of members. A branch&apos;s package (known by its file name) is imported with the button «Import package…» above.</translation>
    </message>
    <message>
        <source>Ghi tệp đăng ký cho chi hội…</source>
        <translation>Write a registration file for a branch…</translation>
    </message>
    <message>
        <source>Gửi gói xuống chi hội…</source>
        <translation>Send a package down to a branch…</translation>
    </message>
    <message>
        <source>Chi hội:</source>
        <translation>Branch:</translation>
    </message>
    <message>
        <source>Chưa nhận gói nào từ máy của chi hội này (chưa đăng ký, hoặc chưa gửi gói đầu tiên).</source>
        <translation>No package received from this branch&apos;s computer yet (not registered, or its first package not sent yet).</translation>
    </message>
    <message>
        <source>Đã nhận đến gói lần {received}, đã gửi đến gói lần {sent}. Mã nhận diện của máy chi hội: {fingerprint}</source>
        <translation>Received up to package no. {received}, sent up to package no. {sent}. Identity code of the branch&apos;s computer: {fingerprint}</translation>
    </message>
    <message>
        <source>Ghi tệp đăng ký cho chi hội</source>
        <translation>Write a registration file for a branch</translation>
    </message>
    <message>
        <source>Gửi gói xuống chi hội</source>
        <translation>Send a package down to a branch</translation>
    </message>
    <message>
        <source>Các xã gửi gói dữ liệu (.sohoi) lên bằng USB; cấp trên nhập các gói, rồi gửi xuống từng xã danh mục, chỉ tiêu, tiêu chuẩn và kết quả các lớp do cấp trên tổ chức. Một xã phải được đăng ký trước khi gửi gói đầu tiên.</source>
        <translation>The communes send their data packages (.sohoi) up on USB sticks; the upper level imports them, then sends each commune the catalogue, targets, standards and the results of the courses it runs. A commune must be registered before it sends its first package.</translation>
    </message>
    <message>
        <source>Khi xã nhập tệp đăng ký, màn hình của xã hiện mã này: hãy đọc cho xã để so khớp.</source>
        <translation>When the commune imports the registration file, its screen shows this code: read it to them so they can compare.</translation>
    </message>
    <message>
        <source>Đăng ký xã…</source>
        <translation>Register a commune…</translation>
    </message>
    <message>
        <source>Nhập gói của xã…</source>
        <translation>Import a commune package…</translation>
    </message>
    <message>
        <source>Nhập cả thư mục…</source>
        <translation>Import a whole folder…</translation>
    </message>
    <message>
        <source>Nhập mọi gói (.sohoi) trong một thư mục hoặc USB, sau một bảng tóm tắt chung.</source>
        <translation>Import every package (.sohoi) in a folder or on a USB stick, after one summary table.</translation>
    </message>
    <message>
        <source>Gửi xuống xã đã chọn…</source>
        <translation>Send down to the chosen commune…</translation>
    </message>
    <message>
        <source>Gửi xuống tất cả các xã…</source>
        <translation>Send down to all communes…</translation>
    </message>
    <message>
        <source>Đổi khóa của xã…</source>
        <translation>Change a commune&apos;s key…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Các xã đã đăng ký&lt;/b&gt;</source>
        <translation>&lt;b&gt;Registered communes&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; (mã {code}) — mã nhận diện của máy này:</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; (code {code}) — identity code of this computer:</translation>
    </message>
    <message>
        <source>cấp trên</source>
        <translation>upper level</translation>
    </message>
    <message>
        <source>Chưa đăng ký: hãy nhập tệp đăng ký do cấp trên gửi (nút «Nhập tệp đăng ký…»).</source>
        <translation>Not registered: import the registration file sent by the upper level (button «Import registration file…»).</translation>
    </message>
    <message>
        <source>chưa gửi</source>
        <translation>not sent</translation>
    </message>
    <message>
        <source>chưa nhận</source>
        <translation>not received</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; (mã {code}) — mã nhận diện:</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; (code {code}) — identity code:</translation>
    </message>
    <message>
        <source>Cấp trên chưa xác nhận đã nhận gói nào của xã; xác nhận đến cùng với gói cấp trên gửi xuống.</source>
        <translation>The upper level has not yet confirmed receiving any of the commune&apos;s packages; confirmation comes with the package the upper level sends down.</translation>
    </message>
    <message>
        <source>Cấp trên đã nhận đến gói lần {n}.</source>
        <translation>The upper level has received up to package no. {n}.</translation>
    </message>
    <message>
        <source>Gói lần {sent} chưa được xác nhận: cấp trên chưa nhập, hoặc chưa gửi gói xuống từ khi nhập.</source>
        <translation>Package no. {sent} is not confirmed yet: the upper level has not imported it, or has not sent a package down since.</translation>
    </message>
    <message>
        <source>Chưa đăng ký xã nào: bấm «Đăng ký xã…» để bắt đầu.</source>
        <translation>No commune registered yet: click «Register a commune…» to begin.</translation>
    </message>
    <message>
        <source>{n} xã đã đăng ký · {never} xã chưa gửi gói nào · &lt;b&gt;{late} xã chưa gửi gói từ đầu quý {q}/{y}&lt;/b&gt;</source>
        <translation>{n} communes registered · {never} have sent no package · &lt;b&gt;{late} have sent no package since the start of quarter {q}/{y}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Chưa nhận gói nào từ xã này nên chưa có khóa để mã hóa gói gửi xuống.</source>
        <translation>No package has been received from this commune yet, so there is no key to encrypt a package sent down.</translation>
    </message>
    <message>
        <source>Xã chưa đăng ký với cấp trên: hãy nhập tệp đăng ký trước.</source>
        <translation>The commune is not registered with the upper level: import the registration file first.</translation>
    </message>
    <message>
        <source>Đã xảy ra lỗi không mong muốn. Dữ liệu đã lưu không bị ảnh hưởng.</source>
        <translation>An unexpected error occurred. The saved data is not affected.</translation>
    </message>
    <message>
        <source>Chọn gói dữ liệu (.sohoi)</source>
        <translation>Choose a data package (.sohoi)</translation>
    </message>
    <message>
        <source>Gửi dữ liệu lên cấp trên</source>
        <translation>Send data to the upper level</translation>
    </message>
    <message>
        <source>Ghi gói dữ liệu của xã gửi &lt;b&gt;{upper}&lt;/b&gt;.</source>
        <translation>Write the commune&apos;s data package for &lt;b&gt;{upper}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Gửi xuống xã</source>
        <translation>Send down to the commune</translation>
    </message>
    <message>
        <source>Ghi gói dữ liệu gửi &lt;b&gt;{name}&lt;/b&gt;.</source>
        <translation>Write a data package for &lt;b&gt;{name}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>chưa gửi gói nào lên nên chưa có khóa để mã hóa gói gửi xuống.</source>
        <translation>has sent no package up yet, so there is no key to encrypt a package sent down.</translation>
    </message>
    <message>
        <source>Chưa có xã nào gửi gói lên, nên chưa gửi xuống được xã nào.</source>
        <translation>No commune has sent a package up yet, so none can be sent anything.</translation>
    </message>
    <message>
        <source>Gửi xuống tất cả các xã</source>
        <translation>Send down to all communes</translation>
    </message>
    <message>
        <source>Ghi {n} gói dữ liệu, mỗi xã một tệp.</source>
        <translation>Write {n} data packages, one file per commune.</translation>
    </message>
    <message>
        <source>Đang ghi gói dữ liệu…</source>
        <translation>Writing the data package…</translation>
    </message>
    <message>
        <source>Đã ghi gói lần &lt;b&gt;{n}&lt;/b&gt; gửi &lt;b&gt;{name}&lt;/b&gt;:</source>
        <translation>Package no. &lt;b&gt;{n}&lt;/b&gt; for &lt;b&gt;{name}&lt;/b&gt; written:</translation>
    </message>
    <message>
        <source>Dung lượng: {size}.</source>
        <translation>Size: {size}.</translation>
    </message>
    <message>
        <source>Tệp đã được đọc lại và kiểm tra, không lỗi.</source>
        <translation>The file was read back and checked, without errors.</translation>
    </message>
    <message>
        <source>Có thể rút USB.</source>
        <translation>You can remove the USB stick.</translation>
    </message>
    <message>
        <source>Đã ghi gói dữ liệu</source>
        <translation>Data package written</translation>
    </message>
    <message>
        <source>Chọn thư mục chứa các gói của xã</source>
        <translation>Choose the folder holding the communes&apos; packages</translation>
    </message>
    <message>
        <source>Ghi tệp đăng ký</source>
        <translation>Write registration file</translation>
    </message>
    <message>
        <source>Ghi tệp đăng ký cho &lt;b&gt;{name}&lt;/b&gt;.</source>
        <translation>Write the registration file for &lt;b&gt;{name}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Đã ghi tệp đăng ký cho &lt;b&gt;{name}&lt;/b&gt;:</source>
        <translation>Registration file for &lt;b&gt;{name}&lt;/b&gt; written:</translation>
    </message>
    <message>
        <source>Tệp đã được đọc lại và kiểm tra.</source>
        <translation>The file was read back and checked.</translation>
    </message>
    <message>
        <source>Mang tệp này đến chi hội. Khi chi hội nhập tệp vào máy mới, hãy đọc mã nhận diện của xã để chi hội so với màn hình của mình:</source>
        <translation>Take this file to the branch. When the branch imports it on the new computer, read them the commune&apos;s identity code so they can compare it with their screen:</translation>
    </message>
    <message>
        <source>Mang tệp này đến xã. Khi xã nhập tệp, hãy đọc cho xã mã nhận diện của cấp trên để xã so với màn hình của mình:</source>
        <translation>Take this file to the commune. When the commune imports it, read them the upper level&apos;s identity code so they can compare it with their screen:</translation>
    </message>
    <message>
        <source>Đã đăng ký chi hội</source>
        <translation>Branch registered</translation>
    </message>
    <message>
        <source>Đã đăng ký xã</source>
        <translation>Commune registered</translation>
    </message>
    <message>
        <source>Đang ghi tệp đăng ký…</source>
        <translation>Writing the registration file…</translation>
    </message>
    <message>
        <source>Chọn tệp đăng ký (.sohoi)</source>
        <translation>Choose the registration file (.sohoi)</translation>
    </message>
    <message>
        <source>Đang đọc tệp đăng ký…</source>
        <translation>Reading the registration file…</translation>
    </message>
    <message>
        <source>Đã đăng ký</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Xã đã đăng ký với &lt;b&gt;{upper}&lt;/b&gt;. Từ nay xã gửi được dữ liệu lên và chỉ nhận gói do cấp trên này gửi.</source>
        <translation>The commune is registered with &lt;b&gt;{upper}&lt;/b&gt;. From now on it can send its data up and accepts only packages sent by this upper level.</translation>
    </message>
    <message>
        <source>Đang nhập tệp đăng ký…</source>
        <translation>Importing the registration file…</translation>
    </message>
    <message>
        <source>Khóa của cấp trên đã thay đổi</source>
        <translation>The upper level&apos;s key has changed</translation>
    </message>
    <message>
        <source>Thay khóa của cấp trên</source>
        <translation>Replace the upper level&apos;s key</translation>
    </message>
    <message>
        <source>&lt;b&gt;Chỉ thay khóa khi bạn đã gọi điện cho {upper}&lt;/b&gt; và họ xác nhận máy của họ vừa được cài lại, và mã nhận diện họ đọc trùng với mã trong tệp.&lt;br&gt;&lt;br&gt;Nếu chưa gọi, hãy chọn «Không»: tệp có thể không do cấp trên tạo.&lt;br&gt;&lt;br&gt;Bạn đã gọi điện và cấp trên đã xác nhận?</source>
        <translation>&lt;b&gt;Replace the key only after you have phoned {upper}&lt;/b&gt; and they confirmed that their computer was just reinstalled, and the identity code they read matches the one in the file.&lt;br&gt;&lt;br&gt;If you have not phoned, choose «No»: the file may not come from the upper level.&lt;br&gt;&lt;br&gt;Have you phoned and has the upper level confirmed?</translation>
    </message>
    <message>
        <source>Đã gọi điện, thay khóa</source>
        <translation>Phoned, replace the key</translation>
    </message>
    <message>
        <source>Đổi khóa của &lt;b&gt;{name}&lt;/b&gt;?&lt;br&gt;&lt;br&gt;Chỉ làm việc này khi xã báo máy tính của xã đã được cài lại (gói mới của xã bị từ chối vì khóa đã thay đổi). Gói tiếp theo của xã sẽ phải so mã nhận diện qua điện thoại như gói đầu tiên, và được đánh số lại từ lần 1.</source>
        <translation>Change the key of &lt;b&gt;{name}&lt;/b&gt;?&lt;br&gt;&lt;br&gt;Do this only when the commune says its computer was reinstalled (its new packages are refused because the key changed). The commune&apos;s next package must have its identity code compared by phone like the first one, and is numbered again from no. 1.</translation>
    </message>
    <message>
        <source>Đổi khóa của xã</source>
        <translation>Change a commune&apos;s key</translation>
    </message>
    <message>
        <source>Đổi khóa</source>
        <translation>Change key</translation>
    </message>
    <message>
        <source>Đã đổi khóa</source>
        <translation>Key changed</translation>
    </message>
    <message>
        <source>Đã xóa khóa cũ của &lt;b&gt;{name}&lt;/b&gt;. Khi nhập gói tiếp theo của xã, hãy gọi điện so mã nhận diện rồi đánh dấu ô xác nhận.</source>
        <translation>The old key of &lt;b&gt;{name}&lt;/b&gt; was deleted. When importing the commune&apos;s next package, phone to compare the identity code, then tick the confirmation box.</translation>
    </message>
    <message>
        <source>Đang đổi khóa…</source>
        <translation>Changing the key…</translation>
    </message>
</context>
<context>
    <name>TargetsDialog</name>
    <message>
        <source>Chỉ tiêu Đề án 1893 năm {year}</source>
        <translation>Scheme 1893 targets for {year}</translation>
    </message>
    <message>
        <source>Chỉ tiêu do cấp trên ban hành. Khi xã sửa, xã có bản chỉ tiêu riêng cho năm đó (chỉ dùng trong báo cáo của xã); chỉ tiêu của cấp trên vẫn giữ nguyên.</source>
        <translation>The targets are issued by the upper level. When the commune edits them, it has its own targets for that year (used only in the commune&apos;s reports); the upper level&apos;s targets stay as they are.</translation>
    </message>
    <message>
        <source>Chỉ tiêu sửa ở đây được gửi xuống các xã trong gói đồng bộ tiếp theo.</source>
        <translation>Targets edited here are sent down to the communes in the next sync package.</translation>
    </message>
    <message>
        <source>Năm</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Đối tượng</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Chỉ tiêu</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Tỷ lệ (%)</source>
        <translation>Rate (%)</translation>
    </message>
    <message>
        <source> (riêng của xã)</source>
        <translation> (the commune&apos;s own)</translation>
    </message>
    <message>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Dùng lại chỉ tiêu cấp trên</source>
        <translation>Use the upper level&apos;s targets again</translation>
    </message>
    <message>
        <source>chưa có</source>
        <translation>none yet</translation>
    </message>
    <message>
        <source>chỉ tiêu Đề án 1893 năm {year}</source>
        <translation>the Scheme 1893 targets for {year}</translation>
    </message>
</context>
<context>
    <name>TrainingsPage</name>
    <message>
        <source>Mọi tình trạng</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Tìm theo tên lớp…</source>
        <translation>Search by course name…</translation>
    </message>
    <message>
        <source>Lớp mới…</source>
        <translation>New course…</translation>
    </message>
    <message>
        <source>Sửa…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Hủy lớp</source>
        <translation>Cancel course</translation>
    </message>
    <message>
        <source>Thêm học viên…</source>
        <translation>Add trainees…</translation>
    </message>
    <message>
        <source>Thêm người ngoài…</source>
        <translation>Add an outsider…</translation>
    </message>
    <message>
        <source>Bỏ khỏi lớp</source>
        <translation>Remove from course</translation>
    </message>
    <message>
        <source>Tính hoàn thành theo số buổi</source>
        <translation>Mark completion by sessions attended</translation>
    </message>
    <message>
        <source>Đánh dấu hoàn thành những người có mặt từ 80 % số buổi trở lên</source>
        <translation>Mark as completed those present at 80 % of the sessions or more</translation>
    </message>
    <message>
        <source>In danh sách ký nhận…</source>
        <translation>Print sign-in sheet…</translation>
    </message>
    <message>
        <source>In danh sách điểm danh…</source>
        <translation>Print attendance list…</translation>
    </message>
    <message>
        <source>Năm</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Tình trạng</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Xã</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Thông tin</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Học viên</source>
        <translation>Trainees</translation>
    </message>
    <message>
        <source>Mọi năm</source>
        <translation>All years</translation>
    </message>
    <message>
        <source>Đang tải…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Chưa có lớp tập huấn nào phù hợp.</source>
        <translation>No matching training course.</translation>
    </message>
    <message>
        <source>{n} buổi</source>
        <translation>{n} sessions</translation>
    </message>
    <message>
        <source>Lớp này do {owner} tổ chức: ở đây chỉ xem được, không sửa được. Điểm danh và kết quả do nơi tổ chức ghi và gửi về qua gói đồng bộ.</source>
        <translation>This course is run by {owner}: it can only be viewed here, not changed. Attendance and results are recorded by the organiser and sent back in a sync package.</translation>
    </message>
    <message>
        <source>Nguồn</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Số tiền</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Tổng cộng</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>cấp</source>
        <translation>level</translation>
    </message>
    <message>
        <source>Chuyên đề</source>
        <translation>Topics</translation>
    </message>
    <message>
        <source>Kinh phí</source>
        <translation>Funding</translation>
    </message>
    <message>
        <source>&lt;i&gt;Chưa ghi kinh phí.&lt;/i&gt;</source>
        <translation>&lt;i&gt;No funding recorded.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Đơn vị tổ chức</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <source>Hình thức</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Địa điểm</source>
        <translation>Venue</translation>
    </message>
    <message>
        <source>Giảng viên, báo cáo viên</source>
        <translation>Trainers, speakers</translation>
    </message>
    <message>
        <source>Đối tượng</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>{p} người, {c} hoàn thành, {g} giấy chứng nhận</source>
        <translation>{p} people, {c} completed, {g} certificates</translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>{n} học viên · {d} hoàn thành</source>
        <translation>{n} trainees · {d} completed</translation>
    </message>
    <message>
        <source>Đã thêm lớp &quot;{title}&quot;.</source>
        <translation>Course &quot;{title}&quot; added.</translation>
    </message>
    <message>
        <source>Đã lưu lớp &quot;{title}&quot;.</source>
        <translation>Course &quot;{title}&quot; saved.</translation>
    </message>
    <message>
        <source>Hủy lớp &quot;{title}&quot;? Lớp vẫn được giữ trong danh sách với tình trạng &quot;Đã hủy&quot;.</source>
        <translation>Cancel the course &quot;{title}&quot;? The course stays in the list with the status &quot;Cancelled&quot;.</translation>
    </message>
    <message>
        <source>Bỏ {name} khỏi lớp?</source>
        <translation>Remove {name} from the course?</translation>
    </message>
    <message>
        <source> · vừa đánh dấu thêm {n} người</source>
        <translation> · {n} more people just marked</translation>
    </message>
    <message>
        <source>Danh sách ký nhận</source>
        <translation>Sign-in sheet</translation>
    </message>
    <message>
        <source>Danh sách điểm danh</source>
        <translation>Attendance list</translation>
    </message>
</context>
<context>
    <name>UnitPage</name>
    <message>
        <source>Chọn đơn vị</source>
        <translation>Choose the unit</translation>
    </message>
    <message>
        <source>— Chọn tỉnh, thành phố —</source>
        <translation>— Choose a province or city —</translation>
    </message>
    <message>
        <source>Gõ tên xã, phường (không cần dấu)</source>
        <translation>Type a commune or ward name (accents not needed)</translation>
    </message>
    <message>
        <source>Xã, phường, đặc khu:</source>
        <translation>Commune, ward, special zone:</translation>
    </message>
    <message>
        <source>Tỉnh, thành phố:</source>
        <translation>Province, city:</translation>
    </message>
    <message>
        <source>Chọn tỉnh, thành phố của Hội LHPN cấp trên.</source>
        <translation>Choose the province or city of the upper-level Women&apos;s Union.</translation>
    </message>
    <message>
        <source>Chọn tỉnh, thành phố rồi chọn xã, phường của Hội.</source>
        <translation>Choose the province or city, then the Union&apos;s commune or ward.</translation>
    </message>
</context>
<context>
    <name>UntrainedModel</name>
    <message>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Năm sinh</source>
        <translation>Year of birth</translation>
    </message>
    <message>
        <source>Đối tượng</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Chi hội</source>
        <translation>Branch</translation>
    </message>
</context>
<context>
    <name>UpperBranchesPage</name>
    <message>
        <source>Năm của số phụ nữ từ 18 tuổi và tỷ lệ tập hợp</source>
        <translation>Year of the count of women aged 18+ and of the gathering rate</translation>
    </message>
    <message>
        <source>Nă&amp;m:</source>
        <translation>&amp;Year:</translation>
    </message>
</context>
<context>
    <name>UpperListPage</name>
    <message>
        <source>Chi hội</source>
        <translation>Branch</translation>
    </message>
    <message>
        <source>Xã</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Hội viên</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Đang sinh hoạt (thường, đương nhiên)</source>
        <translation>Active (ordinary, ex-officio)</translation>
    </message>
    <message>
        <source>Phụ nữ từ 18 tuổi</source>
        <translation>Women aged 18+</translation>
    </message>
    <message>
        <source>Tỷ lệ tập hợp</source>
        <translation>Gathering rate</translation>
    </message>
    <message>
        <source>Sinh hoạt</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Nội dung</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Có mặt</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Tỷ lệ tham dự</source>
        <translation>Attendance rate</translation>
    </message>
    <message>
        <source>Cán bộ Hội</source>
        <translation>Union officers</translation>
    </message>
    <message>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Năm sinh</source>
        <translation>Year of birth</translation>
    </message>
    <message>
        <source>Chức danh</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Chuyên trách</source>
        <translation>Full-time</translation>
    </message>
    <message>
        <source>Đạt chuẩn</source>
        <translation>Meets standard</translation>
    </message>
    <message>
        <source>Bồi dưỡng trong năm</source>
        <translation>Trained this year</translation>
    </message>
    <message>
        <source>&amp;Xã:</source>
        <translation>&amp;Commune:</translation>
    </message>
    <message>
        <source>Đang đọc…</source>
        <translation>Reading…</translation>
    </message>
    <message>
        <source>Sổ Hội</source>
        <translation>Sổ Hội</translation>
    </message>
    <message>
        <source>Đã xảy ra lỗi không mong muốn khi đọc dữ liệu.</source>
        <translation>An unexpected error occurred while reading the data.</translation>
    </message>
</context>
<context>
    <name>UpperMeetingsPage</name>
    <message>
        <source>Quý {quarter}/{year}</source>
        <translation>Quarter {quarter}/{year}</translation>
    </message>
    <message>
        <source>&amp;Quý:</source>
        <translation>&amp;Quarter:</translation>
    </message>
</context>
<context>
    <name>VerificationBox</name>
    <message>
        <source>Kiểm tra giấy chứng nhận</source>
        <translation>Check a certificate</translation>
    </message>
    <message>
        <source>Nhập mã xác thực, hoặc dán nội dung mã QR, rồi nhấn Enter</source>
        <translation>Enter the verification code, or paste the QR code&apos;s content, then press Enter</translation>
    </message>
    <message>
        <source>Kiểm tra</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Mã gồm 10 ký tự in dưới mã QR, góc phải giấy chứng nhận. Không phân biệt chữ hoa, chữ thường, dấu cách hay gạch ngang. Có thể dán cả nội dung mã QR (đọc bằng điện thoại): giấy của xã khác cũng kiểm tra được khi đã biết khóa của đơn vị cấp.</source>
        <translation>The 10-character code printed under the QR code, at the right-hand corner of the certificate. Capitals, small letters, spaces and dashes make no difference. You may paste the whole QR content (read with a phone): another commune&apos;s certificate can be checked too once the issuing unit&apos;s key is known.</translation>
    </message>
    <message>
        <source>Chưa kiểm tra</source>
        <translation>Not checked yet</translation>
    </message>
    <message>
        <source>CÒN HIỆU LỰC</source>
        <translation>VALID</translation>
    </message>
    <message>
        <source>ĐÃ THU HỒI ngày {day} — {reason}</source>
        <translation>REVOKED on {day} — {reason}</translation>
    </message>
    <message>
        <source>ĐÃ THU HỒI ngày {day}</source>
        <translation>REVOKED on {day}</translation>
    </message>
    <message>
        <source>GIẢ MẠO</source>
        <translation>FORGED</translation>
    </message>
    <message>
        <source>Chữ ký trong mã QR không khớp với nội dung: giấy này đã bị sửa, hoặc không do đơn vị ghi trên giấy cấp.</source>
        <translation>The signature in the QR code does not match the content: this certificate was altered, or was not issued by the unit named on it.</translation>
    </message>
    <message>
        <source>CHƯA BIẾT ĐƠN VỊ CẤP</source>
        <translation>ISSUING UNIT UNKNOWN</translation>
    </message>
    <message>
        <source>Sổ này chưa có khóa của đơn vị cấp (mã {code}) nên chưa xác minh được. Hãy nhập gói dữ liệu mới của cấp trên, hoặc hỏi đơn vị đã cấp.</source>
        <translation>This register does not yet hold the key of the issuing unit (code {code}), so it cannot be verified. Import a new data package from the upper level, or ask the issuing unit.</translation>
    </message>
    <message>
        <source>KHÔNG TÌM THẤY</source>
        <translation>NOT FOUND</translation>
    </message>
    <message>
        <source>Không có giấy chứng nhận nào mang mã &lt;b&gt;{code}&lt;/b&gt; trong sổ này. Hãy kiểm tra lại từng ký tự, hoặc hỏi đơn vị đã cấp.</source>
        <translation>No certificate with the code &lt;b&gt;{code}&lt;/b&gt; is in this register. Check each character again, or ask the issuing unit.</translation>
    </message>
    <message>
        <source>Người được cấp</source>
        <translation>Holder</translation>
    </message>
    <message>
        <source>Năm sinh</source>
        <translation>Year of birth</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Lớp</source>
        <translation>Course</translation>
    </message>
    <message>
        <source>Thời gian</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Số</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Ngày cấp</source>
        <translation>Date of issue</translation>
    </message>
    <message>
        <source>Đơn vị cấp</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <source>Người ký</source>
        <translation>Signatory</translation>
    </message>
    <message>
        <source>Chữ ký của đơn vị cấp hợp lệ (kiểm tra không cần mạng).</source>
        <translation>The issuing unit&apos;s signature is valid (checked without a network).</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <source>Tệ&amp;p</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Sao lưu ngay</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <source>&amp;Khôi phục…</source>
        <translation>&amp;Restore…</translation>
    </message>
    <message>
        <source>&amp;In…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>&amp;Thoát</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Sử&amp;a</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Hoàn tác</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Làm lại</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Tìm</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <source>X&amp;em</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>T&amp;rợ giúp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Hướng dẫn trang này</source>
        <translation>&amp;Help on this page</translation>
    </message>
    <message>
        <source>&amp;Mục lục hướng dẫn</source>
        <translation>&amp;Contents of the guide</translation>
    </message>
    <message>
        <source>&amp;Giới thiệu Sổ Hội</source>
        <translation>&amp;About Sổ Hội</translation>
    </message>
    <message>
        <source>Giới thiệu Sổ Hội</source>
        <translation>About Sổ Hội</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Sổ Hội {version}&lt;/h3&gt;&lt;p&gt;Sổ theo dõi hội viên, cán bộ, sinh hoạt chi hội, tập huấn và chứng nhận của Hội Liên hiệp Phụ nữ cấp xã.&lt;/p&gt;&lt;p&gt;Chương trình chạy hoàn toàn trên máy này, không cần Internet; dữ liệu được sao lưu tự động mỗi ngày.&lt;/p&gt;&lt;p&gt;Nhấn F1 ở bất kỳ trang nào để xem hướng dẫn của trang đó.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Sổ Hội {version}&lt;/h3&gt;&lt;p&gt;The register of members, officers, branch meetings, training and certificates of a commune Women&apos;s Union.&lt;/p&gt;&lt;p&gt;The program runs entirely on this computer, with no Internet needed; the data is backed up automatically every day.&lt;/p&gt;&lt;p&gt;Press F1 on any page to see that page&apos;s guide.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>WomenCountDelegate</name>
    <message>
        <source>chưa biết</source>
        <translation>unknown</translation>
    </message>
</context>
<context>
    <name>_Form</name>
    <message>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Chưa lưu được. Những gì bạn nhập vẫn còn trên màn hình; hãy thử lại.</source>
        <translation>Not saved yet. What you typed is still on the screen; please try again.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Đã xảy ra lỗi không mong muốn. Dữ liệu đã lưu không bị ảnh hưởng.</source>
        <translation>An unexpected error occurred. The saved data is not affected.</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu {url} trên máy chủ chưa có sổ. Người quản trị máy chủ hãy tạo sổ bằng lệnh: sohoi server init --db &lt;địa chỉ&gt; --unit &lt;mã tỉnh&gt; (hoặc chuyển sổ đang có: sohoi server migrate).</source>
        <translation>The database {url} on the server holds no register yet. The server&apos;s administrator creates it with: sohoi server init --db &lt;address&gt; --unit &lt;province code&gt; (or moves the existing one: sohoi server migrate).</translation>
    </message>
    <message>
        <source> — XÃ MẪU (dữ liệu không có thật)</source>
        <translation> — DEMO COMMUNE (invented data)</translation>
    </message>
</context>
<context>
    <name>box</name>
    <message>
        <source>Người được cấp</source>
        <translation>Holder</translation>
    </message>
    <message>
        <source>Năm sinh</source>
        <translation>Year of birth</translation>
    </message>
    <message>
        <source>Lớp</source>
        <translation>Course</translation>
    </message>
    <message>
        <source>Thời gian</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Số</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Ngày cấp</source>
        <translation>Date of issue</translation>
    </message>
    <message>
        <source>Đơn vị cấp</source>
        <translation>Issued by</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Có mặt</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Vắng có lý do</source>
        <translation>Excused</translation>
    </message>
    <message>
        <source>Vắng</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Trực tiếp</source>
        <translation>In person</translation>
    </message>
    <message>
        <source>Trực tuyến</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Kết hợp</source>
        <translation>Blended</translation>
    </message>
    <message>
        <source>Dự kiến</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Đang học</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Đã kết thúc</source>
        <translation>Finished</translation>
    </message>
    <message>
        <source>Đã hủy</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Đã nộp</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Miễn</source>
        <translation>Exempt</translation>
    </message>
    <message>
        <source>Chuyên trách</source>
        <translation>Full-time</translation>
    </message>
    <message>
        <source>Không chuyên trách</source>
        <translation>Part-time</translation>
    </message>
    <message>
        <source>Hoàn thành xuất sắc nhiệm vụ</source>
        <translation>Excellent fulfilment of duties</translation>
    </message>
    <message>
        <source>Hoàn thành tốt nhiệm vụ</source>
        <translation>Good fulfilment of duties</translation>
    </message>
    <message>
        <source>Hoàn thành nhiệm vụ</source>
        <translation>Fulfilment of duties</translation>
    </message>
    <message>
        <source>Không hoàn thành nhiệm vụ</source>
        <translation>Duties not fulfilled</translation>
    </message>
    <message>
        <source>Ngân sách nhà nước</source>
        <translation>State budget</translation>
    </message>
    <message>
        <source>Kinh phí Hội</source>
        <translation>Union funds</translation>
    </message>
    <message>
        <source>Xã hội hóa</source>
        <translation>Private contributions</translation>
    </message>
    <message>
        <source>Khác</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <source>Chi</source>
        <translation>Payment</translation>
    </message>
    <message>
        <source>Nữ</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Nam</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Định kỳ</source>
        <translation>Regular</translation>
    </message>
    <message>
        <source>Chuyên đề</source>
        <translation>Thematic</translation>
    </message>
    <message>
        <source>Hội nghị</source>
        <translation>Assembly</translation>
    </message>
    <message>
        <source>Thường</source>
        <translation>Ordinary</translation>
    </message>
    <message>
        <source>Đương nhiên</source>
        <translation>Ex officio</translation>
    </message>
    <message>
        <source>Danh dự</source>
        <translation>Honorary</translation>
    </message>
    <message>
        <source>Đang sinh hoạt</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Chuyển sinh hoạt</source>
        <translation>Transferred</translation>
    </message>
    <message>
        <source>Ra khỏi Hội</source>
        <translation>Left the Union</translation>
    </message>
    <message>
        <source>Từ trần</source>
        <translation>Deceased</translation>
    </message>
    <message>
        <source>Cán bộ chuyên trách</source>
        <translation>Full-time officers</translation>
    </message>
    <message>
        <source>Chủ tịch Hội LHPN cơ sở</source>
        <translation>Chair of a grassroots Women&apos;s Union</translation>
    </message>
    <message>
        <source>Phó Chủ tịch Hội LHPN cơ sở</source>
        <translation>Vice-chair of a grassroots Women&apos;s Union</translation>
    </message>
    <message>
        <source>Chi hội trưởng</source>
        <translation>Branch head</translation>
    </message>
    <message>
        <source>Chi hội phó</source>
        <translation>Deputy branch head</translation>
    </message>
    <message>
        <source>Tỉnh</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>Huyện</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Xã</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Chi hội</source>
        <translation>Branch</translation>
    </message>
    <message>
        <source>Tổ phụ nữ</source>
        <translation>Women&apos;s group</translation>
    </message>
    <message>
        <source>Học vấn</source>
        <translation>Education</translation>
    </message>
    <message>
        <source>Chuyên môn</source>
        <translation>Professional qualification</translation>
    </message>
    <message>
        <source>Lý luận chính trị</source>
        <translation>Political theory</translation>
    </message>
    <message>
        <source>Quản lý nhà nước</source>
        <translation>State management</translation>
    </message>
    <message>
        <source>Tin học</source>
        <translation>Computing</translation>
    </message>
    <message>
        <source>Nghiệp vụ công tác Hội</source>
        <translation>Union work</translation>
    </message>
    <message>
        <source>Chủ tịch</source>
        <translation>Chair</translation>
    </message>
    <message>
        <source>Phó Chủ tịch</source>
        <translation>Vice-chair</translation>
    </message>
    <message>
        <source>Ủy viên Ban Thường vụ</source>
        <translation>Standing Committee member</translation>
    </message>
    <message>
        <source>Ủy viên Ban Chấp hành</source>
        <translation>Executive Committee member</translation>
    </message>
    <message>
        <source>Tổ trưởng tổ phụ nữ</source>
        <translation>Women&apos;s group leader</translation>
    </message>
    <message>
        <source>Cán bộ Hội</source>
        <translation>Union officers</translation>
    </message>
    <message>
        <source>Quản trị</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Nhập liệu</source>
        <translation>Data entry</translation>
    </message>
    <message>
        <source>Chỉ xem</source>
        <translation>View only</translation>
    </message>
    <message>
        <source>Mọi việc, kể cả quản lý tài khoản, khôi phục sao lưu và cài đặt.</source>
        <translation>Everything, including managing accounts, restoring backups and settings.</translation>
    </message>
    <message>
        <source>Thêm, sửa dữ liệu, in, xuất Excel; không quản lý tài khoản, không khôi phục sao lưu, không xóa dữ liệu cá nhân.</source>
        <translation>Add and edit data, print, export to Excel; no managing accounts, no restoring backups, no erasing personal data.</translation>
    </message>
    <message>
        <source>Chi hội trưởng, chi hội phó: xem, sửa hội viên, sinh hoạt, điểm danh của chi hội mình; không thấy chi hội khác; dân tộc, tôn giáo chỉ khi được cho phép.</source>
        <translation>Branch head, deputy head: view and edit the members, meetings and attendance of her own branch; no other branches; ethnicity and religion only when allowed.</translation>
    </message>
    <message>
        <source>Chỉ xem và in; không thêm, sửa, xóa; không thấy dân tộc, tôn giáo.</source>
        <translation>View and print only; no adding, editing or deleting; ethnicity and religion not shown.</translation>
    </message>
    <message>
        <source>Hằng ngày</source>
        <translation>Daily</translation>
    </message>
    <message>
        <source>Khi đóng chương trình</source>
        <translation>On closing the program</translation>
    </message>
    <message>
        <source>Trước khi nhập dữ liệu</source>
        <translation>Before an import</translation>
    </message>
    <message>
        <source>Trước khi khôi phục</source>
        <translation>Before a restore</translation>
    </message>
    <message>
        <source>Sao lưu thủ công</source>
        <translation>Manual backup</translation>
    </message>
    <message>
        <source>Trước khi nâng cấp</source>
        <translation>Before an upgrade</translation>
    </message>
    <message>
        <source>Nếu quên cụm mật khẩu sao lưu, KHÔNG ai mở được các bản sao lưu đã mã hóa, kể cả người lập trình Sổ Hội. Hãy in phiếu ghi nhớ và cất ở nơi an toàn.</source>
        <translation>If the backup passphrase is forgotten, NO ONE can open the encrypted backups, not even the makers of Sổ Hội. Print the reminder sheet and keep it somewhere safe.</translation>
    </message>
    <message>
        <source>Dữ liệu do xã quản lý; ở đây chỉ xem.</source>
        <translation>The communes manage this data; view only here.</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Chưa lưu được</source>
        <translation>Not saved yet</translation>
    </message>
    <message>
        <source>Những gì vừa nhập chưa được lưu.</source>
        <translation>What you just entered is not saved.</translation>
    </message>
    <message>
        <source>Chọn &quot;Quay lại&quot; để tiếp tục và lưu, hoặc &quot;Không lưu&quot; để đóng và bỏ những gì vừa nhập.</source>
        <translation>Choose &quot;Back&quot; to continue and save, or &quot;Don&apos;t save&quot; to close and discard what you entered.</translation>
    </message>
    <message>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Chọn &quot;Lưu&quot; để lưu rồi đóng, &quot;Không lưu&quot; để đóng và bỏ những gì vừa nhập, hoặc &quot;Quay lại&quot; để tiếp tục.</source>
        <translation>Choose &quot;Save&quot; to save and close, &quot;Don&apos;t save&quot; to close and discard what you entered, or &quot;Back&quot; to continue.</translation>
    </message>
    <message>
        <source>Không lưu</source>
        <translation>Don&apos;t save</translation>
    </message>
    <message>
        <source>Quay lại</source>
        <translation>Back</translation>
    </message>
</context>
<context>
    <name>server_connection</name>
    <message>
        <source>Kết nối máy chủ</source>
        <translation>Connect to a server</translation>
    </message>
    <message>
        <source>Mật khẩu của người dùng máy chủ {user} ({address}):</source>
        <translation>Password of the server user {user} ({address}):</translation>
    </message>
</context>
</TS>
