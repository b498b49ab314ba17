// Owns the first-run screens (docs/app-flows.md, 1): what Wave is, the passphrase with the
// core's strength meter, the optional duress passphrase, the optional (or, for a PIN, required)
// wipe after wrong passphrases, and creating the vault.

import Foundation
import Observation
import WaveCore

@MainActor @Observable
public final class WelcomeViewModel {
    public enum Step: Equatable, Sendable {
        case intro
        case passphrase
        case duress
        case wipe
        case creating
        /// The phone's secure storage did not give its secret; "Try again".
        case keystoreUnavailable
        /// Creating failed for another reason, said in words; "Try again".
        case failed(String)
    }

    public private(set) var step: Step = .intro

    public var passphrase = "" { didSet { passphraseChanged() } }
    public var confirmation = ""
    /// The core's verdict on `passphrase`, for the strength meter; `nil` while it is empty.
    public private(set) var strength: PassphraseStrength?
    /// The core's refusal of the passphrase when creating (rare: the meter says it first).
    public private(set) var passphraseError: String?

    public var duress = "" { didSet { duressChanged() } }
    public var duressConfirmation = ""
    public private(set) var duressStrength: PassphraseStrength?
    public private(set) var duressError: String?

    /// Erase everything after this many wrong passphrases; `nil` is off.
    public var wipeAfter: UInt32?

    private let vault: any VaultCore
    private let words: Words
    private let kdf: KdfStrength
    private let keystore: Bool
    private let onCreated: @MainActor () -> Void
    /// The vault exists already (creating got as far as the duress passphrase).
    private var created = false

    public init(
        vault: any VaultCore, words: Words, kdf: KdfStrength, keystore: Bool,
        onCreated: @escaping @MainActor () -> Void
    ) {
        self.vault = vault
        self.words = words
        self.kdf = kdf
        self.keystore = keystore
        self.onCreated = onCreated
    }

    // MARK: What the screens show

    /// A PIN (six or more digits) accepted because the phone has a keystore and the wipe will be
    /// at most 10 tries: the wipe step is then required.
    public var isPin: Bool { strength?.asPin == true }

    public var passphrasesDiffer: Bool {
        !confirmation.isEmpty && confirmation != passphrase
    }

    public var mismatchText: String? {
        passphrasesDiffer ? words("welcome.passphrase.mismatch") : nil
    }

    public var canContinueFromPassphrase: Bool {
        strength?.acceptable == true && confirmation == passphrase
    }

    public var duressDiffers: Bool {
        !duressConfirmation.isEmpty && duressConfirmation != duress
    }

    /// Why the duress passphrase cannot be set, when it cannot.
    public var duressProblem: String? {
        if let duressError { return duressError }
        if !duress.isEmpty && duress == passphrase { return words("welcome.duress.same") }
        if duressDiffers { return words("welcome.passphrase.mismatch") }
        return nil
    }

    public var canSetDuress: Bool {
        duressStrength?.acceptable == true && duress != passphrase && duressConfirmation == duress
    }

    /// The wipe choices: off, 5, 10, 20 — or only 5 and 10 with a PIN, as the core enforces.
    public var wipeChoices: [UInt32?] {
        isPin ? [5, 10] : [nil, 5, 10, 20]
    }

    public func wipeChoiceText(_ choice: UInt32?) -> String {
        guard let choice else { return words("welcome.wipe.off") }
        return words("welcome.wipe.after", .number(Int(choice)))
    }

    public var strengthHint: String? { strength?.hint }
    public var duressHint: String? { duressStrength?.hint }

    public var failureText: String? {
        switch step {
        case .keystoreUnavailable: return words("welcome.keystoreUnavailable")
        case .failed(let message): return message
        default: return nil
        }
    }

    /// What read-aloud reads on this step.
    public var readAloudText: String {
        switch step {
        case .intro: return words("welcome.intro.title") + ". " + words("welcome.intro.body")
        case .passphrase: return words("welcome.passphrase.title") + ". " + words("welcome.passphrase.body")
        case .duress: return words("welcome.duress.title") + ". " + words("welcome.duress.body")
        case .wipe: return words("welcome.wipe.title") + ". " + words("welcome.wipe.body")
        case .creating: return words("welcome.creating")
        case .keystoreUnavailable, .failed: return failureText ?? ""
        }
    }

    // MARK: Moving through the steps

    public func begin() {
        step = .passphrase
    }

    public func continueFromPassphrase() {
        guard canContinueFromPassphrase else { return }
        passphraseError = nil
        step = .duress
    }

    public func setDuress() async {
        guard canSetDuress else { return }
        if created {
            // The vault exists; only the duress passphrase failed before.
            await finishCreating()
        } else {
            step = .wipe
            chooseDefaultWipe()
        }
    }

    public func skipDuress() {
        duress = ""
        duressConfirmation = ""
        if created {
            done()
        } else {
            step = .wipe
            chooseDefaultWipe()
        }
    }

    public func back() {
        switch step {
        case .passphrase: step = .intro
        case .duress where !created: step = .passphrase
        case .wipe: step = .duress
        default: break
        }
    }

    /// Creates the vault with everything chosen, then sets the duress passphrase if one was
    /// given. Slow on purpose (the key derivation takes about half a second).
    public func create() async {
        guard !created else {
            await finishCreating()
            return
        }
        if isPin, wipeAfter.map({ $0 > 10 }) ?? true {
            wipeAfter = 10
        }
        step = .creating
        do {
            try await vault.create(passphrase: passphrase, strength: kdf, wipeAfterFailures: wipeAfter)
            created = true
        } catch {
            fail(error)
            return
        }
        await finishCreating()
    }

    // MARK: Internals

    private func finishCreating() async {
        if !duress.isEmpty {
            step = .creating
            do {
                try await vault.setDuressPassphrase(duress: duress)
            } catch {
                fail(error)
                return
            }
        }
        done()
    }

    private func done() {
        // Nothing typed stays in the model once the vault holds it.
        passphrase = ""
        confirmation = ""
        duress = ""
        duressConfirmation = ""
        onCreated()
    }

    private func fail(_ error: any Error) {
        let message = (error as? WaveError)?.personMessage
        switch FailureKind(error) {
        case .weakPassphrase where created:
            duressError = message
            step = .duress
        case .weakPassphrase:
            passphraseError = message
            step = .passphrase
        case .keystoreUnavailable:
            step = .keystoreUnavailable
        default:
            step = .failed(words("welcome.failed"))
        }
    }

    private func chooseDefaultWipe() {
        if isPin { wipeAfter = 10 }
    }

    private func passphraseChanged() {
        passphraseError = nil
        strength = estimate(passphrase)
        duressChanged()
    }

    private func duressChanged() {
        duressError = nil
        duressStrength = duress.isEmpty ? nil : estimate(duress, pinAllowed: isPin)
    }

    /// The core's verdict; a PIN is tried again as one (keystore present, wipe at most 10).
    private func estimate(_ text: String, pinAllowed: Bool = true) -> PassphraseStrength? {
        guard !text.isEmpty else { return nil }
        let plain = try? vault.strength(
            of: text, language: words.language, keystore: keystore, wipeAfterFailures: nil)
        if plain?.acceptable == true || !keystore || !pinAllowed { return plain }
        let digits = text.count >= 6 && text.allSatisfy { $0.isASCII && $0.isNumber }
        guard digits,
            let pin = try? vault.strength(
                of: text, language: words.language, keystore: keystore, wipeAfterFailures: 10),
            pin.acceptable
        else { return plain }
        return pin
    }
}
