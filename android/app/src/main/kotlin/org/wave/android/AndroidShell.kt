//! What android/ui's state holders need from Android: strings from the app's resources in the
//! chosen language, settings in private preferences, speech (stopped on every lock), capture into
//! app-private storage, leaving the app, camouflage aliases and background sync requests.
package org.wave.android

import android.content.ComponentName
import android.content.Context
import android.content.pm.PackageManager
import android.content.res.Configuration
import android.speech.tts.TextToSpeech
import java.util.Locale
import org.wave.core.PlatformKeystore
import org.wave.ui.model.APP_LANGUAGES
import org.wave.ui.model.Camouflage
import org.wave.ui.model.Captured
import org.wave.ui.model.DEFAULT_LOCK_DELAY_MS
import org.wave.ui.model.Media
import org.wave.ui.model.Platform
import org.wave.ui.model.ShellPrefs
import org.wave.ui.model.Texts

/** The app's strings/ resources in one language, looked up by name so the shared UI needs no R
 *  class (res/raw/keep.xml keeps them through resource shrinking). */
class AndroidTexts(context: Context, override val language: String) : Texts {
    private val resources = context.createConfigurationContext(
        Configuration(context.resources.configuration).apply { setLocale(Locale.forLanguageTag(language)) },
    ).resources
    private val packageName = context.packageName

    override fun get(key: String, vararg args: Any): String {
        val id = resources.getIdentifier(key, "string", packageName)
        require(id != 0) { "no string $key" }
        return if (args.isEmpty()) resources.getString(id) else resources.getString(id, *args)
    }
}

/** The settings a locked phone may show, in the app's private preferences (never backed up). */
class AndroidPrefs(context: Context) : ShellPrefs {
    private val prefs = context.getSharedPreferences("shell", Context.MODE_PRIVATE)

    override var language: String
        get() = prefs.getString("language", null) ?: Locale.getDefault().language.takeIf { it in APP_LANGUAGES } ?: "en"
        set(value) = prefs.edit().putString("language", value).apply()

    override var camouflage: Camouflage
        get() = prefs.getString("camouflage", null)?.let { name -> Camouflage.entries.firstOrNull { it.name == name } } ?: Camouflage.WAVE
        set(value) = prefs.edit().putString("camouflage", value.name).apply()

    override var lockDelayMs: Long
        get() = prefs.getLong("lock_delay_ms", DEFAULT_LOCK_DELAY_MS)
        set(value) = prefs.edit().putLong("lock_delay_ms", value).apply()
}

/** The activity's side of capture, scanning and leaving; the activity registers itself. */
interface ActivityHooks {
    suspend fun capture(media: Media): Captured?
    fun leave()
}

class AndroidPlatform(private val context: Context, private val scheduler: SyncScheduler) : Platform {
    override val vaultDir: String = context.noBackupFilesDir.resolve("vault").path
    override val keystore: PlatformKeystore = DeviceKeystore(context.noBackupFilesDir.resolve("device-secret.bin"))
    /** res/xml/capture_paths.xml hands the camera app files in this folder only. */
    override val captureDir: String = context.cacheDir.resolve("capture").path

    @Volatile var activity: ActivityHooks? = null

    private var speech: TextToSpeech? = null

    /** The first request, until the engine has started; a lock meanwhile forgets it. */
    @Volatile private var waiting: Pair<String, String>? = null

    override fun texts(language: String): Texts = AndroidTexts(context, language)

    override fun speak(text: String, language: String) {
        val engine = speech
        if (engine == null) {
            // The engine starts asynchronously; the first request speaks once it is ready.
            waiting = text to language
            speech = TextToSpeech(context) { status ->
                val request = waiting
                waiting = null
                if (status == TextToSpeech.SUCCESS && request != null) say(request.first, request.second)
            }
        } else {
            say(text, language)
        }
    }

    override fun stopSpeaking() {
        waiting = null
        speech?.stop()
    }

    private fun say(text: String, language: String) {
        val engine = speech ?: return
        engine.language = Locale.forLanguageTag(language)
        engine.speak(text, TextToSpeech.QUEUE_FLUSH, null, "wave-read-aloud")
    }

    override suspend fun capture(media: Media): Captured? = activity?.capture(media)

    override fun leave() {
        activity?.leave()
    }

    override fun applyCamouflage(camouflage: Camouflage) {
        val pm = context.packageManager
        for (alias in Camouflage.entries) {
            val state = if (alias == camouflage) PackageManager.COMPONENT_ENABLED_STATE_ENABLED else PackageManager.COMPONENT_ENABLED_STATE_DISABLED
            pm.setComponentEnabledSetting(ComponentName(context, aliasName(alias)), state, PackageManager.DONT_KILL_APP)
        }
    }

    override fun requestSync() = scheduler.syncSoon()

    companion object {
        fun aliasName(camouflage: Camouflage): String = when (camouflage) {
            Camouflage.WAVE -> "org.wave.android.LauncherWave"
            Camouflage.CALCULATOR -> "org.wave.android.LauncherCalculator"
            Camouflage.NOTES -> "org.wave.android.LauncherNotes"
        }
    }
}
