// Owns the folder captures wait in between the camera, the microphone or the file importer and
// the vault: a subfolder of the temporary folder that holds nothing else, so AppModel can empty it
// at launch and on every lock. A capture whose screen is gone (a lock destroys the view holding
// the recorder) would otherwise stay there in plaintext.

import Foundation

public enum CaptureFolder {
    /// `tmp/capture`, made when missing (iOS may empty tmp while the app is not running).
    public static var url: URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("capture", isDirectory: true)
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// Deletes everything in `folder` and keeps the folder.
    public static func sweep(_ folder: URL) {
        let files = (try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)) ?? []
        for file in files {
            try? FileManager.default.removeItem(at: file)
        }
    }
}
