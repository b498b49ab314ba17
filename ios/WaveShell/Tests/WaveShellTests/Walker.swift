// Owns how the tests fill in the checklist through the view model, as a person would tap it:
// a valid answer for every kind of question, the safety gate and the violations fixed, one
// officer described in the repeated group, one photo attached, every other group skipped.

import Foundation
import Testing
import WaveCore
@testable import WaveShell

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

@MainActor
final class Walker {
    private(set) var labels: [String] = []
    private(set) var sections: [String] = []
    private(set) var officerQuestions: [QuestionRecord] = []
    /// Every answer the core acknowledged (the next question came), by question id and entry.
    private(set) var acknowledged: [String: String] = [:]
    private var repeatsSeen: Set<String> = []
    private var attached = false
    /// Answers given in place of the usual ones, by question id.
    var overrides: [String: (inout AnswerDraft) -> Void] = [:]

    /// Answers the question showing now, taps what a person would, and returns once the model
    /// has moved on (or stopped, or refused).
    func step(_ model: ChecklistViewModel) async throws {
        let question = try #require(model.question, "no question showing")
        labels.append(question.label)
        if !sections.contains(question.sectionId) { sections.append(question.sectionId) }
        if question.repeat?.repeatId == "officers" && question.id != "officers" {
            officerQuestions.append(question)
        }
        let key = Walker.key(question)
        if question.kind == .repeat {
            let add = question.id == "officers" && !repeatsSeen.contains(question.id)
            repeatsSeen.insert(question.id)
            if add { model.addEntry() } else { model.noMoreEntries() }
            acknowledge(model, key, add ? "true" : "false")
            return
        }
        if let override = overrides[question.id] {
            override(&model.draft)
        } else if question.kind == .attachment && question.media.contains("photo") && !attached {
            attached = true
            let photo = FileManager.default.temporaryDirectory.appendingPathComponent("capture-\(UUID().uuidString).jpg")
            try Data(repeating: 0xFF, count: 4096).write(to: photo)
            await model.addAttachment(file: photo, mediaType: "image/jpeg", fileName: "photo.jpg")
            #expect(!FileManager.default.fileExists(atPath: photo.path), "the captured file was left behind")
            #expect(model.attachments.count == 1 && model.attachments.first?.size == 4096)
        } else {
            fill(&model.draft, question)
        }
        let sent = try model.draft.answerJSON(for: question)
        if question.kind == .yesno, let yes = model.draft.yes {
            model.answerYesNo(yes)
        } else {
            model.next()
        }
        acknowledge(model, key, sent)
    }

    /// Walks until the checklist leaves the question screen.
    func walk(_ model: ChecklistViewModel, until stop: (QuestionRecord) -> Bool = { _ in false }) async throws {
        var steps = 0
        while model.phase == .question, let question = model.question, !stop(question) {
            try await step(model)
            steps += 1
            try #require(steps < 1_000, "the checklist never ended")
        }
    }

    private func acknowledge(_ model: ChecklistViewModel, _ key: String, _ json: String) {
        if case .question = model.phase {
            acknowledged[key] = json
        } else if case .review = model.phase {
            acknowledged[key] = json
        }
    }

    static func key(_ question: QuestionRecord) -> String {
        guard let group = question.repeat, question.kind != .repeat else { return question.id }
        return "\(question.id)#\(group.instance)"
    }

    private func fill(_ draft: inout AnswerDraft, _ question: QuestionRecord) {
        switch question.id {
        case "safe_now": draft.choice = "safe"; return
        case "urgent_needs": draft.choices = ["none"]; return
        case "code_name": draft.text = "Ромашка"; return
        case "country": draft.choice = "ua"; return
        case "violations": draft.choices = violations; return
        default: break
        }
        let first = question.choices.first?.value
        switch question.kind {
        case .single: draft.choice = first
        case .multi: draft.choices = first.map { [$0] } ?? []
        case .yesno: draft.yes = true
        case .info, .repeat, .attachment: break
        case .text: draft.text = "текст \(question.id)"
        case .longtext: draft.text = "докладна розповідь \(question.id)"
        case .number: draft.text = "2"
        case .date:
            draft.date = yesterday()
            draft.precision = "exact"
        case .time: draft.text = "21:30"
        case .duration:
            draft.hours = "0"
            draft.minutes = "45"
        case .location:
            draft.latitude = 46.48
            draft.longitude = 30.72
        }
    }
}

/// The same JSON value, however it was spelled.
func sameJSON(_ a: String?, _ b: String?) -> Bool {
    guard let a, let b else { return a == b }
    let parse = { (text: String) -> NSObject? in
        (try? JSONSerialization.jsonObject(with: Data(text.utf8), options: .fragmentsAllowed)) as? NSObject
    }
    return parse(a).map { left in parse(b).map { left.isEqual($0) } ?? false } ?? false
}

/// Waits (polling, up to `seconds`) for a condition the main actor will make true.
@MainActor
func eventually(_ seconds: Double = 30, _ condition: @MainActor () -> Bool) async throws -> Bool {
    let deadline = Date().addingTimeInterval(seconds)
    while !condition() {
        if Date() > deadline { return false }
        try await Task.sleep(nanoseconds: 20_000_000)
    }
    return true
}
