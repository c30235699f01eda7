#!/usr/bin/env bash
# DigitScope set-up: one command installs everything into .venv/ and then
#   bash setup.sh start [ARGS]   starts the app (ARGS go to main.py, e.g. "summary --model mlp_300_100")
#   bash setup.sh test  [ARGS]   runs ruff, lint-imports and the whole test suite (ARGS go to pytest)
# Safe to run again: it installs only what is missing or changed.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

mode="${1:-start}"
[ $# -gt 0 ] && shift
case "$mode" in start|test|install) ;; *)
    echo "usage: bash setup.sh [start|test|install] [ARGS...]" >&2; exit 2;;
esac
PYTHON="${PYTHON:-python3}"

say() { printf '\033[1m[setup]\033[0m %s\n' "$*" >&2; }

# --- 1. System libraries (Debian/Ubuntu only) --------------------------------
# Qt's wheels bring Qt itself but load these from the system: OpenGL/EGL, fonts,
# keyboard maps, D-Bus, and the xcb libraries its X11 plugin needs for a real window.
# python3-venv: Debian's python3 has no venv/ensurepip without it.
apt_packages=(libegl1 libgl1 libglib2.0-0 libfontconfig1 libfreetype6 libdbus-1-3
    libxkbcommon0 libxkbcommon-x11-0 libx11-xcb1 libxcb1 libxcb-cursor0 libxcb-icccm4
    libxcb-keysyms1 libxcb-shape0 libxcb-image0 libxcb-render-util0 libxcb-randr0
    libxcb-xfixes0 libxcb-xkb1 libxcb-sync1 libxcb-shm0 libxcb-render0 libxrender1
    fonts-dejavu-core fonts-nanum)  # Nanum: Hangul glyphs for the Korean interface
# The full Fashion-MNIST offline, in /usr/share/datasets/fashion-mnist/: installed on its own,
# so a distribution without it does not stop the set-up (DigitScope then says how to get it).
optional_packages=(dataset-fashion-mnist)
if command -v dpkg-query >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then
    missing=()
    for p in "${apt_packages[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
    done
    if ! "$PYTHON" -c "import ensurepip, venv" >/dev/null 2>&1; then
        missing+=("python3-venv")
    fi
    optional_missing=()
    # Tried once per .venv: where a package does not exist, later starts skip apt-get entirely.
    [ -f .venv/.optional-apt-tried ] && optional_packages=()
    for p in "${optional_packages[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || optional_missing+=("$p")
    done
    if [ ${#missing[@]} -gt 0 ] || [ ${#optional_missing[@]} -gt 0 ]; then
        sudo=""
        [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null 2>&1 && sudo="sudo"
        if [ "$(id -u)" -eq 0 ] || [ -n "$sudo" ]; then
            say "installing system packages: ${missing[*]} ${optional_missing[*]}"
            export DEBIAN_FRONTEND=noninteractive
            $sudo apt-get update -qq
            if [ ${#missing[@]} -gt 0 ]; then
                $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
            fi
            for p in "${optional_missing[@]}"; do
                $sudo apt-get install -y -qq --no-install-recommends "$p" >/dev/null 2>&1 ||
                    say "note: $p is not available here; that dataset will need a download"
            done
            optional_tried=1
        else
            say "warning: missing system packages (install them as root): ${missing[*]} ${optional_missing[*]}"
        fi
    fi
fi

# --- 2. Virtual environment and Python packages -------------------------------
if [ ! -x .venv/bin/python ]; then
    say "creating .venv with $("$PYTHON" --version 2>&1)"
    "$PYTHON" -m venv .venv
fi
[ -n "${optional_tried:-}" ] && touch .venv/.optional-apt-tried
extras=""
[ "$mode" = "test" ] && extras="[test]"
stamp=".venv/.digitscope-installed${extras}"
want="$(cat pyproject.toml setup.sh | cksum)"
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
    say "installing Python packages (TensorFlow is large: the first time takes a few minutes)"
    .venv/bin/python -m pip install -q --disable-pip-version-check --upgrade pip
    .venv/bin/python -m pip install -q --disable-pip-version-check -e ".${extras}"
    echo "$want" > "$stamp"
fi

# --- 3. Translations ------------------------------------------------------------
# The Korean interface: Qt's lrelease (shipped with PySide6) compiles assets/i18n/*.ts to .qm,
# only where a .ts is newer than its .qm.
.venv/bin/python -c "from gui.shell.i18n import compile_translations; compile_translations()" ||
    say "warning: the translations could not be compiled; the window will be in English"

# --- 4. Run -------------------------------------------------------------------
case "$mode" in
    start) exec .venv/bin/python main.py "$@" ;;
    test)
        .venv/bin/python -m ruff check .
        .venv/bin/lint-imports  # the package contracts in pyproject.toml (docs/architecture.md)
        # pytest exits 5 when it collected nothing: that is a failure here too.
        exec .venv/bin/python -m pytest "$@" ;;
    install) say "installed; start with: .venv/bin/python main.py" ;;
esac
