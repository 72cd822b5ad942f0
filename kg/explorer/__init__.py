"""The HTML graph explorer: views, layout, and the self-contained page."""
