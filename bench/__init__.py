"""Benchmarks; ``bench.synthetic`` is the shared event generator."""
