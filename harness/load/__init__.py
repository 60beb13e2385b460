"""`harness load`: sweeps of concurrency levels and Poisson request rates against HTTP servers."""
