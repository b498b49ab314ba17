// Owns the unlock screen's layout: one field, "Open", and the one message there is.

import SwiftUI
import WaveShell

struct UnlockView: View {
    @Environment(AppModel.self) private var app
    @Bindable var model: UnlockViewModel

    var body: some View {
        Form {
            Section(app.words("unlock.title")) {
                PassphraseField(title: app.words("welcome.passphrase.first"), text: $model.passphrase)
                    .textContentType(.password)
                    .onSubmit { Task { await model.open() } }
                if let message = model.messageText { Text(verbatim: message) }
            }
            if model.phase == .working {
                ProgressView()
            } else {
                Button(app.words("unlock.open")) { Task { await model.open() } }
                    .disabled(!model.canOpen)
            }
        }
        .navigationBarBackButtonHidden()
    }
}
