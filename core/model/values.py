"""One parameter value of a model description, type-checked as the spec parser reads it: a whole
number, a finite number, true/false, one of a list, a pair like [3, 3], a shape like [28, 28, 1].
Ranges are checked later, per row, by core.model.shapes."""

from __future__ import annotations

import math
from typing import Any

from core.i18n import QT_TRANSLATE_NOOP, translate
from core.model.errors import SpecError
from core.model.layer_catalog import Param


def is_int(v: Any) -> bool:
    return isinstance(v, int) and not isinstance(v, bool)


def finite_float(v: Any) -> float | None:
    """A JSON number as a finite float; None for anything else (text, NaN, ±inf, 10**400)."""
    if not (is_int(v) or isinstance(v, float)):
        return None
    try:
        number = float(v)  # an int too large for a float raises OverflowError
    except OverflowError:
        return None
    return number if math.isfinite(number) else None


def parse_shape(value: Any, where: str, allow_minus_one: bool) -> tuple[int, ...]:
    if is_int(value):
        value = [value]
    if not isinstance(value, (list, tuple)) or not value or not all(is_int(v) for v in value):
        raise SpecError(translate("spec", "{where} must be a list of whole numbers like [28, 28, 1], "
                                  "got {value}").format(where=where, value=repr(value)))
    if not allow_minus_one and len(value) > 8:
        raise SpecError(translate("spec", "{where} has {count} dimensions; at most 8 are supported")
                        .format(where=where, count=len(value)))
    return tuple(int(v) for v in value)


def parse_value(p: Param, value: Any, where: str) -> Any:
    """Type-check one parameter value; ranges are checked later, per row, by shapes.py."""
    bad = SpecError(translate("spec", _WRONG_KIND.get(p.kind, _WRONG_KIND["float"])).format(
        where=where, param=p.name, value=repr(value)))
    if p.kind == "int":
        if not is_int(value):
            raise bad
        return value
    if p.kind == "float":
        number = finite_float(value)
        if number is None:
            raise bad
        return number
    if p.kind == "bool":
        if not isinstance(value, bool):
            raise bad
        return value
    if p.kind == "choice":
        if value is None and p.name == "activation":
            return "linear"  # Keras writes no activation as None or "linear"
        if not isinstance(value, str) or value not in p.choices:
            raise SpecError(translate("spec", "{where}: '{param}' must be one of {choices}; got {value}")
                            .format(where=where, param=p.name, choices=", ".join(p.choices),
                                    value=repr(value)))
        return value
    if p.kind in ("pair", "optional_pair"):
        if value is None and p.kind == "optional_pair":
            return None
        if is_int(value):
            return (value, value)  # Keras accepts kernel_size=3 for (3, 3)
        if (not isinstance(value, (list, tuple)) or len(value) != 2
                or not all(is_int(v) for v in value)):
            raise bad
        return (int(value[0]), int(value[1]))
    if p.kind == "shape":
        return parse_shape(value, f"{where}: '{p.name}'", allow_minus_one=True)
    raise AssertionError(p.kind)


# A parameter value of the wrong type, one whole sentence per Param.kind (translated where raised).
_WRONG_KIND = {
    "int": QT_TRANSLATE_NOOP("spec", "{where}: '{param}' must be a whole number, got {value}"),
    "float": QT_TRANSLATE_NOOP("spec", "{where}: '{param}' must be a number, got {value}"),
    "bool": QT_TRANSLATE_NOOP("spec", "{where}: '{param}' must be true or false, got {value}"),
    "pair": QT_TRANSLATE_NOOP("spec", "{where}: '{param}' must be two whole numbers like [3, 3], "
                              "got {value}"),
    "optional_pair": QT_TRANSLATE_NOOP("spec", "{where}: '{param}' must be two whole numbers like "
                                       "[2, 2], or null, got {value}"),
    "shape": QT_TRANSLATE_NOOP("spec", "{where}: '{param}' must be a list of whole numbers like "
                               "[28, 28, 1], got {value}"),
}
