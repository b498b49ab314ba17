// Owns the fakes for states the real core cannot be brought to on this machine: a keystore that
// fails while creating, a duress passphrase that cannot be set once the vault is made, a server
// that refused a record, a server whose key matches no pin, a finish with problems. Each fake
// answers only what its tests ask; anything else throws.

import Foundation
import WaveCore
@testable import WaveShell

final class FakeVault: VaultCore, @unchecked Sendable {
    private let mutex = NSLock()
    private var _unlocked = true
    private var _exists = true
    var createError: WaveError?
    var unlockError: WaveError?
    var duressError: WaveError?
    var changeError: WaveError?
    var enrollError: WaveError?
    var syncError: WaveError?
    var cases: [CaseSummaryRecord] = []
    var states: [CaseSyncRecord] = []
    /// The language each `caseSyncStates` was asked in, in order.
    var statesLanguages: [String] = []
    var status = makeStatus(enrolled: true, pending: 0)
    var session: (any GuidedSessionProtocol)?
    private(set) var amended: [String] = []
    /// Calls ("create", "unlock", "enroll", "change", "sync") that wait for `release()`, to see
    /// the states shown while they run.
    private var held: Set<String> = []
    private var waiters: [CheckedContinuation<Void, Never>] = []

    func hold(_ calls: Set<String>) {
        withLock { held = calls }
    }

    func release() {
        let waiting = withLock { () -> [CheckedContinuation<Void, Never>] in
            held = []
            defer { waiters = [] }
            return waiters
        }
        waiting.forEach { $0.resume() }
    }

    private func gate(_ call: String) async {
        await withCheckedContinuation { continuation in
            // Released before this call got here: go on at once.
            let wait = withLock { () -> Bool in
                guard held.contains(call) else { return false }
                waiters.append(continuation)
                return true
            }
            if !wait { continuation.resume() }
        }
    }

    private func withLock<T>(_ body: () -> T) -> T {
        mutex.lock()
        defer { mutex.unlock() }
        return body()
    }

    /// No vault on the phone yet: the app starts on the first-run screens.
    func startEmpty() {
        withLock {
            _exists = false
            _unlocked = false
        }
    }

    func exists() -> Bool { withLock { _exists } }
    func isUnlocked() -> Bool { withLock { _unlocked } }
    func create(passphrase: String, strength: KdfStrength, wipeAfterFailures: UInt32?) async throws {
        await gate("create")
        if let createError { throw createError }
        // As the core does: the new vault is open.
        withLock {
            _exists = true
            _unlocked = true
        }
    }
    func unlock(passphrase: String) async throws {
        await gate("unlock")
        if let unlockError { throw unlockError }
        withLock { _unlocked = true }
    }
    func lock() { withLock { _unlocked = false } }
    func wipe() throws { throw WaveError.StorageFailed(message: "disk") }
    func changePassphrase(newPassphrase: String) async throws {
        await gate("change")
        if let changeError { throw changeError }
    }
    func setDuressPassphrase(duress: String) async throws {
        if let duressError { throw duressError }
    }
    func setWipeAfterFailures(limit: UInt32?) throws {}
    func wipeAfterFailures() throws -> UInt32? { nil }
    func listCases() throws -> [CaseSummaryRecord] { cases }
    func deleteCase(caseId: String) throws {}
    func amendCase(caseId: String) throws { amended.append(caseId) }
    func listAttachments(caseId: String) throws -> [AttachmentRecord] { [] }
    func addAttachment(caseId: String, sourcePath: String, fileName: String?, mediaType: String) async throws
        -> AttachmentRecord
    {
        throw WaveError.StorageFailed(message: "disk full")
    }
    func deleteAttachment(caseId: String, attachmentId: String) throws {}
    func beginChecklist(language: String) throws -> any GuidedSessionProtocol {
        guard let session else { throw WaveError.Internal(message: "no session") }
        return session
    }
    func continueChecklist(caseId: String, language: String) throws -> any GuidedSessionProtocol {
        try beginChecklist(language: language)
    }
    func enroll(enrollment: String, label: String?, settings: SyncSettings?) async throws -> String {
        await gate("enroll")
        if let enrollError { throw enrollError }
        return "device"
    }
    func syncNow(observer: SyncObserver?, settings: SyncSettings?) async throws -> SyncReportRecord {
        await gate("sync")
        if let syncError { throw syncError }
        return SyncReportRecord(sent: 0, duplicates: 0, failed: 0, pending: 0, attachmentsUploaded: 0, error: nil)
    }
    func syncStatus() throws -> SyncStatusRecord { status }
    func caseSyncStates(language: String) throws -> [CaseSyncRecord] {
        statesLanguages.append(language)
        return states
    }
    func languages() throws -> [String] { ["en", "ru", "uk"] }
}

func summary(_ id: String, _ status: CaseStatus) -> CaseSummaryRecord {
    CaseSummaryRecord(
        id: id, status: status, title: "case \(id)", formId: "police-violence", formVersion: 2,
        createdAtMs: 1_800_000_000_000, updatedAtMs: 1_800_000_000_000, versions: status == .finalized ? 1 : 0)
}

/// A checklist session that has one question and finishes as told.
final class FakeSession: GuidedSessionProtocol, @unchecked Sendable {
    var question: QuestionRecord?
    var finishOutcome: FinishOutcome
    var reviewSections: [ReviewSectionRecord] = []
    var problemList: [ProblemRecord] = []
    private(set) var jumps: [String] = []

    init(question: QuestionRecord?, finish: FinishOutcome) {
        self.question = question
        finishOutcome = finish
    }

    func answer(answerJson: String) throws -> AnswerOutcome { .end }
    func back() throws -> QuestionRecord? { question }
    func caseId() -> String? { "case-1" }
    func current() throws -> QuestionRecord? { question }
    func finish() throws -> FinishOutcome { finishOutcome }
    func jump(section: String) throws -> QuestionRecord {
        jumps.append(section)
        guard let question else { throw WaveError.InvalidInput(message: "no such section") }
        return question
    }
    func language() -> String { "uk" }
    func problems() throws -> [ProblemRecord] { problemList }
    func progress() -> ProgressRecord { ProgressRecord(answered: 0, relevant: 1) }
    func removeEntry(repeatId: String, instance: UInt32) throws {}
    func review() throws -> [ReviewSectionRecord] { reviewSections }
    func setLanguage(language: String) {}
    func stopMessage() -> String? { nil }
}

func question(_ id: String, kind: ItemKind, section: String = "when_where") -> QuestionRecord {
    QuestionRecord(
        id: id, kind: kind, sectionId: section, sectionLabel: "Коли і де", sectionIndex: 3, label: "Питання \(id)",
        help: "Підказка", required: false, choices: [], answerJson: nil, shownAnswer: nil, repeat: nil,
        media: kind == .attachment ? ["photo"] : [], precisions: kind == .date ? ["exact", "month"] : [],
        number: 1, total: 1)
}

func makeStatus(enrolled: Bool, pending: UInt64) -> SyncStatusRecord {
    SyncStatusRecord(
        enrolled: enrolled, server: enrolled ? "https://ngo.example" : nil, pending: pending, sent: 0, rejected: 0,
        lastAttemptAtMs: nil, lastSuccessAtMs: nil, lastError: nil)
}
