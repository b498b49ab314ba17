// Owns when and how the shell syncs: the background worker's decision (a plain function, so it
// is tested here and the BGTaskScheduler handler in the app only follows it) and
// `SyncController`, the one place a sync is started from, which remembers what the home screen's
// sync line needs. Sync runs only while the vault is unlocked (docs/app-flows.md, "Background
// sync"): the signing key and the outbox index are inside the vault.

import Foundation
import Observation
import WaveCore

/// What a background sync task does when the system runs it.
public enum BackgroundSyncDecision: Equatable, Sendable {
    case run
    /// The vault is locked: nothing can be sent until she opens Wave.
    case skipLocked
    /// Not enrolled, or nothing waits.
    case skipNothingWaiting
    /// The server's key matched no pin: retrying does not help, a new enrollment does.
    case skipServerKeyMismatch
    /// Ask the system again after this many seconds (a sync ran moments ago, or is running).
    case retryLater(seconds: TimeInterval)
}

/// The decision for a background sync. `status` is `nil` when it could not be read (the vault is
/// locked). `lastAttempt` is when the previous sync started, `running` whether one runs now.
public func backgroundSyncDecision(
    unlocked: Bool, status: SyncStatusRecord?, serverKeyMismatch: Bool, running: Bool,
    lastAttempt: Date?, now: Date, minimumInterval: TimeInterval = 15 * 60
) -> BackgroundSyncDecision {
    guard unlocked, let status else { return .skipLocked }
    guard status.enrolled, status.pending > 0 else { return .skipNothingWaiting }
    if serverKeyMismatch { return .skipServerKeyMismatch }
    if running { return .retryLater(seconds: minimumInterval) }
    if let lastAttempt {
        let since = now.timeIntervalSince(lastAttempt)
        if since >= 0 && since < minimumInterval {
            return .retryLater(seconds: minimumInterval - since)
        }
    }
    return .run
}

/// Starts syncs and keeps what the sync line shows between them.
@MainActor @Observable
public final class SyncController {
    /// A sync is running now.
    public private(set) var running = false
    /// The last sync met a server whose key matched no pin; cleared by a sync that gets through.
    public private(set) var serverKeyMismatch = false
    /// The last sync stopped early (no network, server not answering).
    public private(set) var interrupted = false
    /// Grows by one after every sync, so screens know to read the vault again.
    public private(set) var completed = 0
    public private(set) var lastAttempt: Date?

    private let vault: any VaultCore
    private let settings: SyncSettings?
    private let now: @MainActor () -> Date

    public init(vault: any VaultCore, settings: SyncSettings?, now: @escaping @MainActor () -> Date) {
        self.vault = vault
        self.settings = settings
        self.now = now
    }

    /// Sends what waits, once; a second call while one runs does nothing.
    public func syncNow() async {
        guard !running else { return }
        running = true
        lastAttempt = now()
        defer {
            running = false
            completed += 1
        }
        do {
            let report = try await vault.syncNow(observer: nil, settings: settings)
            serverKeyMismatch = false
            interrupted = report.error != nil
        } catch {
            switch FailureKind(error) {
            case .serverKeyMismatch:
                serverKeyMismatch = true
            case .vaultLocked:
                // Locked or wiped mid-way: the next sync resends what the server may have.
                break
            default:
                interrupted = true
            }
        }
    }

    /// What a background task should do now.
    public func decision() -> BackgroundSyncDecision {
        backgroundSyncDecision(
            unlocked: vault.isUnlocked(), status: try? vault.syncStatus(),
            serverKeyMismatch: serverKeyMismatch, running: running, lastAttempt: lastAttempt, now: now())
    }

    /// Forgets everything about the previous vault (after a lock, wipe or duress unlock).
    public func reset() {
        serverKeyMismatch = false
        interrupted = false
        lastAttempt = nil
    }
}
