//! The first run's state holder: what Wave is, the passphrase (twice, with the core's strength
//! rule), the optional duress passphrase, the optional wipe after failed unlocks, and creating
//! the vault.
package org.wave.ui.model

import kotlinx.coroutines.flow.MutableStateFlow
import kotlinx.coroutines.flow.StateFlow
import kotlinx.coroutines.flow.asStateFlow
import kotlinx.coroutines.withContext
import org.wave.core.PassphraseStrength
import org.wave.core.WaveException
import org.wave.core.passphraseStrength

enum class WelcomeStep { INTRO, PASSPHRASE, DURESS, WIPE, CREATING, KEYSTORE_FAILED }

data class WelcomeState(
    val step: WelcomeStep = WelcomeStep.INTRO,
    val passphrase: String = "",
    val repeat: String = "",
    val strength: PassphraseStrength? = null,
    /** A PIN of six or more digits: acceptable only with a wipe after at most 10 tries. */
    val pin: Boolean = false,
    val duress: String = "",
    val duressRepeat: String = "",
    val duressStrength: PassphraseStrength? = null,
    val wipeAfter: Int? = null,
    /** A string key for what is wrong, shown under the fields. */
    val problem: String? = null,
    /** The core's own message (already in her language), e.g. a weak passphrase. */
    val coreMessage: String? = null,
    /** The vault exists already (only the duress passphrase failed and is being set again). */
    val created: Boolean = false,
) {
    val mismatch: Boolean get() = repeat.isNotEmpty() && repeat != passphrase
    val canContinue: Boolean get() = strength?.acceptable == true && passphrase == repeat
    val duressMismatch: Boolean get() = duressRepeat.isNotEmpty() && duressRepeat != duress
    val duressSame: Boolean get() = duress.isNotEmpty() && duress == passphrase
    val canSetDuress: Boolean
        get() = duressStrength?.acceptable == true && duress == duressRepeat && !duressSame

    /** The wipe choices this passphrase allows: with a PIN the wipe is required and ≤ 10. */
    val wipeChoices: List<Int?> get() = if (pin) WIPE_CHOICES.filter { it != null && it <= 10 } else WIPE_CHOICES
}

class WelcomeModel(private val app: WaveApp) {
    private val _state = MutableStateFlow(WelcomeState())
    val state: StateFlow<WelcomeState> = _state.asStateFlow()

    private val hasKeystore get() = app.platform.keystore != null

    fun setUp() = update { it.copy(step = WelcomeStep.PASSPHRASE) }

    /** Back within the welcome steps; false on the first one. */
    fun back(): Boolean {
        val s = _state.value
        val previous = when (s.step) {
            WelcomeStep.INTRO, WelcomeStep.CREATING -> return false
            WelcomeStep.PASSPHRASE -> WelcomeStep.INTRO
            WelcomeStep.DURESS -> if (s.created) return false else WelcomeStep.PASSPHRASE
            WelcomeStep.WIPE -> WelcomeStep.DURESS
            WelcomeStep.KEYSTORE_FAILED -> WelcomeStep.PASSPHRASE
        }
        update { it.copy(step = previous, problem = null, coreMessage = null) }
        return true
    }

    /** The core's strength rule on every keystroke (about a millisecond). A PIN is judged with
     *  the wipe it would require, so the meter says "acceptable" only if the next steps can make
     *  it so. */
    private suspend fun strength(passphrase: String): Pair<PassphraseStrength?, Boolean> = withContext(app.io) {
        if (passphrase.isEmpty()) return@withContext null to false
        val plain = passphraseStrength(passphrase, app.language, hasKeystore, null)
        if (plain.acceptable || !hasKeystore) return@withContext plain to false
        val asPin = passphraseStrength(passphrase, app.language, true, 10u)
        if (asPin.acceptable && asPin.asPin) asPin to true else plain to false
    }

    suspend fun passphraseChanged(passphrase: String) {
        update { it.copy(passphrase = passphrase, problem = null, coreMessage = null) }
        val (strength, pin) = strength(passphrase)
        update { if (it.passphrase == passphrase) it.copy(strength = strength, pin = pin) else it }
    }

    fun repeatChanged(repeat: String) = update { it.copy(repeat = repeat, problem = null) }

    fun continueFromPassphrase() {
        val s = _state.value
        when {
            s.passphrase != s.repeat -> update { it.copy(problem = "passphrase_mismatch") }
            s.strength?.acceptable != true -> update { it.copy(problem = "passphrase_weak") }
            else -> update {
                it.copy(
                    step = WelcomeStep.DURESS,
                    problem = null,
                    wipeAfter = if (it.pin) it.wipeAfter?.coerceAtMost(10) ?: 10 else it.wipeAfter,
                )
            }
        }
    }

    suspend fun duressChanged(duress: String) {
        update { it.copy(duress = duress, problem = null, coreMessage = null) }
        val strength = if (duress.isEmpty()) {
            null
        } else {
            withContext(app.io) { passphraseStrength(duress, app.language, hasKeystore, _state.value.wipeAfter?.toUInt()) }
        }
        update { if (it.duress == duress) it.copy(duressStrength = strength) else it }
    }

    fun duressRepeatChanged(repeat: String) = update { it.copy(duressRepeat = repeat, problem = null) }

    fun setDuress() {
        val s = _state.value
        when {
            s.duressSame -> update { it.copy(problem = "duress_same") }
            s.duress != s.duressRepeat -> update { it.copy(problem = "passphrase_mismatch") }
            s.duressStrength?.acceptable != true -> update { it.copy(problem = "passphrase_weak") }
            else -> update { it.copy(step = WelcomeStep.WIPE, problem = null) }
        }
    }

    fun skipDuress() = update { it.copy(step = WelcomeStep.WIPE, duress = "", duressRepeat = "", duressStrength = null, problem = null) }

    fun chooseWipe(after: Int?) {
        if (after !in _state.value.wipeChoices) return
        update { it.copy(wipeAfter = after) }
    }

    /** Creates the vault (Argon2id: about half a second in the app), then the duress slot. */
    suspend fun create() {
        val s = _state.value
        if (!s.canContinue || s.wipeAfter !in s.wipeChoices) return
        update { it.copy(step = WelcomeStep.CREATING, problem = null, coreMessage = null) }
        try {
            if (!s.created) {
                app.vault.create(s.passphrase, app.kdf, s.wipeAfter?.toUInt())
                update { it.copy(created = true) }
            } else {
                app.vault.setWipeAfterFailures(s.wipeAfter?.toUInt())
            }
        } catch (e: WaveException.WeakPassphrase) {
            update { it.copy(step = WelcomeStep.PASSPHRASE, coreMessage = e.detail) }
            return
        } catch (e: WaveException.KeystoreUnavailable) {
            update { it.copy(step = WelcomeStep.KEYSTORE_FAILED) }
            return
        } catch (e: WaveException) {
            update { it.copy(step = WelcomeStep.PASSPHRASE, problem = "error_generic") }
            return
        }
        if (s.duress.isNotEmpty()) {
            try {
                app.vault.setDuressPassphrase(s.duress)
            } catch (e: WaveException) {
                // The vault exists and is open; she is asked for the duress passphrase again
                // rather than left believing it was set.
                val message = (e as? WaveException.WeakPassphrase)?.detail ?: (e as? WaveException.InvalidInput)?.detail
                update { it.copy(step = WelcomeStep.DURESS, duress = "", duressRepeat = "", duressStrength = null, coreMessage = message, problem = if (message == null) "error_generic" else null) }
                return
            }
        }
        // The passphrases leave the holder's memory as soon as the core has them.
        _state.value = WelcomeState(step = WelcomeStep.CREATING)
        app.opened()
    }

    private inline fun update(change: (WelcomeState) -> WelcomeState) {
        _state.value = change(_state.value)
    }
}
