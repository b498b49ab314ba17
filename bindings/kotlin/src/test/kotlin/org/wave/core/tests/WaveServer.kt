// A real wave-server on a free loopback port for the sync tests, with a staff token to mint
// one-time enrollment codes, as the Python conftest does. The binary comes from the
// `wave.server.bin` system property (set by bindings/scripts/test-kotlin from WAVE_SERVER_BIN).
package org.wave.core.tests

import java.io.File
import java.net.URI
import java.net.http.HttpClient
import java.net.http.HttpRequest
import java.net.http.HttpResponse
import java.nio.file.Files
import java.time.Duration
import java.util.concurrent.TimeUnit
import org.junit.jupiter.api.AfterAll
import org.junit.jupiter.api.BeforeAll
import org.junit.jupiter.api.TestInstance
import org.wave.core.StaffIdentityRecord
import org.wave.core.encodeEnrollmentString
import org.wave.core.generateStaffIdentity

class WaveServer : AutoCloseable {
    private val binary = System.getProperty("wave.server.bin") ?: System.getenv("WAVE_SERVER_BIN") ?: "wave-server"
    private val data: File = Files.createTempDirectory("wave-server-").toFile()
    // Its log goes to a file: the test JVM's own stdout is Surefire's channel to Maven.
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
        check(tokenRun.waitFor(30, TimeUnit.SECONDS) && tokenRun.exitValue() == 0) {
            "create-staff-token failed: ${log.readText()}"
        }
        process = ProcessBuilder(binary, "serve", "--data", data.path, "--listen", "127.0.0.1:0")
            .redirectError(ProcessBuilder.Redirect.appendTo(log))
            .start()
        val stdout = process.inputStream.bufferedReader()
        val line = stdout.readLine()?.trim()
        check(line != null && line.startsWith("listening on ")) {
            "wave-server said: $line; log: ${log.readText()}"
        }
        url = line.removePrefix("listening on ")
        // Keep reading, so a chatty server never blocks on a full pipe.
        Thread { stdout.useLines { lines -> lines.forEach { _ -> } } }.apply { isDaemon = true }.start()
    }

    /** A fresh `wave-enroll:1:…` string for this server (one use each); the device talks to
     *  `deviceUrl` (a proxy in front of the server) if given. */
    fun enrollmentString(deviceUrl: String = url): String {
        val request = HttpRequest.newBuilder(URI.create("$url/v1/staff/enrollment-codes"))
            .header("Authorization", "Bearer $token")
            .header("Content-Type", "application/json")
            .timeout(Duration.ofSeconds(10))
            .POST(HttpRequest.BodyPublishers.ofString(Json.write(mapOf("expires_in_seconds" to 3600))))
            .build()
        val response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString())
        check(response.statusCode() in 200..299) { "enrollment code: HTTP ${response.statusCode()}" }
        val code = (Json.read(response.body()) as Map<*, *>)["code"] as String
        return encodeEnrollmentString(deviceUrl, code, listOf(staff.recipient))
    }

    /** Stops the server (the device then finds nothing listening) and removes its data. */
    override fun close() {
        process.destroy()
        if (!process.waitFor(10, TimeUnit.SECONDS)) process.destroyForcibly().waitFor()
        data.deleteRecursively()
    }
}

/** A test class whose tests share one real `wave-server`, started before the first test and
 *  stopped after the last. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class WithServer {
    protected lateinit var server: WaveServer

    @BeforeAll
    fun startServer() {
        server = WaveServer()
    }

    @AfterAll
    fun stopServer() {
        server.close()
    }
}
