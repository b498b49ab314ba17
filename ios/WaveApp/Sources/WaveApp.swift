// Owns the app's entry point: builds the shell's environment from the platform pieces (the
// Keychain keystore, the protected vault folder, the bundle's words, speech), hands scene
// changes and the screen lock to the navigation model, and registers the background sync task.

import SwiftUI
import UIKit
import WaveCore
import WaveShell

@main
struct WaveApp: App {
    @State private var app: AppModel
    @Environment(\.scenePhase) private var scenePhase

    init() {
        let folder = VaultFolder.prepare()
        let keystore = KeychainKeystore()
        let vault = WaveVault(dir: folder.path, keystore: keystore)
        let preferences = DefaultsPreferences(defaults: .standard)
        let model = AppModel(
            environment: ShellEnvironment(
                vault: vault, texts: BundleTexts(), preferences: preferences, speaker: SpeechReader(),
                keystore: true, preferredLanguages: Locale.preferredLanguages,
                appLanguages: BundleTexts.languages,
                afterWipe: { keystore.destroy() }))
        _app = State(initialValue: model)
        BackgroundSync.register(app: model)
    }

    var body: some Scene {
        WindowGroup {
            RootView()
                .environment(app)
                .onReceive(
                    NotificationCenter.default.publisher(for: UIApplication.protectedDataWillBecomeUnavailableNotification)
                ) { _ in
                    // The phone is locking: so does Wave, whatever the delay.
                    app.screenLocked()
                }
        }
        .onChange(of: scenePhase) { _, phase in
            switch phase {
            case .active:
                app.becameActive()
            case .inactive:
                app.resignedActive()
            case .background:
                app.enteredBackground()
                BackgroundSync.schedule()
            @unknown default:
                app.resignedActive()
            }
        }
    }
}
