// Owns the view models' view of the core: `VaultCore`, the calls they make on a vault (the
// generated `WaveVault` conforms as it is), and the few free functions they use, behind one
// protocol so tests can put a fake in its place where the real core cannot reach a state
// (a keystore that fails, a server whose key does not match). Nothing here decides anything
// about cases, forms or crypto: that is the core's.

import WaveCore

/// The calls the shell makes on a vault. `WaveVault` (generated) is the real one.
public protocol VaultCore: AnyObject, Sendable {
    func exists() -> Bool
    func isUnlocked() -> Bool
    func create(passphrase: String, strength: KdfStrength, wipeAfterFailures: UInt32?) async throws
    func unlock(passphrase: String) async throws
    func lock()
    func wipe() throws
    func changePassphrase(newPassphrase: String) async throws
    func setDuressPassphrase(duress: String) async throws
    func setWipeAfterFailures(limit: UInt32?) throws
    func wipeAfterFailures() throws -> UInt32?

    func listCases() throws -> [CaseSummaryRecord]
    func deleteCase(caseId: String) throws
    func amendCase(caseId: String) throws
    func listAttachments(caseId: String) throws -> [AttachmentRecord]
    func addAttachment(caseId: String, sourcePath: String, fileName: String?, mediaType: String) async throws
        -> AttachmentRecord
    func deleteAttachment(caseId: String, attachmentId: String) throws

    /// A new checklist session (`start_session`), as the protocol the view models drive.
    func beginChecklist(language: String) throws -> any GuidedSessionProtocol
    /// A draft's session at the question it was left on (`resume_session`).
    func continueChecklist(caseId: String, language: String) throws -> any GuidedSessionProtocol

    func enroll(enrollment: String, label: String?, settings: SyncSettings?) async throws -> String
    func syncNow(observer: SyncObserver?, settings: SyncSettings?) async throws -> SyncReportRecord
    func syncStatus() throws -> SyncStatusRecord
    func caseSyncStates(language: String) throws -> [CaseSyncRecord]

    // The core's free functions, here so a fake vault can answer them too.
    func strength(of passphrase: String, language: String, keystore: Bool, wipeAfterFailures: UInt32?) throws
        -> PassphraseStrength
    func previewEnrollment(_ enrollment: String) throws -> EnrollmentPreview
    func languages() throws -> [String]
}

extension VaultCore {
    public func strength(of passphrase: String, language: String, keystore: Bool, wipeAfterFailures: UInt32?)
        throws -> PassphraseStrength
    {
        try passphraseStrength(
            passphrase: passphrase, lang: language, platformKeystore: keystore,
            wipeAfterFailures: wipeAfterFailures)
    }

    public func previewEnrollment(_ enrollment: String) throws -> EnrollmentPreview {
        try previewEnrollmentString(enrollment: enrollment)
    }

    public func languages() throws -> [String] {
        try checklistLanguages()
    }
}

extension WaveVault: VaultCore {
    public func beginChecklist(language: String) throws -> any GuidedSessionProtocol {
        try startSession(language: language)
    }

    public func continueChecklist(caseId: String, language: String) throws -> any GuidedSessionProtocol {
        try resumeSession(caseId: caseId, language: language)
    }
}

/// The case of a `WaveError`, without its message, for deciding what a screen shows.
public enum FailureKind: Sendable, Equatable {
    case wrongPassphrase, vaultLocked, weakPassphrase, noVault, vaultExists, validationFailed
    case networkUnavailable, serverRejected, serverKeyMismatch, storageCorrupted, storageFailed
    case keystoreUnavailable, notFound, invalidState, invalidInput, internalError
    /// Not a `WaveError` at all (a file the shell could not read, say).
    case other

    public init(_ error: any Error) {
        guard let error = error as? WaveError else {
            self = .other
            return
        }
        switch error {
        case .WrongPassphrase: self = .wrongPassphrase
        case .VaultLocked: self = .vaultLocked
        case .WeakPassphrase: self = .weakPassphrase
        case .NoVault: self = .noVault
        case .VaultExists: self = .vaultExists
        case .ValidationFailed: self = .validationFailed
        case .NetworkUnavailable: self = .networkUnavailable
        case .ServerRejected: self = .serverRejected
        case .ServerKeyMismatch: self = .serverKeyMismatch
        case .StorageCorrupted: self = .storageCorrupted
        case .StorageFailed: self = .storageFailed
        case .KeystoreUnavailable: self = .keystoreUnavailable
        case .NotFound: self = .notFound
        case .InvalidState: self = .invalidState
        case .InvalidInput: self = .invalidInput
        case .Internal: self = .internalError
        }
    }
}

extension WaveError {
    /// The core's message for the person, where the case carries one (already in the language
    /// the call was made in, for the checklist and the strength rule).
    public var personMessage: String? {
        switch self {
        case .WeakPassphrase(let message), .ValidationFailed(let message),
            .NetworkUnavailable(let message), .ServerRejected(let message),
            .ServerKeyMismatch(let message), .StorageCorrupted(let message),
            .StorageFailed(let message), .KeystoreUnavailable(let message),
            .NotFound(let message), .InvalidState(let message), .InvalidInput(let message),
            .Internal(let message):
            return message
        case .WrongPassphrase, .VaultLocked, .NoVault, .VaultExists:
            return nil
        }
    }
}
