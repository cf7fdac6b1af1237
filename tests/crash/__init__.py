"""Crash-safety tests: a worker process is killed (SIGKILL) inside every kind of write."""
