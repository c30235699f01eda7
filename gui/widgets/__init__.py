"""Widgets and helpers shared by the areas (canvas, pixel view, image grid, exports, theme). They
import no area and no session: they are given what they show."""
