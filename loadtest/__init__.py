"""Load tests and side-by-side benchmarks (run from the repository root)."""
