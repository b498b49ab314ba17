// Owns the unlock screen (docs/app-flows.md, 2): one passphrase field and nothing else about the
// vault — no attempt counter, no hint, no word of duress or wipe. A duress passphrase opens Wave
// through exactly the same calls and states as the real one.

import Foundation
import Observation
import WaveCore

@MainActor @Observable
public final class UnlockViewModel {
    public enum Phase: Equatable, Sendable {
        case entry
        case working
        /// "That did not work. Try again." — also after a failure that made the core wipe. Nothing
        /// this screen says names Wave: the phone may be in other hands.
        case wrong
        /// The phone's secure storage or the vault's files failed; said without detail.
        case unavailable
    }

    public private(set) var phase: Phase = .entry
    public var passphrase = ""

    private let vault: any VaultCore
    private let words: Words
    private let onUnlocked: @MainActor () -> Void

    public init(vault: any VaultCore, words: Words, onUnlocked: @escaping @MainActor () -> Void) {
        self.vault = vault
        self.words = words
        self.onUnlocked = onUnlocked
    }

    public var canOpen: Bool { !passphrase.isEmpty && phase != .working }

    public var messageText: String? {
        switch phase {
        case .wrong: return words("unlock.wrong")
        case .unavailable: return words("unlock.unavailable")
        case .entry, .working: return nil
        }
    }

    public var readAloudText: String {
        messageText ?? words("unlock.title")
    }

    public func open() async {
        guard canOpen else { return }
        let typed = passphrase
        // The field is cleared whatever happens next.
        passphrase = ""
        phase = .working
        do {
            try await vault.unlock(passphrase: typed)
            phase = .entry
            onUnlocked()
        } catch {
            switch FailureKind(error) {
            case .wrongPassphrase, .noVault:
                // No vault any more means the core wiped it after too many tries: the screen
                // says the same as for any wrong passphrase.
                phase = .wrong
            default:
                phase = .unavailable
            }
        }
    }
}
