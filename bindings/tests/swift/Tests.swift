// The Swift host tests proper: what an iOS shell does through the generated WaveCore module
// (vault, duress passphrase, the checklist in Russian with its follow-ups and a repeated entry,
// enrollment and sync to a real wave-server) and the errors it must handle. They mirror the
// Python host tests, so both bindings are held to the same behaviour.

import Foundation
import WaveCore

let passphrase = "correct horse battery staple"
let duressPassphrase = "duress words: copper kettle meadow"

/// What every test gets: the shared server and a vault folder of its own.
struct Context {
    let server: TestServer
    let vaultDir: String
}

func newVault(_ dir: String, keystore: PlatformKeystore? = nil) async throws -> WaveVault {
    let vault = WaveVault(dir: dir, keystore: keystore)
    // The Argon2id floor: tests need speed, not resistance to guessing.
    try await vault.create(passphrase: passphrase, strength: .minimum)
    return vault
}

/// The kinds of violence chosen, each opening its own follow-up section.
let violations = ["v_phys", "v_detain", "v_threat"]
let followUpSections = ["physical_violence", "detention", "threats"]

/// Yesterday in UTC, so the incident is never in the future whatever the clock says.
func yesterday() -> String {
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.timeZone = TimeZone(identifier: "UTC")
    formatter.dateFormat = "yyyy-MM-dd"
    return formatter.string(from: Date().addingTimeInterval(-86_400))
}

/// Walks the checklist answering every question; remembers what it saw.
final class Recorder {
    private(set) var sections: [String] = []
    private(set) var labels: [String] = []
    private(set) var officerQuestions: [QuestionRecord] = []
    private var repeatsSeen: Set<String> = []

    /// A valid answer for any question: the gate's and the violations' are fixed, one officer
    /// is described (a repeated group's entry), every other repeated group is skipped.
    func answer(_ question: QuestionRecord) throws -> String {
        switch question.id {
        case "safe_now": return try json("safe")
        case "urgent_needs": return try json(["none"])
        case "agree_to_talk", "consent_store": return try json(true)
        case "code_name": return try json("Ромашка")
        case "country": return try json("ua")
        case "violations":
            let offered = Set(question.choices.map(\.value))
            try check(offered.isSuperset(of: violations), "violations offered: \(offered)")
            return try json(violations)
        default: break
        }
        let first = question.choices.first?.value ?? ""
        switch question.kind {
        case .single: return try json(first)
        case .multi: return try json([first])
        case .yesno, .info: return try json(true)
        case .text: return try json("текст \(question.id)")
        case .longtext: return try json("подробный рассказ \(question.id)")
        case .number: return try json(2)
        case .date: return try json(["value": yesterday(), "precision": "exact"])
        case .time: return try json("21:30")
        case .duration: return try json(45)
        case .location: return try json(["lat": 46.48, "lon": 30.72])
        case .attachment: return "null"
        case .repeat:
            // Add one entry the first time the officers' group comes up, then move on.
            let add = question.id == "officers" && !repeatsSeen.contains(question.id)
            repeatsSeen.insert(question.id)
            return try json(add)
        }
    }

    /// Records the whole checklist in Russian and finalizes it; returns the case id.
    func record(_ vault: WaveVault) throws -> String {
        let session = try vault.startSession(language: "ru")
        var question = try session.current()
        while let current = question {
            labels.append(current.label)
            if !sections.contains(current.sectionId) {
                sections.append(current.sectionId)
            }
            if current.repeat?.repeatId == "officers" && current.id != "officers" {
                officerQuestions.append(current)
            }
            switch try session.answer(answerJson: try answer(current)) {
            case .next(let next): question = next
            case .end: question = nil
            case .invalid(let message):
                throw CheckFailed(description: "\(current.id) refused: \(message)")
            case .stopped(let message, _):
                throw CheckFailed(description: "\(current.id) stopped the record: \(message)")
            }
        }
        try checkEqual(try session.problems(), [])
        guard case .finished(let caseId, let version, _) = try session.finish() else {
            throw CheckFailed(description: "the case did not finish")
        }
        try checkEqual(version, 1)
        try checkEqual(caseId, session.caseId())
        return caseId
    }
}

func testFullFlowRecordSyncThenDuress(_ context: Context) async throws {
    let vault = try await newVault(context.vaultDir)
    try await vault.setDuressPassphrase(duress: duressPassphrase)
    let recorder = Recorder()
    let caseId = try recorder.record(vault)

    try check(recorder.labels.allSatisfy(containsCyrillic),
              "questions not in Russian: \(recorder.labels.filter { !containsCyrillic($0) })")
    try check(recorder.sections.contains("consent"), "no consent section: \(recorder.sections)")
    for section in followUpSections {
        try check(recorder.sections.contains(section), "no \(section) follow-up: \(recorder.sections)")
    }
    try check(!recorder.sections.contains("sexual_violence"), "a follow-up nobody asked for opened")
    try check(!recorder.officerQuestions.isEmpty, "the officer entry asked nothing")
    try check(recorder.officerQuestions.allSatisfy { $0.repeat?.instance == 0 },
              "officer questions outside the first entry")
    try check(containsCyrillic(recorder.officerQuestions[0].repeat?.entryLabel ?? ""),
              "the entry label is not in Russian")

    let cases = try vault.listCases()
    try checkEqual(cases.map(\.id), [caseId])
    try checkEqual(cases[0].status, .finalized)
    let stored = try jsonObject(try vault.getCaseJson(caseId: caseId))
    let answers = stored["answers"] as? [String: Any] ?? [:]
    try checkEqual(answers["code_name"] as? String, "Ромашка")
    try checkEqual(answers["violations"] as? [String], violations)
    try checkEqual(answers["consent_store"] as? Bool, true)
    let officers = answers["officers"] as? [[String: Any]] ?? []
    try checkEqual(officers.count, 1)
    try check(officers[0]["officer_role"] != nil, "the officer entry lost its answers: \(officers)")
    try checkEqual((stored["versions"] as? [Any])?.count, 1)

    _ = try await vault.enroll(enrollment: try await context.server.enrollmentString(),
                               label: nil, settings: nil)
    try checkEqual(try vault.syncStatus().pending, 1)
    let observer = RecordingObserver()
    let report = try await vault.syncNow(observer: observer, settings: nil)
    try checkEqual(report.error, nil)
    try checkEqual(report.errorKind, nil)
    try checkEqual([report.sent, report.pending, report.failed], [1, 0, 0])
    try checkEqual(observer.state(of: caseId), .sent)
    try check(observer.lastProgress.map { $0.0 == $0.1 && $0.1 >= 1 } ?? false,
              "progress did not reach the end: \(String(describing: observer.lastProgress))")
    let status = try vault.syncStatus()
    try check(status.enrolled && status.sent == 1 && status.pending == 0, "\(status)")
    try check(status.lastSuccessAtMs != nil, "no last success time")
    // A version 1 enrollment string: the enrollment's recipients, no set to check.
    try checkEqual(status.recipientSetVersion, 0)
    try check(status.recipientSetProblem == nil, "\(status)")
    try checkEqual(status.server, context.server.url)
    try checkEqual(try vault.caseSyncStates(language: "en").map(\.state), [.sent])

    vault.lock()
    try await expectWaveError("VaultLocked") { _ = try vault.listCases() }
    try await vault.unlock(passphrase: duressPassphrase)
    try checkEqual(try vault.listCases().count, 0)
    try check(!(try vault.syncStatus().enrolled), "the duress vault is still enrolled")
    vault.lock()
    try await expectWaveError("WrongPassphrase") { try await vault.unlock(passphrase: passphrase) }
}

func testWrongPassphraseIsCounted(_ context: Context) async throws {
    let vault = try await newVault(context.vaultDir)
    vault.lock()
    try await expectWaveError("WrongPassphrase") { try await vault.unlock(passphrase: "not it") }
    try checkEqual(try vault.failedAttempts(), 1)
    try check(!vault.isUnlocked(), "unlocked by a wrong passphrase")
    try await vault.unlock(passphrase: passphrase)
    try checkEqual(try vault.failedAttempts(), 0)
    try check(vault.isUnlocked(), "not unlocked by the right passphrase")
}

func testInvalidAnswerIsRefusedWithALocalizedMessage(_ context: Context) async throws {
    let vault = try await newVault(context.vaultDir)
    let russian = try vault.startSession(language: "ru")
    let first = try russian.current()
    try checkEqual(first?.id, "safe_now")
    try checkEqual(first?.kind, .single)
    guard case .invalid(let message) = try russian.answer(answerJson: try json("no such choice"))
    else { throw CheckFailed(description: "an unknown choice was accepted") }
    try check(containsCyrillic(message), "the refusal is not in Russian: \(message)")
    try checkEqual(try russian.current()?.id, "safe_now")

    let english = try vault.startSession(language: "en")
    guard case .invalid(let englishMessage) = try english.answer(answerJson: try json("nope"))
    else { throw CheckFailed(description: "an unknown choice was accepted") }
    try check(!containsCyrillic(englishMessage) && !englishMessage.isEmpty,
              "the English refusal: \(englishMessage)")

    try await expectWaveError("InvalidInput") { _ = try russian.answer(answerJson: "{not json") }
    try await expectWaveError("InvalidInput") { _ = try russian.jump(section: "no_such_section") }
    try checkEqual(try vault.listCases().count, 0)
}

func testNotSafeStoresNothing(_ context: Context) async throws {
    let vault = try await newVault(context.vaultDir)
    let session = try vault.startSession(language: "uk")
    guard case .stopped(let message, let stored) = try session.answer(answerJson: try json("not_safe"))
    else { throw CheckFailed(description: "not being safe did not stop the record") }
    try check(!stored && containsCyrillic(message), "stored=\(stored), message: \(message)")
    try checkEqual(try session.current(), nil)
    try checkEqual(try vault.listCases().count, 0)
}

func testServerDown(_ context: Context) async throws {
    let vault = try await newVault(context.vaultDir)
    _ = try Recorder().record(vault)
    let quick = SyncSettings(maxAttempts: 1, timeoutMs: 5_000)
    try await expectWaveError("InvalidState") { _ = try await vault.syncNow(observer: nil, settings: quick) }
    try await expectWaveError("InvalidInput") {
        _ = try await vault.enroll(enrollment: "wave-enroll:9:x", label: nil, settings: quick)
    }
    // Port 9 (discard) has nothing listening on loopback: enrolling fails as a network error.
    let dead = try encodeEnrollmentString(
        server: "http://127.0.0.1:9", code: "code", recipients: [context.server.staff.recipient])
    try await expectWaveError("NetworkUnavailable") {
        _ = try await vault.enroll(enrollment: dead, label: nil, settings: quick)
    }
    try check(!(try vault.syncStatus().enrolled), "enrolled with a server that is down")
    let enrollment = try await context.server.enrollmentString()
    _ = try await vault.enroll(enrollment: enrollment, label: "phone", settings: quick)
    try await expectWaveError("InvalidState") {
        _ = try await vault.enroll(enrollment: enrollment, label: nil, settings: quick)
    }
}

func testKeystoreIsAskedAndItsFailureIsAnError(_ context: Context) async throws {
    let keystore = TestKeystore(Data(repeating: 0x6B, count: 32))
    let vault = try await newVault(context.vaultDir, keystore: keystore)
    vault.lock()
    try await vault.unlock(passphrase: passphrase)
    vault.lock()
    try check(keystore.timesAsked >= 2, "the keystore was asked \(keystore.timesAsked) times")
    let other = WaveVault(dir: context.vaultDir, keystore: TestKeystore(Data(repeating: 0x78, count: 32)))
    try await expectWaveError("WrongPassphrase") { try await other.unlock(passphrase: passphrase) }
    let removed = WaveVault(dir: context.vaultDir, keystore: TestKeystore(nil))
    let error = try await expectWaveError("KeystoreUnavailable") {
        try await removed.unlock(passphrase: passphrase)
    }
    try check("\(error)".contains("the key was removed"), "the reason was lost: \(error)")
}

func testWeakPassphrasesAndThePinRule(_ context: Context) async throws {
    let weak = try passphraseStrength(passphrase: "abc", lang: "uk", platformKeystore: false, wipeAfterFailures: nil)
    try check(!weak.acceptable && weak.score == 0, "abc: \(weak)")
    try check(containsCyrillic(weak.hint), "the hint is not in Ukrainian: \(weak.hint)")
    let strong = try passphraseStrength(passphrase: passphrase, lang: "en", platformKeystore: false, wipeAfterFailures: nil)
    try check(strong.acceptable && strong.score == 4 && strong.guessesLog10 > 10, "\(strong)")
    let refused = WaveVault(dir: context.vaultDir, keystore: nil)
    try await expectWaveError("WeakPassphrase") {
        try await refused.create(passphrase: "password1", strength: .minimum)
    }
    try check(!refused.exists(), "a vault was made with a weak passphrase")

    let pin = "583920"
    let pinVault = WaveVault(dir: context.vaultDir, keystore: TestKeystore(Data(repeating: 0x6B, count: 32)))
    try await expectWaveError("WeakPassphrase") {
        try await pinVault.create(passphrase: pin, strength: .minimum)
    }
    let allowed = try passphraseStrength(passphrase: pin, lang: "en", platformKeystore: true, wipeAfterFailures: 10)
    try check(allowed.acceptable && allowed.asPin, "\(allowed)")
    try await pinVault.create(passphrase: pin, strength: .minimum, wipeAfterFailures: 10)
    try checkEqual(try pinVault.wipeAfterFailures(), 10)
    try await expectWaveError("InvalidInput") { try pinVault.setWipeAfterFailures(limit: nil) }
    try await expectWaveError("WeakPassphrase") { try await pinVault.setDuressPassphrase(duress: "123456") }
    pinVault.lock()
    try await pinVault.unlock(passphrase: pin)
}

func testChecklistLanguages(_ context: Context) async throws {
    try checkEqual(try checklistLanguages(), ["en", "ru", "uk", "ro", "ka", "kk", "ky", "be"])
}

/// Lock and wipe while a sync waits on a server that hangs: both return at once, the sync ends
/// with VaultLocked, and once the server is back every case arrives exactly once.
func testLockAndWipeNeverWaitForAStalledSync(_ context: Context) async throws {
    let vault = try await newVault(context.vaultDir)
    _ = try Recorder().record(vault)
    _ = try await vault.enroll(enrollment: try await context.server.enrollmentString(),
                               label: nil, settings: nil)
    let patient = SyncSettings(maxAttempts: 1, timeoutMs: 600_000)
    // The server is shared by every test: never leave it frozen.
    defer { context.server.resume() }
    for stop in ["lock", "wipe"] {
        context.server.pause()
        let sync = Task { try await vault.syncNow(observer: nil, settings: patient) }
        // Time for the sync to reach the frozen server.
        try await Task.sleep(nanoseconds: 500_000_000)
        var started = Date()
        try checkEqual(try vault.syncStatus().pending, 1)
        try check(!(try vault.listCases()).isEmpty, "no cases")
        try check(Date().timeIntervalSince(started) < 1, "the vault did not answer during the sync")
        started = Date()
        if stop == "lock" { vault.lock() } else { try vault.wipe() }
        let took = Date().timeIntervalSince(started)
        try check(took < 1, "\(stop) took \(took) s")
        try await expectWaveError("VaultLocked") { _ = try await sync.value }
        context.server.resume()
        if stop == "lock" {
            try await vault.unlock(passphrase: passphrase)
            let report = try await vault.syncNow(observer: nil, settings: nil)
            try checkEqual([report.sent, report.pending, report.failed], [1, 0, 0])
            _ = try Recorder().record(vault)
        } else {
            try check(!FileManager.default.fileExists(atPath: context.vaultDir + "/key"),
                      "the key file is still there")
            try check(!vault.exists(), "the vault still exists")
        }
    }
}

/// An observer that calls back into the vault from its callbacks never deadlocks the sync.
func testAnObserverMayCallTheVault(_ context: Context) async throws {
    let vault = try await newVault(context.vaultDir)
    _ = try Recorder().record(vault)
    _ = try await vault.enroll(enrollment: try await context.server.enrollmentString(),
                               label: nil, settings: nil)
    let observer = CallingObserver(vault)
    let report = try await vault.syncNow(observer: observer, settings: nil)
    try checkEqual(report.sent, 1)
    try checkEqual(observer.seen, ["state \([CaseSyncState.sent])", "progress pending=0 cases=1"])
}
