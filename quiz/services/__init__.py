"""Rules that span models: plain functions, no request objects."""
