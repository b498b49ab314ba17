// Owns the settings screen (docs/app-flows.md, 7): a new passphrase, the duress passphrase (a
// screen that looks the same whether one exists), the wipe after wrong passphrases, the language,
// the background-lock delay, the camouflage, and the panic wipe.

import Foundation
import Observation
import WaveCore

@MainActor @Observable
public final class SettingsViewModel {
    /// Where a change stands.
    public enum Status: Equatable, Sendable {
        case idle
        case working
        case saved
        case failed(String)
    }

    public var newPassphrase = "" { didSet { newStrength = estimate(newPassphrase) } }
    public var newConfirmation = ""
    public private(set) var newStrength: PassphraseStrength?
    public private(set) var passphraseStatus: Status = .idle

    public var duress = "" { didSet { duressStrength = estimate(duress) } }
    public var duressConfirmation = ""
    public private(set) var duressStrength: PassphraseStrength?
    public private(set) var duressStatus: Status = .idle

    public private(set) var wipeAfter: UInt32?
    public private(set) var wipeStatus: Status = .idle

    public private(set) var languages: [String] = []
    public private(set) var language: String
    public private(set) var lockDelay: LockDelay
    public private(set) var camouflage: Camouflage

    /// The panic wipe's one confirmation is showing.
    public private(set) var confirmingWipe = false
    public private(set) var wipeFailure: String?

    private let vault: any VaultCore
    private let preferences: any ShellPreferences
    private var words: Words
    private let keystore: Bool
    private let onLanguage: @MainActor (String) -> Void
    private let onCamouflage: @MainActor (Camouflage) -> Void
    private let onWiped: @MainActor () -> Void

    public init(
        vault: any VaultCore, preferences: any ShellPreferences, words: Words, keystore: Bool,
        onLanguage: @escaping @MainActor (String) -> Void,
        onCamouflage: @escaping @MainActor (Camouflage) -> Void,
        onWiped: @escaping @MainActor () -> Void
    ) {
        self.vault = vault
        self.preferences = preferences
        self.words = words
        self.keystore = keystore
        self.onLanguage = onLanguage
        self.onCamouflage = onCamouflage
        self.onWiped = onWiped
        language = words.language
        lockDelay = preferences.lockDelay
        camouflage = preferences.camouflage
        languages = (try? vault.languages()) ?? [words.language]
        wipeAfter = try? vault.wipeAfterFailures()
    }

    // MARK: What the screen shows

    public var canChangePassphrase: Bool {
        newStrength?.acceptable == true && newConfirmation == newPassphrase && passphraseStatus != .working
    }

    public var canSetDuress: Bool {
        duressStrength?.acceptable == true && duressConfirmation == duress && duress != newPassphrase
            && duressStatus != .working
    }

    public func statusText(_ status: Status) -> String? {
        switch status {
        case .idle: return nil
        case .working: return words("settings.working")
        case .saved: return words("settings.saved")
        case .failed(let message): return message
        }
    }

    public func languageName(_ code: String) -> String {
        words("language.\(code)")
    }

    public func lockDelayText(_ delay: LockDelay) -> String {
        words("settings.lock.\(delay)")
    }

    public func camouflageText(_ choice: Camouflage) -> String {
        words("settings.camouflage.\(choice.rawValue)")
    }

    public var wipeChoices: [UInt32?] { [nil, 5, 10, 20] }

    public func wipeChoiceText(_ choice: UInt32?) -> String {
        guard let choice else { return words("welcome.wipe.off") }
        return words("welcome.wipe.after", .number(Int(choice)))
    }

    public var readAloudText: String { words("settings.title") }

    // MARK: Changes

    public func changePassphrase() async {
        guard canChangePassphrase else { return }
        passphraseStatus = .working
        do {
            try await vault.changePassphrase(newPassphrase: newPassphrase)
            newPassphrase = ""
            newConfirmation = ""
            passphraseStatus = .saved
        } catch {
            passphraseStatus = .failed(message(error))
        }
    }

    /// Sets or replaces the duress passphrase; the screen never says which.
    public func setDuress() async {
        guard canSetDuress else { return }
        duressStatus = .working
        do {
            try await vault.setDuressPassphrase(duress: duress)
            duress = ""
            duressConfirmation = ""
            duressStatus = .saved
        } catch {
            duressStatus = .failed(message(error))
        }
    }

    public func setWipeAfter(_ limit: UInt32?) {
        do {
            try vault.setWipeAfterFailures(limit: limit)
            wipeAfter = limit
            wipeStatus = .saved
        } catch {
            wipeStatus = .failed(message(error))
        }
    }

    public func setLanguage(_ code: String) {
        guard languages.contains(code) else { return }
        preferences.language = code
        language = code
        words = Words(texts: words.texts, language: code)
        onLanguage(code)
    }

    public func setLockDelay(_ delay: LockDelay) {
        preferences.lockDelay = delay
        lockDelay = delay
    }

    public func setCamouflage(_ choice: Camouflage) {
        preferences.camouflage = choice
        camouflage = choice
        onCamouflage(choice)
    }

    public func askWipe() {
        confirmingWipe = true
    }

    public func cancelWipe() {
        confirmingWipe = false
    }

    /// Erases everything, asking for nothing more.
    public func confirmWipe() {
        confirmingWipe = false
        do {
            try vault.wipe()
            onWiped()
        } catch {
            wipeFailure = words("settings.wipe.failed")
        }
    }

    // MARK: Internals

    private func estimate(_ text: String) -> PassphraseStrength? {
        guard !text.isEmpty else { return nil }
        return try? vault.strength(
            of: text, language: words.language, keystore: keystore, wipeAfterFailures: wipeAfter)
    }

    private func message(_ error: any Error) -> String {
        switch FailureKind(error) {
        case .weakPassphrase, .invalidInput:
            return (error as? WaveError)?.personMessage ?? words("settings.failed")
        default:
            return words("settings.failed")
        }
    }
}
