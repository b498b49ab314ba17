// Owns the home screen (docs/app-flows.md, 3): the records in four groups named so that saved is
// never confused with sent, the calm sync line, and the actions that lead to the other screens.

import Foundation
import Observation
import WaveCore

@MainActor @Observable
public final class HomeViewModel {
    public enum Group: String, CaseIterable, Sendable {
        case drafts, waiting, sent, rejected
    }

    /// A record as its row shows it.
    public struct Row: Equatable, Identifiable, Sendable {
        public let id: String
        public let title: String
        public let updated: Date
        public let group: Group
        /// Why the server refused it (`rejected` only).
        public let reason: String?
    }

    /// The sync line, calm in every state.
    public enum SyncLine: Equatable, Sendable {
        case notEnrolled
        case sending
        /// Offline or the server did not answer; the records are safe on the phone.
        case waiting
        case serverKeyMismatch
        /// Nothing waits; when the last sync got through, if ever.
        case allSent(Date?)
    }

    public private(set) var rows: [Row] = []
    public private(set) var syncLine: SyncLine = .notEnrolled
    public private(set) var enrolled = false
    public private(set) var pending: UInt64 = 0
    /// The vault could not be read (locked under the screen, or its storage failed).
    public private(set) var failure: String?

    private let vault: any VaultCore
    private let sync: SyncController
    private let words: Words
    private let actions: Actions

    /// Where the home screen's buttons lead; given by the navigation.
    public struct Actions {
        public var newRecord: @MainActor () -> Void
        public var openDraft: @MainActor (String) -> Void
        public var connect: @MainActor () -> Void
        public var settings: @MainActor () -> Void

        public init(
            newRecord: @escaping @MainActor () -> Void, openDraft: @escaping @MainActor (String) -> Void,
            connect: @escaping @MainActor () -> Void, settings: @escaping @MainActor () -> Void
        ) {
            self.newRecord = newRecord
            self.openDraft = openDraft
            self.connect = connect
            self.settings = settings
        }
    }

    public init(vault: any VaultCore, sync: SyncController, words: Words, actions: Actions) {
        self.vault = vault
        self.sync = sync
        self.words = words
        self.actions = actions
        refresh()
    }

    // MARK: What the screen shows

    public func rows(in group: Group) -> [Row] {
        rows.filter { $0.group == group }
    }

    public var isEmpty: Bool { rows.isEmpty && failure == nil }

    public func title(of group: Group) -> String {
        words("home.group.\(group.rawValue)")
    }

    public var emptyText: String { words("home.empty") }

    /// "Send now" shows only when enrolled and something waits.
    public var canSendNow: Bool { enrolled && pending > 0 && !sync.running }

    public var syncLineText: String {
        switch syncLine {
        case .notEnrolled: return words("home.sync.notEnrolled")
        case .sending: return words("home.sync.sending")
        case .waiting: return words("home.sync.waiting")
        case .serverKeyMismatch: return words("home.sync.keyMismatch")
        case .allSent(nil): return words("home.sync.nothingYet")
        case .allSent(let date?): return words("home.sync.allSent", .text(Self.shortTime(date, language: words.language)))
        }
    }

    /// Said once, on the home screen: sending happens only while Wave is open.
    public var syncNote: String { words("home.sync.note") }

    public var readAloudText: String {
        rows.isEmpty ? emptyText + ". " + syncLineText : syncLineText
    }

    // MARK: Actions

    /// Reads the records and the sync state again.
    public func refresh() {
        do {
            let states = Dictionary(
                try vault.caseSyncStates(language: words.language).map { ($0.caseId, $0.state) }, uniquingKeysWith: { first, _ in first })
            let status = try vault.syncStatus()
            rows = try vault.listCases()
                .sorted { $0.updatedAtMs > $1.updatedAtMs }
                .map { summary in
                    let state = states[summary.id]
                    let group: Group
                    var reason: String?
                    switch (summary.status, state) {
                    case (.draft, _), (_, .draft?): group = .drafts
                    case (_, .sent?): group = .sent
                    case (_, .rejected(let why)?):
                        group = .rejected
                        reason = why
                    default: group = .waiting
                    }
                    return Row(
                        id: summary.id, title: summary.title,
                        updated: Date(timeIntervalSince1970: TimeInterval(summary.updatedAtMs) / 1000),
                        group: group, reason: reason)
                }
            enrolled = status.enrolled
            pending = status.pending
            failure = nil
            if !status.enrolled {
                syncLine = .notEnrolled
            } else if sync.running {
                syncLine = .sending
            } else if sync.serverKeyMismatch {
                syncLine = .serverKeyMismatch
            } else if status.pending > 0 {
                syncLine = .waiting
            } else {
                syncLine = .allSent(status.lastSuccessAtMs.map { Date(timeIntervalSince1970: TimeInterval($0) / 1000) })
            }
        } catch {
            rows = []
            failure = words("home.failure")
        }
    }

    public func newRecord() { actions.newRecord() }

    /// A draft continues at the question it was on.
    public func open(_ row: Row) {
        guard row.group == .drafts else { return }
        actions.openDraft(row.id)
    }

    /// "Correct and send again": the refused record becomes a draft and opens in the checklist.
    public func correct(_ row: Row) {
        guard row.group == .rejected else { return }
        do {
            try vault.amendCase(caseId: row.id)
            actions.openDraft(row.id)
        } catch {
            failure = words("home.failure")
        }
    }

    public func connect() { actions.connect() }
    public func openSettings() { actions.settings() }

    public func sendNow() async {
        guard canSendNow else { return }
        syncLine = .sending
        await sync.syncNow()
        refresh()
    }

    static func shortTime(_ date: Date, language: String) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: language)
        if Calendar.current.isDateInToday(date) {
            formatter.dateStyle = .none
        } else {
            formatter.dateStyle = .short
        }
        formatter.timeStyle = .short
        return formatter.string(from: date)
    }
}
