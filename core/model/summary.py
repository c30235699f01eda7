"""model.summary() as Keras 3 prints it, from core's own shapes (no TensorFlow).

Keras renders its summary with `rich`; this module lays out the same table with
the same widths and text, so the output is identical character for character
(tests compare it with Keras's own print_fn output).
"""

from __future__ import annotations

import shutil

from core.model.shapes import ModelInfo, format_shape

BYTES_PER_PARAM = 4  # float32 weights, Keras's default dtype


def format_count(n: int) -> str:
    """39760 -> '39,760', as Keras prints parameter counts."""
    return f"{n:,}"


def readable_memory_size(n_bytes: float) -> str:
    """Keras's summary_utils.readable_memory_size: 155.31 KB."""
    units = ["B", "KB", "MB", "GB", "TB", "PB"]
    if n_bytes > 1e300:  # a hand-edited spec's absurd size: beyond float range, no crash
        return f"{int(n_bytes) // 1024 ** 5:,} PB"
    for unit in units:
        if n_bytes / 1024 < 1:
            return f"{n_bytes:.2f} {unit}"
        n_bytes /= 1024
    return f"{n_bytes:.2f} {units[-1]}"


def totals_lines(info: ModelInfo) -> list[str]:
    """The three lines under Keras's table: Total / Trainable / Non-trainable params."""
    return [
        f" Total params: {format_count(info.total)} "
        f"({readable_memory_size(info.total * BYTES_PER_PARAM)})",
        f" Trainable params: {format_count(info.trainable)} "
        f"({readable_memory_size(info.trainable * BYTES_PER_PARAM)})",
        f" Non-trainable params: {format_count(info.non_trainable)} "
        f"({readable_memory_size(info.non_trainable * BYTES_PER_PARAM)})",
    ]


def summary_text(info: ModelInfo, model_name: str = "sequential",
                 line_length: int | None = None) -> str:
    """The text Keras's model.summary(print_fn=...) produces for this model."""
    import rich.console
    import rich.markup
    import rich.table

    # Keras's defaults for a sequential-like model (keras/src/utils/summary_utils.py).
    line_length = line_length or min(88, shutil.get_terminal_size().columns - 4)
    positions = [0.45, 0.80, 1.0]
    widths, current = [], 0
    for pos in positions:
        widths.append(int(pos * line_length) - current)
        current += widths[-1]
    columns = [
        rich.table.Column(header, justify=justify, width=width)
        for header, justify, width in zip(
            ["Layer (type)", "Output Shape", "Param #"], ["left", "left", "right"], widths,
            strict=True)
    ]
    table = rich.table.Table(*columns, width=line_length, show_lines=True)
    for row in info.rows:
        name = f"{rich.markup.escape(row.name)} ({rich.markup.escape(row.type)})"
        table.add_row(name, format_shape(row.output_shape), format_count(row.params))

    console = rich.console.Console(highlight=False, force_terminal=False, color_system=None)
    console.begin_capture()
    console.print(f'[bold]Model: "{rich.markup.escape(model_name)}"[/]')
    console.print(table)
    for line in totals_lines(info):
        console.print(rich.markup.escape(line))
    return console.end_capture()
