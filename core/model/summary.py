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


def summary_text(info: ModelInfo, model_name: str = "sequential", line_length: int | None = None) -> str:
    """The text Keras's model.summary(print_fn=...) produces for this model. A functional model
    lists its layers in Keras's order, Input layers included, with a "Connected to" column unless
    its graph is a plain chain."""
    import rich.console
    import rich.markup
    import rich.table

    chain = not info.functional or info.chain
    # Keras's defaults (keras/src/utils/summary_utils.py): 88 wide and 3 columns for a chain,
    # 108 and a "Connected to" column for a graph.
    if chain:
        default, positions = 88, [0.45, 0.80, 1.0]
        headers, justify = ["Layer (type)", "Output Shape", "Param #"], ["left", "left", "right"]
    else:
        default, positions = 108, [0.3, 0.56, 0.74, 1.0]
        headers = ["Layer (type)", "Output Shape", "Param #", "Connected to"]
        justify = ["left", "left", "right", "left"]
    line_length = line_length or min(default, shutil.get_terminal_size().columns - 4)
    widths, current = [], 0
    for pos in positions:
        widths.append(int(pos * line_length) - current)
        current += widths[-1]
    columns = [rich.table.Column(header, justify=j, width=width)
               for header, j, width in zip(headers, justify, widths, strict=True)]
    table = rich.table.Table(*columns, width=line_length, show_lines=True)
    for i in info.order():
        row = info.rows[i]
        name = f"{rich.markup.escape(row.name)} ({rich.markup.escape(row.class_name or row.type)})"
        cells = [name, format_shape(row.output_shape), format_count(row.params)]
        if not chain:
            cells.append(", ".join(f"{n}[0][0]" for n in row.inbound) or "-")
        table.add_row(*cells)

    console = rich.console.Console(highlight=False, force_terminal=False, color_system=None)
    console.begin_capture()
    console.print(f'[bold]Model: "{rich.markup.escape(model_name)}"[/]')
    console.print(table)
    for line in totals_lines(info):
        console.print(rich.markup.escape(line))
    return console.end_capture()
