// Shared pieces of the Swift host tests: a wave-server on loopback with a staff token to make
// enrollment codes, the Swift side of the foreign traits (keystore, sync observer), answers as
// JSON, and the checks. Kept apart from the tests so each test reads as the flow a shell drives.

import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking  // URLSession lives here outside Apple's platforms.
#endif
import WaveCore

/// A failed check; the runner prints its text and counts the test as failed.
struct CheckFailed: Error, CustomStringConvertible {
    let description: String
}

func check(
    _ condition: Bool, _ message: @autoclosure () -> String = "",
    file: StaticString = #fileID, line: UInt = #line
) throws {
    if !condition {
        throw CheckFailed(description: "\(file):\(line): check failed \(message())")
    }
}

func checkEqual<T: Equatable>(
    _ actual: T, _ expected: T, file: StaticString = #fileID, line: UInt = #line
) throws {
    if actual != expected {
        throw CheckFailed(description: "\(file):\(line): got \(actual), expected \(expected)")
    }
}

/// The case of a `WaveError` without its message ("WrongPassphrase", "InvalidInput").
func caseName(_ error: WaveError) -> String {
    let text = String(describing: error)
    return String(text.prefix { $0 != "(" })
}

/// Runs `body`, which must throw the `WaveError` case `expected`; returns the error so the test
/// can look at its message.
@discardableResult
func expectWaveError(
    _ expected: String, file: StaticString = #fileID, line: UInt = #line,
    _ body: () async throws -> Void
) async throws -> WaveError {
    do {
        try await body()
    } catch let error as WaveError {
        if caseName(error) == expected {
            return error
        }
        throw CheckFailed(description: "\(file):\(line): expected \(expected), got \(error)")
    }
    throw CheckFailed(description: "\(file):\(line): expected \(expected), nothing was thrown")
}

/// An answer as the JSON text `GuidedSession.answer` takes.
func json<T: Encodable>(_ value: T) throws -> String {
    String(decoding: try JSONEncoder().encode(value), as: UTF8.self)
}

/// A JSON object from the core (a case), for looking inside.
func jsonObject(_ text: String) throws -> [String: Any] {
    guard let object = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
    else { throw CheckFailed(description: "not a JSON object") }
    return object
}

func containsCyrillic(_ text: String) -> Bool {
    text.unicodeScalars.contains { (0x0400...0x04FF).contains($0.value) }
}

/// A fresh folder under the system's temporary folder, removed by the caller.
func temporaryFolder(_ prefix: String) throws -> URL {
    let url = FileManager.default.temporaryDirectory
        .appendingPathComponent("\(prefix)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

/// The device secret, as a shell's Keychain wrapper would give it; `nil` plays a removed entry.
final class TestKeystore: PlatformKeystore, @unchecked Sendable {
    private let value: Data?
    private let lock = NSLock()
    private var asked = 0

    init(_ value: Data?) {
        self.value = value
    }

    var timesAsked: Int {
        lock.lock()
        defer { lock.unlock() }
        return asked
    }

    func secret() throws -> Data {
        lock.lock()
        asked += 1
        lock.unlock()
        guard let value else {
            throw WaveError.KeystoreUnavailable(message: "the key was removed")
        }
        return value
    }
}

/// Records what a sync reports. Called from the core's background threads, hence the lock.
final class RecordingObserver: SyncObserver, @unchecked Sendable {
    private let lock = NSLock()
    private var progressCalls: [(UInt64, UInt64)] = []
    private var states: [String: CaseSyncState] = [:]

    func progress(done: UInt64, total: UInt64) throws {
        lock.lock()
        defer { lock.unlock() }
        progressCalls.append((done, total))
    }

    func caseState(caseId: String, state: CaseSyncState) throws {
        lock.lock()
        defer { lock.unlock() }
        states[caseId] = state
    }

    func state(of caseId: String) -> CaseSyncState? {
        lock.lock()
        defer { lock.unlock() }
        return states[caseId]
    }

    var lastProgress: (UInt64, UInt64)? {
        lock.lock()
        defer { lock.unlock() }
        return progressCalls.last
    }
}

/// Calls back into the vault from every notification, as a shell's view model might.
final class CallingObserver: SyncObserver, @unchecked Sendable {
    private let lock = NSLock()
    private let vault: WaveVault
    private(set) var seen: [String] = []

    init(_ vault: WaveVault) {
        self.vault = vault
    }

    private func note(_ text: String) {
        lock.lock()
        defer { lock.unlock() }
        seen.append(text)
    }

    func progress(done: UInt64, total: UInt64) throws {
        note("progress pending=\(try vault.syncStatus().pending) cases=\(try vault.listCases().count)")
    }

    func caseState(caseId: String, state: CaseSyncState) throws {
        note("state \(try vault.caseSyncStates(language: "en").map(\.state))")
    }
}

/// A wave-server on a free loopback port, started the way an operator would, with a staff token
/// to create enrollment codes over its HTTP API.
final class TestServer {
    let url: String
    let staff: StaffIdentityRecord
    private let token: String
    private let process: Process
    private let data: URL

    init(binary: String) throws {
        data = try temporaryFolder("wave-server")
        token = try TestServer.run(binary, ["create-staff-token", "--data", data.path])
            .trimmingCharacters(in: .whitespacesAndNewlines)
        try check(!token.isEmpty, "create-staff-token printed no token")

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
            throw CheckFailed(description: "wave-server said: \(line)")
        }
        url = String(line.dropFirst("listening on ".count))
        staff = try generateStaffIdentity()
    }

    /// A one-time enrollment string for this server, as staff hand it to a phone.
    func enrollmentString() async throws -> String {
        var request = URLRequest(url: URL(string: url + "/v1/staff/enrollment-codes")!)
        request.httpMethod = "POST"
        request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization")
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        request.httpBody = Data(#"{"expires_in_seconds": 3600}"#.utf8)
        let body: Data = try await withCheckedThrowingContinuation { continuation in
            URLSession.shared.dataTask(with: request) { data, response, error in
                let status = (response as? HTTPURLResponse)?.statusCode ?? 0
                if let error {
                    continuation.resume(throwing: error)
                } else if status != 201 && status != 200 {
                    continuation.resume(
                        throwing: CheckFailed(description: "enrollment code: HTTP \(status)"))
                } else {
                    continuation.resume(returning: data ?? Data())
                }
            }.resume()
        }
        guard let code = try jsonObject(String(decoding: body, as: UTF8.self))["code"] as? String
        else { throw CheckFailed(description: "no code in the server's answer") }
        return try encodeEnrollmentString(server: url, code: code, recipients: [staff.recipient])
    }

    /// Freezes the server (SIGSTOP): connections are still accepted by the system, but nothing
    /// answers — a network that hangs. `resume` thaws it.
    func pause() {
        kill(process.processIdentifier, SIGSTOP)
    }

    func resume() {
        kill(process.processIdentifier, SIGCONT)
    }

    func stop() {
        resume()
        process.terminate()
        process.waitUntilExit()
        try? FileManager.default.removeItem(at: data)
    }

    private static func run(_ binary: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        let stdout = Pipe()
        process.standardOutput = stdout
        try process.run()
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try check(process.terminationStatus == 0, "\(arguments[0]) exited \(process.terminationStatus)")
        return String(decoding: output, as: UTF8.self)
    }

    private static func readLine(_ handle: FileHandle) -> String {
        var bytes = Data()
        while true {
            let byte = handle.readData(ofLength: 1)
            if byte.isEmpty || byte == Data("\n".utf8) {
                break
            }
            bytes.append(byte)
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
