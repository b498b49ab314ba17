#!/usr/bin/env bash
# Owns the Android packaging of wave-ffi: the shared library for each ABI the app ships, built
# with cargo-ndk into the app's jniLibs, and the generated Kotlin (package org.wave.core, loaded
# through JNA) into the app's sources. Neither output is committed.
# Needs the Android NDK (ANDROID_NDK_HOME) and cargo-ndk; the build machine has neither, so this
# script is reviewed, not run, there.
# Usage: bindings/scripts/build-android.sh   (honours CARGO_TARGET_DIR; ANDROID_API, default 24)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
target=${CARGO_TARGET_DIR:-$root/target}
app=$root/android/app/src/main
abis=(arm64-v8a armeabi-v7a x86_64)
rust_targets=(aarch64-linux-android armv7-linux-androideabi x86_64-linux-android)

die() {
    echo "build-android: $*" >&2
    exit 1
}

# Fail before any compiling when a tool is missing.
[[ -n ${ANDROID_NDK_HOME:-} ]] || die "ANDROID_NDK_HOME is not set; install the Android NDK and point ANDROID_NDK_HOME at it"
[[ -d $ANDROID_NDK_HOME/toolchains/llvm ]] || die "ANDROID_NDK_HOME ($ANDROID_NDK_HOME) does not hold an NDK (no toolchains/llvm)"
command -v cargo-ndk >/dev/null || die "cargo-ndk is missing; install it with: cargo install cargo-ndk"
installed=$(rustup target list --installed)
for rust_target in "${rust_targets[@]}"; do
    grep -qx "$rust_target" <<<"$installed" || die "Rust target $rust_target is missing; add it with: rustup target add ${rust_targets[*]}"
done

echo "== wave-ffi for ${abis[*]}"
ndk_targets=()
for abi in "${abis[@]}"; do
    ndk_targets+=(-t "$abi")
done
# release-ffi: LTO, stripped, panics still unwind (the bindings turn them into WaveError).
cargo ndk --platform "${ANDROID_API:-24}" "${ndk_targets[@]}" -o "$app/jniLibs" \
    build --locked -p wave-ffi --profile release-ffi

echo "== Kotlin bindings"
# Library mode reads the interface from the library's symbols, which the stripped release
# libraries no longer have; the host debug build carries the same interface.
cargo build --locked -p wave-ffi
cargo run -q --locked -p uniffi-bindgen -- generate --library "$target/debug/libwave_ffi.so" \
    --language kotlin --out-dir "$app/java"
echo "done: $app/jniLibs/{$(IFS=,; echo "${abis[*]}")}/libwave_ffi.so and $app/java/org/wave/core"
