// Owns the first-run screens' layout (WelcomeViewModel decides everything).

import SwiftUI
import WaveShell

struct WelcomeView: View {
    @Environment(AppModel.self) private var app
    @Bindable var model: WelcomeViewModel

    var body: some View {
        Form {
            switch model.step {
            case .intro:
                Section(app.words("welcome.intro.title")) { Text(verbatim: app.words("welcome.intro.body")) }
                Button(app.words("welcome.setUp")) { model.begin() }
            case .passphrase:
                Section(app.words("welcome.passphrase.title")) {
                    Text(verbatim: app.words("welcome.passphrase.body"))
                    PassphraseField(title: app.words("welcome.passphrase.first"), text: $model.passphrase)
                    if let strength = model.strength {
                        ProgressView(value: Double(strength.score), total: 4)
                        Text(verbatim: strength.hint).font(.footnote)
                    }
                    PassphraseField(title: app.words("welcome.passphrase.second"), text: $model.confirmation)
                    if let mismatch = model.mismatchText { Text(verbatim: mismatch).foregroundStyle(.red) }
                    if let error = model.passphraseError { Text(verbatim: error).foregroundStyle(.red) }
                }
                Button(app.words("welcome.continue")) { model.continueFromPassphrase() }
                    .disabled(!model.canContinueFromPassphrase)
                Button(app.words("common.back")) { model.back() }
            case .duress:
                Section(app.words("welcome.duress.title")) {
                    Text(verbatim: app.words("welcome.duress.body"))
                    PassphraseField(title: app.words("welcome.passphrase.first"), text: $model.duress)
                    if let hint = model.duressHint { Text(verbatim: hint).font(.footnote) }
                    PassphraseField(title: app.words("welcome.passphrase.second"), text: $model.duressConfirmation)
                    if let problem = model.duressProblem { Text(verbatim: problem).foregroundStyle(.red) }
                }
                // "Skip" as prominent as "Set".
                HStack {
                    Button(app.words("welcome.duress.set")) { Task { await model.setDuress() } }
                        .disabled(!model.canSetDuress)
                    Button(app.words("welcome.duress.skip")) { model.skipDuress() }
                }
                .buttonStyle(.borderedProminent)
            case .wipe:
                Section(app.words("welcome.wipe.title")) {
                    Text(verbatim: app.words("welcome.wipe.body"))
                    if model.isPin { Text(verbatim: app.words("welcome.wipe.pin")) }
                    Picker(app.words("welcome.wipe.title"), selection: $model.wipeAfter) {
                        ForEach(model.wipeChoices, id: \.self) { choice in
                            Text(verbatim: model.wipeChoiceText(choice)).tag(choice)
                        }
                    }
                    .pickerStyle(.inline)
                }
                Button(app.words("welcome.create")) { Task { await model.create() } }
            case .creating:
                ProgressView(app.words("welcome.creating"))
            case .keystoreUnavailable, .failed:
                Text(verbatim: model.failureText ?? "")
                Button(app.words("welcome.tryAgain")) { Task { await model.create() } }
            }
        }
    }
}
