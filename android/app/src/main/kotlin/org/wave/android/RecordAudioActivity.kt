//! Records audio inside Wave: the microphone into a file in the app-private capture cache, never
//! shared storage, since a recorder app would keep its own copy where anyone who opens the phone
//! finds it. The file is handed back to MainActivity, which streams it into the vault and deletes
//! it. The window is FLAG_SECURE like every other; quick exit discards the recording and leaves.
package org.wave.android

import android.app.Activity
import android.content.Intent
import android.media.MediaRecorder
import android.os.Build
import android.os.Bundle
import android.os.SystemClock
import android.view.WindowManager
import androidx.activity.ComponentActivity
import androidx.activity.compose.setContent
import androidx.compose.runtime.LaunchedEffect
import androidx.compose.runtime.collectAsState
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableLongStateOf
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.remember
import androidx.compose.runtime.setValue
import androidx.compose.runtime.CompositionLocalProvider
import java.io.File
import java.util.UUID
import kotlinx.coroutines.delay
import org.wave.ui.screens.Frame
import org.wave.ui.screens.Heading
import org.wave.ui.screens.LocalQuickExit
import org.wave.ui.screens.Muted
import org.wave.ui.screens.Primary
import org.wave.ui.screens.Secondary
import org.wave.ui.screens.WaveTheme
import org.wave.ui.screens.tr

class RecordAudioActivity : ComponentActivity() {
    private val application get() = getApplication() as WaveApplication
    private var recorder: MediaRecorder? = null
    private var file: File? = null
    private var recording by mutableStateOf(false)
    private var startedAt by mutableLongStateOf(0L)

    override fun onCreate(savedInstanceState: Bundle?) {
        super.onCreate(savedInstanceState)
        window.setFlags(WindowManager.LayoutParams.FLAG_SECURE, WindowManager.LayoutParams.FLAG_SECURE)
        if (Build.VERSION.SDK_INT >= 33) setRecentsScreenshotEnabled(false)
        setResult(Activity.RESULT_CANCELED)
        setContent {
            val texts by application.app.texts.collectAsState()
            WaveTheme(texts) {
                CompositionLocalProvider(LocalQuickExit provides ::quickExit) {
                    var elapsed by remember { mutableLongStateOf(0L) }
                    LaunchedEffect(recording) {
                        while (recording) {
                            elapsed = (SystemClock.elapsedRealtime() - startedAt) / 1000
                            delay(500)
                        }
                    }
                    val explain = tr("audio_explain")
                    Frame(onReadAloud = { application.app.platform.speak(explain, texts.language) }) {
                        Heading(tr("audio_title"))
                        Muted(explain)
                        if (recording) {
                            Muted(tr("audio_recording", "%d:%02d".format(elapsed / 60, elapsed % 60)))
                            Primary(tr("audio_stop"), ::stopAndKeep)
                        } else {
                            Primary(tr("audio_start"), ::start)
                        }
                        Secondary(tr("cancel"), ::cancel)
                    }
                }
            }
        }
    }

    private fun start() {
        val target = File(application.platform.captureDir).apply { mkdirs() }.resolve("${UUID.randomUUID()}.m4a")
        val made = if (Build.VERSION.SDK_INT >= 31) MediaRecorder(this) else @Suppress("DEPRECATION") MediaRecorder()
        try {
            made.setAudioSource(MediaRecorder.AudioSource.MIC)
            made.setOutputFormat(MediaRecorder.OutputFormat.MPEG_4)
            made.setAudioEncoder(MediaRecorder.AudioEncoder.AAC)
            made.setAudioEncodingBitRate(64_000)
            made.setAudioSamplingRate(44_100)
            made.setOutputFile(target.path)
            made.prepare()
            made.start()
        } catch (e: Exception) {
            // No microphone, or another app holds it: nothing was recorded.
            made.release()
            target.delete()
            return
        }
        recorder = made
        file = target
        startedAt = SystemClock.elapsedRealtime()
        recording = true
    }

    /** Stops the recorder; true when the file holds a usable recording. */
    private fun stopRecorder(): Boolean {
        val active = recorder ?: return false
        recorder = null
        recording = false
        // stop() throws when nothing was captured yet; the file is then unusable.
        val usable = runCatching { active.stop() }.isSuccess
        active.release()
        return usable && (file?.length() ?: 0L) > 0L
    }

    private fun discard() {
        stopRecorder()
        file?.delete()
        file = null
    }

    private fun stopAndKeep() {
        val kept = file
        if (stopRecorder() && kept != null) {
            setResult(Activity.RESULT_OK, Intent().putExtra(EXTRA_PATH, kept.path))
        } else {
            kept?.delete()
        }
        file = null
        finish()
    }

    private fun cancel() {
        discard()
        finish()
    }

    private fun quickExit() {
        discard()
        application.app.quickExit()
        finishAndRemoveTask()
    }

    override fun onStop() {
        super.onStop()
        // Leaving mid-recording keeps what was said: MainActivity takes it into the vault (or
        // deletes it if the vault has locked meanwhile).
        if (recording && !isChangingConfigurations) stopAndKeep()
    }

    override fun onDestroy() {
        if (recorder != null) discard()
        super.onDestroy()
    }

    companion object {
        const val EXTRA_PATH = "org.wave.android.recorded_path"
    }
}
