// Owns what the view-model tests share: a real wave-server on loopback with a staff token to
// make enrollment codes, a vault and a capture folder per test, the app's string catalog, an app
// model built the way the app builds one (with the Argon2id floor, for speed), a recording
// speaker, a fake vault for states the real core cannot be brought to, and observation checks.

import Foundation
import Observation
import Testing
import WaveCore
@testable import WaveShell

let passphrase = "correct horse battery staple"
let duressPassphrase = "duress words: copper kettle meadow"

/// A failure of the test's own machinery (not of the code under test).
struct SetupFailed: Error, CustomStringConvertible {
    let description: String
}

/// ios/WaveApp/Localizable.xcstrings, found from this file's place in the repository.
let catalogURL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("WaveApp/Localizable.xcstrings")

func loadCatalog() throws -> StringCatalog {
    try StringCatalog(contentsOf: catalogURL)
}

func containsCyrillic(_ text: String) -> Bool {
    text.unicodeScalars.contains { (0x0400...0x04FF).contains($0.value) }
}

/// Ukrainian-only letters, to tell Ukrainian from Russian.
func looksUkrainian(_ text: String) -> Bool {
    text.contains { "іїєґІЇЄҐ".contains($0) }
}

/// A fresh folder under the system's temporary folder.
func temporaryFolder(_ prefix: String) throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

/// Preferences kept in memory, as a fresh install has them.
@MainActor
final class MemoryPreferences: ShellPreferences {
    var language: String?
    var camouflage: Camouflage = .wave
    var lockDelay: LockDelay = .oneMinute
}

/// Records what would have been read aloud.
@MainActor
final class RecordingSpeaker: Speaker {
    private(set) var spoken: [(text: String, language: String)] = []
    private(set) var stops = 0

    func speak(_ text: String, language: String) {
        spoken.append((text, language))
    }

    func stop() {
        stops += 1
    }
}

/// A clock the tests move by hand.
@MainActor
final class TestClock {
    var now = Date(timeIntervalSince1970: 1_800_000_000)
}

/// What one test works with: a vault folder of its own and the app model over it.
@MainActor
final class Harness {
    let folder: URL
    private(set) var vault: WaveVault
    let preferences = MemoryPreferences()
    let speaker = RecordingSpeaker()
    let clock = TestClock()
    let texts: StringCatalog
    /// How often the app was told a panic wipe happened (to forget its keystore secret).
    private(set) var wipes = 0
    /// Where this test's captures wait for the vault, as `CaptureFolder.url` in the app.
    var captureFolder: URL { folder.appendingPathComponent("capture", isDirectory: true) }

    init(language: String = "uk") throws {
        folder = try temporaryFolder("wave-ios")
        vault = WaveVault(dir: folder.appendingPathComponent("vault").path, keystore: nil)
        texts = try loadCatalog()
        preferences.language = language
    }

    /// An app model as the app makes one at launch (a new one plays a relaunch).
    func app(syncSettings: SyncSettings? = SyncSettings(maxAttempts: 1, timeoutMs: 5_000)) -> AppModel {
        let clock = self.clock
        return AppModel(
            environment: ShellEnvironment(
                vault: vault, texts: texts, preferences: preferences, speaker: speaker, keystore: false,
                kdf: .minimum, syncSettings: syncSettings, preferredLanguages: ["en-US"],
                appLanguages: ["en", "ru", "uk"], now: { clock.now }, afterWipe: { [weak self] in self?.wipes += 1 },
                captureFolder: captureFolder))
    }

    /// The process dies and starts again: a new vault object over the same folder, and a new
    /// app model (preferences, like the app's, survive).
    func relaunch() -> AppModel {
        vault = WaveVault(dir: folder.appendingPathComponent("vault").path, keystore: nil)
        return app()
    }

    deinit {
        try? FileManager.default.removeItem(at: folder)
    }
}

/// Fails the test unless reading `property` inside observation tracking is followed by a change
/// notification while `action` runs: what SwiftUI relies on to redraw.
@MainActor
func expectObserved<T>(
    _ what: String, _ property: @escaping @MainActor () -> T, during action: @MainActor () async throws -> Void,
    sourceLocation: SourceLocation = #_sourceLocation
) async rethrows {
    let fired = Flag()
    withObservationTracking {
        _ = property()
    } onChange: {
        fired.set()
    }
    try await action()
    #expect(fired.value, "no change notification for \(what)", sourceLocation: sourceLocation)
}

final class Flag: @unchecked Sendable {
    private let lock = NSLock()
    private var raised = false

    var value: Bool {
        lock.lock()
        defer { lock.unlock() }
        return raised
    }

    func set() {
        lock.lock()
        raised = true
        lock.unlock()
    }
}

/// Runs blocking work on a thread of its own and waits for it without blocking anything.
func offMain<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { continuation in
        Thread { continuation.resume(with: Result { try work() }) }.start()
    }
}

/// A wave-server on a free loopback port, with a staff token to create enrollment codes.
final class TestServer: @unchecked Sendable {
    let url: String
    private let token: String
    private let staff: StaffIdentityRecord
    private let process: Process
    private let data: URL

    /// Starts one. The waiting (for the server's first line, for `create-staff-token`) happens on
    /// a thread of its own: `Process.waitUntilExit` spins the calling thread's run loop, which on
    /// the main thread would run other tests' main-actor work inside it.
    static func start() async throws -> TestServer {
        try await offMain { try TestServer() }
    }

    private init() throws {
        guard let binary = ProcessInfo.processInfo.environment["WAVE_SERVER_BIN"] else {
            throw SetupFailed(description: "WAVE_SERVER_BIN is not set (run ios/scripts/test)")
        }
        data = try temporaryFolder("wave-server")
        token = try TestServer.run(binary, ["create-staff-token", "--data", data.path])
            .trimmingCharacters(in: .whitespacesAndNewlines)
        process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = ["serve", "--data", data.path, "--listen", "127.0.0.1:0"]
        let stdout = Pipe()
        process.standardOutput = stdout
        try process.run()
        let line = TestServer.readLine(stdout.fileHandleForReading)
        // Keep reading, so a chatty server never blocks on a full pipe.
        stdout.fileHandleForReading.readabilityHandler = { _ = $0.availableData }
        guard line.hasPrefix("listening on ") else {
            process.terminate()
            throw SetupFailed(description: "wave-server said: \(line)")
        }
        url = String(line.dropFirst("listening on ".count))
        staff = try generateStaffIdentity()
    }

    /// A one-time enrollment string for this server, made the way staff make one (`wave staff
    /// enroll-code`, the terminal client).
    func enrollmentString() async throws -> String {
        guard let cli = ProcessInfo.processInfo.environment["WAVE_CLI_BIN"] else {
            throw SetupFailed(description: "WAVE_CLI_BIN is not set (run ios/scripts/test)")
        }
        let url = self.url
        let recipient = staff.recipient
        let token = self.token
        let line = try await offMain {
            try TestServer.run(
                cli, ["staff", "enroll-code", "--server", url, "--recipient", recipient, "--expires", "1h"],
                environment: ["WAVE_STAFF_TOKEN": token])
        }
        let code = line.trimmingCharacters(in: .whitespacesAndNewlines)
        guard code.hasPrefix("wave-enroll:") else {
            throw SetupFailed(description: "enroll-code printed no enrollment string")
        }
        return code
    }

    func stop() {
        // SIGKILL, not SIGTERM: the test runner starts its children with SIGTERM ignored, and the
        // server's data is thrown away anyway.
        kill(process.processIdentifier, SIGKILL)
        try? FileManager.default.removeItem(at: data)
    }


    private static func run(_ binary: String, _ arguments: [String], environment: [String: String] = [:]) throws
        -> String
    {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        let stdout = Pipe()
        process.standardOutput = stdout
        try process.run()
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw SetupFailed(description: "\(arguments[0]) exited \(process.terminationStatus)")
        }
        return String(decoding: output, as: UTF8.self)
    }

    private static func readLine(_ handle: FileHandle) -> String {
        var bytes = Data()
        while true {
            let byte = handle.readData(ofLength: 1)
            if byte.isEmpty || byte == Data("\n".utf8) { break }
            bytes.append(byte)
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
