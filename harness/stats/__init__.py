"""Statistics of pass rates and timings: intervals, paired tests, power, repeats."""
