// Owns the background sync task: a BGProcessingTask that requires network. What it does is
// `AppModel.backgroundSync()`, which follows the decision tested in WaveShell (run only while the
// vault is unlocked, enrolled, with something waiting); this file only registers, schedules and
// ends the task.

import BackgroundTasks
import WaveShell

enum BackgroundSync {
    /// Also listed in Info.plist's BGTaskSchedulerPermittedIdentifiers (project.yml).
    static let identifier = "org.wave.app.sync"

    /// Before the app finishes launching, as BGTaskScheduler requires.
    static func register(app: AppModel) {
        BGTaskScheduler.shared.register(forTaskWithIdentifier: identifier, using: nil) { task in
            guard let task = task as? BGProcessingTask else {
                task.setTaskCompleted(success: false)
                return
            }
            let work = Task { @MainActor in
                let decision = await app.backgroundSync()
                schedule()
                task.setTaskCompleted(success: decision != .skipServerKeyMismatch)
            }
            task.expirationHandler = {
                // Out of time: stop; what the server acknowledged stays recorded.
                work.cancel()
                task.setTaskCompleted(success: false)
            }
        }
    }

    static func schedule() {
        let request = BGProcessingTaskRequest(identifier: identifier)
        request.requiresNetworkConnectivity = true
        request.requiresExternalPower = false
        request.earliestBeginDate = Date(timeIntervalSinceNow: 15 * 60)
        // Fails only when the identifier is not permitted or too many are pending: nothing to tell.
        try? BGTaskScheduler.shared.submit(request)
    }
}
