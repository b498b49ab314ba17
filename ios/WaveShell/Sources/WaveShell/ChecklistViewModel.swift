// Owns the guided checklist screen (docs/app-flows.md, 4 and 5): one question at a time from
// the core's session, the answer being edited, the core's refusals, the stop of the safety gate,
// the review with its problems, finishing, and the attachments of an attachment question. Every
// answer is in the vault before the next question shows: `answer` returns only then.

import Foundation
import Observation
import WaveCore

@MainActor @Observable
public final class ChecklistViewModel {
    public enum Phase: Equatable, Sendable {
        case question
        /// The core refused the answer; its message, in the checklist's language, shows under
        /// the control, and the answer stays for correcting.
        case invalid(String)
        /// The form's own message. Not stored: nothing was ever written ("Back to start").
        /// Stored: "Delete this record now" or "Keep it as a draft".
        case stopped(message: String, stored: Bool)
        case review
        case finished(Finished)
        /// Left: the navigation goes home.
        case closed
    }

    public struct Finished: Equatable, Sendable {
        public let caseId: String
        public let enrolled: Bool
        /// Answers dropped because their questions no longer applied.
        public let dropped: UInt32
    }

    /// Something asked once before it is done.
    public enum Confirmation: Equatable, Sendable {
        case deleteRecord
        case removeEntry(repeatId: String, instance: UInt32)
        case removeAttachment(String)
    }

    public private(set) var phase: Phase = .question
    public private(set) var question: QuestionRecord?
    public var draft = AnswerDraft()
    public private(set) var helpShown = false
    /// The sections (for "Sections" and the review) with their answers so far.
    public private(set) var sections: [ReviewSectionRecord] = []
    public private(set) var problems: [ProblemRecord] = []
    /// The attachments of the current attachment question.
    public private(set) var attachments: [AttachmentRecord] = []
    public private(set) var confirmation: Confirmation?
    /// A call failed (storage, or the vault locked under the screen); said in the app's words.
    public private(set) var failure: String?
    /// The case being written; `nil` until the safety questions are passed.
    public private(set) var caseId: String?

    private let session: any GuidedSessionProtocol
    private let vault: any VaultCore
    private let words: Words
    private let speaker: (any Speaker)?
    private let enrolled: @MainActor () -> Bool
    private let onFinished: @MainActor (String) -> Void
    private let onClose: @MainActor () -> Void

    public init(
        session: any GuidedSessionProtocol, vault: any VaultCore, words: Words, speaker: (any Speaker)?,
        enrolled: @escaping @MainActor () -> Bool, onFinished: @escaping @MainActor (String) -> Void,
        onClose: @escaping @MainActor () -> Void
    ) {
        self.session = session
        self.vault = vault
        self.words = words
        self.speaker = speaker
        self.enrolled = enrolled
        self.onFinished = onFinished
        self.onClose = onClose
        caseId = session.caseId()
        do {
            if let current = try session.current() {
                show(current)
            } else {
                try enterReview()
            }
        } catch {
            fail(error)
        }
    }

    // MARK: What the screen shows

    /// The checklist's language (the app's, if the form has it).
    public var language: String { session.language() }

    /// "Question 12 of 40".
    public var progressText: String {
        guard let question else { return "" }
        return words("checklist.progress", .number(Int(question.number)), .number(Int(question.total)))
    }

    public var invalidMessage: String? {
        if case .invalid(let message) = phase { return message }
        return nil
    }

    /// "Next", or "Skip" for an empty answer to a question that may be left out.
    public var nextText: String {
        guard let question else { return words("checklist.next") }
        if question.kind == .info { return words("checklist.continue") }
        return draft.isEmpty(for: question.kind) && !question.required
            ? words("checklist.skip") : words("checklist.next")
    }

    /// For a repeated group's question: the entries so far, "Officer 1", "Officer 2"…
    public var entries: [(instance: UInt32, label: String)] {
        guard let question, question.kind == .repeat, let group = question.repeat else { return [] }
        return (0..<group.count).map { ($0, "\(group.entryLabel) \($0 + 1)") }
    }

    public var stoppedChoicesText: (delete: String, keep: String, backToStart: String) {
        (words("checklist.stopped.delete"), words("checklist.stopped.keep"), words("checklist.stopped.backToStart"))
    }

    public var finishedText: String {
        guard case .finished(let finished) = phase else { return "" }
        var lines = [words("checklist.finished.saved")]
        lines.append(words(finished.enrolled ? "checklist.finished.willSend" : "checklist.finished.connect"))
        if finished.dropped > 0 {
            lines.append(words("checklist.finished.dropped", .number(Int(finished.dropped))))
        }
        return lines.joined(separator: " ")
    }

    public var confirmationText: String? {
        switch confirmation {
        case .deleteRecord: return words("checklist.confirm.delete")
        case .removeEntry: return words("checklist.confirm.removeEntry")
        case .removeAttachment: return words("checklist.confirm.removeAttachment")
        case nil: return nil
        }
    }

    /// The question's label, its choices and its help, for read-aloud.
    public var readAloudText: String {
        switch phase {
        case .question, .invalid:
            guard let question else { return "" }
            var parts = [question.label]
            parts += question.choices.map { choice in
                choice.help.map { "\(choice.label). \($0)" } ?? choice.label
            }
            if let help = question.help { parts.append(help) }
            if let message = invalidMessage { parts.append(message) }
            return parts.joined(separator: ". ")
        case .stopped(let message, _): return message
        case .review: return problems.map(\.message).joined(separator: ". ")
        case .finished: return finishedText
        case .closed: return ""
        }
    }

    // MARK: Answering

    public func toggleHelp() { helpShown.toggle() }

    public func toggle(_ value: String) {
        if let index = draft.choices.firstIndex(of: value) {
            draft.choices.remove(at: index)
        } else {
            draft.choices.append(value)
        }
    }

    /// Stores the answer in the control and shows the next question (or the refusal).
    public func next() {
        guard let question else { return }
        let json: String
        do {
            json = try draft.answerJSON(for: question)
        } catch {
            fail(error)
            return
        }
        submit(json)
    }

    /// A yes/no question's two buttons answer at once.
    public func answerYesNo(_ yes: Bool) {
        draft.yes = yes
        next()
    }

    /// "Add an officer" on a repeated group's question.
    public func addEntry() {
        guard question?.kind == .repeat else { return }
        submit("true")
    }

    /// "No more" on a repeated group's question.
    public func noMoreEntries() {
        guard question?.kind == .repeat else { return }
        submit("false")
    }

    public func back() {
        perform { [self] in
            if let previous = try session.back() { show(previous) }
        }
    }

    /// Jumps to a section (from "Sections", the review, or a problem).
    public func jump(to section: String) {
        perform { [self] in show(try session.jump(section: section)) }
    }

    /// A review row or a problem: back to the section holding that question.
    public func goTo(item itemId: String) {
        guard let section = sections.first(where: { $0.items.contains { $0.id == itemId } }) else { return }
        jump(to: section.id)
    }

    /// The sections to jump to, with their answers so far.
    public func loadSections() {
        perform { [self] in sections = try session.review() }
    }

    public func openReview() {
        perform { [self] in try enterReview() }
    }

    public func finish() {
        perform { [self] in
            switch try session.finish() {
            case .finished(let caseId, _, let dropped):
                self.caseId = caseId
                phase = .finished(Finished(caseId: caseId, enrolled: enrolled(), dropped: dropped))
                onFinished(caseId)
            case .problems(let found):
                problems = found
                sections = try session.review()
                phase = .review
            }
        }
    }

    /// "Done" on the finished screen, "Keep it as a draft", "Back to start", or leaving.
    public func close() {
        speaker?.stop()
        question = nil
        phase = .closed
        onClose()
    }

    public func readAloud() {
        speaker?.speak(readAloudText, language: language)
    }

    // MARK: Repeated entries and attachments

    public func askRemoveEntry(_ instance: UInt32) {
        guard let group = question?.repeat else { return }
        confirmation = .removeEntry(repeatId: group.repeatId, instance: instance)
    }

    public func askDeleteRecord() {
        guard caseId != nil else { return }
        confirmation = .deleteRecord
    }

    public func askRemoveAttachment(_ id: String) {
        confirmation = .removeAttachment(id)
    }

    public func cancelConfirmation() { confirmation = nil }

    public func confirm() {
        guard let asked = confirmation else { return }
        confirmation = nil
        switch asked {
        case .deleteRecord:
            guard let caseId else { return }
            perform { [self] in
                try vault.deleteCase(caseId: caseId)
                close()
            }
        case .removeEntry(let repeatId, let instance):
            perform { [self] in
                try session.removeEntry(repeatId: repeatId, instance: instance)
                if let current = try session.current() { show(current) }
            }
        case .removeAttachment(let id):
            guard let caseId else { return }
            perform { [self] in
                try vault.deleteAttachment(caseId: caseId, attachmentId: id)
                draft.attachments.removeAll { $0 == id }
                loadAttachments()
            }
        }
    }

    /// Streams a captured or chosen file into the vault and deletes the file, whatever the
    /// outcome: it lives in the app's private temporary folder, never in the photo library.
    public func addAttachment(file: URL, mediaType: String, fileName: String?) async {
        defer { try? FileManager.default.removeItem(at: file) }
        guard let caseId, question?.kind == .attachment else { return }
        do {
            let added = try await vault.addAttachment(
                caseId: caseId, sourcePath: file.path, fileName: fileName, mediaType: mediaType)
            draft.attachments.append(added.id)
            loadAttachments()
        } catch {
            fail(error)
        }
    }

    // MARK: Internals

    private func submit(_ json: String) {
        perform { [self] in
            switch try session.answer(answerJson: json) {
            case .next(let next):
                caseId = session.caseId()
                show(next)
            case .invalid(let message):
                phase = .invalid(message)
            case .stopped(let message, let stored):
                caseId = session.caseId()
                question = nil
                phase = .stopped(message: message, stored: stored)
            case .end:
                caseId = session.caseId()
                try enterReview()
            }
        }
    }

    private func show(_ next: QuestionRecord) {
        question = next
        draft = AnswerDraft(for: next)
        helpShown = false
        failure = nil
        phase = .question
        loadAttachments()
    }

    private func enterReview() throws {
        question = nil
        sections = try session.review()
        problems = try session.problems()
        phase = .review
    }

    private func loadAttachments() {
        guard let caseId, question?.kind == .attachment else {
            attachments = []
            return
        }
        let wanted = Set(draft.attachments)
        attachments = ((try? vault.listAttachments(caseId: caseId)) ?? []).filter { wanted.contains($0.id) }
    }

    private func perform(_ body: () throws -> Void) {
        do {
            try body()
        } catch {
            fail(error)
        }
    }

    private func fail(_ error: any Error) {
        switch FailureKind(error) {
        case .vaultLocked: failure = words("checklist.failure.locked")
        case .invalidInput, .notFound, .invalidState:
            failure = (error as? WaveError)?.personMessage ?? words("checklist.failure")
        default: failure = words("checklist.failure")
        }
    }
}
