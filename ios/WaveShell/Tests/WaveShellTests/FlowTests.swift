// Owns the scenarios of docs/app-flows.md run through the view models against the real core and
// a real wave-server: the whole checklist in Ukrainian to "Sent", resuming after a relaunch,
// duress, a wrong passphrase, refusals in the checklist's language, the safety gate, the panic
// wipe, a server that is down, and the quick exit.

import Foundation
import Testing
import WaveCore
@testable import WaveShell

@MainActor
func welcome(_ app: AppModel) throws -> WelcomeViewModel {
    guard case .welcome(let model) = app.route else { throw SetupFailed(description: "on \(app.route.name), not welcome") }
    return model
}

@MainActor
func unlockScreen(_ app: AppModel) throws -> UnlockViewModel {
    guard case .unlock(let model) = app.route else { throw SetupFailed(description: "on \(app.route.name), not unlock") }
    return model
}

@MainActor
func home(_ app: AppModel) throws -> HomeViewModel {
    guard case .home(let model) = app.route else { throw SetupFailed(description: "on \(app.route.name), not home") }
    return model
}

@MainActor
func checklist(_ app: AppModel) throws -> ChecklistViewModel {
    guard case .checklist(let model) = app.route else {
        throw SetupFailed(description: "on \(app.route.name), not checklist")
    }
    return model
}

@MainActor
func enrollScreen(_ app: AppModel) throws -> EnrollViewModel {
    guard case .enroll(let model) = app.route else { throw SetupFailed(description: "on \(app.route.name), not enroll") }
    return model
}

@MainActor
func settings(_ app: AppModel) throws -> SettingsViewModel {
    guard case .settings(let model) = app.route else {
        throw SetupFailed(description: "on \(app.route.name), not settings")
    }
    return model
}

/// First run through the welcome screens, as she would tap them.
@MainActor
func setUp(_ app: AppModel, duress: String? = nil) async throws {
    let model = try welcome(app)
    model.begin()
    model.passphrase = passphrase
    model.confirmation = passphrase
    model.continueFromPassphrase()
    if let duress {
        model.duress = duress
        model.duressConfirmation = duress
        await model.setDuress()
    } else {
        model.skipDuress()
    }
    await model.create()
}

/// A draft past the safety gate: `answered` questions answered after it.
@MainActor
func startDraft(_ app: AppModel, walker: Walker = Walker(), through id: String = "code_name") async throws
    -> ChecklistViewModel
{
    try home(app).newRecord()
    let model = try checklist(app)
    var passed = false
    try await walker.walk(model) { question in
        defer { passed = passed || question.id == id }
        return passed
    }
    return model
}

@MainActor @Suite struct FlowTests {
    @Test func firstRunWholeChecklistInUkrainianThenSent() async throws {
        let harness = try Harness(language: "uk")
        let server = try await TestServer.start()
        defer { server.stop() }
        let app = harness.app()
        #expect(app.route.name == "welcome")
        #expect(try welcome(app).step == .intro)

        let first = try welcome(app)
        first.begin()
        #expect(first.step == .passphrase)
        first.passphrase = "abc"
        #expect(first.strength?.acceptable == false)
        #expect(looksUkrainian(first.strengthHint ?? ""), "hint: \(first.strengthHint ?? "none")")
        first.passphrase = passphrase
        first.confirmation = "something else"
        #expect(!first.canContinueFromPassphrase)
        #expect(first.mismatchText == harness.texts.text("welcome.passphrase.mismatch", language: "uk", []))
        first.confirmation = passphrase
        #expect(first.canContinueFromPassphrase && first.mismatchText == nil)
        first.continueFromPassphrase()
        #expect(first.step == .duress)
        first.duress = passphrase
        #expect(!first.canSetDuress && first.duressProblem != nil)
        first.duress = duressPassphrase
        first.duressConfirmation = duressPassphrase
        await first.setDuress()
        #expect(first.step == .wipe)
        #expect(first.wipeChoices == [nil, 5, 10, 20])
        await first.create()
        #expect(first.passphrase.isEmpty && first.duress.isEmpty, "typed passphrases stayed in the model")

        let empty = try home(app)
        #expect(empty.isEmpty && empty.syncLine == .notEnrolled && !empty.canSendNow)
        empty.newRecord()
        let model = try checklist(app)
        #expect(model.language == "uk")
        #expect(model.progressText.hasPrefix("Питання 1 з "), "\(model.progressText)")
        let walker = Walker()
        try await walker.walk(model)
        #expect(model.phase == .review, "ended in \(model.phase)")
        #expect(model.problems.isEmpty)
        #expect(walker.labels.allSatisfy(containsCyrillic))
        #expect(walker.labels.contains(where: looksUkrainian), "the questions are not in Ukrainian")
        for section in followUpSections {
            #expect(walker.sections.contains(section), "no \(section) follow-up")
        }
        #expect(!walker.sections.contains("sexual_violence"))
        #expect(!walker.officerQuestions.isEmpty && walker.officerQuestions.allSatisfy { $0.repeat?.instance == 0 })
        #expect(looksUkrainian(walker.officerQuestions.first?.repeat?.entryLabel ?? "") ||
                containsCyrillic(walker.officerQuestions.first?.repeat?.entryLabel ?? ""))
        #expect(model.sections.contains { $0.items.contains { $0.id == "code_name" && $0.shown == "Ромашка" } })

        model.finish()
        guard case .finished(let finished) = model.phase else {
            Issue.record("not finished: \(model.phase)")
            return
        }
        #expect(!finished.enrolled && finished.dropped == 0)
        #expect(model.finishedText.contains(harness.texts.text("checklist.finished.connect", language: "uk", [])))
        model.close()

        let waiting = try home(app)
        #expect(waiting.rows(in: .waiting).map(\.id) == [finished.caseId])
        #expect(waiting.syncLine == .notEnrolled && !waiting.canSendNow)
        let stored = try harness.vault.getCaseJson(caseId: finished.caseId)
        #expect(stored.contains("Ромашка"))
        #expect(try harness.vault.listAttachments(caseId: finished.caseId).count == 1)

        waiting.connect()
        let enroll = try enrollScreen(app)
        #expect(enroll.phase == .entry && !enroll.canReview)
        enroll.code = try await server.enrollmentString()
        enroll.review()
        guard case .confirm(let preview) = enroll.phase else {
            Issue.record("no confirmation: \(enroll.phase)")
            return
        }
        #expect(preview.server == server.url)
        #expect(enroll.confirmText?.contains(server.url) == true)
        await enroll.connect()
        #expect(enroll.phase == .done)
        enroll.finish()

        // Enrolling starts the expedited sync; home shows "sent" once the server acknowledged.
        #expect(try await eventually { app.sync.completed >= 1 && !app.sync.running })
        let sent = try home(app)
        #expect(sent.rows(in: .sent).map(\.id) == [finished.caseId], "rows: \(sent.rows)")
        #expect(sent.rows(in: .waiting).isEmpty)
        guard case .allSent(let when) = sent.syncLine, when != nil else {
            Issue.record("sync line: \(sent.syncLine)")
            return
        }
        #expect(sent.syncLineText.hasPrefix("Усе надіслано"), "\(sent.syncLineText)")
        #expect(!sent.canSendNow)
    }

    @Test func relaunchMidChecklistResumesWithEveryAcknowledgedAnswer() async throws {
        let harness = try Harness(language: "uk")
        let app = harness.app()
        try await setUp(app)
        let walker = Walker()
        let model = try await startDraft(app, walker: walker, through: "incident_duration")
        let stoppedAt = try #require(model.question)
        let caseId = try #require(model.caseId)

        // The process dies: a new vault object and a new app model over the same folder.
        harness.vault.lock()
        let relaunched = harness.relaunch()
        let unlock = try unlockScreen(relaunched)
        unlock.passphrase = passphrase
        await unlock.open()
        let home = try home(relaunched)
        #expect(home.rows(in: .drafts).map(\.id) == [caseId])
        home.open(try #require(home.rows(in: .drafts).first))
        let resumed = try checklist(relaunched)
        #expect(resumed.question?.id == stoppedAt.id)
        #expect(resumed.caseId == caseId)

        // Going back shows every acknowledged answer filled in, as given.
        var seen = 0
        while let question = resumed.question, question.number > 1 {
            resumed.back()
            guard let previous = resumed.question, previous.number < question.number else { break }
            if let given = walker.acknowledged[Walker.key(previous)], previous.kind != .repeat, previous.kind != .info {
                #expect(sameJSON(previous.answerJson, given), "\(previous.id): \(previous.answerJson ?? "nil") vs \(given)")
                #expect(sameJSON(try resumed.draft.answerJSON(for: previous), given), "\(previous.id)'s control")
                seen += 1
            }
        }
        #expect(seen >= 20, "only \(seen) answers checked")
        #expect(resumed.question?.id == "safe_now")
    }

    @Test func duressUnlockShowsAnEmptyHomeDrawnLikeAnEmptyVault() async throws {
        let harness = try Harness(language: "uk")
        let app = harness.app()
        try await setUp(app, duress: duressPassphrase)
        let draft = try await startDraft(app)
        draft.close()
        #expect(try home(app).rows(in: .drafts).count == 1)
        app.quickExit()
        app.leaveExited()
        let unlock = try unlockScreen(app)
        unlock.passphrase = duressPassphrase
        await unlock.open()
        let duressHome = try home(app)

        let fresh = try Harness(language: "uk")
        let freshApp = fresh.app()
        try await setUp(freshApp)
        let emptyHome = try home(freshApp)

        #expect(duressHome.rows.isEmpty && duressHome.isEmpty)
        #expect(duressHome.syncLine == emptyHome.syncLine)
        #expect(duressHome.syncLineText == emptyHome.syncLineText)
        #expect(duressHome.emptyText == emptyHome.emptyText)
        #expect(duressHome.readAloudText == emptyHome.readAloudText)
        #expect(duressHome.canSendNow == emptyHome.canSendNow && duressHome.failure == nil)
        #expect(HomeViewModel.Group.allCases.allSatisfy { duressHome.title(of: $0) == emptyHome.title(of: $0) })

        // The real passphrase no longer opens anything.
        app.quickExit()
        app.leaveExited()
        let again = try unlockScreen(app)
        again.passphrase = passphrase
        await again.open()
        #expect(again.phase == .wrong)
    }

    @Test func wrongPassphraseShowsWrongAndNothingElse() async throws {
        let harness = try Harness(language: "uk")
        try await harness.vault.create(passphrase: passphrase, strength: .minimum, wipeAfterFailures: nil)
        harness.vault.lock()
        let app = harness.app()
        let unlock = try unlockScreen(app)
        #expect(unlock.phase == .entry && unlock.messageText == nil && !unlock.canOpen)
        unlock.passphrase = "not the passphrase"
        #expect(unlock.canOpen)
        await expectObserved("unlock phase", { unlock.phase }) {
            await unlock.open()
        }
        #expect(unlock.phase == .wrong)
        #expect(unlock.messageText == harness.texts.text("unlock.wrong", language: "uk", []))
        #expect(unlock.passphrase.isEmpty)
        #expect(app.route.name == "unlock")
        #expect(!harness.vault.isUnlocked())
        unlock.passphrase = passphrase
        await unlock.open()
        #expect(app.route.name == "home")
    }

    @Test func invalidAnswersShowTheCoresMessageInTheChecklistsLanguage() async throws {
        let harness = try Harness(language: "uk")
        let app = harness.app()
        try await setUp(app)
        try home(app).newRecord()
        let model = try checklist(app)
        #expect(model.question?.id == "safe_now")
        model.draft.choice = "no_such_choice"
        await expectObserved("checklist phase", { model.phase }) {
            model.next()
        }
        let refusal = try #require(model.invalidMessage)
        #expect(looksUkrainian(refusal) || containsCyrillic(refusal), "\(refusal)")
        #expect(model.question?.id == "safe_now" && model.draft.choice == "no_such_choice")
        #expect(model.readAloudText.contains(refusal))
        model.draft.choice = "safe"
        model.next()
        #expect(model.phase == .question && model.question?.id != "safe_now")

        let walker = Walker()
        try await walker.walk(model) { $0.id == "code_name" }
        #expect(model.question?.id == "code_name")
        model.draft.text = ""
        #expect(model.nextText == harness.texts.text("checklist.next", language: "uk", []), "required: no Skip")
        model.next()
        #expect(model.invalidMessage.map(containsCyrillic) == true, "a required answer left empty")
        model.draft.text = "два\nрядки"
        model.next()
        let lineBreak = try #require(model.invalidMessage)
        #expect(containsCyrillic(lineBreak))
        #expect(model.draft.text == "два\nрядки", "the answer did not stay for correcting")
    }

    @Test func notSafeNowEndsTheChecklistWithNothingStored() async throws {
        let harness = try Harness(language: "uk")
        let app = harness.app()
        try await setUp(app)
        try home(app).newRecord()
        let model = try checklist(app)
        model.draft.choice = "not_safe"
        model.next()
        guard case .stopped(let message, let stored) = model.phase else {
            Issue.record("not stopped: \(model.phase)")
            return
        }
        #expect(!stored && looksUkrainian(message) || containsCyrillic(message))
        #expect(!stored)
        #expect(model.caseId == nil && model.readAloudText == message)
        model.askDeleteRecord()
        #expect(model.confirmation == nil, "nothing stored, nothing to delete")
        model.close()
        #expect(try home(app).isEmpty)
        #expect(try harness.vault.listCases().isEmpty)
    }

    @Test func consentWithdrawnAtTheEndOffersDeletion() async throws {
        let harness = try Harness(language: "uk")
        let app = harness.app()
        try await setUp(app)
        try home(app).newRecord()
        let model = try checklist(app)
        let walker = Walker()
        walker.overrides["consent_recheck"] = { $0.choice = "withdraw" }
        try await walker.walk(model)
        guard case .stopped(let message, true) = model.phase else {
            Issue.record("not a stored stop: \(model.phase)")
            return
        }
        #expect(containsCyrillic(message))
        #expect(try harness.vault.listCases().count == 1)
        model.askDeleteRecord()
        #expect(model.confirmation == .deleteRecord)
        #expect(model.confirmationText == harness.texts.text("checklist.confirm.delete", language: "uk", []))
        model.cancelConfirmation()
        #expect(model.confirmation == nil)
        #expect(try harness.vault.listCases().count == 1)
        model.askDeleteRecord()
        model.confirm()
        #expect(try harness.vault.listCases().isEmpty)
        #expect(app.route.name == "home")
    }

    @Test func panicWipeLeavesWelcomeAndNoVault() async throws {
        let harness = try Harness(language: "uk")
        let app = harness.app()
        try await setUp(app)
        let draft = try await startDraft(app)
        draft.close()
        try home(app).openSettings()
        let model = try settings(app)
        model.askWipe()
        #expect(model.confirmingWipe)
        model.cancelWipe()
        #expect(!model.confirmingWipe && harness.vault.exists())
        model.askWipe()
        await expectObserved("route", { app.route.name }) {
            model.confirmWipe()
        }
        #expect(try welcome(app).step == .intro)
        #expect(!harness.vault.exists())
        #expect(harness.wipes == 1, "the app was not told to forget its keystore secret")
        #expect(!FileManager.default.fileExists(atPath: harness.folder.appendingPathComponent("vault/key").path))
        let relaunched = harness.relaunch()
        #expect(relaunched.route.name == "welcome")
    }

    @Test func serverDownShowsWaitingNotAnError() async throws {
        let harness = try Harness(language: "uk")
        let server = try await TestServer.start()
        let app = harness.app()
        try await setUp(app)
        try home(app).connect()
        let enroll = try enrollScreen(app)
        enroll.code = try await server.enrollmentString()
        enroll.review()
        await enroll.connect()
        enroll.finish()
        server.stop()

        try home(app).newRecord()
        let model = try checklist(app)
        try await Walker().walk(model)
        model.finish()
        guard case .finished(let finished) = model.phase else {
            Issue.record("not finished: \(model.phase)")
            return
        }
        #expect(finished.enrolled)
        #expect(model.finishedText.contains(harness.texts.text("checklist.finished.willSend", language: "uk", [])))
        model.close()
        #expect(try await eventually { !app.sync.running })
        let waiting = try home(app)
        #expect(waiting.syncLine == .waiting, "\(waiting.syncLine)")
        #expect(waiting.syncLineText == harness.texts.text("home.sync.waiting", language: "uk", []))
        #expect(waiting.failure == nil && waiting.canSendNow)
        #expect(waiting.rows(in: .waiting).map(\.id) == [finished.caseId])
        await expectObserved("sync line", { waiting.syncLine }) {
            await waiting.sendNow()
        }
        #expect(waiting.syncLine == .waiting)
    }

    @Test func quickExitLocksAndGoingBackShowsUnlock() async throws {
        let harness = try Harness(language: "uk")
        let app = harness.app()
        try await setUp(app)
        let model = try await startDraft(app)
        let at = try #require(model.question?.id)
        await expectObserved("route", { app.route.name }) {
            app.quickExit()
        }
        #expect(app.route.name == "exited")
        #expect(!harness.vault.isUnlocked())
        #expect(harness.speaker.stops >= 1)
        app.leaveExited()
        let unlock = try unlockScreen(app)
        #expect(unlock.phase == .entry)
        unlock.passphrase = passphrase
        await unlock.open()
        // The open checklist resumes at its question after unlock.
        #expect(try checklist(app).question?.id == at)
    }
}
