"""Benchmark sections: each module adds clients, workloads and targets to ``make bench`` (see harness.py)."""
