"""The overview page (Tổng quan): the commune's numbers for a year at a glance."""
