"""The settings page (Cài đặt): backups, restore and this installation's unit."""
