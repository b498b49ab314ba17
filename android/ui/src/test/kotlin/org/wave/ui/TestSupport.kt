//! What the tests run the state holders on: a desktop Platform that records what the app asked
//! of it (speech and its stops, leaving, sync requests, camouflage) and "captures" files into
//! its capture folder; a real wave-server on loopback; and a walk that answers each question
//! through the controls' drafts the way a person would.
package org.wave.ui

import java.io.File
import java.net.URI
import java.net.http.HttpClient
import java.net.http.HttpRequest
import java.net.http.HttpResponse
import java.nio.file.Files
import java.time.Duration
import java.util.Collections
import java.util.UUID
import java.util.concurrent.TimeUnit
import kotlinx.coroutines.Dispatchers
import org.wave.core.ItemKind
import org.wave.core.KdfStrength
import org.wave.core.PlatformKeystore
import org.wave.core.QuestionRecord
import org.wave.core.StaffIdentityRecord
import org.wave.core.SyncSettings
import org.wave.core.encodeEnrollmentString
import org.wave.core.generateStaffIdentity
import org.wave.ui.model.Camouflage
import org.wave.ui.model.Captured
import org.wave.ui.model.Draft
import org.wave.ui.model.Json
import org.wave.ui.model.Media
import org.wave.ui.model.MemoryPrefs
import org.wave.ui.model.Platform
import org.wave.ui.model.ResourceTexts
import org.wave.ui.model.Texts
import org.wave.ui.model.WaveApp

const val PASSPHRASE = "copper kettle under the meadow"
const val DURESS = "seven blue lanterns drifting south"

class FixedKeystore : PlatformKeystore {
    override fun secret(): ByteArray = ByteArray(32) { 7 }
}

class TestPlatform(
    override val vaultDir: String,
    override val captureDir: String,
    override val keystore: PlatformKeystore? = null,
) : Platform {
    val spoken: MutableList<Pair<String, String>> = Collections.synchronizedList(mutableListOf())
    val captured: MutableList<String> = Collections.synchronizedList(mutableListOf())
    /** Waited for before each capture: a test puts the camera app here (see MainActivity). */
    @Volatile var camera: suspend () -> Unit = {}
    @Volatile var speechStops = 0
    @Volatile var left = 0
    @Volatile var syncRequests = 0
    @Volatile var camouflage = Camouflage.WAVE

    override fun texts(language: String): Texts = ResourceTexts.forLanguage(language)

    override fun speak(text: String, language: String) {
        spoken.add(text to language)
    }

    override fun stopSpeaking() {
        speechStops++
    }

    override suspend fun capture(media: Media): Captured {
        camera()
        val file = File(captureDir).apply { mkdirs() }.resolve("${UUID.randomUUID()}.bin")
        file.writeBytes(ByteArray(4096) { (it % 251).toByte() })
        captured.add(file.path)
        val type = when (media) {
            Media.PHOTO -> "image/jpeg"
            Media.VIDEO -> "video/mp4"
            Media.AUDIO -> "audio/mp4"
            Media.FILE -> "application/octet-stream"
        }
        return Captured(file.path, null, type)
    }

    override fun leave() {
        left++
    }

    override fun applyCamouflage(camouflage: Camouflage) {
        this.camouflage = camouflage
    }

    override fun requestSync() {
        syncRequests++
    }
}

/** One request, a short timeout: a dead server fails fast in tests. */
val QUICK_SYNC = SyncSettings(maxAttempts = 1u, timeoutMs = 5000u)

fun newApp(dir: File, language: String = "en", keystore: PlatformKeystore? = null, clock: () -> Long = System::currentTimeMillis): Pair<WaveApp, TestPlatform> {
    val platform = TestPlatform(File(dir, "vault").path, File(dir, "capture").path, keystore)
    val app = WaveApp(platform, MemoryPrefs(language = language), KdfStrength.Minimum, QUICK_SYNC, Dispatchers.IO, clock)
    return app to platform
}

/** Answers chosen so the follow-ups the tests look at open (consent, the kinds of violence). */
val FIXED: Map<String, Any> = mapOf(
    "safe_now" to "safe",
    "urgent_needs" to listOf("none"),
    "agree_to_talk" to true,
    "consent_store" to true,
    "consent_lawyer" to true,
    "consent_recontact" to true,
    "consent_audio" to false,
    "recorded_by" to "self",
    "code_name" to "Ромашка",
    "country" to "ua",
    "violations" to listOf("v_threat", "v_phys", "v_detain"),
    "witnesses_present" to "yes",
)

/** What a person would put in the control for `question`. */
fun fill(question: QuestionRecord, draft: Draft): Draft {
    val fixed = FIXED[question.id]
    val first = question.choices.firstOrNull()?.value
    return when (question.kind) {
        ItemKind.SINGLE -> draft.copy(choice = fixed as? String ?: first)
        ItemKind.MULTI -> draft.copy(choices = (fixed as? List<*>)?.map { it as String } ?: listOfNotNull(first))
        ItemKind.YESNO -> draft.copy(yes = fixed as? Boolean ?: true)
        ItemKind.TEXT -> draft.copy(text = fixed as? String ?: "текст ${question.id}")
        ItemKind.LONGTEXT -> draft.copy(text = "подробный рассказ ${question.id}\nвторая строка")
        ItemKind.NUMBER -> draft.copy(text = "2")
        ItemKind.DATE -> {
            val precision = question.precisions.firstOrNull() ?: "exact"
            draft.copy(day = "14", month = "3", year = "2026", precision = precision)
        }
        ItemKind.TIME -> draft.copy(text = "21:30")
        ItemKind.DURATION -> draft.copy(hours = "1", minutes = "5")
        ItemKind.LOCATION -> draft.copy(lat = 46.48, lon = 30.72)
        ItemKind.ATTACHMENT, ItemKind.INFO, ItemKind.REPEAT -> draft
    }
}

fun hasCyrillic(text: String) = text.any { it in 'а'..'я' || it in 'А'..'Я' || it in "іїєґІЇЄҐ" }

/** A real wave-server on a free loopback port, with a staff token to mint enrollment codes. */
class WaveServer : AutoCloseable {
    private val binary = System.getProperty("wave.server.bin") ?: System.getenv("WAVE_SERVER_BIN") ?: "wave-server"
    private val data: File = Files.createTempDirectory("wave-server-").toFile()
    // Its log goes to a file: the test JVM's stdout is Surefire's channel to Maven.
    private val log = File(data, "server.log")
    private val token: String
    private val process: Process
    val url: String
    val staff: StaffIdentityRecord = generateStaffIdentity()

    init {
        val tokenRun = ProcessBuilder(binary, "create-staff-token", "--data", data.path)
            .redirectError(ProcessBuilder.Redirect.appendTo(log))
            .start()
        token = tokenRun.inputStream.bufferedReader().readText().trim()
        check(tokenRun.waitFor(30, TimeUnit.SECONDS) && tokenRun.exitValue() == 0) { "create-staff-token failed: ${log.readText()}" }
        process = ProcessBuilder(binary, "serve", "--data", data.path, "--listen", "127.0.0.1:0")
            .redirectError(ProcessBuilder.Redirect.appendTo(log))
            .start()
        val stdout = process.inputStream.bufferedReader()
        val line = stdout.readLine()?.trim()
        check(line != null && line.startsWith("listening on ")) { "wave-server said: $line; log: ${log.readText()}" }
        url = line.removePrefix("listening on ")
        Thread { stdout.useLines { lines -> lines.forEach { _ -> } } }.apply { isDaemon = true }.start()
    }

    fun enrollmentString(): String {
        val request = HttpRequest.newBuilder(URI.create("$url/v1/staff/enrollment-codes"))
            .header("Authorization", "Bearer $token")
            .header("Content-Type", "application/json")
            .timeout(Duration.ofSeconds(10))
            .POST(HttpRequest.BodyPublishers.ofString(Json.write(mapOf("expires_in_seconds" to 3600))))
            .build()
        val response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString())
        check(response.statusCode() in 200..299) { "enrollment code: HTTP ${response.statusCode()}" }
        val code = (Json.read(response.body()) as Map<*, *>)["code"] as String
        return encodeEnrollmentString(url, code, listOf(staff.recipient))
    }

    override fun close() {
        process.destroy()
        if (!process.waitFor(10, TimeUnit.SECONDS)) process.destroyForcibly().waitFor()
        data.deleteRecursively()
    }
}
