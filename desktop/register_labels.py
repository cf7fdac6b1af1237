"""The register's own words as the screens show them: statuses, kinds, titles, roles, warnings.

They live in ``db`` (one home each, see ``db/vocabulary.py``) and reach the screens as data,
so the ``tr()`` that shows them is handed a variable lupdate cannot read. This list puts
them in the catalogue under the context ``labels``, where a failed lookup in any widget's
context ends (see ``desktop.translations``). ``tests/desktop/test_translations.py`` checks
that it holds exactly :func:`register_labels`; regenerate it with
``python -m desktop.register_labels``.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QT_TRANSLATE_NOOP


def register_labels() -> list[str]:
    """Return every label the register's vocabularies, roles and backups show, once."""
    from db import vocabulary
    from db.accounts import ROLE_DESCRIPTIONS, ROLE_LABELS
    from db.backup import KIND_LABELS, lost_passphrase_warning

    labels: list[str] = []
    for name in sorted(dir(vocabulary)):
        found = getattr(vocabulary, name)
        if isinstance(found, vocabulary.Vocabulary):
            # Open lists store the Vietnamese name itself: a person's data, not a word.
            labels += [label for code, label in found.labels.items() if code != label]
    labels += [*ROLE_LABELS.values(), *ROLE_DESCRIPTIONS.values(), *KIND_LABELS.values(),
               lost_passphrase_warning()]
    return list(dict.fromkeys(labels))


def main() -> int:
    """Print the ``LABELS`` tuple to paste below (in step with ``register_labels``)."""
    print("LABELS = (")
    for label in register_labels():
        line = f"    QT_TRANSLATE_NOOP(\"labels\", \"{label}\"),"
        print(line + ("  # noqa: E501" if len(line) > 100 else ""))
    print(")")
    return 0


LABELS = (
    QT_TRANSLATE_NOOP("labels", "Có mặt"),
    QT_TRANSLATE_NOOP("labels", "Vắng có lý do"),
    QT_TRANSLATE_NOOP("labels", "Vắng"),
    QT_TRANSLATE_NOOP("labels", "Trực tiếp"),
    QT_TRANSLATE_NOOP("labels", "Trực tuyến"),
    QT_TRANSLATE_NOOP("labels", "Kết hợp"),
    QT_TRANSLATE_NOOP("labels", "Dự kiến"),
    QT_TRANSLATE_NOOP("labels", "Đang học"),
    QT_TRANSLATE_NOOP("labels", "Đã kết thúc"),
    QT_TRANSLATE_NOOP("labels", "Đã hủy"),
    QT_TRANSLATE_NOOP("labels", "Đã nộp"),
    QT_TRANSLATE_NOOP("labels", "Miễn"),
    QT_TRANSLATE_NOOP("labels", "Chuyên trách"),
    QT_TRANSLATE_NOOP("labels", "Không chuyên trách"),
    QT_TRANSLATE_NOOP("labels", "Hoàn thành xuất sắc nhiệm vụ"),
    QT_TRANSLATE_NOOP("labels", "Hoàn thành tốt nhiệm vụ"),
    QT_TRANSLATE_NOOP("labels", "Hoàn thành nhiệm vụ"),
    QT_TRANSLATE_NOOP("labels", "Không hoàn thành nhiệm vụ"),
    QT_TRANSLATE_NOOP("labels", "Ngân sách nhà nước"),
    QT_TRANSLATE_NOOP("labels", "Kinh phí Hội"),
    QT_TRANSLATE_NOOP("labels", "Xã hội hóa"),
    QT_TRANSLATE_NOOP("labels", "Khác"),
    QT_TRANSLATE_NOOP("labels", "Thu"),
    QT_TRANSLATE_NOOP("labels", "Chi"),
    QT_TRANSLATE_NOOP("labels", "Nữ"),
    QT_TRANSLATE_NOOP("labels", "Nam"),
    QT_TRANSLATE_NOOP("labels", "Định kỳ"),
    QT_TRANSLATE_NOOP("labels", "Chuyên đề"),
    QT_TRANSLATE_NOOP("labels", "Hội nghị"),
    QT_TRANSLATE_NOOP("labels", "Thường"),
    QT_TRANSLATE_NOOP("labels", "Đương nhiên"),
    QT_TRANSLATE_NOOP("labels", "Danh dự"),
    QT_TRANSLATE_NOOP("labels", "Đang sinh hoạt"),
    QT_TRANSLATE_NOOP("labels", "Chuyển sinh hoạt"),
    QT_TRANSLATE_NOOP("labels", "Ra khỏi Hội"),
    QT_TRANSLATE_NOOP("labels", "Từ trần"),
    QT_TRANSLATE_NOOP("labels", "Cán bộ chuyên trách"),
    QT_TRANSLATE_NOOP("labels", "Chủ tịch Hội LHPN cơ sở"),
    QT_TRANSLATE_NOOP("labels", "Phó Chủ tịch Hội LHPN cơ sở"),
    QT_TRANSLATE_NOOP("labels", "Chi hội trưởng"),
    QT_TRANSLATE_NOOP("labels", "Chi hội phó"),
    QT_TRANSLATE_NOOP("labels", "Tỉnh"),
    QT_TRANSLATE_NOOP("labels", "Huyện"),
    QT_TRANSLATE_NOOP("labels", "Xã"),
    QT_TRANSLATE_NOOP("labels", "Chi hội"),
    QT_TRANSLATE_NOOP("labels", "Tổ phụ nữ"),
    QT_TRANSLATE_NOOP("labels", "Học vấn"),
    QT_TRANSLATE_NOOP("labels", "Chuyên môn"),
    QT_TRANSLATE_NOOP("labels", "Lý luận chính trị"),
    QT_TRANSLATE_NOOP("labels", "Quản lý nhà nước"),
    QT_TRANSLATE_NOOP("labels", "Tin học"),
    QT_TRANSLATE_NOOP("labels", "Nghiệp vụ công tác Hội"),
    QT_TRANSLATE_NOOP("labels", "Chủ tịch"),
    QT_TRANSLATE_NOOP("labels", "Phó Chủ tịch"),
    QT_TRANSLATE_NOOP("labels", "Ủy viên Ban Thường vụ"),
    QT_TRANSLATE_NOOP("labels", "Ủy viên Ban Chấp hành"),
    QT_TRANSLATE_NOOP("labels", "Tổ trưởng tổ phụ nữ"),
    QT_TRANSLATE_NOOP("labels", "Cán bộ Hội"),
    QT_TRANSLATE_NOOP("labels", "Quản trị"),
    QT_TRANSLATE_NOOP("labels", "Nhập liệu"),
    QT_TRANSLATE_NOOP("labels", "Chỉ xem"),
    QT_TRANSLATE_NOOP("labels", "Mọi việc, kể cả quản lý tài khoản, khôi phục sao lưu và cài đặt."),
    QT_TRANSLATE_NOOP("labels", "Thêm, sửa dữ liệu, in, xuất Excel; không quản lý tài khoản, không khôi phục sao lưu, không xóa dữ liệu cá nhân."),  # noqa: E501
    QT_TRANSLATE_NOOP("labels", "Chi hội trưởng, chi hội phó: xem, sửa hội viên, sinh hoạt, điểm danh của chi hội mình; không thấy chi hội khác; dân tộc, tôn giáo chỉ khi được cho phép."),  # noqa: E501
    QT_TRANSLATE_NOOP("labels", "Chỉ xem và in; không thêm, sửa, xóa; không thấy dân tộc, tôn giáo."),  # noqa: E501
    QT_TRANSLATE_NOOP("labels", "Hằng ngày"),
    QT_TRANSLATE_NOOP("labels", "Khi đóng chương trình"),
    QT_TRANSLATE_NOOP("labels", "Trước khi nhập dữ liệu"),
    QT_TRANSLATE_NOOP("labels", "Trước khi khôi phục"),
    QT_TRANSLATE_NOOP("labels", "Sao lưu thủ công"),
    QT_TRANSLATE_NOOP("labels", "Trước khi nâng cấp"),
    QT_TRANSLATE_NOOP("labels", "Nếu quên cụm mật khẩu sao lưu, KHÔNG ai mở được các bản sao lưu đã mã hóa, kể cả người lập trình Sổ Hội. Hãy in phiếu ghi nhớ và cất ở nơi an toàn."),  # noqa: E501
)


if __name__ == "__main__":
    sys.exit(main())
