"""Vietnamese for the words Qt itself puts on screen: buttons, file, print and colour dialogs.

Qt ships no Vietnamese catalogue for its own dialogs, so without this a question asked in
Vietnamese was answered with "Yes / No", and the file and print dialogs spoke English.
The table below is looked up by a :class:`QTranslator` installed at start-up; it needs no
compiled ``.qm`` file and no Qt tool at run time, and a string it does not know falls
through to Qt's English (never to an empty label).

The keys are Qt's own (context, source text) pairs, read from what the widgets ask for
at run time (``tests/desktop/test_qt_vietnamese.py`` checks the ones the program shows).
Mnemonics keep a plain letter after "&" so Alt+letter is typeable on any keyboard.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTranslator

_BUTTONS = {
    # Standard buttons of message boxes and button boxes (QPlatformTheme names them).
    "OK": "Đồng ý",
    "Save": "Lưu",
    "Save All": "Lưu tất cả",
    "Open": "Mở",
    "&Yes": "&Có",
    "Yes to &All": "Có cho tất &cả",
    "&No": "&Không",
    "N&o to All": "Không cho tấ&t cả",
    "Abort": "Dừng hẳn",
    "Retry": "Thử lại",
    "Ignore": "Bỏ qua",
    "Close": "Đóng",
    "Cancel": "Hủy",
    "Discard": "Không lưu",
    "Help": "Trợ giúp",
    "Apply": "Áp dụng",
    "Reset": "Đặt lại",
    "Restore Defaults": "Khôi phục mặc định",
}

_TEXT_EDITING = {
    # Context menus of text fields (QLineEdit) and text boxes (QWidgetTextControl).
    "&Undo": "&Hoàn tác",
    "&Redo": "&Làm lại",
    "Cu&t": "&Cắt",
    "&Copy": "&Sao chép",
    "&Paste": "&Dán",
    "Delete": "Xóa",
    "Select All": "Chọn tất cả",
}

_FILE_DIALOG = {
    "Open": "Mở",
    "&Open": "&Mở",
    "&Save": "&Lưu",
    "&Choose": "&Chọn",
    "Save As": "Lưu thành",
    "Find Directory": "Chọn thư mục",
    "&Look in:": "&Tìm trong:",
    "File &name:": "Tên &tệp:",
    "Files of &type:": "&Loại tệp:",
    "Directory:": "Thư mục:",
    "Directories": "Thư mục",
    "Files": "Tệp",
    "All Files (*)": "Mọi tệp (*)",
    "All files (*)": "Mọi tệp (*)",
    "Back": "Lùi",
    "Forward": "Tới",
    "Go back": "Quay lại thư mục trước",
    "Go forward": "Tới thư mục sau",
    "Parent Directory": "Thư mục cha",
    "Go to the parent directory": "Lên thư mục cha",
    "Create New Folder": "Tạo thư mục mới",
    "Create a New Folder": "Tạo một thư mục mới",
    "New Folder": "Thư mục mới",
    "&New Folder": "Thư mục &mới",
    "List View": "Xem dạng danh sách",
    "Detail View": "Xem chi tiết",
    "Change to list view mode": "Xem dạng danh sách",
    "Change to detail view mode": "Xem chi tiết (kích thước, ngày sửa)",
    "List of places and bookmarks": "Các nơi hay dùng",
    "Sidebar": "Thanh bên",
    "Recent Places": "Nơi mở gần đây",
    "&Rename": "Đổi &tên",
    "&Delete": "&Xóa",
    "Delete": "Xóa",
    "Remove": "Bỏ khỏi danh sách",
    "Show ": "Hiện ",
    "Show &hidden files": "Hiện tệp ẩ&n",
    "Alt+Left": "Alt+Left",
    "Alt+Right": "Alt+Right",
    "Alt+Up": "Alt+Up",
    "%1 already exists.\nDo you want to replace it?":
        "%1 đã có.\nGhi đè lên tệp này?",
    "%1\nFile not found.\nPlease verify the correct file name was given.":
        "%1\nKhông tìm thấy tệp.\nHãy kiểm tra lại tên tệp.",
    "%1\nDirectory not found.\nPlease verify the correct directory name was given.":
        "%1\nKhông tìm thấy thư mục.\nHãy kiểm tra lại tên thư mục.",
    "'%1' is write protected.\nDo you want to delete it anyway?":
        "'%1' đang được chống ghi.\nVẫn xóa?",
    "Are you sure you want to delete '%1'?": "Xóa '%1'?",
    "Could not delete directory.": "Không xóa được thư mục.",
}

_FILE_MODEL = {
    "Name": "Tên",
    "Size": "Kích thước",
    "Type": "Loại",
    "Kind": "Loại",
    "Date Modified": "Ngày sửa",
    "Computer": "Máy tính",
    "My Computer": "Máy tính",
}

_FILE_ICONS = {
    "Drive": "Ổ đĩa",
    "Folder": "Thư mục",
    "File Folder": "Thư mục",
    "File": "Tệp",
    "Alias": "Lối tắt",
    "Shortcut": "Lối tắt",
    "Unknown": "Không rõ",
}

_PRINT_DIALOG = {
    "Print": "In",
    "&Print": "&In",
    "&Options >>": "&Tùy chọn >>",
    "&Options <<": "&Tùy chọn <<",
    "Local file": "Tệp trên máy",
    "Write PDF file": "Ghi ra tệp PDF",
    "Print to File (PDF)": "In ra tệp (PDF)",
    "Print To File ...": "In ra tệp…",
    "All Pages": "Mọi trang",
    "Odd Pages": "Trang lẻ",
    "Even Pages": "Trang chẵn",
    "1 (1x1)": "1 (1x1)",
    "2 (2x1)": "2 (2x1)",
    "4 (2x2)": "4 (2x2)",
    "6 (2x3)": "6 (2x3)",
    "9 (3x3)": "9 (3x3)",
    "16 (4x4)": "16 (4x4)",
    "Left to Right, Top to Bottom": "Trái sang phải, trên xuống dưới",
    "Left to Right, Bottom to Top": "Trái sang phải, dưới lên trên",
    "Right to Left, Bottom to Top": "Phải sang trái, dưới lên trên",
    "Right to Left, Top to Bottom": "Phải sang trái, trên xuống dưới",
    "Bottom to Top, Left to Right": "Dưới lên trên, trái sang phải",
    "Bottom to Top, Right to Left": "Dưới lên trên, phải sang trái",
    "Top to Bottom, Left to Right": "Trên xuống dưới, trái sang phải",
    "Top to Bottom, Right to Left": "Trên xuống dưới, phải sang trái",
    "%1 already exists.\nDo you want to overwrite it?": "%1 đã có.\nGhi đè lên tệp này?",
    "%1 is a directory.\nPlease choose a different file name.":
        "%1 là một thư mục.\nHãy chọn tên tệp khác.",
    "File %1 is not writable.\nPlease choose a different file name.":
        "Không ghi được vào tệp %1.\nHãy chọn tên tệp khác.",
    "The 'From' value cannot be greater than the 'To' value.":
        "Trang \"từ\" không được lớn hơn trang \"đến\".",
    "Invalid Pages Definition": "Các trang ghi chưa đúng",
    "%1 does not follow the correct syntax. Please use ',' to separate ranges and pages, "
    "'-' to define ranges and make sure ranges do not intersect with each other.":
        "%1 chưa đúng cách ghi. Dùng dấu ',' để ngăn cách các trang và khoảng trang, "
        "dấu '-' để ghi một khoảng (ví dụ 3,5-7), và các khoảng không được chồng lên nhau.",
    "Duplex Settings Conflicts": "Thiết lập in hai mặt mâu thuẫn",
    "There are conflicts in duplex settings. Do you want to fix them?":
        "Thiết lập in hai mặt đang mâu thuẫn nhau. Sửa lại?",
    "Options 'Pages Per Sheet' and 'Page Set' cannot be used together.\n"
    "Please turn one of those options off.":
        "Không dùng được cùng lúc \"Số trang mỗi tờ\" và \"Nhóm trang\".\n"
        "Hãy tắt một trong hai.",
}

_PRINT_WIDGET = {
    "Printer": "Máy in",
    "&Name:": "&Tên:",
    "P&roperties": "Th&uộc tính",
    "Location:": "Vị trí:",
    "Preview": "Xem trước",
    "Type:": "Loại:",
    "Output &file:": "&Tệp in ra:",
    "...": "…",
    "Form": "Biểu mẫu",
}

_PRINT_OUTPUT = {
    "Form": "Biểu mẫu",
    "Copies": "Số bản",
    "Copies:": "Số bản:",
    "Collate": "In theo bộ",
    "Reverse": "In ngược thứ tự",
    "Print range": "Phạm vi in",
    "Print all": "In tất cả",
    "Pages from": "Từ trang",
    "to": "đến",
    "Pages": "Các trang",
    "Current Page": "Trang đang xem",
    "Selection": "Phần đã chọn",
    "Page &Set:": "&Nhóm trang:",
    "Output Settings": "Thiết lập bản in",
    "Options": "Tùy chọn",
    "Color Mode": "Màu",
    "Color": "In màu",
    "Grayscale": "Đen trắng",
    "Double Sided Printing": "In hai mặt",
    "Off": "Không",
    "Long side binding": "Lật theo cạnh dài",
    "Short side binding": "Lật theo cạnh ngắn",
    "Specify pages or ranges separated by commas. Ranges are specified by two numbers "
    "separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.":
        "Ghi các trang hoặc khoảng trang, cách nhau bằng dấu phẩy; một khoảng là hai số "
        "nối bằng gạch ngang. Ví dụ: 3,5-7,9 in các trang 3, 5, 6, 7 và 9.",
}

_PRINT_PROPERTIES = {
    "Printer Properties": "Thuộc tính máy in",
    "Job Options": "Tùy chọn lệnh in",
    "Page Setup Conflicts": "Thiết lập trang mâu thuẫn",
    "There are conflicts in page setup options. Do you want to fix them?":
        "Các thiết lập trang đang mâu thuẫn nhau. Sửa lại?",
    "Advanced Option Conflicts": "Tùy chọn nâng cao mâu thuẫn",
    "There are conflicts in some advanced options. Do you want to fix them?":
        "Một số tùy chọn nâng cao đang mâu thuẫn nhau. Sửa lại?",
    "Custom value for %1": "Giá trị riêng cho %1",
}

_PAGE_SETUP = {
    "Form": "Biểu mẫu",
    "Paper": "Giấy",
    "Page size:": "Khổ giấy:",
    "Width:": "Rộng:",
    "Height:": "Cao:",
    "Paper source:": "Khay giấy:",
    "Orientation": "Hướng giấy",
    "Portrait": "Dọc",
    "Landscape": "Ngang",
    "Reverse landscape": "Ngang, quay ngược",
    "Reverse portrait": "Dọc, quay ngược",
    "Margins": "Lề",
    "top margin": "lề trên",
    "bottom margin": "lề dưới",
    "left margin": "lề trái",
    "right margin": "lề phải",
    "Page Layout": "Bố cục trang",
    "Page &order:": "&Thứ tự trang:",
    "Pages &per sheet:": "Số trang &mỗi tờ:",
    "Custom": "Tùy chỉnh",
    "Millimeters (mm)": "Milimét (mm)",
    "Points (pt)": "Point (pt)",
    "Inches (in)": "Inch (in)",
    "Pica (P\u0338)": "Pica (P\u0338)",
    "Didot (DD)": "Didot (DD)",
    "Cicero (CC)": "Cicero (CC)",
    "mm": "mm",
    "pt": "pt",
    "in": "in",
}

_PRINT_PREVIEW = {
    "Print Preview": "Xem trước khi in",
    "Print": "In",
    "Page Setup": "Thiết lập trang",
    "Page setup": "Thiết lập trang",
    "Export to PDF": "Xuất ra PDF",
    "First page": "Trang đầu",
    "Previous page": "Trang trước",
    "Next page": "Trang sau",
    "Last page": "Trang cuối",
    "Fit width": "Vừa chiều rộng",
    "Fit page": "Vừa trang",
    "Zoom in": "Phóng to",
    "Zoom out": "Thu nhỏ",
    "Portrait": "Dọc",
    "Landscape": "Ngang",
    "Show single page": "Xem từng trang",
    "Show facing pages": "Xem hai trang đối diện",
    "Show overview of all pages": "Xem toàn bộ các trang",
    "%1%": "%1%",
}

_COLOR_DIALOG = {
    "Select Color": "Chọn màu",
    "&Basic colors": "Màu &cơ bản",
    "&Custom colors": "Màu &tự chọn",
    "&Add to Custom Colors": "Thêm &vào màu tự chọn",
    "&Pick Screen Color": "&Lấy màu trên màn hình",
    "Cursor at %1, %2\nPress ESC to cancel": "Con trỏ ở %1, %2\nNhấn Esc để hủy",
    "Hu&e:": "Sắ&c độ:",
    "&Sat:": "Độ &bão hòa:",
    "&Val:": "Độ &sáng:",
    "&Red:": "Đỏ (&R):",
    "&Green:": "Lục (&G):",
    "Bl&ue:": "Lam (&U):",
    "A&lpha channel:": "Độ &trong suốt:",
    "&HTML:": "Mã &HTML:",
}

_FONT_DIALOG = {
    "Select Font": "Chọn phông chữ",
    "&Font": "&Phông chữ",
    "Font st&yle": "&Kiểu chữ",
    "&Size": "&Cỡ chữ",
    "Effects": "Hiệu ứng",
    "Stri&keout": "&Gạch ngang",
    "&Underline": "Gạch &dưới",
    "Sample": "Mẫu",
    "Wr&iting System": "&Hệ chữ viết",
}

_TABLE: dict[tuple[str, str], str] = {
    # Asked on every change of language: Vietnamese is written left to right.
    ("QGuiApplication", "QT_LAYOUT_DIRECTION"): "LTR",
    **{("QPlatformTheme", s): t for s, t in _BUTTONS.items()},
    ("QDialogButtonBox", "OK"): "Đồng ý",
    ("QMessageBox", "Show Details..."): "Xem chi tiết…",
    ("QMessageBox", "Hide Details..."): "Ẩn chi tiết…",
    ("QMessageBox", "About Qt"): "Về Qt",
    **{("QLineEdit", s): t for s, t in _TEXT_EDITING.items()},
    **{("QWidgetTextControl", s): t for s, t in _TEXT_EDITING.items()},
    ("QWidgetTextControl", "Copy &Link Location"): "Sao chép địa chỉ &liên kết",
    ("QAbstractSpinBox", "&Select All"): "&Chọn tất cả",
    ("QAbstractSpinBox", "&Step up"): "&Tăng lên",
    ("QAbstractSpinBox", "Step &down"): "&Giảm xuống",
    ("QInputDialog", "Enter a value:"): "Nhập giá trị:",
    ("QProgressDialog", "Cancel"): "Hủy",
    ("QDialog", "What's This?"): "Đây là gì?",
    ("QErrorMessage", "&OK"): "Đồn&g ý",
    ("QErrorMessage", "&Show this message again"): "&Hiện lại thông báo này",
    ("QErrorMessage", "An error occurred"): "Đã có lỗi",
    ("QErrorMessage", "Information:"): "Thông tin:",
    ("QErrorMessage", "Warning:"): "Cảnh báo:",
    ("QErrorMessage", "Critical Error:"): "Lỗi nghiêm trọng:",
    ("QErrorMessage", "Fatal Error:"): "Lỗi không thể tiếp tục:",
    ("QErrorMessage", "Debug Message:"): "Thông báo gỡ lỗi:",
    **{("QFileDialog", s): t for s, t in _FILE_DIALOG.items()},
    **{("QFileSystemModel", s): t for s, t in _FILE_MODEL.items()},
    **{("QAbstractFileIconProvider", s): t for s, t in _FILE_ICONS.items()},
    **{("QPrintDialog", s): t for s, t in _PRINT_DIALOG.items()},
    **{("QPrintWidget", s): t for s, t in _PRINT_WIDGET.items()},
    **{("QPrintSettingsOutput", s): t for s, t in _PRINT_OUTPUT.items()},
    **{("QPrintPropertiesDialog", s): t for s, t in _PRINT_PROPERTIES.items()},
    **{("QPageSetupWidget", s): t for s, t in _PAGE_SETUP.items()},
    **{("QPrintPreviewDialog", s): t for s, t in _PRINT_PREVIEW.items()},
    **{("QColorDialog", s): t for s, t in _COLOR_DIALOG.items()},
    **{("QFontDialog", s): t for s, t in _FONT_DIALOG.items()},
    ("QPageSize", "Custom"): "Tùy chỉnh",
    ("QScrollBar", "Scroll here"): "Cuộn tới đây",
    ("QScrollBar", "Top"): "Lên đầu",
    ("QScrollBar", "Bottom"): "Xuống cuối",
    ("QScrollBar", "Left edge"): "Sang mép trái",
    ("QScrollBar", "Right edge"): "Sang mép phải",
    ("QScrollBar", "Page up"): "Lên một trang",
    ("QScrollBar", "Page down"): "Xuống một trang",
    ("QScrollBar", "Page left"): "Sang trái một trang",
    ("QScrollBar", "Page right"): "Sang phải một trang",
    ("QScrollBar", "Scroll up"): "Cuộn lên",
    ("QScrollBar", "Scroll down"): "Cuộn xuống",
    ("QScrollBar", "Scroll left"): "Cuộn sang trái",
    ("QScrollBar", "Scroll right"): "Cuộn sang phải",
    ("QTabBar", "Scroll Left"): "Cuộn sang trái",
    ("QTabBar", "Scroll Right"): "Cuộn sang phải",
    ("CloseButton", "Close Tab"): "Đóng thẻ",
    ("QDockWidget", "Close"): "Đóng",
    ("QDockWidget", "Float"): "Tách ra",
    ("QDockWidget", "Closes the dock widget"): "Đóng khung này",
    ("QDockWidget", "Undocks and re-attaches the dock widget"): "Tách khung ra hoặc gắn lại",
    ("QUndoStack", "Undo"): "Hoàn tác",
    ("QUndoStack", "Redo"): "Làm lại",
    ("QUndoStack", "Undo %1"): "Hoàn tác: %1",
    ("QUndoStack", "Redo %1"): "Làm lại: %1",
    ("QUndoGroup", "Undo"): "Hoàn tác",
    ("QUndoGroup", "Redo"): "Làm lại",
    ("QUndoGroup", "Undo %1"): "Hoàn tác: %1",
    ("QUndoGroup", "Redo %1"): "Làm lại: %1",
    ("QUndoModel", "<empty>"): "<trống>",
    ("QWizard", "< &Back"): "< &Quay lại",
    ("QWizard", "Go Back"): "Quay lại",
    ("QWizard", "&Next >"): "&Tiếp >",
    ("QWizard", "&Next"): "&Tiếp",
    ("QWizard", "Continue"): "Tiếp tục",
    ("QWizard", "Commit"): "Xác nhận",
    ("QWizard", "&Finish"): "&Xong",
    ("QWizard", "Done"): "Xong",
    ("QWizard", "Cancel"): "Hủy",
    ("QWizard", "Help"): "Trợ giúp",
    ("QWizard", "&Help"): "Trợ &giúp",
}

QT_VIETNAMESE: dict[tuple[str, str], str] = _TABLE
"""Qt's own (context, English source) -> the Vietnamese the program shows."""


class QtVietnamese(QTranslator):
    """Answers Qt's own widgets from :data:`QT_VIETNAMESE`; anything else falls through.

    Returning ``None`` (a null string to Qt) on a miss matters: an empty string would
    be taken as a translation and blank the label.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.table = QT_VIETNAMESE

    def isEmpty(self) -> bool:  # noqa: N802
        """Say there is something to look up (Qt skips empty translators)."""
        return False

    def translate(  # type: ignore[override]
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        """Return the Vietnamese for Qt's ``source`` in ``context``, or None if unknown."""
        return self.table.get((context, source))
