// Owns the navigation state: which screen shows (with its view model), the privacy cover, locking
// (quick exit, the background delay, the screen going off) and what survives a lock (the open
// checklist's place, nothing else: not speech, not a capture on its way to the vault). Screens
// never move each other; they call back here.

import Foundation
import Observation
import WaveCore

/// What the shell needs from the platform, gathered so the app and the tests build one the same way.
public struct ShellEnvironment {
    public var vault: any VaultCore
    public var texts: any Texts
    public var preferences: any ShellPreferences
    public var speaker: (any Speaker)?
    /// Whether the vault is bound to the phone's keystore (decides the strength rule).
    public var keystore: Bool
    /// The key derivation's cost for a new vault: about half a second on the phone.
    public var kdf: KdfStrength
    /// How hard a sync tries; `nil` is the core's defaults.
    public var syncSettings: SyncSettings?
    /// The phone's preferred languages, most preferred first.
    public var preferredLanguages: [String]
    /// The languages the app's own words are in.
    public var appLanguages: [String]
    public var now: @MainActor () -> Date
    /// After a panic wipe (the app forgets its keystore secret, so the next vault gets a new one).
    public var afterWipe: @MainActor () -> Void
    /// Where captures wait for the vault; emptied at launch, on every lock and after a wipe.
    public var captureFolder: URL

    public init(
        vault: any VaultCore, texts: any Texts, preferences: any ShellPreferences, speaker: (any Speaker)?,
        keystore: Bool, kdf: KdfStrength = .calibrated(targetMs: 500), syncSettings: SyncSettings? = nil,
        preferredLanguages: [String], appLanguages: [String], now: @escaping @MainActor () -> Date = { Date() },
        afterWipe: @escaping @MainActor () -> Void = {}, captureFolder: URL = CaptureFolder.url
    ) {
        self.vault = vault
        self.texts = texts
        self.preferences = preferences
        self.speaker = speaker
        self.keystore = keystore
        self.kdf = kdf
        self.syncSettings = syncSettings
        self.preferredLanguages = preferredLanguages
        self.appLanguages = appLanguages
        self.now = now
        self.afterWipe = afterWipe
        self.captureFolder = captureFolder
    }
}

@MainActor @Observable
public final class AppModel {
    public enum Route {
        case welcome(WelcomeViewModel)
        case unlock(UnlockViewModel)
        case home(HomeViewModel)
        case checklist(ChecklistViewModel)
        case enroll(EnrollViewModel)
        case settings(SettingsViewModel)
        /// After a quick exit: the camouflage screen (or a blank one); the next tap unlocks.
        case exited

        public var name: String {
            switch self {
            case .welcome: return "welcome"
            case .unlock: return "unlock"
            case .home: return "home"
            case .checklist: return "checklist"
            case .enroll: return "enroll"
            case .settings: return "settings"
            case .exited: return "exited"
            }
        }
    }

    public private(set) var route: Route = .exited
    /// The privacy cover: shown whenever Wave is not the active app, so the app switcher's
    /// snapshot holds nothing.
    public private(set) var coverShown = false
    /// The app's language (its own words and, when the form has it, the checklist's).
    public private(set) var language: String {
        // What the core refuses (a weak passphrase, a bad code) is said in her language too.
        didSet { setMessageLanguage(language: language) }
    }
    public private(set) var camouflage: Camouflage
    public let sync: SyncController

    private let environment: ShellEnvironment
    private var backgroundSince: Date?
    /// The checklist open when the vault locked, to reopen after unlock.
    private var resumeAfterUnlock: String?

    public init(environment: ShellEnvironment) {
        self.environment = environment
        language = appLanguage(
            chosen: environment.preferences.language, preferred: environment.preferredLanguages,
            available: environment.appLanguages)
        camouflage = environment.preferences.camouflage
        sync = SyncController(vault: environment.vault, settings: environment.syncSettings, now: environment.now)
        // What a closed app left there can never reach the vault now.
        CaptureFolder.sweep(environment.captureFolder)
        setMessageLanguage(language: language)
        start()
    }

    public var words: Words { Words(texts: environment.texts, language: language) }
    private var vault: any VaultCore { environment.vault }

    /// What read-aloud reads on the screen showing now.
    public var readAloudText: String {
        switch route {
        case .welcome(let model): return model.readAloudText
        case .unlock(let model): return model.readAloudText
        case .home(let model): return model.readAloudText
        case .checklist(let model): return model.readAloudText
        case .enroll(let model): return model.readAloudText
        case .settings(let model): return model.readAloudText
        case .exited: return ""
        }
    }

    public func readAloud() {
        if case .checklist(let model) = route {
            model.readAloud()
        } else {
            environment.speaker?.speak(readAloudText, language: language)
        }
    }

    // MARK: Locking

    /// One tap, no confirmation: lock, forget the screens, show the neutral screen. iOS cannot
    /// leave an app; from here the next open asks for the passphrase.
    public func quickExit() {
        lock()
        route = .exited
    }

    /// Any tap on the neutral screen after a quick exit.
    public func leaveExited() {
        guard case .exited = route else { return }
        start()
    }

    /// The scene is no longer active (app switcher, a call, going to the background).
    public func resignedActive() {
        coverShown = true
    }

    public func enteredBackground() {
        coverShown = true
        backgroundSince = environment.now()
        if environment.preferences.lockDelay == .immediately {
            lockIfOpen()
        }
    }

    public func becameActive() {
        if let since = backgroundSince,
            environment.now().timeIntervalSince(since) >= environment.preferences.lockDelay.seconds
        {
            lockIfOpen()
        }
        backgroundSince = nil
        coverShown = false
    }

    /// The screen went off (protected data about to become unavailable): lock at once.
    public func screenLocked() {
        lockIfOpen()
    }

    /// Goes by the vault as well as the screen: the first-run screens can hold an open vault too
    /// (made, but its duress passphrase not yet set), and it must close like any other.
    private func lockIfOpen() {
        let showsVault: Bool
        switch route {
        case .welcome, .unlock, .exited: showsVault = false
        case .home, .checklist, .enroll, .settings: showsVault = true
        }
        guard showsVault || vault.isUnlocked() else { return }
        lock()
        start()
    }

    private func lock() {
        environment.speaker?.stop()
        if case .checklist(let model) = route, model.phase == .question || isInvalid(model.phase) {
            resumeAfterUnlock = model.caseId
        }
        vault.lock()
        CaptureFolder.sweep(environment.captureFolder)
        sync.reset()
    }

    private func isInvalid(_ phase: ChecklistViewModel.Phase) -> Bool {
        if case .invalid = phase { return true }
        return false
    }

    // MARK: Screens

    private func start() {
        if vault.isUnlocked() {
            showHome()
        } else if vault.exists() {
            showUnlock()
        } else {
            showWelcome()
        }
    }

    private func showWelcome() {
        resumeAfterUnlock = nil
        route = .welcome(
            WelcomeViewModel(
                vault: vault, words: words, kdf: environment.kdf, keystore: environment.keystore,
                onCreated: { [weak self] in self?.created() }))
    }

    /// The first-run screens are done. A lock while they waited on the core has already moved on
    /// to the unlock screen, and home must not open over the vault it closed.
    private func created() {
        guard case .welcome = route, vault.isUnlocked() else { return }
        showHome()
    }

    private func showUnlock() {
        route = .unlock(UnlockViewModel(vault: vault, words: words, onUnlocked: { [weak self] in self?.unlocked() }))
    }

    private func unlocked() {
        // A lock that came while the core was still opening the vault has closed it again and
        // shown a new unlock screen; nothing may open over it.
        guard vault.isUnlocked() else { return }
        // A duress unlock opens an empty vault with no draft of that id: then home, as always.
        if let caseId = resumeAfterUnlock {
            resumeAfterUnlock = nil
            if (try? vault.listCases())?.contains(where: { $0.id == caseId && $0.status == .draft }) == true {
                openChecklist(resuming: caseId)
                return
            }
        }
        showHome()
        syncIfWaiting()
    }

    public func showHome() {
        let home = HomeViewModel(
            vault: vault, sync: sync, words: words,
            actions: HomeViewModel.Actions(
                newRecord: { [weak self] in self?.openChecklist(resuming: nil) },
                openDraft: { [weak self] id in self?.openChecklist(resuming: id) },
                connect: { [weak self] in self?.showEnroll() },
                settings: { [weak self] in self?.showSettings() }))
        route = .home(home)
    }

    private func openChecklist(resuming caseId: String?) {
        let checklistLanguage = (try? vault.languages())?.contains(language) == true ? language : "en"
        let session: any GuidedSessionProtocol
        do {
            if let caseId {
                session = try vault.continueChecklist(caseId: caseId, language: checklistLanguage)
            } else {
                session = try vault.beginChecklist(language: checklistLanguage)
            }
        } catch {
            showHome()
            return
        }
        route = .checklist(
            ChecklistViewModel(
                session: session, vault: vault, words: words, speaker: environment.speaker,
                enrolled: { [weak self] in (try? self?.vault.syncStatus().enrolled) == true },
                onFinished: { [weak self] _ in self?.syncIfWaiting() },
                onClose: { [weak self] in self?.showHome() }))
    }

    private func showEnroll() {
        route = .enroll(
            EnrollViewModel(
                vault: vault, words: words, settings: environment.syncSettings,
                onDone: { [weak self] in
                    self?.showHome()
                    self?.syncIfWaiting()
                },
                onCancel: { [weak self] in self?.showHome() }))
    }

    private func showSettings() {
        route = .settings(
            SettingsViewModel(
                vault: vault, preferences: environment.preferences, words: words, keystore: environment.keystore,
                onLanguage: { [weak self] code in self?.language = code },
                onCamouflage: { [weak self] choice in self?.camouflage = choice },
                onWiped: { [weak self] in
                    self?.environment.afterWipe()
                    if let folder = self?.environment.captureFolder { CaptureFolder.sweep(folder) }
                    self?.sync.reset()
                    self?.showWelcome()
                }))
    }

    // MARK: Sync

    /// The expedited sync after a finish or an enrollment, and the one on unlock: started when
    /// the device is enrolled and something waits. Runs in its own task; the home screen reads
    /// the vault again when it ends.
    public func syncIfWaiting() {
        guard let status = try? vault.syncStatus(), status.enrolled, status.pending > 0, !sync.running else {
            return
        }
        Task { await runSync() }
    }

    /// A background task's work: follows the decision, returns it.
    @discardableResult
    public func backgroundSync() async -> BackgroundSyncDecision {
        let decision = sync.decision()
        if decision == .run {
            await runSync()
        }
        return decision
    }

    private func runSync() async {
        if case .home(let home) = route { home.refresh() }
        await sync.syncNow()
        if case .home(let home) = route { home.refresh() }
    }
}
