// Owns the control each kind of question is answered with, bound to the model's AnswerDraft.
// Text fields ask the keyboard for no suggestions and no learning; location is asked for only
// when she taps "Use where I am now"; attachments are captured into the app's own temporary
// folder and streamed into the vault (Capture.swift), never into the photo library.

import CoreLocation
import SwiftUI
import WaveCore
import WaveShell

struct AnswerControl: View {
    @Environment(AppModel.self) private var app
    let question: QuestionRecord
    @Bindable var model: ChecklistViewModel

    var body: some View {
        switch question.kind {
        case .single:
            Picker(question.label, selection: $model.draft.choice) {
                ForEach(question.choices, id: \.value) { choice in
                    VStack(alignment: .leading) {
                        Text(verbatim: choice.label)
                        if let help = choice.help { Text(verbatim: help).font(.footnote) }
                    }
                    .tag(Optional(choice.value))
                }
            }
            .pickerStyle(.inline)
            .labelsHidden()
        case .multi:
            ForEach(question.choices, id: \.value) { choice in
                Toggle(isOn: Binding(get: { model.draft.choices.contains(choice.value) }, set: { _ in model.toggle(choice.value) })) {
                    Text(verbatim: choice.label)
                }
            }
        case .yesno:
            HStack {
                Button(app.words("checklist.yes")) { model.answerYesNo(true) }.buttonStyle(.borderedProminent)
                Button(app.words("checklist.no")) { model.answerYesNo(false) }.buttonStyle(.borderedProminent)
            }
        case .text:
            TextField("", text: $model.draft.text).privateKeyboard()
        case .longtext:
            TextEditor(text: $model.draft.text).frame(minHeight: 160).privateKeyboard()
        case .number:
            TextField("", text: $model.draft.text).keyboardType(.decimalPad).privateKeyboard()
        case .date:
            DateAnswer(question: question, draft: $model.draft)
        case .time:
            TextField("21:30", text: $model.draft.text).keyboardType(.numbersAndPunctuation).privateKeyboard()
        case .duration:
            HStack {
                TextField(app.words("checklist.duration.hours"), text: $model.draft.hours).keyboardType(.numberPad)
                TextField(app.words("checklist.duration.minutes"), text: $model.draft.minutes).keyboardType(.numberPad)
            }
        case .location:
            LocationAnswer(draft: $model.draft)
        case .attachment:
            AttachmentAnswer(question: question, model: model)
        case .info:
            EmptyView()
        case .repeat:
            ForEach(model.entries, id: \.instance) { entry in
                HStack {
                    Text(verbatim: entry.label)
                    Spacer()
                    Button(app.words("checklist.remove"), role: .destructive) { model.askRemoveEntry(entry.instance) }
                }
            }
            HStack {
                Button(app.words("checklist.addEntry")) { model.addEntry() }.buttonStyle(.borderedProminent)
                Button(app.words("checklist.noMore")) { model.noMoreEntries() }.buttonStyle(.borderedProminent)
            }
        }
    }
}

extension View {
    /// No suggestions, no autocorrection learning what she typed.
    func privateKeyboard() -> some View {
        autocorrectionDisabled().textInputAutocapitalization(.never)
    }
}

struct DateAnswer: View {
    @Environment(AppModel.self) private var app
    let question: QuestionRecord
    @Binding var draft: AnswerDraft
    @State private var day = Date()

    var body: some View {
        Picker(app.words("checklist.date.exact"), selection: $draft.precision) {
            ForEach(question.precisions, id: \.self) { precision in
                Text(verbatim: app.words("checklist.date.\(precision)")).tag(precision)
            }
        }
        .pickerStyle(.segmented)
        DatePicker("", selection: $day, in: ...Date(), displayedComponents: .date)
            .labelsHidden()
            .onChange(of: day) { _, value in draft.date = Self.text(value, month: draft.precision == "month") }
            .onChange(of: draft.precision) { _, precision in draft.date = Self.text(day, month: precision == "month") }
    }

    static func text(_ date: Date, month: Bool) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.calendar = Calendar(identifier: .gregorian)
        formatter.dateFormat = month ? "yyyy-MM" : "yyyy-MM-dd"
        return formatter.string(from: date)
    }
}

/// One location fix, asked for only when she taps, with the reason said first.
struct LocationAnswer: View {
    @Environment(AppModel.self) private var app
    @Binding var draft: AnswerDraft
    @State private var finder = LocationFinder()

    var body: some View {
        Text(verbatim: app.words("checklist.location.reason")).font(.footnote)
        Button(app.words("checklist.location.here")) { finder.request() }
            .onChange(of: finder.fix) { _, fix in
                guard let fix else { return }
                draft.latitude = fix.coordinate.latitude
                draft.longitude = fix.coordinate.longitude
                draft.accuracy = fix.horizontalAccuracy
            }
        if finder.refused { Text(verbatim: app.words("checklist.location.refused")).font(.footnote) }
        if let latitude = draft.latitude, let longitude = draft.longitude {
            Text(verbatim: String(format: "%.5f, %.5f", latitude, longitude))
        }
    }
}

@MainActor @Observable
final class LocationFinder: NSObject, CLLocationManagerDelegate {
    var fix: CLLocation?
    var refused = false
    @ObservationIgnored private let manager = CLLocationManager()

    override init() {
        super.init()
        manager.delegate = self
    }

    func request() {
        switch manager.authorizationStatus {
        case .notDetermined: manager.requestWhenInUseAuthorization()
        case .denied, .restricted: refused = true
        default: manager.requestLocation()
        }
    }

    nonisolated func locationManagerDidChangeAuthorization(_ manager: CLLocationManager) {
        let status = manager.authorizationStatus
        Task { @MainActor in
            switch status {
            case .authorizedWhenInUse, .authorizedAlways: self.manager.requestLocation()
            case .denied, .restricted: self.refused = true
            default: break
            }
        }
    }

    nonisolated func locationManager(_ manager: CLLocationManager, didUpdateLocations locations: [CLLocation]) {
        let last = locations.last
        Task { @MainActor in self.fix = last }
    }

    nonisolated func locationManager(_ manager: CLLocationManager, didFailWithError error: Error) {}
}
