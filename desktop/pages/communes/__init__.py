"""The communes page (Các xã), upper level only: who reported, each commune's numbers."""
