//! What the state holders need from the platform they run on (Android, or the desktop test
//! host): the device-bound keystore, the vault's folder, the settings a locked phone may keep,
//! speech, capture and the folder captures wait in, leaving the app, camouflage and background
//! sync requests.
package org.wave.ui.model

import java.io.File
import org.wave.core.PlatformKeystore

/** How the app appears on the launcher (Android activity-aliases). */
enum class Camouflage { WAVE, CALCULATOR, NOTES }

/** Media an attachment question may ask for (the form's `media` values). */
enum class Media(val value: String) {
    PHOTO("photo"),
    VIDEO("video"),
    AUDIO("audio"),
    FILE("file"),
    ;

    companion object {
        fun of(value: String): Media? = entries.firstOrNull { it.value == value }
    }
}

/** A file the platform captured into app-private storage, for `add_attachment`; the holder
 *  deletes it whatever the outcome. */
class Captured(val path: String, val fileName: String?, val mediaType: String)

/** Deletes everything in the capture folder and keeps the folder. A capture nothing waits for any
 *  more (the activity recreated or the process killed under the camera app, a lock mid-capture)
 *  would otherwise stay there in plaintext. */
fun sweepCaptures(dir: File) {
    dir.listFiles()?.forEach { it.deleteRecursively() }
}

/**
 * The only settings kept outside the vault: what a locked phone may show. Never whether a
 * duress passphrase exists, never case counts, never the organisation.
 */
interface ShellPrefs {
    var language: String
    var camouflage: Camouflage
    /** Background time after which the vault locks, in milliseconds (0: at once). */
    var lockDelayMs: Long
}

class MemoryPrefs(
    override var language: String = "en",
    override var camouflage: Camouflage = Camouflage.WAVE,
    override var lockDelayMs: Long = DEFAULT_LOCK_DELAY_MS,
) : ShellPrefs

const val DEFAULT_LOCK_DELAY_MS = 60_000L
val LOCK_DELAYS_MS = listOf(0L, 60_000L, 300_000L)
val WIPE_CHOICES: List<Int?> = listOf(null, 5, 10, 20)

interface Platform {
    /** The folder the vault lives in (Android: inside noBackupFilesDir). */
    val vaultDir: String

    /** The folder captures wait in until the vault has them (Android: cache/capture). Nothing
     *  else is kept there: it is emptied at start and on every lock. */
    val captureDir: String

    /** The device-bound secret, or null where the platform has none. */
    val keystore: PlatformKeystore?

    /** The app's own strings in `language`. */
    fun texts(language: String): Texts

    /** Reads `text` aloud in `language` with the platform's speech engine, on the device. */
    fun speak(text: String, language: String)

    /** Stops reading aloud, including a request the speech engine has not started yet. */
    fun stopSpeaking()

    /** Captures `media` into app-private storage; null when she cancelled or refused. */
    suspend fun capture(media: Media): Captured?

    /** Leaves the app for the launcher (Android: the task is removed from recents). */
    fun leave()

    /** Switches the launcher icon and name. */
    fun applyCamouflage(camouflage: Camouflage)

    /** Asks for a sync soon (Android: expedited WorkManager work while the vault is open). */
    fun requestSync()
}
