//! The one Activity: FLAG_SECURE on its window (no screenshots, blank in recents), the shared
//! Compose root, back through the state holders, and the platform
//! halves of capture (camera and files into app-private cache), scanning an enrollment code
//! from a photo (zxing, on the device) and the location, each permission asked only when used.
package org.wave.android

import android.Manifest
import android.content.Intent
import android.content.pm.PackageManager
import android.graphics.BitmapFactory
import android.location.Location
import android.location.LocationManager
import android.net.Uri
import android.os.Build
import android.os.Bundle
import android.view.WindowManager
import androidx.activity.ComponentActivity
import androidx.activity.OnBackPressedCallback
import androidx.activity.compose.setContent
import androidx.activity.result.ActivityResultLauncher
import androidx.activity.result.contract.ActivityResultContracts
import androidx.core.content.ContextCompat
import androidx.core.content.FileProvider
import androidx.lifecycle.lifecycleScope
import com.google.zxing.BinaryBitmap
import com.google.zxing.RGBLuminanceSource
import com.google.zxing.common.HybridBinarizer
import com.google.zxing.qrcode.QRCodeReader
import java.io.File
import java.util.UUID
import kotlin.coroutines.resume
import kotlinx.coroutines.CancellableContinuation
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.launch
import kotlinx.coroutines.suspendCancellableCoroutine
import kotlinx.coroutines.withContext
import org.wave.ui.model.Captured
import org.wave.ui.model.Media
import org.wave.ui.screens.PlatformHooks
import org.wave.ui.screens.WaveRoot

class MainActivity : ComponentActivity(), ActivityHooks {
    private val application get() = getApplication() as WaveApplication

    private var waitingPermission: CancellableContinuation<Boolean>? = null
    private var waitingCapture: CancellableContinuation<Boolean>? = null
    private var waitingDocument: CancellableContinuation<Uri?>? = null

    private lateinit var permission: ActivityResultLauncher<String>
    private lateinit var photo: ActivityResultLauncher<Uri>
    private lateinit var video: ActivityResultLauncher<Uri>
    private lateinit var document: ActivityResultLauncher<Array<String>>
    private lateinit var audio: ActivityResultLauncher<Intent>
    private var waitingAudio: CancellableContinuation<String?>? = null

    override fun onCreate(savedInstanceState: Bundle?) {
        super.onCreate(savedInstanceState)
        window.setFlags(WindowManager.LayoutParams.FLAG_SECURE, WindowManager.LayoutParams.FLAG_SECURE)
        if (Build.VERSION.SDK_INT >= 33) setRecentsScreenshotEnabled(false)
        permission = registerForActivityResult(ActivityResultContracts.RequestPermission()) { granted ->
            waitingPermission?.resume(granted)
            waitingPermission = null
        }
        photo = registerForActivityResult(ActivityResultContracts.TakePicture()) { done ->
            waitingCapture?.resume(done)
            waitingCapture = null
        }
        video = registerForActivityResult(ActivityResultContracts.CaptureVideo()) { done ->
            waitingCapture?.resume(done)
            waitingCapture = null
        }
        audio = registerForActivityResult(ActivityResultContracts.StartActivityForResult()) { result ->
            val path = result.data?.getStringExtra(RecordAudioActivity.EXTRA_PATH)
            waitingAudio?.resume(if (result.resultCode == RESULT_OK) path else null)
            waitingAudio = null
        }
        document = registerForActivityResult(ActivityResultContracts.OpenDocument()) { uri ->
            waitingDocument?.resume(uri)
            waitingDocument = null
        }
        application.platform.activity = this
        onBackPressedDispatcher.addCallback(
            this,
            object : OnBackPressedCallback(true) {
                override fun handleOnBackPressed() {
                    lifecycleScope.launch {
                        // Nothing below: leave for the launcher; the vault stays as the lock rules say.
                        if (!application.app.back()) moveTaskToBack(true)
                    }
                }
            },
        )
        val hooks = PlatformHooks(
            scan = { deliver -> lifecycleScope.launch { scanCode()?.let(deliver) } },
            canScan = packageManager.hasSystemFeature(PackageManager.FEATURE_CAMERA_ANY),
            locate = { deliver -> lifecycleScope.launch { locate()?.let { deliver(it.latitude, it.longitude, it.accuracy.toDouble()) } } },
        )
        setContent { WaveRoot(application.app, hooks) }
    }

    override fun onDestroy() {
        if (application.platform.activity === this) application.platform.activity = null
        super.onDestroy()
    }

    override fun leave() {
        finishAndRemoveTask()
    }

    private suspend fun granted(name: String): Boolean {
        if (ContextCompat.checkSelfPermission(this, name) == PackageManager.PERMISSION_GRANTED) return true
        return suspendCancellableCoroutine { waitingPermission = it; permission.launch(name) }
    }

    /** A new file in the app's private cache, shared with the camera app for this capture only. */
    private fun captureFile(extension: String): File =
        File(application.platform.captureDir).apply { mkdirs() }.resolve("${UUID.randomUUID()}.$extension")

    /** Waits for the camera or file picker app Wave opened; WaveApp holds the background delay
     *  until it answers, since she has not left Wave. */
    private suspend fun <T> inOtherApp(start: (CancellableContinuation<T>) -> Unit): T =
        application.app.awaitCapture { suspendCancellableCoroutine(start) }

    private fun uriFor(file: File): Uri = FileProvider.getUriForFile(this, "$packageName.capture", file)

    override suspend fun capture(media: Media): Captured? = when (media) {
        Media.PHOTO -> camera(photo, "jpg", "image/jpeg")
        Media.VIDEO -> camera(video, "mp4", "video/mp4")
        Media.AUDIO -> recordAudio()
        Media.FILE -> choose(arrayOf("*/*"))
    }

    private suspend fun camera(launcher: ActivityResultLauncher<Uri>, extension: String, type: String): Captured? {
        if (!granted(Manifest.permission.CAMERA)) return null
        val file = captureFile(extension)
        val done = inOtherApp<Boolean> { waitingCapture = it; launcher.launch(uriFor(file)) }
        if (!done || file.length() == 0L) {
            file.delete()
            return null
        }
        return Captured(file.path, null, type)
    }

    /** Records in Wave's own recorder screen (a recorder app would keep a copy in shared
     *  storage). With the microphone refused, she can still choose an existing recording. Not
     *  [inOtherApp]: the recorder is Wave's, and leaving it for another app is leaving Wave. */
    private suspend fun recordAudio(): Captured? {
        if (!granted(Manifest.permission.RECORD_AUDIO)) return choose(arrayOf("audio/*"))
        val path = suspendCancellableCoroutine<String?> { waitingAudio = it; audio.launch(Intent(this, RecordAudioActivity::class.java)) }
            ?: return null
        return Captured(path, null, "audio/mp4")
    }

    private suspend fun choose(types: Array<String>): Captured? {
        val uri = inOtherApp<Uri?> { waitingDocument = it; document.launch(types) } ?: return null
        val type = contentResolver.getType(uri) ?: "application/octet-stream"
        val file = captureFile("bin")
        return withContext(Dispatchers.IO) {
            try {
                val input = contentResolver.openInputStream(uri) ?: return@withContext null
                input.use { source -> file.outputStream().use { source.copyTo(it) } }
                Captured(file.path, null, type)
            } catch (e: Exception) {
                file.delete()
                null
            }
        }
    }

    /** A photo of the code, decoded on the device; the photo is deleted at once. */
    private suspend fun scanCode(): String? {
        if (!granted(Manifest.permission.CAMERA)) return null
        val file = captureFile("jpg")
        try {
            val done = inOtherApp<Boolean> { waitingCapture = it; photo.launch(uriFor(file)) }
            if (!done) return null
            return withContext(Dispatchers.Default) {
                val bitmap = BitmapFactory.decodeFile(file.path) ?: return@withContext null
                val pixels = IntArray(bitmap.width * bitmap.height)
                bitmap.getPixels(pixels, 0, bitmap.width, 0, 0, bitmap.width, bitmap.height)
                bitmap.recycle()
                val source = RGBLuminanceSource(bitmap.width, bitmap.height, pixels)
                runCatching { QRCodeReader().decode(BinaryBitmap(HybridBinarizer(source))).text }.getOrNull()
            }
        } finally {
            file.delete()
        }
    }

    private suspend fun locate(): Location? {
        if (!granted(Manifest.permission.ACCESS_FINE_LOCATION)) return null
        val manager = getSystemService(LocationManager::class.java) ?: return null
        return try {
            if (Build.VERSION.SDK_INT >= 30) {
                suspendCancellableCoroutine { done ->
                    manager.getCurrentLocation(LocationManager.GPS_PROVIDER, null, mainExecutor) { done.resume(it) }
                }
            } else {
                @Suppress("DEPRECATION")
                manager.getLastKnownLocation(LocationManager.GPS_PROVIDER)
            }
        } catch (e: SecurityException) {
            null
        }
    }
}
