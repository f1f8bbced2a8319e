# Shared set-up for the README's commands (.ci/serve, .ci/test, .ci/bench). Source it; do not
# run it. Every step checks first and installs only what is missing, so a second run takes
# seconds. Nothing is downloaded from GitHub: Rust tools come from crates.io, browser-test
# packages and wasm-opt (binaryen) from npm, Chromium from Debian.

set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
E2E_DIR="$REPO_ROOT/tests/e2e"
TRUNK_VERSION="0.21.14"
export TRUNK_SKIP_VERSION_CHECK=true
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
export PATH="$HOME/.cargo/bin:$E2E_DIR/node_modules/.bin:$PATH"

step() { printf '\033[1m==> %s\033[0m\n' "$*"; }

# Runs a command as root, through sudo when the user is not root.
as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# The exact wasm-bindgen version Cargo.lock pins; the CLI must match it.
wasm_bindgen_version() {
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' \
    "$REPO_ROOT/Cargo.lock"
}

ensure_rust_target() {
  if ! command -v cargo >/dev/null 2>&1; then
    echo "Rust is not installed. Install it with rustup (https://rustup.rs) and run this again." >&2
    exit 1
  fi
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    step "Adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
  fi
}

ensure_trunk() {
  if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
    step "Installing Trunk $TRUNK_VERSION from crates.io (takes several minutes, once)"
    cargo install trunk --version "$TRUNK_VERSION" --locked
  fi
}

ensure_wasm_bindgen() {
  local version
  version="$(wasm_bindgen_version)"
  if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $version" ]; then
    step "Installing wasm-bindgen-cli $version from crates.io (takes a few minutes, once)"
    # Without --locked: one of its pinned dependencies is no longer on the registry.
    cargo install wasm-bindgen-cli --version "$version"
  fi
}

# npm packages for the browser tests and wasm-opt (the binaryen package), installed when
# package-lock.json changed since the last install.
ensure_node_packages() {
  local stamp="$E2E_DIR/node_modules/.aims-assess-lock"
  if [ ! -f "$stamp" ] || ! cmp -s "$E2E_DIR/package-lock.json" "$stamp"; then
    step "Installing the browser-test packages and wasm-opt from npm"
    (cd "$E2E_DIR" && npm ci --no-audit --no-fund)
    cp "$E2E_DIR/package-lock.json" "$stamp"
  fi
}

ensure_chromium() {
  if ! command -v chromium >/dev/null 2>&1; then
    step "Installing Chromium from Debian"
    as_root apt-get update
    as_root apt-get install -y chromium
  fi
  export CHROMIUM_PATH="${CHROMIUM_PATH:-$(command -v chromium)}"
}

# The independent OSCAL validator (compliance-trestle, pinned in tests/oscal/requirements.txt)
# in its own Python virtual environment under ~/.cache, installed from PyPI when the
# requirements changed since the last install. Sets OSCAL_PYTHON to its interpreter.
ensure_python_tools() {
  local venv="${XDG_CACHE_HOME:-$HOME/.cache}/aims-assess/oscal-venv"
  local requirements="$REPO_ROOT/tests/oscal/requirements.txt"
  local stamp="$venv/.aims-assess-requirements"
  if ! command -v python3 >/dev/null 2>&1 || ! python3 -c 'import venv, ensurepip' >/dev/null 2>&1; then
    step "Installing Python 3 and venv from Debian"
    as_root apt-get update
    as_root apt-get install -y python3 python3-venv
  fi
  if [ ! -x "$venv/bin/python" ] || [ ! -f "$stamp" ] || ! cmp -s "$requirements" "$stamp"; then
    step "Installing the OSCAL validator (compliance-trestle) from PyPI"
    rm -rf "$venv"
    python3 -m venv "$venv"
    "$venv/bin/python" -m pip install --quiet --disable-pip-version-check -r "$requirements"
    cp "$requirements" "$stamp"
  fi
  OSCAL_PYTHON="$venv/bin/python"
}

# Everything a release build needs.
ensure_build_tools() {
  ensure_rust_target
  ensure_trunk
  ensure_wasm_bindgen
  ensure_node_packages
}

release_build() {
  step "Building the release app into dist/"
  (cd "$REPO_ROOT" && trunk build index.html --release)
}
