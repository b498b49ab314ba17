//! The enrollment screen's state holder: read a pasted or scanned `wave-enroll:1:…` code without
//! contacting anyone, show which server it joins, then join; every failure has calm words.
package org.wave.ui.model

import kotlinx.coroutines.flow.MutableStateFlow
import kotlinx.coroutines.flow.StateFlow
import kotlinx.coroutines.flow.asStateFlow
import kotlinx.coroutines.withContext
import org.wave.core.EnrollmentPreview
import org.wave.core.WaveException
import org.wave.core.previewEnrollmentString

enum class EnrollStep { ENTRY, CONFIRM, CONNECTING, DONE }

/** String keys for what went wrong. */
enum class EnrollProblem(val key: String) {
    NOT_WAVE("enroll_not_wave"),
    DAMAGED("enroll_damaged"),
    WAITING("enroll_waiting"),
    MISMATCH("enroll_mismatch"),
    REFUSED("enroll_refused"),
}

data class EnrollState(
    val step: EnrollStep = EnrollStep.ENTRY,
    val code: String = "",
    val preview: EnrollmentPreview? = null,
    val problem: EnrollProblem? = null,
)

const val ENROLL_PREFIX = "wave-enroll:"

class EnrollModel(private val app: WaveApp) {
    private val _state = MutableStateFlow(EnrollState())
    val state: StateFlow<EnrollState> = _state.asStateFlow()

    fun codeChanged(code: String) {
        _state.value = EnrollState(code = code)
    }

    /** Reads the code (typed, pasted or scanned); nothing leaves the phone. */
    suspend fun check(code: String = _state.value.code) {
        val trimmed = code.trim()
        if (!trimmed.startsWith(ENROLL_PREFIX)) {
            _state.value = EnrollState(code = code, problem = EnrollProblem.NOT_WAVE)
            return
        }
        val preview = withContext(app.io) {
            try {
                previewEnrollmentString(trimmed)
            } catch (e: WaveException) {
                null
            }
        }
        _state.value = if (preview == null) {
            EnrollState(code = code, problem = EnrollProblem.DAMAGED)
        } else {
            EnrollState(step = EnrollStep.CONFIRM, code = code, preview = preview)
        }
    }

    fun cancel() {
        _state.value = EnrollState(code = _state.value.code)
    }

    suspend fun connect() {
        val s = _state.value
        if (s.step != EnrollStep.CONFIRM) return
        _state.value = s.copy(step = EnrollStep.CONNECTING, problem = null)
        val problem = try {
            app.vault.enroll(s.code.trim(), null, app.syncSettings)
            null
        } catch (e: WaveException.NetworkUnavailable) {
            EnrollProblem.WAITING
        } catch (e: WaveException.ServerKeyMismatch) {
            EnrollProblem.MISMATCH
        } catch (e: WaveException.InvalidInput) {
            EnrollProblem.DAMAGED
        } catch (e: WaveException.ServerRejected) {
            EnrollProblem.REFUSED
        } catch (e: WaveException) {
            EnrollProblem.WAITING
        }
        if (problem != null) {
            _state.value = s.copy(step = EnrollStep.CONFIRM, problem = problem)
            return
        }
        _state.value = EnrollState(step = EnrollStep.DONE)
        // Finalized records start sending.
        app.platform.requestSync()
    }

    suspend fun done() = app.home()
}
