"""The uploader that drains the journal's outbox to the fleet backend (later issue)."""
