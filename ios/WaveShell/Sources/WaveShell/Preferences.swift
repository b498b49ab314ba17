// Owns what the shell keeps outside the vault — only what a locked phone may show: the app's
// language, the camouflage choice and the background-lock delay (docs/app-flows.md, "What lives
// outside the vault"). Never whether a duress passphrase is set, never counts of cases, never
// the organisation's name.

import Foundation

/// How Wave appears on the home screen. The app switches its alternate icon and name to match.
public enum Camouflage: String, CaseIterable, Sendable {
    case wave, calculator, notes

    /// The alternate icon's name in the app's asset catalog (`nil`: the primary icon).
    public var iconName: String? {
        switch self {
        case .wave: return nil
        case .calculator: return "AppIconCalculator"
        case .notes: return "AppIconNotes"
        }
    }
}

/// How long Wave may stay in the background before it locks.
public enum LockDelay: Int, CaseIterable, Sendable {
    case immediately = 0
    case oneMinute = 60
    case fiveMinutes = 300

    public var seconds: TimeInterval { TimeInterval(rawValue) }
}

/// The settings kept outside the vault.
@MainActor
public protocol ShellPreferences: AnyObject {
    /// The app's language; `nil` until chosen (the phone's language then decides).
    var language: String? { get set }
    var camouflage: Camouflage { get set }
    var lockDelay: LockDelay { get set }
}

/// `ShellPreferences` in `UserDefaults` (the app's own suite on iOS; a throw-away one in tests).
@MainActor
public final class DefaultsPreferences: ShellPreferences {
    private let defaults: UserDefaults

    public init(defaults: UserDefaults) {
        self.defaults = defaults
    }

    public var language: String? {
        get { defaults.string(forKey: "wave.language") }
        set { defaults.set(newValue, forKey: "wave.language") }
    }

    public var camouflage: Camouflage {
        get { defaults.string(forKey: "wave.camouflage").flatMap(Camouflage.init(rawValue:)) ?? .wave }
        set { defaults.set(newValue.rawValue, forKey: "wave.camouflage") }
    }

    public var lockDelay: LockDelay {
        // One minute unless chosen otherwise (docs/app-flows.md, Settings).
        get {
            defaults.object(forKey: "wave.lockDelay") == nil
                ? .oneMinute
                : LockDelay(rawValue: defaults.integer(forKey: "wave.lockDelay")) ?? .oneMinute
        }
        set { defaults.set(newValue.rawValue, forKey: "wave.lockDelay") }
    }
}

/// Reads text aloud on the device (AVSpeechSynthesizer in the app).
@MainActor
public protocol Speaker: AnyObject {
    func speak(_ text: String, language: String)
    func stop()
}

/// The languages the app's own words exist in, picked for a phone: the chosen one, else the
/// phone's first preferred language the app has, else English.
public func appLanguage(chosen: String?, preferred: [String], available: [String]) -> String {
    if let chosen, available.contains(chosen) { return chosen }
    for identifier in preferred {
        let code = String(identifier.prefix { $0 != "-" && $0 != "_" }).lowercased()
        if available.contains(code) { return code }
    }
    return available.contains("en") ? "en" : available.first ?? "en"
}
