// Owns the settings screen's layout (SettingsViewModel decides everything).

import SwiftUI
import WaveShell

struct SettingsView: View {
    @Environment(AppModel.self) private var app
    @Bindable var model: SettingsViewModel

    var body: some View {
        Form {
            Section(app.words("settings.passphrase.title")) {
                PassphraseField(title: app.words("welcome.passphrase.first"), text: $model.newPassphrase)
                if let hint = model.newStrength?.hint { Text(verbatim: hint).font(.footnote) }
                PassphraseField(title: app.words("welcome.passphrase.second"), text: $model.newConfirmation)
                Button(app.words("settings.passphrase.change")) { Task { await model.changePassphrase() } }
                    .disabled(!model.canChangePassphrase)
                if let status = model.statusText(model.passphraseStatus) { Text(verbatim: status) }
            }
            // The same whether a second passphrase exists or not.
            Section(app.words("settings.duress.title")) {
                Text(verbatim: app.words("settings.duress.body")).font(.footnote)
                PassphraseField(title: app.words("welcome.passphrase.first"), text: $model.duress)
                if let hint = model.duressStrength?.hint { Text(verbatim: hint).font(.footnote) }
                PassphraseField(title: app.words("welcome.passphrase.second"), text: $model.duressConfirmation)
                Button(app.words("settings.duress.set")) { Task { await model.setDuress() } }
                    .disabled(!model.canSetDuress)
                if let status = model.statusText(model.duressStatus) { Text(verbatim: status) }
            }
            Section(app.words("settings.wipeAfter.title")) {
                Picker(app.words("settings.wipeAfter.title"), selection: Binding(get: { model.wipeAfter }, set: { model.setWipeAfter($0) })) {
                    ForEach(model.wipeChoices, id: \.self) { Text(verbatim: model.wipeChoiceText($0)).tag($0) }
                }
                if let status = model.statusText(model.wipeStatus) { Text(verbatim: status) }
            }
            Section(app.words("settings.language.title")) {
                Picker(app.words("settings.language.title"), selection: Binding(get: { model.language }, set: { model.setLanguage($0) })) {
                    ForEach(model.languages, id: \.self) { Text(verbatim: model.languageName($0)).tag($0) }
                }
            }
            Section(app.words("settings.lock.title")) {
                Picker(app.words("settings.lock.title"), selection: Binding(get: { model.lockDelay }, set: { model.setLockDelay($0) })) {
                    ForEach(LockDelay.allCases, id: \.self) { Text(verbatim: model.lockDelayText($0)).tag($0) }
                }
            }
            Section(app.words("settings.camouflage.title")) {
                Text(verbatim: app.words("settings.camouflage.body")).font(.footnote)
                Picker(app.words("settings.camouflage.title"), selection: Binding(get: { model.camouflage }, set: { model.setCamouflage($0) })) {
                    ForEach(Camouflage.allCases, id: \.self) { Text(verbatim: model.camouflageText($0)).tag($0) }
                }
            }
            Section {
                Button(app.words("settings.wipe.title"), role: .destructive) { model.askWipe() }
                if let failure = model.wipeFailure { Text(verbatim: failure) }
            }
            Button(app.words("common.back")) { app.showHome() }
        }
        .alert(
            app.words("settings.wipe.confirm"),
            isPresented: Binding(get: { model.confirmingWipe }, set: { if !$0 { model.cancelWipe() } })
        ) {
            Button(app.words("settings.wipe.button"), role: .destructive) { model.confirmWipe() }
            Button(app.words("common.cancel"), role: .cancel) { model.cancelWipe() }
        }
        .navigationBarBackButtonHidden()
    }
}
