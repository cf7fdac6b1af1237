"""The sync page (Đồng bộ): keys, enrollment, and packages carried on a USB stick."""
