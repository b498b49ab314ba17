// Owns the rest of the screen states a view can show, each reached once: the welcome's failures
// and the PIN rule, unlock's other failure, home's refused records and sync lines, the
// checklist's review, problems and attachments, every enrollment failure, the settings' changes,
// locking after the background delay (the first-run screens too, when they hold an open vault),
// the capture folder emptied at launch and on every lock,
// the language, read-aloud, and observation of each property the views read.

import Foundation
import Testing
import WaveCore
@testable import WaveShell

/// The app's words from the catalog; a catalog that does not load fails StringTests, and here
/// shows keys instead of text.
let testCatalog: (any Texts)? = try? loadCatalog()

struct KeysOnly: Texts {
    func text(_ key: String, language: String, _ arguments: [TextArgument]) -> String { key }
}

func words(_ language: String = "uk") -> Words {
    Words(texts: testCatalog ?? KeysOnly(), language: language)
}

/// A device secret, as the Keychain wrapper gives it.
final class TestKeystore: PlatformKeystore, @unchecked Sendable {
    func secret() throws -> Data { Data(repeating: 0x6B, count: 32) }
}

@MainActor @Suite struct WelcomeStateTests {
    @Test func keystoreUnavailableOffersTryAgainThenFailureInWords() async throws {
        let fake = FakeVault()
        fake.createError = .KeystoreUnavailable(message: "no secure enclave")
        var created = 0
        let model = WelcomeViewModel(vault: fake, words: words(), kdf: .minimum, keystore: false) { created += 1 }
        model.begin()
        model.passphrase = passphrase
        model.confirmation = passphrase
        model.continueFromPassphrase()
        model.skipDuress()
        #expect(model.step == .wipe)
        await expectObserved("welcome step", { model.step }) {
            await model.create()
        }
        #expect(model.step == .keystoreUnavailable)
        #expect(model.failureText == (words()("welcome.keystoreUnavailable")))
        #expect(!(model.failureText ?? "").contains("enclave"), "the core's detail reached the screen")
        fake.createError = .StorageFailed(message: "disk")
        await model.create()
        #expect(model.step == .failed(words()("welcome.failed")))
        #expect(model.readAloudText == model.failureText)
        fake.createError = .WeakPassphrase(message: "Додайте ще одне слово.")
        await model.create()
        #expect(model.step == .passphrase && model.passphraseError == "Додайте ще одне слово.")
        fake.createError = nil
        fake.duressError = .WeakPassphrase(message: "Занадто проста.")
        model.continueFromPassphrase()
        model.duress = duressPassphrase
        model.duressConfirmation = duressPassphrase
        await model.setDuress()
        await model.create()
        // The vault exists; only the duress passphrase was refused: back to it, with the reason.
        #expect(model.step == .duress && model.duressProblem == "Занадто проста.")
        model.back()
        #expect(model.step == .duress, "no way back past a vault that exists")
        model.skipDuress()
        #expect(created == 1)
    }

    @Test func aPinNeedsTheKeystoreAndAWipeOfAtMostTen() async throws {
        let harness = try Harness(language: "uk")
        let vault = WaveVault(dir: harness.folder.appendingPathComponent("pin").path, keystore: TestKeystore())
        var created = false
        let model = WelcomeViewModel(vault: vault, words: words(), kdf: .minimum, keystore: true) { created = true }
        model.begin()
        model.passphrase = "583920"
        #expect(model.isPin && model.strength?.acceptable == true)
        model.confirmation = "583920"
        model.continueFromPassphrase()
        model.skipDuress()
        #expect(model.wipeChoices == [5, 10] && model.wipeAfter == 10)
        #expect(model.wipeChoiceText(10).contains("10"))
        await model.create()
        #expect(created)
        #expect(try vault.wipeAfterFailures() == 10)

        let noKeystore = WelcomeViewModel(
            vault: harness.vault, words: words(), kdf: .minimum, keystore: false, onCreated: {})
        noKeystore.passphrase = "583920"
        #expect(!noKeystore.isPin && noKeystore.strength?.acceptable == false)
        #expect(noKeystore.wipeChoices == [nil, 5, 10, 20])
        #expect(noKeystore.wipeChoiceText(nil) == (words()("welcome.wipe.off")))
    }

    @Test func everyStepHasItsTextToReadAloud() throws {
        let model = WelcomeViewModel(vault: FakeVault(), words: words(), kdf: .minimum, keystore: false) {}
        #expect(model.readAloudText.contains(words()("welcome.intro.body")))
        model.begin()
        #expect(model.readAloudText.contains(words()("welcome.passphrase.body")))
        model.back()
        #expect(model.step == .intro)
    }
}

@MainActor @Suite struct UnlockAndHomeStateTests {
    @Test func aFailingKeystoreIsNotCalledAWrongPassphrase() async throws {
        let fake = FakeVault()
        fake.unlockError = .KeystoreUnavailable(message: "gone")
        var opened = false
        let model = UnlockViewModel(vault: fake, words: words()) { opened = true }
        model.passphrase = passphrase
        await model.open()
        #expect(model.phase == .unavailable && !opened)
        #expect(model.messageText == (words()("unlock.unavailable")))
        fake.unlockError = nil
        model.passphrase = passphrase
        await model.open()
        #expect(opened && model.phase == .entry)
    }

    @Test func refusedRecordsShowTheReasonAndCorrectingOpensTheDraft() throws {
        let fake = FakeVault()
        fake.cases = [summary("a", .draft), summary("b", .finalized), summary("c", .finalized), summary("d", .finalized)]
        fake.states = [
            CaseSyncRecord(caseId: "a", state: .draft), CaseSyncRecord(caseId: "b", state: .pending),
            CaseSyncRecord(caseId: "c", state: .sent), CaseSyncRecord(caseId: "d", state: .rejected(reason: "too large")),
        ]
        fake.status = makeStatus(enrolled: true, pending: 1)
        var opened: [String] = []
        let model = HomeViewModel(
            vault: fake, sync: SyncController(vault: fake, settings: nil, now: { Date() }), words: words(),
            actions: .init(newRecord: {}, openDraft: { opened.append($0) }, connect: {}, settings: {}))
        #expect(HomeViewModel.Group.allCases.map { model.rows(in: $0).map(\.id) } == [["a"], ["b"], ["c"], ["d"]])
        #expect(model.rows(in: .rejected).first?.reason == "too large")
        // The core says the server's refusal in the language the screen is in.
        #expect(!fake.statesLanguages.isEmpty && fake.statesLanguages.allSatisfy { $0 == "uk" })
        #expect(model.syncLine == .waiting && model.canSendNow)
        model.open(try #require(model.rows(in: .sent).first))
        #expect(opened.isEmpty, "a sent record opened in the checklist")
        model.correct(try #require(model.rows(in: .rejected).first))
        #expect(fake.amended == ["d"] && opened == ["d"])
        model.open(try #require(model.rows(in: .drafts).first))
        #expect(opened == ["d", "a"])
    }

    @Test func syncLineSaysSendingThenKeyMismatchWithoutRetrying() async throws {
        let fake = FakeVault()
        fake.cases = [summary("b", .finalized)]
        fake.states = [CaseSyncRecord(caseId: "b", state: .pending)]
        fake.status = makeStatus(enrolled: true, pending: 1)
        fake.hold(["sync"])
        fake.syncError = .ServerKeyMismatch(message: "pin")
        let clock = TestClock()
        let sync = SyncController(vault: fake, settings: nil, now: { clock.now })
        let model = HomeViewModel(
            vault: fake, sync: sync, words: words(),
            actions: .init(newRecord: {}, openDraft: { _ in }, connect: {}, settings: {}))
        let sending = Task { await model.sendNow() }
        #expect(try await eventually { sync.running })
        #expect(model.syncLine == .sending && !model.canSendNow)
        #expect(model.syncLineText == (words()("home.sync.sending")))
        fake.release()
        await sending.value
        #expect(model.syncLine == .serverKeyMismatch)
        #expect(model.syncLineText == (words()("home.sync.keyMismatch")))
        #expect(sync.decision() == .skipServerKeyMismatch)
        fake.status = makeStatus(enrolled: false, pending: 1)
        model.refresh()
        #expect(model.syncLine == .notEnrolled)
    }

    @Test func aVaultThatCannotBeReadSaysSo() throws {
        let harness = try Harness()
        let model = HomeViewModel(
            vault: harness.vault, sync: SyncController(vault: harness.vault, settings: nil, now: { Date() }),
            words: words(), actions: .init(newRecord: {}, openDraft: { _ in }, connect: {}, settings: {}))
        #expect(model.failure == (words()("home.failure")) && !model.isEmpty && model.rows.isEmpty)
    }
}

@MainActor @Suite struct ChecklistStateTests {
    @Test func problemsAtFinishShowTheReviewAndLeadBackToTheQuestion() throws {
        let problem = ProblemRecord(itemId: "incident_date", instance: nil, message: "Вкажіть дату.")
        let session = FakeSession(question: nil, finish: .problems(problems: [problem]))
        session.reviewSections = [
            ReviewSectionRecord(
                id: "when_where", label: "Коли і де",
                items: [ReviewItemRecord(id: "incident_date", label: "Дата", answerJson: nil, shown: "", instance: nil)])
        ]
        var finished: [String] = []
        let model = ChecklistViewModel(
            session: session, vault: FakeVault(), words: words(), speaker: nil, enrolled: { true },
            onFinished: { finished.append($0) }, onClose: {})
        #expect(model.phase == .review)
        model.finish()
        #expect(model.phase == .review && model.problems == [problem] && finished.isEmpty)
        #expect(model.readAloudText == "Вкажіть дату.")
        session.question = question("incident_date", kind: .date)
        model.goTo(item: "incident_date")
        #expect(session.jumps == ["when_where"] && model.phase == .question)
        #expect(model.draft.precision == "exact")
    }

    @Test func finishedWhileEnrolledSaysItWillBeSentAndCountsDroppedAnswers() throws {
        let session = FakeSession(question: nil, finish: .finished(caseId: "case-1", version: 1, dropped: 3))
        var finished: [String] = []
        let model = ChecklistViewModel(
            session: session, vault: FakeVault(), words: words(), speaker: nil, enrolled: { true },
            onFinished: { finished.append($0) }, onClose: {})
        model.finish()
        #expect(model.phase == .finished(.init(caseId: "case-1", enrolled: true, dropped: 3)))
        #expect(finished == ["case-1"])
        #expect(model.finishedText.contains(words()("checklist.finished.willSend")))
        #expect(model.finishedText.contains("3 відповіді"), "\(model.finishedText)")
        #expect(model.readAloudText == model.finishedText)
    }

    @Test func anAttachmentThatCannotBeStoredIsSaidAndTheCaptureStillDeleted() async throws {
        let session = FakeSession(question: question("injury_photos", kind: .attachment), finish: .problems(problems: []))
        let model = ChecklistViewModel(
            session: session, vault: FakeVault(), words: words(), speaker: nil, enrolled: { false },
            onFinished: { _ in }, onClose: {})
        let capture = FileManager.default.temporaryDirectory.appendingPathComponent("capture-\(UUID()).jpg")
        try Data([1, 2, 3]).write(to: capture)
        await expectObserved("failure", { model.failure }) {
            await model.addAttachment(file: capture, mediaType: "image/jpeg", fileName: nil)
        }
        #expect(model.failure == (words()("checklist.failure")))
        #expect(!FileManager.default.fileExists(atPath: capture.path))
        #expect(model.draft.attachments.isEmpty)
    }

    @Test func attachmentsRepeatsHelpAndReadAloudAgainstTheRealCore() async throws {
        let harness = try Harness(language: "uk")
        let app = harness.app()
        try await setUp(app)
        let walker = Walker()
        let model = try await startDraft(app, walker: walker, through: "officer_gender")
        // The officers' group: add two entries, remove the second after one confirmation.
        #expect(model.question?.kind == .repeat && model.question?.id == "officers")
        model.addEntry()
        try await walker.walk(model) { $0.kind == .repeat }
        model.addEntry()
        try await walker.walk(model) { $0.kind == .repeat }
        #expect(model.entries.count == 2, "entries: \(model.entries.map(\.label))")
        model.askRemoveEntry(1)
        #expect(model.confirmation == .removeEntry(repeatId: "officers", instance: 1))
        #expect(model.confirmationText == (words()("checklist.confirm.removeEntry")))
        model.confirm()
        #expect(model.entries.count == 1 && model.question?.id == "officers")
        model.noMoreEntries()

        // Help, read-aloud in the checklist's language, and the sections to jump to.
        model.toggleHelp()
        #expect(model.helpShown)
        model.readAloud()
        let spoken = try #require(harness.speaker.spoken.last)
        #expect(spoken.language == "uk" && spoken.text.hasPrefix(model.question?.label ?? "-"))
        app.readAloud()
        #expect(harness.speaker.spoken.count == 2)
        model.loadSections()
        #expect(model.sections.contains { $0.id == "police" })
        model.jump(to: "evidence")
        #expect(model.question?.sectionId == "evidence" && !model.helpShown)

        // The evidence files: a photo in, then removed after one confirmation.
        try await walker.walk(model) { $0.id == "evidence_files" }
        let photo = FileManager.default.temporaryDirectory.appendingPathComponent("capture-\(UUID()).jpg")
        try Data(repeating: 7, count: 100).write(to: photo)
        await expectObserved("attachments", { model.attachments }) {
            await model.addAttachment(file: photo, mediaType: "image/jpeg", fileName: "a.jpg")
        }
        let added = try #require(model.attachments.first)
        #expect(model.draft.attachments == [added.id] && !FileManager.default.fileExists(atPath: photo.path))
        model.askRemoveAttachment(added.id)
        model.confirm()
        #expect(model.attachments.isEmpty && model.draft.attachments.isEmpty)
        #expect(try harness.vault.listAttachments(caseId: try #require(model.caseId)).isEmpty)

        // Skipping a question that may be left out says "Skip"; the choice toggles.
        try await walker.walk(model) { $0.kind == .multi }
        let choice = try #require(model.question?.choices.first?.value)
        #expect(model.nextText == (words()("checklist.skip")))
        model.toggle(choice)
        #expect(model.draft.choices == [choice] && model.nextText == (words()("checklist.next")))
        model.toggle(choice)
        #expect(model.draft.choices.isEmpty)
        #expect(model.progressText.hasPrefix("Питання "))
        model.openReview()
        #expect(model.phase == .review)
    }
}

@MainActor @Suite struct EnrollStateTests {
    @Test func everyWayEnrollingFailsIsSaidInWords() async throws {
        let harness = try Harness()
        try await harness.vault.create(passphrase: passphrase, strength: .minimum, wipeAfterFailures: nil)
        let server = try await TestServer.start()
        defer { server.stop() }
        var done = 0
        var cancelled = 0
        let model = EnrollViewModel(
            vault: harness.vault, words: words(), settings: SyncSettings(maxAttempts: 1, timeoutMs: 5_000),
            onDone: { done += 1 }, onCancel: { cancelled += 1 })
        model.code = "hello"
        model.review()
        #expect(model.phase == .failed(.notAWaveCode) && model.failureText == (words()("enroll.error.notWave")))
        model.edit()
        model.code = "wave-enroll:1:AAAA"
        model.review()
        #expect(model.phase == .failed(.damaged))

        let dead = try encodeEnrollmentString(
            server: "http://127.0.0.1:9", code: "code", recipients: [try generateStaffIdentity().recipient])
        model.scanned(dead)
        #expect(model.confirmText?.contains("127.0.0.1:9") == true)
        await model.connect()
        #expect(model.phase == .failed(.waiting) && model.failureText == (words()("enroll.error.waiting")))

        let code = try await server.enrollmentString()
        model.scanned(code)
        await expectObserved("enroll phase", { model.phase }) {
            await model.connect()
        }
        #expect(model.phase == .done && model.readAloudText == (words()("enroll.done")))
        model.finish()
        #expect(done == 1)

        // The same one-time code on another phone: refused by the server.
        let other = try Harness()
        try await other.vault.create(passphrase: passphrase, strength: .minimum, wipeAfterFailures: nil)
        let second = EnrollViewModel(vault: other.vault, words: words(), settings: nil, onDone: {}, onCancel: {})
        second.code = code
        second.review()
        await second.connect()
        #expect(second.phase == .failed(.refused), "\(second.phase)")

        // Already enrolled: another failure, said calmly.
        model.edit()
        model.code = try await server.enrollmentString()
        model.review()
        await model.connect()
        #expect(model.phase == .failed(.other) && model.failureText == (words()("enroll.error.other")))
        model.cancel()
        #expect(cancelled == 1 && model.code.isEmpty && model.phase == .entry)
    }

    @Test func aServerWhoseKeyMatchesNoPinIsNamed() async throws {
        let fake = FakeVault()
        fake.enrollError = .ServerKeyMismatch(message: "pin")
        let model = EnrollViewModel(vault: fake, words: words(), settings: nil, onDone: {}, onCancel: {})
        model.code = try encodeEnrollmentString(
            server: "https://ngo.example", code: "c", recipients: [try generateStaffIdentity().recipient])
        model.review()
        await model.connect()
        #expect(model.phase == .failed(.serverKeyMismatch))
        #expect(model.failureText == (words()("enroll.error.keyMismatch")))
    }
}

@MainActor @Suite struct SettingsStateTests {
    @Test func changesAreSavedOrRefusedInWords() async throws {
        let harness = try Harness(language: "uk")
        let app = harness.app()
        try await setUp(app)
        try home(app).openSettings()
        let model = try settings(app)
        #expect(model.languages == (try checklistLanguages()) && model.language == "uk")
        #expect(model.languageName("ru") == "Русский")

        model.newPassphrase = "abc"
        #expect(!model.canChangePassphrase && model.newStrength?.hint.isEmpty == false)
        model.newPassphrase = "new words: river lantern orchard"
        model.newConfirmation = "new words: river lantern orchard"
        await expectObserved("passphrase status", { model.passphraseStatus }) {
            await model.changePassphrase()
        }
        #expect(model.passphraseStatus == .saved && model.statusText(.saved) == (words()("settings.saved")))
        #expect(model.newPassphrase.isEmpty)

        model.duress = duressPassphrase
        model.duressConfirmation = duressPassphrase
        await model.setDuress()
        #expect(model.duressStatus == .saved)

        model.setWipeAfter(5)
        #expect(model.wipeAfter == 5 && model.wipeStatus == .saved)
        #expect(try harness.vault.wipeAfterFailures() == 5)
        model.setWipeAfter(0)
        guard case .failed(let refusal) = model.wipeStatus else {
            Issue.record("a wipe after 0 tries was accepted: \(model.wipeStatus)")
            return
        }
        #expect(!refusal.isEmpty)

        model.setLockDelay(.fiveMinutes)
        #expect(harness.preferences.lockDelay == .fiveMinutes && model.lockDelayText(.fiveMinutes) == "5 хвилин")
        await expectObserved("camouflage", { app.camouflage }) {
            model.setCamouflage(.calculator)
        }
        #expect(harness.preferences.camouflage == .calculator && Camouflage.calculator.iconName == "AppIconCalculator")
        #expect(model.camouflageText(.notes) == "Нотатки")
        await expectObserved("language", { app.language }) {
            model.setLanguage("ru")
        }
        #expect(app.language == "ru" && harness.preferences.language == "ru")
        #expect(model.statusText(.working) == "Сохранение…")

        // The new passphrase opens Wave; the checklist now speaks Russian.
        app.quickExit()
        app.leaveExited()
        let unlock = try unlockScreen(app)
        unlock.passphrase = "new words: river lantern orchard"
        await unlock.open()
        try home(app).newRecord()
        #expect(try checklist(app).language == "ru")
        #expect(try checklist(app).progressText.hasPrefix("Вопрос 1 из "))
    }

    @Test func aFailedChangeAndAFailedWipeAreSaid() async throws {
        let fake = FakeVault()
        fake.changeError = .StorageFailed(message: "disk")
        var wiped = false
        let model = SettingsViewModel(
            vault: fake, preferences: MemoryPreferences(), words: words(), keystore: false, onLanguage: { _ in },
            onCamouflage: { _ in }, onWiped: { wiped = true })
        model.newPassphrase = passphrase
        model.newConfirmation = passphrase
        await model.changePassphrase()
        #expect(model.passphraseStatus == .failed(words()("settings.failed")))
        model.askWipe()
        model.confirmWipe()
        #expect(!wiped && model.wipeFailure == (words()("settings.wipe.failed")))
        #expect(model.readAloudText == (words()("settings.title")))
    }
}

@MainActor @Suite struct LockingTests {
    @Test func theVaultLocksAfterTheBackgroundDelayAndTheCoverHidesTheScreen() async throws {
        let harness = try Harness(language: "uk")
        let app = harness.app()
        try await setUp(app)
        await expectObserved("cover", { app.coverShown }) {
            app.resignedActive()
        }
        #expect(app.coverShown)
        app.enteredBackground()
        harness.clock.now += 30
        app.becameActive()
        #expect(!app.coverShown && app.route.name == "home" && harness.vault.isUnlocked())
        app.enteredBackground()
        harness.clock.now += 61
        app.becameActive()
        #expect(app.route.name == "unlock" && !harness.vault.isUnlocked())

        let unlock = try unlockScreen(app)
        unlock.passphrase = passphrase
        await unlock.open()
        harness.preferences.lockDelay = .immediately
        app.enteredBackground()
        #expect(!harness.vault.isUnlocked() && app.route.name == "unlock")
        app.becameActive()

        try unlockScreen(app).passphrase = passphrase
        await (try unlockScreen(app)).open()
        app.screenLocked()
        #expect(app.route.name == "unlock" && !harness.vault.isUnlocked())
        app.leaveExited()
        #expect(app.route.name == "unlock", "leaving the neutral screen only works from it")
        #expect(app.readAloudText == (words()("unlock.title")))
    }

    /// A vault made on the first-run screens whose duress passphrase could not be set stays open
    /// there, on the welcome route: the screen lock and the background delay close it all the same.
    @Test func aVaultLeftOpenOnTheFirstRunScreensLocksToo() async throws {
        let harness = try Harness(language: "uk")
        for lockedBy in ["the screen lock", "the background delay"] {
            let fake = FakeVault()
            fake.startEmpty()
            fake.duressError = .StorageFailed(message: "disk")
            let clock = harness.clock
            let app = AppModel(
                environment: ShellEnvironment(
                    vault: fake, texts: harness.texts, preferences: harness.preferences, speaker: harness.speaker,
                    keystore: false, kdf: .minimum, preferredLanguages: ["en-US"], appLanguages: ["en", "ru", "uk"],
                    now: { clock.now }, captureFolder: harness.captureFolder))
            let model = try welcome(app)
            model.begin()
            model.passphrase = passphrase
            model.confirmation = passphrase
            model.continueFromPassphrase()
            model.duress = duressPassphrase
            model.duressConfirmation = duressPassphrase
            await model.setDuress()
            await model.create()
            #expect(model.step == .failed(words()("welcome.failed")))
            #expect(app.route.name == "welcome" && fake.isUnlocked(), "the vault is made, open, and still on first run")

            if lockedBy == "the screen lock" {
                app.screenLocked()
            } else {
                app.enteredBackground()
                clock.now += 61
                app.becameActive()
            }
            #expect(!fake.isUnlocked() && app.route.name == "unlock", "\(lockedBy) left the vault open")
            // The first-run screen she left behind finishing now opens nothing over the locked vault.
            model.skipDuress()
            #expect(app.route.name == "unlock" && !fake.isUnlocked())
        }
    }

    @Test func theCaptureFolderIsEmptiedAtLaunchOnEveryLockAndAfterAWipe() async throws {
        let harness = try Harness(language: "uk")
        let folder = harness.captureFolder
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        func leave(_ name: String) throws {
            try Data(repeating: 1, count: 64).write(to: folder.appendingPathComponent(name))
        }
        func left() -> [String] { (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? ["?"] }
        let beside = harness.folder.appendingPathComponent("beside.txt")
        try Data("kept".utf8).write(to: beside)

        // A recording whose view a lock destroyed, left by the last run of the app.
        try leave("before-launch.m4a")
        let app = harness.app()
        #expect(left().isEmpty, "launch left \(left())")
        try await setUp(app)

        try leave("orphan.m4a")
        app.screenLocked()
        #expect(left().isEmpty, "the screen lock left \(left())")
        try unlockScreen(app).passphrase = passphrase
        await (try unlockScreen(app)).open()
        try leave("orphan.jpg")
        harness.preferences.lockDelay = .immediately
        app.enteredBackground()
        #expect(left().isEmpty, "the background lock left \(left())")
        app.becameActive()
        try unlockScreen(app).passphrase = passphrase
        await (try unlockScreen(app)).open()
        try leave("orphan.mov")
        app.quickExit()
        #expect(left().isEmpty, "quick exit left \(left())")
        app.leaveExited()
        try unlockScreen(app).passphrase = passphrase
        await (try unlockScreen(app)).open()
        #expect(app.route.name == "home", "the sweep touched the vault")

        try home(app).openSettings()
        let model = try settings(app)
        try leave("orphan.bin")
        model.askWipe()
        model.confirmWipe()
        #expect(left().isEmpty, "the panic wipe left \(left())")
        #expect(FileManager.default.fileExists(atPath: beside.path), "the sweep reached beyond its folder")

        // The sweep keeps the folder, and takes folders inside it too.
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("nested"), withIntermediateDirectories: true)
        try leave("nested/a.m4a")
        CaptureFolder.sweep(folder)
        #expect(left().isEmpty)
        var isFolder: ObjCBool = false
        #expect(FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder) && isFolder.boolValue)
    }

    @Test func theBackgroundWorkerRunsOnlyWhenUnlockedEnrolledAndSomethingWaits() async throws {
        let now = Date(timeIntervalSince1970: 1_800_000_000)
        let waiting = makeStatus(enrolled: true, pending: 2)
        #expect(backgroundSyncDecision(unlocked: false, status: nil, serverKeyMismatch: false, running: false,
                                       lastAttempt: nil, now: now) == .skipLocked)
        #expect(backgroundSyncDecision(unlocked: true, status: makeStatus(enrolled: false, pending: 2),
                                       serverKeyMismatch: false, running: false, lastAttempt: nil, now: now)
                == .skipNothingWaiting)
        #expect(backgroundSyncDecision(unlocked: true, status: makeStatus(enrolled: true, pending: 0),
                                       serverKeyMismatch: false, running: false, lastAttempt: nil, now: now)
                == .skipNothingWaiting)
        #expect(backgroundSyncDecision(unlocked: true, status: waiting, serverKeyMismatch: true, running: false,
                                       lastAttempt: nil, now: now) == .skipServerKeyMismatch)
        #expect(backgroundSyncDecision(unlocked: true, status: waiting, serverKeyMismatch: false, running: true,
                                       lastAttempt: nil, now: now) == .retryLater(seconds: 900))
        #expect(backgroundSyncDecision(unlocked: true, status: waiting, serverKeyMismatch: false, running: false,
                                       lastAttempt: now.addingTimeInterval(-600), now: now) == .retryLater(seconds: 300))
        #expect(backgroundSyncDecision(unlocked: true, status: waiting, serverKeyMismatch: false, running: false,
                                       lastAttempt: now.addingTimeInterval(-901), now: now) == .run)

        // Against the real core: a locked vault is skipped, an open one with nothing waiting too.
        let harness = try Harness()
        let app = harness.app()
        #expect(await app.backgroundSync() == .skipLocked)
        try await setUp(app)
        #expect(await app.backgroundSync() == .skipNothingWaiting)
    }
}

@MainActor @Suite struct WorkingStateTests {
    /// The states shown while a slow call runs: each is seen, then left when the call returns.
    @Test func everySlowCallShowsItsWorkingState() async throws {
        let fake = FakeVault()
        fake.hold(["create", "unlock", "enroll", "change"])

        let welcome = WelcomeViewModel(vault: fake, words: words(), kdf: .minimum, keystore: false) {}
        welcome.begin()
        welcome.passphrase = passphrase
        welcome.confirmation = passphrase
        welcome.continueFromPassphrase()
        welcome.skipDuress()
        let creating = Task { await welcome.create() }
        #expect(try await eventually { welcome.step == .creating })
        #expect(welcome.readAloudText == words()("welcome.creating"))

        let unlock = UnlockViewModel(vault: fake, words: words()) {}
        unlock.passphrase = passphrase
        let opening = Task { await unlock.open() }
        #expect(try await eventually { unlock.phase == .working })
        #expect(!unlock.canOpen && unlock.messageText == nil)

        let enroll = EnrollViewModel(vault: fake, words: words(), settings: nil, onDone: {}, onCancel: {})
        enroll.code = try encodeEnrollmentString(
            server: "https://ngo.example", code: "c", recipients: [try generateStaffIdentity().recipient])
        enroll.review()
        let joining = Task { await enroll.connect() }
        #expect(try await eventually { enroll.phase == .working })

        let settings = SettingsViewModel(
            vault: fake, preferences: MemoryPreferences(), words: words(), keystore: false, onLanguage: { _ in },
            onCamouflage: { _ in }, onWiped: {})
        settings.newPassphrase = passphrase
        settings.newConfirmation = passphrase
        let changing = Task { await settings.changePassphrase() }
        #expect(try await eventually { settings.passphraseStatus == .working })
        #expect(!settings.canChangePassphrase && settings.statusText(.working) == words()("settings.working"))

        fake.release()
        await creating.value
        await opening.value
        await joining.value
        await changing.value
        #expect(unlock.phase == .entry && enroll.phase == .done && settings.passphraseStatus == .saved)
    }

    @Test func enrolledWithNothingSentYetSaysSo() throws {
        let fake = FakeVault()
        let model = HomeViewModel(
            vault: fake, sync: SyncController(vault: fake, settings: nil, now: { Date() }), words: words(),
            actions: .init(newRecord: {}, openDraft: { _ in }, connect: {}, settings: {}))
        #expect(model.syncLine == .allSent(nil) && model.isEmpty)
        #expect(model.syncLineText == words()("home.sync.nothingYet"))
    }
}

@MainActor @Suite struct PreferencesTests {
    @Test func preferencesLiveInUserDefaultsAndTheLanguageFollowsThePhone() throws {
        let suite = "wave-test-\(UUID().uuidString)"
        let defaults = try #require(UserDefaults(suiteName: suite))
        defer { defaults.removePersistentDomain(forName: suite) }
        let preferences = DefaultsPreferences(defaults: defaults)
        #expect(preferences.language == nil && preferences.camouflage == .wave && preferences.lockDelay == .oneMinute)
        preferences.language = "uk"
        preferences.camouflage = .notes
        preferences.lockDelay = .immediately
        let again = DefaultsPreferences(defaults: defaults)
        #expect(again.language == "uk" && again.camouflage == .notes && again.lockDelay == .immediately)

        let available = ["en", "ru", "uk"]
        #expect(appLanguage(chosen: nil, preferred: ["uk-UA", "en"], available: available) == "uk")
        #expect(appLanguage(chosen: nil, preferred: ["de-DE", "ru_RU"], available: available) == "ru")
        #expect(appLanguage(chosen: nil, preferred: ["de"], available: available) == "en")
        #expect(appLanguage(chosen: "ru", preferred: ["uk"], available: available) == "ru")
        #expect(appLanguage(chosen: "xx", preferred: ["uk"], available: available) == "uk")
    }
}
