// Owns the check that SwiftUI would redraw: each property a view reads sends a change
// notification through Observation (what SwiftUI's tracking uses) when an action changes it.

import Foundation
import Testing
import WaveCore
@testable import WaveShell

@MainActor @Suite struct ObservationTests {
    @Test func everyPropertyTheViewsReadNotifiesItsChange() async throws {
        let harness = try Harness(language: "uk")
        let app = harness.app()
        let first = try welcome(app)
        await expectObserved("welcome step", { first.step }) { first.begin() }
        await expectObserved("strength meter", { first.strength }) { first.passphrase = passphrase }
        first.confirmation = passphrase
        first.continueFromPassphrase()
        first.skipDuress()
        await expectObserved("wipe choice", { first.wipeAfter }) { first.wipeAfter = 5 }
        await expectObserved("route", { app.route.name }) { await first.create() }

        let start = try home(app)
        await expectObserved("route", { app.route.name }) { start.newRecord() }
        let model = try checklist(app)
        await expectObserved("draft", { model.draft }) { model.draft.choice = "safe" }
        await expectObserved("question", { model.question }) { model.next() }
        await expectObserved("help", { model.helpShown }) { model.toggleHelp() }
        await expectObserved("sections", { model.sections }) { model.loadSections() }
        try await Walker().walk(model) { $0.id == "code_name" }
        await expectObserved("case id", { model.caseId }) {
            model.draft.text = "Ромашка"
            model.next()
        }
        await expectObserved("confirmation", { model.confirmation }) { model.askDeleteRecord() }
        model.cancelConfirmation()
        await expectObserved("phase", { model.phase }) { model.openReview() }
        await expectObserved("problems", { model.problems }) { model.finish() }
        model.close()

        let sync = app.sync
        await expectObserved("sync runs", { sync.completed }) { await sync.syncNow() }
        try home(app).openSettings()
        let settings = try settings(app)
        await expectObserved("lock delay", { settings.lockDelay }) { settings.setLockDelay(.immediately) }
        await expectObserved("wipe confirmation", { settings.confirmingWipe }) { settings.askWipe() }
        settings.cancelWipe()
        await expectObserved("route", { app.route.name }) { app.quickExit() }
    }
}
