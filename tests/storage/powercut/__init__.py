"""Power-loss testing of the journal: an fsync-tracking LD_PRELOAD shim and a writer child."""
