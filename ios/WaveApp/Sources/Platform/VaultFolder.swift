// Owns where the vault lives: a folder in Application Support with file protection `complete`
// (its files are unreadable while the phone is locked; new files inherit the class) and excluded
// from iCloud and computer backups, so no copy of the ciphertext leaves the phone that way.

import Foundation

enum VaultFolder {
    static func prepare() -> URL {
        let support = FileManager.default.urls(for: .applicationSupportDirectory, in: .userDomainMask)[0]
        var folder = support.appendingPathComponent("vault", isDirectory: true)
        // Failures here are not fatal: the core reports a folder it cannot use when creating or
        // unlocking, and the screens say so.
        try? FileManager.default.createDirectory(
            at: folder, withIntermediateDirectories: true, attributes: [.protectionKey: FileProtectionType.complete])
        try? FileManager.default.setAttributes([.protectionKey: FileProtectionType.complete], ofItemAtPath: folder.path)
        var values = URLResourceValues()
        values.isExcludedFromBackup = true
        try? folder.setResourceValues(values)
        return folder
    }
}
