<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name></name>
    <message>
        <source>{count} chi hội</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} hội viên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} xã</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tỷ lệ tập hợp {rate} (trên {counted}/{total} chi hội có số phụ nữ năm {year})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chưa có số</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} buổi sinh hoạt từ {first} đến {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tỷ lệ tham dự chung {rate}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} cán bộ · {meeting} đạt chuẩn · {untrained} chưa được bồi dưỡng năm {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chức danh này chưa có tiêu chuẩn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đạt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa đạt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Còn thiếu: {missing}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Có</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <source>Bật tài khoản đăng nhập</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thêm tài khoản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sửa tài khoản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Khi bật, mỗi lần mở Sổ Hội sẽ hỏi tên đăng nhập và mật khẩu, và mỗi người chỉ làm được việc theo vai trò của mình. Hãy tạo tài khoản quản trị đầu tiên (thường là Chủ tịch Hội): người này thêm tài khoản cho những người khác và đặt lại mật khẩu khi có người quên.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chữ không dấu, ví dụ: lan.nguyen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ví dụ: Nguyễn Thị Lan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Được đăng nhập (đang hoạt động)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Được xem dân tộc, tôn giáo của hội viên chi hội</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ít nhất {n} ký tự</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tên đăng nhập:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Họ và tên:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vai trò:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chi hội:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mật khẩu:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhập lại mật khẩu:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bật tài khoản</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountTableModel</name>
    <message>
        <source>Ngừng hoạt động</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tạm khóa đến {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đang hoạt động</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountsView</name>
    <message>
        <source>Tài khoản đăng nhập</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bật tài khoản đăng nhập…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thêm tài khoản…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sửa…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đổi họ tên, vai trò, hoặc cho ngừng đăng nhập</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đặt lại mật khẩu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cho người quên mật khẩu một mật khẩu mới</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tắt tài khoản đăng nhập…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đổi mật khẩu của tôi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đang tắt: Sổ Hội mở ngay, không hỏi tên và mật khẩu; ai dùng máy cũng làm được mọi việc. Nên bật khi nhiều người dùng chung máy, để mỗi người có tài khoản riêng với quyền quản trị, nhập liệu hoặc chỉ xem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đang bật: mỗi lần mở Sổ Hội phải đăng nhập. Bạn đang đăng nhập là {who}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đang bật. Bạn đang đăng nhập là {who}. Chỉ người quản trị mới thêm, sửa tài khoản và đặt lại mật khẩu; bạn có thể đổi mật khẩu của mình.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>người dùng chung của máy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã bật tài khoản đăng nhập. Từ lần mở Sổ Hội sau, mọi người cần đăng nhập; bạn dùng tài khoản {username}. Hãy thêm tài khoản cho những người khác.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã thêm tài khoản {username} ({role}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã lưu tài khoản {username}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thay đổi về quyền của bạn có hiệu lực từ lần đăng nhập sau.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã đặt mật khẩu mới cho {username}; hãy báo cho người đó.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã đổi mật khẩu của bạn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tắt tài khoản đăng nhập?

• Sổ Hội sẽ mở ngay, không hỏi tên và mật khẩu.
• Ai dùng máy này cũng làm được mọi việc, kể cả khôi phục sao lưu.
• Các tài khoản vẫn được giữ, nhưng ngừng hoạt động; khi bật lại, người quản trị cho từng tài khoản hoạt động trở lại.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tắt tài khoản đăng nhập</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tắt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã tắt tài khoản đăng nhập. Từ lần mở sau, Sổ Hội không hỏi đăng nhập nữa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Có lỗi không mong đợi ({kind}); không có gì bị thay đổi.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArrivalsDialog</name>
    <message>
        <source>Họ và tên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày sinh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số CCCD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Địa chỉ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày vào Hội</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số thẻ hội viên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chuyển từ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày chuyển</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Có thể đã có trong sổ của xã</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quá trình sinh hoạt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chức danh đã giữ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trình độ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bồi dưỡng, giấy chứng nhận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hội viên chuyển đến</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bắt buộc khi không tiếp nhận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiếp nhận vào chi hội</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không tiếp nhận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không có hội viên nào chờ tiếp nhận.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chi hội nhận:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lý do không tiếp nhận:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã tiếp nhận vào {branch}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hãy ghi lý do không tiếp nhận.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã ghi không tiếp nhận.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Câu trả lời sẽ theo gói dữ liệu gửi cấp trên lần tới.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendanceTableModel</name>
    <message>
        <source>Ghi lý do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tất cả {status}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>Lịch sử thay đổi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tất cả</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tìm theo tên, người sửa, giá trị…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Từ ngày</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>đến</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thông tin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trước khi sửa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sau khi sửa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xem thêm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa có thay đổi nào được ghi lại.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} thay đổi</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupTableModel</name>
    <message>
        <source>Hằng ngày</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Khi đóng chương trình</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trước khi nhập dữ liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trước khi khôi phục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sao lưu thủ công</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trước khi nâng cấp</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>Chưa có số liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: {value} ({share} tổng số)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <source>Gói đầu tiên của xã: cần so mã nhận diện — nhập riêng bằng “Nhập gói của xã…”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Có gói mới hơn trong thư mục ({name})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trùng với tệp {name} trong thư mục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xã</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lần</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mới</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thay đổi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xóa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhập cả thư mục — {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thư mục &lt;b&gt;{folder}&lt;/b&gt;: {n} tệp gói. Mỗi gói được nhập riêng, trọn vẹn hoặc không gì cả: một gói hỏng không ảnh hưởng các gói khác. Trước khi nhập, Sổ Hội sao lưu dữ liệu hiện có một lần.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} (trước: {m})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} (đầu tiên)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{n} gói sẽ được nhập&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{m} bị từ chối</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{k} cần so mã</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{s} bỏ qua vì có gói mới hơn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{u} bỏ chọn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhập {n} gói</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BlankFormDialog</name>
    <message>
        <source>In lên phôi giấy chứng nhận in sẵn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cách mép trái</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cách mép trên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dịch cả tờ (sang phải, xuống dưới)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đo bằng thước từ góc trên bên trái của phôi đến chỗ bắt đầu mỗi dòng chữ (chân chữ). In trang thử lên giấy trắng, áp lên phôi soi đèn rồi chỉnh; nếu mọi mục cùng lệch, chỉ cần chỉnh “Dịch cả tờ”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In trang thử</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lưu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lưu và in lên phôi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trang thử in lên phôi</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BranchTableModel</name>
    <message>
        <source>Chi hội</source>
        <extracomment>The largest women count accepted; more than any ward has, fewer than a typo with an extra digit or two would give. (branch id, new count or None for &quot;unknown&quot;) after a person edited the cell.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hội viên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đang sinh hoạt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phụ nữ từ 18 tuổi (năm {year})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tỷ lệ tập hợp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tên chi hội. Bấm đúp để đổi tên.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hội viên đang có tên trong chi hội, kể cả hội viên danh dự; không tính người đã chuyển sinh hoạt, ra khỏi Hội hoặc từ trần.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hội viên thường và đương nhiên đang sinh hoạt: con số dùng để tính tỷ lệ tập hợp (hội viên danh dự tính riêng).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số phụ nữ từ 18 tuổi trở lên sống trên địa bàn chi hội năm {year}. Bấm đúp hoặc nhấn F2 để nhập; để trống nếu chưa biết.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hội viên đang sinh hoạt chia cho số phụ nữ từ 18 tuổi. Để trống khi chưa nhập số phụ nữ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa nhập số phụ nữ từ 18 tuổi năm {year}: bấm đúp để nhập.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bấm đúp hoặc nhấn F2 để sửa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cần số phụ nữ từ 18 tuổi năm {year} để tính tỷ lệ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trong đó {count} hội viên danh dự</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BranchesPage</name>
    <message>
        <source>Năm của số phụ nữ từ 18 tuổi và tỷ lệ tập hợp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nă&amp;m:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Thêm chi hội</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đổi tê&amp;n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sáp nhập…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tạo một chi hội mới trong {place}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhập số phụ nữ từ 18 tuổi: chọn ô trong cột «Phụ nữ từ 18 tuổi» rồi gõ số (hoặc bấm đúp, F2), nhấn Enter để lưu. Để trống nếu chưa biết.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Chi hội&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thêm chi hội</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tên chi hội mới (ví dụ: Thôn Đông, Tổ dân phố 3):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thêm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã thêm {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đổi tên chi hội</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tên mới của {name}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đổi tên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã đổi tên {old} thành {new}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{place} chỉ có một chi hội; không có chi hội nào để sáp nhập vào.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sáp nhập {source} vào {target} từ ngày {day}?

{count} hội viên sẽ chuyển sang {target}; {source} sẽ không còn trong danh sách chi hội.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xác nhận sáp nhập</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sáp nhập</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã sáp nhập {source} vào {target}: {count} hội viên đã chuyển sang {target}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hồ sơ của {count} người đã chuyển đi, ra khỏi Hội hoặc từ trần cũng được chuyển theo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chọn một chi hội trong bảng trước.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đổi tên chi hội đang chọn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gộp chi hội đang chọn vào một chi hội khác (hội viên chuyển sang)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chi hội</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{place} chưa có chi hội nào. Bấm «Thêm chi hội» để tạo chi hội đầu tiên.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{count}&lt;/b&gt; chi hội</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{count}&lt;/b&gt; hội viên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{count}&lt;/b&gt; đang sinh hoạt (thường, đương nhiên)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{count}&lt;/b&gt; hội viên chưa có chi hội (xem bộ lọc «Chưa có chi hội» ở trang Hội viên)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chưa nhập số phụ nữ từ 18 tuổi năm {year} nên chưa tính được tỷ lệ tập hợp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tỷ lệ tập hợp toàn {place} &lt;b&gt;{rate}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tỷ lệ tập hợp &lt;b&gt;{rate}&lt;/b&gt; (tính trên {counted}/{total} chi hội đã có số phụ nữ từ 18 tuổi năm {year})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Các chi hội</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gõ tên các chi hội, mỗi dòng một chi hội (ví dụ: Thôn Đông). Có thể để trống và thêm sau ở trang Chi hội.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkChangeDialog</name>
    <message>
        <source>Áp dụng cho {count} hội viên đã chọn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Từ ngày</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lý do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiếp tục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificateTableModel</name>
    <message>
        <source>Đã thu hồi {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Còn hiệu lực</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificatesPage</name>
    <message>
        <source>Tìm theo họ tên…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hiện cả giấy đã thu hồi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cấp chứng nhận cho lớp…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thu hồi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mẫu số…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In lên phôi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In chỉ phần nội dung lên phôi giấy chứng nhận đã in sẵn; chỉnh vị trí một lần.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Năm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lớp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tất cả</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tất cả các lớp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} giấy chứng nhận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (thu hồi {r})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã cấp {n} giấy chứng nhận.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In giấy chứng nhận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hãy chọn giấy chứng nhận trong danh sách, hoặc chọn một lớp để in cả lớp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Giấy chứng nhận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In lên phôi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Giấy chứng nhận (in lên phôi)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommuneFilter</name>
    <message>
        <source>Chọn xã để xem; gõ vài chữ của tên xã, không cần dấu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gõ tên xã…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tất cả các xã</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mã {code}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommuneTableModel</name>
    <message>
        <source>chưa có gói nào</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day}, lần {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa gửi — {package}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chưa có số</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xã chưa gửi gói nào từ ngày đã chọn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xã chưa nhập số phụ nữ từ 18 tuổi của các chi hội.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{gathered} hội viên thường và đương nhiên đang sinh hoạt / {women} phụ nữ từ 18 tuổi (năm {year})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} trong {total} cán bộ thuộc diện chỉ tiêu bồi dưỡng hằng năm của Đề án 1893 đã được tập huấn trong năm</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommunesPage</name>
    <message>
        <source>Xã không gửi gói nào từ ngày này được đánh dấu «Chưa gửi». Mặc định: ngày đầu quý.</source>
        <extracomment>Widths of the columns after the stretching name: room for their headers and values.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa gửi &amp;từ ngày:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tìm xã theo tên hoặc mã, không cần gõ dấu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chỉ xã &amp;chưa gửi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Xuất Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ghi bảng đang xem ra tệp Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hợp nhất xã…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gộp sổ của 2–4 xã vào một mã xã mới: xem trước, xem lại các cặp người trùng, rồi hợp nhất</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chia &amp;tách xã…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chuyển các chi hội (hoặc một thôn) của một xã sang một mã xã mới</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Các xã&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa có xã nào đăng ký. Vào trang «Đồng bộ» để tạo tệp đăng ký cho từng xã; xã sẽ hiện ở đây ngay khi được đăng ký.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;font-size:12pt&apos;&gt;&lt;b style=&apos;color:#9b1c13&apos;&gt;{late}/{total} xã&lt;/b&gt; chưa gửi gói từ {since}&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;font-size:12pt&apos;&gt;Cả &lt;b&gt;{total}&lt;/b&gt; xã đã gửi gói từ {since}&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đang hiện {shown}/{total} xã.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số liệu đến ngày {today}, theo gói gần nhất của từng xã.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xuất bảng các xã ra Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bảng tính Excel (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xuất Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không ghi được tệp {name}: {reason}. Tệp có thể đang mở trong Excel; hãy đóng nó hoặc chọn tên khác.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã lưu {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sổ Hội</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không đọc được số liệu các xã. Dữ liệu đã lưu không bị ảnh hưởng.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CourseDialog</name>
    <message>
        <source>Sửa lớp tập huấn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lớp tập huấn mới</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ví dụ: Tập huấn nghiệp vụ công tác Hội cho chi hội trưởng năm 2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> buổi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ví dụ: Chi hội trưởng, chi hội phó</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nguồn kinh phí</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số tiền (đồng)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thêm nguồn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bỏ dòng đã chọn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>đến</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số buổi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tên lớp *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thời gian *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hình thức</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tình trạng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Địa điểm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đối tượng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Giảng viên, báo cáo viên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chuyên đề *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kinh phí</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lớp sẽ có sẵn {n} học viên đã chọn (thêm, bớt ở thẻ Học viên sau khi lưu).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lưu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tổng: &lt;b&gt;{total} đ&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không lưu được lớp tập huấn.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CourseTableModel</name>
    <message>
        <source> (đã hủy)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoPage</name>
    <message>
        <source>Xem thử với một xã mẫu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xã mẫu là dữ liệu không có thật (8.000 hội viên, các chi hội, buổi sinh hoạt, lớp tập huấn) để xem thử mọi chức năng. Xã mẫu nằm trong một tệp riêng, cửa sổ ghi rõ « XÃ MẪU »; sổ thật của đơn vị không bị ảnh hưởng.

Khi muốn dùng thật, mở lại Sổ Hội và chọn đơn vị của mình.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DestinationDialog</name>
    <message>
        <source>{what}&lt;br&gt;Cắm USB vào máy rồi chọn USB trong danh sách, hoặc chọn một thư mục khác. Tệp được ghi xong và đọc lại để kiểm tra trước khi báo rút USB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tìm lại USB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chọn thư mục khác…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ghi vào đây</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đang tìm USB…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thư mục đã dùng lần trước: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tìm thấy {n} USB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không thấy USB nào. Cắm USB rồi bấm «Tìm lại USB», hoặc chọn thư mục khác.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không tìm được USB; hãy chọn thư mục khác.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chọn thư mục để ghi tệp</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuesPage</name>
    <message>
        <source>Quý {q}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mức hội phí…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Khóa kỳ…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Miễn…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bỏ miễn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In sổ hội phí…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phiếu thu, chi mới…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bút toán đảo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In sổ quỹ…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hội phí</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quỹ hội</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Năm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kỳ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— đã khóa sổ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— đang mở</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (số ví dụ, chưa đặt mức)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mức {rate}/hội viên/quý{example} · Phải thu {expected} · Đã thu {collected} · Chi hội giữ {kept} ({bs} %) · Nộp về xã {handed} · Nộp cấp trên {up} ({us} %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tồn đầu kỳ {opening} · Thu {receipts} · Chi {spending} · Tồn cuối kỳ {closing}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {paid}/{owing} hội viên đã nộp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Miễn hội phí</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lý do miễn hội phí cho {name}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bút toán đảo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đảo {voucher} ({amount}) bằng một bút toán ngày {day}.
Lý do:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Khóa kỳ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Khóa sổ {period}? Sau khi khóa, hội phí và phiếu thu, chi của kỳ này không thể thêm hay sửa; sai sót chỉ sửa bằng bút toán đảo ở kỳ sau.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đang tạo sổ…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sổ theo dõi hội phí</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sổ quỹ hội</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuesSettingsDialog</name>
    <message>
        <source>Mức hội phí năm {y}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> đồng/quý</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>không áp dụng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hội phí mỗi hội viên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chi hội giữ lại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cơ sở nộp cấp trên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Miễn cho hội viên từ tuổi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hội viên danh dự luôn được miễn. Các tỷ lệ tính trên số hội phí chi hội đã thu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa đặt mức cho năm này: đang hiện các số ví dụ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lưu</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EndPostDialog</name>
    <message>
        <source>Thôi giữ chức</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày thôi giữ chức</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnrollDialog</name>
    <message>
        <source>Đăng ký xã</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chọn xã, phường cần đăng ký. Sổ Hội ghi cho xã một &lt;b&gt;tệp đăng ký&lt;/b&gt; (.sohoi) ra USB hoặc thư mục; mang tệp đến xã, xã mở trang &lt;b&gt;Đồng bộ&lt;/b&gt; và bấm «Nhập tệp đăng ký…». Sau đó xã gửi được dữ liệu lên.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gõ tên xã, phường hoặc mã để tìm…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiếp tục…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đang đọc danh mục xã…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (mã {code})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — đã đăng ký</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không đọc được danh mục xã, phường.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{shown}/{total} xã, phường</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnrollmentConfirmDialog</name>
    <message>
        <source>Nhập tệp đăng ký</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tệp đăng ký của {upper} (mã {upper_code}) cho {commune}, tạo lúc {moment}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hãy gọi điện cho {upper} và nhờ đọc mã nhận diện ở mục «Máy này» trên trang Đồng bộ của họ; so từng nhóm với mã dưới đây. Chỉ nhập khi hai mã trùng khớp: từ nay xã chỉ nhận gói do khóa này ký.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tôi đã so mã này với màn hình của cấp trên, trùng khớp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hãy so mã nhận diện và đánh dấu ô xác nhận.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Xuất Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Danh sách hội viên (theo bộ lọc đang xem)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thống kê</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bộ lọc: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hãy chọn một xã để thống kê.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thống kê cả xã do văn phòng Hội xã lập.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{heading} (dữ liệu nhạy cảm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Các cột</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dân tộc, tôn giáo là dữ liệu cá nhân nhạy cảm (Luật 91/2025/QH15): chỉ chọn khi thật cần.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xuất ra tệp…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>một chi hội</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hội viên {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tuổi {group}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>là cán bộ Hội</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>không là cán bộ Hội</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tên có “{text}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tất cả hội viên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>THỐNG KÊ HỘI VIÊN ĐANG SINH HOẠT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DANH SÁCH HỘI VIÊN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lưu tệp Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tệp Excel (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đang ghi tệp…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã ghi thống kê {count} hội viên đang sinh hoạt vào {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã ghi {count} hội viên vào {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa ghi được tệp; hãy đóng tệp nếu nó đang mở, hoặc chọn nơi khác rồi thử lại.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Lưu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vẫn giao chức danh Chủ tịch?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vẫn giao</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa lưu được. Những gì bạn nhập vẫn còn trên màn hình; hãy thử lại.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FundEntryDialog</name>
    <message>
        <source>Phiếu thu, chi mới</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>số đồng, ví dụ 250.000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loại phiếu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nội dung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số tiền (đồng)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Người nộp / nhận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lưu phiếu</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FundEntryModel</name>
    <message>
        <source>Đã đảo bởi {v}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đảo {v}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>Hướng dẫn sử dụng Sổ Hội</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mục lục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quay lại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Nhập danh sách hội viên — {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; Cột</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xem trước &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhập</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lưu các dòng bị từ chối…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đang đọc tệp…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dòng tiêu đề cột là dòng số</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mỗi cột trong tệp được ghép với một thông tin của hội viên. Sửa nếu ghép sai; chọn «(bỏ qua)» cho cột không cần nhập.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tệp không có dữ liệu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trang tính «{sheet}»: {rows} dòng. Kiểm tra cách ghép cột rồi bấm «Xem trước».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Cột trong tệp&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Ví dụ&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Nhập vào&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(bỏ qua)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text}  ⟲ (trong tệp: {original})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã chuyển từ bảng mã cũ (TCVN3/VNI) sang Unicode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text}  ? (hoặc: {other})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa chắc bảng mã: có thể đọc theo hai cách.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tạo các chi hội chưa có</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bỏ qua các dòng trùng với hội viên đã có</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dòng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Họ và tên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kết quả</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chi tiết</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đang kiểm tra từng dòng…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{total} dòng: {valid} nhập được, {rejected} bị từ chối, {duplicates} có thể trùng.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ô chữ: {converted} đã chuyển từ mã TCVN3/VNI, {doubtful} chưa chắc bảng mã (giữ nguyên, xem cột Chi tiết), {unchanged} giữ nguyên.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chi hội chưa có trong sổ: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bị từ chối</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Có thể trùng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lưu ý</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Được</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trong tệp:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiểm tra xong. Bấm «Nhập» để ghi vào sổ (một lần, hoặc không ghi gì nếu có lỗi).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đang nhập hội viên…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đang sao lưu trước khi nhập…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã nhập {imported} hội viên; bỏ qua {skipped} dòng trùng; {rejected} dòng bị từ chối.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lưu các dòng bị từ chối</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bảng tính Excel (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không đọc được tệp hoặc chưa nhập được; sổ không thay đổi.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IssueDialog</name>
    <message>
        <source>Cấp giấy chứng nhận cho lớp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Một hoặc hai dòng, ví dụ &quot;KT. CHỦ TỊCH&quot; rồi xuống dòng &quot;PHÓ CHỦ TỊCH&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lớp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày cấp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chức vụ người ký</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Họ tên người ký</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cấp chứng nhận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa có lớp nào đã kết thúc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{pending}&lt;/b&gt; học viên đã hoàn thành chưa có giấy chứng nhận (đã cấp {issued}/{completed}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hãy nhập chức vụ và họ tên người ký.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LastSaveBar</name>
    <message>
        <source>Hoàn tác lần lưu này</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Đăng nhập — Sổ Hội</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b style=&apos;font-size:15pt&apos;&gt;Sổ Hội&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hãy đăng nhập bằng tài khoản người quản trị đã cấp cho bạn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ví dụ: lan.nguyen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hiện mật khẩu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tên đăng nhập:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mật khẩu:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quên mật khẩu? Hãy nhờ người quản trị đặt lại mật khẩu mới.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đăng nhập</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thoát</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hãy nhập tên đăng nhập.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hãy nhập mật khẩu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không kiểm tra được tài khoản do lỗi không mong muốn; hãy thử lại.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Tổng quan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Các xã</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hội viên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chi hội</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cán bộ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sinh hoạt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tập huấn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chứng nhận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hội phí &amp; quỹ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Báo cáo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đồng bộ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cài đặt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sổ Hội — {unit}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>Sửa buổi sinh hoạt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buổi sinh hoạt mới</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ví dụ: Phổ biến Nghị quyết Đại hội Phụ nữ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nội dung chính, kết luận (không bắt buộc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đánh dấu tất cả có mặt (sửa người vắng sau)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chi hội / đơn vị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày họp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loại buổi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chủ đề *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Địa điểm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Biên bản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lưu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không lưu được buổi sinh hoạt.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <source>Mọi loại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buổi sinh hoạt mới</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sửa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xóa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tất cả có mặt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hoàn tác</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In danh sách ký nhận…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In danh sách điểm danh…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phím tắt: C có mặt · V vắng · P vắng có lý do · Dấu cách đổi qua lại · F2 hoặc Enter ghi lý do · Ctrl+Z hoàn tác · Ctrl+Y làm lại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chi hội</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Năm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buổi sinh hoạt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thống kê theo chi hội</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tất cả</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Các chi hội của tôi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toàn xã (hội nghị)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đang tải…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tất cả chi hội đã sinh hoạt trong quý {q}/{y}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{n} chi hội chưa sinh hoạt trong quý {q}/{y}&lt;/b&gt; (Điều lệ: ít nhất mỗi quý một lần): {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Năm {year}&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa có buổi sinh hoạt nào trong năm đã chọn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Có mặt &lt;b&gt;{p}/{t}&lt;/b&gt; ({r}) · có lý do {e} · vắng {a}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hoàn tác: {what} (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} người đang được ghi vắng sẽ thành có mặt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{r} lý do vắng đã ghi sẽ bị xóa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Có thể hoàn tác bằng Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ghi tất cả có mặt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã thêm buổi sinh hoạt ngày {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã lưu buổi sinh hoạt ngày {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xóa buổi sinh hoạt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xóa buổi sinh hoạt ngày {day} của {unit} và điểm danh của nó?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Danh sách ký nhận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Danh sách điểm danh</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberDuesModel</name>
    <message>
        <source>Đã nộp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa nộp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Miễn</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberFormDialog</name>
    <message>
        <source>Thêm hội viên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sửa thông tin hội viên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ví dụ: Nguyễn Thị Hoa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12 chữ số</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ví dụ: 0912 345 678</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thôn, tổ dân phố</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Là đảng viên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ví dụ: 12/12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> &lt;span style=&apos;color:#666&apos;&gt;(không bắt buộc)&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thông tin chung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Họ và tên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Giới tính</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày sinh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dân tộc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tôn giáo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số CCCD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Điện thoại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Địa chỉ (thôn/tổ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đồng ý xử lý dữ liệu cá nhân</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày đồng ý</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hình thức</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sinh hoạt Hội</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chi hội</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loại hội viên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày vào Hội</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số thẻ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày cấp thẻ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đảng viên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trình độ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Học vấn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chuyên môn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lý luận chính trị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nghề nghiệp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lưu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lưu (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mục có dấu &lt;span style=&apos;color:#b3261e&apos;&gt;*&lt;/span&gt; là bắt buộc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tình trạng sinh hoạt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đổi tình trạng…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dữ liệu cá nhân…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ghi nhận đồng ý, in toàn bộ thông tin đang lưu về người này, hoặc xóa theo yêu cầu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tình trạng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lý do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nơi chuyển đến</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lịch sử thay đổi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ai đã sửa hồ sơ này, lúc nào, sửa gì</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xem thông tin hội viên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tài khoản chỉ xem không sửa được thông tin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tài khoản chỉ xem: không sửa được thông tin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không tìm thấy hội viên này; có thể đã bị xóa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(chưa chọn chi hội)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(chi hội cũ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hiện nay: &lt;b&gt;{status}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> từ ngày {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Có thể trùng hội viên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Có thể trùng với:
{people}

Vẫn thêm?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Có, vẫn thêm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• {name}, sinh {born} ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• {name} ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hội viên chưa có chi hội</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã lưu {name}, nhưng hội viên này chưa thuộc chi hội nào. Hãy chọn chi hội khi có thể; trong danh sách, chọn bộ lọc «Chưa có chi hội» để xem những hội viên như vậy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberPickerDialog</name>
    <message>
        <source>Thêm học viên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gõ tên hội viên để tìm…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chỉ cán bộ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>   (đã có trong lớp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (gõ thêm để thu hẹp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đang hiện {shown} người{more} · Đã chọn {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thêm {n} người</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <source>Tìm theo họ tên, số CCCD, điện thoại, số thẻ hoặc năm sinh (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thêm hội viên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhập từ Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhập danh sách hội viên từ tệp .xlsx, .xls, .ods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xuất Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ghi danh sách đang xem hoặc thống kê ra tệp Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thêm hội viên mới (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hội viên xã khác chuyển sinh hoạt đến, qua gói dữ liệu của cấp trên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đổi chi hội…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chuyển các hội viên đã chọn sang một chi hội</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đổi tình trạng…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ghi cùng một thay đổi tình trạng cho các hội viên đã chọn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Xã</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chi hội</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tình trạng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Độ tuổi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cán bộ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Các chi hội của tôi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tất cả chi hội</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa có chi hội</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mọi tình trạng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mọi loại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mọi độ tuổi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tất cả</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Là cán bộ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không là cán bộ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hội viên chuyển đến ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đang đếm…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không tìm thấy hội viên nào với “{text}”. Thử gõ không dấu, một phần tên, số CCCD, số điện thoại hoặc năm sinh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} hội viên trong sổ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} hội viên của chi hội</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} hội viên phù hợp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã chọn {count} hội viên; mỗi lần chỉ đổi được tối đa {limit}. Hãy lọc danh sách (theo chi hội, tình trạng…) rồi chọn lại.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đổi chi hội</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chuyển sang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chuyển {count} hội viên sang “{branch}”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chuyển</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đang đổi chi hội…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đổi tình trạng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tình trạng mới</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ghi tình trạng “{status}” cho {count} hội viên?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ghi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đang đổi tình trạng…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chọn tệp danh sách hội viên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bảng tính (*.xlsx *.xls *.ods)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Sáp nhập chi hội</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({count} hội viên)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Sáp nhập {name}&lt;/b&gt; vào chi hội khác</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sáp nhập &amp;vào:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ngày sáp nhập:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sáp nhập…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Khi sáp nhập:&lt;ul&gt;&lt;li&gt;{count} hội viên của {source} chuyển sang &lt;b&gt;{target}&lt;/b&gt;;&lt;/li&gt;&lt;li&gt;các buổi sinh hoạt đã có vẫn giữ là lịch sử của {source};&lt;/li&gt;&lt;li&gt;các chức danh ở {source} (chi hội trưởng, chi hội phó…) kết thúc vào ngày sáp nhập;&lt;/li&gt;&lt;li&gt;{source} không còn trong danh sách chi hội.&lt;/li&gt;&lt;/ul&gt;Việc này không hoàn tác được trên màn hình.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hợp nhất xã</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Xem trước</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chọn 2–4 xã, mã xã mới và ngày hợp nhất rồi bấm «Xem trước». Chưa có gì thay đổi cho đến khi bấm «Hợp nhất».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trong sổ thứ nhất</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trong sổ thứ hai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vì sao</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quyết định</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hợp nhất</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày hợp nhất:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xã mới:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cặp người cần xem lại:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Các xã cũ:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đang so các sổ…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hợp nhất vào {name} (mã {code}) ngày {day}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tách sang {name} (mã {code}) ngày {day}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chi hội của xã mới, ghép theo tên ({count}):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cùng một người (trùng CCCD và họ tên): {certain}. Cặp cần xem lại: {doubtful}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>không rõ ngày sinh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CCCD {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>không có CCCD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trùng CCCD, khác họ tên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trùng họ tên và ngày sinh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa chọn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cùng một người</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Khác người</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sổ mới: {after} hội viên (các sổ cũ: {total}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Còn {left} cặp chưa chọn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đang hợp nhất…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã hợp nhất: {members} hội viên vào xã {code}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã chia tách: {members} hội viên sang xã {code}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ở trang Đồng bộ: đăng ký xã mới, nhập gói đầu tiên của xã, rồi «Gửi xuống xã đã chọn» — gói đó mang sổ hội viên.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModePage</name>
    <message>
        <source>Chào mừng đến với Sổ Hội</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Máy tính này dùng cho đơn vị nào?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hội LHPN xã, phường, đặc khu (cơ sở)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hội LHPN cấp trên (tỉnh, thành phố)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xem thử với một xã mẫu (dữ liệu không có thật)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Có thể xem xã mẫu trước; sổ thật của đơn vị không bị ảnh hưởng.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NeedDialog</name>
    <message>
        <source>Nhu cầu bồi dưỡng — {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chuyên đề</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày đăng ký</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotYetPage</name>
    <message>
        <source>{purpose}

Phần này chưa có trong phiên bản Sổ Hội đang dùng; dữ liệu của bạn không bị ảnh hưởng.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficersPage</name>
    <message>
        <source>Tất cả chức danh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tìm theo họ tên…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Giao chức danh…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiêu chuẩn chức &amp;danh…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Họ và tên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chức danh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chuyên trách</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đạt chuẩn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bồi dưỡng {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã được bồi dưỡng ít nhất một nội dung trong năm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chọn một cán bộ trong danh sách để xem chi tiết.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chế độ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Từ ngày</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đến ngày</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quyết định</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thêm chức danh…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thôi giữ chức…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xóa (nhập nhầm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trình độ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày cấp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nơi cấp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số văn bằng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thêm trình độ…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xóa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yêu cầu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hiện có</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kết quả</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chuyên đề</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày đăng ký</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tình trạng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thêm nhu cầu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bỏ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhu cầu bồi dưỡng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Cán bộ Hội&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Chức danh:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Có</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chức danh này chưa có tiêu chuẩn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đạt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa đạt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Còn thiếu: {missing}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không có cán bộ nào khớp với điều kiện lọc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa có cán bộ nào. Bấm «Giao chức danh…» để ghi chức danh cho hội viên.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} cán bộ · {meeting} đạt chuẩn · {untrained} chưa được bồi dưỡng năm {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sinh {born}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>đang giữ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Các chức danh đang giữ chưa có tiêu chuẩn về trình độ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#1b5e20&apos;&gt;Đạt chuẩn&lt;/b&gt; chức danh đang giữ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#b3261e&apos;&gt;Chưa đạt chuẩn.&lt;/b&gt; Còn thiếu: {missing}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chưa có</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã được bồi dưỡng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa đáp ứng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} thôi giữ chức {title} ({unit}) từ ngày:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xóa chức danh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xóa chức danh {title} ({unit})? Chỉ xóa khi nhập nhầm; người thôi giữ chức thì dùng «Thôi giữ chức…» để giữ lại lịch sử.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xóa trình độ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xóa trình độ {kind}: {level}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bỏ nhu cầu bồi dưỡng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bỏ nhu cầu bồi dưỡng chuyên đề “{topic}”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã xảy ra lỗi không mong muốn. Dữ liệu đã lưu không bị ảnh hưởng.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>Đánh dấu để nhập ngày; bỏ dấu nếu chưa có ngày.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chưa có</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutsidePersonDialog</name>
    <message>
        <source>Thêm người ngoài danh sách hội viên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Năm, tháng/năm hoặc ngày/tháng/năm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ví dụ: Hội LHPN xã Tân Lễ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Họ và tên *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày sinh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chức danh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thêm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không thêm được người này.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>&lt;b&gt;Tổng quan&lt;/b&gt; — {unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>các xã trong dữ liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chọn năm cần xem số liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Làm mới</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đọc lại số liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Năm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đang tính số liệu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hội viên đang sinh hoạt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kết nạp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ra khỏi Hội / chuyển đi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tỷ lệ tập hợp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tỷ lệ tập hợp = hội viên thường và đương nhiên đang sinh hoạt chia cho số phụ nữ từ 18 tuổi của các chi hội trong năm (nhập ở trang Chi hội). Hội viên danh dự được tính riêng. Năm đã qua: số hội viên đang sinh hoạt tính đến ngày 31/12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{n} chi hội chưa sinh hoạt trong quý {q}/{y}&lt;/b&gt; (Điều lệ: ít nhất mỗi quý một lần): {names}. Xem trang Sinh hoạt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không đọc được số liệu. Hãy bấm «Làm mới» để thử lại.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tại ngày {day} · {branches} chi hội</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kết nạp năm {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hội viên mới vào Hội trong năm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chuyển sinh hoạt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ra khỏi Hội</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>từ trần</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ra khỏi Hội / chuyển đi năm {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>không có ai trong năm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hội viên đang sinh hoạt theo loại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hội viên đang sinh hoạt theo độ tuổi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hội viên thường và đương nhiên đang sinh hoạt chia cho số phụ nữ từ 18 tuổi của các chi hội; {honorary} hội viên danh dự được tính riêng.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chưa có số phụ nữ từ 18 tuổi năm {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{members} hội viên / {women} phụ nữ từ 18&#xa0;tuổi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (mới có số của {known}/{all} chi hội)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartialDateEdit</name>
    <message>
        <source>ngày/tháng/năm hoặc năm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ví dụ: 12/03/1985, 3/1985 hoặc chỉ năm 1985 nếu không rõ ngày tháng.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantTableModel</name>
    <message>
        <source>Buổi {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hoàn thành</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số GCN</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Đặt cụm mật khẩu sao lưu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bản sao lưu ra USB được mã hóa bằng cụm mật khẩu này, để ai nhặt được USB cũng không đọc được thông tin của hội viên. Cụm mật khẩu chỉ đặt một lần; nên dùng vài từ dễ nhớ, ví dụ « hoa sen nở tháng sáu ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cụm mật khẩu:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhập lại:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đặt cụm mật khẩu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thôi</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Đổi mật khẩu của tôi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhập mật khẩu đang dùng, rồi mật khẩu mới hai lần.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đặt lại mật khẩu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mật khẩu mới cho {name} ({username}). Hãy báo cho người đó; từ lần đăng nhập sau, chỉ mật khẩu mới dùng được.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ít nhất {n} ký tự</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mật khẩu hiện tại:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mật khẩu mới:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhập lại mật khẩu mới:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatternDialog</name>
    <message>
        <source>Mẫu số giấy chứng nhận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{seq} là số thứ tự trong năm ({seq:02d} viết đủ 2 chữ số: 01), {year} là năm. Số thứ tự bắt đầu lại từ 01 mỗi năm. Các giấy đã cấp giữ nguyên số cũ; số đã dùng trong năm không bao giờ được cấp lại, kể cả khi đổi mẫu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mẫu số</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số tiếp theo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lưu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>{pages} trang</source>
        <extracomment>Who signs a document: (post, name). The post&apos;s lines are separated by &quot;/&quot; in the one-line field (&quot;TM. BAN THƯỜNG VỤ / CHỦ TỊCH&quot;), as the documents read it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lưu PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không mở được tệp PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chức vụ người ký; &quot;/&quot; để xuống dòng, ví dụ &quot;KT. CHỦ TỊCH / PHÓ CHỦ TỊCH&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Họ tên người ký</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cập nhật người ký</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Người ký:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hãy nhập chức vụ người ký.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In tài liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đang gửi tới máy in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã gửi {pages} trang tới máy in {printer}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã hủy in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa in được.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đang gửi tài liệu tới máy in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lưu tệp PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tệp PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không lưu được tệp: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeerTableModel</name>
    <message>
        <source>Xã chưa gửi gói nào từ đầu quý này.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chưa nhận gói</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chưa nhận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chưa gửi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lần {n}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostDialog</name>
    <message>
        <source>Giao chức danh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gõ họ tên để tìm, ví dụ: nguyen thi hoa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ví dụ: Quyết định số 15/QĐ-HLHPN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hội viên *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hội viên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chức danh *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đơn vị *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chế độ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Từ ngày</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đến ngày</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quyết định</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} — sinh {born}, {branch}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chưa có chi hội</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không tìm thấy hội viên đang sinh hoạt nào.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã chọn: {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>Mới</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thay đổi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xóa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không đổi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhập gói dữ liệu — {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (tệp {n}/{total})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cần chú ý:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhập</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bỏ qua tệp này</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trước khi nhập, Sổ Hội tự sao lưu dữ liệu hiện có. Gói được nhập trọn vẹn hoặc không nhập gì.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gói lần &lt;b&gt;{n}&lt;/b&gt; (lần trước đã nhập: lần {m})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gói lần &lt;b&gt;{n}&lt;/b&gt; (gói đầu tiên nhận từ đơn vị này)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gửi từ: &lt;b&gt;{name}&lt;/b&gt; (mã {code})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tạo lúc: {moment}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tệp: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cấp trên xác nhận đã nhận đến gói lần {n} của xã.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gói không có gì mới so với dữ liệu đang có; nhập để ghi nhận lần gửi này.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tổng cộng: {new} bản ghi mới, {changed} thay đổi, {removed} bị xóa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xác nhận mã nhận diện</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đây là gói đầu tiên Sổ Hội nhận từ {unit}. Hãy gọi điện cho {unit} và nhờ đọc mã nhận diện ở mục «Máy này» trên trang Đồng bộ của họ; so từng nhóm với mã dưới đây. Chỉ nhập khi hai mã trùng khớp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tôi đã so mã này với màn hình của {unit}, trùng khớp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hãy so mã nhận diện và đánh dấu ô xác nhận.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivacyDialog</name>
    <message>
        <source>Dữ liệu cá nhân</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} — dữ liệu cá nhân</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theo Luật Bảo vệ dữ liệu cá nhân (số 91/2025/QH15), hội viên có quyền biết Hội lưu gì về mình, đồng ý hoặc rút lại sự đồng ý, và yêu cầu xóa dữ liệu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ghi nhận sự đồng ý</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày đồng ý:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cách đồng ý:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sự đồng ý cho xử lý dữ liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In toàn bộ thông tin của người này…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xóa dữ liệu của người này…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xóa dữ liệu theo yêu cầu của hội viên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Khi xóa:
• Họ tên, ngày sinh, số CCCD, điện thoại, nơi ở, dân tộc, tôn giáo, nghề nghiệp, số thẻ, ghi chú và mọi thông tin cá nhân khác của {name} bị xóa trắng.
• Sổ giữ lại một dấu “đã xóa” (không có thông tin cá nhân), để lần gửi dữ liệu lên cấp trên tới, cấp trên cũng xóa theo.
• Các giấy chứng nhận đã cấp bị thu hồi; số hiệu vẫn giữ để tra cứu.
• Số lượt dự sinh hoạt, dự lớp vẫn được đếm, nhưng không còn tên.
Việc này KHÔNG THỂ hoàn tác.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ví dụ: theo đơn đề nghị ngày 20/11/2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xóa vĩnh viễn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lý do xóa:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gõ chữ {word} để xác nhận:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tài khoản chỉ xem không ghi nhận được.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa ghi nhận sự đồng ý.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã đồng ý ngày {date}: {method}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phiếu cung cấp thông tin cá nhân</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hãy gõ chữ {word} để xác nhận.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QInputDialog</name>
    <message>
        <source>Hủy</source>
        <extracomment>What the women cell accepts while typing: up to six digits, dots between thousands. Widths of the number columns: room for &quot;12.345&quot; and the headers, not more, so the eye does not travel across empty space from a branch to its numbers.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QualificationDialog</name>
    <message>
        <source>Thêm trình độ — {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tương đương bậc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trình độ ngoài danh sách: tương đương mức nào trong danh sách (0 = không có)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loại trình độ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trình độ *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày cấp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nơi cấp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số văn bằng</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Sổ Hội — tệp dữ liệu bị hỏng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không mở được tệp dữ liệu {name}: tệp bị hỏng (có thể do mất điện hoặc ổ đĩa lỗi). Có thể khôi phục từ một bản sao lưu; tệp hỏng vẫn được giữ lại.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Khôi phục bản này</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chọn bản sao lưu khác…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thoát</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không tìm thấy bản sao lưu tốt nào trong {folder}. Hãy chọn một bản sao lưu (ví dụ trên USB), hoặc nhờ cán bộ kỹ thuật.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bản sao lưu tốt mới nhất: {kind}, lúc {when} ({file}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chọn bản sao lưu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bản sao lưu Sổ Hội (*.sqlite *.sohoi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cụm mật khẩu sao lưu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bản sao lưu này được mã hóa. Nhập cụm mật khẩu sao lưu:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>&lt;b&gt;Chỉ tiêu Đề án 1893&lt;/b&gt; — {unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>các xã trong dữ liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chọn năm cần báo cáo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sửa chỉ tiêu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xuất Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Điền mẫu báo cáo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Điền số liệu của sổ vào biểu mẫu Excel của cấp trên (các chỗ {{…}})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Làm mới</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Năm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đối tượng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số người</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã bồi dưỡng (người)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lượt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tỷ lệ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chỉ tiêu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đạt?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bồi dưỡng cán bộ Hội trong năm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tỷ lệ đã bồi dưỡng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Có chứng chỉ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mục tiêu 2030</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Có tiêu chuẩn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đạt chuẩn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nguồn kinh phí</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số tiền</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chứng chỉ nghiệp vụ công tác Hội (mục tiêu 2030)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đạt chuẩn chức danh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kinh phí các lớp xã tổ chức</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In danh sách…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mở lớp tập huấn cho những người này…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mở trang Bồi dưỡng với một lớp mới có sẵn những người trong danh sách (hoặc những người đang chọn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xã</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Người</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tỷ lệ cán bộ được bồi dưỡng trong năm theo chỉ tiêu của từng đối tượng; bấm vào tiêu đề cột để sắp xếp. Dữ liệu do xã quản lý; ở đây chỉ xem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theo từng xã</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đang tính số liệu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không tính được số liệu báo cáo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cán bộ tính theo chức danh đang giữ ngày {day}{note}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (cuối năm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done}/{people} người; chỉ tiêu {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đạt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa đạt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cả năm {year}: {people} người, {count} lượt hội viên của xã hoàn thành lớp bồi dưỡng. Chỉ tiêu theo chuyên đề chỉ tính các lớp có chuyên đề.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% đã bồi dưỡng năm {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tổng cộng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Cán bộ Hội chưa được bồi dưỡng năm {year}&lt;/b&gt; ({n} người)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Tất cả cán bộ Hội đã được bồi dưỡng năm {year}.&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cán bộ chưa được bồi dưỡng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xuất báo cáo ra Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bảng tính Excel (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã lưu {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xuất Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không ghi được tệp {name}: {reason}. Tệp có thể đang mở trong Excel; hãy đóng nó hoặc chọn tên khác.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RevokeDialog</name>
    <message>
        <source>Thu hồi giấy chứng nhận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thu hồi giấy chứng nhận số &lt;b&gt;{number}&lt;/b&gt; của &lt;b&gt;{name}&lt;/b&gt;. Giấy vẫn được giữ trong sổ; khi kiểm tra mã sẽ báo “đã thu hồi”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ví dụ: cấp nhầm người, sai họ tên…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày thu hồi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lý do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thu hồi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hãy ghi lý do thu hồi.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>&lt;h2&gt;Cài đặt&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sao lưu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sổ Hội tự sao lưu mỗi ngày và khi đóng chương trình nếu có thay đổi; mỗi bản đều được kiểm tra sau khi chép. Sổ giữ bản của 7 ngày, 4 tuần và 12 tháng gần nhất. Nên chép thêm một bản ra USB mỗi tháng và cất nơi khác máy tính.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sao lưu ngay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chép và kiểm tra một bản vào thư mục sao lưu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sao lưu ra USB…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiểm tra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đọc lại bản được chọn xem có dùng được không</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Khôi phục…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Khôi phục từ USB…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Khôi phục từ một bản sao lưu trên USB (tệp .sohoi cần cụm mật khẩu sao lưu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cụm mật khẩu sao lưu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đơn vị:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mã đơn vị:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chế độ:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cấp trên (nhận dữ liệu của các xã)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cơ sở (xã, phường, đặc khu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cấp trên:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(không có)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thiết lập lại đơn vị…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chỉ khi sổ còn trống (chưa có hội viên, chưa gửi nhận gói): chọn lại đơn vị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhật ký thay đổi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sổ ghi lại mọi thay đổi: ai sửa, lúc nào, bản ghi nào, trước và sau khi sửa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lịch sử thay đổi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bản gần nhất: {when}. Thư mục sao lưu: {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa có bản sao lưu nào. Thư mục sao lưu: {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tệp dữ liệu: {path} ({size})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đang sao lưu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã sao lưu và kiểm tra: {name} ({size}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chọn thư mục trên USB để chép bản sao lưu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cụm mật khẩu sao lưu đã được đặt và không đổi được (các bản sao lưu cũ vẫn cần nó). {warning}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đang lưu cụm mật khẩu sao lưu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã đặt cụm mật khẩu sao lưu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã ghi phiếu ghi nhớ {path}. Hãy in ra, viết tay cụm mật khẩu vào ô trống và cất ở nơi an toàn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bản sao lưu ra USB luôn được mã hóa để bảo vệ thông tin của hội viên. Trước hết hãy đặt cụm mật khẩu sao lưu; sau đó bấm « Sao lưu ra USB… » lần nữa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhập cụm mật khẩu sao lưu để mã hóa bản sao lưu ra USB:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đang chép ra {folder}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sổ đang thiết lập cho {unit} và còn trống. Thiết lập lại?

• Tệp hiện tại được giữ lại thành một bản sao lưu.
• Sổ Hội sẽ đóng lại; lần mở sau sẽ hỏi lại đơn vị.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thiết lập lại đơn vị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thiết lập lại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đang thiết lập lại…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sổ Hội sẽ đóng lại; hãy mở lại để chọn đơn vị.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bản sao lưu này được mã hóa. Nhập cụm mật khẩu sao lưu:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã chép bản sao lưu ra {path} ({size}) và đã kiểm tra. Có thể rút USB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đang kiểm tra {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Khôi phục dữ liệu về bản sao lưu lúc {when} ({kind}, {members} hội viên)?

• Trước khi khôi phục, dữ liệu hiện tại được lưu thành một bản &quot;Trước khi khôi phục&quot;, nên vẫn quay lại được.
• Mọi thay đổi sau thời điểm {when} sẽ không còn trong sổ.
• Sổ Hội sẽ đóng tệp dữ liệu, khôi phục, rồi cần được mở lại.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Khôi phục dữ liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Khôi phục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đang khôi phục…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã khôi phục từ {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã khôi phục dữ liệu từ {name}. Sổ Hội sẽ đóng lại; hãy mở lại để làm việc tiếp với dữ liệu đã khôi phục.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Có lỗi không mong đợi ({kind}); dữ liệu không bị thay đổi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cụm mật khẩu sao lưu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lưu phiếu ghi nhớ cụm mật khẩu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chọn bản sao lưu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bản sao lưu Sổ Hội (*.sohoi *.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Thiết lập Sổ Hội</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiếp &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; Quay lại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hoàn tất</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Để sau</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SplitDialog</name>
    <message>
        <source>Chia tách xã</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Chia tách</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chọn xã, các chi hội (hoặc gõ tên thôn) được tách, mã xã mới và ngày rồi bấm «Xem trước». Chưa có gì thay đổi cho đến khi bấm «Chia tách».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tách từ xã:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hoặc tên thôn (ấp, tổ dân phố), không cần dấu</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StandardRuleDialog</name>
    <message>
        <source>Sửa tiêu chuẩn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thêm tiêu chuẩn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>để trống: tự ghi theo trình độ đã chọn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chức danh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loại trình độ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tối thiểu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mô tả</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{level} trở lên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bậc {rank} trở lên</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StandardsDialog</name>
    <message>
        <source>Tiêu chuẩn chức danh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mỗi dòng là một yêu cầu về trình độ của một chức danh. Cán bộ đạt chuẩn khi có đủ mọi yêu cầu của các chức danh đang giữ. Tiêu chuẩn do cấp trên ban hành; sửa ở đây khi có hướng dẫn mới.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chức danh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loại trình độ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tối thiểu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mô tả</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Thêm…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sửa…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Xóa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xóa tiêu chuẩn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xóa yêu cầu “{description}” của chức danh {title}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xóa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa xóa được tiêu chuẩn.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <source>Đổi tình trạng sinh hoạt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không tìm thấy hội viên này; có thể đã bị xóa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} — hiện nay: {status} (từ {date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} — hiện nay: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ví dụ: Xã Tiên Hưng, tỉnh Hưng Yên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mã 5 số</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nếu chuyển đến một xã, phường khác: gõ mã của xã (xem mục Danh mục). Hồ sơ, quá trình bồi dưỡng và giấy chứng nhận của hội viên sẽ theo gói dữ liệu gửi cấp trên để xã nhận tiếp nhận.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tình trạng mới:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày thay đổi:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lý do:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nơi chuyển đến &lt;b style=&apos;color:#b3261e&apos;&gt;*&lt;/b&gt;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mã xã nhận (gửi hồ sơ qua cấp trên):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lưu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hội viên đang ở tình trạng này; hãy chọn tình trạng khác.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ví dụ: chuyển về sinh hoạt lại tại xã</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ví dụ: chuyển nơi cư trú</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ví dụ: xin ra khỏi Hội</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Kiểm tra lại trước khi thiết lập</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Máy tính này sẽ được thiết lập cho đơn vị dưới đây. Nếu chưa đúng, bấm « Quay lại » để sửa.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Gói Sổ Hội (*.sohoi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Đồng bộ&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Máy này</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xã gửi dữ liệu lên cấp trên bằng một tệp (.sohoi) mang trên USB, và nhận từ cấp trên danh mục chuyên đề, chỉ tiêu, tiêu chuẩn và kết quả các lớp tập huấn. Mỗi tệp được ký và mã hóa: chỉ cấp trên của xã đọc được.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Khi cấp trên nhập gói đầu tiên của xã, họ sẽ gọi điện để so mã nhận diện: hãy đọc cho họ mã trên, từng nhóm bốn ký tự.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gói đã gửi gần nhất:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gói đã nhận gần nhất:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cấp trên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gửi dữ liệu lên cấp trên…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhập gói từ cấp trên…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhập tệp đăng ký…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Cách gửi:&lt;/b&gt; cắm USB → bấm «Gửi dữ liệu lên cấp trên…» → chọn USB → chờ báo «Có thể rút USB» → mang USB lên cấp trên. Mỗi lần gửi là toàn bộ dữ liệu của xã: lỡ một lần thì lần sau vẫn đủ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Các xã gửi gói dữ liệu (.sohoi) lên bằng USB; cấp trên nhập các gói, rồi gửi xuống từng xã danh mục, chỉ tiêu, tiêu chuẩn và kết quả các lớp do cấp trên tổ chức. Một xã phải được đăng ký trước khi gửi gói đầu tiên.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Khi xã nhập tệp đăng ký, màn hình của xã hiện mã này: hãy đọc cho xã để so khớp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đăng ký xã…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhập gói của xã…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhập cả thư mục…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhập mọi gói (.sohoi) trong một thư mục hoặc USB, sau một bảng tóm tắt chung.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gửi xuống xã đã chọn…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gửi xuống tất cả các xã…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đổi khóa của xã…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Các xã đã đăng ký&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; (mã {code}) — mã nhận diện của máy này:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cấp trên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa đăng ký: hãy nhập tệp đăng ký do cấp trên gửi (nút «Nhập tệp đăng ký…»).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chưa gửi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chưa nhận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; (mã {code}) — mã nhận diện:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cấp trên chưa xác nhận đã nhận gói nào của xã; xác nhận đến cùng với gói cấp trên gửi xuống.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cấp trên đã nhận đến gói lần {n}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gói lần {sent} chưa được xác nhận: cấp trên chưa nhập, hoặc chưa gửi gói xuống từ khi nhập.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa đăng ký xã nào: bấm «Đăng ký xã…» để bắt đầu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} xã đã đăng ký · {never} xã chưa gửi gói nào · &lt;b&gt;{late} xã chưa gửi gói từ đầu quý {q}/{y}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa nhận gói nào từ xã này nên chưa có khóa để mã hóa gói gửi xuống.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xã chưa đăng ký với cấp trên: hãy nhập tệp đăng ký trước.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã xảy ra lỗi không mong muốn. Dữ liệu đã lưu không bị ảnh hưởng.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chọn gói dữ liệu (.sohoi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gửi dữ liệu lên cấp trên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ghi gói dữ liệu của xã gửi &lt;b&gt;{upper}&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gửi xuống xã</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ghi gói dữ liệu gửi &lt;b&gt;{name}&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chưa gửi gói nào lên nên chưa có khóa để mã hóa gói gửi xuống.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa có xã nào gửi gói lên, nên chưa gửi xuống được xã nào.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gửi xuống tất cả các xã</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ghi {n} gói dữ liệu, mỗi xã một tệp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đang ghi gói dữ liệu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã ghi gói lần &lt;b&gt;{n}&lt;/b&gt; gửi &lt;b&gt;{name}&lt;/b&gt;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dung lượng: {size}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tệp đã được đọc lại và kiểm tra, không lỗi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Có thể rút USB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã ghi gói dữ liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chọn thư mục chứa các gói của xã</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ghi tệp đăng ký</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ghi tệp đăng ký cho &lt;b&gt;{name}&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã ghi tệp đăng ký cho &lt;b&gt;{name}&lt;/b&gt;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tệp đã được đọc lại và kiểm tra.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mang tệp này đến xã. Khi xã nhập tệp, hãy đọc cho xã mã nhận diện của cấp trên để xã so với màn hình của mình:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã đăng ký xã</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đang ghi tệp đăng ký…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chọn tệp đăng ký (.sohoi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đang đọc tệp đăng ký…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã đăng ký</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xã đã đăng ký với &lt;b&gt;{upper}&lt;/b&gt;. Từ nay xã gửi được dữ liệu lên và chỉ nhận gói do cấp trên này gửi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đang nhập tệp đăng ký…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Khóa của cấp trên đã thay đổi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thay khóa của cấp trên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Chỉ thay khóa khi bạn đã gọi điện cho {upper}&lt;/b&gt; và họ xác nhận máy của họ vừa được cài lại, và mã nhận diện họ đọc trùng với mã trong tệp.&lt;br&gt;&lt;br&gt;Nếu chưa gọi, hãy chọn «Không»: tệp có thể không do cấp trên tạo.&lt;br&gt;&lt;br&gt;Bạn đã gọi điện và cấp trên đã xác nhận?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã gọi điện, thay khóa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đổi khóa của &lt;b&gt;{name}&lt;/b&gt;?&lt;br&gt;&lt;br&gt;Chỉ làm việc này khi xã báo máy tính của xã đã được cài lại (gói mới của xã bị từ chối vì khóa đã thay đổi). Gói tiếp theo của xã sẽ phải so mã nhận diện qua điện thoại như gói đầu tiên, và được đánh số lại từ lần 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đổi khóa của xã</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đổi khóa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã đổi khóa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã xóa khóa cũ của &lt;b&gt;{name}&lt;/b&gt;. Khi nhập gói tiếp theo của xã, hãy gọi điện so mã nhận diện rồi đánh dấu ô xác nhận.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đang đổi khóa…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TargetsDialog</name>
    <message>
        <source>Chỉ tiêu Đề án 1893 năm {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chỉ tiêu do cấp trên ban hành. Khi xã sửa, xã có bản chỉ tiêu riêng cho năm đó (chỉ dùng trong báo cáo của xã); chỉ tiêu của cấp trên vẫn giữ nguyên.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chỉ tiêu sửa ở đây được gửi xuống các xã trong gói đồng bộ tiếp theo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Năm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đối tượng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chỉ tiêu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tỷ lệ (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (riêng của xã)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lưu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dùng lại chỉ tiêu cấp trên</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingsPage</name>
    <message>
        <source>Mọi tình trạng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tìm theo tên lớp…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lớp mới…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sửa…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hủy lớp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thêm học viên…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thêm người ngoài…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bỏ khỏi lớp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tính hoàn thành theo số buổi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đánh dấu hoàn thành những người có mặt từ 80 % số buổi trở lên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In danh sách ký nhận…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In danh sách điểm danh…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Năm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tình trạng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xã</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thông tin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Học viên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mọi năm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đang tải…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa có lớp tập huấn nào phù hợp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} buổi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lớp này do {owner} tổ chức: ở đây chỉ xem được, không sửa được. Điểm danh và kết quả do nơi tổ chức ghi và gửi về qua gói đồng bộ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;Chưa ghi kinh phí.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đơn vị tổ chức</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hình thức</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Địa điểm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Giảng viên, báo cáo viên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đối tượng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{p} người, {c} hoàn thành, {g} giấy chứng nhận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} học viên · {d} hoàn thành</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã thêm lớp &quot;{title}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã lưu lớp &quot;{title}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hủy lớp &quot;{title}&quot;? Lớp vẫn được giữ trong danh sách với tình trạng &quot;Đã hủy&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bỏ {name} khỏi lớp?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · vừa đánh dấu thêm {n} người</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Danh sách ký nhận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Danh sách điểm danh</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitPage</name>
    <message>
        <source>Chọn đơn vị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— Chọn tỉnh, thành phố —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gõ tên xã, phường (không cần dấu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xã, phường, đặc khu:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tỉnh, thành phố:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chọn tỉnh, thành phố của Hội LHPN cấp trên.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chọn tỉnh, thành phố rồi chọn xã, phường của Hội.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UntrainedModel</name>
    <message>
        <source>Họ và tên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Năm sinh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đối tượng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chi hội</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UpperBranchesPage</name>
    <message>
        <source>Năm của số phụ nữ từ 18 tuổi và tỷ lệ tập hợp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nă&amp;m:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UpperListPage</name>
    <message>
        <source>Chi hội</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xã</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hội viên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đang sinh hoạt (thường, đương nhiên)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phụ nữ từ 18 tuổi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tỷ lệ tập hợp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sinh hoạt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nội dung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Có mặt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tỷ lệ tham dự</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cán bộ Hội</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Họ và tên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Năm sinh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chức danh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chuyên trách</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đạt chuẩn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bồi dưỡng trong năm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Xã:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đang đọc…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sổ Hội</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã xảy ra lỗi không mong muốn khi đọc dữ liệu.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UpperMeetingsPage</name>
    <message>
        <source>Quý {quarter}/{year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quý:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerificationBox</name>
    <message>
        <source>Kiểm tra giấy chứng nhận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhập mã xác thực, hoặc dán nội dung mã QR, rồi nhấn Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiểm tra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mã gồm 10 ký tự in dưới mã QR, góc phải giấy chứng nhận. Không phân biệt chữ hoa, chữ thường, dấu cách hay gạch ngang. Có thể dán cả nội dung mã QR (đọc bằng điện thoại): giấy của xã khác cũng kiểm tra được khi đã biết khóa của đơn vị cấp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa kiểm tra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CÒN HIỆU LỰC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ĐÃ THU HỒI ngày {day} — {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ĐÃ THU HỒI ngày {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GIẢ MẠO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chữ ký trong mã QR không khớp với nội dung: giấy này đã bị sửa, hoặc không do đơn vị ghi trên giấy cấp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CHƯA BIẾT ĐƠN VỊ CẤP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sổ này chưa có khóa của đơn vị cấp (mã {code}) nên chưa xác minh được. Hãy nhập gói dữ liệu mới của cấp trên, hoặc hỏi đơn vị đã cấp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KHÔNG TÌM THẤY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không có giấy chứng nhận nào mang mã &lt;b&gt;{code}&lt;/b&gt; trong sổ này. Hãy kiểm tra lại từng ký tự, hoặc hỏi đơn vị đã cấp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Người được cấp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Năm sinh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lớp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thời gian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày cấp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đơn vị cấp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Người ký</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chữ ký của đơn vị cấp hợp lệ (kiểm tra không cần mạng).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <source>Tệ&amp;p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sao lưu ngay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Khôi phục…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;In…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Thoát</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sử&amp;a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hoàn tác</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Làm lại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tìm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X&amp;em</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;rợ giúp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hướng dẫn trang này</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mục lục hướng dẫn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Giới thiệu Sổ Hội</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Giới thiệu Sổ Hội</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Sổ Hội {version}&lt;/h3&gt;&lt;p&gt;Sổ theo dõi hội viên, cán bộ, sinh hoạt chi hội, tập huấn và chứng nhận của Hội Liên hiệp Phụ nữ cấp xã.&lt;/p&gt;&lt;p&gt;Chương trình chạy hoàn toàn trên máy này, không cần Internet; dữ liệu được sao lưu tự động mỗi ngày.&lt;/p&gt;&lt;p&gt;Nhấn F1 ở bất kỳ trang nào để xem hướng dẫn của trang đó.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WomenCountDelegate</name>
    <message>
        <source>chưa biết</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_Form</name>
    <message>
        <source>Lưu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa lưu được. Những gì bạn nhập vẫn còn trên màn hình; hãy thử lại.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Đã xảy ra lỗi không mong muốn. Dữ liệu đã lưu không bị ảnh hưởng.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — XÃ MẪU (dữ liệu không có thật)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>box</name>
    <message>
        <source>Người được cấp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Năm sinh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lớp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thời gian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày cấp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đơn vị cấp</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <source>Hủy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Chưa lưu được</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Những gì vừa nhập chưa được lưu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chọn &quot;Quay lại&quot; để tiếp tục và lưu, hoặc &quot;Không lưu&quot; để đóng và bỏ những gì vừa nhập.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không lưu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quay lại</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
