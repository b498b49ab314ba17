// Owns the frame every screen shares: the screen for the current route, the quick exit in the
// top trailing corner of every screen (one tap, no confirmation), read-aloud, and the privacy
// cover drawn over everything whenever Wave is not the active app.

import SwiftUI
import UIKit
import WaveShell

struct RootView: View {
    @Environment(AppModel.self) private var app

    var body: some View {
        ZStack {
            NavigationStack {
                screen
                    .toolbar {
                        ToolbarItem(placement: .topBarLeading) {
                            Button(app.words("common.readAloud"), systemImage: "speaker.wave.2") { app.readAloud() }
                        }
                        ToolbarItem(placement: .topBarTrailing) {
                            Button(app.words("common.quickExit"), systemImage: "xmark.circle.fill") { app.quickExit() }
                        }
                    }
            }
            if app.coverShown {
                CoverView()
            }
        }
        .onChange(of: app.camouflage) { _, choice in
            UIApplication.shared.setAlternateIconName(choice.iconName) { _ in }
        }
        .task {
            // The periodic sync while Wave is open; it follows the same decision as the
            // background task (nothing while locked, nothing when nothing waits).
            while !Task.isCancelled {
                try? await Task.sleep(for: .seconds(15 * 60))
                await app.backgroundSync()
            }
        }
    }

    @ViewBuilder private var screen: some View {
        switch app.route {
        case .welcome(let model): WelcomeView(model: model)
        case .unlock(let model): UnlockView(model: model)
        case .home(let model): HomeView(model: model)
        case .checklist(let model): ChecklistView(model: model)
        case .enroll(let model): EnrollView(model: model)
        case .settings(let model): SettingsView(model: model)
        case .exited: ExitedView()
        }
    }
}

/// What the app switcher's snapshot and a glance at the screen show: nothing of Wave's content.
struct CoverView: View {
    @Environment(AppModel.self) private var app

    var body: some View {
        Color(.systemBackground)
            .ignoresSafeArea()
            .overlay { Text(verbatim: app.camouflage == .wave ? app.words("common.cover") : "").font(.title) }
    }
}

/// After a quick exit: a blank, neutral screen; any tap asks for the passphrase again.
struct ExitedView: View {
    @Environment(AppModel.self) private var app

    var body: some View {
        Color(.systemBackground)
            .ignoresSafeArea()
            .contentShape(Rectangle())
            .onTapGesture { app.leaveExited() }
            .accessibilityLabel(Text(verbatim: app.words("exited.tap")))
            .navigationBarBackButtonHidden()
    }
}

/// A secure field that asks the keyboard for nothing personal.
struct PassphraseField: View {
    let title: String
    @Binding var text: String

    var body: some View {
        SecureField(title, text: $text)
            .textContentType(.newPassword)
            .textInputAutocapitalization(.never)
            .autocorrectionDisabled()
    }
}
