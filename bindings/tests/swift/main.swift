// The Swift host tests' runner: no XCTest on this path (the tests run in a plain chroot with
// swiftc), so a small loop runs each named test, catches and reports its failure, and closes
// with `N passed, N failed`, exiting non-zero when anything failed.
// Environment: WAVE_SERVER_BIN, the wave-server to sync with.

import Foundation
import WaveCore

let tests: [(String, (Context) async throws -> Void)] = [
    ("full_flow_record_sync_then_duress", testFullFlowRecordSyncThenDuress),
    ("wrong_passphrase_is_counted", testWrongPassphraseIsCounted),
    ("invalid_answer_is_refused_with_a_localized_message", testInvalidAnswerIsRefusedWithALocalizedMessage),
    ("not_safe_stores_nothing", testNotSafeStoresNothing),
    ("server_down", testServerDown),
    ("keystore_is_asked_and_its_failure_is_an_error", testKeystoreIsAskedAndItsFailureIsAnError),
    ("weak_passphrases_and_the_pin_rule", testWeakPassphrasesAndThePinRule),
    ("checklist_languages", testChecklistLanguages),
    ("lock_and_wipe_never_wait_for_a_stalled_sync", testLockAndWipeNeverWaitForAStalledSync),
    ("an_observer_may_call_the_vault", testAnObserverMayCallTheVault),
]

setvbuf(stdout, nil, _IOLBF, 0)  // Lines appear as tests finish, even through a pipe.

let serverBinary = ProcessInfo.processInfo.environment["WAVE_SERVER_BIN"] ?? "wave-server"
let server: TestServer
do {
    server = try TestServer(binary: serverBinary)
} catch {
    print("cannot start wave-server (\(serverBinary)): \(error)")
    print("0 passed, \(tests.count) failed")
    exit(1)
}

var passed = 0
var failed = 0
for (name, test) in tests {
    let started = Date()
    let folder: URL
    do {
        folder = try temporaryFolder("wave-vault")
    } catch {
        print("FAIL \(name): no temporary folder: \(error)")
        failed += 1
        continue
    }
    do {
        try await test(Context(server: server, vaultDir: folder.appendingPathComponent("vault").path))
        passed += 1
        print(String(format: "ok   %@ (%.2fs)", name, Date().timeIntervalSince(started)))
    } catch {
        failed += 1
        print("FAIL \(name): \(error)")
    }
    try? FileManager.default.removeItem(at: folder)
}
server.stop()

print("\(passed) passed, \(failed) failed")
exit(failed == 0 ? 0 : 1)
