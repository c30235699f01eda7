"""The Build area: the layer palette and table, the property editor and the compile settings."""
