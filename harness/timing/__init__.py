"""Stream timing and memory sampling."""
