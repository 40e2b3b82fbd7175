"""Benchmarks: the engine alone, and HTTP load against a running gateway."""
