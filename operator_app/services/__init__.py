"""Qt-aware, widget-free objects that run the station."""
