// Owns the checklist screen's layout: the question with the control its kind asks for, the
// core's refusal under it, the stop, the review with its problems, and the finish. Buttons move
// between questions, never swipes. ChecklistViewModel decides everything.

import SwiftUI
import WaveCore
import WaveShell

struct ChecklistView: View {
    @Environment(AppModel.self) private var app
    @Bindable var model: ChecklistViewModel
    @State private var showingSections = false

    var body: some View {
        Group {
            switch model.phase {
            case .question, .invalid:
                if let question = model.question { questionView(question) }
            case .stopped(let message, let stored):
                Form {
                    Text(verbatim: message)
                    if stored {
                        Button(model.stoppedChoicesText.delete, role: .destructive) { model.askDeleteRecord() }
                        Button(model.stoppedChoicesText.keep) { model.close() }
                    } else {
                        Button(model.stoppedChoicesText.backToStart) { model.close() }
                    }
                }
            case .review:
                reviewView
            case .finished:
                Form {
                    Text(verbatim: model.finishedText)
                    Button(app.words("common.done")) { model.close() }
                }
            case .closed:
                EmptyView()
            }
        }
        .alert(
            model.confirmationText ?? "",
            isPresented: Binding(get: { model.confirmation != nil }, set: { if !$0 { model.cancelConfirmation() } })
        ) {
            Button(app.words("common.confirm"), role: .destructive) { model.confirm() }
            Button(app.words("common.cancel"), role: .cancel) { model.cancelConfirmation() }
        }
        .sheet(isPresented: $showingSections) {
            List(model.sections, id: \.id) { section in
                Button(section.label) {
                    showingSections = false
                    model.jump(to: section.id)
                }
            }
        }
        .navigationBarBackButtonHidden()
    }

    private func questionView(_ question: QuestionRecord) -> some View {
        Form {
            Section {
                Text(verbatim: question.sectionLabel).font(.caption)
                Text(verbatim: model.progressText).font(.caption)
                Text(verbatim: question.label).font(.headline)
                if let help = question.help {
                    Button(app.words("checklist.help")) { model.toggleHelp() }
                    if model.helpShown { Text(verbatim: help).font(.callout) }
                }
            }
            Section {
                AnswerControl(question: question, model: model)
                if let message = model.invalidMessage { Text(verbatim: message).foregroundStyle(.red) }
                if let failure = model.failure { Text(verbatim: failure).foregroundStyle(.red) }
            }
            Section {
                HStack {
                    Button(app.words("common.back")) { model.back() }
                    Spacer()
                    if question.kind != .repeat && question.kind != .yesno {
                        Button(model.nextText) { model.next() }.buttonStyle(.borderedProminent)
                    }
                }
                HStack {
                    Button(app.words("checklist.sections")) {
                        model.loadSections()
                        showingSections = true
                    }
                    Spacer()
                    Button(app.words("checklist.review")) { model.openReview() }
                }
            }
        }
    }

    private var reviewView: some View {
        Form {
            if !model.problems.isEmpty {
                Section(app.words("checklist.problems")) {
                    ForEach(Array(model.problems.enumerated()), id: \.offset) { _, problem in
                        Button(problem.message) { model.goTo(item: problem.itemId) }
                    }
                }
            }
            ForEach(model.sections, id: \.id) { section in
                Section(section.label) {
                    ForEach(Array(section.items.enumerated()), id: \.offset) { _, item in
                        Button { model.goTo(item: item.id) } label: {
                            VStack(alignment: .leading) {
                                Text(verbatim: item.label)
                                Text(verbatim: item.shown).font(.footnote)
                            }
                        }
                    }
                }
            }
            Button(app.words("checklist.finish")) { model.finish() }.buttonStyle(.borderedProminent)
        }
    }
}
