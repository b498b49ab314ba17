//! The app's root state holder: which screen shows, the navigation between them, and the
//! lifecycle rules (lock after the background delay, on screen off and on quick exit; nothing
//! unlocked is reachable by going back afterwards; no delay while a capture waits in another
//! app; every lock stops speech and empties the capture folder). Plain Kotlin and coroutines: the
//! Android Activity and the desktop tests drive the same object.
package org.wave.ui.model

import java.io.File
import kotlinx.coroutines.CoroutineDispatcher
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.flow.MutableStateFlow
import kotlinx.coroutines.flow.StateFlow
import kotlinx.coroutines.flow.asStateFlow
import kotlinx.coroutines.withContext
import org.wave.core.KdfStrength
import org.wave.core.SyncSettings
import org.wave.core.WaveVault

/** One screen and the state holder behind it. */
sealed interface Screen {
    data class Welcome(val model: WelcomeModel) : Screen
    data class Unlock(val model: UnlockModel) : Screen
    data class Home(val model: HomeModel) : Screen
    data class Checklist(val model: ChecklistModel) : Screen
    data class Enroll(val model: EnrollModel) : Screen
    data class Settings(val model: SettingsModel) : Screen
}

class WaveApp(
    val platform: Platform,
    val prefs: ShellPrefs,
    /** `Calibrated(500)` in the app; the tests use `Minimum` so they stay fast. */
    val kdf: KdfStrength = KdfStrength.Calibrated(500u),
    /** Sync settings for `enroll` and `sync_now` (null: the core's defaults). */
    val syncSettings: SyncSettings? = null,
    val io: CoroutineDispatcher = Dispatchers.IO,
    private val clock: () -> Long = System::currentTimeMillis,
) {
    val vault: WaveVault = WaveVault(platform.vaultDir, platform.keystore)

    init {
        // What the last process left there (killed under the camera app) can never reach the vault.
        sweepCaptures(File(platform.captureDir))
        org.wave.core.setMessageLanguage(prefs.language)
    }

    private val _texts = MutableStateFlow(platform.texts(prefs.language))
    val texts: StateFlow<Texts> = _texts.asStateFlow()

    private val _screen = MutableStateFlow(startScreen())
    val screen: StateFlow<Screen> = _screen.asStateFlow()

    /** Screens under the current one (Home at the bottom while unlocked). */
    private val stack = ArrayDeque<Screen>()

    /** When the background delay started, or null while in front or waiting for a capture. */
    private var backgroundSince: Long? = null

    /** Whether none of the app's screens is showing (between onBackground and onForeground). */
    private var away = false

    /** Whether the app waits for a capture it opened another app for (camera, file picker). */
    var capturePending = false
        private set

    /** The platform's background timer: started with the delay whenever the delay starts, it
     *  calls [onBackgroundTimer] when the delay is over. */
    var startLockTimer: (delayMs: Long) -> Unit = {}

    /** A checklist open when the vault locked: shown again after unlock (memory only). */
    private var reopenCase: String? = null

    /** The last sync's problem the home screen shows (memory only, gone on lock). */
    internal var lastSync: SyncLine? = null

    private fun startScreen(): Screen =
        if (vault.exists()) Screen.Unlock(UnlockModel(this)) else Screen.Welcome(WelcomeModel(this))

    val language: String get() = prefs.language

    fun setLanguage(language: String) {
        prefs.language = language
        _texts.value = platform.texts(language)
        // What the core refuses (a weak passphrase, a bad code) is said in her language too.
        org.wave.core.setMessageLanguage(language)
    }

    /** The language the checklist speaks: the app's, if the form has it. */
    fun checklistLanguage(): String {
        val languages = runCatching { org.wave.core.checklistLanguages() }.getOrDefault(emptyList())
        return if (language in languages) language else languages.firstOrNull() ?: language
    }

    internal fun show(screen: Screen) {
        _screen.value = screen
    }

    private fun push(screen: Screen) {
        stack.addLast(_screen.value)
        _screen.value = screen
    }

    /** Back: to the screen below; false when there is none and the platform should leave. */
    suspend fun back(): Boolean {
        val current = _screen.value
        if (current is Screen.Checklist && current.model.back()) return true
        if (current is Screen.Welcome && current.model.back()) return true
        val below = stack.removeLastOrNull() ?: return false
        _screen.value = below
        if (below is Screen.Home) below.model.refreshLater()
        return true
    }

    /** After a successful create or unlock: the home screen, or the checklist that was open. */
    internal suspend fun opened() {
        stack.clear()
        lastSync = null
        val home = HomeModel(this)
        home.refresh()
        _screen.value = Screen.Home(home)
        val reopen = reopenCase
        reopenCase = null
        if (reopen != null && home.hasDraft(reopen)) openChecklist(reopen)
        // Sending needs the unlocked vault, so every unlock is a chance to send what waits.
        if (home.state.value.shouldSyncOnOpen) platform.requestSync()
    }

    suspend fun openChecklist(caseId: String? = null) {
        val model = ChecklistModel(this, caseId)
        // Opened before it is shown, so the first thing drawn is the question, not a spinner.
        model.start()
        push(Screen.Checklist(model))
    }

    fun openEnroll() = push(Screen.Enroll(EnrollModel(this)))

    fun openSettings() = push(Screen.Settings(SettingsModel(this)))

    /** Back to the home screen (after finishing a checklist or enrolling), fresh. */
    internal suspend fun home() {
        while (stack.isNotEmpty() && stack.last() !is Screen.Home) stack.removeLast()
        val home = (stack.removeLastOrNull() as? Screen.Home)?.model ?: HomeModel(this)
        stack.clear()
        home.refresh()
        _screen.value = Screen.Home(home)
    }

    /** Locks the vault and forgets every unlocked screen; the next thing shown is the unlock
     *  screen (or the welcome screen when the vault is gone). */
    fun lock() {
        val current = _screen.value
        if (current is Screen.Checklist) reopenCase = current.model.caseId
        platform.stopSpeaking()
        vault.lock()
        sweepCaptures(File(platform.captureDir))
        stack.clear()
        lastSync = null
        _screen.value = startScreen()
    }

    /** Quick exit: lock, clear, leave. No confirmation. */
    fun quickExit() {
        lock()
        // Whoever opens the app next starts from home, not from what she was writing.
        reopenCase = null
        platform.leave()
    }

    /** After a panic wipe or a wipe the core made: a fresh start. */
    internal fun wiped() {
        sweepCaptures(File(platform.captureDir))
        reopenCase = null
        stack.clear()
        lastSync = null
        _screen.value = startScreen()
    }

    /**
     * Runs [wait], the wait for another app the platform opened for a capture, with the background
     * delay held: she has not left Wave, and a lock under the camera would lose what she filmed
     * (the vault refuses it and the file is deleted). Screen off and quick exit still lock at once.
     * If the wait ends while the app is still away (its activity destroyed under the camera), the
     * delay starts then.
     */
    suspend fun <T> awaitCapture(wait: suspend () -> T): T {
        capturePending = true
        try {
            return wait()
        } finally {
            capturePending = false
            if (away) onBackground()
        }
    }

    fun onBackground() {
        away = true
        if (capturePending) return
        if (backgroundSince == null) {
            backgroundSince = clock()
            startLockTimer(prefs.lockDelayMs)
        }
        if (prefs.lockDelayMs <= 0L && vault.isUnlocked()) lock()
    }

    fun onForeground() {
        away = false
        val since = backgroundSince
        backgroundSince = null
        if (since != null && clock() - since >= prefs.lockDelayMs && vault.isUnlocked()) lock()
    }

    /** The platform's timer for the background delay ran out while the app stayed away. */
    fun onBackgroundTimer() {
        val since = backgroundSince ?: return
        if (clock() - since >= prefs.lockDelayMs && vault.isUnlocked()) lock()
    }

    fun onScreenOff() {
        if (vault.isUnlocked()) lock()
    }

    /** Whether a sync may start now, from what the vault says (the worker asks this too). */
    suspend fun syncInputs(): SyncInputs = withContext(io) {
        if (!vault.isUnlocked()) return@withContext SyncInputs(false, false, 0, false)
        val status = runCatching { vault.syncStatus() }.getOrNull()
        SyncInputs(
            unlocked = vault.isUnlocked(),
            enrolled = status?.enrolled == true,
            pending = status?.pending?.toLong() ?: 0L,
            keyMismatch = lastSync == SyncLine.KEY_MISMATCH,
        )
    }

    /** Runs one sync if the policy allows it, and records its outcome for the home screen. */
    suspend fun syncIfAllowed(): SyncRunResult {
        if (decideSync(syncInputs()) != SyncDecision.RUN) return SyncRunResult.SUCCESS
        val outcome = runSync()
        return afterSync(outcome)
    }

    internal suspend fun runSync(): SyncOutcome {
        val outcome = try {
            val report = vault.syncNow(null, syncSettings)
            SyncOutcome.Finished(report.pending.toLong(), report.error)
        } catch (e: org.wave.core.WaveException.NetworkUnavailable) {
            SyncOutcome.NetworkUnavailable
        } catch (e: org.wave.core.WaveException.ServerKeyMismatch) {
            SyncOutcome.KeyMismatch
        } catch (e: org.wave.core.WaveException.VaultLocked) {
            SyncOutcome.Locked
        } catch (e: org.wave.core.WaveException) {
            SyncOutcome.Failed
        }
        lastSync = when (outcome) {
            is SyncOutcome.Finished -> if (outcome.error != null) SyncLine.WAITING else null
            SyncOutcome.NetworkUnavailable, SyncOutcome.Failed -> SyncLine.WAITING
            SyncOutcome.KeyMismatch -> SyncLine.KEY_MISMATCH
            SyncOutcome.Locked -> null
        }
        return outcome
    }

    fun now(): Long = clock()
}
