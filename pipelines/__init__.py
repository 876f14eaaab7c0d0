"""Item pipelines (one module per stage) and the stores they write to."""
