// Owns the answer being edited on the checklist screen: one editable value per control kind,
// filled from the answer given earlier (`answer_json`) and turned back into the JSON text
// `GuidedSession.answer` takes. It never judges an answer: what the person typed goes to the
// core as it is, and the core's refusal (in the checklist's language) is what she sees.

import Foundation
import WaveCore

/// The editable answer of the current question.
public struct AnswerDraft: Equatable, Sendable {
    /// `single`.
    public var choice: String?
    /// `multi`, in the order chosen.
    public var choices: [String] = []
    /// `yesno`.
    public var yes: Bool?
    /// `text`, `longtext`, and the typed forms of `number` and `time` ("21:30").
    public var text = ""
    /// `date`: "2026-03-14", or "2026-03" with precision `month`.
    public var date = ""
    /// `date`: `exact`, `estimated` or `month`; one the question allows.
    public var precision = "exact"
    /// `duration`, as typed.
    public var hours = ""
    public var minutes = ""
    /// `location`, from the device (the view asks for permission only when she taps).
    public var latitude: Double?
    public var longitude: Double?
    public var accuracy: Double?
    /// `attachment`: ids of attachments already in the vault.
    public var attachments: [String] = []

    public init() {}

    /// The draft for `question`, showing the answer it already has.
    public init(for question: QuestionRecord) {
        precision = question.precisions.first ?? "exact"
        guard let text = question.answerJson,
            let value = try? JSONSerialization.jsonObject(with: Data(text.utf8), options: .fragmentsAllowed)
        else { return }
        switch question.kind {
        case .single:
            choice = value as? String
        case .multi:
            choices = value as? [String] ?? []
        case .yesno, .info, .repeat:
            yes = Self.bool(value)
        case .text, .longtext, .time:
            self.text = value as? String ?? ""
        case .number:
            self.text = Self.number(value).map(Self.shown) ?? ""
        case .date:
            let object = value as? [String: Any]
            date = object?["value"] as? String ?? ""
            precision = object?["precision"] as? String ?? precision
        case .duration:
            if let total = Self.number(value), total >= 0, total == total.rounded() {
                let minutesTotal = Int(total)
                hours = String(minutesTotal / 60)
                minutes = String(minutesTotal % 60)
            }
        case .location:
            let object = value as? [String: Any]
            latitude = object?["lat"].flatMap(Self.number)
            longitude = object?["lon"].flatMap(Self.number)
            accuracy = object?["accuracy_m"].flatMap(Self.number)
        case .attachment:
            attachments = value as? [String] ?? []
        }
    }

    /// Whether anything has been given, for the "Next" / "Skip" wording.
    public func isEmpty(for kind: ItemKind) -> Bool {
        switch kind {
        case .single: return choice == nil
        case .multi: return choices.isEmpty
        case .yesno, .info, .repeat: return yes == nil
        case .text, .longtext, .number, .time: return text.isEmpty
        case .date: return date.isEmpty
        case .duration: return hours.isEmpty && minutes.isEmpty
        case .location: return latitude == nil || longitude == nil
        case .attachment: return attachments.isEmpty
        }
    }

    /// The answer as the JSON text the core takes; `null` when nothing was given (the core then
    /// moves on from a question that may be skipped, and asks again for one that may not).
    public func answerJSON(for question: QuestionRecord) throws -> String {
        if isEmpty(for: question.kind) && question.kind != .info {
            return "null"
        }
        let value: Any
        switch question.kind {
        case .single:
            value = choice ?? NSNull()
        case .multi:
            value = choices
        case .yesno, .repeat:
            value = yes ?? false
        case .info:
            value = true
        case .text, .longtext, .time:
            value = text
        case .number:
            // Typed text that is not a number goes as text, for the core to refuse in words.
            value = Self.parsedNumber(text) ?? text as Any
        case .date:
            value = ["value": date, "precision": precision]
        case .duration:
            let h = hours.isEmpty ? 0 : Int(hours.trimmingCharacters(in: .whitespaces))
            let m = minutes.isEmpty ? 0 : Int(minutes.trimmingCharacters(in: .whitespaces))
            if let h, let m {
                value = h * 60 + m
            } else {
                value = "\(hours):\(minutes)"
            }
        case .location:
            var object: [String: Any] = ["lat": latitude ?? 0, "lon": longitude ?? 0]
            if let accuracy { object["accuracy_m"] = accuracy }
            value = object
        case .attachment:
            value = attachments
        }
        let data = try JSONSerialization.data(withJSONObject: value, options: [.fragmentsAllowed, .sortedKeys])
        return String(decoding: data, as: UTF8.self)
    }

    private static func bool(_ value: Any) -> Bool? {
        if let value = value as? Bool { return value }
        return (value as? NSNumber)?.boolValue
    }

    private static func number(_ value: Any) -> Double? {
        if value is Bool { return nil }
        if let value = value as? Double { return value }
        if let value = value as? Int { return Double(value) }
        return (value as? NSNumber)?.doubleValue
    }

    private static func shown(_ number: Double) -> String {
        number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : String(number)
    }

    private static func parsedNumber(_ text: String) -> Any? {
        let trimmed = text.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ",", with: ".")
        if let whole = Int(trimmed) { return whole }
        if let real = Double(trimmed), real.isFinite { return real }
        return nil
    }
}
