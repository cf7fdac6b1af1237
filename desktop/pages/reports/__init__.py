"""The reports page: the Đề án 1893 targets, the officers still to train, the workbook."""
