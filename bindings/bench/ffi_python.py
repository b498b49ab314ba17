"""What one synchronous FFI call costs a Python shell (ctypes and uniffi's lowering and lifting),
for comparison with the Kotlin figures of bindings/scripts/test-kotlin bench. Times each call
separately and prints the median and p99 in nanoseconds, plus timeit's mean over batches.

Run against the optimized library (the `bench` profile writes target/release):
    cargo build --locked --profile bench -p wave-ffi
    cargo run -q --locked -p uniffi-bindgen -- generate --no-format \\
        --library $CARGO_TARGET_DIR/release/libwave_ffi.so --language python --out-dir /tmp/wave-py
    cp $CARGO_TARGET_DIR/release/libwave_ffi.so /tmp/wave-py/
    PYTHONPATH=/tmp/wave-py python3 bindings/bench/ffi_python.py
"""

import asyncio
import json
import os
import platform
import sys
import tempfile
import time
import timeit

import wave_ffi
from wave_ffi import ItemKind, KdfStrength, WaveVault

GATE = {"safe_now": "safe", "urgent_needs": ["none"], "agree_to_talk": True, "consent_store": True}


def measure(name, call, iterations):
    for _ in range(iterations // 4 + 1000):
        call()
    clock = time.perf_counter_ns
    samples = []
    for _ in range(iterations):
        start = clock()
        call()
        samples.append(clock() - start)
    samples.sort()
    median = samples[len(samples) // 2]
    p99 = samples[len(samples) * 99 // 100]
    # timeit over batches of 1,000: no per-call timer, so this mean carries no timer cost.
    mean = min(timeit.repeat(call, number=1000, repeat=5)) / 1000 * 1e9
    print(f"{name:28} median {median:7d} ns   p99 {p99:7d} ns   timeit {mean:7.0f} ns   ({iterations} calls)")


def main():
    iterations = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    with tempfile.TemporaryDirectory(prefix="wave-ffi-bench-") as folder:
        vault = WaveVault(os.path.join(folder, "vault"), None)
        asyncio.run(vault.create("bench passphrase", KdfStrength.MINIMUM()))
        session = vault.start_session("en")
        # Past the safety questions, so progress() counts a real draft.
        while session.case_id() is None:
            question = session.current()
            if question.id in GATE:
                answer = GATE[question.id]
            else:
                answer = True if question.kind in (ItemKind.YESNO, ItemKind.INFO) else None
            outcome = session.answer(json.dumps(answer))
            assert outcome.is_NEXT(), f"{question.id}: {outcome}"
        print(f"FFI round trip from Python (ctypes), {os.cpu_count()} cores, "
              f"{platform.python_implementation()} {platform.python_version()}")
        print(f"progress now: {session.progress()}")
        measure("timer only (empty call)", lambda: None, iterations)
        measure("WaveVault.is_unlocked()", vault.is_unlocked, iterations)
        measure("GuidedSession.progress()", session.progress, iterations)
        measure("GuidedSession.language()", session.language, iterations)
        measure("GuidedSession.current()", session.current, iterations // 10)
        vault.lock()


if __name__ == "__main__":
    main()
