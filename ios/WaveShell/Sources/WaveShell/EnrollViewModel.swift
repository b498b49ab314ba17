// Owns enrollment (docs/app-flows.md, 6): the code pasted or scanned, what it names shown before
// joining (read on the device, nobody contacted), joining, and each way that can fail, in words.

import Foundation
import Observation
import WaveCore

@MainActor @Observable
public final class EnrollViewModel {
    public enum Phase: Equatable, Sendable {
        case entry
        case confirm(EnrollmentPreview)
        case working
        case done
        case failed(Failure)
    }

    public enum Failure: Equatable, Sendable {
        /// Not a `wave-enroll:` code at all.
        case notAWaveCode
        /// A Wave code, but damaged (cut short, mistyped).
        case damaged
        /// The server could not be reached: "Waiting for a connection".
        case waiting
        /// The server's key matches none of the code's pins.
        case serverKeyMismatch
        /// The server refused the code (used, expired or revoked).
        case refused
        /// Already connected, or another failure.
        case other
    }

    public private(set) var phase: Phase = .entry
    /// The code as pasted or scanned. Not logged, never copied anywhere.
    public var code = ""

    private let vault: any VaultCore
    private let words: Words
    private let settings: SyncSettings?
    private let onDone: @MainActor () -> Void
    private let onCancel: @MainActor () -> Void

    public init(
        vault: any VaultCore, words: Words, settings: SyncSettings?, onDone: @escaping @MainActor () -> Void,
        onCancel: @escaping @MainActor () -> Void
    ) {
        self.vault = vault
        self.words = words
        self.settings = settings
        self.onDone = onDone
        self.onCancel = onCancel
    }

    public var canReview: Bool { !code.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }

    public var confirmText: String? {
        guard case .confirm(let preview) = phase else { return nil }
        return words("enroll.confirm", .text(preview.server))
    }

    public var failureText: String? {
        guard case .failed(let failure) = phase else { return nil }
        switch failure {
        case .notAWaveCode: return words("enroll.error.notWave")
        case .damaged: return words("enroll.error.damaged")
        case .waiting: return words("enroll.error.waiting")
        case .serverKeyMismatch: return words("enroll.error.keyMismatch")
        case .refused: return words("enroll.error.refused")
        case .other: return words("enroll.error.other")
        }
    }

    public var readAloudText: String {
        failureText ?? confirmText ?? (phase == .done ? words("enroll.done") : words("enroll.entry"))
    }

    /// A code read by the camera: shown for confirmation like a pasted one.
    public func scanned(_ text: String) {
        code = text
        review()
    }

    /// Reads the code and shows what it names.
    public func review() {
        guard canReview else { return }
        let trimmed = code.trimmingCharacters(in: .whitespacesAndNewlines)
        do {
            phase = .confirm(try vault.previewEnrollment(trimmed))
        } catch {
            phase = .failed(trimmed.lowercased().hasPrefix("wave-enroll:") ? .damaged : .notAWaveCode)
        }
    }

    public func connect() async {
        guard case .confirm = phase else { return }
        phase = .working
        do {
            _ = try await vault.enroll(
                enrollment: code.trimmingCharacters(in: .whitespacesAndNewlines), label: nil, settings: settings)
            code = ""
            phase = .done
        } catch {
            switch FailureKind(error) {
            case .networkUnavailable: phase = .failed(.waiting)
            case .serverKeyMismatch: phase = .failed(.serverKeyMismatch)
            case .serverRejected: phase = .failed(.refused)
            case .invalidInput: phase = .failed(.damaged)
            default: phase = .failed(.other)
            }
        }
    }

    /// From a failure back to the code, to correct or replace it.
    public func edit() {
        phase = .entry
    }

    /// "Done" after joining.
    public func finish() {
        guard phase == .done else { return }
        onDone()
    }

    public func cancel() {
        code = ""
        phase = .entry
        onCancel()
    }
}
